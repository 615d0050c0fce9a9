"""The SPARQL 1.1 Protocol endpoint of ``kg serve``, with the HTML views and a query page.

Routes: ``/sparql`` (the protocol: ``GET ?query=``, ``POST`` form-encoded with
``query=`` or ``update=``, ``POST application/sparql-query`` and
``application/sparql-update``; without a query, the service description),
``/`` (the whole graph), ``/actor/{name}`` (the graph around one actor) and
``/query`` (a page to try queries, with the named queries as examples).

How it stays safe and responsive:

* **Snapshots.** The server never opens the live store. It copies it (under the
  store's shared lock, for the few milliseconds of the copy) and serves the
  copy. Every ``refresh`` seconds it compares the store's file fingerprint;
  when the store changed and no writer holds it, it takes a new snapshot and
  switches to it. While ``kg build`` writes, the previous snapshot is served.
* **Killable queries.** Queries run in worker processes (``spawn``) that open a
  snapshot read-only. A query running longer than ``timeout`` seconds has its
  worker killed and replaced; the client gets 503 and the next query works.
* **Read-only by default.** SPARQL Update gets 403 unless ``allow_update``;
  with it, an update runs on the live store under the writer lock (and never
  from another site), then the snapshot is refreshed.
* **Nothing leaves the machine.** ``SERVICE``, ``LOAD``, and ``FROM`` /
  ``FROM NAMED`` / ``default-graph-uri`` / ``named-graph-uri`` naming anything
  but a graph of the store are refused with 400 (see :func:`check_query`).
* **Bounded answers.** At most ``max_rows`` rows (or triples) per answer; when
  there were more, the response says so in ``X-KG-Truncated: true``,
  ``X-KG-Max-Rows`` and a ``Warning`` header. Request bodies above
  ``max_body`` bytes get 413; a ``Host`` other than the bound host or a local
  name gets 400; CORS headers only with ``cors``.
"""

from __future__ import annotations

import asyncio
import base64
import codecs
import contextlib
import hashlib
import html
import logging
import multiprocessing
import os
import re
import shutil
import signal
import tempfile
import threading
from collections import Counter, OrderedDict
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .dates import DateRange
from .errors import DateError, KGError, ProtocolError, QueryError, StoreError, StoreLockedError
from .store import DB_NAME, PREFIXES, Snapshot, Store, fingerprint, take_snapshot

log = logging.getLogger("kg.server")

#: The names a client may use in the ``Host`` header besides the bound host.
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")
#: Hosts that mean "every interface": the Host check cannot know the public name, so it is off.
WILDCARD_HOSTS = ("0.0.0.0", "::", "")


@dataclass(frozen=True)
class Settings:
    """How the endpoint runs; the keyword arguments of :func:`serve` and :func:`create_app`."""

    store_path: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False
    cors: bool = False
    max_body: int = 1_000_000
    workers: int = 2
    refresh: float = 5.0
    memory: bool = False

    def __post_init__(self) -> None:
        if (
            self.timeout <= 0
            or self.max_rows < 1
            or self.max_body < 1
            or self.workers < 1
            or self.refresh <= 0
        ):
            raise QueryError("timeout, max_rows, max_body, workers and refresh must be positive")


# --- formats and content negotiation --------------------------------------------------------------


@dataclass(frozen=True)
class Format:
    """A result format: its media type, the other media types and names that ask for it."""

    name: str
    media_type: str
    kind: str  # "results" (SELECT, ASK) or "graph" (CONSTRUCT, DESCRIBE)
    also: tuple[str, ...] = ()  # more media types meaning this format
    names: tuple[str, ...] = ()  # values of the format= parameter meaning this format

    @property
    def content_type(self) -> str:
        """The Content-Type header of a response in this format."""
        return self.media_type if "json" in self.media_type else f"{self.media_type}; charset=utf-8"


