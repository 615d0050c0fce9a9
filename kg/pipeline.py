"""The build: articles in, statements extracted, the store updated, outputs written.

:func:`build` is what ``kg build`` runs. It reads every input (bad ones are
reported and skipped), skips articles whose content is already stored before
parsing them, parses and extracts the rest in batches, and commits each
batch to the store in one transaction as soon as it is back (in a writer
thread, while the next batch is parsed), so an interrupted build keeps every
article of the batches it finished, each whole, and the next run completes
the rest.

Where the parsing runs is the *extractor*'s business; the process that called
:func:`build` is always the only writer:

* in this process (``jobs=1``, or when the input fits in one batch);
* in ``jobs`` worker processes on this machine, each loading spaCy once and
  running :func:`kg.extractors.extract_batch` on whole batches (parse *and*
  extract, so both scale with the workers and only plain statements travel
  back);
* on a Dask cluster (``dask="local"`` or a scheduler address, see
  :mod:`kg.distributed`), running the same :func:`~kg.extractors.extract_batch`.

Batches come back in the order they were sent, so the store ends the same
whichever extractor ran, and a later version of an article in the same input
wins as it does in one process.

Memory stays flat in long runs: each batch is parsed inside a spaCy memory
zone (:meth:`spacy.language.Language.memory_zone`), which frees the strings and
lexemes the batch's texts added to the vocabulary once the batch is done, and
the store's write buffers are flushed to disk every :data:`FLUSH_EVERY`
statements.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import queue
import re
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .errors import KGError
from .extractors import (
    DEFAULT_BATCH,
    Extracted,
    Extractor,
    InProcess,
    ProcessPool,
)
from .ingest import Skipped, read_articles
from .store import AddResult, Store
from .types import Article

if TYPE_CHECKING:
    from .push import RemoteStore

#: Statements committed between two flushes of the store's write buffers, which
#: RocksDB would otherwise let grow by about 16 MB per thousand statements.
FLUSH_EVERY = 5_000


def available_cores() -> int:
    """The CPU cores this process may run on (the default of ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass
class BuildReport:
    """What a build did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    parsed: int = 0  # articles sent to be parsed (the rest were known by their hash)
    statements: int = 0
    failed_sentences: int = 0  # sentences the extractor could not read (each named in a warning)
    words: int = 0
    pushed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    extractor: str = "this process"

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.unchanged

    def skip_reasons(self) -> dict[str, int]:
        """How many inputs were skipped for each kind of reason, most frequent first."""
        counts = Counter(skip_kind(item.reason) for item in self.skipped)
        return dict(counts.most_common())


def skip_kind(reason: str) -> str:
    """The kind of a skip reason without its details: "binary file (PNG image), not text" → "binary file"."""
    kind = re.split(r"[(:,]", reason, maxsplit=1)[0].strip()
    return kind or reason


@dataclass(frozen=True)
class Progress:
    """One tick of progress, sent after each article."""

    article: Article
    result: AddResult
    statements: int


def make_extractor(*, jobs: int = 1, dask: str | None = None, batch_size: int = DEFAULT_BATCH) -> Extractor:
    """The extractor for these options: a Dask cluster, worker processes, or this process."""
    if jobs < 1:
        raise KGError(f"--jobs must be at least 1, not {jobs}")
    if dask:
        try:
            from .distributed import DaskExtractor
        except ImportError as e:
            raise KGError(f"--dask needs dask.distributed ({e}): pip install 'kg[dask]'") from e
        return DaskExtractor(dask, jobs=jobs, batch_size=batch_size)
    if jobs > 1:
        return ProcessPool(jobs, batch_size=batch_size)
    return InProcess(batch_size=batch_size)


def run_ordered(
    extractor: Extractor, batches: Iterable[list[Article]]
) -> Iterator[tuple[list[Article], list[Extracted]]]:
    """Submit batches with at most ``extractor.window`` in flight; yield results in submission order."""
    pending: deque[tuple[list[Article], Any]] = deque()
    for batch in batches:
        pending.append((batch, extractor.submit(batch)))
        if len(pending) >= extractor.window:
            done, future = pending.popleft()
            yield done, _result(future)
    while pending:
        done, future = pending.popleft()
        yield done, _result(future)


def _result(future: Any) -> list[Extracted]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as e:
        raise KGError(
            "a worker process died (out of memory?); the articles stored so far are kept: "
            "run the same command again (with fewer --jobs or a smaller --batch-size) to go on"
        ) from e


def batched(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Lists of up to ``size`` articles."""
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


# --- the writer -----------------------------------------------------------------------


class Writer:
    """Commits batches in a thread of its own, in the order given, while the next batch is parsed.

    Oxigraph writes without holding Python's global lock, so storing one batch
    overlaps with parsing the next even in one process (about a fifth of the
    time of a one-process build). At most ``depth`` batches wait; an error in
    the thread (a full disk …) is raised in the caller at its next
    :meth:`put` or at :meth:`close`.
    """

    def __init__(self, commit: Callable[[list[Article], list[Extracted]], None], *, depth: int = 2) -> None:
        self._commit = commit
        self._queue: queue.Queue[tuple[list[Article], list[Extracted]] | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="kg-writer", daemon=True)
        self._thread.start()

    def put(self, batch: list[Article], results: list[Extracted]) -> None:
        """Queue a batch (waits while ``depth`` batches are waiting)."""
        while True:
            self._raise()
            try:
                self._queue.put((batch, results), timeout=0.2)
                return
            except queue.Full:
                continue

    def close(self, *, cancel: bool = False) -> None:
        """Wait for the queued batches to be stored; with ``cancel``, drop those not begun yet."""
        if self._thread.is_alive():
            self._cancelled = cancel
            while self._thread.is_alive():
                try:
                    self._queue.put(None, timeout=0.2)
                    break
                except queue.Full:
                    if cancel:
                        with contextlib.suppress(queue.Empty):
                            self._queue.get_nowait()
            self._thread.join()
        if not cancel:
            self._raise()

    def _run(self) -> None:
        # Ctrl-C is for the main thread: with the signal blocked here the system
        # delivers it there, where it interrupts a wait at once.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        while (item := self._queue.get()) is not None:
            if self._error is not None or self._cancelled:
                continue
            try:
                self._commit(*item)
            except BaseException as e:  # handed to the caller
                self._error = e

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            self._cancelled = True
            raise error


# --- the build ----------------------------------------------------------------------


def build(
    inputs: Iterable[Article | str | os.PathLike[str]],
    *,
    store: Store,
    date: str | None = None,
    max_bytes: int = 50_000_000,
    batch_size: int = DEFAULT_BATCH,
    jobs: int = 1,
    dask: str | None = None,
    remote: RemoteStore | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    stdin: BinaryIO | None = None,
) -> BuildReport:
    """Ingest articles into ``store`` (opened for writing): ``kg build`` and ``graph.add`` both run this.

    ``inputs`` are :class:`~kg.types.Article` objects, taken as they are, and
    paths of files and folders (or ``-`` for ``stdin``), read by
    :func:`kg.ingest.read_articles` with ``date`` for those that give none.

    ``jobs`` worker processes parse the articles (one is this process), or
    the Dask cluster at ``dask`` (``"local"`` starts one with ``jobs``
    workers). Input that fits in one batch is always parsed here: starting
    workers would cost more than it saves. With ``remote``, every article
    added or replaced is also sent to that SPARQL store, as its own named
    graph, once it is committed here (the ontology graph is sent first, the
    counts of :mod:`kg.summary` last).
    """
    if batch_size < 1:
        raise KGError(f"--batch-size must be at least 1, not {batch_size}")
    report = BuildReport()
    started = time.perf_counter()
    known = store.article_hashes()
    queued: dict[str, str] = {}  # id → hash of the articles being parsed, not yet committed
    shared = threading.Lock()  # the report and the two maps, which the writer thread changes too

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

        def read(paths: list[str | os.PathLike[str]]) -> Iterator[Article]:
            return read_articles(
                paths, date=date, max_bytes=max_bytes, on_skip=skip, on_warning=warn, stdin=stdin
            )

        for article in articles_of(inputs, read):
            with shared:
                stored = article.content_hash in (known.get(article.id), queued.get(article.id))
                if stored:
                    report.unchanged += 1
                else:
                    queued[article.id] = article.content_hash
                    report.parsed += 1
            if not stored:
                yield article
            elif on_progress:
                on_progress(Progress(article, AddResult.UNCHANGED, 0))

    batches = batched(fresh(), batch_size)
    first = next(batches, [])
    if not first:
        report.seconds = time.perf_counter() - started
        return report
    if remote is not None:
        from .push import push_ontology

        push_ontology(remote)
    one_batch = len(first) < batch_size
    extractor = InProcess(batch_size=batch_size) if one_batch and not dask else None
    extractor = extractor or make_extractor(jobs=jobs, dask=dask, batch_size=batch_size)
    report.extractor = extractor.name
    unflushed = 0

    def commit(batch: list[Article], results: list[Extracted]) -> None:
        """Store a batch's articles in one transaction (runs in the writer thread)."""
        nonlocal unflushed
        if unflushed >= FLUSH_EVERY:
            store.flush()
            unflushed = 0
        unflushed += sum(len(extracted.statements) + 1 for extracted in results)
        for article, extracted in zip(batch, results, strict=True):
            if extracted.error is not None:
                with shared:
                    skip(Skipped(article.source or article.id, f"could not be processed ({extracted.error})"))
        good = [(a, e) for a, e in zip(batch, results, strict=True) if e.error is None]
        for article, extracted in good:
            for failure in extracted.failures:
                with shared:
                    report.failed_sentences += 1
                    warn(article.source or article.id, str(failure))
        outcomes = store.add_many([(a, e.statements) for a, e in good], known=known)
        for (article, extracted), result in zip(good, outcomes, strict=True):
            _record(article, extracted, result, known=known, queued=queued, report=report, lock=shared)
            if remote is not None and result is not AddResult.UNCHANGED:
                from .push import push_article

                push_article(remote, article, extracted.statements)
                with shared:
                    report.pushed += 1
            if on_progress:
                on_progress(Progress(article, result, len(extracted.statements)))

    writer = Writer(commit)
    finished = False
    try:
        for batch, results in run_ordered(extractor, itertools.chain([first], batches)):
            writer.put(batch, results)
        writer.close()
        finished = True
    finally:
        if not finished:
            writer.close(cancel=True)
        extractor.close(cancel=not finished)
    if remote is not None:
        from .push import push_summary

        push_summary(store, remote)
    report.seconds = time.perf_counter() - started
    return report


def articles_of(
    inputs: Iterable[Article | str | os.PathLike[str]],
    read: Callable[[list[str | os.PathLike[str]]], Iterable[Article]],
) -> Iterator[Article]:
    """The articles of ``inputs`` in order: :class:`Article` objects as they are, paths through ``read``."""
    paths: list[str | os.PathLike[str]] = []
    for item in inputs:
        if isinstance(item, Article):
            if paths:
                yield from read(paths)
                paths = []
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read(paths)


def _record(
    article: Article,
    extracted: Extracted,
    result: AddResult,
    *,
    known: dict[str, str],
    queued: dict[str, str],
    report: BuildReport,
    lock: threading.Lock,
) -> None:
    """Count a stored article, and remember its hash."""
    with lock:
        known[article.id] = article.content_hash
        if queued.get(article.id) == article.content_hash:
            del queued[article.id]  # from now on `known` has it
        report.statements += len(extracted.statements)
        report.words += len(article.text.split())
        if result is AddResult.ADDED:
            report.added += 1
        elif result is AddResult.REPLACED:
            report.replaced += 1
        else:
            report.unchanged += 1
