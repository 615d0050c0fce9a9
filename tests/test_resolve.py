"""The one actor resolver: name, alias, code or IRI → the actor; unknown → the closest known names."""

from __future__ import annotations

import pytest

from kg.errors import QueryError, UnknownActorError
from kg.network import find_actor, to_networkx
from kg.rdf import actor_iri
from kg.resolve import closest_names, resolve_actor
from kg.types import Actor, ActorType

from .conftest import CHINA, NATO, RUSSIA, UKRAINE, ZHAO, make_statement

KNOWN = (CHINA, RUSSIA, UKRAINE, NATO, ZHAO, Actor("Back  and   forth", ActorType.GROUP))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("China", CHINA),
        ("cHINA", CHINA),  # any case
        ("  Russia ", RUSSIA),
        ("CHN", CHINA),  # ISO 3166 alpha-3
        ("chn", CHINA),
        ("CN", CHINA),  # alpha-2, through the gazetteer
        ("nato", NATO),  # an organisation's code
        ("Beijing", CHINA),  # a capital
        ("the Kremlin", RUSSIA),  # a seat of government
        ("Chinese", CHINA),  # a demonym
        ("People's Republic of China", CHINA),  # an alternative name
        ("North Atlantic Treaty Organization", NATO),
        ("zhao lijian", ZHAO),  # a person, by name
        (str(actor_iri("Zhao Lijian")), ZHAO),  # an IRI
        ("back and forth", KNOWN[-1]),  # blanks do not count
    ],
)
def test_a_name_alias_code_or_iri_means_the_known_actor(name: str, expected: Actor) -> None:
    assert resolve_actor(name, KNOWN) == expected


def test_a_gazetteer_actor_that_is_not_known_here_is_still_an_actor() -> None:
    france = resolve_actor("Paris", KNOWN)
    assert (france.name, france.type, france.code) == ("France", ActorType.COUNTRY, "FRA")
    assert resolve_actor(str(actor_iri("France")), KNOWN) == france


def test_an_unknown_name_is_an_error_naming_the_closest_known_names() -> None:
    with pytest.raises(UnknownActorError) as caught:
        resolve_actor("Rusia", KNOWN)
    error = caught.value
    assert isinstance(error, QueryError) and error.name == "Rusia"
    assert error.suggestions[0] == "Russia"
    assert str(error).startswith("no actor 'Rusia'; the closest known names are: Russia")
    with pytest.raises(UnknownActorError, match="the closest known names are: Zhao Lijian"):
        resolve_actor("Zhao", KNOWN)  # a word of a longer name
    with pytest.raises(UnknownActorError, match="no actor has this IRI"):
        resolve_actor("https://w3id.org/kg-ir/id/actor/Atlantis", KNOWN)
    with pytest.raises(UnknownActorError) as nothing:
        resolve_actor("Xyzzy Qwerty", KNOWN)
    assert nothing.value.suggestions == () and str(nothing.value) == "no actor 'Xyzzy Qwerty'"


def test_closest_names_prefer_similar_spellings_and_keep_the_names_as_written() -> None:
    assert closest_names("ukrain", ["Ukraine", "United Kingdom", "Uganda"]) == ("Ukraine",)
    assert closest_names("lijian", ["Zhao Lijian", "China"]) == ("Zhao Lijian",)
    assert len(closest_names("a", [f"a{i}" for i in range(20)])) <= 5


def test_a_graph_resolves_names_the_same_way_and_refuses_actors_it_does_not_hold() -> None:
    graph = to_networkx([make_statement(CHINA, "accuse", NATO), make_statement(ZHAO, "accuse", RUSSIA)])
    for name in ("Beijing", "CHN", "cn", str(actor_iri("China"))):
        assert find_actor(graph, name) == resolve_actor(name, KNOWN).name == "China"
    with pytest.raises(UnknownActorError, match="no actor 'Kyiv': Ukraine has no statements in the graph"):
        find_actor(graph, "Kyiv")