# Each list is in order of preference: the first is the default for "*/*" or no Accept.
RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", "results", ("application/json",), ("json", "srj")),
    Format(
        "xml", "application/sparql-results+xml", "results", ("application/xml", "text/xml"), ("xml", "srx")
    ),
    Format("csv", "text/csv", "results", (), ("csv",)),
    Format("tsv", "text/tab-separated-values", "results", (), ("tsv",)),
)
GRAPH_FORMATS = (
    Format(
        "turtle",
        "text/turtle",
        "graph",
        ("application/turtle", "application/x-turtle"),
        ("turtle", "ttl", "n3"),
    ),
    Format("ntriples", "application/n-triples", "graph", (), ("ntriples", "n-triples", "nt")),
    Format(
        "jsonld",
        "application/ld+json",
        "graph",
        ("application/x-json+ld", "application/json"),
        ("json-ld", "jsonld", "json"),
    ),
    Format(
        "rdfxml", "application/rdf+xml", "graph", ("application/xml", "text/xml"), ("rdf+xml", "rdf", "xml")
    ),
)
#: The W3C's IRIs of the formats (https://www.w3.org/ns/formats/), for the service description.
FORMATS_NS = Namespace("http://www.w3.org/ns/formats/")
W3C_FORMATS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
}
_RESULTS_OX = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_GRAPH_OX = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q-values (malformed q counts as 0)."""
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """The q-value the most specific matching range gives ``media_type`` (0: not acceptable)."""
    kind = media_type.split("/")[0]
    best: tuple[int, float] = (-1, 0.0)
    for media, q in ranges:
        if media == media_type:
            specificity = 2
        elif media == f"{kind}/*":
            specificity = 1
        elif media in ("*/*", "*"):
            specificity = 0
        else:
            continue
        best = max(best, (specificity, q), key=lambda pair: pair[0])
    return best[1]


def negotiate(accept: str | None, kind: str, *, requested: Sequence[str] = ()) -> Format | None:
    """The format to answer a ``kind`` of result in, or None when nothing acceptable is offered.

    ``requested`` are the values of the ``format=`` parameter (names such as
    ``json``, ``csv``, ``turtle`` or media types, comma-separated lists
    allowed); the first one that names a format of this kind wins over the
    Accept header. Otherwise the Accept header decides by q-value, ties going
    to the order of :data:`RESULT_FORMATS` / :data:`GRAPH_FORMATS`.
    """
    formats = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
    wanted = [w.strip().lower() for value in requested for w in value.split(",") if w.strip()]
    if wanted:
        for word in wanted:
            for fmt in formats:
                if word in fmt.names or word == fmt.media_type or word in fmt.also:
                    return fmt
        return None
    if not accept or not accept.strip():
        return formats[0]
    ranges = _accept_ranges(accept)
    best, best_q = None, 0.0
    for fmt in formats:
        q = max(_quality(m, ranges) for m in (fmt.media_type, *fmt.also))
        if q > best_q:
            best, best_q = fmt, q
    return best


# --- refusing what would reach outside the store --------------------------------------------------

# Words that a query must contain for it to need the full check below. A SPARQL
# keyword is spelt out in the text (Oxigraph reads \u escapes only inside IRIs
# and strings), so a query without these letters cannot hold SERVICE, LOAD or
# FROM; most queries skip the slow rdflib parse this way.
_GATE = re.compile(r"service|load|from", re.IGNORECASE)
# A whole line that is a comment without quotes: dropping it cannot change what
# is code, even if it sits inside a long string (it holds no quote to end one).
_QUOTELESS_COMMENT_LINE = re.compile(r"^[ \t]*#[^\"'\r\n]*$", re.MULTILINE)
# rdflib expands \u escapes everywhere before parsing, Oxigraph only in strings
# and IRIs: an escape that makes a delimiter could make the two read the query
# differently, so such queries are refused when they need the check.
_DELIMITER_ESCAPE = re.compile(
    r"\\u(0022|0027|003[cCeE]|0023|007[bBdD]|005[cC])|\\U0000(0022|0027|003[cCeE]|0023|007[bBdD]|005[cC])"
)


@dataclass(frozen=True)
class DatasetClause:
    """The graphs a query's ``FROM`` (default) and ``FROM NAMED`` (named) clauses give."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()


def _needs_check(sparql: str) -> bool:
    return bool(_GATE.search(_QUOTELESS_COMMENT_LINE.sub("", sparql)))


def _parse_failure(e: Exception) -> QueryError:
    return QueryError(f"SPARQL syntax error: {e}")


