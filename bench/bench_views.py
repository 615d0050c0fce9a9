"""Benchmark of the HTML graph view against pyvis's own page, at 500, 5,000 and 20,000 actors.

For each size it generates a synthetic graph (preferential attachment, about three
aggregated edges per actor), then measures:

* kg: Python time of ``render_view`` (no cap, and with the default cap of 500),
  page size, and in headless Chromium the time from navigation to the network's
  first draw (physics is off, positions are precomputed) and to a filter change;
* pyvis: building its ``Network`` node by node and writing it with
  ``cdn_resources="in_line"``, page size, and in Chromium the time to vis-network's
  ``stabilizationIterationsDone`` (pyvis's defaults: physics on), with a timeout.

The network is blocked in the browser: both pages open from ``file://``.

    .venv/bin/python bench/bench_views.py [--sizes 500,5000,20000] [--pyvis-browser-max 5000]
                                           [--timeout 60] [--keep DIR]

With ``--screenshot PNG`` it benchmarks nothing and saves a screenshot of a page
instead: ``--page output/graph.html`` (e.g. the demo view ``make demo`` writes), or
by default a small view of hand-written statements about the seed article.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import CHROMIUM, CHROMIUM_ARGS, EVENTS  # noqa: E402
from kg.types import Actor, ActorType, EventClass, Statement  # noqa: E402
from kg.views import DEFAULT_MAX_NODES, render_view  # noqa: E402

TYPES = [ActorType.COUNTRY] * 6 + [ActorType.ORGANIZATION] * 2 + [ActorType.PERSON] * 2 + [ActorType.GROUP]


def synthetic_statements(n_actors: int, n_edges: int, *, seed: int = 1) -> list[Statement]:
    """Statements over ``n_actors`` actors forming about ``n_edges`` aggregated edges."""
    rng = random.Random(seed)
    actors = [
        Actor(f"Actor {i:05d}", TYPES[i % len(TYPES)], code=f"A{i:05d}" if i % 11 < 6 else None)
        for i in range(n_actors)
    ]
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(n_actors)]
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    events = [EventClass(code, name, quad, gold) for code, name, quad, gold, _ in EVENTS]
    relations = [relation for *_, relation in EVENTS]
    triples: set[tuple[int, int, int]] = set()
    # Every actor takes part at least once, then preferential attachment fills the rest.
    order = list(range(n_actors))
    while len(triples) < n_edges:
        a = order.pop() if order else rng.choices(range(n_actors), cum_weights=cumulative)[0]
        b = rng.choices(range(n_actors), cum_weights=cumulative)[0]
        if a != b:
            triples.add((a, b, rng.randrange(len(events))))
    statements = []
    for k, (a, b, e) in enumerate(sorted(triples)):
        for _ in range(1 + (rng.random() < 0.3) + (rng.random() < 0.1)):
            day = 1 + rng.randrange(28)
            subject, obj = actors[a], actors[b]
            sentence = f"In made-up report {k}, {subject.name} said it would {relations[e]} {obj.name}."
            statements.append(
                Statement(
                    subject=subject,
                    relation=relations[e],
                    object=obj,
                    event=events[e],
                    sentence=sentence,
                    start=0,
                    end=len(sentence),
                    article_id=f"bench-{k % 997}",
                    date=f"2024-02-{day:02d}",
                    negated=rng.random() < 0.05,
                    article_title=f"Synthetic bulletin {k % 997}",
                )
            )
    return statements


def demo_statements() -> list[Statement]:
    """A small, realistic view: statements paraphrasing the seed article in examples/."""
    china = Actor("China", ActorType.COUNTRY, code="CHN")
    russia = Actor("Russia", ActorType.COUNTRY, code="RUS")
    ukraine = Actor("Ukraine", ActorType.COUNTRY, code="UKR")
    usa = Actor("United States", ActorType.COUNTRY, code="USA")
    nato = Actor("NATO", ActorType.ORGANIZATION, code="NATO")
    zhao = Actor("Zhao Lijian", ActorType.PERSON, affiliation=china, role="spokesman")
    xi = Actor("Xi Jinping", ActorType.PERSON, affiliation=china, role="president")
    putin = Actor("Vladimir Putin", ActorType.PERSON, affiliation=russia, role="president")
    red_cross = Actor("Red Cross Society of China", ActorType.ORGANIZATION, affiliation=china)
    burns = Actor("William Burns", ActorType.PERSON, affiliation=usa, role="CIA director")
    west = Actor("Western countries", ActorType.GROUP)
    title = "Ukraine crisis: China accuses NATO of pushing Russia to 'breaking point'"
    rows = [
        (
            zhao,
            "accuse",
            nato,
            ("112", "Accuse", 3, -2.0),
            "Zhao Lijian accused NATO of pushing Russia to a breaking point.",
        ),
        (
            china,
            "condemn",
            russia,
            ("111", "Criticize or denounce", 3, -2.0),
            "Beijing refused to condemn Russia's attack.",
            True,
        ),
        (
            russia,
            "attack",
            ukraine,
            ("190", "Use conventional military force", 4, -10.0),
            "Russia attacked Ukraine.",
        ),
        (
            zhao,
            "urge",
            usa,
            ("10", "Demand", 3, -5.0),
            "He urged the United States to take China's concerns seriously.",
        ),
        (
            red_cross,
            "provide assistance to",
            ukraine,
            ("073", "Provide humanitarian aid", 2, 7.4),
            "The Red Cross will provide aid to Ukraine.",
        ),
        (
            putin,
            "meet with",
            xi,
            ("040", "Consult", 1, 1.0),
            "Putin attends a meeting with Xi Jinping in Beijing.",
        ),
        (
            china,
            "ask",
            west,
            ("020", "Appeal", 1, 3.0),
            "Beijing asked Western countries to respect Russia's concerns.",
        ),
        (
            burns,
            "brief",
            usa,
            ("010", "Make statement", 1, 0.0),
            "William Burns told US lawmakers about the threat assessment.",
        ),
        (
            china,
            "support",
            putin,
            ("050", "Engage in diplomatic cooperation", 1, 3.5),
            "Beijing's ability to support Putin is limited.",
        ),
    ]
    statements = []
    for subject, relation, obj, (code, name, quad, gold), sentence, *negated in rows:
        statements.append(
            Statement(
                subject=subject,
                relation=relation,
                object=obj,
                event=EventClass(code, name, quad, gold),
                sentence=sentence,
                start=0,
                end=len(sentence),
                article_id="wion-2022-03-09",
                date="2022-03-09",
                negated=bool(negated),
                article_title=title,
            )
        )
    return statements


def screenshot(page_path: Path, out: Path, *, timeout_s: float) -> Path:
    """Save a 1400×900 screenshot of a view once it has drawn."""
    with Browser(timeout_s) as browser:
        context, page, _blocked = browser.open_page()
        try:
            page.goto(page_path.resolve().as_uri(), wait_until="load")
            page.wait_for_function("window.kgView && window.kgView.ready", timeout=timeout_s * 1000)
            page.wait_for_timeout(500)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            context.close()
    return out


def pyvis_page(statements: list[Statement], path: Path) -> None:
    """The baseline: pyvis's Network built node by node and written with inlined resources."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line", height="900px", width="100%")
    counts: dict[str, int] = {}
    for stmt in statements:
        counts[stmt.subject.name] = counts.get(stmt.subject.name, 0) + 1
        counts[stmt.object.name] = counts.get(stmt.object.name, 0) + 1
    for stmt in statements:
        for actor in (stmt.subject, stmt.object):
            if actor.name not in net.node_map:
                net.add_node(actor.name, label=actor.name, title=str(actor.type), value=counts[actor.name])
    seen: set[tuple[str, str, str]] = set()
    for stmt in statements:
        key = (stmt.subject.name, stmt.event.root, stmt.object.name)
        if key not in seen:
            seen.add(key)
            net.add_edge(stmt.subject.name, stmt.object.name, title=stmt.sentence, label=stmt.relation)
    net.write_html(str(path), notebook=False)


