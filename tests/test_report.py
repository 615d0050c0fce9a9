"""kg.report: tables, plots, and the HTML report (escaped, self-contained, opened in headless Chromium)."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from kg.analysis import analyze, dyad_series
from kg.cli import main
from kg.errors import ExportError
from kg.report import (
    analysis_tables,
    dyad_plot,
    dyad_plot_path,
    dyad_tables,
    render_report,
    show,
    slug,
    write_dyad_plot,
    write_report,
)
from kg.store import Store
from kg.types import Actor, ActorType, Article, EventClass

from .conftest import ACCUSE, ATTACK, CHINA, MEET, NATO, RUSSIA, UKRAINE, make_statement

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
AID = EventClass("070", "Provide aid", 2, 7.0)
HOSTILE = Actor("<script>window.__pwned=1</script>", ActorType.GROUP)
SNEAKY = Actor('<img src=x onerror="window.__pwned=1"> "href"', ActorType.GROUP)


def statements():
    """Statements over two months between six actors, two of them with hostile names."""
    rows = []
    plan = [
        (CHINA, "meet", RUSSIA, MEET),
        (RUSSIA, "attack", UKRAINE, ATTACK),
        (CHINA, "accuse", NATO, ACCUSE),
        (CHINA, "send aid to", RUSSIA, AID),
        (NATO, "accuse", RUSSIA, ACCUSE),
        (HOSTILE, "accuse", SNEAKY, ACCUSE),
        (SNEAKY, "meet", HOSTILE, MEET),
    ]
    for day in range(1, 40, 3):
        month, dom = (3, day) if day <= 31 else (4, day - 31)
        article = Article(
            id=f"article-{day}",
            text="x",
            title="<script>window.__pwned=1</script> News",
            date=f"2022-{month:02d}-{dom:02d}",
        )
        for i, (subject, relation, obj, event) in enumerate(plan):
            if (day + i) % 2 == 0 or i < 2:
                sentence = f"{subject.name} and {obj.name} on day {day}: <b>bold</b> & 'quoted'."
                rows.append(
                    make_statement(
                        subject, relation, obj, event=event, article=article, sentence=sentence, start=i
                    )
                )
    return rows


class Page(HTMLParser):
    """Collects the elements that could load or run something."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.images: list[str] = []
        self.links: list[str] = []
        self.handlers: list[str] = []
        self.csp = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "script":
            self.scripts += 1
        elif tag == "img":
            self.images.append(values.get("src") or "")
        elif tag == "a":
            self.links.append(values.get("href") or "")
        elif tag in ("link", "iframe", "object", "embed"):
            self.links.append(f"<{tag}>")
        elif tag == "meta" and values.get("http-equiv") == "Content-Security-Policy":
            self.csp = values.get("content") or ""


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    return parser


# --------------------------------------------------------------------------- tables and plots


def test_tables_hold_the_analysis_values() -> None:
    actors, communities, dyads = analysis_tables(analyze(statements()))
    assert actors.columns[0] == "actor" and len(actors.rows) == 6
    first = dict(zip(dyads.columns, dyads.rows[0], strict=True))
    assert (first["a"], first["b"]) == ("China", "Russia")
    assert dyads.shown()[0][dyads.columns.index("Goldstein sum")].startswith("+")
    assert sum(row[1] for row in communities.rows) == 6  # every actor in one community
    assert show(None) == "" and show(("a", "b")) == "a; b" and show(0.5, ".2f") == "0.50"


def test_dyad_tables_and_plot_file_names() -> None:
    series = dyad_series(statements(), "Russia", "China")
    events, points = dyad_tables(series)
    assert len(events.rows) == sum(p.statements for p in series.points) == 20  # 13 meetings, 7 aids
    assert points.columns[0] == "from" and series.bucket == "day"  # 1 March to 6 April: by day
    assert len(points.rows) == 37
    assert dyad_plot_path(series) == Path("output/dyad-china-russia.png")
    assert slug("Côte d'Ivoire") == "c-te-d-ivoire" and slug("<>") == "actor"


