"""Sending the graph to another SPARQL 1.1 store, over the Graph Store HTTP Protocol.

Any store that speaks the protocol (Oxigraph server, Apache Jena Fuseki,
GraphDB, Virtuoso, Blazegraph, Amazon Neptune …) can take what `kg` builds:
each article is PUT as a named graph of its own, named by the article's IRI,
so sending an article again replaces it there as it does here. The graphs
that are not articles go too: the shared graph describing the actors (PUT
whole by :func:`push_store`, merged into with POST by :func:`push_article`),
and the ontology with the CAMEO scheme, so the named queries find the same
labels remotely.

The endpoint is the store's graph-store URL: ``http://HOST:7878/store`` for
Oxigraph, ``http://HOST:3030/DATASET/data`` for Fuseki. The named queries read
the union of the graphs as their default graph, as the embedded store does:
configure the remote store so (``oxigraph serve --union-default-graph``, Fuseki's
``tdb2:unionDefaultGraph true``).

Connection errors and the answers "bad gateway", "unavailable" and "gateway
timeout" are retried with exponential back-off, a bounded number of times; any
other refusal raises :class:`~kg.errors.EndpointError` with the status and the
first line of the endpoint's answer.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
from rdflib import Graph

from . import rdf
from .binding import bind
from .errors import EndpointError
from .store import ONTOLOGY_GRAPH, PREFIXES, Rows, Store
from .terms import to_ox
from .types import Article, Statement

DEFAULT_RETRIES = 5
DEFAULT_BACKOFF = 0.5  # seconds before the first retry; doubled each time
DEFAULT_TIMEOUT = 60.0

#: Answers that say "try again later" rather than "no".
TRANSIENT_STATUS = frozenset({502, 503, 504})

#: What a graph is sent as: N-Triples, which is also valid Turtle, the one
#: format every Graph Store Protocol implementation accepts.
CONTENT_TYPE = "text/turtle; charset=utf-8"


@dataclass(frozen=True)
class PushReport:
    """What a push sent."""

    graphs: int
    triples: int
    seconds: float


class RemoteStore:
    """A SPARQL 1.1 store reached over HTTP: its graph-store endpoint, and optionally its query endpoint.

    Use it as a context manager so that its connections are closed::

        with RemoteStore("http://localhost:7878/store") as remote:
            push_store(store, remote)
    """

    def __init__(
        self,
        endpoint: str,
        *,
        query_endpoint: str | None = None,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        timeout: float = DEFAULT_TIMEOUT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        for url in (endpoint, query_endpoint):
            if url is not None and (
                urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc
            ):
                raise EndpointError(f"not an http(s) URL: {url!r} (e.g. http://localhost:7878/store)")
        if retries < 0:
            raise EndpointError(f"--retries must be 0 or more, not {retries}")
        self.endpoint = endpoint
        self.query_endpoint = query_endpoint
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.client = httpx.Client(timeout=timeout, headers={"User-Agent": "kg (knowledge graph builder)"})

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    # -- graph store protocol --------------------------------------------------

    def put_graph(self, name: str, triples: Iterable[ox.Triple]) -> int:
        """Replace the named graph ``name`` there with ``triples``; returns how many were sent."""
        triples = list(triples)
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        self.send(
            "PUT", self.endpoint, params={"graph": name}, content=body, headers={"Content-Type": CONTENT_TYPE}
        )
        return len(triples)

    def post_graph(self, name: str, triples: Iterable[ox.Triple]) -> int:
        """Merge ``triples`` into the named graph ``name`` there (created if need be); returns how many."""
        triples = list(triples)
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        self.send(
            "POST",
            self.endpoint,
            params={"graph": name},
            content=body,
            headers={"Content-Type": CONTENT_TYPE},
        )
        return len(triples)

    def delete_graph(self, name: str) -> bool:
        """Remove the named graph ``name`` there; whether it was there."""
        response = self.send("DELETE", self.endpoint, params={"graph": name}, allow={404})
        return response.status_code != 404

    def get_graph(self, name: str) -> list[ox.Triple]:
        """The triples of the named graph ``name`` there (empty when there is none)."""
        response = self.send(
            "GET",
            self.endpoint,
            params={"graph": name},
            headers={"Accept": "application/n-triples"},
            allow={404},
        )
        if response.status_code == 404:
            return []
        return list(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))

    # -- SPARQL protocol -------------------------------------------------------

    def query(self, sparql: str, *, bindings: Mapping[str, Any] | None = None) -> Rows:
        """Run a SELECT or ASK query at the query endpoint, with the store's prefixes and bound terms."""
        if self.query_endpoint is None:
            raise EndpointError("no query endpoint given for the remote store")
        if bindings:
            sparql = bind(sparql, {name: to_ox(value) for name, value in bindings.items()})
        declared = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
        response = self.send(
            "POST",
            self.query_endpoint,
            content=(declared + sparql).encode("utf-8"),
            headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        )
        try:
            result = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as e:
            raise EndpointError(
                f"{self.query_endpoint} answered with results that cannot be read: {e}"
            ) from e
        if isinstance(result, ox.QueryBoolean):
            return Rows((), (), bool(result))
        variables = tuple(v.value for v in result.variables)
        return Rows(variables, tuple(tuple(solution[v] for v in variables) for solution in result))

    # -- HTTP --------------------------------------------------------------------

    def send(
        self, method: str, url: str, *, allow: frozenset[int] | set[int] = frozenset(), **options: Any
    ) -> httpx.Response:
        """One request, retried with back-off on connection errors and transient answers.

        Raises :class:`~kg.errors.EndpointError` when the endpoint cannot be
        reached after the retries, or answers with an error status (other
        than those in ``allow``).
        """
        attempt = 0
        while True:
            try:
                response = self.client.request(method, url, **options)
            except httpx.TransportError as e:
                if attempt >= self.retries:
                    raise EndpointError(
                        f"cannot reach {url} ({_describe(e)}), tried {attempt + 1} times: is the store up?"
                    ) from e
            else:
                if response.status_code < 400 or response.status_code in allow:
                    return response
                if response.status_code not in TRANSIENT_STATUS or attempt >= self.retries:
                    raise EndpointError(_refusal(method, url, response))
            self.sleep(self.backoff * 2**attempt)
            attempt += 1


