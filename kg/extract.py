"""spaCy ``Doc`` → :class:`~kg.types.Statement`: the rule-based extractor.

Pure: it reads parsed documents and returns frozen statements. The patterns are
in :mod:`kg.rules`; actors are resolved by :mod:`kg.actors`, relations typed by
:mod:`kg.events`.

How a sentence is read:

1. Every verb is a candidate predicate. Its subject comes from ``nsubj``, the
   ``by`` agent of a passive, the controller of an infinitive ("refused to
   condemn", "urged Chile to take"), the verb it is coordinated with, the
   possessor of the noun a clause hangs on ("Peru's decision to recognize"),
   or the noun a relative clause hangs on.
2. Its objects come from direct objects, prepositional objects, and short paths
   through non-actor nouns ("voice alarm about Chile's plan"). The
   possessor of a noun on the path stands for it ("denounce Chad's strike" →
   denounce Chad), and so does a state's adjective ("Nigerian vessels").
3. Event nouns make statements of their own ("Chad's strike on Niger",
   "talks between X and Y"), and so do relationship nouns ("X's ally Y") and
   sponsor compounds ("the AU-mediated talks" between two parties).
4. Each side is resolved to actors (coordination gives one statement per
   pair); a side that does not resolve gives no statement. Coordinated
   subjects of a reciprocal predicate with no other participant relate to each
   other ("X and Y met" → X – meet with – Y).
5. Pronouns, "both sides" and "the two leaders" are resolved from the
   discourse so far; "I" and "we" from the document's own voice (see
   :func:`document_voice`) or from the speaker of the quotation they are in.
6. The relation is typed with CAMEO; clauses under speech verbs carry their
   speaker as source; negation and modality become flags; an obligation
   ("Chad should withdraw") is an appeal by whoever says it.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import combinations, pairwise
from typing import TYPE_CHECKING, TypeVar

from . import events, rules
from .actors import STYLE_WORDS, ArticleActors, Gazetteer, is_place_kind
from .nlp import spaced_dash
from .types import Actor, ActorType, Article, EventClass, Extraction, SentenceFailure, Statement

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: What a discourse memory holds: an actor, or the two sides of a conflict.
_Noted = TypeVar("_Noted")

__all__ = [
    "FALLBACK_CODE",
    "Voice",
    "document_voice",
    "extract",
    "extract_articles",
    "extract_text",
    "read_article",
]

log = logging.getLogger(__name__)

#: Relation class when a relation has no entry in the lexicon but links two actors.
FALLBACK_CODE = "01"

#: (relation words, object): the object is a token, or an actor known from earlier text.
_Path = tuple[tuple[str, ...], "Token | Actor"]


@dataclass(frozen=True)
class Voice:
    """Who speaks in a statement or readout: "I" is ``person``, "we" and "our" are ``state``."""

    person: Actor | None = None
    state: Actor | None = None
    parties: tuple[Actor, ...] = ()  # the states of a joint statement, who are "we" together
    # the title of an issuer the text never names ("Prime Minister" of "PM call with President
    # Ruto of Kenya"): "the Prime Minister" of the text is the issuer, ``state`` if known
    office: str | None = None
    counterpart: Actor | None = None  # the state of whom the readout's caller called


@dataclass(frozen=True)
class _Frame:
    """A predicate before its ends are resolved to actors."""

    subjects: tuple[Token, ...]
    relation: str
    objects: tuple[Token | Actor, ...]
    anchor: Token  # the verb or noun the relation is read from
    negated: bool = False
    hypothetical: bool = False
    source: Token | None = None
    reciprocal: bool = False  # the subjects relate to each other when there is no object
    both_ways: bool = False  # a reciprocal frame that holds in each direction ("along the border")
    subject_actors: tuple[Actor, ...] = ()  # an end known without a token (the document's voice)


class _Tree:
    """A document's tokens and their children, built once: spaCy makes a new ``Token``
    object on every ``doc[i]``, ``.head`` and ``.children``, which the rules ask for often."""

    __slots__ = ("children", "doc", "lefts", "rights", "tokens")

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import HEAD

        self.doc = doc
        tokens = self.tokens = list(doc)
        lefts: dict[int, list[Token]] = {}
        rights: dict[int, list[Token]] = {}
        # HEAD is the offset to the head, negative ones wrapped round in the unsigned array
        for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
            if offset > 0:
                lefts.setdefault(i + offset, []).append(tokens[i])
            elif offset < 0:
                rights.setdefault(i + offset, []).append(tokens[i])
        # in document order, as spaCy gives them; most tokens have no children
        empty: tuple[Token, ...] = ()
        self.lefts = [empty] * len(tokens)
        self.rights = [empty] * len(tokens)
        self.children = [empty] * len(tokens)
        for i, kids in lefts.items():
            self.lefts[i] = self.children[i] = tuple(kids)
        for i, kids in rights.items():
            self.rights[i] = tuple(kids)
            self.children[i] = self.lefts[i] + self.rights[i]


#: The tree of the document read last. Swapped whole, so a thread that finds another
#: thread's document there builds its own instead of reading the wrong one.
_last: list[_Tree | None] = [None]


def _tree(doc: Doc) -> _Tree:
    tree = _last[0]
    if tree is None or tree.doc is not doc:
        tree = _last[0] = _Tree(doc)
    return tree


def _children(token: Token) -> tuple[Token, ...]:
    """``token.children`` (from the document's table)."""
    return _tree(token.doc).children[token.i]


def _lefts(token: Token) -> tuple[Token, ...]:
    """``token.lefts`` (from the document's table)."""
    return _tree(token.doc).lefts[token.i]


def _rights(token: Token) -> tuple[Token, ...]:
    """``token.rights`` (from the document's table)."""
    return _tree(token.doc).rights[token.i]


def extract(
    article: Article,
    docs: Sequence[tuple[Doc, int]],
    *,
    gazetteer: Gazetteer | None = None,
) -> list[Statement]:
    """Extract the statements of one parsed article.

    ``docs`` are the article's parsed chunks with the character offset of each
    in ``article.text`` (see :func:`kg.nlp.pipe`). A sentence the rules cannot
    read is logged and left out (see :func:`read_article`).
    """
    return list(read_article(article, docs, gazetteer=gazetteer).statements)


def read_article(
    article: Article,
    docs: Sequence[tuple[Doc, int]],
    *,
    gazetteer: Gazetteer | None = None,
) -> Extraction:
    """The statements of one parsed article, and the sentences that could not be read.

    An exception inside the rules costs the sentence it was met in, never the
    article: it is logged (logger ``kg.extract``) and returned as a
    :class:`~kg.types.SentenceFailure`.
    """
    reader = _ArticleReader(article, gazetteer or Gazetteer.default())
    found = [stmt for doc, offset in docs for stmt in reader.read(doc, offset)]
    out: list[Statement] = []
    seen: set[tuple] = set()
    for stmt in found:
        # a person named "Rubio" in the title and "Marco Rubio" later is one person, by the
        # fullest name the article gives
        stmt = reader.finalize(stmt)
        key = (stmt.subject.name, stmt.relation, stmt.object.name, stmt.negated, stmt.start)
        if key not in seen:
            seen.add(key)
            out.append(stmt)
    return Extraction(tuple(out), tuple(reader.failures))


def extract_text(
    text: str,
    *,
    nlp: Language | None = None,
    title: str | None = None,
    date: str | None = None,
    article_id: str = "text",
) -> list[Statement]:
    """Parse and extract one text (convenience for the Python API and tests)."""
    from .ingest import detect_title
    from .nlp import chunks, load, read_headline

    nlp = nlp or load()
    article = Article(
        id=article_id, text=text, title=title if title is not None else detect_title(text), date=date
    )
    docs = [(nlp(part), offset) for part, offset in chunks(read_headline(text, nlp))]
    return extract(article, docs)


def extract_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Article, Extraction]]:
    """Parse articles in batches and yield each with what was extracted from it."""
    from .nlp import pipe

    gazetteer = Gazetteer.default()
    for article, docs in pipe(articles, nlp=nlp, batch_size=batch_size):
        yield article, read_article(article, docs, gazetteer=gazetteer)


# --- the document's own voice ---------------------------------------------------------


def document_voice(
    article: Article,
    doc: Doc | None,
    actors: ArticleActors,
    *,
    quoted: set[int] | None = None,
    ents: Sequence[Span] | None = None,
    text: str | None = None,
) -> Voice:
    """Who "I" and "we" are in a statement or readout.

    The speaker is named by the title ("Readout of Secretary Harmon's Call with
    …", "Statement from President Joe Biden on …") or the opening ("The
    following is attributable to Deputy Spokeswoman …"); a title that names only a
    role ("the President") is completed from the first person the text names
    with that role. "We" is the speaker's state. When no speaker is named, "we"
    is the state the text itself names as speaking in the present tense ("The
    Canada condemns …"), or else the state of the publishing office a
    header or signature line names ("Brazilian Ministry of Foreign Affairs"), if the text
    speaks as "we" at all; otherwise nobody.
    """
    title = (article.title or "").strip()
    opening = article.text[: rules.VOICE_OPENING_CHARS]
    if doc is not None:
        # "We, the Foreign Ministers of Australia, India, Japan and the United States, reaffirm":
        # the text says itself who "we" are
        members = _we_members(doc, actors.gazetteer, doc.text if text is None else text)
        if members:
            return Voice(None, None, members)
    joint = bool(_JOINT_TITLE.search(title))
    if joint and doc is not None:
        # "Joint Statement of the Foreign Ministers of Australia, India, Japan and the United
        # States": the states the title lists speak together, not the first office it names
        parties = _joint_parties(title, doc, actors.gazetteer)
        if len(parties) >= 2 and len(parties) == len(_title_states(title, actors.gazetteer)):
            return Voice(None, None, parties)
    who = _voice_phrase(title, opening)
    if who is None and doc is not None:
        # "Q: … A: We summoned the ambassador": the one who answers, and their state (a briefing's
        # spokesperson is named by its title)
        interviewee = _interviewee(doc, actors, ents, title, doc.text if text is None else text)
        if interviewee is not None:
            return interviewee
    if who:
        who = _SPOKESPERSON_FOR.sub("", _TITLE_TAIL.split(who)[0])
    office = _voice_office(who, actors.gazetteer) if who else None
    if office is not None and who:
        # "The Chairperson of the African Union Commission, His Excellency X, …": the holder
        office = _office_holder(who, opening, office, actors) or office
    person = office or (
        _voice_person(who, doc, actors, ents) if who and not _chaired(who, actors.gazetteer) else None
    )
    readout = _readout_caller(title, article.text, actors.gazetteer, person)
    if readout is not None:
        return readout
    state = _voice_of(person) if person is not None else None
    if person is not None and state is None and person.type is ActorType.PERSON:
        # "Foreign Ministry Spokesperson X's Regular Press Briefing, Tehran, 9 February 2026"
        state = _title_capital(title, actors.gazetteer) or _asked_state(article.text, actors.gazetteer)
    if who and person is None:
        # "Statement by the North Atlantic Council", "Statement by the High Representative on
        # behalf of the EU": a body or an office speaks, and "we" are its state or organisation
        gazetteer = actors.gazetteer
        # "Communiqué of the 49th Regular Meeting of the Conference of Heads of Government of
        # the Caribbean Community": the organisation whose members met
        body = gazetteer.lookup(who) or gazetteer.role_of(who)[0] or gazetteer.gathering_of(who.split())
        body = body or _chaired(who, gazetteer)
        assembly = _ASSEMBLY_OF.fullmatch(who) or _assembly_in_opening(who, opening)
        owner = _assembly_state(assembly["state"], gazetteer) if assembly is not None else None
        named = _ADJECTIVE_ASSEMBLY.fullmatch(who)
        named_owner = _assembly_state(named["state"], gazetteer) if named is not None else None
        if body is not None and body.type in (ActorType.COUNTRY, ActorType.ORGANIZATION):
            state = body
        elif assembly is not None and owner is not None:
            # "Resolution of the Legislative Assembly of Costa Rica", "Resolution of the Chamber
            # of Deputies" opening "The Chamber of Deputies of the Argentine Nation": the
            # assembly, its state's
            state = Actor(f"{assembly['chamber']} of {owner.name}", ActorType.ORGANIZATION, affiliation=owner)
        elif named is not None and named_owner is not None:
            # "Resolution of the Croatian Parliament": the assembly, by the name the text gives it
            name = f"{named['state']} {named['chamber']}"
            state = Actor(name, ActorType.ORGANIZATION, affiliation=named_owner)
        elif gazetteer.is_government_body(re.sub(r"^(?i:the) ", "", who)):
            # "Statement of the Ministry of National Defence", dated "Vilnius, 5 December 2025"
            state = _dateline_state(article.text, gazetteer)
        elif (voiced := _BODY_SPOKESPERSON.fullmatch(who)) is not None and gazetteer.is_government_body(
            re.sub(r"^(?i:the) ", "", voiced["body"])
        ):
            # "Foreign Ministry Spokesperson's Regular Press Conference, Jakarta, 14 May 2026",
            # naming no spokesperson: the state of the capital the title names
            state = _title_capital(title, gazetteer) or _dateline_state(article.text, gazetteer)
    if state is None and doc is not None:
        state = _self_named_state(
            doc, actors.gazetteer, _quoted_tokens(doc, text) if quoted is None else quoted, text
        )
    if state is None and doc is not None and (joint or _FIRST_PLURAL_WORD.search(article.text)):
        # (a joint statement's "The Ministers" speak for its parties, "we" or not)
        parties = _joint_parties(title, doc, actors.gazetteer)
        if parties:
            return Voice(person, None, parties)
        state = _office_state(article.text, actors.gazetteer)
    return Voice(person, state)


#: The title of a readout whose caller is named by title only: "PM call with President Ruto of
#: Kenya", "Prime Minister's meeting with Prime Minister Gomes of Portugal".
_READOUT_TITLE = re.compile(
    r"^(?:Readout(?: of)?:? )?(?:the )?(?P<role>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}?)(?:'s|\u2019s)? "
    r"(?i:(?:(?:tele)?phone |video |bilateral )?(?:call|meeting|talks|conversation) with) (?P<other>[^:|]+)"
)
#: Two states' names joined by a hyphen or dash: "the UK-Kenya Strategic Partnership".
_STATE_PAIR = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)[-\u2013]([A-Z][\w.]*(?: [A-Z][\w.]*)?)\b")


def _chaired(who: str, gazetteer: Gazetteer) -> Actor | None:
    """The organisation of a chair that a title names as the speaker ("OSCE Chairmanship", "ASEAN
    Chair"), which speaks for it; else None."""
    words = who.split()
    if len(words) < 2 or words[-1].casefold() not in rules.CHAIR_WORDS:
        return None
    body = gazetteer.lookup(" ".join(words[:-1]))
    return body if body is not None and body.type is ActorType.ORGANIZATION else None


def _readout_caller(title: str, text: str, gazetteer: Gazetteer, found: Actor | None) -> Voice | None:
    """The voice of a readout whose caller the title names by office alone ("PM call with
    President Ruto of Kenya"): that office, of the state the text pairs with the counterpart's
    ("the UK-Kenya Strategic Partnership"), or of no known state. None for other titles, and
    when the opening names the caller (``found``, if not the one called: "Prime Minister's call
    with Prime Minister Gomes of Portugal" is not Gomes's)."""
    match = _READOUT_TITLE.match(title)
    if match is None:
        return None
    if found is not None and found.name.split()[-1] not in match["other"]:
        return None
    place, role = gazetteer.role_of(match["role"]) if gazetteer.is_role(match["role"]) else (None, None)
    if role is None or place is not None:
        return None  # a name, or an office with its state ("Indian PM's call with …")
    words = match["other"].split()
    theirs = [a for a in gazetteer.actors_in(words) if a.type is ActorType.COUNTRY]
    if len(theirs) != 1:
        return None
    other = theirs[0]
    paired = set()
    for first, second in _STATE_PAIR.findall(text):
        # (each name may be one word or two: "the UK-Kenya Strategic Partnership")
        one = gazetteer.lookup(first) or gazetteer.lookup(first.split()[-1])
        two = gazetteer.lookup(second) or gazetteer.lookup(second.split()[0])
        for this, that in ((one, two), (two, one)):
            if this == other and that is not None and that.type is ActorType.COUNTRY and that != other:
                paired.add(that)
    state = paired.pop() if len(paired) == 1 else None
    return Voice(None, state, office=role, counterpart=other)


#: The title of a statement several states issue together.
_JOINT_TITLE = re.compile(
    r"\bjoint (?:press )?(?:statement|communiqu[eé]|declaration|release)\b", re.IGNORECASE
)
#: The chambers of a state's parliament.
_CHAMBER = (
    r"(?:(?:National|Legislative|Constituent|Federal|People's) Assembly|Chamber of (?:Deputies|"
    r"Representatives)|House of (?:Representatives|Commons|Lords)|Senate|(?:National )?Congress|"
    r"Parliament|National Council)"
)
#: A state's assembly that speaks for itself: "the Legislative Assembly of Costa Rica".
_ASSEMBLY_OF = re.compile(
    rf"(?:the )?(?P<chamber>{_CHAMBER}) of (?:the )?(?:Republic of )?(?P<state>[A-Z][\w' -]+)"
)
#: The same named by the state's adjective: "the Croatian Parliament", "the Peruvian Congress".
_ADJECTIVE_ASSEMBLY = re.compile(rf"(?:the )?(?P<state>[A-Z][\w'-]+) (?P<chamber>{_CHAMBER})")
#: The same in running text, where the state's name ends at its last capitalised word.
_ASSEMBLY_IN_TEXT = re.compile(
    rf"(?i:the )?(?P<chamber>{_CHAMBER}) of (?:the )?(?:Republic of )?"
    r"(?P<state>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)"
)
#: The words after a state's adjective in its formal name: "the Argentine Nation".
_NATION_WORDS = (" Nation", " Republic", " Confederation", " State")
#: "We," opening a statement that goes on to say who "we" are.
_WE_AND_COMMA = re.compile(r"\bWe\s*,")
#: The mark of a numbered clause: "1.", "(a)", "iv)".
_LIST_MARK = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?")
#: A title's topic before a colon: "Belarus: Declaration by …".
_TITLE_TOPIC = re.compile(r"^[^:\n]{2,60}:\s+")
#: "the Spokesperson for the Secretary-General" speaks for the Secretary-General.
_SPOKESPERSON_FOR = re.compile(
    r"^(?:the )?(?:deputy |chief )?spokes(?:person|man|woman) (?:for|of) ", re.IGNORECASE
)
#: A title's topic after a spaced dash: "… Secretary-General - on the Democratic Republic of …".
_TITLE_TAIL = re.compile(r"\s[-\u2013\u2014]\s")


def _interviewee(
    doc: Doc, actors: ArticleActors, ents: Sequence[Span] | None, title: str, text: str
) -> Voice | None:
    """Who answers an interview printed as questions and answers ("Q: … A: …"): the first
    person with a state that the text names before the first question ("Indonesian Foreign
    Minister Sugiono spoke to …"), else the state of the office its title names ("Indonesia's
    foreign minister on …"). None for a text that is no interview."""
    question = _INTERVIEW_QUESTION.search(text)
    if question is None or _INTERVIEW_ANSWER.search(text, question.end()) is None:
        return None
    gazetteer = actors.gazetteer
    for ent in doc.ents if ents is None else ents:
        if ent.start_char >= question.start():
            break
        if ent.label_ == "PERSON":
            person = actors.resolve(_left_phrase(ent.root).text, label="PERSON")
            if person is not None and person.type is ActorType.PERSON and person.affiliation is not None:
                return Voice(person, _voice_of(person))
    for token in doc[: max((t.i for t in doc if t.idx < question.start()), default=-1) + 1]:
        # "Indonesia's foreign minister", "the Indonesian foreign minister", "Foreign Minister
        # Sugiono of Indonesia": a state that owns a title (the recogniser may miss its name)
        if token.pos_ not in ("PROPN", "ADJ") or token.dep_ not in ("poss", "amod", "compound", "pobj"):
            continue
        of = token.dep_ == "pobj" and token.head.lower_ == "of"
        owner = token.head.head if of else token.head
        if (token.ent_type_ in ("GPE", "NORP") and gazetteer.is_role(owner.text)) or (
            of and owner.ent_type_ == "PERSON"
        ):
            state = gazetteer.lookup(token.text)
            if state is not None and state.type is ActorType.COUNTRY:
                return Voice(None, state)
    place, _role = gazetteer.role_of(title)
    return Voice(None, place) if place is not None and place.type is ActorType.COUNTRY else None


#: The questions and answers of an interview, each opening a line.
_INTERVIEW_QUESTION = re.compile(r"(?m)^[ \t]*Q[:.][ \t]")
_INTERVIEW_ANSWER = re.compile(r"(?m)^[ \t]*A[:.][ \t]")


def _voice_office(who: str, gazetteer: Gazetteer) -> Actor | None:
    """The office that speaks when a title names it with no holder: "Statement of the
    Chairperson of the African Union Commission", "… attributable to the Spokesperson for
    the Secretary-General"."""
    place, role = gazetteer.role_of(who)
    if role is None or (place is not None and place.type is not ActorType.ORGANIZATION):
        return None
    return gazetteer.office(place, role)


def _office_holder(who: str, opening: str, office: Actor, actors: ArticleActors) -> Actor | None:
    """The person the opening names, in apposition, as holding the office a title names."""
    title = re.sub(r"^(?i:the) ", "", who.strip())
    pattern = re.compile(re.escape(title) + _HOLDER_AFTER_TITLE, re.IGNORECASE)
    match = pattern.search(opening)
    if match is None or not match["name"][:1].isupper():
        return None
    person = actors.resolve(f"{title} {match['name']}", label="PERSON")
    if person is None or person.type is not ActorType.PERSON or person.affiliation != office.affiliation:
        return None
    return person


#: After an office's title: ", His Excellency Hamid Ousmane Dabo," names its holder (the style
#: or honorific is left to `Gazetteer.parse_person`).
_HOLDER_AFTER_TITLE = r",\s+(?P<name>(?-i:[A-Z][\w'’.-]+)(?: (?-i:[A-Z][\w'’.-]+)){1,5})\s*[,(]"


def _joint_parties(title: str, doc: Doc, gazetteer: Gazetteer) -> tuple[Actor, ...]:
    """The states that issue a joint statement together, named by its title or by the
    sentence that introduces it ("Joint Statement on the Visit of the Prime Minister of
    Malaysia to Indonesia", "a joint statement released by the Governments of X and Y")."""
    for sent in doc.sents:
        if sent.start_char > rules.VOICE_OPENING_CHARS:
            break
        if not _JOINT_TITLE.search(sent.text) and not (sent.start == 0 and _JOINT_TITLE.search(title)):
            continue
        # names read from the words: the recogniser misreads titles
        found = {
            a.name: a for a in gazetteer.actors_in([t.text for t in sent]) if a.type is ActorType.COUNTRY
        }
        if 2 <= len(found) <= rules.JOINT_PARTIES_MAX:
            return tuple(found.values())
    return ()


def _we_members(doc: Doc, gazetteer: Gazetteer, text: str) -> tuple[Actor, ...]:
    """The states an opening "We, the Leaders of X, Y and Z," lists as who "we" are."""
    if _WE_AND_COMMA.search(text, 0, rules.VOICE_OPENING_CHARS) is None:
        return ()  # (the common case, read from the text without walking the tokens)
    for token in doc:
        if token.idx > rules.VOICE_OPENING_CHARS:
            break
        if token.text != "We" or token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
            continue
        head = token.head
        appos = next((c for c in _rights(token) if c.dep_ == "appos"), None)
        if appos is not None:
            end = appos.right_edge.i + 1  # (not the place of "…, meeting in Cairo,")
        else:
            end = head.i if head.i > token.i + 2 and head.pos_ in ("VERB", "AUX") else token.sent.end
        words = [t.text for t in doc[token.i + 2 : end]]
        named = gazetteer.actors_in(words)
        found = {a.name: a for a in named if a.type is ActorType.COUNTRY}
        if 2 <= len(found) <= rules.JOINT_PARTIES_MAX:
            return tuple(found.values())
        bodies = {a.name: a for a in named if a.type is ActorType.ORGANIZATION}
        if len(bodies) == 1 and not found:
            # "We, the Heads of State and Government of the Member States of ASEAN": the bloc
            return tuple(bodies.values())
    return ()


def _title_states(title: str, gazetteer: Gazetteer) -> list[Actor]:
    """The states a title names, read from its words."""
    return [a for a in gazetteer.actors_in(title.split()) if a.type is ActorType.COUNTRY]


def _office_state(text: str, gazetteer: Gazetteer) -> Actor | None:
    """The state of the office that publishes a "we"-text, when a header or signature line
    names it ("Brazilian Ministry of Foreign Affairs", "Itamaraty")."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in (*lines[: rules.OFFICE_HEADER_LINES], *lines[-rules.OFFICE_SIGNATURE_LINES :]):
        if len(line) > rules.OFFICE_LINE_MAX_CHARS or _FIRST_PLURAL_WORD.search(line):
            continue  # a sentence that speaks as "we" names no office: "We commend Egypt, …"
        for part in (line, *line.split(",")):
            actor = gazetteer.lookup(part.strip())
            if actor is not None and actor.type is ActorType.COUNTRY:
                return actor
    return None


#: The place and date that open an official statement: "Vilnius, 5 December 2025.",
#: "Addis Ababa, 22 November 2025 -".
_STATEMENT_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}), (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}),? \d{4}\b"
)


#: A question put to a state's spokesperson: "What is China's response?", "How does Japan view
#: this?", "What's Iran's comment?".
_ASKED_STATE = re.compile(
    r"\b(?:[Ww]hat is|[Ww]hat's|[Hh]ow does|[Hh]ow will|[Dd]oes|[Ww]ill|[Ii]s) (?:the )?"
    r"(?P<state>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}?)(?:'s|\u2019s)? "
    r"(?:response|comment|position|view|reaction|respond|react|plan|intend)\b[^?\n]*\?"
)


def _asked_state(text: str, gazetteer: Gazetteer) -> Actor | None:
    """The state a press conference's questions ask for the answer of ("What is China's
    response?"), when they all ask the same one: the spokesperson's."""
    asked = {gazetteer.lookup(m["state"]) for m in _ASKED_STATE.finditer(text)}
    asked.discard(None)
    if len(asked) != 1:
        return None
    state = asked.pop()
    return state if state is not None and state.type is ActorType.COUNTRY else None


#: A body's spokesperson, named by title alone: "Foreign Ministry Spokesperson".
_BODY_SPOKESPERSON = re.compile(r"(?P<body>.+?)\s+(?i:spokesperson|spokesman|spokeswoman)")


def _title_capital(title: str, gazetteer: Gazetteer) -> Actor | None:
    """The state whose capital a title names after a comma: "…'s Regular Press Briefing,
    Tehran, 9 February 2026"."""
    for part in title.split(",")[1:]:
        actor = gazetteer.lookup(part.strip())
        if actor is not None and actor.type is ActorType.COUNTRY:
            return actor
    return None


def _dateline_state(
    text: str, gazetteer: Gazetteer, dateline: re.Pattern[str] = _STATEMENT_DATELINE
) -> Actor | None:
    """The state whose capital (or other city) dates a statement, "Vilnius, 5 December 2025. On
    the night …", or with ``_NEWS_DATELINE`` a news story, "MANILA, Sept 17 (Reuters) - …"."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[: rules.OFFICE_HEADER_LINES]:
        found = dateline.match(line)
        if found is not None:
            actor = gazetteer.lookup(found["place"].title())
            return actor if actor is not None and actor.type is ActorType.COUNTRY else None
    return None


#: A news story's dateline: a place in capitals, then a comma, an agency in brackets or a dash.
_NEWS_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?:,| \(| ?[-\u2013\u2014])")


def _assembly_in_opening(who: str, opening: str) -> re.Match[str] | None:
    """A title's bare chamber ("the Chamber of Deputies") as the opening names it with its state
    ("The Chamber of Deputies of the Argentine Nation")."""
    bare = re.fullmatch(rf"(?:the )?({_CHAMBER})", who, re.IGNORECASE)
    if bare is None:
        return None
    chamber = bare[1].lower()
    return next((m for m in _ASSEMBLY_IN_TEXT.finditer(opening) if m["chamber"].lower() == chamber), None)


def _assembly_state(name: str, gazetteer: Gazetteer) -> Actor | None:
    """The state an assembly's name ends with: "Costa Rica", "the Argentine Nation"."""
    actor = gazetteer.lookup(name.strip())
    if actor is None:
        for word in _NATION_WORDS:
            if name.endswith(word):
                actor = gazetteer.lookup(name[: -len(word)].strip())
                break
    return actor if actor is not None and actor.type is ActorType.COUNTRY else None


def _voice_phrase(title: str, opening: str) -> str | None:
    # "Belarus: Declaration by the High Representative on behalf of the EU on …": the topic
    # before a colon is not the speaker
    topicless = _TITLE_TOPIC.sub("", title)
    for pattern in rules.VOICE_TITLE_PATTERNS:
        match = pattern.search(title) or (pattern.search(topicless) if topicless != title else None)
        if match:
            return match["who"].strip()
    lowered = opening.lower()
    for clue, pattern in rules.VOICE_OPENING_PATTERNS:
        match = pattern.search(opening) if clue in lowered else None
        if match:
            return match["who"].strip()
    return None


def _voice_person(
    who: str, doc: Doc | None, actors: ArticleActors, ents: Sequence[Span] | None
) -> Actor | None:
    actor = actors.resolve(who, label="PERSON")
    if actor is not None and actor.type is ActorType.PERSON:
        return actor
    if doc is None:
        return None
    # a role alone ("the President"): register the persons the opening names,
    # then the role refers to the one of them who holds it
    for ent in doc.ents if ents is None else ents:
        if ent.start_char > rules.VOICE_OPENING_CHARS:
            break
        if ent.label_ == "PERSON":
            actors.resolve(_left_phrase(ent.root).text, label="PERSON")
    actor = actors.resolve(who, label="")
    return actor if actor is not None and actor.type is ActorType.PERSON else None


def _state_of(actor: Actor | None) -> Actor | None:
    """The state an actor speaks for: itself, or a person's or body's affiliation."""
    if actor is None:
        return None
    if actor.type is ActorType.COUNTRY:
        return actor
    state = actor.affiliation
    return state if state is not None and state.type is ActorType.COUNTRY else None


def _voice_of(actor: Actor | None) -> Actor | None:
    """Who "we" are when ``actor`` speaks: a state, or an international organisation
    (the EU's spokesperson speaks for the EU)."""
    state = _state_of(actor)
    if state is not None or actor is None:
        return state
    if actor.type is ActorType.ORGANIZATION:
        return actor
    owner = actor.affiliation
    return owner if owner is not None and owner.type is ActorType.ORGANIZATION else None


def _self_named_state(
    doc: Doc, gazetteer: Gazetteer, quoted: set[int], text: str | None = None
) -> Actor | None:
    """The state a "we"-text names as its own speaker, in the present tense."""
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, TAG

    text = doc.text if text is None else text  # Doc.text joins every token: build it once
    we = [m.start() for m in _FIRST_PLURAL_WORD.finditer(text)]
    if not we:
        return None
    starts = doc.to_array(IDX).tolist()
    if all(bisect_left(starts, offset) in quoted for offset in we):
        return None
    # read the parse as arrays: far cheaper than a Token object for every word
    strings = doc.vocab.strings
    nsubj = strings["nsubj"]
    present = {strings[tag] for tag in ("VBZ", "VBP")}
    voice_verbs = {strings.add(lemma) for lemma in rules.VOICE_VERBS}
    table = doc.to_array([DEP, TAG, LEMMA]).tolist()
    # HEAD is the head's offset from the token, stored unsigned: read it as signed
    heads = doc.to_array(HEAD).astype("int64").tolist()
    for i, ((dep, _, _), head) in enumerate(zip(table, heads, strict=True)):
        if dep != nsubj or i in quoted:
            continue
        verb = i + head
        if table[verb][2] not in voice_verbs or heads[verb] != 0:
            continue  # a main clause's verb: not "We note that Belarus continues to …"
        if table[verb][1] not in present and not any(
            c.lower_ in ("will", "shall") for c in doc[verb].children
        ):
            continue  # "Canada condemns", "Canada will continue to"
        token = doc[i]
        if token.conjuncts:
            continue
        actor = gazetteer.lookup(_left_phrase(token).text, context=text[:2000])
        if actor is not None and actor.type in (ActorType.COUNTRY, ActorType.ORGANIZATION):
            return actor  # "Canada condemns …", "The European Union welcomes …"
    return None


def _entity_index(doc: Doc, ents: Sequence[Span], gazetteer: Gazetteer) -> dict[int, Span]:
    """Token index → its entity, with a person's name cut at a possessive: NER may take
    "Secretary Harmon's Call" for one name."""
    out: dict[int, Span] = {}
    for whole in _rejoined(ents, gazetteer):
        for ent in _dash_parts(whole):
            _index_entity(doc, ent, out)
    return out


def _rejoined(ents: Sequence[Span], gazetteer: Gazetteer) -> list[Span]:
    """Entities with a name the recogniser cut at a function word joined again: "the
    Democratic Republic of the" + "Congo"; "the African Union Peace" + "and" + "Security
    Council" when the whole is a name the gazetteer knows."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and (
            (last.end == ent.start and last[-1].lower_ in ("the", "of", "and"))
            or (
                last.end + 1 == ent.start
                and ent.doc[last.end].lower_ in _NAME_LINKS
                and last.label_ == ent.label_ == "ORG"
                and gazetteer.lookup(ent.doc[last.start : ent.end].text) is not None
            )
            or _placed_body(last, ent, gazetteer)
        ):
            out[-1] = ent.doc[last.start : ent.end]
            out[-1].label_ = last.label_
        else:
            out.append(ent)
    return out


def _topic_turn(verb: Token) -> bool:
    """Whether a verb opens its sentence as a change of topic: "Turning to Sudan, …"."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in rules.TOPIC_TURNS
        and verb.i == verb.sent.start
        and verb.right_edge.i + 1 < verb.sent.end
        and verb.doc[verb.right_edge.i + 1].text == ","
        and all(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("to", "on")) for c in _children(verb))
    )  # (but "Turning to Russia for help, Mali …" is an act)


def _placed_body(body: Span, place: Span, gazetteer: Gazetteer) -> bool:
    """Whether `place` ends the name of the body before it: "the United Nations Support Mission"
    + "in" + "Libya", "the Independent Electoral Commission" + "of" + "Lesotho" (a mission,
    office or commission named for the state it works in)."""
    doc = body.doc
    if body.label_ != "ORG":
        return False
    if body[-1].lower_ in _PLACE_LINKS and body.end == place.start:
        body = body[:-1]  # "The OSCE Mission to" + "Moldova"
    elif body.end + 1 != place.start or doc[body.end].lower_ not in _PLACE_LINKS:
        return False
    named = [t for t in body if t.lower_ != "the"]
    if len(named) < 2 or body[-1].lower_ not in rules.PLACED_BODY_HEADS:
        return False
    if place.end < len(doc) and doc[place.end].lower_ in ("'s", "’s"):
        return False
    state = gazetteer.lookup(place.text)
    if state is None or state.type is not ActorType.COUNTRY:
        return False
    # not a body the gazetteer knows on its own ("the UN Mission" alone is the UN's)
    known = gazetteer.lookup(body.text)
    return known is None or (known.type is ActorType.ORGANIZATION and known.affiliation is None)


#: The words that join a body's name to the state it works in.
_PLACE_LINKS = frozenset({"in", "of", "for", "to"})


def _dash_parts(ent: Span) -> list[Span]:
    """An entity cut at a spaced dash (a dateline runs into the first name: "NEW DELHI - India")
    and at a comma (a list taken for one name)."""
    from spacy.tokens import Span

    doc = ent.doc
    cuts = [
        t.i
        for t in ent
        if spaced_dash(t) or (t.text == "," and t.i > ent.start)  # "Mali, Burkina Faso" taken for one name
    ]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    parts = []
    for start, end in pairwise(bounds):
        start = start + 1 if start in cuts else start
        if start < end:
            parts.append(Span(doc, start, end, label=ent.label_))
    return parts


def _index_entity(doc: Doc, ent: Span, out: dict[int, Span]) -> None:
    """Index one entity; a person's name ends at a possessive."""
    from spacy.tokens import Span

    if ent.label_ == "PERSON":
        for token in ent[:-1]:
            if token.tag_ == "POS" or token.nbor().tag_ == "POS":
                ent = doc[ent.start : token.i + 1] if token.tag_ != "POS" else doc[ent.start : token.i]
                ent = Span(doc, ent.start, ent.end, label="PERSON") if len(ent) else ent
                break
    for i in range(ent.start, ent.end):
        out[i] = ent


def _quoted_tokens(doc: Doc, text: str | None = None) -> set[int]:
    """Indices of the tokens inside double quotation marks (a blank line closes a quotation)."""
    from spacy.attrs import IDX

    text = doc.text if text is None else text
    marks = [(m.start(), m.group()) for m in _QUOTE_OR_PARAGRAPH.finditer(text)]
    if not any(mark != "\n\n" for _, mark in marks):
        return set()
    starts = doc.to_array(IDX).tolist()
    out: set[int] = set()
    inside_from: int | None = None
    for offset, mark in marks:
        index = bisect_left(starts, offset)
        if mark == "\n\n":
            if inside_from is not None:
                out.update(range(inside_from, index))
            inside_from = None
        elif inside_from is None:
            inside_from = index + 1
        else:
            out.update(range(inside_from, index))
            inside_from = None
    if inside_from is not None:
        out.update(range(inside_from, len(doc)))
    return out


#: The start of an interview's question: "Q:", "Q.", "Question:".
_QUESTION_LINE = re.compile(r"[ \t]*(?:Q|Question)\s*[:.]\s")
#: A first-person plural pronoun anywhere in a text (a cheap test before the parse is read).
_FIRST_PLURAL_WORD = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Oo]urs|[Oo]urselves)\b")
#: A double quotation mark, or a blank line.
_QUOTE_OR_PARAGRAPH = re.compile('["\u201c\u201d]|\n\n')


# --- reading an article -----------------------------------------------------------------


class _ArticleReader:
    """Reads one article's sentences, keeping the discourse state between them."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.failures: list[SentenceFailure] = []
        self.actors = ArticleActors(gazetteer)
        self.voice: Voice | None = None
        self._home: tuple[Actor | None] | None = None  # see _home_state
        # whether the text is dated like an official statement ("Tbilisi, 4 June 2026")
        self._dated = _dateline_state(article.text, self.gazetteer) is not None
        # whether "the decision", "the move", "the step" may refer back to an act (see _note_events)
        folded = article.text.casefold()
        self._act_nouns_ahead = any(noun in folded for noun in rules.ACT_NOUNS)
        self.recent_persons: list[Actor] = []  # most recent last
        self.first_mention: dict[str, int] = {}  # person's name → rank of first mention
        # state's name → (mentions, last sentence number, state); and the order of first mention
        self.state_mentions: dict[str, tuple[int, int, Actor]] = {}
        self.state_order: dict[str, int] = {}
        self.recent_groups: list[tuple[int, Actor]] = []  # (sentence number, armed or political group)
        # the actors named, for definite descriptions and pronouns: (sentence number, rank, actor),
        # rank 0 the subject of the main clause, 1 another subject, 2 an object, 3 anything else
        self.mentions: list[tuple[int, int, Actor]] = []
        self.plural_mentions: list[tuple[int, Actor]] = []  # subjects such as "EU leaders"
        self.unnamed_plural_at = -1  # the last sentence whose subject is a plural nobody named
        # event noun → (sentence number, its actors): "Chad's test", then "the test"
        self.event_agents: dict[str, tuple[int, tuple[Actor, ...]]] = {}
        self.asset_owners: dict[str, tuple[int, Actor]] = {}  # "drone" → the state of the last one
        self.junta: tuple[int, Actor] | None = None  # (sentence, state) of the last junta named
        self.mediators: set[str] = set()  # who brokered or mediated something: no party to it
        # armed service noun → (sentence, state) of the last one named with its state
        self.armed_services: dict[str, tuple[int, Actor]] = {}
        # title → (sentence, state or body) of the last unnamed office-holder named with an owner
        # ("its special envoy", "Iran's foreign minister"): a later "the envoy" is theirs
        self.owned_roles: dict[str, tuple[int, Actor | None]] = {}
        self.legislatures: dict[tuple[str, str], Actor] = {}  # (state, "parliament") → as first named
        # the last invitation read: (sentence number, who invited, who was invited); and the
        # sentence of the last one written, read or not
        self.invitation: tuple[int, Actor, Actor] | None = None
        # the parties of the last accord a statement said was made ("X and Y signed the treaty")
        self.accord: tuple[int, tuple[Actor, ...]] | None = None
        self.invited_at = -1
        self.groups: list[tuple[int, tuple[Actor, ...]]] = []  # (sentence number, actors)
        # the two sides of the last fighting the text told of: "the warring parties"
        self.conflict: tuple[int, tuple[Actor, Actor]] | None = None
        self.coalition: tuple[int, Actor] | None = None  # "the Saudi-led coalition": "the coalition"
        self.sentence_no = 0
        self.last_speaker: Actor | None = None  # who spoke the last quotation, and in which sentence
        # (sentence number, state or body) of the last main subject that was an office-holder the
        # text does not name ("the Iranian deputy minister told …"), while no person was named since
        self.unnamed_official: tuple[int, Actor] | None = None
        self.last_speaker_at = -1
        # per document
        self._ents: dict[int, Span] = {}
        self._surnames: dict[str, Span] = {}  # a person's last name → the first full name the text gives
        self._doc_ents: tuple[Span, ...] = ()
        self._quoted: set[int] = set()
        self._text = ""  # the document's text
        self._lefts: dict[int, Span] = {}  # see _left
        # per sentence
        self._sent: Span | None = None
        self._helped = False
        self._cache: dict[int, tuple[Actor, ...]] = {}
        self._context_text: str | None = None
        self._sent_text = ""
        self._sentence_persons: list[tuple[int, Actor]] = []
        self._sentence_pairs: list[tuple[int, tuple[Actor, ...]]] = []  # "both X" resolved, by index
        self._speaker_actor: Actor | None = None  # the speaker of this sentence's quotation
        self._evidence: tuple[str, int] | None = None  # the sentence's text and start in the article
        self._noun_memo: dict[str, bool] = {}
        self._role_memo: dict[str, bool] = {}
        self._body_memo: dict[str, bool] = {}
        self._named: dict[tuple[str, str, tuple[int, int]], Actor | None] = {}  # see _resolve_text
        self._stable: dict[tuple[str, str], Actor] = {}  # (text, label) → state, organisation, group
        self._source: Token | None = None

    # -- sentences -------------------------------------------------------------

    def read(self, doc: Doc, offset: int) -> Iterator[Statement]:
        """The statements of one parsed chunk of the article."""
        ents = doc.ents
        self._ents = _entity_index(doc, ents, self.gazetteer)
        self._lefts = {}
        self._surnames = {}
        self._doc_ents = ents
        for ent in ents:
            if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].pos_ == "PROPN":
                self._surnames.setdefault(ent[-1].text, ent)
        text = self._text = doc.text  # Doc.text joins every token: build it once
        self._quoted = _quoted_tokens(doc, text)
        if self.voice is None:
            try:
                self.voice = document_voice(
                    self.article, doc, self.actors, quoted=self._quoted, ents=ents, text=text
                )
            except Exception as e:  # a rule's bug costs the voice (no "we" resolved), not the article
                self._fail(offset, 0, min(len(text), rules.VOICE_OPENING_CHARS), e)
                self.voice = Voice()
        for sent in doc.sents:
            sent_text = text[sent.start_char : sent.end_char]
            if not sent_text.strip():
                continue
            try:
                # read the whole sentence before yielding, so a failure drops all of it
                produced = list(self._read_sentence(sent, sent_text, offset))
            except Exception as e:  # a rule's bug costs this sentence, not the article
                self._fail(offset, sent.start_char, sent.end_char, e)
                continue
            yield from produced

    def _fail(self, offset: int, start: int, end: int, error: Exception) -> None:
        failure = SentenceFailure(
            self.article.id, offset + start, offset + end, f"{type(error).__name__}: {error}"
        )
        self.failures.append(failure)
        log.warning("%s: %s", self.article.source or self.article.id, failure, exc_info=error)

    def _span_text(self, span: Span) -> str:
        """``span.text`` of the document being read, cut from its text (Span.text joins tokens),
        without an acronym in brackets inside it ("African Union (AU) officials")."""
        text = self._text[span.start_char : span.end_char] if len(span) else ""
        if text.find("(", 1) > 0:
            text = _BRACKETED.sub("", text) or text
        return text

    def _unnamed_caller(self, token: Token) -> tuple[Actor, ...] | None:
        """ "The Prime Minister" of a readout headed "PM call with President Ruto of Kenya": the
        caller, whom the text names by office alone; the one holder of the office the text names
        who is not the counterpart's, else the caller's state, else no one (not the counterpart,
        whom the text may call "Prime Minister Gomes"). None for any other phrase."""
        voice = self.voice
        if voice is None or voice.office is None or token.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(c.dep_ in ("prep", "poss", "appos", "amod") for c in _children(token)):
            return None  # "the Prime Minister of Portugal", "his Prime Minister"
        phrase = self._span_text(self._left(token)).casefold()
        office = voice.office.casefold()
        if phrase not in (office, f"the {office}"):
            return None
        holders = {
            p.name: p
            for p in map(self._current, self.actors.persons)
            if (p.role or "").casefold() == office and _state_of(p) != voice.counterpart
        }
        if len(holders) == 1:
            return tuple(holders.values())
        return (voice.state,) if voice.state is not None else ()

    def _left(self, token: Token) -> Span:
        """`_left_phrase`, remembered for the document."""
        left = self._lefts.get(token.i)
        if left is None:
            left = self._lefts[token.i] = _left_phrase(token)
        return left

    def _read_sentence(self, sent: Span, sent_text: str, offset: int) -> Iterator[Statement]:
        """The statements of one sentence; then what later sentences need to know of it."""
        self._sent = sent
        self._sent_text = sent_text
        self._helped = any(word in sent_text for word in rules.HELP_WORDS)  # "with the help of X"
        self._context_text = None
        self._evidence = None
        self._cache = {}
        self._sentence_persons = []
        self._sentence_pairs = []
        self._speaker_actor = None
        self.sentence_no += 1
        self._source = _according_to(sent) if "ccording to" in sent_text else None
        tokens = _tree(sent.doc).tokens[sent.start : sent.end]  # one Token object per word
        # resolve the names in text order, so that persons are known in the order the
        # text names them (pronouns look back at them); other nouns when a frame needs them
        for token in tokens:
            if token.pos_ == "PROPN" and token.dep_ not in ("compound", "flat"):
                self._actors_of(token)
        self._note_quotation(tokens)
        self._note_events(tokens)
        produced: list[Statement] = []
        frames = self._frames(tokens)
        if self.sentence_no == 1 and offset == 0 and self.article.title:
            frames = self._headline_frames(tokens, frames)
        for frame in frames:
            for stmt in self._statements(frame, sent, offset):
                produced.append(stmt)
                yield stmt
        self._remember(sent, produced)

    def _headline_frames(self, tokens: Sequence[Token], frames: Iterator[_Frame]) -> Iterator[_Frame]:
        """The frames of a headline; when the parse gives none with two actors, the headline's own
        pattern "<actor> <verb>s … [prep] <actor>" ("Bahrain Reopens Embassy In Damascus")."""
        found = list(frames)
        yield from found
        if tokens[0].idx != 0 or self.article.text[: len(self.article.title)] != self.article.title:
            return
        if any(self._resolve_all(f.objects) or f.reciprocal for f in found):
            return

        def named(token: Token) -> Actor | None:  # the casing may have cost the entity: ask the gazetteer
            if token.pos_ not in ("PROPN", "NOUN"):
                return None
            found = self._actors_of(token)
            if len(found) == 1:
                return found[0]
            before = token.doc[token.i - 1].text if token.i > tokens[0].i else ""
            return self.gazetteer.lookup(f"{before} {token.text}") or self.gazetteer.lookup(token.text)

        for n, token in enumerate(tokens[1:], start=1):
            lemma = events.present_verb(token.text)
            start = 0
            if lemma is None and n >= 2 and token.text[:1].isupper():
                # "Philippines, Vietnam Sign …": the plural's present, right after two names
                start = n
                while start > 0 and (
                    tokens[start - 1].text in (",", "and", "&") or named(tokens[start - 1]) is not None
                ):
                    start -= 1
                lemma = events.base_verb(token.text)
                if lemma is not None and len({a.name for t in tokens[start:n] if (a := named(t))}) < 2:
                    lemma = None
            if lemma is None:
                continue
            subjects = [a for t in tokens[start:n] if (a := named(t)) is not None]
            if not subjects or lemma in rules.SPEECH_VERBS:
                return  # (not "Seoul Says North Korea Fired …": what is said is no relation)
            words: list[str] = [lemma]
            for after in tokens[n + 1 :]:
                if after.dep_ == "mark" or after.lower_ in rules.HEADLINE_CLAUSE_BREAKS:
                    break  # "… As Ecuador Offers To Mediate": another clause's actor
                obj = named(after)
                if obj is not None:
                    yield _Frame((), " ".join(words), (obj,), token, subject_actors=(subjects[-1],))
                    return
                if after.pos_ in ("NOUN", "PROPN", "ADP") and len(words) < rules.MAX_RELATION_WORDS:
                    words.append(after.lower_ if after.pos_ == "ADP" else _lemma(after))
            unique = tuple(dict.fromkeys(subjects))
            if start > 0 and len(unique) >= 2 and any(w in rules.SYMMETRIC_NOUNS for w in words[1:]):
                # "Philippines, Vietnam Sign Maritime Cooperation Pact": with each other
                relation = " ".join(w for w in words if w in rules.SYMMETRIC_NOUNS or w == lemma)
                yield _Frame((), relation, (), token, subject_actors=unique, reciprocal=True)
            return

    def _note_quotation(self, tokens: Sequence[Token]) -> None:
        """Who speaks the sentence's quotation; a quotation the last sentence began goes on."""
        quoted = next((t for t in tokens if t.i in self._quoted), None)
        if quoted is not None:
            speaker = self._quote_speaker(quoted)
            found = self._actors_of(speaker) if speaker is not None else ()
            if len(found) == 1 and found[0].type is ActorType.PERSON:
                self._speaker_actor = found[0]
        if self._speaker_actor is not None:
            self.last_speaker, self.last_speaker_at = self._speaker_actor, self.sentence_no
        elif self.last_speaker_at == self.sentence_no - 1 and self._goes_on():
            self.last_speaker_at = self.sentence_no

    def _note_events(self, tokens: Sequence[Token]) -> None:
        """Remember who did the events the sentence names ("Chad's missile test")."""
        for token in tokens:
            pos = token.pos_
            if pos not in ("NOUN", "PROPN", "VERB"):
                continue
            lemma = token.lemma_.lower()
            if (pos == "VERB" and lemma in rules.INVITING_VERBS) or (
                lemma in rules.INVITATION_NOUNS
                and any(
                    c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ != "with") for c in _children(token)
                )
            ):  # (not "accepted the invitation with pleasure")
                self.invited_at = self.sentence_no  # "invited X to visit", "at the invitation of X"
            if pos == "NOUN" and lemma in rules.CLAIM_NOUNS and lemma not in rules.NOMINAL_EVENTS:
                # "the claim of the UAE to the islands": a later "these claims" are the UAE's
                claimants = _named_possessors(token) or [
                    t for t in _prep_objects(token, "of") if t.pos_ == "PROPN"
                ]
                found = tuple(self._resolve_all(claimants))
                if found:
                    self.event_agents[lemma] = (self.sentence_no, found)
            if pos == "NOUN" and lemma in rules.SUBMISSION_NOUNS:
                # "the preliminary objections raised by Honduras", "Nicaragua's application": a
                # later "the objection", "the request" is theirs
                movers = _named_possessors(token) or [
                    t
                    for n in (token, *(o for p in _children(token) if p.dep_ == "prep" for o in _children(p)))
                    for t in _participle_agents(n)  # (also "the application for X filed by Y")
                ]
                found = tuple(self._resolve_all(movers))
                if found:
                    for noun in rules.SUBMISSION_NOUNS[lemma]:
                        self.event_agents[noun] = (self.sentence_no, found)
            if pos == "NOUN" and lemma in rules.NOMINAL_EVENTS:
                owners = _named_possessors(token)
                if not owners and lemma in rules.VIOLENT_EVENTS:
                    # "the attack by X …", "the bombing, which X claimed": a later "the attack"
                    owners = [*_prep_objects(token, "by"), *_claimants(token)]
                    if (
                        not owners
                        and token.dep_ == "dobj"
                        and token.head.pos_ == "VERB"
                        and token.head.lemma_.lower() in rules.PERFORMING_VERBS
                    ):
                        # "Russia launched a missile attack on Kyiv": the one who launched it
                        owners = self._subjects(token.head)[0]
                found = tuple(self._resolve_all(owners))
                if found:
                    self.event_agents[lemma] = (self.sentence_no, found)
            if (
                pos == "VERB"
                and token.dep_ == "ROOT"
                and lemma not in rules.SPEECH_VERBS
                and self._act_nouns_ahead
                and any(c.dep_ in rules.OBJECT_DEPS for c in _children(token))
                and not _negated(token)
                and not any(_lemma(t) in rules.ACT_NOUNS for t in _direct_objects(token))
            ):
                # "Algeria suspended the treaty. The decision was denounced by Madrid": a later
                # "the decision", "the move", "the step" is the act of the last sentence's subject
                # (not of "China opposes this move", which reacts to it)
                found = self._named_doers(token)
                if len(found) == 1:
                    # words are no act ("Minsk summoned the envoy and warned …"), but words of the
                    # act's own doer keep it in view
                    words = _words_only(lemma)
                    for noun in rules.ACT_NOUNS:
                        if not words or self.event_agents.get(noun, (0, ()))[1] == found:
                            self.event_agents[noun] = (self.sentence_no, found)
            if pos == "VERB" and (lemma in rules.MEETING_OF_VERB or lemma == "hold") and not _negated(token):
                self._note_meeting(token, lemma)
            if pos == "VERB" and lemma in rules.THIRD_PARTY_MEDIATION:
                # "a ceasefire brokered by the US and France": not a later "both parties"
                self.mediators.update(a.name for a in self._resolve_all(self._subjects(token)[0]))
            if pos == "VERB" and lemma in rules.EVENT_OF_VERB and not _negated(token):
                # "Iran seized a tanker": a later "the seizure" is Iran's (its own subject only)
                found = self._named_doers(token)
                if len(found) == 1:
                    for noun in rules.EVENT_OF_VERB[lemma]:
                        self.event_agents[noun] = (self.sentence_no, found)
            elif (
                pos == "VERB"
                and lemma in rules.CLAIM_VERBS
                and not _negated(token)
                and (
                    lemma not in rules.CLAIM_CLAUSE_VERBS or any(c.dep_ == "ccomp" for c in _children(token))
                )
            ):
                # "Chad accused Niger of …": a later "the accusation" is Chad's
                found = tuple(self._resolve_all(self._subjects(token)[0]))
                if found:
                    for noun in rules.CLAIM_VERBS[lemma]:
                        self.event_agents[noun] = (self.sentence_no, found)
            if pos == "VERB" and lemma in rules.PUBLISHING_VERBS:
                # "Algeria issued a statement": a later "the statement" speaks for Algeria; so
                # does "a statement issued by the AES"
                published = list(_direct_objects(token))
                if token.dep_ == "acl" and token.tag_ == "VBN":
                    published.append(token.head)
                for obj in published:
                    if obj.lemma_.lower() in rules.COMMUNICATION_NOUNS:
                        found = tuple(self._resolve_all(self._subjects(token)[0]))
                        if found:
                            self.event_agents[obj.lemma_.lower()] = (self.sentence_no, found)
            if (
                pos == "NOUN"
                and lemma in rules.COMMUNICATION_NOUNS
                and token.dep_ == "pobj"
                and token.head.lower_ == "in"
                and token.head.head.pos_ == "VERB"
            ):
                # "In a letter to the AU, Ethiopia said …", "the Council extended the mandate in
                # a resolution that …": a later "the letter", "the resolution" is theirs
                found = tuple(self._resolve_all(self._subjects(token.head.head)[0]))
                if found:
                    self.event_agents[lemma] = (self.sentence_no, found)
            if pos != "VERB" and (lemma in rules.JUNTA_WORDS or lemma in rules.MILITARY_RULE_NOUNS):
                # "Myanmar's junta bombed …", "Mali's military government": a later "the junta",
                # "the regime" is that state's
                lefts = [c for c in _lefts(token) if c.dep_ in ("poss", "amod", "compound")]
                if lemma in rules.JUNTA_WORDS or any(c.lower_ == "military" for c in lefts):
                    found = tuple(a for c in lefts for a in self._actors_of(c))
                    if len(found) == 1 and found[0].type is ActorType.COUNTRY:
                        self.junta = (self.sentence_no, found[0])
            if (
                pos == "NOUN"
                and token.tag_ == "NN"
                and self._is_role(lemma)
                and any(c.dep_ == "poss" or _is_owner_adjective(c) for c in _children(token))
            ) or (
                # "the Minister of Foreign Affairs of Georgia received the Ambassador of Japan", in a
                # statement dated from a capital: a later "the Minister", "the Ambassador" is that
                # state's
                self._dated
                and token.tag_ in ("NN", "NNP")
                and token.text[:1].isupper()
                and self._is_role(token.lower_)
                and _prep_objects(token, "of")
            ):
                owner = self._actors_of(token)
                if len(owner) == 1 and owner[0].type is not ActorType.PERSON:
                    key = _role_key(token)
                    before = self._lately(self.owned_roles.get(key))
                    # (two states' ministers named lately: "the Minister" is either, so neither)
                    ambiguous = before is not None and before != owner[0] and token.tag_ == "NNP"
                    self.owned_roles[key] = (self.sentence_no, None if ambiguous else owner[0])
            if pos == "NOUN" and lemma in rules.ARMED_SERVICE_NOUNS:
                # "Myanmar's military bombed …": a later "the military" is Myanmar's
                owners = [c for c in _lefts(token) if c.dep_ in ("poss", "amod", "compound")]
                found = tuple(a for c in owners for a in self._actors_of(c))
                named = self._actors_of(token) if owners else ()
                if len(named) == 1 and named[0].type in (ActorType.ORGANIZATION, ActorType.GROUP):
                    # "the Sudanese army", an actor of its own: a later "the army" is that actor
                    self.armed_services[lemma] = (self.sentence_no, named[0])
                elif len(found) == 1 and found[0].type is ActorType.COUNTRY:
                    self.armed_services[lemma] = (self.sentence_no, found[0])
            if pos != "VERB" and lemma in rules.ASSET_NOUNS:
                # "a Malian army drone was shot down": a later "the drone" is Mali's
                modifiers = [c for c in _lefts(token) if c.dep_ in ("amod", "compound")]
                found = self._actors_of(token) if modifiers else ()
                if not found:
                    # "a Philippine fisheries ship": the state's adjective before another modifier
                    found = tuple(a for c in modifiers if _is_owner_adjective(c) for a in self._actors_of(c))
                if len(found) == 1 and found[0].type is ActorType.COUNTRY:
                    self.asset_owners[lemma] = (self.sentence_no, found[0])
                    kind = rules.ASSET_KINDS.get(lemma)
                    if kind is not None:
                        self.asset_owners[kind] = (self.sentence_no, found[0])

    def _note_meeting(self, verb: Token, lemma: str) -> None:
        """ "Ethiopia and Eritrea met", "Japan held talks with Korea": a later "the meeting", "the
        talks" are those of all their parties."""
        nouns = rules.MEETING_OF_VERB.get(lemma, ())
        if nouns:
            others = [*_direct_objects(verb), *_prep_objects(verb, "with")]  # "met Y", "met with Y"
        else:
            held = [o for o in _direct_objects(verb) if _lemma(o) in rules.HELD_MEETINGS]
            if lemma != "hold" or not held:
                return
            nouns = tuple(_lemma(o) for o in held)
            others = [*_prep_objects(verb, "with"), *(t for o in held for t in _prep_objects(o, "with"))]
        parties = tuple(
            dict.fromkeys(
                [*self._named_doers(verb), *self._resolve_all(t for o in others for t in _with_conjuncts(o))]
            )
        )
        if len(parties) >= 2:
            for noun in nouns:
                self.event_agents[noun] = (self.sentence_no, parties)

    def _named_doers(self, verb: Token) -> tuple[Actor, ...]:
        """The actors of a verb's own subject, unless a pronoun (those when the frames read them)."""
        return tuple(
            self._resolve_all(
                t
                for c in _children(verb)
                if c.dep_ == "nsubj" and c.pos_ != "PRON"
                for t in _with_conjuncts(c)
            )
        )

    def _statements(self, frame: _Frame, sent: Span, offset: int) -> Iterator[Statement]:
        """A frame's statements: one per pair of its resolved ends (the subjects among
        themselves for a reciprocal frame), typed with CAMEO, with the sentence as evidence."""
        subjects = list(frame.subject_actors) or self._resolve_all(frame.subjects)
        if not subjects:
            return
        relation = frame.relation
        if frame.reciprocal:
            if len(subjects) < 2:
                return
            if not relation.endswith(" with"):
                relation = f"{relation} with"
            # every two of three: "signed by Uzbekistan, Afghanistan and Pakistan" binds each pair;
            # of more, the first named with each other
            if len(subjects) <= rules.ALL_PAIRS_MAX:
                pairs = list(combinations(subjects, 2))
            else:
                pairs = [(subjects[0], other) for other in subjects[1:]]
            if frame.both_ways:
                pairs = [(s, o) for s in subjects for o in subjects if s != o]
        else:
            objects = self._resolve_all(frame.objects)
            pairs = [(s, o) for s in subjects for o in objects]
        if not pairs:
            return
        relation = _completed(relation)
        event = _classify(relation)
        if event is None:
            return
        negated = frame.negated != (events.negates(relation) or _denied_complement(relation))
        source = None
        if frame.source is not None:
            found = self._actors_of(frame.source)
            source = found[0] if found else None
        if self._evidence is None:
            # the evidence from the article itself (the parser may have seen a title in sentence case)
            raw = self._sent_text
            begin = offset + sent.start_char + (len(raw) - len(raw.lstrip()))
            self._evidence = (self.article.text[begin : begin + len(raw.strip())], begin)
        text, start = self._evidence
        for subj, obj in pairs:
            if obj.type is ActorType.PERSON and obj.affiliation is not None and event.code.startswith("07"):
                # "the Afghan minister thanked Uzbekistan for its humanitarian assistance": aid
                # goes to the state the official speaks for
                obj = obj.affiliation
            if _same_side(subj, obj) or (obj.type is ActorType.TERRITORY and relation in rules.NAMING_VERBS):
                continue  # (not "the Diaoyu Islands, which Japan calls the Senkakus")
            yield Statement(
                subject=subj,
                relation=relation,
                object=obj,
                event=event,
                sentence=text,
                start=start,
                end=start + len(text),
                article_id=self.article.id,
                date=self.article.date,
                negated=negated,
                hypothetical=frame.hypothetical,
                source=source if source is not None and source.name != subj.name else None,
                article_title=self.article.title,
            )

    def _remember(self, sent: Span, produced: list[Statement]) -> None:
        """Update the discourse state for pronouns and plural references in later sentences."""
        tree = _tree(sent.doc)
        tokens = tree.tokens[sent.start : sent.end]
        main_subjects = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        for token in main_subjects:
            # the main subject, even of a sentence that made no statement ("Members of the
            # Security Council condemned the attack. They called on …")
            self._actors_of(token)
        persons = [actor for _, actor in sorted(self._sentence_persons, key=lambda p: p[0])]
        if persons:
            self.unnamed_official = None
        else:
            officials = [
                found[0]
                for t in main_subjects
                if t.tag_ == "NN"
                and self._is_role(t.lemma_)
                and len(found := self._actors_of(t)) == 1
                and found[0].type is not ActorType.PERSON
            ]
            if len(officials) == 1 and not any(
                a.type is ActorType.PERSON and _state_of(self._current(a)) == officials[0]
                for _, _, a in self.mentions
            ):
                # (but "the Russian minister" after Lavrov was named is Lavrov)
                self.unnamed_official = (self.sentence_no, officials[0])
        self.recent_persons.extend(persons)
        del self.recent_persons[:-12]
        for actor in persons:
            self.first_mention.setdefault(actor.name, len(self.first_mention))
        named = [(tree.tokens[i], found) for i, found in sorted(self._cache.items()) if found]
        for token, found in named:
            if len(found) != 1 or token.pos_ != "PROPN":
                continue
            actor = found[0]
            if actor.type is ActorType.COUNTRY:
                count = self.state_mentions.get(actor.name, (0, 0, actor))[0]
                self.state_mentions[actor.name] = (count + 1, self.sentence_no, actor)
                self.state_order.setdefault(actor.name, len(self.state_order))
            elif actor.type is ActorType.GROUP:
                self.recent_groups.append((self.sentence_no, actor))
        del self.recent_groups[:-12]
        for token, found in named:
            if len(found) == 1:
                self.mentions.append((self.sentence_no, _mention_rank(token), found[0]))
                if (
                    token.tag_ in ("NNS", "NNPS")
                    and found[0].type is not ActorType.PERSON
                    and _mention_rank(token) <= 1
                ):
                    self.plural_mentions.append((self.sentence_no, found[0]))
        del self.mentions[:-60]
        del self.plural_mentions[:-12]
        if any(
            t.dep_ == "nsubj"
            and t.tag_ == "NNS"
            and (_singular(t.lemma_.lower()) in rules.PLURAL_REFERENCES or self._is_role(t.lemma_))
            and not self._actors_of(t)
            for t in main_subjects
        ):
            # "The leaders discussed Sudan and Haiti. They agreed …": "they" are the leaders,
            # whom the text does not name; not Sudan and Haiti
            self.unnamed_plural_at = self.sentence_no
        for stmt in produced:
            # "Pakistani jets struck …": a later "the strikes" are Pakistan's
            verb, *rest = stmt.relation.split()
            for noun in rules.VERB_EVENTS.get(verb, ()):
                self.event_agents[noun] = (self.sentence_no, (stmt.subject,))
            if not stmt.negated and stmt.event.code.startswith("16"):
                # "The EU imposed sanctions on Iran. Iran condemned the measures": the EU's (not
                # "Hungary resisted sanctions on Minsk", "the US lifted its sanctions")
                for noun in (verb, *rest):
                    for later in rules.IMPOSED_MEASURES.get(noun, ()):
                        self.event_agents[later] = (self.sentence_no, (stmt.subject,))
            for noun in rest:
                if noun in rules.VIOLENT_EVENTS and not stmt.negated and not stmt.hypothetical:
                    # "accused the US and the UK of escalating the crisis with air strikes on
                    # Yemen": a later "the strikes" are theirs, each subject's of the sentence
                    self._add_agents(noun, (stmt.subject,))
                if noun in rules.COMMUNICATION_NOUNS and not stmt.negated:
                    # "X lodged a protest against Y": a later "the protest" is X's (but "X and Y
                    # issued a joint statement" keeps both, as the sentence noted them)
                    known = self.event_agents.get(noun)
                    if known is None or known[0] != self.sentence_no or stmt.subject not in known[1]:
                        self.event_agents[noun] = (self.sentence_no, (stmt.subject,))
            if verb in rules.INVITING_VERBS and not stmt.negated:
                self.invitation = (self.sentence_no, stmt.subject, stmt.object)
            if (
                verb in rules.SETTLING_VERBS
                and stmt.relation.endswith(" with")
                and any(word in rules.ACCORD_NOUNS for word in rest)
                and not stmt.negated
            ):
                # "Spain and the UK signed the treaty": a later "the deal was brokered by X"; a
                # later "the agreement" is theirs ("New Zealand said it supported the agreement")
                self.accord = (self.sentence_no, (stmt.subject, stmt.object))
                parties = tuple(
                    a
                    for a in (stmt.subject, stmt.object)
                    if a.name not in self.mediators  # (not "a deal brokered by Oman")
                )
                for noun in rules.SIGNED_ACCORD_NOUNS:
                    self._add_agents(noun, parties)
        self._remember_groups(named, produced)

    def _add_agents(self, noun: str, actors: tuple[Actor, ...]) -> None:
        """Remember ``actors`` as doers of a later "the <noun>", with those the same sentence
        named before them (each statement of "X and Y signed …" adds its own)."""
        known = self.event_agents.get(noun)
        before = known[1] if known is not None and known[0] == self.sentence_no else ()
        self.event_agents[noun] = (self.sentence_no, tuple(dict.fromkeys((*before, *actors))))

    def _remember_groups(
        self, named: list[tuple[Token, tuple[Actor, ...]]], produced: list[Statement]
    ) -> None:
        """Groups a later "they" or "both sides" may mean: the pairs of a reciprocal statement
        ("X met with Y"), then, as more likely meant, the groups the sentence names outright
        ("X and Y", "both countries")."""
        partners: dict[tuple[str, str], list[Actor]] = {}
        for stmt in produced:
            if stmt.event.code[:2] in rules.FIGHTING_ROOTS and not stmt.negated:
                self.conflict = (self.sentence_no, (stmt.subject, stmt.object))
            if stmt.relation.endswith(" with") and stmt.relation.split()[0] not in ("be", "have"):
                # (not a standing relation said in passing: "Egypt, which is locked in a dispute
                # with Ethiopia, …" does not make them "the two countries" of the next sentence)
                self.groups.append((self.sentence_no, (stmt.subject, stmt.object)))
                partners.setdefault((stmt.subject.name, stmt.relation), [stmt.subject]).append(stmt.object)
        for party in partners.values():
            if len(party) > 2:
                # "X held talks with Y and Z": "the three ministers" are all of them
                self.groups.append((self.sentence_no, tuple(party)))
        for token, _ in named:
            if token.dep_ not in rules.GROUP_DEPS or token.pos_ not in ("PROPN", "NOUN"):
                continue
            if token.dep_ == "pobj" and token.head.lower_ not in rules.GROUP_PREPS:
                continue
            members = _with_conjuncts(token)
            if len(members) < 2:
                continue
            group = self._resolve_all(members)
            if len(group) >= 2:
                self.groups.append((self.sentence_no, tuple(group)))
        for token, found in named:
            if len(found) >= 2 and token.tag_ in ("NNS", "NNPS", "PRP", "PRP$"):
                # "both countries", "they" name the group again ("U.A.E.-Oman" does not)
                self.groups.append((self.sentence_no, found))
        del self.groups[:-12]

    # -- actors ----------------------------------------------------------------

    def _resolve_all(self, ends: Iterable[Token | Actor]) -> list[Actor]:
        """The actors of tokens (an end already known as an actor stands for itself)."""
        out: list[Actor] = []
        for end in ends:
            for actor in (end,) if isinstance(end, Actor) else self._actors_of(end):
                if actor not in out:
                    out.append(actor)
        return out

    def _actors_of(self, token: Token) -> tuple[Actor, ...]:
        """The actors a token stands for (cached per sentence)."""
        cached = self._cache.get(token.i)
        if cached is not None:
            return cached
        self._cache[token.i] = ()
        named = _named_machine(token)
        result = self._machine_owners(token, named) if named is not None else self._resolve(token)
        if result and all(a.type is ActorType.PERSON for a in result) and _settlement_name(token):
            result = ()  # "near the village of Yater": a place the recogniser took for a person
        if len(result) == 1 and result[0].type is ActorType.GROUP:
            # "the Baltic states" after Lithuania, Latvia and Estonia were named: those named
            members = self.gazetteer.members(result[0])
            if members:
                named = {a.name for a in self.actors.actors()}
                listed = tuple(m for m in members if m.name in named)
                if len(listed) >= 2:
                    result = listed
        self._cache[token.i] = result
        for actor in result:
            if actor.type is ActorType.PERSON and len(result) == 1:
                self._sentence_persons.append((token.i, actor))
        return result

    def _machine_owners(self, name: Token, machine: Token) -> tuple[Actor, ...]:
        """The state a named ship or aircraft flies the flag of: "the Norwegian-flagged vessel
        Nordlys" (Norway's), "the tanker Eagle S" (no one's the text says): never the name itself."""
        owners = [
            a
            for word in (name, machine)
            for c in _lefts(word)
            if c is not machine and (c.dep_ == "poss" or _is_owner_adjective(c))
            for a in self._actors_of(c)
        ]
        return tuple(dict.fromkeys(a for a in owners if a.type is ActorType.COUNTRY))

    def _resolve(self, token: Token) -> tuple[Actor, ...]:
        lower = token.lower_
        if token.pos_ == "NOUN" and _lemma(token) in rules.COALITION_NOUNS:
            coalition = self._led_coalition(token)
            if coalition is not None:
                return (coalition,)
        if token.pos_ == "NOUN" and _lemma(token) in rules.GROUPING_NOUNS:
            # "the NATO alliance", "the EU bloc", "the ASEAN grouping": the body the name names
            names = [c for c in _children(token) if c.dep_ == "compound" and c.pos_ == "PROPN"]
            found = self._actors_of(names[-1]) if names else ()
            if len(found) == 1 and found[0].type in (ActorType.ORGANIZATION, ActorType.GROUP):
                return found
        if lower in rules.PARTITIVE_QUANTIFIERS and token.dep_ in rules.SUBJECT_DEPS:
            relative = [
                g
                for g in _prep_objects(token, "of")
                if g.lower_ in rules.RELATIVE_PRONOUNS and g.lower_ != "whose"
            ]
            if relative:
                # "Kiribati and Nauru, both of which switched recognition …": those the clause hangs on
                return self._actors_of(relative[0])
        if (
            (lower in _PAIR_WORDS or (lower == "each" and _before_the_other(token)))
            and token.dep_ in rules.SUBJECT_DEPS
            and not any(c.dep_ == "prep" for c in _children(token))  # not "both of which"
        ):
            # "Turkey and Qatar signed a pact. Neither has replied": each of the two named together
            return self._recent_group("", count=2, outside={a.name for a in self._sentence_subjects(token)})
        if token.tag_ in ("PRP", "PRP$") or (token.pos_ == "PRON" and lower not in rules.RELATIVE_PRONOUNS):
            return self._pronoun(token)
        if (
            token.lemma_ in rules.DOCUMENT_NOUNS
            and token.i not in self._quoted
            and any(c.dep_ == "det" and c.lower_ == "this" for c in _children(token))
        ):
            # "Montenegro and Norway align themselves with this declaration": the document's
            # own voice
            voice = self.voice or Voice()
            if voice.parties:
                return voice.parties
            return (voice.state,) if voice.state is not None else ()
        if lower in rules.RELATIVE_PRONOUNS:
            # the noun the relative clause hangs on, also from a verb the clause's verb
            # controls ("ASEAN, which both hope to join")
            clause = token.head
            if lower == "whose" or (token.dep_ == "pobj" and clause.lower_ == "of"):
                # "Britain, whose warships struck …", "X and Y, both of which switched …": from the
                # noun it owns (or is part of) up to its clause
                for _ in range(3):
                    if clause.dep_ in ("relcl", "acl") or clause.head == clause:
                        break
                    clause = clause.head
            if clause.lemma_.lower() in rules.RESPONSIBILITY_VERBS and token.dep_ in (
                "dobj",
                "pobj",
                "nsubjpass",
            ):
                return ()  # "the bombing in Kabul, which IS claimed": an act, not Kabul
            if clause.lemma_.lower() in rules.DENIAL_VERBS and token.dep_ == "dobj":
                # "X accused Y of sending arms to Z, which Y denies": the claim, so its claimants
                claim = self._claim_before(token) or self._said_before(token)
                return tuple(self._resolve_all(self._subjects(claim)[0])) if claim is not None else ()
            for _ in range(3):
                if clause.dep_ in ("relcl", "acl") and clause.head != token:
                    # "Arakawa and Park, who met …": the noun with its conjuncts, those before the
                    # clause ("China, which invested …, and Qatar": China alone)
                    noun = self._antecedent(clause.head, token)
                    antecedents = [t for t in _with_conjuncts(noun) if t.i < clause.i]
                    if (
                        len(antecedents) > 1
                        and _singular_verb(clause)
                        and all(t.ent_type_ == "PERSON" for t in antecedents)
                    ):
                        # "a summit between Kato and President Lee, who has made …": the one next to it
                        antecedents = antecedents[-1:]
                    found = tuple(self._resolve_all(antecedents))
                    ranked = _ranking_copula(noun) if not found else None
                    if ranked is not None:
                        # "Kenya is among the countries that recognise Kosovo", "Chad was one of
                        # the states that voted against": the copula's subject does it
                        found = tuple(self._resolve_all(self._subjects(ranked)[0]))
                    if not found and not any(c.dep_ == "oprd" for c in _children(clause)):
                        found = self._appended_act(noun)  # (not "a step which X called hostile")
                    if not found and clause.lemma_.lower() in rules.HARM_VERBS and token.dep_ == "nsubj":
                        found = self._blow_before(noun)
                    if not found and token.dep_ == "dobj":
                        found = self._held_by(noun)
                    if not found and token.dep_ == "nsubj" and _lemma(noun) in rules.SPEAKING_DOCUMENTS:
                        found = self._issuers(noun)  # "said in a statement that called on X"
                    return found
                if clause.dep_ not in ("xcomp", "ccomp", "conj") or clause.head == clause:
                    break  # (also "a deployment that X opposed and that Y endorsed")
                clause = clause.head
            return ()
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM") and not token.ent_type_:
            return ()
        if not self._may_name_actor(token):
            return ()
        listed = self._listed_members(token) or self._named_in_apposition(token)
        if listed:
            return listed
        plural = self._members_of_voice(token) or self._plural_reference(token)
        if plural is not None:
            return plural
        described = (
            self._described_group(token)
            or self._description(token)
            or self._unnamed_body(token)
            or self._neighbour_of(token)
        )
        if described is not None:
            return (described,)
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in rules.COMMUNICATION_NOUNS:
            if token.dep_ == "nsubj" and lemma in rules.SPEAKING_DOCUMENTS:
                authors = self._authors(token)  # "a statement by NATO condemned Russia"
                if authors:
                    return authors
            return self._earlier_event(token, lemma)  # "the statement accused X": its issuer
        if (
            token.pos_ == "NOUN"
            and lemma in rules.BLOW_NOUNS
            and token.dep_ == "nsubj"
            and token.head.lemma_.lower() in rules.HARM_VERBS
        ):
            # "The attack killed 19 soldiers": its author; "The Israeli strikes killed …", "The
            # sanctions, announced by the US, target …": the one the noun names as doing it
            return self._earlier_event(token, lemma) or tuple(
                self._resolve_all(self._noun_agents(token) or _participle_agents(token))
            )
        if token.pos_ == "NOUN" and token.dep_ == "nsubj" and _affecting(token.head):
            # "China's decision angered Japan", "Hungary's veto blocked the aid": whose act it is
            agents = tuple(self._resolve_all(self._noun_agents(token)))
            if agents:
                return agents
        legislature = self._legislature(token)
        if legislature is not None:
            return (legislature,)
        found = self._noun_phrase(token)
        if token.ent_type_ != "PERSON":
            # "the Omani sultan, Sheikh Khalid": the named person in apposition
            for child in _rights(token):
                if child.dep_ == "appos" and not any(
                    c.dep_ == "conj" and token.i < c.i < child.i for c in _children(token)
                ):  # not "the Secretary and Minister Haddad", the name parsed as the first's apposition
                    person = self._actors_of(child)
                    if person and person[0].type is ActorType.PERSON:
                        return person[:1]
            named = self._name_after_comma(token)
            if named is not None:
                return named
        if not found and token.pos_ == "PROPN" and token.tag_ == "NNP" and self._is_role(token.lower_):
            again = self._role_again(token)  # "The Minister congratulated the Ambassador …"
            if again is not None:
                return (again,)
        if not found and token.pos_ == "PROPN":
            return self._surname(token)
        if not found and token.pos_ == "NOUN":
            again = self._role_again(token)
            if again is not None:
                return (again,)
        return found

    def _role_again(self, token: Token) -> Actor | None:
        """ "The envoy" after "the US sent its special envoy": the state or body whose unnamed
        office-holder of that title the text named lately (when no person holds it)."""
        if token.tag_ not in ("NN", "NNP") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in _children(token)
        ):
            return None
        if any(
            c.dep_ in ("poss", "compound", "prep", "appos") or _is_owner_adjective(c)
            for c in _children(token)
        ):
            return None  # (named otherwise: "the Iranian envoy", "the envoy of Chad")
        return self._lately(self.owned_roles.get(_role_key(token)))

    def _surname(self, token: Token) -> tuple[Actor, ...]:
        """A bare surname the article names in full elsewhere ("Modi Meets Putin" over a text
        that names "Indian Prime Minister Narendra Modi"): that person."""
        ent = self._surnames.get(token.text)
        if ent is None or ent.start <= token.i < ent.end:
            return ()
        if token.i + 1 < len(token.doc) and token.nbor().pos_ == "PROPN" and token.nbor().dep_ == "flat":
            return ()
        found = self._noun_phrase(ent.root)
        return found if len(found) == 1 and found[0].type is ActorType.PERSON else ()

    def _authors(self, document: Token) -> tuple[Actor, ...]:
        """Who issued a document its phrase names: "NATO's statement", "the GCC communiqué", "a
        statement by (from, of) X", "a letter signed by X"."""
        found: list[Token] = []
        for child in _children(document):
            dep = child.dep_
            if (dep == "poss" and child.lower_ not in rules.POSSESSIVE_PRONOUNS) or (
                dep in ("compound", "amod")
                and (child.pos_ == "PROPN" or child.ent_type_ in rules.OWNER_ENTITY_LABELS)
            ):
                found.append(child)
            elif dep == "prep" and child.lower_ in ("of", "by", "from"):
                found.extend(t for g in _children(child) if g.dep_ == "pobj" for t in _with_conjuncts(g))
        found.extend(_participle_agents(document))
        return tuple(self._resolve_all(found))

    def _issuers(self, document: Token) -> tuple[Actor, ...]:
        """Who issued a document: those its phrase names (see :meth:`_authors`), else the subjects
        of the verb that publishes it or speaks in it ("Japan issued a statement", "South Korea
        and Australia released a communique", "Japan said in a statement")."""
        authors = self._authors(document)
        if authors:
            return authors
        verb = _governing_verb(document)
        if verb is None:
            return ()
        if document.dep_ == "pobj" and document.head.lower_ != "in":
            return ()
        if document.dep_ != "pobj" and _lemma(verb) not in rules.PUBLISHING_VERBS:
            return ()
        return tuple(self._resolve_all(self._subjects(verb)[0]))

    def _antecedent(self, noun: Token, pronoun: Token) -> Token:
        """The noun a relative pronoun stands for, from the one its clause hangs on."""
        if noun.dep_ == "appos" and (
            (_singular(noun.lower_) in rules.DESCRIPTION_NOUNS and not self._actors_of(noun))
            or (
                noun.head.pos_ == "PROPN"
                and noun.head.i < noun.i
                and (
                    self._actors_of(noun)
                    or _lemma(noun) in rules.DOER_DESCRIPTIONS
                    or self._is_role(noun.lemma_)
                )
                and self._actors_of(noun.head)
            )
        ):
            # "Egypt and Jordan, the only Arab states that signed …"; "Ruto Abdi, a Somali diplomat
            # who has criticised X": the one named, not the description
            noun = noun.head
        if pronoun.lower_ in ("who", "whom") and noun.ent_type_ == "GPE":
            # "the Special Envoy of the ASEAN Chair on Myanmar, who visited …": the person of the
            # phrase, not the state it ends with
            while noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head
        first = noun
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if (
            first is not noun
            and pronoun.i > 0
            and pronoun.nbor(-1).text == ","
            and not any(
                c.dep_ in ("relcl", "acl") for t in _with_conjuncts(first) if t.i < noun.i for c in _rights(t)
            )
        ):
            # "the EU, the US and the UK, which condemned the attack": all of them
            return first
        return noun

    def _legislature(self, token: Token) -> Actor | None:
        """A state's legislature named with its state: "the Georgian parliament", "Georgia's
        parliament", "the US Congress", "the parliament of Georgia". The assembly is an actor of
        its own (an organisation of that state), not the state: its acts are not the
        government's. Named as the text names it, the head capitalised."""
        if _lemma(token) not in rules.LEGISLATURE_HEADS or token.pos_ not in ("NOUN", "PROPN"):
            return None
        head = token.text[:1].upper() + token.text[1:]
        for child in _lefts(token):
            if child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            found = self._actors_of(child)
            if len(found) == 1 and found[0].type is ActorType.COUNTRY:
                state = found[0]
                name = f"{self._span_text(token.doc[self._left(child).start : token.i])} {head}"
                break
        else:
            places = [a for o in _prep_objects(token, "of") for a in self._actors_of(o)]
            if len(places) != 1 or places[0].type is not ActorType.COUNTRY:
                return None
            state = places[0]
            name = f"{head} of {state.name}"
        key = (state.name, _lemma(token))
        known = self.legislatures.get(key)  # "the Georgian parliament" … "the parliament of Georgia"
        if known is None:
            known = self.actors.resolve(name, label="ORG")
            if known is not None:
                self.legislatures[key] = known
        return known

    def _named_in_apposition(self, token: Token) -> tuple[Actor, ...]:
        """A singular noun of a kind of actor with the actor's name in apposition: "its ally
        Moscow", "Russia's ally Belarus", "the neighbouring state Belarus", "its closest partner,
        Japan": the one named (the relation the noun itself says is read apart)."""
        if token.pos_ != "NOUN" or token.tag_ != "NN":
            return ()
        lemma = token.lemma_.lower()
        kinds = (rules.ACTOR_NOUNS, rules.RELATIONAL_NOUNS, rules.EXAMPLE_HEADS)
        if not any(lemma in kind for kind in kinds):
            return ()
        for child in _rights(token):
            if child.dep_ == "conj":
                return ()  # "the Secretary and Minister Haddad"
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                found = self._actors_of(child)
                if len(found) == 1 and found[0].type is not ActorType.PERSON:
                    return found
                return ()
        return ()

    def _listed_members(self, token: Token) -> tuple[Actor, ...]:
        """A plural noun with the list of its members in apposition: "the three Baltic states
        — Estonia, Latvia and Lithuania —", "two regional blocs, the AU and IGAD"."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS":
            return ()
        for child in _rights(token):
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                members = self._resolve_all(_with_conjuncts(child))
                if len(members) >= 2 and all(a.type is not ActorType.PERSON for a in members):
                    return tuple(members)
        lemma = token.lemma_.lower()
        return self._examples(token) if lemma in rules.ACTOR_NOUNS or lemma in rules.EXAMPLE_HEADS else ()

    def _examples(self, token: Token) -> tuple[Actor, ...]:
        """The states or bodies a plural noun gives as its examples: "several governments,
        including Chile and Peru", "nations such as Norway", "its allies, among them Poland"; also
        when the parser hangs "including" on the verb ("urged the authorities, including X, …")."""
        for prep in _example_preps(token):
            before = rules.EXAMPLE_PREPS.get(prep.lower_)
            if (
                prep.dep_ != "prep"
                or before is None
                or (before and before not in (c.lower_ for c in _lefts(prep)))
            ):
                continue
            listed = [t for o in _children(prep) if o.dep_ == "pobj" for t in _with_conjuncts(o)]
            members = self._resolve_all(t for t in listed if t.pos_ == "PROPN")
            if members and all(a.type is not ActorType.PERSON for a in members):
                return tuple(members)
        return ()

    def _name_after_comma(self, token: Token) -> tuple[Actor, ...] | None:
        """A title followed by ", <name>": an apposition the parser attached elsewhere."""
        if not (token.pos_ == "NOUN" or _unnamed_title(token)) or not self._is_role(token.lower_):
            return None
        after = token.right_edge.i + 1
        doc = token.doc
        if after + 1 >= len(doc) or doc[after].text != ",":
            return None
        start = after + 1
        while start < min(after + 4, len(doc)) and start not in self._ents and doc[start].pos_ == "PROPN":
            start += 1  # honorifics before the name: "Sheikh"
        ent = self._ents.get(start)
        if ent is None or ent.label_ != "PERSON" or ent.start != start:
            return None
        end = ent.end
        if end < len(doc) and doc[end].text not in (",", ".", ";") and not doc[end].is_space:
            return None
        person = self._actors_of(ent.root)
        return person[:1] if person and person[0].type is ActorType.PERSON else None

    def _is_role(self, text: str) -> bool:
        """`Gazetteer.is_role`, remembered for the article."""
        known = self._role_memo.get(text)
        if known is None:
            known = self._role_memo[text] = self.gazetteer.is_role(text)
        return known

    def _is_body(self, text: str) -> bool:
        """`Gazetteer.is_government_body`, remembered for the article."""
        known = self._body_memo.get(text)
        if known is None:
            known = self._body_memo[text] = self.gazetteer.is_government_body(text)
        return known

    def _state_compounds(self, token: Token) -> list[Token]:
        """The modifiers of a noun that name two states with a hyphen ("U.A.E.-Oman", "Chile-Peru")."""
        parts = [
            part
            for c in _lefts(token)
            if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN"
            for part in _hyphenated(c)
        ]
        states = {a for c in parts for a in self._actors_of(c) if a.type is ActorType.COUNTRY}
        hyphen = any("-" in t.text for t in token.doc[token.left_edge.i : token.i])
        return parts if len(states) >= 2 and hyphen else []

    def _may_name_actor(self, token: Token) -> bool:
        """Cheap test before resolution: names, nouns with a name or a state's adjective in
        front, and the nouns that name bodies, roles, groups and collectives."""
        if token.dep_ == "pobj" and token.head.lower_ == "of" and self._is_role(token.head.head.lower_):
            # "Secretary of Defense", "Council of Ministers": part of a title, unless a known name
            # or a name glued to the state ("Prime Minister of Tajikistan Sherali Qodirov")
            return (
                self.gazetteer.lookup(self._span_text(self._left(token))) is not None
                # "the envoy of the neighbouring state Belarus": the name after its kind
                or (token.pos_ == "PROPN" and _is_country(self.gazetteer.lookup(token.text)))
                or self._glued_holder(token) is not None
            )
        if token.ent_type_ in rules.NON_ACTOR_ENTITY_LABELS:
            # dates, sums, numbers; but a state's name the recogniser took for one ("Niger")
            return token.pos_ == "PROPN" and _is_country(self.gazetteer.lookup(token.text))
        if token.ent_type_ or token.pos_ == "PROPN" or (len(token.text) > 1 and token.text.isupper()):
            return True  # (an acronym the tagger took for a noun: "left ECOWAS")
        for child in _lefts(token):
            if child.ent_type_ in rules.ACTOR_ENTITY_LABELS or child.pos_ == "PROPN":
                return True  # "Kenyan officials", "AU peacekeepers"
        lemma = token.lemma_.lower()
        if lemma in rules.BLOW_NOUNS and token.dep_ == "nsubj":
            return token.head.lemma_.lower() in rules.HARM_VERBS  # "The attack killed …": its author
        if lemma in rules.COMMUNICATION_NOUNS and token.dep_ == "nsubj":
            return True  # "The statement accused Algeria": its issuer
        word = token.lower_
        known = self._noun_memo.get(word)
        if known is None:
            gaz = self.gazetteer
            known = (
                lemma in rules.ACTOR_NOUNS
                or lemma in rules.GROUP_DESCRIPTIONS
                or lemma in rules.DESCRIPTION_NOUNS
                or lemma in rules.PLURAL_REFERENCES
                or lemma in rules.BODY_NOUNS
                or lemma in rules.GROUP_NOUNS
                or lemma in rules.MEMBER_NOUNS  # "elements of the M23"
                or gaz.is_role(lemma)
                or gaz.is_role(word)
                or gaz.is_government_body(lemma)
                or gaz.is_government_body(word)  # the heads are plural: "troops"
                or gaz.is_group_name(lemma)
                or gaz.is_group_name(word)
            )
            self._noun_memo[word] = known
        if not known and lemma in rules.EXAMPLE_HEADS and token.tag_ == "NNS":
            # "all parties, including Hamas": a name only through its examples
            return any(p.lower_ in rules.EXAMPLE_PREPS for p in _example_preps(token))
        return known

    def _noun_phrase(self, token: Token) -> tuple[Actor, ...]:
        lemma = token.lemma_.lower()
        caller = self._unnamed_caller(token)
        if caller is not None:
            return caller
        if "-" in token.text[1:-1] and token.pos_ == "PROPN":
            # "U.A.E.-Oman" as one word: both states
            found = [self.gazetteer.lookup(part) for part in token.text.split("-")]
            if len(found) >= 2 and all(a is not None and a.type is ActorType.COUNTRY for a in found):
                return tuple(dict.fromkeys(a for a in found if a is not None))
        if lemma in rules.SYMMETRIC_NOUNS and self._state_compounds(token):
            return ()  # "the U.A.E.-Oman Alliance": a relation between two states, not an actor
        owners = self._coordinated_owners(token)
        if owners:
            return owners
        if lemma in rules.SPOKESPERSON_NOUNS and not token.ent_type_:
            # "a spokesman for North Korea's defence ministry": the voice of the body it names
            voiced = {a for o in _prep_objects(token, "for") for a in self._actors_of(o)}
            if len(voiced) == 1 and next(iter(voiced)).type is not ActorType.PERSON:
                return tuple(voiced)
            body = self._body_spokesperson(token)
            if body is not None:
                return (body,)
        if lemma in rules.COUNTERPART_WORDS:
            # "his Colombian counterpart": the one person of that state the text has named
            states = [a for c in _lefts(token) if c.dep_ in ("amod", "compound") for a in self._actors_of(c)]
            if len(states) == 1:
                theirs = {
                    p.name: p for p in map(self._current, self.actors.persons) if p.affiliation == states[0]
                }
                if len(theirs) == 1:
                    return tuple(theirs.values())
                if not theirs and states[0].type is ActorType.COUNTRY and token.tag_ == "NN":
                    # none named: the state, as an unnamed office-holder's (but "his Egyptian and
                    # Somali counterparts" lead on to each state)
                    return (states[0],)
            elif not states and lemma == "counterpart":
                other = self._counterpart_of(token)
                if other is not None:
                    return (other,)
        if lemma in rules.LEADER_WORDS and token.tag_ == "NN":
            leader = self._leader(token)
            if leader is not None:
                return (leader,)
        possessors = [c for c in _children(token) if c.dep_ == "poss"]
        if possessors and (
            lemma in rules.BODY_NOUNS
            or self._is_body(token.lower_)
            or (
                (
                    possessors[0].lower_ in rules.POSSESSIVE_PRONOUNS
                    or possessors[0].lower_ == "whose"  # "Kenya, whose foreign minister visited …"
                    or _describes(possessors[0])
                )
                and self._is_role(lemma)
            )
        ):
            # "his government": the state of the person the possessor refers to; "its foreign
            # minister", "the alliance's chief", unnamed: the state or organisation the possessor
            # refers to
            owner = self._actors_of(possessors[0])
            state = None
            if len(owner) == 1:
                state = owner[0] if owner[0].type is not ActorType.PERSON else _state_of(owner[0])
            if state is not None:
                return (state,)  # (with "their" of two states, whose embassies is unclear)
        # "the foreign ministry of Chile", "the President of Peru"
        plural_role = (token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s")) and (
            self._is_role(token.lemma_) or self._is_role(_singular(token.lower_))  # "the Presidents of"
        )
        for child in _children(token):
            if child.dep_ != "prep":
                continue
            if child.lower_ == "of" and self.gazetteer.is_state_form(self._span_text(self._left(token))):
                # "The State of Qatar", "the Sultanate of Oman", parsed as a noun with its "of"
                state = [a for o in _prep_objects(token, "of") for a in self._actors_of(o)]
                if len(state) == 1 and state[0].type is ActorType.COUNTRY:
                    return (state[0],)
            if (
                child.lower_ in ("in", "from")
                and (
                    self._is_body(token.lower_)
                    or self._is_body(_singular(token.lower_))  # "the juntas in Bamako and Niamey"
                    or token.lemma_.lower() in rules.FACTION_NOUNS
                )
                and not (child.lower_ == "in" and token.lemma_.lower() in rules.POSTED_NOUNS)
                and (token.tag_ == "NNS" or self.gazetteer.is_administration_word(token.lower_))
                and not any(
                    c.dep_ in ("compound", "amod", "nmod", "poss") and (c.ent_type_ or self._actors_of(c))
                    for c in _lefts(token)
                )  # (not "RSF leaders in Nairobi": the RSF's)
            ):
                # "officials in Tehran", "troops from Chad", "the junta in Mali": the state they
                # serve; "senior officials from Ethiopia and Eritrea": each state (but "diplomats in
                # Addis Ababa" serve states of their own)
                place = self._resolve_all(
                    t for g in _children(child) if g.dep_ == "pobj" for t in _with_conjuncts(g)
                )
                if (
                    place
                    and all(
                        # (also "the separatist authorities in Tiraspol": the breakaway entity)
                        a.type is ActorType.COUNTRY or (a.type is ActorType.ORGANIZATION and a.affiliation)
                        for a in place
                    )
                    and (len(place) == 1 or (token.tag_ == "NNS" and len(place) < rules.JOINT_PARTIES_MAX))
                ):  # (not the list of states a summit's participants came from)
                    return tuple(place)
            if (
                child.lower_ == "of"
                and lemma in rules.ORGAN_NOUNS
                and token.tag_ == "NN"
                and not token.ent_type_
            ):
                # "the ministerial council of the GCC": an organ of the organisation speaks for it
                inner = [a for g in _children(child) if g.dep_ == "pobj" for a in self._actors_of(g)]
                if len(inner) == 1 and inner[0].type is ActorType.ORGANIZATION:
                    return (inner[0],)
            if (
                _lemma(token) in rules.DELEGATION_NOUNS
                and (
                    child.lower_ == "of"
                    or (child.lower_ == "from" and _lemma(token) in rules.SENT_PARTY_NOUNS)
                )
                and not any(c.dep_ == "poss" for c in _children(token))
            ):  # (not "recalled its envoy from Ethiopia": where the envoy served)
                # "a delegation from the Taliban", "a team of Chinese diplomats": who sent it
                sent = self._resolve_all(
                    t for g in _children(child) if g.dep_ == "pobj" for t in _with_conjuncts(g)
                )
                if (
                    sent
                    and (len(sent) == 1 or (token.tag_ == "NNS" and len(sent) < rules.JOINT_PARTIES_MAX))
                    and all(a.type is not ActorType.PERSON for a in sent)
                ):
                    return tuple(sent)  # ("the delegations of Armenia and Azerbaijan": each)
            if child.lower_ in ("of", "in") and lemma in rules.FELLOW_NOUNS and token.tag_ in ("NNS", "NNPS"):
                # "the members of the Security Council", "our Allies in NATO": the organisation,
                # as its members agree
                pobjs = [g for g in _children(child) if g.dep_ == "pobj"]
                inner = [a for g in pobjs for a in self._actors_of(g)]
                state_body = child.lower_ == "of" and bool(pobjs) and pobjs[0].pos_ == "NOUN"
                if len(inner) == 1 and (
                    inner[0].type in (ActorType.ORGANIZATION, ActorType.GROUP)
                    or (inner[0].type is ActorType.COUNTRY and state_body)
                ):
                    # "members of the Belarusian border guard service": its state; "members of Hamas"
                    return (inner[0],)
            if child.lower_ == "of" and (
                self._is_body(token.lemma_) or self._is_body(token.lower_) or plural_role
            ):
                inner = [c for c in _children(child) if c.dep_ == "pobj"]
                if inner:
                    found = self._resolve_all(_with_conjuncts(inner[0]))
                    states = tuple(a for a in found if a.type is ActorType.COUNTRY)
                    if states:
                        # "the Governments of Chile and Peru", "the Foreign
                        # Ministers of Canada and Mexico": unnamed officials speak for their states,
                        # unless the text names them later ("Armenia's Narek Harutyunyan …")
                        if plural_role and len(states) >= 2:
                            role = _singular(
                                self._span_text(self._left(token)).casefold().removeprefix("the ")
                            )
                            holders = [
                                self._later_holder(token, state, role, untitled=True) for state in states
                            ]
                            if all(holders):
                                return tuple(h for h in holders if h is not None)
                        return states
        own = self._own_title(token)
        if own is not None:
            return (own,)
        context = self._context()
        person = (
            self._person_with_role(token, context)
            or self._holder_of_title(token, context)
            or self._glued_holder(token)
        )
        if person is not None:
            return (person,)
        titled = (token.pos_ == "NOUN" or _unnamed_title(token)) and self._is_role(token.lower_)
        of: list[Token] = []
        owner = None
        if titled:
            # "the Secretary General of NATO", "the President of Serbia": whose title it is
            of = self._title_objects(token)
            direct = len(_prep_objects(token, "of"))
            owners = [a for o in of for a in self._actors_of(o)]
            if len(owners) == 1 and owners[0].type is ActorType.PERSON:
                return owners  # "Prime Minister of Tajikistan Sherali Qodirov", the name glued on
            owner = owners[0] if len(owners) == 1 and self.gazetteer.named(owners[0].name) else None
            if (
                owner is not None
                and owner.type is not ActorType.COUNTRY
                and not any(owner in self._actors_of(o) for o in of[:direct])
            ):
                owner = None  # "Member of the Political Bureau of the Central Committee of the CPC"
        speaker = self.voice.person if self.voice is not None else None
        if titled and not of and speaker is not None and speaker.role:
            bare = self._span_text(self._left(token)).casefold().removeprefix("the ")
            role = speaker.role.casefold()
            if (bare == role or role.startswith(f"{bare} of ")) and token.i not in self._quoted:
                # "The President thanked …" in a readout of the President's call: the speaker
                return (self._current(speaker),)
        for text, label in self._phrase_candidates(token):
            actor = self._resolve_text(text, label, context)
            if actor is not None and (
                owner is None or actor.type is not ActorType.PERSON or owner == actor.affiliation
            ):  # not the Prime Minister of St Kitts for "the Prime Minister of India"
                return (actor,)
        if titled:
            # "Norway's foreign minister", "a Brazilian diplomat": no name, so the state they speak
            # for (a known person with that role has been tried above)
            phrase = self._span_text(self._left(token))
            known = self._resolve_text(phrase, "", context)
            if known is not None and (owner is None or owner in (known, known.affiliation)):
                return (known,)
            place, role = self.gazetteer.role_of(phrase, context=context)
            if place is None and role is not None:
                for holder in (c for o in (token, *of) for c in _rights(o) if c.dep_ == "appos"):
                    if holder.lower_ in STYLE_WORDS:
                        # "…, His Excellency Ahmed Aboul Gheit": the name in apposition to the style
                        holder = next((c for c in _rights(holder) if c.dep_ == "appos"), holder)
                    person: tuple[Actor, ...] = ()
                    if holder.pos_ == "PROPN" and holder.ent_type_ in ("", "PERSON"):
                        # the holder with the title, so that "the Secretary-General" is them after
                        # (also a name the recogniser missed)
                        # (up to the holder: "The High Representative, Kaja Kallas," is not a title)
                        end = min((of[-1] if of else token).right_edge.i + 1, holder.left_edge.i)
                        title = self._span_text(token.doc[self._left(token).start : end]).rstrip(" ,")
                        name = self._span_text(token.doc[holder.left_edge.i : holder.i + 1])
                        found = self._resolve_text(f"{title} {name}", "PERSON", context)
                        person = (found,) if found is not None else ()
                    person = person or self._actors_of(holder)  # "the Prime Minister of Albania, Edi Rama"
                    if len(person) == 1 and person[0].type is ActorType.PERSON:
                        return person
                place = owner  # "the President of Serbia", unnamed: Serbia
                if owner is not None and owner.type is ActorType.COUNTRY:
                    # the whole title up to its state: "Minister of Foreign Affairs (of Uzbekistan)"
                    title = token.doc[self._left(token).start : of[-1].head.i] if of else self._left(token)
                    full = self.gazetteer.role_of(self._span_text(title), context=context)[1] or role
                    holders = {
                        p.name: p
                        for p in map(self._current, self.actors.persons)
                        if p.affiliation == owner and (p.role or "").casefold() == full.casefold()
                    }
                    if len(holders) == 1:
                        return tuple(holders.values())  # the holder the text has named before
                    later = self._later_holder(token, owner, full)
                    if later is not None:
                        return (later,)
            if role is not None and (place is None or place.type is ActorType.ORGANIZATION):
                # "the Secretary-General", "the UN chief": the office, when no holder is named
                named = [a.name for _n, _r, a in reversed(self.mentions) if a.type is ActorType.ORGANIZATION]
                office = self.gazetteer.office(place, role, named=named)
                if office is None and place is None and of:
                    # "the Chairperson of the African Union Commission": the whole title names it
                    whole = token.doc[self._left(token).start : of[-1].right_edge.i + 1]
                    place, role = self.gazetteer.role_of(self._span_text(whole), context=context)
                    office = self.gazetteer.office(place, role, named=named) if role else None
                if office is not None:
                    return (office,)
            if place is not None and role is not None and place.type is not ActorType.PERSON:
                return (place,)  # "NATO defence ministers" act for NATO
        if lemma in rules.ASSET_NOUNS and _bare_definite(token):
            # "downed the drone" after "a Malian army drone was shot down": Mali's; also "the
            # ship, which had been escorting fishing boats, was rammed"
            owner = self._asset_owner(lemma)
            if owner is not None:
                return (owner,)
        if lemma in rules.GROUP_NOUNS and token.tag_ == "NNS" and not possessors:
            # "rebels from the Arakan Army", "militants linked to the Pakistani Taliban"
            linked = [
                o
                for clause in _rights(token)
                if clause.dep_ == "acl" and clause.lemma_.lower() in rules.AFFILIATION_VERBS
                for prep in ("to", "with")
                for o in _prep_objects(clause, prep)
            ]
            for member_of in (*_prep_objects(token, "from"), *_prep_objects(token, "of"), *linked):
                found = self._actors_of(member_of)
                if found and found[0].type in (ActorType.GROUP, ActorType.ORGANIZATION):
                    return found[:1]
            if _bare_definite(token, coordinated=True):
                # "The militants have also attacked Ethiopia" after "an attack by al-Shabaab";
                # "the rebels and Kinshasa agreed …" after "the M23 seized Goma"
                group = self._last_group(token)
                if group is not None:
                    return (group,)
            # "the militants", "Houthi rebels": an armed group the gazetteer does not name
            words = [
                t.text
                for t in self._left(token)
                if t.dep_ not in ("det", "case", "punct", "nummod", "quantmod")
                and t.tag_ != "VBG"  # (not the act of "accused Y of arming rebels")
            ]
            return (Actor(" ".join(words), ActorType.GROUP),)
        named = self._armed_group_name(token, lemma)
        return (Actor(named, ActorType.GROUP),) if named else ()

    def _armed_group_name(self, token: Token, lemma: str) -> str | None:
        """The name of an armed group the gazetteer does not know, from its head noun: "the Los
        Lobos gang", "the Sinaloa cartel", "the Ansar Dine armed group"."""
        if token.tag_ != "NN" or not (
            lemma in rules.ARMED_GROUP_HEADS
            or (
                lemma in rules.GROUP_DESCRIPTIONS
                and any(c.dep_ == "amod" and c.lower_ in rules.ARMED_GROUP_MODIFIERS for c in _lefts(token))
            )
        ):
            return None
        names = [c for c in _lefts(token) if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None
        words = token.doc[names[0].left_edge.i : names[-1].i + 1]
        if any(t.pos_ != "PROPN" for t in words) or any(
            t.i > names[-1].i and t.dep_ != "amod" for t in _lefts(token)
        ):
            return None
        text = self._span_text(words)
        if self.gazetteer.lookup(text) is not None or self.gazetteer.is_name(text):
            return None  # "the Sahel group", "the G7 group": a place or a known body
        return f"{text} cartel" if lemma == "cartel" else text

    def _counterpart_of(self, token: Token) -> Actor | None:
        """ "Nurlanova invited her counterpart": the person of another state named last."""
        owner = next((c for c in _children(token) if c.dep_ == "poss"), None)
        found = self._actors_of(owner) if owner is not None and owner.tag_ == "PRP$" else ()
        verb = _governing_verb(token)
        if owner is not None and owner.tag_ == "PRP$" and not found and verb is not None:
            # "The Zimbabwean Minister briefed her counterpart": "her" is the unnamed minister
            found = tuple(self._resolve_all(self._subjects(verb)[0]))
        if len(found) == 1 and found[0].type is ActorType.COUNTRY:
            own = [p for p in map(self._current, self.recent_persons) if p.affiliation == found[0]]
            if own:
                found = (own[-1],)  # "The Afghan minister assured his counterpart": the one named
        if len(found) == 1 and found[0].type is ActorType.COUNTRY:
            # "The Zimbabwean Minister briefed her counterpart", no minister named: the other state
            # named last, as unnamed officials speak for their states
            return next(
                (
                    actor
                    for at, _rank, actor in reversed(self.mentions)
                    if self.sentence_no - at <= rules.EVENT_REFERENCE_WINDOW
                    and actor.type is ActorType.COUNTRY
                    and actor != found[0]
                ),
                None,
            )
        if len(found) != 1 or found[0].type is not ActorType.PERSON:
            return None
        person = self._current(found[0])
        for other in map(self._current, reversed(self.recent_persons)):
            if other.name != person.name and (
                person.affiliation is None or other.affiliation != person.affiliation
            ):
                return other
        return None

    def _leader(self, token: Token) -> Actor | None:
        """ "the UN chief", "the Iranian leader": the one person the text has named as leading
        that state or organisation (by any title)."""
        place, role = self.gazetteer.role_of(self._span_text(self._left(token)), context=self._context())
        if place is None or role not in rules.LEADER_WORDS:
            return None
        leaders = {
            p.name: p for p in self.actors.persons if p.affiliation and p.affiliation.name == place.name
        }
        return next(iter(leaders.values())) if len(leaders) == 1 else None

    def _coordinated_owners(self, token: Token) -> tuple[Actor, ...]:
        """The states or organisations of coordinated modifiers of a body, a role or a group:
        "Japanese and South Korean ministers", "Thai and Cambodian troops" (each its own)."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or not (
            self._is_body(token.lower_) or self._is_role(lemma) or lemma in rules.GROUP_NOUNS
        ):
            return ()
        doc = token.doc
        context = self._context()
        for child in _lefts(token):
            if child.dep_ not in ("amod", "compound", "nmod"):
                continue
            members = [child, *(c for c in _children(child) if c.dep_ == "conj")]
            if len(members) < 2:
                continue
            found = []
            for member in members:
                phrase = self._span_text(doc[member.left_edge.i : member.i + 1])
                actor = self.gazetteer.lookup(phrase, context=context)
                if member is child:  # its left edge may start a longer modifier: "South" of "South Korean"
                    actor = actor or self.gazetteer.lookup(member.text, context=context)
                if actor is None or actor.type is ActorType.PERSON:
                    break
                found.append(actor)
            else:
                return tuple(dict.fromkeys(found))
        return ()

    def _resolve_text(self, text: str, label: str, context: str) -> Actor | None:
        """`ArticleActors.resolve`, remembered for the article until a new person is named
        (a state stays what it is; "the Secretary" may find its person later)."""
        found = self._stable.get((text, label))
        if found is not None:
            return found  # a state, organisation or group named before
        key = (text, label, self.actors.generation)
        if key in self._named:
            actor = self._named[key]
            return self._current(actor) if actor is not None else None
        actor = self.actors.resolve(text, label=label, context=context)
        if actor is None and self.gazetteer.is_ambiguous(text):
            # "Congolese soldiers" in a text that has named the DRC: the one the article named
            # (or the state of a person it named: "South Korean President Lee … Korea would not …")
            named = " ".join(
                dict.fromkeys(
                    state.name for state in map(_state_of, self.actors.actors()) if state is not None
                )
            )
            actor = self.actors.resolve(text, label=label, context=f"{context} {named}")
        if actor is not None and actor.type is not ActorType.PERSON:
            self._stable[(text, label)] = actor
        else:
            self._named[(text, label, self.actors.generation)] = actor
        return actor

    def _context(self) -> str:
        """Text that settles ambiguous names: the title and the sentence (built once a sentence)."""
        if self._context_text is None:
            self._context_text = f"{self.article.title or ''} {self._sent_text}"
        return self._context_text

    def _own_title(self, token: Token) -> Actor | None:
        """ "The Minister spoke by phone with Foreign Minister Wang Yi": in a state's own text (a
        ministry's briefing) that names no speaker, a capitalised title alone is the state's own
        office-holder, so the state (not the foreign minister the text names)."""
        voice = self.voice
        if (
            voice is None
            or voice.person is not None
            or voice.state is None
            or voice.state.type is not ActorType.COUNTRY
            or token.i in self._quoted
            or not token.text[:1].isupper()
            or token.ent_type_ == "PERSON"
            or not self._is_role(token.lower_)
            or not _bare_definite(token)
        ):
            return None
        left = token.doc[token.i - 1] if token.i > 0 else None
        if left is None or left.lower_ != "the":
            return None  # (not "Foreign Minister Wang Yi", "the Chinese Minister")
        return voice.state

    def _person_with_role(self, token: Token, context: str) -> Actor | None:
        """A name with a title in apposition: "Anna Berg, spokeswoman for the cabinet",
        "Chile's ambassador, Rosa Vidal" → a person with that role and state."""
        ent = self._ents.get(token.i)
        if ent is None or ent.root.i != token.i or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            return None
        role_noun = None
        for child in _rights(token):
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                role_noun = child
                break
        if role_noun is None and token.dep_ == "appos" and token.head.pos_ in ("NOUN", "PROPN"):
            role_noun = token.head
        if role_noun is None:
            return self._person_of_state(token, ent, context)
        if not self._is_role(role_noun.text):
            return None
        title = token.doc[role_noun.left_edge.i : role_noun.right_edge.i + 1]
        if title.start <= token.i < title.end:
            title = token.doc[role_noun.left_edge.i : role_noun.i + 1]
        place, role = self.gazetteer.role_of(self._span_text(title), context=context)
        if role is None:
            return None
        left = self._left(token)
        name_span = token.doc[min(left.start, ent.start) : max(left.end, ent.end)]
        name, _, _ = self.gazetteer.parse_person(self._span_text(name_span))
        if not name or not all(w[:1].isupper() for w in name.split()) or self.gazetteer.lookup(name):
            return None
        return self.actors.person(name, affiliation=_state_of(place), role=role)

    def _title_objects(self, title: Token) -> list[Token]:
        """The objects of a title's "of", and of theirs when they name no actor: "the Minister of
        Foreign Affairs of Chile" → Affairs, Chile."""
        of = list(_prep_objects(title, "of"))
        # "the Minister of State for Foreign Affairs of Bangladesh": the "of" after a "for"
        inner = [o for o in of if not self._actors_of(o)] + list(_prep_objects(title, "for"))
        return of + [x for o in inner for x in _prep_objects(o, "of")]

    def _later_holder(self, token: Token, state: Actor, role: str, *, untitled: bool = False) -> Actor | None:
        """The person the text names later with the title: "Call with the President of
        Maldives" over "… spoke with President Mohamed Irfan Rasheed of Maldives"; with
        ``untitled``, else the first one named only with the state ("Armenia's Narek Harutyunyan")."""
        wanted = role.casefold()
        fallback: tuple[str, Actor] | None = None
        for ent in self._doc_ents:
            if ent.start <= token.i or ent.label_ != "PERSON" or len(ent) < 2:
                continue
            before = ent.doc[max(ent.sent.start, ent.start - 2 * rules.MAX_TITLE_WORDS) : ent.start]
            if f" {wanted} " in f" {before.text.casefold()} " and state in self.gazetteer.actors_in(
                [t.text for t in before]
            ):
                # "Minister of Foreign Affairs of the Republic of Kazakhstan Yerlan Sadykov",
                # however the parser hangs the title on the name
                name = self.gazetteer.parse_person(ent.text)[0]
                if name and len(name.split()) >= 2:
                    return self.actors.person(name, affiliation=state, role=role)
            name, place, held = self.gazetteer.parse_person(self._span_text(self._left(ent.root)))
            if untitled and fallback is None and held is None and place == state and len(name.split()) >= 2:
                fallback = (name, state)
            if held is None or not name:
                continue
            held = held.casefold()
            if held.startswith(f"{wanted} of ") and place is None:
                # "Minister of Foreign Affairs of the Republic of Uzbekistan Jasur Rakhimov"
                place = self.gazetteer.lookup(held[len(wanted) + 4 :])
                held = wanted
            if held != wanted:
                continue
            if place is None:
                after = [a for o in _prep_objects(ent.root, "of") for a in self._actors_of(o)]
                place = after[0] if len(after) == 1 else None
            if place == state:
                return self.actors.person(name, affiliation=state, role=role)
        if fallback is not None:
            return self.actors.person(fallback[0], affiliation=fallback[1], role=role)
        return None

    def _glued_holder(self, token: Token) -> Actor | None:
        """A name the recogniser glued to the state of a title: "Prime Minister of [Tajikistan
        Sherali Qodirov]" read as one organisation's name."""
        head = token.head
        if token.dep_ != "pobj" or head.lower_ != "of":
            return None
        title = head.head
        if not self._is_role(title.text) and title.dep_ == "pobj" and title.head.lower_ in ("of", "for"):
            title = title.head.head  # "Minister of Foreign Affairs of [Japan Iwaya Takeshi]"
        if not self._is_role(title.text):
            return None
        ent = self._ents.get(token.i)
        if ent is not None and ent.root.i != token.i:
            return None
        words = self._span_text(self._left(token)).split()
        for k in range(len(words) - 2, 0, -1):  # the longest state name first
            state = self.gazetteer.lookup(" ".join(words[:k]))
            if state is None or state.type is not ActorType.COUNTRY:
                continue
            name = " ".join(words[k:])
            rest = words[k:]
            if (
                2 <= len(rest) <= 4
                and all(w[:1].isupper() and w[1:].islower() for w in rest)
                and not any(self._is_role(w) or w.casefold() in rules.NOT_NAME_WORDS for w in rest)
                and self.gazetteer.lookup(name) is None
            ):
                _place, role = self.gazetteer.role_of(
                    self._span_text(token.doc[self._left(title).start : head.i])
                )
                try:
                    return self.actors.person(name, affiliation=state, role=role)
                except ValueError:  # "Member States", "Language Countries": no one's name
                    return None
            return None
        return None

    def _holder_of_title(self, token: Token, context: str) -> Actor | None:
        """A name in apposition to a title of a state: "the Prime Minister of Albania, Edi Rama",
        "the Minister of Foreign Affairs of Chile, Ana Soto" (the parser may hang the name on
        the state, and may not see it as a name)."""
        if token.dep_ != "appos" or token.pos_ != "PROPN":
            return None
        head = token.head
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            owner, role_noun = head, head.head.head
            nested = role_noun.dep_ == "pobj" and role_noun.head.lower_ == "of"
            if nested and not self._is_role(role_noun.text):
                role_noun = role_noun.head.head  # "the Minister of Foreign Affairs of Chile, …"
        else:
            role_noun = head
            chain = self._title_objects(head)
            if not chain:
                return None
            owner = chain[-1]
        if role_noun.pos_ not in ("NOUN", "PROPN") or not self._is_role(role_noun.text):
            return None
        state = self._resolve_text(self._span_text(self._left(owner)), "", context)
        if state is None or state.type not in (ActorType.COUNTRY, ActorType.ORGANIZATION):
            return None
        _place, role = self.gazetteer.role_of(
            self._span_text(token.doc[role_noun.left_edge.i : owner.head.i]), context=context
        )
        if role is None:
            return None
        name, _, _ = self.gazetteer.parse_person(self._span_text(self._left(token)))
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or self.gazetteer.lookup(name):
            return None
        return self.actors.person(name, affiliation=state, role=role)

    def _person_of_state(self, token: Token, ent: Span, context: str) -> Actor | None:
        """A titled name followed by "of <state>": "Prime Minister Amina Okafor of Nigeria"."""
        if ent.label_ != "PERSON":
            return None
        states = [
            a
            for pobj in _prep_objects(token, "of")
            for a in self._actors_of(pobj)
            if a.type is ActorType.COUNTRY
        ]
        if len(states) != 1:
            return None
        name, place, role = self.gazetteer.parse_person(self._span_text(self._left(token)))
        if not name or role is None or place is not None or not all(w[:1].isupper() for w in name.split()):
            return None
        return self.actors.person(name, affiliation=states[0], role=role)

    def _phrase_candidates(self, token: Token) -> list[tuple[str, str]]:
        """Texts to try for the actor a token heads, most specific first; last, the name
        after a hyphen that joins two names ("Peru" of "Chile-Peru")."""
        out = self._phrase_texts(token)
        doc = token.doc
        for k in range(token.i - 1, max(token.left_edge.i, token.i - rules.MAX_TITLE_WORDS) - 1, -1):
            if doc[k].text in rules.HYPHENS and doc[k - 1].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN":
                part = self._span_text(doc[k + 1 : token.i + 1])
                if all(part != text for text, _ in out):
                    out.append((part, ""))
                break
        return out

    def _phrase_texts(self, token: Token) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        ent = self._ents.get(token.i)
        left = self._left(token)
        ent_label = _ent_label(ent) if ent is not None else ""
        if ent is not None and ent_label in rules.ACTOR_ENTITY_LABELS:
            label = ent_label
            if label != "PERSON" and left.start < ent.start and self._titled(left, ent.start):
                label = "PERSON"  # "spokeswoman Ana Costa" with "Costa" taken for an organisation
            elif label in ("ORG", "GPE") and ent.root.i == token.i and len(ent) <= 2:
                titled = self._title_before(ent)
                if titled is not None:
                    # "… Affairs Minister | Jaishankar" with the name taken for an organisation
                    out.append((titled, "PERSON"))
            if label == "PERSON" and left.start < ent.start:
                # "Peruvian foreign ministry spokeswoman Ana Costa": titles before the name
                out.append((self._span_text(left), label))
            elif label == "PERSON" and ent.root.i == token.i:
                titled = self._title_before(ent)
                if titled is not None:
                    out.append((titled, label))  # a title the parser attached elsewhere
            if label != "PERSON" and left.start < ent.start and ent.end <= left.end:
                # "the Lebanese Hezbollah": the longer phrase first, it may name another group
                out.append((self._span_text(left), label))
            if ent.root.i == token.i or label != "PERSON":
                out.append((_with_acronym(ent), label))
            if (
                label != "PERSON"
                and (ent.start < left.start or ent.end > left.end)
                and not (ent.start < left.start and self._is_role(ent.root.text))
            ):
                # part of a longer name that names no actor: "North American"; but "[the
                # Minister of Foreign Affairs of the Philippines]" taken for one name holds a state
                return out
        while left.start < token.i and left[0].dep_ == "det" and left[0].lower_ in rules.QUANTIFIERS:
            left = left[1:]  # "any Hamas negotiators", "all AU members"
        label = ent_label if ent is not None and ent.root.i == token.i else ""
        if label not in rules.ACTOR_ENTITY_LABELS:
            label = ""  # "Robert "Bobby" Kline" taken for a work of art: let the title decide
        possessive = [t.i for t in left if t.tag_ == "POS" and t.i < token.i]
        if possessive and label != "PERSON":
            # "Secretary Harmon's call": the possessor is an actor of its own; what follows it
            # may still name one ("Peru's foreign ministry" is handled by the possessor)
            left = token.doc[possessive[-1] + 1 : left.end]
            if not any(t.pos_ == "PROPN" or t.ent_type_ for t in left):
                return out  # "Peru's strike": nothing after the possessor names anyone
            label = "LOC"
        left_text = self._span_text(left)
        if left_text and (not out or left_text != out[-1][0]):
            out.append((left_text, label))
        named = (  # (only a phrase of three words or more can have both)
            next((t.i for t in left if t.pos_ == "PROPN" or t.ent_type_), None)
            if token.i - left.start >= 2
            else None
        )
        if (
            named is not None
            and left.start < named < token.i
            and any(t.tag_ in ("RB", "VBN") for t in token.doc[left.start : named])
        ):
            # "the internationally recognised Yemeni government": from the name on
            out.append((self._span_text(token.doc[named : left.end]), label))
        alone = not any(t.pos_ == "PROPN" or t.ent_type_ for t in left if t.i != token.i)
        if token.text not in (t for t, _ in out) and (ent is not None or token.pos_ == "PROPN") and alone:
            # the word alone, unless other names around it failed ("North American")
            out.append((token.text, ent_label))
        return out

    def _title_before(self, ent: Span) -> str | None:
        """The longest run of words right before a name that reads as its title
        ("Peruvian Prime Minister-designate | Rosa Quispe"), whatever the parse."""
        doc = ent.doc
        sent_start = self._sent.start if self._sent is not None else 0
        best = None
        for k in range(ent.start - 1, max(sent_start, ent.start - rules.MAX_TITLE_WORDS) - 1, -1):
            word = doc[k]
            if not (word.pos_ in ("PROPN", "ADJ", "NOUN") or word.text in ("-", "of")):
                break
            if self._is_role(self._span_text(doc[k : ent.start])):
                best = self._span_text(doc[k : ent.end])
        return best

    def _agreed_between(self, verb: Token, lemma: str, subjects: Sequence[Token | Actor]) -> _Frame | None:
        """ "the ceasefire agreed between Thailand and Cambodia", "the arrangements agreed between
        Egypt and Israel", which the parser reads as a verb of its own: the accord of the parties
        "between", whoever its subject seems to be. None unless the subject names no actor."""
        if (
            lemma not in rules.SETTLING_VERBS
            or lemma in rules.MEDIATION_VERBS
            or any(isinstance(s, Actor) or self._actors_of(s) for s in subjects)
        ):
            return None
        parties = [t for o in _prep_objects(verb, "between") for t in _with_conjuncts(o)]
        if len(self._resolve_all(parties)) < 2:
            return None
        accords = [c for c in _children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "acl":
            accords.append(verb.head)
        elif verb.dep_ == "conj":
            accords.extend(c for c in _children(verb.head) if c.dep_ == "dobj")  # "violate the deal agreed"
        accord = next((a for a in accords if a.pos_ == "NOUN" and _lemma(a) in rules.ACCORD_NOUNS), None)
        if accord is None:
            return None
        relation = f"{_relation_head(verb)} {_lemma(accord)}"
        return _Frame(
            tuple(parties), relation, (), verb, _negated(verb), _hypothetical(verb), reciprocal=True
        )

    def _accepted_invitation(self, verb: Token, patients: Sequence[Token]) -> _Frame | None:
        """ "The invitation was accepted": whoever was invited accepts, in the same sentence ("X
        invited Y to visit, and the invitation was accepted") or the last few."""
        if len(patients) != 1 or patients[0].lemma_.lower() not in rules.INVITATION_NOUNS:
            return None
        parties = self._invitation_in_sentence(verb) or self._remembered_invitation(patients[0])
        if parties is None:
            return None
        host, guest = parties
        relation = f"{verb.lemma_.lower()} invitation of"
        return _Frame((), relation, (host,), verb, _negated(verb), subject_actors=(guest,))

    def _acceptance(self, verb: Token, subjects: Sequence[Token]) -> _Frame | None:
        """ "X accepted an invitation from Y to visit Z": Y's invitation; "X accepted an invitation
        to visit Canberra": the visit's place; "X accepted the invitation": the host of the
        invitation of X read before. None when the object is no invitation or names no one."""
        invitation = next(
            (c for c in _children(verb) if c.dep_ == "dobj" and _lemma(c) in rules.INVITATION_NOUNS), None
        )
        if invitation is None:
            return None
        lemma, negated = _lemma(verb), _negated(verb)
        noun = _lemma(invitation)
        for prep in ("from", "of"):
            hosts = [t for t in _prep_objects(invitation, prep) if self._actors_of(t)]
            if hosts:
                return _Frame(tuple(subjects), f"{lemma} {noun} {prep}", tuple(hosts), verb, negated)
        owners = [
            c
            for c in _children(invitation)
            if c.dep_ == "poss" and c.lower_ not in rules.POSSESSIVE_PRONOUNS and self._actors_of(c)
        ]
        if owners:
            return _Frame(tuple(subjects), f"{lemma} {noun} of", tuple(owners), verb, negated)
        visit = next((c for c in _children(invitation) if c.dep_ == "acl" and _is_infinitive(c)), None)
        places = [t for t in _direct_objects(visit) if self._actors_of(t)] if visit is not None else []
        if places:
            relation = f"{lemma} {noun} to {_lemma(visit)}"
            return _Frame(tuple(subjects), relation, tuple(places), verb, negated)
        remembered = self._remembered_invitation(invitation)
        if remembered is not None and remembered[1] in self._resolve_all(subjects):
            return _Frame(tuple(subjects), f"{lemma} {noun} of", (remembered[0],), verb, negated)
        return None

    def _invitation_in_sentence(self, verb: Token) -> tuple[Actor, Actor] | None:
        """(who invited, who was invited) by a verb of inviting before ``verb`` in its sentence."""
        for earlier in verb.sent:
            if earlier.i < verb.i and earlier.pos_ == "VERB" and _lemma(earlier) in rules.INVITING_VERBS:
                hosts = self._resolve_all(self._subjects(earlier)[0])
                guests = self._resolve_all(_direct_objects(earlier))
                if len(hosts) == 1 and len(guests) == 1:
                    return hosts[0], guests[0]
        return None

    def _remembered_invitation(self, invitation: Token) -> tuple[Actor, Actor] | None:
        """(who invited, who was invited) of "the invitation", read in the last few sentences."""
        if (
            self.invitation is None
            or self.invitation[0] < self.invited_at  # the last invitation named nobody the text knows
            or self.sentence_no - self.invitation[0] > rules.EVENT_REFERENCE_WINDOW
        ):
            return None
        if [c.lower_ for c in _children(invitation) if c.dep_ == "det"] != ["the"]:
            return None  # not "an invitation to Chad was accepted"
        return self.invitation[1], self.invitation[2]

    def _earlier_event(self, token: Token, lemma: str, *, told_by: Token | None = None) -> tuple[Actor, ...]:
        """The actors of "the <event>" named with its actor a few sentences before (``told_by``:
        the participle that hangs on the noun and names it again, "the talks, hosted by X")."""
        if lemma in rules.SIGNED_ACCORD_NOUNS and token.dep_ != "dobj":
            return ()  # an accord is taken up as what a stance is about ("welcomed the deal")
        remembered = self.event_agents.get(lemma)
        if remembered is None and lemma in rules.GENERIC_HARM_NOUNS:
            # "Venezuelan troops attacked a Guyanese post. Guyana condemns this aggression": the
            # last harm named, whatever its noun
            remembered = max(
                (
                    v
                    for k, v in self.event_agents.items()
                    if k in rules.HARM_NOUNS or k in rules.PROVOKING_EVENTS
                ),
                key=lambda v: v[0],
                default=None,
            )
        if remembered is None or self.sentence_no - remembered[0] > rules.EVENT_REFERENCE_WINDOW:
            return ()
        determined = token
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and _lemma(token.head.head) in rules.ACT_OF_NOUNS
        ):
            determined = token.head.head  # "this act of aggression"
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
            for c in _children(determined)
        ):
            return ()
        if any(
            (
                c.dep_ in ("poss", "compound", "prep", "acl", "relcl")
                and c.lower_ != "as"
                and c != told_by
                and not _emphasis(c)
            )
            or _is_owner_adjective(c)
            for c in _children(token)
        ):
            return ()  # (nor "the American decision": named with its own; but "… the measures
            # as illegal", the verb's "as" hung on the noun)
        return remembered[1]

    def _appositive_claim(self, token: Token, lemma: str) -> tuple[Actor, ...]:
        """The claimants of the clause a claim noun is set after: "X accused Y of …, a charge Z
        denied" (the parser hangs the noun on the verb of claiming)."""
        head = token.head
        if lemma not in rules.CLAIM_NOUNS or token.left_edge.i == 0:
            return ()
        if token.doc[token.left_edge.i - 1].text != ",":
            return ()
        if token.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN"):
            # "accused Y of planning an invasion, a charge Z denies", the charge set beside the
            # last noun of the clause: the claim before it
            claim = self._claim_before(token)
            return tuple(self._resolve_all(self._subjects(claim)[0])) if claim is not None else ()
        if (
            _lemma(head) not in rules.CLAIM_VERBS and head.lemma_ not in rules.SPEECH_VERBS
        ) or token.i < head.i:
            # "…, a charge Cairo denies", parsed as the object of "denies"
            head = (
                self._claim_before(token) or self._said_before(token)
                if head.lemma_.lower() in rules.DENIAL_VERBS
                else None
            )
            if head is None:
                return ()
        return tuple(self._resolve_all(self._subjects(head)[0]))

    def _said_before(self, token: Token) -> Token | None:
        """The last verb of saying with a clause before a token in its sentence ("said" of "X
        said that Y had …, a claim Y denied")."""
        return self._last_before(
            token, lambda t: t.lemma_ in rules.SPEECH_VERBS and any(c.dep_ == "ccomp" for c in _children(t))
        )

    def _last_before(self, token: Token, test: Callable[[Token], bool]) -> Token | None:
        """The last word before a token in its sentence that passes a test."""
        start = self._sent.start if self._sent is not None else 0
        return next((t for t in reversed(token.doc[start : token.i]) if test(t)), None)

    def _blow_before(self, token: Token) -> tuple[Actor, ...]:
        """Who dealt the blow named last before a word in its sentence: "the attack by X on a
        patrol near the village of Y, which killed …" (the village killed no one)."""
        for noun in reversed(token.doc[token.sent.start : token.i]):
            if noun.pos_ == "NOUN" and _lemma(noun) in rules.VIOLENT_EVENTS:
                return tuple(self._resolve_all(_event_by(noun) or self._noun_agents(noun)))
        return ()

    def _held_by(self, noun: Token) -> tuple[Actor, ...]:
        """Those who held or carried out an event noun: "Japan and the US held an exercise (that
        China denounced)", "India signed a deal (that Pakistan criticised)"."""
        lemma = _lemma(noun)
        if noun.dep_ != "dobj" or (lemma not in rules.NOMINAL_EVENTS and lemma not in rules.SYMMETRIC_NOUNS):
            return ()
        if _lemma(noun.head) not in rules.HOLDING_VERBS or _negated(noun.head):
            return ()
        return tuple(self._resolve_all(self._subjects(noun.head)[0]))

    def _appended_act(self, token: Token) -> tuple[Actor, ...]:
        """The doers of the clause an act or event noun is set after: "Japan expelled two
        diplomats, a move that Beijing condemned" (Japan's move), "Egyptian troops landed in
        Mogadishu, a deployment that Ethiopia opposed" (Egypt's deployment)."""
        lemma = _lemma(token)
        if (
            not (lemma in rules.ACT_NOUNS or lemma in rules.NOMINAL_EVENTS or lemma in rules.APPENDED_NOUNS)
            or token.left_edge.i == 0
        ):
            return ()
        if token.doc[token.left_edge.i - 1].text != "," or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in _children(token)
        ):
            return ()
        verb = token.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > token.i:
            return ()
        for _ in range(2):
            found = tuple(self._resolve_all(self._subjects(verb)[0]))
            if found or verb.dep_ != "ccomp":
                return found
            verb = verb.head  # "Britain said a navy vessel would call at Georgetown, a move …"
        return ()

    def _claim_before(self, token: Token) -> Token | None:
        """The last verb of claiming before a token in its sentence ("accused" of "X accused Y
        of …, which Y denies")."""
        return self._last_before(token, lambda t: t.pos_ == "VERB" and _lemma(t) in rules.CLAIM_VERBS)

    def _description(self, token: Token) -> Actor | None:
        """ "the kingdom", "the Gulf state", "the island", "the alliance", "the bloc": the state or
        organisation the text has made most salient lately (its own clause's others excepted)."""
        lemma = token.lemma_.lower()
        if (
            lemma in rules.GATHERING_NOUNS
            and token.dep_ in ("nsubj", "nsubjpass")
            and token.tag_ in ("NN", "NNP")
        ):
            # "Summit called on Rwanda to …", "the meeting condemned …": a communiqué speaks for
            # the organisation whose summit it is, named in the phrase or before
            ent = self._ents.get(token.i)
            phrase = ent if ent is not None and ent[-1] == token else _left_phrase(token)
            whole = token.doc[min(phrase.start, token.left_edge.i) : token.right_edge.i + 1]
            if len(phrase) < len(whole) <= 2 * rules.MAX_TITLE_WORDS:
                # "The Peace and Security Council of the African Union": a body's full name
                found = self.gazetteer.lookup(whole.text)
                if found is not None and found.type is ActorType.ORGANIZATION:
                    return found
            named = self.gazetteer.gathering_of(phrase.text.split())
            voice = self.voice.state if self.voice is not None else None
            if named is None and voice is not None and voice.type is ActorType.ORGANIZATION:
                return voice  # "The Conference called on …" in the organisation's communiqué
            return named or self._salient((ActorType.ORGANIZATION,), token)
        if (
            (lemma in rules.LEGISLATURE_NOUNS or lemma in rules.CHAIR_WORDS)
            and token.dep_ in ("nsubj", "nsubjpass")
            and self.voice is not None
            and self.voice.state is not None
            and [c.lower_ for c in _children(token) if c.dep_ != "punct"] == ["the"]
            and (
                lemma in rules.LEGISLATURE_NOUNS
                # a chair's, when the statement names no person as its chair (not "The
                # Chairperson" of a statement by a chairperson it names)
                or (self.voice.state.type is ActorType.ORGANIZATION and self.voice.person is None)
            )
        ):
            # "The House condemns …" in a parliament's resolution, "The Chair calls on …" in an
            # organisation's chair's statement: the body whose text it is
            return self.voice.state
        if not (token.pos_ == "NOUN" and token.tag_ == "NN") and not (token.tag_ == "NNP" and token.is_lower):
            return None  # but "the bloc" the tagger took for a name
        if lemma in rules.NEIGHBOUR_NOUNS and token.tag_ == "NN":
            return self._neighbour(token)
        kind = rules.STATE_DESCRIPTIONS.get(lemma) or rules.ORGANIZATION_DESCRIPTIONS.get(lemma)
        if kind is None:
            return None
        owner = next((c for c in _children(token) if c.dep_ == "poss"), None)
        if (
            kind == "country"
            and lemma in ("country", "nation")
            and owner is not None
            and owner.lower_ in ("his", "her")
        ):
            # "President Rojas said her country would not …": the person's state
            people = self._actors_of(owner)
            if not people:
                # an unnamed official who speaks: "Fiji's prime minister said his country …"
                speaker = self._speaker(token)
                people = self._actors_of(speaker) if speaker is not None else ()
            state = _state_of(people[0]) if len(people) == 1 else None
            return state if state is not None and state.type is ActorType.COUNTRY else None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in _children(token)):
            return None
        for child in _children(token):
            if (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and token.dep_ == "dobj"
                and token.head.lemma_.lower() in rules.OF_COMPLEMENT_VERBS
            ):
                continue  # "accused the alliance of expansion": the "of" is the verb's
            if child.dep_ == "relcl" and child.i > token.i and token.nbor(1).text == ",":
                continue  # "The emirate, which hosts …, has mediated": a clause set off by commas
            if child.dep_ in ("poss", "prep", "acl", "relcl", "appos", "nummod"):
                return None  # "the state of Israel", "the union's budget": not a reference
            if child.i < token.i and child.dep_ in ("compound", "amod", "nmod"):
                found = self.gazetteer.lookup(self._span_text(self._left(child)), context=self._context())
                if found is not None:
                    return None  # "the Chinese state": a name of its own
        need = (ActorType.COUNTRY,) if kind == "country" else (ActorType.ORGANIZATION,)
        monarchies = rules.MONARCHY_DESCRIPTIONS.get(lemma)
        if monarchies is not None:
            # "the kingdom": the kingdom named lately, never the republic named last
            return self._salient(need, token, accept=lambda actor: actor.name in monarchies)
        words = rules.NAMED_KIND_DESCRIPTIONS.get(lemma)
        if words is None:
            return self._salient(need, token)
        # "the court": a court, not the bloc named last
        gazetteer = self.gazetteer
        by_alias = lemma in rules.ALIASED_KINDS  # "the mission" is AUSSOM, whose long name says so

        def fits(actor: Actor) -> bool:
            named = gazetteer.name_words(actor) if by_alias else actor.name.lower().split()
            return any(w in named for w in words)

        return self._salient(need, token, accept=fits)

    def _asset_owner(self, lemma: str) -> Actor | None:
        """The state whose drone, ship or aircraft the text named lately ("a Malian drone")."""
        return self._lately(self.asset_owners.get(lemma))

    def _led_coalition(self, noun: Token) -> Actor | None:
        """ "the Saudi-led coalition", "the U.S.-led coalition": a coalition of its own, named as the
        text names it, whose leader is its affiliation; a later bare "the coalition" is it."""
        leaders = [
            g
            for c in _children(noun)
            if c.dep_ == "amod" and c.lower_ == "led"
            for g in _children(c)
            if g.dep_ in ("npadvmod", "compound", "amod", "nmod") and g.i == c.i - 2
        ]
        if leaders:
            found = self._actors_of(leaders[0])
            if len(found) != 1 or found[0].type not in (ActorType.COUNTRY, ActorType.ORGANIZATION):
                return None
            leader = found[0]
            name = f"{leaders[0].text}-led {_lemma(noun)}"
            coalition = Actor(name, ActorType.ORGANIZATION, affiliation=leader)
            self.coalition = (self.sentence_no, coalition)
            return coalition
        children = _children(noun)
        if (
            noun.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod", "appos") for c in children)
        ):
            return self._lately(self.coalition)  # (not "the international coalition")
        return None

    def _lately(
        self, noted: tuple[int, _Noted] | None, window: int = rules.EVENT_REFERENCE_WINDOW
    ) -> _Noted | None:
        """What a (sentence number, what) memory holds, if noted within ``window`` sentences (that of
        event references unless told)."""
        if noted is not None and self.sentence_no - noted[0] <= window:
            return noted[1]
        return None

    def _neighbour(self, token: Token) -> Actor | None:
        """ "its neighbour": the one other state its sentence has named before it, not the owner,
        the subject of the clause ("Thailand closed its border with Cambodia and cut exports to
        its neighbour") or, for the subject itself, the one who says so."""
        children = [c for c in _children(token) if c.dep_ != "punct"]
        owner = next((c for c in children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is None or any(c.dep_ in ("appos", "compound", "prep", "relcl", "acl") for c in children):
            return None
        verb = _speech_head(token.head) if token.dep_ in rules.SUBJECT_DEPS else _governing_verb(token)
        if verb is None and token.dep_ == "pobj" and token.head.head.pos_ == "NOUN":
            verb = _governing_verb(token.head.head)  # "increase exports to its neighbour"
        if verb is None:
            return None
        own = set(self._resolve_all(t for t in self._subjects(verb)[0] if t.i != token.i))
        if len(own) != 1 or not all(a.type is ActorType.COUNTRY for a in own):
            return None
        others = {a for _, a in self._named_before(token) if a.type is ActorType.COUNTRY and a not in own}
        if len(others) > 1:
            # (of several, the one that borders the owner)
            others = {a for a in others if any(self.gazetteer.neighbours(a, o) for o in own)}
        return others.pop() if len(others) == 1 else None  # the one other state of its sentence

    def _own_government(self, token: Token) -> Actor | None:
        """The state of the people a clause's subject names by their state ("British lawmakers",
        "Kenyan officials"), when "the government" follows in that clause or one it governs
        ("Kenyan officials said the government had …")."""
        verbs = [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")][:3]
        for verb in verbs:
            subjects = [
                t
                for t in self._subjects(verb)[0]
                if t.i < token.i and t.tag_ == "NNS" and _lemma(t) in rules.DOMESTIC_VOICES
            ]
            states = {a for t in subjects for a in self._actors_of(t)}
            if len(states) == 1:
                state = next(iter(states))
                return state if state.type is ActorType.COUNTRY else None
        return None

    def _unnamed_body(self, token: Token) -> Actor | None:
        """ "the foreign ministry", "the government", "the army" with no state named: the state
        of the person the sentence names before it, else the document's own voice (but "the
        aircraft" after "a Russian aircraft" is Russia's)."""
        if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NN", "NNS", "NNP"):
            return None
        lemma = _lemma(token)
        if lemma in rules.ASSET_NOUNS and self._asset_owner(lemma) is not None:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in _children(token)):
            return None
        if token.pos_ == "PROPN" or any(c.dep_ == "prep" for c in _children(token)):
            # "the Foreign Ministry", "the Ministry of Foreign Affairs": the whole phrase is a body
            doc = token.doc
            start = token.left_edge.i + 1  # after "the"
            phrase = doc[start : token.right_edge.i + 1].text
            if not self.gazetteer.is_government_body(phrase) or self.gazetteer.lookup(phrase) is not None:
                return None
        elif not self._is_body(token.lower_) or any(
            c.dep_ in ("poss", "relcl", "acl") or c.ent_type_ or c.pos_ == "PROPN" for c in _children(token)
        ):
            return None  # "the government of Chad", "the Chadian army": named otherwise
        for i, person in sorted(self._sentence_persons, reverse=True):
            if i < token.i:
                state = _state_of(self._current(person))
                if state is not None:
                    return state  # "President Dizon ordered the foreign ministry to …"
        armed = self._lately(self.armed_services.get(lemma))
        if armed is not None:
            return armed  # "Myanmar's military bombed …. The UN urged the military to …"
        administration = self.gazetteer.is_administration_word(token.lower_)
        if administration:
            # "British lawmakers criticised the government's decision": their own government
            own = self._own_government(token)
            if own is not None:
                return own
        ruled = self._lately(self.junta) if lemma in rules.JUNTA_WORDS else None
        if ruled is not None:
            return ruled  # "Myanmar's junta …. The junta …"
        if lemma in rules.JUNTA_WORDS:
            # "concern over the situation in Myanmar and called on the military regime": the one
            # state the sentence named before, not a doer of the clause
            doers = {a.name for a in self._sentence_subjects(token)}
            named = {a.name: a for _, a in self._named_before(token) if a.type is ActorType.COUNTRY}
            others = [a for name, a in named.items() if name not in doers]
            if len(others) == 1:
                return others[0]
        voice = self.voice or Voice()
        if (
            voice.state is not None
            and voice.state.type is ActorType.ORGANIZATION
            and (administration or token.lemma_.lower() in rules.REGIME_WORDS)
        ):
            # "The EU calls on the regime to …": an organisation has no government of its own,
            # so the state the text is about
            return self._salient((ActorType.COUNTRY,), token)
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return self._voice_country()
        return self._context_body(_lemma(token) in rules.MINISTRY_WORDS, administration)

    def _voice_country(self) -> Actor | None:
        """The document's voice, if it is a state's."""
        state = self.voice.state if self.voice is not None else None
        return state if state is not None and state.type is ActorType.COUNTRY else None

    def _context_body(self, ministry: bool, administration: bool) -> Actor | None:
        """The state of a subject "the ministry" or "the government" that names none: the
        document's voice if a state's, else the news dateline's or the last sentence's."""
        own = self._voice_country()
        if own is not None:
            return own
        # "MANILA, Sept 17 (Reuters) - … The Department of Foreign Affairs said": a news story's
        # dateline, once the text has named the state of that capital
        home = self._home_state() if ministry else None
        if home is not None and home.name in self.state_mentions:
            return home
        if ministry or administration:
            # "Japan protested …. The ministry also accused Beijing of …": the state the last
            # sentence was about
            return _state_of(self._current(self._last_subject()))
        return None

    def _body_spokesperson(self, token: Token) -> Actor | None:
        """A subject "a ministry spokesman", "the ministry's spokeswoman", "a government
        spokesperson" whose body names no state: that of the body as a subject ("Belarus
        summoned the envoy. A ministry spokesman accused Warsaw of …")."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.ent_type_:
            return None
        bodies = [
            c
            for c in _children(token)
            if c.dep_ in ("compound", "poss")
            and c.pos_ == "NOUN"
            and not any(g.dep_ in ("amod", "compound", "poss", "prep") or g.ent_type_ for g in _children(c))
        ]
        if len(bodies) != 1 or any(c.dep_ in ("amod", "prep") for c in _children(token)):
            return None  # (not "a Russian ministry spokesman", "a spokesman for the ministry of X")
        ministry = _lemma(bodies[0]) in rules.MINISTRY_WORDS
        administration = self.gazetteer.is_administration_word(bodies[0].lower_)
        if not (ministry or administration):
            return None
        return self._context_body(ministry, administration)

    def _home_state(self) -> Actor | None:
        """The state of the article's news dateline ("MANILA, Sept 17 (Reuters) -"), read once."""
        if self._home is None:
            self._home = (_dateline_state(self.article.text, self.gazetteer, _NEWS_DATELINE),)
        return self._home[0]

    def _salient(
        self,
        need: tuple[ActorType, ...],
        token: Token,
        *,
        apart: bool = True,
        accept: Callable[[Actor], bool] | None = None,
    ) -> Actor | None:
        """The most salient actor of the types needed: named earlier in this sentence, else in the
        last few sentences, subjects of main clauses first. ``apart``: never one that the token's
        own clause names ("the island accused Beijing" is not Beijing)."""
        others: set[str] = set()
        if apart:
            clause = _clause_of(token)
            doc = token.doc
            others = {  # the names of the clause (not what a pronoun in it was taken for)
                a.name
                for i, found in self._cache.items()
                if found
                and i != token.i
                and (doc[i].pos_ == "PROPN" or doc[i].ent_type_)
                and _clause_of(doc[i]) == clause
                for a in found
            }

        def fits(actor: Actor) -> bool:
            return actor.type in need and actor.name not in others and (accept is None or accept(actor))

        for _, actor in self._named_before(token):
            if fits(actor):
                return actor
        best = None
        for number, rank, actor in reversed(self.mentions):
            if self.sentence_no - number > rules.PLURAL_REFERENCE_WINDOW:
                break
            if best is not None and number < best[0]:
                break  # the latest sentence that names one decides
            if fits(actor) and (best is None or rank < best[1]):
                best = (number, rank, actor)
        return best[2] if best is not None else None

    def _named_before(self, token: Token) -> Iterator[tuple[Token, Actor]]:
        """The words before a token in its sentence that stand for one actor, nearest first."""
        for i in range(token.i - 1, (self._sent.start if self._sent is not None else 0) - 1, -1):
            found = self._cache.get(i)
            if found and len(found) == 1:
                yield token.doc[i], found[0]

    def _described_group(self, token: Token) -> Actor | None:
        """ "the group", "the militant group": the armed or political group named last."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in rules.GROUP_DESCRIPTIONS:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in _children(token)):
            return None
        if any(
            (c.ent_type_ and c.lower_ not in rules.ARMED_GROUP_MODIFIERS)  # (but "the Islamist group")
            or c.pos_ == "PROPN"
            or c.dep_ in ("poss", "compound")
            for c in _lefts(token)
        ):
            return None
        return self._last_group(token)

    def _clause_owners(self, possessor: Token) -> list[Actor]:
        """The subjects of the clause a possessive pronoun's noun is in, the pronoun aside: who
        "its" is in "Rwanda … to withdraw its forces", "Ethiopia accused its neighbour"."""
        verb = _governing_verb(possessor.head)
        if verb is None:
            return []
        return self._resolve_all(t for t in self._subjects(verb)[0] if t.i != possessor.i)

    def _first_clause_owners(self, subject: Token) -> list[Actor]:
        """Who "its" is on the subject of a clause after "and": the subject of the clause before
        ("Kazakhstan abstained on the resolution, and its foreign ministry said …"); "it" there is
        the main subject of the sentence before ("… Russia. It abstained …, and its ministry …")."""
        verb = subject.head
        if subject.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
            return []
        first = verb.head
        if first.pos_ not in ("VERB", "AUX") or first.i > subject.i:
            return []
        words = self._subjects(first)[0]
        if len(words) != 1:
            return []
        word = words[0]
        if not isinstance(word, Actor) and word.lower_ == "it":
            if self._sent is None or word.i != self._sent.start:
                return []
            last = self._last_subject()
            return [last] if last is not None else []
        return self._resolve_all(words)

    def _neighbour_of(self, token: Token) -> Actor | None:
        """ "its neighbour", "Iraq's northern neighbour": the one state bordering the owner that
        the text has named in the last few sentences."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or _lemma(token) not in rules.NEIGHBOUR_NOUNS:
            return None
        possessor = next((c for c in _children(token) if c.dep_ == "poss"), None)
        if possessor is None:
            return None
        owners = list(self._actors_of(possessor))
        if not owners and possessor.lower_ == "its":
            owners = self._clause_owners(possessor)  # its = the doer's
        if len(owners) != 1 or owners[0].type is not ActorType.COUNTRY:
            return None
        bordering = {
            name
            for name, (_, last, state) in self.state_mentions.items()
            if self.sentence_no - last <= rules.PLURAL_REFERENCE_WINDOW
            and name != owners[0].name
            and self.gazetteer.neighbours(owners[0], state)
        }
        return self.state_mentions[bordering.pop()][2] if len(bordering) == 1 else None

    def _last_group(self, token: Token) -> Actor | None:
        """The armed or political group named last before a token that describes one: in its
        sentence (not the subject of a verb above it), else in the sentences just before."""
        governors = {t.i for t in token.ancestors}
        for named, actor in self._named_before(token):
            # "condemn the Houthis' attacks and Iran's support to the group"
            if actor.type is ActorType.GROUP:
                if named.dep_ in rules.SUBJECT_DEPS and named.head.i in governors:
                    break  # "the Taliban deny harbouring the group": another group
                return actor
        for number, group in reversed(self.recent_groups):
            if self.sentence_no - number > rules.PLURAL_REFERENCE_WINDOW:
                break
            return group
        return None

    def _titled(self, phrase: Span, name_start: int) -> bool:
        """Whether the words of a phrase before a name (and its first names) are a title."""
        doc = phrase.doc
        k = name_start
        while k > phrase.start and doc[k - 1].pos_ == "PROPN" and not self._is_role(doc[k - 1].text):
            k -= 1
        return k > phrase.start and self._is_role(self._span_text(doc[phrase.start : k]))

    def _pronoun(self, token: Token) -> tuple[Actor, ...]:
        lower = token.lower_
        voice = self.voice or Voice()
        if lower in rules.REFLEXIVE_PRONOUNS and token.dep_ != "nsubj":
            # "align themselves with", "distanced itself from": the clause's own subject, never
            # another actor to hold a statement with
            return ()
        if lower in rules.SECOND_PERSON:
            # "Q: Do you coordinate with Algiers?" in an interview: the one who answers; "Your
            # government signed …", "Algeria is your closest partner": the state they speak for
            if voice.person is None or not _asked(token, self._text):
                return ()
            if token.dep_ == "nsubj" and any(
                c.dep_ == "aux" and c.lower_ in ("could", "can", "would", "will", "may")
                for c in _children(token.head)
            ):
                return ()  # "Could you share China's expectations …?": a request, not an act
            owner = _state_of(self._current(voice.person)) if token.tag_ == "PRP$" else None
            return (owner or voice.person,)
        if lower in rules.FIRST_SINGULAR or lower in rules.FIRST_PLURAL:
            if token.i in self._quoted:
                speaker = self._quote_speaker(token)
                if speaker is not None:
                    found = self._actors_of(speaker)[:1]
                    if found:
                        self._speaker_actor = found[0]
                        voice = _voice_of(self._current(found[0])) if lower in rules.FIRST_PLURAL else None
                        if voice is not None:
                            return (voice,)  # "we", said by a minister: the state he speaks for
                    return found
                # a quotation that goes on from the last sentence: the same speaker
                return (self.last_speaker,) if self.last_speaker is not None and self._goes_on() else ()
            if lower in rules.FIRST_SINGULAR:
                if voice.person is None and voice.state is not None and token.dep_ == "poss":
                    # "my Government" in a letter from a state's representative: the state's
                    return (voice.state,)
                return (voice.person,) if voice.person else ()
            if voice.parties:
                return voice.parties  # "we" of a joint statement: each of its states
            state = voice.state or _state_of(self._current(voice.person))
            return (state,) if state else ()
        if lower in rules.PERSON_PRONOUNS:
            person = self._antecedent_person(token)
            if person is None:
                speaker = self._unnamed_speaker(token) or self._official_before(token)
                if speaker is not None:
                    return (speaker,)
            if (
                token.dep_ in ("dobj", "dative", "pobj")
                and self._sent is not None
                and (person is None or all(p != person for _, p in self._sentence_persons))
            ):
                # "expelled a Pakistani diplomat, accusing him of espionage", "summoned Poland's
                # chargé d'affaires and handed him a note": the unnamed official of the sentence,
                # who speaks for a state (not a person named in an earlier sentence)
                for candidate, actor in self._named_before(token):
                    if (
                        actor.type is ActorType.COUNTRY
                        and candidate.tag_ in ("NN", "NNP")  # ("chargé d'affaires")
                        and candidate.ent_type_ != "PERSON"
                        and self._is_role(candidate.lemma_)
                    ):
                        return (actor,)
            return (person,) if person else ()
        if lower in rules.PLURAL_PRONOUNS:
            if token.i in self._quoted:
                return ()  # "they" in a quotation: the speaker's own reference, unknown here
            if token.dep_ == "poss" and token.head.dep_ in rules.OBJECT_DEPS:
                # "X and Y met to reaffirm their cooperation": the clause's own subjects
                owners = self._resolve_all(
                    t for t in self._subjects(token.head.head)[0] if t.i != token.i and t.lower_ != lower
                )
                if len(owners) >= 2:
                    return tuple(owners)
            if token.dep_ in rules.OBJECT_DEPS and token.head.dep_ == "conj" and token.head.head.i < token.i:
                # "thanked Britain and the EU for their support and urged them to …": the first
                # verb's objects
                earlier = dict.fromkeys(
                    self._resolve_all(t for o in _direct_objects(token.head.head) for t in _with_conjuncts(o))
                )
                if len(earlier) >= 2:
                    return tuple(earlier)
            if token.dep_ == "poss" and self._sent is not None:
                forces = self._forces_before(token)
                if forces:
                    return forces
            speakers = self._plural_speakers(token)
            if speakers or self._unnamed_plural_speaker(token):
                return speakers  # ("the three ministers said they would …": whom the text does not name)
            before = self._plural_before(token)
            if not before and self._plural_thing_before(token):
                return ()  # "criticised the bloc's measures and said it did not recognise them"
            return before if before else self._they()
        if lower in rules.NEUTER_PRONOUNS:
            return self._it(token)
        return ()

    def _official_before(self, token: Token) -> Actor | None:
        """ "He"/"she" as the subject of a sentence that names nobody before it, just after one whose
        main subject is an office-holder the text does not name: the state or body they speak for
        ("The Iranian deputy minister spoke to state television. He accused Washington of …")."""
        last = self.unnamed_official
        if (
            last is None
            or self.sentence_no - last[0] != 1
            or token.dep_ not in ("nsubj", "nsubjpass")
            or token.i in self._quoted
            or any(i < token.i for i, _ in self._sentence_persons)
            or self._sent is None
            or any(
                t.pos_ == "NOUN" and self._is_role(t.lemma_) for t in token.doc[self._sent.start : token.i]
            )
        ):
            return None  # (nor "The Kenyan envoy said he …": the role its own sentence names)
        return last[1]

    def _speaker_words(self, token: Token) -> list[Token | Actor]:
        """The subjects of the verb of saying whose clause a subject pronoun is the subject of
        ("the Guyanese president" of "… said he had spoken to …"): words, or actors already
        resolved."""
        speech = _speech_head(token.head) if token.dep_ in ("nsubj", "nsubjpass") else None
        if speech is None:
            return []
        return [t for t in self._subjects(speech)[0] if isinstance(t, Actor) or t.i != token.i]

    def _unnamed_speaker(self, token: Token) -> Actor | None:
        """ "he"/"she" as the subject of what an office-holder the article does not name says:
        the state or body they speak for ("the Guyanese president said he had spoken to …")."""
        words = self._speaker_words(token)
        if not words and token.dep_ in ("nsubj", "nsubjpass"):
            # "Its foreign minister said the sanctions sent a signal to X, whom he accused of …":
            # the sentence's own subject, however deep the clause
            root = (self._sent or token.sent).root
            words = [t for t in self._subjects(root)[0] if isinstance(t, Actor) or t.i < token.i]
        speakers = [
            t for t in words if not isinstance(t, Actor) and t.tag_ == "NN" and self._is_role(t.lemma_)
        ]
        found = self._actors_of(speakers[0]) if len(speakers) == 1 else ()
        return found[0] if len(found) == 1 and found[0].type is not ActorType.PERSON else None

    def _forces_before(self, token: Token) -> tuple[Actor, ...]:
        """The state whose forces "their" stands for, when the nearest plural noun before it in
        the sentence is a force: "accused Sierra Leone of deploying soldiers … and demanded their
        withdrawal" (the soldiers' owner, or whoever sent them)."""
        assert self._sent is not None
        noun = next(
            (
                t
                for t in reversed(token.doc[self._sent.start : token.i])
                if t.tag_ == "NNS" and t.pos_ == "NOUN"
            ),
            None,
        )
        if noun is None or _lemma(noun) not in rules.FORCE_NOUNS:
            return ()
        owners = tuple(
            self._resolve_all(c for c in _children(noun) if c.dep_ == "poss" or _is_owner_adjective(c))
        )
        if owners:
            return owners
        verb = _governing_verb(noun)
        senders = tuple(self._resolve_all(self._subjects(verb)[0])) if verb is not None else ()
        return senders if len(senders) == 1 and senders[0].type is not ActorType.PERSON else ()

    def _included_owner(self, noun: Token) -> Actor | None:
        """The owner of the noun an "including" phrase hangs on, or of the noun before "and":
        "Iran's conduct in the region, including its support for the Houthis", "Beijing's
        principled position and its refusal to recognise the sanctions"."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "including":
            first = noun.head.head
        elif noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            first = noun.head
        else:
            return None
        owners = self._resolve_all(c for c in _children(first) if c.dep_ == "poss")
        return owners[0] if len(owners) == 1 and owners[0].type is not ActorType.PERSON else None

    def _plural_speakers(self, token: Token) -> tuple[Actor, ...]:
        """ "they" as the subject of what two or more actors say: those who say it ("Japan and
        Australia said they stood with Manila", "the Gulf states warned they would …")."""
        speakers = self._resolve_all(self._speaker_words(token))
        if len(speakers) >= 2 or (len(speakers) == 1 and speakers[0].type is ActorType.GROUP):
            return tuple(speakers)
        return ()

    def _unnamed_plural_speaker(self, token: Token) -> bool:
        """Whether "they" is the subject of what a counted plural that names no actor says: "the
        three ministers confirmed that they would …"."""
        subjects = self._speaker_words(token)
        return (
            len(subjects) == 1
            and not isinstance(subjects[0], Actor)
            and subjects[0].tag_ == "NNS"
            and subjects[0].pos_ == "NOUN"
            and any(c.dep_ == "nummod" for c in _children(subjects[0]))
            and not self._actors_of(subjects[0])
        )

    def _they(self) -> tuple[Actor, ...]:
        """ "they" with no group in its sentence: the group named last, or the plural noun named
        after it ("EU leaders met … They agreed"), whichever is later."""
        plural = next(
            (
                (number, actor)
                for number, actor in reversed(self.plural_mentions)
                if self.sentence_no - number <= rules.PLURAL_REFERENCE_WINDOW
            ),
            None,
        )
        latest_group = max((number for number, group in self.groups if len(group) >= 2), default=-1)
        if plural is not None and plural[0] >= latest_group:
            return (plural[1],)
        if self.unnamed_plural_at == self.sentence_no - 1 and (
            plural is None or plural[0] < self.unnamed_plural_at
        ):
            return ()
        return self._recent_group("", loose=False)  # (not the two states named most: "they" needs a group)

    def _speakers_own(self, noun: Token) -> Actor | None:
        """The state or body that says a clause, as the owner of "its <tie>" in that clause:
        "Solomon Islands said its security treaty with Australia remains in force"."""
        lemma = _lemma(noun)
        if noun.pos_ != "NOUN" or not (
            lemma in rules.RELATIONAL_NOUNS or lemma in rules.NOMINAL_EVENTS or lemma in rules.FORCE_NOUNS
        ):
            return None
        clause = _verb_above(noun)
        if clause is None:
            return None
        speech = _speech_head(clause)
        if speech is None:
            # "informed the meeting that …", the clause also hung on "meeting" as if relative
            marked = clause.dep_ == "relcl" and any(c.dep_ == "mark" for c in _children(clause))
            told = clause.head if clause.dep_ == "ccomp" else clause.head.head if marked else None
            if told is None or told.lemma_.lower() not in rules.INFORMING_VERBS:
                return None
            speech = told
        owners = self._resolve_all(self._subjects(speech)[0])
        if len(owners) == 1 and owners[0].type in (
            ActorType.COUNTRY,
            ActorType.ORGANIZATION,
            ActorType.GROUP,
        ):
            return owners[0]
        return None

    def _entered_owner(self, noun: Token) -> Actor | None:
        """Whose "its airspace" is in "X condemned the violation of its airspace by Y", "X said
        the incursion into its waters by Y …": the one whose clause names the event, not its doer."""
        if _lemma(noun) not in rules.SOVEREIGN_NOUNS or noun.dep_ != "pobj":
            return None
        event = noun.head.head
        if _lemma(event) not in rules.ENTRY_NOUNS or noun.head.lower_ not in ("of", *rules.ENTRY_PREPS):
            return None
        doers = {a.name for a in self._resolve_all([*_event_by(event), *_named_possessors(event)])}
        if not doers:
            return None
        clause = _governing_verb(event) or (event.head if event.dep_ in rules.SUBJECT_DEPS else None)
        if clause is None:
            return None
        clause = _speech_head(clause) or clause
        owners = self._resolve_all(self._subjects(clause)[0])
        if len(owners) == 1 and owners[0].type is not ActorType.PERSON and owners[0].name not in doers:
            return owners[0]
        return None

    def _thanked_for_backing(self, token: Token) -> Actor | None:
        """ "Kazakhstan thanked Azerbaijan for supporting its bid": the bid of the one who thanks
        (nobody is thanked for backing their own); None in any other place."""
        backing = token.head.head
        if (
            token.lower_ not in ("its", "their")
            or token.head.dep_ != "dobj"
            or backing.tag_ != "VBG"
            or backing.lemma_.lower() not in rules.BACKING_VERBS
            or backing.dep_ != "pcomp"
            or backing.head.lower_ != "for"
            or backing.head.head.lemma_.lower() not in rules.CREDITING_VERBS - rules.BLAMING_VERBS
        ):
            return None
        thankers = self._resolve_all(self._subjects(backing.head.head)[0])
        return thankers[0] if len(thankers) == 1 else None

    def _it(self, token: Token) -> tuple[Actor, ...]:
        """ "its" of a body or an official ("its foreign minister", "its troops") and "it" as the
        subject of what a state or organisation says of itself ("Uganda said it had not …"):
        the state or organisation meant. Any other "it" is left alone: it is rarely an actor."""
        head = token.head
        if token.dep_ == "poss":
            entered = self._entered_owner(head)
            if entered is not None:
                return (entered,)
            target = _target_of(head)
            if target is None and _lemma(head) in rules.SOVEREIGN_NOUNS and _entered(head):
                target = _governing_verb(head)
            if target is None and _struck(head):
                target = head.head  # "Ethiopia said Sudan had attacked its villages"
            if target is not None:
                # "a Chinese vessel fired at (one of) its boats, the coast guard said", "Japan
                # protested after a Chinese aircraft violated its airspace": not the doer's own,
                # but the speaker's or the main clause's subject's
                outer = _speech_head(target) or (target.head if target.dep_ == "advcl" else None)
                doers = {a.name for a in self._resolve_all(self._subjects(target)[0])}
                owners = self._resolve_all(self._subjects(outer)[0]) if outer is not None else []
                if (
                    len(owners) == 1
                    and owners[0].type is not ActorType.PERSON
                    and owners[0].name not in doers
                ):
                    return (owners[0],)
                if _lemma(head) not in rules.SOVEREIGN_NOUNS:
                    return ()
            owner = self._speakers_own(head) or self._thanked_for_backing(token)
            if owner is not None:
                return (owner,)
            kind = _lemma(head)
            violent = kind in rules.VIOLENT_EVENTS
            # "its defence ministry": the tagger may call a lower-case noun a proper one
            common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
            if common and (kind in rules.NOMINAL_EVENTS or kind in rules.INTENTION_NOUNS):
                owner = self._included_owner(head)
                if owner is not None:
                    return (owner,)
            if not common or not (self._is_body(head.lower_) or self._is_role(head.lemma_) or violent):
                return ()  # but "its attacks on Ukrainian cities": whose, as for a body
            if violent and head.head != head:
                # "Russia's war against Ukraine and its attacks on cities": the first noun's owner
                # (the parser may make the two nouns conjuncts, or two subjects of one verb)
                first = [head.head] if head.dep_ == "conj" else []
                first += [c for c in _children(head.head) if c.dep_ == head.dep_ and c.i < head.i]
                owners = self._resolve_all(g for f in first for g in _children(f) if g.dep_ == "poss")
                if len(owners) == 1 and owners[0].type is not ActorType.PERSON:
                    return (owners[0],)
            # "Rwanda … to withdraw its forces": the subject of the clause owns them
            owners = self._clause_owners(token) or self._first_clause_owners(head)
            if len(owners) == 1 and owners[0].type is not ActorType.PERSON:
                return (owners[0],)
            found = self._salient(
                (ActorType.COUNTRY, ActorType.ORGANIZATION, ActorType.GROUP), token, apart=False
            )
            return (found,) if found is not None else ()
        if token.dep_ == "dobj" and head.pos_ == "VERB":
            return self._it_object(token)
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return ()
        empty = head.lemma_ in rules.EMPTY_VERBS
        if empty and not any(
            c.dep_ == "acomp" or (c.dep_ == "prep" and _in_manner(c)) for c in _children(head)
        ):
            return ()  # "it would be a matter for …"; but "it was in contact with X"
        if head.dep_ == "ccomp" and head.head.lemma_ in rules.SPEECH_VERBS:
            # "ECOWAS said it was ready to help": the speaker
            speakers = self._resolve_all(self._subjects(head.head)[0])
            if len(speakers) == 1 and speakers[0].type is not ActorType.PERSON:
                return (speakers[0],)
            return ()
        if empty:
            return ()
        if head.dep_ == "relcl" and _lemma(head) in rules.CLAIM_VERBS:
            # "The army said the strikes answered rocket fire, which it blamed on the group": the
            # one who says so
            speech = next((a for a in head.ancestors if a.lemma_ in rules.SPEECH_VERBS), None)
            speakers = self._resolve_all(self._subjects(speech)[0]) if speech is not None else []
            if len(speakers) == 1 and speakers[0].type is not ActorType.PERSON:
                return (speakers[0],)
        if head.dep_ == "relcl" and head.head.pos_ == "NOUN":
            # "called on Rwanda to withdraw the forces it has deployed": whoever has the noun
            verb = _governing_verb(head.head)
            if verb is not None:
                owners = self._resolve_all(t for t in self._subjects(verb)[0] if t.i != token.i)
                if len(owners) == 1 and owners[0].type is not ActorType.PERSON:
                    return (owners[0],)
        if head.lemma_ in rules.EXPLETIVE_VERBS:
            return ()  # "it emerged that …"
        main = _verb_above(head) if head.dep_ == "advcl" else None
        if main is not None:
            # "Addis Ababa fears Egypt more than it fears the militants", "Turkey will respond if it
            # is attacked": the subject of the clause it depends on
            owners = self._resolve_all(t for t in self._subjects(main)[0] if t.pos_ != "PRON")
            if len(owners) == 1 and owners[0].type is not ActorType.PERSON:
                return (owners[0],)
        if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < token.i:
            # "India's army said its troops had returned fire, and it accused Islamabad of …":
            # the subject of the clause before "and"
            owners = self._resolve_all(t for t in self._subjects(head.head)[0] if t.pos_ != "PRON")
            if len(owners) == 1 and owners[0].type is not ActorType.PERSON:
                return (owners[0],)
        objects = [c for c in _children(head) if c.dep_ == "dobj" and c.pos_ != "PRON"]
        if (
            events.classify(_lemma(head)) is None
            and not self._resolve_all(objects)
            and not self._resolve_all(g for c in objects for g in _children(c) if _is_owner_adjective(g))
        ):
            return ()  # "it takes time", but "It then reinstated Gabon", "It did not enter Polish airspace"
        if head.dep_ == "relcl":
            # "La Paz took the issue to the OAS, where it accused Chile of …": the sentence's own
            # subject, named before the clause
            root = head.sent.root
            owners = self._resolve_all(
                t for t in self._subjects(root)[0] if t.i < token.i and t.pos_ != "PRON"
            )
            if len(owners) == 1 and owners[0].type is not ActorType.PERSON:
                return (owners[0],)
        # "Turkey … It trains Somalia's army": the state or organisation the last sentence was about
        last = self._last_subject()
        return (last,) if last is not None and last.type is not ActorType.PERSON else ()

    def _last_subject(self) -> Actor | None:
        """The one actor the last sentence named as its main subject, if it named one."""
        latest = next(((n, r, a) for n, r, a in reversed(self.mentions)), None)
        if latest is None or self.sentence_no - latest[0] > 1:
            return None
        subjects = [a for n, r, a in self.mentions if n == latest[0] and r == 0]
        return subjects[0] if len(subjects) == 1 else None

    def _it_object(self, token: Token) -> tuple[Actor, ...]:
        """ "it" as the object of an act: "brought a case against Israel, accusing it of …",
        the one state or organisation the sentence named before, other than the act's subject."""
        if self._sent is None or events.classify(_lemma(token.head)) is None:
            return ()
        doers = {
            a.name for a in self._resolve_all(t for t in self._subjects(token.head)[0] if t.i != token.i)
        }
        named: dict[str, Actor] = {}
        for i in range(self._sent.start, token.i):
            found = self._cache.get(i)
            if not found or len(found) != 1 or found[0].name in doers or found[0].type is ActorType.PERSON:
                continue
            # not "at the ICJ", "Niger's minister", nor "the attack on Ukraine … call it", nor
            # "welcomed the ceasefire brokered by Qatar and urged them to respect it"
            name = token.doc[i]
            # (but "condemned the launches by North Korea and urged it to …": the doer)
            doer = (
                name.dep_ == "pobj"
                and name.head.lower_ == "by"
                and _lemma(name.head.head) in rules.NOMINAL_EVENTS
                and any(c.dep_ == "xcomp" for c in _children(token.head))  # (not "called it a crime")
            )
            if (
                name.dep_ != "poss"
                and not any(
                    (t.dep_ == "pobj" and t.head.lower_ in rules.LOCATIVE_PREPS)
                    or (t.pos_ == "NOUN" and _lemma(t) in rules.NOMINAL_EVENTS and not doer)
                    for t in _noun_ancestors(name)
                )
                and not _in_noun_clause(token.doc[i], token)
            ):
                named[found[0].name] = found[0]
        if any(
            t.pos_ == "NOUN" and _lemma(t) in rules.ACCORD_NOUNS and t.dep_ in rules.OBJECT_DEPS
            for t in token.doc[self._sent.start : token.i]
        ):
            return ()  # "welcomed the ceasefire and urged both parties to respect it": the accord
        if not named and _lemma(token.head) in rules.DENIAL_VERBS:
            # "Azerbaijan accused Armenia of shelling its posts. Armenia denied it.": the claim
            # made in the sentence before, whoever made it
            made = [
                remembered
                for noun, remembered in self.event_agents.items()
                if noun in rules.CLAIM_NOUNS and self.sentence_no - remembered[0] <= 1
            ]
            latest = max(made, key=lambda m: m[0], default=None)
            if latest is not None:
                return tuple(a for a in latest[1] if a.name not in doers)
        return tuple(named.values()) if len(named) == 1 else ()

    def _names_only(self, token: Token, kind: ActorType) -> bool:
        """Whether a word names actors of one kind and nothing else (states, bodies)."""
        found = self._actors_of(token)
        return bool(found) and all(a.type is kind for a in found)

    def _clause_subjects(self, token: Token) -> set[int]:
        """The places of the subjects of the verb a word hangs in, the noun a relative clause
        hangs on for its relative pronoun."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        found: set[int] = set()
        for subject in self._subjects(verb)[0]:
            if isinstance(subject, Actor):
                continue
            if subject.lower_ in rules.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                found.update(t.i for t in _with_conjuncts(verb.head))
            else:
                found.add(subject.i)
        return found

    def _plural_before(self, token: Token) -> tuple[Actor, ...]:
        """The nearest group, plural actor or list of actors named earlier in the sentence:
        "talks with the Houthis if they …", "blamed Malian troops, saying they …", "urged
        Eritrea and Ethiopia to respect the accord that ended their war"."""
        sent = self._sent
        if sent is None:
            return ()
        own = self._clause_subjects(token) if token.dep_ not in rules.SUBJECT_DEPS else set()
        for i in range(token.i - 1, sent.start - 1, -1):
            word = sent.doc[i]
            if word.dep_ == "conj" and word.head.i >= sent.start:
                members = _with_conjuncts(word.head)
                listed = tuple(dict.fromkeys(self._resolve_all(members)))
                if len(listed) >= 2 and not own & {m.i for m in members}:
                    # the last of a list ("Eritrea and Ethiopia … their"), not the pronoun's
                    # own subject ("Qatar and Turkey, which mediated a truce between them")
                    return listed
            found = self._cache.get(i)
            if found and len(found) >= 2 and word.tag_ == "NNS" and i not in own:
                return found  # "a war between the two neighbours … after they signed a deal"
            if not found or len(found) != 1 or found[0].type is ActorType.PERSON:
                continue
            if found[0].type is ActorType.GROUP or word.tag_ in ("NNS", "NNPS"):
                return found  # the nearest group, or plural ("Pakistani troops … they")
        return ()

    def _plural_thing_before(self, token: Token) -> bool:
        """Whether "them" as an object has a plural thing earlier in its sentence to stand for:
        the object of an earlier verb that names no actor and is no kind of actor ("measures",
        "sanctions", "claims"), rather than a group of actors named sentences before."""
        if token.lower_ != "them" or token.dep_ not in rules.OBJECT_DEPS or self._sent is None:
            return False
        verb = token.head
        if (
            _lemma(verb) in rules.OBJECT_CONTROL_VERBS
            or _lemma(verb) in rules.CREDITING_VERBS
            or _is_infinitive(verb)
        ):
            return False  # "urged them to talk", "thanked them": people; "took measures to drive
            # them away": the purpose of the measures, about others
        return any(
            word.tag_ == "NNS"
            and word.dep_ in rules.OBJECT_DEPS
            and word.head.pos_ == "VERB"
            and not self._actors_of(word)
            and _singular(word.lemma_.lower()) not in rules.PLURAL_REFERENCES
            and word.lemma_.lower() not in rules.GROUP_NOUNS
            and not self._is_role(word.lemma_)
            and not self._is_body(word.lower_)
            for word in self._sent.doc[self._sent.start : token.i]
        )

    def finalize(self, stmt: Statement) -> Statement:
        """The statement with its persons as the article knows them now."""
        subject, obj = self._current(stmt.subject), self._current(stmt.object)
        source = self._current(stmt.source) if stmt.source is not None else None
        if subject is stmt.subject and obj is stmt.object and source is stmt.source:
            return stmt
        return replace(stmt, subject=subject, object=obj, source=source)

    def _goes_on(self) -> bool:
        """Whether this sentence opens with a quotation mark right after one whose speaker
        is known (this sentence's speaker, if any, has been noted already)."""
        return (
            self._sent_text.lstrip()[:1] in ('"', "\u201c") and self.last_speaker_at >= self.sentence_no - 1
        )

    def _current(self, actor: Actor | None) -> Actor | None:
        """A person as known now (a later mention may have added an affiliation)."""
        if actor is None or actor.type is not ActorType.PERSON:
            return actor
        for person in self.actors.persons:
            if person.name == actor.name:
                return person
        # the name has grown since ("Rubio", then "Marco Rubio"): the article's persons know it
        found = self.actors.resolve(actor.name, label="PERSON")
        return found if found is not None and found.type is ActorType.PERSON else actor

    def _antecedent_person(self, token: Token) -> Actor | None:
        """The person "he"/"she" refers to: the most recent one, not the clause's own subject."""
        if token.dep_ == "poss" and token.head.dep_ in rules.OBJECT_DEPS:
            # "Quispe expressed her support": the possessor of an object is the clause's subject
            for subj in self._subjects(token.head.head)[0]:
                found = self._actors_of(subj) if subj.i != token.i else ()
                if len(found) == 1 and found[0].type is ActorType.PERSON:
                    return found[0]
        excluded: set[str] = set()
        if token.dep_ in ("dobj", "dative", "pobj", "iobj"):
            verb = token.head if token.dep_ != "pobj" else token.head.head
            subjects, _ = self._subjects(verb)
            for subj in subjects:
                if subj.i != token.i:
                    excluded.update(a.name for a in self._actors_of(subj))
        elif (
            token.dep_ == "nsubj"
            and token.head.dep_ == "relcl"
            and any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in _children(token.head))
        ):
            # "Lukashenko, whom he accused of …": he is not the one he accused
            excluded.update(a.name for a in self._actors_of(token.head.head))
        candidates = [a for i, a in sorted(self._sentence_persons, reverse=True) if i < token.i]
        last_named = max((i for i, _ in self._sentence_persons if i < token.i), default=-1)
        sent = self._sent
        if sent is not None:
            for other in sent.doc[max(sent.start, last_named + 1) : token.i]:
                if other.pos_ == "NOUN" and self._is_role(other.lower_):
                    found = self._actors_of(other)
                    if not found or found[0].type is not ActorType.PERSON:
                        return None  # "the agency's chief added that he …": someone the article does not name
        want = "f" if token.lower_ in rules.FEMININE_PRONOUNS else "m"

        def known(person: Actor) -> bool:  # a person known to be of the pronoun's gender
            return person.name not in excluded and self.gazetteer.gender(person) == want

        def fits(person: Actor) -> bool:  # or of no known gender
            return person.name not in excluded and self.gazetteer.gender(person) in (None, want)

        if not candidates and token.dep_ in ("nsubj", "nsubjpass"):
            # a subject with no person before it in its sentence: the person the last sentences
            # made most salient (the subject of a main clause before one of a clause inside it);
            # one known to be of the pronoun's gender, unless a later sentence names one who may be
            sure = self._salient((ActorType.PERSON,), token, apart=False, accept=known)
            maybe = self._salient((ActorType.PERSON,), token, apart=False, accept=fits)
            if maybe is not None and (sure is None or self._last_named(maybe) > self._last_named(sure)):
                sure = maybe
            if sure is not None:
                return self._current(sure)
        # a person of this sentence before anyone named earlier ("X said she had spoken with …")
        for group in (candidates, list(reversed(self.recent_persons))):
            for accept in (known, fits):
                for person in group:
                    if accept(person):
                        return self._current(person)
        return None

    def _last_named(self, actor: Actor) -> int:
        """The number of the last sentence that names ``actor`` (-1 if none)."""
        return max((n for n, _, a in self.mentions if a.name == actor.name), default=-1)

    def _plural_reference(self, token: Token) -> tuple[Actor, ...] | None:
        """ "both sides", "the two leaders", "the countries": the actors named together before."""
        neither = token.tag_ == "NN" and any(
            c.lower_ == "neither"
            or (
                c.lower_ == "either"
                and (
                    rules.PLURAL_REFERENCES.get(token.lemma_.lower()) == "country"
                    or (
                        # a negative's "either" is each of the two; "either side could …" is one
                        token.dep_ in ("dobj", "nsubj", "nsubjpass")
                        and not any(g.dep_ == "prep" for g in _children(token))
                        and _negated(token.head)
                    )
                )
            )
            or (c.lower_ == "each" and _before_the_other(token))
            for c in _children(token)
        )  # ("either government", "without blaming either side", but not "on either side",
        # "either side of the border"; "each side … the other")
        if (
            token.tag_ not in ("NNS", "NNPS") and not neither
        ) or token.ent_type_ in rules.ACTOR_ENTITY_LABELS:
            return None  # but "neither side", "neither capital": each of the two
        lemma = _singular(token.lemma_.lower())
        need = rules.PLURAL_REFERENCES.get(lemma)
        if need is None:
            return None
        if lemma in rules.RELATIONAL_NOUNS and any(c.dep_ in ("poss", "appos") for c in _children(token)):
            return None  # "Washington's two main allies, Japan and South Korea": whose they are
        if any(_lemma(o) in rules.BORDER_NOUNS for o in _prep_objects(token, "of")):
            return None  # "mines on both sides of the border": places, not the parties
        marks = set()
        described = False
        warring = False  # "the warring parties", "both warring sides": those fighting
        # "both Sudanese parties", "the two Libyan sides": factions within one state
        within = lemma in rules.FACTION_NOUNS and any(
            c.dep_ == "amod" and _is_owner_adjective(c) and self._actors_of(c) for c in _children(token)
        )
        for child in _children(token):
            if child.dep_ in ("det", "nummod", "predet", "preconj", "quantmod"):
                marks.add(child.lower_)
            elif child.dep_ in ("compound", "nmod") and self._names_only(child, ActorType.ORGANIZATION):
                return None  # "the EU leaders", "the G7 foreign ministers": the body's
            elif child.dep_ in ("compound", "amod") and self._is_role(f"{child.lower_} {lemma}"):
                continue  # "the two Prime Ministers", "both foreign ministers"
            elif (
                child.dep_ == "amod" and child.lower_ in rules.WARRING_WORDS and lemma in rules.FACTION_NOUNS
            ):
                warring = True
            elif child.dep_ in ("amod", "compound", "poss", "prep", "relcl", "acl"):
                # "the warring parties", "countries of the region": a description, unless a number
                # says how many were named ("the three military-led states, which quit …")
                described = True
        count = (
            2 if neither else next((rules.NUMBER_WORDS[m] for m in marks if m in rules.NUMBER_WORDS), None)
        )
        if warring and not described and marks <= rules.PLURAL_REFERENCE_MARKS | {"all"}:
            # "called on the warring parties to …" after "X has been fighting Y"
            return self._lately(self.conflict, rules.CONFLICT_REFERENCE_WINDOW)
        if count is None and (described or not marks or not marks <= rules.PLURAL_REFERENCE_MARKS):
            return None
        if marks == {"the"} and lemma not in rules.BARE_PLURAL_REFERENCES:
            return None
        # "China hopes the two sides will settle", "China urged both sides": sides China speaks
        # of, so not a pair of China's own
        speaker = _outer_subject(token)
        outside = {a.name for a in self._actors_of(speaker)} if speaker is not None else set()
        if need == "":
            earlier = next(
                (g for i, g in reversed(self._sentence_pairs) if i < token.i and count in (None, len(g))),
                None,
            )
            if earlier is not None:
                # "called on both governments to …, without blaming either side": the same pair
                return earlier
        found = self._group_before(token, need, count) or self._recent_group(
            need, count=count, outside=outside
        )
        if found:
            self._sentence_pairs.append((token.i, found))
        if not found and lemma in rules.NEIGHBOUR_NOUNS:
            # "Ethiopia accused Eritrea …, reviving fears of a war between the two neighbours":
            # the bordering states the sentence named before
            named = tuple(
                dict.fromkeys(
                    a
                    for _, a in sorted(self._named_before(token), key=lambda n: n[0].i)
                    if a.type is ActorType.COUNTRY
                )
            )
            if len(named) == (count or 2) and self._bordering(named):
                found = named
        if within and any(a.type is ActorType.COUNTRY for a in found):
            return ()  # (not the states of "Sudan's sovereignty" and "Russia's veto")
        if lemma in rules.FACTION_NOUNS and found and all(a.name in self.mediators for a in found):
            # "urged both parties to respect the truce" after "a truce brokered by the US and
            # France": the parties it was brokered between, states that border each other
            found = self._bordering_group(count, outside | self.mediators)
        if lemma in rules.NEIGHBOUR_NOUNS and len(found) >= 2 and not self._bordering(found):
            # "relations between the two neighbours" after "the US stood with Colombia": the
            # states named lately that border each other
            found = self._bordering_group(count, outside) or found
        unnamed = not self.actors.persons  # (not "the leaders" of a call with President Ruto)
        if not found and need == "person" and (marks & rules.DEFINITE_MARKS or ("the" in marks and unnamed)):
            # "both foreign ministers", "the two Presidents", none of them named: their states, as
            # an unnamed official's (the two states named most, when no two were named together)
            found = self._recent_group("country", count=count, loose=False)
            if not found and unnamed:
                found = self._recent_group("country", count=count, outside=outside)
        if lemma == "side" and len(found) >= 2 and all(a.type is ActorType.PERSON for a in found):
            # "both sides" after the two ministers of a readout: their states, as "the Uzbek side"
            states = tuple(dict.fromkeys(_state_of(self._current(a)) for a in found))
            if len(states) == len(found) and all(
                s is not None and s.type is ActorType.COUNTRY for s in states
            ):
                found = states  # type: ignore[assignment]
        return found if found or count is None else None  # "the three Baltic states": a name, maybe

    def _bordering(self, states: Sequence[Actor]) -> bool:
        """Whether every two of some states border each other."""
        return all(self.gazetteer.neighbours(a, b) for a, b in combinations(states, 2))

    def _bordering_group(self, count: int | None, outside: Collection[str]) -> tuple[Actor, ...]:
        """The states named together lately that border each other (as many as ``count`` says),
        else the two bordering states among those the article has named most."""
        size = count or 2
        for number, group in reversed(self.groups):
            if self.sentence_no - number > rules.PLURAL_REFERENCE_WINDOW:
                break
            states = _of_type(group, "country")
            if len(states) == size and not any(a.name in outside for a in states) and self._bordering(states):
                return states
        if size != 2:
            return ()
        ranked = sorted(
            (c for c in self.state_mentions.values() if c[2].name not in outside),
            key=lambda c: (c[0], c[1]),
            reverse=True,
        )
        for first, second in combinations(ranked[: rules.NEIGHBOUR_CANDIDATES], 2):
            if self.gazetteer.neighbours(first[2], second[2]):
                return tuple(sorted((first[2], second[2]), key=lambda a: self.state_order[a.name]))
        return ()

    def _sentence_subjects(self, token: Token) -> list[Actor]:
        """The actors of the subjects before a token in its own sentence."""
        sent = self._sent
        if sent is None:
            return []
        return [
            a
            for t in sent
            if t.i < token.i and t.dep_ in rules.SUBJECT_DEPS and t.lower_ not in _PAIR_WORDS
            for a in self._actors_of(t)
        ]

    def _group_before(self, token: Token, need: str, count: int | None) -> tuple[Actor, ...]:
        """Actors coordinated earlier in the token's own sentence, not as a subject: "concern
        over the tensions between Algeria and Mali …, and urges the two neighbours to …"."""
        sent = self._sent
        if sent is None or need == "person":
            return ()
        doc = token.doc
        # "Japan and Korea held talks, days after the two neighbours agreed …": a subject of
        # its own clause refers to the subjects before (not "X and Y urged the two sides")
        own_clause = token.dep_ in rules.SUBJECT_DEPS and token.head.dep_ in ("advcl", "conj")
        for i in range(token.i - 1, sent.start - 1, -1):
            first = doc[i]
            if (
                first.dep_ == "conj"
                or (first.dep_ in ("nsubj", "nsubjpass") and not own_clause)
                or not any(c.dep_ == "conj" for c in _children(first))
            ):
                continue
            helped = first.head.head if first.dep_ == "pobj" else first.head if first.dep_ == "poss" else None
            if helped is not None and helped.lemma_.lower() in rules.HELPER_NOUNS:
                continue  # "the mediation efforts of Qatar and the United States": helpers
            members = _of_type(tuple(self._resolve_all(_with_conjuncts(first))), need)
            if len(members) >= 2 and count in (None, len(members)):
                return members
        return ()

    def _members_of_voice(self, token: Token) -> tuple[Actor, ...] | None:
        """ "Allies", "Member States" with nothing to say whose, in a text an organisation
        speaks ("Statement by the North Atlantic Council"): the organisation, as its members agree."""
        voice = self.voice
        if (
            voice is not None
            and voice.parties
            and token.tag_ in ("NNS", "NNPS")
            and (token.lower_ in self.gazetteer.gathering_nouns or _phrase_lemma(token) in rules.MEMBER_NOUNS)
            and [c.lower_ for c in _children(token)] == ["the"]
            and len(self.actors.persons) < 2
        ):
            # "The Ministers expressed …" in a joint statement that names no minister: each of its states
            return voice.parties
        if voice is None or voice.state is None or voice.state.type is not ActorType.ORGANIZATION:
            return None
        if token.tag_ in ("NNS", "NNPS") and token.lower_ in self.gazetteer.gathering_nouns:
            # "The Heads of State and Government", "the Ministers" of the organisation's communiqué
            words = [t.text for t in token.doc[token.left_edge.i : token.right_edge.i + 1]]
            if self.gazetteer.is_gathering_name(words):
                return (voice.state,)
        if token.tag_ not in ("NNS", "NNPS") or _phrase_lemma(token) not in rules.MEMBER_NOUNS:
            return None
        if any(c.dep_ in ("poss", "prep", "amod", "nummod", "relcl", "acl") for c in _children(token)):
            return None  # "our allies", "allies of Kyiv", "European allies"
        if any(c.dep_ == "det" and c.lower_ not in ("all", "the") for c in _children(token)):
            return None
        return (voice.state,)

    def _recent_group(
        self, need: str, *, count: int | None = None, loose: bool = True, outside: Collection[str] = ()
    ) -> tuple[Actor, ...]:
        """The actors most recently named together (within a few sentences), of the type needed
        (and as many as ``count`` says: "the three countries"), none of them ``outside``."""
        for number, group in reversed(self.groups):
            if self.sentence_no - number > rules.PLURAL_REFERENCE_WINDOW:
                break
            if any(a.name in outside for a in group):
                continue
            members = _of_type(group, need)
            if len(members) >= 2 and count in (None, len(members)):
                return members
        if count is not None and count != 2:
            return ()
        if need == "person" or need == "":
            # "the two leaders" of a readout: the two persons named last
            persons: list[Actor] = []
            for person in [a for _, a in sorted(self._sentence_persons, reverse=True)] + list(
                reversed(self.recent_persons)
            ):
                if person.name in outside:
                    continue  # "Boakai spoke with the two leaders": two others
                if all(p.name != person.name for p in persons):
                    persons.append(self._current(person) or person)
                if len(persons) == 2:
                    break
            if len(persons) == 2 and (need == "person" or persons[0].affiliation != persons[1].affiliation):
                # the one the article named first comes first ("the two leaders" of a readout)
                return tuple(sorted(persons, key=lambda a: self.first_mention.get(a.name, 1 << 30)))
        if need in ("country", "") and loose and len(self.state_mentions) >= 2:
            # "both countries", and "both sides" of no other pair: the two states the article
            # has named most (the later wins a tie)
            ranked = sorted(
                (c for c in self.state_mentions.values() if c[2].name not in outside),
                key=lambda c: (c[0], c[1]),
                reverse=True,
            )
            if len(ranked) >= 2 and (len(ranked) == 2 or ranked[1][0] > ranked[2][0]):
                first, second = ranked[0], ranked[1]
                return tuple(sorted((first[2], second[2]), key=lambda a: self.state_order[a.name]))
        return ()

    def _quote_speaker(self, token: Token) -> Token | None:
        """The speaker of the quotation a token is in: the subject of the speech verb outside it."""
        current = token
        for _ in range(12):
            head = current.head
            if head == current:
                break
            if head.i not in self._quoted:
                if head.lemma_ in rules.SPEECH_VERBS:
                    return _subject_token(head)
                break
            current = head
        sent = self._sent
        if sent is None:
            return None
        for candidate in sent:
            if candidate.i not in self._quoted and candidate.lemma_ in rules.SPEECH_VERBS:
                subj = _subject_token(candidate)
                if subj is not None and subj.i not in self._quoted:
                    return subj
        return None

    # -- frames ------------------------------------------------------------------

    def _frames(self, tokens: Sequence[Token]) -> Iterator[_Frame]:
        """All predicate frames of a sentence: verbs, then event and relationship nouns."""
        previous = None
        for token in tokens:
            pos = token.pos_
            if pos in ("VERB", "AUX"):
                if _nominal_gerund(token):
                    # "denounced shelling by X on Y": the gerund names an event, as a noun would
                    yield from self._noun_frames(token, token.lower_)
                elif token.dep_ not in ("aux", "auxpass"):
                    yield from self._verb_frames(token)
                    if token.lemma_ in rules.CLAUSE_STANCE_HEADS:
                        yield from self._clause_stance_frames(token)
            elif pos in ("NOUN", "PROPN"):
                lemma = token.lemma_.lower()
                if token.dep_ == "ROOT" and (
                    _has_clause_roles(token)
                    or (
                        token.tag_ == "NNS"
                        # "Calls on the Government of X to …", its verb known to the lexicon
                        and (
                            any(c.dep_ == "dobj" for c in _children(token))
                            or events.present_verb(token.text)
                            or token.lemma_.lower() in rules.PREP_CONTROL_VERBS
                        )
                        and self._operative_speaker(token)
                    )
                ):
                    # a verb the tagger took for a noun: "Colombia thanks the Governments of …"
                    yield from self._verb_frames(token)
                    continue
                if (
                    token.dep_ == "xcomp"
                    and token.pos_ == "NOUN"
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in _children(token))
                    and any(c.dep_ == "dobj" for c in _children(token))
                ):
                    # "Turkey offers to host talks …": an infinitive the tagger took for a noun
                    yield from self._verb_frames(token)
                    continue
                conceded = self._conceded(token, lemma) if lemma in rules.OBJECTING_NOUNS else None
                if conceded is not None:
                    yield conceded  # "despite objections from X"
                elif lemma in rules.NOMINAL_EVENTS:
                    yield from self._noun_frames(token, lemma)
                elif lemma in rules.QUANTITY_NOUNS and any(c.dep_ == "poss" for c in _children(token)):
                    # "the EU's aid package for Ukraine": the event the package is of
                    kind = next(
                        (
                            _lemma(c)
                            for c in _lefts(token)
                            if c.dep_ == "compound" and _lemma(c) in rules.NOMINAL_EVENTS
                        ),
                        None,
                    )
                    if kind is not None:
                        yield from self._noun_frames(token, kind)
                if lemma in rules.RELATIONAL_NOUNS or lemma in rules.GIVING_RELATIONAL_NOUNS:
                    yield from self._relational_frames(token, lemma)
            if token.dep_ in ("amod", "compound") and previous is not None and previous.text == "-":
                yield from self._sponsor_frames(token)
            if token.lower_ in _DECLARED_FIRST:
                yield from self._declared_frames(token)
            previous = token

    # verbs

    def _clause_stance_frames(self, verb: Token) -> Iterator[_Frame]:
        """ "regrets that neither capital has accepted …", "expressed disappointment that the
        junta has not implemented …": the regret is about the subject of the "that" clause."""
        lemma = _lemma(verb)
        holder = verb
        relation = lemma
        warning = lemma in rules.WARNING_CLAUSE_VERBS
        if warning and any(c.dep_ in ("dobj", "dative") for c in _children(verb)):
            return  # "warned Finland that …": the verb's own object
        if lemma not in rules.CLAUSE_STANCE_VERBS and not warning:
            noun = next(
                (c for c in _children(verb) if c.dep_ == "dobj" and _lemma(c) in rules.CLAUSE_STANCE_NOUNS),
                None,
            )
            if noun is None:
                return
            holder = noun
            relation = f"{lemma} {_lemma(noun)} with"
        clause = next(
            (
                c
                for h in ((verb,) if holder is verb else (holder, verb))
                for c in _children(h)
                if c.dep_ in ("ccomp", "acl")
                and c.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in _children(c))
            ),
            None,
        )
        if clause is None:
            return
        targets = tuple(
            t for c in _children(clause) if c.dep_ in ("nsubj", "nsubjpass") for t in _with_conjuncts(c)
        )
        if not targets:
            return
        subjects = self._subjects(verb)[0]
        speaker = () if subjects else self._operative_speaker(verb)
        if not subjects and not speaker:
            return
        if warning:
            own = set(speaker) | set(self._resolve_all(subjects))
            named = set(self._resolve_all(targets))
            if not named:
                return
            if named <= own:
                # "urged Brussels to … and warned that China would take measures": Brussels
                targets = tuple(self._addressed_before(verb))
                if not targets:
                    return
        yield _Frame(
            tuple(subjects),
            relation,
            targets,
            verb,
            _negated(verb),
            _hypothetical(verb),
            self._speaker(verb),
            subject_actors=speaker,
        )

    def _addressed_before(self, verb: Token) -> list[Token]:
        """Those the verbs coordinated before a verb addressed, as their object or with "on", or
        spoke of, as the subject of what they said: "urged Brussels to stop … and warned that …"
        → Brussels; "said Asmara had armed the rebels and warned that …" → Asmara."""
        first = verb.head if verb.dep_ == "conj" else verb
        verbs = [first, *(c for c in _children(first) if c.dep_ == "conj" and c.i < verb.i)]
        addressed = [
            t
            for v in verbs
            if v != verb
            for t in (*_direct_objects(v), *_prep_objects(v, "on"))
            if self._actors_of(t)
        ]
        if addressed:
            return addressed
        return [
            t
            for v in verbs
            if v.lemma_ in rules.SPEECH_VERBS
            for c in _children(v)
            if c.dep_ == "ccomp"
            for t in _children(c)
            if t.dep_ in ("nsubj", "nsubjpass") and self._actors_of(t)
        ]

    def _verb_frames(self, verb: Token) -> Iterator[_Frame]:
        lemma = _lemma(verb)
        if _topic_turn(verb):
            return  # "Turning to Sudan, the Prime Minister condemned …": a new topic, not an act
        if lemma == "declare" and any(t.lower_ in _DECLARED_FIRST for t in verb.doc[verb.i : verb.sent.end]):
            return  # "declared X persona non grata": read as the phrase (_declared_frames)
        if lemma == "do" and any(
            (c.dep_ == "advmod" and c.lower_ == "so")
            or (c.dep_ == "dobj" and c.lower_ in ("it", "this", "that"))
            for c in _children(verb)
        ):
            return  # "could not do so without Iranian weapons": what it stands for was said before
        subjects, patients = self._subjects(verb)
        agreed = self._agreed_between(verb, lemma, subjects)
        if agreed is not None:
            yield agreed
            return
        if not subjects and not patients:
            speaker = self._operative_speaker(verb)
            if speaker:
                # "1. Condemns the detention of X and calls on Y to …": a resolution's operative
                # clause, whose subject is the body that adopts it
                source = self._speaker(verb) or self._source
                for words, objs in _by_path(self._objects(verb)).items():
                    relation = _join_relation(_relation_head(verb), words)
                    if relation not in rules.EMPTY_VERBS:
                        yield _Frame(
                            (),
                            relation,
                            tuple(objs),
                            verb,
                            _negated(verb),
                            _hypothetical(verb),
                            source,
                            subject_actors=speaker,
                        )
            return
        if lemma in rules.ACCEPTING_VERBS and not subjects:
            accepted = self._accepted_invitation(verb, patients)
            if accepted is not None:
                yield accepted
                return
        if lemma in rules.ACCEPTING_VERBS and subjects:
            acceptance = self._acceptance(verb, subjects)
            if acceptance is not None:
                yield acceptance
                return
        if subjects and ("with" in self._sent_text or "alongside" in self._sent_text):
            subjects = subjects + _co_agents(verb)  # "Niger left ECOWAS together with Mali"
        head = _relation_head(verb)
        objects: list[_Path]
        if (
            lemma in rules.PSYCH_PARTICIPLES
            and verb.tag_ == "VBN"
            and (patients or verb.dep_ == "acomp")
            and not (lemma in rules.STATE_PARTICIPLES and any(c.dep_ == "agent" for c in _children(verb)))
        ):
            # "we are alarmed by X": the one who feels is the subject, whatever the parse
            subjects = patients or self._subjects(verb.head)[0]
            patients = []
            head = f"be {verb.lower_} {head.partition(' ')[2]}".strip()  # "be alarmed by", as written
            objects = self._objects(verb, with_agent=True)
        elif (
            lemma in rules.AWAITED_PARTICIPLES
            and verb.tag_ == "VBN"
            and patients
            and not subjects
            and (places := [p for prep in ("in", "at") for p in _prep_objects(verb, prep)])
        ):
            # "Lavrov is expected in Ankara on Sunday": he will visit it
            subjects, patients = patients, []
            head = "visit"
            objects = [path for place in places for path in self._path(place, (), 1)]
        elif patients and subjects:
            # "Chad was attacked by Niger": the agent is the subject
            if verb.dep_ == "acl":
                # "the deal signed by X": the noun itself, not what it leads to; but "a
                # resolution against X passed by Y" leads to X
                objects = [((), t) for t in patients if self._actors_of(t)]
                meeting = _lemma(patients[0])
                if not objects and meeting in rules.SYMMETRIC_NOUNS and lemma in rules.MEDIATION_VERBS:
                    # "X and Y held talks. The talks, hosted by Z, …": Z hosts theirs
                    parties = self._earlier_event(patients[0], meeting, told_by=verb)
                    objects = [((meeting, "of"), a) for a in parties]
                elif not objects and meeting not in rules.SYMMETRIC_NOUNS:
                    agents = {t.i for t in subjects}
                    objects = [
                        (p[0] or _noun_words(patients[0]), p[1])
                        for p in self._path_through(patients[0], (), 0)
                        if isinstance(p[1], Actor) or p[1].i not in agents
                    ]
            else:
                objects = [path for t in patients for path in self._path(t, (), 0)]
            extra = self._objects(verb, skip_objects=True)
            if verb.dep_ == "acl" and patients[0].pos_ == "NOUN" and not self._actors_of(patients[0]):
                # "the sanctions imposed by X on Iran": X imposes sanctions on Iran
                theme = _noun_words(_content_noun(patients[0]))
                extra = [((*theme, *words), obj) for words, obj in extra]
            objects.extend(extra)
        elif patients:
            between = _prep_objects(verb, "between")
            if (
                verb.dep_ == "acl"
                and patients[0].lemma_.lower() in rules.SYMMETRIC_NOUNS
                and len(self._resolve_all(between)) >= 2
            ):
                # "the security agreement signed between Solomon Islands and China": they signed it
                # with each other
                relation = f"{head} {_lemma(patients[0])} with"
                yield _Frame(
                    tuple(between), relation, (), verb, _negated(verb), _hypothetical(verb), reciprocal=True
                )
                return
            agent = _commissive_agent(verb)
            if agent is None:
                # "The chargé d'affaires was summoned to the Ministry": the ministry's state; "two
                # Lebanese soldiers were wounded when an Israeli drone hit their post": the drone's
                implicit = self._implicit_agent(verb)
                doers = self._casualty_doers(verb) if implicit is None else []
                if implicit is None and not doers:
                    return
                objects = [path for t in patients for path in self._path(t, (), 0)]
                if implicit is not None:
                    objects.extend(self._objects(verb, skip_objects=True))
                    if verb.lemma_.lower() in rules.FORCE_MOVING_VERBS:
                        head = _join_relation(head, _noun_words(patients[0]))  # "deploy troop to"
                for words, objs in _by_path(objects).items():
                    yield _Frame(
                        tuple(doers),
                        _join_relation(head, words),
                        tuple(objs),
                        verb,
                        _negated(verb),
                        _hypothetical(verb),
                        self._speaker(verb) or self._source,
                        subject_actors=(implicit,) if implicit is not None else (),
                    )
                return
            # "X pledged that Y would be held responsible": X is the agent
            subjects = [agent]
            head = f"{_lemma(verb.head)} to {head}"
            objects = [((), t) for t in patients]
        else:
            objects = self._objects(verb)
            if lemma in rules.OBJECT_CONTROL_VERBS:
                # "urged Kigali to withdraw … and Kinshasa to end …": the second one urged
                objects += [
                    ((), s)
                    for x in _children(verb)
                    if x.dep_ == "xcomp" and x.tag_ == "VB"
                    for s in _children(x)
                    if s.dep_ == "nsubj" and s.i > verb.i and s.pos_ == "PROPN"
                ]
        if not subjects:
            return
        source = self._speaker(verb) or self._source
        negated = _negated(verb)
        hypothetical = _hypothetical(verb)
        yield from self._appeal_frames(verb, subjects, negated)
        if lemma in rules.REACTION_VERBS and not objects and not patients:
            # "Tokyo protested after Chinese ships entered its waters": against the one who did
            # what the clause of time says
            for clause in _children(verb):
                if clause.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in rules.REACTION_MARKS for m in _children(clause)
                ):
                    doers = [s for s in self._subjects(clause)[0] if self._actors_of(s)]
                    if doers:
                        yield _Frame(
                            tuple(subjects), lemma, tuple(doers), verb, negated, hypothetical, source
                        )
        if lemma in rules.SUPPORT_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in _children(c))
            for c in _children(verb)
        ):
            return  # "joined Peru in recognizing X": the statements are the recognitions
        if (
            lemma in rules.DISCUSSION_VERBS
            and objects
            and len(self._resolve_all(subjects)) >= 2
            and not (patients and lemma not in rules.TOPIC_OBJECT_VERBS)
        ):
            # "the leaders discussed Ghana's role in the talks": what two parties discuss is
            # a topic; the statement is between them (but "Algeria was not consulted by Spain and
            # Morocco": the one consulted)
            objects = []
        elif lemma in rules.DISCUSSION_VERBS:
            # "spoke with Y to discuss the dispute between X and Z": a partner counts ("with",
            # "to", or the object of "consult"), not the parties of the topic
            partners = ("with",) if lemma in rules.TOPIC_OBJECT_VERBS else ("with", "to")
            objects = [
                (words, obj)
                for words, obj in objects
                if (words and words[-1] in partners) or (not words and lemma not in rules.TOPIC_OBJECT_VERBS)
            ]
        if lemma in rules.GATHERING_VERBS and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in _children(verb)
        ):
            # "brought together Ethiopia's adviser X and Eritrea's adviser Y": X and Y met
            objects_ = _direct_objects(verb)
            objects_ += [
                c for o in objects_ for a in _rights(o) if a.dep_ == "appos" for c in _with_conjuncts(a)
            ]
            gathered = [t for t in objects_ if self._actors_of(t)]
            if len(self._resolve_all(gathered)) >= 2:
                yield _Frame(
                    tuple(gathered), "meet", (), verb, negated, hypothetical, source, reciprocal=True
                )
        mutual = _each_other(verb)
        if mutual is not None and len(self._resolve_all(subjects)) >= 2:
            # "India and China accused each other": each of them the other
            relation = head if mutual.dep_ != "pobj" else f"{head} {mutual.head.lower_}"
            yield _Frame(tuple(subjects), relation, tuple(subjects), verb, negated, hypothetical, source)
            return
        owned = _each_others(verb) if "each other" in self._sent_text else None
        if owned is not None and len(self._resolve_all(subjects)) >= 2:
            # "reopened embassies in each other's capitals", "violated each other's airspace"
            yield _Frame(
                tuple(subjects),
                _join_relation(head, owned),
                tuple(subjects),
                verb,
                negated,
                hypothetical,
                source,
            )
            return
        grouped = _by_path(objects)
        for words, objs in grouped.items():
            relation = _join_relation(head, words)
            if relation in rules.EMPTY_VERBS:
                continue
            yield _Frame(tuple(subjects), relation, tuple(objs), verb, negated, hypothetical, source)
        standing = _standing(verb) if " at " in self._sent_text else None
        if standing is not None:
            # "Argentina and Britain remain at odds over the islands": each with the other
            relation = f"{head} at {standing.lower_} with"
            yield _Frame(tuple(subjects), relation, (), verb, negated, hypothetical, source, reciprocal=True)
        noun = patients[0] if patients and patients[0].pos_ == "NOUN" else _object_noun(verb)
        if (noun is None or _lemma(noun) == "part") and lemma in rules.PARTAKING_VERBS:
            # "X and Y took part in talks", "delegations from X and Y arrived for talks": the
            # talks they came to
            noun = next(
                (
                    o
                    for p in ("in", "for")
                    for o in _prep_objects(verb, p)
                    if _lemma(_content_noun(o)) in rules.TALK_NOUNS
                ),
                noun,
            )
        if noun is None and lemma in rules.BINDING_VERBS:
            # "both sides committed to a ceasefire": what binds them
            noun = next((o for p in ("to", "by") for o in _prep_objects(verb, p) if o.pos_ == "NOUN"), None)
        agents_apart = verb.dep_ == "acl" and patients and not _joint_act(verb, lemma, patients[0])
        if agents_apart:
            # "a ceasefire brokered by X and Y": the brokers are not its parties; with a verb of
            # mediation they broker it with the parties the clause names
            if lemma in rules.MEDIATION_VERBS and patients[0].lemma_.lower() in rules.SYMMETRIC_NOUNS:
                between = _prep_objects(patients[0], "between") + _prep_objects(patients[0], "among")
                parties = between or self._governing_parties(patients[0])
                if len(self._resolve_all(parties)) >= 2:  # not "Japan welcomed the deal brokered by Qatar"
                    # "talks between X and Y, mediated by Z": Z mediates between them
                    relation = f"{head} {_lemma(patients[0])} {'between' if between else 'with'}"
                    if between and lemma == "mediate":
                        relation = f"{head} between"
                    yield _Frame(tuple(subjects), relation, tuple(parties), verb, source=source)
            noun = None
        elif (
            lemma in rules.MEDIATION_VERBS
            and not grouped
            and self.accord is not None
            and self.sentence_no - self.accord[0] <= rules.ACCORD_REFERENCE_WINDOW
        ):
            accord = next(
                (
                    c
                    for c in _children(verb)
                    if c.dep_ in ("nsubjpass", "dobj")
                    and _lemma(c) in rules.ACCORD_NOUNS
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in _children(c))
                ),
                None,
            )
            if accord is not None:
                # "Spain and the UK signed the treaty. The deal was brokered by the European
                # Commission", "The Commission, which brokered the deal, …": the Commission
                # brokers it between them
                yield _Frame(
                    tuple(subjects), f"{head} {_lemma(accord)} between", self.accord[1], verb, source=source
                )
        if lemma in rules.MEDIATION_VERBS and not grouped and noun is not None and not agents_apart:
            content = _content_noun(noun)
            parties = [
                t
                for c in _children(content)
                if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                for t in _hyphenated(c)
                if self._actors_of(t)
            ]
            named = {a.name for a in self._resolve_all(parties)}
            doers = {a.name for a in self._resolve_all(subjects)}
            if _lemma(content) in rules.SYMMETRIC_NOUNS and len(named) >= 2 and not named & doers:
                # "Oman hosted a new round of Iran-US talks": the host's, between the two it names
                yield _Frame(
                    tuple(subjects),
                    f"{head} {_lemma(content)} between",
                    tuple(parties),
                    verb,
                    negated,
                    hypothetical,
                    source,
                )
        border = None
        if not grouped and not agents_apart and not _is_reciprocal(verb, lemma, noun):
            border = _shared_border(verb, noun)
        if border is not None and not any(c.dep_ == "xcomp" for c in _children(verb)):
            # "both armies moved soldiers to the border": each against the other
            what = (_lemma(_content_noun(noun)),) if noun is not None else ()
            relation = " ".join((head, *what, *border))
            yield _Frame(
                tuple(subjects),
                relation,
                (),
                verb,
                negated,
                hypothetical,
                source,
                reciprocal=True,
                both_ways=True,
            )
        elif (
            not grouped
            and not any(c.dep_ == "xcomp" for c in _children(verb))
            and (_is_reciprocal(verb, lemma, noun) or _under_reciprocal_control(verb))
            and not agents_apart
        ):
            # "agreed to a ceasefire": the thing agreed to goes in the relation
            act = _lemma(_content_noun(noun)) if noun is not None else None
            if (
                act is not None
                and noun.dep_ == "pobj"
                and noun.head.head == verb
                and not head.endswith(noun.head.lower_)
            ):
                act = f"{noun.head.lower_} {act}"  # "committed to a ceasefire"
                if _lemma(_object_noun(verb) or verb) == "part":
                    act = f"part {act}"  # "took part in talks"
            mutual = rules.MUTUAL_ACTS.get(act) if head.split()[0] in rules.SWAPPING_VERBS else None
            if mutual is not None:
                # "Baku and Yerevan trade blame": each blames the other
                yield _Frame(tuple(subjects), mutual, tuple(subjects), verb, negated, hypothetical, source)
            else:
                relation = f"{head} {act}" if act is not None else " ".join((head, *_prep_noun(verb)))
                yield _Frame(
                    tuple(subjects), relation, (), verb, negated, hypothetical, source, reciprocal=True
                )
        for help_noun, helpers in _help_phrases(verb) if self._helped else ():
            # "X and Y reached a deal with the help of Z": Z helps them; "through the mediation
            # of Z": Z mediates between them; "sent troops with the backing of Z": Z backs X
            relation = rules.HELP_NOUNS[help_noun]
            between = relation in ("mediate", "facilitate")
            if len(self._resolve_all(subjects)) >= (2 if between else 1):
                relation += " between" if between else ""
                yield _Frame(tuple(helpers), relation, tuple(subjects), verb, negated, hypothetical, source)
        if not grouped and not patients:
            yield from self._shared_object_frames(verb, head, subjects, negated, hypothetical, source)

    def _shared_object_frames(
        self,
        verb: Token,
        head: str,
        subjects: list[Token],
        negated: bool,
        hypothetical: bool,
        source: Token | None,
    ) -> Iterator[_Frame]:
        """ "cannot visit or phone Okafor": the object of the last verb is shared."""
        if any(
            c.dep_ in rules.OBJECT_DEPS or c.dep_ in ("prep", "attr", "acomp", "xcomp", "ccomp")
            for c in _children(verb)
        ):
            return  # the first verb has an object or a clause of its own ("agreed to hold … and thanked X")
        for conj in _children(verb):
            if conj.dep_ != "conj" or conj.pos_ != "VERB" or _subject_token(conj) is not None:
                continue
            if any(c.dep_ in ("aux", "auxpass") for c in _children(conj)):
                return
            cc = next((c.lower_ for c in _children(verb) if c.dep_ == "cc" and c.i < conj.i), "and")
            for words, obj in self._objects(conj):
                relation = _join_relation(f"{head} {cc} {_relation_head(conj)}", words)
                yield _Frame(tuple(subjects), relation, (obj,), verb, negated, hypothetical, source)
            return

    def _appeal_frames(self, verb: Token, subjects: list[Token], negated: bool) -> Iterator[_Frame]:
        """ "X should withdraw": an appeal to X by the speaker, or by the document's own voice."""
        if not any(c.dep_ == "aux" and c.lower_ in rules.APPEAL_MODALS for c in _children(verb)):
            return
        if any(s.lower_ in rules.FIRST_PLURAL or s.lower_ in rules.FIRST_SINGULAR for s in subjects):
            return
        inner = f"{'not ' if negated else ''}{_lemma(verb)}"
        speaker = self._speaker(verb)
        if speaker is not None:
            yield _Frame((speaker,), f"{rules.APPEAL_REPORTED} to {inner}", tuple(subjects), verb)
            return
        if verb.i in self._quoted or verb.dep_ not in ("ROOT", "conj"):
            return
        if verb.dep_ == "conj" and verb.head.dep_ != "ROOT":
            return
        voice = self.voice or Voice()
        state = voice.state or _state_of(self._current(voice.person))
        speakers = voice.parties or ((state,) if state is not None else ())
        if speakers:
            yield _Frame(
                (), f"{rules.APPEAL_IN_VOICE} to {inner}", tuple(subjects), verb, subject_actors=speakers
            )

    def _subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], list[Token]]:
        """(subjects, passive patients) of a verb, following control and coordination."""
        subjects: list[Token] = []
        patients: list[Token] = []
        for child in _children(verb):
            dep = child.dep_
            if dep in rules.SUBJECT_DEPS:
                subjects.extend(_with_conjuncts(child))
            elif dep in rules.PASSIVE_SUBJECT_DEPS:
                patients.extend(_with_conjuncts(child))
            elif dep == "agent" and not _misplaced_agent(verb):
                # "by Madrid and by the European Commission": each "by"
                for agent in _coordinated_preps(child):
                    for pobj in _children(agent):
                        if pobj.dep_ == "pobj":
                            subjects.extend(_with_conjuncts(pobj))
        if subjects and not patients:
            subjects, patients = _reduced_passive(verb, subjects)
            subjects = _comma_listed(verb, subjects) + subjects
        if (
            not patients
            and verb.dep_ == "conj"
            and depth <= 5
            and any(c.dep_ == "agent" for c in _children(verb))
            and (
                any(c.dep_ == "auxpass" for c in _children(verb))
                or (
                    # (the tagger may take the participle for a past tense: "and shadowed by X")
                    verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "auxpass" for c in _children(verb.head))
                )
            )
        ):
            # "a Russian aircraft approached … and was intercepted by Portuguese jets": the
            # first verb's subject is the one intercepted; so is the boat "rammed and blasted by X"
            inherited, inherited_patients = self._subjects(verb.head, depth + 1)
            patients = inherited_patients or inherited
        if patients and not subjects and depth <= 5 and any(c.dep_ == "auxpass" for c in _children(verb)):
            # "was rammed and blasted with water cannon by X": the agent of both
            for conj in _children(verb):
                deps = {c.dep_ for c in _children(conj)}
                if (
                    conj.dep_ == "conj"
                    and conj.tag_ == "VBN"
                    and "agent" in deps
                    and not deps & (rules.SUBJECT_DEPS | rules.PASSIVE_SUBJECT_DEPS)
                ):
                    subjects.extend(_prep_objects(conj, "by"))
        if not subjects and not patients and _finite_under_root(verb) and self._actors_of(verb.head):
            return [
                verb.head
            ], []  # a sentence the parser built on its subject: "Two blocs — … — called on X"
        if not subjects and not patients and verb.dep_ == "ROOT":
            fronted = _fronted_subject(verb)
            if fronted is not None:
                # "At the invitation of President X, President Y of Z will pay a visit": Y,
                # which the parser hung on X in apposition
                return _with_conjuncts(fronted), []
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not patients:
            # "a deal signed by X and Y": the noun is the patient
            patients = [verb.head]
            if not subjects:
                return [], patients
        if subjects or patients or depth > 5:
            return subjects, patients
        return self._controller(verb, depth)

    def _controller(self, verb: Token, depth: int) -> tuple[list[Token], list[Token]]:
        """The understood subject of a subjectless verb."""
        head = verb.head
        if head == verb:
            return [], []
        dep = verb.dep_
        if (
            dep in ("relcl", "acl")
            and _is_infinitive(verb)
            and head.dep_ == "attr"
            and head.head.lemma_ in rules.COPULAS
            and _ranked(head)
        ):
            # "Chile became the first country to recognise Kosovo", "Norway was the last state
            # to sign": the subject of the copula does it
            return self._subjects(head.head, depth + 1)
        if dep == "acl" and _is_infinitive(verb) and head.lemma_.lower() in rules.DECISION_NOUNS:
            # "the decision of the Dominican Republic to reopen its border with Haiti", "Chile's
            # offer to host the talks": whose decision it is acts
            agents = self._noun_agents(head) or [t for t in _prep_objects(head, "of") if self._named_actor(t)]
            if agents:
                return agents, []
        if dep == "conj" and verb.tag_ in ("VBD", "VBZ") and _is_infinitive(head):
            # "welcomed the decision of X to elevate … and congratulated Y", "welcomes the
            # commitment of X to deploy … and urges Y": the finite verb goes with the verb above
            # the infinitive
            if head.dep_ == "acl" and head.head.dep_ in rules.OBJECT_DEPS:
                return self._subjects(head.head.head, depth + 1)
            if head.dep_ in ("advcl", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
                subjects, patients = self._subjects(head.head, depth + 1)
                if patients and any(c.dep_ == "auxpass" for c in _children(head.head)):
                    # "the US was asked by Niamey to leave and completed its withdrawal"
                    return patients, []
                return subjects, patients
        if dep == "xcomp" or (dep in ("advcl", "ccomp") and _is_infinitive(verb)):
            if head.lemma_.lower() in rules.OBJECT_CONTROL_VERBS and any(
                c.dep_ == "auxpass" for c in _children(head)
            ):
                patients = self._subjects(head, depth + 1)[1]
                if patients:
                    return patients, []  # "it was approached by X to take part": it takes part
            if head.pos_ == "ADJ" and head.head != head:
                # "stands ready to expand": the subject of the copula
                return self._subjects(head.head, depth + 1)
            if dep != "advcl":
                # object control: "urged Chile to sign", "called on Peru to"
                objs = _controlling_objects(head)
                if objs:
                    return objs, []
                subjects, patients = self._subjects(head, depth + 1)
                if patients and not subjects:
                    return patients, []  # raising: "Modi is expected to meet Xi"
                return subjects, patients
            else:
                objs = _controlling_objects(head)
                if objs:
                    return objs, []  # "calls on Rwanda to cease …" with the infinitive parsed as advcl
                if head.lemma_.lower() in rules.DISPATCH_VERBS:
                    sent = [p for p in self._subjects(head, depth + 1)[1] if _lemma(p) in rules.FORCE_NOUNS]
                    if sent:
                        return sent, []  # "troops were sent to Russia to fight against Ukraine": they fight
                # "welcomed the decision by X to recognize Y", parsed as the verb's clause; "what
                # he called Russia's decision today to recognize Y"
                for obj in _direct_objects(head) + [c for c in _children(head) if c.dep_ == "oprd"]:
                    if obj.lemma_.lower() in rules.DECISION_NOUNS:
                        # its "by" phrase may hang on the verb: "praise the ruling yesterday by X"
                        agents = (
                            self._noun_agents(obj)
                            or [t for t in _prep_objects(head, "by") if self._actors_of(t)]
                            or [t for t in _prep_objects(obj, "of") if self._named_actor(t)]
                        )
                        if agents:
                            return agents, []
            return self._subjects(head, depth + 1)
        if (
            dep == "conj"
            and head.dep_ == "ccomp"
            and (verb.tag_ in ("VBD", "VBZ") or _finite_after_bare(verb))
            and (_finite_after_bare(verb) or not self._resolve_all(self._subjects(head, depth + 1)[0]))
        ):
            # "X reiterated that Ecuador will not tolerate Y and asked Colombia to …", "X denied
            # that any incursion had taken place and accused Y of …": the finite verb goes with
            # the verb of saying, whose subject it shares
            return self._subjects(head.head, depth + 1)
        if (
            dep == "conj"
            and verb.tag_ in ("VBN", "VBD")
            and head.dep_ == "acl"
            and _lemma(head) in rules.MEDIATION_VERBS
            and _lemma(verb) not in rules.MEDIATION_VERBS
            and not any(c.dep_ == "agent" for c in _children(verb))
        ):
            # "an accord between X and Y, mediated by the US and signed in June": the mediator
            # did not sign it
            return [], []
        if dep == "conj" or (dep == "advcl" and verb.tag_ in ("VBG", "VBN")) or dep == "acomp":
            subjects, patients = self._subjects(head, depth + 1)
            if dep == "conj" and any(c.dep_ == "auxpass" for c in _children(verb)):
                # "the aircraft did not enter X and was escorted towards Y": the one escorted
                return [], subjects + patients
            if verb.tag_ == "VBG" and not subjects:
                # "Malian forces are pinned down, suffering losses": the grammatical subject
                return patients, []
            return subjects, patients
        if dep == "pcomp" and head.dep_ == "prep":
            governor = head.head
            modified = _modified_verb(verb)
            if modified is not None:
                # "remains committed to supporting X", "stopped short of blaming X"
                return self._subjects(modified[1], depth + 1)[0], []
            if governor.pos_ in ("VERB", "AUX") or (governor.dep_ == "ROOT" and _has_clause_roles(governor)):
                subjects, patients = self._subjects(governor, depth + 1)
                if head.lower_ in ("of", "for", "against", "from"):
                    # "accused Chile of arming Peru", "X, accused by Y of arming Z", "blamed
                    # the junta for ignoring appeals", "warned Finland against joining NATO",
                    # "barred Chile from joining": the one accused, blamed or warned acts
                    objs = _direct_objects(governor) or patients
                    thanks = (
                        [o for o in objs if _lemma(o) in rules.GRATITUDE_NOUNS]
                        if head.lower_ == "for"
                        else []
                    )
                    if thanks:
                        # "expressed appreciation to Thailand for facilitating …": whom the thanks go to
                        objs = _thanked(governor, thanks) or objs
                    if objs:
                        return objs, []
                if governor.lemma_ in rules.PSYCH_PARTICIPLES and patients and not subjects:
                    return patients, []  # "are interested in cooperating with"
                if head.lower_ == "in":
                    objs = _direct_objects(governor)
                    judging = _lemma(governor)
                    if objs and (judging in rules.JUDGING_VERBS or judging in rules.CREDITING_VERBS):
                        # "praised Jordan's leadership in delivering aid": the one praised acts;
                        # "thanked the minister for Jordan's leadership in …": the owner of the deed
                        owners = [
                            c
                            for deed in objs + _prep_objects(governor, "for")
                            for c in _children(deed)
                            if c.dep_ == "poss" and self._actors_of(c)
                        ]
                        return owners or objs, []
                    # "joined Peru in recognizing X": both recognise X
                    subjects = subjects + objs
                return subjects, []
            if governor.pos_ in ("NOUN", "PROPN"):
                passive = (
                    governor.head.head if governor.dep_ == "pobj" and governor.head.dep_ == "agent" else None
                )
                if passive is not None and head.lower_ == "of":
                    # "X, accused by Y of arming Z" with "of" attached to Y: the accused acts
                    return self._subjects(passive, depth + 1)[1], []
                if (
                    governor.lemma_.lower() in rules.ROLE_NOUNS
                    and governor.dep_ in rules.OBJECT_DEPS
                    and governor.head.lemma_.lower() in rules.ROLE_VERBS
                ):
                    # "Egypt played a central role in mediating between X and Y": Egypt mediates
                    return self._subjects(governor.head, depth + 1)[0], []
                # "Chad's difficulties in invading Niger": the possessor acts
                owners = [c for c in _children(governor) if c.dep_ == "poss" and self._actors_of(c)]
                if not owners and _owned_by_pronoun(governor):
                    # "thanked Egypt for its efforts in mediating": the one thanked
                    owners = [t for t in _credited(governor) if self._actors_of(t)]
                return owners, []
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if verb.tag_ == "VBG" and _lemma(head) in rules.ASSET_NOUNS:
                # "shot down a drone heading for the tanker": the drone moves, not who shot it
                return [head], []
            if verb.tag_ == "VBG" and head.dep_ in rules.OBJECT_DEPS and not self._actors_of(head):
                # "issued a statement expressing concern": who issued it expresses it; but not who
                # "vetoed a resolution condemning X", "did not sign" or "declined to endorse" it
                governor = head.head
                if (
                    governor.lemma_.lower() in rules.REJECTING_VERBS
                    or _negated(governor)
                    or (governor.dep_ == "xcomp" and governor.head.lemma_.lower() in rules.REFUSING_VERBS)
                ):
                    return [], []
                return self._subjects(head.head, depth + 1)[0], []
            agents = self._noun_agents(head)
            if agents:
                return agents, []
            if _owned_intention(verb):
                # "Iran has taken a decision to end cooperation with X": Iran decides
                return self._subjects(head.head, depth + 1)[0], []
            if verb.tag_ == "VBG" and self._actors_of(head):
                return [head], []  # "the movement having an office abroad"
        return [], []

    def _noun_agents(self, noun: Token) -> list[Token]:
        """Who does what a noun names: its possessor, its "by" phrase, its actor modifier."""
        out: list[Token] = []
        for child in _children(noun):
            dep = child.dep_
            if dep == "poss":
                out.extend(_with_conjuncts(child))
            elif dep == "prep" and child.lower_ == "by":
                out.extend(t for c in _children(child) if c.dep_ == "pobj" for t in _with_conjuncts(c))
            elif dep in ("compound", "amod", "nmod") and child.ent_type_ in rules.OWNER_ENTITY_LABELS:
                out.append(child)
        return [t for t in out if self._actors_of(t)]

    def _objects(self, verb: Token, *, skip_objects: bool = False, with_agent: bool = False) -> list[_Path]:
        """(relation words, object token) pairs of a verb."""
        lemma = verb.lemma_.lower()
        wished = lemma in rules.PROSPECTIVE_GOVERNORS  # "sought AU penalties on X"
        out: list[_Path] = []
        theme: tuple[str, ...] = ()  # "impose tariffs on X": the non-actor object goes in the relation
        has_actor_object = any(c.dep_ in rules.OBJECT_DEPS and self._actors_of(c) for c in _children(verb))
        for child in (*_children(verb), *_relative_object(verb)):
            if (
                child.dep_ in rules.OBJECT_DEPS
                or child is verb.head  # "the drills (that) China held near Taiwan": what was held
            ) and (
                (
                    child.pos_ == "NOUN"
                    or (child.pos_ == "PROPN" and not child.ent_type_)
                    or child.ent_type_ == "MONEY"
                )
                and not self._actors_of(child)
            ):
                theme = _noun_words(_content_noun(child))
                break
        # a preposition may hang on the verb's particle: "broke away from X"
        children = [
            c
            for child in _children(verb)
            for c in (
                [child, *(g for g in _children(child) if g.dep_ == "prep")]
                if child.dep_ in ("advmod", "prt") and child.lower_ in rules.PARTICLES
                else [child]
            )
        ]
        aimed = lemma in rules.AIMING_VERBS or any(c.dep_ == "prt" for c in _children(verb))
        if (
            not skip_objects
            and verb.dep_ == "relcl"
            and verb.head.i < verb.i
            # a verb of reacting (not "a decision Manila has invoked", "a move Ethiopia made")
            and _of_roots(lemma, rules.REACTION_ROOTS)
            and not any(c.dep_ in rules.OBJECT_DEPS or c.dep_ in ("oprd", "ccomp") for c in _children(verb))
            and not any(t.lower_ in rules.RELATIVE_PRONOUNS for t in verb.doc[verb.head.i + 1 : verb.i])
        ):
            # "…, a move Ethiopia rejected": the act the clause hangs on, with no "that"
            out.extend(((), actor) for actor in self._appended_act(verb.head))
        for child in children:
            dep = child.dep_
            if (dep in rules.OBJECT_DEPS and child.pos_ != "ADP") or (
                dep == "xcomp" and _nominal_gerund(child)
            ):
                if skip_objects:
                    continue
                for obj in _with_conjuncts(child):
                    if obj.ent_type_ == "MONEY" or obj.lemma_.lower() in rules.CURRENCY_NOUNS:
                        obj = _content_noun(obj)  # "pledged 500 million euros in aid to X": the aid
                    if lemma in rules.UNDERGOING_VERBS and (
                        _lemma(obj) in rules.NOMINAL_EVENTS or _split_modifier(obj) is not None
                    ):
                        continue  # "faced Russian attacks": the event's own frame says who did what
                    out.extend(self._path(obj, (), 0, wished=wished))
            elif (
                dep == "prep" or (dep == "agent" and with_agent) or (dep == "dative" and child.pos_ == "ADP")
            ):
                prep = child.lower_
                if prep == "among" and lemma in rules.COPULAS:
                    # "Canada is among Haiti's largest donors": as "is one of", so "is a donor of"
                    for pobj in (g for g in _children(child) if g.dep_ == "pobj"):
                        if not self._actors_of(pobj):
                            out.extend(self._path(pobj, (), 0, wished=wished))
                    continue
                if any(_concessive(prep, _lemma(g)) for g in _children(child) if g.dep_ == "pobj"):
                    continue  # "filled the dam over the objections of X": the objection's own frame
                if _inside_name(child) or _co_agent_prep(child) or _helpers(child) or _attendance(child):
                    continue  # "with the help of X": X's own frame says it; "met with Chinese
                    # participation": China is there, not the one met
                manner = _manner_object(child)
                if manner is not None:
                    # "notes with deep concern the blockade by X", its object parsed in apposition
                    if not skip_objects:
                        for obj in _with_conjuncts(manner):
                            out.extend(self._path(obj, (), 0, wished=wished))
                    continue
                if (prep in rules.NON_PARTICIPANT_PREPS and not _out_of(child)) or (
                    prep in rules.LOCATIVE_PREPS
                    and lemma not in rules.LOCATIVE_VERBS
                    and not (theme and theme[-1] in rules.LOCATIVE_VERBS)
                    and not (
                        # "the strikes launched by Russia in Syria": the participle's noun is its theme
                        verb.dep_ == "acl"
                        and verb.tag_ == "VBN"
                        and _lemma(verb.head) in rules.LOCATIVE_VERBS
                    )
                    and not (prep == "at" and theme and theme[-1] in rules.EMOTION_NOUNS)
                    and not (prep == "at" and aimed)
                    and not (
                        prep in rules.VICINITY_PREPS and theme and theme[-1] in rules.SHOW_OF_FORCE_NOUNS
                    )
                    and not _in_manner(child)
                ):
                    continue  # but "voiced dismay at X", "kept troops in X", "fired at X", "lashed out at X"
                owned = any(_owned_by_pronoun(g) for g in _children(child) if g.dep_ == "pobj")
                if (has_actor_object and (lemma in rules.ADDRESSEE_VERBS or owned)) or (
                    owned and prep == "for" and theme and theme[-1] in rules.GRATITUDE_NOUNS
                ):
                    # "thanked Ghana for its support to Mali": the support is Ghana's, as in
                    # "expressed gratitude to Ghana for its support"; "condemned Chad over the
                    # strike on Niger": Chad is the one condemned
                    continue
                if prep in rules.TOPIC_PREPS and (
                    lemma in rules.RECIPROCAL_VERBS
                    or (lemma in rules.SPEECH_VERBS and lemma not in rules.REACTION_VERBS)
                ):
                    continue  # "spoke on Mali": a topic, not a participant; but "complained about X"
                if child.i < verb.i and _fronted(child, verb):
                    continue  # "On Mali, the Minister stressed …": a sentence adverbial
                if prep == "to" and child.i > verb.i and _sent_by_someone(verb):
                    continue  # "condemned Iran's supply of drones to Russia": where the drones go
                for each in _coordinated_preps(child):
                    # "to the families and to the Government of Somalia, as well as to Uganda"
                    for pobj in _children(each):
                        if pobj.dep_ == "pobj":
                            for obj in _with_conjuncts(pobj):
                                out.extend(self._path(obj, (*theme, each.lower_), 0, wished=wished))
                        elif pobj.dep_ == "pcomp" and pobj.pos_ in ("NOUN", "PROPN"):
                            out.extend(self._path(pobj, (*theme, each.lower_), 0, wished=wished))
                        elif pobj.dep_ == "prep" and each.lower_ == "out" and pobj.lower_ == "of":
                            # "walked out of the talks with X", "pulled out of the deal with X"
                            for inner in (g for g in _children(pobj) if g.dep_ == "pobj"):
                                out.extend(self._path(inner, (*theme, "out", "of"), 0, wished=wished))
            elif dep == "attr" and lemma in rules.COPULAS:
                if not self._actors_of(child):
                    out.extend(self._path(child, (), 0, wished=wished))
            elif dep == "acomp" and child.pos_ == "ADJ":
                # "is wary of X", "remains committed to X"
                adjective = child.lemma_.lower()
                for prep in _children(child):
                    if prep.dep_ not in ("prep", "agent") or (
                        prep.lower_ in rules.NON_PARTICIPANT_PREPS and prep.lower_ not in ("of", "by")
                    ):
                        continue  # but "wary of X", "critical of X", "deeply concerned by X"
                    if prep.lower_ in rules.LOCATIVE_PREPS:
                        continue  # "calm in the face of X"
                    for pobj in _children(prep):
                        if pobj.dep_ == "pobj":
                            for obj in _with_conjuncts(pobj):
                                out.extend(self._path(obj, (adjective, prep.lower_), 0, wished=wished))
            elif (
                dep == "ccomp"
                and child.tag_ == "VBG"
                and lemma not in rules.SPEECH_VERBS
                and not any(c.dep_ in ("mark", "aux") for c in _children(child))
            ):
                # "China opposes the US overstretching …", "welcomed Chile joining": the one
                # whose doing it is
                for subject in _children(child):
                    if subject.dep_ == "nsubj" and subject.pos_ in ("PROPN", "NOUN"):
                        for obj in _with_conjuncts(subject):
                            out.extend(self._path(obj, (), 0, wished=wished))
            elif dep == "ccomp" and lemma in rules.BARE_INFINITIVE_VERBS and _bare_infinitive(child):
                # "helped Niger resolve the dispute": the one helped is the clause's subject
                for subject in _children(child):
                    if subject.dep_ == "nsubj":
                        for obj in _with_conjuncts(subject):
                            out.extend(self._path(obj, (), 0, wished=wished))
            elif dep == "ccomp" and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in _children(child)):
                # "denounced what she called Peru's decision": the thing so called
                for named in _children(child):
                    if named.dep_ in ("oprd", "attr", "xcomp") and named.pos_ in ("NOUN", "PROPN"):
                        out.extend(self._path(named, (), 0, wished=wished))
            elif (
                dep in ("advcl", "ccomp", "xcomp")
                and _is_infinitive(child)
                and _for_subject(child) is not None
            ):
                # "called for the junta to hand over power"
                for obj in _with_conjuncts(_for_subject(child)):
                    out.extend(self._path(obj, ("for",), 0, wished=wished))
            elif (
                dep == "ccomp"
                and _is_infinitive(child)
                and (
                    lemma in rules.OBJECT_CONTROL_VERBS
                    or (
                        lemma in rules.PREP_CONTROL_VERBS
                        and any(_orphan_particle(c) for c in _children(verb))
                    )
                )
            ):
                # "expect Yemen to free the crew" parsed with "Yemen" as the subject of "free"
                inner = _subject_token(child)
                if inner is not None:
                    for subj in _with_conjuncts(inner):
                        out.extend(self._path(subj, (), 0, wished=wished))
            elif dep == "ccomp" and lemma in rules.MANDATIVE_VERBS:
                # "requested that the AU convene a meeting": the AU is asked; but "insisted that the
                # Houthis take their own decisions" asserts, unless its verb is bare or "should"
                inner = _subject_token(child)
                asserting = lemma in rules.CLAIM_CLAUSE_VERBS and not (
                    child.tag_ == "VB" or any(c.lower_ == "should" for c in _children(child))
                )
                if not asserting and (
                    (inner is not None and child.tag_ in ("VB", "VBP"))
                    or any(c.dep_ == "mark" and c.lower_ == "that" for c in _children(child))
                ):
                    for subj in _with_conjuncts(inner) if inner is not None else []:
                        if self._actors_of(subj):
                            out.append(((), subj))
        if (
            verb.dep_ == "relcl"
            and _lemma(verb.head) in rules.CLAIM_NOUNS
            and not any(c.dep_ in rules.OBJECT_DEPS for c in _children(verb))
        ):
            # "X accused Y of …, a charge Z denied": Z denies the charge the clause hangs on
            out.extend(self._path(verb.head, (), 0, wished=wished))
        out.extend(self._target_places(out, lemma))
        place = _where_antecedent(verb) if lemma in rules.LOCATIVE_VERBS else None
        if place is not None:
            # "the towns in Chad, where Libya keeps troops": in that place
            targets = [place] if self._actors_of(place) else _prep_objects(place, "in")
            out.extend(((*theme, "in"), t) for t in targets if self._actors_of(t))
        if lemma in rules.DISAPPROVAL_VERBS or (lemma in rules.WARNING_VERBS and has_actor_object):
            # "condemned the violence against X", "warned China against pressure on X": X is
            # the victim, not the one condemned or warned
            out = [p for p in out if not _victim_path(p[0])]
        if lemma in rules.RECEIVING_VERBS:
            # "faced resistance from X": the event noun's own statement says it
            out = [p for p in out if not _received_path(p[0])]
        reasons = [p for p in out if _reason_path(p[0], theme)]
        if reasons and len(reasons) < len(out):
            # "slapped sanctions on Iran over drone supplies to Russia": Russia is in the reason
            out = [p for p in out if not _reason_path(p[0], theme)]
        return out

    def _target_places(self, paths: Sequence[_Path], lemma: str) -> list[_Path]:
        """The state where a target was struck, which the parser hangs on the target's name:
        "struck the PKK in northern Iraq", "strikes against the PKK in Iraq" → strike in Iraq."""
        out: list[_Path] = []
        for words, end in paths:
            if isinstance(end, Actor) or not (
                lemma in rules.LOCATIVE_VERBS or any(w in rules.LOCATIVE_VERBS for w in words)
            ):
                continue
            theme = words[:-1] if words and words[-1] in rules.TARGET_PREPS else words
            out.extend(((*theme, "in"), place) for place in self._states_in(end))
        return out

    def _named_in(self, token: Token) -> list[Token]:
        """The actors a phrase that is none itself stands for: "the M23 armed group" → M23."""
        return [end for words, end in self._path(token, (), 1) if not words and not isinstance(end, Actor)]

    def _states_in(self, token: Token) -> list[Token]:
        """The states named by a token's "in" phrase: "in northern Iraq", "in South Kivu
        province of the Congo", "near Djibo, in northern Burkina Faso"."""
        out: list[Token] = []
        for place in _prep_objects(token, "in"):
            for each in (place, *_prep_objects(place, "of"), *_prep_objects(place, "in")):
                actors = self._actors_of(each)
                if actors and all(a.type is ActorType.COUNTRY for a in actors):
                    out.append(each)
                    break
        return out

    def _path(
        self, token: Token, prefix: tuple[str, ...], depth: int, *, wished: bool = False
    ) -> list[_Path]:
        """The token itself if it is an actor, else paths through it to the actors it leads to.

        ``wished``: the governing verb asks for the event ("demand sanctions on X"), so a
        state's adjective on an event noun is not its agent ("AU sanctions").
        """
        if self._actors_of(token):
            if _owned_by_pronoun(token) and (self._is_body(token.lower_) or self._is_role(token.lemma_)):
                # "reopened its embassy in Damascus", "recalled its ambassador from Madrid": the
                # subject's own body or official leads on
                further = self._path_through(token, prefix, depth, wished=wished)
                if further:
                    return further
            found = self._actors_of(token)
            if len(found) == 1 and found[0].type is ActorType.TERRITORY and not prefix:
                # "seized Crimea from Ukraine": the territory, and the state it was taken from
                return [(prefix, token), *self._path_through(token, prefix, depth, wished=wished)]
            return [(prefix, token)]
        return self._path_through(token, prefix, depth, wished=wished)

    def _path_through(
        self, token: Token, prefix: tuple[str, ...], depth: int, *, wished: bool = False
    ) -> list[_Path]:
        """The paths through a noun (or a gerund) that is not an end of the statement itself."""
        if _partitive(token):
            # "fired at one of its boats", "expelled some of the Japanese diplomats": those of whom
            # a part is meant
            return [
                p for o in _prep_objects(token, "of") for p in self._path(o, prefix, depth, wished=wished)
            ]
        gerund = _nominal_gerund(token)  # "condemned shelling by X", parsed as a verb
        if _split_modifier(token) is not None:
            return []  # "Israeli air and artillery strikes": the strikes, its conjunct, lead on
        if depth >= rules.MAX_PATH_NOUNS or not (
            token.pos_ in ("NOUN", "PROPN") or (token.tag_ == "VBG" and token.dep_ == "pcomp") or gerund
        ):
            return []
        if token.ent_type_ == "PERSON" and not is_place_kind(token.text):
            return []  # a person the article does not resolve leads nowhere (but "Rakhine State")
        lemma = _lemma(token)
        words = _noun_words(token)
        event = lemma in rules.NOMINAL_EVENTS or gerund
        symmetric = lemma in rules.SYMMETRIC_NOUNS
        if lemma not in rules.STANCE_NOUNS:
            agents = _named_possessors(token)
            if event:
                agents.extend(_relative_holders(token))  # "the drills (that) China held"
            # "fired at its boats", "crossed into our territory", "attacked our villages" (in a
            # quotation): the owner the pronoun stands for is the one harmed
            if (lemma in rules.SOVEREIGN_NOUNS and _entered(token)) or _struck(token):
                harmed: tuple[str, ...] = ("its", "our")
            else:
                harmed = ("its",) if _target_of(token) is not None else ()
            agents.extend(
                c
                for c in _children(token)
                if c.dep_ == "poss" and (c.lower_ in harmed or self._thanked_for_backing(c) is not None)
            )
            if event and not symmetric:
                # "condemned the invasion by X", "the raids conducted by X": the agent
                # stands for the event; "the attack, for which X claimed responsibility"
                agents.extend(_event_by(token))
                agents.extend(_claimants(token))
                agents.extend(_split_owners(token))
                if lemma in rules.PATIENT_OF_NOUNS and not agents:
                    agents.extend(_agents_on_patient(token))  # "the downing of a drone by Algeria"
                if not agents and self._sent is not None:
                    # "accused X of deploying soldiers … and demanded their withdrawal": the forces'
                    agents.extend(
                        c
                        for c in _children(token)
                        if c.dep_ == "poss" and c.lower_ == "their" and self._forces_before(c)
                    )
                # "the raids conducted by X" (not "an exchange overseen by the ICRC")
                agents.extend(_participle_agents(token))
                for child in _children(token):
                    if (
                        not wished
                        and child.dep_ in ("compound", "amod")
                        and child.ent_type_ in rules.OWNER_ENTITY_LABELS
                    ):
                        # "criticized the Kenyan sanctions", "the Israeli and American strikes"
                        agents.extend(_with_listed(child))
            agents = [a for a in agents if self._actors_of(a)] or self._others_own(token)
            if agents:
                # "denounce Chad's strike" → denounce Chad; "welcome Chile's decision"; "condemned
                # their attacks" after "X and Y fired rockets"
                head = prefix or (() if event else (*words, "of"))
                return [(head, a) for a in agents]
            if not event:
                for child in _children(token):
                    if (
                        child.dep_ == "acl"
                        and child.tag_ == "VBN"
                        and child.lemma_.lower() in rules.HOLDER_VERBS
                    ):
                        # "seized a village claimed by X": the holder of the thing
                        holders = [a for a in _prep_objects(child, "by") if self._actors_of(a)]
                        if holders:
                            return [((*prefix, *words, child.lower_, "by"), a) for a in holders]
            joined = token.dep_ == "dobj" and token.head.lemma_.lower() in rules.SUPPORT_VERBS
            # "not joined those strikes"; "accused Y of …, a charge Z denied"
            earlier = (
                ()
                if joined
                else self._earlier_event(token, lemma)
                or self._appositive_claim(token, lemma)
                or self._appended_act(token)
            )
            if earlier:
                # "deplored the test" after "Chad's missile test": the same event;
                # "denied the claim" after "Chad claimed …": Chad's claim
                # "welcomed the meeting" after "X and Y met": the meeting of each
                plain = event and lemma not in rules.CLAIM_NOUNS and not symmetric
                head = prefix or (() if plain else (*words, "of"))
                return [(head, a) for a in earlier]
        elif lemma in rules.SUBMISSION_NOUNS:
            # "upheld the second preliminary objection" after "the objections raised by Honduras"
            earlier = self._earlier_event(token, lemma)
            if earlier:
                return [(prefix or (*words, "of"), a) for a in earlier]
        out: list[_Path] = []
        if lemma in rules.NAMED_PLACE_NOUNS:
            named = [
                t
                for t in _prep_objects(token, "of")
                if self._actors_of(t) and all(self.gazetteer.named(a.name) for a in self._actors_of(t))
            ]
            if named:
                # "the Georgian regions of South Ossetia and Abkhazia": the places named
                return [((*prefix, *words, "of"), t) for t in named]
            named = [
                c
                for c in _children(token)
                if c.dep_ == "compound"
                and c.pos_ == "PROPN"
                and self._actors_of(c)
                and all(self.gazetteer.named(a.name) for a in self._actors_of(c))
            ]
            if named:
                # "the Taiwan region", also "China's Taiwan region": the place the name names
                return [(prefix, t) for t in named]
        if (symmetric or not event) and lemma not in rules.UNOWNED_NOUNS:
            hyphen = _hyphen_owners(token)  # "a Greek-flagged tanker"
            # "her Polish and Latvian counterparts": each adjective
            listed = [
                c
                for a in _children(token)
                if a.dep_ == "amod" and a.n_rights and _is_owner_adjective(a)
                for c in _with_listed(a)[1:]
            ]
            for child in (*_children(token), *listed, *hyphen):
                # "Nigerian vessels", "Algerian gas", "Omani talks": a state's adjective; "PKK
                # targets", "Houthi positions": a name in front of what it owns
                owned = (
                    child.dep_ == "compound"
                    and child.pos_ == "PROPN"
                    and (
                        lemma in rules.OWNED_NOUNS
                        # "the US decision", "the EU plan": its maker's
                        or lemma in rules.MADE_ACT_NOUNS
                        # (a state's: "the Rafah crossing" is named after its town)
                        or (lemma in rules.FRONTIER_NOUNS and self._names_only(child, ActorType.COUNTRY))
                    )
                )
                if (
                    _is_owner_adjective(child) or owned or child in hyphen or child in listed
                ) and self._actors_of(child):
                    out.append(((*prefix, lemma, "with" if symmetric else "of"), child))
            if out and not symmetric:
                return out
        elsewhere: list[_Path] = []  # paths through a preposition other than "of"
        owned = False  # whether "of" led to an actor
        for child in _children(token):
            dep = child.dep_
            if dep in ("acl", "relcl", "advcl") and _is_infinitive(child):
                inner = _for_subject(child)
                if inner is not None:
                    # "a call for the junta to hand over power"
                    for obj in _with_conjuncts(inner):
                        out.extend(self._path(obj, (*prefix, *words, "for"), depth + 1, wished=wished))
                continue
            if dep == "prep":
                prep = child.lower_
                if (
                    symmetric and prep in rules.TOPIC_PREPS and not (lemma == "call" and prep == "on")
                ) or _inside_name(child):
                    continue  # nor "for" of "the Democratic Forces for the Liberation of Rwanda"; but
                    # "renewed its call on X" is an appeal to X
                if (prep != "of" and prep in rules.NON_PARTICIPANT_PREPS) or _helpers(child):
                    continue  # nor "a deal with the help of X"
                if (
                    prep in rules.LOCATIVE_PREPS
                    and lemma not in rules.LOCATIVE_VERBS
                    and _lemma(_content_noun(token)) not in rules.LOCATIVE_VERBS
                    and not (prep == "at" and lemma in rules.EMOTION_NOUNS)
                    and not (prep == "in" and lemma in rules.PEACE_NOUNS and not _settled(token))
                    and not (prep in rules.VICINITY_PREPS and lemma in rules.SHOW_OF_FORCE_NOUNS)
                    and not (prep == "in" and lemma in rules.TARGET_NOUNS and token.dep_ == "dobj")
                    and not (prep == "in" and _honouring(child))
                    and not (prep == "in" and lemma in rules.RESIDENT_NOUNS)
                ):
                    continue  # but "outrage at X"; "hundreds of strikes in X" are strikes in X;
                    # "drills around Taiwan" are aimed at it; "his counterparts in X" are X's
                if prep == "by" and event:
                    continue
                # "hundreds of strikes in Iraq": the strikes are in Iraq
                said = words if prep == "of" else _noun_words(_content_noun(token))
                # "condolences to the family … and to Zambia", the second "to" a conjunct of the first
                for pobj in (g for each in _coordinated_preps(child) for g in _children(each)):
                    if pobj.dep_ == "pobj" or (pobj.dep_ == "pcomp" and pobj.tag_ == "VBG"):
                        # a gerund leads on as a noun would: "concern over shelling from X"
                        for obj in _with_conjuncts(pobj):
                            found = self._path(obj, (*prefix, *said, prep), depth + 1, wished=wished)
                            if prep != "of":
                                elsewhere.extend(found)
                            else:
                                owned = owned or bool(found)
                            out.extend(found)
        if owned and elsewhere and event and not symmetric and lemma not in rules.STANCE_NOUNS:
            # "condemned the transfer of Iranian drones to Russia": the transfer is Iran's; where
            # it went is said by the event's own statement (Iran – transfer drone to – Russia)
            dropped = {id(e) for e in elsewhere}
            out = [p for p in out if id(p) not in dropped]
        if lemma in rules.RULE_NOUNS or (not out and lemma in rules.LOCATIVE_VERBS):
            # "the persecution of minorities in Myanmar", "the arrest of American journalists in
            # Russia": the state where it happens, when the parser hangs the place on the ones
            # it happens to
            for theme in _prep_objects(token, "of"):
                if not self._actors_of(theme):
                    out.extend(((*prefix, *words, "in"), place) for place in self._states_in(theme))
        if not out and prefix and lemma in rules.COMMUNICATION_NOUNS:
            # "has not responded to our note": the note's author, when it leads nowhere else
            owners = [
                c for c in _children(token) if c.dep_ == "poss" and c.lower_ in rules.POSSESSIVE_PRONOUNS
            ]
            if owners and self._actors_of(owners[0]):
                out.append(((*prefix, *words, "of"), owners[0]))
        if not out and not (event and not symmetric and lemma not in rules.STANCE_NOUNS):
            # "rejected the plan put forward by X", "welcomed the treaty signed by X and Y": who
            # made the thing, when it leads nowhere else (an event's agents are read above)
            authors = [a for a in _participle_agents(token) if self._actors_of(a)]
            out.extend(((*prefix, *words, "of"), a) for a in authors)
        if lemma in rules.STANCE_NOUNS and (
            not out
            or (
                lemma in rules.NOMINAL_EVENTS
                and token.dep_ == "dobj"
                and token.head.lemma_.lower() in rules.JUDGING_VERBS
            )
        ):
            # "praised Oman's constructive role", "appreciate Beijing's principled position": a
            # stance about nothing named is about whoever holds it; "criticised China's support
            # for Russia" is about China too
            holders = [c for c in _named_possessors(token) if self._actors_of(c)] or self._others_own(token)
            out.extend(((*prefix, *words, "of"), h) for h in holders)
        return out

    def _others_own(self, noun: Token) -> list[Token]:
        """ "their" on the object of a verb whose subject is someone else, when it stands for a group
        the text named: "Peru and Chile agreed to talk. The OAS welcomed their commitment …" (not
        "X and Y reaffirmed their cooperation", whose own subjects "their" names)."""
        owner = next((c for c in _children(noun) if c.dep_ == "poss" and c.lower_ == "their"), None)
        verb = noun.head
        if (
            owner is None
            or noun.dep_ != "dobj"  # (not "supports the democratic forces in their efforts")
            or not any(c.dep_ == "nsubj" for c in _children(verb))  # (nor "X and Y, standing by their ally")
            or owner.i in self._quoted
        ):
            return []
        words = self._subjects(verb)[0]
        if len(words) != 1 or (
            not isinstance(words[0], Actor)
            and (words[0].tag_ in ("NNS", "NNPS") or words[0].lower_ in ("they", "we"))
        ):
            return []  # "Afghanistan and Pakistan exchanged fire along their border": their own
        owners = {a.name for a in self._actors_of(owner)}
        subjects = {a.name for a in self._resolve_all(words)}
        return [owner] if owners and len(subjects) == 1 and not owners & subjects else []

    def _speaker(self, verb: Token) -> Token | None:
        """The speaker when the verb is inside reported speech."""
        current = verb
        for _ in range(8):
            head = current.head
            if head == current:
                break
            dep = current.dep_
            if dep in ("ccomp", "parataxis") and head.lemma_ in rules.SPEECH_VERBS:
                return _subject_token(head) or _first(self._subjects(head)[0])
            if dep == "pcomp" and head.dep_ == "prep" and head.head.lemma_ in rules.SPEECH_VERBS:
                return _subject_token(head.head)
            if dep in ("ROOT",):
                break
            current = head
        if verb.i in self._quoted:
            return self._quote_speaker(verb)
        return None

    # nouns

    def _noun_frames(self, noun: Token, lemma: str) -> Iterator[_Frame]:
        """ "Chad's strike on Niger", "talks between X and Y", "X's call with Y"."""
        verb = rules.NOMINAL_EVENTS[lemma]
        if lemma in rules.RELATIONSHIP_NOUNS and noun.dep_ in ("nsubj", "nsubjpass"):
            # "relations between X and Y have soured": X sours relations with Y; "… are tense":
            # X has tense relations with Y (what became of them, not merely that they exist)
            state = noun.head
            said = [c for c in _children(state) if c.dep_ == "acomp" and c.pos_ in ("ADJ", "VERB")]
            if state.lemma_ in rules.COPULAS:
                if said:
                    verb = f"have {said[0].lower_} {noun.lower_}"
            elif state.pos_ == "VERB" and (
                noun.dep_ == "nsubj" or _lemma(state) in rules.RELATIONSHIP_PASSIVES
            ):
                verb = f"{_lemma(state)} {noun.lower_}"  # (not "the ties were praised")
        symmetric = lemma in rules.SYMMETRIC_NOUNS
        entered: str | None = None  # what an incursion sends in, named by its "of"
        agents: list[Token] = []
        partners: list[Token] = []  # "with" a symmetric noun
        between: list[Token] = []  # "between" or "among"
        patients: list[tuple[str, tuple[str, ...], Token]] = []
        for child in _event_children(noun):
            dep = child.dep_
            if dep == "poss":
                agents.extend(_with_conjuncts(child))
            elif dep in ("amod", "compound", "nmod") and (
                child.ent_type_ in rules.OWNER_ENTITY_LABELS or child.pos_ == "PROPN"
            ):
                agents.extend(_hyphenated(child))
            elif dep == "compound" and child.pos_ == "NOUN":
                # "Russian missile strikes", the demonym hung on the compound
                agents.extend(
                    g
                    for g in _children(child)
                    if g.dep_ == "amod" and g.ent_type_ in rules.OWNER_ENTITY_LABELS
                )
            elif dep == "prep":
                prep = child.lower_
                pobjs = [
                    t
                    for c in _children(child)
                    if c.dep_ == "pobj"
                    for t in _with_conjuncts(c)
                    # "his visit to Tehran and his meeting with X": another event, not a place
                    if t == c or t.pos_ != "NOUN" or _lemma(t) not in rules.NOMINAL_EVENTS
                ]
                if prep == "by":
                    agents.extend(pobjs)
                    if not symmetric:
                        # "attacks by the M23 movement on Congolese troops", "on" hung on the agent
                        patients.extend(
                            (target, w, t)
                            for p in pobjs
                            if self._actors_of(p)
                            for target in rules.TARGET_PREPS
                            for x in _prep_objects(p, target)
                            for w, t in self._path(x, (), 1)
                        )
                elif symmetric and prep in ("between", "among"):
                    between.extend(pobjs)
                elif (lemma, prep) in rules.NOMINAL_PREP_RELATIONS or (
                    symmetric and prep in ("with", "to") and lemma in ("call", "visit", "phone")
                ):
                    patients.extend((prep, w, t) for p in pobjs for w, t in self._path(p, (), 1))
                elif symmetric:
                    if prep == "with":
                        partners.extend(p for p in pobjs if self._actors_of(p))
                    elif prep in rules.HOSTILE_PREPS:  # "the war against X" has a side
                        patients.extend((prep, w, t) for p in pobjs for w, t in self._path(p, (), 1))
                    elif prep == "of":
                        # "Russia's war of aggression against Ukraine": the side hangs on "aggression"
                        patients.extend(
                            (hostile, w, t)
                            for p in pobjs
                            if _lemma(p) in rules.NOMINAL_EVENTS
                            for hostile in rules.HOSTILE_PREPS
                            for x in _prep_objects(p, hostile)
                            for w, t in self._path(x, (), 1)
                        )
                elif prep == "between" or (prep == "over" and lemma in rules.OVERFLIGHT_NOUNS):
                    # "mediation between X and Y": each of them; "a launch over Japan"
                    patients.extend((prep, w, t) for p in pobjs for w, t in self._path(p, (), 1))
                elif prep == "of" and lemma not in rules.PATIENT_OF_NOUNS:
                    agents.extend(p for p in pobjs if self._actors_of(p))
                    # "the launch of a missile over Japan": what the event is of leads on
                    patients.extend(
                        (prep, w, t) for p in pobjs if not self._actors_of(p) for w, t in self._path(p, (), 1)
                    )
                elif prep in rules.NOMINAL_PATIENT_PREPS and (
                    prep != "in" or lemma in rules.LOCATIVE_PATIENT_NOUNS
                ):
                    patients.extend((prep, w, t) for p in pobjs for w, t in self._path(p, (), 1))
                elif prep in rules.BORDER_PREPS and lemma in rules.SENDING_NOUNS:
                    # "the deployment of troops near the border with Guyana"
                    patients.extend(
                        (prep, w, t)
                        for p in pobjs
                        if _lemma(p) in rules.BORDER_NOUNS
                        for w, t in self._path(p, (), 1)
                    )
        if lemma in rules.LOCATIVE_VERBS and not symmetric:
            # "the offensive by M23 in South Kivu province of the Congo", "strikes against the PKK in
            # Iraq": the state it happened in, the "in" often hung on the agent's or target's name
            by = _event_by(noun)
            placed = [noun, *by, *(t for _p, _w, t in patients if not isinstance(t, Actor))]
            if by and (
                not _prep_objects(noun, "by")
                or (  # (or only the "in", right after the event's phrase)
                    noun.dep_ == "dobj"
                    and any(
                        c.dep_ == "prep" and c.lower_ == "in" and c.i == noun.right_edge.i + 1
                        for c in _children(noun.head)
                    )
                )
            ):
                placed.append(noun.head)  # "condemned the offensive by X in Y", all hung on the verb
            patients.extend(("in", (), place) for t in placed for place in self._states_in(t))
        agents.extend(_split_owners(noun))  # "Russian drone and missile attacks"
        if not agents and lemma in rules.PATIENT_OF_NOUNS:
            agents.extend(_agents_on_patient(noun))  # "the downing of a Malian drone by Algeria"
        if not agents and not symmetric:
            agents.extend(_claimants(noun))  # "the attack on X, which was claimed by Y"
        if not agents and (lemma in rules.SENDING_NOUNS or lemma in rules.ENTRY_NOUNS):
            # "the deployment of Venezuelan troops", "the sale of American jets to Taiwan": whose
            # troops or jets they are sends them
            sent = [
                p
                for p in _prep_objects(noun, "of")
                if _lemma(p) in rules.OWNED_NOUNS and self._actors_of(p) and not _owned_by_pronoun(p)
            ]
            # "the sale of US weapons", "the export of Ukrainian grain": the goods' owner
            goods = [p for p in _prep_objects(noun, "of") if _lemma(p) in rules.SENT_GOODS]
            owners = [
                owner
                for p in goods
                for owner in _children(p)
                if owner.dep_ in ("amod", "compound", "poss", "nmod") and self._actors_of(owner)
            ]
            agents.extend(sent + owners)
            patients = [x for x in patients if x[2] not in sent and x[2] not in goods and x[2] not in owners]
            if sent and lemma in rules.ENTRY_NOUNS:
                # "the incursion of Russian drones into Polish airspace": Russia sent them there
                entered = _lemma(sent[0])
        if not agents and not symmetric and noun.dep_ == "dobj" and _active(noun.head):
            # "has drawn strikes by X and Y on Houthi positions", the "by" and "on" hung on the
            # active verb: they are the event's
            agents.extend(t for t in _prep_objects(noun.head, "by") if self._actors_of(t))
            if agents and not patients:
                patients.extend(
                    (target, w, t)
                    for target in rules.TARGET_PREPS
                    for x in _prep_objects(noun.head, target)
                    if x.ent_type_ not in ("DATE", "TIME")  # "on 12 May"
                    for w, t in self._path(x, (), 1)
                )
        if agents and not patients and not symmetric and noun.dep_ == "dobj" and _active(noun.head):
            # "condemned the incursion by Rwandan soldiers into Zambian territory", the "into"
            # hung on the verb: the event's target
            patients.extend(
                (target, w, t)
                for target in rules.TARGET_PREPS
                for x in _prep_objects(noun.head, target)
                if x.ent_type_ not in ("DATE", "TIME")
                for w, t in self._path(x, (), 1)
            )
        if (
            agents
            and not patients
            and lemma in rules.DESTINATION_NOUNS
            and noun.dep_ == "dobj"
            and _active(noun.head)
        ):
            # "criticised the delivery of American tanks to Ukraine", "condemned US arms sales to
            # Taiwan": the "to" hung on the verb is where they go
            patients.extend(
                ("to", w, t) for x in _prep_objects(noun.head, "to") for w, t in self._path(x, (), 1)
            )
        # "by the M23 armed group": the name the group is called by
        agents = [e for a in agents for e in ([a] if self._actors_of(a) else self._named_in(a))]
        if not agents and not symmetric:
            credited = _credited(noun)
            if credited:
                # "Kenya thanked Japan for its assistance": Japan assists Kenya
                agents = [t for t in credited if self._actors_of(t)]
                if (
                    agents
                    and not patients
                    and lemma in rules.BENEFIT_NOUNS
                    and not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in _children(noun))
                ):
                    # (not "thanked Japan for its support to the mission": the mission's)
                    credit = noun.head.head
                    hung = [o for o in _prep_objects(credit, "to") if o.i > noun.i]
                    if hung:
                        # "commended Kenya for its support to Haiti", with "to Haiti" hung on
                        # the verb: the support goes there
                        patients = [("to", w, t) for x in hung for w, t in self._path(x, (), 1)]
                    else:
                        patients = [("", (), t) for t in self._subjects(credit)[0]]
        if lemma in rules.INVITATION_NOUNS and agents and not patients:
            # "At the invitation of X, Y paid a visit to Z": X invited Y; "held consultations at
            # Estonia's request": Estonia asked them
            patients.extend(("", (), t) for t in self._invited(noun))
        if (
            lemma in rules.HOSTED_NOUNS
            and agents
            and not patients
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in rules.HOSTING_VERBS
        ):
            # "The Conference welcomed the visit of the Prime Minister of India": to its host
            patients.extend(("to", (), t) for t in self._subjects(noun.head)[0] if self._actors_of(t))
        if not agents and not partners and noun.dep_ in rules.OBJECT_DEPS:
            received = self._received_from(noun, verb)
            if received is not None:
                yield received
                return
        if agents and not partners and not patients:
            undergone = self._undergone(noun, verb, agents)
            if undergone is not None:
                yield undergone
                return
        if not agents and not partners:
            agents = self._outer_agents(noun)
        elif agents and self._said_by_governing_verb(noun, agents):
            return  # "voiced her backing for X": the verb's own statement says it
        if _prospective(noun):
            return  # "called for talks between X and Y": no talks are asserted
        source = self._speaker(noun.head) if noun.head != noun else None
        source = source or self._source
        outer = _outer_event(noun)
        if outer is not None:
            # "the restoration of relations between X and Y": the outer event says what happened
            verb = f"{outer} {_lemma(noun)}"
        if (
            symmetric
            and partners
            and not agents
            and noun.dep_ == "pobj"
            and noun.head.lower_ in rules.TIME_PREPS
        ):
            # "Modi, speaking after talks with his Japanese counterpart, said …": who speaks
            # held the talks
            agents = [t for t in self._governing_subjects(noun) if self._actors_of(t)]
        if (
            not agents
            and patients
            and lemma in rules.HOSTED_NOUNS
            and noun.dep_ == "pobj"
            and noun.head.lower_ in rules.VISITING_PREPS
        ):
            # "praised the plan during a visit to Rabat", "The Indian minister, on a visit to
            # Tokyo, signed …": the one who does it there is the visitor
            carrier = noun.head.head
            carriers = [carrier] if carrier.dep_ in rules.SUBJECT_DEPS else self._governing_subjects(noun)
            if carrier.pos_ != "VERB" or _lemma(carrier) not in rules.JOURNEY_VERBS:
                agents = [t for t in carriers if self._actors_of(t)]  # ("travel to X on a visit")
        if symmetric and not patients:
            # "talks between X and Y", "Chile-Peru relations": the parties among themselves;
            # "X's talks with Y and Z": X with each of them
            parties = agents + between
            if len(self._resolve_all(parties)) >= 2:
                yield _Frame(tuple(parties), verb, (), noun, source=source, reciprocal=True)
            if agents and partners:
                yield _Frame(tuple(agents), f"{verb} with", tuple(partners), noun, source=source)
            return
        if not agents:
            return
        theme = _of_theme(noun) if lemma in rules.PATIENT_OF_NOUNS else ""
        for prep, words, patient in patients:
            relation = rules.NOMINAL_PREP_RELATIONS.get((lemma, prep))
            if entered is not None:
                relation = f"send {entered} {prep or 'into'}"
            elif relation is None:
                relation = verb if prep in ("", "of", "on", "against", "into", "upon") else f"{verb} {prep}"
                if prep == "against" and " " in verb:
                    relation = f"{verb} {prep}"  # "wage war against", "commit aggression against"
                if theme and prep != "of":
                    relation = f"{verb} {theme} {prep}"
            yield _Frame(tuple(agents), _join_relation(relation, words), (patient,), noun, source=source)

    def _relational_frames(self, noun: Token, lemma: str) -> Iterator[_Frame]:
        """ "Canberra's allies, Fiji and Tonga", "Laos, Vietnam's closest ally"; "China, a major
        investor in Thailand" (one way: China invests)."""
        prep, relation = rules.GIVING_RELATIONAL_NOUNS.get(lemma) or ("of", rules.RELATIONAL_NOUNS[lemma])
        for child in _children(noun):
            if child.dep_ in ("compound", "amod") and child.lower_ in rules.RELATIONAL_MODIFIERS:
                relation = rules.RELATIONAL_MODIFIERS[child.lower_]
        holder_noun = anchor = noun
        while anchor.dep_ == "conj":
            anchor = anchor.head  # "a partner of X and a major investor in Y": one described
        if not any(c.dep_ == "poss" for c in _children(noun)) and noun.dep_ == "conj" and prep == "of":
            holder_noun = noun.head  # "closest ally and largest trading partner" share the possessor
        holders: list[Token] = []
        for child in _children(holder_noun):
            if child.dep_ == "poss":
                holders.extend(_with_conjuncts(child))
            elif child.dep_ == "prep" and child.lower_ == prep:
                holders.extend(t for c in _children(child) if c.dep_ == "pobj" for t in _with_conjuncts(c))
        members: list[Token] = []
        for child in _children(noun):
            if child.dep_ in ("amod", "compound") and child.ent_type_ in rules.OWNER_ENTITY_LABELS:
                members.append(child)  # "our Fijian allies"
            elif child.dep_ == "appos" or (child.dep_ == "conj" and child.pos_ == "PROPN"):
                members.extend(_with_conjuncts(child))
        if anchor.dep_ == "appos":
            members.append(anchor.head)  # "Laos, Vietnam's ally"
        elif (anchor.dep_ == "attr" and anchor.head.lemma_ == "be") or (
            anchor.dep_ == "pobj" and anchor.head.lower_ == "among" and anchor.head.head.lemma_ == "be"
        ):
            # "Fiji is Australia's ally", "Canada is among Haiti's largest donors"
            anchor = anchor if anchor.dep_ == "attr" else anchor.head
            subject = _subject_token(anchor.head)
            if subject is not None:
                members.extend(_with_conjuncts(subject))  # "Fiji is Australia's ally"
        members = [m for m in members if self._actors_of(m)]
        holders = [h for h in holders if self._actors_of(h)]
        if not holders and noun.tag_ == "NNS" and anchor.dep_ == "attr" and len(members) >= 2:
            # "India and Pakistan are bitter rivals", "China and Cambodia are ironclad friends":
            # each to the other, the first named with the others, in the text's words
            holders, members = members[:1], members[1:]
            said = [c.lower_ for c in _lefts(noun) if c.dep_ == "amod" and c.pos_ == "ADJ"]
            relation = " ".join(("be", *said, noun.lower_, "with"))
        for holder in holders:
            for member in members:
                if lemma in rules.GIVING_RELATIONAL_NOUNS or member.i < holder.i:
                    first, second = member, holder  # one way, or in the order written
                else:
                    first, second = holder, member
                yield _Frame((first,), relation, (second,), noun)

    def _declared_frames(self, first: Token) -> Iterator[_Frame]:
        """ "Peru declared the Mexican ambassador persona non grata", "two diplomats were declared
        persona non grata by Peru": read from the words, since the parser cuts the phrase up."""
        doc = first.doc
        sent = self._sent or first.sent
        for words, relation in rules.DECLARED_PHRASES.items():
            end = first.i + len(words)
            if end > sent.end or tuple(t.lower_ for t in doc[first.i : end]) != words:
                continue
            verb = next(
                (
                    t
                    for t in reversed(doc[sent.start : first.i])
                    if t.lemma_ == "declare" and t.pos_ == "VERB"
                ),
                None,
            )
            if verb is None:
                return
            span = doc[verb.i + 1 : first.i]
            declared = [
                t
                for t in span
                if t.pos_ in ("NOUN", "PROPN")
                and not (span.start <= t.head.i < span.end)
                and self._actors_of(t)
            ]
            subjects, patients = self._subjects(verb)
            if patients:
                # "were declared persona non grata by Peru": the agent may hang anywhere after it
                declared = patients
                subjects = subjects or [
                    obj
                    for t in doc[end : sent.end]
                    if t.lower_ == "by"
                    for g in _children(t)
                    if g.dep_ == "pobj"
                    for obj in _with_conjuncts(g)
                ]
            if subjects and declared:
                yield _Frame(
                    tuple(subjects),
                    relation,
                    tuple(declared),
                    verb,
                    _negated(verb),
                    _hypothetical(verb),
                    self._speaker(verb) or self._source,
                )
            return

    def _sponsor_frames(self, word: Token) -> Iterator[_Frame]:
        """ "X-backed Y" → X – back – Y; "the AU-mediated talks" between two parties."""
        sponsor = word.nbor(-2) if word.i >= 2 else None
        if sponsor is None or not self._actors_of(sponsor):
            return
        found = self.gazetteer.sponsor(f"{sponsor.text}-{word.text} {word.head.text}")
        if found is None:
            return
        _, verb = found
        if verb in rules.SPONSOR_RELATIONS_SKIPPED:
            return
        target = word.head
        if self._actors_of(target):
            yield _Frame((sponsor,), verb, (target,), word)
            return
        lemma = target.lemma_.lower()
        if lemma not in rules.SYMMETRIC_NOUNS:
            return
        parties: list[Token] = []
        for child in _children(target):
            if child.dep_ == "acl":
                parties.extend(self._subjects(child)[0])
            elif child.dep_ == "prep" and child.lower_ in ("between", "among", "with"):
                parties.extend(t for c in _children(child) if c.dep_ == "pobj" for t in _with_conjuncts(c))
        if not parties:
            parties = self._governing_subjects(target)
        if parties:
            yield _Frame((sponsor,), f"{verb} {lemma} with", tuple(parties), word)

    def _conceded(self, noun: Token, lemma: str) -> _Frame | None:
        """ "Ethiopia filled the dam despite objections from Egypt and Sudan", "over the objections
        of X", "amid criticism from X": those who object do it to the one who acts regardless."""
        prep = noun.head
        if noun.dep_ != "pobj" or not _concessive(prep.lower_, lemma):
            return None
        if any(c.dep_ == "prep" and c.lower_ not in ("from", "of", "by") for c in _children(noun)):
            return None  # "amid protests by X against Y": whom the protests are against, said
        governor = prep.head
        if governor.pos_ not in ("VERB", "AUX"):
            return None
        owners = [c for c in _children(noun) if c.dep_ in ("amod", "compound") and _is_owner_adjective(c)]
        givers = [
            t
            for c in (
                *_named_possessors(noun),
                *owners,  # "despite Western protests"
                *(o for p in ("from", "of", "by") for o in _prep_objects(noun, p)),
            )
            for t in _with_conjuncts(c)
            if self._actors_of(t)
        ]
        doers = [t for t in self._subjects(governor)[0] if self._actors_of(t)]
        if not givers or not doers:
            return None
        verb = rules.NOMINAL_EVENTS.get(lemma) or rules.OBJECTION_VERBS[lemma]
        return _Frame(tuple(givers), verb, tuple(doers), noun)

    def _received_from(self, noun: Token, verb: str) -> _Frame | None:
        """ "Chad faced sanctions from the AU", "the plan drew criticism from X": the one it
        comes "from" does it to the subject of the receiving verb."""
        governor = noun.head
        if governor.lemma_.lower() not in rules.RECEIVING_VERBS:
            return None
        givers = [
            t for t in _prep_objects(noun, "from") + _prep_objects(governor, "from") if self._actors_of(t)
        ]
        receivers: list[Token | Actor] = [
            r
            for subject in self._subjects(governor)[0]
            # "Russia's attack on Kyiv drew condemnation from X": the attack's agent; "the move
            # drew criticism from X" after "Russia vetoed the draft": the act's doer
            for r in (
                [subject]
                if self._actors_of(subject)
                else self._noun_agents(subject) or self._earlier_event(subject, _lemma(subject))
            )
        ]
        if not givers or not receivers:
            return None
        return _Frame(tuple(givers), verb, tuple(receivers), noun, negated=_negated(governor))

    def _undergone(self, noun: Token, verb: str, agents: list[Token]) -> _Frame | None:
        """ "Ukraine faces Russian attacks", "Somalia endured attacks by al-Shabaab", "Kharkiv came
        under shelling by X": the agents do it to the subject of the verb of undergoing."""
        governor = noun.head
        if noun.dep_ == "conj" and governor.dep_ in rules.OBJECT_DEPS:
            governor = governor.head  # "faces drone and missile attacks"
        elif noun.dep_ == "pobj" and governor.lower_ == "under":
            governor = governor.head  # "came under fire"
        elif noun.dep_ not in rules.OBJECT_DEPS:
            return None
        if _lemma(governor) not in rules.UNDERGOING_VERBS and not (
            governor.lemma_ == "come" and noun.head.lower_ == "under"
        ):
            return None
        receivers = [t for t in self._subjects(governor)[0] if self._actors_of(t)]
        if not receivers:
            return None
        return _Frame(tuple(agents), verb, tuple(receivers), noun, negated=_negated(governor))

    def _said_by_governing_verb(self, noun: Token, agents: list[Token]) -> bool:
        """Whether a possessive pronoun's noun is the object of a verb of the same actor: "voiced
        her backing for X", "denied any involvement of its forces in …"."""
        if not all(a.lower_ in rules.POSSESSIVE_PRONOUNS or _owned_by_pronoun(a) for a in agents):
            return False
        verb = _governing_verb(noun)
        if verb is None:
            return False
        if any(c.dep_ == "dobj" and c != noun and self._actors_of(c) for c in _children(verb)):
            return False  # "briefed her on his visit to Tehran": the verb's statement is with her
        owners = set(self._resolve_all(agents))
        return bool(owners) and bool(owners & set(self._resolve_all(self._subjects(verb)[0])))

    def _invited(self, noun: Token) -> list[Token]:
        """The subjects of the clause that "at the invitation of X" hangs on (also when the parser
        hung it on the verb's object: "held consultations at Estonia's request")."""
        prep = noun.head
        governor = prep.head
        if governor.pos_ in ("NOUN", "PROPN") and governor.dep_ in rules.OBJECT_DEPS:
            governor = governor.head
        if (
            noun.dep_ != "pobj"
            or prep.lower_ not in ("at", "upon", "on")
            or governor.pos_ not in ("VERB", "AUX")
        ):
            return []
        return self._subjects(governor)[0]

    def _outer_agents(self, noun: Token) -> list[Token]:
        """The agent of an event noun inside another noun's phrase: "Chad's difficulties in
        invading", "Chile's share in trade with Peru"."""
        head = noun.head
        if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ("in", "of", "for"):
            return []
        outer = head.head
        if outer.pos_ not in ("NOUN", "PROPN") or outer.lemma_.lower() in rules.NOMINAL_EVENTS:
            return []
        return [c for c in _children(outer) if c.dep_ == "poss" and self._actors_of(c)]

    def _named_actor(self, token: Token) -> bool:
        """Whether a token names a person, or a state or organisation the gazetteer knows
        ("of the Philippines", not "of the Commission")."""
        found = self._actors_of(token)
        if not token.ent_type_ or len(found) != 1:
            return False
        return found[0].type is ActorType.PERSON or self.gazetteer.named(found[0].name) is not None

    def _operative_speaker(self, verb: Token) -> tuple[Actor, ...]:
        """The document's voice for a verb that opens a sentence with no subject in the
        present tense ("1. Condemns …", "(b) Calls on …", "Welcomes …" and its conjuncts) or
        as a participle ("Welcoming …,"): the operative and preambular clauses of a resolution
        or communiqué, whose body says them."""
        voice = self.voice
        if voice is None or verb.i in self._quoted or not (voice.state or voice.parties):
            return ()
        clause = verb
        for _ in range(4):
            # "Condemns the incursion … and calls on …", the second verb hung on the noun
            if clause.dep_ == "ROOT" or (clause.dep_ != "conj" and clause.pos_ in ("VERB", "AUX")):
                break
            clause = clause.head
        before = clause.doc[clause.sent.start : clause.i]
        opener = clause
        if clause.dep_ == "ROOT" and clause.tag_ == "VB" and before and before[-1].text == "To":
            # "RESOLVES: 1. To reaffirm …, 2. To urge …": an operative paragraph in the infinitive
            before, opener = before[:-1], before[-1]
        elif clause.dep_ != "ROOT" or not (
            clause.tag_ in ("VBZ", "NNS", "VBG")  # (a preambular "Welcoming the engagement of X,")
            or (clause.tag_ in ("VB", "VBP") and clause.lower_.endswith("s"))
        ):
            return ()
        marks = [
            t for t in before if t.tag_ in ("LS", "CD", "_SP") or t.is_punct or _LIST_MARK.fullmatch(t.text)
        ]
        # "2. Strongly condemns …", "Further calls on …": an adverb may open the clause
        words = [t for t in before if t not in marks]
        if not all(t.tag_ in ("RB", "RBR") and t.dep_ == "advmod" for t in words):
            return ()
        if not (words[0] if words else opener).text[:1].isupper():
            return ()
        if clause.tag_ == "VBG" and (
            clause.lemma_.lower() in rules.PREAMBLE_FORMULAS
            or next((t.text for t in reversed(clause.sent) if not t.is_space), "") != ","
        ):
            return ()  # a preambular clause ends with a comma (not a title "Condemning Violence …")
        return voice.parties or (voice.state,)

    def _casualty_doers(self, verb: Token) -> list[Token]:
        """The doers of the clause of time that says how an agentless passive of harm came about:
        "were wounded when an Israeli drone hit their post", "… when their post was hit by an
        Israeli drone" (the drone); none when the clause names no actor as its doer."""
        if _lemma(verb) not in rules.CASUALTY_VERBS:
            return []
        for clause in _children(verb):
            if clause.dep_ == "advcl" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in rules.CASUALTY_MARKS for m in _children(clause)
            ):
                doers = [
                    s for s in self._subjects(clause)[0] if not isinstance(s, Actor) and self._actors_of(s)
                ]
                if doers:
                    return doers
        return []

    def _implicit_agent(self, verb: Token) -> Actor | None:
        """Who does what an agentless passive says: the state whose ministry an envoy "was
        summoned to"; in an official statement, the issuing state or organisation for its own
        acts ("The incidents have been reported to NATO")."""
        lemma = verb.lemma_.lower()
        if lemma in rules.FORCE_MOVING_VERBS:
            # "North Korean troops have been deployed to Russia", "Ethiopian troops have not been
            # withdrawn from Somalia": by the state whose troops they are
            owners = {
                a
                for sent in _children(verb)
                if sent.dep_ == "nsubjpass" and _lemma(sent) in rules.FORCE_NOUNS
                for a in self._actors_of(sent)
            }
            if len(owners) == 1:
                owner = owners.pop()
                return owner if owner.type in (ActorType.COUNTRY, ActorType.ORGANIZATION) else None
        if lemma in rules.DETENTION_VERBS:
            # "German nationals detained in Iran", "two Britons were arrested in Iran": the state
            # where they are held
            places = {_state_of(a) for o in _prep_objects(verb, "in") for a in self._actors_of(o)}
            if len(places) == 1:
                place = places.pop()
                return place if place is not None and place.type is ActorType.COUNTRY else None
        if lemma in rules.SUMMON_VERBS or lemma in rules.EXPEL_VERBS:
            hosts = [a for o in _prep_objects(verb, "to") for a in self._actors_of(o)] or [
                a
                for envoy in _children(verb)
                if envoy.dep_ == "nsubjpass" and envoy.lemma_.lower() in rules.ENVOY_NOUNS
                for o in _prep_objects(envoy, "to")
                for a in self._actors_of(o)
            ]
            if len(hosts) == 1 and hosts[0].type is ActorType.COUNTRY:
                return hosts[0]
            speaker = None if hosts else self._speaker(verb) or self._source
            if speaker is not None:
                # "Poland said the Russian ambassador was summoned": by the state that says so
                states = {_state_of(a) for a in self._actors_of(speaker)}
                envoys = {
                    _state_of(a)
                    for envoy in _children(verb)
                    if envoy.dep_ == "nsubjpass"
                    for a in self._actors_of(envoy)
                }
                if len(states) == 1:
                    state = states.pop()
                    if state is not None and state.type is ActorType.COUNTRY and state not in envoys:
                        return state
        voice = self.voice.state if self.voice is not None else None
        if voice is None or lemma not in rules.OFFICIAL_ACTS or verb.i in self._quoted:
            return None
        if verb.dep_ == "acl":
            return None  # "the deployment of troops, reported since Monday": by anyone
        return voice

    def _governing_parties(self, noun: Token) -> list[Token]:
        """The subjects of the verb a noun hangs on, and whom they deal "with": "X restored
        relations with Y in a deal brokered by Z" (X and Y)."""
        head = _verb_above(noun)
        if head is None or _lemma(head) in rules.STANCE_VERBS:
            return []  # (not "Kenya and Uganda welcomed the ceasefire brokered by Qatar")
        partners = [
            t
            for holder in (head, *_direct_objects(head))
            for t in _prep_objects(holder, "with")
            if t.i < noun.i and self._actors_of(t)
        ]
        return self._subjects(head)[0] + partners

    def _governing_subjects(self, noun: Token) -> list[Token]:
        """The subjects of the verb a noun is the object of ("engage in the dialogue")."""
        head = _verb_above(noun)
        return self._subjects(head)[0] if head is not None else []


# --- parse helpers (pure functions of the parse) ------------------------------------------


def _words_only(lemma: str) -> bool:
    """Whether a verb's CAMEO class is one of words, not deeds (rules.WORD_ROOTS: statements,
    appeals, disapproval, threats: "warn", "accuse", "summon", "urge")."""
    event = events.classify(lemma)
    return event is not None and event.code[:2] in rules.WORD_ROOTS


def _ent_label(ent: Span) -> str:
    """An entity's label, but a "person" the text gives an article is a place ("the Bosphorus",
    "the Danube", "the Sahel")."""
    label = ent.label_
    if label == "PERSON" and ent.start > 0:
        before = ent.doc[ent.start - 1]
        if before.lower_ == "the" and before.dep_ == "det":
            return "GPE"
    return label


def _describes(token: Token) -> bool:
    """Whether a noun is a definite description of a state or organisation ("the alliance",
    "the kingdom"), as a possessor."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN"
        and (lemma in rules.STATE_DESCRIPTIONS or lemma in rules.ORGANIZATION_DESCRIPTIONS)
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in _children(token))
    )


def _mention_rank(token: Token) -> int:
    """How salient a mention is: 0 the subject of the main clause, 1 another subject, 2 an
    object, 3 anything else (later references prefer the lower)."""
    dep = token.dep_
    if dep == "conj":
        dep = token.head.dep_
        token = token.head
    if dep in ("nsubj", "nsubjpass"):
        return 0 if token.head.dep_ == "ROOT" else 1
    if dep in ("dobj", "pobj", "dative", "attr"):
        return 2
    return 3


def _clause_of(token: Token) -> int:
    """The index of the verb whose clause a token is in (its nearest verbal head)."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            return current.i
        current = current.head
    return current.i


def _outer_event(noun: Token) -> str | None:
    """The verb of a change noun whose "of" object is a relationship: "the restoration of (diplomatic)
    relations" → "restore"."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of" or noun.lemma_.lower() not in rules.SYMMETRIC_NOUNS:
        return None
    return rules.CHANGE_NOUNS.get(head.head.lemma_.lower())


def _standing(verb: Token) -> Token | None:
    """The noun of "at odds", "at war" on a verb when no "with" says with whom (the subjects,
    then, stand so with each other)."""
    for prep in _children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "at" and _in_manner(prep):
            noun = next(c for c in _children(prep) if c.dep_ == "pobj")
            if not any(c.dep_ == "prep" and c.lower_ == "with" for c in _children(noun)):
                return noun
    return None


def _named_machine(token: Token) -> Token | None:
    """The machine noun a proper name names ("vessel" of "the vessel Nordlys", "tanker" of "the
    tanker Eagle S"): a ship's or aircraft's name is no actor. None for any other word."""
    if token.pos_ != "PROPN":
        return None
    head = token
    while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head  # "Eagle" of "Eagle S."
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and _lemma(head.head) in rules.ASSET_NOUNS:
        return head.head  # "the fishing vessel Nordlys", the name in apposition
    return next(
        (
            c
            for c in _lefts(head)
            if c.dep_ == "compound" and c.pos_ == "NOUN" and _lemma(c) in rules.ASSET_NOUNS
        ),
        None,
    )


def _honouring(prep: Token) -> bool:
    """ "a dinner in honour of X": "in" before "honour", which leads on to the one honoured."""
    return any(c.dep_ == "pobj" and c.lower_ in ("honour", "honor") for c in _children(prep))


def _emphasis(prep: Token) -> bool:
    """ "in the strongest terms", "in no uncertain terms": how something is said, which the
    parser may hang on the noun said of."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(c.dep_ == "pobj" and _lemma(c) in rules.EMPHASIS_NOUNS for c in _children(prep))
    )


def _in_manner(prep: Token) -> bool:
    """ "in coordination with X", "in response to X", "in solidarity with X", "at odds with X",
    "at war with X": "in" or "at" before a noun of manner or relation, which leads on to a
    participant, rather than before a place."""
    nouns = rules.MANNER_NOUNS if prep.lower_ == "in" else rules.STANDING_NOUNS if prep.lower_ == "at" else ()
    return _honouring(prep) or any(
        c.dep_ == "pobj" and c.pos_ == "NOUN" and _lemma(c) in nouns for c in _children(prep)
    )


def _has_clause_roles(token: Token) -> bool:
    """Whether a word has a subject and an object of its own, as only a verb has."""
    deps = {c.dep_ for c in _children(token)}
    return "nsubj" in deps and bool(deps & {"dobj", "dative"})


def _finite_under_root(verb: Token) -> bool:
    """A verb the parser hung on a noun that it made the root of a sentence with no other verb
    ("The UN chief called on …"): the sentence's own predicate, with the noun as its subject."""
    return (
        verb.dep_ == "acl"
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and (
            verb.tag_ in ("VBD", "VBZ")
            or (verb.tag_ == "VBN" and not any(c.dep_ in ("agent", "auxpass") for c in _children(verb)))
        )
    )


def _reduced_passive(verb: Token, subjects: list[Token]) -> tuple[list[Token], list[Token]]:
    """A participle with a subject and a "by" agent but no auxiliary is a passive: "Hungary
    Criticized By EU" (a headline's) → the EU criticizes Hungary. (subjects, patients)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in _children(verb)):
        return subjects, []
    if any(c.dep_ in ("aux", "auxpass") for c in _children(verb)):
        return subjects, []  # "Chad has criticized …": active
    # the grammatical subjects, with their conjuncts; the agents hang on "by"
    patients = [t for t in subjects if t.dep_ in rules.SUBJECT_DEPS or t.head.dep_ in rules.SUBJECT_DEPS]
    agents = [t for t in subjects if t not in patients]
    return (agents, patients) if patients and agents else (subjects, [])


def _comma_listed(verb: Token, subjects: list[Token]) -> list[Token]:
    """Names listed with a comma before the subject, as headlines coordinate ("Vietnam,
    Philippines Agree To …"): the parser hangs them on the verb as modifiers."""
    first = min(subjects, key=lambda t: t.i).left_edge
    doc = verb.doc
    out = []
    for child in _children(verb):
        if (
            child.dep_ in ("npadvmod", "dep", "nmod", "appos")
            and (child.pos_ == "PROPN" or child.ent_type_ in ("GPE", "ORG"))  # "Philippines" as a noun
            and child.i + 2 == first.i
            and doc[child.i + 1].text == ","
        ):
            out.append(child)
    return out


def _split_modifier(noun: Token) -> Token | None:
    """The event noun a bare noun modifies with it, which the parser coordinated instead:
    "Russian drone and missile attacks" → "attacks" for "drone"."""
    if noun.tag_ != "NN":
        return None
    for conj in _children(noun):
        if (
            conj.dep_ == "conj"
            and conj.tag_ == "NNS"
            and _lemma(conj) in rules.NOMINAL_EVENTS
            and any(c.dep_ == "compound" for c in _children(conj))
        ):
            return conj
    return None


def _split_owners(noun: Token) -> list[Token]:
    """The state adjectives of an event noun the parser split from its modifier: "Israeli" of
    "Israeli air and artillery strikes"."""
    if noun.dep_ != "conj" or _split_modifier(noun.head) != noun:
        return []
    return [
        c
        for c in _children(noun.head)
        if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ in rules.OWNER_ENTITY_LABELS)
    ]


def _event_children(noun: Token) -> tuple[Token, ...]:
    """A noun's children, with the prepositions the parser hung on the modifier split from it
    ("Israeli air and artillery strikes on Lebanon", "on" on "air")."""
    if _split_owners(noun) or (noun.dep_ == "conj" and _split_modifier(noun.head) == noun):
        return (*_children(noun), *(c for c in _children(noun.head) if c.dep_ == "prep"))
    return _children(noun)


def _hyphenated(token: Token) -> list[Token]:
    """A modifier with the names joined to it by hyphens: "Chile-Peru" parsed as "Chile"
    modifying "Peru" gives both."""
    out = [token]
    for child in _lefts(token):
        if (
            child.dep_ in ("compound", "nmod", "amod")
            and child.pos_ == "PROPN"
            and child.i + 2 == token.i
            and token.doc[child.i + 1].text in rules.HYPHENS
        ):
            out[:0] = _hyphenated(child)
    return out


def _role_key(token: Token) -> str:
    """The key of a title in the memory of unnamed office-holders: a capitalised title as written
    ("minister" of "the Minister"), a common noun by its lemma ("envoy" of "its special envoys")."""
    return token.lower_ if token.tag_ == "NNP" else _lemma(token)


def _singular_verb(verb: Token) -> bool:
    """Whether a finite verb agrees with one subject only: "has", "is", "was", "makes"."""
    finite = [verb, *(c for c in _children(verb) if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in finite)


def _same_side(subj: Actor, obj: Actor) -> bool:
    """A statement between an actor and itself, or a person and their own state (a group
    of a state, such as a warring army, may well act against it)."""
    if subj.name == obj.name:
        return True
    if subj.type is ActorType.TERRITORY and subj.affiliation == obj:
        return True  # "the Essequibo, which makes up two-thirds of Guyana": a part of its state
    if subj.type is ActorType.PERSON and subj.affiliation == obj and obj.type is ActorType.COUNTRY:
        return True
    return obj.type is ActorType.PERSON and obj.affiliation == subj and subj.type is ActorType.COUNTRY


def _partitive(token: Token) -> bool:
    """A number or quantifier that picks a part of what its "of" names: "one of", "some of"."""
    return (
        (
            token.pos_ == "NUM"
            or token.lower_ in rules.QUANTIFIERS
            # "thousands of Afghans" (but "hundreds of strikes in Iraq" are strikes there)
            or (
                token.lower_ in rules.NUMBER_NOUNS
                and not any(_lemma(o) in rules.NOMINAL_EVENTS for o in _prep_objects(token, "of"))
            )
        )
        and token.ent_type_ in ("", "CARDINAL")  # (not "10 percent of", "two days of")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in _children(token))
    )


def _in_noun_clause(token: Token, outside: Token) -> bool:
    """Whether a token is in a participle or relative clause on a common noun ("the ceasefire
    brokered by Qatar") that does not hold ``outside``."""
    current = token
    for _ in range(8):
        if current.dep_ in ("acl", "relcl") and current.head.pos_ == "NOUN":
            return outside not in current.subtree
        if current.head == current:
            return False
        current = current.head
    return False


def _bare_definite(noun: Token, *, coordinated: bool = False) -> bool:
    """ "the ship", maybe with a clause between commas ("the ship, which had been escorting
    fishing boats,"), but nothing that says whose or which it is; with ``coordinated``, also
    with a conjunct ("the rebels and Kinshasa")."""
    children = _children(noun)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    doc = noun.doc
    return all(
        (c.dep_ == "det" and c.lower_ == "the")
        or c.dep_ == "punct"
        or (coordinated and c.dep_ in ("cc", "conj"))
        or (c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
        for c in children
    )


def _owned_by_pronoun(noun: Token) -> bool:
    """ "its support", "their efforts": a noun with a possessive pronoun."""
    return any(c.dep_ == "poss" and c.lower_ in rules.POSSESSIVE_PRONOUNS for c in _children(noun))


def _victim_path(words: tuple[str, ...]) -> bool:
    """Whether a path runs through a harm noun to the one harmed: ("violence", "against")."""
    return any(
        w in rules.HARM_NOUNS and i + 1 < len(words) and words[i + 1] in rules.VICTIM_PREPS
        for i, w in enumerate(words)
    )


def _received_path(words: tuple[str, ...]) -> bool:
    """Whether a path runs through an event noun to whoever it comes from: ("resistance", "from")."""
    return any(
        w in rules.NOMINAL_EVENTS and i + 1 < len(words) and words[i + 1] == "from"
        for i, w in enumerate(words)
    )


def _hyphen_owners(token: Token) -> list[Token]:
    """The state's adjective of an ownership participle in front of a noun: "Greek" of "a
    Greek-flagged tanker", "Chinese" of "Chinese-owned mines"."""
    return [
        g
        for child in _children(token)
        if child.dep_ == "amod" and child.lower_ in rules.OWNERSHIP_PARTICIPLES
        for g in _children(child)
        if g.i == child.i - 2 and g.ent_type_ in rules.OWNER_ENTITY_LABELS
    ]


def _is_owner_adjective(child: Token) -> bool:
    """A state's adjective in front of a noun ("Nigerian vessels"); a name used as a
    modifier ("the Yemen conference", "U.K. readiness") names a topic, not an owner."""
    return (
        child.dep_ in ("amod", "compound", "nmod")
        and child.ent_type_ == "NORP"
        and (child.pos_ != "PROPN" or child.lower_.endswith(rules.DEMONYM_ENDINGS))
    ) or (child.dep_ == "amod" and child.ent_type_ in rules.OWNER_ENTITY_LABELS)


def _verb_above(token: Token) -> Token | None:
    """The nearest verb above a token, within three steps up."""
    current = token
    for _ in range(3):
        head = current.head
        if head == current:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        current = head
    return None


def _noun_ancestors(token: Token) -> list[Token]:
    """A token and the words above it up to the verb it hangs on."""
    out = [token]
    while (
        out[-1].head != out[-1]
        and out[-1].dep_ not in rules.SUBJECT_DEPS
        and out[-1].head.pos_ not in ("VERB", "AUX")
    ):
        out.append(out[-1].head)
    return out


def _entered(noun: Token) -> bool:
    """Whether a noun is what its verb acts on or goes into ("violated its airspace", "sailed into
    its waters"), not where it happens ("fired missiles off its coast")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in rules.ENTRY_NOUNS:
        return True  # "the violation of its airspace"
    return noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ in rules.ENTRY_PREPS)


def _struck(noun: Token) -> bool:
    """Whether a noun is the object of an act of force: "attacked our villages", "shelled its
    posts"."""
    return (
        noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and _of_roots(_lemma(noun.head), rules.FORCE_ROOTS)
    )


def _target_of(noun: Token) -> Token | None:
    """The verb whose target a noun is, through "at", "on", "against" and a part ("one of")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _partitive(noun.head.head):
        noun = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in rules.TARGET_PREPS and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _speech_head(verb: Token) -> Token | None:
    """The verb of saying a clause is the content of: "said" of "X said a ship fired at …"."""
    head = verb.head
    if verb.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in rules.SPEECH_VERBS:
        return head
    said = [
        c
        for c in _children(verb)
        if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in rules.SPEECH_VERBS
    ]
    return said[0] if said else None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition."""
    head = noun.head
    if noun.dep_ in rules.OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _prospective(noun: Token) -> bool:
    """Whether an event noun is only wished for or kept from happening: "support a partnership",
    "demand sanctions", "blocked the sanctions". Not an event under way that its named doer is
    backed in: "supports the mediation by Qatar", "backed Türkiye's mediation"; nor one the text
    says is under way ("backed the ongoing talks between X and Y") or has taken place ("discussed
    the negotiations between X and Y")."""
    if any(c.dep_ == "amod" and c.lower_ in rules.UNDER_WAY_MARKS for c in _children(noun)):
        return False
    if (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in rules.REVIEWING_VERBS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in _children(noun))
    ):
        return False
    if (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in rules.ENDORSING_GOVERNORS
        and _lemma(noun) in rules.ONGOING_NOUNS
        and any(
            d.ent_type_ in rules.OWNER_ENTITY_LABELS or d.pos_ == "PROPN"
            for d in (*(c for c in _children(noun) if c.dep_ == "poss"), *_prep_objects(noun, "by"))
        )
    ):
        return False
    current = noun
    for _ in range(3):
        if current.dep_ not in ("dobj", "pobj", "prep", "xcomp", "attr"):
            return False
        head = current.head
        if head == current:
            return False
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "NOUN", "AUX", "ADJ") and (
            lemma in rules.PROSPECTIVE_GOVERNORS or lemma in rules.PREVENTING_GOVERNORS
        ):
            return True
        if head.pos_ == "NOUN" and lemma in rules.FEARED_GOVERNORS:
            return True
        if head.pos_ in ("VERB", "AUX"):
            # "Kazakhstan's proposal to host talks between X and Y": the talks are proposed;
            # "offered to host talks between X and Y", "plans to hold a summit with X": offered
            return (head.dep_ == "acl" and head.head.lemma_.lower() in rules.INTENTION_NOUNS) or (
                head.dep_ == "xcomp" and head.head.lemma_.lower() in rules.PROSPECTIVE_GOVERNORS
            )
        current = head
    return False


def _of_type(group: Sequence[Actor], need: str) -> tuple[Actor, ...]:
    """The members of a group that fit a plural reference ("the two countries")."""
    if not need:
        return tuple(group)
    if need == "person":
        return tuple(a for a in group if a.type is ActorType.PERSON)
    out: list[Actor] = []
    for actor in group:
        state = _state_of(actor)
        if state is not None and state not in out:
            out.append(state)
    return tuple(out)


def _first(tokens: Sequence[Token]) -> Token | None:
    return tokens[0] if tokens else None


def _subject_token(verb: Token) -> Token | None:
    for child in _children(verb):
        if child.dep_ in rules.SUBJECT_DEPS or child.dep_ in rules.PASSIVE_SUBJECT_DEPS:
            return child
    return None


def _for_subject(clause: Token) -> Token | None:
    """The subject of a "for X to V" clause."""
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in _children(clause)):
        return None
    return _subject_token(clause)


def _phrase_lemma(token: Token) -> str:
    """A plural noun's singular lemma with its compound ("Member States" → "member state")."""
    words = [c.lower_ for c in _lefts(token) if c.dep_ == "compound"]
    return " ".join([*words, _singular(token.lemma_.lower())])


def _with_acronym(ent: Span) -> str:
    """An organisation's name with the acronym in brackets right after it, which the actor keeps
    as its code: "Democratic Forces for the Liberation of Rwanda (FDLR)"."""
    doc = ent.doc
    end = ent.end
    if (
        ent.label_ == "ORG"
        and end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and doc[end + 1].text.isupper()
    ):
        return doc[ent.start : end + 3].text
    return ent.text


def _inside_name(word: Token) -> bool:
    """Whether a word is inside the name of an actor, not a word of the sentence's own."""
    return word.ent_type_ in rules.ACTOR_ENTITY_LABELS and word.ent_iob_ == "I"


def _manner_object(prep: Token) -> Token | None:
    """The object of "noted with concern the blockade", which the parser hangs in apposition on
    the feeling: "with" + a feeling noun + an apposed noun, when the verb has no object."""
    if prep.lower_ != "with" or any(c.dep_ in rules.OBJECT_DEPS for c in _children(prep.head)):
        return None
    for feeling in _children(prep):
        if feeling.dep_ == "pobj" and feeling.lemma_.lower() in rules.EMOTION_NOUNS:
            return next((c for c in _children(feeling) if c.dep_ == "appos"), None)
    return None


def _unnamed_title(token: Token) -> bool:
    """A capitalised title with no name after it: "the Venezuelan Ambassador" (but not the
    "Minister" of "Foreign Minister Karim Haddad")."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.ent_type_ != "PERSON"


def _co_agent_prep(prep: Token) -> bool:
    """ "together with X", "along with X", "alongside X": X does it too."""
    if prep.dep_ != "prep":
        return False
    word = prep.lower_
    if word == "alongside":
        return True
    return word == "with" and prep.i > 0 and prep.doc[prep.i - 1].lower_ in rules.CO_AGENT_WORDS


def _active(verb: Token) -> bool:
    """A verb in the active voice (no passive auxiliary, no passive subject)."""
    return verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in _children(verb)
    )


def _bare_infinitive(verb: Token) -> bool:
    """ "(helped X) resolve": a bare infinitive, also when tagged as a present verb."""
    return verb.tag_ == "VB" or (
        verb.tag_ == "VBP" and not any(c.dep_ in ("aux", "mark", "neg") for c in _children(verb))
    )


def _help_phrases(verb: Token) -> list[tuple[str, list[Token]]]:
    """(help noun, helpers) of the phrases of help on a verb or its object: "reached a deal
    with the help of the UN"."""
    out = []
    for holder in (verb, *_direct_objects(verb)):
        for prep in _children(holder):
            helpers = _helpers(prep)
            if helpers:
                noun = next(c for c in _children(prep) if c.dep_ == "pobj")
                out.append((_lemma(noun) if _lemma(noun) in rules.HELP_NOUNS else noun.lower_, helpers))
    return out


def _helpers(prep: Token) -> list[Token]:
    """Who helped, named by "with the help of X", "under the auspices of X", "through the
    mediation of X"."""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "under", "through", "thanks"):
        return []
    return [
        t
        for noun in _children(prep)
        if noun.dep_ == "pobj" and (_lemma(noun) in rules.HELP_NOUNS or noun.lower_ in rules.HELP_NOUNS)
        # "with the help of X", "with Qatari mediation"
        for t in (*_prep_objects(noun, "of"), *(c for c in _children(noun) if _is_owner_adjective(c)))
    ]


def _with_listed(adjective: Token) -> tuple[Token, ...]:
    """An adjective with those coordinated to it: "Polish and Latvian", "Israeli and American"
    (adjectives, which _with_conjuncts leaves out)."""
    return (adjective, *(c for c in _children(adjective) if c.dep_ == "conj"))


def _example_preps(token: Token) -> list[Token]:
    """The words after which a noun may list its examples: its own, and those of the verb it is
    the object of when the parser hangs "including" there ("urged the authorities, including X")."""
    own = _children(token)
    if token.dep_ != "dobj":
        return list(own)
    return [*own, *(c for c in _children(token.head) if c.i > token.i)]


def _ranked(noun: Token) -> bool:
    """Whether a noun is ranked: "the first country", "the only state", "the third nation"."""
    return any(
        (c.dep_ == "amod" and c.ent_type_ == "ORDINAL") or c.lower_ in rules.RANK_WORDS for c in _lefts(noun)
    )


def _ranking_copula(noun: Token) -> Token | None:
    """The copula that ranks its subject by a noun: "X is among the <noun>", "X is one of the
    <noun>", "X is the only / the first <noun>"; else None."""
    if noun.dep_ == "attr" and noun.head.lemma_ in rules.COPULAS:
        # "China is the only major government that has not condemned …"
        return noun.head if _ranked(noun) else None
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "among" and prep.head.lemma_ in rules.COPULAS:
        return prep.head
    one = prep.head
    if (
        prep.lower_ == "of"
        and one.lower_ == "one"
        and one.dep_ in ("attr", "nsubj")
        and one.head.lemma_ in rules.COPULAS
    ):
        return one.head
    return None


def _asked(token: Token, text: str) -> bool:
    """Whether a word is in an interview's question: a line of its document's ``text`` that
    begins "Q:" or "Question:"."""
    start = text.rfind("\n", 0, token.idx) + 1
    return _QUESTION_LINE.match(text, start) is not None


def _relative_object(verb: Token) -> tuple[Token, ...]:
    """The noun a relative clause's verb has for its object through the relative pronoun or
    none at all: "the drills that China held", "the drills China held"; else nothing."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.head.i > verb.i:
        return ()
    objects = [c for c in _children(verb) if c.dep_ in rules.OBJECT_DEPS]
    if all(c.lower_ in rules.RELATIVE_PRONOUNS for c in objects):
        return (verb.head,)
    return ()


def _settlement_name(token: Token) -> bool:
    """The name of "the village of X", "the town of X"."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in rules.SETTLEMENT_NOUNS


def _attendance(prep: Token) -> bool:
    """ "with Chinese participation", "in the presence of X": a phrase of who attended."""
    return prep.lower_ in ("with", "in") and any(
        o.dep_ == "pobj" and _lemma(o) in rules.ATTENDANCE_NOUNS for o in _children(prep)
    )


def _co_agents(verb: Token) -> list[Token]:
    """The others who do what the verb says, named with "together with", on the verb or on its
    subject or object ("Niger left ECOWAS together with Mali and Burkina Faso")."""
    holders = [verb, *(c for c in _children(verb) if c.dep_ in ("nsubj", "dobj"))]
    preps: list[Token] = []
    for holder in holders:
        clauses = [c.i for c in _children(holder) if c.dep_ in ("relcl", "acl") and c.i > holder.i]
        for child in _children(holder):
            if holder != verb and any(i < child.i for i in clauses):
                continue  # "recalls the commitment it made, together with Togo, …": the clause's
            if child.dep_ == "prep" and _co_agent_prep(child):
                preps.append(child)
            elif child.lower_ in rules.CO_AGENT_WORDS:
                # "along with X" parsed as "along" with its own "with"
                preps.extend(g for g in _children(child) if _co_agent_prep(g))
    return [t for prep in preps for c in _children(prep) if c.dep_ == "pobj" for t in _with_conjuncts(c)]


def _credited(noun: Token) -> list[Token]:
    """Whom a verb of credit or blame credits with an event: "thanked Japan for its
    assistance", "commended Qatar for its mediation", "blamed Chad for the attack"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if _named_possessors(noun):
        return []  # "thanked Japan for Korea's help": Korea's
    if _lemma(verb) in rules.CREDITING_VERBS:
        return _direct_objects(verb)
    thanks = [c for c in _children(verb) if c.dep_ == "dobj" and _lemma(c) in rules.GRATITUDE_NOUNS]
    if thanks:
        # "expressed its gratitude to the EU for its support": whom the thanks go to
        return _thanked(verb, thanks)
    return []


def _thanked(verb: Token, thanks: list[Token]) -> list[Token]:
    """Whom thanks go to: the "to" of the verb or of its noun of thanks ("expressed its gratitude
    to the EU")."""
    return [t for x in (verb, *thanks) for t in _prep_objects(x, "to")]


def _nominal_gerund(token: Token) -> bool:
    """A gerund that names an event with its "by" agent and no subject of its own, as a noun
    would ("condemned shelling by X on Y", parsed as a verb)."""
    return (
        token.tag_ == "VBG"
        and token.lower_ in rules.NOMINAL_EVENTS
        and any(c.dep_ == "prep" and c.lower_ == "by" for c in _children(token))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in _children(token))
    )


def _out_of(prep: Token) -> bool:
    """The "of" of "pulled out of", "walked out of": a participant's preposition."""
    return prep.lower_ == "of" and prep.head.lower_ == "out" and prep.head.dep_ in ("prt", "advmod")


def _affecting(verb: Token) -> bool:
    """A verb by which an act affects someone, or one that goes on to it ("continues to alarm")."""
    return verb.lemma_.lower() in rules.AFFECT_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in rules.AFFECT_VERBS for c in _children(verb)
    )


def _is_country(actor: Actor | None) -> bool:
    return actor is not None and actor.type is ActorType.COUNTRY


def _is_infinitive(verb: Token) -> bool:
    """ "to condemn", and the perfect "to have condemned"."""
    if verb.tag_ == "VBN":
        children = _children(verb)
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(
            c.dep_ == "aux" and c.lower_ == "have" for c in children
        )
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in _children(verb))


def _commissive_agent(verb: Token) -> Token | None:
    """The subject of "pledge"/"vow" over an agentless passive clause."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in rules.COMMISSIVE_VERBS:
        return None
    return _subject_token(verb.head)


def _controlling_objects(verb: Token) -> list[Token]:
    """The object that controls an object-control verb's infinitive ("urge X to", "call on X to")."""
    lemma = verb.lemma_.lower()
    if lemma in rules.OBJECT_CONTROL_VERBS:
        return _direct_objects(verb) or _on_objects(verb)
    if lemma in rules.PREP_CONTROL_VERBS:
        if any(_orphan_particle(c) for c in _children(verb)):
            return _direct_objects(verb)  # "call on X to" parsed with "on" as a particle
        return _on_objects(verb)
    return []


def _orphan_particle(child: Token) -> bool:
    """A preposition with no object right after its verb: a particle ("call on X")."""
    return child.dep_ == "prep" and child.i == child.head.i + 1 and not any(True for _ in _children(child))


def _fronted(prep: Token, verb: Token) -> bool:
    """Whether a prepositional phrase before the verb opens the clause ("On Mali, …")."""
    end = prep.right_edge.i + 1
    return end < len(prep.doc) and prep.doc[end].text == "," and prep.i < verb.i


def _by_path(paths: Iterable[_Path]) -> dict[tuple[str, ...], list[Token | Actor]]:
    """The ends of a predicate grouped by the relation words that lead to them."""
    grouped: dict[tuple[str, ...], list[Token | Actor]] = {}
    for words, obj in paths:
        grouped.setdefault(words, []).append(obj)
    return grouped


def _misplaced_agent(verb: Token) -> bool:
    """ "X condemned the offensive by Y": with a subject and a direct object the verb is active,
    and the "by" the parser hung on it is the object's."""
    deps = {c.dep_ for c in _children(verb)}
    return "dobj" in deps and bool(deps & rules.SUBJECT_DEPS)


def _owned_intention(verb: Token) -> bool:
    """An infinitive on an intention noun its governing verb's subject owns: "(Iran) has taken
    a decision to end …", "announced a plan to cut …"."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and _is_infinitive(verb)
        and noun.lemma_.lower() in rules.INTENTION_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in rules.OWNING_VERBS
        and not any(c.dep_ == "poss" and c.lower_ not in rules.POSSESSIVE_PRONOUNS for c in _children(noun))
    )


def _settled(noun: Token) -> bool:
    """Whether a ceasefire or peace is made by the verb above it ("signed a ceasefire in Kuala
    Lumpur": the venue), not sought or welcomed ("called for a ceasefire in Sudan")."""
    verb = _verb_above(noun)
    return verb is not None and _lemma(verb) in rules.SETTLING_VERBS


def _event_by(noun: Token) -> list[Token]:
    """The "by" objects of an event noun, also when the parser hung them on the active verb
    whose object it is: "X condemned the offensive by Y"; those it is laid at: "the attacks
    attributed to Y", "the blast blamed on Y"."""
    found = _prep_objects(noun, "by")
    for child in _children(noun):
        if child.dep_ == "acl" and child.tag_ == "VBN":
            laid_at = rules.ATTRIBUTING_PARTICIPLES.get(child.lemma_.lower())
            if laid_at is not None:
                found.extend(_prep_objects(child, laid_at))
    verb = noun.head
    if not found and noun.dep_ == "dobj" and _active(verb) and _subject_token(verb) is not None:
        found = _prep_objects(verb, "by")
    return found


def _denied_complement(relation: str) -> bool:
    """Whether a relation's first verb denies what follows it: "refrain from criticise", "fail to
    condemn" (not "abstain on resolution on", which says what was done)."""
    words = relation.split()
    if len(words) < 2 or words[0] not in rules.NEGATING_VERBS:
        return False
    return (words[1] in ("to", "from") and len(words) > 2) or words[1].endswith("ing")  # "avoid naming"


def _named_possessors(token: Token) -> list[Token]:
    """A token's possessors other than possessive pronouns: "Chad's" of "Chad's test"."""
    return [c for c in _children(token) if c.dep_ == "poss" and c.lower_ not in rules.POSSESSIVE_PRONOUNS]


def _participle_agents(noun: Token) -> list[Token]:
    """The "by" agents of a participle on a noun, who made or hold the thing: "the plan put
    forward by X", "the treaty signed by X" (not "the changes demanded by X")."""
    return [
        a
        for child in _children(noun)
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in rules.THIRD_PARTY_VERBS
        for a in _prep_objects(child, "by")
    ]


def _agents_on_patient(noun: Token) -> list[Token]:
    """The "by" agent of an event noun that the parser hung on its "of" patient: "the downing of
    a Malian drone by Algeria"."""
    return [t for p in _prep_objects(noun, "of") for t in _prep_objects(p, "by")]


def _modified_verb(token: Token) -> tuple[Token, Token] | None:
    """(modifier, verb) for a gerund under an adjective or adverb of a verb: "remains committed to
    supporting", "stopped short of blaming"; else None."""
    if token.dep_ != "pcomp" or token.head.dep_ != "prep":
        return None
    modifier = token.head.head
    if (modifier.pos_ == "ADJ" and modifier.dep_ == "acomp") or (
        modifier.pos_ == "ADV" and modifier.dep_ == "advmod" and modifier.head.pos_ == "VERB"
    ):
        return modifier, modifier.head
    return None


def _finite_after_bare(verb: Token) -> bool:
    """A past or present verb coordinated to a verb whose auxiliary it cannot share, so it
    joins a verb higher up: "will not tolerate X and asked Y" (a modal's bare infinitive),
    "was monitoring X and accused Y" (a progressive), "had dismantled X and did not rule out Y"
    (its own "did" against the other's "had"); a verb of the third person after a subjunctive
    ("demands that the M23 cease hostilities … and calls on Rwanda")."""
    head = verb.head
    if verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ != "xcomp":
        return True
    if verb.tag_ == "VBZ" and head.tag_ == "VBP" and head.dep_ == "ccomp":
        return True
    aux = [c.lower_ for c in _children(head) if c.dep_ == "aux"]
    own = [c.lower_ for c in _children(verb) if c.dep_ == "aux"]
    if verb.tag_ == "VBD" and not own and head.tag_ == "VBG" and aux:
        return True
    return bool(aux) and any(a in ("did", "does") for a in own) and not any(a in ("did", "does") for a in aux)


def _reason_path(words: tuple[str, ...], theme: tuple[str, ...]) -> bool:
    """A path through the reason for an act ("over drone supplies to X"), not its target."""
    rest = words[len(theme) :] if words[: len(theme)] == theme else words
    return len(rest) >= 2 and rest[0] in rules.REASON_PREPS


def _coordinated_preps(prep: Token) -> list[Token]:
    """A preposition with the ones coordinated to it: "to X and to Y, as well as to Z"."""
    out = [prep]
    for child in _children(prep):
        if child.dep_ == "conj" and child.pos_ == "ADP":
            out.extend(_coordinated_preps(child))
        elif child.dep_ == "cc":
            out.extend(g for g in _children(child) if g.dep_ == "prep" and g.lower_ == prep.lower_)
    if prep.dep_ == "prep":
        # "condolences to the family, as well as to Zambia": the second on the "as well as" that
        # hangs on the same head
        for cc in _children(prep.head):
            if cc.dep_ == "cc" and cc.i > prep.i:
                out.extend(g for g in _children(cc) if g.dep_ == "prep" and g.lower_ == prep.lower_)
    return out


def _relative_holders(noun: Token) -> list[Token]:
    """Who holds or carries out an event in a relative clause on it: "the drills (that) China
    held near Taiwan", "the raids which the army conducted" (alone, not with a partner)."""
    return [
        c
        for clause in _rights(noun)
        if clause.dep_ == "relcl"
        and clause.lemma_.lower() in rules.HOLDING_VERBS
        and _relative_object(clause)
        and not _prep_objects(clause, "with")  # (not "the talks China held with Vietnam": theirs)
        for subject in _children(clause)
        if subject.dep_ == "nsubj"
        for c in _with_conjuncts(subject)  # "the drills that the US, Japan and South Korea held"
    ]


def _claimants(noun: Token) -> list[Token]:
    """Who claims an attack in a relative clause on it (or on a noun inside its phrase, where
    the parser hangs it): "the attack on a base in Mogadishu, for which Al-Shabaab has claimed
    responsibility", "the bombing, which the Islamic State claimed"."""
    out: list[Token] = []
    for token in noun.doc[noun.i + 1 : noun.right_edge.i + 1]:
        if token.lemma_.lower() not in rules.RESPONSIBILITY_VERBS:
            continue
        if token.dep_ == "acl" and token.tag_ == "VBN":
            out.extend(_prep_objects(token, "by"))  # "the attack on a post, claimed by Boko Haram"
            continue
        if token.dep_ != "relcl":
            continue
        children = _children(token)
        relative = any(c.lower_ in rules.RELATIVE_PRONOUNS for c in children) or any(
            g.lower_ in rules.RELATIVE_PRONOUNS for c in children if c.dep_ == "prep" for g in _children(c)
        )
        if relative:
            out.extend(c for c in children if c.dep_ == "nsubj")
            out.extend(_prep_objects(token, "by"))  # "…, which was claimed by the ADF"
    if noun.dep_ == "dobj" and not out:
        # "condemned the attack on Chadian troops, claimed by Boko Haram", the participle hung on
        # the verb
        out.extend(
            a
            for c in _children(noun.head)
            if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in rules.RESPONSIBILITY_VERBS
            for a in _prep_objects(c, "by")
        )
    return out


def _concessive(prep: str, noun: str) -> bool:
    """Whether a preposition and its noun say an act was done regardless of someone's objecting:
    "despite protests from X", "amid criticism from X", "over the objections of X" (but "protested
    over the criticism": its cause)."""
    if noun not in rules.OBJECTING_NOUNS:
        return False
    return prep in rules.CONCESSIVE_PREPS or (prep == "over" and noun == "objection")


def _of_roots(lemma: str, roots: frozenset[str]) -> bool:
    """Whether the lexicon's CAMEO class of a verb has one of these two-digit roots."""
    event = events.classify(lemma)
    return event is not None and event.code[:2] in roots


def _direct_objects(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in _children(verb):
        if child.dep_ in rules.OBJECT_DEPS:
            out.extend(_with_conjuncts(child))
    return out


def _on_objects(verb: Token) -> list[Token]:
    """The object of a prepositional verb: "call on X", "appeal to X"."""
    out: list[Token] = []
    for child in _children(verb):
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "to"):
            out.extend(t for c in _children(child) if c.dep_ == "pobj" for t in _with_conjuncts(c))
    return out


def _where_antecedent(verb: Token) -> Token | None:
    """The place a "where" clause is about, for its verb or the verb it controls."""
    current = verb
    for _ in range(3):
        if current.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in _children(current)
        ):
            return current.head
        if current.dep_ != "xcomp" or current.head == current:
            return None
        current = current.head
    return None


def _prep_noun(verb: Token) -> tuple[str, ...]:
    """("to", "ceasefire") for "agreed to a ceasefire": a verb's first prepositional noun."""
    for child in _children(verb):
        prep = child.lower_
        if (
            child.dep_ == "prep"
            and prep not in rules.NON_PARTICIPANT_PREPS
            and prep not in rules.LOCATIVE_PREPS
            and not _attendance(child)
            and not _helpers(child)
        ):
            for pobj in _children(child):
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return (child.lower_, _lemma(pobj))
    return ()


def _object_noun(verb: Token) -> Token | None:
    for child in _children(verb):
        if child.dep_ in rules.OBJECT_DEPS and child.pos_ == "NOUN":
            return child
    return None


def _joint_act(verb: Token, lemma: str, noun: Token) -> bool:
    """Whether the agents of "a <noun> <verb>ed by X and Y" did it together: a reciprocal
    verb ("a deal signed by"), a settlement reached ("the agreement reached by"), or a joint
    noun ("a joint communiqué issued by")."""
    if lemma in rules.RECIPROCAL_VERBS:
        return True
    if (
        lemma in rules.SETTLING_VERBS
        and lemma not in rules.MEDIATION_VERBS
        and _lemma(noun) in rules.SYMMETRIC_NOUNS
    ):
        return True  # "the agreement reached by X and Y" (not "the truce brokered by X and Y")
    return any(m.dep_ == "amod" and m.lower_ in rules.RECIPROCAL_MODIFIERS for m in _children(noun))


def _each_other(verb: Token) -> Token | None:
    """The "other" of "each other" / "one another" as the verb's object or prepositional object."""
    for child in _children(verb):
        candidates = [child] if child.dep_ in rules.OBJECT_DEPS else []
        if child.dep_ == "prep":
            candidates = [g for g in _children(child) if g.dep_ == "pobj"]
        for other in candidates:
            if _mutual_other(other):
                return other
            if other.lower_ == "one" and any(c.lower_ == "another" for c in _children(other)):
                return other  # "blamed one another", "another" parsed as its determiner
            if (
                other.lower_ == "other"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in _children(other))
                and any(_each_of(s) for s in _children(verb) if s.dep_ in rules.SUBJECT_DEPS)
            ):
                return other  # "each side blamed the other"
    return None


def _mutual_other(token: Token) -> bool:
    """The "other" of "each other" or "one another" (also "each other's")."""
    return token.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in _children(token))


def _each_others(verb: Token) -> tuple[str, ...] | None:
    """The relation words up to "each other's" of a verb's object or prepositional object:
    ("embassy", "in") of "reopened embassies in each other's capitals", ("airspace", "of") of
    "violated each other's airspace"; else None."""
    for child in _children(verb):
        holders = [child] if child.dep_ in rules.OBJECT_DEPS else []
        if child.dep_ in rules.OBJECT_DEPS:
            holders += [
                g for p in _children(child) if p.dep_ == "prep" for g in _children(p) if g.dep_ == "pobj"
            ]
        elif child.dep_ == "prep":
            holders = [g for g in _children(child) if g.dep_ == "pobj"]
        for noun in holders:
            if not any(o.dep_ == "poss" and _mutual_other(o) for o in _children(noun)):
                continue
            if noun.dep_ in rules.OBJECT_DEPS:
                return (_lemma(noun), "of")
            prep = noun.head
            theme = (_lemma(prep.head),) if prep.head.dep_ in rules.OBJECT_DEPS else ()
            return (*theme, prep.lower_)
    return None


def _each_of(token: Token) -> bool:
    """Whether a subject is "each" or "each <noun>" ("Each side", "each government")."""
    return token.lower_ == "each" or any(c.dep_ == "det" and c.lower_ == "each" for c in _children(token))


def _before_the_other(token: Token) -> bool:
    """Whether "the other" follows a token in its sentence ("each side blamed the other")."""
    return any(
        t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "the"
        for t in token.doc[token.i + 1 : token.sent.end]
    )


def _is_reciprocal(verb: Token, lemma: str, noun: Token | None = None) -> bool:
    """Whether coordinated subjects of this verb relate to each other ("X and Y met",
    "X and Y staged joint patrols", "a deal signed by X and Y")."""
    if lemma in rules.RECIPROCAL_VERBS:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in rules.RECIPROCAL_ADVERBS for c in _children(verb)):
        return True
    if noun is not None and lemma not in rules.STANCE_VERBS and lemma not in rules.THIRD_PARTY_MEDIATION:
        # (not "the US and the EU welcomed the meeting": a stance on others' meeting; nor "Egypt
        # and Qatar brokered the truce", between others)
        noun = _content_noun(noun)  # "opened two days of talks"
        if noun.lemma_.lower() in rules.SYMMETRIC_NOUNS:
            return True
        if any(m.dep_ == "amod" and m.lower_ in rules.RECIPROCAL_MODIFIERS for m in _children(noun)):
            return True
    return False


def _shared_border(verb: Token, noun: Token | None) -> tuple[str, str] | None:
    """("to", "border") for "moved soldiers to the border": a border named without
    whose it is, so the one between the subjects (not "the Chad border", "the border with X")."""
    for holder in (verb, noun):
        if holder is None:
            continue
        for prep in _children(holder):
            if prep.dep_ != "prep" or prep.lower_ not in rules.BORDER_PREPS:
                continue
            for place in _children(prep):
                if (
                    place.dep_ == "pobj"
                    and place.lemma_.lower() in rules.BORDER_NOUNS
                    and any(
                        c.dep_ in ("det", "poss") and c.lower_ in ("the", "their") for c in _children(place)
                    )
                    and not any(
                        c.dep_ == "prep"
                        or (c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ or c.pos_ == "PROPN"))
                        for c in _children(place)
                    )
                ):
                    return prep.lower_, place.lemma_.lower()
    return None


def _under_reciprocal_control(verb: Token) -> bool:
    """ "X and Y agreed to reopen the border": what two parties agree to do, they do together."""
    current = verb
    for _ in range(3):
        if current.dep_ != "xcomp" or current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() in rules.RECIPROCAL_CONTROL_VERBS:
            return True
    return False


def _with_conjuncts(token: Token) -> list[Token]:
    """A noun and the nouns coordinated with it ("X and Y", "X, Y and Z")."""
    out = [token]
    for child in _lefts(token):
        if _split_coordination(child):
            # "the Chancellor and Prime Minister Duarte" parsed as one phrase
            out.insert(0, child)
    for conj in token.conjuncts:
        if conj.i > token.i and conj.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(conj)
    if token.pos_ == "PROPN":
        for child in _rights(token):
            if child.dep_ == "appos" and child.pos_ == "PROPN" and not _persons_title(token, child):
                # a list parsed as appositions: "Chile, Peru, Ecuador and Bolivia"
                out.extend(t for t in _with_conjuncts(child) if t not in out)
    if token.dep_ == "pobj":
        # "to Kenya, which led the mission, and to Jamaica": the second preposition hung on the
        # relative clause
        for clause in _rights(token):
            if clause.dep_ not in ("relcl", "acl"):
                continue
            for prep in _rights(clause):
                if prep.dep_ == "conj" and prep.tag_ == "IN" and prep.lower_ == token.head.lower_:
                    for pobj in _children(prep):
                        if pobj.dep_ == "pobj":
                            out.extend(t for t in _with_conjuncts(pobj) if t not in out)
    return out


def _persons_title(person: Token, appos: Token) -> bool:
    """Whether an apposition is a named person's title ("Batbayar, Minister for Foreign Affairs
    of Mongolia"), not another item of a list ("the President, X, the Prime Minister, Y")."""
    return (
        person.ent_type_ == "PERSON"
        and appos.ent_type_ != "PERSON"
        and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in _rights(appos))
    )


def _split_coordination(child: Token) -> bool:
    """A left modifier that is really the first of two coordinated names:
    "Novak and Croatian President Horvat" parsed with "Novak" as a modifier; "Mali and Burkina
    Faso" parsed as one name, which the recogniser read as two."""
    if child.dep_ not in ("nmod", "compound") or child.pos_ != "PROPN":
        return False
    cc = next((c for c in _children(child) if c.dep_ == "cc"), None)
    if cc is None:
        return False
    if any(c.dep_ == "conj" for c in _children(child)):
        return True
    after = cc.doc[cc.i + 1] if cc.i + 1 < len(cc.doc) else None
    return bool(
        child.ent_type_
        and not cc.ent_type_
        and after is not None
        and after.ent_iob_ == "B"
        and after.i <= child.head.i
    )


def _relation_head(verb: Token) -> str:
    """The verb's lemma with its control chain and particle: "refuse to condemn"."""
    words = [_lemma(verb)]
    words.extend(
        child.lower_
        for child in _children(verb)
        if child.dep_ == "prt"
        or (child.dep_ == "advmod" and child.lower_ in rules.PARTICLES and 0 < child.i - verb.i <= 2)
        or _orphan_particle(child)
        or (child.dep_ == "oprd" and child.pos_ == "ADJ")  # "hold X responsible"
    )
    current = verb
    for _ in range(4):
        dep = current.dep_
        head = current.head
        if head == current:
            break
        if dep == "xcomp" or (
            dep == "advcl" and _is_infinitive(current) and head.lemma_ in rules.SUBJECT_CONTROL_VERBS
        ):
            if head.pos_ == "ADJ":
                # "stand ready to expand"
                words[:0] = [head.lemma_.lower(), "to"]
                if head.dep_ == "acomp" and head.head != head:
                    words.insert(0, _lemma(head.head))
                    current = head.head
                    continue
                break
            if _controlling_objects(head):
                break
            if current.tag_ == "VBG" and head.lemma_ in rules.GERUND_CONTROL_VERBS:
                # "does not rule out inviting X", "resumed sending arms to X", "denies arming X"
                if words[0] == _lemma(current):
                    words[0] = current.lower_
                words[:0] = [_lemma(head), *(c.lower_ for c in _children(head) if c.dep_ == "prt")]
                current = head
                continue
            if any(c.dep_ == "auxpass" for c in _children(head)):
                current = head  # raising: "is expected to meet" says "meet"
                continue
            if head.lemma_ in rules.SUBJECT_CONTROL_VERBS:
                negation = _embedded_negation(current)
                # "pledged not to use force", "vowed never to recognise"
                words[:0] = [_lemma(head), *([negation.lower_] if negation is not None else []), "to"]
            elif head.lemma_ in ("be", "have"):
                break
            current = head
            continue
        if dep == "ccomp" and head.lemma_ in rules.SELF_REPORT_VERBS and _speaks_of_itself(current):
            # "X denied that it had sent drones to Y": "deny send drone to"
            words.insert(0, _lemma(head))
            break
        modified = _modified_verb(current)
        if modified is not None:
            # "stopped short of blaming": "stop short of blame"; "remain committed to support"
            modifier, governor = modified
            word = modifier.lemma_.lower() if modifier.pos_ == "ADJ" else modifier.lower_
            words[:0] = [_lemma(governor), word, head.lower_]
            current = governor
            continue
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            governor = head.head
            if (
                governor.lemma_ in rules.SUBJECT_CONTROL_VERBS
                or governor.lemma_ in rules.PSYCH_PARTICIPLES
                or governor.lemma_ in rules.NEGATING_VERBS  # "refrained from criticising"
            ):
                words[:0] = [_lemma(governor), head.lower_]
            current = governor
            continue
        if dep == "conj" and head.dep_ == "xcomp" and current.pos_ in ("VERB", "AUX"):
            if current.tag_ in ("VBD", "VBZ") and _is_infinitive(head):
                break  # "agreed to hold a meeting and thanked X": the finite verb is not agreed
            current = head  # "agreed to resume talks and to hold an exercise": "agree to hold"
            continue
        if _owned_intention(current):
            # "has taken a decision to end cooperation with": as the text says it
            words[:0] = [_lemma(head.head), *_noun_words(head), "to"]
        elif dep == "acl" and _is_infinitive(current) and head.lemma_.lower() in rules.INTENTION_NOUNS:
            # "Kazakhstan's proposal to host talks": "propose to host"
            words[:0] = [rules.INTENTION_NOUNS[head.lemma_.lower()], "to"]
        break
    return " ".join(words)


def _outer_subject(token: Token) -> Token | None:
    """The subject of the clause a phrase is said in, other than the phrase: "China" of
    "China hopes the two sides will settle" and of "China urged both sides"."""
    head = token.head
    if token.dep_ in rules.SUBJECT_DEPS and head.dep_ in ("ccomp", "xcomp") and head.head != head:
        verb = head.head
    elif token.dep_ == "dobj":
        verb = head
    elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb = head.head
    else:
        return None
    for _ in range(3):
        subject = _subject_token(verb)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head  # "urged X and hopes the two sides will": the first verb's subject
    return None


def _fronted_subject(verb: Token) -> Token | None:
    """The subject the parser took for an apposition (or a conjunct with no "and") of a fronted
    phrase's object: in "At the invitation of X, Y paid a visit", the phrase that ends right
    before the verb (or its auxiliaries) and follows a comma."""
    first = min(
        (c.i for c in _children(verb) if c.dep_ in ("aux", "advmod", "neg") and c.i < verb.i), default=verb.i
    )
    for child in _children(verb):
        if child.dep_ != "prep" or child.i > first:
            continue
        for inner in child.subtree:
            if (
                (
                    inner.dep_ == "appos"
                    or (inner.dep_ == "conj" and not any(c.dep_ == "cc" for c in _children(inner.head)))
                )
                and inner.right_edge.i + 1 == first
                and inner.doc[inner.left_edge.i - 1].text == ","
                and inner.pos_ in ("PROPN", "NOUN")
            ):
                return inner
    return None


def _speaks_of_itself(clause: Token) -> bool:
    """The clause's subject is a pronoun for the one who speaks of it: "X denied that it sent"."""
    speaker = _subject_token(clause.head)
    if speaker is None or speaker.lower_ in rules.FIRST_SINGULAR:
        return False
    subject = next((c for c in _children(clause) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON":
        return False
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in _children(speaker))
    return subject.lower_ in (("they", "we") if plural else ("it", "we", "he", "she"))


def _join_relation(head: str, words: tuple[str, ...]) -> str:
    """The relation text: the verb phrase, then the path words (at most a few)."""
    if len(words) > rules.MAX_RELATION_WORDS:
        words = (*words[:3], *words[-2:])
    return " ".join((head, *words)).strip()


def _singular(word: str) -> str:
    """A plural the lemmatizer left alone (a capitalised "Ministers") in the singular."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma in _PLURAL_ONLY_LEMMAS and token.lower_ in rules.PLURAL_ONLY_NOUNS:
        return token.lower_  # "at odds", not "at odd"
    return lemma if lemma and lemma != "-pron-" else token.lower_


def _sent_by_someone(verb: Token) -> bool:
    """Whether a verb's object is a sending with its sender or what is sent ("Iran's supply of
    drones", "the deployment of North Korean troops"), whose frame takes the "to" the parser
    hung on the verb; not "suspended electricity sales to Ecuador", the verb's own."""
    for obj in _children(verb):
        if obj.dep_ == "dobj" and _lemma(obj) in rules.DESTINATION_NOUNS:
            return any(c.dep_ == "poss" for c in _children(obj)) or bool(
                _prep_objects(obj, "by") or _prep_objects(obj, "of")
            )
    return False


def _content_noun(noun: Token) -> Token:
    """The noun that says what: "a shipment of food aid" → "aid" (but "Iran's supply of drones"
    is Iran's act of supplying)."""
    lemma = noun.lemma_.lower()
    if lemma in rules.QUANTITY_NOUNS and not (
        lemma in rules.NOMINAL_EVENTS and any(c.dep_ == "poss" for c in _children(noun))
    ):
        inner = _prep_objects(noun, "of")
        if inner and inner[0].pos_ == "NOUN":
            return inner[0]
    if noun.lemma_.lower() in rules.CURRENCY_NOUNS or noun.ent_type_ == "MONEY":
        # "500 million dollars in aid", "$2 billion in loans", the "in" on the noun or right
        # after it on the verb
        after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
        sibling = after is not None and after.lower_ == "in" and after.head == noun.head
        inner = _prep_objects(noun, "in") or (
            [g for g in _children(after) if g.dep_ == "pobj"] if sibling else []
        )
        if inner and inner[0].pos_ == "NOUN":
            return inner[0]
    return noun


def _noun_words(noun: Token) -> tuple[str, ...]:
    """A noun's lemma with the plain modifiers right before it ("grave concern", "joint exercise")."""
    doc = _tree(noun.doc).tokens  # (its tokens, made once: ``doc[i]`` makes a new one each time)
    words = [_lemma(noun)]
    i = noun.i - 1
    while len(words) < 3 and i >= 0:
        child = doc[i]
        if child.head != noun or child.dep_ not in ("amod", "compound") or child.pos_ not in ("ADJ", "NOUN"):
            break
        if child.ent_type_:
            break
        if child.text == "-" and len(words) > 1 and i > 0 and doc[i - 1].head == noun and doc[i - 1].is_alpha:
            words[0] = f"{doc[i - 1].lower_}-{words[0]}"  # "anti-dumping duty", one modifier
            i -= 2
            continue
        if not child.is_alpha:
            break
        words.insert(0, child.lower_)
        i -= 1
    return tuple(words)


#: The lemmas the tagger gives the nouns that have no singular ("odds" → "odd").
_PLURAL_ONLY_LEMMAS = frozenset(_singular(word) for word in rules.PLURAL_ONLY_NOUNS)
#: Words that stand alone for a pair named before: "Neither has replied", "Both condemned".
_PAIR_WORDS = frozenset({"neither", "either", "both"})

#: The first words of the fixed phrases of a declaration ("persona").
_DECLARED_FIRST = frozenset(words[0] for words in rules.DECLARED_PHRASES)


def _prep_objects(token: Token, prep: str) -> list[Token]:
    """The objects of one of a token's prepositions, with their conjuncts."""
    return [
        t
        for c in _children(token)
        if c.dep_ in ("prep", "agent") and c.lower_ == prep
        for g in _children(c)
        if g.dep_ == "pobj"
        for t in _with_conjuncts(g)
    ]


def _of_theme(noun: Token) -> str:
    """The non-actor "of" object of an event noun ("seizure of Gaza" → "Gaza")."""
    for child in _children(noun):
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in _children(child):
                if pobj.dep_ == "pobj":
                    return pobj.text if pobj.pos_ == "PROPN" else _lemma(pobj)
    return ""


def _embedded_negation(verb: Token) -> Token | None:
    """The "not" or "never" of an infinitive under a verb of commitment or decision ("pledged
    not to use force", "decided not to attend"): part of what was pledged, not a denial of it."""
    head = verb.head
    if verb.dep_ != "xcomp" or head == verb or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_ not in rules.SUBJECT_CONTROL_VERBS or _controlling_objects(head):
        return None
    return next(
        (
            c
            for c in _children(verb)
            if c.i < verb.i and (c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("not", "never")))
        ),
        None,
    )


def _negated(verb: Token) -> bool:
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True  # "signed the deal without consulting X"
    current = verb
    for _ in range(4):
        if _embedded_negation(current) is not None:
            # "pledged not to use force": the pledge was made; the "not" goes in the relation
            current = current.head
            continue
        for child in _children(current):
            if child.dep_ == "neg" or (
                child.lower_ in rules.NEGATIONS and child.dep_ in ("advmod", "det", "preconj")
            ):
                return True
            if (child.dep_ in rules.SUBJECT_DEPS or child.dep_ == "dobj") and (
                child.lower_ == "neither"
                or any(g.lower_ == "neither" and g.dep_ in ("det", "preconj") for g in _children(child))
            ):
                # "Neither China nor India condemned X", "neither capital has accepted", "Neither
                # has replied"
                return True
            if child.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in _children(child)):
                return True  # "imposed no penalties on X", "gave Sudan no warning"
        if current.dep_ in ("xcomp", "conj") and current.head != current:
            # "did not agree to resume": negation of the controller; a
            # coordinated verb shares its auxiliaries only when it has none.
            if current.dep_ == "conj" and any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in _children(current)
            ):
                break  # ("did not enter X and was escorted …": the escort happened)
            if current.dep_ == "conj" and _finite_after_bare(current):
                break  # "that Ecuador will not tolerate X and asked Colombia": not "asked" negated
            current = current.head
            continue
        modified = _modified_verb(current)
        if modified is not None:
            current = modified[1]  # "is not interested in joining", "did not stop short of blaming"
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            governor = current.head.head
            if governor.pos_ == "VERB" and (
                governor.lemma_ in rules.SUBJECT_CONTROL_VERBS or governor.lemma_ in rules.PSYCH_PARTICIPLES
            ):
                current = governor  # "did not commit to buying"
                continue
        if current.dep_ == "acomp" and current.head != current:
            current = current.head  # "is not ready to help": the copula's negation
            continue
        if (
            current.dep_ == "ccomp"
            and current.head.lemma_ in rules.SELF_REPORT_VERBS
            and _speaks_of_itself(current)
        ):
            current = current.head  # "did not deny that it had armed X"
            continue
        if _owned_intention(current):
            # "has taken no decision to end", "did not announce a plan to"
            if any(c.dep_ == "det" and c.lower_ in rules.NEGATIONS for c in _children(current.head)):
                return True
            current = current.head.head
            continue
        break
    return False


def _hypothetical(verb: Token) -> bool:
    """Modal, conditional, or only expected: "could", "if", "is expected to", "plans to"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in rules.AVERTING_PREPS and verb.head.head.pos_ == "VERB":
        return True  # "warned Finland against joining NATO", "barred Chile from joining"
    current = verb
    for _ in range(4):
        for child in _children(current):
            if child.dep_ == "aux" and child.lower_ in rules.MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in rules.CONDITIONAL_MARKS:
                return True
        if current.dep_ in ("xcomp", "conj") and current.head != current:
            current = current.head
            if current.lemma_.lower() in rules.PROSPECTIVE_CONTROL_VERBS and verb.dep_ == "xcomp":
                return True
            continue
        break
    return False


def _according_to(sent: Span) -> Token | None:
    """ "according to X" makes X the source of the sentence."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            for child in token.nbor().children:
                if child.dep_ == "pobj":
                    return child
    return None


#: Words inside a long name that the recogniser may cut it at: "Peace and Security Council".
_NAME_LINKS = frozenset({"and", "&", "of", "for", "on"})
#: Punctuation inside a name's phrase: hyphens, and the quotes of a nickname.
_PHRASE_PUNCT = frozenset({"-", '"', "\u201c", "\u201d", "``", "''"})


_BRACKETED = re.compile(r"\s*\([^()]*\)(?=\s|$)")


def _left_phrase(token: Token) -> Span:
    """The token with its left modifiers (compounds, adjectives, determiners)."""
    start = token.i
    tokens = _tree(token.doc).tokens
    for child in reversed(_lefts(token)):
        if _split_coordination(child):
            # "Novak and Croatian President Horvat": the phrase starts at the title; "Mali and
            # Burkina Faso": after the "and"
            conjuncts = [c for c in _children(child) if c.dep_ == "conj"]
            cc = next(c for c in _children(child) if c.dep_ == "cc")
            start = min(start, conjuncts[-1].left_edge.i if conjuncts else cc.i + 1)
            break
        if spaced_dash(child):
            break  # "NEW DELHI - India": a dateline is not part of the name
        if child.text in rules.REGION_ADJECTIVES:
            break  # "the eastern Democratic Republic of the Congo": a part of the country named
        dashes = [t.i for t in tokens[child.left_edge.i : child.right_edge.i + 1] if spaced_dash(t)]
        if dashes:
            # "11:15 - CARICOM leaders", "Oct 23 - The European Union": the name starts after a
            # live blog's time or a dateline
            after = dashes[-1] + 1
            if child.dep_ in rules.PHRASE_LEFT_DEPS and after <= token.i:
                start = min(start, after)
            break
        if child.dep_ in rules.PHRASE_LEFT_DEPS or (child.dep_ == "punct" and child.text in _PHRASE_PUNCT):
            start = min(start, child.left_edge.i)
        else:
            break
    end = token.i + 1
    for child in _rights(token):
        if child.dep_ in ("compound", "flat"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    return token.doc[start:end]


def _completed(relation: str) -> str:
    """A relation that completes an event said as the event's verb: "complete withdrawal
    from" → "withdraw from", "finalise sale of jet to" → "sell jet to" (what was completed
    happened)."""
    words = relation.split()
    if len(words) < 2 or words[0] not in rules.COMPLETING_VERBS:
        return relation
    verb = rules.NOMINAL_EVENTS.get(words[1])
    if verb is None or " " in verb:
        return relation
    rest = words[2:]
    if rest[:1] == ["of"] and len(rest) > 1:
        rest = rest[1:]  # "the sale of jets to India": "sell jet to"
    return " ".join((verb, *rest))


def _classify(relation: str) -> EventClass | None:
    """The relation's CAMEO class; a relation the lexicon does not know still links two
    actors, as a neutral statement (measured on the development set: dropping such
    relations raises precision by about 0.02 and costs as much recall)."""
    event = events.classify(relation)
    if event is not None:
        return event
    if relation.split()[0] in rules.GEOGRAPHY_VERBS:
        return None  # "Brazil, which borders Venezuela": where it lies, no event
    return events.event_class(FALLBACK_CODE)
