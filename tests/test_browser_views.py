"""The HTML view in a real headless Chromium: offline, counts, filters, details, hostile text, speed.

Runs Debian's /usr/bin/chromium through Playwright's Python API (nothing is
downloaded). Without Chromium the tests are skipped with a message, except in
CI (CI=true), where they fail.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from kg.network import aggregate
from kg.types import Actor, ActorType, EventClass, Statement
from kg.views import write_view

from .conftest import ACCUSE, CHINA, MEET, NATO, RUSSIA, UKRAINE, ZHAO, make_statement

pytestmark = pytest.mark.browser


# Records what the page's CSP refused, before any page script runs.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
    e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""

# Elements with an event-handler attribute (onerror, onload …) anywhere in the page.
HANDLER_ATTRIBUTES = """
[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length
"""

# Milliseconds that one call takes, run in the page.
TIME_FILTER = """() => {
    const t = performance.now();
    document.querySelector('#kg-quads input').click();
    return performance.now() - t;
}"""
TIME_FOCUS = """() => {
    const t = performance.now();
    kgView.focus('Actor 1');
    return performance.now() - t;
}"""

USA = Actor("United States", ActorType.COUNTRY, code="USA")
RED_CROSS = Actor("Chinese Red Cross", ActorType.ORGANIZATION, affiliation=CHINA)
WEST = Actor("Western countries", ActorType.GROUP)
CRITICIZE = EventClass("111", "Criticize or denounce", 3, -2.0)
URGE = EventClass("10", "Demand", 3, -5.0)
AID = EventClass("07", "Provide aid", 2, 7.0)
FIGHT = EventClass("19", "Fight", 4, -10.0)
APPEAL = EventClass("02", "Appeal", 1, 3.0)

HOSTILE = (
    "<script>window.__pwned=1</script>",
    "</script><script>window.__pwned=1;alert(1)</script>",
    "<img src=x onerror=\"window.__pwned=1;alert('img')\">",
    '" onmouseover="window.__pwned=1" href="javascript:window.__pwned=1"',
    '<a href="javascript:window.__pwned=1">href</a> \'quotes\' "double"',
    "<!--<script>window.__pwned=1</script>-->",
    "<svg onload=window.__pwned=1>",
)


def small_view() -> list[Statement]:
    """A small, realistic graph over three days, written for these tests."""
    return [
        make_statement(
            ZHAO,
            "accuse",
            NATO,
            ACCUSE,
            "The spokesman accused NATO of pushing Russia towards a breaking point.",
            title="Report a1",
        ),
        make_statement(
            CHINA,
            "accuse",
            NATO,
            ACCUSE,
            "Beijing again accused the alliance of stoking tension.",
            date="2022-03-10",
            title="Report a1",
        ),
        make_statement(
            CHINA,
            "condemn",
            RUSSIA,
            CRITICIZE,
            "China declined to condemn Russia over the attack.",
            negated=True,
            title="Report a1",
        ),
        make_statement(
            RUSSIA,
            "attack",
            UKRAINE,
            FIGHT,
            "Russian troops attacked Ukrainian positions.",
            date="2022-03-08",
            title="Report a1",
        ),
        make_statement(
            RUSSIA,
            "attack",
            UKRAINE,
            FIGHT,
            "Russia attacked Ukraine's east again.",
            date="2022-03-10",
            title="Report a1",
        ),
        make_statement(
            ZHAO,
            "urge",
            USA,
            URGE,
            "He urged the United States to take China's concerns seriously.",
            title="Report a1",
        ),
        make_statement(
            RED_CROSS,
            "provide assistance to",
            UKRAINE,
            AID,
            "The Red Cross of China will send relief to Ukraine.",
            title="Report a1",
        ),
        make_statement(
            CHINA,
            "ask",
            WEST,
            APPEAL,
            "Beijing asked Western countries to respect Russia's concerns.",
            title="Report a1",
        ),
        make_statement(
            USA,
            "meet with",
            CHINA,
            MEET,
            "Officials of the United States met Chinese envoys.",
            date="2022-03-08",
            title="Report a1",
        ),
    ]


@dataclass
class View:
    """An opened page and what it did."""

    page: Any
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def counts(self) -> dict[str, int]:
        return self.js("window.kgView.counts()")

    def drawn(self) -> dict[str, int]:
        """What vis-network itself holds: the nodes and edges it draws."""
        return self.js(
            "({nodes: kgView.network.body.nodeIndices.length, edges: kgView.network.body.edgeIndices.length})"
        )

    def node_id(self, label: str) -> int:
        return self.js("l => kgView.nodes.getIds({filter: n => n.label === l})[0]", label)

    def edge_id(self, source: str, target: str) -> int:
        ends = {"from": self.node_id(source), "to": self.node_id(target)}
        return self.js("x => kgView.edges.getIds({filter: e => e.from === x.from && e.to === x.to})[0]", ends)

    def point_of_node(self, label: str) -> tuple[float, float]:
        """The page coordinates of a node's centre."""
        return self._point("id => kgView.network.getPositions([id])[id]", self.node_id(label))

    def point_of_edge(self, edge_id: int) -> tuple[float, float]:
        """The page coordinates of the middle of a straight edge."""
        return self._point(
            """id => {
                const e = kgView.edges.get(id); const p = kgView.network.getPositions([e.from, e.to]);
                return {x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2};
            }""",
            edge_id,
        )

    def _point(self, expression: str, arg: Any) -> tuple[float, float]:
        canvas = self.js(expression, arg)
        dom = self.js("p => kgView.network.canvasToDOM(p)", canvas)
        box = self.page.locator("#kg-graph").bounding_box()
        return box["x"] + dom["x"], box["y"] + dom["y"]

    def tooltip(self, point: tuple[float, float]) -> str:
        self.page.mouse.move(point[0] + 40, point[1] + 40)
        self.page.mouse.move(*point, steps=4)
        tip = self.page.locator("div.vis-tooltip")
        tip.wait_for(state="visible", timeout=5000)
        return tip.inner_text()


@pytest.fixture
def open_view(browser, tmp_path) -> Iterator[Callable[..., View]]:
    contexts = []

    def open_(statements: list[Statement], **options: Any) -> View:
        path = write_view(tmp_path / f"view-{len(contexts)}.html", statements, **options)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        context.add_init_script(WATCH_CSP)
        page = context.new_page()
        view = View(page)
        page.on("request", lambda request: view.requests.append(request.url))
        page.on("pageerror", lambda error: view.errors.append(str(error)))
        page.on("console", lambda msg: view.errors.append(msg.text) if msg.type == "error" else None)

        def dialog(d):
            view.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)

        def block(route):
            if route.request.url.startswith(("file:", "data:")):
                route.continue_()
            else:
                route.abort()

        context.route("**/*", block)
        page.goto(path.as_uri())
        page.wait_for_function("window.kgView && window.kgView.ready", timeout=30_000)
        return view

    yield open_
    for context in contexts:
        context.close()


