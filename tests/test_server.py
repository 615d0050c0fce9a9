"""The SPARQL endpoint: protocol, formats, refusals, limits, snapshots, pages.

Small cases run in-process through starlette's TestClient (the query workers
are still real processes); the rest against the real server (uvicorn in a
subprocess on a free 127.0.0.1 port) with SPARQLWrapper and httpx.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import csv
import dataclasses
import hashlib
import io
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef
from starlette.testclient import TestClient

from kg import queries
from kg.binding import bind
from kg.errors import QueryError, StoreLockedError
from kg.rdf import article_iri
from kg.server import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    Answer,
    AnswerCache,
    ProtocolError,
    QueryJob,
    Settings,
    check_query,
    check_update,
    create_app,
    negotiate,
    read_call,
)
from kg.store import Store
from kg.terms import to_ox
from kg.types import Article

from .conftest import ATTACK, CHINA, MEET, NATO, ROOT, RUSSIA, UKRAINE, ZHAO, make_statement

SRX = "{http://www.w3.org/2005/sparql-results#}"
LABELS = "SELECT DISTINCT ?l WHERE { ?x a kg:Country ; rdfs:label ?l } ORDER BY ?l"
ALL_LABELS = "SELECT ?l WHERE { ?x rdfs:label ?l }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"

# --- a store of hand-made statements --------------------------------------------------------------

ARTICLES = {
    "a1": Article(id="a1", text="China accused NATO of provocations.", title="One", date="2022-03-09"),
    "a2": Article(id="a2", text="Russia attacked Ukraine at dawn.", title="Two", date="2022-02-24"),
    "a3": Article(id="a3", text="Zhao Lijian met Russian envoys.", title="Three", date="2023-01-10"),
}


def _statements(article_id: str) -> list:
    article = ARTICLES[article_id]
    if article_id == "a1":
        return [make_statement(CHINA, "accuse", NATO, article=article, sentence=article.text)]
    if article_id == "a2":
        return [
            make_statement(RUSSIA, "attack", UKRAINE, event=ATTACK, article=article, sentence=article.text)
        ]
    return [make_statement(ZHAO, "meet", RUSSIA, event=MEET, article=article, sentence=article.text)]


def build_store(path: Path, ids: tuple[str, ...] = ("a1", "a2", "a3")) -> Path:
    with Store(path, write=True) as store:
        for article_id in ids:
            store.add(ARTICLES[article_id], _statements(article_id))
    return path


def graph_of(article_id: str) -> str:
    return str(article_iri(article_id))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("server") / "store")


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings(store_path, max_rows=50, workers=2, timeout=20, max_body=20_000, refresh=0.5))
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def sparql_get(client, query: str, **headers: str) -> httpx.Response:
    return client.get("/sparql", params={"query": query}, headers=headers)


# --- a listener that must never be called ---------------------------------------------------------


class Listener:
    """A socket on a free local port that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


def test_the_listener_would_see_oxigraph_call_it(listener: Listener) -> None:
    """Control: unguarded, Oxigraph does send SERVICE requests, so the refusals below are needed."""
    db = ox.Store()
    db.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("1")))
    with contextlib.suppress(OSError, RuntimeError):
        list(db.query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    time.sleep(0.3)
    assert listener.connections >= 1


# --- content negotiation (pure) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "kind", "expected"),
    [
        (None, "results", "json"),
        ("*/*", "results", "json"),
        ("*/*", "graph", "turtle"),
        ("text/csv", "results", "csv"),
        ("text/tab-separated-values", "results", "tsv"),
        ("application/sparql-results+xml", "results", "xml"),
        ("application/json", "results", "json"),
        ("application/json", "graph", "jsonld"),
        ("text/csv;q=0.5, application/sparql-results+xml", "results", "xml"),
        ("text/tab-separated-values;q=0.9, */*;q=0.1", "results", "tsv"),
        ("text/*", "graph", "turtle"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "results", "xml"),
        ("application/rdf+xml", "graph", "rdfxml"),
        ("application/n-triples", "graph", "ntriples"),
        ("application/ld+json", "graph", "jsonld"),
        ("text/turtle;q=0.2, application/n-triples;q=0.8", "graph", "ntriples"),
    ],
)
def test_negotiate_by_accept(accept, kind, expected) -> None:
    fmt = negotiate(accept, kind)
    assert fmt is not None and fmt.name == expected


@pytest.mark.parametrize(
    ("accept", "kind"),
    [
        ("text/turtle", "results"),
        ("text/csv", "graph"),
        ("image/png", "results"),
        ("text/csv;q=0", "results"),
    ],
)
def test_negotiate_refuses_what_it_cannot_give(accept, kind) -> None:
    assert negotiate(accept, kind) is None


def test_format_parameter_overrides_accept_as_sparqlwrapper_sends_it() -> None:
    assert negotiate("text/csv", "results", requested=["json"]).name == "json"
    # SPARQLWrapper repeats format= with a media-type list for TSV and JSON-LD
    assert negotiate(None, "results", requested=["tsv", "text/tab-separated-values"]).name == "tsv"
    both = ["json-ld", "application/ld+json,application/x-json+ld"]
    assert negotiate(None, "graph", requested=both).name == "jsonld"
    assert negotiate(None, "graph", requested=["xml"]).name == "rdfxml"
    assert negotiate(None, "results", requested=["turtle"]) is None


