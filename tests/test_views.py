"""Tests of kg.views without a browser: payload, escaping, page structure, safety, writing."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.types import Actor, ActorType, EventClass, Statement
from kg.views import (
    DEFAULT_MAX_NODES,
    EDGE_LABEL_LIMIT,
    render_view,
    script_json,
    view_payload,
    write_view,
)

from .conftest import ACCUSE, CHINA, MEET, NATO, RUSSIA, UKRAINE, ZHAO, make_statement

AID = EventClass("07", "Provide aid", 2, 7.0)
FIGHT = EventClass("19", "Fight", 4, -10.0)

PAYLOADS = (
    "<script>window.__pwned=1</script>",
    "</script><script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '" onmouseover=\'window.__pwned=1\' href="javascript:window.__pwned=1"',
    "<!--<script>",
    "\u2028\u2029 & &amp; <a href='https://evil.test/'>link</a>",
)


@pytest.fixture
def statements() -> list[Statement]:
    return [
        make_statement(
            ZHAO, "accuse", NATO, ACCUSE, "Zhao Lijian accused NATO of pushing Russia to a breaking point."
        ),
        make_statement(
            CHINA, "accuse", NATO, ACCUSE, "Beijing accused NATO once more.", article="a2", date="2022-03-10"
        ),
        make_statement(
            RUSSIA,
            "attack",
            UKRAINE,
            FIGHT,
            "Russian forces attacked Ukraine.",
            article="a3",
            date="2022-03-01",
        ),
        make_statement(
            CHINA,
            "provide aid to",
            UKRAINE,
            AID,
            "China will send aid to Ukraine.",
            date=None,
            article="a4",
            title="Article a4",
        ),
        make_statement(
            CHINA,
            "condemn",
            RUSSIA,
            EventClass("111", "Criticize", 3, -2.0),
            "China did not condemn Russia.",
            negated=True,
        ),
    ]


def page_data(page: str) -> dict:
    """The JSON payload embedded in a page."""
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "no data element"
    return json.loads(match.group(1))


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


# --------------------------------------------------------------------------- JSON escaping


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(), lambda c: st.lists(c, max_size=4)))
def test_script_json_reads_back_and_has_no_html_delimiters(value):
    text = script_json(value)
    assert json.loads(text) == value
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}


def test_script_json_escapes_closing_tags_line_separators_and_surrogates():
    text = script_json(["</script><!--", "a\u2028b\u2029", "lone \ud800"])
    assert text == '["\\u003c/script\\u003e\\u003c!--","a\\u2028b\\u2029","lone \\ud800"]'
    assert json.loads(text) == ["</script><!--", "a\u2028b\u2029", "lone \ud800"]
    text.encode("utf-8")  # no lone surrogate left in the text itself


# --------------------------------------------------------------------------- payload


def test_payload_heading_counts(statements):
    data = view_payload(statements, title="Ukraine crisis")
    meta = data["meta"]
    assert meta["title"] == "Ukraine crisis"
    assert (meta["articles"], meta["actors"], meta["statements"]) == (4, 5, 5)
    assert (meta["firstDay"], meta["lastDay"]) == ("2022-03-01", "2022-03-10")
    assert data["days"] == ["2022-03-01", "2022-03-09", "2022-03-10"]
    assert meta["omitted"]["actors"] == 0
    assert meta["edgeLabels"] is True and meta["large"] is False


def test_payload_nodes_and_aggregated_edges(statements):
    data = view_payload(statements)
    labels = [node[0] for node in data["nodes"]]
    assert sorted(labels) == ["China", "NATO", "Russia", "Ukraine", "Zhao Lijian"]
    china = data["nodes"][labels.index("China")]
    assert data["types"][china[1]] == "Country" and china[2] == "CHN" and china[5] == 3 == china[6]
    zhao = data["nodes"][labels.index("Zhao Lijian")]
    assert (
        data["types"][zhao[1]] == "Person" and zhao[3] == "China" and zhao[4] == "foreign ministry spokesman"
    )
    assert china[9] > data["nodes"][labels.index("NATO")][9]  # more statements, bigger marker
    assert len(data["edges"]) == 5
    by_pair = {(labels[e[0]], labels[e[1]]): e for e in data["edges"]}
    negated = by_pair[("China", "Russia")]
    assert negated[2] == "11" and negated[3] == 3 and negated[5] == 1 and negated[4] == 1
    aid = by_pair[("China", "Ukraine")]
    assert aid[10] == [[-1, 1]]  # undated
    (evidence,) = aid[11]
    assert data["strings"][evidence[0]] == "China will send aid to Ukraine."
    assert data["articles"][evidence[1]] == ["a4", "Article a4"]
    assert data["roots"] == [["07", "Provide aid"], ["11", "Disapprove"], ["19", "Fight"]]


def test_payload_parallel_edges_curve_apart():
    stmts = [
        make_statement(CHINA, "accuse", RUSSIA, ACCUSE, "One."),
        make_statement(CHINA, "meet with", RUSSIA, MEET, "Two."),
        make_statement(RUSSIA, "accuse", CHINA, ACCUSE, "Three."),
        make_statement(CHINA, "provide aid to", UKRAINE, AID, "Four."),
    ]
    data = view_payload(stmts)
    labels = [node[0] for node in data["nodes"]]
    curves = {(labels[e[0]], labels[e[1]], e[2]): e[12] for e in data["edges"]}
    assert curves[("China", "Ukraine", "07")] == 0
    bundle = [
        curves[("China", "Russia", "04")],
        curves[("China", "Russia", "11")],
        -curves[("Russia", "China", "11")],
    ]
    # Seen from China→Russia, the three edges take three different curvatures.
    assert len(set(bundle)) == 3 and all(bundle)


def test_payload_options_filter(statements):
    around = view_payload(statements, actor="russia", depth=1)
    assert sorted(n[0] for n in around["nodes"]) == ["China", "Russia", "Ukraine"]
    assert around["meta"]["filters"]["actor"] == "Russia"
    dated = view_payload(statements, since="2022-03-05", until="2022-03-09")
    assert dated["meta"]["statements"] == 2
    assert view_payload(statements, cameo=["19"])["meta"]["statements"] == 1
    assert view_payload(statements, quad=[3])["meta"]["statements"] == 3
    heavy = view_payload(statements, min_weight=2)
    assert [(heavy["nodes"][e[0]][0], heavy["nodes"][e[1]][0]) for e in heavy["edges"]] == []
    with pytest.raises(QueryError, match="no actor"):
        view_payload(statements, actor="Atlantis")


def test_payload_cap_names_what_it_left_out():
    stmts = [
        make_statement(CHINA, "meet with", Actor(f"Envoy {i:02d}", ActorType.PERSON), MEET, f"Met {i}.")
        for i in range(30)
    ]
    stmts += [make_statement(CHINA, "meet with", RUSSIA, MEET, f"Summit {i}.") for i in range(5)]
    data = view_payload(stmts, max_nodes=4)
    omitted = data["meta"]["omitted"]
    assert len(data["nodes"]) == 4 and data["meta"]["actors"] == 4
    assert sorted(n[0] for n in data["nodes"]) == ["China", "Envoy 00", "Envoy 01", "Russia"]
    assert omitted["actors"] == 28 and omitted["totalActors"] == 32
    assert omitted["statements"] == 28 and omitted["totalStatements"] == 35
    assert omitted["named"][:2] == ["Envoy 02", "Envoy 03"]
    assert len(omitted["named"]) == 10
    assert omitted["maxNodes"] == 4
    assert view_payload(stmts)["meta"]["omitted"]["actors"] == 0  # 32 < the default cap
    assert DEFAULT_MAX_NODES == 500


def test_payload_large_graph_drops_edge_labels():
    stmts = [
        make_statement(
            Actor(f"A{i}", ActorType.COUNTRY), "meet with", Actor(f"B{i}", ActorType.COUNTRY), MEET, f"S{i}."
        )
        for i in range(EDGE_LABEL_LIMIT + 1)
    ]
    meta = view_payload(stmts, max_nodes=None)["meta"]
    assert meta["edgeLabels"] is False and meta["large"] is True


# --------------------------------------------------------------------------- page


def test_page_holds_the_payload_and_the_title_as_text(statements):
    page = render_view(statements, title="Crisis <b>&</b> talks")
    assert page_data(page) == view_payload(statements, title="Crisis <b>&</b> talks")
    assert "<title>Crisis &lt;b&gt;&amp;&lt;/b&gt; talks</title>" in page
    assert page.startswith("<!DOCTYPE html>")


def test_page_loads_nothing_from_anywhere(statements):
    page = render_view(statements)
    tags = parse(page).tags
    for tag, attrs in tags:
        for name in ("src", "href", "action", "data", "poster"):
            assert attrs.get(name) is None, (tag, name, attrs)
    assert not [t for t, a in tags if t == "link"]
    # The only URLs are in vis-network's licence comments and its SVG namespace.
    urls = set(re.findall(r"""(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}""", page, re.I))
    allowed = {
        "http://almende.com",
        "https://github.com",
        "https://visjs.github.io",
        "http://www.apache.org",
        "http://opensource.org",
        "http://www.w3.org",
    }
    assert urls <= allowed, urls - allowed
    assert "@import" not in page and "url(http" not in page.replace(" ", "")


def test_page_csp_runs_exactly_its_own_scripts(statements):
    page = render_view(statements)
    parsed = parse(page)
    (csp,) = [
        a["content"]
        for t, a in parsed.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == "'unsafe-inline'" and directives["img-src"] == "data:"
    assert "'unsafe-inline'" not in directives["script-src"] and "unsafe-eval" not in directives["script-src"]
    runnable = [
        body
        for (tag, attrs), body in zip(
            [(t, a) for t, a in parsed.tags if t == "script"], parsed.scripts, strict=True
        )
        if "type" not in attrs
    ]
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in runnable
    }
    assert len(runnable) == 2
    assert set(directives["script-src"].split()) == hashes


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hostile_text_stays_inside_the_data_element(payload):
    actor = Actor(payload, ActorType.GROUP, affiliation=Actor(payload, ActorType.GROUP))
    stmts = [
        make_statement(
            actor, payload, CHINA, ACCUSE, f"He said {payload} twice.", title=payload, article=payload
        )
    ]
    page = render_view(stmts, title=payload)
    parsed = parse(page)
    # Exactly the template's elements: no new script, img, or anchor made it in.
    assert [t for t, _ in parsed.tags if t in {"script", "img", "a", "iframe"}] == ["script"] * 3
    assert sum(1 for _, a in parsed.tags for name in a if name.startswith("on")) == 0
    assert page.count("</script>") == 3
    data = page_data(page)
    assert data["meta"]["title"] == payload
    assert data["nodes"][0][0] == payload or data["nodes"][1][0] == payload
    assert f"He said {payload} twice." in data["strings"]
    assert data["articles"] == [[payload, payload]]


def test_page_with_no_statements(tmp_path):
    page = render_view([])
    data = page_data(page)
    assert data["nodes"] == [] and data["edges"] == [] and data["meta"]["statements"] == 0


def test_write_view_is_atomic_and_keeps_the_old_page_on_error(tmp_path, statements):
    path = tmp_path / "views" / "graph.html"
    assert write_view(path, statements, title="First") == path
    before = path.read_bytes()
    assert page_data(before.decode())["meta"]["title"] == "First"
    with pytest.raises(QueryError):
        write_view(path, statements, actor="Atlantis")
    assert path.read_bytes() == before
    write_view(path, statements[:1], title="Second")
    assert page_data(path.read_text(encoding="utf-8"))["meta"]["title"] == "Second"
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"]


def test_write_view_handles_lone_surrogates_in_text(tmp_path):
    odd = "bad \udc80 byte"
    path = write_view(tmp_path / "g.html", [make_statement(CHINA, "accuse", NATO, ACCUSE, odd)], title=odd)
    page = path.read_text(encoding="utf-8")
    assert odd in page_data(page)["strings"]
    assert "<title>bad ? byte</title>" in page
