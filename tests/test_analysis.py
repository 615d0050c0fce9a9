"""kg.analysis on graphs built by hand, where every number is known; the named queries; the commands."""

from __future__ import annotations

import csv
import io
import json
import math
import xml.etree.ElementTree as ET
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from kg import queries
from kg.analysis import (
    Betweenness,
    actor_graph,
    analyze,
    betweenness,
    bucket_start,
    bucket_starts,
    choose_bucket,
    communities,
    directed_graph,
    dyad_series,
    dyads,
    pagerank,
    statements_between,
    statements_within,
)
from kg.cli import main
from kg.errors import QueryError, UnknownActorError
from kg.network import to_networkx
from kg.store import Store
from kg.types import Actor, ActorType, Article, EventClass

from .conftest import ACCUSE, ATTACK, CHINA, MEET, NATO, RUSSIA, UKRAINE, make_statement

AID = EventClass("070", "Provide aid", 2, 7.0)
SANCTION = EventClass("163", "Impose embargo, boycott, or sanctions", 4, -8.0)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def actor(name: str) -> Actor:
    return Actor(name, ActorType.COUNTRY)


def link(
    subject: Actor, obj: Actor, *, event: EventClass = MEET, day: str = "2022-03-09", n: int = 0, **flags
):
    """A statement from ``subject`` to ``obj``; ``n`` keeps statements of the same pair apart."""
    article = Article(id=f"{subject.name}-{obj.name}-{day}-{n}", text="x", title="Test", date=day)
    sentence = f"{subject.name} and {obj.name}, sentence {n}."
    return make_statement(
        subject, "relate to", obj, event=event, article=article, sentence=sentence, start=n, **flags
    )


def two_cliques():
    """Two cliques of four actors joined by one pair (a1 – b1); a1 – a2 has two statements."""
    a = [actor(f"a{i}") for i in range(1, 5)]
    b = [actor(f"b{i}") for i in range(1, 5)]
    statements = [link(x, y) for group in (a, b) for x, y in combinations(group, 2)]
    statements.append(link(a[0], b[0]))
    statements.append(link(a[1], a[0], n=1))
    return statements


# --------------------------------------------------------------------------- centrality


def test_degrees_betweenness_and_communities_of_two_cliques_joined_by_one_pair() -> None:
    result = analyze(two_cliques())
    rows = {row.actor: row for row in result.actors}
    assert result.statements == 14
    assert result.actor_count == 8
    # a1: three clique neighbours and b1; four statements with them plus the second one with a2.
    assert (rows["a1"].degree, rows["a1"].weighted_degree) == (4, 5)
    assert (rows["a2"].degree, rows["a2"].weighted_degree) == (3, 4)
    assert (rows["b1"].degree, rows["b1"].weighted_degree) == (4, 4)
    assert (rows["b2"].degree, rows["b2"].weighted_degree) == (3, 3)
    # Every shortest path from a2..a4 to b1..b4 crosses a1 (and b1): 3 x 4 = 12 of the
    # (8 - 1)(8 - 2) / 2 = 21 pairs that do not include the actor itself.
    assert rows["a1"].betweenness == pytest.approx(12 / 21, abs=1e-12)
    assert rows["b1"].betweenness == pytest.approx(12 / 21, abs=1e-12)
    for name in ("a2", "a3", "a4", "b2", "b3", "b4"):
        assert rows[name].betweenness == 0.0
    assert result.betweenness == Betweenness(exact=True, sources=8, actors=8, seed=None)
    # The two cliques are the two communities; a1 – a2's extra statement makes the a-bloc heavier.
    assert [set(c.members) for c in result.communities] == [
        {"a1", "a2", "a3", "a4"},
        {"b1", "b2", "b3", "b4"},
    ]
    assert [c.statements for c in result.communities] == [7, 6]
    assert result.communities[0].members[0] == "a1"  # most statements first
    assert rows["a3"].community == 1 and rows["b3"].community == 2
    assert math.isclose(sum(row.pagerank for row in result.actors), 1.0, abs_tol=1e-12)


