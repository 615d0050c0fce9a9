"""The embedded triple store: the only module that opens, writes and queries it.

A store is a folder holding an Oxigraph (RocksDB) database and a lock file.
One process writes at a time (an exclusive lock, held for as long as the store
is open for writing); readers take a shared lock and open the database
read-only, which Oxigraph allows only while nobody writes. Either side that
cannot get its lock fails at once with a :class:`~kg.errors.StoreLockedError`
naming the process that holds it.

Each article is one named graph, written in one transaction: after a crash
every article is either complete or absent.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import fcntl
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from . import binding, rdf, summary
from .dates import DateRange
from .errors import QueryError, StoreError, StoreLockedError
from .ontology import ontology_graph
from .terms import to_ox, triple_to_rdflib
from .types import Actor, ActorType, Article, EventClass, Statement
from .vocab import DATA, KG

#: The graph that holds the ontology and the CAMEO scheme inside the store.
ONTOLOGY_GRAPH = DATA["graph/ontology"]
LOCK_NAME = "kg.lock"
DB_NAME = "oxigraph"

PREFIXES = {
    "kg": str(KG),
    "cameo": "https://w3id.org/kg-ir/cameo/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


class AddResult(enum.Enum):
    """What adding an article did."""

    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Rows:
    """The answer to a SELECT or ASK query: variable names and rows of terms."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    boolean: bool | None = None

    def dicts(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values (str, int, float, bool, None)."""
        return [dict(zip(self.variables, (plain(v) for v in row), strict=True)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Stats:
    articles: int
    statements: int
    actors: int
    triples: int
    graphs: int


@dataclass(frozen=True)
class _Pending:
    """An article about to be written, with what it replaces."""

    article: Article
    statements: list[Statement]
    name: str  # its graph
    replacing: bool


class _Lock:
    """An flock on the store's lock file, recording who holds it."""

    def __init__(self, path: Path, *, exclusive: bool) -> None:
        self.path = path
        self.exclusive = exclusive
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            if not self.exclusive and e.errno in (errno.EACCES, errno.EROFS):
                return  # a read-only folder: nobody can be writing to it
            raise StoreError(f"cannot open the lock file {self.path}: {e.strerror}") from e
        mode = fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError as e:
            holder = _read_holder(fd)
            os.close(fd)
            doing = "is open for writing" if not self.exclusive else "is in use"
            raise StoreLockedError(
                f"the store {self.path.parent} {doing} by another process ({holder}); "
                "wait for it to finish, or use another --store"
            ) from e
        if self.exclusive:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps({"pid": os.getpid(), "command": " ".join(sys.argv[:3])}).encode(), 0)
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            if self.exclusive:
                with contextlib.suppress(OSError):
                    os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def _read_holder(fd: int) -> str:
    try:
        info = json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        info = {}
    if info.get("pid"):
        return f"pid {info['pid']}: {info.get('command') or 'kg'}"
    return "a reader such as kg query or kg serve"