def _walk(node: Any, seen: set[int] | None = None) -> Iterator[Any]:
    """Every value inside an rdflib algebra or parse tree, depth first."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value, seen)
    elif isinstance(node, list | tuple) or hasattr(node, "asList"):  # asList: pyparsing's ParseResults
        for value in node:
            yield from _walk(value, seen)


def _refuse_service(tree: Any) -> None:
    for node in _walk(tree):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise QueryError(
                "SERVICE is refused: this endpoint never sends a request to another host "
                "(federated queries are disabled)"
            )
        if name == "Load":
            raise QueryError("LOAD is refused: this endpoint never fetches data from another host")


def _checked_algebra(sparql: str, kind: str) -> Any:
    """The rdflib algebra of ``sparql``, a ``kind`` ("query" or "update"), once it passed the check.

    The steps :func:`check_query` and :func:`check_update` share: ``None`` when
    ``sparql`` needs no check; otherwise parsed and translated by rdflib's
    parser for ``kind``, and refused when it has ``SERVICE`` or ``LOAD``, an
    escape that makes a delimiter, or a syntax rdflib cannot parse. Raises
    :class:`~kg.errors.QueryError`.
    """
    if not _needs_check(sparql):
        return None
    if _DELIMITER_ESCAPE.search(sparql):
        mentions = (
            "a query that mentions SERVICE, LOAD or FROM"
            if kind == "query"
            else "an update that mentions SERVICE or LOAD"
        )
        raise QueryError(f"a \\u escape of a quote, bracket or # is refused in {mentions}")
    from rdflib.plugins.sparql import algebra, parser

    if kind == "query":
        parse, translate = parser.parseQuery, algebra.translateQuery
    else:
        parse, translate = parser.parseUpdate, algebra.translateUpdate
    try:
        parsed = parse(sparql)
        _refuse_service(parsed)
        translated = translate(parsed, initNs=PREFIXES)
    except QueryError:
        raise
    except Exception as e:  # rdflib raises plain Exception, ParseException, … : refuse what cannot be checked
        raise _parse_failure(e) from e
    _refuse_service(translated.algebra)
    return translated.algebra


def check_query(sparql: str) -> DatasetClause | None:
    """Refuse a query with ``SERVICE``; the graphs of its dataset clause, if it has one.

    Oxigraph would run ``SERVICE`` (it sends an HTTP request to any IRI), so a
    query that might contain it is parsed by rdflib's SPARQL parser, which
    reads keywords only where the grammar has them (not in strings, IRIs or
    comments). A query rdflib cannot parse is refused when it needed the
    check. Raises :class:`~kg.errors.QueryError`.
    """
    algebra = _checked_algebra(sparql, "query")
    if algebra is None:
        return None
    # CompValue.get returns the key itself for a missing key: use the plain dict's get
    clauses = dict.get(algebra, "datasetClause") or ()
    default = tuple(str(c["default"]) for c in clauses if "default" in c)
    named = tuple(str(c["named"]) for c in clauses if "named" in c)
    return DatasetClause(default, named) if default or named else None


def check_update(sparql: str) -> None:
    """Refuse an update with ``LOAD`` or ``SERVICE`` (see :func:`check_query`)."""
    _checked_algebra(sparql, "update")


# --- the protocol request -------------------------------------------------------------------------


@dataclass(frozen=True)
class ProtocolCall:
    """One SPARQL protocol operation, read from the request."""

    query: str | None = None
    update: str | None = None
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    formats: tuple[str, ...] = ()  # values of format= (SPARQLWrapper and browsers' links use it)


_FORM = "application/x-www-form-urlencoded"
_SPARQL_QUERY = "application/sparql-query"
_SPARQL_UPDATE = "application/sparql-update"


def _decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(codecs.lookup(charset).name)
    except (LookupError, UnicodeDecodeError) as e:
        raise ProtocolError(400, f"the request body is not valid {charset}: {e}") from e


def _media_type(content_type: str) -> tuple[str, str]:
    """The media type of a Content-Type header and its charset (UTF-8 when not given)."""
    media, *params = (p.strip() for p in content_type.split(";"))
    charset = "utf-8"
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"')
    return media.lower(), charset


def read_call(
    method: str, content_type: str | None, params: Sequence[tuple[str, str]], body: bytes
) -> ProtocolCall | None:
    """The operation a request asks for, or None for a request of the service description.

    ``params`` are the URL's query parameters. Raises :class:`ProtocolError`
    (400 malformed, 415 unsupported content type).
    """
    if method in ("GET", "HEAD"):
        fields = list(params)
        if any(k == "update" for k, _ in fields):
            raise ProtocolError(400, "SPARQL Update must be sent with POST, not GET")
        if not any(k == "query" for k, _ in fields):
            return None
        return _call(fields, operation="query")
    media, charset = _media_type(content_type or "")
    if media == _FORM:
        try:
            fields = parse_qsl(
                _decode(body, charset), keep_blank_values=True, encoding=charset, errors="strict"
            )
        except UnicodeDecodeError as e:
            raise ProtocolError(400, f"a form field is not valid {charset} once decoded: {e}") from e
        fields += [(k, v) for k, v in params if k == "format"]
        operations = {k for k, _ in fields if k in ("query", "update")}
        if len(operations) != 1:
            raise ProtocolError(400, "a form POST needs exactly one of query= or update=")
        return _call(fields, operation=operations.pop())
    if media == _SPARQL_QUERY:
        return _call([*params, ("query", _decode(body, charset))], operation="query")
    if media == _SPARQL_UPDATE:
        return _call([*params, ("update", _decode(body, charset))], operation="update")
    raise ProtocolError(
        415,
        f"unsupported Content-Type {media or '(none)'!r}: POST {_FORM} (query= or update=), "
        f"{_SPARQL_QUERY} or {_SPARQL_UPDATE}",
    )


def _call(fields: list[tuple[str, str]], *, operation: str) -> ProtocolCall:
    texts = [v for k, v in fields if k == operation]
    if len(texts) != 1:
        raise ProtocolError(400, f"give exactly one {operation}, not {len(texts)}")
    if not texts[0].strip():
        raise ProtocolError(400, f"the {operation} is empty")
    if operation == "update":
        if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in fields):
            raise ProtocolError(
                400, "using-graph-uri and using-named-graph-uri are not supported: use USING in the update"
            )
        return ProtocolCall(update=texts[0])
    default = tuple(v for k, v in fields if k == "default-graph-uri")
    named = tuple(v for k, v in fields if k == "named-graph-uri")
    given = bool(default or named)
    return ProtocolCall(
        query=texts[0],
        default_graphs=default if given else None,
        named_graphs=named if given else None,
        formats=tuple(v for k, v in fields if k == "format"),
    )


# --- work done in the query processes -------------------------------------------------------------


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
class ViewJob:
    snapshot: str
    actor: str | None = None
    depth: int = 1
    since: str | None = None
    until: str | None = None


class _FirstRows:
    """A binary sink that keeps a header line and ``rows`` lines of TSV, and stops the writer after them.

    Raising from ``write`` is how the serialiser is stopped: Oxigraph evaluates
    a query as it writes it, so the rows past the cap are never computed.
    """

    class Full(Exception):
        pass

    def __init__(self, rows: int) -> None:
        self.lines = rows + 1  # with the header
        self.parts: list[bytes] = []
        self.seen = 0
        self.full = False

    def write(self, data: bytes) -> int:
        if self.full:  # the writer may try to flush once more after being stopped
            raise self.Full
        chunk = bytes(data)
        self.parts.append(chunk)
        self.seen += chunk.count(b"\n")
        if self.seen > self.lines:
            self.full = True
            raise self.Full
        return len(chunk)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        data = b"".join(self.parts)
        if not self.full:
            return data
        end = -1
        for _ in range(self.lines):
            end = data.index(b"\n", end + 1)
        return data[: end + 1]


def serialise_solutions(solutions: Any, fmt: Format, *, max_rows: int) -> tuple[bytes, int, bool]:
    """SELECT solutions in ``fmt``: body, rows written, and whether rows were left out.

    Oxigraph writes the solutions as TSV (one line per solution, every term in
    N-Triples syntax: nothing is lost) until ``max_rows`` are written and one
    more is seen; it then reads those lines back and writes them in ``fmt``.
    No term passes through Python objects: a large answer costs a few
    microseconds per row.
    """
    sink = _FirstRows(max_rows)
    try:
        solutions.serialize(sink, format=ox.QueryResultsFormat.TSV)
    except _FirstRows.Full:
        pass
    except OSError:
        if not sink.full:
            raise
    tsv = sink.value()
    rows = tsv.count(b"\n") - 1
    body = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(
        format=_RESULTS_OX[fmt.name]
    )
    return body, rows, sink.full


def serialise_triples(triples: Iterable[Any], fmt: Format, *, max_rows: int) -> tuple[bytes, int, bool]:
    """CONSTRUCT or DESCRIBE triples in ``fmt``: body, triples written, whether triples were left out."""
    kept = []
    truncated = False
    for triple in triples:
        if len(kept) == max_rows:
            truncated = True
            break
        kept.append(triple)
    return ox.serialize(kept, format=_GRAPH_OX[fmt.name], prefixes=PREFIXES), len(kept), truncated


def _not_acceptable(kind: str, accept: str | None, formats: Sequence[str]) -> Answer:
    offered = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
    asked = f"format={','.join(formats)}" if formats else f"Accept: {accept}"
    names = ", ".join(f"{f.media_type} (format={f.names[0]})" for f in offered)
    what = "SELECT and ASK" if kind == "results" else "CONSTRUCT and DESCRIBE"
    return text_answer(406, f"cannot answer with {asked}; {what} results come as: {names}")


def answer_query(store: Store, job: QueryJob) -> Answer:
    """Check, run and serialise one query on an open snapshot (runs in a worker)."""
    from .store import dataset_query, missing_graphs

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
    from .store import apply_update

    check_update(job.sparql)
    try:
        apply_update(job.store, job.sparql)
    except StoreLockedError as e:
        return text_answer(503, f"the update was not run: {e}", ("Retry-After", "5"))
    return Answer(204, b"")


def answer_view(store: Store, job: ViewJob) -> Answer:
    """The HTML graph page of the whole snapshot or around one actor (runs in a worker)."""
    from .queries import resolve
    from .views import render_view

    statements = store.statements(since=job.since, until=job.until)
    try:
        actor = resolve(store, job.actor).name if job.actor is not None else None
        page = render_view(statements, actor=actor, depth=job.depth, since=job.since, until=job.until)
    except QueryError as e:
        if job.actor is not None:
            return text_answer(404, str(e))
        raise
    return Answer(200, page.encode("utf-8"), "text/html; charset=utf-8")


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


def answer(job: QueryJob | UpdateJob | ViewJob, opened: _Opened) -> Answer:
    """Do one job; an error a user can act on becomes a 400 with its message."""
    try:
        if isinstance(job, QueryJob):
            return answer_query(opened.get(job.snapshot), job)
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


# --- the pool of query processes ------------------------------------------------------------------


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any


#: Seconds a worker may take to copy a snapshot into memory (``--memory``) before it is stopped.
LOAD_TIMEOUT = 3600.0


def _receive(conn: Any, timeout: float) -> Answer | _Progress | None:
    """The worker's next message, or None when none came within ``timeout`` seconds."""
    if conn.poll(timeout):
        return conn.recv()
    return None