@given(st.text(max_size=200))
def test_negotiate_never_fails_on_any_accept_header(accept: str) -> None:
    for kind in ("results", "graph"):
        fmt = negotiate(accept, kind)
        assert fmt is None or fmt in (RESULT_FORMATS if kind == "results" else GRAPH_FORMATS)


# --- refusing SERVICE, LOAD and remote FROM (pure) ------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { ?a ?b ?c }" }',
        "SELECT * WHERE { ?s ?p '''\nSERVICE <http://127.0.0.1:9/> { ?a ?b ?c }\n''' }",
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/> { ?a ?b ?c }",
        "# LOAD <http://127.0.0.1:9/> and FROM <http://127.0.0.1:9/>\nSELECT * WHERE { ?s ?p ?o }",
        "SELECT ?service WHERE { ?service <http://e/loadFrom> <http://127.0.0.1:9/SERVICE> }",
        "PREFIX service: <http://e/> SELECT * WHERE { ?s service:from ?o }",
        'SELECT * WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "from")) }',
    ],
)
def test_service_words_outside_the_grammar_are_allowed(query: str) -> None:
    assert check_query(query) is None


def test_named_queries_with_parameters_skip_the_second_parser() -> None:
    """No gate word outside plain comment lines: a worker parses them with Oxigraph only, not rdflib too."""
    from kg.server.policy import _needs_check

    with_params = [named for named in queries.named_queries().values() if named.params]
    assert len(with_params) >= 5
    for named in with_params:
        assert not _needs_check(named.sparql), named.name


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "select * where { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SeRvIcE ?x { ?a ?b ?c } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } } }",
        "SELECT * WHERE { { ?s ?p ?o } UNION { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
        "ASK { MINUS { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }",
        "PREFIX r: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE r:sparql { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o # a comment\nSERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        'SELECT * WHERE { ?s ?p "a string" . SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }',
        # a tokenizer would read "<1)SERVICE?x#>" as an IRI; Oxigraph reads "<", code, and a comment
        "SELECT * WHERE { ?s ?p ?o FILTER(?o<1)SERVICE?x#>\n{ ?a ?b ?c } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    ],
)
def test_service_is_refused_wherever_it_hides(query: str) -> None:
    with pytest.raises(QueryError, match="SERVICE is refused"):
        check_query(query)


def test_unparsable_query_that_needs_the_check_is_refused() -> None:
    with pytest.raises(QueryError, match="syntax"):
        check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o ")
    with pytest.raises(QueryError, match="escape"):
        check_query(r'SELECT * WHERE { ?s ?p "\u0022 } SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } # " }')


def test_from_clauses_are_returned_resolved() -> None:
    clause = check_query(
        "BASE <http://b/> PREFIX ex: <http://ex/> "
        "SELECT * FROM <g1> FROM ex:g2 FROM NAMED kg:g3 WHERE { ?s ?p ?o }"
    )
    assert clause is not None
    assert clause.default == ("http://b/g1", "http://ex/g2")
    assert clause.named == ("https://w3id.org/kg-ir/ns#g3",)


@pytest.mark.parametrize(
    "update",
    [
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "load silent <http://127.0.0.1:9/data.ttl> into graph <http://g/>",
        "INSERT DATA { <a:a> <a:b> <a:c> } ; LOAD <http://127.0.0.1:9/data.ttl>",
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    ],
)
def test_load_and_service_are_refused_in_updates(update: str) -> None:
    with pytest.raises(QueryError, match="refused"):
        check_update(update)


def test_harmless_updates_pass_the_check() -> None:
    check_update('INSERT DATA { <a:a> <a:b> "LOAD <http://127.0.0.1:9/> from SERVICE" }')
    check_update("DELETE WHERE { ?s <http://e/p> ?o }")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_any_text_in_a_string_literal_is_never_code(text: str) -> None:
    literal = str(ox.Literal(text))  # escaped N-Triples syntax, as a SPARQL string
    query = f"SELECT * WHERE {{ ?s ?p {literal} }}"
    assert check_query(query) is None


# --- reading the protocol request (pure) ----------------------------------------------------------


def test_read_call_forms() -> None:
    assert read_call("GET", None, [], b"") is None
    get = read_call("GET", None, [("query", "ASK {}"), ("default-graph-uri", "http://g/1")], b"")
    assert get.query == "ASK {}" and get.default_graphs == ("http://g/1",) and get.named_graphs == ()
    form = read_call("POST", "application/x-www-form-urlencoded", [], b"query=ASK+%7B%7D&format=csv")
    assert form.query == "ASK {}" and form.formats == ("csv",) and form.default_graphs is None
    direct = read_call(
        "POST", "application/sparql-query; charset=utf-8", [("named-graph-uri", "http://g/2")], b"ASK {}"
    )
    assert direct.query == "ASK {}" and direct.named_graphs == ("http://g/2",) and direct.default_graphs == ()
    update = read_call("POST", "application/sparql-update", [], "INSERT DATA { <a:é> <a:b> <a:c> }".encode())
    assert update.update.startswith("INSERT DATA") and update.query is None


