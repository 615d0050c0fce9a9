"""Statements → RDF under the project's ontology (pure).

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
from datetime import date as _date
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from .types import Actor, ActorType, Article, Statement
from .vocab import CAMEO, DATA, KG, ROOT_PROPERTIES

#: The graph that describes every actor once (labels, types, codes, affiliations).
ACTORS_GRAPH = DATA["graph/actors"]

_ACTOR_CLASS = {
    ActorType.COUNTRY: KG.Country,
    ActorType.ORGANIZATION: KG.Organization,
    ActorType.PERSON: KG.Person,
    ActorType.GROUP: KG.Group,
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
    if not value:
        return None
    try:
        parsed = _date.fromisoformat(value[:10])
    except ValueError:
        return None
    return Literal(parsed.isoformat(), datatype=XSD.date)


def _text(value: str) -> Literal:
    return Literal(clean_text(value), datatype=XSD.string)


def add_actor(graph: Graph, actor: Actor) -> URIRef:
    """Describe an actor (and the state it is affiliated to) in ``graph``."""
    iri = actor_iri(actor.name)
    graph.add((iri, RDF.type, _ACTOR_CLASS[actor.type]))
    graph.add((iri, RDFS.label, _text(actor.name)))
    if actor.code:
        prop = KG.isoCode if actor.type is ActorType.COUNTRY else KG.code
        graph.add((iri, prop, _text(actor.code)))
    if actor.affiliation and actor.affiliation != actor.name:
        graph.add((iri, KG.affiliation, actor_iri(actor.affiliation)))
        add_actor(graph, _affiliation(actor.affiliation))
    if actor.role:
        graph.add((iri, KG.role, _text(actor.role)))
    return iri


def _affiliation(name: str) -> Actor:
    """The actor a person is affiliated to, typed through the gazetteer."""
    from .actors import Gazetteer

    found = Gazetteer.default().lookup(name)
    if found is not None and found.name == name:
        return found
    return Actor(name=name, type=ActorType.ORGANIZATION)


def article_graphs(article: Article, statements: Iterable[Statement]) -> tuple[Graph, Graph]:
    """The article's own graph (article, statements, direct edges) and its actors' descriptions.

    In the store the first is the article's named graph and the second is
    merged into the shared graph :data:`ACTORS_GRAPH`, so that an actor named by
    many articles is described once and counts stay counts.
    """
    art = article_iri(article.id)
    graph = Graph(identifier=art)
    actors = Graph(identifier=ACTORS_GRAPH)
    day = date_literal(article.date)
    graph.add((art, RDF.type, KG.Article))
    graph.add((art, KG.articleId, _text(article.id)))
    graph.add((art, KG.contentHash, _text(article.content_hash)))
    if article.title:
        graph.add((art, KG.title, _text(article.title)))
    if day is not None:
        graph.add((art, KG.date, day))
    if article.url:
        graph.add((art, KG.url, _text(article.url)))
    if article.source:
        graph.add((art, KG.sourceFile, _text(article.source)))
    if article.publisher:
        graph.add((art, KG.publisher, _text(article.publisher)))
    count = 0
    for stmt in statements:
        count += 1
        add_statement(graph, stmt, art=art, day=date_literal(stmt.date) or day, actors=actors)
    graph.add((art, KG.statementCount, Literal(count)))
    return graph, actors


def article_graph(article: Article, statements: Iterable[Statement]) -> Graph:
    """One graph with everything about an article: its statements and their actors."""
    graph, actors = article_graphs(article, statements)
    for triple in actors:
        graph.add(triple)
    return graph


def add_statement(
    graph: Graph, stmt: Statement, *, art: URIRef, day: Literal | None, actors: Graph | None = None
) -> URIRef:
    """Add one statement node with its evidence and its direct edge; its actors go to ``actors``."""
    actors = graph if actors is None else actors
    node = statement_iri(stmt)
    subj = add_actor(actors, stmt.subject)
    obj = add_actor(actors, stmt.object)
    event = stmt.event
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, KG.subject, subj))
    graph.add((node, KG.object, obj))
    graph.add((node, KG.relation, _text(stmt.relation)))
    graph.add((node, KG.eventClass, CAMEO[event.code]))
    graph.add((node, KG.cameoCode, _text(event.code)))
    graph.add((node, KG.cameoRoot, _text(event.root)))
    graph.add((node, KG.quadClass, Literal(event.quad_class)))
    graph.add((node, KG.goldstein, Literal(f"{event.goldstein:.1f}", datatype=XSD.decimal)))
    graph.add((node, KG.negated, Literal(stmt.negated)))
    graph.add((node, KG.hypothetical, Literal(stmt.hypothetical)))
    graph.add((node, KG.sentence, _text(stmt.sentence)))
    graph.add((node, KG.startChar, Literal(stmt.start)))
    graph.add((node, KG.endChar, Literal(stmt.end)))
    graph.add((node, KG.article, art))
    if day is not None:
        graph.add((node, KG.date, day))
    if stmt.source is not None:
        graph.add((node, KG.attributedTo, add_actor(actors, stmt.source)))
    if not stmt.negated and not stmt.hypothetical:
        graph.add((subj, ROOT_PROPERTIES[event.root], obj))
    return node
