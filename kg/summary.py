"""Counts kept at ingest: per actor, per dyad and per directed conflict pair.

Ranking questions (who is named most, which pairs of actors interact most,
who is in conflict with whom) would otherwise aggregate every statement of
the store on every query: about two seconds at a million triples. The store
keeps their answers instead, in the named graph :data:`SUMMARY_GRAPH`, and
updates them in the same transaction that adds, replaces or removes an
article, so they are never out of step with the statements.

What the graph holds (terms of ``ontologies/kg.ttl``):

* every actor named by a statement: ``kg:statementTotal`` (statements it is
  the subject or the object of);
* a ``kg:Dyad`` per unordered pair of distinct actors (``kg:actorA`` before
  ``kg:actorB`` by name): statements each way, events (statements neither
  negated nor hypothetical) per QuadClass, the Goldstein sum over events, the
  first and last date (totals are sums of these, so a write changes few triples);
* a ``kg:ConflictPair`` per ordered pair with conflictual statements
  (QuadClass 3 or 4) that are not negated: how many of each, and their
  relations;
* two indexes for the selective queries: ``kg:dyadStatement`` from each dyad
  to its statements (``between`` and ``dyad`` then read a pair's statements
  without scanning every statement of the busier actor), and a
  ``kg:PublicationDay`` per day with dated articles, with its date, its
  ``kg:dayArticle`` links and their count (``date-range`` then scans days,
  not articles).

A write deletes and inserts only the triples whose values change. Adding is
incremental. Removing subtracts the counts; a first or last date
and a set of relations are read again from the store when a removed statement
may have been the one that set them. :func:`rebuild_quads` computes the whole
graph from the statements, for stores written before it existed and after a
SPARQL Update.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox

from .rdf import ACTORS_GRAPH, actor_iri, article_iri, clean_text, date_literal, statement_iri
from .terms import KG_TERMS, RDF_TYPE, XSD_DATE, XSD_DECIMAL, XSD_STRING, integer, named_node
from .types import Article, Statement
from .vocab import DATA

#: The named graph of the counts.
SUMMARY_GRAPH = DATA["graph/summary"]
#: Version of the graph's layout, recorded in the graph (``kg:summaryVersion``).
#: 1: counts; 2: with the dyad and day indexes.
VERSION = 2
#: Entries the writer keeps in memory between articles before it forgets them (they are re-read).
CACHE_ENTRIES = 200_000

#: The same, as a pyoxigraph term.
SUMMARY_NODE = named_node(SUMMARY_GRAPH)
_DYAD = KG_TERMS["Dyad"]
_PAIR = KG_TERMS["ConflictPair"]
_DAY = KG_TERMS["PublicationDay"]
_QUAD_PROPERTIES = (
    "verbalCooperationEvents",
    "materialCooperationEvents",
    "verbalConflictEvents",
    "materialConflictEvents",
)


#: The named queries that read what each layout added to the graph.
READERS = {1: ("top-actors", "conflict-pairs", "dyads"), 2: ("between", "dyad", "date-range")}


def layout_of(marks: Iterable[ox.Quad]) -> int:
    """The layout a summary graph says it is complete in (its ``kg:summaryVersion`` quads); 0 for none."""
    return max((int(q.object.value) for q in marks if q.object.value.isdigit()), default=0)


def marker() -> ox.Quad:
    """The quad that says the summary graph is complete, and in which layout."""
    return ox.Quad(SUMMARY_NODE, KG_TERMS["summaryVersion"], integer(VERSION), SUMMARY_NODE)


@dataclass(frozen=True)
class Fact:
    """What one stored statement contributes to the counts (IRIs and names as stored)."""

    statement: str
    subject: str
    subject_name: str
    object: str
    object_name: str
    quad: int
    goldstein: Decimal
    negated: bool
    hypothetical: bool
    relation: str
    date: str | None

    @property
    def event(self) -> bool:
        return not (self.negated or self.hypothetical)


@dataclass(frozen=True)
class Day:
    """A stored article's publication day: its IRI and its ``xsd:date`` as stored."""

    article: str
    date: str