@pytest.mark.parametrize(
    ("method", "content_type", "params", "body", "status"),
    [
        ("GET", None, [("update", "CLEAR ALL")], b"", 400),
        ("GET", None, [("query", "ASK {}"), ("query", "ASK {}")], b"", 400),
        ("GET", None, [("query", "  ")], b"", 400),
        ("POST", "application/x-www-form-urlencoded", [], b"query=ASK+%7B%7D&update=CLEAR+ALL", 400),
        ("POST", "application/x-www-form-urlencoded", [], b"nothing=here", 400),
        ("POST", "application/x-www-form-urlencoded", [], b"query=%ff%fe", 400),
        ("POST", "application/sparql-query", [], b"\xff\xfe", 400),
        ("POST", "application/sparql-update", [("using-graph-uri", "http://g/")], b"CLEAR ALL", 400),
        ("POST", "text/plain", [], b"ASK {}", 415),
        ("POST", None, [], b"ASK {}", 415),
    ],
)
def test_read_call_errors(method, content_type, params, body, status) -> None:
    with pytest.raises(ProtocolError) as caught:
        read_call(method, content_type, params, body)
    assert caught.value.status == status


# --- the endpoint in-process: every format parses -------------------------------------------------


def _json_labels(response: httpx.Response) -> list[str]:
    return [b["l"]["value"] for b in response.json()["results"]["bindings"]]


def test_select_as_json(client) -> None:
    response = sparql_get(client, LABELS)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert _json_labels(response) == ["China", "Russia", "Ukraine"]
    assert response.headers["x-kg-truncated"] == "false" and response.headers["x-kg-rows"] == "3"


def test_select_as_xml(client) -> None:
    response = sparql_get(client, LABELS, accept="application/sparql-results+xml")
    assert response.headers["content-type"].startswith("application/sparql-results+xml")
    root = ET.fromstring(response.content)
    assert [e.text for e in root.iter(f"{SRX}literal")] == ["China", "Russia", "Ukraine"]
    assert [v.get("name") for v in root.iter(f"{SRX}variable")] == ["l"]


def test_select_as_csv_and_tsv(client) -> None:
    response = sparql_get(client, LABELS, accept="text/csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows == [["l"], ["China"], ["Russia"], ["Ukraine"]]
    response = sparql_get(client, LABELS, accept="text/tab-separated-values")
    assert response.text.splitlines() == [
        "?l",
        '"China"',
        '"Russia"',
        '"Ukraine"',
    ]  # TSV keeps RDF term syntax


def test_ask_as_json_and_xml(client) -> None:
    assert sparql_get(client, "ASK { ?x rdfs:label 'China' }").json() == {"head": {}, "boolean": True}
    response = sparql_get(client, "ASK { ?x rdfs:label 'Atlantis' }", accept="application/sparql-results+xml")
    assert ET.fromstring(response.content).find(f"{SRX}boolean").text == "false"


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_in_every_graph_format(client, accept: str, rdflib_format: str) -> None:
    query = "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a kg:Country ; rdfs:label ?l }"
    response = sparql_get(client, query, accept=accept)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=response.content, format=rdflib_format)
    assert sorted(str(o) for o in graph.objects()) == ["China", "Russia", "Ukraine"]


def test_describe_gives_a_graph(client) -> None:
    query = "DESCRIBE ?x WHERE { ?x rdfs:label 'NATO' }"
    graph = Graph().parse(data=sparql_get(client, query).content, format="turtle")
    assert any(str(o) == "NATO" for o in graph.objects())


def test_format_parameter_wins_over_accept(client) -> None:
    response = client.get(
        "/sparql", params={"query": LABELS, "format": "csv"}, headers={"accept": "application/json"}
    )
    assert response.headers["content-type"].startswith("text/csv")


def test_post_forms_give_the_same_answer(client) -> None:
    by_form = client.post("/sparql", data={"query": LABELS})
    by_body = client.post("/sparql", content=LABELS, headers={"content-type": "application/sparql-query"})
    assert _json_labels(by_form) == _json_labels(by_body) == ["China", "Russia", "Ukraine"]


def test_service_description(client) -> None:
    response = client.get("/sparql")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.content, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = URIRef("http://127.0.0.1/sparql")
    assert (service, URIRef(f"{sd}supportedLanguage"), URIRef(f"{sd}SPARQL11Query")) in graph
    assert (service, URIRef(f"{sd}supportedLanguage"), URIRef(f"{sd}SPARQL11Update")) not in graph
    formats = {str(o) for o in graph.objects(service, URIRef(f"{sd}resultFormat"))}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_CSV" in formats and len(formats) == 8
    assert "at most 50 rows" in response.text and "X-KG-Truncated" in response.text
    as_jsonld = client.get("/sparql", headers={"accept": "application/ld+json"})
    assert len(Graph().parse(data=as_jsonld.content, format="json-ld")) == len(graph)


# --- dataset: default-graph-uri, named-graph-uri, FROM --------------------------------------------


def test_default_graph_uri_selects_one_article(client) -> None:
    query = "SELECT ?r WHERE { ?s kg:relation ?r } ORDER BY ?r"
    everything = [b["r"]["value"] for b in sparql_get(client, query).json()["results"]["bindings"]]
    assert everything == ["accuse", "attack", "meet"]
    response = client.get("/sparql", params={"query": query, "default-graph-uri": graph_of("a2")})
    assert [b["r"]["value"] for b in response.json()["results"]["bindings"]] == ["attack"]


