"""Nothing lost, no bad input gets through: real processes, real signals, a real full disk.

What tests/test_ingest.py checks of the reader is not repeated here; these
tests go through ``kg build`` and the store end to end.
"""

from __future__ import annotations

import contextlib
import gzip
import importlib
import itertools
import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import click
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import main
from kg.pipeline import build
from kg.queries import find_actor
from kg.rdf import actor_iri
from kg.store import DB_NAME, Store
from kg.types import Actor, ActorType, Article

from .conftest import NATO, SEED, make_statement
from .test_pipeline import assert_same_dataset, dump_dataset, incomplete_articles, write_corpus

KG = str(Path(sys.executable).parent / "kg")


def kg(*args: str) -> tuple[int, str, str]:
    """Run ``kg ARGS`` in this process through the console script's entry point."""

    @click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
    @click.pass_context
    def entry(ctx: click.Context) -> None:
        main(ctx.args)

    result = CliRunner().invoke(entry, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def synthetic_store(path: Path, articles: int, *, statements: int = 10) -> Path:
    """A store of hand-made statements (no parsing), ``articles`` articles of ``statements`` each."""
    with Store(path, write=True) as store:
        for i in range(articles):
            article = Article(id=f"a{i}", text="x", title=f"Title {i}", date="2022-03-09")
            store.add(
                article,
                [
                    make_statement(article=article, sentence=f"China accused NATO ({i}, {j}).", start=40 * j)
                    for j in range(statements)
                ],
            )
    return path


def wal_written_since(store: Path, before: set[str]) -> bool:
    """Whether a write-ahead log file created after ``before`` holds data: a commit happened."""
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(store / DB_NAME):
            if entry.name.endswith(".log") and entry.name not in before and entry.stat().st_size > 0:
                return True
    return False


def wal_files(store: Path) -> set[str]:
    with contextlib.suppress(FileNotFoundError):
        return {name for name in os.listdir(store / DB_NAME) if name.endswith(".log")}
    return set()


def session_processes(sid: int) -> list[int]:
    """The processes still alive in session ``sid`` (a killed build's workers would be there)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = (entry / "stat").read_text()
                fields = stat[stat.rindex(")") + 2 :].split()
                if int(fields[3]) == sid and fields[0] != "Z":
                    found.append(int(entry.name))
    return found


def wait_gone(sid: int, timeout: float = 10) -> list[int]:
    deadline = time.monotonic() + timeout
    while (left := session_processes(sid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


# --- kill -9, Ctrl-C, a broken pipe ------------------------------------------------------


@pytest.mark.slow
def test_kill_9_at_random_points_leaves_every_article_complete_or_absent(tmp_path: Path, nlp) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 200, seed=5)
    ids = {json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()}
    store, out = tmp_path / "store", tmp_path / "out"
    Store(store, write=True).close()  # created, with its ontology: the builds' commits are articles
    rng = random.Random(1729)
    counts, mid_ingest = [], 0
    for round_ in range(20):
        jobs = "2" if round_ % 5 == 4 else "1"  # some rounds with worker processes
        before = wal_files(store)
        args = [KG, "build", str(corpus), "--store", str(store), "--out", str(out), "--batch-size", "4"]
        process = subprocess.Popen(
            [*args, "--jobs", jobs], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
        )
        if rng.random() < 0.25:  # anywhere: start-up, reading, parsing, writing, outputs
            time.sleep(rng.uniform(0, 3.0))
        else:  # soon after this run's first commit
            deadline = time.monotonic() + 15
            while (
                not wal_written_since(store, before)
                and process.poll() is None
                and time.monotonic() < deadline
            ):
                time.sleep(0.01)
            time.sleep(rng.uniform(0, 0.4))
        finished = process.poll() is not None
        process.kill()
        process.wait()
        process.stderr.close()
        assert wait_gone(process.pid) == [], "a worker outlived the killed build"
        with Store(store, write=True) as reopened:  # always reopens, for writing
            assert incomplete_articles(reopened) == []
            stored = set(reopened.article_hashes())
        assert stored <= ids
        mid_ingest += not finished and 0 < len(stored) < len(ids) and (not counts or len(stored) > counts[-1])
        counts.append(len(stored))
        graph_file = out / "graph.ttl"
        if graph_file.exists():  # a killed export never leaves a half file
            Graph().parse(graph_file, format="turtle")
    assert mid_ingest >= 3, f"too few kills landed while articles were being stored: {counts}"
    # the next run completes the rest, and the result is what one uninterrupted run gives
    done = subprocess.run(
        [KG, "build", str(corpus), "--store", str(store), "--out", str(out), "--jobs", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    with Store(tmp_path / "reference", write=True) as reference:
        build([corpus], store=reference)
    with Store(store) as final:
        assert set(final.article_hashes()) == ids
    assert_same_dataset(dump_dataset(store, tmp_path), dump_dataset(tmp_path / "reference", tmp_path))


@pytest.mark.slow
def test_ctrl_c_stops_the_build_cleanly_with_a_message(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 60, seed=8)
    store = tmp_path / "store"
    Store(store, write=True).close()  # created, with its ontology: the build's commits are articles
    before = wal_files(store)
    args = [
        KG,
        "build",
        str(corpus),
        "--store",
        str(store),
        "--no-outputs",
        "--jobs",
        "2",
        "--batch-size",
        "4",
    ]
    # A job started in the background by a script (`make test &`) has Ctrl-C ignored, and so would the
    # build it starts: give the build the default that a command in a terminal has.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, text=True
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    deadline = time.monotonic() + 60
    while not wal_written_since(store, before) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole foreground group
    _out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "Interrupted: articles stored so far are kept" in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert wait_gone(process.pid) == []
    with Store(store, write=True) as reopened:
        assert incomplete_articles(reopened) == []
        assert 0 < len(reopened.article_hashes()) < 60


def test_output_piped_into_head_ends_without_a_traceback(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "store", 2)
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 20000"  # megabytes: more than a pipe holds
    producer = subprocess.Popen(
        [KG, "query", query, "--store", str(store), "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    head = subprocess.run(["head", "-1"], stdin=producer.stdout, capture_output=True, timeout=120)
    producer.stdout.close()
    err = producer.stderr.read().decode()
    producer.wait(timeout=60)
    assert head.stdout == b"s,p,o\n"
    assert producer.returncode == 0, err
    assert err == ""


# --- one writer ---------------------------------------------------------------------------


def test_a_second_writer_fails_fast_naming_the_holder(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "store", 1)
    article = tmp_path / "a.txt"
    article.write_text("Russia attacked Ukraine.\n", encoding="utf-8")
    with Store(store, write=True):
        started = time.monotonic()
        result = subprocess.run(
            [KG, "build", str(article), "--store", str(store)], capture_output=True, text=True
        )
        elapsed = time.monotonic() - started
        reader = subprocess.run([KG, "stats", "--store", str(store)], capture_output=True, text=True)
    assert result.returncode == 1
    assert f"pid {os.getpid()}" in result.stderr and "is in use by another process" in result.stderr
    assert "Traceback" not in result.stderr
    assert elapsed < 30  # it did not wait for the lock (nor load a model)
    assert reader.returncode == 1 and f"pid {os.getpid()}" in reader.stderr


# --- a full disk ---------------------------------------------------------------------------


@contextlib.contextmanager
def small_tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``path`` (needs root and a kernel that allows it)."""
    path.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the RLIMIT_FSIZE test covers a full disk instead")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(
            f"cannot mount a tmpfs here ({mounted.stderr.decode().strip()}); RLIMIT_FSIZE test covers it"
        )
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.slow
def test_full_disk_is_a_clear_error_and_keeps_what_was_committed(tmp_path: Path, nlp) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 30, seed=3)
    with small_tmpfs(tmp_path / "disk", "3m") as disk:
        store = disk / "store"
        code, _out, err = kg(
            "build",
            str(corpus),
            "--store",
            str(store),
            "--no-outputs",
            "--jobs",
            "1",
            "--batch-size",
            "2",
            "-q",
        )
        assert code == 1
        assert f"Error: the disk holding {store} is full: the articles being written were not stored" in err
        assert "Traceback" not in err
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)  # space freed
        with Store(store, write=True) as reopened:
            assert incomplete_articles(reopened) == []
            kept = len(reopened.article_hashes())
        assert 0 < kept < 30
        code, _out, err = kg("build", str(corpus), "--store", str(store), "--no-outputs", "--jobs", "1")
        assert code == 0, err
        assert f"{30 - kept} articles added, 0 replaced, {kept} unchanged" in err


