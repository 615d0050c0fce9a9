"""Answers as text: the one formatter of the CLI and the Python API.

:func:`format_result` writes what a query gives (rows, a boolean, a graph) and
:func:`format_tables` the tables of :mod:`kg.report` (``kg analyze``,
``kg dyad``), in the same formats and by the same rules:

* ``table``: rich tables for reading;
* ``csv`` and ``tsv``: a header row, then one row per answer; several tables
  come as sections headed by ``# name``;
* ``json``: a list of objects, one per row, with numbers and booleans as JSON
  numbers and booleans.

In ``table``, ``csv`` and ``tsv`` a missing value is empty, a boolean is
``true`` or ``false`` (as in SPARQL) and a list is joined by ``"; "``. A graph
(CONSTRUCT, DESCRIBE) is always Turtle. Every function returns the exact text
the CLI prints, so that ``graph.formatted(…)`` and ``kg query`` agree byte for
byte. Pure: nothing is printed here.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from .errors import QueryError

if TYPE_CHECKING:
    from .report import Table
    from .store import Rows

#: The formats of :func:`format_result`.
RESULT_FORMATS = ("table", "csv", "tsv", "json")

#: The formats of :func:`format_tables`.
TABLE_FORMATS = ("table", "csv")


def format_result(
    result: Rows | Graph, fmt: str = "table", *, width: int | None = None, color: bool = False
) -> str:
    """A query's answer in ``fmt`` (see the module's docstring).

    ``width`` is a table's width in characters (None: 80, or ``$COLUMNS``);
    ``color`` styles a table with terminal escape codes.
    """
    from .store import plain

    if fmt not in RESULT_FORMATS:
        raise QueryError(f"answers come as {', '.join(RESULT_FORMATS)}, not {fmt!r}")
    if isinstance(result, Graph):
        return result.serialize(format="turtle") + "\n"
    if result.boolean is not None:
        return (json.dumps({"boolean": result.boolean}) if fmt == "json" else _text(result.boolean)) + "\n"
    if fmt == "json":
        return to_json(result.dicts())
    rows = [[plain(term) for term in row] for row in result.rows]
    if fmt in ("csv", "tsv"):
        return _delimited(result.variables, rows, delimiter="," if fmt == "csv" else "\t")
    from rich.table import Table as RichTable

    table = RichTable(caption=f"{len(rows)} rows")
    for name in result.variables:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_text(value) for value in row))
    return _render([table], width=width, color=color)


def format_tables(
    tables: Sequence[Table], fmt: str = "table", *, width: int | None = None, color: bool = False
) -> str:
    """Tables of :mod:`kg.report` in ``fmt`` (``table`` or ``csv``); ``width`` and ``color`` as above."""
    if fmt not in TABLE_FORMATS:
        raise QueryError(f"tables come as {', '.join(TABLE_FORMATS)}, not {fmt!r}")
    if fmt == "csv":
        sections = []
        for table in tables:
            heading = f"# {table.name}\n" if len(tables) > 1 else ""
            sections.append(heading + _delimited(table.columns, table.rows, delimiter=","))
        return "\n".join(sections)
    from rich.table import Table as RichTable

    shown = []
    for table in tables:
        rows = len(table.rows)
        out = RichTable(title=table.title, caption=f"{rows} row{'' if rows == 1 else 's'}")
        for i, column in enumerate(table.columns):
            numeric = table.numeric(i)
            out.add_column(column, justify="right" if numeric else "left", overflow="fold", no_wrap=numeric)
        for row in table.shown():
            out.add_row(*row)
        shown.append(out)
    return _render(shown, width=width, color=color)


def to_json(value: Any) -> str:
    """Plain data as the JSON the CLI prints: UTF-8 text kept as it is, indented by one."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def _text(value: Any) -> str:
    """One value in a table, CSV or TSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return "; ".join(_text(item) for item in value)
    return str(value)


def _delimited(header: Sequence[str], rows: Sequence[Sequence[Any]], *, delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_text(value) for value in row] for row in rows)
    return buffer.getvalue()


def _render(renderables: Sequence[Any], *, width: int | None, color: bool) -> str:
    """Rich renderables as text ``width`` characters wide, styled with escape codes only with ``color``."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        soft_wrap=False,
    )
    for renderable in renderables:
        console.print(renderable)
    return buffer.getvalue()