def test_named_graph_uri_limits_graph_patterns(client) -> None:
    query = "SELECT ?g WHERE { GRAPH ?g { ?s kg:relation ?r } }"
    params = [("query", query), ("named-graph-uri", graph_of("a1")), ("named-graph-uri", graph_of("a3"))]
    response = client.get("/sparql", params=params)
    assert sorted(b["g"]["value"] for b in response.json()["results"]["bindings"]) == sorted(
        [graph_of("a1"), graph_of("a3")]
    )


def test_from_a_graph_of_the_store_is_honoured(client) -> None:
    query = f"SELECT ?r FROM <{graph_of('a1')}> WHERE {{ ?s kg:relation ?r }}"
    assert [b["r"]["value"] for b in sparql_get(client, query).json()["results"]["bindings"]] == ["accuse"]


@pytest.mark.parametrize("where", ["from", "default-graph-uri", "named-graph-uri"])
def test_remote_graphs_are_refused(client, where: str) -> None:
    remote = "http://127.0.0.1:9/data"
    if where == "from":
        response = sparql_get(client, f"SELECT * FROM <{remote}> WHERE {{ ?s ?p ?o }}")
    else:
        response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }", where: remote})
    assert response.status_code == 400
    assert "not a graph of this store" in response.text


# --- protocol errors and limits in-process --------------------------------------------------------


def test_malformed_query_gives_400_with_the_parser_message(client) -> None:
    response = sparql_get(client, "SELEC ?x WHERE { ?x ?p ?o }")
    assert response.status_code == 400
    assert "syntax error" in response.text and re.search(r"\d+:\d+", response.text)


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_wrong_method_is_405(client, method: str) -> None:
    response = client.request(method, "/sparql", content=b"ASK {}")
    assert response.status_code == 405
    assert "GET" in response.headers["allow"] and "POST" in response.headers["allow"]


def test_unacceptable_format_is_406(client) -> None:
    response = sparql_get(client, LABELS, accept="image/png")
    assert response.status_code == 406 and "text/csv" in response.text
    response = sparql_get(client, "CONSTRUCT WHERE { ?s ?p ?o }", accept="text/csv")
    assert response.status_code == 406 and "text/turtle" in response.text


def test_body_above_the_cap_is_413(client) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30_000
    response = client.post("/sparql", content=big, headers={"content-type": "application/sparql-query"})
    assert response.status_code == 413
    chunks = (big[i : i + 1000].encode() for i in range(0, len(big), 1000))  # chunked: no Content-Length
    response = client.post("/sparql", content=chunks, headers={"content-type": "application/sparql-query"})
    assert response.status_code == 413


def test_wrong_content_type_is_415(client) -> None:
    response = client.post("/sparql", content=LABELS, headers={"content-type": "text/plain"})
    assert response.status_code == 415 and "application/sparql-query" in response.text


def test_update_is_403_when_read_only(client) -> None:
    for response in (
        client.post("/sparql", data={"update": "CLEAR ALL"}),
        client.post("/sparql", content="CLEAR ALL", headers={"content-type": "application/sparql-update"}),
    ):
        assert response.status_code == 403 and "--allow-update" in response.text
    assert sparql_get(client, "ASK { ?x rdfs:label 'China' }").json()["boolean"] is True


def test_foreign_host_header_is_refused(client) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"host": "attacker.example"})
    assert response.status_code == 400
    assert (
        client.get("/sparql", params={"query": LABELS}, headers={"host": "localhost:7878"}).status_code == 200
    )


def test_no_cors_headers_by_default(client) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    assert response.headers["x-content-type-options"] == "nosniff"


def test_cors_headers_only_when_asked_for(store_path: Path) -> None:
    app = create_app(Settings(store_path, cors=True, workers=1))
    with TestClient(app, base_url="http://127.0.0.1") as open_client:
        origin = {"origin": "http://notebook.example"}
        response = open_client.get("/sparql", params={"query": LABELS}, headers=origin)
        assert response.status_code == 200 and response.headers["access-control-allow-origin"] == "*"
        assert "X-KG-Truncated" in response.headers["access-control-expose-headers"]
        preflight = open_client.options(
            "/sparql",
            headers={
                **origin,
                "access-control-request-method": "POST",
                "access-control-request-headers": "content-type",
            },
        )
        assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]


def test_row_cap_is_signalled(client) -> None:
    response = sparql_get(client, ALL_LABELS)
    assert len(response.json()["results"]["bindings"]) == 50
    assert response.headers["x-kg-truncated"] == "true"
    assert response.headers["x-kg-max-rows"] == "50" and response.headers["x-kg-rows"] == "50"
    assert "truncated" in response.headers["warning"]
    rows = list(csv.reader(io.StringIO(sparql_get(client, ALL_LABELS, accept="text/csv").text)))
    assert len(rows) == 51
    exact = sparql_get(client, ALL_LABELS + " LIMIT 50")
    assert exact.headers["x-kg-truncated"] == "false" and exact.headers["x-kg-rows"] == "50"


_TERMS = st.one_of(
    st.builds(lambda t: ox.Literal(t), st.text(max_size=30)),
    st.builds(
        lambda t, lang: ox.Literal(t, language=lang), st.text(max_size=10), st.sampled_from(["en", "fr-be"])
    ),
    st.builds(
        lambda t, dt: ox.Literal(t, datatype=ox.NamedNode(dt)),
        st.text(max_size=10),
        st.sampled_from(["http://example.org/dt", "http://www.w3.org/2001/XMLSchema#date"]),
    ),
    st.builds(lambda n: ox.NamedNode(f"http://example.org/{n}"), st.integers(0, 5)),
    st.builds(lambda n: ox.BlankNode(f"b{n}"), st.integers(0, 5)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_TERMS, max_size=12), st.integers(0, 14))
