"""Benchmark of ``kg build``: throughput against spaCy alone, worker processes, re-runs, memory.

On a corpus of ``--articles`` articles from ``bench/corpus.py`` (fixed seed), in one run:

1. spaCy alone: the same pipeline ``kg`` uses (``kg.nlp.load()``) parsing the same
   texts with ``nlp.pipe`` in one process: words per second (the baseline);
2. the full ``kg build`` path in one process (read, hash, parse, extract, build the
   RDF, commit each article to a new store): words per second, and the ratio to (1);
   then the same stages timed one by one on a sample, to show where the time goes;
3. the same with ``--jobs`` worker processes (start-up of the workers included): the
   speed-up over (2);
4. a re-run of (2) over its own store, where every article is already stored: its
   time against the first run's;
5. memory: ``kg build`` of ``--memory-articles`` articles in a child process, one
   worker, reporting RSS, peak RSS and the size of spaCy's string store at checkpoints.

    .venv/bin/python bench/bench_build.py                                  # the full run
    .venv/bin/python bench/bench_build.py --articles 300 --memory-articles 2000   # quick

Times are wall-clock seconds on whatever else the machine is running: run it on an
idle machine, or read the figures as relative to each other.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import write_jsonl  # noqa: E402


def rss_kb() -> tuple[int, int]:
    """Current and peak resident memory of this process, in kB (from /proc)."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values["VmRSS"], values["VmHWM"]


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (user and system)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def spacy_alone(corpus: Path, batch_size: int) -> tuple[float, int, float]:
    """Seconds for nlp.pipe over the corpus texts, their words, and the CPU seconds used."""
    from kg.ingest import read_articles
    from kg.nlp import load

    nlp = load()
    texts = [article.text for article in read_articles([corpus])]
    words = sum(len(text.split()) for text in texts)
    nlp("Warm up the pipeline.")
    cpu, started = cpu_seconds(), time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started, words, cpu_seconds() - cpu


def kg_build(corpus: Path, store_path: Path, *, jobs: int, batch_size: int):
    """One build into ``store_path``; its report and the CPU seconds used (workers included)."""
    from kg.pipeline import build
    from kg.store import Store

    cpu = cpu_seconds()
    with Store(store_path, write=True) as store:
        report = build([corpus], store=store, jobs=jobs, batch_size=batch_size)
    return report, cpu_seconds() - cpu


def breakdown(corpus: Path, store_path: Path, *, sample: int, batch_size: int) -> dict[str, float]:
    """Seconds of each stage of the one-process build, over the first ``sample`` articles."""
    import itertools

    from kg import rdf
    from kg.actors import Gazetteer
    from kg.extract import extract
    from kg.ingest import read_articles
    from kg.nlp import load, pipe
    from kg.store import Store

    nlp = load()
    started = time.perf_counter()
    articles = list(itertools.islice(read_articles([corpus]), sample))
    read = time.perf_counter() - started
    started = time.perf_counter()
    parsed = list(pipe(articles, nlp=nlp, batch_size=batch_size))
    parse = time.perf_counter() - started
    gazetteer = Gazetteer.default()
    started = time.perf_counter()
    statements = [extract(article, docs, gazetteer=gazetteer) for article, docs in parsed]
    extracting = time.perf_counter() - started
    started = time.perf_counter()
    for article, found in zip(articles, statements, strict=True):
        rdf.article_quads(article, found)
    graphs = time.perf_counter() - started
    with Store(store_path, write=True) as store:
        known = store.article_hashes()  # as kg build does: one look-up for the whole run (in a thread)
        started = time.perf_counter()
        items = list(zip(articles, statements, strict=True))
        for start in range(0, len(items), batch_size):  # a transaction per batch, as kg build stores
            store.add_many(items[start : start + batch_size], known=known)
        adding = time.perf_counter() - started
    return {
        "read": read,
        "parse (spaCy)": parse,
        "extract": extracting,
        "RDF quads": graphs,
        "store writes and counts (add_many less the quads)": adding - graphs,
    }


