"""Statements → one self-contained, offline, script-safe HTML graph page.

The page is built from ``kg/templates/view.html``, ``view.css`` and ``view.js``
plus vis-network's script and style, read from the installed pyvis package and
inlined, so it opens from ``file://`` with no network. The graph travels as JSON
in a ``<script type="application/json">`` element, escaped so no text in it can
close the element, and the page script puts it into the DOM only through
``textContent``. A Content-Security-Policy admits nothing but the page's own
scripts (by hash), inline styles and ``data:`` images.

Only :func:`write_view` touches the disk; everything else returns strings or data.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from kg.dates import DateRange
from kg.errors import DataError
from kg.network import (
    MAX_EVIDENCE,
    QUAD_CLASS_NAMES,
    aggregate,
    cameo_root_name,
    filter_statements,
    filter_weight,
    find_actor,
    layout,
    neighbourhood,
    select_top,
)
from kg.output import write_text
from kg.types import ActorType, Statement

#: Actors shown by default; the rest are named in a notice on the page.
DEFAULT_MAX_NODES = 500

#: How each actor type is drawn: vis-network shape, colour, and the glyph of the legend.
ACTOR_STYLES: dict[str, dict[str, str]] = {
    str(ActorType.COUNTRY): {"shape": "dot", "color": "#3b75af", "glyph": "●"},
    str(ActorType.ORGANIZATION): {"shape": "square", "color": "#8e63b5", "glyph": "■"},
    str(ActorType.PERSON): {"shape": "triangle", "color": "#c98a12", "glyph": "▲"},
    str(ActorType.GROUP): {"shape": "diamond", "color": "#3a9a8f", "glyph": "◆"},
    str(ActorType.TERRITORY): {"shape": "star", "color": "#8c6d46", "glyph": "★"},
}

#: Edge colour per QuadClass: greens for cooperation, orange and red for conflict.
QUAD_COLOURS: dict[int, str] = {1: "#74b86b", 2: "#1d7a3a", 3: "#ee9a2f", 4: "#d0312d"}

#: Pixels per layout unit (about the distance between neighbouring actors).
UNIT_PX = {"small": 150.0, "large": 70.0}

#: Above this many actors the page switches to its large-graph settings.
LARGE_GRAPH = 300

#: Edge labels are drawn only when the view has at most this many edges.
EDGE_LABEL_LIMIT = 250

#: How many left-out actors the notice names.
OMITTED_NAMED = 10

_TEMPLATES = "kg.templates"
_VIS = ("pyvis", "templates/lib/vis-9.1.2")
_MARKER = re.compile(r"@@KG_([A-Z_]+)@@")
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
# What would end (or, with "<!--", confuse) an inline <script> or <style> element early.
_UNSAFE_INLINE = re.compile(r"</(?:script|style)|<!--", re.I)
# Characters that must not appear raw in JSON inside <script>: HTML delimiters, the
# JavaScript line terminators, and lone surrogates (which cannot be written as UTF-8).
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


# --------------------------------------------------------------------------- data


class _Strings:
    """Interns repeated strings (sentences, relations) into one table of the payload."""

    def __init__(self) -> None:
        self.table: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        index = self._index.get(text)
        if index is None:
            index = self._index[text] = len(self.table)
            self.table.append(text)
        return index


def _node_size(count: int, *, large: bool) -> float:
    """Marker radius in pixels: grows with the square root of the statement count.

    Large views pack actors closer (see ``UNIT_PX``), so their markers grow less.
    """
    base, step, top = (6.0, 2.5, 26.0) if large else (10.0, 4.0, 42.0)
    return round(min(base + step * math.sqrt(max(count, 1) - 1), top), 1)


def _curves(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], float]:
    """A signed curvature for every edge that shares its pair of actors with another one.

    The edges of a pair fan out on alternate sides (0.2, −0.2, 0.4 …), counted in
    one orientation of the pair; vis-network curves "clockwise" relative to the
    edge's own direction, so an edge running the other way gets the sign flipped.
    """
    by_pair: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for u, v, key in graph.edges(keys=True):
        pair = (u, v) if str(u) <= str(v) else (v, u)
        by_pair.setdefault(pair, []).append((u, v, key))
    curves: dict[tuple[str, str, str], float] = {}
    for pair, edges in by_pair.items():
        if len(edges) == 1:
            continue
        for slot, (u, v, key) in enumerate(sorted(edges, key=lambda e: (str(e[0]), str(e[1]), e[2]))):
            side = -1 if slot % 2 else 1
            if (u, v) != pair:
                side = -side
            curves[(u, v, key)] = round((0.2 + 0.2 * (slot // 2)) * side, 2)
    return curves


def view_payload(
    statements: Iterable[Statement],
    *,
    title: str | None = None,
    actor: str | None = None,
    depth: int = 1,
    since: str | None = None,
    until: str | None = None,
    cameo: Collection[str] | None = None,
    quad: Collection[int] | None = None,
    min_weight: int = 1,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    max_evidence: int = MAX_EVIDENCE,
) -> dict[str, Any]:
    """The data of a view, as the page script reads it (pure; see :func:`render_view`).

    Layout (arrays keep a 15,000-edge page small):

    * ``nodes``: ``[label, type index, code, affiliation, role, statements overall,
      statements in view, x, y, size]``;
    * ``edges``: ``[from, to, CAMEO root, QuadClass, weight, all negated (0/1),
      negated count, all hypothetical (0/1), [[relation string, count] …],
      mean Goldstein, [[day index or -1, count] …], [[sentence string, article
      index, relation string, negated, hypothetical, day index or -1] …], curve]``;
    * ``strings``, ``articles`` (``[id, title]``), ``days`` (sorted ISO dates),
      ``types``, ``styles``, ``quads``, ``roots`` and ``meta`` (title, counts,
      filters, and what the cap left out).
    """
    dates = DateRange.parse(since, until)
    stmts = filter_statements(statements, since=dates.since, until=dates.until, cameo=cameo, quad=quad)
    graph = filter_weight(aggregate(stmts, max_evidence=max_evidence), min_weight)
    focus = None
    if actor:
        focus = find_actor(graph, actor)
        graph = neighbourhood(graph, focus, depth=depth)
    selection = select_top(graph, max_nodes, keep=[focus] if focus else ())
    graph = selection.graph
    positions = layout(graph)
    large = len(graph) > LARGE_GRAPH
    unit = UNIT_PX["large"] if large else UNIT_PX["small"]

    strings = _Strings()
    types = list(ACTOR_STYLES)
    index = {node: i for i, node in enumerate(graph)}
    view_counts: Counter[str] = Counter()
    for u, v, weight in graph.edges(data="weight"):
        view_counts[u] += weight
        if v != u:
            view_counts[v] += weight
    nodes = []
    for node, attrs in graph.nodes(data=True):
        x, y = positions[node]
        kind = attrs["type"] if attrs["type"] in ACTOR_STYLES else str(ActorType.GROUP)
        nodes.append(
            [
                attrs["label"],
                types.index(kind),
                attrs["code"],
                attrs["affiliation"],
                attrs["role"],
                attrs["statements"],
                view_counts[node],
                round(x * unit, 1),
                round(y * unit, 1),
                _node_size(view_counts[node], large=large),
            ]
        )

    days = sorted({day for _, _, dates in graph.edges(data="dates") for day, _ in dates if day})
    day_index = {day: i for i, day in enumerate(days)}
    article_ids: dict[str, int] = {}
    articles: list[list[str]] = []
    all_articles: set[str] = set()
    curves = _curves(graph)
    edges = []
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        all_articles.update(attrs["articles"])
        evidence = []
        for item in attrs["evidence"]:
            if item.article_id not in article_ids:
                article_ids[item.article_id] = len(articles)
                articles.append([item.article_id, item.title])
            evidence.append(
                [
                    strings(item.sentence),
                    article_ids[item.article_id],
                    strings(item.relation),
                    int(item.negated),
                    int(item.hypothetical),
                    day_index.get(item.date, -1),
                ]
            )
        edges.append(
            [
                index[u],
                index[v],
                key,
                attrs["quad_class"],
                attrs["weight"],
                int(attrs["negated"]),
                attrs["negated_count"],
                int(attrs["hypothetical"]),
                [[strings(text), count] for text, count in attrs["relations"]],
                round(attrs["goldstein"], 2),
                [[day_index.get(day, -1), count] for day, count in attrs["dates"]],
                evidence,
                curves.get((u, v, key), 0),
            ]
        )

    roots = sorted({edge[2] for edge in edges})
    filters = {
        "actor": focus,
        "depth": depth if focus else None,
        "since": dates.since.isoformat() if dates.since else None,
        "until": dates.until.isoformat() if dates.until else None,
        "cameo": sorted(cameo) if cameo else None,
        "quad": sorted(quad) if quad else None,
        "minWeight": min_weight,
        "maxNodes": max_nodes,
    }
    return {
        "meta": {
            "title": title or "International relations graph",
            "articles": len(all_articles),
            "actors": len(graph),
            "statements": sum(edge[4] for edge in edges),
            "firstDay": days[0] if days else None,
            "lastDay": days[-1] if days else None,
            "large": large,
            "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT,
            "filters": filters,
            "omitted": {
                "actors": len(selection.omitted),
                "statements": selection.omitted_statements,
                "named": list(selection.omitted[:OMITTED_NAMED]),
                "totalActors": selection.total_actors,
                "totalStatements": selection.total_statements,
                "maxNodes": max_nodes,
            },
        },
        "types": types,
        "styles": ACTOR_STYLES,
        "quads": {str(q): {"name": QUAD_CLASS_NAMES[q], "color": QUAD_COLOURS[q]} for q in QUAD_CLASS_NAMES},
        "roots": [[root, cameo_root_name(root)] for root in roots],
        "strings": strings.table,
        "articles": articles,
        "days": days,
        "nodes": nodes,
        "edges": edges,
    }


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe to place inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c`` …, so ``</script>`` or ``<!--`` in
    a sentence cannot end the element; U+2028/U+2029 and lone surrogates are
    escaped too. ``JSON.parse`` reads the result back to the same value.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# --------------------------------------------------------------------------- page


def _package_dir(package: str) -> Path:
    """Where an installed package's files are, found without importing it (pyvis pulls in jinja2 …)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise DataError(f"the package {package} is not installed; kg needs its files to build a view")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _asset(package: str, name: str) -> str:
    """The text of a file shipped with ``package``, checked fit to inline in a page."""
    try:
        text = (_package_dir(package) / name).read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(f"cannot read {name} of the package {package}: {e}") from e
    if name.endswith((".js", ".css")) and _UNSAFE_INLINE.search(text):
        raise DataError(f"{package}/{name} contains a closing tag and cannot be inlined")
    return text