def test_capped_results_equal_oxigraph_own_serialisation(values, cap) -> None:
    """Every term survives the TSV route; the cap keeps the first rows and says whether it cut."""
    from kg.server import serialise_solutions

    store = ox.Store()
    p = ox.NamedNode("http://example.org/p")
    for number, value in enumerate(values):
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/s{number:02d}"), p, value))
    query = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?s"
    full = json.loads(store.query(query).serialize(format=ox.QueryResultsFormat.JSON))
    json_format = next(f for f in RESULT_FORMATS if f.name == "json")
    body, rows, truncated = serialise_solutions(store.query(query), json_format, max_rows=cap)
    got = json.loads(body)
    assert got["head"] == full["head"]
    assert got["results"]["bindings"] == full["results"]["bindings"][:cap]
    assert rows == min(cap, len(values)) and truncated == (len(values) > cap)
    for fmt in RESULT_FORMATS:
        out, n, cut = serialise_solutions(store.query(query), fmt, max_rows=cap)
        assert (n, cut) == (rows, truncated)
        if fmt.name == "csv":  # Oxigraph does not read CSV results back (lossy): Python's reader does
            table = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
            assert table[0] == ["s", "o", "unbound"] and len(table) == rows + 1
            continue
        parsed = ox.parse_query_results(out, format=_RESULTS_FORMAT[fmt.name])
        assert parsed.variables == [ox.Variable(v) for v in ("s", "o", "unbound")]
        assert len(list(parsed)) == rows


_RESULTS_FORMAT = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def test_row_cap_applies_to_graphs(client) -> None:
    response = sparql_get(client, "CONSTRUCT WHERE { ?s ?p ?o }", accept="application/n-triples")
    assert response.headers["x-kg-truncated"] == "true"
    assert len(Graph().parse(data=response.content, format="nt")) == 50


def test_answer_cache_computes_a_job_once_per_snapshot() -> None:
    calls: list[QueryJob] = []

    async def compute(job: QueryJob) -> Answer:
        calls.append(job)
        await asyncio.sleep(0.05)
        return Answer(503 if "slow" in job.sparql else 200, b"0123456789")

    async def scenario() -> None:
        cache = AnswerCache(max_bytes=25)
        job = QueryJob("snap-1", "ASK {}", None, None, None, (), 10)
        together = await asyncio.gather(*(cache.answer(job, compute) for _ in range(5)))
        assert len(calls) == 1 and [shared for _, shared in together].count(False) == 1
        assert await cache.answer(job, compute) == (together[0][0], True)
        for n in range(2):  # 3 answers of 10 bytes do not fit in 25: the least recently used goes
            await cache.answer(dataclasses.replace(job, sparql=f"ASK {{}} # {n}"), compute)
        assert (await cache.answer(job, compute))[1] is False and len(calls) == 4
        slow = dataclasses.replace(job, sparql="# slow")
        await cache.answer(slow, compute)
        assert (await cache.answer(slow, compute))[1] is False  # errors are never kept
        assert (await cache.answer(dataclasses.replace(job, snapshot="snap-2"), compute))[1] is False
        assert (await cache.answer(job, compute))[1] is False  # the old snapshot's answers are gone

    asyncio.run(scenario())


# --- pages ----------------------------------------------------------------------------------------


