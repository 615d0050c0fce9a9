"""Where batches of articles are parsed, and what a worker does with one.

:func:`extract_batch` parses and extracts a batch in the process that runs it
(a worker process, a Dask worker, or the process of ``kg build`` itself) and
gives back plain statements. An *extractor* runs it somewhere and gives the
results back in order: :class:`InProcess` here, :class:`ProcessPool` in worker
processes on this machine, :class:`kg.distributed.DaskExtractor` on a Dask
cluster. :mod:`kg.pipeline` chooses one and stores what comes back; this
module knows nothing of the store, so the Dask side imports it without
importing the pipeline.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .types import Article, SentenceFailure, Statement

#: Articles per batch: one spaCy ``pipe`` batch, and one unit of work for a worker.
DEFAULT_BATCH = 32

#: Batches in flight per worker: enough to keep every worker busy while the
#: writer commits, few enough that memory does not follow the input's size.
BATCHES_PER_WORKER = 2


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
