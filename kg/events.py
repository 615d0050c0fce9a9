"""Relation phrase → CAMEO event class, with its QuadClass and Goldstein value.

The extractor hands over a short verb phrase in lemma form ("accuse", "refuse to condemn",
"provide humanitarian assistance to", "invasion of"); :func:`classify` returns the CAMEO
:class:`~kg.types.EventClass` it denotes, or ``None`` when the phrase names no known event.

Everything here is pure and driven by two data files under ``kg/data/``:

``cameo_classes.tsv``
    every CAMEO code used, with its name, QuadClass and Goldstein value;
``cameo_lexicon.tsv``
    verbs, verb phrases and event nouns, each with a code, and the control verbs with the rule
    that combines them with their complement (the file header documents the rules).

How a relation is matched
-------------------------
1. The text is lower-cased, possessives dropped and split into words; a hyphenated compound
   is one word when the lexicon knows it joined ("re-establish", "cease-fire"), else its last
   part ("Russia-backed" → "backed").  Each word gets its possible lemmas (irregular table,
   British spellings, light suffix stripping, a dropped "re-" prefix), kept only when the
   lexicon knows them — no spaCy here.
2. Words are scanned left to right.  At the first word that starts a lexicon phrase, the
   longest phrase whose remaining words follow in order (with at most :data:`MAX_GAP`
   modifier words between two of them) wins; on a tie, the tightest match.  Modifiers
   (adverbs, adjectives, determiners) are thereby skipped wherever they sit.
3. A speech verb marked ``weak`` ("say") only counts when nothing else in the phrase matches.
4. A control verb ("refuse", "pledge", "urge", "suspend" …) classifies its complement — the
   words after it — recursively and maps the complement's code through its rule table
   (:data:`CONTROL_RULES`): "refuse to talk" → 125, "threaten to impose sanctions" → 1312.
5. A generic code is refined by a qualifier word in the phrase (:data:`QUALIFIERS`):
   "provide humanitarian aid" → 073 rather than 070.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from kg.errors import DataError, UnknownCodeError
from kg.types import EventClass

__all__ = [
    "CONTROL_RULES",
    "KEEP",
    "MAX_GAP",
    "QUAD_CLASSES",
    "QUALIFIERS",
    "Lexicon",
    "LexiconEntry",
    "UnknownCodeError",
    "classify",
    "event_class",
    "event_classes",
    "lexicon",
    "lexicon_size",
    "negates",
    "parent_code",
    "parse_classes",
    "parse_lexicon",
    "root_class",
]

CLASSES_FILE = "cameo_classes.tsv"
LEXICON_FILE = "cameo_lexicon.tsv"

QUAD_CLASSES: dict[int, str] = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}

# The QuadClass of each root code (the usual GDELT grouping); the class table must agree.
_QUAD_OF_ROOT: dict[str, int] = {
    f"{root:02d}": 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4 for root in range(1, 21)
}

MAX_GAP = 4
"""How many modifier words may sit between two words of a lexicon phrase."""

POS_TAGS = frozenset({"verb", "noun"})

# ---------------------------------------------------------------------------------------------
# Control rules as data.  Each rule maps the code of the complement to the resulting code: the
# longest key that is a prefix of the complement's code wins ("" is the default); "*" keeps the
# complement's own code.
# ---------------------------------------------------------------------------------------------
KEEP = "*"

# What a threat is a threat of (13x), by the class of the threatened act.
_THREAT_OF: dict[str, str] = {
    "": "130",
    "16": "131",  # reduce relations
    "161": "1313",  # break relations
    "162": "1311",  # cut aid
    "163": "1312",  # sanctions, embargo, boycott
    "164": "134",  # halt negotiations
    "165": "135",  # halt mediation
    "166": "136",  # expel or withdraw
    "172": "132",  # administrative sanctions
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "14": "133",  # protest
    "173": "137",  # arrest, expel, repress
    "174": "137",
    "175": "137",
    "15": "138",  # force posture
    "18": "1383",  # unconventional violence
    "19": "1384",  # conventional attack
    "191": "1381",  # blockade
    "192": "1382",  # occupation
    "20": "1383",
    "204": "1385",  # weapons of mass destruction
}

# Intent to cooperate (03x), by the class of the promised act.
_INTENT_TO: dict[str, str] = {
    "": "030",
    "03": KEEP,
    "04": "036",  # meet or negotiate
    "045": "039",  # mediate
    "05": "032",  # diplomatic cooperation
    "06": "031",  # material cooperation
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",  # aid
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",  # yield
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}

# Conflictual complements of a promise make it a threat ("vow to retaliate").
_CONFLICT_ROOTS = tuple(f"{root:02d}" for root in range(9, 21))

CONTROL_RULES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        # "refuse to X": rejection (12x), by what is refused.
        "reject": MappingProxyType(
            {
                "": "120",
                "021": "121",
                "023": "122",
                "0231": "1221",
                "0232": "1222",
                "0233": "1223",
                "0234": "1224",
                "024": "123",
                "025": "124",
                "026": "125",
                "027": "127",
                "028": "126",
                "036": "125",
                "037": "127",
                "038": "126",
                "04": "125",  # refuse to meet, talk, negotiate
                "045": "126",  # refuse to mediate
                "057": "127",  # refuse to sign
                "06": "121",
                "061": "1211",
                "062": "1212",
                "07": "122",
                "071": "1221",
                "072": "1222",
                "073": "1223",
                "074": "1224",
                "08": "124",
                "081": "1241",
                "082": "1242",
                "083": "123",
                "084": "1243",
                "085": "1244",
                "086": "1245",
                "087": "1246",
                "101": "121",
                "103": "122",
                "104": "123",
                "105": "124",
                "106": "125",
                "107": "127",
                "108": "126",
            }
        ),
        # "pledge to X": intent (03x) for cooperation, a threat (13x) for conflict.
        "intend": MappingProxyType(
            {
                **_INTENT_TO,
                **dict.fromkeys(_CONFLICT_ROOTS, "130"),
                **{k: v for k, v in _THREAT_OF.items() if k},
            }
        ),
        # "threaten to X": always a threat (13x).
        "threaten": MappingProxyType(dict(_THREAT_OF)),
        # "agree to X": intent for consultation and cooperation; the act itself for a yield, a formal
        # agreement, recognition, or a conflictual act agreed on together ("agree to condemn").
        "agree": MappingProxyType(
            {
                **{k: v for k, v in _INTENT_TO.items() if not k.startswith("08")},
                "046": "036",
                "054": KEEP,
                "057": KEEP,
                "08": KEEP,
                **dict.fromkeys(_CONFLICT_ROOTS, KEEP),
            }
        ),
        # "urge Y to X", "call for X": appeal (02x), by what is asked for.
        "appeal": MappingProxyType(
            {
                "": "020",
                "037": "027",
                "038": "028",
                "039": "028",
                "04": "026",
                "045": "028",
                "05": "022",
                "057": "027",
                "06": "021",
                "061": "0211",
                "062": "0212",
                "063": "0213",
                "064": "0214",
                "07": "023",
                "071": "0231",
                "072": "0232",
                "073": "0233",
                "074": "0234",
                "08": "025",
                "081": "0251",
                "082": "0252",
                "083": "024",
                "084": "0253",
                "085": "0254",
                "086": "0255",
                "087": "0256",
            }
        ),
        # "demand X", "insist on X": demand (10x), by what is demanded.
        "demand": MappingProxyType(
            {
                "": "100",
                "037": "107",
                "038": "108",
                "04": "106",
                "045": "108",
                "05": "102",
                "057": "107",
                "06": "101",
                "061": "1011",
                "062": "1012",
                "063": "1013",
                "064": "1014",
                "07": "103",
                "071": "1031",
                "072": "1032",
                "073": "1033",
                "074": "1034",
                "08": "105",
                "081": "1051",
                "082": "1052",
                "083": "104",
                "084": "1053",
                "085": "1054",
                "086": "1055",
                "087": "1056",
            }
        ),
        # "suspend / halt / lift X": stopping cooperation reduces relations (16x); stopping conflict
        # is a yield (08x): "lift sanctions" → 085, "end the war" → 087.
        "halt": MappingProxyType(
            {
                "": "160",
                "036": "164",
                "04": "164",  # talks, visits
                "045": "165",  # mediation
                "05": "161",  # diplomatic ties
                "06": "160",
                "07": "162",  # aid
                "071": "1621",
                "072": "1622",
                "073": "1623",
                "074": "1661",  # protection, peacekeeping
                "0861": "1661",
                "0862": "1662",
                "0863": "1663",
                **dict.fromkeys(("09", "10", "11", "12", "13", "16", "17"), "080"),
                "14": "082",
                "15": "087",
                "163": "085",  # sanctions
                "172": "081",
                "1721": "0811",
                "1722": "0812",
                "1723": "0813",
                "1724": "0814",
                "173": "084",  # detention
                "18": "087",
                "19": "087",
                "191": "0872",  # blockade, siege
                "20": "087",
            }
        ),
        # "decide to X", "plan to X", "seek to X", "try to X", "reaffirm X": the complement's class.
        "inner": MappingProxyType({"": KEEP}),
        # "fail to X", "refrain from X": the complement's class, negated.
        "negate": MappingProxyType({"": KEEP}),
    }
)

ENTRY_RULES = frozenset({"", "weak", *CONTROL_RULES})

# A generic code refined by a qualifying word of the phrase ("humanitarian aid" → 073).
QUALIFIERS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "070": MappingProxyType(
            {
                "humanitarian": "073",
                "food": "073",
                "medical": "073",
                "medicine": "073",
                "relief": "073",
                "military": "072",
                "militarily": "072",
                "arms": "072",
                "weapon": "072",
                "defense": "072",
                "security": "072",
                "economic": "071",
                "economically": "071",
                "financial": "071",
                "financially": "071",
                "budget": "071",
                "political": "051",
                "diplomatic": "051",
            }
        ),
        "050": MappingProxyType(
            {
                "economic": "061",
                "trade": "061",
                "energy": "061",
                "economically": "061",
                "military": "062",
                "militarily": "062",
                "defense": "062",
                "intelligence": "064",
                "judicial": "063",
            }
        ),
        "040": MappingProxyType({"phone": "041", "telephone": "041", "video": "041", "virtual": "041"}),
        "190": MappingProxyType(
            {
                "air": "195",
                "aerial": "195",
                "drone": "195",
                "missile": "195",
                "artillery": "194",
                "tank": "194",
                "rocket": "194",
            }
        ),
    }
)

# ---------------------------------------------------------------------------------------------
# Light lemmatisation: irregular forms, British spellings, suffix stripping.
# ---------------------------------------------------------------------------------------------
# fmt: off
_IRREGULAR: dict[str, str] = {
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do",
    "held": "hold", "met": "meet", "said": "say", "told": "tell", "sought": "seek",
    "fought": "fight", "struck": "strike", "stricken": "strike", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "made": "make", "brought": "bring", "broke": "break",
    "broken": "break", "shot": "shoot", "threw": "throw", "thrown": "throw", "withdrew": "withdraw",
    "withdrawn": "withdraw", "stood": "stand", "spoke": "speak", "spoken": "speak", "sent": "send",
    "sold": "sell", "bought": "buy", "beaten": "beat", "kept": "keep", "lent": "lend",
    "went": "go", "gone": "go", "came": "come", "began": "begin", "begun": "begin", "won": "win",
    "lost": "lose", "fled": "flee", "drove": "drive", "driven": "drive", "forgave": "forgive",
    "forgiven": "forgive", "undertook": "undertake", "undertaken": "undertake", "upheld": "uphold",
    "withheld": "withhold", "overran": "overrun", "rose": "rise", "risen": "rise", "saw": "see",
    "seen": "see", "knew": "know", "known": "know", "thought": "think", "felt": "feel",
    "paid": "pay", "laid": "lay", "rebuilt": "rebuild", "built": "build", "spent": "spend",
    "flew": "fly", "flown": "fly", "chose": "choose", "chosen": "choose", "froze": "freeze",
    "frozen": "freeze", "wrote": "write", "written": "write", "caught": "catch", "sank": "sink",
    "sunk": "sink", "slew": "slay", "slain": "slay", "retook": "retake", "retaken": "retake",
    "overtook": "overtake", "shook": "shake", "swore": "swear", "sworn": "swear", "led": "lead",
    "fed": "feed", "dealt": "deal", "overthrew": "overthrow", "overthrown": "overthrow",
    "crises": "crisis",
}

_BRITISH: dict[str, str] = {
    "defence": "defense", "offence": "offense", "honour": "honor", "honoured": "honored",
    "honouring": "honoring", "favour": "favor", "labour": "labor", "programme": "program",
    "centre": "center", "licence": "license", "counselled": "counseled", "travelled": "traveled",
    "travelling": "traveling", "cancelled": "canceled", "cancelling": "canceling",
    "signalled": "signaled", "fuelled": "fueled", "armour": "armor", "armoured": "armored",
    "rumour": "rumor", "endeavour": "endeavor",
}
# fmt: on

_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)$")
_POSSESSIVE = re.compile(r"['’]s\b")
_DASHES = re.compile(r"[‐‑‒–—]")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _tokenize(text: str) -> list[str]:
    """Lower-case words of ``text``: possessives dropped, hyphenated compounds kept whole."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _POSSESSIVE.sub("", text)
    text = _DASHES.sub("-", text)
    return _WORD.findall(text)