def test_query_page_lists_the_named_queries_and_loads_nothing_from_elsewhere(client) -> None:
    response = client.get("/query")
    assert response.status_code == 200
    page = response.text
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    data = json.loads(
        re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    )
    assert [e["name"] for e in data["examples"]] == list(queries.named_queries())
    for kind, body in re.findall(r"<(script|style)>(.*?)</\1>", page, re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp, kind
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_query_page_examples_run(client) -> None:
    data = json.loads(
        re.search(r'id="kg-data">(.*?)</script>', client.get("/query").text, re.S)
        .group(1)
        .replace("\\u003c", "<")
    )
    examples = {e["name"]: e["sparql"] for e in data["examples"]}
    response = client.post(
        "/sparql", content=examples["who-accused"], headers={"content-type": "application/sparql-query"}
    )
    assert response.status_code == 200
    assert [b["accuser"]["value"] for b in response.json()["results"]["bindings"]] == ["China"]
    for sparql in examples.values():
        assert client.post("/sparql", data={"query": sparql}).status_code == 200


def test_graph_pages(client) -> None:
    whole = client.get("/")
    assert whole.status_code == 200 and whole.headers["content-type"].startswith("text/html")
    assert "Content-Security-Policy" in whole.text and "Ukraine" in whole.text
    around = client.get("/actor/China", params={"depth": 1})
    assert around.status_code == 200 and "NATO" in around.text
    assert client.get("/actor/Atlantis").status_code == 404
    assert client.get("/actor/China", params={"depth": "deep"}).status_code == 400
    assert client.get("/", params={"since": "yesterday"}).status_code == 400


# --- updates when allowed -------------------------------------------------------------------------


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[TestClient]:
    store = build_store(tmp_path / "store", ("a1",))
    app = create_app(Settings(store, allow_update=True, workers=1, timeout=20))
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


def test_allowed_update_changes_the_store_and_is_seen_at_once(writable) -> None:
    ask = "ASK { ?x rdfs:label 'Atlantis' }"
    assert sparql_get(writable, ask).json()["boolean"] is False
    assert sparql_get(writable, ask).headers["x-kg-cache"] == "hit"
    insert = 'INSERT DATA { GRAPH <urn:kg:test> { <urn:kg:x> rdfs:label "Atlantis" } }'
    response = writable.post("/sparql", content=insert, headers={"content-type": "application/sparql-update"})
    assert response.status_code == 204
    after = sparql_get(writable, ask)  # a new snapshot: the cached answer is gone
    assert after.json()["boolean"] is True and after.headers["x-kg-cache"] == "miss"
    assert "SPARQL11Update" in writable.get("/sparql").text
    response = writable.post("/sparql", data={"update": "INSERT DATA { <urn:kg:y> <urn:kg:p> 1 "})
    assert response.status_code == 400 and "syntax" in response.text


def test_cross_site_update_is_refused(writable) -> None:
    response = writable.post(
        "/sparql", data={"update": "CLEAR ALL"}, headers={"origin": "http://attacker.example"}
    )
    assert response.status_code == 403
    assert sparql_get(writable, "ASK { ?x rdfs:label 'China' }").json()["boolean"] is True
    same = writable.post(
        "/sparql",
        data={"update": "INSERT DATA { <urn:kg:z> <urn:kg:p> 2 }"},
        headers={"origin": "http://127.0.0.1"},
    )
    assert same.status_code == 204


def test_load_is_refused_and_nothing_is_fetched(writable, listener: Listener) -> None:
    for update in (f"LOAD <{listener.url}>", f"load silent <{listener.url}> into graph <urn:kg:g>"):
        response = writable.post("/sparql", data={"update": update})
        assert response.status_code == 400 and "LOAD is refused" in response.text
    time.sleep(0.3)
    assert listener.connections == 0


def test_update_while_a_writer_holds_the_store_is_503(writable, tmp_path: Path) -> None:
    with Store(tmp_path / "store", write=True):
        response = writable.post("/sparql", data={"update": "INSERT DATA { <urn:kg:a> <urn:kg:p> 1 }"})
    assert response.status_code == 503 and "pid" in response.text and "not run" in response.text


# --- a server started while a writer holds the store ----------------------------------------------


def test_server_waits_for_the_first_snapshot_while_the_store_is_written(tmp_path: Path) -> None:
    path = build_store(tmp_path / "store", ("a1",))
    writer = Store(path, write=True)
    try:
        app = create_app(Settings(path, workers=1, refresh=0.2))
        with TestClient(app, base_url="http://127.0.0.1") as test_client:
            response = sparql_get(test_client, LABELS)
            assert response.status_code == 503 and "no snapshot" in response.text
            writer.add(ARTICLES["a2"], _statements("a2"))
            writer.close()
            assert _json_labels(sparql_get(test_client, LABELS)) == ["China", "Russia", "Ukraine"]
    finally:
        writer.close()


# --- the real server ------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def real_server(store: Path, log: Path, **options) -> Iterator[str]:
    """``kg.server.serve`` in a subprocess (uvicorn) on a free port; yields its base URL."""
    port = _free_port()
    code = (
        f"from kg.server import Settings, serve; serve(Settings({str(store)!r}, port={port}, **{options!r}))"
    )
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                    break
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@pytest.fixture(scope="module")
def server(store_path: Path, tmp_path_factory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("log") / "server.log"
    with real_server(store_path, log, max_rows=50, timeout=3.0, workers=1, max_body=20_000) as base:
        yield base


def _wrapper(base: str, query: str, fmt: str, **kw):
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(f"{base}/sparql", returnFormat=fmt)
    client.setQuery(query)
    for name, value in kw.items():
        getattr(client, name)(value)
    return client.query()


def test_sparqlwrapper_reads_every_results_format(server: str) -> None:
    from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, URLENCODED, XML

    as_json = _wrapper(server, LABELS, JSON).convert()
    assert [b["l"]["value"] for b in as_json["results"]["bindings"]] == ["China", "Russia", "Ukraine"]
    as_xml = _wrapper(server, LABELS, XML).convert()  # an xml.dom document
    assert [n.firstChild.data for n in as_xml.getElementsByTagName("literal")] == [
        "China",
        "Russia",
        "Ukraine",
    ]
    as_csv = _wrapper(server, LABELS, CSV).convert().decode()
    assert list(csv.reader(io.StringIO(as_csv))) == [["l"], ["China"], ["Russia"], ["Ukraine"]]
    as_tsv = _wrapper(server, LABELS, TSV).convert().decode()
    assert as_tsv.splitlines()[0] == "?l" and len(as_tsv.splitlines()) == 4
    for request_method in (URLENCODED, POSTDIRECTLY):
        posted = _wrapper(server, LABELS, JSON, setMethod=POST, setRequestMethod=request_method).convert()
        assert len(posted["results"]["bindings"]) == 3
    assert _wrapper(server, "ASK { ?x rdfs:label 'NATO' }", JSON).convert()["boolean"] is True


def test_sparqlwrapper_reads_graphs(server: str) -> None:
    from SPARQLWrapper import JSONLD, RDFXML, TURTLE

    query = "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a kg:Country ; rdfs:label ?l }"
    turtle = _wrapper(server, query, TURTLE).convert()
    assert len(Graph().parse(data=turtle, format="turtle")) == 3
    assert len(_wrapper(server, query, RDFXML).convert()) == 3  # an rdflib Graph
    assert len(_wrapper(server, query, JSONLD).convert()) == 3


def test_sparqlwrapper_sees_refusals(server: str) -> None:
    from SPARQLWrapper import JSON, POST
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed, match="syntax error"):
        _wrapper(server, "SELEC ?x", JSON)
    with pytest.raises(urllib.error.HTTPError) as refused:  # SPARQLWrapper has no class for 403
        _wrapper(server, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", JSON, setMethod=POST)
    assert refused.value.code == 403


def test_real_server_formats_with_plain_http(server: str) -> None:
    url = f"{server}/sparql"
    for accept, check in (
        ("application/sparql-results+json", lambda r: len(r.json()["results"]["bindings"]) == 3),
        (
            "application/sparql-results+xml",
            lambda r: len(list(ET.fromstring(r.content).iter(f"{SRX}result"))) == 3,
        ),
        ("text/csv", lambda r: len(list(csv.reader(io.StringIO(r.text)))) == 4),
        ("text/tab-separated-values", lambda r: len(r.text.splitlines()) == 4),
    ):
        response = httpx.get(url, params={"query": LABELS}, headers={"accept": accept})
        assert response.status_code == 200 and check(response), accept
    assert httpx.put(url, content=b"ASK {}").status_code == 405
    assert httpx.get(url, params={"query": LABELS}, headers={"accept": "image/png"}).status_code == 406
    big = httpx.post(url, content=b"#" * 30_000, headers={"content-type": "application/sparql-query"})
    assert big.status_code == 413
    assert httpx.post(url, content=b"ASK {}", headers={"content-type": "text/plain"}).status_code == 415
    assert httpx.get(url, params={"query": LABELS}, headers={"host": "rebind.example"}).status_code == 400
    capped = httpx.get(url, params={"query": ALL_LABELS})
    assert capped.headers["x-kg-truncated"] == "true" and len(capped.json()["results"]["bindings"]) == 50


def test_real_server_never_calls_out(server: str, listener: Listener) -> None:
    url = f"{server}/sparql"
    queries_out = [
        f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ service silent <{listener.url}> {{ ?a ?b ?c }} }} }}",
        f"SELECT * WHERE {{ BIND(<{listener.url}> AS ?x) FILTER(1<2)SERVICE?x#>\n{{ ?a ?b ?c }} }}",
        f"SELECT * FROM <{listener.url}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{listener.url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        # oxigraph reads \\u escapes only in strings and IRIs: this is a syntax error, not a SERVICE
        f"SELECT * WHERE {{ \\u0053ERVICE <{listener.url}> {{ ?s ?p ?o }} }}",
    ]
    for query in queries_out:
        assert httpx.get(url, params={"query": query}).status_code == 400, query
        assert httpx.post(url, data={"query": query}).status_code == 400, query
    response = httpx.get(
        url, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "default-graph-uri": listener.url}
    )
    assert response.status_code == 400
    assert httpx.post(url, data={"update": f"LOAD <{listener.url}>"}).status_code == 403
    time.sleep(0.5)
    assert listener.connections == 0


