"""The work done in the query processes: jobs, their answers, and the loop of a process."""

from __future__ import annotations

import logging
import signal
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import KGError, QueryError, StoreError, StoreLockedError, UnknownActorError
from kg.store import Store

from .formats import (
    _RESULTS_OX,
    GRAPH_FORMATS,
    RESULT_FORMATS,
    negotiate,
    serialise_solutions,
    serialise_triples,
)
from .policy import check_query, check_update

log = logging.getLogger("kg.server")


@dataclass(frozen=True)
class Answer:
    """What a worker (or the server) answers: an HTTP status, body and headers."""

    status: int
    body: bytes
    media_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


def text_answer(status: int, message: str, *headers: tuple[str, str]) -> Answer:
    """A plain-text answer (errors, refusals)."""
    return Answer(status, (message.rstrip("\n") + "\n").encode("utf-8"), headers=headers)


@dataclass(frozen=True)
class QueryJob:
    snapshot: str
    sparql: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    accept: str | None
    formats: tuple[str, ...]
    max_rows: int


@dataclass(frozen=True)
class UpdateJob:
    store: str
    sparql: str


@dataclass(frozen=True)
class NamedJob:
    """A named query and its parameters' values, as texts (``/queries/NAME?param=value``)."""

    snapshot: str
    name: str
    values: tuple[tuple[str, str], ...]
    accept: str | None
    formats: tuple[str, ...]
    max_rows: int


@dataclass(frozen=True)
class ViewJob:
    snapshot: str
    actor: str | None = None
    depth: int = 1
    since: str | None = None
    until: str | None = None


def _not_acceptable(kind: str, accept: str | None, formats: Sequence[str]) -> Answer:
    offered = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
    asked = f"format={','.join(formats)}" if formats else f"Accept: {accept}"
    names = ", ".join(f"{f.media_type} (format={f.names[0]})" for f in offered)
    what = "SELECT and ASK" if kind == "results" else "CONSTRUCT and DESCRIBE"
    return text_answer(406, f"cannot answer with {asked}; {what} results come as: {names}")


def answer_query(store: Store, job: QueryJob) -> Answer:
    """Check, run and serialise one query on an open snapshot (runs in a worker)."""
    from kg.store import dataset_query, missing_graphs

    clause = check_query(job.sparql)
    default, named = job.default_graphs, job.named_graphs
    if default is None and named is None and clause is not None:
        default, named = clause.default, clause.named
    if default is not None or named is not None:
        missing = missing_graphs(store, [*(default or ()), *(named or ())])
        if missing:
            listed = ", ".join(f"<{g}>" for g in missing)
            raise QueryError(
                f"{listed}: not a graph of this store; a query may name only the store's own graphs "
                "(FROM, FROM NAMED, default-graph-uri, named-graph-uri), never a remote one"
            )
    result = dataset_query(store, job.sparql, default_graphs=default, named_graphs=named)
    kind = "graph" if isinstance(result, ox.QueryTriples) else "results"
    fmt = negotiate(job.accept, kind, requested=job.formats)
    if fmt is None:
        return _not_acceptable(kind, job.accept, job.formats)
    try:
        if isinstance(result, ox.QueryBoolean):
            body, rows, truncated = result.serialize(format=_RESULTS_OX[fmt.name]), 1, False
        elif kind == "graph":
            body, rows, truncated = serialise_triples(result, fmt, max_rows=job.max_rows)
        else:
            body, rows, truncated = serialise_solutions(result, fmt, max_rows=job.max_rows)
    except (OSError, ValueError, SyntaxError, RuntimeError) as e:
        raise QueryError(f"query failed: {e}") from e
    headers = [
        ("X-KG-Rows", str(rows)),
        ("X-KG-Max-Rows", str(job.max_rows)),
        ("X-KG-Truncated", str(truncated).lower()),
    ]
    if truncated:
        headers.append(
            (
                "Warning",
                f'199 kg "results truncated to the first {job.max_rows} rows; page with LIMIT and OFFSET"',
            )
        )
    return Answer(200, body, fmt.content_type, tuple(headers))


