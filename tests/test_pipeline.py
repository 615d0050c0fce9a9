"""The build: batches, worker processes, skip-by-hash, order of commits, memory zones, the summary."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.compare import graph_diff, isomorphic

from bench.corpus import articles as corpus_articles
from kg.cli import cli
from kg.errors import KGError
from kg.extractors import Extracted, extract_batch
from kg.ingest import read_articles
from kg.pipeline import build, make_extractor, skip_kind
from kg.rdf import ACTORS_GRAPH
from kg.store import AddResult, Store
from kg.summary import SUMMARY_GRAPH
from kg.types import Article
from kg.vocab import KG

from .conftest import SEED

# --- helpers shared with test_distributed and test_robustness -------------------------


def write_corpus(path: Path, n: int, *, seed: int = 11, extra: list[dict] | None = None) -> Path:
    """``n`` short corpus articles (one or two paragraphs each) as JSON lines, then ``extra`` records."""
    records = list(corpus_articles(n, seed=seed, min_paragraphs=1, max_paragraphs=2))
    with open(path, "w", encoding="utf-8") as file:
        for record in [*records, *(extra or [])]:
            file.write(json.dumps(record) + "\n")
    return path


def dump_dataset(store_path: Path, tmp_path: Path) -> Dataset:
    """The store's article graphs, through an N-Quads dump, as an rdflib dataset."""
    out = tmp_path / f"{store_path.name}-dump.nq"
    with Store(store_path) as store:
        store.dump(out, fmt=ox.RdfFormat.N_QUADS)
    dataset = Dataset()
    dataset.parse(out, format="nquads")
    return dataset


def assert_same_dataset(left: Dataset, right: Dataset) -> None:
    """The same named graphs, each isomorphic (the differences printed when not)."""
    names = {g.identifier for g in left.graphs() if len(g)}
    assert names == {g.identifier for g in right.graphs() if len(g)}
    for name in names:
        a, b = left.graph(URIRef(name)), right.graph(URIRef(name))
        if not isomorphic(a, b):
            _both, only_left, only_right = graph_diff(a, b)
            pytest.fail(
                f"graph {name} differs:\nonly left:\n{only_left.serialize(format='nt')}\n"
                f"only right:\n{only_right.serialize(format='nt')}"
            )


def incomplete_articles(store: Store) -> list[str]:
    """Article graphs that are not whole: not exactly one article id, a statementCount other than
    the number of statements the graph holds, or a statement whose actors are not described;
    and the summary graph when its counts differ from the statements'."""
    quads = list(store.dataset())
    described = {
        q.subject
        for q in quads
        if q.graph_name.value == str(ACTORS_GRAPH) and q.predicate.value == str(RDFS.label)
    }
    problems = []
    for name, group in itertools.groupby(quads, key=lambda q: q.graph_name.value):
        if name in (str(ACTORS_GRAPH), str(SUMMARY_GRAPH)):
            continue
        group = list(group)
        ids = [q for q in group if q.predicate.value == str(KG.articleId)]
        counts = [int(q.object.value) for q in group if q.predicate.value == str(KG.statementCount)]
        statements = {
            q.subject
            for q in group
            if q.predicate.value == str(RDF.type) and q.object.value == str(KG.Statement)
        }
        ends = {q.object for q in group if q.predicate.value in (str(KG.subject), str(KG.object))}
        if len(ids) != 1 or counts != [len(statements)] or not ends <= described:
            problems.append(name)
    if not store.summary_is_current():
        problems.append(str(SUMMARY_GRAPH))
    return problems


# --- building ---------------------------------------------------------------------------