def test_slow_query_is_stopped_and_the_next_one_works(server: str) -> None:
    url = f"{server}/sparql"
    started = time.monotonic()
    response = httpx.get(url, params={"query": SLOW}, timeout=60)
    elapsed = time.monotonic() - started
    assert response.status_code == 503 and "3 s limit" in response.text
    assert 3.0 <= elapsed < 3.0 + 5.0
    # the server has a single worker: this answers only if the slow one was killed and replaced
    for n in range(2):
        fresh = f"{LABELS} # {n} {time.time()}"  # a new text, so not an answer from the cache
        after = httpx.get(url, params={"query": fresh}, timeout=30)
        assert after.status_code == 200 and len(after.json()["results"]["bindings"]) == 3
        assert after.headers["x-kg-cache"] == "miss"


def _articles(base: str) -> tuple[int, str]:
    response = httpx.get(
        f"{base}/sparql", params={"query": "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }"}
    )
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"]), response.headers["x-kg-snapshot"]


def test_build_while_serving(tmp_path: Path) -> None:
    """A writer is never refused while the server runs; its data shows up once it is done."""
    path = build_store(tmp_path / "store", ("a1",))
    with real_server(path, tmp_path / "server.log", refresh=0.2, workers=1) as base:
        assert _articles(base)[0] == 1
        time.sleep(0.5)
        started = time.monotonic()
        writer = Store(path, write=True)  # as `kg build` does
        assert time.monotonic() - started < 3.0  # opened at once, not after waiting for the server
        try:
            writer.add(ARTICLES["a2"], _statements("a2"))
            writer.add(ARTICLES["a3"], _statements("a3"))
            for _ in range(4):  # while the writer holds the store: the old snapshot, and no error
                assert _articles(base)[0] == 1
                time.sleep(0.25)
        finally:
            writer.close()
        deadline = time.monotonic() + 15
        while _articles(base)[0] != 3:
            assert time.monotonic() < deadline, "the new articles never showed up"
            time.sleep(0.1)
        # with nothing changing, the server takes no more locks: a second writer gets in at once
        time.sleep(0.5)
        with Store(path, write=True) as again:
            again.remove("a3")
        deadline = time.monotonic() + 15
        while _articles(base)[0] != 2:
            assert time.monotonic() < deadline
            time.sleep(0.1)
    assert not list(path.glob(".kg-serve-*")), "the server left its snapshots behind"


