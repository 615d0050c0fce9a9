"""The Python API: ``kg.extract(text)`` and ``kg.open(path)``.

The graph object opens the store only for the length of each call, so a
notebook that keeps it around never blocks ``kg build`` or ``kg serve``.
Each method is one call into the library the CLI and the HTTP server use
(:mod:`kg.pipeline` to build, :mod:`kg.operations` to ask), so the three
answer the same question the same way: dates are ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD`` and a range keeps only dated statements (:mod:`kg.dates`);
actors are names, aliases, codes or IRIs (:mod:`kg.resolve`).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Collection, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import operations
from .errors import QueryError
from .store import Stats, Store
from .types import Actor, Article, Statement

if TYPE_CHECKING:
    import networkx as nx

    from .analysis import Analysis, DyadSeries
    from .pipeline import BuildReport

DEFAULT_STORE = Path("output/store")

Day = str | date | None


def extract(text: str, *, title: str | None = None, date: str | None = None) -> list[Statement]:
    """The statements of one text, without storing anything.

    >>> [f"{s.subject.name} – {s.relation} – {s.object.name}" for s in extract("Russia attacked Ukraine.")]
    ['Russia – attack – Ukraine']
    """
    from .extract import extract_text

    return extract_text(text, title=title, date=date)


class KnowledgeGraph:
    """A knowledge graph in a store folder. Create it with :func:`kg.open`."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_STORE) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.path)!r})"

    def add(
        self, articles: Iterable[Article | str | os.PathLike[str]], *, date: str | None = None
    ) -> BuildReport:
        """Add articles: :class:`Article` objects, or paths of files and folders (as ``kg build``).

        Returns a report with the numbers added, replaced, unchanged and skipped,
        the statements, and the sentences that could not be read.
        """
        from .pipeline import build

        with Store(self.path, write=True) as store:
            return build(articles, store=store, date=date)

    def query(self, sparql: str, /, **bindings: Any) -> list[dict[str, Any]]:
        """Run SPARQL (or the name of a shipped query) with bound parameters; rows as dicts.

        >>> graph.query("who-accused", target="NATO")            # doctest: +SKIP
        >>> graph.query("SELECT ?l WHERE { ?x rdfs:label ?l }")  # doctest: +SKIP
        """
        answer = operations.query(self.path, sparql, bindings)
        if answer.warning:
            warnings.warn(answer.warning, stacklevel=2)
        if not hasattr(answer.result, "dicts"):
            raise QueryError("query() returns rows: use formatted() for CONSTRUCT and DESCRIBE")
        return answer.result.dicts()

    def formatted(self, sparql: str, /, fmt: str = "table", **bindings: Any) -> str:
        """The answer as ``kg query --format FMT`` prints it: ``table``, ``csv``, ``tsv`` or ``json``.

        >>> print(graph.formatted("who-accused", "csv", target="NATO"))   # doctest: +SKIP
        """
        from .formatting import format_result

        answer = operations.query(self.path, sparql, bindings)
        if answer.warning:
            warnings.warn(answer.warning, stacklevel=2)
        return format_result(answer.result, fmt)

    def statements(self, *, since: Day = None, until: Day = None) -> list[Statement]:
        """Every stored statement, oldest first; with ``since`` or ``until``, only the dated ones in range."""
        return operations.statements(self.path, since=since, until=until)

    def __iter__(self) -> Iterator[Statement]:
        return iter(self.statements())

    def actor(self, name: str) -> Actor:
        """The actor a name, alias ("Beijing"), code or IRI means (raises :class:`kg.UnknownActorError`)."""
        return operations.find_actor(self.path, name)

    def stats(self) -> Stats:
        """Counts of articles, statements, actors and triples."""
        with Store(self.path) as store:
            return store.stats()

    def view(
        self,
        path: str | os.PathLike[str] = "output/graph.html",
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
    ) -> Path:
        """Write the interactive HTML view, as ``kg view`` does, and return its path."""
        from .output import write_text

        page = operations.view_page(
            self.path,
            actor=actor,
            depth=depth,
            since=since,
            until=until,
            cameo=cameo,
            quad=quad,
            min_weight=min_weight,
            max_nodes=max_nodes,
            title=title,
        )
        return write_text(path, page)

    def analyze(self, *, since: Day = None, until: Day = None, **options: Any) -> Analysis:
        """Centrality, communities and dyads of the stored statements (see :func:`kg.analysis.analyze`)."""
        return operations.analysis(self.path, since=since, until=until, **options)

    def dyad(
        self, a: str, b: str, *, bucket: str = "auto", since: Day = None, until: Day = None
    ) -> DyadSeries:
        """Every statement between ``a`` and ``b``, either way, by time (:func:`kg.analysis.dyad_series`)."""
        return operations.dyad(self.path, a, b, since=since, until=until, bucket=bucket)

    def report(
        self,
        path: str | os.PathLike[str] = "output/report.html",
        *,
        since: Day = None,
        until: Day = None,
        top: int | None = None,
        plots: int | None = None,
    ) -> Path:
        """Write the HTML report, as ``kg report`` does, and return its path."""
        return operations.report(self.path, path, since=since, until=until, top=top, plots=plots)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The statement graph: one node per actor, one edge per statement."""
        from .network import to_networkx

        return to_networkx(self.statements())


def analyze(source: Any, **options: Any) -> Analysis:
    """Centrality, communities and dyads of statements, a networkx graph, or a store path."""
    from .analysis import analyze as run

    if isinstance(source, str | os.PathLike):
        return operations.analysis(source, **options)
    return run(source, **options)


def open(path: str | os.PathLike[str] = DEFAULT_STORE) -> KnowledgeGraph:
    """The knowledge graph stored in ``path`` (created by the first :meth:`KnowledgeGraph.add`)."""
    return KnowledgeGraph(path)