def assert_clean(view: View) -> None:
    """Nothing ran that should not have, nothing was fetched, nothing failed."""
    assert view.js("window.__pwned") is None
    assert view.dialogs == []
    assert [url for url in view.requests if not url.startswith(("file:", "data:"))] == []
    assert view.errors == []
    assert view.js("window.__csp") == []


# --------------------------------------------------------------------------- tests


def test_page_opens_offline_and_draws_every_actor_and_edge(open_view):
    statements = small_view()
    graph = aggregate(statements)
    view = open_view(statements, title="Ukraine crisis")
    expected = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    assert expected == {"nodes": 8, "edges": 8}
    assert view.counts() == expected
    assert view.drawn() == expected
    assert view.page.locator("#kg-title").inner_text() == "Ukraine crisis"
    summary = view.page.locator("#kg-summary").inner_text()
    assert summary == "1 article · 2022-03-08 – 2022-03-10 · 8 actors · 9 statements · 8 edges"
    assert view.page.locator("#kg-notice").is_hidden()
    assert view.requests == [view.page.url]  # the page itself, nothing else
    assert_clean(view)


def test_filters_change_what_is_visible(open_view):
    view = open_view(small_view())
    page = view.page
    # Turn off verbal conflict (QuadClass 3): the accusations, the condemnation and the demand go.
    page.locator("#kg-quads input").nth(2).uncheck()
    assert view.counts() == {"nodes": 6, "edges": 4}
    assert view.drawn() == view.counts()
    assert view.node_id("NATO") is None and view.node_id("Zhao Lijian") is None
    page.locator("#kg-quads input").nth(2).check()
    assert view.counts() == {"nodes": 8, "edges": 8}
    # CAMEO classes: none, then only 19 (Fight).
    page.locator("#kg-roots-none").click()
    assert view.counts() == {"nodes": 0, "edges": 0}
    page.locator("#kg-roots label", has_text="19 Fight").locator("input").check()
    assert view.counts() == {"nodes": 2, "edges": 1}
    page.locator("#kg-reset").click()
    # Minimum weight 2: only Russia→Ukraine holds two statements (two actors accused NATO, once each).
    page.locator("#kg-weight").fill("2")
    assert view.counts() == {"nodes": 2, "edges": 1}
    page.locator("#kg-reset").click()
    # Dates: 2022-03-10 only.
    assert page.locator("#kg-dates-section").is_visible()
    page.locator("#kg-from").fill("2022-03-10")
    page.locator("#kg-from").dispatch_event("change")
    assert view.counts() == {"nodes": 4, "edges": 2}
    assert "Showing 4 actors and 2 edges" in page.locator("#kg-counts").inner_text()
    page.locator("#kg-reset").click()
    assert view.counts() == {"nodes": 8, "edges": 8}
    assert_clean(view)


