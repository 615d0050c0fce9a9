"""Shared fixtures: hand-made statements, and the demo store built once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.synthetic import CHROMIUM, CHROMIUM_ARGS
from kg.types import Actor, ActorType, Article, EventClass, Statement

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "ukraine-china-nato.txt"

CHINA = Actor("China", ActorType.COUNTRY, code="CHN")
RUSSIA = Actor("Russia", ActorType.COUNTRY, code="RUS")
UKRAINE = Actor("Ukraine", ActorType.COUNTRY, code="UKR")
NATO = Actor("NATO", ActorType.ORGANIZATION, code="NATO")
ZHAO = Actor("Zhao Lijian", ActorType.PERSON, affiliation=CHINA, role="foreign ministry spokesman")

ACCUSE = EventClass("112", "Accuse", 3, -2.0)
ATTACK = EventClass("190", "Use conventional military force", 4, -10.0)
MEET = EventClass("040", "Consult", 1, 1.0)


def make_statement(
    subject: Actor = CHINA,
    relation: str = "accuse",
    obj: Actor = NATO,
    event: EventClass = ACCUSE,
    sentence: str = "China accused NATO of provocations.",
    *,
    article: Article | str = "a1",
    date: str | None = "2022-03-09",
    title: str | None = "A title",
    start: int = 0,
    negated: bool = False,
    hypothetical: bool = False,
    source: Actor | None = None,
) -> Statement:
    """A hand-made statement read in ``article``.

    ``article`` is an :class:`Article`, whose id, date and title the statement
    takes; or the id of an article dated ``date`` and titled ``title``.
    """
    if isinstance(article, str):
        article = Article(id=article, text=sentence, title=title, date=date)
    return Statement(
        subject=subject,
        relation=relation,
        object=obj,
        event=event,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        article_id=article.id,
        date=article.date,
        negated=negated,
        hypothetical=hypothetical,
        source=source,
        article_title=article.title,
    )


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load

    return load()


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory, nlp) -> Path:
    """The store `make demo` builds: the example article, ingested through the CLI's library path."""
    from kg.pipeline import build
    from kg.store import Store

    path = tmp_path_factory.mktemp("demo") / "store"
    with Store(path, write=True) as store:
        report = build([EXAMPLES], store=store)
    assert report.added == 1 and report.statements > 0
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium; skipped with a message when missing, except in CI (CI=true), where it fails.

    Per module: Playwright's sync API keeps an event loop running while it is
    open, which would break tests of other modules that run their own loop.
    """
    in_ci = os.environ.get("CI") == "true"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium to run the browser tests"
        if in_ci:
            pytest.fail(message)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if in_ci:
            raise
        pytest.skip("Playwright's Python package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
