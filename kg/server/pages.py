"""The service description and the query page."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from datetime import date
from importlib import resources
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.store import PREFIXES

from .formats import FORMATS_NS, W3C_FORMATS
from .settings import Settings


class SD(DefinedNamespace):
    """Terms of the SPARQL 1.1 Service Description vocabulary used here."""

    _NS = Namespace("http://www.w3.org/ns/sparql-service-description#")
    _fail = True

    Service: URIRef
    endpoint: URIRef
    supportedLanguage: URIRef
    SPARQL11Query: URIRef
    SPARQL11Update: URIRef
    resultFormat: URIRef
    feature: URIRef
    UnionDefaultGraph: URIRef
    defaultDataset: URIRef
    Dataset: URIRef
    defaultGraph: URIRef
    Graph: URIRef


def service_description(endpoint: str, settings: Settings) -> Graph:
    """The SPARQL service description of the endpoint at ``endpoint``, limits included."""
    graph = Graph()
    graph.bind("sd", SD._NS)
    service = URIRef(endpoint)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if settings.allow_update:
        graph.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    for name in W3C_FORMATS.values():
        graph.add((service, SD.resultFormat, FORMATS_NS[name]))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    dataset, default = BNode(), BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add(
        (
            default,
            RDFS.comment,
            Literal("The union of all graphs: one named graph per article, and the ontology."),
        )
    )
    mode = (
        "Read and write (SPARQL Update allowed)"
        if settings.allow_update
        else "Read-only (SPARQL Update gets 403)"
    )
    comment = (
        f"{mode}. Answers hold at most {settings.max_rows} rows (triples for CONSTRUCT and DESCRIBE); "
        "when more existed, the response has the headers X-KG-Truncated: true, X-KG-Max-Rows and Warning "
        "(X-KG-Rows always gives the number sent). "
        f"A query running longer than {settings.timeout:g} s is stopped and answered with 503. "
        "SERVICE, LOAD, and FROM or default-graph-uri/named-graph-uri naming anything but a graph of this "
        "store are refused with 400. The prefixes "
        + ", ".join(f"{p}:" for p in PREFIXES)
        + " are predefined. Data is served from a snapshot of the store, refreshed after each kg build "
        "(header X-KG-Snapshot)."
    )
    graph.add((service, RDFS.comment, Literal(comment)))
    return graph


_RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
_MARKER = re.compile(r"@@KG_([A-Z_]+)@@")
_INLINE = re.compile(r"<(script|style)>(.*?)</\1>", re.S)


def _example_term(param: Any) -> Any:
    """A named query's example value as an RDF term, for the query page."""
    from kg.rdf import actor_iri

    if param.type == "actor":
        return ox.NamedNode(str(actor_iri(param.example)))
    if param.type == "date":
        return ox.Literal(date.fromisoformat(param.example).isoformat(), datatype=ox.NamedNode(str(XSD.date)))
    if param.type == "integer":
        return ox.Literal(str(int(param.example)), datatype=ox.NamedNode(str(XSD.integer)))
    return ox.Literal(param.example)


def query_examples() -> list[dict[str, str]]:
    """The named queries with their parameters bound to the example values (written in as terms)."""
    from kg.binding import bind
    from kg.queries import named_queries

    examples = []
    for named in named_queries().values():
        terms = {p.name: _example_term(p) for p in named.params if p.example}
        sparql = bind(named.sparql, terms)
        examples.append({"name": named.name, "description": named.description, "sparql": sparql})
    return examples


def query_page(settings: Settings) -> tuple[str, str]:
    """The query page and its Content-Security-Policy (scripts and styles admitted by hash)."""
    from kg.views import script_json

    template = (resources.files("kg") / "templates" / "query.html").read_text(encoding="utf-8")
    data = {
        "examples": query_examples(),
        "maxRows": settings.max_rows,
        "timeout": settings.timeout,
        "prefixes": list(PREFIXES),
        "update": settings.allow_update,
    }
    parts = {"DATA": script_json(data), "CSP": "@@KG_CSP@@"}
    page = _MARKER.sub(lambda m: parts[m.group(1)], template)
    hashes: dict[str, list[str]] = {"script": [], "style": []}
    for kind, body in _INLINE.findall(page):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes[kind].append(f"'sha256-{digest}'")
    csp = (
        f"default-src 'none'; script-src {' '.join(hashes['script'])}; "
        f"style-src {' '.join(hashes['style'])}; "
        "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return page.replace("@@KG_CSP@@", html.escape(csp), 1), csp