def facts_of(article: Article, statements: Iterable[Statement]) -> list[Fact]:
    """The facts of statements about to be stored, exactly as :mod:`kg.rdf` writes them."""
    day = date_literal(article.date)
    out: dict[str, Fact] = {}  # by IRI: statements that kg.rdf writes as one node count once
    for stmt in statements:
        when = date_literal(stmt.date) or day
        iri = str(statement_iri(stmt))
        out.setdefault(
            iri,
            Fact(
                statement=iri,
                subject=str(actor_iri(stmt.subject.name)),
                subject_name=clean_text(stmt.subject.name),
                object=str(actor_iri(stmt.object.name)),
                object_name=clean_text(stmt.object.name),
                quad=stmt.event.quad_class,
                goldstein=Decimal(f"{stmt.event.goldstein:.1f}"),
                negated=stmt.negated,
                hypothetical=stmt.hypothetical,
                relation=clean_text(stmt.relation),
                date=str(when) if when is not None else None,
            ),
        )
    return list(out.values())


def day_of(article: Article) -> Day | None:
    """The publication day of an article about to be stored, or None when it has no date."""
    day = date_literal(article.date)
    return None if day is None else Day(str(article_iri(article.id)), str(day))


#: The statements of every graph, or of one with ``GRAPH`` replaced by a ``GRAPH <iri>`` group.
FACTS_QUERY = """
SELECT ?s ?x ?y ?quad ?gold ?neg ?hyp ?rel ?date WHERE {
  GRAPH {
    ?s a kg:Statement ; kg:subject ?x ; kg:object ?y ; kg:quadClass ?quad ; kg:goldstein ?gold ;
       kg:negated ?neg ; kg:hypothetical ?hyp ; kg:relation ?rel .
    OPTIONAL { ?s kg:date ?date }
  }
}
"""


def facts_query(graph: str | None = None) -> str:
    """:data:`FACTS_QUERY` for every graph (``None``) or for one."""
    return FACTS_QUERY.replace("GRAPH {", f"GRAPH {ox.NamedNode(graph)} {{" if graph else "{")


def days_query(graph: str | None = None) -> str:
    """The publication day of every article, or of the article whose graph is ``graph``."""
    if graph is None:
        return "SELECT ?art ?date WHERE { GRAPH ?art { ?art a kg:Article ; kg:date ?date } }"
    art = ox.NamedNode(graph)
    group = f"GRAPH {art} {{ {art} a kg:Article ; kg:date ?date }}"
    return f"SELECT ?art ?date WHERE {{ {group} BIND({art} AS ?art) }}"


def days_from_rows(rows: Iterable[dict[str, Any]]) -> list[Day]:
    """Days from rows of :func:`days_query`, one per article (the first date of an article with several)."""
    out: dict[str, Day] = {}
    for row in rows:
        out.setdefault(row["art"], Day(row["art"], row["date"]))
    return list(out.values())


def labels_query(actors: Iterable[str] | None = None) -> str:
    """The labels of these actors (IRIs), or of every actor."""
    listed = f"VALUES ?x {{ {_iris(actors)} }} " if actors is not None else ""
    return f"SELECT ?x ?l WHERE {{ {listed}GRAPH <{ACTORS_GRAPH}> {{ ?x rdfs:label ?l }} }}"


