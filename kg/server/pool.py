"""The pool of query processes: each job in an idle process, killed and replaced after the timeout."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from .jobs import Answer, Job, _Progress, _work, text_answer


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any


#: Seconds a worker may take to copy a snapshot into memory (``--memory``) before it is stopped.
LOAD_TIMEOUT = 3600.0


def _receive(conn: Any, timeout: float) -> Answer | _Progress | None:
    """The worker's next message, or None when none came within ``timeout`` seconds."""
    if conn.poll(timeout):
        return conn.recv()
    return None


class WorkerPool:
    """Processes that run queries and can be killed when one runs too long."""

    def __init__(self, size: int, *, timeout: float, memory: bool = False) -> None:
        self.size = size
        self.timeout = timeout
        self.memory = memory
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._threads = ThreadPoolExecutor(max_workers=size + 1, thread_name_prefix="kg-wait")
        self._all: set[_Worker] = set()

    def start(self) -> None:
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_work, args=(child, self.memory), name="kg-query", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self._all.add(worker)
        return worker

    async def _replace(self, worker: _Worker) -> None:
        self._all.discard(worker)
        worker.process.kill()
        worker.conn.close()
        self._idle.put_nowait(self._spawn())
        await asyncio.to_thread(worker.process.join, 5)

    async def run(self, job: Job) -> Answer:
        """Run ``job`` in an idle worker; a 503 answer when none is free or it takes too long."""
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            return text_answer(
                503,
                f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again later",
                ("Retry-After", "5"),
            )
        loop = asyncio.get_running_loop()
        try:
            worker.conn.send(job)
            limit = self.timeout
            while isinstance(
                reply := await loop.run_in_executor(self._threads, _receive, worker.conn, limit), _Progress
            ):
                limit = LOAD_TIMEOUT if reply.loading else self.timeout  # the copy is not the query's time
        except (OSError, EOFError):
            await self._replace(worker)
            return text_answer(500, "the query worker stopped unexpectedly; it has been replaced, try again")
        except asyncio.CancelledError:  # the client went away: stop the work, keep the pool whole
            await asyncio.shield(self._replace(worker))
            raise
        if reply is None:
            await self._replace(worker)
            if limit == LOAD_TIMEOUT:
                return text_answer(
                    503,
                    f"copying the store into memory took longer than {LOAD_TIMEOUT:g} s and was stopped; "
                    "serve it without --memory",
                )
            return text_answer(
                503,
                f"the query ran longer than the {self.timeout:g} s limit and was stopped; "
                "make it more selective (or add LIMIT), or ask for a longer --timeout",
            )
        self._idle.put_nowait(worker)
        return reply

    async def stop(self) -> None:
        for worker in list(self._all):
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        for worker in list(self._all):
            await asyncio.to_thread(worker.process.join, 2)
            if worker.process.is_alive():
                worker.process.kill()
                await asyncio.to_thread(worker.process.join, 2)
            worker.conn.close()
        self._all.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)