def _stems(word: str) -> Iterator[str]:
    """Candidate lemmas of an inflected ``word`` (over-generates; the lexicon filters)."""
    n = len(word)
    if n > 4 and word.endswith("ies"):
        yield word[:-3] + "y"  # denies, allies
    if n > 3 and word.endswith("es"):
        yield word[:-2]  # pushes
    if n > 3 and word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]  # accuses, talks
    if n > 4 and word.endswith("ied"):
        yield word[:-3] + "y"  # denied, occupied
    if n > 3 and word.endswith("ed"):
        yield word[:-2]  # attacked
        yield word[:-1]  # accused
        if n > 5 and word[-3] == word[-4]:
            yield word[:-3]  # stopped
    if n > 4 and word.endswith("ing"):
        base = word[:-3]
        yield base  # attacking
        yield base + "e"  # accusing
        if len(base) > 2 and base[-1] == base[-2]:
            yield base[:-1]  # stopping
        if base.endswith("y"):
            yield base[:-1] + "ie"  # dying


def _plurals(word: str) -> Iterator[str]:
    """Plurals of a noun lemma, for lexicon phrases written with a plural noun: the
    extractor writes "sever tie with" where the lexicon has "sever ties"."""
    if len(word) < 3 or word.endswith("s"):
        return
    yield word + "s"  # tie → ties, troop → troops
    if word.endswith("y") and word[-2] not in "aeiou":
        yield word[:-1] + "ies"  # hostility → hostilities


