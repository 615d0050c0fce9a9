"""The store: atomic per-article writes, idempotence, replacement, locking, queries, dumps."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.store import AddResult, Store
from kg.types import Article

from .conftest import ATTACK, CHINA, NATO, RUSSIA, UKRAINE, ZHAO, make_statement


def _article(text: str = "China accused NATO of provocations.", **kw) -> Article:
    return Article(
        id=kw.pop("id", "a1"),
        text=text,
        title=kw.pop("title", "A title"),
        date=kw.pop("date", "2022-03-09"),
        **kw,
    )


def test_add_then_same_again_adds_nothing(tmp_path: Path) -> None:
    article = _article()
    with Store(tmp_path / "s", write=True) as store:
        assert store.add(article, [make_statement(article=article)]) is AddResult.ADDED
        before = store.stats()
        assert store.add(article, [make_statement(article=article)]) is AddResult.UNCHANGED
        assert store.stats() == before
        assert before.articles == 1 and before.statements == 1 and before.actors == 2


def test_changed_article_replaces_its_graph(tmp_path: Path) -> None:
    old = _article()
    new = _article("Russia attacked Ukraine.")
    with Store(tmp_path / "s", write=True) as store:
        store.add(old, [make_statement(article=old)])
        result = store.add(
            new, [make_statement(RUSSIA, "attack", UKRAINE, event=ATTACK, article=new, sentence=new.text)]
        )
        assert result is AddResult.REPLACED
        statements = store.statements()
    assert [(s.subject.name, s.relation, s.object.name) for s in statements] == [
        ("Russia", "attack", "Ukraine")
    ]


def test_statements_round_trip(tmp_path: Path) -> None:
    article = _article("Zhao accused NATO.")
    stmt = make_statement(
        ZHAO, "accuse", NATO, article=article, sentence=article.text, negated=True, source=CHINA
    )
    with Store(tmp_path / "s", write=True) as store:
        store.add(article, [stmt])
        (back,) = store.statements()
    assert back.subject == ZHAO
    assert back.object == NATO
    assert back.negated is True and back.hypothetical is False
    assert back.source == CHINA
    assert back.event.code == "112" and back.event.quad_class == 3 and back.event.goldstein == -2.0
    assert (back.sentence, back.start, back.end, back.date, back.article_title) == (
        stmt.sentence,
        stmt.start,
        stmt.end,
        "2022-03-09",
        "A title",
    )


def test_same_actor_from_two_articles_is_one_node(tmp_path: Path) -> None:
    a, b = _article(id="a"), _article("Russia attacked Ukraine.", id="b")
    with Store(tmp_path / "s", write=True) as store:
        store.add(a, [make_statement(article=a)])
        store.add(
            b,
            [
                make_statement(RUSSIA, "attack", UKRAINE, event=ATTACK, article=b),
                make_statement(CHINA, "accuse", RUSSIA, article=b, start=5),
            ],
        )
        assert store.stats().actors == 4
        rows = store.query('SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x rdfs:label "China"^^xsd:string }')
        assert rows.dicts() == [{"n": 1}]


def test_bindings_are_terms_not_text(tmp_path: Path) -> None:
    article = _article()
    with Store(tmp_path / "s", write=True) as store:
        store.add(article, [make_statement(article=article)])
        evil = '" } ; DROP ALL ; SELECT * { ?s ?p "'
        rows = store.query("SELECT ?x WHERE { ?x rdfs:label ?name }", bindings={"name": Literal(evil)})
        assert rows.rows == ()
        rows = store.query("SELECT ?x WHERE { ?x rdfs:label ?name }", bindings={"name": Literal("China")})
        assert len(rows) == 1


def test_bad_query_is_a_query_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s", write=True) as store, pytest.raises(QueryError, match="syntax"):
        store.query("SELEC nothing")


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "nothing-here")


def _hold_writer(path: str, ready, done) -> None:
    with Store(path, write=True):
        ready.set()
        done.wait(30)


def test_second_writer_fails_fast_naming_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "s"
    Store(path, write=True).close()
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Event(), ctx.Event()
    proc = ctx.Process(target=_hold_writer, args=(str(path), ready, done))
    proc.start()
    try:
        assert ready.wait(60)
        with pytest.raises(StoreLockedError, match=f"pid {proc.pid}"):
            Store(path, write=True)
        with pytest.raises(StoreLockedError, match="open for writing"):
            Store(path)
    finally:
        done.set()
        proc.join(30)
    with Store(path) as store:  # released: a reader gets in
        assert store.stats().articles == 0


def test_readers_share_the_store(tmp_path: Path) -> None:
    path = tmp_path / "s"
    article = _article()
    with Store(path, write=True) as store:
        store.add(article, [make_statement(article=article)])
    with Store(path) as one, Store(path) as two:
        assert one.stats() == two.stats()
        with pytest.raises(StoreError, match="read-only"):
            one.add(article, [])
        with pytest.raises(StoreLockedError):
            Store(path, write=True)


def test_dump_formats_parse_back(tmp_path: Path) -> None:
    article = _article()
    with Store(tmp_path / "s", write=True) as store:
        store.add(article, [make_statement(article=article)])
        n = store.dump(tmp_path / "g.ttl", fmt=ox.RdfFormat.TURTLE)
        store.dump(tmp_path / "g.trig", fmt=ox.RdfFormat.TRIG)
        store.dump(tmp_path / "g.nq", fmt=ox.RdfFormat.N_QUADS)
        store.dump(tmp_path / "g.jsonld", fmt=ox.RdfFormat.JSON_LD)
    turtle = Graph().parse(tmp_path / "g.ttl")
    assert len(turtle) == n
    trig = Dataset().parse(tmp_path / "g.trig", format="trig")
    nquads = Dataset().parse(tmp_path / "g.nq", format="nquads")
    assert len(list(trig.quads())) == len(list(nquads.quads())) == n
    jsonld = Dataset().parse(tmp_path / "g.jsonld", format="json-ld")
    assert len(list(jsonld.quads())) == n
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_store_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "s"
    article = _article()
    with Store(path, write=True) as store:
        store.add(article, [make_statement(article=article)])
    with Store(path, write=True) as store:
        assert store.article_hashes() == {"a1": article.content_hash}
        assert store.remove("a1") is True
        assert store.remove("a1") is False
        assert store.stats().articles == 0
    assert os.path.exists(path / "kg.lock")