class Store:
    """An open store. Use :func:`open_store` or ``Store(path, write=True)``.

    Use it as a context manager so that the lock is released::

        with Store("output/store", write=True) as store:
            store.add(article, statements)
    """

    def __init__(self, path: str | os.PathLike[str], *, write: bool = False) -> None:
        self.path = Path(path)
        self.writable = write
        db = self.path / DB_NAME
        if not write and not db.exists():
            raise StoreError(
                f"no store at {self.path}: build one first with `kg build ARTICLES --store {self.path}`"
            )
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create the store folder {self.path}: {e.strerror}") from e
        self._lock = _Lock(self.path / LOCK_NAME, exclusive=write)
        self._lock.acquire()
        try:
            self._db = ox.Store(str(db)) if write else ox.Store.read_only(str(db))
        except OSError as e:
            self._lock.release()
            raise StoreError(f"cannot open the store {self.path}: {e}") from e
        self._summary = summary.Summary(self._read, self._summary_node)
        if write:
            if not self._db.contains_named_graph(ox.NamedNode(str(ONTOLOGY_GRAPH))):
                self._write(_quads(ontology_graph(), ONTOLOGY_GRAPH))
            if not self.has_summary():
                self.rebuild_summary()

    def in_memory(self) -> Store:
        """A read-only copy of this store held in memory, for serving (queries then read no disk).

        Answering a selective query reads a few index entries per row; from
        memory the ``actor`` query is about 2.5 times faster than from the
        database files (measured at 10^6 triples). The copy costs about 450
        bytes of memory per quad and 7 s per million quads. It holds no lock:
        the store it came from may change or go.
        """
        db = ox.Store()
        try:
            db.bulk_extend(self._db.quads_for_pattern(None, None, None, None))
        except OSError as e:
            raise StoreError(f"cannot copy the store {self.path} into memory: {e}") from e
        copy = object.__new__(Store)
        copy.path = self.path
        copy.writable = False
        copy._lock = _Lock(self.path / LOCK_NAME, exclusive=False)  # never acquired: nothing to release
        copy._db = db
        copy._summary = summary.Summary(copy._read, copy._summary_node)
        return copy

    # -- lifecycle -------------------------------------------------------------

    def close(self) -> None:
        if getattr(self, "_db", None) is not None:
            if self.writable:
                with contextlib.suppress(OSError):
                    self._db.flush()
            del self._db
            self._db = None
        self._lock.release()

    def flush(self) -> None:
        """Write the database's in-memory buffers to its files.

        They are not bounded otherwise: a long build flushes every so often so
        that its memory stays flat (see :data:`kg.pipeline.FLUSH_EVERY`).
        """
        self._need_write()
        try:
            self._db.flush()
        except OSError as e:
            raise StoreError(_write_error(self.path, e)) from e

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------

    def article_hashes(self) -> dict[str, str]:
        """Every stored article's id with its content hash."""
        rows = self.query(
            "SELECT ?id ?hash WHERE { GRAPH ?g { ?a kg:articleId ?id ; kg:contentHash ?hash } }"
        )
        return {str(plain(i)): str(plain(h)) for i, h in rows.rows}

    def add(
        self, article: Article, statements: Iterable[Statement], *, known: Mapping[str, str] | None = None
    ) -> AddResult:
        """Store one article with its statements, atomically.

        The same content again adds nothing; a changed article with the same id
        replaces its named graph. ``known`` (id → hash, from
        :meth:`article_hashes`) saves a look-up per article in bulk runs.
        """
        return self.add_many([(article, statements)], known=known)[0]

    def add_many(
        self,
        items: Iterable[tuple[Article, Iterable[Statement]]],
        *,
        known: Mapping[str, str] | None = None,
    ) -> list[AddResult]:
        """Store several articles in one transaction: after a crash all of them are there, or none.

        As :meth:`add` for each, in order (a later version of an article in
        ``items`` replaces an earlier one), but the counts of :mod:`kg.summary`
        are written once for all of them, and the transaction's fixed cost is
        paid once: ``kg build`` stores each batch this way.
        """
        self._need_write()
        results: list[AddResult] = []
        pending: list[_Pending] = []
        seen: dict[str, str] = {}  # id → hash of the articles of ``items`` taken so far
        for article, statements in items:
            if any(p.article.id == article.id for p in pending):  # the same article twice: in order
                self._write_pending(pending)
                pending = []
            if article.id in seen:
                previous: str | None = seen[article.id]
            elif known is not None:
                previous = known.get(article.id)
            else:
                previous = self._stored_hash(article.id)
            seen[article.id] = article.content_hash
            if previous == article.content_hash:
                results.append(AddResult.UNCHANGED)
                continue
            statements = list(statements)
            name = str(rdf.article_iri(article.id))
            replacing = previous is not None or self._db.contains_named_graph(ox.NamedNode(name))
            pending.append(_Pending(article, statements, name, replacing))
            results.append(AddResult.REPLACED if replacing else AddResult.ADDED)
        self._write_pending(pending)
        return results

    def _write_pending(self, pending: list[_Pending]) -> None:
        """One update, one transaction: old graphs go, new ones come, and the counts follow."""
        if not pending:
            return
        own: list[ox.Quad] = []
        actors: dict[ox.Quad, None] = {}
        added: list[summary.Fact] = []
        removed: list[summary.Fact] = []
        days_added: list[summary.Day] = []
        days_removed: list[summary.Day] = []
        for item in pending:
            quads, described = rdf.article_quads(item.article, item.statements)
            own.extend(quads)
            actors.update(dict.fromkeys(described))
            added.extend(summary.facts_of(item.article, item.statements))
            if (day := summary.day_of(item.article)) is not None:
                days_added.append(day)
            if item.replacing:
                removed.extend(self._facts(item.name))
                days_removed.extend(self._days(item.name))
        replaced = [item.name for item in pending if item.replacing]
        change = self._summary.change(
            added, removed, old_graphs=replaced, days_added=days_added, days_removed=days_removed
        )
        self._write_change(replaced, change, own, actors)

    def _write_change(self, drop: list[str], change: summary.Change, *quads: Iterable[ox.Quad]) -> None:
        """One update, one transaction: ``drop`` graphs go, ``quads`` come, and the counts follow."""
        self._update(
            "".join(f"DROP SILENT GRAPH <{name}> ;\n" for name in drop)
            + (f"DELETE DATA {{\n{_graph_block(change.delete)}}} ;\n" if change.delete else "")
            + "INSERT DATA {\n"
            + "".join(_graph_block(group) for group in (*quads, change.insert))
            + "}"
        )
        self._summary.commit(change)

    def remove(self, article_id: str) -> bool:
        """Remove one article's graph; whether it was there."""
        self._need_write()
        name = ox.NamedNode(str(rdf.article_iri(article_id)))
        if not self._db.contains_named_graph(name):
            return False
        change = self._summary.change(
            [], self._facts(name.value), old_graphs=[name.value], days_removed=self._days(name.value)
        )
        self._write_change([name.value], change)
        return True

    # -- the counts kept at ingest (kg.summary) ----------------------------------------------------

    def has_summary(self) -> bool:
        """Whether the store holds complete counts (:mod:`kg.summary`) in the current layout."""
        return any(True for _ in self._db.quads_for_pattern(*summary.marker()))

    def lacks_summary(self) -> str | None:
        """Why named queries would answer nothing here, or None when the counts are in place.

        A store written before :mod:`kg.summary` existed, or before its current
        layout, has articles but not the counts and indexes the named queries
        read until it is next opened for writing.
        """
        if self.has_summary() or not self.query("ASK { GRAPH ?g { ?a a kg:Article } }").boolean:
            return None
        mark = summary.marker()
        layout = summary.layout_of(
            self._db.quads_for_pattern(mark.subject, mark.predicate, None, mark.graph_name)
        )
        lacking = [name for version, names in summary.READERS.items() if version > layout for name in names]
        return (
            f"the store {self.path} was written by an older kg and lacks the "
            f"{'counts and indexes' if layout == 0 else 'indexes'} that the named queries "
            f"{', '.join(lacking)} read, so they answer nothing: run `kg build` on it once more "
            "(articles already stored are skipped) to add them"
        )

    def rebuild_summary(self) -> None:
        """Compute the counts of :mod:`kg.summary` from every statement, in one transaction."""
        self._need_write()
        quads = summary.rebuild_quads(self._facts(), self._days())
        # Two transactions: without the marker (written with the counts) a store
        # is rebuilt again when it is next opened for writing.
        self._update(f"DROP SILENT GRAPH <{summary.SUMMARY_GRAPH}>")
        self._write(quads)
        self._summary.forget()

    def summary_is_current(self) -> bool:
        """Whether the stored counts equal the counts computed afresh from every statement."""
        expected = set(summary.rebuild_quads(self._facts(), self._days()))
        stored = set(self.summary_quads())
        return stored == expected

    def summary_quads(self) -> Iterator[ox.Quad]:
        """All quads of the counts and indexes kept at ingest (the graph of :mod:`kg.summary`)."""
        return self.quads(summary.SUMMARY_NODE)

    def _summary_node(self, node: ox.NamedNode) -> Iterator[ox.Quad]:
        """The quads of one node of the summary graph, read from the store's index."""
        return self._db.quads_for_pattern(node, None, None, summary.SUMMARY_NODE)

    def _facts(self, graph: str | None = None) -> list[summary.Fact]:
        """The facts of the statements in one stored graph, or in all."""
        rows = self._read(summary.facts_query(graph))
        actors = None if graph is None else {r["x"] for r in rows} | {r["y"] for r in rows}
        labels: dict[str, str] = {}
        if actors is None or actors:
            for row in self._read(summary.labels_query(actors)):
                labels.setdefault(row["x"], row["l"])
        return summary.facts_from_rows(rows, labels)

    def _days(self, graph: str | None = None) -> list[summary.Day]:
        """The publication day of the article in one stored graph, or of every article."""
        return summary.days_from_rows(self._read(summary.days_query(graph)))

    def _read(self, sparql: str) -> list[dict[str, str | None]]:
        """Rows of a SELECT query as the lexical values of their terms."""
        result = self.raw_query(sparql)
        names = [v.value for v in result.variables]
        return [
            {name: (term.value if (term := row[name]) is not None else None) for name in names}
            for row in result
        ]

    def _stored_hash(self, article_id: str) -> str | None:
        rows = self.query(
            "SELECT ?hash WHERE { GRAPH ?g { ?a kg:articleId ?id ; kg:contentHash ?hash } } LIMIT 1",
            bindings={"id": Literal(article_id)},
        )
        return str(plain(rows.rows[0][0])) if rows.rows else None

    def _need_write(self) -> None:
        if not self.writable:
            raise StoreError(f"the store {self.path} is open read-only")

    def _write(self, quads: list[ox.Quad]) -> None:
        try:
            self._db.extend(quads)
        except OSError as e:
            raise StoreError(_write_error(self.path, e)) from e

    def _update(self, update: str) -> None:
        try:
            self._db.update(update, prefixes=PREFIXES)
        except BaseException as e:
            self._summary.forget()  # what it remembers may not have been written
            if isinstance(e, OSError):
                raise StoreError(_write_error(self.path, e)) from e
            raise

    # -- reading ---------------------------------------------------------------

    def query(self, sparql: str, *, bindings: Mapping[str, Any] | None = None) -> Rows | Graph:
        """Run a SPARQL query over all articles (the union of their graphs).

        ``bindings`` map variable names (without ``?``) to values that are
        substituted as RDF terms, never pasted into the query text. SELECT and
        ASK give :class:`Rows`; CONSTRUCT and DESCRIBE an rdflib ``Graph``.
        """
        result = self.raw_query(sparql, bindings=bindings)
        if isinstance(result, ox.QueryBoolean):
            return Rows((), (), bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = tuple(v.value for v in result.variables)
            rows = tuple(tuple(solution[v] for v in variables) for solution in result)
            return Rows(variables, rows)
        graph = Graph()
        for triple in result:
            graph.add(triple_to_rdflib(triple))
        return graph

    def raw_query(self, sparql: str, *, bindings: Mapping[str, Any] | None = None) -> Any:
        """Run a query and return pyoxigraph's own result object."""
        if bindings:
            sparql = binding.bind(sparql, {k: to_ox(v) for k, v in bindings.items()})
        try:
            return self._db.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {e}") from e
        except (OSError, ValueError, TypeError, RuntimeError) as e:
            raise QueryError(f"query failed: {e}") from e

    def stats(self) -> Stats:
        """Counts of articles, statements, actors, triples and graphs."""
        row = self.query("""SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?a a kg:Article }""").rows[0]
        statements = self.query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kg:Statement }").rows[0][0]
        actors = self.query(
            "SELECT (COUNT(DISTINCT ?x) AS ?n) "
            "WHERE { ?s a kg:Statement { ?s kg:subject ?x } UNION { ?s kg:object ?x } }"
        ).rows[0][0]
        return Stats(
            articles=int(plain(row[0])),
            statements=int(plain(statements)),
            actors=int(plain(actors)),
            triples=len(self._db),
            graphs=sum(1 for _ in self._db.named_graphs()),
        )

    def statements(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        article_id: str | None = None,
    ) -> list[Statement]:
        """Statements rebuilt from the store, oldest first (undated last).

        ``since`` and ``until`` are read by :func:`kg.dates.parse_date`
        (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a bad value raises
        :class:`~kg.errors.DateError`). As everywhere in `kg`, a range keeps
        only dated statements within it; without one, undated statements are
        kept too (:mod:`kg.dates`).
        """
        dates = DateRange.parse(since, until)
        filters = []
        bindings: dict[str, Any] = {}
        if dates.since:
            filters.append("FILTER(BOUND(?date) && ?date >= ?since)")
            bindings["since"] = rdf.date_literal(dates.since.isoformat())
        if dates.until:
            filters.append("FILTER(BOUND(?date) && ?date <= ?until)")
            bindings["until"] = rdf.date_literal(dates.until.isoformat())
        if article_id:
            bindings["aid"] = Literal(article_id)
        query = _STATEMENTS_QUERY.replace("#FILTERS", "\n".join(filters)).replace(
            "#ARTICLE", "?art kg:articleId ?aid ." if article_id else ""
        )
        rows = self.query(query, bindings=bindings)
        actors = self._actors()
        out = []
        for r in rows.dicts():
            subj, obj = actors.get(r["subj"]), actors.get(r["obj"])
            if subj is None or obj is None:
                continue
            out.append(
                Statement(
                    subject=subj,
                    relation=r["relation"],
                    object=obj,
                    event=EventClass(r["code"], r.get("cname") or "", int(r["quad"]), float(r["gold"])),
                    sentence=r["sentence"],
                    start=int(r["start"]),
                    end=int(r["end"]),
                    article_id=r["aid"],
                    date=str(r["date"]) if r.get("date") else None,
                    negated=bool(r["neg"]),
                    hypothetical=bool(r["hyp"]),
                    source=actors.get(r["src"]) if r.get("src") else None,
                    article_title=r.get("title"),
                )
            )
        out.sort(
            key=lambda s: (
                s.date is None,
                s.date or "",
                s.article_id,
                s.start,
                s.subject.name,
                s.relation,
                s.object.name,
            )
        )
        return out

    def actors(self) -> list[Actor]:
        """Every stored actor (each described once, in the actors' graph), by name."""
        return sorted(self._actors().values(), key=lambda actor: actor.name)

    def _actors(self) -> dict[str, Actor]:
        """The stored actors by IRI, each with the actor it is affiliated to (described in the same graph)."""
        rows = {row["x"]: row for row in self.query(_ACTORS_QUERY).dicts()}
        actors: dict[str, Actor] = {}

        def actor(iri: str, seen: frozenset[str] = frozenset()) -> Actor:
            if iri not in actors:
                row = rows[iri]
                parent = row.get("aff")
                actors[iri] = Actor(
                    name=row["label"],
                    type=ActorType(row["type"].rsplit("#", 1)[-1]),
                    code=row.get("code"),
                    # an affiliation described in the graph (a loop, which kg never writes, is cut)
                    affiliation=actor(parent, seen | {iri})
                    if parent in rows and parent not in seen
                    else None,
                    role=row.get("role"),
                )
            return actors[iri]

        for iri in rows:
            actor(iri)
        return actors

    def dump(self, path: str | os.PathLike[str], *, fmt: ox.RdfFormat, with_ontology: bool = False) -> int:
        """Write the store to ``path`` atomically (temp file, then rename).

        Dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs; graph
        formats get the merge of all graphs. Returns the quads or triples written.
        """
        from .output import atomic_path

        graphs = [g for g in self._db.named_graphs() if with_ontology or g.value != str(ONTOLOGY_GRAPH)]
        with atomic_path(path) as tmp:
            if fmt.supports_datasets:
                quads = (q for g in graphs for q in self._db.quads_for_pattern(None, None, None, g))
                ox.serialize(quads, str(tmp), fmt, prefixes=PREFIXES)
            else:
                seen: set[ox.Triple] = set()
                for g in graphs:
                    for q in self._db.quads_for_pattern(None, None, None, g):
                        seen.add(q.triple)
                ox.serialize(sorted(seen, key=str), str(tmp), fmt, prefixes=PREFIXES)
                return len(seen)
            return sum(1 for g in graphs for _ in self._db.quads_for_pattern(None, None, None, g))

    def quads(self, graph: ox.NamedNode) -> Iterator[ox.Quad]:
        """All quads of one graph."""
        return self._db.quads_for_pattern(None, None, None, graph)

    def dataset(self) -> Iterator[ox.Quad]:
        """All quads of the articles' graphs."""
        for g in self._db.named_graphs():
            if g.value != str(ONTOLOGY_GRAPH):
                yield from self._db.quads_for_pattern(None, None, None, g)