def test_betweenness_of_a_star_and_a_path() -> None:
    hub = actor("Hub")
    leaves = [actor(f"Leaf {i}") for i in range(4)]
    star = actor_graph(to_networkx([link(hub, leaf) for leaf in leaves]))
    scores, method = betweenness(star)
    assert scores["Hub"] == 1.0
    assert all(scores[leaf.name] == 0.0 for leaf in leaves)
    assert method.exact
    x, y, z = actor("X"), actor("Y"), actor("Z")
    path = actor_graph(to_networkx([link(x, y), link(z, y)]))
    assert betweenness(path)[0] == {"X": 0.0, "Y": 1.0, "Z": 0.0}


def test_betweenness_is_estimated_from_a_seeded_sample_above_the_budget() -> None:
    ring = [actor(f"R{i:03d}") for i in range(100)]
    graph = actor_graph(to_networkx([link(ring[i], ring[(i + 1) % 100]) for i in range(100)]))
    exact, how = betweenness(graph)
    assert how.exact and how.describe() == "betweenness: exact (100 actors)"
    first, method = betweenness(graph, budget=100)
    again, _ = betweenness(graph, budget=100)
    assert method == Betweenness(exact=False, sources=64, actors=100, seed=42)
    assert first == again  # the sample is seeded
    assert "approximate" in method.describe() and "64 of 100" in method.describe()
    # On a ring every actor has the same exact betweenness; the estimate is near it.
    assert exact["R000"] == pytest.approx(exact["R050"])
    assert sum(first.values()) / 100 == pytest.approx(exact["R000"], rel=0.05)


def test_pagerank_matches_the_closed_form() -> None:
    a, b, c = actor("A"), actor("B"), actor("C")
    # A → B, B → A, C → A: PR(C) = 0.15/3; PR(A) = (t + d·t) / (1 − d²) with t = 0.05, d = 0.85.
    ranks = pagerank(directed_graph(to_networkx([link(a, b), link(b, a), link(c, a)])))
    assert ranks["C"] == pytest.approx(0.05, abs=1e-12)
    assert ranks["A"] == pytest.approx(0.135 / 0.2775, abs=1e-12)
    assert ranks["B"] == pytest.approx(0.05 + 0.85 * 0.135 / 0.2775, abs=1e-12)
    # Weighted: A → B twice, A → C once, both back to A: PR(A) = t(1 + 2d) / (1 − d²).
    weighted = [link(a, b), link(a, b, n=1), link(a, c), link(b, a), link(c, a)]
    ranks = pagerank(directed_graph(to_networkx(weighted)))
    pr_a = 0.05 * 2.7 / 0.2775
    assert ranks["A"] == pytest.approx(pr_a, abs=1e-12)
    assert ranks["B"] == pytest.approx(0.05 + 0.85 * 2 / 3 * pr_a, abs=1e-12)
    assert ranks["C"] == pytest.approx(0.05 + 0.85 / 3 * pr_a, abs=1e-12)


def test_pagerank_spreads_a_dangling_actor_evenly() -> None:
    # A → B only; B has no statement as subject: x_B = 0.925 / 1.425, x_A = 1 − x_B.
    ranks = pagerank(directed_graph(to_networkx([link(actor("A"), actor("B"))])))
    assert ranks["B"] == pytest.approx(0.925 / 1.425, abs=1e-12)
    assert ranks["A"] == pytest.approx(0.5 / 1.425, abs=1e-12)
    assert pagerank(directed_graph(to_networkx([]))) == {}


def test_statements_of_an_actor_about_itself_count_for_no_measure() -> None:
    lonely = actor("Lonely")
    result = analyze([link(lonely, lonely), link(CHINA, RUSSIA)])
    rows = {row.actor: row for row in result.actors}
    assert (rows["Lonely"].degree, rows["Lonely"].weighted_degree) == (0, 0)
    assert [(d.a, d.b) for d in result.dyads] == [("China", "Russia")]
    assert result.community_count == 2  # Lonely is a bloc of its own


def test_communities_repeat_and_are_numbered_largest_first() -> None:
    simple = actor_graph(to_networkx(two_cliques()))
    assert communities(simple) == communities(simple)
    assert [c.id for c in communities(simple)] == [1, 2]
    assert communities(actor_graph(to_networkx([]))) == ()


# --------------------------------------------------------------------------- dyads