def test_full_disk_during_an_export_keeps_the_old_file(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "store", 3)
    with small_tmpfs(tmp_path / "disk", "1m") as disk:
        target = disk / "graph.nt"
        code, _out, err = kg("export", "--store", str(store), "--format", "ntriples", "--out", str(target))
        assert code == 0, err
        good = target.read_bytes()
        with open(disk / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
            while filler.write(b"\0" * 4096):  # fill the disk to the last block
                pass
        code, _out, err = kg("export", "--store", str(store), "--format", "turtle", "--out", str(target))
        assert code == 1 and "No space left on device" in err and "Traceback" not in err
        assert target.read_bytes() == good
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "graph.nt"]  # no temporary file left


FSIZE_SCRIPT = textwrap.dedent(
    """
    import json, resource, signal, sys
    from kg.errors import StoreError
    from kg.store import Store
    from kg.types import Article
    from tests.conftest import make_statement

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
    committed, error = [], None
    try:
        with Store(sys.argv[1], write=True) as store:
            for i in range(100_000):
                article = Article(id=f"b{i}", text="x " * 200, title=f"T{i}", date="2022-03-10")
                sentences = [f"China accused NATO ({i}, {j})." for j in range(20)]
                store.add(article, [make_statement(article=article, sentence=s, start=40 * j)
                                    for j, s in enumerate(sentences)])
                committed.append(article.id)
    except StoreError as e:
        error = str(e)
    print(json.dumps({"committed": committed, "error": error}))
    """
)


