"""The frozen data that flows between the stages of the pipeline.

Article → (spaCy Doc) → Mention → Actor → Statement → RDF.

Nothing here touches disk, network or spaCy: these are plain values that can be
pickled, compared, hashed and sent between processes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class ActorType(StrEnum):
    """The kinds of international actor the graph knows."""

    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    GROUP = "Group"
    TERRITORY = "Territory"


@dataclass(frozen=True)
class Article:
    """One news article, as read from a file, a JSON record or stdin.

    ``id`` is stable for the same source (record id, URL or file path): a
    changed article with the same id replaces the earlier version in the store.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date, "2022-03-09"
    url: str | None = None
    source: str | None = None  # where it was read from (path, "<stdin>")
    publisher: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 over what determines the extraction: title, date and text."""
        h = hashlib.sha256()
        for part in (self.title or "", self.date or "", self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()


@dataclass(frozen=True)
class Mention:
    """A span of an article's text that may name an actor."""

    text: str
    start: int  # character offsets in the article text
    end: int
    label: str = ""  # spaCy entity label, or "PRON", "NOUN" …


@dataclass(frozen=True)
class Actor:
    """A normalised international actor.

    ``name`` is the canonical name ("China", "Zhao Lijian"); ``code`` the ISO
    3166 alpha-3 code for a country or a short code for an organisation;
    ``affiliation`` the actor (a state, or an organisation such as the United
    Nations) a person or body belongs to, described as it is described
    anywhere else.
    """

    name: str
    type: ActorType
    code: str | None = None
    affiliation: Actor | None = None
    role: str | None = None


@dataclass(frozen=True)
class EventClass:
    """A CAMEO event class with its QuadClass and Goldstein value."""

    code: str  # "12", or a longer code such as "112"
    name: str
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class Statement:
    """One subject–relation–object statement with its evidence."""

    subject: Actor
    relation: str  # short verb phrase in the active voice: "refuse to condemn"
    object: Actor
    event: EventClass
    sentence: str
    start: int  # character offsets of the sentence in the article text
    end: int
    article_id: str
    date: str | None = None
    negated: bool = False
    hypothetical: bool = False  # modal, conditional or future: "could", "would", "if"
    source: Actor | None = None  # who is reported to have said it (attribution)
    article_title: str | None = field(default=None, compare=False)

    @property
    def cameo(self) -> str:
        return self.event.code


@dataclass(frozen=True)
class SentenceFailure:
    """A sentence the extractor could not read: the rules met a parse they did not expect.

    The sentence gives no statements; the rest of its article is read as usual.
    """

    article_id: str
    start: int  # character offsets of the sentence in the article text
    end: int
    error: str  # the exception's name and message

    def __str__(self) -> str:
        return f"sentence at characters {self.start}-{self.end} could not be read ({self.error})"


@dataclass(frozen=True)
class Extraction:
    """What the extractor read from one article: its statements, and the sentences it could not read."""

    statements: tuple[Statement, ...] = ()
    failures: tuple[SentenceFailure, ...] = ()