def dyad_statements():
    """China – Russia: +1, +1, +7 and −2 as events; a negated attack and a hypothetical sanction are none."""
    return [
        link(CHINA, RUSSIA, event=MEET, day="2022-03-07"),
        link(RUSSIA, CHINA, event=MEET, day="2022-03-09"),
        link(CHINA, RUSSIA, event=AID, day="2022-03-09", n=1),
        link(RUSSIA, CHINA, event=ACCUSE, day="2022-03-20"),
        link(CHINA, RUSSIA, event=ATTACK, day="2022-03-20", n=1, negated=True),
        link(RUSSIA, CHINA, event=SANCTION, day="2022-03-20", n=2, hypothetical=True),
        link(RUSSIA, UKRAINE, event=ATTACK, day="2022-03-09"),
        link(RUSSIA, UKRAINE, event=ATTACK, day="2022-03-10", n=1),
        link(NATO, RUSSIA, event=ACCUSE, day="2022-03-10"),
    ]


def test_dyads_count_statements_and_sum_goldstein_over_events() -> None:
    rows = {(d.a, d.b): d for d in dyads(to_networkx(dyad_statements()))}
    china_russia = rows[("China", "Russia")]
    assert china_russia.statements == 6
    assert (china_russia.a_to_b, china_russia.b_to_a) == (3, 3)
    assert china_russia.events == 4
    assert (
        china_russia.verbal_cooperation,
        china_russia.material_cooperation,
        china_russia.verbal_conflict,
        china_russia.material_conflict,
    ) == (2, 1, 1, 0)
    assert china_russia.goldstein_sum == 7.0  # 1 + 1 + 7 − 2
    assert china_russia.goldstein_mean == 1.75
    assert (china_russia.first, china_russia.last) == ("2022-03-07", "2022-03-20")
    russia_ukraine = rows[("Russia", "Ukraine")]
    assert (russia_ukraine.statements, russia_ukraine.material_conflict) == (2, 2)
    assert (russia_ukraine.goldstein_sum, russia_ukraine.goldstein_mean) == (-20.0, -10.0)
    assert rows[("NATO", "Russia")].a_to_b == 1
    ordered = dyads(to_networkx(dyad_statements()))
    assert [(d.a, d.b) for d in ordered] == [("China", "Russia"), ("Russia", "Ukraine"), ("NATO", "Russia")]


def test_a_dyad_without_events_has_no_mean() -> None:
    (row,) = dyads(to_networkx([link(CHINA, NATO, event=ACCUSE, negated=True)]))
    assert (row.statements, row.events, row.goldstein_sum, row.goldstein_mean) == (1, 0, 0.0, None)


def test_dyad_series_by_week_keeps_empty_weeks_and_starts_on_monday() -> None:
    series = dyad_series(dyad_statements(), "Russia", "China", bucket="week")
    assert (series.a, series.b, series.bucket) == ("China", "Russia", "week")
    # 2022-03-07 is a Monday; the 20th a Sunday, in the week of the 14th.
    assert [p.start for p in series.points] == ["2022-03-07", "2022-03-14"]
    first, second = series.points
    assert (first.statements, first.events, first.goldstein_sum, first.goldstein_mean) == (3, 3, 9.0, 3.0)
    assert (second.statements, second.events, second.goldstein_sum, second.goldstein_mean) == (
        3,
        1,
        -2.0,
        -2.0,
    )
    assert (second.verbal_conflict, second.material_conflict) == (1, 0)
    assert len(series.events) == 6 and series.undated == 0
    assert [e.date for e in series.events] == sorted(e.date for e in series.events)
    assert series.total.goldstein_sum == 7.0


def test_dyad_series_auto_picks_days_for_a_short_span_and_fills_the_gaps() -> None:
    series = dyad_series(dyad_statements(), "China", "Russia")
    assert series.bucket == "day"
    assert len(series.points) == 14  # the 7th to the 20th
    by_day = {p.start: p for p in series.points}
    assert by_day["2022-03-08"].statements == 0 and by_day["2022-03-08"].goldstein_mean is None
    assert by_day["2022-03-09"].goldstein_sum == 8.0
    month = dyad_series(dyad_statements(), "China", "Russia", bucket="month")
    assert [(p.start, p.statements, p.goldstein_sum) for p in month.points] == [("2022-03-01", 6, 7.0)]


def test_undated_statements_are_listed_but_not_plotted() -> None:
    article = Article(id="undated", text="x", title=None, date=None)
    undated = make_statement(CHINA, "meet", RUSSIA, event=MEET, article=article)
    series = dyad_series([*dyad_statements(), undated], "China", "Russia")
    assert series.undated == 1
    assert series.events[-1].date == ""  # undated last
    assert sum(p.statements for p in series.points) == 6
    only_undated = dyad_series([undated], "China", "Russia")
    assert only_undated.points == () and only_undated.undated == 1


