"""Pushing to a SPARQL 1.1 store over the Graph Store HTTP Protocol, against a real Oxigraph server."""

from __future__ import annotations

import contextlib
import http.server
import itertools
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import queries
from kg.cli import cli
from kg.errors import EndpointError
from kg.pipeline import build
from kg.push import RemoteStore, push_store
from kg.rdf import article_iri
from kg.store import ONTOLOGY_GRAPH, Rows, Store, plain
from kg.types import Article

from .conftest import ATTACK, CHINA, NATO, RUSSIA, UKRAINE, make_statement
from .test_pipeline import write_corpus

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
KG = str(Path(sys.executable).parent / "kg")
needs_server = pytest.mark.skipif(
    not OXIGRAPH.exists(), reason="the oxigraph server binary is not installed (pip install oxigraph)"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path, port: int | None = None) -> Iterator[str]:
    """A real Oxigraph server on 127.0.0.1 whose default graph is the union of its graphs; its base URL."""
    port = port or free_port()
    args = [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*args, "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {process.stderr.read().decode(errors='replace')}")
            if time.monotonic() > deadline:
                pytest.fail("oxigraph serve did not start listening within 30 s")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    if not OXIGRAPH.exists():
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    with oxigraph_server(tmp_path / "remote-db") as url:
        yield url


def remote_for(url: str, **options) -> RemoteStore:
    return RemoteStore(f"{url}/store", query_endpoint=f"{url}/query", **options)


def local_graphs(store: Store) -> dict[str, set[str]]:
    """Each article graph of the store as a set of N-Triples lines."""
    out: dict[str, set[str]] = {}
    for name, quads in itertools.groupby(store.dataset(), key=lambda q: q.graph_name.value):
        out[name] = {str(q.triple) for q in quads}
    return out


def remote_graph(remote: RemoteStore, name: str) -> set[str]:
    return {str(t) for t in remote.get_graph(name)}


def plain_rows(rows: Rows) -> list[tuple]:
    return sorted((tuple(plain(v) for v in row) for row in rows.rows), key=repr)


def small_store(path: Path) -> Path:
    """Two articles of hand-made statements."""
    first = Article(
        id="first", text="China accused NATO. Russia attacked Ukraine.", title="One", date="2022-03-09"
    )
    second = Article(id="second", text="Russia accused NATO.", title="Two", date="2022-03-10")
    with Store(path, write=True) as store:
        store.add(
            first,
            [
                make_statement(article=first, sentence="China accused NATO."),
                make_statement(
                    RUSSIA,
                    "attack",
                    UKRAINE,
                    event=ATTACK,
                    article=first,
                    sentence="Russia attacked Ukraine.",
                    start=20,
                ),
            ],
        )
        store.add(
            second, [make_statement(RUSSIA, "accuse", NATO, article=second, sentence="Russia accused NATO.")]
        )
    return path


# --- the content arrives, and replaces ---------------------------------------------------


@needs_server
def test_push_sends_each_article_as_its_named_graph(tmp_path: Path, server: str) -> None:
    path = small_store(tmp_path / "store")
    with Store(path) as store, remote_for(server) as remote:
        report = push_store(store, remote)
        graphs = local_graphs(store)
        assert report.graphs == len(graphs) + 1 == 5  # two articles, the actors, the counts, the ontology
        for name, triples in graphs.items():
            assert remote_graph(remote, name) == triples
        assert remote_graph(remote, str(ONTOLOGY_GRAPH))  # the ontology and CAMEO scheme went too
        assert report.triples == sum(map(len, graphs.values())) + len(
            remote_graph(remote, str(ONTOLOGY_GRAPH))
        )


@needs_server
def test_push_again_replaces_a_changed_article(tmp_path: Path, server: str) -> None:
    path = small_store(tmp_path / "store")
    with Store(path) as store, remote_for(server) as remote:
        push_store(store, remote)
    changed = Article(id="first", text="China met NATO.", title="One, corrected", date="2022-03-09")
    with Store(path, write=True) as store:
        store.add(changed, [make_statement(CHINA, "meet", NATO, article=changed, sentence="China met NATO.")])
    with Store(path) as store, remote_for(server) as remote:
        push_store(store, remote)
        name = str(article_iri("first"))
        assert remote_graph(remote, name) == local_graphs(store)[name]
        gone = remote.query("ASK { ?s kg:sentence ?x }", bindings={"x": "Russia attacked Ukraine."})
        assert gone.boolean is False
        kept = remote.query("ASK { ?s kg:sentence ?x }", bindings={"x": "Russia accused NATO."})
        assert kept.boolean is True


@pytest.mark.slow
@needs_server
def test_named_queries_give_the_same_answers_there(server: str, demo_store: Path) -> None:
    answered = 0
    with Store(demo_store) as store, remote_for(server) as remote:
        push_store(store, remote)
        for named in queries.named_queries().values():
            bindings = queries.bind(store, named, {p.name: p.example for p in named.params})
            local = store.query(named.sparql, bindings=bindings)
            there = remote.query(named.sparql, bindings=bindings)
            assert there.variables == local.variables, named.name
            assert plain_rows(there) == plain_rows(local), named.name
            answered += bool(local.rows)
    assert answered >= 5  # the comparison is not between empty answers


