"""The ontology, the vocabulary in code, and SHACL validity of what the pipeline writes."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.ontology import ontology_graph, shapes_graph
from kg.rdf import article_graph
from kg.store import Store
from kg.types import Article
from kg.vocab import KG, ROOT_PROPERTIES

from .conftest import CHINA, NATO, ZHAO, make_statement


def _terms() -> list[URIRef]:
    return [KG[name] for name in KG.__annotations__]


def test_every_vocabulary_term_is_declared_with_label_and_comment() -> None:
    graph = ontology_graph()
    for term in _terms():
        assert (term, RDF.type, None) in graph, term
        assert graph.value(term, RDFS.label) is not None, term
        assert graph.value(term, RDFS.comment) is not None, term


def test_every_ontology_term_is_in_the_vocabulary() -> None:
    graph = ontology_graph()
    ns = str(KG)
    declared = {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(ns)}
    assert declared == set(_terms())


def test_misspelt_term_fails_loudly() -> None:
    with pytest.raises(AttributeError):
        KG.subjcet  # noqa: B018


def test_a_direct_property_for_each_cameo_root() -> None:
    graph = ontology_graph()
    assert sorted(ROOT_PROPERTIES) == [f"{i:02d}" for i in range(1, 21)]
    for prop in ROOT_PROPERTIES.values():
        assert (prop, RDFS.subPropertyOf, KG.interactsWith) in graph
        assert (prop, RDF.type, OWL.ObjectProperty) in graph


def _validate(data: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    conforms, _, text = validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="rdfs"
    )
    return conforms, text


def test_hand_made_article_conforms_to_the_shapes() -> None:
    article = Article(id="a1", text="Zhao accused NATO.", title="T", date="2022-03-09")
    graph = article_graph(
        article,
        [
            make_statement(ZHAO, article=article, source=CHINA),
            make_statement(CHINA, "accuse", NATO, article=article, start=3),
        ],
    )
    conforms, text = _validate(graph)
    assert conforms, text


def test_shapes_catch_a_broken_statement() -> None:
    article = Article(id="a1", text="x", title="T", date="2022-03-09")
    graph = article_graph(article, [make_statement(article=article)])
    stmt = next(graph.subjects(RDF.type, KG.Statement))
    graph.remove((stmt, KG.subject, None))
    graph.remove((stmt, KG.quadClass, None))
    conforms, text = _validate(graph)
    assert not conforms
    assert "subject" in text and "quadClass" in text


@pytest.mark.slow
def test_demo_store_conforms_to_the_shapes(demo_store, tmp_path) -> None:
    with Store(demo_store) as store:
        store.dump(tmp_path / "demo.nt", fmt=ox.RdfFormat.N_TRIPLES)
    data = Graph().parse(tmp_path / "demo.nt", format="nt")
    assert len(data) > 50
    conforms, text = _validate(data)
    assert conforms, text
