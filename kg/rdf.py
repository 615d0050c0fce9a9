"""Statements → RDF quads under the project's ontology (pure).

Every article becomes a named graph of its own whose name is the article's
IRI. It holds the article resource, one ``kg:Statement`` node per statement
(with its evidence), and a direct actor-to-actor edge (``kg:fights``,
``kg:consultsWith`` …) for every statement that is neither negated nor
hypothetical. The actors the statements name are described once, in the
shared graph ``ACTORS_GRAPH``.

IRIs are stable: an actor's IRI depends on its canonical name only, so the same
actor from two articles is one node; a statement's IRI depends on its article,
sentence and content, so re-extracting the same text gives the same IRIs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import XSD, Graph, Literal, URIRef

from .dates import stored_day
from .terms import (
    KG_TERMS,
    RDF_TYPE,
    RDFS_LABEL,
    XSD_BOOLEAN,
    XSD_DATE,
    XSD_DECIMAL,
    XSD_STRING,
    integer,
    named_node,
    triple_to_rdflib,
)
from .types import Actor, ActorType, Article, Statement
from .vocab import CAMEO, DATA, KG, ROOT_PROPERTIES

#: The graph that describes every actor once (labels, types, codes, affiliations).
ACTORS_GRAPH = DATA["graph/actors"]

_ACTOR_CLASS = {
    ActorType.COUNTRY: KG.Country,
    ActorType.ORGANIZATION: KG.Organization,
    ActorType.PERSON: KG.Person,
    ActorType.GROUP: KG.Group,
    ActorType.TERRITORY: KG.Territory,
}

# Characters that XML 1.0 (and so RDF/XML, TriX and many tools) cannot hold,
# and lone surrogates, which no UTF-8 serialisation can encode.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """A literal's text with characters that no serialisation can carry removed."""
    return _ILLEGAL.sub("", value)


