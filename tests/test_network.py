"""Tests of kg.network (graphs, filters, cap, layout) and kg.export_graph (files read back)."""

from __future__ import annotations

import csv
import math
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from kg.errors import DateError, QueryError, UnknownActorError
from kg.export_graph import (
    NODE_COLUMNS,
    STATEMENT_COLUMNS,
    spreadsheet_safe,
    write_csv,
    write_gexf,
    write_graphml,
    write_nodes_csv,
)
from kg.network import (
    CAMEO_ROOT_NAMES,
    aggregate,
    filter_statements,
    filter_weight,
    find_actor,
    force_layout,
    importance,
    layout,
    neighbourhood,
    select_top,
    to_networkx,
)
from kg.rdf import actor_iri
from kg.types import Actor, ActorType, EventClass, Statement

from .conftest import ACCUSE, CHINA, MEET, NATO, RUSSIA, UKRAINE, ZHAO, make_statement

USA = Actor("United States", ActorType.COUNTRY, code="USA")
CRITICIZE = EventClass("111", "Criticize or denounce", 3, -2.0)
AID = EventClass("07", "Provide aid", 2, 7.0)
FIGHT = EventClass("19", "Fight", 4, -10.0)


@pytest.fixture
def statements() -> list[Statement]:
    return [
        make_statement(ZHAO, "accuse", NATO, ACCUSE, "Zhao accused NATO of pushing Russia."),
        make_statement(
            CHINA, "accuse", NATO, ACCUSE, "China accused NATO again.", date="2022-03-10", article="a2"
        ),
        make_statement(
            CHINA, "criticize", NATO, CRITICIZE, "China criticized NATO.", date="2022-03-10", article="a2"
        ),
        make_statement(
            CHINA,
            "condemn",
            RUSSIA,
            CRITICIZE,
            "China refused to condemn Russia.",
            negated=True,
            title="A test article",
        ),
        make_statement(
            RUSSIA, "attack", UKRAINE, FIGHT, "Russia attacked Ukraine.", date="2022-03-01", article="a3"
        ),
        make_statement(
            CHINA,
            "provide aid to",
            UKRAINE,
            AID,
            "China will provide aid to Ukraine.",
            date=None,
            article="a4",
        ),
        make_statement(
            USA,
            "meet with",
            CHINA,
            MEET,
            "The United States met with China.",
            date="2022-03-05",
            article="a5",
        ),
    ]


# --------------------------------------------------------------------------- to_networkx


def test_to_networkx_has_one_edge_per_statement_and_counts_per_actor(statements):
    graph = to_networkx(statements)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_edges() == len(statements) == graph.graph["statements"]
    assert sorted(graph) == ["China", "NATO", "Russia", "Ukraine", "United States", "Zhao Lijian"]
    assert graph.nodes["China"]["statements"] == 5
    assert graph.nodes["NATO"]["statements"] == 3
    assert graph.nodes["Zhao Lijian"] == {
        "label": "Zhao Lijian",
        "type": "Person",
        "code": "",
        "affiliation": "China",
        "role": "foreign ministry spokesman",
        "statements": 1,
    }
    edges = graph.get_edge_data("China", "Russia")
    assert len(edges) == 1
    (attrs,) = edges.values()
    assert attrs["relation"] == "condemn"
    assert attrs["cameo"] == "111" and attrs["root"] == "11" and attrs["quad_class"] == 3
    assert attrs["negated"] is True and attrs["hypothetical"] is False
    assert attrs["sentence"] == "China refused to condemn Russia."
    assert attrs["date"] == "2022-03-09" and attrs["article"] == "a1" and attrs["title"] == "A test article"


def test_to_networkx_attributes_are_graphml_legal(statements):
    graph = to_networkx(statements)
    values = [v for _, attrs in graph.nodes(data=True) for v in attrs.values()]
    values += [v for *_, attrs in graph.edges(keys=True, data=True) for v in attrs.values()]
    assert values and all(isinstance(v, str | int | float | bool) for v in values)


def test_actor_seen_twice_is_one_node_and_gains_missing_fields():
    bare = Actor("Zhao Lijian", ActorType.PERSON)
    graph = to_networkx(
        [
            make_statement(bare, "accuse", NATO, ACCUSE, "Zhao Lijian did accuse NATO."),
            make_statement(ZHAO, "criticize", NATO, CRITICIZE, "Zhao Lijian did criticize NATO."),
        ]
    )
    assert len(graph) == 2
    assert graph.nodes["Zhao Lijian"]["affiliation"] == "China"
    assert graph.nodes["Zhao Lijian"]["statements"] == 2


