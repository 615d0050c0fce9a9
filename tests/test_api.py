"""The public Python API: what ``import kg`` offers (``__all__``) and what each part promises."""

from __future__ import annotations

import importlib.metadata
import inspect
import json
import sys
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg.api import KnowledgeGraph
from kg.pipeline import BuildReport

from .conftest import EXAMPLES, SEED

PUBLIC = [
    "Actor",
    "ActorType",
    "Article",
    "DateError",
    "EventClass",
    "KGError",
    "KnowledgeGraph",
    "Statement",
    "UnknownActorError",
    "__version__",
    "analyze",
    "extract",
    "open",
]


def test_all_names_exactly_the_public_api() -> None:
    assert sorted(kg.__all__) == sorted(PUBLIC)
    namespace: dict[str, object] = {}
    exec("from kg import *", namespace)
    assert sorted(name for name in namespace if name != "__builtins__") == sorted(PUBLIC)
    assert kg.__version__ == importlib.metadata.version("kg")
    assert issubclass(kg.DateError, kg.KGError) and issubclass(kg.UnknownActorError, kg.KGError)


def test_every_public_callable_is_documented_and_takes_its_options_by_keyword() -> None:
    methods = [
        m for name, m in inspect.getmembers(KnowledgeGraph, inspect.isfunction) if not name.startswith("_")
    ]
    for function in [kg.extract, kg.open, kg.analyze, *methods]:
        assert function.__doc__ and len(function.__doc__) > 20, function.__qualname__
    for method in (
        KnowledgeGraph.statements,
        KnowledgeGraph.view,
        KnowledgeGraph.analyze,
        KnowledgeGraph.report,
    ):
        params = list(inspect.signature(method).parameters.values())[1:]
        positional = [
            p.name
            for p in params
            if p.kind is not inspect.Parameter.KEYWORD_ONLY and p.kind is not p.VAR_KEYWORD
        ]
        assert positional in ([], ["path"]), (method.__qualname__, positional)
    dyad = inspect.signature(KnowledgeGraph.dyad).parameters
    assert [p for p in dyad if dyad[p].kind is not inspect.Parameter.KEYWORD_ONLY] == ["self", "a", "b"]


def test_open_names_a_store_without_opening_it(tmp_path: Path) -> None:
    graph = kg.open(tmp_path / "nothing-yet")
    assert isinstance(graph, KnowledgeGraph) and graph.path == tmp_path / "nothing-yet"
    assert repr(graph) == f"KnowledgeGraph({str(tmp_path / 'nothing-yet')!r})"
    assert not (tmp_path / "nothing-yet").exists()
    with pytest.raises(kg.KGError, match="no store at"):
        graph.stats()


@pytest.mark.slow
def test_extract_gives_typed_statements_and_stores_nothing(nlp, tmp_path: Path) -> None:
    import kg.extract

    assert callable(kg.extract) and kg.extract is kg.api.extract
    assert sys.modules["kg.extract"].extract_articles  # the module is still there for those who import it
    statements = kg.extract("Russia attacked Ukraine. China did not condemn Russia.", date="2022-03-09")
    assert [(s.subject.name, s.relation, s.object.name, s.negated) for s in statements] == [
        ("Russia", "attack", "Ukraine", False),
        ("China", "condemn", "Russia", True),
    ]
    assert all(isinstance(s, kg.Statement) and isinstance(s.subject, kg.Actor) for s in statements)
    assert {s.date for s in statements} == {"2022-03-09"}


@pytest.fixture(scope="module")
def graph(tmp_path_factory, nlp) -> KnowledgeGraph:
    """A store filled through the API: a folder and Article objects, through the one build path."""
    graph = kg.open(tmp_path_factory.mktemp("api") / "store")
    report = graph.add(
        [
            EXAMPLES,
            kg.Article(id="undated", text="China met Russia in Beijing.", title="Undated"),
            kg.Article(id="later", text="Russia attacked Ukraine again.", title="Later", date="2023-05-01"),
        ]
    )
    assert isinstance(report, BuildReport)
    assert (report.added, report.replaced, report.unchanged, report.skipped) == (3, 0, 0, [])
    assert report.statements == len(graph.statements()) and report.failed_sentences == 0
    return graph


