"""Generate ``ontologies/cameo.ttl`` — the CAMEO event classes as a SKOS concept scheme.

The scheme is built from ``kg/data/cameo_classes.tsv`` (through :mod:`kg.events`, so the file
is parsed and validated in one place).  Regenerate after editing the table::

    .venv/bin/python -m kg.data.make_cameo_ttl            # writes ontologies/cameo.ttl
    .venv/bin/python -m kg.data.make_cameo_ttl --check    # exit 1 if the committed file is stale

The tests compare the committed file with :func:`build_graph` by graph isomorphism.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.events import QUAD_CLASSES, event_classes, parent_code
from kg.types import EventClass

CAMEO = Namespace("https://w3id.org/kg-ir/cameo/")
"""Concept IRIs: ``CAMEO["112"]`` is https://w3id.org/kg-ir/cameo/112."""

SCHEME = URIRef("https://w3id.org/kg-ir/cameo/scheme")
ONTOLOGY = URIRef("https://w3id.org/kg-ir/cameo/")

DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "ontologies" / "cameo.ttl"


class KG(DefinedNamespace):
    """The two terms of the project vocabulary (``kg:``) that the CAMEO scheme uses."""

    _NS = Namespace("https://w3id.org/kg-ir/ns#")
    _fail = True

    quadClass: URIRef  # RDF property names are camelCase
    goldstein: URIRef


def concept(code: str) -> URIRef:
    """The concept IRI of a CAMEO code."""
    return CAMEO[code]


def _comment(event: EventClass, parent: EventClass | None) -> str:
    quad = QUAD_CLASSES[event.quad_class]
    text = (
        f"CAMEO event class {event.code}, {event.name}: {quad} (QuadClass {event.quad_class}), "
        f"Goldstein value {event.goldstein:+.1f}."
    )
    if parent is not None:
        text += f" A narrower kind of {parent.code} {parent.name}."
    return text


# The two properties are also declared in ontologies/kg.ttl, and the two files are loaded together:
# the declarations here must stay identical to those (no rdfs:domain, since statements carry them
# too), so that merging adds nothing.  tests/test_events.py checks this.
_PROPERTIES = (
    (
        KG.quadClass,
        "QuadClass",
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict (as in GDELT).",
        XSD.integer,
    ),
    (
        KG.goldstein,
        "Goldstein value",
        "The Goldstein scale value of the event class, from -10 (most conflictual) to +10 "
        "(most cooperative).",
        XSD.decimal,
    ),
)


def _declare_properties(graph: Graph) -> None:
    for prop, label, comment, range_ in _PROPERTIES:
        graph.add((prop, RDF.type, OWL.DatatypeProperty))
        graph.add((prop, RDFS.label, Literal(label, lang="en")))
        graph.add((prop, RDFS.comment, Literal(comment, lang="en")))
        graph.add((prop, RDFS.range, range_))


def build_graph() -> Graph:
    """The CAMEO concept scheme as an rdflib graph, from ``cameo_classes.tsv``."""
    graph = Graph()
    graph.bind("cameo", CAMEO)
    graph.bind("kg", KG._NS)
    graph.bind("skos", SKOS)
    graph.bind("owl", OWL)

    graph.add((ONTOLOGY, RDF.type, OWL.Ontology))
    graph.add((ONTOLOGY, RDFS.label, Literal("CAMEO event classes for kg", lang="en")))
    graph.add(
        (
            ONTOLOGY,
            RDFS.comment,
            Literal(
                "The CAMEO event codes used by kg, as a SKOS concept scheme: the twenty root "
                "classes and their three- and four-digit sub-classes, each with its QuadClass and "
                "Goldstein value. Generated from kg/data/cameo_classes.tsv by "
                "kg/data/make_cameo_ttl.py.",
                lang="en",
            ),
        )
    )
    _declare_properties(graph)

    graph.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add((SCHEME, RDFS.label, Literal("CAMEO event classes", lang="en")))
    graph.add((SCHEME, SKOS.prefLabel, Literal("CAMEO event classes", lang="en")))
    graph.add(
        (
            SCHEME,
            RDFS.comment,
            Literal(
                "Conflict and Mediation Event Observations (CAMEO) event classes, from the twenty "
                "roots (01 Make public statement to 20 Use unconventional mass violence) down to "
                "four-digit codes.",
                lang="en",
            ),
        )
    )

    by_code = {event.code: event for event in event_classes()}
    for event in by_code.values():
        node = concept(event.code)
        parent_key = parent_code(event.code)
        parent = by_code[parent_key] if parent_key is not None else None
        graph.add((node, RDF.type, SKOS.Concept))
        graph.add((node, SKOS.inScheme, SCHEME))
        graph.add((node, SKOS.notation, Literal(event.code)))
        graph.add((node, SKOS.prefLabel, Literal(event.name, lang="en")))
        graph.add((node, RDFS.label, Literal(event.name, lang="en")))
        graph.add((node, RDFS.comment, Literal(_comment(event, parent), lang="en")))
        graph.add((node, KG.quadClass, Literal(event.quad_class, datatype=XSD.integer)))
        graph.add((node, KG.goldstein, Literal(Decimal(str(event.goldstein)), datatype=XSD.decimal)))
        if parent is None:
            graph.add((node, SKOS.topConceptOf, SCHEME))
            graph.add((SCHEME, SKOS.hasTopConcept, node))
        else:
            graph.add((node, SKOS.broader, concept(parent.code)))
    return graph


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) the Turtle file; returns the exit status."""
    parser = argparse.ArgumentParser(description="Generate ontologies/cameo.ttl from cameo_classes.tsv.")
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT, help="Turtle file to write")
    parser.add_argument("--check", action="store_true", help="only check that OUTPUT is up to date")
    args = parser.parse_args(argv)
    graph = build_graph()
    if args.check:
        committed = Graph().parse(args.output, format="turtle")
        return 0 if isomorphic(committed, graph) else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
