"""Analysis results → tables, dyad plots (matplotlib, Agg) and one self-contained HTML report.

The report is ``kg/templates/report.html`` filled with escaped text: every name,
title and sentence goes through :func:`html.escape`, because article text is
untrusted. It holds no script at all; its plots are PNG ``data:`` URIs and its
Content-Security-Policy admits nothing else, so it opens offline and requests
nothing. It links (relatively) to graph views written beside it by
:func:`kg.views.write_view`, one per community and per top dyad.

Only the ``write_*`` functions touch the disk.
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import date as Date
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kg.analysis import (
    QUAD_FIELDS,
    Analysis,
    DyadSeries,
    analyze,
    dyad_series,
    statement_graph,
    statements_between,
    statements_within,
)
from kg.dates import DateRange
from kg.errors import ExportError
from kg.network import QUAD_CLASS_NAMES
from kg.output import atomic_path, write_text
from kg.store import Stats
from kg.types import Statement
from kg.views import QUAD_COLOURS, write_view

#: Rows of each table in the report.
TABLE_ROWS = 25

#: How many of the top dyads the report plots.
PLOT_DYADS = 5

#: How many communities (of two or more actors) and dyads get a graph view of their own.
VIEW_COMMUNITIES = 10
VIEW_DYADS = 10

#: Members a community's row names before "and N more".
MEMBERS_SHOWN = 15

#: Plot formats by file suffix.
PLOT_FORMATS = {".png": "png", ".svg": "svg"}

_COOPERATION, _CONFLICT, _NOT_EVENT = "#2f8f4e", "#c8372d", "#b9bfc8"
_BUCKET_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4}
_MARKER = re.compile(r"@@KG_([A-Z_]+)@@")
_SLUG = re.compile(r"[^a-z0-9]+")

Progress = Callable[[str], None]


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Table:
    """A table for the terminal, CSV and the report: plain values and how to show them."""

    name: str  # "actors", "communities", "dyads", "statements", "series"
    title: str
    columns: tuple[str, ...]
    formats: tuple[str, ...]  # a format spec per column ("" for str())
    rows: tuple[tuple[Any, ...], ...]

    def shown(self) -> list[list[str]]:
        """The rows as display text."""
        return [
            [show(value, spec) for value, spec in zip(row, self.formats, strict=True)] for row in self.rows
        ]

    def numeric(self, column: int) -> bool:
        """Whether a column holds numbers (right-aligned)."""
        return bool(self.formats[column]) or all(
            isinstance(row[column], int) and not isinstance(row[column], bool) for row in self.rows
        )


def show(value: Any, spec: str = "") -> str:
    """One value as text: ``""`` for None, lists joined by ``"; "``, numbers by ``spec``."""
    if value is None:
        return ""
    if isinstance(value, tuple | list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else ""
    if spec and isinstance(value, int | float):
        return format(value, spec)
    return str(value)


def analysis_tables(analysis: Analysis) -> tuple[Table, Table, Table]:
    """The actors, communities and dyads of an analysis as tables."""
    actors = Table(
        "actors",
        "Central actors",
        ("actor", "type", "community", "degree", "weighted degree", "betweenness", "PageRank"),
        ("", "", "", "", "", ".4f", ".4f"),
        tuple(
            (r.actor, r.type, r.community, r.degree, r.weighted_degree, r.betweenness, r.pagerank)
            for r in analysis.actors
        ),
    )
    communities = Table(
        "communities",
        "Communities",
        ("community", "size", "statements inside", "members"),
        ("", "", "", ""),
        tuple((c.id, c.size, c.statements, c.members) for c in analysis.communities),
    )
    dyads = Table(
        "dyads",
        "Dyads",
        (
            "a",
            "b",
            "statements",
            "a→b",
            "b→a",
            "events",
            "VC",
            "MC",
            "VK",
            "MK",
            "Goldstein sum",
            "mean",
            "first",
            "last",
        ),
        ("", "", "", "", "", "", "", "", "", "", "+.1f", "+.2f", "", ""),
        tuple(
            (
                d.a,
                d.b,
                d.statements,
                d.a_to_b,
                d.b_to_a,
                d.events,
                *(getattr(d, name) for name in QUAD_FIELDS),
                d.goldstein_sum,
                d.goldstein_mean,
                d.first,
                d.last,
            )
            for d in analysis.dyads
        ),
    )
    return actors, communities, dyads


def dyad_tables(series: DyadSeries) -> tuple[Table, Table]:
    """A dyad's statements and its time series as tables."""
    statements = Table(
        "statements",
        f"Statements between {series.a} and {series.b}",
        (
            "date",
            "subject",
            "relation",
            "object",
            "CAMEO",
            "QuadClass",
            "Goldstein",
            "negated",
            "hypothetical",
            "sentence",
        ),
        ("", "", "", "", "", "", "+.1f", "", "", ""),
        tuple(
            (
                e.date,
                e.subject,
                e.relation,
                e.object,
                e.cameo,
                e.quad_class,
                e.goldstein,
                e.negated,
                e.hypothetical,
                e.sentence,
            )
            for e in series.events
        ),
    )
    points = Table(
        "series",
        f"{series.a} – {series.b} by {series.bucket}",
        ("from", "statements", "events", "VC", "MC", "VK", "MK", "Goldstein sum", "mean"),
        ("", "", "", "", "", "", "", "+.1f", "+.2f"),
        tuple(
            (
                p.start,
                p.statements,
                p.events,
                *(getattr(p, name) for name in QUAD_FIELDS),
                p.goldstein_sum,
                p.goldstein_mean,
            )
            for p in series.points
        ),
    )
    return statements, points