def test_memory_mode_answers_as_the_disk_and_follows_the_store(tmp_path: Path) -> None:
    """--memory: every named query answers as on disk; a changed store is copied again, and its data shows."""
    path = build_store(tmp_path / "store", ("a1", "a3"))  # every example actor is known (Zhao Lijian in a3)
    with Store(path) as store:
        expected = {}
        for named in queries.named_queries().values():
            terms = queries.bind(store, named, {p.name: p.example for p in named.params if p.example})
            result = store.raw_query(named.sparql, bindings=terms)
            names = [v.value for v in result.variables]
            rows = sorted(tuple(None if r[v] is None else r[v].value for v in names) for r in result)
            expected[named.name] = (named, terms, rows)
    with real_server(path, tmp_path / "server.log", refresh=0.2, workers=2, memory=True) as base:
        for name, (named, terms, rows) in expected.items():
            text = bind(named.sparql, {k: to_ox(v) for k, v in terms.items()})
            response = httpx.post(
                f"{base}/sparql",
                content=text.encode(),
                headers={
                    "content-type": "application/sparql-query",
                    "accept": "application/sparql-results+json",
                },
            )
            assert response.status_code == 200, (name, response.text)
            answer = response.json()
            names = answer["head"]["vars"]
            got = sorted(
                tuple(b[v]["value"] if v in b else None for v in names) for b in answer["results"]["bindings"]
            )
            assert got == rows, name
        assert sum(bool(rows) for _named, _terms, rows in expected.values()) >= 6
        assert _articles(base)[0] == 2
        with Store(path, write=True) as writer:
            writer.add(ARTICLES["a2"], _statements("a2"))
        deadline = time.monotonic() + 15
        while _articles(base)[0] != 3:
            assert time.monotonic() < deadline, "the new article never showed up"
            time.sleep(0.1)
        page = httpx.get(f"{base}/actor/China")
        assert page.status_code == 200 and "China" in page.text


@pytest.mark.slow
def test_kg_build_while_serving(tmp_path: Path) -> None:
    """The real `kg build` command, with the spaCy model, writes while the server answers."""
    path = build_store(tmp_path / "store", ("a1",))
    article = tmp_path / "new.txt"
    article.write_text("Russia attacked Ukraine. China criticised NATO for the expansion.", encoding="utf-8")
    with real_server(path, tmp_path / "server.log", refresh=0.2, workers=1) as base:
        before = _articles(base)
        build = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                str(article),
                "--store",
                str(path),
                "--no-outputs",
                "-q",
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        seen = []
        while build.poll() is None:  # answered all along, from the old snapshot until the writer is done
            seen.append(_articles(base)[0])
            time.sleep(0.2)
        assert build.returncode == 0, build.stderr.read().decode()
        assert seen and seen[0] == before[0] and set(seen) <= {before[0], before[0] + 1}
        deadline = time.monotonic() + 15
        while _articles(base)[0] != before[0] + 1:
            assert time.monotonic() < deadline
            time.sleep(0.1)


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    from kg.errors import StoreError

    with pytest.raises(StoreError, match="no store at"):
        create_app(Settings(tmp_path / "nothing"))


def test_snapshot_is_refused_while_a_writer_holds_the_store(tmp_path: Path) -> None:
    from kg.store import fingerprint, take_snapshot

    path = build_store(tmp_path / "store", ("a1",))
    area = tmp_path / "area"
    area.mkdir()
    with Store(path, write=True), pytest.raises(StoreLockedError):
        take_snapshot(path, into=area)
    snapshot = take_snapshot(path, into=area)
    assert snapshot.fingerprint == fingerprint(path)
    with Store(snapshot.path) as copy, Store(path) as live:
        assert copy.stats() == live.stats()
    tables = [p for p in (snapshot.path / "oxigraph").iterdir() if p.suffix == ".sst"]
    assert tables and all(p.stat().st_nlink >= 2 for p in tables)  # hard-linked, not copied


# --- the query page in a real browser ------------------------------------------------------------------


WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective));
"""


@pytest.mark.browser
def test_query_page_runs_a_query_in_chromium(server: str, browser) -> None:
    requested: list[str] = []
    context = browser.new_context()
    try:
        page = context.new_page()
        page.on("request", lambda request: requested.append(request.url))
        page.add_init_script(WATCH_CSP)
        page.goto(f"{server}/query")
        names = page.locator("#kg-example option").all_text_contents()
        assert names == list(queries.named_queries())
        page.select_option("#kg-example", label="who-accused")
        assert "VALUES ?target" in page.input_value("#kg-query")
        page.click("button[type=submit]")
        page.wait_for_selector("#kg-results table tbody tr")
        assert page.locator("#kg-results tbody td").first.text_content() == "China"
        assert "1 rows" in page.text_content("#kg-status")
        page.fill("#kg-query", "SELEC nothing")
        page.click("button[type=submit]")
        page.wait_for_selector("#kg-status.kg-error")
        assert "syntax error" in page.text_content("#kg-results pre")
        assert page.evaluate("window.__csp") == []
    finally:
        context.close()
    assert requested and all(url.startswith(server) for url in requested), requested