def test_self_loop_counts_the_actor_once():
    graph = to_networkx([make_statement(CHINA, "criticize", CHINA, CRITICIZE, "China did criticize China.")])
    assert graph.nodes["China"]["statements"] == 1


# --------------------------------------------------------------------------- aggregate


def test_aggregate_keeps_one_edge_per_subject_root_object(statements):
    graph = aggregate(statements)
    assert graph.graph["statements"] == len(statements)
    # China→NATO: "accuse" (112) and "criticize" (111) share the root 11.
    assert list(graph.get_edge_data("China", "NATO")) == ["11"]
    edge = graph.edges["China", "NATO", "11"]
    assert edge["weight"] == 2
    assert edge["relations"] == (("accuse", 1), ("criticize", 1))
    assert edge["cameo_name"] == "Disapprove" == CAMEO_ROOT_NAMES["11"]
    assert edge["quad_class"] == 3
    assert edge["dates"] == (("2022-03-10", 2),)
    assert edge["articles"] == ("a2",)
    assert [e.sentence for e in edge["evidence"]] == ["China accused NATO again.", "China criticized NATO."]
    assert graph.number_of_edges() == 6


def test_aggregate_negated_only_when_every_statement_is():
    graph = aggregate(
        [
            make_statement(CHINA, "condemn", RUSSIA, CRITICIZE, "One.", negated=True),
            make_statement(CHINA, "condemn", RUSSIA, CRITICIZE, "Two.", negated=True),
            make_statement(CHINA, "criticize", UKRAINE, CRITICIZE, "Three.", negated=True),
            make_statement(CHINA, "criticize", UKRAINE, CRITICIZE, "Four."),
        ]
    )
    assert graph.edges["China", "Russia", "11"]["negated"] is True
    assert graph.edges["China", "Ukraine", "11"]["negated"] is False
    assert graph.edges["China", "Ukraine", "11"]["negated_count"] == 1


def test_aggregate_relations_most_frequent_first_and_goldstein_mean():
    graph = aggregate(
        [
            make_statement(CHINA, "criticize", NATO, CRITICIZE, "A."),
            make_statement(CHINA, "accuse", NATO, EventClass("112", "Accuse", 3, -4.0), "B."),
            make_statement(CHINA, "accuse", NATO, EventClass("112", "Accuse", 3, -4.0), "C."),
        ]
    )
    edge = graph.edges["China", "NATO", "11"]
    assert edge["relation"] == "accuse"
    assert edge["relations"] == (("accuse", 2), ("criticize", 1))
    assert edge["goldstein"] == pytest.approx(-10.0 / 3)


def test_aggregate_evidence_is_distinct_newest_first_and_capped():
    same = "China accused NATO."
    stmts = [make_statement(CHINA, "accuse", NATO, ACCUSE, same, date="2022-03-01") for _ in range(3)]
    stmts += [
        make_statement(CHINA, "accuse", NATO, ACCUSE, f"Sentence {i}.", date=f"2022-03-{10 + i}")
        for i in range(6)
    ]
    stmts.append(make_statement(CHINA, "accuse", NATO, ACCUSE, "Undated.", date=None))
    edge = aggregate(stmts, max_evidence=4).edges["China", "NATO", "11"]
    assert edge["weight"] == 10
    assert [e.date for e in edge["evidence"]] == ["2022-03-15", "2022-03-14", "2022-03-13", "2022-03-12"]
    full = aggregate(stmts).edges["China", "NATO", "11"]["evidence"]
    assert [e.sentence for e in full].count(same) == 1
    assert full[-1].sentence == "Undated." and full[-1].date == ""
    assert len(full) == 8


# --------------------------------------------------------------------------- filters


def test_filter_dates_inclusive_and_drop_undated(statements):
    kept = filter_statements(statements, since="2022-03-05", until="2022-03-09")
    assert sorted(s.date for s in kept) == ["2022-03-05", "2022-03-09", "2022-03-09"]
    assert len(filter_statements(statements, since="2022-03-10")) == 2
    assert len(filter_statements(statements, until="2022-03-01")) == 1
    assert filter_statements(statements) == statements


def test_filter_cameo_matches_codes_under_a_root_and_pads(statements):
    assert {s.relation for s in filter_statements(statements, cameo=["11"])} == {
        "accuse",
        "criticize",
        "condemn",
    }
    assert {s.relation for s in filter_statements(statements, cameo=["112"])} == {"accuse"}
    assert [s.relation for s in filter_statements(statements, cameo=["7"])] == ["provide aid to"]
    assert len(filter_statements(statements, cameo=["04", "19"])) == 2