# --------------------------------------------------------------------------- plots


def _midpoint(start: str, bucket: str) -> datetime:
    day = Date.fromisoformat(start)
    return datetime(day.year, day.month, day.day) + timedelta(days=_BUCKET_DAYS[bucket] / 2)


def dyad_figure(series: DyadSeries) -> Any:
    """A matplotlib Figure of a dyad over time (no pyplot, so no global state, and no display needed).

    Top: the Goldstein sum per bucket as bars (green cooperative, red conflictual)
    and the mean as a line on its own −10…+10 axis. Bottom: the events per
    QuadClass, stacked, with statements that are no events (negated or
    hypothetical) in grey on top.
    """
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    total = series.total
    fig = Figure(figsize=(9.0, 5.4), dpi=100, layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    mean = "" if total.goldstein_mean is None else f", mean {total.goldstein_mean:+.2f}"
    fig.suptitle(
        f"{series.a} – {series.b}: {total.statements} statements, {total.events} events, "
        f"Goldstein sum {total.goldstein_sum:+.1f}{mean} (by {series.bucket})",
        fontsize=11,
    )
    if not series.points:
        top.text(0.5, 0.5, "no dated statements", ha="center", va="center", transform=top.transAxes)
        bottom.set_axis_off()
        return fig
    starts = [Date.fromisoformat(p.start) for p in series.points]
    width = _BUCKET_DAYS[series.bucket] * 0.8
    sums = [p.goldstein_sum for p in series.points]
    top.bar(
        starts,
        sums,
        width=width,
        align="edge",
        color=[_COOPERATION if value >= 0 else _CONFLICT for value in sums],
    )
    top.axhline(0, color="#444", linewidth=0.8)
    top.set_ylabel("Goldstein sum")
    reach = max((abs(value) for value in sums), default=1.0) or 1.0
    top.set_ylim(-reach * 1.15, reach * 1.15)
    mean_axis = top.twinx()
    mids = [_midpoint(p.start, series.bucket) for p in series.points]
    means = [float("nan") if p.goldstein_mean is None else p.goldstein_mean for p in series.points]
    mean_axis.plot(mids, means, "o-", color="#1d2430", linewidth=1.4, markersize=4, label="Goldstein mean")
    mean_axis.set_ylim(-10.5, 10.5)
    mean_axis.set_ylabel("Goldstein mean (−10…+10)")

    base = [0] * len(series.points)
    for quad, name in zip(range(1, 5), QUAD_FIELDS, strict=True):
        counts = [getattr(p, name) for p in series.points]
        if any(counts):
            bottom.bar(
                starts,
                counts,
                width=width,
                align="edge",
                bottom=base,
                color=QUAD_COLOURS[quad],
                label=QUAD_CLASS_NAMES[quad],
            )
            base = [b + c for b, c in zip(base, counts, strict=True)]
    others = [p.statements - p.events for p in series.points]
    if any(others):
        bottom.bar(
            starts,
            others,
            width=width,
            align="edge",
            bottom=base,
            color=_NOT_EVENT,
            hatch="//",
            label="negated or hypothetical",
        )
    bottom.set_ylabel("statements")
    bottom.set_ylim(0, max(max(p.statements for p in series.points), 1) * 1.1)
    handles = [
        Patch(color=_COOPERATION, label="Goldstein sum > 0 (cooperative)"),
        Patch(color=_CONFLICT, label="Goldstein sum < 0 (conflictual)"),
        *mean_axis.get_legend_handles_labels()[0],
        *bottom.get_legend_handles_labels()[0],
    ]
    fig.legend(handles=handles, loc="outside lower center", ncols=3, fontsize=8, frameon=False)
    bottom.yaxis.get_major_locator().set_params(integer=True)
    # Few buckets get room on both sides: one day must not fill the axis (nor its ticks show hours).
    pad = timedelta(days=_BUCKET_DAYS[series.bucket])
    room = 0.5 + max(0, 7 - len(starts)) / 2
    first, last = (datetime(d.year, d.month, d.day) for d in (starts[0], starts[-1]))
    bottom.set_xlim(first - pad * room, last + pad * (room + 1))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    return fig


def dyad_plot(series: DyadSeries, *, fmt: str = "png") -> bytes:
    """The dyad's plot as PNG or SVG bytes."""
    if fmt not in PLOT_FORMATS.values():
        raise ExportError(f"a plot is written as png or svg, not {fmt!r}")
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    dyad_figure(series).savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def write_dyad_plot(path: str | Path, series: DyadSeries) -> Path:
    """Write the dyad's plot to ``path`` (.png or .svg) atomically."""
    path = Path(path)
    fmt = PLOT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(f"cannot tell the plot format of {path}: name it .png or .svg")
    data = dyad_plot(series, fmt=fmt)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return path


def slug(name: str) -> str:
    """A file-name part for an actor: lower case, runs of other characters as one hyphen."""
    return _SLUG.sub("-", name.casefold()).strip("-") or "actor"


def dyad_plot_path(series: DyadSeries, folder: str | Path = "output") -> Path:
    """The default plot file of a dyad: ``output/dyad-china-russia.png``."""
    return Path(folder) / f"dyad-{slug(series.a)}-{slug(series.b)}.png"


# --------------------------------------------------------------------------- HTML


def _text(value: Any, spec: str = "") -> str:
    """A value as escaped HTML text (lone surrogates, which UTF-8 cannot hold, become "?")."""
    shown = show(value, spec).encode("utf-8", "replace").decode("utf-8")
    return html.escape(shown)


#: Columns of long text, which wrap (all others stay on one line).
_WRAPPED = frozenset({"members", "sentence"})


def _cell(value: Any, spec: str, numeric: bool, *, wrap: bool = False) -> str:
    if not numeric:
        return f'<td class="wrap">{_text(value, spec)}</td>' if wrap else f"<td>{_text(value, spec)}</td>"
    sign = ""
    if spec.startswith("+") and isinstance(value, int | float) and value:
        sign = " pos" if value > 0 else " neg"
    return f'<td class="num{sign}">{_text(value, spec)}</td>'


def html_table(table: Table, *, links: Sequence[str | None] | None = None, link_text: str = "view") -> str:
    """A table as HTML; ``links`` adds a last column of relative links, one per row (or None)."""
    if not table.rows:
        return '<p class="empty">None.</p>'
    numeric = [table.numeric(i) for i in range(len(table.columns))]
    head = "".join(
        f'<th class="num">{_text(c)}</th>' if numeric[i] else f"<th>{_text(c)}</th>"
        for i, c in enumerate(table.columns)
    )
    if links is not None:
        head += "<th>graph</th>"
    body = []
    for index, row in enumerate(table.rows):
        cells = "".join(
            _cell(value, spec, numeric[i], wrap=table.columns[i] in _WRAPPED)
            for i, (value, spec) in enumerate(zip(row, table.formats, strict=True))
        )
        if links is not None:
            href = links[index] if index < len(links) else None
            cells += f'<td><a href="{html.escape(href)}">{_text(link_text)}</a></td>' if href else "<td></td>"
        body.append(f"<tr>{cells}</tr>")
    rows = "".join(body)
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'


def _members(table: Table) -> Table:
    """The communities table with long member lists cut to :data:`MEMBERS_SHOWN` names."""
    rows = []
    for cid, size, inside, members in table.rows:
        shown = "; ".join(members[:MEMBERS_SHOWN])
        if len(members) > MEMBERS_SHOWN:
            shown += f" … and {len(members) - MEMBERS_SHOWN} more"
        rows.append((cid, size, inside, shown))
    return Table(table.name, table.title, table.columns, table.formats, tuple(rows))


def _summary(analysis: Analysis, stats: Stats | None, source: str | None, period: str) -> str:
    items: list[tuple[str, str]] = []
    if source:
        items.append(("store", source))
    if stats is not None:
        items += [
            ("articles", f"{stats.articles:,}"),
            ("statements stored", f"{stats.statements:,}"),
            ("actors stored", f"{stats.actors:,}"),
            ("triples", f"{stats.triples:,}"),
        ]
    items += [
        ("period analysed", period),
        ("statements analysed", f"{analysis.statements:,}"),
        ("actors", f"{analysis.actor_count:,}"),
        ("dyads", f"{analysis.dyad_count:,}"),
        ("communities", f"{analysis.community_count:,}"),
        ("dated from", f"{analysis.first or '–'} to {analysis.last or '–'}"),
    ]
    rows = "".join(f"<dt>{_text(key)}</dt><dd>{_text(value)}</dd>" for key, value in items)
    return f'<dl class="summary">{rows}</dl>'


def _figure(index: int, series: DyadSeries, png: bytes, link: str | None) -> str:
    data = base64.b64encode(png).decode("ascii")
    name = f"{series.a} – {series.b}"
    view = f' <a href="{html.escape(link)}">Open the graph view</a>.' if link else ""
    undated = f" {series.undated} undated statements are not plotted." if series.undated else ""
    return (
        f'<figure id="dyad-{index}"><img src="data:image/png;base64,{data}" width="900" height="540" '
        f'alt="{_text("Goldstein series of " + name)}">'
        f"<figcaption>{_text(name)}, by {_text(series.bucket)}.{_text(undated)}{view}</figcaption></figure>"
    )


def render_report(
    analysis: Analysis,
    *,
    plots: Sequence[tuple[DyadSeries, bytes]] = (),
    community_links: Sequence[str | None] = (),
    dyad_links: Sequence[str | None] = (),
    stats: Stats | None = None,
    source: str | None = None,
    title: str = "International relations: analysis",
    period: str = "everything stored",
) -> str:
    """The report page: escaped text only, plots as PNG ``data:`` URIs, no script.

    ``analysis`` should already be cut to the rows to show (:meth:`Analysis.top`);
    ``plots`` pairs each plotted dyad with its PNG; the links are relative URLs of
    graph views, one per community and per dyad row (None: no view).
    """
    actors, communities, dyads = analysis_tables(analysis)
    dyad_index = {(d.a, d.b): i for i, d in enumerate(analysis.dyads)}
    figures = "".join(
        _figure(i, series, png, _at(dyad_links, dyad_index.get((series.a, series.b))))
        for i, (series, png) in enumerate(plots, start=1)
    )
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = {
        "TITLE": _text(title),
        "SUBTITLE": _text(
            f"{analysis.statements:,} statements between {analysis.actor_count:,} actors; "
            f"generated {generated}"
        ),
        "SUMMARY": _summary(analysis, stats, source, period),
        "ACTORS": html_table(actors),
        "COMMUNITIES": html_table(_members(communities), links=community_links),
        "DYADS": html_table(dyads, links=dyad_links),
        "PLOTS": figures or '<p class="empty">No dyads to plot.</p>',
        "METHOD": _text(
            f"{analysis.betweenness.describe().capitalize()}. "
            "Communities: Louvain modularity with a fixed seed, so runs repeat."
        ),
    }
    template = (resources.files("kg") / "templates" / "report.html").read_text(encoding="utf-8")
    # One pass, so nothing inserted is searched for markers again.
    return _MARKER.sub(lambda m: parts[m.group(1)], template)


def _at(items: Sequence[str | None], index: int | None) -> str | None:
    return items[index] if index is not None and index < len(items) else None


def _clear_views(folder: Path) -> None:
    """Remove the views an earlier report wrote into ``folder`` (only the names this module writes)."""
    if folder.is_dir():
        for old in folder.glob("*.html"):
            if re.fullmatch(r"(community|dyad)-\d+\.html", old.name):
                old.unlink(missing_ok=True)


def write_report(
    path: str | Path,
    statements: Iterable[Statement],
    *,
    stats: Stats | None = None,
    source: str | None = None,
    top: int = TABLE_ROWS,
    plots: int = PLOT_DYADS,
    since: str | None = None,
    until: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Analyse ``statements`` and write the report to ``path`` with its graph views beside it.

    The views go to ``<name>-files/`` next to the report (``community-N.html``
    for the largest communities, ``dyad-N.html`` for the top dyads) and are
    linked relatively, so the folder can be moved or zipped as a whole.
    ``since``/``until`` only label the period (filter the statements before).
    """
    say = progress or (lambda _step: None)
    statements = list(statements)
    path = Path(path)
    graph = statement_graph(statements)
    analysis = analyze(graph, progress=say)
    shown = analysis.top(top)
    folder = path.parent / f"{path.stem}-files"
    try:
        _clear_views(folder)
    except OSError as e:
        raise ExportError(f"cannot clear the old views in {folder}: {e.strerror or e}") from e

    community_links: list[str | None] = []
    for community in shown.communities:
        if community.size < 2 or len(community_links) >= VIEW_COMMUNITIES:
            community_links.append(None)
            continue
        say(f"graph view of community {community.id}")
        name = f"community-{community.id}.html"
        write_view(
            folder / name,
            statements_within(statements, community.members),
            title=f"Community {community.id}: {', '.join(community.members[:5])}",
        )
        community_links.append(f"{quote(folder.name)}/{name}")

    dyad_links: list[str | None] = []
    for index, dyad in enumerate(shown.dyads[:VIEW_DYADS], start=1):
        say(f"graph view of dyad {index}")
        name = f"dyad-{index}.html"
        write_view(
            folder / name, statements_between(statements, dyad.a, dyad.b), title=f"{dyad.a} – {dyad.b}"
        )
        dyad_links.append(f"{quote(folder.name)}/{name}")

    figures = []
    for index, dyad in enumerate(shown.dyads[:plots], start=1):
        say(f"plot of dyad {index} of {min(plots, len(shown.dyads))}")
        series = dyad_series(graph, dyad.a, dyad.b)
        figures.append((series, dyad_plot(series)))

    period = DateRange.parse(since, until).label()
    say("writing the report")
    page = render_report(
        shown,
        plots=figures,
        community_links=community_links,
        dyad_links=dyad_links,
        stats=stats,
        source=source,
        period=period,
    )
    return write_text(path, page)
