"""The snapshot being served, taken again when the store changes and no writer holds it."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from kg.errors import StoreLockedError
from kg.store import Snapshot, fingerprint, take_snapshot

log = logging.getLogger("kg.server")


class SnapshotKeeper:
    """The snapshot being served, replaced when the store changes and no writer holds it.

    A snapshot that was replaced is deleted once no request uses it.
    """

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self._area: Path | None = None
        self.current: Snapshot | None = None
        self.waiting: str | None = None  # why there is no newer snapshot (a writer holds the store)
        self._users: Counter[Path] = Counter()
        self._retired: set[Path] = set()
        self._lock = threading.Lock()

    def refresh(self) -> bool:
        """Take a new snapshot if the store changed and nobody writes to it; whether it did."""
        current = self.current
        if current is not None and fingerprint(self.store_path) == current.fingerprint:
            self.waiting = None
            return False
        if self._area is None:
            self._area = snapshot_area(self.store_path)
        try:
            snapshot = take_snapshot(self.store_path, into=self._area)
        except StoreLockedError as e:
            self.waiting = str(e)
            return False
        with self._lock:
            old, self.current = self.current, snapshot
            self.waiting = None
            if old is not None:
                self._retired.add(old.path)
        self._collect()
        log.info("serving a snapshot of %s taken at %s", self.store_path, _iso(snapshot.taken))
        return True

    @contextlib.contextmanager
    def use(self) -> Iterator[Snapshot | None]:
        """The current snapshot, kept on disk until the block ends."""
        with self._lock:
            snapshot = self.current
            if snapshot is not None:
                self._users[snapshot.path] += 1
        try:
            yield snapshot
        finally:
            if snapshot is not None:
                with self._lock:
                    self._users[snapshot.path] -= 1
                self._collect()

    def _collect(self) -> None:
        with self._lock:
            done = {p for p in self._retired if self._users[p] <= 0}
            self._retired -= done
            for path in done:
                del self._users[path]
        for path in done:
            shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        """Delete every snapshot (the server is stopping)."""
        if self._area is not None:
            shutil.rmtree(self._area, ignore_errors=True)
        self._area = self.current = None


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def snapshot_area(store_path: Path) -> Path:
    """A private folder for this server's snapshots, beside the database (so table files can be hard-linked).

    Folders left by servers that died are removed. Falls back to the temp folder
    when the store's folder is read-only.
    """
    for stale in store_path.glob(".kg-serve-*"):
        pid_file = stale / "pid"
        try:
            pid = int(pid_file.read_text())
            os.kill(pid, 0)
        except (OSError, ValueError):  # no pid file or no such process: the server is gone
            shutil.rmtree(stale, ignore_errors=True)
    try:
        area = Path(tempfile.mkdtemp(prefix=".kg-serve-", dir=store_path))
    except OSError:
        area = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    (area / "pid").write_text(str(os.getpid()))
    return area
