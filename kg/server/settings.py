"""How the endpoint runs: one :class:`Settings` object, and the Host names it accepts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

#: The names a client may use in the ``Host`` header besides the bound host.
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")
#: Hosts that mean "every interface": the Host check cannot know the public name, so it is off.
WILDCARD_HOSTS = ("0.0.0.0", "::", "")


@dataclass(frozen=True)
class Settings:
    """How the endpoint runs: everything :func:`~kg.server.create_app` and :func:`~kg.server.serve` need.

    ``store_path`` is the store folder; ``host`` and ``port`` where to listen;
    ``timeout`` the seconds a query may run; ``max_rows`` the most rows (or
    triples) per answer; ``allow_update`` accepts SPARQL Update; ``cors`` sends
    CORS headers; ``max_body`` the largest request body in bytes; ``workers``
    the query processes; ``refresh`` how often (seconds) to look for a changed
    store; ``memory`` copies each snapshot into the memory of every process.
    """

    store_path: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False
    cors: bool = False
    max_body: int = 1_000_000
    workers: int = 2
    refresh: float = 5.0
    memory: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "store_path", Path(self.store_path))
        if (
            self.timeout <= 0
            or self.max_rows < 1
            or self.max_body < 1
            or self.workers < 1
            or self.refresh <= 0
        ):
            raise QueryError("timeout, max_rows, max_body, workers and refresh must be positive")


def allowed_hosts(host: str) -> list[str] | None:
    """The Host header values accepted for a server bound to ``host`` (None: any, for a wildcard bind)."""
    if host in WILDCARD_HOSTS:
        return None
    return sorted({host, *LOCAL_NAMES})