class WorkerPool:
    """Processes that run queries and can be killed when one runs too long."""

    def __init__(self, size: int, *, timeout: float, memory: bool = False) -> None:
        self.size = size
        self.timeout = timeout
        self.memory = memory
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._threads = ThreadPoolExecutor(max_workers=size + 1, thread_name_prefix="kg-wait")
        self._all: set[_Worker] = set()

    def start(self) -> None:
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_work, args=(child, self.memory), name="kg-query", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._all.add(worker)
        return worker

    async def _replace(self, worker: _Worker) -> None:
        self._all.discard(worker)
        worker.process.kill()
        worker.conn.close()
        self._idle.put_nowait(self._spawn())
        await asyncio.to_thread(worker.process.join, 5)

    async def run(self, job: QueryJob | UpdateJob | ViewJob) -> Answer:
        """Run ``job`` in an idle worker; a 503 answer when none is free or it takes too long."""
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            return text_answer(
                503,
                f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again later",
                ("Retry-After", "5"),
            )
        loop = asyncio.get_running_loop()
        try:
            worker.conn.send(job)
            limit = self.timeout
            while isinstance(
                reply := await loop.run_in_executor(self._threads, _receive, worker.conn, limit), _Progress
            ):
                limit = LOAD_TIMEOUT if reply.loading else self.timeout  # the copy is not the query's time
        except (OSError, EOFError):
            await self._replace(worker)
            return text_answer(500, "the query worker stopped unexpectedly; it has been replaced, try again")
        except asyncio.CancelledError:  # the client went away: stop the work, keep the pool whole
            await asyncio.shield(self._replace(worker))
            raise
        if reply is None:
            await self._replace(worker)
            if limit == LOAD_TIMEOUT:
                return text_answer(
                    503,
                    f"copying the store into memory took longer than {LOAD_TIMEOUT:g} s and was stopped; "
                    "serve it without --memory",
                )
            return text_answer(
                503,
                f"the query ran longer than the {self.timeout:g} s limit and was stopped; "
                "make it more selective (or add LIMIT), or ask for a longer --timeout",
            )
        self._idle.put_nowait(worker)
        return reply

    async def stop(self) -> None:
        for worker in list(self._all):
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        for worker in list(self._all):
            await asyncio.to_thread(worker.process.join, 2)
            if worker.process.is_alive():
                worker.process.kill()
                await asyncio.to_thread(worker.process.join, 2)
            worker.conn.close()
        self._all.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)