@pytest.mark.slow
@needs_server
def test_build_with_an_endpoint_pushes_each_article_it_commits(tmp_path: Path, server: str, nlp) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 6)
    with Store(tmp_path / "store", write=True) as store, remote_for(server) as remote:
        report = build([corpus], store=store, batch_size=4, remote=remote)
        assert report.pushed == report.added == 6
        for name, triples in local_graphs(store).items():
            assert remote_graph(remote, name) == triples
        again = build([corpus], store=store, remote=remote)
        assert again.pushed == 0 and again.unchanged == 6


@needs_server
def test_cli_push(tmp_path: Path, server: str) -> None:
    path = small_store(tmp_path / "store")
    result = CliRunner().invoke(cli, ["push", "--store", str(path), "--endpoint", f"{server}/store"])
    assert result.exit_code == 0, result.output
    assert "sent 5 graphs" in result.stderr and f"to {server}/store" in result.stderr
    with remote_for(server) as remote:
        assert remote.query("SELECT ?id WHERE { ?a kg:articleId ?id }").dicts() != []


# --- refusals and retries ------------------------------------------------------------------


@needs_server
def test_a_refusal_is_a_clear_error_with_the_first_line_of_the_answer(tmp_path: Path, server: str) -> None:
    path = small_store(tmp_path / "store")
    with Store(path) as store, RemoteStore(f"{server}/nope") as remote, pytest.raises(EndpointError) as error:
        push_store(store, remote)
    assert "refused PUT (404 Not Found): PUT /nope is not supported" in str(error.value)
    command = [KG, "push", "--store", str(path), "--endpoint", f"{server}/nope"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "404" in result.stderr and "Traceback" not in result.stderr


class _Answer(http.server.BaseHTTPRequestHandler):
    """Answers every request with the server's ``status`` and ``body``, counting them."""

    def do_PUT(self) -> None:
        self.server.requests += 1  # type: ignore[attr-defined]
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = self.server.body  # type: ignore[attr-defined]
        self.send_response(self.server.status)  # type: ignore[attr-defined]
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        """Quiet."""


@contextlib.contextmanager
def answering(status: int, body: bytes) -> Iterator[http.server.ThreadingHTTPServer]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    httpd.status, httpd.body, httpd.requests = status, body, 0  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_server_error_is_not_retried_and_shows_only_the_first_line(tmp_path: Path) -> None:
    with answering(500, b"\n  database exploded  \nat line 2 of something\n") as httpd:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/store"
        with RemoteStore(url, backoff=0.01) as remote, pytest.raises(EndpointError) as error:
            remote.put_graph("http://example.org/g", [])
        assert httpd.requests == 1  # type: ignore[attr-defined]
    assert str(error.value) == f"{url} refused PUT (500 Internal Server Error): database exploded"


def test_unavailable_is_retried_a_bounded_number_of_times(tmp_path: Path) -> None:
    with answering(503, b"busy") as httpd:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/store"
        with RemoteStore(url, retries=2, backoff=0.01) as remote, pytest.raises(EndpointError, match="503"):
            remote.put_graph("http://example.org/g", [])
        assert httpd.requests == 3  # type: ignore[attr-defined]


def test_connection_errors_are_retried_with_exponential_back_off() -> None:
    waits: list[float] = []
    url = f"http://127.0.0.1:{free_port()}/store"  # nothing listens there
    with (
        RemoteStore(url, retries=3, backoff=0.01, sleep=waits.append) as remote,
        pytest.raises(EndpointError) as e,
    ):
        remote.put_graph("http://example.org/g", [])
    assert waits == [0.01, 0.02, 0.04]
    assert "cannot reach" in str(e.value) and "tried 4 times" in str(e.value)


@needs_server
def test_a_store_that_comes_up_late_gets_everything(tmp_path: Path) -> None:
    path = small_store(tmp_path / "store")
    port = free_port()
    started = threading.Event()

    def start_late(stack: contextlib.ExitStack) -> None:
        time.sleep(1.0)
        stack.enter_context(oxigraph_server(tmp_path / "late-db", port))
        started.set()

    with contextlib.ExitStack() as stack:
        thread = threading.Thread(target=start_late, args=(stack,))
        thread.start()
        with Store(path) as store, remote_for(f"http://127.0.0.1:{port}", retries=8, backoff=0.1) as remote:
            report = push_store(store, remote)
            thread.join()
            assert started.is_set() and report.graphs == 5
            for name, triples in local_graphs(store).items():
                assert remote_graph(remote, name) == triples


def test_bad_endpoint_urls_are_refused_at_once() -> None:
    for url in ("localhost:7878/store", "ftp://host/store", "http://"):
        with pytest.raises(EndpointError, match="not an http"):
            RemoteStore(url)
