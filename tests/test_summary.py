"""The counts kept at ingest (kg.summary) stay equal to the statements they count, on a real store."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import queries
from kg.rdf import actor_iri
from kg.store import Store, apply_update, plain
from kg.summary import SUMMARY_GRAPH, marker
from kg.types import Actor, ActorType, Article, EventClass

from .conftest import ACCUSE, ATTACK, CHINA, MEET, NATO, RUSSIA, UKRAINE, ZHAO, make_statement

AID = EventClass("070", "Provide aid", 2, 7.0)
THREATEN = EventClass("130", "Threaten", 3, -4.4)
ACTORS = [CHINA, RUSSIA, UKRAINE, NATO, ZHAO, Actor('Ünïcode "Group" <x>', ActorType.GROUP)]
EVENTS = [ACCUSE, ATTACK, MEET, AID, THREATEN]
RELATIONS = ["accuse", "attack", "meet with", "send aid to", "threaten", "warn"]

# The ranking queries as they were written before the counts existed: aggregates over
# every statement. The counts must give exactly their answers.
REFERENCE = {
    "top-actors": """
SELECT ?actor ?type (COUNT(DISTINCT ?s) AS ?statements) WHERE {
  ?s a kg:Statement .
  { ?s kg:subject ?x } UNION { ?s kg:object ?x }
  ?x rdfs:label ?actor ; a ?t .
  FILTER(?t IN (kg:Country, kg:Organization, kg:Person, kg:Group, kg:Territory))
  BIND(STRAFTER(STR(?t), "#") AS ?type)
} GROUP BY ?actor ?type""",
    "conflict-pairs": """
SELECT ?subject ?object (COUNT(DISTINCT ?s) AS ?statements) (SUM(IF(?quad = 3, 1, 0)) AS ?verbal)
       (SUM(IF(?quad = 4, 1, 0)) AS ?material)
       (GROUP_CONCAT(DISTINCT ?relation; separator="; ") AS ?relations)
WHERE {
  ?s a kg:Statement ; kg:subject ?x ; kg:object ?y ; kg:quadClass ?quad ; kg:relation ?relation ;
     kg:negated false .
  FILTER(?quad >= 3)
  ?x rdfs:label ?subject . ?y rdfs:label ?object .
} GROUP BY ?subject ?object""",
    "dyads": """
SELECT ?a ?b (COUNT(?s) AS ?statements)
       (SUM(IF(STR(?xl) = ?a, 1, 0)) AS ?a_to_b) (SUM(IF(STR(?xl) = ?a, 0, 1)) AS ?b_to_a)
       (SUM(?event) AS ?events)
       (SUM(IF(?quad = 1, ?event, 0)) AS ?verbal_cooperation)
       (SUM(IF(?quad = 2, ?event, 0)) AS ?material_cooperation)
       (SUM(IF(?quad = 3, ?event, 0)) AS ?verbal_conflict)
       (SUM(IF(?quad = 4, ?event, 0)) AS ?material_conflict)
       (SUM(?event * ?gold) AS ?goldstein_sum)
       (SUM(?event * ?gold) / SUM(?event) AS ?goldstein_mean)
       (MIN(?date) AS ?first) (MAX(?date) AS ?last)
WHERE {
  GRAPH ?g {
    ?s a kg:Statement ; kg:subject ?x ; kg:object ?y ; kg:quadClass ?quad ; kg:goldstein ?gold ;
       kg:negated ?negated ; kg:hypothetical ?hypothetical .
    OPTIONAL { ?s kg:date ?date }
  }
  ?x rdfs:label ?xl . ?y rdfs:label ?yl .
  FILTER(?x != ?y)
  BIND(IF(STR(?xl) < STR(?yl), STR(?xl), STR(?yl)) AS ?a)
  BIND(IF(STR(?xl) < STR(?yl), STR(?yl), STR(?xl)) AS ?b)
  BIND(IF(?negated || ?hypothetical, 0, 1) AS ?event)
} GROUP BY ?a ?b""",
}


# The selective queries as they were written before the indexes existed: they read the
# statements themselves. The indexes must give exactly their answers.
SELECTIVE_REFERENCE = {
    "between": """
SELECT DISTINCT ?subject ?relation ?object ?cameo ?negated ?sentence ?date WHERE {
  ?s kg:subject|kg:object ?a . ?s kg:subject|kg:object ?b . FILTER(?a != ?b)
  ?s a kg:Statement ; kg:subject ?x ; kg:object ?y ;
     kg:relation ?relation ; kg:cameoCode ?cameo ; kg:negated ?negated ; kg:sentence ?sentence .
  ?x rdfs:label ?subject . ?y rdfs:label ?object .
  OPTIONAL { ?s kg:date ?date }
}""",
    "dyad": """
SELECT ?date (COUNT(?s) AS ?statements) (SUM(?event) AS ?events) (SUM(?event * ?gold) AS ?goldstein_sum)
WHERE {
  ?s kg:subject|kg:object ?a . ?s kg:subject|kg:object ?b . FILTER(?a != ?b)
  ?s a kg:Statement ; kg:goldstein ?gold ; kg:negated ?negated ; kg:hypothetical ?hypothetical .
  OPTIONAL { ?s kg:date ?date }
  BIND(IF(?negated || ?hypothetical, 0, 1) AS ?event)
} GROUP BY ?date""",
    "date-range": """
