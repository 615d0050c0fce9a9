"""Benchmark of the store against rdflib's in-memory graph: bulk load and the named queries.

For each size (10^5 and 10^6 triples by default) it generates synthetic articles
and statements (fixed seed; actors drawn with a skewed distribution, so a few are
frequent as in the news; the actors of the named queries' examples included) and
turns them into RDF through ``kg.rdf``, so the data has exactly the shape ``kg
build`` writes. Then:

* kg: a new :class:`kg.store.Store`, the articles added with ``Store.add_many``
  in batches of 32 (one transaction each: the path ``kg build`` takes), then every named query of
  ``kg query --list`` with its example parameters; for reference, Oxigraph's own
  bulk loader (no transactions) on the same quads dumped as N-Quads;
* rdflib: a ``Dataset`` in memory with its default graph the union of the named
  graphs (as the store's queries see it), loaded with the same graphs (each
  article's own, the shared graph of the actors, and the counts the store
  keeps at ingest, copied from it: the ranking queries read them), then the
  same queries with the same bound terms. An rdflib query that takes
  longer than ``--timeout`` is stopped (it runs in a forked child) and counted at
  the timeout, which flatters rdflib.

Both loads include building each article's rdflib graph with ``kg.rdf``; that
shared cost is also timed alone. Row counts are printed side by side as a check
that both engines answered the same question.

    .venv/bin/python bench/bench_store.py                          # 10^5 and 10^6 triples
    .venv/bin/python bench/bench_store.py --sizes 100000 --timeout 120   # quick
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import multiprocessing
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg import queries, rdf  # noqa: E402
from kg.store import PREFIXES, Store  # noqa: E402
from kg.summary import SUMMARY_GRAPH  # noqa: E402
from kg.terms import triple_to_rdflib  # noqa: E402
from kg.types import Actor, ActorType, Article, EventClass, Statement  # noqa: E402

COUNTRIES = [
    ("China", "CHN"),
    ("Russia", "RUS"),
    ("Ukraine", "UKR"),
    ("United States", "USA"),
    ("France", "FRA"),
    ("Germany", "DEU"),
    ("United Kingdom", "GBR"),
    ("Japan", "JPN"),
    ("India", "IND"),
    ("Turkey", "TUR"),
    ("Iran", "IRN"),
    ("Israel", "ISR"),
    ("Brazil", "BRA"),
    ("Poland", "POL"),
    ("Egypt", "EGY"),
    ("South Africa", "ZAF"),
    ("Canada", "CAN"),
    ("Australia", "AUS"),
    ("Saudi Arabia", "SAU"),
    ("Pakistan", "PAK"),
    ("North Korea", "PRK"),
    ("South Korea", "KOR"),
    ("Syria", "SYR"),
    ("Mexico", "MEX"),
    ("Nigeria", "NGA"),
    ("Ethiopia", "ETH"),
    ("Sudan", "SDN"),
    ("Venezuela", "VEN"),
    ("Indonesia", "IDN"),
    ("Vietnam", "VNM"),
]
ORGANISATIONS = [
    ("NATO", "NATO"),
    ("European Union", "EU"),
    ("United Nations", "UN"),
    ("African Union", "AU"),
    ("ASEAN", "ASEAN"),
    ("OPEC", "OPEC"),
]
PEOPLE = [
    ("Zhao Lijian", "China", "foreign ministry spokesman"),
    ("Vladimir Putin", "Russia", "president"),
    ("Xi Jinping", "China", "president"),
    ("Volodymyr Zelensky", "Ukraine", "president"),
    ("Antony Blinken", "United States", "secretary of state"),
    ("Jens Stoltenberg", "NATO", "secretary general"),
]
EVENTS = [
    ("accuse", EventClass("112", "Accuse", 3, -2.0)),
    ("criticize", EventClass("111", "Criticize or denounce", 3, -2.0)),
    ("attack", EventClass("190", "Use conventional military force", 4, -10.0)),
    ("threaten", EventClass("130", "Threaten", 3, -4.4)),
    ("impose sanctions on", EventClass("163", "Impose embargo, boycott, or sanctions", 4, -8.0)),
    ("meet with", EventClass("040", "Consult", 1, 1.0)),
    ("provide aid to", EventClass("070", "Provide aid", 2, 7.0)),
    ("sign agreement with", EventClass("057", "Sign formal agreement", 1, 8.0)),
    ("praise", EventClass("051", "Praise or endorse", 1, 3.4)),
    ("reject", EventClass("120", "Reject", 3, -4.0)),
    ("urge", EventClass("010", "Make statement", 1, 0.0)),
]


def actors() -> list[Actor]:
    out = [Actor(name, ActorType.COUNTRY, code=code) for name, code in COUNTRIES]
    out += [Actor(name, ActorType.ORGANIZATION, code=code) for name, code in ORGANISATIONS]
    by_name = {actor.name: actor for actor in out}
    out += [Actor(name, ActorType.PERSON, affiliation=by_name[aff], role=role) for name, aff, role in PEOPLE]
    return out


def articles(seed: int = 1) -> Iterator[tuple[Article, list[Statement]]]:
    """An endless stream of synthetic articles with 4–16 statements each."""
    rng = random.Random(seed)
    pool = actors()
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(pool))]  # a few actors are frequent
    start = dt.date(2020, 1, 1)
    for i in itertools.count():
        date = (start + dt.timedelta(days=rng.randrange(1500))).isoformat()
        article = Article(
            id=f"synthetic-{i}", text="", title=f"Synthetic article {i}", date=date, source="bench"
        )
        statements = []
        for j in range(rng.randint(4, 16)):
            subject, obj = rng.choices(pool, weights, k=2)
            while obj == subject:
                obj = rng.choices(pool, weights)[0]
            relation, event = rng.choice(EVENTS)
            sentence = f"{subject.name} said to {relation} {obj.name} (article {i}, sentence {j})."
            statements.append(
                Statement(
                    subject=subject,
                    relation=relation,
                    object=obj,
                    event=event,
                    sentence=sentence,
                    start=100 * j,
                    end=100 * j + len(sentence),
                    article_id=article.id,
                    date=date,
                    negated=rng.random() < 0.08,
                    hypothetical=rng.random() < 0.08,
                    source=rng.choice(pool) if rng.random() < 0.2 else None,
                    article_title=article.title,
                )
            )
        yield article, statements


def plan(triples: int, seed: int) -> tuple[int, int, float]:
    """How many articles make ``triples`` stored triples; the exact count; seconds building their graphs.

    As in the store, each article's own graph counts whole and the actors'
    descriptions once (they share one graph).
    """
    own = n = 0
    described: set = set()
    started = time.perf_counter()
    for article, statements in articles(seed):
        graph, actors = rdf.article_graphs(article, statements)
        own += len(graph)
        described.update(actors)
        n += 1
        if own + len(described) >= triples:
            break
    return n, own + len(described), time.perf_counter() - started


def bindings_for(store: Store) -> dict[str, dict[str, Any]]:
    """Each named query's example parameters, bound as terms (actors looked up in the store)."""
    return {
        named.name: queries.bind(store, named, {p.name: p.example for p in named.params})
        for named in queries.named_queries().values()
    }


