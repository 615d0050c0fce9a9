"""Load benchmark of ``kg serve``: a store of >= 10^6 triples, concurrent clients, mixed named queries.

    python bench/bench_server.py                                  # 10^6 triples, 20 clients, 60 s
    python bench/bench_server.py --duration 20 --store /tmp/kg-bench/store      # keep the store
    python bench/bench_server.py --binding values --store /tmp/kg-bench/store  # VALUES blocks

1. Builds (or reuses, with ``--store``) a store of synthetic articles: actors,
   statements between them with real CAMEO classes, dates over ten years,
   written through ``kg.store.Store.add`` as ``kg build`` writes them.
2. Starts the real server (uvicorn in a subprocess, loopback) and runs
   ``--clients`` threads with httpx for ``--duration`` seconds, each sending
   the named queries actor / between / date-range (selective) and top-actors /
   conflict-pairs (ranking) with their parameters bound.
3. Runs the same query texts on Oxigraph in-process (no HTTP) and on rdflib's
   in-memory ``Dataset`` (union default graph) as baselines.

Prints requests/s, p50/p95/p99 latency, errors, truncated and cached answers per
query, and the ratios. ``--unique selective`` makes the text of every selective
query unique (a comment), so that none of their answers comes from the server's
answer cache; ``--unique all`` does it to the ranking queries too (the worst case).

``--binding kg`` (the default) binds parameters as ``kg`` does
(:func:`kg.binding.bind`: terms written in place of the variables);
``--binding values`` puts them in a VALUES block at the start of the WHERE
group instead, for comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import multiprocessing
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import httpx
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.binding import bind, values_block  # noqa: E402
from kg.events import event_classes  # noqa: E402
from kg.queries import named_queries  # noqa: E402
from kg.rdf import actor_iri  # noqa: E402
from kg.store import PREFIXES, Store  # noqa: E402
from kg.types import Actor, ActorType, Article, Statement  # noqa: E402

SELECTIVE = ("actor", "between", "date-range")
RANKING = ("top-actors", "conflict-pairs")
#: How often each query is sent, relative to the others.
MIX = {"actor": 30, "between": 30, "date-range": 30, "top-actors": 5, "conflict-pairs": 5}
#: p95 target for the selective queries, in milliseconds.
TARGET_P95_MS = 250.0
#: Seconds a baseline may spend on one query before it stops repeating it.
BASELINE_BUDGET = 60.0
#: Seconds one baseline run may take before it is stopped (its time is then shown as "> …").
BASELINE_TIMEOUT = 120.0
FIRST_DAY = date(2015, 1, 1)
DAYS = 3650
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")


# --- the synthetic store --------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """What the query mix needs to know about the generated data."""

    actors: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]  # (subject, object) pairs that have statements


def _actors(count: int, rng: random.Random) -> list[Actor]:
    kinds = [ActorType.COUNTRY] * 5 + [ActorType.ORGANIZATION] * 2 + [ActorType.PERSON, ActorType.GROUP]
    out = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        code = f"X{i:03d}" if kind is not ActorType.PERSON else None
        out.append(Actor(f"{kind.value} {i:04d}", kind, code=code))
    rng.shuffle(out)
    return out


def _article(number: int, actors: list[Actor], weights: list[float], per_article: int, rng: random.Random):
    classes = _event_classes()
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    text = f"Synthetic article {number} of the load benchmark."
    article = Article(id=f"bench-{number}", text=text, title=f"Article {number}", date=day.isoformat())
    statements = []
    for k in range(per_article):
        subj, obj = rng.choices(actors, weights, k=2)
        if subj == obj:
            continue
        event = rng.choice(classes)
        sentence = f"{subj.name} and {obj.name}: event {event.code}, number {k}."
        statements.append(
            Statement(
                subject=subj,
                relation=event.name.lower()[:40],
                object=obj,
                event=event,
                sentence=sentence,
                start=k * 100,
                end=k * 100 + len(sentence),
                article_id=article.id,
                date=article.date,
                negated=rng.random() < 0.1,
                hypothetical=rng.random() < 0.05,
                article_title=article.title,
            )
        )
    return article, statements


_CLASSES: list = []


def _event_classes() -> list:
    if not _CLASSES:
        _CLASSES.extend(c for c in event_classes() if len(c.code) >= 3)
    return _CLASSES


def data_triples(store: Store) -> int:
    """Triples of the articles and actors: all but the counts kept at ingest (kg.summary)."""
    counts = sum(1 for _ in store.summary_quads())
    return store.stats().triples - counts


def generate(path: Path, *, triples: int, actors: int, per_article: int, seed: int) -> Corpus:
    """Write synthetic articles into the store at ``path`` until it holds ``triples`` triples."""
    rng = random.Random(seed)
    people = _actors(actors, rng)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(people))]  # a few actors are in the news a lot
    pairs: set[tuple[str, str]] = set()
    started = time.monotonic()
    with Store(path, write=True) as store:
        number = 0
        while number % 500 or data_triples(store) < triples:
            article, statements = _article(number, people, weights, per_article, rng)
            store.add(article, statements)
            pairs.update((s.subject.name, s.object.name) for s in statements)
            number += 1
    with Store(path) as store:
        stats = store.stats()
    print(
        f"generated {stats.articles} articles, {stats.statements} statements, {stats.actors} actors, "
        f"{stats.triples} triples in {time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )
    corpus = Corpus(tuple(a.name for a in people), tuple(sorted(pairs)))
    saved = {"actors": corpus.actors, "pairs": corpus.pairs}
    (path.parent / "corpus.json").write_text(json.dumps(saved))
    return corpus


def corpus_of(path: Path) -> Corpus:
    """Actors and connected pairs of a store this script generated."""
    saved = json.loads((path.parent / "corpus.json").read_text())
    return Corpus(tuple(saved["actors"]), tuple((a, b) for a, b in saved["pairs"]))


# --- the query mix --------------------------------------------------------------------------------


def values_terms(sparql: str, terms: dict[str, object]) -> str:
    """The query with a VALUES block for the terms at the start of its WHERE group."""
    match = re.search(r"\bWHERE\s*\{", sparql)
    assert match, sparql
    return f"{sparql[: match.end()]} {values_block(terms)} {sparql[match.end() :]}"


def query_text(name: str, corpus: Corpus, rng: random.Random, binding: str) -> str:
    """A named query with random parameters, bound as kg binds them or by a VALUES block."""
    named = named_queries()[name]
    terms: dict[str, object] = {}
    if name == "actor":
        terms["name"] = ox.NamedNode(str(actor_iri(rng.choice(corpus.actors))))
    elif name == "between":
        a, b = rng.choice(corpus.pairs)
        terms = {"a": ox.NamedNode(str(actor_iri(a))), "b": ox.NamedNode(str(actor_iri(b)))}
    elif name == "date-range":
        since = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 7))
        terms = {
            "since": ox.Literal(since.isoformat(), datatype=XSD_DATE),
            "until": ox.Literal((since + timedelta(days=6)).isoformat(), datatype=XSD_DATE),
        }
    if not terms:
        return named.sparql
    return values_terms(named.sparql, terms) if binding == "values" else bind(named.sparql, terms)


@dataclass
class Tally:
    """Latencies and errors per query, shared by the client threads."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    truncated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    cached: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)


