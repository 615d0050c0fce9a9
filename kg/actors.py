"""Actor resolution: the text of a mention → a normalised `Actor`.

Two layers, both pure (no spaCy, no I/O except reading the packaged gazetteer once):

* `Gazetteer` holds what is true of every article: states with their aliases,
  capitals, seats of government and demonyms; international organisations and
  armed groups; the words for government bodies and role titles. Everything is
  indexed into plain dicts when the data is loaded, so `Gazetteer.lookup` costs a
  handful of dict look-ups per noun phrase.
* `ArticleActors` holds what one article has said so far: the persons it named
  ("Xi Jinping", later "Xi" or "the president") and the organisations that are not
  in the gazetteer. The extractor makes one per article and calls `resolve` for
  every noun phrase.

Rules live in ``kg/data/gazetteer.json``; this module only applies them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from kg.errors import DataError
from kg.types import Actor, ActorType, Mention

__all__ = ["ArticleActors", "Gazetteer"]

# Kinds of key in the index; the kind decides how a key may be used.
NAME = "name"  # canonical or alternative name: "China", "People's Republic of China"
DEMONYM = "demonym"  # adjective: "Chinese"
PEOPLE = "people"  # plural noun for the people: "Russians", "Serbs"
CAPITAL = "capital"  # "Beijing"
SEAT = "seat"  # seat of government or agency: "Kremlin", "Pentagon", "CIA"
PLACE = "place"  # a place that is never an actor, only kept from other keys: "New Guinea"

_COUNTRY_STATUSES = frozenset({"member", "observer", "other"})
_MEMO_SIZE = 50_000  # entries of a gazetteer's memo of titles before it starts afresh
_ORG_TYPES = {"Organization": ActorType.ORGANIZATION, "Group": ActorType.GROUP}

# Typographic variants folded to ASCII before anything is matched.
_CHAR_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
    }
)
# Characters stripped from both ends of a mention ("'breaking point'", "(Reuters)").
# Not "." (U.S.) and not "-".
_EDGE = " \t\r\n\"'()[]{}<>,;:!?*|/\\"
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_LINK_WORDS = frozenset({"and", "&", "of", "the", "for", "to", "on"})
_TRAILING_PAREN = re.compile(r"^(?P<main>.*?)\s*\((?P<inner>[^()]*)\)\s*$")
_CUE_TOKEN = re.compile(r"[0-9a-z][\w.'&+-]*")
_INITIAL = re.compile(r"^(?:[A-Za-z]\.)+$|^[A-Z]$")


#: Plurals that end a name of states or bodies, never a person's: "Member States".
_COLLECTIVE_PLURALS = frozenset({"states", "nations", "countries", "members", "governments", "parties"})


def _ascii(text: str) -> str:
    """Fold quotes, dashes and accents to ASCII: "Türkiye" → "Turkiye", "’" → "'"."""
    if text.isascii():
        return text
    text = text.translate(_CHAR_MAP)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: An acronym: "JNIM", "M23", "SPLM-N".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: An ordinal in words: "ninth", "forty-ninth", "twenty-first".
_SPELLED_ORDINAL = re.compile(
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)"
)
#: A weapon's or vehicle's model designation, lowercased: "mig-31", "f-16", "s-400", "j-20".
_MODEL = re.compile(r"[a-z]{1,5}-?\d{1,4}[a-z]?")


@lru_cache(maxsize=4096)
def _typography(text: str) -> str:
    """Fold quotes and dashes only, keeping accents (for names shown to users; the same
    phrases come back often, so remembered)."""
    return " ".join(text.translate(_CHAR_MAP).split())


def _strip_possessive(text: str) -> str:
    """Remove a final possessive: "Russia's" → "Russia", "States'" → "States"."""
    if text.endswith(("'s", "'S")):
        return text[:-2]
    if text.endswith("'") and len(text) > 1:
        return text[:-1]
    return text


@lru_cache(maxsize=16384)
def _clean(text: str, *, possessive: bool = True) -> str:
    """Whitespace collapsed, ASCII-folded, edge punctuation (and a final possessive) removed."""
    text = " ".join(_ascii(text).split()).strip(_EDGE)
    return _strip_possessive(text).strip(_EDGE) if possessive else text


def _drop_leading_the(text: str) -> str:
    if text[:4].casefold() == "the " and len(text) > 4:
        return text[4:]
    return text


def _is_exact_key(key: str) -> bool:
    """Acronyms ("US", "U.S.", "WHO", "LeT") match only with their exact case."""
    if " " in key:
        return False
    letters = [c for c in key if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and (upper == len(letters) or len(letters) <= 5)


def _cue_words(text: str) -> str:
    """Text as " word word … " for whole-word cue matching (trailing dots dropped)."""
    tokens = (t.rstrip(".'") for t in _CUE_TOKEN.findall(_ascii(text).casefold()))
    return " " + " ".join(t for t in tokens if t) + " "


@dataclass(frozen=True)
class _Key:
    """What one index key stands for: an actor (or nothing, for a region) and how it names it."""

    actor: Actor | None
    kind: str


@dataclass(frozen=True)
class _Ambiguous:
    """A key shared by several actors; the mention and its context choose among them."""

    default: Actor | None
    choices: tuple[tuple[Actor | None, tuple[str, ...]], ...]

    def choose(self, text: str) -> Actor | None:
        """The one choice whose cues occur in ``text``; the default when none or several do."""
        if not self.choices:
            return self.default
        words = _cue_words(text)
        picked = {actor for actor, cues in self.choices if any(cue in words for cue in cues)}
        if len(picked) == 1:
            return picked.pop()
        return self.default


_Hit = _Key | _Ambiguous


def _words(value: Any, where: str) -> list[str]:
    """A list of non-empty strings from the data, or a DataError naming ``where``."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"gazetteer: {where} must be a list of non-empty strings")
    return value


def _folded_set(value: Any, where: str) -> frozenset[str]:
    """A word list from the data, ASCII-folded and casefolded for matching."""
    return frozenset(_ascii(w).casefold() for w in _words(value, where))


def _section(data: Mapping[str, Any], name: str, kind: type) -> Any:
    value = data.get(name)
    if not isinstance(value, kind):
        raise DataError(f"gazetteer: section {name!r} is missing or is not a {kind.__name__}")
    return value


