"""Result formats: content negotiation, and serialising answers within the row cap."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import Namespace

from kg.store import PREFIXES


@dataclass(frozen=True)
class Format:
    """A result format: its media type, the other media types and names that ask for it."""

    name: str
    media_type: str
    kind: str  # "results" (SELECT, ASK) or "graph" (CONSTRUCT, DESCRIBE)
    also: tuple[str, ...] = ()  # more media types meaning this format
    names: tuple[str, ...] = ()  # values of the format= parameter meaning this format

    @property
    def content_type(self) -> str:
        """The Content-Type header of a response in this format."""
        return self.media_type if "json" in self.media_type else f"{self.media_type}; charset=utf-8"


# Each list is in order of preference: the first is the default for "*/*" or no Accept.
RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", "results", ("application/json",), ("json", "srj")),
    Format(
        "xml", "application/sparql-results+xml", "results", ("application/xml", "text/xml"), ("xml", "srx")
    ),
    Format("csv", "text/csv", "results", (), ("csv",)),
    Format("tsv", "text/tab-separated-values", "results", (), ("tsv",)),
)
GRAPH_FORMATS = (
    Format(
        "turtle",
        "text/turtle",
        "graph",
        ("application/turtle", "application/x-turtle"),
        ("turtle", "ttl", "n3"),
    ),
    Format("ntriples", "application/n-triples", "graph", (), ("ntriples", "n-triples", "nt")),
    Format(
        "jsonld",
        "application/ld+json",
        "graph",
        ("application/x-json+ld", "application/json"),
        ("json-ld", "jsonld", "json"),
    ),
    Format(
        "rdfxml", "application/rdf+xml", "graph", ("application/xml", "text/xml"), ("rdf+xml", "rdf", "xml")
    ),
)
#: The W3C's IRIs of the formats (https://www.w3.org/ns/formats/), for the service description.
FORMATS_NS = Namespace("http://www.w3.org/ns/formats/")
W3C_FORMATS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
}
_RESULTS_OX = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_GRAPH_OX = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q-values (malformed q counts as 0)."""
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """The q-value the most specific matching range gives ``media_type`` (0: not acceptable)."""
    kind = media_type.split("/")[0]
    best: tuple[int, float] = (-1, 0.0)
    for media, q in ranges:
        if media == media_type:
            specificity = 2
        elif media == f"{kind}/*":
            specificity = 1
        elif media in ("*/*", "*"):
            specificity = 0
        else:
            continue
        best = max(best, (specificity, q), key=lambda pair: pair[0])
    return best[1]


def negotiate(accept: str | None, kind: str, *, requested: Sequence[str] = ()) -> Format | None:
    """The format to answer a ``kind`` of result in, or None when nothing acceptable is offered.

    ``requested`` are the values of the ``format=`` parameter (names such as
    ``json``, ``csv``, ``turtle`` or media types, comma-separated lists
    allowed); the first one that names a format of this kind wins over the
    Accept header. Otherwise the Accept header decides by q-value, ties going
    to the order of :data:`RESULT_FORMATS` / :data:`GRAPH_FORMATS`.
    """
    formats = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
    wanted = [w.strip().lower() for value in requested for w in value.split(",") if w.strip()]
    if wanted:
        for word in wanted:
            for fmt in formats:
                if word in fmt.names or word == fmt.media_type or word in fmt.also:
                    return fmt
        return None
    if not accept or not accept.strip():
        return formats[0]
    ranges = _accept_ranges(accept)
    best, best_q = None, 0.0
    for fmt in formats:
        q = max(_quality(m, ranges) for m in (fmt.media_type, *fmt.also))
        if q > best_q:
            best, best_q = fmt, q
    return best


class _FirstRows:
    """A binary sink that keeps a header line and ``rows`` lines of TSV, and stops the writer after them.

    Raising from ``write`` is how the serialiser is stopped: Oxigraph evaluates
    a query as it writes it, so the rows past the cap are never computed.
    """

    class Full(Exception):
        pass

    def __init__(self, rows: int) -> None:
        self.lines = rows + 1  # with the header
        self.parts: list[bytes] = []
        self.seen = 0
        self.full = False

    def write(self, data: bytes) -> int:
        if self.full:  # the writer may try to flush once more after being stopped
            raise self.Full
        chunk = bytes(data)
        self.parts.append(chunk)
        self.seen += chunk.count(b"\n")
        if self.seen > self.lines:
            self.full = True
            raise self.Full
        return len(chunk)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        data = b"".join(self.parts)
        if not self.full:
            return data
        end = -1
        for _ in range(self.lines):
            end = data.index(b"\n", end + 1)
        return data[: end + 1]


def serialise_solutions(solutions: Any, fmt: Format, *, max_rows: int) -> tuple[bytes, int, bool]:
    """SELECT solutions in ``fmt``: body, rows written, and whether rows were left out.

    Oxigraph writes the solutions as TSV (one line per solution, every term in
    N-Triples syntax: nothing is lost) until ``max_rows`` are written and one
    more is seen; it then reads those lines back and writes them in ``fmt``.
    No term passes through Python objects: a large answer costs a few
    microseconds per row.
    """
    sink = _FirstRows(max_rows)
    try:
        solutions.serialize(sink, format=ox.QueryResultsFormat.TSV)
    except _FirstRows.Full:
        pass
    except OSError:
        if not sink.full:
            raise
    tsv = sink.value()
    rows = tsv.count(b"\n") - 1
    body = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(
        format=_RESULTS_OX[fmt.name]
    )
    return body, rows, sink.full


def serialise_triples(triples: Iterable[Any], fmt: Format, *, max_rows: int) -> tuple[bytes, int, bool]:
    """CONSTRUCT or DESCRIBE triples in ``fmt``: body, triples written, whether triples were left out."""
    kept = []
    truncated = False
    for triple in triples:
        if len(kept) == max_rows:
            truncated = True
            break
        kept.append(triple)
    return ox.serialize(kept, format=_GRAPH_OX[fmt.name], prefixes=PREFIXES), len(kept), truncated
