"""What an analyst asks of the statement graph: who is central, which blocs form, how dyads move.

Everything here is pure: it takes statements (or :func:`kg.network.to_networkx`'s
graph of them, one edge per statement) and returns frozen rows. Nothing touches
the disk or the network, and nothing prints; :mod:`kg.report` draws and writes.

The measures, and the graphs they are computed on:

* **degree**: how many other actors an actor has statements with (either
  direction); **weighted degree**: how many statements it has with other actors.
  Statements of an actor about itself are left out of every measure.
* **betweenness**: on the undirected actor graph, unweighted (a step is a pair
  with at least one statement), normalised to 0–1 as networkx does. Exact while
  sources × edges stays within a budget; above it, estimated from a fixed,
  seeded sample of source actors (Brandes–Pich), which :class:`Betweenness` says.
* **PageRank**: on the directed actor graph (subject → object, weighted by the
  number of statements), damping 0.85, dangling actors spread evenly, so actors
  that many others act towards rank high.
* **communities**: Louvain modularity on the undirected weighted actor graph,
  with a fixed seed so the same store always gives the same blocs.
* **dyads**: unordered pairs of actors. ``statements`` counts everything said
  between them; the QuadClass counts and the Goldstein sum and mean count only
  *events*: statements that are neither negated nor hypothetical ("did not
  attack", "could impose sanctions" did not happen), as event data (GDELT, ICEWS)
  counts only what happened.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date as Date
from datetime import timedelta
from typing import Any

import networkx as nx
import numpy as np

from kg.dates import stored_day
from kg.errors import QueryError
from kg.network import find_actor, to_networkx
from kg.types import Statement

#: The seed of every random choice here (community detection, betweenness samples).
SEED = 42

#: Exact betweenness costs about sources × edges steps; above this many it is estimated.
BETWEENNESS_BUDGET = 10_000_000

#: The fewest source actors an estimate of betweenness samples.
BETWEENNESS_MIN_SOURCES = 64

#: PageRank's damping factor (the probability of following a statement rather than jumping).
PAGERANK_ALPHA = 0.85

#: Time-series buckets, finest first.
BUCKETS = ("day", "week", "month")

# How `auto` picks a bucket from the span of a dyad's dates (inclusive days):
# up to two months day by day, up to a year week by week, beyond that by month.
AUTO_BUCKETS: tuple[tuple[int, str], ...] = ((62, "day"), (366, "week"))

# The QuadClass counters of a row, in QuadClass order 1–4.
QUAD_FIELDS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")

Progress = Callable[[str], None]


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class ActorScore:
    """One actor's centrality in the statement graph."""

    actor: str
    type: str
    degree: int  # distinct other actors
    weighted_degree: int  # statements with other actors
    betweenness: float
    pagerank: float
    community: int  # the id of its :class:`Community`


@dataclass(frozen=True)
class Betweenness:
    """How betweenness was computed: exactly, or estimated from a sample of sources."""

    exact: bool
    sources: int  # actors used as sources of shortest paths
    actors: int
    seed: int | None  # the sample's seed; None when exact

    def describe(self) -> str:
        """One line for the output, saying whether the figures are estimates."""
        if self.exact:
            return f"betweenness: exact ({self.actors} actors)"
        return (
            f"betweenness: approximate, from {self.sources} of {self.actors} actors sampled as sources "
            f"(seed {self.seed}); exact would take too long on a graph this size"
        )


@dataclass(frozen=True)
class Community:
    """A bloc: actors with more statements among themselves than with the rest."""

    id: int  # 1 is the largest
    members: tuple[str, ...]  # most statements (weighted degree) first
    statements: int  # statements between two members

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class Dyad:
    """An unordered pair of actors (``a`` < ``b`` by name) and the balance of what passed between them."""

    a: str
    b: str
    statements: int
    a_to_b: int  # statements with ``a`` as subject
    b_to_a: int
    events: int  # statements neither negated nor hypothetical
    verbal_cooperation: int  # events per QuadClass …
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float  # … and their Goldstein values
    goldstein_mean: float | None  # None without events
    first: str | None  # ISO date of the earliest dated statement
    last: str | None


@dataclass(frozen=True)
class DyadEvent:
    """One statement between the two actors of a dyad, for the dyad's table."""

    date: str  # "" when undated
    subject: str
    relation: str
    object: str
    cameo: str
    event: str
    quad_class: int
    goldstein: float
    negated: bool
    hypothetical: bool
    sentence: str
    article: str
    title: str