def client_loop(
    base: str, corpus: Corpus, *, deadline: float, seed: int, binding: str, unique: str, tally: Tally
) -> None:
    """One client: send random queries from the mix until the deadline.

    ``unique`` ("selective" or "all"): those texts get a comment of their own,
    so that their answers never come from the server's answer cache.
    """
    rng = random.Random(seed)
    names, weights = list(MIX), list(MIX.values())
    headers = {"content-type": "application/sparql-query", "accept": "application/sparql-results+json"}
    sent = 0
    with httpx.Client(base_url=base, timeout=300) as http:
        while time.monotonic() < deadline:
            name = rng.choices(names, weights)[0]
            sparql = query_text(name, corpus, rng, binding)
            if unique == "all" or (unique == "selective" and name in SELECTIVE):
                sent += 1
                sparql = f"# client {seed} request {sent}\n{sparql}"
            started = time.perf_counter()
            truncated = cached = False
            try:
                response = http.post("/sparql", content=sparql.encode(), headers=headers)
                body = response.content
                problem = None
                if response.status_code != 200 or not body.startswith(b"{"):
                    problem = f"{response.status_code}: {body[:160].decode(errors='replace').strip()}"
                truncated = response.headers.get("x-kg-truncated") == "true"
                cached = response.headers.get("x-kg-cache") == "hit"
            except httpx.HTTPError as e:
                problem = f"{type(e).__name__}: {e}"
            elapsed = time.perf_counter() - started
            with tally.lock:
                if problem is None:
                    tally.latencies[name].append(elapsed)
                    tally.truncated[name] += truncated
                    tally.cached[name] += cached
                else:
                    tally.errors[name].append(problem)