@pytest.mark.slow
def test_worker_processes_give_the_same_store_as_one_process(tmp_path: Path, nlp) -> None:
    first = next(corpus_articles(1, seed=11, min_paragraphs=1, max_paragraphs=2))
    changed = {**first, "text": first["text"] + "\nRussia attacked Ukraine on Monday.\n"}
    corpus = write_corpus(tmp_path / "corpus.jsonl", 12, extra=[changed])
    reports = {}
    for jobs in (1, 2):
        with Store(tmp_path / f"jobs{jobs}", write=True) as store:
            reports[jobs] = build([corpus], store=store, jobs=jobs, batch_size=4)
            assert incomplete_articles(store) == []
            stored = store.article_hashes()
        # the later version of the first article, in the last batch, wins in both
        assert stored[first["id"]] == Article(**changed).content_hash
    assert reports[1].extractor == "this process"
    assert reports[2].extractor == "2 worker processes"
    for report in reports.values():
        assert (report.added, report.replaced, report.unchanged, report.parsed) == (12, 1, 0, 13)
    assert reports[1].statements == reports[2].statements > 0
    one, two = (dump_dataset(tmp_path / f"jobs{jobs}", tmp_path) for jobs in (1, 2))
    assert_same_dataset(one, two)


@pytest.mark.slow
def test_input_that_fits_in_one_batch_is_parsed_here(tmp_path: Path, nlp) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3)
    with Store(tmp_path / "store", write=True) as store:
        report = build([corpus], store=store, jobs=4, batch_size=32)
    assert report.extractor == "this process"
    assert report.added == 3


@pytest.mark.slow
def test_rerun_skips_every_stored_article_before_parsing(tmp_path: Path, nlp) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 6)
    with Store(tmp_path / "store", write=True) as store:
        first = build([corpus], store=store, batch_size=4)
        ticks = []
        again = build([corpus], store=store, batch_size=4, jobs=2, on_progress=ticks.append)
    assert first.added == 6 and first.parsed == 6
    assert (again.added, again.replaced, again.unchanged, again.parsed, again.statements) == (0, 0, 6, 0, 0)
    assert [t.result for t in ticks] == [AddResult.UNCHANGED] * 6
    assert {t.article.id for t in ticks} == {a.id for a in read_articles([corpus])}


@pytest.mark.slow
def test_repeats_in_one_input_are_parsed_once_and_the_last_version_wins(tmp_path: Path, nlp) -> None:
    record = {"id": "x", "title": "Talks", "text": "France met with Germany on Monday.\n"}
    newer = {**record, "text": "France accused Germany of spying on Monday.\n"}
    path = tmp_path / "repeats.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (record, record, newer)) + "\n", encoding="utf-8")
    with Store(tmp_path / "store", write=True) as store:
        report = build([path], store=store)
        relations = {s.relation for s in store.statements()}
    assert (report.parsed, report.added, report.replaced, report.unchanged) == (2, 1, 1, 1)
    assert any("accuse" in r for r in relations)
    assert not any("meet" in r for r in relations)


@pytest.mark.slow
def test_an_article_that_fails_is_reported_and_the_rest_extracted(nlp) -> None:
    good = Article(id="good", text="Russia attacked Ukraine on Monday.\n")
    other = Article(id="other", text="China accused NATO of provocations.\n")
    broken = Article(id="broken", text=None)  # type: ignore[arg-type]  # what a careless API caller can build
    results = extract_batch([good, broken, other])
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error.split(":")[0].endswith("Error")  # the exception named
    assert results[0] == extract_batch([good])[0] and results[0].statements
    assert results[2] == extract_batch([other])[0] and results[2].statements


@pytest.mark.slow
def test_each_batch_frees_the_strings_it_added(nlp) -> None:
    words = " ".join(f"Qorvex{i}zu" for i in range(300))
    before = len(nlp.vocab.strings)
    extract_batch([Article(id="new-words", text=f"Russia attacked Ukraine near {words}.\n")])
    assert len(nlp.vocab.strings) == before
    nlp(f"Without a memory zone the strings stay: {words}")
    assert len(nlp.vocab.strings) >= before + 300


def test_results_carry_statements_or_an_error() -> None:
    assert Extracted().statements == () and Extracted().error is None
    assert Extracted(error="TypeError: x").statements == ()


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("binary file (PNG image), not text", "binary file"),
        ("empty file", "empty file"),
        ("malformed JSON: Expecting value (column 1)", "malformed JSON"),
        ("file too large (209,715,200 bytes): over the limit of 50,000,000 bytes", "file too large"),
        ("no text (empty or only whitespace)", "no text"),
        ("Permission denied", "Permission denied"),
    ],
)
def test_skip_kind(reason: str, kind: str) -> None:
    assert skip_kind(reason) == kind