def test_a_file_size_limit_is_a_clear_error_and_keeps_what_was_committed(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "store", 2)
    run = subprocess.run(
        [sys.executable, "-c", FSIZE_SCRIPT, str(store), str(3_000_000)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout)
    assert outcome["error"] and outcome["error"].startswith(f"cannot write to the store {store}")
    assert "File too large" in outcome["error"]
    with Store(store, write=True) as reopened:
        assert incomplete_articles(reopened) == []
        assert set(reopened.article_hashes()) == {"a0", "a1", *outcome["committed"]}
    assert outcome["committed"]


def test_a_file_size_limit_during_an_export_keeps_the_old_file(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "store", 30)
    target = tmp_path / "out" / "graph.ttl"
    code, _out, err = kg("export", "--store", str(store), "--format", "turtle", "--out", str(target))
    assert code == 0, err
    good = target.read_bytes()
    with Store(store, write=True) as more:  # the next export is larger than the limit below
        for i in range(30, 60):
            article = Article(id=f"a{i}", text="x")
            more.add(article, [make_statement(article=article, sentence=f"China accused NATO ({i}).")])
    limit = len(good) + 1000
    script = (
        "import resource, signal, sys; from kg.cli import main\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "main(sys.argv[1:])\n"
    )
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "export",
            "--store",
            str(store),
            "--format",
            "turtle",
            "--out",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (
        run.returncode == 1
        and run.stderr.startswith(f"Error: cannot write {target}")
        and "File too large" in run.stderr
    )
    assert target.read_bytes() == good
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.ttl"]


def test_an_export_killed_at_random_points_never_leaves_a_half_file(tmp_path: Path) -> None:
    store = synthetic_store(tmp_path / "store", 200)
    out = tmp_path / "out"
    target = out / "graph.ttl"
    args = [KG, "export", "--store", str(store), "--format", "turtle", "--out", str(target)]
    started = time.monotonic()
    subprocess.run(args, check=True, capture_output=True)
    full_run = time.monotonic() - started
    good = target.read_bytes()
    target.unlink()
    rng = random.Random(99)
    seen = set()
    for round_ in range(12):
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if round_ % 2:  # anywhere
            time.sleep(rng.uniform(0, full_run))
        else:  # while the temporary file is being written
            deadline = time.monotonic() + 30
            while (
                not any(out.glob(".graph.ttl.*")) and process.poll() is None and time.monotonic() < deadline
            ):
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.05))
        process.kill()
        process.wait()
        seen.add(target.exists())
        if target.exists():
            assert target.read_bytes() == good
    assert seen  # the loop ran; with kills both before and after the first complete export
    for leftover in out.glob(".graph.ttl.*.tmp"):  # a killed process cannot remove its temporary file
        assert leftover.name != target.name


