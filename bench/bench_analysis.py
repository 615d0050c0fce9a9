"""Benchmark of ``kg analyze`` on a generated store of at least a million triples.

It generates articles of synthetic statements between a few thousand actors
(regional blocs that mostly talk among themselves, dates over two years), turns
each article into its named graph with ``kg.rdf.article_graph`` and bulk-loads
the quads into a store (pyoxigraph's ``bulk_extend``). Then it times:

* ``kg analyze --store DIR --format csv`` run as a user would, in a fresh
  process (start-up, reading the store, the analysis, the tables): this must
  take under a minute;
* the same in this process, step by step (reading the statements, the actor
  graph, PageRank, betweenness, communities, dyads);
* the named query ``dyads`` in SPARQL, for comparison.

    .venv/bin/python bench/bench_analysis.py [--triples 1000000] [--actors 2000]
                                             [--store DIR] [--keep]

``--store DIR`` reuses a store built by an earlier run when it holds enough
triples (otherwise it is rebuilt there); without it the store goes to a
temporary folder, removed at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import EVENTS  # noqa: E402
from kg import queries, rdf  # noqa: E402
from kg.analysis import analyze  # noqa: E402
from kg.report import analysis_tables  # noqa: E402
from kg.store import Store  # noqa: E402
from kg.terms import to_ox  # noqa: E402
from kg.types import Actor, ActorType, Article, EventClass, Statement  # noqa: E402

LIMIT_SECONDS = 60.0

BLOCS = 20
INSIDE_BLOC = 0.8  # share of statements between actors of the same bloc
STATEMENTS_PER_ARTICLE = 10
FIRST_DAY = date(2021, 1, 1)
DAYS = 730


def make_actors(count: int, rng: random.Random) -> list[Actor]:
    """Countries, organisations and persons (affiliated to a country), in that mix."""
    actors: list[Actor] = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.7 or not actors:
            actors.append(Actor(f"Country {i:05d}", ActorType.COUNTRY, code=f"C{i:05d}"))
        elif roll < 0.9:
            actors.append(Actor(f"Organisation {i:05d}", ActorType.ORGANIZATION, code=f"O{i:05d}"))
        else:
            home = rng.choice([a for a in actors[-50:] if a.type is ActorType.COUNTRY] or [actors[0]])
            actors.append(Actor(f"Person {i:05d}", ActorType.PERSON, affiliation=home, role="minister"))
    return actors


def make_articles(actors: list[Actor], rng: random.Random) -> Iterator[tuple[Article, list[Statement]]]:
    """Endless articles of synthetic statements; most pairs within a bloc, a few busy actors."""
    events = [(EventClass(code, name, quad, gold), relation) for code, name, quad, gold, relation in EVENTS]
    blocs = [actors[i::BLOCS] for i in range(BLOCS)]
    weights = [1.0 / (rank + 1) ** 0.6 for rank in range(len(actors))]  # a few actors are much busier
    n = 0
    while True:
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        article = Article(
            id=f"synthetic-{n:07d}", text="(synthetic)", title=f"Synthetic report {n}", date=day.isoformat()
        )
        statements = []
        for i in range(STATEMENTS_PER_ARTICLE):
            subject = rng.choices(actors, weights)[0]
            if rng.random() < INSIDE_BLOC:
                obj = rng.choice(blocs[actors.index(subject) % BLOCS])
            else:
                obj = rng.choices(actors, weights)[0]
            if obj == subject:
                obj = actors[(actors.index(subject) + BLOCS) % len(actors)]
            event, relation = rng.choice(events)
            sentence = f"{subject.name} {relation} {obj.name} in report {n}, sentence {i}."
            statements.append(
                Statement(
                    subject=subject,
                    relation=relation,
                    object=obj,
                    event=event,
                    sentence=sentence,
                    start=i * 100,
                    end=i * 100 + len(sentence),
                    article_id=article.id,
                    date=article.date,
                    negated=rng.random() < 0.05,
                    hypothetical=rng.random() < 0.05,
                    article_title=article.title,
                )
            )
        yield article, statements
        n += 1


def build_store(path: Path, *, triples: int, actors: int, seed: int) -> tuple[int, float, float]:
    """Generate and bulk-load a store of at least ``triples``; (articles, generation s, loading s)."""
    rng = random.Random(seed)
    start = time.perf_counter()
    quads: list[ox.Quad] = []
    articles = 0
    for article, statements in make_articles(make_actors(actors, rng), rng):
        graph = rdf.article_graph(article, statements)
        name = ox.NamedNode(str(rdf.article_iri(article.id)))
        quads.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph)
        articles += 1
        if len(quads) >= triples:
            break
    generated = time.perf_counter()
    shutil.rmtree(path, ignore_errors=True)
    with Store(path, write=True) as store:
        # Store has no bulk API (it writes one article per transaction): load through its database.
        store._db.bulk_extend(quads)
    return articles, generated - start, time.perf_counter() - generated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="at least this many triples")
    parser.add_argument("--actors", type=int, default=2000, help="how many actors")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", type=Path, help="reuse (or build) the store here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = parser.parse_args()

    folder = None if args.store else Path(tempfile.mkdtemp(prefix="kg-bench-analysis-"))
    path = args.store or folder / "store"
    try:
        stats = None
        if (path / "oxigraph").exists():
            with Store(path) as store:
                stats = store.stats()
            if stats.triples < args.triples:
                stats = None
        if stats is None:
            articles, gen_s, load_s = build_store(
                path, triples=args.triples, actors=args.actors, seed=args.seed
            )
            print(f"generated {articles:,} articles in {gen_s:.1f} s; bulk-loaded in {load_s:.1f} s")
            with Store(path) as store:
                stats = store.stats()
        print(
            f"store {path}: {stats.triples:,} triples, {stats.articles:,} articles, "
            f"{stats.statements:,} statements, {stats.actors:,} actors"
        )

        # 1. As a user runs it: a fresh process, everything included.
        kg = Path(sys.executable).with_name("kg")
        command = [str(kg), "analyze", "--store", str(path), "--format", "csv"]
        start = time.perf_counter()
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, env=os.environ | {"COLUMNS": "200"}
        )
        wall = time.perf_counter() - start
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        note = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        print(f"kg analyze (fresh process, end to end): {wall:.1f} s  [{note}]")

        # 2. The same steps in this process, timed one by one: each mark starts a step.
        marks: list[tuple[str, float]] = [("read the statements (Store.statements)", time.perf_counter())]
        with Store(path) as store:
            statements = store.statements()
        result = analyze(statements, progress=lambda step: marks.append((step, time.perf_counter())))
        marks.append(("the tables of the top 20", time.perf_counter()))
        analysis_tables(result.top(20))
        marks.append(("", time.perf_counter()))
        print(f"in-process steps ({len(statements):,} statements):")
        for (label, at), (_, end) in pairwise(marks):
            print(f"  {label:<60} {end - at:6.1f} s")
        print(f"  {'total':<60} {marks[-1][1] - marks[0][1]:6.1f} s")
        print(f"  {result.betweenness.describe()}")
        print(
            f"  {result.actor_count:,} actors, {result.dyad_count:,} dyads, "
            f"{result.community_count} communities"
        )

        # 3. The dyads in SPARQL.
        start = time.perf_counter()
        with Store(path) as store:
            rows = store.query(queries.get("dyads").sparql)
        print(f"named query dyads (SPARQL): {len(rows):,} rows in {time.perf_counter() - start:.1f} s")

        verdict = "within" if wall < LIMIT_SECONDS else "OVER"
        print(f"kg analyze took {wall:.1f} s: {verdict} the {LIMIT_SECONDS:.0f} s limit")
        return 0 if wall < LIMIT_SECONDS else 1
    finally:
        if folder is not None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        elif folder is not None:
            print(f"kept {path}")


if __name__ == "__main__":
    sys.exit(main())