def memory_child(corpus: Path, store_path: Path, checkpoints: list[int], batch_size: int) -> None:
    """Run in the child: build with one process, print a JSON line at each checkpoint."""
    from kg.nlp import load
    from kg.pipeline import build
    from kg.store import Store

    nlp = load()
    done = {"n": 0}
    started = time.perf_counter()

    def tick(_progress) -> None:
        done["n"] += 1
        if done["n"] in checkpoints:
            rss, peak = rss_kb()
            record = {
                "articles": done["n"],
                "rss_mb": rss / 1024,
                "peak_mb": peak / 1024,
                "strings": len(nlp.vocab.strings),
                "seconds": time.perf_counter() - started,
            }
            print(json.dumps(record), flush=True)

    with Store(store_path, write=True) as store:
        report = build([corpus], store=store, jobs=1, batch_size=batch_size, on_progress=tick)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"final": True, "added": report.added, "peak_mb": peak_kb / 1024}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=int, default=2000, help="articles for the throughput runs (0: skip)"
    )
    parser.add_argument(
        "--memory-articles", type=int, default=20000, help="articles for the memory run (0: skip)"
    )
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the parallel run")
    parser.add_argument("--batch-size", type=int, default=32, help="articles per batch")
    parser.add_argument("--keep", type=Path, help="folder for corpora and stores (default: a temporary one)")
    parser.add_argument("--memory-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--checkpoints", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        checkpoints = [int(c) for c in args.checkpoints.split(",") if c]
        memory_child(*args.memory_child, checkpoints, args.batch_size)
        return

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-build-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs, {len(os.sched_getaffinity(0))} available; load {os.getloadavg()}")
    if args.articles:
        corpus = write_jsonl(work / f"corpus-{args.articles}.jsonl", args.articles)
        print(f"corpus: {args.articles} articles in {corpus}")

        seconds, words, cpu = spacy_alone(corpus, args.batch_size)
        spacy_wps = words / seconds
        print(
            f"\n1. spaCy alone (nlp.pipe, 1 process): {words:,} words in {seconds:.1f}s "
            f"= {spacy_wps:,.0f} words/s (CPU {cpu:.1f}s)"
        )

        one, cpu = kg_build(corpus, work / "store-1", jobs=1, batch_size=args.batch_size)
        build_wps = one.words / one.seconds
        print(
            f"2. kg build, 1 process: {one.added} articles, {one.statements:,} statements, "
            f"{one.words:,} words "
            f"in {one.seconds:.1f}s = {build_wps:,.0f} words/s = {build_wps / spacy_wps:.2f} of spaCy alone "
            f"(CPU {cpu:.1f}s)"
        )

        stages = breakdown(
            corpus, work / "store-stages", sample=min(300, args.articles), batch_size=args.batch_size
        )
        total = sum(stages.values())
        print(f"   where the time goes, first {min(300, args.articles)} articles, stage by stage:")
        for stage, seconds in stages.items():
            print(f"   {stage:<42} {seconds:6.1f}s {seconds / total:6.1%}")

        many, cpu = kg_build(corpus, work / f"store-{args.jobs}", jobs=args.jobs, batch_size=args.batch_size)
        print(
            f"3. kg build, --jobs {args.jobs} ({many.extractor}): {many.seconds:.1f}s = "
            f"{many.words / many.seconds:,.0f} words/s, "
            f"speed-up {one.seconds / many.seconds:.2f}x over 1 process (CPU {cpu:.1f}s, workers included)"
        )

        again, _cpu = kg_build(corpus, work / "store-1", jobs=1, batch_size=args.batch_size)
        print(
            f"4. re-run, all {again.unchanged} articles already stored: {again.seconds:.2f}s "
            f"= {again.seconds / one.seconds:.3f} of the first run "
            f"({one.seconds / max(again.seconds, 1e-9):.0f}x faster)"
        )

    if args.memory_articles:
        n = args.memory_articles
        big = write_jsonl(work / f"corpus-{n}.jsonl", n, seed=7)
        checkpoints = sorted({max(1, n // 20), n // 4, n // 2, 3 * n // 4, n} - {0})
        print(f"\n5. memory: kg build of {n:,} articles in a child process, 1 process")
        command = [
            sys.executable,
            __file__,
            "--memory-child",
            str(big),
            str(work / f"store-mem-{n}"),
            "--checkpoints",
            ",".join(map(str, checkpoints)),
            "--batch-size",
            str(args.batch_size),
        ]
        with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
            for line in child.stdout:
                record = json.loads(line)
                if record.get("final"):
                    print(
                        f"   end: {record['added']:,} articles added; "
                        f"peak RSS (getrusage) {record['peak_mb']:.0f} MB"
                    )
                else:
                    print(
                        f"   {record['articles']:>7,} articles ({record['seconds']:6.0f}s): "
                        f"RSS {record['rss_mb']:6.0f} MB, "
                        f"peak {record['peak_mb']:6.0f} MB, spaCy strings {record['strings']:,}"
                    )
        if child.returncode:
            raise SystemExit(f"the memory run failed with exit code {child.returncode}")
    print(f"\nfiles in {work}")


if __name__ == "__main__":
    main()
