"""The ontology files shipped with the package: ``kg.ttl``, ``cameo.ttl``, ``shapes.ttl``."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from rdflib import Graph

from .errors import DataError

FILES = ("kg.ttl", "cameo.ttl")


def ontology_dir() -> Path:
    """Where the ontology files are (``ontologies/`` of the source tree)."""
    return Path(str(resources.files("kg") / "ontologies"))


def _parse(name: str) -> Graph:
    path = ontology_dir() / name
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as e:
        raise DataError(f"cannot read the ontology file {path}: {e}") from e


@functools.cache
def ontology_graph() -> Graph:
    """The ontology and the CAMEO scheme as one graph."""
    graph = Graph()
    for name in FILES:
        if (ontology_dir() / name).exists():
            graph += _parse(name)
    return graph


@functools.cache
def shapes_graph() -> Graph:
    """The SHACL shapes that describe valid data."""
    return _parse("shapes.ttl")
