"""The SPARQL 1.1 Protocol endpoint of ``kg serve``, with the HTML views and a query page.

Routes: ``/sparql`` (the protocol: ``GET ?query=``, ``POST`` form-encoded with
``query=`` or ``update=``, ``POST application/sparql-query`` and
``application/sparql-update``; without a query, the service description),
``/queries/{name}?param=value`` (a named query, its parameters read as
``kg query NAME --bind param=value`` reads them), ``/`` (the whole graph),
``/actor/{name}`` (the graph around one actor; ``?depth=``, ``?since=``,
``?until=``) and ``/query`` (a page to try queries, with the named queries as
examples). The named queries and the views are answered by
:mod:`kg.operations`, as the CLI and the Python API answer them: the same
dates (:mod:`kg.dates`), the same actor names (:mod:`kg.resolve`).

How it stays safe and responsive:

* **Snapshots.** The server never opens the live store. It copies it (under the
  store's shared lock, for the few milliseconds of the copy) and serves the
  copy. Every ``refresh`` seconds it compares the store's file fingerprint;
  when the store changed and no writer holds it, it takes a new snapshot and
  switches to it. While ``kg build`` writes, the previous snapshot is served.
* **Killable queries.** Queries run in worker processes (``spawn``) that open a
  snapshot read-only. A query running longer than ``timeout`` seconds has its
  worker killed and replaced; the client gets 503 and the next query works.
* **Read-only by default.** SPARQL Update gets 403 unless ``allow_update``;
  with it, an update runs on the live store under the writer lock (and never
  from another site), then the snapshot is refreshed.
* **Nothing leaves the machine.** ``SERVICE``, ``LOAD``, and ``FROM`` /
  ``FROM NAMED`` / ``default-graph-uri`` / ``named-graph-uri`` naming anything
  but a graph of the store are refused with 400 (see :func:`check_query`).
* **Bounded answers.** At most ``max_rows`` rows (or triples) per answer; when
  there were more, the response says so in ``X-KG-Truncated: true``,
  ``X-KG-Max-Rows`` and a ``Warning`` header. Request bodies above
  ``max_body`` bytes get 413; a ``Host`` other than the bound host or a local
  name gets 400; CORS headers only with ``cors``.

The package, by concern: :mod:`~kg.server.settings` (one :class:`Settings`),
:mod:`~kg.server.protocol` (reading a request), :mod:`~kg.server.policy`
(refusals), :mod:`~kg.server.formats` (negotiation, serialisation),
:mod:`~kg.server.jobs` (the work of a query process),
:mod:`~kg.server.pool` (the processes), :mod:`~kg.server.snapshots`,
:mod:`~kg.server.cache`, :mod:`~kg.server.pages` (service description, query
page) and :mod:`~kg.server.app` (routes, :func:`create_app`, :func:`serve`).
"""

from __future__ import annotations

from kg.errors import ProtocolError

from .app import create_app, serve
from .cache import AnswerCache
from .formats import GRAPH_FORMATS, RESULT_FORMATS, Format, negotiate, serialise_solutions, serialise_triples
from .jobs import Answer, NamedJob, QueryJob, UpdateJob, ViewJob
from .policy import DatasetClause, check_query, check_update
from .protocol import ProtocolCall, read_call
from .settings import Settings, allowed_hosts

__all__ = [
    "GRAPH_FORMATS",
    "RESULT_FORMATS",
    "Answer",
    "AnswerCache",
    "DatasetClause",
    "Format",
    "NamedJob",
    "ProtocolCall",
    "ProtocolError",
    "QueryJob",
    "Settings",
    "UpdateJob",
    "ViewJob",
    "allowed_hosts",
    "check_query",
    "check_update",
    "create_app",
    "negotiate",
    "read_call",
    "serialise_solutions",
    "serialise_triples",
    "serve",
]