def actor_iri(name: str) -> URIRef:
    """The stable IRI of an actor with this canonical name."""
    key = clean_text(name).strip().replace(" ", "_") or "_"
    return DATA[f"actor/{quote(key, safe='')}"]


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article, which is also the name of its graph."""
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return DATA[f"article/{digest}"]


def statement_iri(stmt: Statement) -> URIRef:
    key = "\x1f".join(
        (
            stmt.article_id,
            str(stmt.start),
            stmt.subject.name,
            stmt.relation,
            stmt.object.name,
            "1" if stmt.negated else "0",
        )
    )
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return DATA[f"statement/{digest}"]


def date_literal(value: str | None) -> Literal | None:
    """An ``xsd:date`` literal for an ISO date, or None when it is not one."""
    day = stored_day(value)
    return None if day is None else Literal(day.isoformat(), datatype=XSD.date)


# --- the quads -------------------------------------------------------------------------------------
#
# Terms are built as pyoxigraph terms, which the store writes as they are; the
# rdflib graphs below are conversions of the same quads, for callers that
# want rdflib (serialisation, the push of one article).


_ROOTS = {root: named_node(prop) for root, prop in ROOT_PROPERTIES.items()}
_CLASSES = {kind: named_node(cls) for kind, cls in _ACTOR_CLASS.items()}
_ACTORS = named_node(ACTORS_GRAPH)
_TRUE = ox.Literal("true", datatype=XSD_BOOLEAN)
_FALSE = ox.Literal("false", datatype=XSD_BOOLEAN)


def _str(value: str) -> ox.Literal:
    return ox.Literal(clean_text(value), datatype=XSD_STRING)


def _day(value: str | None) -> ox.Literal | None:
    day = date_literal(value)
    return None if day is None else ox.Literal(str(day), datatype=XSD_DATE)


def actor_quads(actor: Actor, out: list[ox.Quad], graph: ox.NamedNode = _ACTORS) -> ox.NamedNode:
    """Describe an actor (and the state it is affiliated to) into ``out``; its IRI."""
    iri = named_node(actor_iri(actor.name))
    out.append(ox.Quad(iri, RDF_TYPE, _CLASSES[actor.type], graph))
    out.append(ox.Quad(iri, RDFS_LABEL, _str(actor.name), graph))
    if actor.code:
        prop = KG_TERMS["isoCode"] if actor.type is ActorType.COUNTRY else KG_TERMS["code"]
        out.append(ox.Quad(iri, prop, _str(actor.code), graph))
    if actor.affiliation is not None and actor.affiliation.name != actor.name:
        out.append(ox.Quad(iri, KG_TERMS["affiliation"], actor_quads(actor.affiliation, out, graph), graph))
    if actor.role:
        out.append(ox.Quad(iri, KG_TERMS["role"], _str(actor.role), graph))
    return iri


def article_quads(article: Article, statements: Iterable[Statement]) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """The quads of the article's own graph (article, statements, direct edges) and of its actors.

    In the store the first are the article's named graph and the second are
    merged into the shared graph :data:`ACTORS_GRAPH`, so that an actor named by
    many articles is described once and counts stay counts.
    """
    g = named_node(article_iri(article.id))
    out: list[ox.Quad] = []
    actors: list[ox.Quad] = []
    day = _day(article.date)
    out.append(ox.Quad(g, RDF_TYPE, KG_TERMS["Article"], g))
    out.append(ox.Quad(g, KG_TERMS["articleId"], _str(article.id), g))
    out.append(ox.Quad(g, KG_TERMS["contentHash"], _str(article.content_hash), g))
    for prop, value in (
        ("title", article.title),
        ("url", article.url),
        ("sourceFile", article.source),
        ("publisher", article.publisher),
    ):
        if value:
            out.append(ox.Quad(g, KG_TERMS[prop], _str(value), g))
    if day is not None:
        out.append(ox.Quad(g, KG_TERMS["date"], day, g))
    count = 0
    for stmt in statements:
        count += 1
        statement_quads(stmt, g, day=_day(stmt.date) or day, out=out, actors=actors)
    out.append(ox.Quad(g, KG_TERMS["statementCount"], integer(count), g))
    return _unique(out), _unique(actors)


def statement_quads(
    stmt: Statement, g: ox.NamedNode, *, day: ox.Literal | None, out: list[ox.Quad], actors: list[ox.Quad]
) -> ox.NamedNode:
    """One statement node with its evidence and its direct edge into ``out``; its actors into ``actors``."""
    node = named_node(statement_iri(stmt))
    subj = actor_quads(stmt.subject, actors)
    obj = actor_quads(stmt.object, actors)
    event = stmt.event
    k = KG_TERMS
    out.extend(
        (
            ox.Quad(node, RDF_TYPE, k["Statement"], g),
            ox.Quad(node, k["subject"], subj, g),
            ox.Quad(node, k["object"], obj, g),
            ox.Quad(node, k["relation"], _str(stmt.relation), g),
            ox.Quad(node, k["eventClass"], named_node(CAMEO[event.code]), g),
            ox.Quad(node, k["cameoCode"], _str(event.code), g),
            ox.Quad(node, k["cameoRoot"], _str(event.root), g),
            ox.Quad(node, k["quadClass"], integer(event.quad_class), g),
            ox.Quad(node, k["goldstein"], ox.Literal(f"{event.goldstein:.1f}", datatype=XSD_DECIMAL), g),
            ox.Quad(node, k["negated"], _TRUE if stmt.negated else _FALSE, g),
            ox.Quad(node, k["hypothetical"], _TRUE if stmt.hypothetical else _FALSE, g),
            ox.Quad(node, k["sentence"], _str(stmt.sentence), g),
            ox.Quad(node, k["startChar"], integer(stmt.start), g),
            ox.Quad(node, k["endChar"], integer(stmt.end), g),
            ox.Quad(node, k["article"], g, g),
        )
    )
    if day is not None:
        out.append(ox.Quad(node, k["date"], day, g))
    if stmt.source is not None:
        out.append(ox.Quad(node, k["attributedTo"], actor_quads(stmt.source, actors), g))
    if not stmt.negated and not stmt.hypothetical:
        out.append(ox.Quad(subj, _ROOTS[event.root], obj, g))
    return node


def _unique(quads: list[ox.Quad]) -> list[ox.Quad]:
    return list(dict.fromkeys(quads))


# --- the same as rdflib graphs ---------------------------------------------------------------------


def article_graphs(article: Article, statements: Iterable[Statement]) -> tuple[Graph, Graph]:
    """:func:`article_quads` as rdflib graphs: the article's own graph and its actors' descriptions."""
    own, actors = article_quads(article, statements)
    return _graph(own, article_iri(article.id)), _graph(actors, ACTORS_GRAPH)


def article_graph(article: Article, statements: Iterable[Statement]) -> Graph:
    """One graph with everything about an article: its statements and their actors."""
    own, actors = article_quads(article, statements)
    return _graph(own + actors, article_iri(article.id))


def _graph(quads: Iterable[ox.Quad], identifier: URIRef) -> Graph:
    graph = Graph(identifier=identifier)
    for q in quads:
        graph.add(triple_to_rdflib(q))
    return graph