def in_child(run: Callable[[], Any], timeout: float) -> Any:
    """``run()`` in a forked child; its result, or None when it takes longer than ``timeout``."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def target() -> None:
        send.send(run())

    process = context.Process(target=target)
    process.start()
    send.close()
    result = receive.recv() if receive.poll(timeout) else None
    process.kill()
    process.join()
    return result


def bench_size(triples: int, *, seed: int, timeout: float, work: Path) -> dict[str, Any]:
    n, total, graph_seconds = plan(triples, seed)
    print(
        f"\n== {total:,} triples: {n:,} articles; "
        f"building their graphs with kg.rdf alone takes {graph_seconds:.1f}s"
    )
    stream = articles(seed)

    # -- kg: the embedded store ---------------------------------------------------------
    path = work / f"store-{triples}"
    with Store(path, write=True) as store:
        started = time.perf_counter()
        for start in range(0, n, 32):
            store.add_many([next(stream) for _ in range(min(32, n - start))], known={})
        kg_load = time.perf_counter() - started
        binds = bindings_for(store)
        kg_times, kg_rows = {}, {}
        for name, named in queries.named_queries().items():
            started = time.perf_counter()
            kg_rows[name] = len(store.query(named.sparql, bindings=binds[name]))
            kg_times[name] = time.perf_counter() - started
        stored = store.stats().triples
        counts = list(store.summary_quads())
        dump = work / f"dump-{triples}.nq"
        store.dump(dump, fmt=ox.RdfFormat.N_QUADS, with_ontology=True)
    print(f"kg store:  load {kg_load:7.1f}s ({stored:,} quads stored, the ontology included)")
    # For reference: Oxigraph's own bulk loader on the same quads (no transactions, no RDF building).
    bulk = ox.Store(str(work / f"bulk-{triples}"))
    started = time.perf_counter()
    bulk.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    print(
        f"oxigraph bulk_load of the same quads from N-Quads: {time.perf_counter() - started:.1f}s (reference)"
    )
    del bulk

    # -- rdflib: Dataset in memory, default graph = union ---------------------------------
    from rdflib import Dataset, URIRef

    dataset = Dataset(default_union=True)
    started = time.perf_counter()
    described = dataset.graph(rdf.ACTORS_GRAPH)
    for article, statements in itertools.islice(articles(seed), n):
        graph, actors = rdf.article_graphs(article, statements)
        context = dataset.graph(graph.identifier)
        context += graph
        described += actors
    # the counts kg keeps at ingest, which the ranking queries read: the same data for both
    summary = dataset.graph(URIRef(str(SUMMARY_GRAPH)))
    for quad in counts:
        summary.add(triple_to_rdflib(quad))
    rd_load = time.perf_counter() - started
    print(f"rdflib:    load {rd_load:7.1f}s; kg is {rd_load / kg_load:.1f}x faster")
    rd_times, rd_rows = {}, {}
    for name, named in queries.named_queries().items():

        def run(sparql: str = named.sparql, bound: dict = binds[name]) -> tuple[float, int]:
            started = time.perf_counter()
            rows = len(list(dataset.query(sparql, initNs=PREFIXES, initBindings=bound)))
            return time.perf_counter() - started, rows

        answer = in_child(run, timeout)
        rd_times[name], rd_rows[name] = answer if answer else (timeout, None)

    print(f"{'query':<16} {'kg s':>8} {'rdflib s':>9} {'ratio':>7}   rows kg/rdflib")
    for name in kg_times:
        late = " (stopped at the timeout)" if rd_rows[name] is None else ""
        ratio = rd_times[name] / max(kg_times[name], 1e-6)
        print(
            f"{name:<16} {kg_times[name]:8.3f} {rd_times[name]:9.3f} {ratio:6.0f}x   "
            f"{kg_rows[name]}/{rd_rows[name]}{late}"
        )
    kg_total, rd_total = sum(kg_times.values()), sum(rd_times.values())
    print(f"{'all queries':<16} {kg_total:8.3f} {rd_total:9.3f} {rd_total / kg_total:6.0f}x")
    return {
        "triples": total,
        "kg_load": kg_load,
        "rdflib_load": rd_load,
        "kg_queries": kg_total,
        "rd_queries": rd_total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="triple counts, comma-separated")
    parser.add_argument(
        "--timeout", type=float, default=600, help="seconds before an rdflib query is stopped"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed of the synthetic data")
    parser.add_argument("--keep", type=Path, help="folder for the stores (default: a temporary one)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs, {len(os.sched_getaffinity(0))} available; load {os.getloadavg()}")
    results = [
        bench_size(int(size), seed=args.seed, timeout=args.timeout, work=work)
        for size in args.sizes.split(",")
    ]
    print("\nsummary")
    for r in results:
        print(
            f"{r['triples']:>10,} triples: load kg {r['kg_load']:.1f}s vs rdflib {r['rdflib_load']:.1f}s "
            f"({r['rdflib_load'] / r['kg_load']:.1f}x); named queries kg {r['kg_queries']:.2f}s vs rdflib "
            f"{r['rd_queries']:.2f}s ({r['rd_queries'] / r['kg_queries']:.0f}x)"
        )


if __name__ == "__main__":
    main()