@lru_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    """The lexicon words that ``word`` may be a form of (``word`` itself included)."""
    vocab = lexicon().vocab
    if "-" in word:
        # "re-establish" and "cease-fire" are words once joined; "Russia-backed" is its last part.
        joined = _forms(word.replace("-", ""))
        return joined if joined & vocab else _forms(word.rsplit("-", 1)[1]) | {word}
    word = _BRITISH.get(word, word)
    spellings = [word]
    if _ISE.search(word):
        spellings.append(_ISE.sub(r"iz\1", word))  # criticise → criticize
    found = {word}
    for spelling in spellings:
        for candidate in (spelling, _IRREGULAR.get(spelling, ""), *_stems(spelling), *_plurals(spelling)):
            if candidate in vocab:
                found.add(candidate)
    if len(found) == 1 and word not in vocab and word.startswith("re") and len(word) > 5:
        found |= _forms(word[2:])  # reimpose → impose, reestablish → establish
    return frozenset(found)


# ---------------------------------------------------------------------------------------------
# Data files
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LexiconEntry:
    """One row of the lexicon: a phrase in lemma form and what it denotes."""

    phrase: tuple[str, ...]
    pos: str  # "verb" or "noun"
    code: str | None  # None only for control verbs that pass their complement on
    rule: str  # "" (plain), "weak", or a key of CONTROL_RULES

    @property
    def text(self) -> str:
        return " ".join(self.phrase)

    @property
    def is_control(self) -> bool:
        return self.rule in CONTROL_RULES


