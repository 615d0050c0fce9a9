"""Named queries on a hand-made store of several articles: exact answers, and counts that stay counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import queries
from kg.errors import DateError, ParameterError, QueryError
from kg.store import Store
from kg.types import Article

from .conftest import ATTACK, CHINA, MEET, NATO, RUSSIA, UKRAINE, ZHAO, make_statement


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with Store(path, write=True) as store:
        for n, day in enumerate(("2022-03-01", "2022-03-05", "2022-04-10")):
            text = f"Article {n}: China accused NATO. Russia attacked Ukraine. Zhao met Russia."
            article = Article(id=f"art-{n}", text=text, title=f"Title {n}", date=day)
            store.add(
                article,
                [
                    make_statement(
                        CHINA, "accuse", NATO, article=article, sentence="China accused NATO.", start=12
                    ),
                    make_statement(
                        RUSSIA,
                        "attack",
                        UKRAINE,
                        event=ATTACK,
                        article=article,
                        start=32,
                        sentence="Russia attacked Ukraine.",
                    ),
                    make_statement(
                        ZHAO,
                        "meet",
                        RUSSIA,
                        event=MEET,
                        article=article,
                        start=57,
                        sentence="Zhao met Russia.",
                        negated=n == 2,
                    ),
                ],
            )
    return path


def ask(path: Path, name: str, **values: str) -> list[dict]:
    with Store(path) as store:
        named = queries.get(name)
        return store.query(named.sparql, bindings=queries.bind(store, named, values)).dicts()


def test_conflict_pairs_count_each_statement_once(store_path: Path) -> None:
    rows = {(r["subject"], r["object"]): r for r in ask(store_path, "conflict-pairs")}
    assert set(rows) == {("China", "NATO"), ("Russia", "Ukraine")}
    assert (
        rows["China", "NATO"]["statements"],
        rows["China", "NATO"]["verbal"],
        rows["China", "NATO"]["material"],
    ) == (3, 3, 0)
    assert (rows["Russia", "Ukraine"]["statements"], rows["Russia", "Ukraine"]["material"]) == (3, 3)


def test_top_actors_counts(store_path: Path) -> None:
    counts = {r["actor"]: r["statements"] for r in ask(store_path, "top-actors")}
    assert counts == {"Russia": 6, "China": 3, "NATO": 3, "Ukraine": 3, "Zhao Lijian": 3}


def test_between_either_direction(store_path: Path) -> None:
    rows = ask(store_path, "between", a="Russia", b="Zhao Lijian")
    assert len(rows) == 3
    assert sorted(r["negated"] for r in rows) == [False, False, True]


def test_date_range_is_inclusive(store_path: Path) -> None:
    rows = ask(store_path, "date-range", since="2022-03-01", until="2022-03-05")
    assert {r["date"] for r in rows} == {"2022-03-01", "2022-03-05"}
    assert len(rows) == 6
    assert ask(store_path, "date-range", since="2022-03-02", until="2022-03-04") == []


def test_affiliation_and_who_accused(store_path: Path) -> None:
    assert ask(store_path, "affiliation", person="Zhao Lijian") == [
        {"name": "Zhao Lijian", "affiliation": "China", "role": "foreign ministry spokesman"}
    ]
    assert {r["accuser"] for r in ask(store_path, "who-accused", target="NATO")} == {"China"}
    assert ask(store_path, "who-accused", target="Ukraine") == []


def test_articles_listed_with_counts(store_path: Path) -> None:
    rows = ask(store_path, "articles")
    assert [(r["id"], r["statements"]) for r in rows] == [("art-0", 3), ("art-1", 3), ("art-2", 3)]


def test_parameter_errors(store_path: Path) -> None:
    with Store(store_path) as store:
        with pytest.raises(ParameterError, match="needs --bind b"):
            queries.bind(store, queries.get("between"), {"a": "China"})
        with pytest.raises(DateError, match="since: 'March' is not a date; give YYYY, YYYY-MM or YYYY-MM-DD"):
            queries.bind(store, queries.get("date-range"), {"since": "March", "until": "2022-01-01"})
    with pytest.raises(QueryError, match="no named query"):
        queries.get("nope")


def test_every_shipped_query_names_and_describes_itself() -> None:
    """``kg query --list`` and the query page show each query's name and description from its header."""
    for name, named in queries.named_queries().items():
        text = named.sparql
        assert text.startswith(f"# name: {name}\n# description: "), name
        assert len(named.description) > 20, name


def test_every_shipped_query_answers_its_examples(store_path: Path) -> None:
    """Each named query, bound to the examples its file gives, finds rows in a store that holds them."""
    examples = {"b": "NATO"}  # the store has no China–Russia statement: pair China with NATO
    with Store(store_path) as store:
        for named in queries.named_queries().values():
            assert all(p.example for p in named.params), f"{named.name}: a parameter without an example"
            values = {p.name: examples.get(p.name, p.example) for p in named.params}
            rows = store.query(named.sparql, bindings=queries.bind(store, named, values))
            assert rows.variables and len(rows) > 0, named.name
            assert all(len(row) == len(rows.variables) for row in rows.rows), named.name
