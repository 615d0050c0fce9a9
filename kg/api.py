"""The Python API: ``kg.extract(text)`` and ``kg.open(path)``.

The graph object opens the store only for the length of each call, so a
notebook that keeps it around never blocks ``kg build`` or ``kg serve``.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import QueryError
from .store import Stats, Store
from .types import Article, Statement

if TYPE_CHECKING:
    import networkx as nx

    from .analysis import Analysis, DyadSeries
    from .pipeline import BuildReport

DEFAULT_STORE = Path("output/store")


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

    def _read(self) -> Store:
        return Store(self.path)

    def add(
        self, articles: Iterable[Article | str | os.PathLike[str]], *, date: str | None = None
    ) -> BuildReport:
        """Add articles: :class:`Article` objects, or paths of files and folders.

        Returns a report with the numbers added, replaced, unchanged and skipped.
        """
        from .extract import extract_articles
        from .pipeline import BuildReport, build

        items = list(articles)
        paths = [a for a in items if not isinstance(a, Article)]
        objects = [a for a in items if isinstance(a, Article)]
        with Store(self.path, write=True) as store:
            report = build(paths, store=store, date=date) if paths else BuildReport()
            known = store.article_hashes()
            fresh = [a for a in objects if known.get(a.id) != a.content_hash]
            report.unchanged += len(objects) - len(fresh)
            for article, extraction in extract_articles(fresh):
                result = store.add(article, extraction.statements, known=known).value
                setattr(report, result, getattr(report, result) + 1)
                report.statements += len(extraction.statements)
                report.failed_sentences += len(extraction.failures)
        return report

    def query(self, sparql: str, /, **bindings: Any) -> list[dict[str, Any]]:
        """Run SPARQL (or the name of a shipped query) with bound parameters; rows as dicts.

        >>> graph.query("who-accused", target="NATO")            # doctest: +SKIP
        >>> graph.query("SELECT ?l WHERE { ?x rdfs:label ?l }")  # doctest: +SKIP
        """
        from . import queries
        from .summary import SUMMARY_GRAPH

        named = queries.named_queries().get(sparql)
        text = named.sparql if named else sparql
        with self._read() as store:
            if str(SUMMARY_GRAPH) in text and (problem := store.lacks_summary()):
                warnings.warn(problem, stacklevel=2)
            if named:
                bindings = queries.bind(store, named, {k: str(v) for k, v in bindings.items()})
            result = store.query(text, bindings=bindings)
        if not hasattr(result, "dicts"):
            raise QueryError("query() returns rows: use construct() for CONSTRUCT and DESCRIBE")
        return result.dicts()

    def statements(self, *, since: str | None = None, until: str | None = None) -> list[Statement]:
        """Every stored statement (optionally within a date range), oldest first."""
        with self._read() as store:
            return store.statements(since=since, until=until)

    def __iter__(self) -> Iterator[Statement]:
        return iter(self.statements())

    def stats(self) -> Stats:
        """Counts of articles, statements, actors and triples."""
        with self._read() as store:
            return store.stats()

    def view(self, path: str | os.PathLike[str] = "output/graph.html", **options: Any) -> Path:
        """Write the interactive HTML view; options as ``kg view`` (actor, depth, since, until …)."""
        from .views import write_view

        return Path(
            write_view(
                path, self.statements(since=options.get("since"), until=options.get("until")), **options
            )
        )

    def analyze(self, *, since: str | None = None, until: str | None = None, **options: Any) -> Analysis:
        """Centrality, communities and dyads of the stored statements (see :func:`kg.analysis.analyze`)."""
        from .analysis import analyze

        return analyze(self.statements(since=since, until=until), **options)

    def dyad(
        self, a: str, b: str, *, bucket: str = "auto", since: str | None = None, until: str | None = None
    ) -> DyadSeries:
        """Every statement between ``a`` and ``b``, either way, by time (:func:`kg.analysis.dyad_series`)."""
        from .analysis import dyad_series

        return dyad_series(self.statements(since=since, until=until), a, b, bucket=bucket)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The statement graph: one node per actor, one edge per statement."""
        from .network import to_networkx

        return to_networkx(self.statements())


def analyze(source: Any, **options: Any) -> Analysis:
    """Centrality, communities and dyads of statements, a networkx graph, or a store path."""
    from .analysis import analyze as run

    if isinstance(source, str | os.PathLike):
        source = KnowledgeGraph(source).statements()
    return run(source, **options)


def open(path: str | os.PathLike[str] = DEFAULT_STORE) -> KnowledgeGraph:
    """The knowledge graph stored in ``path`` (created by the first :meth:`KnowledgeGraph.add`)."""
    return KnowledgeGraph(path)