def test_filter_quad(statements):
    assert {s.event.quad_class for s in filter_statements(statements, quad=[3, 4])} == {3, 4}
    assert len(filter_statements(statements, quad=[2])) == 1


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"since": "March 9"}, "since: 'March 9' is not a date; give YYYY, YYYY-MM or YYYY-MM-DD"),
        ({"until": "2022-13-01"}, "until: '2022-13-01' is not a date (month must be in 1..12)"),
        ({"since": "2022-03-10", "until": "2022-03-01"}, "since 2022-03-10 is after until 2022-03-01"),
    ],
)
def test_filter_rejects_bad_dates_naming_the_value(statements, options, message):
    with pytest.raises(DateError) as caught:
        filter_statements(statements, **options)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    "options",
    [
        {"cameo": ["21"]},
        {"cameo": ["abc"]},
        {"quad": [5]},
    ],
)
def test_filter_rejects_bad_options(statements, options):
    with pytest.raises(QueryError):
        filter_statements(statements, **options)


def test_find_actor_by_name_case_or_code(statements):
    graph = aggregate(statements)
    assert find_actor(graph, "China") == "China"
    assert find_actor(graph, "united states") == "United States"
    assert find_actor(graph, "usa") == "United States"
    assert find_actor(graph, "Beijing") == "China"  # a gazetteer alias, as at every door
    assert find_actor(graph, str(actor_iri("China"))) == "China"
    with pytest.raises(UnknownActorError, match="closest known names are: Ukraine"):
        find_actor(graph, "Ukrain")
    with pytest.raises(UnknownActorError, match="no actor 'Atlantis'"):
        find_actor(graph, "Atlantis")
    with pytest.raises(UnknownActorError, match="France has no statements in the graph"):
        find_actor(graph, "Paris")


def test_neighbourhood_follows_both_directions_to_depth(statements):
    graph = aggregate(statements)
    assert sorted(neighbourhood(graph, "Russia", depth=0)) == ["Russia"]
    assert sorted(neighbourhood(graph, "Russia", depth=1)) == ["China", "Russia", "Ukraine"]
    two = neighbourhood(graph, "russia", depth=2)
    assert sorted(two) == ["China", "NATO", "Russia", "Ukraine", "United States"]
    # Edges among the kept actors come along, with their aggregated attributes.
    assert two.edges["China", "NATO", "11"]["weight"] == 2
    with pytest.raises(QueryError):
        neighbourhood(graph, "Russia", depth=-1)


def test_filter_weight_drops_light_edges_and_lonely_actors(statements):
    graph = filter_weight(aggregate(statements), 2)
    assert list(graph.edges(keys=True)) == [("China", "NATO", "11")]
    assert sorted(graph) == ["China", "NATO"]
    assert graph.graph["statements"] == 2
    assert filter_weight(aggregate(statements), 1).number_of_edges() == 6
    with pytest.raises(QueryError):
        filter_weight(aggregate(statements), 0)


# --------------------------------------------------------------------------- cap


def star(centre: Actor, spokes: int, *, prefix: str) -> list[Statement]:
    return [
        make_statement(centre, "meet with", Actor(f"{prefix}{i}", ActorType.PERSON), MEET, f"{prefix} {i}.")
        for i in range(spokes)
    ]


def test_select_top_keeps_most_statements_and_reports_the_rest():
    stmts = star(CHINA, 4, prefix="c") + star(RUSSIA, 2, prefix="r")
    stmts += [make_statement(CHINA, "meet with", RUSSIA, MEET, "Summit.")] * 3
    graph = aggregate(stmts)
    assert importance(graph)[:2] == ["China", "Russia"]
    selection = select_top(graph, 3)
    assert sorted(selection.graph) == ["China", "Russia", "c0"]  # c0…c3 tie: names decide
    assert selection.omitted == ("c1", "c2", "c3", "r0", "r1")
    assert selection.omitted_statements == 5
    assert selection.total_actors == 8 and selection.total_statements == 9
    assert not selection.complete
    assert selection.graph.graph["statements"] == 4


def test_select_top_is_deterministic_whatever_the_input_order():
    stmts = star(CHINA, 6, prefix="c") + star(RUSSIA, 6, prefix="r")
    first = select_top(aggregate(stmts), 5)
    again = select_top(aggregate(list(reversed(stmts))), 5)
    assert sorted(first.graph) == sorted(again.graph)
    assert first.omitted == again.omitted


