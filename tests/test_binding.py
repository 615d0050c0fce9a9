"""Binding variables to terms: written in where they can be, a VALUES block where they cannot."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import queries
from kg.binding import bind
from kg.errors import QueryError
from kg.store import PREFIXES, Store, plain

NATO = ox.NamedNode("https://w3id.org/kg-ir/id/actor/NATO")
SNEAKY = ox.Literal('x" } ; DROP ALL ; SELECT * { "')


def test_a_variable_in_the_where_group_is_replaced_by_its_term() -> None:
    out = bind("SELECT ?s WHERE { ?s kg:object ?target . ?s kg:subject ?x }", {"target": NATO})
    assert out == f"SELECT ?s WHERE {{ ?s kg:object {NATO} . ?s kg:subject ?x }}"


def test_a_projected_variable_keeps_its_value_through_a_bind_at_the_end() -> None:
    out = bind("SELECT ?target ?s WHERE { ?s kg:object ?target } ORDER BY ?target", {"target": NATO})
    assert out.startswith("SELECT ?target ?s WHERE {")
    assert f"?s kg:object {NATO}" in out
    assert out.rstrip().endswith(f"BIND({NATO} AS ?target)\n}} ORDER BY ?target")


def test_strings_iris_and_comments_are_left_alone() -> None:
    text = (
        'SELECT ?s WHERE {\n  # ?target in a comment\n  ?s kg:relation "?target" ; '
        "kg:url <http://example.org/?target> ; kg:object ?target .\n}"
    )
    out = bind(text, {"target": NATO})
    assert "# ?target in a comment" in out
    assert '"?target"' in out and "<http://example.org/?target>" in out
    assert f"kg:object {NATO} ." in out


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?s WHERE { OPTIONAL { ?s kg:object ?target } FILTER(BOUND(?target)) }",
        "SELECT ?s WHERE { { SELECT ?s ?target WHERE { ?s kg:object ?target } } }",
        "SELECT ?s WHERE { { SELECT ?s WHERE { ?s kg:object ?target } ORDER BY ?target } }",
    ],
)
def test_where_a_term_cannot_stand_a_values_block_binds_instead(text: str) -> None:
    out = bind(text, {"target": NATO})
    assert f"VALUES ?target {{ {NATO} }}" in out
    assert out.count(str(NATO)) == 1  # not also written in
    ox.Store().query(out, prefixes=PREFIXES)  # and the result still parses


def test_forms_without_where_keyword_and_construct_templates() -> None:
    assert bind("ASK { ?s kg:object ?t }", {"t": NATO}) == f"ASK {{ ?s kg:object {NATO} }}"
    out = bind("CONSTRUCT { ?s kg:object ?t } WHERE { ?s kg:object ?t }", {"t": NATO})
    template, _, body = out.partition("WHERE")
    assert "?t" in template and str(NATO) in body  # the template keeps the variable, set by BIND
    assert f"BIND({NATO} AS ?t)" in body


def test_a_value_cannot_change_the_query() -> None:
    out = bind("SELECT ?s WHERE { ?s kg:relation ?r }", {"r": SNEAKY})
    result = ox.Store().query(out, prefixes=PREFIXES)
    assert [v.value for v in result.variables] == ["s"]
    assert str(SNEAKY) in out


def test_bad_names_and_queries_without_a_group_are_refused() -> None:
    with pytest.raises(QueryError, match="not a variable name"):
        bind("SELECT ?s WHERE { ?s ?p ?o }", {"o } DROP ALL {": NATO})
    with pytest.raises(QueryError, match="assigned by the query itself"):
        bind("SELECT ?s WHERE { ?s kg:object ?x . BIND(?x AS ?target) }", {"target": NATO})
    with pytest.raises(QueryError, match="no WHERE group"):
        bind("DESCRIBE ?x", {"x": NATO})


@pytest.mark.slow
def test_every_named_query_answers_the_same_bound_either_way(demo_store: Path) -> None:
    """Terms written in give the answers a VALUES block at the start of the group gives."""
    answered = 0
    with Store(demo_store) as store:
        for named in queries.named_queries().values():
            terms = queries.bind(store, named, {p.name: p.example for p in named.params if p.example})
            if not terms:
                continue
            values = {name: store_term(term) for name, term in terms.items()}
            block = " ".join(f"VALUES ?{n} {{ {t} }}" for n, t in values.items())
            head, brace, rest = named.sparql.partition("WHERE {")
            with_values = f"{head}{brace} {block} {rest}"
            expected = store.query(with_values)
            got = store.query(named.sparql, bindings=terms)
            assert got.variables == expected.variables, named.name
            assert rows(got) == rows(expected), named.name
            answered += bool(got.rows)
    assert answered >= 4


def store_term(term: object) -> object:
    from kg.store import _ox

    return _ox(term)


def rows(result) -> list[tuple]:
    return sorted(tuple(map(str, map(plain, row))) for row in result.rows)
