"""Data flows one way: no module of `kg` imports a module of its own layer or of a layer above it.

The layers, lowest first. A module may import only from layers below its own:
plain values and errors at the bottom; reading text and extracting statements;
the RDF they become; the store; the questions asked of it; the build; the one
library the doors share (:mod:`kg.operations`); and the three doors (the API,
the HTTP server, the CLI) on top. Every import counts, also one inside a
function or under ``TYPE_CHECKING``: a late import is still an edge of the graph.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"

LAYERS: tuple[tuple[str, ...], ...] = (
    # values, vocabularies, rules as data
    ("kg.types", "kg.errors", "kg.vocab", "kg.rules"),
    ("kg.dates", "kg.terms", "kg.binding", "kg.output", "kg.ontology"),
    # text → articles, parses, actors, events → statements
    ("kg.ingest", "kg.events", "kg.actors"),
    ("kg.nlp",),  # reads a headline with the names the gazetteer knows
    ("kg.extract",),
    # statements → RDF; names → actors
    ("kg.rdf",),
    ("kg.resolve", "kg.summary"),
    ("kg.store",),
    # what is asked of the statements and the store
    ("kg.queries", "kg.network", "kg.push"),
    ("kg.analysis", "kg.views", "kg.export_graph"),
    ("kg.report",),
    ("kg.formatting", "kg.extractors"),
    # the build
    ("kg.distributed",),
    ("kg.pipeline",),
    # the one library behind the three doors
    ("kg.operations",),
    # the doors: the Python API, the HTTP server (a package, by concern), the CLI
    ("kg.api", "kg.server.settings", "kg.server.protocol", "kg.server.policy", "kg.server.snapshots"),
    ("kg.server.formats",),
    ("kg.server.jobs",),
    ("kg.server.pool", "kg.server.cache", "kg.server.pages"),
    ("kg.server.app",),
    ("kg.server",),
    ("kg.cli", "kg", "kg.data.make_cameo_ttl"),
)

LAYER = {module: index for index, layer in enumerate(LAYERS) for module in layer}


def module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(KG.rglob("*.py"))}


def imported(path: Path) -> set[str]:
    """The `kg` modules a file imports, anywhere in it (``from . import x`` counts as ``kg.x``)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    known = set(modules())
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names if alias.name.split(".")[0] == "kg")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.split(".")[0] != "kg":
                continue
            submodules = {f"{target}.{alias.name}" for alias in node.names} & known
            out.update(submodules or {target})
    return out


def test_every_module_has_a_layer() -> None:
    assert set(modules()) - set(LAYER) == set(), "place new modules in LAYERS"
    assert set(LAYER) - set(modules()) == set(), "LAYERS names a module that does not exist"


@pytest.mark.parametrize("name", sorted(modules()))
def test_no_module_imports_its_own_layer_or_above(name: str) -> None:
    upward = sorted(
        f"{target} (layer {LAYER[target]})"
        for target in imported(modules()[name])
        if target in LAYER and target != name and LAYER[target] >= LAYER[name]
    )
    assert not upward, f"{name} (layer {LAYER[name]}) imports upward: {', '.join(upward)}"


def test_the_checker_sees_late_relative_and_package_imports() -> None:
    server = modules()["kg.server.jobs"]
    assert {"kg.operations", "kg.server.formats", "kg.errors"} <= imported(server)
    assert "kg.server.app" in imported(modules()["kg.server"])
    assert "kg.distributed" in imported(modules()["kg.pipeline"])  # a late import, inside make_extractor
    assert "kg.pipeline" not in imported(modules()["kg.distributed"])  # the old cycle


def test_the_rdf_step_does_not_look_actors_up_again() -> None:
    """An actor carries its affiliation as an actor: turning statements into RDF needs no gazetteer."""
    assert "kg.actors" not in imported(modules()["kg.rdf"])
    assert "kg.actors" not in imported(modules()["kg.store"])