def test_select_top_keeps_the_focus_actor_and_no_cap_keeps_all():
    stmts = [
        *star(CHINA, 5, prefix="c"),
        make_statement(
            USA, "meet with", Actor("x", ActorType.PERSON), MEET, "United States did meet with x."
        ),
    ]
    graph = aggregate(stmts)
    selection = select_top(graph, 2, keep=["United States"])
    assert "United States" in selection.graph and "China" in selection.graph
    assert len(selection.graph) == 2
    whole = select_top(graph, None)
    assert whole.complete and whole.graph is graph
    assert select_top(graph, 100).complete
    with pytest.raises(QueryError):
        select_top(graph, 0)


# --------------------------------------------------------------------------- layout


def test_layout_places_every_node_and_keeps_components_apart(statements):
    graph = aggregate(statements + star(Actor("Atlantis", ActorType.COUNTRY), 3, prefix="at"))
    pos = layout(graph)
    assert set(pos) == set(graph)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    components = list(nx.weakly_connected_components(graph))
    assert len(components) == 2
    boxes = []
    for nodes in components:
        xs, ys = zip(*(pos[n] for n in nodes), strict=True)
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    (a, b) = boxes
    assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]  # bounding boxes do not overlap


def test_layout_same_graph_same_positions(statements):
    assert layout(aggregate(statements)) == layout(aggregate(list(reversed(statements))))


def test_layout_does_not_depend_on_the_hash_seed(tmp_path):
    # Sets iterate in an order that varies with PYTHONHASHSEED; the layout must not.
    code = (
        "import networkx as nx; from kg.network import layout;"
        "g = nx.Graph([('a','b'),('b','c'),('x','y'),('p','q'),('q','r'),('r','p')]);"
        "print(sorted(layout(g).items()))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_force_layout_puts_neighbours_closer_than_strangers():
    # Ten rings of 100 nodes with a few links between rings: neighbours should be close.
    graph = nx.Graph()
    for ring in range(10):
        nodes = [ring * 100 + i for i in range(100)]
        graph.add_edges_from(zip(nodes, nodes[1:] + nodes[:1], strict=True))
        graph.add_edge(ring * 100, ((ring + 1) % 10) * 100 + 50)
    edges = np.array(list(graph.edges()), dtype=np.int64)
    pos = force_layout(len(graph), edges, seed=3)
    assert pos.shape == (1000, 2) and np.isfinite(pos).all()
    neighbour = np.linalg.norm(pos[edges[:, 0]] - pos[edges[:, 1]], axis=1).mean()
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, 1000, 5000), rng.integers(0, 1000, 5000)
    stranger = np.linalg.norm(pos[a] - pos[b], axis=1).mean()
    assert neighbour * 5 < stranger
    # Repulsion keeps nodes from piling up: few pairs closer than a tenth of an edge.
    sample = pos[rng.choice(1000, 300, replace=False)]
    gaps = np.linalg.norm(sample[:, None] - sample[None], axis=2)[np.triu_indices(300, 1)]
    assert (gaps < neighbour / 10).mean() < 0.01


def test_large_component_layout_is_quick_and_spread():
    graph = nx.barabasi_albert_graph(3000, 2, seed=2)
    pos = layout(graph)
    points = np.array(list(pos.values()))
    width, height = points.max(axis=0) - points.min(axis=0)
    # About one unit² per node.
    assert 0.3 < width * height / len(points) < 3


# --------------------------------------------------------------------------- exports


def test_graphml_reads_back_with_every_statement(tmp_path, statements):
    path = write_graphml(tmp_path / "g.graphml", statements)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.number_of_edges() == len(statements)
    assert graph.nodes["Zhao Lijian"]["affiliation"] == "China"
    assert graph.nodes["China"]["statements"] == 5
    negated = [d for _, _, d in graph.edges(data=True) if d["negated"]]
    assert [d["sentence"] for d in negated] == ["China refused to condemn Russia."]
    assert {d["date"] for _, _, d in graph.edges(data=True)} >= {"2022-03-09", ""}


def test_gexf_reads_back_with_every_statement(tmp_path, statements):
    path = write_gexf(tmp_path / "g.gexf", statements)
    graph = nx.read_gexf(path)
    assert graph.number_of_edges() == len(statements)
    assert graph.nodes["NATO"]["type"] == "Organization"
    relations = sorted(d["relation"] for _, _, d in graph.edges(data=True))
    assert relations == sorted(s.relation for s in statements)
    offsets = {d["sentence_end"] for _, _, d in graph.edges(data=True)}
    assert offsets == {len(s.sentence) for s in statements}