@dataclass
class Browser:
    """One headless Chromium for every measurement, with the network blocked."""

    timeout_s: float

    def __enter__(self) -> Browser:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        return self

    def __exit__(self, *exc: object) -> None:
        self._browser.close()
        self._pw.stop()

    def open_page(self):
        context = self._browser.new_context(viewport={"width": 1400, "height": 900})
        blocked: list[str] = []

        def block(route):
            blocked.append(route.request.url)
            route.abort()

        context.route("http*://**/*", block)
        return context, context.new_page(), blocked

    def kg(self, path: Path) -> dict[str, float | str]:
        """Time to first draw of a kg page, and of one filter change."""
        context, page, blocked = self.open_page()
        try:
            page.goto(path.as_uri(), wait_until="load", timeout=self.timeout_s * 1000)
            page.wait_for_function("window.kgView && window.kgView.ready", timeout=self.timeout_s * 1000)
            ready = page.evaluate("window.kgView.readyAt")
            filter_ms = page.evaluate(
                """() => {
                    const box = document.querySelector('#kg-quads input');
                    const t = performance.now();
                    box.click();
                    return performance.now() - t;
                }"""
            )
            return {"interactive_s": ready / 1000, "filter_ms": filter_ms, "blocked": len(blocked)}
        finally:
            context.close()

    def pyvis(self, path: Path) -> dict[str, float | str]:
        """Time to stabilisation of a pyvis page (its default physics), or the timeout."""
        context, page, blocked = self.open_page()
        try:
            page.goto(path.as_uri(), wait_until="load", timeout=self.timeout_s * 1000)
            page.wait_for_function("window.__benchDone !== undefined", timeout=self.timeout_s * 1000)
            return {"interactive_s": page.evaluate("window.__benchDone") / 1000, "blocked": len(blocked)}
        except Exception as e:  # a Playwright timeout: report it as a figure, not a crash
            return {
                "interactive_s": f"> {self.timeout_s:.0f} s",
                "blocked": len(blocked),
                "error": type(e).__name__,
            }
        finally:
            context.close()


