"""Named SPARQL queries shipped with the package, and their parameters.

Each ``kg/queries/NAME.rq`` starts with comment lines::

    # name: who-accused
    # description: Who accused an actor, with the evidence sentence.
    # param: target actor NATO

A parameter is a variable of the query that is *bound* when the query runs
(substituted as an RDF term by the store), never pasted into the text. Its
type says how a value given as text becomes a term: ``actor`` (a name looked
up among the stored actors' labels and the gazetteer's aliases), ``date``
(``xsd:date``, read by :func:`kg.dates.parse_date`: ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``; a year or month given to a parameter named ``until`` means its
last day, to any other its first), ``integer`` or ``string``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rdflib import XSD, Literal, URIRef

from .dates import DateRange, parse_date
from .errors import ParameterError, QueryError
from .rdf import actor_iri
from .resolve import resolve_actor
from .store import Store
from .types import Actor

PARAM_TYPES = ("actor", "date", "integer", "string")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    example: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    sparql: str


def _parse(name: str, text: str) -> NamedQuery:
    description = ""
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            continue
        key, _, value = line.lstrip("# ").partition(":")
        value = value.strip()
        if key == "description":
            description = value
        elif key == "param":
            parts = value.split(None, 2)
            if len(parts) < 2 or parts[1] not in PARAM_TYPES:
                raise QueryError(f"named query {name}: bad parameter line {line!r}")
            params.append(Param(parts[0], parts[1], parts[2] if len(parts) > 2 else None))
    return NamedQuery(name, description, tuple(params), text)


@functools.cache
def named_queries() -> dict[str, NamedQuery]:
    """Every shipped named query by name."""
    out = {}
    folder = resources.files("kg") / "queries"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return out


def get(name: str) -> NamedQuery:
    try:
        return named_queries()[name]
    except KeyError:
        known = ", ".join(named_queries())
        raise QueryError(f"no named query {name!r}; the named queries are: {known}") from None


def bind(store: Store, query: NamedQuery, values: Mapping[str, str]) -> dict[str, Any]:
    """Turn ``name=value`` texts into RDF terms for the query's parameters.

    Raises :class:`~kg.errors.ParameterError` for a missing or unknown
    parameter, :class:`~kg.errors.DateError` for a bad date (or a ``since``
    after its ``until``) and :class:`~kg.errors.UnknownActorError` for a name
    that means no actor.
    """
    unknown = set(values) - {p.name for p in query.params}
    if unknown:
        raise ParameterError(
            f"{query.name} has no parameter {', '.join(sorted(unknown))}; "
            f"it takes: {', '.join(p.name for p in query.params) or 'none'}"
        )
    out: dict[str, Any] = {}
    for param in query.params:
        if param.name not in values:
            raise ParameterError(
                f"{query.name} needs --bind {param.name}=… ({param.type}"
                + (f", e.g. {param.name}={param.example!r})" if param.example else ")")
            )
        out[param.name] = to_value(store, param, values[param.name])
    if {"since", "until"} <= {p.name for p in query.params if p.type == "date"}:
        DateRange.parse(out["since"].toPython(), out["until"].toPython())  # refuses an empty range
    return out


def to_value(store: Store, param: Param, text: str) -> Any:
    """One parameter value as an RDF term."""
    if param.type == "date":
        # A year or month names a period: its first day, or its last for the end of a range.
        day = parse_date(text, end=param.name == "until", name=param.name)
        return Literal(day.isoformat(), datatype=XSD.date)
    if param.type == "integer":
        try:
            return Literal(int(text))
        except ValueError:
            raise ParameterError(f"{param.name}={text!r} is not a whole number") from None
    if param.type == "actor":
        return find_actor(store, text)
    return Literal(text)


def resolve(store: Store, name: str) -> Actor:
    """The actor ``name`` means among the stored actors and the gazetteer (:func:`kg.resolve.resolve_actor`).

    Raises :class:`~kg.errors.UnknownActorError` with the closest known names.
    """
    return resolve_actor(name, store.actors())


def find_actor(store: Store, name: str) -> URIRef:
    """The IRI of the actor ``name`` means (:func:`resolve`); a gazetteer actor not stored answers nothing."""
    return actor_iri(resolve(store, name).name)