def test_plots_are_real_png_and_svg(tmp_path: Path) -> None:
    series = dyad_series(statements(), "China", "Russia")
    assert dyad_plot(series).startswith(PNG_MAGIC)
    svg = write_dyad_plot(tmp_path / "plot.SVG", series)
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.find(".//{http://www.w3.org/2000/svg}path") is not None
    # Nothing refers outside the file (only "#id" references within it).
    refs = [v for e in root.iter() for k, v in e.attrib.items() if k.endswith("href")]
    assert refs and all(ref.startswith("#") for ref in refs)
    png = write_dyad_plot(tmp_path / "plot.png", series)
    assert png.read_bytes().startswith(PNG_MAGIC)
    with pytest.raises(ExportError, match=r"\.png or \.svg"):
        write_dyad_plot(tmp_path / "plot.jpg", series)
    hostile = dyad_series(statements(), HOSTILE.name, SNEAKY.name)
    assert dyad_plot(hostile, fmt="svg").startswith(b"<?xml")


# --------------------------------------------------------------------------- the page


def test_the_report_escapes_every_text_and_loads_nothing() -> None:
    result = analyze(statements())
    series = dyad_series(statements(), HOSTILE.name, SNEAKY.name)
    page = render_report(result, plots=[(series, dyad_plot(series))], dyad_links=["report-files/dyad-1.html"])
    parsed = parse(page)
    assert parsed.scripts == 0 and parsed.handlers == []
    assert "<script>window" not in page and "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in page
    assert parsed.csp.startswith("default-src 'none'") and "img-src data:" in parsed.csp
    assert "script-src" not in parsed.csp  # default-src 'none' covers scripts: none may run
    assert len(parsed.images) == 1 and parsed.images[0].startswith("data:image/png;base64,")
    assert base64.b64decode(parsed.images[0].split(",", 1)[1]).startswith(PNG_MAGIC)
    assert all(href.startswith("#") or not href.split("/")[0].count(":") for href in parsed.links)


def test_write_report_links_views_of_communities_and_dyads(tmp_path: Path) -> None:
    steps: list[str] = []
    path = write_report(tmp_path / "out" / "report.html", statements(), progress=steps.append)
    parsed = parse(path.read_text(encoding="utf-8"))
    views = [href for href in parsed.links if not href.startswith("#")]
    assert views and all(href.startswith("report-files/") for href in views)
    for href in views:
        target = path.parent / unquote(href)
        assert target.is_file() and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert any(href.endswith("community-1.html") for href in views)
    assert any(href.endswith("dyad-1.html") for href in views)
    assert len(parsed.images) == 5  # the five dyads with most statements
    assert "communities (Louvain)" in steps and steps[-1] == "writing the report"
    assert (path.parent / "report-files" / "dyad-5.html").is_file()
    # A second report of fewer statements (China – Russia – Ukraine) leaves no view of the first behind.
    write_report(path, statements()[:2], plots=1)
    left = sorted(p.name for p in (path.parent / "report-files").iterdir())
    assert left == ["community-1.html", "dyad-1.html", "dyad-2.html"]


def test_kg_report_command(tmp_path: Path, capsys) -> None:
    store_path = tmp_path / "store"
    with Store(store_path, write=True) as store:
        for stmt in statements()[:12]:
            article = Article(id=stmt.article_id + str(stmt.start), text="x", title="t", date=stmt.date)
            store.add(article, [stmt])
    out = tmp_path / "site" / "report.html"
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--store", str(store_path), "--out", str(out), "--plots", "2"])
    printed, err = capsys.readouterr()
    assert exit_info.value.code == 0, err
    assert printed.strip() == str(out)
    page = out.read_text(encoding="utf-8")
    assert "articles" in page and "triples" in page and "Betweenness: exact" in page
    assert len(parse(page).images) == 2


# --------------------------------------------------------------------------- in Chromium


@pytest.mark.browser
def test_the_report_in_chromium_shows_its_plots_and_requests_nothing(browser, tmp_path: Path) -> None:
    path = write_report(tmp_path / "report.html", statements())
    context = browser.new_context()
    outside: list[str] = []
    requests: list[str] = []
    errors: list[str] = []

    def block(route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("dialog", lambda dialog: (errors.append("dialog: " + dialog.message), dialog.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    images = page.eval_on_selector_all(
        "img",
        "imgs => imgs.map(i => ({complete: i.complete, width: i.naturalWidth, height: i.naturalHeight}))",
    )
    assert len(images) == 5
    assert all(image["complete"] and image["width"] > 0 and image["height"] > 0 for image in images)
    assert outside == []
    assert all(url.startswith(("file:", "data:")) for url in requests)
    assert errors == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("script").count() == 0
    assert "<script>window.__pwned=1</script>" in page.locator("#actors").inner_text()
    # The first community's link opens its graph view, also offline.
    page.locator("#communities a").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("report-files/community-1.html")
    assert outside == []
    context.close()