def answer_update(job: UpdateJob) -> Answer:
    """Check and run one update on the live store (runs in a worker)."""
    from kg.store import apply_update

    check_update(job.sparql)
    try:
        apply_update(job.store, job.sparql)
    except StoreLockedError as e:
        return text_answer(503, f"the update was not run: {e}", ("Retry-After", "5"))
    return Answer(204, b"")


def answer_view(store: Store, job: ViewJob) -> Answer:
    """The HTML graph page of the whole snapshot or around one actor (runs in a worker).

    The page ``kg view`` writes and ``graph.view()`` returns for the same options
    (:func:`kg.operations.view_page`); an unknown actor is a 404.
    """
    from kg.operations import view_page

    try:
        page = view_page(store, actor=job.actor, depth=job.depth, since=job.since, until=job.until)
    except UnknownActorError as e:
        if job.actor is not None:
            return text_answer(404, str(e))
        raise
    return Answer(200, page.encode("utf-8"), "text/html; charset=utf-8")


def answer_named(store: Store, job: NamedJob) -> Answer:
    """A named query, its parameters read as ``kg query NAME --bind`` reads them, answered as a query."""
    from kg.operations import bound_query
    from kg.queries import named_queries

    if job.name not in named_queries():
        names = ", ".join(named_queries())
        return text_answer(404, f"no named query {job.name!r}; the named queries are: {names}")
    sparql = bound_query(store, job.name, dict(job.values))
    return answer_query(
        store, QueryJob(job.snapshot, sparql, None, None, job.accept, job.formats, job.max_rows)
    )


@dataclass(frozen=True)
class _Progress:
    """A worker's word that it starts (``loading``) or ends copying a snapshot into memory."""

    loading: bool


class _Opened:
    """The snapshot a worker has open: one at a time, reopened when the server moves on.

    With ``memory``, the snapshot is copied into the worker's memory when it
    is first used, and ``notify`` is given a :class:`_Progress` before and
    after the copy, so that the pool does not count it against the query's time limit.
    """

    def __init__(self, *, memory: bool = False, notify: Any = None) -> None:
        self.memory = memory
        self.notify = notify or (lambda _progress: None)
        self.path: str | None = None
        self.store: Store | None = None

    def get(self, path: str) -> Store:
        if path != self.path:
            self.close()
            if self.memory:
                self.notify(_Progress(loading=True))
                with Store(path) as disk:
                    self.store = disk.in_memory()
                self.notify(_Progress(loading=False))
            else:
                self.store = Store(path)
            self.path = path
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store = self.path = None


#: Any job a query process does.
Job = QueryJob | NamedJob | UpdateJob | ViewJob


def answer(job: Job, opened: _Opened) -> Answer:
    """Do one job; an error a user can act on becomes a 400 with its message."""
    try:
        if isinstance(job, QueryJob):
            return answer_query(opened.get(job.snapshot), job)
        if isinstance(job, NamedJob):
            return answer_named(opened.get(job.snapshot), job)
        if isinstance(job, UpdateJob):
            return answer_update(job)
        return answer_view(opened.get(job.snapshot), job)
    except StoreError as e:
        return text_answer(503, str(e))
    except KGError as e:
        return text_answer(400, str(e))


def _work(conn: Any, memory: bool = False) -> None:
    """A query process: answer jobs from the pipe until it closes (or the server kills it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    opened = _Opened(memory=memory, notify=conn.send)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            break
        if job is None:
            break
        try:
            reply = answer(job, opened)
        except Exception:  # a bug, not the user's error: say so, log it, keep serving
            log.exception("query worker failed on %r", job)
            reply = text_answer(500, "internal error in the query worker; see the server log")
        conn.send(reply)
    opened.close()
