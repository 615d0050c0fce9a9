"""What a user asks of a store, once: the library behind the CLI, the Python API and the HTTP server.

Every function takes a store and values as a user gives them (an actor's
name or alias, ``YYYY-MM`` dates, ``name=value`` texts), and reads them the
one way `kg` reads them: dates through :mod:`kg.dates` (a range keeps only
dated statements), actors through :mod:`kg.resolve`, named queries through
:mod:`kg.queries`. It returns data or text; the doors only call one function
and print, return or send the result.

The store is a folder, opened read-only for as long as it is read and closed
before any computation (so a long analysis does not keep ``kg build``
waiting), or an open :class:`~kg.store.Store`, as the server's query
processes keep one. Errors are :class:`~kg.errors.KGError` subclasses with
messages a user can act on: the CLI prints them, the API raises them, the
server answers 400 (404 for an actor's page) with them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from . import queries
from .dates import DateRange
from .errors import QueryError, UnknownActorError
from .store import Rows, Store
from .summary import SUMMARY_GRAPH
from .types import Actor, Statement

if TYPE_CHECKING:
    from .analysis import Analysis, DyadSeries

__all__ = [
    "QueryAnswer",
    "analysis",
    "bound_query",
    "dyad",
    "find_actor",
    "query",
    "report",
    "statements",
    "view_page",
    "write_outputs",
]

Day = str | date | None

#: A store folder, or an open store.
Source = Store | str | os.PathLike[str]


@dataclass(frozen=True)
class QueryAnswer:
    """A query's result, and why it may be empty when the store lacks the counts it reads."""

    result: Rows | Graph
    warning: str | None = None


@contextlib.contextmanager
def reading(source: Source) -> Iterator[Store]:
    """``source`` open for reading: an open store as it is, a folder opened (and closed after the block)."""
    if isinstance(source, Store):
        yield source
        return
    with Store(source) as store:
        yield store


def statements(source: Source, *, since: Day = None, until: Day = None) -> list[Statement]:
    """The stored statements, oldest first; with a range, only the dated ones within it."""
    with reading(source) as store:
        return store.statements(since=since, until=until)


def find_actor(source: Source, name: str) -> Actor:
    """The actor a name, alias, code or IRI means among the stored actors and the gazetteer."""
    with reading(source) as store:
        return queries.resolve(store, name)


def is_named(query: str) -> bool:
    """Whether ``query`` names a shipped query: a bare word (``who-accused``) rather than SPARQL text."""
    return query in queries.named_queries() or query.replace("-", "").replace("_", "").isalnum()


def prepare(store: Store, query: str, values: Mapping[str, Any] | None = None) -> tuple[str, dict[str, Any]]:
    """The SPARQL text of ``query`` (SPARQL, or the name of a shipped query) and its bound values.

    A named query's ``values`` are texts read by its parameters' types
    (:func:`kg.queries.bind`: actors resolved, dates read, unknown or missing
    parameters refused); SPARQL's are bound as they are.
    """
    values = dict(values or {})
    if not is_named(query):
        return query, values
    named = queries.get(query)
    return named.sparql, queries.bind(store, named, {name: str(value) for name, value in values.items()})


def query(source: Source, query: str, values: Mapping[str, Any] | None = None) -> QueryAnswer:
    """Run SPARQL, or a named query with its parameters' ``values``."""
    with reading(source) as store:
        sparql, bindings = prepare(store, query, values)
        warning = store.lacks_summary() if str(SUMMARY_GRAPH) in sparql else None
        return QueryAnswer(store.query(sparql, bindings=bindings), warning)


def bound_query(store: Store, name: str, values: Mapping[str, str]) -> str:
    """A named query's text with its parameters' values written in as RDF terms (for the SPARQL endpoint)."""
    from .binding import bind
    from .terms import to_ox

    if not is_named(name):
        raise QueryError(f"{name!r} is not the name of a named query")
    sparql, bindings = prepare(store, name, values)
    return bind(sparql, {key: to_ox(term) for key, term in bindings.items()}) if bindings else sparql


def view_page(
    source: Source,
    *,
    actor: str | None = None,
    depth: int = 1,
    since: Day = None,
    until: Day = None,
    cameo: Collection[str] | None = None,
    quad: Collection[int] | None = None,
    min_weight: int = 1,
    max_nodes: int | None = None,
    title: str | None = None,
) -> str:
    """The HTML graph view of the store, or of the neighbourhood of ``actor`` (:func:`kg.views.render_view`).

    ``actor`` is resolved as everywhere (an alias such as "Beijing" will do);
    an actor without statements in the view raises
    :class:`~kg.errors.UnknownActorError`.
    """
    from .views import DEFAULT_MAX_NODES, render_view

    dates = DateRange.parse(since, until)
    with reading(source) as store:
        stmts = store.statements(since=dates.since, until=dates.until)
        focus = queries.resolve(store, actor).name if actor else None
    if actor and not any(focus in (stmt.subject.name, stmt.object.name) for stmt in stmts):
        raise UnknownActorError(actor, where=f": {focus} has no statements in this view")
    return render_view(
        stmts,
        title=title,
        actor=focus,
        depth=depth,
        since=dates.since,
        until=dates.until,
        cameo=cameo,
        quad=quad,
        min_weight=min_weight,
        max_nodes=DEFAULT_MAX_NODES if max_nodes is None else max_nodes,
    )


def analysis(
    source: Source,
    *,
    since: Day = None,
    until: Day = None,
    progress: Callable[[str], None] | None = None,
    **options: Any,
) -> Analysis:
    """Centrality, communities and dyads of the stored statements (:func:`kg.analysis.analyze`)."""
    from .analysis import analyze

    return analyze(statements(source, since=since, until=until), progress=progress, **options)


def dyad(
    source: Source, a: str, b: str, *, since: Day = None, until: Day = None, bucket: str = "auto"
) -> DyadSeries:
    """Every statement between ``a`` and ``b`` over time (:func:`kg.analysis.dyad_series`)."""
    from .analysis import dyad_series

    return dyad_series(statements(source, since=since, until=until), a, b, bucket=bucket)


def report(
    source: Source,
    path: str | Path,
    *,
    since: Day = None,
    until: Day = None,
    top: int | None = None,
    plots: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Write the HTML report of the stored statements to ``path`` (:func:`kg.report.write_report`)."""
    from .report import PLOT_DYADS, TABLE_ROWS, write_report

    dates = DateRange.parse(since, until)
    with reading(source) as store:
        stmts = store.statements(since=dates.since, until=dates.until)
        stats, folder = store.stats(), store.path
    return write_report(
        path,
        stmts,
        stats=stats,
        source=str(folder),
        top=TABLE_ROWS if top is None else top,
        plots=PLOT_DYADS if plots is None else plots,
        since=dates.since,
        until=dates.until,
        progress=progress,
    )


def write_outputs(store: Store, folder: str | Path, *, fmt: str = "ttl") -> list[Path]:
    """Write the graph files of a build: ``graph.ttl`` (or ``graph.trig``) and ``graph.html``."""
    import pyoxigraph as ox

    from .views import write_view

    folder = Path(folder)
    graph_file = folder / f"graph.{fmt}"
    store.dump(graph_file, fmt=ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.TURTLE)
    return [graph_file, write_view(folder / "graph.html", store.statements())]