def facts_from_rows(rows: Iterable[dict[str, Any]], labels: dict[str, str]) -> list[Fact]:
    """Facts from rows of :data:`FACTS_QUERY` and the actors' labels, one per statement."""
    seen: set[str] = set()
    out = []
    for row in rows:
        if row["s"] in seen:
            continue
        seen.add(row["s"])
        out.append(
            Fact(
                statement=row["s"],
                subject=row["x"],
                subject_name=labels.get(row["x"], ""),
                object=row["y"],
                object_name=labels.get(row["y"], ""),
                quad=int(row["quad"]),
                goldstein=Decimal(row["gold"]),
                negated=row["neg"] in ("true", "1"),
                hypothetical=row["hyp"] in ("true", "1"),
                relation=row["rel"],
                date=row.get("date"),
            )
        )
    return out


# --- the tallies ---------------------------------------------------------------------------------


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def dyad_key(fact: Fact) -> tuple[str, str, str, str]:
    """(a, a's name, b, b's name) with a before b by name (then by IRI)."""
    x = (fact.subject_name, fact.subject)
    y = (fact.object_name, fact.object)
    (a_name, a), (b_name, b) = sorted((x, y))
    return a, a_name, b, b_name


@dataclass
class DyadTally:
    a: str
    b: str
    statements: int = 0
    a_to_b: int = 0
    b_to_a: int = 0
    events: int = 0
    quads: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    goldstein: Decimal = Decimal("0.0")
    first: str | None = None
    last: str | None = None

    @property
    def node(self) -> ox.NamedNode:
        return dyad_node(self.a, self.b)

    def apply(self, fact: Fact, sign: int) -> None:
        self.statements += sign
        if fact.subject == self.a:
            self.a_to_b += sign
        else:
            self.b_to_a += sign
        if fact.event:
            self.events += sign
            self.quads[fact.quad - 1] += sign
            self.goldstein += sign * fact.goldstein
        if sign > 0 and fact.date:
            self.first = min(self.first or fact.date, fact.date)
            self.last = max(self.last or fact.date, fact.date)

    def quads_out(self) -> Iterator[ox.Quad]:
        if self.statements <= 0:
            return
        node = self.node
        yield ox.Quad(node, RDF_TYPE, _DYAD, SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["actorA"], ox.NamedNode(self.a), SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["actorB"], ox.NamedNode(self.b), SUMMARY_NODE)
        for name, value in (
            ("aToB", self.a_to_b),
            ("bToA", self.b_to_a),
            *zip(_QUAD_PROPERTIES, self.quads, strict=True),
        ):
            yield ox.Quad(node, KG_TERMS[name], integer(value), SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["goldsteinSum"], _decimal(self.goldstein), SUMMARY_NODE)
        if self.first:
            yield ox.Quad(
                node, KG_TERMS["firstDate"], ox.Literal(self.first, datatype=XSD_DATE), SUMMARY_NODE
            )
            yield ox.Quad(
                node,
                KG_TERMS["lastDate"],
                ox.Literal(self.last or self.first, datatype=XSD_DATE),
                SUMMARY_NODE,
            )

    @classmethod
    def from_properties(cls, a: str, b: str, values: dict[str, list[Any]]) -> DyadTally:
        def one(name: str, default: Any = 0) -> Any:
            return values[name][0] if values.get(name) else default

        return cls(
            a=a,
            b=b,
            statements=int(one("aToB")) + int(one("bToA")),
            a_to_b=int(one("aToB")),
            b_to_a=int(one("bToA")),
            events=sum(int(one(name)) for name in _QUAD_PROPERTIES),
            quads=[int(one(name)) for name in _QUAD_PROPERTIES],
            goldstein=Decimal(one("goldsteinSum", "0.0")),
            first=one("firstDate", None),
            last=one("lastDate", None),
        )