# --- bad input end to end -------------------------------------------------------------------

# Characters that may not appear in an IRI (RFC 3987), control characters included.
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
_BAD_LITERAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def assert_valid_rdf(path: Path, fmt: ox.RdfFormat) -> int:
    """Every IRI and literal of an RDF file is valid, and rdflib reads it too; returns the quad count."""
    count = 0
    for quad in ox.parse(path=str(path), format=fmt):
        count += 1
        for term in (quad.subject, quad.predicate, quad.object, getattr(quad, "graph_name", None)):
            if isinstance(term, ox.NamedNode):
                assert not _BAD_IRI.search(term.value), term
            elif isinstance(term, ox.Literal):
                assert not _BAD_LITERAL.search(term.value), term
    dataset = Dataset()
    dataset.parse(path, format="trig" if fmt == ox.RdfFormat.TRIG else "turtle")
    assert len(dataset) or sum(len(g) for g in dataset.graphs()) >= count
    return count


@pytest.mark.slow
def test_bad_input_never_gets_into_the_graph(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    sentence = "France accused Germany of spying on Monday. Poland met with Italy in Warsaw.\n"
    good = {
        "utf8.txt": ("Café talks\n\n" + sentence).encode("utf-8"),
        "bom.txt": ("Crème talks\n\n" + sentence).encode("utf-8-sig"),
        "utf16.txt": ("Naïve talks\n\n" + sentence).encode("utf-16"),
        "latin1.txt": ("Déjà vu\n\n" + sentence).encode("latin-1"),
        "cp1252.txt": ("“Quoted” talks\n\n" + sentence).encode("cp1252"),
        "foreign.txt": (
            "Переговоры\n\nРоссия и Китай провели переговоры.\n\n中国批评北约。 مرحبا بالعالم\n"
        ).encode(),
        "page.html": (
            "<html><head><title>Border talks</title><style>p { color: red }</style>"
            "<script>var s = 'Spain attacked Portugal in the script.';</script></head>"
            f"<body><nav>Home | World</nav><article><p>{sentence}</p></article></body></html>"
        ).encode(),
    }
    bad = {
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "archive.txt": gzip.compress(b"Russia attacked Ukraine. " * 100),
        "noise.txt": random.Random(7).randbytes(4096),
        "empty.txt": b"",
        "blank.txt": b" \n\t\r\n  \n",
    }
    for name, data in {**good, **bad}.items():
        (folder / name).write_bytes(data)
    with open(folder / "huge.txt", "wb") as huge:  # 200 MB, sparse: instant, takes no disk
        huge.truncate(200 * 1024 * 1024)
    records = [
        json.dumps({"id": "ok", "text": sentence}),
        '{"id": "broken", "text": "unterminated',
        "[" * 5000 + "]" * 5000,
        json.dumps({"id": "no-text", "title": "Nothing here"}),
        # emoji, a NUL and a lone surrogate (the JSON escape \ud800 decodes to one)
        '{"id": "odd \\ud800 id", "title": "Odd \\u0000 \\ud83d\\ude80", "text": "France accused Germany'
        ' \\ud83d\\ude80 of spying\\u0000 on Monday \\udfff. Greece met with Cyprus."}',
    ]
    (folder / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    store, out = tmp_path / "store", tmp_path / "out"
    code, _stdout, err = kg("build", str(folder), "--store", str(store), "--out", str(out), "--jobs", "1")
    assert code == 3
    assert "Traceback" not in err
    for name in bad:
        assert re.search(rf"skipped \S*{re.escape(name)}: ", err), name
    assert re.search(r"skipped \S*huge\.txt: file too large \(209,715,200 bytes\)", err)
    for line in (2, 3, 4):
        assert re.search(rf"skipped \S*records\.jsonl:{line}: ", err), line
    with Store(store) as opened:
        stored = opened.article_hashes()
        sentences = {s.sentence for s in opened.statements()}
    assert len(stored) == len(good) + 2
    assert not any("script" in s or "Spain" in s for s in sentences)
    assert_valid_rdf(out / "graph.ttl", ox.RdfFormat.TURTLE)
    code, _stdout, err = kg(
        "export", "--store", str(store), "--format", "trig", "--out", str(out / "graph.trig")
    )
    assert code == 0, err
    assert assert_valid_rdf(out / "graph.trig", ox.RdfFormat.TRIG) > 0


def test_actor_names_with_characters_illegal_in_iris_are_encoded_safely(tmp_path: Path) -> None:
    names = [
        'Front "Popular" <A>',
        "{Curly} | Pipe ^ Caret",
        "Back\\slash `tick` and  spaces",
        "Émir d'Al-Qaïda",
    ]
    actors = [Actor(name, ActorType.GROUP) for name in names]
    article = Article(id="odd names", text="x", date="2022-03-09")
    with Store(tmp_path / "store", write=True) as store:
        store.add(
            article,
            [
                make_statement(
                    actor, "accuse", NATO, article=article, sentence=f"{actor.name} accused NATO.", start=i
                )
                for i, actor in enumerate(actors)
            ],
        )
        for actor in actors:
            assert str(find_actor(store, actor.name)) == str(actor_iri(actor.name))
        assert {s.subject.name for s in store.statements()} == set(names)
        for fmt, name in (
            (ox.RdfFormat.TURTLE, "g.ttl"),
            (ox.RdfFormat.TRIG, "g.trig"),
            (ox.RdfFormat.N_QUADS, "g.nq"),
        ):
            store.dump(tmp_path / name, fmt=fmt)
    assert len({str(actor_iri(n)) for n in names}) == len(names)
    for actor in actors:
        assert not _BAD_IRI.search(str(actor_iri(actor.name)))
    assert_valid_rdf(tmp_path / "g.ttl", ox.RdfFormat.TURTLE)
    assert_valid_rdf(tmp_path / "g.trig", ox.RdfFormat.TRIG)
    labels = {
        q.object.value
        for q in ox.parse(path=str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS)
        if q.predicate.value.endswith("#label")
    }
    assert set(names) <= labels
    assert list(itertools.islice(labels, 1))


# --- no article lost to the extractor -------------------------------------------------------

#: Paragraphs written for these tests, in the styles the extractor meets: wire copy, readouts in
#: the first person, quotations with the speaker after the verb, headlines, lists of states.
PARAGRAPHS = [
    "We condemn the missile launch by North Korea. We call on Pyongyang to return to talks.",
    '"Our patience is not unlimited," said Canada. "We will respond," the minister added.',
    "Poland Blames Belarus For Border Crisis As Migrants Gather",
    "France, Germany and Italy urged Iran to resume cooperation with the IAEA, "
    "said the three countries in a joint statement on Tuesday.",
    "Both sides agreed to extend the ceasefire. They also exchanged prisoners.",
    "Kenya, which hosts the talks, accused Ethiopia of stalling; Addis Ababa denied it.",
    "The visit of Modi to Washington was postponed, according to the Indian foreign ministry.",
    "Clashes between Armenian and Azerbaijani forces left three soldiers dead, said Yerevan.",
    "Said the Turkish president: we will not allow Sweden to join NATO until it acts.",
    "Beijing's support for Moscow worries the G7 partners, who met in Hiroshima.",
    "Russia condemned and rejected the resolution, which the Board passed against Iran.",
    "Kosovo broke away from Serbia in 2008, and Belgrade has never recognised it.",
    "The UN chief urged both Israel and Hamas to protect civilians. He said we must act now.",
    "Not only did Vietnam protest, it also summoned the Chinese ambassador, said Hanoi.",
]


def shuffled_articles(count: int, seed: int) -> list[Article]:
    """Articles of three to seven paragraphs (ours and the example article's) in a seeded random order."""
    example = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    pool = PARAGRAPHS + example
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        paragraphs = rng.sample(pool, rng.randint(3, 7))
        articles.append(Article(id=f"shuffled-{i}", text="\n\n".join(paragraphs), date="2023-05-20"))
    return articles


@pytest.mark.slow
def test_shuffled_articles_are_all_stored(tmp_path: Path, nlp) -> None:
    """Paragraphs in any order: every article stored, no sentence lost to an exception."""
    corpus = tmp_path / "corpus.jsonl"
    articles = shuffled_articles(60, seed=12)
    corpus.write_text(
        "".join(json.dumps({"id": a.id, "text": a.text, "date": a.date}) + "\n" for a in articles),
        encoding="utf-8",
    )
    with Store(tmp_path / "store", write=True) as store:
        report = build([corpus], store=store)
        stored = store.article_hashes()
    assert report.skipped == []
    assert report.failed_sentences == 0, report.warnings
    assert report.added == len(articles) and set(stored) == {a.id for a in articles}
    assert report.statements > len(articles)


@pytest.mark.slow
def test_a_failing_sentence_costs_only_that_sentence(tmp_path: Path, nlp, monkeypatch) -> None:
    """A rule that raises on one sentence: the sentence is counted and named, the rest stored."""
    extract_module = importlib.import_module("kg.extract")
    frames = extract_module._ArticleReader._frames

    def fragile(self, tokens):
        if any(t.text == "Narnia" for t in tokens):
            raise ValueError("a rule met a parse it did not expect")
        return frames(self, tokens)

    monkeypatch.setattr(extract_module._ArticleReader, "_frames", fragile)
    text = "Russia attacked Ukraine. Narnia accused Russia of aggression. China criticized NATO."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = kg("build", str(path), "--store", str(tmp_path / "store"), "--no-outputs")
    assert code == 0, err
    assert "1 articles added" in err and "(1 sentences could not be read)" in err
    assert f"warning: {path}: sentence at characters 25-61 could not be read (ValueError" in err
    with Store(tmp_path / "store") as store:
        pairs = {(row["s"], row["o"]) for row in store.query(PAIRS).dicts()}
    assert pairs == {("Russia", "Ukraine"), ("China", "NATO")}
    code, out, err = kg("extract", str(path), "--format", "jsonl")
    assert [json.loads(line)["subject"] for line in out.splitlines()] == ["Russia", "China"]
    assert "could not be read (ValueError" in err


PAIRS = "SELECT ?s ?o WHERE { ?x kg:subject/rdfs:label ?s ; kg:object/rdfs:label ?o }"
