"""The answers of the current snapshot, kept: a snapshot never changes, so neither do they."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any

from .jobs import Answer

#: Bytes of answers kept in memory (per server), and the largest answer kept.
CACHE_BYTES = 64_000_000
CACHE_ENTRY_BYTES = 8_000_000


class AnswerCache:
    """Answers of the current snapshot by job, least recently used first out.

    A snapshot never changes, so a job (which names its snapshot) always has the
    same answer: the ranking queries, which scan the whole store, are computed
    once per snapshot. Identical jobs arriving together are computed once.
    """

    def __init__(self, *, max_bytes: int = CACHE_BYTES, max_entry: int = CACHE_ENTRY_BYTES) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self._answers: OrderedDict[Any, Answer] = OrderedDict()
        self._size = 0
        self._snapshot: str | None = None
        self._pending: dict[Any, asyncio.Future[Answer]] = {}  # jobs being computed

    async def answer(self, job: Any, compute: Any) -> tuple[Answer, bool]:
        """The answer to ``job`` and whether it was shared (cached, or computed for another request).

        ``compute(job)`` runs as a task of its own: a client that goes away
        neither stops it nor the others waiting for it.
        """
        if job.snapshot != self._snapshot:  # a new snapshot: the old answers can never be asked again
            self._answers.clear()
            self._size = 0
            self._snapshot = job.snapshot
        if job in self._answers:
            self._answers.move_to_end(job)
            return self._answers[job], True
        task = self._pending.get(job)
        shared = task is not None
        if task is None:
            task = self._pending[job] = asyncio.ensure_future(self._compute(job, compute))
        return await asyncio.shield(task), shared

    async def _compute(self, job: Any, compute: Any) -> Answer:
        try:
            reply = await compute(job)
        finally:
            self._pending.pop(job, None)
        if reply.status == 200 and len(reply.body) <= self.max_entry and job.snapshot == self._snapshot:
            self._answers[job] = reply
            self._size += len(reply.body)
            while self._size > self.max_bytes:
                _, dropped = self._answers.popitem(last=False)
                self._size -= len(dropped.body)
        return reply
