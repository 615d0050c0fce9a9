"""spaCy ``Doc`` → :class:`~kg.types.Statement`: the rule-based extractor.

Pure: it reads parsed documents and returns frozen statements. The patterns are
in :mod:`kg.rules`; actors are resolved by :mod:`kg.actors`, relations typed by
:mod:`kg.events`.

How a sentence is read:

1. Every verb is a candidate predicate. Its subject comes from ``nsubj``, the
   ``by`` agent of a passive, the controller of an infinitive ("refused to
   condemn", "urged the US to take"), the verb it is coordinated with, the
   possessor of the noun a clause hangs on ("Russia's decision to recognize"),
   or the noun a relative clause hangs on.
2. Its objects come from direct objects, prepositional objects, and short paths
   through non-actor nouns ("express concern about Iran's programme"). The
   possessor of a noun on the path stands for it ("condemn Russia's attack" →
   condemn Russia), and so does a state's adjective ("Philippine vessels").
3. Event nouns make statements of their own ("Russia's attack on Ukraine",
   "talks between X and Y"), and so do relationship nouns ("X's ally Y") and
   sponsor compounds ("the EU-facilitated dialogue" between two parties).
4. Each side is resolved to actors (coordination gives one statement per
   pair); a side that does not resolve gives no statement. Coordinated
   subjects of a reciprocal predicate with no other participant relate to each
   other ("X and Y met" → X – meet with – Y).
5. Pronouns, "both sides" and "the two leaders" are resolved from the
   discourse so far; "I" and "we" from the document's own voice (see
   :func:`document_voice`) or from the speaker of the quotation they are in.
6. The relation is typed with CAMEO; clauses under speech verbs carry their
   speaker as source; negation and modality become flags; an obligation
   ("Kosovo should de-escalate") is an appeal by whoever says it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import events, rules
from .actors import ArticleActors, Gazetteer
from .types import Actor, ActorType, Article, EventClass, Statement

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ["FALLBACK_CODE", "Voice", "document_voice", "extract", "extract_articles", "extract_text"]

#: Relation class when a relation has no entry in the lexicon but links two actors.
FALLBACK_CODE = "01"

_Path = tuple[tuple[str, ...], "Token"]


@dataclass(frozen=True)
class Voice:
    """Who speaks in a statement or readout: "I" is ``person``, "we" and "our" are ``state``."""

    person: Actor | None = None
    state: Actor | None = None


@dataclass(frozen=True)
class _Frame:
    """A predicate before its ends are resolved to actors."""

    subjects: tuple[Token, ...]
    relation: str
    objects: tuple[Token, ...]
    anchor: Token  # the verb or noun the relation is read from
    negated: bool = False
    hypothetical: bool = False
    source: Token | None = None
    reciprocal: bool = False  # the subjects relate to each other when there is no object
    subject_actors: tuple[Actor, ...] = ()  # an end known without a token (the document's voice)


def extract(
    article: Article,
    docs: Sequence[tuple[Doc, int]],
    *,
    gazetteer: Gazetteer | None = None,
) -> list[Statement]:
    """Extract the statements of one parsed article.

    ``docs`` are the article's parsed chunks with the character offset of each
    in ``article.text`` (see :func:`kg.nlp.pipe`).
    """
    reader = _ArticleReader(article, gazetteer or Gazetteer.default())
    out: list[Statement] = []
    seen: set[tuple] = set()
    for doc, offset in docs:
        for stmt in reader.read(doc, offset):
            key = (stmt.subject.name, stmt.relation, stmt.object.name, stmt.negated, stmt.start)
            if key not in seen:
                seen.add(key)
                out.append(stmt)
    return out


def extract_text(
    text: str,
    *,
    nlp: Language | None = None,
    title: str | None = None,
    date: str | None = None,
    article_id: str = "text",
) -> list[Statement]:
    """Parse and extract one text (convenience for the Python API and tests)."""
    from .nlp import chunks, load, sentence_case_title

    nlp = nlp or load()
    article = Article(id=article_id, text=text, title=title, date=date)
    docs = [(nlp(part), offset) for part, offset in chunks(sentence_case_title(text))]
    return extract(article, docs)


def extract_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Article, list[Statement]]]:
    """Parse articles in batches and yield each with its statements."""
    from .nlp import pipe

    gazetteer = Gazetteer.default()
    for article, docs in pipe(articles, nlp=nlp, batch_size=batch_size):
        yield article, extract(article, docs, gazetteer=gazetteer)


# --- the document's own voice ---------------------------------------------------------


def document_voice(article: Article, doc: Doc | None, actors: ArticleActors) -> Voice:
    """Who "I" and "we" are in a statement or readout.

    The speaker is named by the title ("Readout of Secretary Kerry's Call with
    …", "Statement from President Joe Biden on …") or the opening ("The
    following is attributable to Spokesperson …"); a title that names only a
    role ("the President") is completed from the first person the text names
    with that role. "We" is the speaker's state. When no speaker is named, "we"
    is the state the text itself names as speaking in the present tense ("The
    United States condemns …"), if the text speaks as "we" at all.
    """
    title = (article.title or "").strip()
    opening = article.text[: rules.VOICE_OPENING_CHARS]
    who = _voice_phrase(title, opening)
    person = _voice_person(who, doc, actors) if who else None
    state = _state_of(person, actors.gazetteer) if person is not None else None
    if state is None and doc is not None:
        state = _self_named_state(doc, actors.gazetteer)
    return Voice(person, state)


def _voice_phrase(title: str, opening: str) -> str | None:
    for pattern in rules.VOICE_TITLE_PATTERNS:
        match = pattern.search(title)
        if match:
            return match["who"].strip()
    for pattern in rules.VOICE_OPENING_PATTERNS:
        match = pattern.search(opening)
        if match:
            return match["who"].strip()
    return None


def _voice_person(who: str, doc: Doc | None, actors: ArticleActors) -> Actor | None:
    actor = actors.resolve(who, label="PERSON")
    if actor is not None and actor.type is ActorType.PERSON:
        return actor
    if doc is None:
        return None
    # a role alone ("the President"): register the persons the opening names,
    # then the role refers to the one of them who holds it
    for ent in doc.ents:
        if ent.start_char > rules.VOICE_OPENING_CHARS:
            break
        if ent.label_ == "PERSON":
            actors.resolve(_left_phrase(ent.root).text, label="PERSON")
    actor = actors.resolve(who, label="")
    return actor if actor is not None and actor.type is ActorType.PERSON else None


def _state_of(actor: Actor | None, gazetteer: Gazetteer) -> Actor | None:
    """The state an actor speaks for: itself, or a person's or body's affiliation."""
    if actor is None:
        return None
    if actor.type is ActorType.COUNTRY:
        return actor
    if actor.affiliation:
        state = gazetteer.named(actor.affiliation)
        if state is not None and state.type is ActorType.COUNTRY:
            return state
    return None


def _self_named_state(doc: Doc, gazetteer: Gazetteer) -> Actor | None:
    """The state a "we"-text names as its own speaker, in the present tense."""
    quoted = _quoted_tokens(doc)
    if not any(t.lower_ in rules.FIRST_PLURAL and t.i not in quoted for t in doc):
        return None
    for token in doc:
        if token.dep_ != "nsubj" or token.i in quoted or token.conjuncts:
            continue
        verb = token.head
        if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ not in rules.VOICE_VERBS:
            continue
        actor = gazetteer.lookup(_left_phrase(token).text, context=doc.text[:2000])
        if actor is not None and actor.type is ActorType.COUNTRY:
            return actor
    return None


def _quoted_tokens(doc: Doc | Span) -> set[int]:
    """Indices of the tokens inside double quotation marks."""
    inside = False
    out: set[int] = set()
    for token in doc:
        if token.text in rules.QUOTE_MARKS or token.tag_ in ("``", "''") and '"' in token.text:
            inside = not inside
            continue
        if token.text == "\n\n" or "\n\n" in token.text:
            inside = False
        if inside:
            out.add(token.i)
    return out


# --- reading an article -----------------------------------------------------------------


class _ArticleReader:
    """Reads one article's sentences, keeping the discourse state between them."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.actors = ArticleActors(gazetteer)
        self.voice: Voice | None = None
        self.recent_persons: list[Actor] = []  # most recent last
        self.groups: list[tuple[int, tuple[Actor, ...]]] = []  # (sentence number, actors)
        self.sentence_no = 0
        # per document
        self._ents: dict[int, Span] = {}
        self._quoted: set[int] = set()
        # per sentence
        self._sent: Span | None = None
        self._cache: dict[int, tuple[Actor, ...]] = {}
        self._sentence_persons: list[tuple[int, Actor]] = []
        self._source: Token | None = None

    # -- sentences -------------------------------------------------------------

    def read(self, doc: Doc, offset: int) -> Iterator[Statement]:
        """The statements of one parsed chunk of the article."""
        self._ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        self._quoted = _quoted_tokens(doc)
        if self.voice is None:
            self.voice = document_voice(self.article, doc, self.actors)
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            yield from self._read_sentence(sent, offset)

    def _read_sentence(self, sent: Span, offset: int) -> Iterator[Statement]:
        self._sent = sent
        self._cache = {}
        self._sentence_persons = []
        self.sentence_no += 1
        self._source = _according_to(sent)
        # resolve the noun phrases in text order, so that persons are known in
        # the order the text names them (pronouns look back at them)
        for token in sent:
            if token.pos_ in ("PROPN", "NOUN") and token.dep_ not in ("compound", "flat"):
                self._actors_of(token)
        produced: list[Statement] = []
        for frame in self._frames(sent):
            for stmt in self._statements(frame, sent, offset):
                produced.append(stmt)
                yield stmt
        self._remember(sent, produced)

    def _statements(self, frame: _Frame, sent: Span, offset: int) -> Iterator[Statement]:
        subjects = list(frame.subject_actors) or self._resolve_all(frame.subjects)
        if not subjects:
            return
        relation = frame.relation
        if frame.reciprocal:
            if len(subjects) < 2:
                return
            if not relation.endswith(" with"):
                relation = f"{relation} with"
            pairs = [(subjects[0], other) for other in subjects[1:]]
        else:
            objects = self._resolve_all(frame.objects)
            pairs = [(s, o) for s in subjects for o in objects]
        if not pairs:
            return
        event = _classify(relation)
        if event is None:
            return
        negated = frame.negated != events.negates(relation)
        source = None
        if frame.source is not None:
            found = self._actors_of(frame.source)
            source = found[0] if found else None
        # the evidence from the article itself (the parser may have seen a title in sentence case)
        start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        text = self.article.text[start : start + len(sent.text.strip())]
        for subj, obj in pairs:
            if _same_side(subj, obj):
                continue
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
        self.recent_persons.extend(actor for _, actor in sorted(self._sentence_persons, key=lambda p: p[0]))
        del self.recent_persons[:-12]
        for token in sent:
            if token.dep_ == "conj" or not token.conjuncts or token.pos_ not in ("PROPN", "NOUN"):
                continue
            group = self._resolve_all(_with_conjuncts(token))
            if len(group) >= 2:
                self.groups.append((self.sentence_no, tuple(group)))
        for stmt in produced:
            if stmt.relation.endswith(" with") or stmt.relation.split()[0] in rules.RECIPROCAL_VERBS:
                self.groups.append((self.sentence_no, (stmt.subject, stmt.object)))
        del self.groups[:-12]

    # -- actors ----------------------------------------------------------------

    def _resolve_all(self, tokens: Iterable[Token]) -> list[Actor]:
        out: list[Actor] = []
        for token in tokens:
            for actor in self._actors_of(token):
                if actor not in out:
                    out.append(actor)
        return out

    def _actors_of(self, token: Token) -> tuple[Actor, ...]:
        """The actors a token stands for (cached per sentence)."""
        cached = self._cache.get(token.i)
        if cached is not None:
            return cached
        self._cache[token.i] = ()
        result = self._resolve(token)
        self._cache[token.i] = result
        for actor in result:
            if actor.type is ActorType.PERSON and len(result) == 1:
                self._sentence_persons.append((token.i, actor))
        return result

    def _resolve(self, token: Token) -> tuple[Actor, ...]:
        lower = token.lower_
        if token.tag_ in ("PRP", "PRP$") or (token.pos_ == "PRON" and lower not in rules.RELATIVE_PRONOUNS):
            return self._pronoun(token)
        if lower in rules.RELATIVE_PRONOUNS:
            if token.head.dep_ in ("relcl", "acl") and token.head.head is not token:
                return self._actors_of(token.head.head)
            return ()
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM") and not token.ent_type_:
            return ()
        plural = self._plural_reference(token)
        if plural is not None:
            return plural
        found = self._noun_phrase(token)
        if token.ent_type_ != "PERSON":
            # "the Qatari emir, Sheikh Hamad": the named person in apposition
            for child in token.rights:
                if child.dep_ == "appos":
                    person = self._actors_of(child)
                    if person and person[0].type is ActorType.PERSON:
                        return person[:1]
        return found

    def _noun_phrase(self, token: Token) -> tuple[Actor, ...]:
        lemma = token.lemma_.lower()
        possessors = [c for c in token.children if c.dep_ == "poss"]
        if possessors and lemma in rules.BODY_NOUNS:
            # "his government": the state of the person the possessor refers to
            owner = self._actors_of(possessors[0])
            state = _state_of(owner[0], self.gazetteer) if owner else None
            if state is not None:
                return (state,)
        # "the foreign ministry of China", "the President of Russia"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and self.gazetteer.is_government_body(token.lemma_):
                inner = [c for c in child.children if c.dep_ == "pobj"]
                if inner:
                    found = self._actors_of(inner[0])
                    if found and found[0].type is ActorType.COUNTRY:
                        return found[:1]
        context = self._context()
        person = self._person_with_role(token, context)
        if person is not None:
            return (person,)
        for text, label in self._phrase_candidates(token):
            actor = self.actors.resolve(text, label=label, context=context)
            if actor is not None:
                return (actor,)
        return ()

    def _context(self) -> str:
        """Text that settles ambiguous names: the title and the sentence."""
        sentence = self._sent.text if self._sent is not None else ""
        return f"{self.article.title or ''} {sentence}"

    def _person_with_role(self, token: Token, context: str) -> Actor | None:
        """A name with a title in apposition: "Phay Siphan, spokesman for the cabinet",
        "Eritrea's ambassador, Girma Asmerom" → a person with that role and state."""
        ent = self._ents.get(token.i)
        if ent is None or ent.root.i != token.i or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            return None
        role_noun = None
        for child in token.rights:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                role_noun = child
                break
        if role_noun is None and token.dep_ == "appos" and token.head.pos_ == "NOUN":
            role_noun = token.head
        if role_noun is None or not self.gazetteer.is_role(role_noun.text):
            return None
        title = token.doc[role_noun.left_edge.i : role_noun.right_edge.i + 1]
        if title.start <= token.i < title.end:
            title = token.doc[role_noun.left_edge.i : role_noun.i + 1]
        place, role = self.gazetteer.role_of(title.text, context=context)
        if role is None:
            return None
        name, _, _ = self.gazetteer.parse_person(ent.text)
        if not name or not all(w[:1].isupper() for w in name.split()) or self.gazetteer.lookup(name):
            return None
        return self.actors.person(name, affiliation=_state_of(place, self.gazetteer), role=role)

    def _phrase_candidates(self, token: Token) -> list[tuple[str, str]]:
        """Texts to try for the actor a token heads, most specific first."""
        out: list[tuple[str, str]] = []
        ent = self._ents.get(token.i)
        left = _left_phrase(token)
        if ent is not None:
            label = ent.label_
            if label == "PERSON" and left.start < ent.start:
                # "Chinese foreign ministry spokesman Zhao Lijian": titles before the name
                out.append((left.text, label))
            if ent.root.i == token.i or label != "PERSON":
                out.append((ent.text, label))
        if left.text and (not out or left.text != out[-1][0]):
            out.append((left.text, ent.label_ if ent is not None and ent.root.i == token.i else ""))
        if token.text not in (t for t, _ in out):
            out.append((token.text, token.ent_type_))
        return out

    def _pronoun(self, token: Token) -> tuple[Actor, ...]:
        lower = token.lower_
        voice = self.voice or Voice()
        if lower in rules.FIRST_SINGULAR or lower in rules.FIRST_PLURAL:
            if token.i in self._quoted:
                speaker = self._quote_speaker(token)
                return self._actors_of(speaker)[:1] if speaker is not None else ()
            if lower in rules.FIRST_SINGULAR:
                return (voice.person,) if voice.person else ()
            state = voice.state or _state_of(self._current(voice.person), self.gazetteer)
            return (state,) if state else ()
        if lower in rules.PERSON_PRONOUNS:
            person = self._antecedent_person(token)
            return (person,) if person else ()
        if lower in rules.PLURAL_PRONOUNS:
            if token.i in self._quoted:
                return ()  # "they" in a quotation: the speaker's own reference, unknown here
            return self._recent_group("")
        return ()

    def _current(self, actor: Actor | None) -> Actor | None:
        """A person as known now (a later mention may have added an affiliation)."""
        if actor is None or actor.type is not ActorType.PERSON:
            return actor
        for person in self.actors.persons:
            if person.name == actor.name:
                return person
        return actor

    def _antecedent_person(self, token: Token) -> Actor | None:
        """The person "he"/"she" refers to: the most recent one, not the clause's own subject."""
        excluded: set[str] = set()
        if token.dep_ in ("dobj", "dative", "pobj", "iobj"):
            verb = token.head if token.dep_ != "pobj" else token.head.head
            subjects, _ = self._subjects(verb)
            for subj in subjects:
                if subj.i != token.i:
                    excluded.update(a.name for a in self._actors_of(subj))
        candidates = [a for i, a in sorted(self._sentence_persons, reverse=True) if i < token.i]
        candidates.extend(reversed(self.recent_persons))
        for person in candidates:
            if person.name not in excluded:
                return self._current(person)
        return None

    def _plural_reference(self, token: Token) -> tuple[Actor, ...] | None:
        """ "both sides", "the two leaders", "the countries": the actors named together before."""
        if token.tag_ not in ("NNS", "NNPS") or token.ent_type_:
            return None
        need = rules.PLURAL_REFERENCES.get(token.lemma_.lower())
        if need is None:
            return None
        marks = set()
        for child in token.children:
            if child.dep_ in ("det", "nummod", "predet", "preconj", "quantmod"):
                marks.add(child.lower_)
            elif child.dep_ in ("amod", "compound", "poss", "prep", "relcl", "acl"):
                return None  # "the warring parties' …", "countries of the region": a description
        if not marks or not marks <= rules.PLURAL_REFERENCE_MARKS:
            return None
        if marks == {"the"} and token.lemma_.lower() not in ("country", "side", "party", "nation"):
            return None
        return self._recent_group(need)

    def _recent_group(self, need: str) -> tuple[Actor, ...]:
        """The actors most recently named together (within a few sentences), of the type needed."""
        for number, group in reversed(self.groups):
            if self.sentence_no - number > rules.PLURAL_REFERENCE_WINDOW:
                break
            members = _of_type(group, need, self.gazetteer)
            if len(members) >= 2:
                return members
        if need == "person" or need == "":
            # "the two leaders" of a readout: the two persons named last
            persons: list[Actor] = []
            for person in [a for _, a in sorted(self._sentence_persons, reverse=True)] + list(
                reversed(self.recent_persons)
            ):
                if all(p.name != person.name for p in persons):
                    persons.append(self._current(person) or person)
                if len(persons) == 2:
                    break
            if len(persons) == 2 and (need == "person" or persons[0].affiliation != persons[1].affiliation):
                return tuple(reversed(persons))
        return ()

    def _quote_speaker(self, token: Token) -> Token | None:
        """The speaker of the quotation a token is in: the subject of the speech verb outside it."""
        current = token
        for _ in range(12):
            head = current.head
            if head is current:
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

    def _frames(self, sent: Span) -> Iterator[_Frame]:
        """All predicate frames of a sentence: verbs, then event and relationship nouns."""
        for token in sent:
            pos = token.pos_
            if pos in ("VERB", "AUX"):
                if token.dep_ not in ("aux", "auxpass"):
                    yield from self._verb_frames(token)
            elif pos in ("NOUN", "PROPN"):
                lemma = token.lemma_.lower()
                if lemma in rules.NOMINAL_EVENTS:
                    yield from self._noun_frames(token, lemma)
                if lemma in rules.RELATIONAL_NOUNS:
                    yield from self._relational_frames(token, lemma)
            if token.dep_ in ("amod", "compound") and token.i > sent.start and token.nbor(-1).text == "-":
                yield from self._sponsor_frames(token)

    # verbs

    def _verb_frames(self, verb: Token) -> Iterator[_Frame]:
        lemma = _lemma(verb)
        subjects, patients = self._subjects(verb)
        source = self._speaker(verb) or self._source
        negated = _negated(verb)
        hypothetical = _hypothetical(verb)
        head = _relation_head(verb)
        objects: list[_Path]
        if patients and lemma in rules.PSYCH_PARTICIPLES:
            # "we are alarmed by X": the one who feels is the subject
            subjects, patients = patients, []
            head = f"be {head}"
            objects = self._objects(verb, with_agent=True)
        elif patients and subjects:
            # "Ukraine was attacked by Russia": the agent is the subject
            objects = [((), t) for t in patients]
            objects.extend(self._objects(verb, skip_objects=True))
        elif patients:
            agent = _commissive_agent(verb)
            if agent is None:
                return
            # "X pledged that Y would be held responsible": X is the agent
            subjects = [agent]
            head = f"{_lemma(verb.head)} to {head}"
            objects = [((), t) for t in patients]
        else:
            objects = self._objects(verb)
        if not subjects:
            return
        yield from self._appeal_frames(verb, subjects, negated)
        if lemma in rules.SUPPORT_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children)
            for c in verb.children
        ):
            return  # "joined the US in recognizing X": the statements are the recognitions
        grouped: dict[tuple[str, ...], list[Token]] = {}
        for words, obj in objects:
            grouped.setdefault(words, []).append(obj)
        for words, objs in grouped.items():
            relation = _join_relation(head, words)
            if relation in rules.EMPTY_VERBS:
                continue
            yield _Frame(tuple(subjects), relation, tuple(objs), verb, negated, hypothetical, source)
        if not grouped and _is_reciprocal(verb, lemma):
            relation = head
            noun = _object_noun(verb)
            if noun is not None:
                relation = f"{head} {_lemma(noun)}"
            yield _Frame(tuple(subjects), relation, (), verb, negated, hypothetical, source, reciprocal=True)

    def _appeal_frames(self, verb: Token, subjects: list[Token], negated: bool) -> Iterator[_Frame]:
        """ "X should withdraw": an appeal to X by the speaker, or by the document's own voice."""
        if not any(c.dep_ == "aux" and c.lower_ in rules.APPEAL_MODALS for c in verb.children):
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
        state = voice.state or _state_of(self._current(voice.person), self.gazetteer)
        if state is not None:
            yield _Frame(
                (), f"{rules.APPEAL_IN_VOICE} to {inner}", tuple(subjects), verb, subject_actors=(state,)
            )

    def _subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], list[Token]]:
        """(subjects, passive patients) of a verb, following control and coordination."""
        subjects: list[Token] = []
        patients: list[Token] = []
        for child in verb.children:
            dep = child.dep_
            if dep in rules.SUBJECT_DEPS:
                subjects.extend(_with_conjuncts(child))
            elif dep in rules.PASSIVE_SUBJECT_DEPS:
                patients.extend(_with_conjuncts(child))
            elif dep == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        subjects.extend(_with_conjuncts(pobj))
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
        if head is verb:
            return [], []
        dep = verb.dep_
        if dep == "xcomp" or (dep in ("advcl", "ccomp") and _is_infinitive(verb)):
            if head.pos_ == "ADJ" and head.head is not head:
                # "stands ready to deepen": the subject of the copula
                return self._subjects(head.head, depth + 1)
            if dep != "advcl":
                # object control: "urged the United States to take", "called on Kosovo to"
                objs = _controlling_objects(head)
                if objs:
                    return objs, []
            return self._subjects(head, depth + 1)
        if dep == "conj" or (dep == "advcl" and verb.tag_ in ("VBG", "VBN")):
            return self._subjects(head, depth + 1)
        if dep == "pcomp" and head.dep_ == "prep":
            governor = head.head
            if governor.pos_ in ("VERB", "AUX"):
                if head.lower_ == "of":
                    # "accused NATO of pushing Russia": the accused is the subject
                    objs = _direct_objects(governor)
                    if objs:
                        return objs, []
                subjects, patients = self._subjects(governor, depth + 1)
                if governor.lemma_ in rules.PSYCH_PARTICIPLES and patients and not subjects:
                    return patients, []  # "are committed to working with"
                if head.lower_ == "in":
                    # "joined the US in recognizing X": both recognise X
                    subjects = subjects + _direct_objects(governor)
                return subjects, []
            if governor.pos_ in ("NOUN", "PROPN"):
                return self._noun_agents(governor), []
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
            agents = self._noun_agents(head)
            if agents:
                return agents, []
            if verb.tag_ == "VBG" and self._actors_of(head):
                return [head], []  # "the group having a meeting place"
        return [], []

    def _noun_agents(self, noun: Token) -> list[Token]:
        """Who does what a noun names: its possessor, its "by" phrase, its actor modifier."""
        out: list[Token] = []
        for child in noun.children:
            dep = child.dep_
            if dep == "poss":
                out.extend(_with_conjuncts(child))
            elif dep == "prep" and child.lower_ == "by":
                out.extend(t for c in child.children if c.dep_ == "pobj" for t in _with_conjuncts(c))
            elif dep in ("compound", "amod", "nmod") and child.ent_type_ in rules.OWNER_ENTITY_LABELS:
                out.append(child)
        return [t for t in out if self._actors_of(t)]

    def _objects(self, verb: Token, *, skip_objects: bool = False, with_agent: bool = False) -> list[_Path]:
        """(relation words, object token) pairs of a verb."""
        lemma = verb.lemma_.lower()
        out: list[_Path] = []
        for child in verb.children:
            dep = child.dep_
            if dep in rules.OBJECT_DEPS:
                if skip_objects:
                    continue
                for obj in _with_conjuncts(child):
                    out.extend(self._path(obj, (), 0))
            elif dep == "prep" or (dep == "agent" and with_agent):
                prep = child.lower_
                if prep in rules.NON_PARTICIPANT_PREPS or (
                    prep in rules.LOCATIVE_PREPS and lemma not in rules.LOCATIVE_VERBS
                ):
                    continue
                if prep in rules.TOPIC_PREPS and (lemma in rules.RECIPROCAL_VERBS or lemma in rules.SPEECH_VERBS):
                    continue  # "spoke on Ukraine": a topic, not a participant
                if child.i < verb.i and _fronted(child, verb):
                    continue  # "On Ukraine, the Secretary reiterated …": a sentence adverbial
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        for obj in _with_conjuncts(pobj):
                            out.extend(self._path(obj, (prep,), 0))
                    elif pobj.dep_ == "pcomp" and pobj.pos_ in ("NOUN", "PROPN"):
                        out.extend(self._path(pobj, (prep,), 0))
            elif dep == "attr" and lemma in ("be", "become", "remain"):
                if not self._actors_of(child):
                    out.extend(self._path(child, (), 0))
            elif dep == "acomp" and child.pos_ == "ADJ":
                # "is uneasy about X", "remains committed to X"
                adjective = child.lemma_.lower()
                for prep in child.children:
                    if prep.dep_ != "prep":
                        continue
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            for obj in _with_conjuncts(pobj):
                                out.extend(self._path(obj, (adjective, prep.lower_), 0))
            elif dep == "ccomp" and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in child.children):
                # "condemned what he called Russia's decision": the thing so called
                for named in child.children:
                    if named.dep_ in ("oprd", "attr", "xcomp") and named.pos_ in ("NOUN", "PROPN"):
                        out.extend(self._path(named, (), 0))
            elif dep == "ccomp" and lemma in rules.MANDATIVE_VERBS:
                # "requested that the UN convene a meeting": the UN is asked
                inner = _subject_token(child)
                if inner is not None and child.tag_ in ("VB", "VBP") or any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in child.children
                ):
                    for subj in _with_conjuncts(inner) if inner is not None else []:
                        if self._actors_of(subj):
                            out.append(((), subj))
        return out

    def _path(self, token: Token, prefix: tuple[str, ...], depth: int) -> list[_Path]:
        """The token itself if it is an actor, else paths through it to the actors it leads to."""
        if self._actors_of(token):
            return [(prefix, token)]
        if token.pos_ not in ("NOUN", "PROPN") or depth >= rules.MAX_PATH_NOUNS:
            return []
        if token.ent_type_ == "PERSON":
            return []  # a person the article does not resolve leads nowhere
        lemma = _lemma(token)
        for child in token.children:
            if child.dep_ != "poss" or child.lower_ in rules.POSSESSIVE_PRONOUNS:
                continue  # "our condemnation of X" is about X
            if self._actors_of(child):
                # "condemn Russia's attack" → condemn Russia; "welcome Austria's decision"
                words = prefix or (() if lemma in rules.NOMINAL_EVENTS else (lemma, "of"))
                return [(words, child)]
        symmetric = lemma in rules.SYMMETRIC_NOUNS
        out: list[_Path] = []
        if symmetric or lemma not in rules.NOMINAL_EVENTS:
            for child in token.children:
                # "Philippine vessels", "Russian gas", "Qatari talks": a state's adjective
                if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in rules.OWNER_ENTITY_LABELS:
                    if self._actors_of(child):
                        out.append(((*prefix, lemma, "with" if symmetric else "of"), child))
            if out and not symmetric:
                return out
        for child in token.children:
            dep = child.dep_
            if dep == "prep":
                prep = child.lower_
                if symmetric and prep in rules.TOPIC_PREPS:
                    continue
                if prep != "of" and prep in rules.NON_PARTICIPANT_PREPS:
                    continue
                if prep in rules.LOCATIVE_PREPS and lemma not in rules.LOCATIVE_VERBS:
                    continue
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        for obj in _with_conjuncts(pobj):
                            out.extend(self._path(obj, (*prefix, lemma, prep), depth + 1))
        return out

    def _speaker(self, verb: Token) -> Token | None:
        """The speaker when the verb is inside reported speech."""
        current = verb
        for _ in range(8):
            head = current.head
            if head is current:
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
        """ "Russia's attack on Ukraine", "talks between X and Y", "X's call with Y"."""
        verb = rules.NOMINAL_EVENTS[lemma]
        symmetric = lemma in rules.SYMMETRIC_NOUNS
        agents: list[Token] = []
        partners: list[Token] = []  # "with" a symmetric noun
        between: list[Token] = []  # "between" or "among"
        patients: list[tuple[str, tuple[str, ...], Token]] = []
        for child in noun.children:
            dep = child.dep_
            if dep == "poss":
                agents.extend(_with_conjuncts(child))
            elif dep in ("amod", "compound", "nmod") and (
                child.ent_type_ in rules.OWNER_ENTITY_LABELS or child.pos_ == "PROPN"
            ):
                agents.append(child)
            elif dep == "prep":
                prep = child.lower_
                pobjs = [t for c in child.children if c.dep_ == "pobj" for t in _with_conjuncts(c)]
                if prep == "by":
                    agents.extend(pobjs)
                elif prep == "between" or (prep == "among" and symmetric):
                    between.extend(pobjs)
                elif (lemma, prep) in rules.NOMINAL_PREP_RELATIONS or (
                    symmetric and prep in ("with", "to") and lemma in ("call", "visit", "phone")
                ):
                    patients.extend((prep, w, t) for p in pobjs for w, t in self._path(p, (), 1))
                elif symmetric:
                    if prep == "with":
                        partners.extend(p for p in pobjs if self._actors_of(p))
                elif prep == "of" and lemma not in rules.PATIENT_OF_NOUNS:
                    agents.extend(p for p in pobjs if self._actors_of(p))
                elif prep in rules.NOMINAL_PATIENT_PREPS and (
                    prep != "in" or lemma in rules.LOCATIVE_PATIENT_NOUNS
                ):
                    patients.extend((prep, w, t) for p in pobjs for w, t in self._path(p, (), 1))
        agents = [a for a in agents if self._actors_of(a)]
        if not agents and not partners:
            agents = self._outer_agents(noun)
        elif agents and all(a.lower_ in rules.POSSESSIVE_PRONOUNS for a in agents) and _governing_verb(noun):
            return  # "expressed his support for X": the verb's own statement says it
        if _prospective(noun):
            return  # "called for talks between X and Y": no talks are asserted
        source = self._speaker(noun.head) if noun.head is not noun else None
        source = source or self._source
        if symmetric and not patients:
            # "talks between X and Y", "China-Russia relations": the parties among themselves;
            # "X's talks with Y and Z": X with each of them
            parties = agents + between
            if len(parties) >= 2:
                yield _Frame(tuple(parties), verb, (), noun, source=source, reciprocal=True)
            if agents and partners:
                yield _Frame(tuple(agents), f"{verb} with", tuple(partners), noun, source=source)
            return
        if not agents:
            return
        theme = _of_theme(noun) if lemma in rules.PATIENT_OF_NOUNS else ""
        for prep, words, patient in patients:
            relation = rules.NOMINAL_PREP_RELATIONS.get((lemma, prep))
            if relation is None:
                relation = verb if prep in ("of", "on", "against", "into", "upon") else f"{verb} {prep}"
                if theme and prep != "of":
                    relation = f"{verb} {theme} {prep}"
            yield _Frame(tuple(agents), _join_relation(relation, words), (patient,), noun, source=source)

    def _relational_frames(self, noun: Token, lemma: str) -> Iterator[_Frame]:
        """ "Washington's allies, Japan and South Korea", "China, North Korea's main ally"."""
        relation = rules.RELATIONAL_NOUNS[lemma]
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and child.lower_ in rules.RELATIONAL_MODIFIERS:
                relation = rules.RELATIONAL_MODIFIERS[child.lower_]
        holder_noun = noun
        if not any(c.dep_ == "poss" for c in noun.children) and noun.dep_ == "conj":
            holder_noun = noun.head  # "main ally and biggest trading partner" share the possessor
        holders: list[Token] = []
        for child in holder_noun.children:
            if child.dep_ == "poss":
                holders.extend(_with_conjuncts(child))
            elif child.dep_ == "prep" and child.lower_ == "of":
                holders.extend(t for c in child.children if c.dep_ == "pobj" for t in _with_conjuncts(c))
        members: list[Token] = []
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.ent_type_ in rules.OWNER_ENTITY_LABELS:
                members.append(child)  # "our Philippine allies"
            elif child.dep_ == "appos" or (child.dep_ == "conj" and child.pos_ == "PROPN"):
                members.extend(_with_conjuncts(child))
        anchor = holder_noun
        if anchor.dep_ == "appos":
            members.append(anchor.head)  # "China, North Korea's ally"
        elif anchor.dep_ == "attr" and anchor.head.lemma_ == "be":
            members.extend(_subject_token(anchor.head) and _with_conjuncts(_subject_token(anchor.head)) or [])
        members = [m for m in members if self._actors_of(m)]
        holders = [h for h in holders if self._actors_of(h)]
        for holder in holders:
            for member in members:
                first, second = (holder, member) if holder.i < member.i else (member, holder)
                yield _Frame((first,), relation, (second,), noun)

    def _sponsor_frames(self, word: Token) -> Iterator[_Frame]:
        """ "X-backed Y" → X – back – Y; "the EU-facilitated dialogue" between two parties."""
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
        for child in target.children:
            if child.dep_ == "acl":
                parties.extend(self._subjects(child)[0])
        if not parties:
            parties = self._governing_subjects(target)
        if parties:
            yield _Frame((sponsor,), f"{verb} {lemma} with", tuple(parties), word)

    def _outer_agents(self, noun: Token) -> list[Token]:
        """The agent of an event noun inside another noun's phrase: "Russia's difficulties in
        invading", "China's total in trade with the US"."""
        head = noun.head
        if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in ("in", "of", "for"):
            return []
        outer = head.head
        if outer.pos_ not in ("NOUN", "PROPN") or outer.lemma_.lower() in rules.NOMINAL_EVENTS:
            return []
        return [c for c in outer.children if c.dep_ == "poss" and self._actors_of(c)]

    def _governing_subjects(self, noun: Token) -> list[Token]:
        """The subjects of the verb a noun is the object of ("engage in the dialogue")."""
        current = noun
        for _ in range(3):
            head = current.head
            if head is current:
                return []
            if head.pos_ in ("VERB", "AUX"):
                return self._subjects(head)[0]
            current = head
        return []


