"""Which actor a user means: the one name resolver behind every door.

``kg view --actor``, ``graph.view(actor=…)``, ``/actor/NAME``, ``kg dyad A B``
and the ``actor`` parameters of the named queries all resolve a name here,
against the actors at hand (those of the store, or of a graph) and the
gazetteer. A name is, in this order:

1. an actor's IRI (``https://w3id.org/kg-ir/id/actor/China``);
2. an actor's canonical name, in any case (``china``);
3. an actor's code, in any case: an ISO 3166 alpha-3 code or an
   organisation's code (``CHN``, ``nato``);
4. anything the gazetteer reads as an actor: an alias, capital or seat of
   government, a demonym or an ISO alpha-2 code (``Beijing``, ``the Kremlin``,
   ``US``, ``CN``).

A name that is none of these raises :class:`~kg.errors.UnknownActorError`
listing the closest known names. Pure: no disk, no network.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .actors import Gazetteer
from .errors import UnknownActorError
from .rdf import actor_iri
from .types import Actor

__all__ = ["closest_names", "resolve_actor"]

#: How many names an unknown-actor error suggests.
SUGGESTIONS = 5


def resolve_actor(name: str, known: Iterable[Actor], *, gazetteer: Gazetteer | None = None) -> Actor:
    """The actor ``name`` means: one of ``known`` if it is there, else the gazetteer's.

    The gazetteer's actor is returned when ``known`` does not hold it (a state
    no stored article names: its questions have empty answers). Raises
    :class:`~kg.errors.UnknownActorError` with the closest names of ``known``
    and the gazetteer when the name means no actor at all.
    """
    gazetteer = gazetteer or Gazetteer.default()
    actors = list({actor.name: actor for actor in known}.values())
    text = name.strip()
    if text.startswith(("http://", "https://")):
        for actor in (*actors, *gazetteer.actors()):
            if str(actor_iri(actor.name)) == text:
                return actor
        raise UnknownActorError(name, where=": no actor has this IRI")
    by_name: dict[str, Actor] = {}
    for actor in actors:
        by_name.setdefault(actor.name.casefold(), actor)
        by_name.setdefault(_key(actor.name), actor)
    if (actor := by_name.get(text.casefold()) or by_name.get(_key(text))) is not None:
        return actor
    for actor in actors:
        if actor.code and actor.code.casefold() == _key(text):
            return actor
    found = gazetteer.lookup(text)
    if found is None and len(text) in (2, 3) and text.isalpha():
        found = gazetteer.country(text)
    if found is not None:
        return by_name.get(found.name.casefold(), found)
    names = [actor.name for actor in actors] + [actor.name for actor in gazetteer.actors()]
    raise UnknownActorError(name, suggestions=closest_names(text, names))


def _key(name: str) -> str:
    """A name as compared: case and runs of blanks do not count."""
    return " ".join(name.split()).casefold()


def closest_names(name: str, names: Iterable[str], *, n: int = SUGGESTIONS) -> tuple[str, ...]:
    """Up to ``n`` of ``names`` like ``name``: similar spellings, then names holding it as a word."""
    by_folded: dict[str, str] = {}
    for candidate in names:
        by_folded.setdefault(_key(candidate), candidate)
    wanted = _key(name)
    close = difflib.get_close_matches(wanted, list(by_folded), n=n, cutoff=0.6)
    if wanted:
        close += [key for key in by_folded if key not in close and wanted in key.split()]
    return tuple(by_folded[key] for key in close[:n])