def hook_pyvis(path: Path) -> None:
    """Record in the pyvis page when its network has stabilised (or drawn, with physics off)."""
    text = path.read_text(encoding="utf-8")
    anchor = "network = new vis.Network(container, data, options);"
    hook = (
        anchor + 'network.once("stabilizationIterationsDone", function () {'
        " window.__benchDone = performance.now(); });"
    )
    path.write_text(text.replace(anchor, hook, 1), encoding="utf-8")


def timed(fn, *args, **kwargs):
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def fmt(value: object) -> str:
    """A table cell."""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--pyvis-browser-max", type=int, default=5000, help="largest size opened with pyvis")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for a page")
    parser.add_argument("--keep", type=Path, help="keep the generated pages in this folder")
    parser.add_argument("--screenshot", type=Path, help="only save a screenshot of a view to this PNG")
    parser.add_argument("--page", type=Path, help="the view to screenshot (default: a small demo view)")
    args = parser.parse_args()
    if args.screenshot:
        page = args.page
        if page is None:
            page = Path(tempfile.mkdtemp(prefix="kg-shot-")) / "demo.html"
            page.write_text(render_view(demo_statements(), title="Ukraine crisis (demo)"), encoding="utf-8")
        print(f"screenshot of {page} saved to {screenshot(page, args.screenshot, timeout_s=args.timeout)}")
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    folder.mkdir(parents=True, exist_ok=True)

    rows = []
    with Browser(args.timeout) as browser:
        for n in sizes:
            statements = synthetic_statements(n, n * 3)
            edges = len({(s.subject.name, s.event.root, s.object.name) for s in statements})

            seconds, page = timed(render_view, statements, max_nodes=None)
            path = folder / f"kg-{n}.html"
            path.write_text(page, encoding="utf-8")
            measured = browser.kg(path)
            rows.append(
                ["kg", n, edges, len(statements), seconds, len(page) / 1e6, *_browser_cells(measured)]
            )

            if n > DEFAULT_MAX_NODES:
                seconds, page = timed(render_view, statements)
                capped = folder / f"kg-{n}-capped.html"
                capped.write_text(page, encoding="utf-8")
                measured = browser.kg(capped)
                cells = _browser_cells(measured)
                rows.append(
                    [
                        f"kg (cap {DEFAULT_MAX_NODES})",
                        n,
                        edges,
                        len(statements),
                        seconds,
                        len(page) / 1e6,
                        *cells,
                    ]
                )

            baseline = folder / f"pyvis-{n}.html"
            seconds, _ = timed(pyvis_page, statements, baseline)
            size = baseline.stat().st_size / 1e6
            if n <= args.pyvis_browser_max:
                hook_pyvis(baseline)
                cells = _browser_cells(browser.pyvis(baseline))
            else:
                cells = ["not run", "", ""]
            rows.append(["pyvis 0.3.2", n, edges, len(statements), seconds, size, *cells])

    header = [
        "page",
        "actors",
        "edges",
        "statements",
        "python s",
        "MB",
        "interactive s",
        "filter ms",
        "blocked",
    ]
    widths = [max(len(fmt(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(fmt(cell).rjust(width) for cell, width in zip(row, widths, strict=True)))
    print(f"pages in {folder}")


def _browser_cells(measured: dict[str, float | str]) -> list[object]:
    """The browser columns of a table row."""
    return [measured["interactive_s"], measured.get("filter_ms", ""), measured["blocked"]]


if __name__ == "__main__":
    main()