# --- the server -----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(
    store: Path, *, workers: int, timeout: float, log: Path, memory: bool = False
) -> Iterator[str]:
    """``kg.server.serve`` in a subprocess on a free loopback port; yields its base URL."""
    port = _free_port()
    options = f"port={port}, workers={workers}, timeout={timeout}, memory={memory}"
    code = f"from kg.server import Settings, serve; serve(Settings({str(store)!r}, {options}))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server stopped: see {log}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=10).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: see {log}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def run_load(
    base: str,
    corpus: Corpus,
    *,
    clients: int,
    duration: float,
    binding: str,
    seed: int,
    unique: str = "none",
) -> tuple[Tally, float]:
    """``clients`` threads sending the mix for ``duration`` seconds; the tally and the seconds taken."""
    tally = Tally()
    deadline = time.monotonic() + duration
    started = time.monotonic()
    threads = [
        threading.Thread(
            target=client_loop,
            args=(base, corpus),
            kwargs={
                "deadline": deadline,
                "seed": seed + i,
                "binding": binding,
                "unique": unique,
                "tally": tally,
            },
        )
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.monotonic() - started


# --- baselines ------------------------------------------------------------------------------------


def _baseline_process(engine: str, store: str, conn) -> None:
    """Load the store into ``engine``, then time each query text the pipe sends (seconds back)."""
    started = time.perf_counter()
    if engine == "oxigraph":
        opened = Store(store)  # through kg.store, as the server's workers query

        def run(sparql: str) -> int:
            return sum(1 for _ in opened.raw_query(sparql))

    else:
        from rdflib import Dataset

        dataset = Dataset(default_union=True)
        with tempfile.TemporaryDirectory() as folder:
            dump = Path(folder) / "store.nq"
            with Store(store) as opened:
                opened.dump(dump, fmt=ox.RdfFormat.N_QUADS, with_ontology=True)
            dataset.parse(dump, format="nquads")

        def run(sparql: str) -> int:
            return sum(1 for _ in dataset.query(sparql, initNs=PREFIXES))

    conn.send(time.perf_counter() - started)
    while (sparql := conn.recv()) is not None:
        started = time.perf_counter()
        run(sparql)
        conn.send(time.perf_counter() - started)


class Baseline:
    """One engine in a process of its own, so that a query running too long can be stopped."""

    def __init__(self, engine: str, store: Path) -> None:
        self.engine, self.store = engine, store
        self.process = None
        self.conn = None

    def start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_baseline_process, args=(self.engine, str(self.store), child))
        self.process.start()
        child.close()
        loaded = self.conn.recv()
        print(f"  {self.engine}: store loaded in {loaded:.0f} s", file=sys.stderr)

    def time(self, sparql: str, *, timeout: float) -> float | None:
        """Seconds the query took, or None when it ran past ``timeout`` (the process is then stopped)."""
        if self.process is None:
            self.start()
        self.conn.send(sparql)
        if self.conn.poll(timeout):
            return self.conn.recv()
        self.stop()
        return None

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.process = None


def time_baseline(
    engine: str, store: Path, corpus: Corpus, *, repeats: int, seed: int, binding: str, timeout: float
) -> dict[str, list[float]]:
    """Seconds per run of each named query of the mix on ``engine``; ``inf`` for a run stopped at ``timeout``.

    Each query runs ``repeats`` times, or fewer once its runs take more than
    :data:`BASELINE_BUDGET` seconds in all, or once one run is stopped.
    """
    rng = random.Random(seed)
    baseline = Baseline(engine, store)
    out: dict[str, list[float]] = {}
    try:
        for name in MIX:
            out[name] = []
            for _ in range(repeats):
                seconds = baseline.time(query_text(name, corpus, rng, binding), timeout=timeout)
                out[name].append(math.inf if seconds is None else seconds)
                if seconds is None or sum(out[name]) > BASELINE_BUDGET:
                    break
            print(f"  {engine} {name}: median {_ms(statistics.median(out[name]) * 1000)}", file=sys.stderr)
    finally:
        if baseline.process is not None:
            baseline.conn.send(None)
            baseline.process.join(30)
            baseline.stop()
    return out


