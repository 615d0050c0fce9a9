"""Binding variables to terms: written in where they can be, a VALUES block where they cannot."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import queries
from kg.binding import bind
from kg.errors import QueryError
from kg.store import PREFIXES, Store, plain

NATO = ox.NamedNode("https://w3id.org/kg-ir/id/actor/NATO")
SNEAKY = ox.Literal('x" } ; DROP ALL ; SELECT * { "')


def test_an_iri_is_written_into_patterns_and_bound_by_values_at_the_start_of_the_group() -> None:
    out = bind("SELECT ?s WHERE { ?s kg:object ?target . ?s kg:subject ?x }", {"target": NATO})
    values = f"VALUES ?target {{ {NATO} }}"
    assert out == f"SELECT ?s WHERE {{ {values}  ?s kg:object {NATO} . ?s kg:subject ?x }}"
    everywhere = bind(
        "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } OPTIONAL { ?o kg:q ?p } }", {"p": NATO, "g": NATO}
    )
    assert everywhere.count(str(NATO)) == 5 and "?p" not in everywhere.replace("VALUES ?p", "")
    result = ox.Store().query(everywhere, prefixes=PREFIXES)
    assert {v.value for v in result.variables} == {"g", "p", "s", "o"}  # SELECT * still shows them


def test_a_literal_in_patterns_stays_a_variable_bound_by_values() -> None:
    label = ox.Literal("NATO")
    out = bind("SELECT ?x WHERE { ?x rdfs:label ?l }", {"l": label})
    assert out == f"SELECT ?x WHERE {{ VALUES ?l {{ {label} }}  ?x rdfs:label ?l }}"


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?s WHERE { ?s kg:object ?o MINUS { ?o kg:member ?target } }",
        "SELECT ?s WHERE { ?s kg:object ?o { SELECT ?o WHERE { ?o kg:member ?target } } }",
        "SELECT ?s WHERE { ?s kg:object ?o MINUS { { ?o kg:member ?target } UNION { ?o kg:x ?target } } }",
    ],
)
def test_sub_queries_and_minus_keep_their_own_variables(text: str) -> None:
    out = bind(text, {"target": NATO})
    assert str(NATO) not in out.replace(f"VALUES ?target {{ {NATO} }}", "")
    ox.Store().query(out, prefixes=PREFIXES)


EX = "http://example.org/"
SHAPES = [
    "SELECT ?s ?t ?n WHERE { GRAPH ?g { ?s ex:p ?t } OPTIONAL { GRAPH ?g { ?s ex:p ?n FILTER(?n != ?t) } } }",
    "SELECT ?s ?t WHERE { GRAPH ?g { ?s ex:p ?o } MINUS { GRAPH ?g { ?s ex:m ?t } } }",
    "SELECT ?s ?t WHERE { GRAPH ?g { ?s ex:p ?o } { SELECT ?s WHERE { GRAPH ?g { ?s ex:m ?t } } } }",
    "SELECT * WHERE { GRAPH ?g { ?s ex:p ?t } }",
    "SELECT ?s ?t WHERE { { ?s ex:p ?t } UNION { ?t ex:m ?s } FILTER(?s != ?t) }",
    "SELECT ?s ?t WHERE { ?s ex:p|ex:m ?t . FILTER NOT EXISTS { ?s ex:m ?t } }",
    "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s ?t ?o } GROUP BY ?t",
]


@pytest.mark.parametrize("text", SHAPES)
def test_answers_are_those_of_sep_0007_substitution(text: str) -> None:
    """pyoxigraph's own ``substitutions`` (SPARQL-dev SEP-0007) is the reference for every shape."""
    store = ox.Store()
    x, y, p, m = (ox.NamedNode(EX + n) for n in "xypm")
    for s_, p_, o_ in ((x, p, NATO), (y, p, NATO), (x, p, y), (y, m, NATO), (NATO, m, x)):
        store.add(ox.Quad(s_, p_, o_, ox.NamedNode(EX + "g")))
    term = m if "?s ?t ?o" in text else NATO
    options = {"prefixes": {"ex": EX}, "use_default_graph_as_union": True}
    got = sorted(map(str, store.query(bind(text, {"t": term}), **options)))
    expected = sorted(map(str, store.query(text, substitutions={ox.Variable("t"): term}, **options)))
    assert got == expected and got


