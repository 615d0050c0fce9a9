"""The competency questions, as shipped named queries, on the demo store (the example article)."""

from __future__ import annotations

import pytest

from kg import queries
from kg.store import Store

pytestmark = pytest.mark.slow


def ask(store_path, name: str, **values: str) -> list[dict]:
    with Store(store_path) as store:
        named = queries.get(name)
        return store.query(named.sparql, bindings=queries.bind(store, named, values)).dicts()


def test_q1_who_accused_nato(demo_store) -> None:
    rows = ask(demo_store, "who-accused", target="NATO")
    assert {r["accuser"] for r in rows} == {"China", "Zhao Lijian"}
    assert all("NATO" in r["sentence"] and r["date"] == "2022-03-09" for r in rows)
    # aliases and case name the same actor
    assert ask(demo_store, "who-accused", target="nato") == rows


def test_q2_statements_between_china_and_russia(demo_store) -> None:
    rows = ask(demo_store, "between", a="China", b="Russia")
    assert rows
    assert all({r["subject"], r["object"]} == {"China", "Russia"} for r in rows)
    assert all(isinstance(r["negated"], bool) and r["sentence"] and r["date"] == "2022-03-09" for r in rows)
    # either direction, and the same answer whichever way round it is asked
    assert sorted(map(str, rows)) == sorted(map(str, ask(demo_store, "between", a="Moscow", b="Beijing")))


def test_q3_actors_ranked_by_statements(demo_store) -> None:
    rows = ask(demo_store, "top-actors")
    counts = [r["statements"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert rows[0]["actor"] in {"China", "Russia"}
    with Store(demo_store) as store:
        total = store.stats().statements
    # every statement has two ends: the counts add up to twice the statements
    assert sum(counts) == 2 * total


def test_q4_conflict_per_pair(demo_store) -> None:
    rows = ask(demo_store, "conflict-pairs")
    pairs = {(r["subject"], r["object"]) for r in rows}
    assert ("China", "NATO") in pairs and ("Russia", "Ukraine") in pairs
    for r in rows:
        assert r["statements"] == r["verbal"] + r["material"] > 0


def test_q5_affiliation_of_a_person(demo_store) -> None:
    rows = ask(demo_store, "affiliation", person="Zhao Lijian")
    assert {r["affiliation"] for r in rows} == {"China"}
    assert any("spokesman" in (r["role"] or "") for r in rows)


def test_q6_statements_between_two_dates(demo_store) -> None:
    inside = ask(demo_store, "date-range", since="2022-03-01", until="2022-03-31")
    with Store(demo_store) as store:
        total = store.stats().statements
    assert len({(r["subject"], r["relation"], r["object"], r["sentence"]) for r in inside}) == total
    assert ask(demo_store, "date-range", since="2022-03-10", until="2023-01-01") == []
    assert len(ask(demo_store, "date-range", since="2022-03-09", until="2022-03-09")) == len(inside)