# --- snapshots ------------------------------------------------------------------------------------


class SnapshotKeeper:
    """The snapshot being served, replaced when the store changes and no writer holds it.

    A snapshot that was replaced is deleted once no request uses it.
    """

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self._area: Path | None = None
        self.current: Snapshot | None = None
        self.waiting: str | None = None  # why there is no newer snapshot (a writer holds the store)
        self._users: Counter[Path] = Counter()
        self._retired: set[Path] = set()
        self._lock = threading.Lock()

    def refresh(self) -> bool:
        """Take a new snapshot if the store changed and nobody writes to it; whether it did."""
        current = self.current
        if current is not None and fingerprint(self.store_path) == current.fingerprint:
            self.waiting = None
            return False
        if self._area is None:
            self._area = snapshot_area(self.store_path)
        try:
            snapshot = take_snapshot(self.store_path, into=self._area)
        except StoreLockedError as e:
            self.waiting = str(e)
            return False
        with self._lock:
            old, self.current = self.current, snapshot
            self.waiting = None
            if old is not None:
                self._retired.add(old.path)
        self._collect()
        log.info("serving a snapshot of %s taken at %s", self.store_path, _iso(snapshot.taken))
        return True

    @contextlib.contextmanager
    def use(self) -> Iterator[Snapshot | None]:
        """The current snapshot, kept on disk until the block ends."""
        with self._lock:
            snapshot = self.current
            if snapshot is not None:
                self._users[snapshot.path] += 1
        try:
            yield snapshot
        finally:
            if snapshot is not None:
                with self._lock:
                    self._users[snapshot.path] -= 1
                self._collect()

    def _collect(self) -> None:
        with self._lock:
            done = {p for p in self._retired if self._users[p] <= 0}
            self._retired -= done
            for path in done:
                del self._users[path]
        for path in done:
            shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        """Delete every snapshot (the server is stopping)."""
        if self._area is not None:
            shutil.rmtree(self._area, ignore_errors=True)
        self._area = self.current = None


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def snapshot_area(store_path: Path) -> Path:
    """A private folder for this server's snapshots, beside the database (so table files can be hard-linked).

    Folders left by servers that died are removed. Falls back to the temp folder
    when the store's folder is read-only.
    """
    for stale in store_path.glob(".kg-serve-*"):
        pid_file = stale / "pid"
        try:
            pid = int(pid_file.read_text())
            os.kill(pid, 0)
        except (OSError, ValueError):  # no pid file or no such process: the server is gone
            shutil.rmtree(stale, ignore_errors=True)
    try:
        area = Path(tempfile.mkdtemp(prefix=".kg-serve-", dir=store_path))
    except OSError:
        area = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    (area / "pid").write_text(str(os.getpid()))
    return area


# --- service description and pages ----------------------------------------------------------------


class SD(DefinedNamespace):
    """Terms of the SPARQL 1.1 Service Description vocabulary used here."""

    _NS = Namespace("http://www.w3.org/ns/sparql-service-description#")
    _fail = True

    Service: URIRef
    endpoint: URIRef
    supportedLanguage: URIRef
    SPARQL11Query: URIRef
    SPARQL11Update: URIRef
    resultFormat: URIRef
    feature: URIRef
    UnionDefaultGraph: URIRef
    defaultDataset: URIRef
    Dataset: URIRef
    defaultGraph: URIRef
    Graph: URIRef