SELECT DISTINCT ?date ?subject ?relation ?object ?negated ?sentence ?title WHERE {
  GRAPH ?art { ?art kg:date ?date . FILTER(?date >= ?since && ?date <= ?until) }
  ?s kg:article ?art ; kg:subject ?x ; kg:object ?y ; kg:relation ?relation ; kg:negated ?negated ;
     kg:sentence ?sentence .
  ?x rdfs:label ?subject . ?y rdfs:label ?object .
  OPTIONAL { ?art kg:title ?title }
}""",
}
DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


def assert_selective_match(store: Store) -> None:
    """between and dyad for every pair of actors, date-range for a few ranges: as the references."""
    checked = 0
    for i, x in enumerate(ACTORS):
        for y in ACTORS[i:]:
            terms = {"a": ox.NamedNode(str(actor_iri(x.name))), "b": ox.NamedNode(str(actor_iri(y.name)))}
            for name in ("between", "dyad"):
                expected = answers(store, SELECTIVE_REFERENCE[name], terms)
                columns = {k for row in expected for k, _ in row}  # dyad: the reference's columns
                got = [
                    tuple(c for c in row if c[0] in columns)
                    for row in answers(store, queries.get(name).sparql, terms)
                ]
                assert got == expected, (name, x.name, y.name)
                checked += bool(got)
    days = sorted(d.date for d in store._days())
    ranges = [
        ("2022-01-01", "2022-12-31"),
        (days[0], days[0]),
        (days[1], days[-2]),
        ("2022-03-01", "2022-03-31"),
    ]
    for since, until in ranges:
        terms = {"since": ox.Literal(since, datatype=DATE), "until": ox.Literal(until, datatype=DATE)}
        got = answers(store, queries.get("date-range").sparql, terms)
        assert got == answers(store, SELECTIVE_REFERENCE["date-range"], terms), (since, until)
        checked += bool(got)
    assert checked


def answers(store: Store, sparql: str, terms: dict | None = None) -> list[tuple]:
    """Rows as plain values, relations as sets (GROUP_CONCAT has no order), sorted."""
    result = store.query(sparql, bindings=terms)
    out = []
    for row in result.dicts():
        if "relations" in row:
            row["relations"] = tuple(sorted(set(row["relations"].split("; "))))
        out.append(tuple((k, round(v, 6) if isinstance(v, float) else v) for k, v in sorted(row.items())))
    return sorted(out, key=repr)


def assert_counts_match(store: Store) -> None:
    assert store.summary_is_current()
    for name, reference in REFERENCE.items():
        assert answers(store, queries.get(name).sparql) == answers(store, reference), name


def random_article(rng: random.Random, number: int) -> tuple[Article, list]:
    day = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    article = Article(id=f"art-{number}", text=f"text {number} {rng.random()}", title=f"T{number}", date=day)
    statements = []
    for k in range(rng.randint(0, 5)):
        subject, obj = rng.choice(ACTORS), rng.choice(ACTORS)  # sometimes the same: no dyad then
        statements.append(
            make_statement(
                subject,
                rng.choice(RELATIONS),
                obj,
                rng.choice(EVENTS),
                f"Sentence {k} of article {number}.",
                article=article,
                start=k * 40,
                negated=rng.random() < 0.2,
                hypothetical=rng.random() < 0.15,
            )
        )
        if rng.random() < 0.2:  # a statement with its own date
            statements[-1] = replace(statements[-1], date=f"2021-{rng.randint(1, 12):02d}-01")
    return article, statements


def test_counts_follow_adds_replacements_and_removals(tmp_path: Path) -> None:
    rng = random.Random(5)
    with Store(tmp_path / "store", write=True) as store:
        assert store.has_summary()
        for step in range(60):
            number = rng.randrange(15)
            if rng.random() < 0.2:
                store.remove(f"art-{number}")
            else:
                store.add(*random_article(rng, number))
            if step % 10 == 9:
                assert_counts_match(store)
                store._summary.forget()  # and again from what the store holds, not from memory
        assert_counts_match(store)
        assert_selective_match(store)
        top = store.query(queries.get("top-actors").sparql).dicts()
        assert top and top[0]["statements"] >= top[-1]["statements"]


def test_the_demo_store_counts_match_its_statements(demo_store: Path) -> None:
    with Store(demo_store) as store:
        assert_counts_match(store)
        dyads = store.query(queries.get("dyads").sparql).dicts()
    assert any({d["a"], d["b"]} == {"China", "Russia"} for d in dyads)


def test_a_store_without_counts_gets_them_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path, write=True) as store:
        for number in range(4):
            store.add(*random_article(random.Random(number), number))
        expected = set(store.summary_quads())
        # as a store written before the counts existed
        store._db.update(f"DROP GRAPH <{SUMMARY_GRAPH}>")
    with Store(path) as store:
        assert not store.has_summary()
    with Store(path, write=True) as store:
        assert store.has_summary() and store.summary_is_current()
        assert set(store.summary_quads()) == expected


def test_a_store_in_the_first_layout_gets_the_indexes_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "store"
    between = queries.get("between").sparql
    with Store(path, write=True) as store:
        for number in range(6):
            store.add(*random_article(random.Random(number), number))
        expected = set(store.summary_quads())
        busiest = store.query(queries.get("dyads").sparql).dicts()[0]
        pair = {k: ox.NamedNode(str(actor_iri(busiest[k]))) for k in ("a", "b")}
        answer = store.query(between, bindings=pair).rows
        assert answer
        # as layout 1 wrote it: the counts and a marker saying 1, no indexes
        graph = f"GRAPH <{SUMMARY_GRAPH}>"
        store._db.update(
            "PREFIX k: <https://w3id.org/kg-ir/ns#> "
            f"DELETE WHERE {{ {graph} {{ ?d k:dyadStatement ?s }} }}; "
            f"DELETE WHERE {{ {graph} {{ ?day a k:PublicationDay ; ?p ?o }} }}; "
            f"DELETE WHERE {{ {graph} {{ ?g k:summaryVersion ?v }} }}; "
            f"INSERT DATA {{ {graph} {{ <{SUMMARY_GRAPH}> k:summaryVersion 1 }} }}"
        )
    with Store(path) as store:
        assert not store.has_summary()
        why = store.lacks_summary() or ""
        assert "lacks the indexes that the named queries between, dyad, date-range read" in why
        assert "top-actors" not in why  # layout 1 has its counts
        assert store.query(between, bindings=pair).rows == ()  # why the warning says so
    with Store(path, write=True) as store:
        assert store.has_summary() and store.summary_is_current()
        assert set(store.summary_quads()) == expected
        assert store.query(between, bindings=pair).rows == answer
        assert_selective_match(store)


def test_a_sparql_update_is_followed_by_fresh_counts(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path, write=True) as store:
        store.add(*random_article(random.Random(1), 1))
        store.add(
            Article(id="x", text="x", date="2022-05-01"),
            [make_statement(CHINA, "attack", UKRAINE, ATTACK, "China attacked Ukraine.", article="x")],
        )
    apply_update(path, "DELETE WHERE { GRAPH ?g { ?s kg:negated ?n } }")  # breaks statements on purpose
    apply_update(
        path,
        "PREFIX k: <https://w3id.org/kg-ir/ns#> "
        "DELETE { GRAPH ?g { ?s k:quadClass 4 } } INSERT { GRAPH ?g { ?s k:quadClass 3 } } "
        "WHERE { GRAPH ?g { ?s k:quadClass 4 } }",
    )
    with Store(path) as store:
        assert store.has_summary() and store.summary_is_current()
        pairs = store.query(queries.get("conflict-pairs").sparql).dicts()
        assert pairs == []  # no statement says negated false any more


def test_a_failed_update_leaves_the_counts_and_the_marker(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path, write=True) as store:
        store.add(*random_article(random.Random(2), 2))
    from kg.errors import QueryError

    with pytest.raises(QueryError):
        apply_update(path, "INSERT DATA { GRAPH <g> { <a> <b> } }")
    with Store(path) as store:
        assert any(True for _ in store._db.quads_for_pattern(*marker()))
        assert store.summary_is_current()
        assert plain(store.query(queries.get("top-actors").sparql).rows[0][2]) >= 1


def test_batches_give_the_store_that_one_article_at_a_time_gives(tmp_path: Path) -> None:
    rng = random.Random(9)
    items = [random_article(rng, rng.randrange(12)) for _ in range(40)]  # ids repeat: replacements
    with Store(tmp_path / "one", write=True) as one:
        singles = [one.add(article, statements) for article, statements in items]
        expected = set(one.dataset())
    with Store(tmp_path / "many", write=True) as many:
        batched = []
        for start in range(0, len(items), 7):
            batched += many.add_many(items[start : start + 7])
        assert set(many.dataset()) == expected
        assert_counts_match(many)
    assert batched == singles


def test_a_store_without_counts_is_reported_when_read(tmp_path: Path) -> None:
    import warnings

    from click.testing import CliRunner

    import kg
    from kg.cli import cli

    path = tmp_path / "store"
    with Store(path, write=True) as store:
        assert store.lacks_summary() is None  # empty: nothing to count
        store.add(*random_article(random.Random(3), 3))
        assert store.lacks_summary() is None
        store._db.update(f"DROP GRAPH <{SUMMARY_GRAPH}>")  # as a store written by an older kg
    with Store(path) as store:
        assert "run `kg build` on it once more" in store.lacks_summary()
    result = CliRunner().invoke(cli, ["query", "top-actors", "--store", str(path)])
    assert result.exit_code == 0 and f"Warning: the store {path} was written by an older kg" in result.stderr
    quiet = CliRunner().invoke(cli, ["query", "articles", "--store", str(path)])
    assert "Warning" not in quiet.stderr  # a query that does not read the counts
    with pytest.warns(UserWarning, match="lacks the counts"):
        kg.open(path).query("dyads")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kg.open(path).query("articles")