class Gazetteer:
    """The packaged knowledge of actors, indexed for fast look-up.

    Build it from the parsed JSON (``Gazetteer(data)``) or take the shared packaged
    one with `Gazetteer.default()`. Every method is pure and thread-safe.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        if not isinstance(data, Mapping):
            raise DataError("gazetteer: the top level must be a JSON object")
        self._exact: dict[str, _Hit] = {}  # acronyms, matched with their case
        self._title_memo: dict[tuple[str, bool], bool] = {}  # see _is_title
        self._folded: dict[str, _Hit] = {}  # everything else, casefolded
        self._owner: dict[str, str] = {}  # index key → name of the entry that declared it
        self._by_name: dict[str, Actor] = {}
        self._name_words: dict[str, frozenset[str]] = {}  # organisation → the words of all its names
        self._members: dict[str, tuple[str, ...]] = {}  # collective → the states it always is
        self._by_code: dict[str, Actor] = {}  # Actor.code: ISO alpha-3 or organisation code
        self._by_iso2: dict[str, Actor] = {}
        self._demonym_of: dict[str, str] = {}  # country name → its first demonym
        self._neighbours: dict[str, frozenset[str]] = {}  # ISO alpha-3 → those of its neighbours
        self._max_key_tokens = 1
        self._load_words(data)
        ambiguous = self._load_ambiguous_keys(data)
        self._ambiguous_keys = ambiguous
        self._load_countries(_section(data, "countries", list), ambiguous)
        self._load_organizations(_section(data, "organizations", list), ambiguous)
        self._load_collectives(data.get("collectives", []), ambiguous)
        self._load_regions(data.get("regions", []), ambiguous)
        self._load_ambiguous(data)
        self._load_offices(data.get("offices", {}))
        self._load_leaders(data.get("leaders", {}))

    # ----------------------------------------------------------------- loading

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped in ``kg/data/gazetteer.json`` (loaded once per process)."""
        return _default_gazetteer()

    @classmethod
    def from_json(cls, text: str) -> Gazetteer:
        """Build a gazetteer from JSON text; malformed JSON raises `DataError`."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise DataError(f"gazetteer: invalid JSON: {e}") from e
        return cls(data)

    def _load_words(self, data: Mapping[str, Any]) -> None:
        bodies = _section(data, "government_bodies", dict)
        self._state_heads = _folded_set(bodies.get("heads"), "government_bodies.heads")
        self._body_mods = _folded_set(bodies.get("modifiers"), "government_bodies.modifiers")
        self._body_complements = _folded_set(bodies.get("complements"), "government_bodies.complements")
        org_bodies = _section(data, "organization_bodies", dict)
        self._org_heads = _folded_set(org_bodies.get("heads"), "organization_bodies.heads")
        self._org_mods = self._body_mods | _folded_set(
            org_bodies.get("modifiers"), "organization_bodies.modifiers"
        )
        societies = _section(data, "national_societies", dict)
        self._societies = {k.casefold(): v for k, v in societies.items() if k != "notes"}
        roles = _section(data, "roles", dict)
        self._role_heads = _folded_set(roles.get("heads"), "roles.heads")
        self._role_phrases = _folded_set(roles.get("phrases"), "roles.phrases")
        self._role_complements = _folded_set(roles.get("complements"), "roles.complements")
        synonyms = roles.get("synonyms", {})
        if not isinstance(synonyms, dict):
            raise DataError("gazetteer: roles.synonyms must be an object")
        self._role_synonyms: dict[str, str] = {k.casefold(): v.casefold() for k, v in synonyms.items()}
        self._not_alone = _folded_set(roles.get("not_alone"), "roles.not_alone")
        self._honorifics = _folded_set(data.get("honorifics"), "honorifics")
        self._full_name_honorifics = _folded_set(
            data.get("honorifics_needing_full_name"), "honorifics_needing_full_name"
        )
        abbreviations = _section(data, "title_abbreviations", dict)
        self._abbreviations = {k.casefold(): v for k, v in abbreviations.items()}
        self._particles = _folded_set(data.get("name_particles"), "name_particles")
        self._suffixes = _folded_set(data.get("name_suffixes"), "name_suffixes")
        self._premods = _folded_set(data.get("premodifiers"), "premodifiers")
        forms = _section(data, "state_forms", dict)
        self._form_heads = _folded_set(forms.get("heads"), "state_forms.heads")
        self._form_mods = _folded_set(forms.get("modifiers"), "state_forms.modifiers")
        compounds = _section(data, "compound_relations", dict)
        self._compounds = {k.casefold(): v for k, v in compounds.items() if k != "notes"}
        self._unresolvable = _folded_set(data.get("unresolvable"), "unresolvable")
        self._unsafe_lower = _folded_set(data.get("lowercase_unsafe"), "lowercase_unsafe")
        media = _section(data, "media", dict)
        self._media_names = _folded_set(media.get("names"), "media.names")
        self._media_last = _folded_set(media.get("last_words"), "media.last_words")
        self._media_any = tuple(f" {w} " for w in _folded_set(media.get("any_words"), "media.any_words"))
        self._media_glued = tuple(_folded_set(media.get("glued_endings"), "media.glued_endings"))
        self._group_words = _folded_set(data.get("group_words"), "group_words")
        self._administration_words = _folded_set(data.get("administration_words"), "administration_words")
        organization_words = _section(data, "organization_words", dict)
        self._organization_words = _folded_set(organization_words.get("words"), "organization_words.words")
        gatherings = _section(data, "gathering_words", dict)
        self._gathering_nouns = _folded_set(gatherings.get("nouns"), "gathering_words.nouns")
        self._gathering_modifiers = _folded_set(gatherings.get("modifiers"), "gathering_words.modifiers")
        genders = data.get("genders", {})
        self._gender_names = {
            **dict.fromkeys(_folded_set(genders.get("female_names"), "genders.female_names"), "f"),
            **dict.fromkeys(_folded_set(genders.get("male_names"), "genders.male_names"), "m"),
        }
        self._gender_words = {
            **dict.fromkeys(_folded_set(genders.get("female_words"), "genders.female_words"), "f"),
            **dict.fromkeys(_folded_set(genders.get("male_words"), "genders.male_words"), "m"),
        }

    @staticmethod
    def _load_ambiguous_keys(data: Mapping[str, Any]) -> frozenset[str]:
        keys: set[str] = set()
        for i, entry in enumerate(_section(data, "ambiguous", list)):
            if not isinstance(entry, dict):
                raise DataError(f"gazetteer: ambiguous entry #{i} is not an object")
            for key in _words(entry.get("keys"), f"ambiguous entry #{i} keys"):
                keys.add(_drop_leading_the(_ascii(key)).casefold())
        return frozenset(keys)

    def _add_actor(self, actor: Actor, where: str) -> None:
        if actor.name in self._by_name:
            raise DataError(f"gazetteer: {where}: the name {actor.name!r} is used by two entries")
        self._by_name[actor.name] = actor
        if actor.code:
            if actor.code in self._by_code:
                raise DataError(
                    f"gazetteer: {where}: code {actor.code!r} is also the code of "
                    f"{self._by_code[actor.code].name!r}"
                )
            self._by_code[actor.code] = actor

    def _add_key(self, text: str, hit: _Key, where: str, ambiguous: frozenset[str]) -> None:
        """Index one alias; a key that two actors share must be declared ambiguous."""
        key = _drop_leading_the(_ascii(text).strip())
        if not key:
            raise DataError(f"gazetteer: {where}: empty alias")
        if key.casefold() in ambiguous:
            return  # the 'ambiguous' section owns this key
        table, index_key = (self._exact, key) if _is_exact_key(key) else (self._folded, key.casefold())
        previous = table.get(index_key)
        if previous is not None:
            if not isinstance(previous, _Key) or previous.actor != hit.actor:
                raise DataError(
                    f"gazetteer: {where}: alias {text!r} is also an alias of {self._owner[index_key]}; "
                    "declare it under 'ambiguous' if it really names both"
                )
            return  # same actor twice (a name that is also a demonym): first kind wins
        table[index_key] = hit
        self._owner[index_key] = where
        self._max_key_tokens = max(self._max_key_tokens, key.count(" ") + 1)

    def _load_countries(self, countries: list[Any], ambiguous: frozenset[str]) -> None:
        iso2_seen: dict[str, str] = {}
        for i, entry in enumerate(countries):
            if (
                not isinstance(entry, dict)
                or not isinstance(entry.get("name"), str)
                or not entry["name"].strip()
            ):
                raise DataError(f"gazetteer: country #{i} has no name")
            name = entry["name"]
            where = f"country {name!r}"
            iso3, iso2 = entry.get("iso3"), entry.get("iso2")
            if not (isinstance(iso3, str) and re.fullmatch(r"[A-Z]{3}", iso3)):
                raise DataError(f"gazetteer: {where} has no 3-letter ISO code (iso3)")
            if not (isinstance(iso2, str) and re.fullmatch(r"[A-Z]{2}", iso2)):
                raise DataError(f"gazetteer: {where} has no 2-letter ISO code (iso2)")
            if iso2 in iso2_seen:
                raise DataError(f"gazetteer: {where}: iso2 {iso2!r} is also used by {iso2_seen[iso2]!r}")
            iso2_seen[iso2] = name
            if entry.get("status") not in _COUNTRY_STATUSES:
                raise DataError(f"gazetteer: {where}: status must be one of {sorted(_COUNTRY_STATUSES)}")
            actor = Actor(name, ActorType.COUNTRY, code=iso3)
            self._add_actor(actor, where)
            self._by_iso2[iso2] = actor
            demonyms = _words(entry.get("demonyms"), f"{where} demonyms")
            if demonyms:
                self._demonym_of[name] = demonyms[0]
            self._add_key(name, _Key(actor, NAME), where, ambiguous)
            for alias in _words(entry.get("aliases"), f"{where} aliases"):
                self._add_key(alias, _Key(actor, NAME), where, ambiguous)
            for capital in _words(entry.get("capitals"), f"{where} capitals"):
                self._add_key(capital, _Key(actor, CAPITAL), where, ambiguous)
            for seat in _words(entry.get("seats"), f"{where} seats"):
                self._add_key(seat, _Key(actor, SEAT), where, ambiguous)
            for demonym in demonyms:
                self._add_key(demonym, _Key(actor, DEMONYM), where, ambiguous)
            for people in self._people_forms(demonyms, _words(entry.get("people"), f"{where} people")):
                self._add_key(people, _Key(actor, PEOPLE), where, ambiguous)
            self._neighbours[iso3] = frozenset(_words(entry.get("neighbours"), f"{where} neighbours"))
        for code, others in self._neighbours.items():
            for other in sorted(others):
                if other not in self._neighbours:
                    raise DataError(f"gazetteer: country {code}: neighbour {other!r} is no country's iso3")
                if code not in self._neighbours[other]:
                    raise DataError(
                        f"gazetteer: country {code} lists {other} as a neighbour, but not {other} it"
                    )

    @staticmethod
    def _people_forms(demonyms: Sequence[str], people: Sequence[str]) -> list[str]:
        """Plural nouns for a people: the listed ones plus "-an"/"-i" demonyms + "s"."""
        forms = list(people)
        for demonym in demonyms:
            if demonym.endswith(("an", "i")) and not _is_exact_key(demonym):
                forms.append(demonym + "s")
        return forms

    def _load_organizations(self, organizations: list[Any], ambiguous: frozenset[str]) -> None:
        for i, entry in enumerate(organizations):
            if (
                not isinstance(entry, dict)
                or not isinstance(entry.get("name"), str)
                or not entry["name"].strip()
            ):
                raise DataError(f"gazetteer: organization #{i} has no name")
            name = entry["name"]
            where = f"organization {name!r}"
            kind = _ORG_TYPES.get(entry.get("type", "Organization"))
            if kind is None:
                raise DataError(f"gazetteer: {where}: type must be one of {sorted(_ORG_TYPES)}")
            code = entry.get("code")
            if code is not None and not (isinstance(code, str) and code.strip()):
                raise DataError(f"gazetteer: {where}: code must be a non-empty string or null")
            affiliation = entry.get("affiliation")
            if affiliation is not None and not isinstance(affiliation, str):
                raise DataError(f"gazetteer: {where}: affiliation must be a name or null")
            parent = None if affiliation is None else self._by_name.get(affiliation)
            if affiliation is not None and parent is None:  # a state, or an organisation listed before
                raise DataError(f"gazetteer: {where}: affiliation {affiliation!r} is not in the gazetteer")
            actor = Actor(name, kind, code=code, affiliation=parent)
            self._add_actor(actor, where)
            self._add_key(name, _Key(actor, NAME), where, ambiguous)
            aliases = _words(entry.get("aliases"), f"{where} aliases")
            for alias in aliases:
                self._add_key(alias, _Key(actor, NAME), where, ambiguous)
            self._name_words[name] = frozenset(w.casefold() for n in (name, *aliases) for w in n.split())
            for seat in _words(entry.get("seats"), f"{where} seats"):
                self._add_key(seat, _Key(actor, SEAT), where, ambiguous)

    def _load_collectives(self, collectives: Any, ambiguous: frozenset[str]) -> None:
        if not isinstance(collectives, list):
            raise DataError("gazetteer: section 'collectives' must be a list")
        for i, entry in enumerate(collectives):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise DataError(f"gazetteer: collective #{i} has no name")
            where = f"collective {entry['name']!r}"
            actor = Actor(entry["name"], ActorType.GROUP)
            self._add_actor(actor, where)
            for alias in [entry["name"], *_words(entry.get("aliases"), f"{where} aliases")]:
                self._add_key(alias, _Key(actor, NAME), where, ambiguous)
            members = _words(entry.get("members"), f"{where} members")
            if members:
                self._members[actor.name] = tuple(members)

    def members(self, actor: Actor) -> tuple[Actor, ...]:
        """The states a collective always consists of ("the Baltic states"), else ()."""
        names = self._members.get(actor.name, ())
        return tuple(a for a in (self._by_name.get(n) for n in names) if a is not None)

    def _load_offices(self, section: Any) -> None:
        """The one head of an organisation named by title alone: (organisation, title) → office."""
        if not isinstance(section, dict):
            raise DataError("gazetteer: section 'offices' must be an object")
        self._offices: dict[tuple[str, str], Actor] = {}
        self._offices_alone: dict[str, list[Actor]] = {}
        for i, entry in enumerate(section.get("offices", [])):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise DataError(f"gazetteer: office #{i} has no name")
            where = f"office {entry['name']!r}"
            organization = self._by_name.get(entry.get("organization", ""))
            if organization is None:
                raise DataError(f"gazetteer: {where}: unknown organization {entry.get('organization')!r}")
            office = Actor(entry["name"], ActorType.PERSON, affiliation=organization, role=entry["name"])
            for role in _folded_set(entry.get("roles"), f"{where} roles"):
                self._offices[(organization.name, _ascii(role))] = office
            for role in _words(entry.get("alone"), f"{where} alone"):
                self._offices_alone.setdefault(_ascii(role).casefold(), []).append(office)

    def office(self, place: Actor | None, role: str, *, named: Sequence[str] = ()) -> Actor | None:
        """The office a title names when no holder is named: (United Nations, "chief") and
        (None, "Secretary-General") → "United Nations Secretary-General". A title alone names the
        office of the organisation of ``named`` (organisation names, most recent first) that has
        one, else the first office listed for it."""
        key = " ".join(_ascii(role).casefold().split())
        if place is not None:
            return self._offices.get((place.name, key))
        candidates = self._offices_alone.get(key, [])
        for name in named:
            for office in candidates:
                if office.affiliation is not None and office.affiliation.name == name:
                    return office
        return candidates[0] if candidates else None

    def _load_regions(self, regions: Any, ambiguous: frozenset[str]) -> None:
        if not isinstance(regions, list):
            raise DataError("gazetteer: section 'regions' must be a list")
        for i, entry in enumerate(regions):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise DataError(f"gazetteer: region #{i} has no name")
            where = f"region {entry['name']!r}"
            part_of = entry.get("part_of")
            if part_of is not None and part_of not in self._by_name:
                raise DataError(f"gazetteer: {where}: part_of {part_of!r} is not in the gazetteer")
            hit = _Key(None, PLACE)  # a place only ("New Guinea", the island): never an actor
            if entry.get("actor", True):
                owner = self._by_name[part_of] if part_of is not None else None
                actor = Actor(entry["name"], ActorType.TERRITORY, affiliation=owner)
                self._add_actor(actor, where)
                hit = _Key(actor, NAME)
            for alias in [entry["name"], *_words(entry.get("aliases"), f"{where} aliases")]:
                self._add_key(alias, hit, where, ambiguous)

    def _load_ambiguous(self, data: Mapping[str, Any]) -> None:
        for i, entry in enumerate(data["ambiguous"]):
            where = f"ambiguous entry #{i} ({', '.join(entry['keys'])})"
            default = self._named_or_none(entry.get("default"), where)
            choices = []
            for choice in entry.get("choices", []):
                if not isinstance(choice, dict):
                    raise DataError(f"gazetteer: {where}: a choice is not an object")
                actor = self._named_or_none(choice.get("actor"), where)
                cues = tuple(_cue_words(cue) for cue in _words(choice.get("cues"), f"{where} cues"))
                choices.append((actor, cues))
            hit = _Ambiguous(default, tuple(choices))
            for key in entry["keys"]:
                key = _drop_leading_the(_ascii(key))
                table, index_key = (
                    (self._exact, key) if _is_exact_key(key) else (self._folded, key.casefold())
                )
                if index_key in table:
                    raise DataError(f"gazetteer: {where}: key {key!r} is declared twice")
                table[index_key] = hit
                self._owner[index_key] = where

    def _load_leaders(self, section: Any) -> None:
        """Leaders' names, folded, to their state: "lukashenka" → Belarus."""
        if not isinstance(section, dict) or not isinstance(section.get("states", {}), dict):
            raise DataError("gazetteer: leaders must be an object with a 'states' object")
        self._leaders: dict[str, Actor] = {}
        for state, names in section.get("states", {}).items():
            actor = self._named_or_none(state, f"leaders of {state!r}")
            if actor is None or actor.type is not ActorType.COUNTRY:
                raise DataError(f"gazetteer: leaders: {state!r} is not a state")
            for name in _words(names, f"leaders of {state!r}"):
                key = _ascii(name).casefold()
                if key in self._leaders:
                    raise DataError(f"gazetteer: leaders: {name!r} is listed twice")
                self._leaders[key] = actor

    def _named_or_none(self, name: Any, where: str) -> Actor | None:
        if name is None:
            return None
        if name not in self._by_name:
            raise DataError(f"gazetteer: {where}: {name!r} is not in the gazetteer")
        return self._by_name[name]

    # ------------------------------------------------------------- the index

    def _key(self, text: str) -> _Hit | None:
        """The index entry of a cleaned key, honouring case rules; None when unknown."""
        hit = self._exact.get(text)
        if hit is not None:
            return hit
        folded = text.casefold()
        hit = self._folded.get(folded)
        if hit is not None:
            if folded == text and folded in self._unsafe_lower:
                return None  # "turkey", "chad": lowercase means the common word
            return hit
        # "U.S" (sentence-final dot eaten by a tokenizer) and "U.S." at the end of a sentence
        if text.endswith(".") and len(text) > 2:
            return self._exact.get(text[:-1]) or self._folded.get(folded[:-1])
        if "." in text:
            return self._exact.get(text + ".")
        return None

    @staticmethod
    def _choose(hit: _Hit, text: str, context: str) -> Actor | None:
        if isinstance(hit, _Ambiguous):
            return hit.choose(f"{text} {context}")
        return hit.actor

    # ------------------------------------------------------------- look-up

    def lookup(self, text: str, *, context: str = "") -> Actor | None:
        """Resolve a mention's text to a state, organisation or group, or None.

        Handles names, aliases, capitals, seats of government ("the Kremlin"),
        demonyms ("Chinese"), government bodies ("the Chinese foreign ministry",
        "Russian forces", "Beijing's embassy", "Government of Serbia"), "X-led Y"
        (→ Y), national societies ("Chinese Red Cross"), ethnic communities ("Kosovo
        Serbs"). ``context`` (the sentence or article) settles ambiguous names such
        as "Georgia" or "Korea". Case-insensitive except for acronyms ("US" ≠ "us")
        and for names that are also common words ("turkey").
        """
        if "(" in text:  # "Democratic Republic of Congo (DRC)": the name, else the acronym
            match = _TRAILING_PAREN.match(" ".join(_ascii(text).split()).rstrip(" .,;:"))
            if match:
                return self._lookup(_clean(match["main"], possessive=False), context) or self._lookup(
                    _clean(match["inner"], possessive=False), context
                )
        return self._lookup(_clean(text, possessive=False), context)

    def _lookup(self, text: str, context: str) -> Actor | None:
        text = _drop_leading_the(text)
        hit = self._key(text) if text else None
        if hit is None:  # "Russia's" → "Russia"; but "St. John's" is a key as it stands
            text = _strip_possessive(text).strip(_EDGE)
            hit = self._key(text) if text else None
        if hit is not None:
            return self._choose(hit, text, context)
        if not text:
            return None
        if " " not in text and "-" not in text:
            return None
        return self._compound(text, context)

    def _compound(self, text: str, context: str) -> Actor | None:
        """Rules for a phrase that is not itself a key (see `lookup`)."""
        tokens = text.split(" ")
        # "US-led NATO" → NATO: the leader is a relation of its own (see `sponsor`).
        for i, token in enumerate(tokens[:-1]):
            if self._compound_part(token) is not None:
                return self._lookup(" ".join(tokens[i + 1 :]), context)
        if len(tokens) == 1:
            return None
        # "Beijing, China" → China when both parts agree; "Atlanta, Georgia" → nothing.
        if "," in text:
            parts = [part.strip(_EDGE) for part in text.split(",")]
            found = {self._lookup(part, context) for part in parts if part}
            return found.pop() if len(found) == 1 else None
        start = 0
        while start < len(tokens) - 1 and (
            tokens[start].casefold() in self._premods or tokens[start].isdigit()
        ):
            start += 1
        if start:
            tokens = tokens[start:]
            hit = self._key(" ".join(tokens))
            if hit is not None:
                return self._choose(hit, text, context)
        lowered = [_strip_possessive(token).casefold() for token in tokens]
        # "Government of Serbia", "the armed forces of Ukraine", "members of NATO"
        for i, word in enumerate(lowered):
            if word == "of" and 0 < i < len(tokens) - 1:
                place = self._lookup(" ".join(tokens[i + 1 :]), context)
                if place is not None and (
                    self._is_body(lowered[:i], *self._heads_for(place))
                    or (place.type is ActorType.COUNTRY and self.is_state_form(" ".join(lowered[:i])))
                ):  # "the Sultanate of Oman"
                    return place
        return self._prefixed(tokens, lowered, text, context)

    def _prefixed(self, tokens: list[str], lowered: list[str], text: str, context: str) -> Actor | None:
        """A place then the rest: the longest known prefix decides, the rest must fit it."""
        for k in range(min(len(tokens) - 1, self._max_key_tokens), 0, -1):
            hit = self._key(_strip_possessive(" ".join(tokens[:k])))
            if hit is None:
                continue
            place = self._choose(hit, text, context)
            if place is None:
                return None  # a region, or an ambiguous name the context did not settle
            rest = " ".join(tokens[k:])
            if place.type is ActorType.COUNTRY:
                society = self._societies.get(rest.casefold())
                if society is not None:  # "Chinese Red Cross": its own organisation
                    demonym = self._demonym_of.get(place.name, place.name)
                    return Actor(f"{demonym} {society}", ActorType.ORGANIZATION, affiliation=place)
                inner = self._key(rest)
                if isinstance(inner, _Key) and inner.actor is not None:
                    if inner.actor.type in (ActorType.ORGANIZATION, ActorType.GROUP) and inner.kind == NAME:
                        return inner.actor  # "Lebanese Hezbollah"
                    if inner.kind == PEOPLE and inner.actor != place:  # "Kosovo Serbs"
                        return Actor(" ".join(tokens), ActorType.GROUP, affiliation=place)
            if self._is_body(lowered[k:], *self._heads_for(place)):
                return place
            return None
        return None

    def _heads_for(self, actor: Actor) -> tuple[frozenset[str], frozenset[str]]:
        """The head words of an actor's bodies, and the words that may come before them."""
        if actor.type is ActorType.COUNTRY:
            return self._state_heads, self._body_mods
        return self._org_heads, self._org_mods

    def _is_body(
        self, words: Sequence[str], heads: frozenset[str], mods: frozenset[str] | None = None
    ) -> bool:
        """Whether lowercased ``words`` name a body: modifiers then a head ("foreign ministry")."""
        if not words:
            return False
        if "of" in words:  # "ministry of foreign affairs"
            i = words.index("of")
            if " ".join(words[i + 1 :]) not in self._body_complements:
                return False
            words = words[:i]
            if not words:
                return False
        if words[-1] not in heads:
            return False
        mods = self._body_mods if mods is None else mods
        return all(
            w in mods or w in heads or w in ("and", "&") or _MODEL.fullmatch(w) is not None
            for w in words[:-1]
        )  # (a model's designation: "MiG-31 fighter jets", "F-16 jets")

    def _compound_part(self, token: str) -> tuple[str, str | None] | None:
        """("US", "lead") for "US-led"; None when the token is not such a compound."""
        head, dash, tail = token.rpartition("-")
        if not dash or not head:
            return None
        tail = tail.casefold()
        if tail not in self._compounds:
            return None
        return head, self._compounds[tail]

    def sponsor(self, text: str, *, context: str = "") -> tuple[Actor, str] | None:
        """The leader or backer in "US-led NATO" → (United States, "lead"), else None."""
        for token in _clean(text).split(" ")[:-1]:
            part = self._compound_part(token)
            if part is not None:
                actor = self.lookup(part[0], context=context)
                if actor is not None and part[1] is not None:
                    return actor, part[1]
                return None
        return None

    def demonym(self, word: str, *, context: str = "") -> Actor | None:
        """The state of an adjective or people noun ("Chinese", "Russians"), else None."""
        text = _drop_leading_the(_clean(word))
        hit = self._key(text) if text else None
        if isinstance(hit, _Ambiguous):
            return hit.choose(f"{text} {context}")
        if hit is not None and hit.kind in (DEMONYM, PEOPLE):
            return hit.actor
        return None

    def is_name(self, text: str) -> bool:
        """Whether ``text`` is, as it stands, a name the gazetteer knows: a state's name, alias,
        capital, seat or demonym, an organisation's or a group's ("Arab League", "Minsk")."""
        text = _drop_leading_the(_clean(text))
        return bool(text) and self._key(_strip_possessive(text).strip(_EDGE)) is not None

    def gender(self, person: Actor, *, mention: str = "") -> str | None:
        """ "f" or "m" when a person's first name, role or the words of a mention say it
        ("Ms. Berg", "spokeswoman Ana Costa"), else None (a match for either pronoun)."""
        words = [w.casefold() for w in f"{mention} {person.role or ''}".split()]
        for word in words:
            found = self._gender_words.get(word.strip(",;:"))
            if found is not None:
                return found
        first = person.name.split()[0].casefold() if person.name else ""
        return self._gender_names.get(first) if " " in person.name else None

    def is_full_name(self, text: str) -> bool:
        """Whether a text is a person's full name by its form: a first name the gazetteer knows
        and one to three more capitalised words that name no actor or organisation ("Karim
        Saidov", but not "Victoria Falls Bridge" or "Jordan Valley Authority")."""
        words = _typography(text).strip(_EDGE).split()
        if not 2 <= len(words) <= 4 or words[0].casefold() not in self._gender_names:
            return False
        return (
            self._name_like(words)
            and all(w[:1].isupper() for w in words)
            and not self.looks_like_organization(words)
            and self.lookup(" ".join(words[1:])) is None
            and not any(self.is_role(w) or w.casefold() in self._gathering_nouns for w in words)
        )

    def is_ambiguous(self, text: str) -> bool:
        """Whether a phrase holds a name that several actors share ("Congolese soldiers")."""
        folded = _ascii(text).casefold()
        return any(key in folded for key in self._ambiguous_keys)

    def is_state_form(self, text: str) -> bool:
        """Whether a phrase is the form of a state before "of" its name: "the Sultanate", "The
        Hashemite Kingdom", "Plurinational State"."""
        words = [w for w in text.casefold().split() if w not in ("the", "a")]
        return self._is_body(words, self._form_heads, self._form_mods)

    def is_government_body(self, head: str) -> bool:
        """Whether ``head`` after a state's name means the state ("foreign ministry", "troops")."""
        words = [_strip_possessive(w).casefold() for w in _clean(head).split()]
        return self._is_body(words, self._state_heads)

    def long_names(self, min_words: int = 3) -> tuple[tuple[str, Actor], ...]:
        """Every name and alias of ``min_words`` words or more with the state or organisation it
        names (case-folded, "the" dropped): what a recogniser may cut in two ("Islamic State of
        Iraq and the Levant")."""
        return tuple(
            (key, hit.actor)
            for key, hit in self._folded.items()
            if isinstance(hit, _Key) and hit.actor is not None and key.count(" ") + 1 >= min_words
        )

    def name_words(self, actor: Actor) -> frozenset[str]:
        """The words (case-folded) of an actor's name and, for an organisation the gazetteer
        lists, of all its aliases: "mission" is one of AUSSOM's."""
        return self._name_words.get(actor.name) or frozenset(w.casefold() for w in actor.name.split())

    def named(self, name: str) -> Actor | None:
        """The actor with this canonical name ("United States"), else None."""
        return self._by_name.get(name)

    def country(self, code: str) -> Actor | None:
        """The state with this ISO 3166-1 alpha-3 or alpha-2 code, else None."""
        code = code.upper()
        actor = self._by_iso2.get(code) if len(code) == 2 else self._by_code.get(code)
        return actor if actor is not None and actor.type is ActorType.COUNTRY else None

    def neighbours(self, first: Actor, second: Actor) -> bool:
        """Whether two states of the gazetteer border each other, by land or across a strait that
        news calls them neighbours over (Japan and South Korea)."""
        if first.type is not ActorType.COUNTRY or second.type is not ActorType.COUNTRY:
            return False
        return second.code in self._neighbours.get(first.code or "", frozenset())

    def actors(self) -> tuple[Actor, ...]:
        """Every state, organisation, group and collective of the gazetteer."""
        return tuple(self._by_name.values())

    # ------------------------------------------------------------- roles

    def _role_word(self, word: str) -> bool:
        """Whether one word ends a title: "spokesman", "Minister-designate", "Gen."."""
        w = word.casefold().strip(",;:")
        if w in self._role_heads or w in self._abbreviations:
            return True
        for suffix in ("-designate", "-elect"):
            if w.endswith(suffix):
                w = w[: -len(suffix)]
                return w in self._role_heads or w.rpartition("-")[2] in self._role_heads
        return False

    def is_role(self, word_or_phrase: str) -> bool:
        """Whether the words are a title: "President", "Chinese foreign ministry spokesman",
        "Secretary of State", "President of Serbia", "Minister of Tourism", "ambassador to the U.S."."""
        return self._is_title(word_or_phrase, strict=False)

    def _is_title(self, phrase: str, *, strict: bool) -> bool:
        """`is_role`; ``strict`` accepts "<role> of X" only for a known X (a state, "State",
        "Defense"), so that a name after the title is not taken for part of it (remembered: the
        gazetteer does not change once loaded)."""
        key = (phrase, strict)
        found = self._title_memo.get(key)
        if found is None:
            if len(self._title_memo) >= _MEMO_SIZE:
                self._title_memo.clear()  # bounded over a long build
            found = self._title_memo[key] = self._title(phrase, strict=strict)
        return found

    def _title(self, phrase: str, *, strict: bool) -> bool:
        words = _clean(phrase).split()
        while words and words[0].casefold() in _DETERMINERS:
            words = words[1:]
        if not words:
            return False
        low = [w.casefold() for w in words]
        joined = " ".join(low)
        # the phrase, or its last words, a role phrase
        phrases = self._role_phrases
        if joined in phrases or any(" ".join(low[i:]) in phrases for i in range(1, len(low))):
            return True
        for link in ("of", "to"):  # "Secretary of State", "President of Serbia", "envoy to China"
            if link in low:
                i = low.index(link)
                if (
                    0 < i < len(low) - 1
                    and self._role_word(low[i - 1])
                    and (not strict or self._role_complement(words[i + 1 :]))
                ):
                    return True
        return self._role_word(low[-1])

    def _role_complement(self, words: Sequence[str]) -> bool:
        """Whether the words after "of"/"to" complete a title rather than start a name."""
        text = " ".join(words)
        if text.casefold() in self._role_complements:
            return True
        return (
            self.lookup(text) is not None
            or self._leading_place(words) is not None
            or self._body_owner(words) is not None
        )

    def _body_owner(self, words: Sequence[str]) -> Actor | None:
        """The actor whose body the words name: "the African Union Commission" → African Union."""
        for k in range(len(words) - 1, 0, -1):
            actor = self.lookup(" ".join(words[:k]))
            if actor is not None:
                heads, mods = self._heads_for(actor)
                body = self._is_body([w.casefold() for w in words[k:]], heads | _TITLE_BODIES, mods)
                return actor if body else None
        return None

    def _leading_place(self, words: Sequence[str]) -> Actor | None:
        """The state named by a possessive at the start: "Afghanistan's High Peace Council"."""
        for k in range(1, min(len(words), self._max_key_tokens) + 1):
            if words[k - 1].endswith(("'s", "'")):
                hit = self._key(_strip_possessive(" ".join(words[:k])))
                if hit is not None:
                    return self._choose(hit, " ".join(words), "")
                return None
        return None

    def role_of(self, title_words: str, *, context: str = "") -> tuple[Actor | None, str | None]:
        """Split a title into the actor it belongs to and the role.

        "Chinese foreign ministry spokesman" → (China, "foreign ministry spokesman");
        "U.S. Secretary of State" → (United States, "Secretary of State");
        "President of Serbia" → (Serbia, "President"); "Pentagon Press Secretary" →
        (United States, "Pentagon Press Secretary"): an agency stays in the role.
        Words that are no title give (lookup(words), None).
        """
        tokens = _typography(title_words).strip(_EDGE).split()
        while tokens and tokens[0].casefold() in _DETERMINERS:
            tokens = tokens[1:]
        if not tokens:
            return None, None
        phrase = " ".join(tokens)
        if not self.is_role(phrase):
            return self.lookup(phrase, context=context), None
        plain = [_ascii(t) for t in tokens]
        low = [t.casefold() for t in plain]
        if "of" in low and low.index("of") > 0:  # "President of Serbia": the place follows
            i = low.index("of")
            complement = plain[i + 1 :]
            if " ".join(low[i + 1 :]) not in self._role_complements:
                place = self.lookup(" ".join(complement), context=context)
                if place is not None:
                    inner_place, inner_role = self.role_of(" ".join(tokens[:i]), context=context)
                    return inner_place or place, _expand(
                        self._abbreviations, inner_role or " ".join(tokens[:i])
                    )
                place = self._body_owner(complement)
                if place is not None:  # "Chairperson of the African Union Commission"
                    return place, _expand(self._abbreviations, " ".join(tokens[:i]))
                place = self._leading_place(complement)
                if place is not None:  # "Chairman of Afghanistan's High Peace Council"
                    return place, _expand(self._abbreviations, phrase)
            for j in (k for k in range(i + 1, len(low) - 1) if low[k] == "of"):
                # "Minister of Foreign Affairs and International Trade of the Republic of
                # Zimbabwe": the state after a later "of", the role before it
                place = self.lookup(" ".join(plain[j + 1 :]), context=context)
                if (
                    place is not None
                    and place.type is not ActorType.PERSON
                    and self.is_role(" ".join(tokens[:j]))
                ):
                    return place, _expand(self._abbreviations, " ".join(tokens[:j]))
        for k in range(min(len(tokens) - 1, self._max_key_tokens), 0, -1):
            hit = self._key(_strip_possessive(" ".join(plain[:k])))
            if hit is None:
                continue
            rest = tokens[k:]
            if not self.is_role(" ".join(rest)):
                continue
            place = self._choose(hit, phrase, context)
            if isinstance(hit, _Key) and hit.kind == SEAT:  # keep the agency: "CIA director"
                rest = [_strip_possessive(" ".join(tokens[:k])), *rest]
            return place, _expand(self._abbreviations, " ".join(rest))
        return None, _expand(self._abbreviations, phrase)

    def split_title(self, text: str) -> tuple[str | None, str]:
        """Split "Chinese President Xi Jinping" into ("Chinese President", "Xi Jinping").

        The title is the longest run of leading words that `is_role`; the rest
        must look like a name. Without a title: (None, text).
        """
        tokens = _typography(text).strip(_EDGE).split()
        if not any(self._role_word(_ascii(t)) or t.casefold() == "d'affaires" for t in tokens[:-1]):
            return None, " ".join(tokens)  # no title word at all: the common, cheap case
        # the longest title made of known words: "General Secretary | Xi Jinping"
        for s in range(len(tokens) - 1, 0, -1):
            if self._name_like(tokens[s:]) and self._is_title(" ".join(tokens[:s]), strict=True):
                s = self._past_place(tokens, s)
                return " ".join(tokens[:s]), " ".join(tokens[s:])
        # else the shortest "<role> of …" title: "Minister of Tourism | John Smith"
        for s in range(2, len(tokens)):
            if tokens[s - 1].casefold() in _LINK_WORDS:
                continue  # "Minister of Tourism and | Culture …" ends too early
            if self._name_like(tokens[s:]) and self._is_title(" ".join(tokens[:s]), strict=False):
                s = self._past_place(tokens, s)
                return " ".join(tokens[:s]), " ".join(tokens[s:])
        return None, " ".join(tokens)

    def _past_place(self, tokens: Sequence[str], s: int) -> int:
        """Where a title really ends when a state's name runs on past ``s``: "Minister of
        Foreign Affairs of the Kyrgyz | Republic Karim Saidov" ends after "Republic"."""
        while len(tokens) - s > 2 and any(
            self._key(" ".join(tokens[s - k : s + 1])) is not None for k in (1, 2, 3) if k <= s
        ):
            s += 1
        return s

    def _name_like(self, tokens: Sequence[str]) -> bool:
        """Whether tokens can be a person's name: capitalised words, particles, initials."""
        first = tokens[0]
        if not (first[:1].isupper() or first[:3].casefold() in ("al-", "el-")):
            return False
        if any(t.endswith(("'s", "’s")) for t in tokens[:-1]) or tokens[-1].casefold() in _PLACE_KINDS:
            return False  # "Myanmar's Rakhine State", "Balochistan Province": a place, not a person
        if tokens[-1].casefold() in _COLLECTIVE_PLURALS:
            return False  # "Member States", "United Nations": states, not a person
        for token in tokens:
            core = token.strip("\"'()")
            if not core:
                return False
            if (
                core[:1].isupper()
                or core.casefold() in self._particles
                or core[:3].casefold() in ("al-", "el-")
            ):
                continue
            return False
        return True

    # ------------------------------------------------------------- persons

    def parse_person(self, text: str) -> tuple[str, Actor | None, str | None]:
        """Split a person mention into (name, affiliation, role).

        "Chinese foreign ministry spokesman Zhao Lijian" → ("Zhao Lijian", China,
        "foreign ministry spokesman"); "Mr. Burns" → ("Burns", None, None);
        "Robert “Bobby” Kline" → ("Robert Kline", None, None). The name keeps
        its accents and suffixes ("Lloyd J. Austin III"); it is "" when the text
        holds no name.
        """
        text = _strip_possessive(_typography(text).strip(_EDGE)).strip(_EDGE)
        # nicknames in quotes and parenthesised asides are not part of the name
        tokens = [t for t in text.split() if not (len(t) > 2 and t[0] in "\"'(" and t[-1] in "\"')")]
        title, name = self.split_title(" ".join(tokens))
        affiliation, role = self.role_of(title) if title else (None, None)
        if role is None:
            affiliation = None
        words = name.split()
        for k in range(min(3, len(words) - 2), 0, -1):
            # "the Republic of [Uzbekistan Shavkat Mirziyoyev]": a state before a full name is
            # the person's, not a part of the name ("Israel Katz" is a name: one word follows)
            hit = self._key(" ".join(words[:k])) if words[0][:1].isupper() else None
            if (
                isinstance(hit, _Key)
                and hit.actor is not None
                and hit.actor.type is ActorType.COUNTRY
                and self._name_like(words[k:])
            ):
                affiliation, words = affiliation or hit.actor, words[k:]
                break
        # "His Excellency Hamid Ousmane Dabo", "Her Royal Highness": a style, never a name
        while len(words) >= 2 and words[0].casefold() in ("his", "her"):
            style = 3 if words[1].casefold() == "royal" else 2  # "His Royal Highness"
            if len(words) < style or words[style - 1].casefold() not in STYLE_WORDS:
                break
            words = words[style:]
        titles: list[str] = []
        while len(words) > 1:  # "Sen. John McCain", "Mr. Burns"; but "Sheikh Hasina" is a name
            low = _ascii(words[0]).casefold()
            if low in self._abbreviations:
                titles.append(self._abbreviations[low])
            elif not (low in self._honorifics and (len(words) > 2 or low not in self._full_name_honorifics)):
                break
            words = words[1:]
        if len(words) == 1 and _ascii(words[0]).casefold() in (self._honorifics | self._abbreviations.keys()):
            words = []  # "Mr." alone names nobody
        if titles and role is None:
            role = " ".join(titles)
        return " ".join(words).strip(_EDGE), affiliation, role

    # ------------------------------------------------------------- filters

    def is_unresolvable(self, text: str) -> bool:
        """Pronouns and page furniture that never name an actor ("it", "Story highlights").

        "US" is not "us": a word in capitals is never taken for a pronoun.
        """
        text = _clean(text)
        folded = text.casefold()
        if folded not in self._unresolvable:
            return False
        return len(text) == 1 or not text.isupper()

    def is_media(self, name: str) -> bool:
        """Whether an organisation name is a news agency, publisher or similar non-actor."""
        text = _drop_leading_the(_clean(name)).casefold()
        if not text:
            return False
        if text in self._media_names or text.rpartition(" ")[2] in self._media_last:
            return True
        if text.endswith(self._media_glued):
            return True  # "ChinaUpdated": a dateline run together with its label
        padded = f" {text} "
        return any(word in padded for word in self._media_any)

    def is_group_name(self, name: str) -> bool:
        """Whether an unknown organisation's name reads as an armed or political group."""
        return any(word in self._group_words for word in _clean(name).casefold().split())

    def looks_like_organization(self, words: Sequence[str]) -> bool:
        """Whether a name's words say it names an organisation ("… Liberation Front", "… Council")."""
        return any(_strip_possessive(w).casefold().strip(_EDGE) in self._organization_words for w in words)

    def gathering_of(self, words: Sequence[str]) -> Actor | None:
        """The organisation whose members' meeting a name names: "Extraordinary Summit of Heads of
        State and Government of the Southern African Development Community", "SADC Heads of State
        and Government", "the 45th ASEAN Foreign Ministers' Meeting"; None for any other name."""
        folded = [_strip_possessive(w).casefold().strip(_EDGE) for w in words]
        if not any(w in self._gathering_nouns for w in folded):
            return None
        for start in range(len(words)):
            for end in range(min(len(words), start + self._max_key_tokens), start, -1):
                found = self.lookup(_strip_possessive(" ".join(words[start:end])))
                if found is None:
                    continue
                rest = folded[:start] + folded[end:]
                if found.type is ActorType.ORGANIZATION and all(map(self._is_gathering_word, rest)):
                    return found
                return None  # another actor inside: "Summit of China and Africa" is not one
        return None

    @property
    def gathering_nouns(self) -> frozenset[str]:
        """The nouns of a meeting's name, folded: "summit", "heads", "ministers"."""
        return self._gathering_nouns

    def is_gathering_name(self, words: Sequence[str]) -> bool:
        """Whether a name is only a meeting's words and names nobody ("Heads of State and
        Government", "the Foreign Ministers' Meeting")."""
        folded = [_strip_possessive(w).casefold().strip(_EDGE) for w in words]
        return any(w in self._gathering_nouns for w in folded) and all(map(self._is_gathering_word, folded))

    def _is_gathering_word(self, word: str) -> bool:
        """A folded word that may be part of a meeting's name ("summit", "foreign", "45th")."""
        return (
            word in self._gathering_nouns
            or word in self._gathering_modifiers
            or bool(_ORDINAL.fullmatch(word))
            or bool(_SPELLED_ORDINAL.fullmatch(word))
        )

    def actors_in(self, words: Sequence[str]) -> list[Actor]:
        """The actors named in a run of words, read left to right, the longest name first at each
        capitalised word (for text the entity recogniser misreads, such as a title)."""
        found: list[Actor] = []
        i = 0
        while i < len(words):
            step = 1
            if words[i][:1].isupper():
                for n in range(min(self._max_key_tokens, len(words) - i), 0, -1):
                    actor = self.lookup(" ".join(words[i : i + n]))
                    if actor is not None:
                        found.append(actor)
                        step = n
                        break
            i += step
        return found

    def leader_state(self, name: str) -> Actor | None:
        """The state a leader's name stands for before "administration" or "regime": "Trump",
        "Donald Trump" → United States (the surname alone, or the full name as listed)."""
        words = _ascii(name).casefold().split()
        for key in (" ".join(words), *(words[-1:] if len(words) > 1 else ())):
            if key in self._leaders:
                return self._leaders[key]
        return None

    def is_administration_word(self, word: str) -> bool:
        """Whether "<leader> <word>" means the leader's state ("Okafor administration")."""
        return word.casefold() in self._administration_words