def test_a_variable_in_expressions_is_replaced_by_its_term() -> None:
    since = ox.Literal("2022-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
    out = bind("SELECT ?d WHERE { ?a kg:date ?d . FILTER(?d >= ?since) }", {"since": since})
    assert out == f"SELECT ?d WHERE {{ ?a kg:date ?d . FILTER(?d >= {since}) }}"
    both = bind("SELECT ?s WHERE { ?s kg:object ?t . FILTER(?t != kg:x) }", {"t": NATO})
    assert f"VALUES ?t {{ {NATO} }}" in both and f"FILTER({NATO} != kg:x)" in both
    exists = bind("SELECT ?s WHERE { ?s a kg:Statement FILTER(EXISTS { ?s kg:object ?t }) }", {"t": NATO})
    assert f"EXISTS {{ ?s kg:object {NATO} }}" in exists and "VALUES" not in exists


def test_a_projected_variable_is_bound_in_the_answer() -> None:
    since = ox.Literal("x")
    out = bind("SELECT ?v WHERE { FILTER(?v = ?v) } ORDER BY ?v", {"v": since})
    assert f"VALUES ?v {{ {since} }}" in out and f"FILTER({since} = {since})" in out
    result = ox.Store().query(out)
    assert [row["v"] for row in result] == [since]


def test_strings_iris_and_comments_are_left_alone() -> None:
    text = (
        'SELECT ?s WHERE {\n  # FILTER(?target) in a comment\n  ?s kg:relation "(?target)" ; '
        "kg:url <http://example.org/?target> ; kg:object ?s2 . FILTER(?s2 = ?target)\n}"
    )
    out = bind(text, {"target": NATO})
    assert "# FILTER(?target) in a comment" in out
    assert '"(?target)"' in out and "<http://example.org/?target>" in out
    assert f"FILTER(?s2 = {NATO})" in out and "VALUES" not in out


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?s WHERE { OPTIONAL { ?s kg:object ?o } FILTER(BOUND(?target) || ?o = ?target) }",
        "SELECT ?s WHERE { { SELECT ?s (STR(?target) AS ?t) WHERE { ?s kg:object ?o } } }",
        "SELECT ?s WHERE { { SELECT ?s WHERE { ?s kg:object ?o } ORDER BY (?target) } }",
    ],
)
def test_where_a_term_cannot_stand_a_values_block_binds_instead(text: str) -> None:
    out = bind(text, {"target": NATO})
    assert f"VALUES ?target {{ {NATO} }}" in out
    assert "?target" in out.replace("VALUES ?target", "")  # still a variable where a term cannot stand
    ox.Store().query(out, prefixes=PREFIXES)  # and the result still parses


def test_forms_without_where_keyword_and_construct_templates() -> None:
    asked = bind("ASK { ?s kg:object ?t }", {"t": NATO})
    assert asked == f"ASK {{ VALUES ?t {{ {NATO} }}  ?s kg:object {NATO} }}"
    out = bind("CONSTRUCT { ?s kg:object ?t } WHERE { ?s kg:object ?t }", {"t": NATO})
    template, _, body = out.partition("WHERE")
    assert "VALUES" not in template and "?t" in template and f"VALUES ?t {{ {NATO} }}" in body
    graph = ox.Store().query(out, prefixes=PREFIXES)
    assert list(graph) == []


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
def test_every_named_query_answers_as_if_written_by_hand(demo_store: Path) -> None:
    """The answers equal those of the query with every parameter written in as its term."""
    answered = 0
    with Store(demo_store) as store:
        for named in queries.named_queries().values():
            terms = queries.bind(store, named, {p.name: p.example for p in named.params if p.example})
            if not terms:
                continue
            by_hand = named.sparql
            for name, term in terms.items():
                assert not re.search(rf"SELECT[^{{]*\?{name}\b", by_hand), "a parameter is never projected"
                written = str(store_term(term))
                by_hand = re.sub(rf"\?{name}\b", lambda _m, t=written: t, by_hand)
            expected = store.query(by_hand)
            got = store.query(named.sparql, bindings=terms)
            assert got.variables == expected.variables, named.name
            assert rows(got) == rows(expected), named.name
            answered += bool(got.rows)
    assert answered >= 4


def store_term(term: object) -> object:
    from kg.terms import to_ox

    return to_ox(term)


def rows(result) -> list[tuple]:
    return sorted(tuple(map(str, map(plain, row))) for row in result.rows)
