"""Refusing what would reach outside the store: SERVICE, LOAD, and FROM naming other hosts' graphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kg.errors import QueryError
from kg.store import PREFIXES

# Words that a query must contain for it to need the full check below. A SPARQL
# keyword is spelt out in the text (Oxigraph reads \u escapes only inside IRIs
# and strings), so a query without these letters cannot hold SERVICE, LOAD or
# FROM; most queries skip the slow rdflib parse this way.
_GATE = re.compile(r"service|load|from", re.IGNORECASE)
# A whole line that is a comment without quotes: dropping it cannot change what
# is code, even if it sits inside a long string (it holds no quote to end one).
_QUOTELESS_COMMENT_LINE = re.compile(r"^[ \t]*#[^\"'\r\n]*$", re.MULTILINE)
# rdflib expands \u escapes everywhere before parsing, Oxigraph only in strings
# and IRIs: an escape that makes a delimiter could make the two read the query
# differently, so such queries are refused when they need the check.
_DELIMITER_ESCAPE = re.compile(
    r"\\u(0022|0027|003[cCeE]|0023|007[bBdD]|005[cC])|\\U0000(0022|0027|003[cCeE]|0023|007[bBdD]|005[cC])"
)


@dataclass(frozen=True)
class DatasetClause:
    """The graphs a query's ``FROM`` (default) and ``FROM NAMED`` (named) clauses give."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()


def _needs_check(sparql: str) -> bool:
    return bool(_GATE.search(_QUOTELESS_COMMENT_LINE.sub("", sparql)))


def _parse_failure(e: Exception) -> QueryError:
    return QueryError(f"SPARQL syntax error: {e}")


def _walk(node: Any, seen: set[int] | None = None) -> Iterator[Any]:
    """Every value inside an rdflib algebra or parse tree, depth first."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value, seen)
    elif isinstance(node, list | tuple) or hasattr(node, "asList"):  # asList: pyparsing's ParseResults
        for value in node:
            yield from _walk(value, seen)


def _refuse_service(tree: Any) -> None:
    for node in _walk(tree):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise QueryError(
                "SERVICE is refused: this endpoint never sends a request to another host "
                "(federated queries are disabled)"
            )
        if name == "Load":
            raise QueryError("LOAD is refused: this endpoint never fetches data from another host")


def _checked_algebra(sparql: str, kind: str) -> Any:
    """The rdflib algebra of ``sparql``, a ``kind`` ("query" or "update"), once it passed the check.

    The steps :func:`check_query` and :func:`check_update` share: ``None`` when
    ``sparql`` needs no check; otherwise parsed and translated by rdflib's
    parser for ``kind``, and refused when it has ``SERVICE`` or ``LOAD``, an
    escape that makes a delimiter, or a syntax rdflib cannot parse. Raises
    :class:`~kg.errors.QueryError`.
    """
    if not _needs_check(sparql):
        return None
    if _DELIMITER_ESCAPE.search(sparql):
        mentions = (
            "a query that mentions SERVICE, LOAD or FROM"
            if kind == "query"
            else "an update that mentions SERVICE or LOAD"
        )
        raise QueryError(f"a \\u escape of a quote, bracket or # is refused in {mentions}")
    from rdflib.plugins.sparql import algebra, parser

    if kind == "query":
        parse, translate = parser.parseQuery, algebra.translateQuery
    else:
        parse, translate = parser.parseUpdate, algebra.translateUpdate
    try:
        parsed = parse(sparql)
        _refuse_service(parsed)
        translated = translate(parsed, initNs=PREFIXES)
    except QueryError:
        raise
    except Exception as e:  # rdflib raises plain Exception, ParseException, … : refuse what cannot be checked
        raise _parse_failure(e) from e
    _refuse_service(translated.algebra)
    return translated.algebra


def check_query(sparql: str) -> DatasetClause | None:
    """Refuse a query with ``SERVICE``; the graphs of its dataset clause, if it has one.

    Oxigraph would run ``SERVICE`` (it sends an HTTP request to any IRI), so a
    query that might contain it is parsed by rdflib's SPARQL parser, which
    reads keywords only where the grammar has them (not in strings, IRIs or
    comments). A query rdflib cannot parse is refused when it needed the
    check. Raises :class:`~kg.errors.QueryError`.
    """
    algebra = _checked_algebra(sparql, "query")
    if algebra is None:
        return None
    # CompValue.get returns the key itself for a missing key: use the plain dict's get
    clauses = dict.get(algebra, "datasetClause") or ()
    default = tuple(str(c["default"]) for c in clauses if "default" in c)
    named = tuple(str(c["named"]) for c in clauses if "named" in c)
    return DatasetClause(default, named) if default or named else None


def check_update(sparql: str) -> None:
    """Refuse an update with ``LOAD`` or ``SERVICE`` (see :func:`check_query`)."""
    _checked_algebra(sparql, "update")