@dataclass
class PairTally:
    source: str
    target: str
    verbal: int = 0
    material: int = 0
    relations: set[str] = field(default_factory=set)

    @property
    def node(self) -> ox.NamedNode:
        return named_node(DATA[f"pair/{_digest(self.source, self.target)}"])

    @staticmethod
    def counts(fact: Fact) -> bool:
        return fact.quad >= 3 and not fact.negated

    def apply(self, fact: Fact, sign: int) -> None:
        if fact.quad == 3:
            self.verbal += sign
        else:
            self.material += sign
        if sign > 0:
            self.relations.add(fact.relation)

    def quads_out(self) -> Iterator[ox.Quad]:
        if self.verbal + self.material <= 0:
            return
        node = self.node
        yield ox.Quad(node, RDF_TYPE, _PAIR, SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["fromActor"], ox.NamedNode(self.source), SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["toActor"], ox.NamedNode(self.target), SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["verbalConflictStatements"], integer(self.verbal), SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["materialConflictStatements"], integer(self.material), SUMMARY_NODE)
        for relation in sorted(self.relations):
            yield ox.Quad(
                node, KG_TERMS["conflictRelation"], ox.Literal(relation, datatype=XSD_STRING), SUMMARY_NODE
            )


@dataclass
class DayTally:
    date: str
    articles: int = 0

    @property
    def node(self) -> ox.NamedNode:
        return day_node(self.date)

    def quads_out(self) -> Iterator[ox.Quad]:
        if self.articles <= 0:
            return
        node = self.node
        yield ox.Quad(node, RDF_TYPE, _DAY, SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["dayDate"], ox.Literal(self.date, datatype=XSD_DATE), SUMMARY_NODE)
        yield ox.Quad(node, KG_TERMS["articleTotal"], integer(self.articles), SUMMARY_NODE)


def day_node(date: str) -> ox.NamedNode:
    """The node of one publication day in the summary graph."""
    return named_node(DATA[f"day/{quote(date, safe='-')}"])


def dyad_node(a: str, b: str) -> ox.NamedNode:
    """The node of the dyad of actors ``a`` and ``b`` (IRIs, in :func:`dyad_key` order)."""
    return named_node(DATA[f"dyad/{_digest(a, b)}"])


def _links(facts: Iterable[Fact], days: Iterable[Day]) -> dict[ox.Quad, None]:
    """The index quads of these statements (dyad → statement) and articles (day → article)."""
    out: dict[ox.Quad, None] = {}
    for f in facts:
        if f.subject != f.object:
            a, _an, b, _bn = dyad_key(f)
            out[
                ox.Quad(dyad_node(a, b), KG_TERMS["dyadStatement"], ox.NamedNode(f.statement), SUMMARY_NODE)
            ] = None
    for d in days:
        out[ox.Quad(day_node(d.date), KG_TERMS["dayArticle"], ox.NamedNode(d.article), SUMMARY_NODE)] = None
    return out


def _decimal(value: Decimal) -> ox.Literal:
    """An ``xsd:decimal`` in the canonical form Oxigraph keeps ("-2", "2.5"), so that it compares equal."""
    return ox.Literal(format(value.normalize(), "f"), datatype=XSD_DECIMAL)


# --- what a write changes ------------------------------------------------------------------------

#: Runs a SELECT query (text) on the store; rows as dicts of the terms' lexical values (None: unbound).
Reader = Callable[[str], list[dict[str, Any]]]
#: The quads of one node (subject) in the summary graph, read from the store's index.
Triples = Callable[[ox.NamedNode], Iterable[ox.Quad]]


@dataclass(frozen=True)
class Change:
    """What one write does to the summary graph, and the tallies to remember once it is committed."""

    delete: tuple[ox.Quad, ...]
    insert: tuple[ox.Quad, ...]
    actors: dict[str, int]
    dyads: dict[tuple[str, str], DyadTally]
    pairs: dict[tuple[str, str], PairTally]
    days: dict[str, DayTally]


