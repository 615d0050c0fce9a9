"""The command line, run in-process with click's CliRunner on real files and a real store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import EXIT_SKIPPED, cli, main

from .conftest import SEED

pytestmark = pytest.mark.slow

TEXT = "Russia attacked Ukraine on Monday.\n\nChina did not condemn Russia.\n"


def run(*args: str, input: bytes | str | None = None) -> tuple[int, str, str]:
    """Run `kg ARGS` through the same entry point as the console script."""
    runner = CliRunner()
    result = runner.invoke(_entry, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def _entry(ctx: click.Context) -> None:
    main(ctx.args)


def test_every_command_has_help() -> None:
    assert cli.help
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, name
        code, out, _ = run(name, "--help")
        assert code == 0 and "Usage:" in out, name
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                assert param.help, f"{name} {param.opts} has no help"


def test_extract_jsonl_contract(tmp_path: Path) -> None:
    code, out, _ = run("extract", str(SEED), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records
    for rec in records:
        for key in (
            "subject",
            "relation",
            "object",
            "subject_type",
            "object_type",
            "negated",
            "cameo",
            "sentence",
            "article",
        ):
            assert key in rec, key
        assert rec["cameo"][:2].isdigit() and 1 <= int(rec["cameo"][:2]) <= 20
        assert rec["sentence"] in SEED.read_text(encoding="utf-8")
    assert {"subject": "China", "object": "NATO"}.items() <= next(
        r for r in records if r["relation"].startswith("accuse")
    ).items()


def test_extract_table_and_ttl_from_stdin() -> None:
    code, out, _ = run("extract", "-", "--format", "table", input=TEXT)
    assert code == 0 and "Russia" in out and "Ukraine" in out
    code, out, _ = run("extract", "-", "--format", "ttl", input=TEXT)
    assert code == 0
    graph = Graph().parse(data=out, format="turtle")
    assert len(graph) > 10


def test_build_query_view_stats_export(tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "out"
    code, _, err = run("build", str(SEED.parent), "--store", str(store), "--out", str(out))
    assert code == 0, err
    assert "1 articles added" in err
    assert (out / "graph.ttl").exists() and (out / "graph.html").exists()
    assert len(Graph().parse(out / "graph.ttl")) > 50

    # again: nothing new
    code, _, err = run(
        "build", str(SEED.parent), "--store", str(store), "--out", str(out), "--format", "trig"
    )
    assert code == 0 and "0 articles added, 0 replaced, 1 unchanged" in err
    assert len(list(Dataset().parse(out / "graph.trig", format="trig").quads())) > 50

    code, text, _ = run("stats", "--store", str(store), "--format", "json")
    counts = json.loads(text)
    assert counts["articles"] == 1 and counts["statements"] > 3 and counts["actors"] > 3

    code, text, _ = run(
        "query", "who-accused", "--bind", "target=nato", "--store", str(store), "--format", "csv"
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["accuser"] for r in rows} <= {"China", "Zhao Lijian"} and rows

    sparql = tmp_path / "q.rq"
    sparql.write_text(
        "SELECT ?iso WHERE { ?c a kg:Country ; rdfs:label ?name ; kg:isoCode ?iso } ORDER BY ?iso"
    )
    code, text, _ = run("query", f"@{sparql}", "--store", str(store), "--format", "json")
    isos = [r["iso"] for r in json.loads(text)]
    assert {"CHN", "RUS", "UKR"} <= set(isos) and isos == sorted(isos)

    code, text, _ = run(
        "query", "SELECT ?n WHERE { ?s kg:negated ?n } LIMIT 1", "--store", str(store), "--format", "tsv"
    )
    assert code == 0 and text.splitlines()[0] == "n"

    code, text, _ = run("query", "ASK { ?s a kg:Statement }", "--store", str(store))
    assert text.strip() == "true"

    code, text, _ = run(
        "view", "--store", str(store), "--actor", "Beijing", "--out", str(tmp_path / "china.html")
    )
    assert code == 0 and (tmp_path / "china.html").stat().st_size > 1000

    for fmt, reader in (
        ("turtle", lambda p: len(Graph().parse(p))),
        ("nquads", lambda p: len(list(Dataset().parse(p, format="nquads").quads()))),
        ("jsonld", lambda p: len(list(Dataset().parse(p, format="json-ld").quads()))),
        ("graphml", lambda p: len(__import__("networkx").read_graphml(p))),
        ("gexf", lambda p: len(__import__("networkx").read_gexf(p))),
        ("csv", lambda p: len(list(csv.DictReader(io.StringIO(p.read_text(encoding="utf-8")))))),
    ):
        target = tmp_path / f"export.{fmt}"
        code, _, err = run("export", "--store", str(store), "--format", fmt, "--out", str(target))
        assert code == 0, (fmt, err)
        assert reader(target) > 0, fmt


def test_every_input_kind(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("Russia and Iran\n\nIran attacked Israel on Tuesday.\n", encoding="utf-8")
    (src / "sub" / "b.html").write_text(
        "<html><head><title>Talks</title><script>var x = 'France attacked Spain';</script></head>"
        "<body><nav>Home</nav><article><p>Germany criticized Hungary over the vote.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    (src / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "Japan condemned North Korea.", "date": "2024-05-01"})
        + "\n{not json\n"
        + json.dumps({"id": "c2", "title": "Aid", "text": "Canada sent aid to Haiti."})
        + "\n",
        encoding="utf-8",
    )
    (src / "d.json").write_text(
        json.dumps({"id": "d1", "text": "India accused Pakistan of shelling."}), encoding="utf-8"
    )
    store = tmp_path / "store"
    code, _, err = run("build", str(src), "--store", str(store), "--no-outputs")
    assert code == EXIT_SKIPPED  # the malformed JSON line
    assert "c.jsonl:2" in err
    code, text, _ = run(
        "query",
        "SELECT ?id WHERE { ?a kg:articleId ?id } ORDER BY ?id",
        "--store",
        str(store),
        "--format",
        "csv",
    )
    ids = text.split()[1:]
    assert len(ids) == 5 and "c1" in ids and "c2" in ids and "d1" in ids
    code, text, _ = run(
        "query",
        'SELECT ?s WHERE { ?s kg:sentence ?t FILTER(CONTAINS(?t, "Spain")) }',
        "--store",
        str(store),
        "--format",
        "csv",
    )
    assert text.split() == ["s"]  # script text is not article text


def test_bad_inputs_are_named_and_skipped(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Egypt hosted talks with Sudan.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, _, err = run(
        "build",
        str(good),
        str(empty),
        str(binary),
        str(tmp_path / "missing.txt"),
        "--store",
        str(tmp_path / "s"),
        "--no-outputs",
    )
    assert code == EXIT_SKIPPED
    for name in ("empty.txt", "image.txt", "missing.txt"):
        assert name in err
    assert "Traceback" not in err
    code, text, _ = run("stats", "--store", str(tmp_path / "s"), "--format", "json")
    assert json.loads(text)["articles"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("query", "SELECT nonsense", "--store", "{store}"), "SPARQL syntax error"),
        (("query", "who-accused", "--store", "{store}"), "needs --bind target"),
        (("query", "no-such-query-name", "--store", "{store}"), "no named query 'no-such-query-name'"),
        (("query", "between", "--bind", "a=China", "--bind", "c=x", "--store", "{store}"), "no parameter c"),
        (
            (
                "query",
                "date-range",
                "--bind",
                "since=yesterday",
                "--bind",
                "until=2022-01-01",
                "--store",
                "{store}",
            ),
            "not a date",
        ),
        (("stats", "--store", "{missing}"), "no store at"),
        (("query", "@{missing}/q.rq", "--store", "{store}"), "cannot read the query file"),
        (("build", "x.txt", "--date", "not-a-date", "--store", "{store}"), "date"),
    ],
)
def test_errors_are_messages_not_tracebacks(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    store = tmp_path / "store"
    run("build", "-", "--store", str(store), "--no-outputs", input="Chile criticized Peru.\n")
    filled = [a.format(store=store, missing=tmp_path / "missing") for a in args]
    code, out, err = run(*filled)
    assert code != 0
    assert message in err
    assert "Traceback" not in err + out


SERVE_OPTIONS = ("--workers", "1", "--memory")


def test_serve_answers_sparql_and_refuses_updates(tmp_path: Path) -> None:
    """The real command, with one query process serving from memory."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

    store = tmp_path / "store"
    run("build", "-", "--store", str(store), "--no-outputs", input="Chile criticized Peru.\n")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port), *SERVE_OPTIONS],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(
                    url,
                    params={"query": "SELECT ?l WHERE { ?x a kg:Country ; rdfs:label ?l }"},
                    headers={"Accept": "application/sparql-results+json"},
                    timeout=10,
                )
                if answer.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "kg serve did not come up"
            time.sleep(0.3)
        labels = {b["l"]["value"] for b in answer.json()["results"]["bindings"]}
        assert labels == {"Chile", "Peru"}
        assert httpx.post(url, data={"update": "DROP ALL"}, timeout=10).status_code == 403
    finally:
        proc.terminate()
        proc.wait(30)