@dataclass(frozen=True)
class Lexicon:
    """The lexicon entries in file order, indexed by their first word."""

    entries: tuple[LexiconEntry, ...]
    by_head: Mapping[str, tuple[LexiconEntry, ...]]  # first word → entries, longest first
    vocab: frozenset[str]


def _read(name: str) -> str:
    """The text of a data file shipped in ``kg/data/``."""
    try:
        return resources.files("kg").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(f"kg/data/{name}: cannot be read: {e}") from e


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Numbered, tab-split data rows of a TSV text (blank lines, comments and header skipped)."""
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield number, line.split("\t")


_CODE = re.compile(r"^\d{2,4}$")


def parse_classes(text: str, *, source: str = CLASSES_FILE) -> Mapping[str, EventClass]:
    """Parse and check a class table (``code, name, quad_class, goldstein``), keyed by code.

    Raises :class:`~kg.errors.DataError` naming ``source`` and the line for any broken row.
    """
    raw: dict[str, tuple[str, int, float | None]] = {}
    for number, cells in _rows(text):
        where = f"{source}:{number}"
        if len(cells) != 4:
            raise DataError(f"{where}: expected 4 tab-separated columns, found {len(cells)}")
        code, name, quad, goldstein = (cell.strip() for cell in cells)
        if not _CODE.match(code) or code[:2] not in _QUAD_OF_ROOT:
            raise DataError(f"{where}: {code!r} is not a CAMEO code (two to four digits, root 01-20)")
        if code in raw:
            raise DataError(f"{where}: code {code} listed twice")
        if not name:
            raise DataError(f"{where}: code {code} has no name")
        if quad != str(_QUAD_OF_ROOT[code[:2]]):
            raise DataError(f"{where}: QuadClass of {code} must be {_QUAD_OF_ROOT[code[:2]]}, not {quad!r}")
        value: float | None = None
        if goldstein:
            try:
                value = float(goldstein)
            except ValueError as e:
                raise DataError(f"{where}: Goldstein value {goldstein!r} is not a number") from e
            if not -10.0 <= value <= 10.0:
                raise DataError(f"{where}: Goldstein value {value} is outside -10..10")
        raw[code] = (name, int(quad), value)
    for root in _QUAD_OF_ROOT:
        if root not in raw:
            raise DataError(f"{source}: root class {root} is missing")
    classes: dict[str, EventClass] = {}
    for code, (name, quad, value) in raw.items():
        parent = parent_code(code)
        if parent is not None and parent not in raw:
            raise DataError(f"{source}: {code} is listed but its parent {parent} is not")
        if value is None:
            value = raw[code[:2]][2]  # an empty cell takes the root's value
            if value is None:
                raise DataError(f"{source}: root {code[:2]} needs a Goldstein value")
        classes[code] = EventClass(code=code, name=name, quad_class=quad, goldstein=value)
    return MappingProxyType(classes)


def parse_lexicon(
    text: str, classes: Mapping[str, EventClass], *, source: str = LEXICON_FILE
) -> tuple[LexiconEntry, ...]:
    """Parse and check a lexicon (``phrase, pos, code[, rule]``) against a class table.

    Raises :class:`~kg.errors.DataError` naming ``source`` and the line for any broken row.
    """
    entries: list[LexiconEntry] = []
    seen: dict[tuple[str, ...], LexiconEntry] = {}
    for number, cells in _rows(text):
        where = f"{source}:{number}"
        if len(cells) not in (3, 4):
            raise DataError(f"{where}: expected 3 or 4 tab-separated columns, found {len(cells)}")
        phrase_text, pos, code = (cell.strip() for cell in cells[:3])
        rule = cells[3].strip() if len(cells) == 4 else ""
        phrase = tuple(phrase_text.split())
        if not phrase or tuple(_tokenize(phrase_text)) != phrase or "-" in phrase_text:
            raise DataError(f"{where}: phrase {phrase_text!r} must be lower-case words separated by spaces")
        if pos not in POS_TAGS:
            raise DataError(f"{where}: part of speech {pos!r} is not one of {sorted(POS_TAGS)}")
        if rule not in ENTRY_RULES:
            raise DataError(f"{where}: rule {rule!r} is not one of {sorted(ENTRY_RULES)}")
        if code and code not in classes:
            raise DataError(f"{where}: code {code!r} is not in the class table")
        if not code and rule not in CONTROL_RULES:
            raise DataError(f"{where}: only a control verb may leave the code empty")
        entry = LexiconEntry(phrase=phrase, pos=pos, code=code or None, rule=rule)
        earlier = seen.get(phrase)
        if earlier is not None and (earlier.code, earlier.rule) != (entry.code, entry.rule):
            raise DataError(f"{where}: {phrase_text!r} is listed earlier with another code or rule")
        seen[phrase] = entry
        entries.append(entry)
    return tuple(entries)


def _check_rule_targets(classes: Mapping[str, EventClass]) -> None:
    """Every code the control and qualifier tables produce must be a listed class."""
    for rule, table in CONTROL_RULES.items():
        for target in table.values():
            if target != KEEP and target not in classes:
                raise DataError(f"control rule {rule!r} maps to {target}, which is not in {CLASSES_FILE}")
    for generic, table in QUALIFIERS.items():
        for target in (generic, *table.values()):
            if target not in classes:
                raise DataError(f"qualifier table uses {target}, which is not in {CLASSES_FILE}")


@cache
def _classes() -> Mapping[str, EventClass]:
    classes = parse_classes(_read(CLASSES_FILE), source=f"kg/data/{CLASSES_FILE}")
    _check_rule_targets(classes)
    return classes


@cache
def lexicon() -> Lexicon:
    """The parsed, checked lexicon with its head index (loaded once)."""
    entries = parse_lexicon(_read(LEXICON_FILE), _classes(), source=f"kg/data/{LEXICON_FILE}")
    unique = {entry.phrase: entry for entry in entries}
    by_head: dict[str, list[LexiconEntry]] = {}
    for entry in unique.values():
        by_head.setdefault(entry.phrase[0], []).append(entry)
    vocab = frozenset(word for phrase in unique for word in phrase)
    return Lexicon(
        entries=entries,
        by_head=MappingProxyType(
            {head: tuple(sorted(group, key=lambda e: -len(e.phrase))) for head, group in by_head.items()}
        ),
        vocab=vocab | frozenset(word for table in QUALIFIERS.values() for word in table),
    )


# ---------------------------------------------------------------------------------------------
# Public look-ups
# ---------------------------------------------------------------------------------------------


def event_classes() -> tuple[EventClass, ...]:
    """Every CAMEO class of ``cameo_classes.tsv``, in file order."""
    return tuple(_classes().values())


def event_class(code: str) -> EventClass:
    """The :class:`EventClass` of a CAMEO ``code`` ("11", "112", "1121").

    Raises :class:`UnknownCodeError` (a :class:`~kg.errors.DataError` and a :class:`KeyError`)
    for a code that the class table does not list.
    """
    key = str(code).strip()
    try:
        return _classes()[key]
    except KeyError:
        raise UnknownCodeError(key) from None


def root_class(code: str) -> EventClass:
    """The root (two-digit) class of a listed CAMEO ``code``: ``root_class("1121").code == "11"``."""
    return event_class(event_class(code).root)


def parent_code(code: str) -> str | None:
    """The code one level up ("1121" → "112", "112" → "11"), or ``None`` for a root."""
    return code[:-1] if len(code) == 4 else code[:2] if len(code) == 3 else None


def lexicon_size() -> int:
    """How many distinct verbs, verb phrases and event nouns the lexicon holds."""
    return len({entry.phrase for entry in lexicon().entries})


def present_verb(word: str) -> str | None:
    """The lemma of a word in the third person present that the lexicon knows as a verb
    ("reopens" → "reopen", "denies" → "deny", "pushes" → "push"), else ``None``."""
    word = word.casefold()
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return None
    heads = lexicon().by_head
    for lemma in (
        word[:-3] + "y" if word.endswith("ies") else None,
        word[:-1],
        word[:-2] if word.endswith("es") else None,  # ("pushes"; not "barbs" → "bar")
    ):
        if lemma and any(entry.phrase == (lemma,) and entry.pos != "noun" for entry in heads.get(lemma, ())):
            return lemma
    return None


def gerund_verb(word: str) -> str | None:
    """The lemma of an "-ing" form when the lexicon knows it as a verb and not the word itself as
    a noun ("mediating" → "mediate", "brokering" → "broker"; not "meeting", "funding"), else
    ``None``."""
    word = word.casefold()
    if len(word) < 6 or not word.endswith("ing"):
        return None
    heads = lexicon().by_head
    if any(entry.pos == "noun" for entry in heads.get(word, ())):
        return None
    stem = word[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls" else None
    for lemma in (stem, stem + "e", doubled):
        if lemma and any(entry.phrase[0] == lemma and entry.pos != "noun" for entry in heads.get(lemma, ())):
            return lemma
    return None


def base_verb(word: str) -> str | None:
    """The word itself when the lexicon knows it as a verb ("sign", "agree"): the present of a
    plural subject in a headline ("Philippines, Vietnam Sign Pact"), else ``None``."""
    word = word.casefold()
    heads = lexicon().by_head
    if any(entry.phrase == (word,) and entry.pos != "noun" for entry in heads.get(word, ())):
        return word
    return None


def heads_verb(word: str) -> bool:
    """Whether the lexicon has a verb phrase that opens with the word ("pledge" of "pledge
    support", "hold" of "hold talks"), or the word itself as a verb."""
    word = word.casefold()
    return any(entry.pos != "noun" for entry in lexicon().by_head.get(word, ()))


def classify(relation: str) -> EventClass | None:
    """The CAMEO class of a relation phrase, or ``None`` when it names no known event.

    >>> classify("refuse to condemn").code
    '120'
    >>> classify("provide humanitarian assistance to").code
    '073'
    """
    code, _negated = _analyse(relation)
    return None if code is None else _classes()[code]


def negates(relation: str) -> bool:
    """Whether the relation's control verb denies its complement ("fail to condemn").

    The class of such a relation is the complement's ("condemn" → 111); the extractor should
    then set the statement's ``negated`` flag.
    """
    return _analyse(relation)[1]


# ---------------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _analyse(relation: str) -> tuple[str | None, bool]:
    if not isinstance(relation, str):
        return None, False
    forms = tuple(_forms(word) for word in _tokenize(relation))
    return _match(forms)


def _fit(phrase: tuple[str, ...], forms: tuple[frozenset[str], ...], at: int) -> tuple[int, int] | None:
    """Match ``phrase[1:]`` in order after position ``at``: (total gap, last position) or None.

    Tries every admissible position of each word, keeping the tightest fit.
    """
    if len(phrase) == 1:
        return 0, at
    best: tuple[int, int] | None = None
    word, rest = phrase[1], phrase[1:]
    for pos in range(at + 1, min(at + 2 + MAX_GAP, len(forms))):
        if word in forms[pos]:
            tail = _fit(rest, forms, pos)
            if tail is not None:
                candidate = (tail[0] + pos - at - 1, tail[1])
                if best is None or candidate[0] < best[0]:
                    best = candidate
    return best


def _best_at(forms: tuple[frozenset[str], ...], at: int) -> tuple[LexiconEntry, int] | None:
    """The best lexicon entry starting at word ``at``, with the position of its last word."""
    by_head = lexicon().by_head
    best: tuple[int, int, LexiconEntry, int] | None = None  # (length, -gap, entry, end)
    for head in forms[at]:
        for entry in by_head.get(head, ()):
            if best is not None and len(entry.phrase) < best[0]:
                break  # entries are sorted longest first
            fit = _fit(entry.phrase, forms, at)
            if fit is None:
                continue
            gap, end = fit
            key = (len(entry.phrase), -gap)
            if best is None or key > best[:2]:
                best = (key[0], key[1], entry, end)
    return None if best is None else (best[2], best[3])


def _match(forms: tuple[frozenset[str], ...]) -> tuple[str | None, bool]:
    weak: str | None = None
    for at in range(len(forms)):
        found = _best_at(forms, at)
        if found is None:
            continue
        entry, end = found
        if entry.rule == "weak":
            weak = weak or entry.code  # a speech verb counts only if nothing else matches
            continue
        if entry.is_control:
            if any(f & _NOT for f in forms[at + 1 : end + 2]):
                # "pledge not to attack", "decide never to recognise": the control verb's own
                # class, for the complement is what will not be done
                return entry.code, False
            inner, _ = _match(forms[end + 1 :])
            if inner is None:
                return entry.code, entry.rule == "negate" and entry.code is not None
            return _apply_rule(entry.rule, inner), entry.rule == "negate"
        return _refine(entry.code, forms), False
    return weak, False


_NOT = frozenset({"not", "never"})


def _apply_rule(rule: str, inner: str) -> str:
    """Map the complement's code through a control rule (longest prefix wins)."""
    table = CONTROL_RULES[rule]
    for size in range(len(inner), -1, -1):
        target = table.get(inner[:size])
        if target is not None:
            return inner if target == KEEP else target
    return inner  # unreachable: every table has a default ""


def _refine(code: str | None, forms: tuple[frozenset[str], ...]) -> str | None:
    """Refine a generic code by a qualifying word ("humanitarian" aid → 073)."""
    table = QUALIFIERS.get(code or "")
    if table is None:
        return code
    for word_forms in forms:
        for form in word_forms:
            target = table.get(form)
            if target is not None:
                return target
    return code
