"""Binding query variables to RDF terms without pasting user text into a query.

:func:`bind` writes each bound variable's term (serialised by pyoxigraph, so
escaped N-Triples syntax that no value can break out of) in place of the
variable inside the query's WHERE group, as someone writing the query by hand
would. The optimiser then sees constants: Oxigraph looks the bound actor up in
its indexes instead of scanning every statement, and a date range is compared
against constants. A variable that the query also uses outside its WHERE group
(the projection, ``GROUP BY``, ``ORDER BY``) keeps its value there through a
``BIND`` at the end of the group.

A variable the query assigns itself (``AS ?x``) cannot be bound at all.
Some places cannot hold a term: ``BOUND(?x)``, the projection of a sub-query,
``GROUP BY`` / ``ORDER BY`` inside the group, a ``VALUES`` header. A variable
used there is bound by a ``VALUES`` block at the start of the WHERE group
instead (:func:`values_block`), which gives the same answers for the usual
shapes of query.

The query text is read by a small tokenizer that knows SPARQL's strings, IRIs
and comments, so ``"?name"`` in a string or ``<http://x/?name>`` is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .errors import QueryError

_VAR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_TOKEN = re.compile(
    r"""
    (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      | '''(?:[^'\\]|\\.|'(?!''))*'''
      | "(?:[^"\\\n\r]|\\.)*"
      | '(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\ufffd]+)
    | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z0-9_\-.]*)?)
    | (?P<open>\{)
    | (?P<close>\})
    """,
    re.VERBOSE | re.DOTALL,
)

#: Words after which, up to the next brace, a variable is a name, not a value.
_NAMING = {"SELECT", "GROUP", "ORDER", "VALUES"}


def bind(sparql: str, terms: Mapping[str, Any]) -> str:
    """The query with the variables of ``terms`` bound to their terms.

    ``terms`` maps variable names (without ``?``) to pyoxigraph terms (or
    anything whose ``str()`` is a term in N-Triples syntax).
    """
    if not terms:
        return sparql
    for name in terms:
        if not _VAR_NAME.fullmatch(name):
            raise QueryError(f"not a variable name: {name!r}")
    tokens = list(_TOKEN.finditer(sparql))
    start, end = _where_group(sparql, tokens)
    inside: dict[str, list[re.Match[str]]] = {name: [] for name in terms}
    outside: set[str] = set()
    unsafe: set[str] = set()
    naming = False
    previous = ""
    for token in tokens:
        kind = token.lastgroup
        if kind in ("open", "close"):
            naming = False
        elif kind == "word":
            word = token.group().upper()
            if word in _NAMING:
                naming = True
        elif kind == "var":
            name = token.group()[1:]
            if name in terms:
                if not start < token.start() < end:
                    outside.add(name)
                elif previous == "AS":
                    raise QueryError(
                        f"?{name} is assigned by the query itself (AS ?{name}): it cannot be bound"
                    )
                elif naming or previous == "BOUND":
                    unsafe.add(name)
                else:
                    inside[name].append(token)
        if kind != "comment":
            previous = token.group().upper() if kind == "word" else kind or ""
    edits: list[tuple[int, int, str]] = []
    for name, found in inside.items():
        if name in unsafe:
            continue
        edits.extend((t.start(), t.end(), str(terms[name])) for t in found)
    tail = [f"BIND({terms[n]} AS ?{n})" for n in terms if n in outside and n not in unsafe]
    if tail:
        edits.append((end, end, "\n  " + " ".join(tail) + "\n"))
    head = {n: terms[n] for n in terms if n in unsafe}
    if head:
        edits.append((start + 1, start + 1, " " + values_block(head) + " "))
    out = sparql
    for begin, finish, text in sorted(edits, key=lambda e: e[0], reverse=True):
        out = out[:begin] + text + out[finish:]
    return out


def values_block(terms: Mapping[str, Any]) -> str:
    """``VALUES ?a { term } VALUES ?b { term }`` for the given terms."""
    return " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in terms.items())


def _where_group(sparql: str, tokens: list[re.Match[str]]) -> tuple[int, int]:
    """Offsets of the opening and closing braces of the query's WHERE group."""
    depth = 0
    start = -1
    after_where = False
    form = ""
    for token in tokens:
        kind = token.lastgroup
        if kind == "word" and depth == 0:
            word = token.group().upper()
            if word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE") and not form:
                form = word
            elif word == "WHERE":
                after_where = True
        elif kind == "open":
            if depth == 0 and start < 0 and (after_where or (form and form != "CONSTRUCT")):
                start = token.start()
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth == 0 and start >= 0:
                return start, token.start()
            if depth < 0:
                break
    raise QueryError("cannot bind parameters: the query has no WHERE group")