# --- parse helpers (pure functions of the parse) ------------------------------------------


def _same_side(subj: Actor, obj: Actor) -> bool:
    """A statement between an actor and itself, or a person and their own state."""
    if subj.name == obj.name:
        return True
    if subj.affiliation == obj.name and obj.type is ActorType.COUNTRY:
        return True
    return obj.affiliation == subj.name and subj.type is ActorType.COUNTRY


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition."""
    head = noun.head
    if noun.dep_ in rules.OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _prospective(noun: Token) -> bool:
    """Whether an event noun is only wished for: "support a partnership", "demand sanctions"."""
    current = noun
    for _ in range(3):
        if current.dep_ not in ("dobj", "pobj", "prep", "xcomp", "attr"):
            return False
        head = current.head
        if head is current:
            return False
        if head.pos_ in ("VERB", "NOUN", "AUX", "ADJ") and head.lemma_.lower() in rules.PROSPECTIVE_GOVERNORS:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
        current = head
    return False


def _of_type(group: Sequence[Actor], need: str, gazetteer: Gazetteer) -> tuple[Actor, ...]:
    """The members of a group that fit a plural reference ("the two countries")."""
    if not need:
        return tuple(group)
    if need == "person":
        return tuple(a for a in group if a.type is ActorType.PERSON)
    out: list[Actor] = []
    for actor in group:
        state = _state_of(actor, gazetteer)
        if state is not None and state not in out:
            out.append(state)
    return tuple(out)


def _first(tokens: Sequence[Token]) -> Token | None:
    return tokens[0] if tokens else None


def _subject_token(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in rules.SUBJECT_DEPS or child.dep_ in rules.PASSIVE_SUBJECT_DEPS:
            return child
    return None


def _is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


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
        return _on_objects(verb)
    return []


def _fronted(prep: Token, verb: Token) -> bool:
    """Whether a prepositional phrase before the verb opens the clause ("On Ukraine, …")."""
    end = prep.right_edge.i + 1
    return end < len(prep.doc) and prep.doc[end].text == "," and prep.i < verb.i


def _direct_objects(verb: Token) -> list[Token]:
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in rules.OBJECT_DEPS:
            out.extend(_with_conjuncts(child))
    return out


def _on_objects(verb: Token) -> list[Token]:
    """The object of a prepositional verb: "call on X", "appeal to X"."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "to"):
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in _with_conjuncts(c))
    return out


