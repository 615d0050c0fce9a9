"""The build: articles in, statements extracted, the store updated, outputs written.

:func:`build` is what ``kg build`` runs. It reads every input (bad ones are
reported and skipped), skips articles whose content is already stored before
parsing them, parses the rest in batches, and commits each article to the store
in one transaction as soon as it is done, so an interrupted build keeps every
article it finished and the next run completes the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract_articles
from .ingest import Skipped, read_articles
from .store import AddResult, Store
from .types import Article


@dataclass
class BuildReport:
    """What a build did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    statements: int = 0
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.unchanged


@dataclass(frozen=True)
class Progress:
    """One tick of progress, sent after each article."""

    article: Article
    result: AddResult
    statements: int


def build(
    paths: Iterable[str | Path],
    *,
    store: Store,
    date: str | None = None,
    max_bytes: int = 50_000_000,
    batch_size: int = 32,
    on_progress: Callable[[Progress], None] | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    stdin=None,
) -> BuildReport:
    """Ingest articles from ``paths`` into ``store`` (opened for writing)."""
    report = BuildReport()
    started = time.perf_counter()
    known = store.article_hashes()

    def skip(item: Skipped) -> None:
        report.skipped.append(item)
        if on_skip:
            on_skip(item)

    def warn(source: str, message: str) -> None:
        report.warnings.append((source, message))
        if on_warning:
            on_warning(source, message)

    def fresh() -> Iterator[Article]:
        """Articles whose content is not stored yet (the cheap check, before parsing)."""
        for article in read_articles(paths, date=date, max_bytes=max_bytes, on_skip=skip, on_warning=warn, stdin=stdin):
            if known.get(article.id) == article.content_hash:
                report.unchanged += 1
                if on_progress:
                    on_progress(Progress(article, AddResult.UNCHANGED, 0))
                continue
            yield article

    for article, statements in extract_articles(fresh(), batch_size=batch_size):
        result = store.add(article, statements, known=known)
        known[article.id] = article.content_hash
        if result is AddResult.ADDED:
            report.added += 1
        elif result is AddResult.REPLACED:
            report.replaced += 1
        else:
            report.unchanged += 1
        report.statements += len(statements)
        report.words += len(article.text.split())
        if on_progress:
            on_progress(Progress(article, result, len(statements)))
    report.seconds = time.perf_counter() - started
    return report