def _csp(page: str) -> str:
    """A Content-Security-Policy that runs exactly the inline scripts of ``page``."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"
        for body in _SCRIPT.findall(page)
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def render_page(payload: dict[str, Any]) -> str:
    """The HTML page for a payload from :func:`view_payload`."""
    parts = {
        # A lone surrogate cannot be written as UTF-8: "?" instead (the JSON escapes its own).
        "TITLE": html.escape(str(payload["meta"]["title"]).encode("utf-8", "replace").decode("utf-8")),
        "VIS_CSS": _asset(_VIS[0], f"{_VIS[1]}/vis-network.css"),
        "VIEW_CSS": _asset(_TEMPLATES, "view.css"),
        "VIS_JS": _asset(_VIS[0], f"{_VIS[1]}/vis-network.min.js"),
        "VIEW_JS": _asset(_TEMPLATES, "view.js"),
        "DATA": script_json(payload),
        "CSP": "@@KG_CSP@@",
    }
    # One pass, so nothing inserted is searched for markers again.
    page = _MARKER.sub(lambda m: parts[m.group(1)], _asset(_TEMPLATES, "view.html"))
    return page.replace("@@KG_CSP@@", html.escape(_csp(page), quote=False), 1)


def render_view(
    statements: Iterable[Statement],
    *,
    title: str | None = None,
    actor: str | None = None,
    depth: int = 1,
    since: str | None = None,
    until: str | None = None,
    cameo: Collection[str] | None = None,
    quad: Collection[int] | None = None,
    min_weight: int = 1,
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> str:
    """One self-contained HTML page showing the graph of ``statements``.

    ``actor`` and ``depth`` keep the neighbourhood of one actor; ``since`` and
    ``until`` (inclusive, as :class:`kg.dates.DateRange` reads them: a range
    leaves undated statements out), ``cameo`` (codes) and ``quad`` (1–4) filter
    the statements; ``min_weight`` drops aggregated edges with fewer statements;
    ``max_nodes`` caps the actors shown (``None``: no cap), naming the rest on the
    page. Raises :class:`kg.errors.QueryError` for a bad option or unknown actor.
    """
    return render_page(
        view_payload(
            statements,
            title=title,
            actor=actor,
            depth=depth,
            since=since,
            until=until,
            cameo=cameo,
            quad=quad,
            min_weight=min_weight,
            max_nodes=max_nodes,
        )
    )


def write_view(path: str | Path, statements: Iterable[Statement], **options: Any) -> Path:
    """Write :func:`render_view`'s page to ``path`` atomically (temp file + rename)."""
    return write_text(path, render_view(statements, **options))
