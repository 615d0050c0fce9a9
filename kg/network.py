"""Statements → networkx graphs, the filters a view applies, and a precomputed layout.

Two graphs come out of a list of :class:`~kg.types.Statement`:

* :func:`to_networkx` keeps one edge per statement (for exports and analysis);
* :func:`aggregate` keeps one edge per (subject, CAMEO root, object), keyed by
  the root, with the count, the relation texts and the evidence (for views).

Both key nodes by the actor's canonical name. Every attribute is a string,
number or boolean on :func:`to_networkx`'s graph, so GraphML and GEXF can hold it.

Everything here is pure: no disk, no network, no printing.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

import networkx as nx
import numpy as np

from kg.dates import DateRange
from kg.errors import QueryError, UnknownActorError
from kg.events import event_classes
from kg.resolve import closest_names, resolve_actor
from kg.types import Actor, ActorType, Statement

#: The names of the CAMEO root classes ("01"–"20") in sentence case, from kg/data/cameo_classes.tsv,
#: for edges whose event code is longer.
CAMEO_ROOT_NAMES: dict[str, str] = {
    event.code: event.name.capitalize() for event in event_classes() if event.code == event.root
}

#: The four QuadClasses of CAMEO events.
QUAD_CLASS_NAMES: dict[int, str] = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}

#: How many evidence sentences an aggregated edge keeps by default.
MAX_EVIDENCE = 20

#: The seed of every layout, so the same graph always gets the same picture.
LAYOUT_SEED = 7

#: Nodes of a large component end at least this far apart (in units of the layout), where they can.
MIN_GAP = 0.5

# Components up to this size are laid out by networkx's Fruchterman–Reingold;
# larger ones by the grid-accelerated force layout below (networkx's own large-graph
# path needs scipy, which `kg` does not depend on).
_SMALL_COMPONENT = 300


@dataclass(frozen=True)
class Evidence:
    """One sentence behind an aggregated edge, with where it was read."""

    sentence: str
    relation: str
    article_id: str
    title: str  # "" when the article has no title
    date: str  # ISO date, "" when unknown
    negated: bool
    hypothetical: bool


@dataclass(frozen=True)
class Selection:
    """What :func:`select_top` kept of a graph, and what it left out."""

    graph: nx.MultiDiGraph
    omitted: tuple[str, ...]  # left-out actors, most important first
    omitted_statements: int  # statements with at least one left-out actor
    total_actors: int
    total_statements: int

    @property
    def complete(self) -> bool:
        """True when nothing was left out."""
        return not self.omitted


# --------------------------------------------------------------------------- graphs


def _add_actor(graph: nx.MultiDiGraph, actor: Actor) -> None:
    """Add ``actor`` as a node, or fill the attributes an earlier mention left empty."""
    if actor.name not in graph:
        graph.add_node(
            actor.name,
            label=actor.name,
            type=str(actor.type),
            code=actor.code or "",
            affiliation=actor.affiliation.name if actor.affiliation else "",
            role=actor.role or "",
            statements=0,
        )
        return
    attrs = graph.nodes[actor.name]
    affiliation = actor.affiliation.name if actor.affiliation else None
    for key, value in (("code", actor.code), ("affiliation", affiliation), ("role", actor.role)):
        if value and not attrs[key]:
            attrs[key] = value


def _count_statement(graph: nx.MultiDiGraph, stmt: Statement) -> None:
    """Add both actors of ``stmt`` and count the statement once for each."""
    _add_actor(graph, stmt.subject)
    _add_actor(graph, stmt.object)
    graph.nodes[stmt.subject.name]["statements"] += 1
    if stmt.object.name != stmt.subject.name:
        graph.nodes[stmt.object.name]["statements"] += 1


def cameo_root_name(code: str) -> str:
    """The name of the CAMEO root class of ``code`` ("112" → "Disapprove")."""
    return CAMEO_ROOT_NAMES.get(code[:2], f"CAMEO {code[:2]}")


def to_networkx(statements: Iterable[Statement]) -> nx.MultiDiGraph:
    """One node per actor and one edge per statement, every attribute GraphML-legal.

    Node attributes: ``label``, ``type``, ``code``, ``affiliation``, ``role``
    (empty string when unknown) and ``statements`` (how many it takes part in).
    Edge attributes: ``relation``, ``cameo``, ``root``, ``event``, ``quad_class``,
    ``goldstein``, ``negated``, ``hypothetical``, ``sentence``, ``sentence_start``,
    ``sentence_end`` (character offsets; not ``start``/``end``, which GEXF reads as
    time), ``article``, ``title``, ``date``, ``source``.
    """
    graph = nx.MultiDiGraph()
    count = 0
    for stmt in statements:
        _count_statement(graph, stmt)
        graph.add_edge(
            stmt.subject.name,
            stmt.object.name,
            relation=stmt.relation,
            cameo=stmt.event.code,
            root=stmt.event.root,
            event=stmt.event.name,
            quad_class=stmt.event.quad_class,
            goldstein=float(stmt.event.goldstein),
            negated=stmt.negated,
            hypothetical=stmt.hypothetical,
            sentence=stmt.sentence,
            sentence_start=stmt.start,
            sentence_end=stmt.end,
            article=stmt.article_id,
            title=stmt.article_title or "",
            date=stmt.date or "",
            source=stmt.source.name if stmt.source else "",
        )
        count += 1
    graph.graph["statements"] = count
    return graph


def aggregate(statements: Iterable[Statement], *, max_evidence: int = MAX_EVIDENCE) -> nx.MultiDiGraph:
    """One edge per (subject, CAMEO root, object), keyed by the root.

    Edge attributes: ``weight`` (statement count), ``relation`` (the most frequent
    relation text), ``relations`` (``(text, count)`` pairs, most frequent first),
    ``root``, ``cameo_name``, ``quad_class`` (the most frequent), ``goldstein``
    (mean), ``negated`` / ``hypothetical`` (true when every statement is),
    ``negated_count``, ``dates`` (``(iso_date, count)`` pairs, ``""`` for undated),
    ``articles`` (sorted ids) and ``evidence`` (up to ``max_evidence``
    :class:`Evidence`, distinct sentences, newest first).
    """
    graph = nx.MultiDiGraph()
    groups: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    count = 0
    for stmt in statements:
        _count_statement(graph, stmt)
        groups[(stmt.subject.name, stmt.event.root, stmt.object.name)].append(stmt)
        count += 1
    for (subject, root, obj), stmts in groups.items():
        graph.add_edge(subject, obj, key=root, **_aggregate_edge(root, stmts, max_evidence))
    graph.graph["statements"] = count
    return graph


def _ranked(values: Iterable[Any]) -> list[tuple[Any, int]]:
    """``(value, count)`` pairs, most frequent first, ties by value (a light ``Counter``)."""
    counts: dict[Any, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


def _aggregate_edge(root: str, stmts: Sequence[Statement], max_evidence: int) -> dict[str, object]:
    """The attributes of one aggregated edge."""
    if len(stmts) == 1:  # most edges: skip the counting
        only = stmts[0]
        relations, quads, dates = [(only.relation, 1)], [(only.event.quad_class, 1)], [(only.date or "", 1)]
    else:
        relations = _ranked(stmt.relation for stmt in stmts)
        quads = _ranked(stmt.event.quad_class for stmt in stmts)
        dates = sorted(_ranked(stmt.date or "" for stmt in stmts))
    negated = sum(stmt.negated for stmt in stmts)
    evidence: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    # Newest first, undated last; stable within a date, so input order breaks ties.
    for stmt in sorted(stmts, key=lambda s: s.date or "", reverse=True):
        if len(evidence) >= max_evidence:
            break
        if (stmt.sentence, stmt.article_id) in seen:
            continue
        seen.add((stmt.sentence, stmt.article_id))
        evidence.append(
            Evidence(
                sentence=stmt.sentence,
                relation=stmt.relation,
                article_id=stmt.article_id,
                title=stmt.article_title or "",
                date=stmt.date or "",
                negated=stmt.negated,
                hypothetical=stmt.hypothetical,
            )
        )
    return {
        "weight": len(stmts),
        "relation": relations[0][0],
        "relations": tuple(relations),
        "root": root,
        "cameo_name": cameo_root_name(root),
        "quad_class": quads[0][0],
        "goldstein": sum(stmt.event.goldstein for stmt in stmts) / len(stmts),
        "negated": negated == len(stmts),
        "negated_count": negated,
        "hypothetical": all(stmt.hypothetical for stmt in stmts),
        "dates": tuple(dates),
        "articles": tuple(sorted({stmt.article_id for stmt in stmts})),
        "evidence": tuple(evidence),
    }


# --------------------------------------------------------------------------- filters


def _check_cameo(code: str) -> str:
    """A CAMEO code given by a user, zero-padded ("7" → "07"), or a :class:`QueryError`."""
    code = code.strip()
    if code.isdigit() and len(code) == 1:
        code = "0" + code
    if not (code.isdigit() and 2 <= len(code) <= 4 and code[:2] in CAMEO_ROOT_NAMES):
        raise QueryError(f"--cameo takes CAMEO codes such as 12 or 112, not {code!r}")
    return code


def filter_statements(
    statements: Iterable[Statement],
    *,
    since: str | Date | None = None,
    until: str | Date | None = None,
    cameo: Collection[str] | None = None,
    quad: Collection[int] | None = None,
) -> list[Statement]:
    """The statements within a date range, of some CAMEO classes and some QuadClasses.

    ``since`` and ``until`` are inclusive and read as :func:`kg.dates.parse_date`
    reads them; when either is given, undated statements are left out (the rule
    of :class:`kg.dates.DateRange`, the same at every door). A CAMEO code matches
    its own class and every longer code under it ("11" matches "112"). ``None``
    or empty means "no filter".
    """
    dates = DateRange.parse(since, until)
    codes = tuple(_check_cameo(code) for code in cameo) if cameo else ()
    quads = frozenset(quad or ())
    if bad := sorted(q for q in quads if q not in QUAD_CLASS_NAMES):
        raise QueryError(f"--quad takes QuadClasses 1 to 4, not {bad[0]}")
    kept = []
    for stmt in statements:
        if not dates.contains(stmt.date):
            continue
        if codes and not stmt.event.code.startswith(codes):
            continue
        if quads and stmt.event.quad_class not in quads:
            continue
        kept.append(stmt)
    return kept


def find_actor(graph: nx.Graph, name: str) -> str:
    """The node of ``graph`` that ``name`` means, as :func:`kg.resolve.resolve_actor` reads names.

    A canonical name, code, IRI or gazetteer alias ("Beijing") of an actor of
    the graph, in any case. Raises :class:`~kg.errors.UnknownActorError`
    naming the closest actors when there is none, and when ``name`` is an
    actor that has no statements in the graph.
    """
    if name in graph:
        return name
    actor = resolve_actor(name, graph_actors(graph))
    if actor.name not in graph:
        raise UnknownActorError(
            name,
            where=f": {actor.name} has no statements in the graph",
            suggestions=closest_names(name, map(str, graph)),
        )
    return actor.name


_ACTOR_TYPES = frozenset(kind.value for kind in ActorType)


def graph_actors(graph: nx.Graph) -> list[Actor]:
    """The actors of a graph of :func:`to_networkx` or :func:`aggregate`, rebuilt from their nodes."""
    actors = []
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("type")
        actors.append(
            Actor(
                str(node),
                ActorType(kind) if kind in _ACTOR_TYPES else ActorType.GROUP,
                code=attrs.get("code") or None,
            )
        )
    return actors


def neighbourhood(graph: nx.MultiDiGraph, actor: str, *, depth: int = 1) -> nx.MultiDiGraph:
    """The actors within ``depth`` steps of ``actor`` (either direction) and the edges among them."""
    if depth < 0:
        raise QueryError(f"--depth must be 0 or more, not {depth}")
    centre = find_actor(graph, actor)
    return nx.ego_graph(graph, centre, radius=depth, undirected=True)


def filter_weight(graph: nx.MultiDiGraph, min_weight: int) -> nx.MultiDiGraph:
    """An aggregated graph without edges of weight below ``min_weight``, nor actors left alone.

    A copy, unless ``min_weight`` is 1 and there is nothing to drop.
    """
    if min_weight < 1:
        raise QueryError(f"--min-weight must be 1 or more, not {min_weight}")
    if min_weight == 1:
        return graph  # every edge holds at least one statement, every actor an edge
    kept = nx.MultiDiGraph(**graph.graph)
    kept.add_edges_from(
        (u, v, key, attrs)
        for u, v, key, attrs in graph.edges(keys=True, data=True)
        if attrs["weight"] >= min_weight
    )
    for node in kept:
        kept.nodes[node].update(graph.nodes[node])
    kept.graph["statements"] = sum(w for _, _, w in kept.edges(data="weight"))
    return kept


def importance(graph: nx.MultiDiGraph) -> list[str]:
    """The actors of ``graph``, most important first.

    Important means many statements in this graph (weighted degree, a self-loop
    counted once), then many statements overall; ties go by name so the order is
    deterministic.
    """
    score: Counter[str] = Counter()
    for u, v, weight in graph.edges(data="weight", default=1):
        score[u] += weight
        if v != u:
            score[v] += weight
    return sorted(graph, key=lambda n: (-score[n], -graph.nodes[n].get("statements", 0), str(n)))


def select_top(graph: nx.MultiDiGraph, max_nodes: int | None, *, keep: Iterable[str] = ()) -> Selection:
    """Keep the ``max_nodes`` most important actors (and those in ``keep``), say what was left out.

    ``max_nodes`` of ``None`` keeps everything.
    """
    total_statements = sum(w for _, _, w in graph.edges(data="weight", default=1))
    if max_nodes is not None and max_nodes < 1:
        raise QueryError(f"--max-nodes must be 1 or more, not {max_nodes}")
    if max_nodes is None or len(graph) <= max_nodes:
        return Selection(graph, (), 0, len(graph), total_statements)
    ranked = importance(graph)
    chosen = set(keep) & set(graph)
    for node in ranked:
        if len(chosen) >= max_nodes:
            break
        chosen.add(node)
    sub = graph.subgraph(node for node in ranked if node in chosen).copy()
    kept_statements = sum(w for _, _, w in sub.edges(data="weight", default=1))
    sub.graph["statements"] = kept_statements
    omitted = tuple(node for node in ranked if node not in chosen)
    return Selection(sub, omitted, total_statements - kept_statements, len(graph), total_statements)


# --------------------------------------------------------------------------- layout


def layout(graph: nx.Graph, *, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Positions for every node, about one unit between neighbouring nodes.

    Each connected component is laid out on its own (networkx's spring layout
    for small ones, a grid-accelerated force layout for large ones), then the
    components are packed in rows, largest first, so that small islands do not
    drift to the rim. The result depends only on the graph and ``seed``.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph, key=str))
    simple.add_edges_from(
        sorted(((u, v) for u, v in graph.edges() if u != v), key=lambda e: (str(e[0]), str(e[1])))
    )
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(map(str, c))))
    # Fresh graphs, not subgraph views: a view iterates in set order, which varies by run.
    which = {node: i for i, nodes in enumerate(components) for node in nodes}
    parts = [nx.Graph() for _ in components]
    for node in simple:
        parts[which[node]].add_node(node)
    for u, v in simple.edges():
        parts[which[u]].add_edge(u, v)
    return _pack([_layout_component(part, seed) for part in parts])


def _layout_component(component: nx.Graph, seed: int) -> dict[str, np.ndarray]:
    """Positions of one connected component, about one unit between neighbours."""
    nodes = list(component)
    if len(nodes) == 1:
        return {nodes[0]: np.zeros(2)}
    if len(nodes) == 2:
        return {nodes[0]: np.zeros(2), nodes[1]: np.array([1.0, 0.0])}
    if len(nodes) <= _SMALL_COMPONENT:
        raw = nx.spring_layout(component, seed=seed, iterations=100)
        pos = np.array([raw[node] for node in nodes], dtype=float)
    else:
        index = {node: i for i, node in enumerate(nodes)}
        edges = np.array([(index[u], index[v]) for u, v in component.edges()], dtype=np.int64)
        pos = force_layout(len(nodes), edges, seed=seed)
    index = {node: i for i, node in enumerate(nodes)}
    if len(nodes) <= _SMALL_COMPONENT:
        # A small component: its median edge becomes one unit long.
        pairs = np.array([(index[u], index[v]) for u, v in component.edges()], dtype=np.int64)
        scale = float(np.median(np.linalg.norm(pos[pairs[:, 0]] - pos[pairs[:, 1]], axis=1)))
    else:
        # A large one has long edges across it: give each node about one unit² instead.
        width, height = np.maximum(pos.max(axis=0) - pos.min(axis=0), 1e-9)
        scale = math.sqrt(width * height / len(nodes))
    pos = (pos - pos.mean(axis=0)) / (scale or 1.0)
    if len(nodes) > _SMALL_COMPONENT:
        pos = separate(pos, gap=MIN_GAP)
    return {node: pos[i] for i, node in enumerate(nodes)}


def _pack(pieces: Sequence[dict[str, np.ndarray]], *, gap: float = 1.5) -> dict[str, tuple[float, float]]:
    """Place laid-out components in rows (largest first) within a roughly square area."""
    boxes = []
    for piece in pieces:
        pts = np.array(list(piece.values()))
        low, high = pts.min(axis=0), pts.max(axis=0)
        boxes.append((low, high - low))
    area = sum((size[0] + gap) * (size[1] + gap) for _, size in boxes)
    width = max(math.sqrt(area) * 1.2, max((size[0] for _, size in boxes), default=0.0))
    result: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for piece, (low, size) in zip(pieces, boxes, strict=True):
        if x > 0 and x + size[0] > width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        offset = np.array([x, y]) - low
        for node, point in piece.items():
            result[node] = (float(point[0] + offset[0]), float(point[1] + offset[1]))
        x += size[0] + gap
        row_height = max(row_height, size[1])
    return result


def force_layout(n: int, edges: np.ndarray, *, seed: int = LAYOUT_SEED, iterations: int = 60) -> np.ndarray:
    """A Fruchterman–Reingold layout of ``n`` nodes in about O(n + e) per iteration.

    ``edges`` is an ``(e, 2)`` array of node indices. Repulsion is split in two:
    between grid cells, by one FFT convolution of the cell masses with the
    repulsion kernel (particle–mesh), and exactly between nodes of the same cell.
    Attraction runs along the edges. Returns an ``(n, 2)`` array.
    """
    rng = np.random.default_rng(seed)
    pos = rng.standard_normal((n, 2)) * math.sqrt(n) * 0.5
    src, dst = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, int), np.zeros(0, int))
    mesh = _Mesh(int(np.clip(math.ceil(math.sqrt(n) / 2), 2, 128)))
    temperature = math.sqrt(n) * 0.5
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = mesh.repulsion(pos)
        delta = pos[src] - pos[dst]
        dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-6)
        pull = delta * dist[:, None]  # |d|² / k along the edge, with k = 1
        for axis in (0, 1):
            disp[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
            disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
        # Gravity keeps loosely tied parts from drifting far away.
        disp -= pos * 0.01
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _fast_length(n: int) -> int:
    """The smallest 5-smooth number (2^a·3^b·5^c) not below ``n``: a quick FFT length."""
    while True:
        m = n
        for p in (2, 3, 5):
            while m % p == 0:
                m //= p
        if m == 1:
            return n
        n += 1


class _Mesh:
    """Fruchterman–Reingold repulsion (k = 1) on a grid of ``cells`` × ``cells`` over the layout.

    Far field: the force on cell a is Σ_b mass_b · (a − b) / |a − b|², a
    convolution of the cell masses with a kernel over cell offsets. For cells of
    side ``size`` the kernel is the unit one divided by ``size``, so its spectrum
    is computed once. A circular convolution of length ≥ 2·cells − 1 does not
    wrap onto the cells read back.
    """

    def __init__(self, cells: int, *, max_near: int = 48) -> None:
        self.cells = cells
        self.max_near = max_near
        self.length = _fast_length(2 * cells - 1)
        offsets = np.arange(-(cells - 1), cells, dtype=float)
        ox, oy = np.meshgrid(offsets, offsets, indexing="ij")
        r2 = ox**2 + oy**2
        r2[cells - 1, cells - 1] = np.inf  # a cell does not push itself; see the near field
        shape = (self.length, self.length)
        self.kernels = [np.fft.rfft2(kernel, s=shape) for kernel in (ox / r2, oy / r2)]

    def repulsion(self, pos: np.ndarray) -> np.ndarray:
        """The approximate repulsion on every node at ``pos``."""
        n, cells = len(pos), self.cells
        low = pos.min(axis=0)
        span = max(float((pos.max(axis=0) - low).max()), 1e-6)
        size = span / cells * (1 + 1e-9)
        cell_xy = np.minimum(((pos - low) / size).astype(np.int64), cells - 1)
        flat = cell_xy[:, 0] * cells + cell_xy[:, 1]
        mass = np.bincount(flat, minlength=cells * cells).reshape(cells, cells).astype(float)
        shape = (self.length, self.length)
        spectrum = np.fft.rfft2(mass, s=shape)
        force = np.empty((n, 2))
        for axis, kernel in enumerate(self.kernels):
            conv = np.fft.irfft2(spectrum * kernel, s=shape)
            field = conv[cells - 1 : 2 * cells - 1, cells - 1 : 2 * cells - 1] / size
            force[:, axis] = field[cell_xy[:, 0], cell_xy[:, 1]]

        # Near field: exact between nodes that share a cell (up to max_near neighbours each).
        order = np.argsort(flat, kind="stable")
        sorted_cells = flat[order]
        for step in range(1, self.max_near + 1):
            same = sorted_cells[step:] == sorted_cells[:-step]
            if not same.any():
                break
            a, b = order[:-step][same], order[step:][same]
            delta = pos[a] - pos[b]
            d2 = np.maximum((delta**2).sum(axis=1), 1e-4)
            push = delta / d2[:, None]
            for axis in (0, 1):
                force[:, axis] += np.bincount(a, weights=push[:, axis], minlength=n)
                force[:, axis] -= np.bincount(b, weights=push[:, axis], minlength=n)
        return force


def separate(pos: np.ndarray, *, gap: float, iterations: int = 10, max_near: int = 32) -> np.ndarray:
    """Push apart nodes closer than ``gap``, a few rounds, looking only at neighbouring grid cells.

    A force layout of a dense core leaves markers on top of each other; this
    moves each pair that is too close apart along the line between them (half
    the shortfall each), so every actor can be seen and clicked.
    """
    pos = pos.copy()
    n = len(pos)
    jitter = np.random.default_rng(LAYOUT_SEED).standard_normal((n, 2)) * 1e-3
    for _ in range(iterations):
        cell = np.floor(pos / gap).astype(np.int64)
        cell -= cell.min(axis=0)
        width = int(cell[:, 1].max()) + 2  # column width − 1 stays empty: "dy = −1" lands there
        key = cell[:, 0] * width + cell[:, 1]
        order = np.argsort(key, kind="stable")
        sorted_keys = key[order]
        move = np.zeros_like(pos)
        moved = False
        for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1), (1, -1)):
            target = (cell[:, 0] + dx) * width + (cell[:, 1] + dy)
            low = np.searchsorted(sorted_keys, target, "left")
            high = np.searchsorted(sorted_keys, target, "right")
            for rank in range(max_near):
                hit = low + rank < high
                if not hit.any():
                    break
                i = np.nonzero(hit)[0]
                j = order[low[hit] + rank]
                if dx == 0 and dy == 0:  # the same cell: each pair once, not a node with itself
                    i, j = i[j > i], j[j > i]
                delta = pos[i] - pos[j] + (jitter[i] - jitter[j])
                dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-9)
                close = dist < gap
                if not close.any():
                    continue
                moved = True
                i, j, delta, dist = i[close], j[close], delta[close], dist[close]
                push = delta * ((gap - dist) / (2 * dist))[:, None]
                for axis in (0, 1):
                    move[:, axis] += np.bincount(i, weights=push[:, axis], minlength=n)
                    move[:, axis] -= np.bincount(j, weights=push[:, axis], minlength=n)
        if not moved:
            break
        pos += move
    return pos
