"""Load benchmark of ``kg serve``: a store of >= 10^6 triples, concurrent clients, mixed named queries.

    python bench/bench_server.py                       # 10^6 triples, 20 clients, 60 s
    python bench/bench_server.py --duration 20 --store /tmp/kg-bench-store   # keep the store for reruns

1. Builds (or reuses, with ``--store``) a store of synthetic articles: actors,
   statements between them with real CAMEO classes, dates over ten years,
   written through ``kg.store.Store.add`` like ``kg build`` does.
2. Starts the real server (uvicorn in a subprocess, loopback) and runs
   ``--clients`` threads with httpx for ``--duration`` seconds, each sending
   the named queries actor / between / date-range (selective) and top-actors /
   conflict-pairs (ranking) with their parameters bound as RDF terms.
3. Runs the same query texts on rdflib's in-memory ``Dataset`` (union default
   graph) and on Oxigraph directly (no HTTP, one process) as baselines.

Prints requests/s, p50/p95/p99 latency and errors per query, and the ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import httpx
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.events import event_classes  # noqa: E402
from kg.queries import named_queries  # noqa: E402
from kg.rdf import actor_iri  # noqa: E402
from kg.store import PREFIXES, Store, bind_values  # noqa: E402
from kg.types import Actor, ActorType, Article, Statement  # noqa: E402

SELECTIVE = ("actor", "between", "date-range")
RANKING = ("top-actors", "conflict-pairs")
#: How often each query is sent, relative to the others.
MIX = {"actor": 30, "between": 30, "date-range": 30, "top-actors": 5, "conflict-pairs": 5}
#: p95 target for the selective queries, in milliseconds.
TARGET_P95_MS = 250.0
FIRST_DAY = date(2015, 1, 1)
DAYS = 3650


# --- the synthetic store ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """What the query mix needs to know about the generated data."""

    actors: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]  # pairs that do have statements


def _actors(count: int, rng: random.Random) -> list[Actor]:
    types = [ActorType.COUNTRY] * 5 + [ActorType.ORGANIZATION] * 2 + [ActorType.PERSON, ActorType.GROUP]
    out = []
    for i in range(count):
        kind = types[i % len(types)]
        code = f"X{i:03d}" if kind is not ActorType.PERSON else None
        out.append(Actor(f"{kind.value} {i:04d}", kind, code=code))
    rng.shuffle(out)
    return out


def generate(path: Path, *, triples: int, actors: int, per_article: int, seed: int) -> Corpus:
    """Write synthetic articles into the store at ``path`` until it holds ``triples`` triples."""
    rng = random.Random(seed)
    people = _actors(actors, rng)
    classes = [c for c in event_classes() if len(c.code) >= 3]
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(people))]  # a few actors are in the news a lot
    pairs: set[tuple[str, str]] = set()
    started = time.monotonic()
    with Store(path, write=True) as store:
        count = 0
        while True:
            if count % 500 == 0 and store.stats().triples >= triples:
                break
            day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            text = f"Synthetic article {count} of the load benchmark."
            article = Article(id=f"bench-{count}", text=text, title=f"Article {count}", date=day.isoformat())
            statements = []
            for k in range(per_article):
                subj, obj = rng.choices(people, weights, k=2)
                if subj == obj:
                    continue
                event = rng.choice(classes)
                sentence = f"{subj.name} and {obj.name}: event {event.code} number {k}."
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
                pairs.add((subj.name, obj.name))
            store.add(article, statements)
            count += 1
        stats = store.stats()
    print(
        f"generated {stats.articles} articles, {stats.statements} statements, {stats.actors} actors, "
        f"{stats.triples} triples in {time.monotonic() - started:.0f} s",
        file=sys.stderr,
    )
    return Corpus(tuple(a.name for a in people), tuple(sorted(pairs)))


def corpus_of(path: Path) -> Corpus:
    """Actors and connected pairs of an existing benchmark store."""
    with Store(path) as store:
        rows = store.query(
            "SELECT DISTINCT ?a ?b WHERE { ?s a kg:Statement ; kg:subject ?x ; kg:object ?y . "
            "?x rdfs:label ?a . ?y rdfs:label ?b }"
        )
    pairs = tuple(sorted({(str(a.value), str(b.value)) for a, b in rows.rows}))
    return Corpus(tuple(sorted({name for pair in pairs for name in pair})), pairs)


# --- the query mix -------------------------------------------------------------------------------------------


def query_text(name: str, corpus: Corpus, rng: random.Random) -> str:
    """A named query with its parameters bound (as Oxigraph-serialised terms in a VALUES block)."""
    named = named_queries()[name]
    terms: dict[str, object] = {}
    if name == "actor":
        terms["name"] = ox.NamedNode(str(actor_iri(rng.choice(corpus.actors))))
    elif name == "between":
        a, b = rng.choice(corpus.pairs)
        terms = {"a": ox.NamedNode(str(actor_iri(a))), "b": ox.NamedNode(str(actor_iri(b)))}
    elif name == "date-range":
        since = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 7))
        xsd_date = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
        terms = {
            "since": ox.Literal(since.isoformat(), datatype=xsd_date),
            "until": ox.Literal((since + timedelta(days=6)).isoformat(), datatype=xsd_date),
        }
    return bind_values(named.sparql, terms) if terms else named.sparql


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    truncated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)


def client_loop(base: str, corpus: Corpus, deadline: float, seed: int, tally: Tally) -> None:
    rng = random.Random(seed)
    names, weights = list(MIX), list(MIX.values())
    with httpx.Client(base_url=base, timeout=120) as http:
        while time.monotonic() < deadline:
            name = rng.choices(names, weights)[0]
            sparql = query_text(name, corpus, rng)
            started = time.perf_counter()
            try:
                response = http.post(
                    "/sparql",
                    content=sparql.encode(),
                    headers={
                        "content-type": "application/sparql-query",
                        "accept": "application/sparql-results+json",
                    },
                )
                body = response.content
                elapsed = time.perf_counter() - started
                ok = response.status_code == 200 and body.startswith(b"{")
                problem = None if ok else f"{response.status_code}: {body[:200].decode(errors='replace')}"
            except httpx.HTTPError as e:
                elapsed, problem = time.perf_counter() - started, f"{type(e).__name__}: {e}"
            with tally.lock:
                if problem is None:
                    tally.latencies[name].append(elapsed)
                    if response.headers.get("x-kg-truncated") == "true":
                        tally.truncated[name] += 1
                else:
                    tally.errors[name].append(problem)


# --- the server ------------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(store: Path, *, workers: int, timeout: float, log: Path) -> Iterator[str]:
    port = _free_port()
    code = (
        "import logging; from kg.server import serve; "
        f"serve({str(store)!r}, port={port}, workers={workers}, timeout={timeout})"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
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


# --- baselines -----------------------------------------------------------------------------------------------------


def time_queries(run, corpus: Corpus, *, repeats: dict[str, int], seed: int) -> dict[str, list[float]]:
    """Seconds per run of each named query in the mix, with ``run(sparql)`` doing the work."""
    rng = random.Random(seed)
    out: dict[str, list[float]] = {}
    for name, times in repeats.items():
        out[name] = []
        for _ in range(times):
            sparql = query_text(name, corpus, rng)
            started = time.perf_counter()
            run(sparql)
            out[name].append(time.perf_counter() - started)
    return out


def oxigraph_direct(
    store: Path, corpus: Corpus, *, repeats: dict[str, int], seed: int
) -> dict[str, list[float]]:
    with Store(store) as opened:

        def run(sparql: str) -> None:
            result = opened.raw_query(sparql)
            sum(1 for _ in result)

        return time_queries(run, corpus, repeats=repeats, seed=seed)


def rdflib_baseline(
    store: Path, corpus: Corpus, *, repeats: dict[str, int], seed: int
) -> dict[str, list[float]]:
    from rdflib import Dataset

    from kg.store import _rd

    started = time.monotonic()
    dataset = Dataset(default_union=True)
    with Store(store) as opened:
        for quad in opened.dataset():
            graph = dataset.graph(_rd(quad.graph_name))
            graph.add((_rd(quad.subject), _rd(quad.predicate), _rd(quad.object)))
    print(f"loaded {len(dataset)} triples into rdflib in {time.monotonic() - started:.0f} s", file=sys.stderr)

    def run(sparql: str) -> None:
        sum(1 for _ in dataset.query(sparql, initNs=PREFIXES))

    return time_queries(run, corpus, repeats=repeats, seed=seed)


# --- report ----------------------------------------------------------------------------------------------------------


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def report(
    tally: Tally,
    seconds: float,
    direct: dict[str, list[float]],
    baseline: dict[str, list[float]] | None,
) -> dict[str, object]:
    rows = {}
    header = (
        f"{'query':<15}{'ok':>7}{'err':>5}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'trunc':>7}{'oxigraph ms':>13}{'rdflib ms':>11}{'rdflib/http p50':>17}"
    )
    print(header)
    for name in MIX:
        lat = tally.latencies.get(name, [])
        direct_ms = statistics.median(direct[name]) * 1000 if direct.get(name) else float("nan")
        base_ms = (
            statistics.median(baseline[name]) * 1000 if baseline and baseline.get(name) else float("nan")
        )
        p50 = _percentile(lat, 50) * 1000
        row = {
            "ok": len(lat),
            "errors": len(tally.errors.get(name, [])),
            "rps": len(lat) / seconds,
            "p50_ms": p50,
            "p95_ms": _percentile(lat, 95) * 1000,
            "p99_ms": _percentile(lat, 99) * 1000,
            "truncated": tally.truncated.get(name, 0),
            "oxigraph_direct_ms": direct_ms,
            "rdflib_ms": base_ms,
            "rdflib_over_http_p50": base_ms / p50 if p50 else float("nan"),
        }
        rows[name] = row
        print(
            f"{name:<15}{row['ok']:>7}{row['errors']:>5}{row['rps']:>8.1f}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}"
            f"{row['p99_ms']:>9.1f}{row['truncated']:>7}{direct_ms:>13.1f}{base_ms:>11.1f}"
            f"{row['rdflib_over_http_p50']:>17.1f}"
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
    print(
        f"\nall: {total['requests']} requests, {errors} errors, {total['rps']:.1f} req/s, "
        f"p50 {total['p50_ms']:.0f} ms, p95 {total['p95_ms']:.0f} ms, p99 {total['p99_ms']:.0f} ms; "
        f"selective p95 {total['selective_p95_ms']:.0f} ms (target < {TARGET_P95_MS:.0f} ms: "
        f"{'met' if total['selective_p95_ms'] < TARGET_P95_MS else 'NOT met'}), no errors: "
        f"{'met' if errors == 0 else 'NOT met'}"
    )
    for name, problems in tally.errors.items():
        print(f"  {name}: {len(problems)} errors, first: {problems[0]}")
    return {"queries": rows, "total": total}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--triples", type=int, default=1_000_000, help="Store size to generate (default 10^6)."
    )
    parser.add_argument("--actors", type=int, default=400, help="Distinct actors in the synthetic data.")
    parser.add_argument("--per-article", type=int, default=6, help="Statements per synthetic article.")
    parser.add_argument("--duration", type=float, default=60.0, help="Seconds of load (default 60).")
    parser.add_argument("--clients", type=int, default=20, help="Concurrent clients (default 20).")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="Server query processes.")
    parser.add_argument("--timeout", type=float, default=30.0, help="The server's query timeout.")
    parser.add_argument("--store", type=Path, help="Store folder to build or reuse (default: a temp folder).")
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
            triples = opened.stats().triples
        log = args.store.parent / "bench-server.log"
        with running_server(args.store, workers=args.workers, timeout=args.timeout, log=log) as base:
            tally = Tally()
            # warm-up: every worker opens the snapshot
            for name in MIX:
                httpx.post(
                    f"{base}/sparql",
                    content=query_text(name, corpus, random.Random(0)).encode(),
                    headers={"content-type": "application/sparql-query"},
                    timeout=120,
                )
            print(
                f"{args.clients} clients for {args.duration:.0f} s on {base} "
                f"({args.workers} query workers, {os.cpu_count()} CPUs, {triples} triples)",
                file=sys.stderr,
            )
            deadline = time.monotonic() + args.duration
            started = time.monotonic()
            threads = [
                threading.Thread(target=client_loop, args=(base, corpus, deadline, args.seed + i, tally))
                for i in range(args.clients)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            seconds = time.monotonic() - started
        repeats = {n: (20 if n in SELECTIVE else 3) for n in MIX}
        direct = oxigraph_direct(args.store, corpus, repeats=repeats, seed=args.seed)
        baseline = None
        if not args.no_rdflib:
            baseline = rdflib_baseline(
                args.store, corpus, repeats={n: (5 if n in SELECTIVE else 1) for n in MIX}, seed=args.seed
            )
        print(
            f"\nstore: {triples} triples; load: {args.clients} clients, {seconds:.0f} s, {args.workers} workers\n"
        )
        figures = report(tally, seconds, direct, baseline)
        if args.json:
            figures.update(
                {"triples": triples, "clients": args.clients, "seconds": seconds, "workers": args.workers}
            )
            args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