def _expand(abbreviations: Mapping[str, str], role: str) -> str:
    """Spell out title abbreviations in a role: "Gen." → "General"."""
    return " ".join(abbreviations.get(w.casefold(), w) for w in role.split())


@cache
def _default_gazetteer() -> Gazetteer:
    source = resources.files("kg") / "data" / "gazetteer.json"
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(f"gazetteer: cannot read {source}: {e}") from e
    return Gazetteer.from_json(text)


# --------------------------------------------------------------------------- persons


class _Person:
    """One person of an article: the current actor and the keys that find it."""

    __slots__ = ("actor", "core", "initials")

    def __init__(self, actor: Actor, core: frozenset[str], initials: frozenset[str]) -> None:
        self.actor = actor
        self.core = core
        self.initials = initials

    def compatible(self, core: frozenset[str], initials: frozenset[str]) -> bool:
        """Whether a name could be this person: one name's words contain the other's."""
        if not core:
            return False
        if self.initials and initials and self.initials != initials:
            return False  # George H. W. Bush is not George W. Bush
        return core <= self.core or self.core <= core


#: Bodies whose head holds a title of their organisation: "Chairperson of the African Union
#: Commission" (the body itself may be an actor of its own, so these are no heads of `_is_body`).
_TITLE_BODIES = frozenset({"commission", "council", "secretariat", "assembly", "parliament"})


