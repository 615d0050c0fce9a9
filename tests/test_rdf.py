"""Statements → RDF: golden graphs compared by isomorphism, IRIs, literals."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.rdf import actor_iri, article_graph, article_iri, clean_text, statement_iri
from kg.store import Store
from kg.types import Actor, ActorType, Article
from kg.vocab import KG

from .conftest import ATTACK, CHINA, NATO, RUSSIA, UKRAINE, ZHAO, make_statement

GOLDEN = Path(__file__).parent / "golden"


def _assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        raise AssertionError(
            "graphs differ\n--- only expected:\n"
            + only_expected.serialize(format="nt")
            + "\n--- only actual:\n"
            + only_actual.serialize(format="nt")
        )


def _golden_article() -> Graph:
    text = "Zhao Lijian accused NATO. Russia did not attack Ukraine. China could accuse NATO."
    article = Article(
        id="golden-1", text=text, title="Golden", date="2022-03-09", url="https://example.org/a"
    )
    return article_graph(
        article,
        [
            make_statement(
                ZHAO, "accuse", NATO, article=article, sentence="Zhao Lijian accused NATO.", source=CHINA
            ),
            make_statement(
                RUSSIA,
                "attack",
                UKRAINE,
                event=ATTACK,
                article=article,
                sentence="Russia did not attack Ukraine.",
                start=26,
                negated=True,
            ),
            make_statement(
                CHINA,
                "accuse",
                NATO,
                article=article,
                sentence="China could accuse NATO.",
                start=57,
                hypothetical=True,
            ),
        ],
    )


def test_article_graph_matches_golden_file() -> None:
    expected = Graph().parse(GOLDEN / "article.ttl")
    _assert_isomorphic(expected, _golden_article())


def test_direct_edges_only_for_asserted_statements() -> None:
    graph = _golden_article()
    assert (actor_iri("Zhao Lijian"), KG.disapprovesOf, actor_iri("NATO")) in graph
    assert (actor_iri("Russia"), KG.fights, actor_iri("Ukraine")) not in graph  # negated
    assert (actor_iri("China"), KG.disapprovesOf, actor_iri("NATO")) not in graph  # hypothetical
    assert len(set(graph.subjects(RDF.type, KG.Statement))) == 3


def test_iris_are_stable_and_distinct() -> None:
    assert actor_iri("China") == actor_iri("China")
    assert actor_iri("China") != actor_iri("china ")
    assert article_iri("a") != article_iri("b")
    s1 = make_statement()
    assert statement_iri(s1) == statement_iri(make_statement())
    assert statement_iri(s1) != statement_iri(make_statement(negated=True))


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_actor_name_gives_a_valid_iri_and_turtle_that_parses(name: str) -> None:
    actor = Actor(name, ActorType.GROUP)
    iri = actor_iri(name)
    assert not any(c in str(iri) for c in '<>"{}|^` \\\n')
    article = Article(id=name, text=name, title=name, date=None)
    graph = article_graph(
        article,
        [make_statement(actor, "attack", UKRAINE, event=ATTACK, article=article, sentence=name or "x")],
    )
    back = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert len(back) == len(graph)


def test_illegal_characters_are_removed_from_literals() -> None:
    assert clean_text("a\x00b\ud800c\x1fd") == "abcd"
    sentence = "Russia \x00attacked\x1f Ukraine\ud800."
    article = Article(id="x", text=sentence, title="T\ud800")
    graph = article_graph(
        article, [make_statement(RUSSIA, "attack", UKRAINE, event=ATTACK, article=article, sentence=sentence)]
    )
    assert list(graph.objects(article_iri("x"), KG.title)) == [Literal("T", datatype=XSD.string)]
    assert list(graph.objects(None, KG.sentence)) == [
        Literal("Russia attacked Ukraine.", datatype=XSD.string)
    ]
    text = graph.serialize(format="nt")
    assert not any(c in text for c in "\x00\x1f\ud800")


def test_an_affiliation_is_described_from_the_actor_it_carries(tmp_path: Path) -> None:
    """The RDF step takes the affiliation as the actor carries it: no second look-up in the gazetteer."""
    atlantis = Actor("Atlantis", ActorType.COUNTRY, code="ATL")  # no gazetteer knows it
    un = Actor("United Nations", ActorType.ORGANIZATION, code="UN")
    council = Actor("Security Council", ActorType.ORGANIZATION, code="UNSC", affiliation=un)
    envoy = Actor("Ana Envoy", ActorType.PERSON, affiliation=atlantis, role="envoy")
    article = Article(id="aff", text="Ana Envoy urged the Security Council.", date="2022-03-09")
    stmt = make_statement(envoy, "urge", council, article=article, sentence=article.text)
    graph = article_graph(article, [stmt])
    assert (actor_iri("Atlantis"), RDF.type, KG.Country) in graph
    assert (actor_iri("Atlantis"), KG.isoCode, Literal("ATL", datatype=XSD.string)) in graph
    assert (actor_iri("Ana Envoy"), KG.affiliation, actor_iri("Atlantis")) in graph
    assert (actor_iri("Security Council"), KG.affiliation, actor_iri("United Nations")) in graph
    assert (actor_iri("United Nations"), RDF.type, KG.Organization) in graph
    with Store(tmp_path / "store", write=True) as store:
        store.add(article, [stmt])
        (back,) = store.statements()
    assert back.subject == envoy and back.subject.affiliation == atlantis
    assert back.object == council and back.object.affiliation == un