def open_store(path: str | os.PathLike[str], *, write: bool = False) -> Store:
    """Open the store at ``path`` (created when opened for writing)."""
    return Store(path, write=write)


# --- term conversion --------------------------------------------------------------


def _graph_block(quads: Iterable[ox.Quad]) -> str:
    """``GRAPH <g> { s p o . … }`` blocks for INSERT DATA, one per graph of ``quads``."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    return "".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}\n" for g, lines in by_graph.items())


def _quads(graph: Graph, name: URIRef) -> list[ox.Quad]:
    g = ox.NamedNode(str(name))
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in graph]


_INTEGER_TYPES = {
    "http://www.w3.org/2001/XMLSchema#integer",
    "http://www.w3.org/2001/XMLSchema#int",
    "http://www.w3.org/2001/XMLSchema#long",
}


def plain(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value (IRIs and strings as str)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt in _INTEGER_TYPES:
            return int(term.value)
        if dt == "http://www.w3.org/2001/XMLSchema#boolean":
            return term.value in ("true", "1")
        if dt in ("http://www.w3.org/2001/XMLSchema#decimal", "http://www.w3.org/2001/XMLSchema#double"):
            return float(term.value)
        return term.value
    return str(term)


def _write_error(path: Path, e: OSError) -> str:
    if e.errno == errno.ENOSPC or "No space left" in str(e):
        return (
            f"the disk holding {path} is full: the articles being written were not stored (those stored "
            "before are intact); "
            "free some space and run again"
        )
    return f"cannot write to the store {path}: {e}"


_STATEMENTS_QUERY = """
SELECT ?s ?subj ?obj ?relation ?code ?cname ?quad ?gold ?neg ?hyp ?sentence ?start ?end ?aid ?title ?date ?src
WHERE {
  ?s a kg:Statement ; kg:subject ?subj ; kg:object ?obj ; kg:relation ?relation ;
     kg:cameoCode ?code ; kg:quadClass ?quad ; kg:goldstein ?gold ; kg:negated ?neg ;
     kg:hypothetical ?hyp ; kg:sentence ?sentence ; kg:startChar ?start ; kg:endChar ?end ;
     kg:article ?art .
  ?art kg:articleId ?aid .
  #ARTICLE
  OPTIONAL { ?art kg:title ?title }
  OPTIONAL { ?s kg:date ?date }
  OPTIONAL { ?s kg:attributedTo ?src }
  OPTIONAL { ?s kg:eventClass ?ec . ?ec <http://www.w3.org/2004/02/skos/core#prefLabel> ?cname }
  #FILTERS
}
"""

_ACTORS_QUERY = """
SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?c) AS ?code)
       (SAMPLE(?a) AS ?aff) (SAMPLE(?r) AS ?role)