def test_click_on_an_actor_highlights_it_and_lists_its_statements(open_view):
    view = open_view(small_view())
    page = view.page
    assert page.locator("#kg-details").is_hidden()
    page.mouse.click(*view.point_of_node("Russia"))
    details = page.locator("#kg-details")
    details.wait_for(state="visible")
    text = details.inner_text()
    assert text.startswith("×\nRussia") or "Russia" in text.splitlines()[1]
    assert "Russian troops attacked Ukrainian positions." in text
    assert "Russia attacked Ukraine's east again." in text
    assert "China declined to condemn Russia over the attack." in text
    assert "negated" in text
    assert view.js("kgView.selected") == {"kind": "node", "id": view.node_id("Russia")}
    # Neighbours keep their colour; the rest of the graph is dimmed.
    opacity = (
        "l => kgView.network.body.nodes[kgView.nodes.getIds({filter: n => n.label === l})[0]].options.opacity"
    )
    assert view.js(opacity, "Ukraine") == 1 and view.js(opacity, "China") == 1
    assert view.js(opacity, "NATO") < 0.5
    # A click on empty canvas clears it.
    box = page.locator("#kg-graph").bounding_box()
    page.mouse.click(box["x"] + 5, box["y"] + box["height"] - 5)
    assert details.is_hidden()
    assert view.js(opacity, "NATO") == 1
    # Another actor: the first one's neighbourhood is dimmed now.
    page.mouse.click(*view.point_of_node("NATO"))
    assert view.js(opacity, "NATO") == 1 and view.js(opacity, "Zhao Lijian") == 1
    assert view.js(opacity, "Ukraine") < 0.5 and view.js(opacity, "Russia") < 0.5
    assert_clean(view)


def test_hover_shows_plain_text_tooltips(open_view):
    view = open_view(small_view())
    tip = view.tooltip(view.point_of_node("Zhao Lijian"))
    assert "Zhao Lijian" in tip and "Person" in tip and "China" in tip and "2 statements in this view" in tip
    view.page.mouse.move(5, 5)
    edge = view.js("kgView.edges.getIds({filter: e => e.label === 'ask'})[0]")
    tip = view.tooltip(view.point_of_edge(edge))
    assert "China → Western countries" in tip
    assert "02 Appeal" in tip and "Verbal cooperation" in tip
    assert "Beijing asked Western countries to respect Russia's concerns." in tip
    assert "Report a1, 2022-03-09" in tip
    assert_clean(view)


def test_search_focuses_an_actor(open_view):
    view = open_view(small_view())
    page = view.page
    page.locator("#kg-search").fill("ukr")
    page.locator("#kg-search-form button").click()
    assert view.js("kgView.selected") == {"kind": "node", "id": view.node_id("Ukraine")}
    assert "The Red Cross of China will send relief to Ukraine." in page.locator("#kg-details").inner_text()
    page.locator("#kg-search").fill("Atlantis")
    page.locator("#kg-search").press("Enter")
    assert "No actor matches" in page.locator("#kg-search-message").inner_text()
    assert_clean(view)