# --- report ---------------------------------------------------------------------------------------


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def _median_ms(samples: dict[str, list[float]] | None, name: str) -> float:
    return statistics.median(samples[name]) * 1000 if samples and samples.get(name) else float("nan")


def _ms(value: float) -> str:
    """Milliseconds for the table; a run stopped at the timeout shows as "> timeout"."""
    if math.isinf(value):
        return f">{BASELINE_TIMEOUT * 1000:.0f}"
    return "-" if math.isnan(value) else f"{value:.1f}"


def report(
    tally: Tally, seconds: float, direct: dict[str, list[float]], baseline: dict[str, list[float]] | None
) -> dict[str, object]:
    """Print the table of figures; return them."""
    rows = {}
    print(
        f"{'query':<15}{'ok':>6}{'err':>5}{'req/s':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'trunc':>6}"
        f"{'cached':>7}"
        f"{'oxigraph ms':>12}{'rdflib ms':>11}{'rdflib/oxigraph':>16}"
    )
    for name in MIX:
        lat = tally.latencies.get(name, [])
        p50 = _percentile(lat, 50) * 1000
        row = {
            "ok": len(lat),
            "errors": len(tally.errors.get(name, [])),
            "rps": len(lat) / seconds,
            "p50_ms": p50,
            "p95_ms": _percentile(lat, 95) * 1000,
            "p99_ms": _percentile(lat, 99) * 1000,
            "truncated": tally.truncated.get(name, 0),
            "cached": tally.cached.get(name, 0),
            "oxigraph_direct_ms": _median_ms(direct, name),
            "rdflib_ms": _median_ms(baseline, name),
        }
        ratio = row["rdflib_ms"] / row["oxigraph_direct_ms"]
        row["rdflib_over_oxigraph"] = ratio
        rows[name] = row
        shown = "-" if math.isnan(ratio) else (f"{ratio:.1f}" if math.isfinite(ratio) else "inf")
        if math.isinf(row["rdflib_ms"]) and math.isfinite(row["oxigraph_direct_ms"]):
            shown = f">{BASELINE_TIMEOUT * 1000 / row['oxigraph_direct_ms']:.1f}"
        print(
            f"{name:<15}{row['ok']:>6}{row['errors']:>5}{row['rps']:>7.1f}{_ms(row['p50_ms']):>9}"
            f"{_ms(row['p95_ms']):>9}{_ms(row['p99_ms']):>9}{row['truncated']:>6}{row['cached']:>7}"
            f"{_ms(row['oxigraph_direct_ms']):>12}{_ms(row['rdflib_ms']):>11}{shown:>16}"
        )
    everything = [x for v in tally.latencies.values() for x in v]
    selective = [x for n in SELECTIVE for x in tally.latencies.get(n, [])]
    errors = sum(len(v) for v in tally.errors.values())
    total = {
        "requests": len(everything),
        "errors": errors,
        "rps": len(everything) / seconds,
        "p50_ms": _percentile(everything, 50) * 1000,
        "p95_ms": _percentile(everything, 95) * 1000,
        "p99_ms": _percentile(everything, 99) * 1000,
        "selective_p95_ms": _percentile(selective, 95) * 1000,
    }
    met = total["selective_p95_ms"] < TARGET_P95_MS and not any(tally.errors.get(n) for n in SELECTIVE)
    print(
        f"\nall: {total['requests']} answered, {errors} errors, {total['rps']:.1f} req/s, "
        f"p50 {total['p50_ms']:.0f} ms, p95 {total['p95_ms']:.0f} ms, p99 {total['p99_ms']:.0f} ms\n"
        f"selective queries: p95 {total['selective_p95_ms']:.0f} ms "
        f"(target < {TARGET_P95_MS:.0f} ms, no errors: {'met' if met else 'NOT met'})"
    )
    for name, problems in tally.errors.items():
        kinds = defaultdict(int)
        for problem in problems:
            kinds[problem.split(":")[0]] += 1
        print(f"  {name}: {len(problems)} errors ({dict(kinds)}); first: {problems[0][:150]}")
    return {"queries": rows, "total": total}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--triples", type=int, default=1_000_000, help="Store size to generate (default 10^6)."
    )
    parser.add_argument("--actors", type=int, default=400, help="Distinct actors in the synthetic data.")
    parser.add_argument("--per-article", type=int, default=6, help="Statements per synthetic article.")
    parser.add_argument("--binding", choices=["kg", "values"], default="kg", help="See above.")
    parser.add_argument(
        "--unique",
        choices=["none", "selective", "all"],
        default="none",
        help="Make these query texts unique (a comment), so that their answers never come from the "
        "server's answer cache (default: none).",
    )
    parser.add_argument("--duration", type=float, default=60.0, help="Seconds of load (default 60).")
    parser.add_argument("--clients", type=int, default=20, help="Concurrent clients (default 20).")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="Server query processes.")
    parser.add_argument(
        "--memory", action="store_true", help="Serve with `kg serve --memory` (snapshots copied into memory)."
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="The server's query timeout (s).")
    parser.add_argument("--store", type=Path, help="Store folder to build or reuse (default: a temp folder).")
    parser.add_argument("--repeats", type=int, default=10, help="Runs of each query for the baselines.")
    parser.add_argument("--no-rdflib", action="store_true", help="Skip the rdflib baseline (slow to load).")
    parser.add_argument("--json", type=Path, help="Also write the figures to this JSON file.")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    with contextlib.ExitStack() as stack:
        if args.store is None:
            args.store = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kg-bench-"))) / "store"
        if (args.store / "oxigraph").is_dir():
            corpus = corpus_of(args.store)
            print(f"reusing {args.store}", file=sys.stderr)
        else:
            corpus = generate(
                args.store,
                triples=args.triples,
                actors=args.actors,
                per_article=args.per_article,
                seed=args.seed,
            )
        with Store(args.store) as opened:
            triples = data_triples(opened)
            counts = opened.stats().triples - triples
        log = args.store.parent / "bench-server.log"
        with running_server(
            args.store, workers=args.workers, timeout=args.timeout, log=log, memory=args.memory
        ) as base:
            if args.memory:  # the first query of each worker waits for its copy: let that happen first
                started = time.monotonic()

                def warm(number: int) -> int:
                    query = f"ASK {{ ?s ?p ?o }} # warm-up {number}"  # distinct: not from the cache
                    return httpx.get(f"{base}/sparql", params={"query": query}, timeout=600).status_code

                with ThreadPoolExecutor(args.workers) as pool:
                    list(pool.map(warm, range(args.workers * 4)))
                print(f"copies into memory: {time.monotonic() - started:.0f} s", file=sys.stderr)
            print(
                f"{args.clients} clients for {args.duration:.0f} s on {base} ({args.workers} query workers, "
                f"{os.cpu_count()} CPUs, {triples} triples + {counts} of counts, binding {args.binding}); "
                f"server log: {log}",
                file=sys.stderr,
            )
            load_before = os.getloadavg()[0]
            tally, seconds = run_load(
                base,
                corpus,
                clients=args.clients,
                duration=args.duration,
                binding=args.binding,
                seed=args.seed,
                unique=args.unique,
            )
        load_after = os.getloadavg()[0]
        options = {
            "repeats": args.repeats,
            "seed": args.seed,
            "binding": args.binding,
            "timeout": BASELINE_TIMEOUT,
        }
        print("baselines (median per query):", file=sys.stderr)
        direct = time_baseline("oxigraph", args.store, corpus, **options)
        baseline = None if args.no_rdflib else time_baseline("rdflib", args.store, corpus, **options)
        print(
            f"\nstore: {triples} triples; {args.clients} clients for {seconds:.0f} s; "
            f"{args.workers} query workers{' (memory)' if args.memory else ''}; binding: {args.binding}; "
            f"unique texts: {args.unique}; "
            f"{os.cpu_count()} CPUs, load average "
            f"{load_before:.1f} before and {load_after:.1f} after the load (other processes share the CPUs)\n"
        )
        figures = report(tally, seconds, direct, baseline)
        if args.json:
            figures.update(
                {"triples": triples, "seconds": seconds, **{k: str(v) for k, v in vars(args).items()}}
            )
            args.json.write_text(json.dumps(figures, indent=1, default=str))


if __name__ == "__main__":
    main()