@dataclass(frozen=True)
class SeriesPoint:
    """One time bucket of a dyad: its first day and what passed in it."""

    start: str  # ISO date of the bucket's first day (a Monday for weeks, the 1st for months)
    statements: int
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None  # None without events


@dataclass(frozen=True)
class DyadSeries:
    """Every statement between two actors, over time."""

    a: str
    b: str
    bucket: str  # "day", "week" or "month"
    points: tuple[SeriesPoint, ...]  # consecutive buckets, empty ones included
    events: tuple[DyadEvent, ...]  # oldest first, undated last
    undated: int  # statements without a date (in ``events``, not in ``points``)
    total: Dyad


@dataclass(frozen=True)
class Analysis:
    """Centrality, communities and dyads of one set of statements."""

    actors: tuple[ActorScore, ...]  # highest PageRank first
    communities: tuple[Community, ...]  # largest first
    dyads: tuple[Dyad, ...]  # most statements first
    betweenness: Betweenness
    statements: int
    actor_count: int
    dyad_count: int
    community_count: int
    first: str | None  # the statements' date range
    last: str | None

    def ranked(self, by: str = "pagerank") -> tuple[ActorScore, ...]:
        """The actors by one measure, highest first (ties by name)."""
        if by not in ACTOR_SORTS:
            raise QueryError(f"actors can be ranked by {', '.join(ACTOR_SORTS)}, not {by!r}")
        return tuple(sorted(self.actors, key=lambda row: (-getattr(row, ACTOR_SORTS[by]), row.actor)))

    def top(self, n: int | None, *, by: str = "pagerank") -> Analysis:
        """The same analysis with at most ``n`` rows per table (``None`` or 0: all)."""
        actors = self.ranked(by)
        if not n:
            return replace(self, actors=actors)
        return replace(self, actors=actors[:n], communities=self.communities[:n], dyads=self.dyads[:n])

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON: ``meta`` and the three tables as lists of dicts."""
        return {
            "meta": {
                "statements": self.statements,
                "actors": self.actor_count,
                "dyads": self.dyad_count,
                "communities": self.community_count,
                "first": self.first,
                "last": self.last,
                "betweenness": asdict(self.betweenness) | {"note": self.betweenness.describe()},
                "community_method": f"Louvain modularity, seed {SEED}",
            },
            "actors": [asdict(row) for row in self.actors],
            "communities": [asdict(row) | {"size": row.size} for row in self.communities],
            "dyads": [asdict(row) for row in self.dyads],
        }

    def frames(self) -> dict[str, Any]:
        """The tables as pandas data frames (``actors``, ``communities``, ``dyads``).

        pandas is not a dependency of ``kg``: without it this raises ImportError;
        the rows themselves (``analysis.actors`` …) need nothing.
        """
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError("Analysis.frames() needs pandas (pip install pandas); rows need nothing") from e
        tables = self.to_dict()
        return {name: pd.DataFrame(tables[name]) for name in ("actors", "communities", "dyads")}


#: What ``ranked`` and ``kg analyze --sort`` accept, and the field each sorts on.
ACTOR_SORTS = {
    "pagerank": "pagerank",
    "betweenness": "betweenness",
    "degree": "degree",
    "weighted": "weighted_degree",
}


# --------------------------------------------------------------------------- graphs


def statement_graph(source: Iterable[Statement] | nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``source`` as :func:`kg.network.to_networkx`'s graph (returned as is when it is one)."""
    if isinstance(source, nx.MultiDiGraph):
        return source
    return to_networkx(source)


def actor_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """The undirected actor graph: an edge per pair with statements, ``weight`` their number.

    Every actor is a node (with its ``type``), also one whose only statements are about itself.
    Nodes and edges are added in sorted order, so seeded algorithms repeat.
    """
    simple = nx.Graph()
    for node in sorted(graph, key=str):
        simple.add_node(node, type=graph.nodes[node].get("type", ""))
    weights: dict[tuple[str, str], int] = {}
    for u, v in graph.edges():
        if u != v:
            pair = (u, v) if str(u) <= str(v) else (v, u)
            weights[pair] = weights.get(pair, 0) + 1
    simple.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return simple


def directed_graph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """The directed actor graph: subject → object, ``weight`` the number of statements."""
    digraph = nx.DiGraph()
    digraph.add_nodes_from(sorted(graph, key=str))
    weights: dict[tuple[str, str], int] = {}
    for u, v in graph.edges():
        if u != v:
            weights[(u, v)] = weights.get((u, v), 0) + 1
    digraph.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return digraph