#: Last words of a place's name, never of a person's ("Rakhine State", "Kherson Oblast").
_PLACE_KINDS = frozenset(
    {"state", "province", "region", "district", "governorate", "oblast", "krai", "county", "prefecture",
     "island", "islands", "strait", "sea", "river", "valley", "city", "territory", "territories",
     "falls", "lake", "mountains", "mountain", "bay", "gulf", "coast", "port", "square", "street", "bridge",
     "airport", "dam", "peninsula", "desert", "canal", "town", "village", "camp"}
)  # fmt: skip


def is_place_kind(word: str) -> bool:
    """Whether a word ends a place's name rather than a person's ("State" of "Rakhine State")."""
    return word.casefold() in _PLACE_KINDS


#: The styles of "His Excellency", "Her Majesty", "His Royal Highness".
STYLE_WORDS = frozenset({"excellency", "majesty", "highness"})


class ArticleActors:
    """The actors of one article, so that later short forms join their first full mention.

    Plain Python state, no spaCy: the extractor makes one per article and calls
    `resolve` for each noun phrase in text order. Persons are registered from
    their full mentions ("Chinese foreign ministry spokesman Zhao Lijian"); later
    "Zhao", "Mr. Zhao" or "the spokesman" resolve to the same actor.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gaz = gazetteer if gazetteer is not None else Gazetteer.default()
        self._persons: list[_Person] = []
        self._orgs: dict[str, Actor] = {}  # casefolded name or acronym → organisation
        self._seen: list[Actor] = []

    @property
    def gazetteer(self) -> Gazetteer:
        return self._gaz

    @property
    def persons(self) -> tuple[Actor, ...]:
        """The persons registered so far, in order of first mention."""
        return tuple(p.actor for p in self._persons)

    @property
    def generation(self) -> tuple[int, int]:
        """How many persons are registered and actors noted: a name that resolved to nothing
        may resolve once either grows ("The Court" before and after the Court is named)."""
        return len(self._persons), len(self._seen)

    # ------------------------------------------------------------- bookkeeping

    def note(self, actor: Actor) -> None:
        """Record that ``actor`` was mentioned (for `last`)."""
        self._seen.append(actor)

    def last(self, kind: ActorType | None = None) -> Actor | None:
        """The most recently noted actor, optionally of one type."""
        for actor in reversed(self._seen):
            if kind is None or actor.type is kind:
                return self._current(actor)
        return None

    def _current(self, actor: Actor) -> Actor:
        """The latest version of a person noted earlier (its name may have grown since)."""
        if actor.type is ActorType.PERSON:
            for person in self._persons:
                if person.actor.name == actor.name:
                    return person.actor
        return actor

    # ------------------------------------------------------------- persons

    def _name_keys(self, name: str) -> tuple[frozenset[str], frozenset[str]]:
        """Core name words (casefolded, without particles, suffixes, initials) and initials."""
        core: set[str] = set()
        initials: set[str] = set()
        gaz = self._gaz
        for token in _ascii(name).split():
            low = token.casefold().strip(",")
            if _INITIAL.match(token):
                initials.add(low.replace(".", ""))
            elif low in gaz._particles or low in gaz._suffixes:
                continue
            else:
                core.add(low)
                for prefix in ("al-", "el-"):  # "al-Masri" is also "Masri"
                    if low.startswith(prefix) and len(low) > len(prefix):
                        core.add(low[len(prefix) :])
        return frozenset(core), frozenset(initials)

    def person(self, name: str, *, affiliation: Actor | None = None, role: str | None = None) -> Actor:
        """Register a person (or find the one already registered) and return its actor.

        Titles and honorifics in ``name`` are parsed off ("President Xi Jinping" →
        "Xi Jinping", role "President"); explicit ``affiliation``/``role`` take
        precedence. A later, longer form of a known name ("Ivan Petrov" after
        "Petrov") becomes the canonical name; a missing affiliation or role is
        filled in from later mentions. Raises ValueError when ``name`` holds no name.
        """
        parsed, parsed_affiliation, parsed_role = self._gaz.parse_person(name)
        if not parsed or not self._gaz._name_like(parsed.split()):
            raise ValueError(f"no person's name in {name!r}")
        affiliation = affiliation if affiliation is not None else parsed_affiliation
        return self._register(parsed, affiliation, role or parsed_role)

    def _match(
        self, core: frozenset[str], initials: frozenset[str], affiliation: Actor | None
    ) -> _Person | None:
        """The one registered person a name can be (the same words win a tie), else None."""
        matches = [
            p
            for p in self._persons
            if p.compatible(core, initials)
            and (affiliation is None or p.actor.affiliation in (None, affiliation))
        ]
        if len(matches) > 1:
            matches = [p for p in matches if p.core == core]
        return matches[0] if len(matches) == 1 else None

    @staticmethod
    def _enrich(
        person: _Person,
        name: str,
        keys: tuple[frozenset[str], frozenset[str]],
        affiliation: Actor | None,
        role: str | None,
    ) -> Actor:
        """Grow a person's name to a longer form and fill a missing affiliation or role."""
        core, initials = keys
        actor = person.actor
        longer = core > person.core or (core == person.core and bool(initials) and not person.initials)
        updated = Actor(
            name if longer else actor.name,
            ActorType.PERSON,
            affiliation=actor.affiliation or affiliation,
            role=actor.role or role,
        )
        if updated != actor:
            person.actor = updated
            if longer:
                person.core, person.initials = core, initials
        return person.actor

    def _register(self, name: str, affiliation: Actor | None, role: str | None) -> Actor:
        keys = self._name_keys(name)
        person = self._match(*keys, affiliation)
        if person is not None:
            return self._enrich(person, name, keys, affiliation, role)
        actor = Actor(name, ActorType.PERSON, affiliation=affiliation, role=role)
        self._persons.append(_Person(actor, *keys))
        return actor

    def _known_person(self, text: str) -> Actor | None:
        """A registered person named by a short form: "Xi", "President Xi", "Mr. Burns".

        What the mention adds (a longer name, the title's state and role) is kept.
        """
        if not self._persons:
            return None
        name, place, role = self._gaz.parse_person(text)
        if not name or not self._gaz._name_like(name.split()):
            return None
        keys = self._name_keys(name)
        person = self._match(*keys, place)
        if person is None:
            return None
        return self._enrich(person, name, keys, place, role)

    def _role_key(self, role: str) -> tuple[tuple[str, ...], str]:
        """A role as (head words, complement): "Secretary of State" → (("secretary",), "state")."""
        words = [self._gaz._role_synonyms.get(w, w) for w in _ascii(role).casefold().split()]
        for link in ("of", "to", "for"):
            if link in words:
                i = words.index(link)
                return tuple(words[:i]), " ".join(words[i + 1 :])
        return tuple(words), ""

    def _role_matches(self, reference: str, role: str) -> bool:
        """Whether "the secretary" can refer to someone whose role is ``role``."""
        ref_head, ref_complement = self._role_key(reference)
        head, complement = self._role_key(role)
        if not ref_head or len(ref_head) > len(head) or head[len(head) - len(ref_head) :] != ref_head:
            return False
        if len(head) > len(ref_head) and head[len(head) - len(ref_head) - 1] in self._gaz._not_alone:
            return False  # "the president" is not the vice president
        return not ref_complement or ref_complement == complement

    def _role_reference(self, text: str, context: str) -> Actor | None:
        """The one known person a title refers to: "the secretary", "the Russian president"."""
        words = _clean(text).split()
        if not words or words[0].casefold() in ("a", "an"):
            return None
        while words and words[0].casefold() in _DETERMINERS:
            words = words[1:]
        phrase = " ".join(words)
        if not phrase or not self._gaz.is_role(phrase):
            return None
        place, role = self._gaz.role_of(phrase, context=context)
        if role is None:
            return None
        matches = [
            p.actor
            for p in self._persons
            if p.actor.role
            and self._role_matches(role, p.actor.role)
            and (place is None or p.actor.affiliation == place)
        ]
        return matches[0] if len(matches) == 1 else None

    def _administration(self, text: str) -> Actor | None:
        """The state of a known leader's government: "Okafor administration" → Afghanistan."""
        words = _clean(text).split()
        while words and words[0].casefold() in _DETERMINERS:
            words = words[1:]
        if len(words) < 2 or not self._gaz.is_administration_word(words[-1]):
            return None
        name = _strip_possessive(" ".join(words[:-1]))
        person = self._known_person(name)
        actor = person.affiliation if person is not None else None
        if actor is None:
            # "the Lukashenka regime" in a text that says no more of him: the leader's state
            return self._gaz.leader_state(name) if self._gaz._name_like(name.split()) else None
        return actor if actor.type is ActorType.COUNTRY else None

    # ------------------------------------------------------------- organisations

    def _named_by_head(self, word: str) -> Actor | None:
        """The organisation most recently named whose name holds ``word`` ("Court"), or the one
        an office named so belongs to ("African Union Commission Chairperson" → African Union)."""
        folded = word.casefold()
        for actor in reversed(self._seen):
            actor = self._current(actor)
            if folded not in (w.casefold() for w in actor.name.split()):
                continue
            if actor.type is ActorType.ORGANIZATION:
                return actor
            owner = actor.affiliation if actor.type is ActorType.PERSON else None
            if owner is not None and owner.type is ActorType.ORGANIZATION:
                return owner
        return None

    def _organization(self, text: str) -> Actor | None:
        """An organisation the gazetteer does not know, from a spaCy ORG entity."""
        text = _typography(text)
        acronym = None
        match = _TRAILING_PAREN.match(text.rstrip(" .,;:"))
        if match:  # "Oromo Liberation Front (OLF)"
            text, acronym = match["main"], match["inner"].strip(_EDGE) or None
        text = _drop_leading_the(_strip_possessive(text.strip(_EDGE)).strip(_EDGE))
        if not text or not (text[0].isupper() or text[0].isdigit()):
            return None
        gaz = self._gaz
        if gaz.is_media(text) or (acronym and gaz.is_media(acronym)):
            return None
        if gaz.is_government_body(text) or gaz.is_role(text) or gaz.is_unresolvable(text):
            return None  # "the Foreign Ministry" of no named state: the extractor decides
        for key in (text.casefold(), acronym.casefold() if acronym else None):
            if key and key in self._orgs:
                return self._orgs[key]
        words = text.split()
        if len(words) == 1 and not (acronym or _ACRONYM.fullmatch(text)):
            # "the Court", "the Commission", "the Community": the organisation named before whose
            # name ends so ("the International Court of Justice", "the Southern African
            # Development Community"), never an organisation of that one word
            return self._named_by_head(text)
        gathering = gaz.gathering_of(words)
        if gathering is not None or gaz.is_gathering_name(words):
            return gathering
        if not (acronym or _ACRONYM.fullmatch(text) or gaz.looks_like_organization(words)):
            return None  # "El Fasher", "Koran": a place or a thing the recogniser took for one
        affiliation = None
        for k in range(min(len(words) - 1, gaz._max_key_tokens), 0, -1):
            hit = gaz._key(_strip_possessive(_ascii(" ".join(words[:k]))))
            if isinstance(hit, _Key) and hit.actor is not None and hit.actor.type is ActorType.COUNTRY:
                affiliation = hit.actor  # "Chinese Academy of Sciences"
                break
        kind = ActorType.GROUP if gaz.is_group_name(text) else ActorType.ORGANIZATION
        actor = Actor(
            text, kind, code=acronym if acronym and _is_exact_key(acronym) else None, affiliation=affiliation
        )
        self._orgs[text.casefold()] = actor
        if actor.code:
            self._orgs[actor.code.casefold()] = actor
        return actor

    # ------------------------------------------------------------- the entry point

    def resolve(self, text: str, *, label: str = "", context: str = "") -> Actor | None:
        """The actor a noun phrase names, or None; the actor found is `note`d.

        ``label`` is spaCy's entity label if any (PERSON, ORG, GPE, NORP, LOC, FAC);
        ``context`` the sentence (or article) for ambiguous names. Order: the
        gazetteer; a known person's short form or title ("Xi", "President Xi");
        "<known leader> administration"; a role reference to the one known person
        with that role ("the secretary"); a new PERSON (registered with the title's
        affiliation and role); a new ORG that is not media. Pronouns are left to
        the extractor and give None, as does anything unresolvable.
        """
        actor = self._resolve(text, label, context)
        if actor is not None:
            self.note(actor)
        return actor

    def resolve_mention(self, mention: Mention, *, context: str = "") -> Actor | None:
        """`resolve` for a `Mention`."""
        return self.resolve(mention.text, label=mention.label, context=context)

    def _resolve(self, text: str, label: str, context: str) -> Actor | None:
        gaz = self._gaz
        if not text or not text.strip() or gaz.is_unresolvable(text):
            return None
        actor = gaz.lookup(text, context=context)
        if actor is not None:
            return actor
        folded = _drop_leading_the(_clean(text)).casefold()
        if folded in self._orgs:
            return self._orgs[folded]
        actor = self._known_person(text) or self._administration(text) or self._role_reference(text, context)
        if actor is not None:
            return actor
        if label in ("", "ORG", "GPE", "NORP", "LOC", "FAC") and gaz.is_full_name(text):
            # "Karim Saidov" taken for an organisation: a known first name and a surname
            name, affiliation, role = gaz.parse_person(text)
            return self._register(name, affiliation, role)
        if label in ("NORP", "GPE", "LOC", "FAC", "PRON"):
            return None
        if label == "ORG":
            return self._organization(text)
        if gaz.is_media(text):
            return None
        if label == "PERSON" or (not label and gaz.split_title(text)[0] is not None):
            name, affiliation, role = gaz.parse_person(text)
            if not name or not gaz._name_like(name.split()) or gaz.is_role(name):
                return None
            return self._register(name, affiliation, role)
        return None

    def actors(self) -> tuple[Actor, ...]:
        """Every distinct actor noted so far, in order of first mention (current versions)."""
        seen: dict[str, Actor] = {}
        for actor in self._seen:
            current = self._current(actor)
            seen.setdefault(current.name, current)
        return tuple(seen.values())
