"""Statements → graph files for Gephi, Cytoscape and spreadsheets: GraphML, GEXF, CSV.

GraphML and GEXF hold :func:`kg.network.to_networkx`'s graph: one node per
actor, one edge per statement, every attribute a string, number or boolean.
CSV holds one row per statement (and, with :func:`write_nodes_csv`, one row per
actor). Every file is written atomically: a temporary file beside the target,
renamed over it when complete.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import networkx as nx

from kg.errors import ExportError
from kg.network import to_networkx
from kg.output import atomic_path
from kg.types import Actor, Statement

#: The columns of :func:`write_csv`, in order.
STATEMENT_COLUMNS: tuple[str, ...] = (
    "subject",
    "subject_type",
    "subject_code",
    "subject_affiliation",
    "subject_role",
    "relation",
    "object",
    "object_type",
    "object_code",
    "object_affiliation",
    "object_role",
    "cameo",
    "root",
    "event",
    "quad_class",
    "goldstein",
    "negated",
    "hypothetical",
    "source",
    "sentence",
    "sentence_start",
    "sentence_end",
    "article",
    "title",
    "date",
)

#: The columns of :func:`write_nodes_csv`, in order.
NODE_COLUMNS: tuple[str, ...] = ("name", "type", "code", "affiliation", "role", "statements")

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Characters XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

PathLike = str | os.PathLike[str]


def write_graphml(path: PathLike, statements: Iterable[Statement]) -> Path:
    """Write the statements as GraphML (one edge per statement); return the path."""
    graph = _xml_safe(to_networkx(statements))
    with atomic_path(path) as tmp:
        _write_with(nx.write_graphml, graph, tmp, "GraphML")
    return Path(path)


def write_gexf(path: PathLike, statements: Iterable[Statement]) -> Path:
    """Write the statements as GEXF 1.2 for Gephi (one edge per statement); return the path."""
    graph = _xml_safe(to_networkx(statements))
    with atomic_path(path) as tmp:
        _write_with(nx.write_gexf, graph, tmp, "GEXF")
    return Path(path)


def xml_text(text: str) -> str:
    """``text`` with each character XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose node names and string attributes XML can hold."""

    def clean(attrs: dict[str, object]) -> dict[str, object]:
        return {key: xml_text(value) if isinstance(value, str) else value for key, value in attrs.items()}

    safe = nx.MultiDiGraph(**clean(graph.graph))
    safe.add_nodes_from((xml_text(str(node)), clean(attrs)) for node, attrs in graph.nodes(data=True))
    safe.add_edges_from(
        (xml_text(str(u)), xml_text(str(v)), key, clean(attrs))
        for u, v, key, attrs in graph.edges(keys=True, data=True)
    )
    return safe


def _write_with(writer, graph: nx.MultiDiGraph, tmp: Path, name: str) -> None:
    """Run a networkx writer, turning its refusals into :class:`ExportError`."""
    try:
        writer(graph, tmp)
    except (nx.NetworkXError, TypeError, ValueError) as e:
        raise ExportError(f"cannot write the graph as {name}: {e}") from e


def spreadsheet_safe(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _actor_cells(actor: Actor) -> list[str]:
    affiliation = actor.affiliation.name if actor.affiliation else ""
    return [actor.name, str(actor.type), actor.code or "", affiliation, actor.role or ""]


def statement_row(stmt: Statement) -> list[object]:
    """The :data:`STATEMENT_COLUMNS` of one statement."""
    return [
        *_actor_cells(stmt.subject),
        stmt.relation,
        *_actor_cells(stmt.object),
        stmt.event.code,
        stmt.event.root,
        stmt.event.name,
        stmt.event.quad_class,
        stmt.event.goldstein,
        stmt.negated,
        stmt.hypothetical,
        stmt.source.name if stmt.source else "",
        stmt.sentence,
        stmt.start,
        stmt.end,
        stmt.article_id,
        stmt.article_title or "",
        stmt.date or "",
    ]


def _write_rows(path: PathLike, header: Sequence[str], rows: Iterable[Sequence[object]], safe: bool) -> Path:
    """Write a CSV file (UTF-8, header first) atomically."""
    # errors="replace": a lone surrogate in article text becomes "?" rather than an error.
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", errors="replace", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(
                [spreadsheet_safe(cell) if safe and isinstance(cell, str) else cell for cell in row]
            )
    return Path(path)


def write_csv(path: PathLike, statements: Iterable[Statement], *, spreadsheet: bool = True) -> Path:
    """Write one row per statement with every field (:data:`STATEMENT_COLUMNS`); return the path.

    Text is untrusted article content: with ``spreadsheet`` (the default) a text
    cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` …)
    gets a leading ``'``. Numbers and booleans are written as they are.
    """
    return _write_rows(path, STATEMENT_COLUMNS, (statement_row(stmt) for stmt in statements), spreadsheet)


def write_nodes_csv(path: PathLike, statements: Iterable[Statement], *, spreadsheet: bool = True) -> Path:
    """Write one row per actor (:data:`NODE_COLUMNS`, most statements first); return the path."""
    graph = to_networkx(statements)
    ranked = sorted(graph.nodes(data=True), key=lambda item: (-item[1]["statements"], str(item[0])))
    rows = ([node, *(attrs[column] for column in NODE_COLUMNS[1:])] for node, attrs in ranked)
    return _write_rows(path, NODE_COLUMNS, rows, spreadsheet)