def test_choose_bucket_by_span() -> None:
    start = date(2022, 1, 1)
    assert choose_bucket(start, start) == "day"
    assert choose_bucket(start, date(2022, 3, 3)) == "day"  # 62 days
    assert choose_bucket(start, date(2022, 3, 4)) == "week"
    assert choose_bucket(start, date(2023, 1, 1)) == "week"  # 366 days
    assert choose_bucket(start, date(2023, 1, 2)) == "month"


def test_bucket_starts_cross_months_and_years() -> None:
    assert [d.isoformat() for d in bucket_starts(date(2021, 11, 30), date(2022, 2, 1), "month")] == [
        "2021-11-01",
        "2021-12-01",
        "2022-01-01",
        "2022-02-01",
    ]
    assert bucket_start(date(2022, 1, 2), "week") == date(2021, 12, 27)  # a Sunday, in Monday's week
    with pytest.raises(QueryError):
        bucket_start(date(2022, 1, 2), "fortnight")
    with pytest.raises(QueryError):
        dyad_series(dyad_statements(), "China", "Russia", bucket="year")


def test_dyad_actors_are_found_by_name_code_case_or_alias() -> None:
    graph = to_networkx(dyad_statements())
    series = dyad_series(graph, "China", "Russia")
    for a, b in (("china", "RUS"), ("Beijing", "the Kremlin"), ("RUS", "CHN")):  # capital metonyms too
        assert dyad_series(graph, a, b) == series
    with pytest.raises(UnknownActorError, match="no actor 'Rusia'; the closest known names are: Russia"):
        dyad_series(graph, "China", "Rusia")
    with pytest.raises(QueryError, match="two different actors"):
        dyad_series(graph, "China", "Beijing")


def test_subsets_for_community_and_dyad_views() -> None:
    statements = dyad_statements()
    assert len(statements_between(statements, "China", "Russia")) == 6
    assert statements_between(statements, "China", "China") == []
    assert len(statements_within(statements, ["Russia", "Ukraine", "NATO"])) == 3


def test_top_ranked_and_plain_data() -> None:
    result = analyze(dyad_statements())
    assert [row.actor for row in result.ranked("degree")][:1] == ["Russia"]
    short = result.top(1, by="weighted")
    assert len(short.actors) == len(short.dyads) == len(short.communities) == 1
    assert short.actors[0].actor == "Russia"
    assert len(result.top(0).actors) == result.actor_count
    with pytest.raises(QueryError):
        result.ranked("fame")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["meta"]["statements"] == 9 and data["meta"]["first"] == "2022-03-07"
    assert data["dyads"][0]["goldstein_sum"] == 7.0


def test_frames_need_pandas() -> None:
    result = analyze(dyad_statements())
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pandas"):
            result.frames()
    else:
        frames = result.frames()
        assert len(frames["dyads"]) == result.dyad_count


# --------------------------------------------------------------------------- store and SPARQL


@pytest.fixture
def dyad_store(tmp_path: Path) -> Path:
    """A store of the dyad statements, one article per statement (actors repeat across graphs)."""
    path = tmp_path / "store"
    with Store(path, write=True) as store:
        for stmt in dyad_statements():
            article = Article(id=stmt.article_id, text="x", title="Test", date=stmt.date)
            store.add(article, [stmt])
    return path


def test_the_dyads_query_agrees_with_the_python_analysis(dyad_store: Path) -> None:
    with Store(dyad_store) as store:
        rows = store.query(queries.get("dyads").sparql).dicts()
        python = dyads(to_networkx(store.statements()))
    assert [(r["a"], r["b"]) for r in rows] == [(d.a, d.b) for d in python]
    for row, dyad in zip(rows, python, strict=True):
        for name in (
            "statements",
            "a_to_b",
            "b_to_a",
            "events",
            "verbal_cooperation",
            "material_cooperation",
        ):
            assert row[name] == getattr(dyad, name), name
        assert (row["verbal_conflict"], row["material_conflict"]) == (
            dyad.verbal_conflict,
            dyad.material_conflict,
        )
        assert row["goldstein_sum"] == pytest.approx(dyad.goldstein_sum)
        assert row["goldstein_mean"] == pytest.approx(dyad.goldstein_mean)
        assert (row["first"], row["last"]) == (dyad.first, dyad.last)