WHERE {
  GRAPH <https://w3id.org/kg-ir/id/graph/actors> {
    ?x rdfs:label ?l ; a ?t .
    FILTER(?t IN (kg:Country, kg:Organization, kg:Person, kg:Group, kg:Territory))
    OPTIONAL { { ?x kg:isoCode ?c } UNION { ?x kg:code ?c } }
    OPTIONAL { ?x kg:affiliation ?a }
    OPTIONAL { ?x kg:role ?r }
  }
}
GROUP BY ?x
"""


# --- snapshots (used by kg.server) ---
#
# `kg serve` never opens the live database while a writer might be using it
# (RocksDB calls that undefined behaviour). Instead it copies the database under
# the shared lock, which is held only for the copy, and serves the copy. The
# immutable *.sst table files are hard-linked, so a snapshot of a large store
# costs little time and no space; the small mutable files are copied.

#: Database files that are not data: RocksDB's process lock and its info logs.
_NOT_DATA = re.compile(r"^(LOCK|LOG(\.old\..*)?)$")

#: One database file as the fingerprint sees it: name, size, modification time (ns).
FileStamp = tuple[str, int, int]


@dataclass(frozen=True)
class Snapshot:
    """A private copy of a store, taken while no process was writing to it.

    ``path`` is a store folder that :class:`Store` opens read-only;
    ``fingerprint`` is the live store's :func:`fingerprint` at the time of the
    copy; ``taken`` the time of the copy (seconds since the epoch).
    """

    path: Path
    fingerprint: tuple[FileStamp, ...]
    taken: float


def fingerprint(path: str | os.PathLike[str]) -> tuple[FileStamp, ...]:
    """Names, sizes and modification times of a store's database files.

    It changes whenever a writer changes the store. Reading it takes no lock and
    does not open the database; an empty tuple means there is no database.
    """
    db = Path(path) / DB_NAME
    try:
        entries = list(os.scandir(db))
    except FileNotFoundError:
        return ()
    except OSError as e:
        raise StoreError(f"cannot read the store folder {db}: {e.strerror}") from e
    stamps = []
    for entry in entries:
        if _NOT_DATA.match(entry.name):
            continue
        with contextlib.suppress(FileNotFoundError):  # a file a writer just removed
            info = entry.stat(follow_symlinks=False)
            stamps.append((entry.name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(stamps))


def take_snapshot(path: str | os.PathLike[str], *, into: str | os.PathLike[str]) -> Snapshot:
    """Copy the store at ``path`` into a new folder under ``into``.

    Takes the store's shared lock for the copy only, so it fails at once with
    :class:`~kg.errors.StoreLockedError` while a writer holds the store, and a
    writer that starts during the copy fails likewise (the copy of a store of a
    million triples takes milliseconds: its table files are hard-linked).
    """
    import shutil
    import tempfile
    import time

    path = Path(path)
    db = path / DB_NAME
    if not db.is_dir():
        raise StoreError(f"no store at {path}: build one first with `kg build ARTICLES --store {path}`")
    lock = _Lock(path / LOCK_NAME, exclusive=False)
    lock.acquire()
    try:
        target = Path(tempfile.mkdtemp(prefix="snapshot-", dir=into))
        try:
            stamp = fingerprint(path)
            (target / DB_NAME).mkdir()
            for name, _size, _mtime in stamp:
                source, copy = db / name, target / DB_NAME / name
                if source.is_dir():
                    shutil.copytree(source, copy)
                elif name.endswith(".sst"):
                    _link_or_copy(source, copy)
                else:
                    shutil.copy2(source, copy)
        except OSError as e:
            shutil.rmtree(target, ignore_errors=True)
            raise StoreError(f"cannot copy the store {path} into {into}: {e}") from e
    finally:
        lock.release()
    return Snapshot(path=target, fingerprint=stamp, taken=time.time())


def _link_or_copy(source: Path, copy: Path) -> None:
    """Hard-link an immutable table file; copy it where links are impossible (another disk)."""
    import shutil

    try:
        os.link(source, copy)
    except OSError as e:
        if e.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
            raise
        shutil.copy2(source, copy)


def dataset_query(
    store: Store,
    sparql: str,
    *,
    default_graphs: Iterable[str] | None = None,
    named_graphs: Iterable[str] | None = None,
) -> Any:
    """Run a query over an explicit RDF dataset; pyoxigraph's own result object.

    ``default_graphs`` / ``named_graphs`` are graph IRIs, as the SPARQL
    protocol's ``default-graph-uri`` / ``named-graph-uri`` (or the query's
    ``FROM`` / ``FROM NAMED``) give them. When both are ``None`` the default
    graph is the union of all graphs and every named graph is available, as
    for :meth:`Store.query`; when only one is given the other is empty.
    """
    options: dict[str, Any] = {"prefixes": PREFIXES}
    if default_graphs is None and named_graphs is None:
        options["use_default_graph_as_union"] = True
    else:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or ()]
    try:
        return store._db.query(sparql, **options)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from e
    except (OSError, ValueError, TypeError, RuntimeError) as e:
        raise QueryError(f"query failed: {e}") from e


def missing_graphs(store: Store, iris: Iterable[str]) -> list[str]:
    """The IRIs among ``iris`` that name no graph of the store."""
    out = []
    for iri in iris:
        try:
            known = store._db.contains_named_graph(ox.NamedNode(iri))
        except ValueError:  # not an IRI at all
            known = False
        if not known:
            out.append(iri)
    return out


def apply_update(path: str | os.PathLike[str], update: str) -> None:
    """Run a SPARQL Update on the live store, under its writer lock, in one transaction.

    The update may change statements in any way, so the counts of
    :mod:`kg.summary` are computed again afterwards; until then the store is
    marked as lacking them, so that even a crash in between is repaired when
    the store is next opened for writing.
    Raises :class:`~kg.errors.StoreLockedError` while another process holds
    the store and :class:`~kg.errors.QueryError` for a malformed update.
    """
    with Store(path, write=True) as store:
        # Unmarked first, in its own transaction: a crash before the counts are
        # computed again leaves a store that is rebuilt when next opened for writing.
        mark = summary.marker()
        store._db.remove(mark)
        try:
            store._db.update(update, prefixes=PREFIXES)
        except SyntaxError as e:
            store._db.add(mark)  # nothing was changed: the counts are still right
            raise QueryError(f"SPARQL syntax error: {e}") from e
        except (ValueError, TypeError, RuntimeError) as e:
            store._db.add(mark)
            raise QueryError(f"update failed: {e}") from e
        except OSError as e:
            raise StoreError(_write_error(store.path, e)) from e
        store.rebuild_summary()
