"""The same question asked through the three doors gives the same answer.

The doors are the CLI (``main`` through click's CliRunner), the Python API
(``kg.open``) and the HTTP server (uvicorn in a subprocess on 127.0.0.1). Each
test asks one question of one store through each door and compares what comes
back: every named query (with names, aliases, codes and IRIs for actors, and
partial dates), the graph views (actor aliases, date ranges: undated
statements are left out of a range), and the errors (a bad date names the
value and the accepted forms, an unknown actor the closest names).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click
import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import DATE_FORMS, DateError, KGError, UnknownActorError
from kg.queries import named_queries
from kg.rdf import actor_iri
from kg.store import Store, plain
from kg.types import Article

from .conftest import ATTACK, CHINA, MEET, NATO, RUSSIA, UKRAINE, ZHAO, make_statement
from .test_server import real_server

# --------------------------------------------------------------------------- one store, three doors

ARTICLES = (
    Article(id="a1", text="China accused NATO of provocations.", title="One", date="2022-03-09"),
    Article(id="a2", text="Russia attacked Ukraine at dawn.", title="Two", date="2022-02-24"),
    Article(id="a3", text="Zhao Lijian met Russian envoys.", title="Three", date="2023-01-10"),
    Article(id="a4", text="China met Russia.", title="Undated", date=None),
    Article(id="a5", text="Russia accused NATO.", title="Five", date="2022-03-31"),
)
STATEMENTS = {
    "a1": [(CHINA, "accuse", NATO, None)],
    "a2": [(RUSSIA, "attack", UKRAINE, ATTACK)],
    "a3": [(ZHAO, "meet", RUSSIA, MEET)],
    "a4": [(CHINA, "meet", RUSSIA, MEET)],
    "a5": [(RUSSIA, "accuse", NATO, None)],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("doors") / "store"
    with Store(path, write=True) as opened:
        for article in ARTICLES:
            stmts = [
                make_statement(
                    s, rel, o, **({"event": ev} if ev else {}), article=article, sentence=article.text
                )
                for s, rel, o, ev in STATEMENTS[article.id]
            ]
            opened.add(article, stmts)
    return path


@pytest.fixture(scope="module")
def http(store: Path, tmp_path_factory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("log") / "server.log"
    with real_server(store, log, workers=1, timeout=30.0) as base:
        yield base


def cli(*args: str) -> tuple[int, str, str]:
    """``kg ARGS`` through the entry point of the console script, in this process."""
    result = CliRunner().invoke(_entry, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def _entry(ctx: click.Context) -> None:
    main(ctx.args)


def http_rows(response: httpx.Response) -> list[dict[str, Any]]:
    """SPARQL JSON results as rows of plain values, as the CLI and the API give them."""
    assert response.status_code == 200, response.text
    solutions = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
    names = [v.value for v in solutions.variables]
    return [{name: plain(solution[name]) for name in names} for solution in solutions]


# --------------------------------------------------------------------------- named queries

#: Every named query, with example values, and actors as names, aliases, codes and IRIs, dates as periods.
CASES: tuple[tuple[str, dict[str, str]], ...] = (
    ("actor", {"name": "China"}),
    ("actor", {"name": "Beijing"}),
    ("actor", {"name": "CHN"}),
    ("actor", {"name": str(actor_iri("Russia"))}),
    ("affiliation", {"person": "zhao lijian"}),
    ("articles", {}),
    ("between", {"a": "the Kremlin", "b": "Kyiv"}),
    ("between", {"a": "China", "b": "Russia"}),
    ("conflict-pairs", {}),
    ("date-range", {"since": "2022", "until": "2022-03"}),
    ("date-range", {"since": "2022-03-09", "until": "2022-03-09"}),
    ("date-range", {"since": "2022-03", "until": "2023"}),
    ("dyad", {"a": "Chinese", "b": "RUS"}),
    ("dyads", {}),
    ("top-actors", {}),
    ("who-accused", {"target": "nato"}),
    ("who-accused", {"target": "North Atlantic Treaty Organization"}),
)


def test_the_cases_cover_every_named_query_that_kg_query_list_shows() -> None:
    code, out, _ = cli("query", "--list")
    listed = {line.split()[0] for line in out.splitlines() if line and not line.startswith(" ")}
    assert code == 0 and listed == set(named_queries()) == {name for name, _ in CASES}


@pytest.mark.parametrize(("name", "values"), CASES, ids=[f"{n}-{'-'.join(v.values())}" for n, v in CASES])
def test_a_named_query_answers_the_same_at_every_door(store: Path, http: str, name, values) -> None:
    binds = [arg for key, value in values.items() for arg in ("--bind", f"{key}={value}")]
    code, out, err = cli("query", name, *binds, "--store", str(store), "--format", "json")
    assert code == 0, err
    by_cli = json.loads(out)
    by_api = kg.open(store).query(name, **values)
    by_http = http_rows(
        httpx.get(f"{http}/queries/{name}", params=values, headers={"accept": "application/json"})
    )
    assert by_cli == by_api == by_http
    for fmt in ("csv", "table"):  # one formatter: the API's text is the CLI's, byte for byte
        code, out, _ = cli("query", name, *binds, "--store", str(store), "--format", fmt)
        assert out == kg.open(store).formatted(name, fmt, **values)


def test_aliases_codes_and_iris_of_an_actor_give_the_answers_of_its_name(store: Path) -> None:
    graph = kg.open(store)
    china = graph.query("actor", name="China")
    assert china and all(
        graph.query("actor", name=alias) == china for alias in ("Beijing", "CHN", "cn", "chinese")
    )
    assert (
        graph.query("between", a="the Kremlin", b="Kyiv")
        == graph.query("between", a="Russia", b="Ukraine")
        != []
    )


def test_a_period_is_its_first_to_its_last_day_and_undated_articles_are_left_out(store: Path) -> None:
    graph = kg.open(store)
    march = graph.query("date-range", since="2022-03", until="2022-03")
    assert [row["date"] for row in march] == ["2022-03-09", "2022-03-31"]
    everything = graph.query("date-range", since="0001", until="9999")
    assert {row["title"] for row in everything} == {"One", "Two", "Three", "Five"}  # not the undated one


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("name", "values", "error", "message"),
    [
        (
            "date-range",
            {"since": "March", "until": "2022"},
            DateError,
            f"since: 'March' is not a date; give {DATE_FORMS}",
        ),
        (
            "date-range",
            {"since": "2022", "until": "2022-02-30"},
            DateError,
            "until: '2022-02-30' is not a date (day",
        ),
        (
            "date-range",
            {"since": "2023", "until": "2022"},
            DateError,
            "since 2023-01-01 is after until 2022-12-31",
        ),
        ("who-accused", {"target": "Atlantis"}, UnknownActorError, "no actor 'Atlantis'"),
        (
            "who-accused",
            {"target": "Rusia"},
            UnknownActorError,
            "no actor 'Rusia'; the closest known names are: Russia",
        ),
        ("who-accused", {}, KGError, "who-accused needs --bind target="),
        ("no-such-query", {}, KGError, "no named query 'no-such-query'"),
    ],
)
def test_a_bad_value_is_the_same_clear_error_at_every_door(
    store: Path, http: str, name, values, error, message
) -> None:
    binds = [arg for key, value in values.items() for arg in ("--bind", f"{key}={value}")]
    code, _, err = cli("query", name, *binds, "--store", str(store))
    assert code == 1 and err.startswith(f"Error: {message}") and "Traceback" not in err
    with pytest.raises(error) as caught:
        kg.open(store).query(name, **values)
    assert str(caught.value).startswith(message)
    response = httpx.get(f"{http}/queries/{name}", params=values)
    assert response.status_code == (404 if name == "no-such-query" else 400)
    assert response.text.startswith(message)
    assert err.removeprefix("Error: ") == str(caught.value) + "\n" == response.text


# --------------------------------------------------------------------------- views


def page_data(html: str) -> dict[str, Any]:
    found = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S)
    assert found, "no data in the page"
    return json.loads(found.group(1))


VIEWS: tuple[dict[str, Any], ...] = (
    {},
    {"actor": "Beijing"},
    {"actor": "the Kremlin", "depth": 2},
    {"actor": "rus", "since": "2022-03"},
    {"since": "2022", "until": "2022-03"},
    {"until": "2022-02"},
)


@pytest.mark.parametrize("options", VIEWS, ids=[json.dumps(o) for o in VIEWS])
def test_a_view_is_the_same_page_at_every_door(store: Path, http: str, tmp_path: Path, options) -> None:
    args = [arg for key, value in options.items() for arg in (f"--{key}", str(value))]
    code, out, err = cli("view", "--store", str(store), "--out", str(tmp_path / "cli.html"), *args)
    assert code == 0, err
    by_cli = Path(out.strip()).read_text(encoding="utf-8")
    by_api = kg.open(store).view(tmp_path / "api.html", **options).read_text(encoding="utf-8")
    params = {key: value for key, value in options.items() if key != "actor"}
    url = f"{http}/actor/{options['actor']}" if "actor" in options else f"{http}/"
    response = httpx.get(url, params=params)
    assert response.status_code == 200, response.text
    assert page_data(by_cli) == page_data(by_api) == page_data(response.text)
    assert by_cli == by_api == response.text


def test_a_view_of_a_period_leaves_undated_statements_out(store: Path, tmp_path: Path) -> None:
    graph = kg.open(store)
    everything = page_data(graph.view(tmp_path / "all.html").read_text(encoding="utf-8"))["meta"]
    assert everything["statements"] == 5
    since = page_data(graph.view(tmp_path / "since.html", since="2000").read_text(encoding="utf-8"))["meta"]
    assert since["statements"] == 4 and since["filters"]["since"] == "2000-01-01"
    focus = page_data(graph.view(tmp_path / "focus.html", actor="Beijing").read_text(encoding="utf-8"))
    assert focus["meta"]["filters"]["actor"] == "China"


@pytest.mark.parametrize(
    ("options", "message", "status"),
    [
        ({"since": "March"}, f"'March' is not a date; give {DATE_FORMS}", 400),
        ({"until": "2022-13"}, "'2022-13' is not a date (month must be in 1..12)", 400),
        ({"actor": "Atlantis"}, "no actor 'Atlantis'", 404),
        ({"actor": "Paris"}, "no actor 'Paris': France has no statements in this view", 404),
        (
            {"actor": "Zhao Lijian", "until": "2022"},  # he speaks in 2023 only
            "no actor 'Zhao Lijian': Zhao Lijian has no statements in",
            404,
        ),
    ],
)
def test_a_bad_view_option_is_the_same_clear_error_at_every_door(
    store: Path, http: str, tmp_path: Path, options, message, status
) -> None:
    args = [arg for key, value in options.items() for arg in (f"--{key}", value)]
    code, _, err = cli("view", "--store", str(store), "--out", str(tmp_path / "x.html"), *args)
    assert code == (1 if "actor" in options else 2)  # a bad option value is a usage error
    assert message in err and "Traceback" not in err
    with pytest.raises((DateError, UnknownActorError), match=re.escape(message)):
        kg.open(store).view(tmp_path / "x.html", **options)
    params = {key: value for key, value in options.items() if key != "actor"}
    url = f"{http}/actor/{options['actor']}" if "actor" in options else f"{http}/"
    response = httpx.get(url, params=params)
    assert response.status_code == status and message in response.text
    assert not (tmp_path / "x.html").exists()


# --------------------------------------------------------------------------- analysis: the CLI and the API


@pytest.mark.parametrize(
    "dates", [{}, {"since": "2022-03"}, {"until": "2022"}, {"since": "2022", "until": "2022-03"}]
)
def test_analyze_and_dyad_follow_the_same_date_rule_from_the_cli_and_the_api(
    store: Path, tmp_path: Path, dates
) -> None:
    args = [arg for key, value in dates.items() for arg in (f"--{key}", value)]
    graph = kg.open(store)
    code, out, err = cli("analyze", "--store", str(store), "--format", "json", *args)
    assert code == 0, err
    assert json.loads(out) == json.loads(json.dumps(graph.analyze(**dates).top(20).to_dict()))
    code, out, err = cli(
        "dyad",
        "Beijing",
        "the Kremlin",
        "--store",
        str(store),
        "--format",
        "json",
        "--out",
        str(tmp_path / "d.png"),
        *args,
    )
    assert code == 0, err
    series = graph.dyad("China", "Russia", **dates)
    assert json.loads(out) == json.loads(json.dumps(asdict(series)))
    assert series.undated == (0 if dates else 1)  # the undated "China met Russia" only without a range