# --------------------------------------------------------------------------- centrality


def degrees(simple: nx.Graph) -> dict[str, tuple[int, int]]:
    """Each actor's (degree, weighted degree) in the undirected actor graph."""
    return {node: (simple.degree(node), simple.degree(node, weight="weight")) for node in simple}


def betweenness(
    simple: nx.Graph, *, budget: int = BETWEENNESS_BUDGET, seed: int = SEED
) -> tuple[dict[str, float], Betweenness]:
    """Normalised betweenness of every actor, and how it was computed.

    Exact when actors × edges is within ``budget``; otherwise estimated from
    ``budget // edges`` source actors (at least :data:`BETWEENNESS_MIN_SOURCES`)
    drawn with ``seed``.
    """
    n, m = simple.number_of_nodes(), simple.number_of_edges()
    if n * max(m, 1) <= budget or n <= BETWEENNESS_MIN_SOURCES:
        return nx.betweenness_centrality(simple, normalized=True), Betweenness(True, n, n, None)
    k = min(n, max(BETWEENNESS_MIN_SOURCES, budget // max(m, 1)))
    scores = nx.betweenness_centrality(simple, k=k, normalized=True, seed=seed)
    return scores, Betweenness(k == n, k, n, None if k == n else seed)


def pagerank(
    digraph: nx.DiGraph, *, alpha: float = PAGERANK_ALPHA, tol: float = 1e-12, max_iter: int = 1000
) -> dict[str, float]:
    """PageRank by power iteration on the weighted directed graph (numpy; no scipy needed).

    The same model as networkx's ``pagerank``: out-weights are normalised per
    actor, an actor without outgoing statements (dangling) spreads its rank
    evenly, and every actor gets ``(1 - alpha) / n`` by teleport. Iterates until
    the L1 change is below ``tol``; the ranks sum to 1.
    """
    nodes = list(digraph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[u], index[v], float(w)) for u, v, w in digraph.edges(data="weight", default=1.0)]
    src = np.array([e[0] for e in edges], dtype=np.int64)
    dst = np.array([e[1] for e in edges], dtype=np.int64)
    weight = np.array([e[2] for e in edges], dtype=float)
    out = np.bincount(src, weights=weight, minlength=n)
    share = weight / out[src] if len(edges) else weight
    dangling = out == 0
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        spread = np.bincount(dst, weights=rank[src] * share, minlength=n)
        new = alpha * (spread + rank[dangling].sum() / n) + (1.0 - alpha) / n
        new /= new.sum()
        change = float(np.abs(new - rank).sum())
        rank = new
        if change < tol:
            break
    return {node: float(rank[i]) for i, node in enumerate(nodes)}


def communities(simple: nx.Graph, *, seed: int = SEED) -> tuple[Community, ...]:
    """Louvain communities of the weighted actor graph, largest first, numbered from 1.

    Members are listed by weighted degree (then name); ties between communities
    go by statements inside, then by the first member's name.
    """
    if simple.number_of_nodes() == 0:
        return ()
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    strength = dict(simple.degree(weight="weight"))
    blocs = []
    for group in found:
        members = tuple(sorted(group, key=lambda node: (-strength[node], str(node))))
        inside = int(simple.subgraph(group).size(weight="weight"))
        blocs.append((members, inside))
    blocs.sort(key=lambda bloc: (-len(bloc[0]), -bloc[1], str(bloc[0][0])))
    return tuple(Community(i, members, inside) for i, (members, inside) in enumerate(blocs, start=1))


# --------------------------------------------------------------------------- dyads


class _Tally:
    """Counts statements, and events per QuadClass with their Goldstein values."""

    def __init__(self) -> None:
        self.statements = 0
        self.events = 0
        self.quads = [0, 0, 0, 0]
        self.goldstein: list[float] = []

    def add(self, attrs: dict[str, Any]) -> None:
        self.statements += 1
        if attrs.get("negated") or attrs.get("hypothetical"):
            return
        self.events += 1
        quad = int(attrs["quad_class"])
        if 1 <= quad <= 4:
            self.quads[quad - 1] += 1
        self.goldstein.append(float(attrs["goldstein"]))

    def numbers(self) -> dict[str, Any]:
        """The counters as the fields shared by :class:`Dyad` and :class:`SeriesPoint`."""
        total = math.fsum(self.goldstein)
        return {
            "statements": self.statements,
            "events": self.events,
            **dict(zip(QUAD_FIELDS, self.quads, strict=True)),
            # Goldstein values have one decimal: rounding removes float noise, not information.
            "goldstein_sum": round(total, 6) + 0.0,
            "goldstein_mean": round(total / self.events, 6) + 0.0 if self.events else None,
        }


def _pair(u: str, v: str) -> tuple[str, str]:
    return (u, v) if str(u) <= str(v) else (v, u)


def dyads(graph: nx.MultiDiGraph) -> tuple[Dyad, ...]:
    """Every pair of actors with statements between them, most statements first (ties by name)."""
    tallies: dict[tuple[str, str], _Tally] = {}
    forward: dict[tuple[str, str], int] = {}
    dates: dict[tuple[str, str], list[str]] = {}
    for u, v, attrs in graph.edges(data=True):
        if u == v:
            continue
        pair = _pair(u, v)
        tallies.setdefault(pair, _Tally()).add(attrs)
        if u == pair[0]:
            forward[pair] = forward.get(pair, 0) + 1
        day = stored_day(attrs.get("date", ""))
        if day is not None:
            span = dates.setdefault(pair, [day.isoformat(), day.isoformat()])
            span[0], span[1] = min(span[0], day.isoformat()), max(span[1], day.isoformat())
    rows = []
    for (a, b), tally in tallies.items():
        a_to_b = forward.get((a, b), 0)
        span = dates.get((a, b))
        numbers = tally.numbers()
        rows.append(
            Dyad(
                a=a,
                b=b,
                a_to_b=a_to_b,
                b_to_a=tally.statements - a_to_b,
                first=span[0] if span else None,
                last=span[1] if span else None,
                **numbers,
            )
        )
    rows.sort(key=lambda row: (-row.statements, str(row.a), str(row.b)))
    return tuple(rows)


def choose_bucket(first: Date, last: Date) -> str:
    """The bucket for a span of dates: day up to two months, week up to a year, else month."""
    days = (last - first).days + 1
    for limit, bucket in AUTO_BUCKETS:
        if days <= limit:
            return bucket
    return "month"


def bucket_start(day: Date, bucket: str) -> Date:
    """The first day of the bucket that holds ``day`` (weeks start on Monday)."""
    if bucket == "day":
        return day
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    raise QueryError(f"the bucket is one of auto, {', '.join(BUCKETS)}; not {bucket!r}")


def _next_bucket(start: Date, bucket: str) -> Date:
    if bucket == "day":
        return start + timedelta(days=1)
    if bucket == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def bucket_starts(first: Date, last: Date, bucket: str) -> Iterator[Date]:
    """The first days of consecutive buckets from the one holding ``first`` to the one holding ``last``."""
    start, end = bucket_start(first, bucket), bucket_start(last, bucket)
    while start <= end:
        yield start
        start = _next_bucket(start, bucket)


def dyad_series(
    source: Iterable[Statement] | nx.MultiDiGraph, a: str, b: str, *, bucket: str = "auto"
) -> DyadSeries:
    """Every statement between ``a`` and ``b`` (either direction) and its time series.

    ``source`` is statements or :func:`kg.network.to_networkx`'s graph of them.
    ``a`` and ``b`` are resolved as every door resolves actors (:func:`kg.network.find_actor`). ``bucket`` is
    ``auto`` (chosen by :func:`choose_bucket` from the span of the dates), ``day``,
    ``week`` or ``month``; empty buckets between the first and last are kept as
    zeros, so the time axis is even.
    """
    if bucket != "auto" and bucket not in BUCKETS:
        raise QueryError(f"the bucket is one of auto, {', '.join(BUCKETS)}; not {bucket!r}")
    graph = statement_graph(source)
    first_actor, second_actor = find_actor(graph, a), find_actor(graph, b)
    if first_actor == second_actor:
        raise QueryError(f"a dyad needs two different actors, not {first_actor!r} twice")
    a, b = _pair(first_actor, second_actor)
    edges = []
    for u, v in ((a, b), (b, a)):
        for attrs in (graph.get_edge_data(u, v) or {}).values():
            edges.append((u, v, attrs))
    events = sorted(
        (_event(u, v, attrs) for u, v, attrs in edges),
        key=lambda e: (stored_day(e.date) is None, e.date, e.article, e.subject, e.relation, e.sentence),
    )
    days = [d for d in (stored_day(attrs.get("date", "")) for _, _, attrs in edges) if d is not None]
    chosen = bucket if bucket != "auto" else (choose_bucket(min(days), max(days)) if days else "day")
    tallies: dict[Date, _Tally] = {}
    if days:
        tallies = {start: _Tally() for start in bucket_starts(min(days), max(days), chosen)}
    for _u, _v, attrs in edges:
        day = stored_day(attrs.get("date", ""))
        if day is not None:
            tallies[bucket_start(day, chosen)].add(attrs)
    points = tuple(SeriesPoint(start=day.isoformat(), **tally.numbers()) for day, tally in tallies.items())
    pair_graph = nx.MultiDiGraph()
    pair_graph.add_edges_from(edges)
    total = dyads(pair_graph)
    return DyadSeries(
        a=a,
        b=b,
        bucket=chosen,
        points=points,
        events=tuple(events),
        undated=len(edges) - len(days),
        total=total[0] if total else Dyad(a, b, 0, 0, 0, 0, 0, 0, 0, 0, 0.0, None, None, None),
    )


def _event(subject: str, obj: str, attrs: dict[str, Any]) -> DyadEvent:
    return DyadEvent(
        date=str(attrs.get("date", ""))[:10],
        subject=subject,
        relation=attrs["relation"],
        object=obj,
        cameo=attrs["cameo"],
        event=attrs.get("event", ""),
        quad_class=int(attrs["quad_class"]),
        goldstein=float(attrs["goldstein"]),
        negated=bool(attrs.get("negated")),
        hypothetical=bool(attrs.get("hypothetical")),
        sentence=attrs.get("sentence", ""),
        article=attrs.get("article", ""),
        title=attrs.get("title", ""),
    )


# --------------------------------------------------------------------------- subsets


def statements_within(statements: Iterable[Statement], members: Iterable[str]) -> list[Statement]:
    """The statements whose subject and object are both among ``members`` (a community's graph)."""
    keep = set(members)
    return [stmt for stmt in statements if stmt.subject.name in keep and stmt.object.name in keep]


def statements_between(statements: Iterable[Statement], a: str, b: str) -> list[Statement]:
    """The statements between ``a`` and ``b``, in either direction (a dyad's graph)."""
    if a == b:
        return []
    pair = {a, b}
    return [stmt for stmt in statements if {stmt.subject.name, stmt.object.name} == pair]


# --------------------------------------------------------------------------- all at once


def analyze(
    source: Iterable[Statement] | nx.MultiDiGraph,
    *,
    betweenness_budget: int = BETWEENNESS_BUDGET,
    seed: int = SEED,
    progress: Progress | None = None,
) -> Analysis:
    """Centrality of every actor, the communities and the dyads of ``source``.

    ``source`` is statements or :func:`kg.network.to_networkx`'s graph of them.
    ``progress`` is called with the name of each step as it starts (the CLI
    shows it). Use :meth:`Analysis.top` to keep the first rows of each table.
    """
    say = progress or (lambda _step: None)
    say("building the actor graph")
    graph = statement_graph(source)
    simple = actor_graph(graph)
    say(f"degree and PageRank of {simple.number_of_nodes()} actors")
    degree = degrees(simple)
    ranks = pagerank(directed_graph(graph))
    say(f"betweenness ({simple.number_of_nodes()} actors, {simple.number_of_edges()} pairs)")
    between, method = betweenness(simple, budget=betweenness_budget, seed=seed)
    say("communities (Louvain)")
    blocs = communities(simple, seed=seed)
    member_of = {node: bloc.id for bloc in blocs for node in bloc.members}
    say("dyads")
    pairs = dyads(graph)
    actors = tuple(
        sorted(
            (
                ActorScore(
                    actor=node,
                    type=simple.nodes[node]["type"],
                    degree=degree[node][0],
                    weighted_degree=int(degree[node][1]),
                    betweenness=float(between.get(node, 0.0)),
                    pagerank=ranks.get(node, 0.0),
                    community=member_of.get(node, 0),
                )
                for node in simple
            ),
            key=lambda row: (-row.pagerank, row.actor),
        )
    )
    days = sorted(d for d in (stored_day(date) for _, _, date in graph.edges(data="date", default="")) if d)
    return Analysis(
        actors=actors,
        communities=blocs,
        dyads=pairs,
        betweenness=method,
        statements=graph.number_of_edges(),
        actor_count=len(actors),
        dyad_count=len(pairs),
        community_count=len(blocs),
        first=days[0].isoformat() if days else None,
        last=days[-1].isoformat() if days else None,
    )
