"""RDF terms between rdflib and pyoxigraph: the one place that converts them.

The store and the pipeline work in pyoxigraph terms; rdflib terms come in
from the Python API (bound parameters, graphs) and go out where callers want
rdflib (CONSTRUCT answers, :func:`kg.rdf.article_graphs`). The vocabulary
the writers use (``rdf:type``, the XSD datatypes, the ``kg:`` terms) is here
as pyoxigraph terms too.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef

from .vocab import KG


def to_ox(term: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term, a pyoxigraph term or a plain Python value (as a literal) as a pyoxigraph term."""
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if not isinstance(term, Literal):
        term = Literal(term)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def to_rdflib(term: Any) -> URIRef | BNode | Literal:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term: {term!r}")


def triple_to_rdflib(triple: Any) -> tuple[Any, Any, Any]:
    """A pyoxigraph triple or quad's (subject, predicate, object) as rdflib terms."""
    return to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)


# --- the vocabulary as pyoxigraph terms ------------------------------------------------------------


def named_node(iri: Any) -> ox.NamedNode:
    """An IRI (a string or an rdflib ``URIRef``) as a pyoxigraph named node."""
    return ox.NamedNode(str(iri))


RDF_TYPE = named_node(RDF.type)
RDFS_LABEL = named_node(RDFS.label)
XSD_STRING = named_node(XSD.string)
XSD_INTEGER = named_node(XSD.integer)
XSD_DECIMAL = named_node(XSD.decimal)
XSD_BOOLEAN = named_node(XSD.boolean)
XSD_DATE = named_node(XSD.date)
#: Every term of the ``kg:`` vocabulary (:class:`kg.vocab.KG`) by its local name.
KG_TERMS = {name: named_node(KG[name]) for name in KG.__annotations__}


def integer(value: int) -> ox.Literal:
    """An ``xsd:integer`` literal."""
    return ox.Literal(str(value), datatype=XSD_INTEGER)