def test_cap_notice_says_what_was_left_out(open_view):
    view = open_view(small_view(), max_nodes=3)
    notice = view.page.locator("#kg-notice")
    assert notice.is_visible()
    text = notice.inner_text()
    assert "leaves out 5 actors" in text
    assert "kg view --actor NAME" in text and "kg view --max-nodes 8" in text
    assert view.counts()["nodes"] == 3
    assert_clean(view)


def test_one_day_view_has_no_date_controls(open_view):
    view = open_view([s for s in small_view() if s.date == "2022-03-09"])
    assert view.page.locator("#kg-dates-section").is_hidden()
    assert "2022-03-09 · " in view.page.locator("#kg-summary").inner_text()
    assert_clean(view)


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_runs_nothing_and_shows_as_text(open_view, payload):
    villain = Actor(payload, ActorType.GROUP, affiliation=Actor(payload, ActorType.GROUP), role=payload)
    statements = [
        make_statement(
            villain, "accuse", CHINA, ACCUSE, f"They wrote {payload} here.", title=payload, article=payload
        ),
        make_statement(CHINA, payload, villain, URGE, payload, title=payload, date="2022-03-10"),
        make_statement(CHINA, "meet with", RUSSIA, MEET, "A plain sentence.", title=payload),
    ]
    view = open_view(statements, title=payload)
    page = view.page
    assert page.locator("#kg-title").inner_text() == payload.strip()
    # Visit every way data reaches the page: tooltip, details of the actor, details of an edge, search.
    tip = view.tooltip(view.point_of_node(payload))
    assert payload.strip() in tip
    page.mouse.click(*view.point_of_node(payload))
    details = page.locator("#kg-details")
    details.wait_for(state="visible")
    text = details.inner_text()
    assert f"They wrote {payload} here." in text
    assert f"“{payload}”" in text
    page.locator("#kg-search").fill(payload)
    page.locator("#kg-search").press("Enter")
    page.mouse.click(*view.point_of_edge(view.edge_id("China", "Russia")))
    assert payload.strip() in details.inner_text()
    # No element came from the data: the template's three scripts, no image, link or SVG.
    assert view.js("document.scripts.length") == 3
    assert view.js("document.querySelectorAll('img, iframe, svg, a[href]').length") == 0
    assert view.js(HANDLER_ATTRIBUTES) == 0
    assert_clean(view)


def synthetic(n_actors: int, n_edges: int) -> list[Statement]:
    """Statements over n_actors actors with n_edges distinct (subject, root, object) edges."""
    rng = random.Random(5)
    actors = [Actor(f"Actor {i}", list(ActorType)[i % 4]) for i in range(n_actors)]
    events = [ACCUSE, URGE, AID, FIGHT, MEET, APPEAL]
    edges: set[tuple[int, int, int]] = {(i, (i + 1) % n_actors, i % len(events)) for i in range(n_actors)}
    while len(edges) < n_edges:
        a, b = int(rng.paretovariate(1.2)) % n_actors, rng.randrange(n_actors)
        if a != b:
            edges.add((a, b, rng.randrange(len(events))))
    return [
        make_statement(
            actors[a],
            "relate",
            actors[b],
            events[e],
            f"Made-up sentence {k}.",
            date=f"2024-01-{1 + k % 28:02d}",
        )
        for k, (a, b, e) in enumerate(sorted(edges))
    ]


@pytest.mark.slow
def test_5000_actors_and_15000_edges_are_drawn_and_stay_interactive(open_view):
    """How fast is measured by bench/bench_views.py (timings here would depend on the machine's load)."""
    statements = synthetic(5000, 15000)
    view = open_view(statements, max_nodes=None)
    assert view.counts() == {"nodes": 5000, "edges": 15000}
    assert view.drawn() == view.counts()
    assert view.js("kgView.readyAt") > 0
    # Still interactive: a filter applies and a click selects.
    view.js(TIME_FILTER)
    assert view.counts()["edges"] < 15000
    view.js(TIME_FOCUS)
    assert view.js("kgView.selected.kind") == "node"
    # Tooltips of a graph this size are filled when the pointer first reaches an item.
    assert view.tooltip(view.point_of_node("Actor 1")).startswith("Actor 1\nOrganization\n5,486 statements")
    assert_clean(view)