def _describe(error: httpx.TransportError) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _refusal(method: str, url: str, response: httpx.Response) -> str:
    """The message for an error status: what was refused, and the first line of the answer."""
    first = next((line.strip() for line in response.text.splitlines() if line.strip()), "")
    reason = f"{response.status_code} {response.reason_phrase}".strip()
    return f"{url} refused {method} ({reason})" + (f": {first[:300]}" if first else "")


# --- what is sent ---------------------------------------------------------------------


def push_ontology(remote: RemoteStore) -> int:
    """Send the ontology and the CAMEO scheme as their own graph; returns the triples sent."""
    from .ontology import ontology_graph

    return remote.put_graph(str(ONTOLOGY_GRAPH), _triples(ontology_graph()))


def push_article(remote: RemoteStore, article: Article, statements: Iterable[Statement]) -> int:
    """Send one article as the store holds it; returns the triples sent.

    Its own graph replaces the one of the same name there; the descriptions of
    its actors are added to the shared actors graph there, as they are here.
    """
    own, actors = rdf.article_quads(article, statements)
    sent = remote.put_graph(str(rdf.article_iri(article.id)), [q.triple for q in own])
    if actors:
        sent += remote.post_graph(str(rdf.ACTORS_GRAPH), [q.triple for q in actors])
    return sent


def push_summary(store: Store, remote: RemoteStore) -> int:
    """Send the store's counts (:mod:`kg.summary`), replacing them there; returns the triples sent.

    ``kg build --endpoint`` sends them once its articles are all sent, so
    that the ranking queries there answer as here.
    """
    from .summary import SUMMARY_GRAPH

    return remote.put_graph(str(SUMMARY_GRAPH), (q.triple for q in store.summary_quads()))


def push_store(
    store: Store,
    remote: RemoteStore,
    *,
    with_ontology: bool = True,
    on_graph: Callable[[str, int], None] | None = None,
) -> PushReport:
    """Send every graph of ``store`` (articles, actors, ontology) to ``remote``, one PUT per graph.

    Graphs already there are replaced, so pushing again after articles
    changed brings the remote store up to date. ``on_graph(name, triples)`` is
    called after each graph is sent.
    """
    started = time.perf_counter()
    graphs = triples = 0
    if with_ontology:
        triples += push_ontology(remote)
        graphs += 1
    for name, quads in itertools.groupby(store.dataset(), key=lambda quad: quad.graph_name):
        sent = remote.put_graph(name.value, (quad.triple for quad in quads))
        graphs += 1
        triples += sent
        if on_graph:
            on_graph(name.value, sent)
    return PushReport(graphs=graphs, triples=triples, seconds=time.perf_counter() - started)


def _triples(graph: Graph) -> list[ox.Triple]:
    return [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph]