def service_description(endpoint: str, settings: Settings) -> Graph:
    """The SPARQL service description of the endpoint at ``endpoint``, limits included."""
    graph = Graph()
    graph.bind("sd", SD._NS)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if settings.allow_update:
        graph.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    for name in W3C_FORMATS.values():
        graph.add((service, SD.resultFormat, FORMATS_NS[name]))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    dataset, default = BNode(), BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add(
        (
            default,
            RDFS.comment,
            Literal("The union of all graphs: one named graph per article, and the ontology."),
        )
    )
    mode = (
        "Read and write (SPARQL Update allowed)"
        if settings.allow_update
        else "Read-only (SPARQL Update gets 403)"
    )
    comment = (
        f"{mode}. Answers hold at most {settings.max_rows} rows (triples for CONSTRUCT and DESCRIBE); "
        "when more existed, the response has the headers X-KG-Truncated: true, X-KG-Max-Rows and Warning "
        "(X-KG-Rows always gives the number sent). "
        f"A query running longer than {settings.timeout:g} s is stopped and answered with 503. "
        "SERVICE, LOAD, and FROM or default-graph-uri/named-graph-uri naming anything but a graph of this "
        "store are refused with 400. The prefixes "
        + ", ".join(f"{p}:" for p in PREFIXES)
        + " are predefined. Data is served from a snapshot of the store, refreshed after each kg build "
        "(header X-KG-Snapshot)."
    )
    graph.add((service, RDFS.comment, Literal(comment)))
    return graph


_RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
_MARKER = re.compile(r"@@KG_([A-Z_]+)@@")
_INLINE = re.compile(r"<(script|style)>(.*?)</\1>", re.S)


def _example_term(param: Any) -> Any:
    """A named query's example value as an RDF term, for the query page."""
    from .rdf import actor_iri

    if param.type == "actor":
        return ox.NamedNode(str(actor_iri(param.example)))
    if param.type == "date":
        return ox.Literal(date.fromisoformat(param.example).isoformat(), datatype=ox.NamedNode(str(XSD.date)))
    if param.type == "integer":
        return ox.Literal(str(int(param.example)), datatype=ox.NamedNode(str(XSD.integer)))
    return ox.Literal(param.example)


def query_examples() -> list[dict[str, str]]:
    """The named queries with their parameters bound to the example values (written in as terms)."""
    from .binding import bind
    from .queries import named_queries

    examples = []
    for named in named_queries().values():
        terms = {p.name: _example_term(p) for p in named.params if p.example}
        sparql = bind(named.sparql, terms)
        examples.append({"name": named.name, "description": named.description, "sparql": sparql})
    return examples