class Summary:
    """The writer's view of the summary graph: reads what it needs, remembers what it read or wrote."""

    def __init__(self, read: Reader, triples: Triples) -> None:
        self._read = read
        self._triples = triples
        self.actors: dict[str, int] = {}
        self.dyads: dict[tuple[str, str], DyadTally] = {}
        self.pairs: dict[tuple[str, str], PairTally] = {}
        self.days: dict[str, DayTally] = {}

    def forget(self) -> None:
        """Drop what is remembered (after a failed write, or to bound memory)."""
        self.actors.clear()
        self.dyads.clear()
        self.pairs.clear()
        self.days.clear()

    def change(
        self,
        added: list[Fact],
        removed: list[Fact],
        *,
        old_graphs: Iterable[str] = (),
        days_added: Iterable[Day] = (),
        days_removed: Iterable[Day] = (),
    ) -> Change:
        """The change of the summary graph for a write that adds and removes these facts and days.

        ``old_graphs`` are the graphs being replaced or removed: what is read
        again from the store (dates, relations) leaves them out.
        """
        old_graphs = list(old_graphs)
        days_added, days_removed = list(days_added), list(days_removed)
        facts = added + removed
        actors = self._actors({f.subject for f in facts} | {f.object for f in facts})
        dyads = self._dyads({dyad_key(f) for f in facts if f.subject != f.object})
        pairs = self._pairs({(f.subject, f.object) for f in facts if PairTally.counts(f)})
        days = self._days({d.date for d in days_added + days_removed})
        before = _quads_of(actors, dyads, pairs, days)
        for sign, group in ((-1, removed), (1, added)):
            if sign > 0:
                self._reread(dyads, pairs, removed, old_graphs)
            for f in group:
                actors[f.subject] += sign
                if f.object != f.subject:
                    actors[f.object] += sign
                    a, _an, b, _bn = dyad_key(f)
                    dyads[(a, b)].apply(f, sign)
                if PairTally.counts(f):
                    pairs[(f.subject, f.object)].apply(f, sign)
        for sign, group in ((-1, days_removed), (1, days_added)):
            for d in group:
                days[d.date].articles += sign
        after = _quads_of(actors, dyads, pairs, days)
        before.update(_links(removed, days_removed))
        after.update(_links(added, days_added))
        delete = tuple(q for q in before if q not in after)
        insert = tuple(q for q in after if q not in before)
        return Change(delete, insert, actors, dyads, pairs, days)

    def commit(self, change: Change) -> None:
        """Remember the tallies of a change that was written."""
        if len(self.dyads) + len(self.pairs) + len(self.actors) + len(self.days) > CACHE_ENTRIES:
            self.forget()
        self.actors.update(change.actors)
        self.dyads.update(change.dyads)
        self.pairs.update(change.pairs)
        self.days.update(change.days)

    # -- reading the current values ---------------------------------------------------------------

    def _actors(self, iris: set[str]) -> dict[str, int]:
        out = {x: self.actors[x] for x in iris if x in self.actors}
        missing = iris - out.keys()
        if missing:
            total = KG_TERMS["statementTotal"]
            for x in missing:
                found = [q.object.value for q in self._triples(ox.NamedNode(x)) if q.predicate == total]
                out[x] = int(found[0]) if found else 0
        return out

    def _dyads(self, keys: set[tuple[str, str, str, str]]) -> dict[tuple[str, str], DyadTally]:
        out: dict[tuple[str, str], DyadTally] = {}
        missing: dict[str, tuple[str, str]] = {}
        for a, _an, b, _bn in keys:
            if (a, b) in self.dyads:
                old = self.dyads[(a, b)]
                out[(a, b)] = replace(old, quads=list(old.quads))
            else:
                out[(a, b)] = DyadTally(a, b)
                missing[out[(a, b)].node.value] = (a, b)
        for node, values in self._properties(missing).items():
            a, b = missing[node]
            out[(a, b)] = DyadTally.from_properties(a, b, values)
        return out

    def _pairs(self, keys: set[tuple[str, str]]) -> dict[tuple[str, str], PairTally]:
        out: dict[tuple[str, str], PairTally] = {}
        missing: dict[str, tuple[str, str]] = {}
        for key in keys:
            if key in self.pairs:
                out[key] = replace(self.pairs[key], relations=set(self.pairs[key].relations))
            else:
                out[key] = PairTally(*key)
                missing[out[key].node.value] = key
        for node, values in self._properties(missing).items():
            key = missing[node]
            out[key] = PairTally(
                *key,
                verbal=int(values.get("verbalConflictStatements", [0])[0]),
                material=int(values.get("materialConflictStatements", [0])[0]),
                relations=set(values.get("conflictRelation", [])),
            )
        return out

    def _days(self, dates: set[str]) -> dict[str, DayTally]:
        out = {d: replace(self.days[d]) for d in dates if d in self.days}
        total = KG_TERMS["articleTotal"]
        for d in dates - out.keys():
            found = [q.object.value for q in self._triples(day_node(d)) if q.predicate == total]
            out[d] = DayTally(d, int(found[0]) if found else 0)
        return out

    def _properties(self, nodes: Iterable[str]) -> dict[str, dict[str, list[Any]]]:
        out: dict[str, dict[str, list[Any]]] = {}
        for node in nodes:
            for q in self._triples(ox.NamedNode(node)):
                name = q.predicate.value.rsplit("#", 1)[-1]
                out.setdefault(node, {}).setdefault(name, []).append(q.object.value)
        return out

    def _reread(
        self,
        dyads: dict[tuple[str, str], DyadTally],
        pairs: dict[tuple[str, str], PairTally],
        removed: list[Fact],
        old_graphs: list[str],
    ) -> None:
        """Read again the dates and relations that a removed statement may have set."""
        if not removed:
            return
        skip = f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in old_graphs)}))" if old_graphs else ""
        for key in {(a, b) for a, _an, b, _bn in map(dyad_key, removed) if a != b}:
            tally = dyads[key]
            a, b = key
            rows = self._read(
                "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { GRAPH ?g { "
                f"{{ ?s kg:subject <{a}> ; kg:object <{b}> }} UNION "
                f"{{ ?s kg:subject <{b}> ; kg:object <{a}> }} "
                f"?s a kg:Statement ; kg:date ?d }} {skip} }}"
            )
            tally.first = rows[0].get("first") if rows else None
            tally.last = rows[0].get("last") if rows else None
        for key in {(f.subject, f.object) for f in removed if PairTally.counts(f)}:
            x, y = key
            rows = self._read(
                "SELECT DISTINCT ?r WHERE { GRAPH ?g { "
                f"?s a kg:Statement ; kg:subject <{x}> ; kg:object <{y}> ; kg:quadClass ?q ; "
                f"kg:negated false ; kg:relation ?r . FILTER(?q >= 3) }} {skip} }}"
            )
            pairs[key].relations = {row["r"] for row in rows}


def _quads_of(
    actors: dict[str, int],
    dyads: dict[tuple[str, str], DyadTally],
    pairs: dict[tuple[str, str], PairTally],
    days: dict[str, DayTally],
) -> dict[ox.Quad, None]:
    """The summary graph's quads for these tallies (an ordered set)."""
    out: dict[ox.Quad, None] = {}
    for x, n in actors.items():
        if n > 0:
            out[ox.Quad(ox.NamedNode(x), KG_TERMS["statementTotal"], integer(n), SUMMARY_NODE)] = None
    for tally in (*dyads.values(), *pairs.values(), *days.values()):
        out.update(dict.fromkeys(tally.quads_out()))
    return out


def _iris(values: Iterable[str]) -> str:
    return " ".join(str(ox.NamedNode(v)) for v in values)


def rebuild_quads(facts: Iterable[Fact], days: Iterable[Day]) -> list[ox.Quad]:
    """The whole summary graph computed from the facts of every statement and the days of every article.

    With its marker.
    """
    summary = Summary(lambda _sparql: [], lambda _node: ())
    change = summary.change(list(facts), [], days_added=days)
    return [*change.insert, marker()]