def test_the_dyad_query_gives_the_daily_series(dyad_store: Path) -> None:
    named = queries.get("dyad")
    with Store(dyad_store) as store:
        rows = store.query(
            named.sparql, bindings=queries.bind(store, named, {"a": "Russia", "b": "China"})
        ).dicts()
    assert [(r["date"], r["statements"], r["events"], r["goldstein_sum"]) for r in rows] == [
        ("2022-03-07", 1, 1, 1.0),
        ("2022-03-09", 2, 2, 8.0),
        ("2022-03-20", 3, 1, -2.0),
    ]
    assert rows[2]["goldstein_mean"] == -2.0
    series = dyad_series(to_networkx(dyad_statements()), "China", "Russia")
    by_day = {p.start: p for p in series.points}
    for row in rows:
        assert by_day[row["date"]].goldstein_sum == row["goldstein_sum"]


# --------------------------------------------------------------------------- commands


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_kg_analyze_prints_the_tables(dyad_store: Path, capsys) -> None:
    code, out, err = run(capsys, "analyze", "--store", str(dyad_store), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["meta"]["statements"] == 9
    assert (data["dyads"][0]["a"], data["dyads"][0]["goldstein_sum"]) == ("China", 7.0)
    assert {row["actor"] for row in data["actors"]} == {"China", "Russia", "Ukraine", "NATO"}

    code, out, err = run(capsys, "analyze", "--store", str(dyad_store), "--format", "csv", "--table", "dyads")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["a"] == "China" and rows[0]["Goldstein sum"] == "7.0" and rows[0]["mean"] == "1.75"

    code, out, err = run(capsys, "analyze", "--store", str(dyad_store), "--top", "2", "--sort", "degree")
    assert code == 0, err
    assert "Central actors" in out and "Communities" in out and "Dyads" in out
    assert "betweenness: exact" in err

    code, out, err = run(
        capsys, "analyze", "--store", str(dyad_store), "--since", "2022-03-15", "--format", "json"
    )
    assert code == 0, err
    assert json.loads(out)["meta"]["statements"] == 3


def test_kg_dyad_writes_real_png_and_svg_plots(dyad_store: Path, tmp_path: Path, capsys) -> None:
    png = tmp_path / "plots" / "china-russia.png"
    code, out, err = run(capsys, "dyad", "China", "Russia", "--store", str(dyad_store), "--out", str(png))
    assert code == 0, err
    assert png.read_bytes().startswith(PNG_MAGIC)
    assert "Statements between China and Russia" in out and f"wrote {png}" in err

    svg = tmp_path / "china-russia.svg"
    code, out, err = run(
        capsys, "dyad", "china", "RUS", "--store", str(dyad_store), "--out", str(svg), "--bucket", "week"
    )
    assert code == 0, err
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "China – Russia by week" in out

    code, out, err = run(
        capsys, "dyad", "China", "Russia", "--store", str(dyad_store), "--out", str(svg), "--format", "json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["total"]["goldstein_sum"] == 7.0 and len(data["events"]) == 6


def test_kg_dyad_names_an_unknown_actor(dyad_store: Path, tmp_path: Path, capsys) -> None:
    code, _, err = run(
        capsys, "dyad", "China", "Atlantis", "--store", str(dyad_store), "--out", str(tmp_path / "x.png")
    )
    assert code == 1
    assert "Atlantis" in err and "Traceback" not in err
    code, _, err = run(
        capsys, "dyad", "China", "Russia", "--store", str(dyad_store), "--out", str(tmp_path / "x.gif")
    )
    assert code == 1 and ".png or .svg" in err


@pytest.mark.slow
def test_the_demo_store_has_a_china_russia_dyad(demo_store: Path, tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "analyze", "--store", str(demo_store), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["meta"]["statements"] > 0 and data["actors"]
    pairs = {(row["a"], row["b"]) for row in data["dyads"]}
    assert ("China", "Russia") in pairs
    plot = tmp_path / "dyad.png"
    code, out, err = run(capsys, "dyad", "China", "Russia", "--store", str(demo_store), "--out", str(plot))
    assert code == 0, err
    assert plot.read_bytes().startswith(PNG_MAGIC)