def query_page(settings: Settings) -> tuple[str, str]:
    """The query page and its Content-Security-Policy (scripts and styles admitted by hash)."""
    from .views import script_json

    template = (resources.files("kg") / "templates" / "query.html").read_text(encoding="utf-8")
    data = {
        "examples": query_examples(),
        "maxRows": settings.max_rows,
        "timeout": settings.timeout,
        "prefixes": list(PREFIXES),
        "update": settings.allow_update,
    }
    parts = {"DATA": script_json(data), "CSP": "@@KG_CSP@@"}
    page = _MARKER.sub(lambda m: parts[m.group(1)], template)
    hashes: dict[str, list[str]] = {"script": [], "style": []}
    for kind, body in _INLINE.findall(page):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes[kind].append(f"'sha256-{digest}'")
    csp = (
        f"default-src 'none'; script-src {' '.join(hashes['script'])}; "
        f"style-src {' '.join(hashes['style'])}; "
        "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return page.replace("@@KG_CSP@@", html.escape(csp), 1), csp


# --- the HTTP application -------------------------------------------------------------------------


_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class _SecurityHeaders:
    """ASGI middleware adding headers that stop sniffing, referrers and cross-origin embedding."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in _SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


#: Bytes of answers kept in memory (per server), and the largest answer kept.
CACHE_BYTES = 64_000_000
CACHE_ENTRY_BYTES = 8_000_000


class AnswerCache:
    """Answers of the current snapshot by job, least recently used first out.

    A snapshot never changes, so a job (which names its snapshot) always has the
    same answer: the ranking queries, which scan the whole store, are computed
    once per snapshot. Identical jobs arriving together are computed once.
    """

    def __init__(self, *, max_bytes: int = CACHE_BYTES, max_entry: int = CACHE_ENTRY_BYTES) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self._answers: OrderedDict[Any, Answer] = OrderedDict()
        self._size = 0
        self._snapshot: str | None = None
        self._pending: dict[Any, asyncio.Future[Answer]] = {}  # jobs being computed

    async def answer(self, job: Any, compute: Any) -> tuple[Answer, bool]:
        """The answer to ``job`` and whether it was shared (cached, or computed for another request).

        ``compute(job)`` runs as a task of its own: a client that goes away
        neither stops it nor the others waiting for it.
        """
        if job.snapshot != self._snapshot:  # a new snapshot: the old answers can never be asked again
            self._answers.clear()
            self._size = 0
            self._snapshot = job.snapshot
        if job in self._answers:
            self._answers.move_to_end(job)
            return self._answers[job], True
        task = self._pending.get(job)
        shared = task is not None
        if task is None:
            task = self._pending[job] = asyncio.ensure_future(self._compute(job, compute))
        return await asyncio.shield(task), shared

    async def _compute(self, job: Any, compute: Any) -> Answer:
        try:
            reply = await compute(job)
        finally:
            self._pending.pop(job, None)
        if reply.status == 200 and len(reply.body) <= self.max_entry and job.snapshot == self._snapshot:
            self._answers[job] = reply
            self._size += len(reply.body)
            while self._size > self.max_bytes:
                _, dropped = self._answers.popitem(last=False)
                self._size -= len(dropped.body)
        return reply


@dataclass
class Endpoint:
    """The state behind the routes: settings, the snapshot keeper, the worker pool, the answer cache."""

    settings: Settings
    pool: WorkerPool
    keeper: SnapshotKeeper
    cache: AnswerCache = field(default_factory=AnswerCache)
    _page: tuple[str, str] | None = None
    _descriptions: dict[tuple[str, str], bytes] = field(default_factory=dict)

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        """Start the workers and take the first snapshot; stop and delete them at the end."""
        self.pool.start()
        await asyncio.to_thread(self.keeper.refresh)
        if self.keeper.current is None:
            log.warning("%s; serving starts when the writer finishes", self.keeper.waiting)
        refresher = asyncio.create_task(self._refresh_every(self.settings.refresh))
        try:
            yield
        finally:
            refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await refresher
            await self.pool.stop()
            self.keeper.close()

    async def _refresh_every(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            try:
                await asyncio.to_thread(self.keeper.refresh)
            except StoreError as e:
                log.warning("cannot refresh the snapshot: %s", e)

    async def run(self, make_job: Any) -> Response:
        """Answer the job ``make_job(snapshot_path)`` on the current snapshot (from the cache if it can)."""
        if self.keeper.current is None:
            await asyncio.to_thread(self.keeper.refresh)
        with self.keeper.use() as snapshot:
            if snapshot is None:
                return _response(
                    text_answer(
                        503, f"no snapshot of the store yet: {self.keeper.waiting}", ("Retry-After", "5")
                    )
                )
            reply, cached = await self.cache.answer(make_job(str(snapshot.path)), self.pool.run)
        return _response(
            reply, ("X-KG-Snapshot", _iso(snapshot.taken)), ("X-KG-Cache", "hit" if cached else "miss")
        )

    async def sparql(self, request: Request) -> Response:
        """``/sparql``: a query, an update, or the service description."""
        try:
            body = await _read_body(request, self.settings.max_body) if request.method == "POST" else b""
            call = read_call(
                request.method, request.headers.get("content-type"), request.query_params.multi_items(), body
            )
        except ProtocolError as e:
            return _response(text_answer(e.status, str(e)))
        if call is None:
            return self.describe(request)
        if call.update is not None:
            return await self.update(request, call.update)
        settings = self.settings
        accept = request.headers.get("accept")
        return await self.run(
            lambda path: QueryJob(
                path,
                call.query,
                call.default_graphs,
                call.named_graphs,
                accept,
                call.formats,
                settings.max_rows,
            )
        )

    async def update(self, request: Request, sparql: str) -> Response:
        """Run an update on the live store (only with ``allow_update``, never cross-site)."""
        if not self.settings.allow_update:
            return _response(
                text_answer(
                    403,
                    "this endpoint is read-only: SPARQL Update is refused "
                    "(start kg serve with --allow-update)",
                )
            )
        if _cross_site(request) and not self.settings.cors:
            return _response(text_answer(403, "SPARQL Update from another site is refused"))
        reply = await self.pool.run(UpdateJob(str(self.settings.store_path), sparql))
        if reply.status < 300:
            await asyncio.to_thread(self.keeper.refresh)
        return _response(reply)

    def describe(self, request: Request) -> Response:
        """The service description, in Turtle unless Accept asks for N-Triples, JSON-LD or RDF/XML."""
        fmt = negotiate(
            request.headers.get("accept"), "graph", requested=request.query_params.getlist("format")
        )
        if fmt is None:
            return _response(
                _not_acceptable(
                    "graph", request.headers.get("accept"), request.query_params.getlist("format")
                )
            )
        endpoint = str(request.url.replace(query="", fragment=""))
        key = (endpoint, fmt.name)
        if key not in self._descriptions:
            if len(self._descriptions) >= 32:  # the Host header varies the key: keep it bounded
                self._descriptions.clear()
            graph = service_description(endpoint, self.settings)
            self._descriptions[key] = graph.serialize(format=_RDFLIB_FORMATS[fmt.name], encoding="utf-8")
        return Response(self._descriptions[key], media_type=fmt.content_type, headers={"Vary": "Accept"})

    async def graph_page(self, request: Request) -> Response:
        """``/``: the whole graph."""
        options = _view_options(request)
        if isinstance(options, Response):
            return options
        return await self.run(lambda path: ViewJob(path, **options))

    async def actor_page(self, request: Request) -> Response:
        """``/actor/{name}``: the graph around one actor (``?depth=``, ``?since=``, ``?until=``)."""
        options = _view_options(request)
        if isinstance(options, Response):
            return options
        name = request.path_params["name"]
        return await self.run(lambda path: ViewJob(path, actor=name, **options))

    async def query_form(self, request: Request) -> Response:
        """``/query``: the query page."""
        if self._page is None:
            self._page = query_page(self.settings)
        page, csp = self._page
        return Response(page, media_type="text/html; charset=utf-8", headers={"Content-Security-Policy": csp})


def _view_options(request: Request) -> dict[str, Any] | Response:
    params = request.query_params
    options: dict[str, Any] = {}
    if "depth" in params:
        depth = params["depth"]
        if not (depth.isdigit() and 0 <= int(depth) <= 5):
            return _response(text_answer(400, f"bad view option: depth={depth!r}; give 0 to 5"))
        options["depth"] = int(depth)
    try:
        dates = DateRange.parse(params.get("since"), params.get("until"))
    except DateError as e:
        return _response(text_answer(400, str(e)))
    options["since"] = dates.since.isoformat() if dates.since else None
    options["until"] = dates.until.isoformat() if dates.until else None
    return options


def _cross_site(request: Request) -> bool:
    """Whether a browser sent the request from a page of another origin."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = request.headers.get("origin")
    if origin is None:
        return False
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    return origin.rstrip("/").lower() != own.lower()


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it is longer than ``limit`` bytes."""
    too_big = ProtocolError(413, f"the request body is larger than the limit of {limit} bytes")
    length = request.headers.get("content-length")
    if length is not None:
        if not length.strip().isdigit():
            raise ProtocolError(400, f"bad Content-Length {length!r}")
        if int(length) > limit:
            raise too_big
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


def _response(reply: Answer, *extra: tuple[str, str]) -> Response:
    headers = dict(reply.headers)
    headers.update(extra)
    if reply.status == 204:
        return Response(status_code=204, headers=headers)
    headers.setdefault("Vary", "Accept")
    return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=headers)


def allowed_hosts(host: str) -> list[str] | None:
    """The Host header values accepted for a server bound to ``host`` (None: any, for a wildcard bind)."""
    if host in WILDCARD_HOSTS:
        return None
    return sorted({host, *LOCAL_NAMES})


def create_app(
    store_path: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    allow_update: bool = False,
    cors: bool = False,
    max_body: int = 1_000_000,
    workers: int = 2,
    refresh: float = 5.0,
    memory: bool = False,
) -> Starlette:
    """The ASGI application of the endpoint over the store at ``store_path`` (see the module's docstring).

    Worker processes start and the first snapshot is taken when the app's
    lifespan starts (uvicorn, or starlette's ``TestClient`` used as a context
    manager). Raises :class:`~kg.errors.StoreError` when there is no store.
    """
    settings = Settings(
        Path(store_path),
        host,
        port,
        timeout,
        max_rows,
        allow_update,
        cors,
        max_body,
        workers,
        refresh,
        memory,
    )
    if not (settings.store_path / DB_NAME).is_dir():
        path = settings.store_path
        raise StoreError(f"no store at {path}: build one first with `kg build ARTICLES --store {path}`")
    pool = WorkerPool(settings.workers, timeout=settings.timeout, memory=settings.memory)
    endpoint = Endpoint(settings, pool, SnapshotKeeper(settings.store_path))
    routes = [
        Route("/sparql", endpoint.sparql, methods=["GET", "POST"]),
        Route("/", endpoint.graph_page, methods=["GET"]),
        Route("/actor/{name:path}", endpoint.actor_page, methods=["GET"]),
        Route("/query", endpoint.query_form, methods=["GET"]),
    ]
    middleware = [Middleware(_SecurityHeaders)]
    hosts = allowed_hosts(host)
    if hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=hosts))
    if cors:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type"],
                expose_headers=[
                    "X-KG-Rows",
                    "X-KG-Max-Rows",
                    "X-KG-Truncated",
                    "X-KG-Snapshot",
                    "X-KG-Cache",
                    "Warning",
                ],
            )
        )
    return Starlette(routes=routes, middleware=middleware, lifespan=endpoint.lifespan)


def serve(
    store_path: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    allow_update: bool = False,
    cors: bool = False,
    max_body: int = 1_000_000,
    workers: int = 2,
    refresh: float = 5.0,
    memory: bool = False,
) -> None:
    """Serve the store at ``store_path`` over HTTP until interrupted (see :func:`create_app`)."""
    import uvicorn

    app = create_app(
        store_path,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        allow_update=allow_update,
        cors=cors,
        max_body=max_body,
        workers=workers,
        refresh=refresh,
        memory=memory,
    )
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="on",
        proxy_headers=False,
        server_header=False,
        h11_max_incomplete_event_size=max(max_body, 65_536),
        log_level="info",
    )
    uvicorn.Server(config).run()