def test_exports_hold_hostile_text_as_text(tmp_path):
    nasty = 'He said <script>alert("x")</script> & left "quoted" \x85 text.'
    stmts = [make_statement(CHINA, "accuse", NATO, ACCUSE, nasty, title="<b>T</b>")]
    graphml = nx.read_graphml(write_graphml(tmp_path / "n.graphml", stmts), force_multigraph=True)
    gexf = nx.read_gexf(write_gexf(tmp_path / "n.gexf", stmts))
    for graph in (graphml, gexf):
        ((_, _, data),) = graph.edges(data=True)
        assert data["sentence"] == nasty and data["title"] == "<b>T</b>"


def test_xml_exports_replace_characters_xml_cannot_hold(tmp_path):
    odd = Actor("Bad\x0bName", ActorType.GROUP)
    stmts = [
        make_statement(odd, "accuse", NATO, ACCUSE, "Form\x0cfeed, nul\x00 and a lone \ud800 surrogate.")
    ]
    for graph in (
        nx.read_graphml(write_graphml(tmp_path / "x.graphml", stmts), force_multigraph=True),
        nx.read_gexf(write_gexf(tmp_path / "x.gexf", stmts)),
    ):
        assert sorted(graph) == ["Bad\ufffdName", "NATO"]
        ((_, _, data),) = graph.edges(data=True)
        assert data["sentence"] == "Form\ufffdfeed, nul\ufffd and a lone \ufffd surrogate."
    with open(write_csv(tmp_path / "x.csv", stmts), encoding="utf-8", newline="") as fh:
        (row,) = csv.DictReader(fh)
    assert row["sentence"] == "Form\x0cfeed, nul\x00 and a lone ? surrogate."


def test_csv_has_one_row_per_statement_with_every_field(tmp_path, statements):
    path = write_csv(tmp_path / "s.csv", statements)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == STATEMENT_COLUMNS
    assert len(rows) == len(statements)
    first = rows[0]
    assert first["subject"] == "Zhao Lijian" and first["subject_affiliation"] == "China"
    assert first["object"] == "NATO" and first["object_type"] == "Organization"
    assert first["cameo"] == "112" and first["root"] == "11" and first["goldstein"] == "-2.0"
    assert [r["negated"] for r in rows].count("True") == 1
    assert rows[5]["date"] == ""


def test_csv_defuses_spreadsheet_formulas(tmp_path):
    stmts = [make_statement(CHINA, "accuse", NATO, ACCUSE, '=HYPERLINK("http://x.test")', title="@SUM(A1)")]
    with open(write_csv(tmp_path / "s.csv", stmts), encoding="utf-8", newline="") as fh:
        (row,) = csv.DictReader(fh)
    assert row["sentence"] == '\'=HYPERLINK("http://x.test")' and row["title"] == "'@SUM(A1)"
    assert row["goldstein"] == "-2.0"  # numbers stay numbers
    with open(write_csv(tmp_path / "raw.csv", stmts, spreadsheet=False), encoding="utf-8", newline="") as fh:
        (raw,) = csv.DictReader(fh)
    assert raw["sentence"] == '=HYPERLINK("http://x.test")'
    assert spreadsheet_safe("-5 dead") == "'-5 dead" and spreadsheet_safe("China") == "China"


def test_nodes_csv_lists_actors_by_statements(tmp_path, statements):
    with open(write_nodes_csv(tmp_path / "n.csv", statements), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == NODE_COLUMNS
    assert [r["name"] for r in rows[:2]] == ["China", "NATO"]
    assert rows[0]["statements"] == "5" and rows[0]["code"] == "CHN"
    assert len(rows) == 6


def test_export_replaces_a_file_whole_and_leaves_no_temporary(tmp_path, statements):
    path = tmp_path / "out" / "g.graphml"
    write_graphml(path, statements[:1])
    write_graphml(path, statements)
    assert nx.read_graphml(path, force_multigraph=True).number_of_edges() == len(statements)
    assert [p.name for p in path.parent.iterdir()] == ["g.graphml"]


def test_export_that_fails_keeps_the_old_file(tmp_path, statements):
    path = tmp_path / "s.csv"
    write_csv(path, statements)
    before = path.read_bytes()

    def broken():
        yield statements[0]
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        write_csv(path, broken())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.csv"]


def test_export_to_an_unwritable_place_raises_export_error(tmp_path, statements):
    from kg.errors import ExportError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError):
        write_graphml(blocker / "g.graphml", statements)
    assert Path(blocker).read_text() == "not a folder"