def _object_noun(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in rules.OBJECT_DEPS and child.pos_ == "NOUN":
            return child
    return None


def _is_reciprocal(verb: Token, lemma: str) -> bool:
    """Whether coordinated subjects of this verb relate to each other ("X and Y met")."""
    if lemma in rules.RECIPROCAL_VERBS:
        return True
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in rules.RECIPROCAL_ADVERBS:
            return True
        if child.dep_ in rules.OBJECT_DEPS and child.pos_ == "NOUN":
            if child.lemma_.lower() in rules.SYMMETRIC_NOUNS:
                return True
            if any(m.dep_ == "amod" and m.lower_ in rules.RECIPROCAL_MODIFIERS for m in child.children):
                return True
    return False


def _with_conjuncts(token: Token) -> list[Token]:
    """A noun and the nouns coordinated with it ("X and Y", "X, Y and Z")."""
    out = [token]
    for child in token.lefts:
        if _split_coordination(child):
            # "the Secretary and Foreign Minister Lavrov" parsed as one phrase
            out.insert(0, child)
    for conj in token.conjuncts:
        if conj.i > token.i and conj.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(conj)
    return out


def _split_coordination(child: Token) -> bool:
    """A left modifier that is really the first of two coordinated names:
    "Medvedev and Georgian President Saakashvili" parsed with "Medvedev" as a modifier."""
    return (
        child.dep_ in ("nmod", "compound")
        and child.pos_ == "PROPN"
        and any(c.dep_ == "cc" for c in child.children)
        and any(c.dep_ == "conj" for c in child.children)
    )


def _relation_head(verb: Token) -> str:
    """The verb's lemma with its control chain and particle: "refuse to condemn"."""
    words = [_lemma(verb)]
    words.extend(child.lower_ for child in verb.children if child.dep_ == "prt")
    current = verb
    for _ in range(4):
        dep = current.dep_
        head = current.head
        if head is current:
            break
        if dep == "xcomp" or (dep == "advcl" and _is_infinitive(current) and head.lemma_ in rules.SUBJECT_CONTROL_VERBS):
            if head.pos_ == "ADJ":
                # "stand ready to deepen"
                words[:0] = [head.lemma_.lower(), "to"]
                if head.dep_ == "acomp" and head.head is not head:
                    words.insert(0, _lemma(head.head))
                    current = head.head
                    continue
                break
            if _controlling_objects(head):
                break
            if head.lemma_ in rules.SUBJECT_CONTROL_VERBS:
                words[:0] = [_lemma(head), "to"]
            elif head.lemma_ in ("be", "have"):
                break
            current = head
            continue
        if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            governor = head.head
            if governor.lemma_ in rules.SUBJECT_CONTROL_VERBS or governor.lemma_ in rules.PSYCH_PARTICIPLES:
                words[:0] = [_lemma(governor), head.lower_]
            current = governor
            continue
        break
    return " ".join(words)


def _join_relation(head: str, words: tuple[str, ...]) -> str:
    """The relation text: the verb phrase, then the path words (at most a few)."""
    if len(words) > rules.MAX_RELATION_WORDS:
        words = (*words[:3], *words[-2:])
    return " ".join((head, *words)).strip()


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    return lemma if lemma and lemma != "-pron-" else token.lower_


def _of_theme(noun: Token) -> str:
    """The non-actor "of" object of an event noun ("seizure of Crimea" → "Crimea")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj.text if pobj.pos_ == "PROPN" else _lemma(pobj)
    return ""


def _negated(verb: Token) -> bool:
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ == "neg" or (child.lower_ in rules.NEGATIONS and child.dep_ in ("advmod", "det", "preconj")):
                return True
        if current.dep_ in ("xcomp", "conj") and current.head is not current:
            # "did not agree to resume": negation of the controller; a
            # coordinated verb shares its auxiliaries only when it has none.
            if current.dep_ == "conj" and any(c.dep_ in ("aux", "nsubj") for c in current.children):
                break
            current = current.head
            continue
        break
    return False


def _hypothetical(verb: Token) -> bool:
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ == "aux" and child.lower_ in rules.MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in rules.CONDITIONAL_MARKS:
                return True
        if current.dep_ in ("xcomp", "conj") and current.head is not current:
            current = current.head
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


def _left_phrase(token: Token) -> Span:
    """The token with its left modifiers (compounds, adjectives, determiners)."""
    start = token.i
    for child in reversed(list(token.lefts)):
        if _split_coordination(child):
            # "Medvedev and Georgian President Saakashvili": the phrase starts at the title
            conjuncts = [c for c in child.children if c.dep_ == "conj"]
            start = min(start, conjuncts[-1].left_edge.i)
            break
        if child.dep_ in rules.PHRASE_LEFT_DEPS or (child.dep_ == "punct" and child.text == "-"):
            start = min(start, child.left_edge.i)
        else:
            break
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat"):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    return token.doc[start:end]


def _classify(relation: str) -> EventClass | None:
    event = events.classify(relation)
    if event is not None:
        return event
    return events.event_class(FALLBACK_CODE)
