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
  running :func:`extract_batch` on whole batches (parse *and* extract, so both
  scale with the workers and only plain statements travel back);
* on a Dask cluster (``dask="local"`` or a scheduler address, see
  :mod:`kg.distributed`), running the same :func:`extract_batch`.

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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from .errors import KGError
from .ingest import Skipped, read_articles
from .store import AddResult, Store
from .types import Article, SentenceFailure, Statement

if TYPE_CHECKING:
    from .push import RemoteStore

#: Articles per batch: one spaCy ``pipe`` batch, and one unit of work for a worker.
DEFAULT_BATCH = 32

#: Batches in flight per worker: enough to keep every worker busy while the
#: writer commits, few enough that memory does not follow the input's size.
BATCHES_PER_WORKER = 2

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


@dataclass(frozen=True)
class Extracted:
    """What parsing one article gave: its statements, or why it could not be processed."""

    statements: tuple[Statement, ...] = ()
    error: str | None = None
    failures: tuple[SentenceFailure, ...] = ()  # sentences the extractor could not read


# --- the work a worker does ---------------------------------------------------------

#: One parse at a time per process: a Dask worker may run several threads, and a
#: spaCy pipeline and its memory zones are not meant to be shared between them.
_NLP_LOCK = threading.Lock()


def extract_batch(articles: Sequence[Article], *, batch_size: int = DEFAULT_BATCH) -> list[Extracted]:
    """Parse and extract a batch of articles in this process, one result per article, in order.

    This is what every worker runs. The spaCy pipeline is loaded once per
    process; the batch is parsed inside a memory zone, so what its texts added
    to the vocabulary is freed when it is done. An article that makes the
    parser or the extractor fail is reported in its result; the others are
    processed all the same.
    """
    from .extract import extract_articles
    from .nlp import load

    nlp = load()
    with _NLP_LOCK:
        try:
            with nlp.memory_zone():
                return [
                    Extracted(extraction.statements, failures=extraction.failures)
                    for _article, extraction in extract_articles(articles, nlp=nlp, batch_size=batch_size)
                ]
        except Exception:  # a bug met by some text: find which article, keep the rest
            if len(articles) == 1:
                raise
        out = []
        for article in articles:
            try:
                with nlp.memory_zone():
                    out.extend(
                        Extracted(x.statements, failures=x.failures)
                        for _a, x in extract_articles([article], nlp=nlp)
                    )
            except Exception as e:  # reported as a skip with the error's name and message
                out.append(Extracted(error=f"{type(e).__name__}: {e}"))
        return out


def _init_worker() -> None:
    """Set up a worker process: Ctrl-C is for the writer, the parent's death ends it, spaCy loads once."""
    from .nlp import load

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    load()


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (even by kill -9); elsewhere, nothing."""
    import ctypes
    import ctypes.util

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)


# --- extractors: where the batches are parsed ----------------------------------------


class Extractor(Protocol):
    """Runs :func:`extract_batch` somewhere and gives the results back in order."""

    name: str
    window: int

    def submit(self, batch: list[Article]) -> Any:
        """Start a batch; returns an object whose ``result()`` gives its ``list[Extracted]``."""

    def close(self, *, cancel: bool) -> None:
        """Release the workers; with ``cancel``, stop them without waiting."""


class _Done:
    """A result already computed (the in-process extractor's "future")."""

    def __init__(self, value: list[Extracted]) -> None:
        self.value = value

    def result(self) -> list[Extracted]:
        return self.value


class InProcess:
    """Parses in the calling process."""

    name = "this process"
    window = 1

    def __init__(self, *, batch_size: int = DEFAULT_BATCH) -> None:
        self.batch_size = batch_size

    def submit(self, batch: list[Article]) -> _Done:
        return _Done(extract_batch(batch, batch_size=self.batch_size))

    def close(self, *, cancel: bool) -> None:
        """Nothing to release."""


class ProcessPool:
    """Parses in ``jobs`` worker processes on this machine (spawned, each loading spaCy once)."""

    def __init__(self, jobs: int, *, batch_size: int = DEFAULT_BATCH) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.name = f"{jobs} worker processes"
        self.window = jobs * BATCHES_PER_WORKER
        self.batch_size = batch_size
        self.pool = ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker
        )

    def submit(self, batch: list[Article]) -> Any:
        # The pool starts its workers inside submit(). Ctrl-C in a terminal goes to
        # every process of the group: with SIGINT blocked while a worker starts, the
        # worker is born with it blocked (and ignores it from its first line on), and
        # a Ctrl-C that comes meanwhile reaches this process as soon as it is unblocked.
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return self.pool.submit(extract_batch, batch, batch_size=self.batch_size)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)

    def close(self, *, cancel: bool) -> None:
        if not cancel:
            self.pool.shutdown(wait=True)
            return
        # Interrupted or failed: the workers' current batches are not wanted.
        # The executor has no public way to stop running workers, hence _processes.
        processes = list(getattr(self.pool, "_processes", {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.terminate()


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
    paths: Iterable[str | Path],
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
    """Ingest articles from ``paths`` into ``store`` (opened for writing).

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
        for article in read_articles(
            paths, date=date, max_bytes=max_bytes, on_skip=skip, on_warning=warn, stdin=stdin
        ):
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