def test_add_takes_articles_and_paths_and_skips_what_is_stored(graph: KnowledgeGraph) -> None:
    again = graph.add(
        [
            SEED,
            kg.Article(id="later", text="Russia attacked Ukraine again.", title="Later", date="2023-05-01"),
        ]
    )
    assert (again.added, again.unchanged, again.parsed, again.statements) == (0, 2, 0, 0)
    changed = graph.add(
        [kg.Article(id="later", text="Russia attacked Ukraine once more.", title="Later", date="2023-05-01")]
    )
    assert (changed.replaced, changed.statements) == (1, 1)
    assert graph.stats().articles == 3


def test_statements_follow_the_date_rule(graph: KnowledgeGraph) -> None:
    everything = graph.statements()
    assert list(graph) == everything
    assert any(s.date is None for s in everything)  # the undated article
    assert everything[-1].date is None  # oldest first, undated last
    since = graph.statements(since="2022")
    assert since and all(s.date for s in since) and len(since) == len(everything) - 1
    assert [s.date for s in graph.statements(since="2023")] == ["2023-05-01"]
    assert graph.statements(since="2022-03", until="2022-03") == [
        s for s in since if s.date.startswith("2022-03")
    ]
    with pytest.raises(kg.DateError, match="'March' is not a date"):
        graph.statements(since="March")


def test_actor_resolves_names_aliases_codes_and_iris(graph: KnowledgeGraph) -> None:
    china = graph.actor("China")
    assert (
        graph.actor("Beijing")
        == graph.actor("chn")
        == graph.actor("https://w3id.org/kg-ir/id/actor/China")
        == china
    )
    assert graph.actor("zhao lijian").name == "Zhao Lijian"
    with pytest.raises(kg.UnknownActorError, match="closest known names are: Zhao Lijian"):
        graph.actor("Zhao")


def test_query_and_formatted_answer_named_queries_and_sparql(graph: KnowledgeGraph) -> None:
    rows = graph.query("who-accused", target="nato")
    assert {row["accuser"] for row in rows} == {"China", "Zhao Lijian"}
    assert json.loads(graph.formatted("who-accused", "json", target="NATO")) == rows
    csv = graph.formatted("who-accused", "csv", target="NATO").splitlines()
    assert csv[0] == "accuser,relation,negated,sentence,date,title" and len(csv) == len(rows) + 1
    labels = [
        row["l"] for row in graph.query("SELECT ?l WHERE { ?x a kg:Person ; rdfs:label ?l } ORDER BY ?l")
    ]
    assert labels == sorted(labels) and {"Vladimir Putin", "Xi Jinping", "Zhao Lijian"} <= set(labels)
    assert graph.formatted("ASK { ?x rdfs:label 'China' }", "csv") == "true\n"
    turtle = graph.formatted("CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a kg:Country ; rdfs:label ?l }")
    assert "China" in turtle
    with pytest.raises(kg.KGError, match="returns rows"):
        graph.query("CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x rdfs:label ?l }")
    with pytest.raises(kg.KGError, match="answers come as"):
        graph.formatted("articles", "xml")


def test_view_writes_the_page_of_an_alias_and_refuses_bad_dates(
    graph: KnowledgeGraph, tmp_path: Path
) -> None:
    path = graph.view(tmp_path / "china.html", actor="Beijing", depth=1, since="2022")
    assert path == tmp_path / "china.html" and "Zhao Lijian" in path.read_text(encoding="utf-8")
    with pytest.raises(kg.DateError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        graph.view(tmp_path / "bad.html", since="last week")
    assert not (tmp_path / "bad.html").exists()


def test_analyze_dyad_report_and_networkx(graph: KnowledgeGraph, tmp_path: Path) -> None:
    analysis = graph.analyze()
    assert analysis.statements == len(graph.statements())
    assert kg.analyze(graph.path).to_dict() == analysis.to_dict() == kg.analyze(graph.statements()).to_dict()
    assert graph.analyze(since="2022").statements == analysis.statements - 1  # not the undated one
    series = graph.dyad("Beijing", "the Kremlin")
    assert (series.a, series.b, series.undated) == ("China", "Russia", 1)
    assert graph.dyad("China", "Russia", since="2022").undated == 0
    report = graph.report(tmp_path / "report.html", top=5, plots=1)
    assert report.exists() and "Central actors" in report.read_text(encoding="utf-8")
    network = graph.to_networkx()
    assert isinstance(network, nx.MultiDiGraph) and network.number_of_edges() == analysis.statements