def test_bad_options_fail_at_once(tmp_path: Path) -> None:
    with pytest.raises(KGError, match="--jobs"):
        make_extractor(jobs=0)
    with Store(tmp_path / "store", write=True) as store, pytest.raises(KGError, match="--batch-size"):
        build([SEED], store=store, batch_size=0)
    result = CliRunner().invoke(cli, ["build", str(SEED), "--store", str(tmp_path / "s"), "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs" in result.output


@pytest.mark.slow
def test_cli_summary_names_what_was_skipped_and_why(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Russia attacked Ukraine on Monday.\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "blank.txt").write_text("  \n\n", encoding="utf-8")
    (folder / "none.txt").write_bytes(b"")
    args = ["build", str(folder), "--store", str(tmp_path / "store"), "--no-outputs", "--jobs", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 3, result.output
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("1 articles added, 0 replaced, 0 unchanged, 3 skipped (")
    assert "building" not in result.stderr  # no progress bar when stderr is not a terminal
    assert "1 binary file" in summary and "parsed by this process" in summary
    again = CliRunner().invoke(cli, args)
    assert "0 articles added, 0 replaced, 1 unchanged, 3 skipped" in again.stderr
    assert "articles/s" not in again.stderr  # nothing was parsed


@pytest.mark.slow
def test_progress_bar_shows_on_a_terminal_only(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3)
    kg = str(Path(sys.executable).parent / "kg")
    args = [kg, "build", str(corpus), "--store", str(tmp_path / "store"), "--no-outputs", "--jobs", "1"]
    terminal, stderr = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    process = subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr, env=env
    )
    os.close(stderr)
    shown = b""
    with contextlib.suppress(OSError):  # EIO once the process has closed the terminal
        while chunk := os.read(terminal, 4096):
            shown += chunk
    os.close(terminal)
    assert process.wait(timeout=120) == 0
    text = shown.decode(errors="replace")
    assert "building" in text and "articles ·" in text and "statements" in text  # the bar, drawn
    assert "3 articles added, 0 replaced, 0 unchanged, 0 skipped" in text  # and the summary
    quiet = CliRunner().invoke(cli, [*args[1:], "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == ""


# --- the writer thread ----------------------------------------------------------------------


def test_the_writer_commits_in_order_and_hands_errors_back() -> None:
    from kg.pipeline import Writer

    done: list[str] = []

    def commit(batch, results) -> None:
        for article in batch:
            if article.id == "bad":
                raise OSError("disk full")
            done.append(article.id)

    articles = [Article(id=f"a{i}", text="x") for i in range(10)]
    writer = Writer(commit)
    for i in range(0, 10, 2):
        writer.put(articles[i : i + 2], [Extracted(), Extracted()])
    writer.close()
    assert done == [a.id for a in articles]

    failing = Writer(commit)
    failing.put([Article(id="bad", text="x")], [Extracted()])
    with pytest.raises(OSError, match="disk full"):
        for article in articles:  # the error comes back at a later put, or at close
            failing.put([article], [Extracted()])
        failing.close()
    failing.close(cancel=True)
    assert done == [a.id for a in articles]  # nothing after the failure was stored


def test_a_cancelled_writer_drops_what_it_has_not_begun() -> None:
    import threading

    from kg.pipeline import Writer

    started, release = threading.Event(), threading.Event()
    done: list[str] = []

    def commit(batch, results) -> None:
        started.set()
        release.wait(5)
        done.extend(a.id for a in batch)

    writer = Writer(commit, depth=2)
    writer.put([Article(id="first", text="x")], [Extracted()])
    started.wait(5)
    writer.put([Article(id="second", text="x")], [Extracted()])
    threading.Timer(0.3, release.set).start()
    writer.close(cancel=True)
    assert done == ["first"]  # the batch being stored finished; the waiting one was dropped
