"""spaCy ``Doc`` → :class:`~kg.types.Statement`: the rule-based extractor.

Pure: it reads parsed documents and returns frozen statements. The patterns are
in :mod:`kg.rules`; actors are resolved by :mod:`kg.actors`, relations typed by
:mod:`kg.events`.

How a sentence is read:

1. Every verb is a candidate predicate. Its subject comes from ``nsubj``, the
   ``by`` agent of a passive, the controller of an infinitive ("refused to
   condemn", "urged the US to take"), the verb it is coordinated with, or the
   noun a relative clause hangs on.
2. Its objects come from direct objects, prepositional objects, and short paths
   through non-actor nouns ("express concern about Iran"). Possessors of a
   direct object stand for it ("condemn Russia's attack" → condemn Russia).
3. Event nouns make statements of their own ("Russia's attack on Ukraine",
   "talks between X and Y").
4. Each side is resolved to actors (coordination gives one statement per
   pair); a side that does not resolve gives no statement.
5. The relation is typed with CAMEO; clauses under speech verbs carry their
   speaker as source; negation and modality become flags.
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

#: Relation class when a relation has no entry in the lexicon but links two actors.
FALLBACK_CODE = "01"


@dataclass(frozen=True)
class _Frame:
    """A predicate before its ends are resolved to actors."""

    subjects: tuple[Token, ...]
    relation: str
    objects: tuple[Token, ...]
    anchor: Token  # the verb or event noun
    negated: bool
    hypothetical: bool
    source: Token | None = None


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
    from .nlp import chunks, load

    nlp = nlp or load()
    article = Article(id=article_id, text=text, title=title, date=date)
    docs = [(nlp(part), offset) for part, offset in chunks(text)]
    return extract(article, docs)


def extract_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Article, list[Statement]]]:
    """Parse articles in batches and yield each with its statements."""
    from .nlp import pipe

    gazetteer = Gazetteer.default()
    for article, docs in pipe(articles, nlp=nlp, batch_size=batch_size):
        yield article, extract(article, docs, gazetteer=gazetteer)


class _ArticleReader:
    """Reads one article's sentences, keeping the discourse state between them."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.actors = ArticleActors(gazetteer)
        self.last_person: Actor | None = None
        self.last_group: tuple[Actor, ...] = ()
        self.voice = _document_voice(article, self.actors)
        self._cache: dict[int, tuple[Actor, ...]] = {}

    # -- sentences -------------------------------------------------------------

    def read(self, doc: Doc, offset: int) -> Iterator[Statement]:
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            self._cache = {}
            frames = list(_frames(sent))
            sentence_actors: list[Actor] = []
            for frame in frames:
                yield from self._statements(frame, sent, offset, sentence_actors)
            self._remember(sent, sentence_actors)

    def _statements(
        self, frame: _Frame, sent: Span, offset: int, seen: list[Actor]
    ) -> Iterator[Statement]:
        subjects = self._resolve_all(frame.subjects)
        objects = self._resolve_all(frame.objects)
        seen.extend(subjects)
        seen.extend(objects)
        if not subjects or not objects:
            return
        event = _classify(frame.relation)
        if event is None:
            return
        source = None
        if frame.source is not None:
            sources = self._resolve_all((frame.source,))
            source = sources[0] if sources else None
        text = sent.text.strip()
        start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        for subj in subjects:
            for obj in objects:
                if subj.name == obj.name or (subj.affiliation == obj.name and obj.type is ActorType.COUNTRY):
                    continue
                yield Statement(
                    subject=subj,
                    relation=frame.relation,
                    object=obj,
                    event=event,
                    sentence=text,
                    start=start,
                    end=start + len(text),
                    article_id=self.article.id,
                    date=self.article.date,
                    negated=frame.negated,
                    hypothetical=frame.hypothetical,
                    source=source if source is not None and source.name not in (subj.name,) else None,
                    article_title=self.article.title,
                )

    def _remember(self, sent: Span, actors: list[Actor]) -> None:
        """Update the discourse state for pronouns in later sentences."""
        for ent in sent.ents:
            if ent.label_ == "PERSON":
                actor = self._resolve_token(ent.root)
                if actor and actor[0].type is ActorType.PERSON:
                    self.last_person = actor[0]
        persons = [a for a in actors if a.type is ActorType.PERSON]
        if persons:
            self.last_person = persons[0]
        groups = [a for a in actors if a.type is not ActorType.PERSON]
        if groups:
            self.last_group = tuple(dict.fromkeys(groups))

    # -- actors ----------------------------------------------------------------

    def _resolve_all(self, tokens: Iterable[Token]) -> list[Actor]:
        out: list[Actor] = []
        for token in tokens:
            for actor in self._resolve_token(token):
                if actor not in out:
                    out.append(actor)
        return out

    def _resolve_token(self, token: Token) -> tuple[Actor, ...]:
        if token.i in self._cache:
            return self._cache[token.i]
        self._cache[token.i] = ()
        result = self._resolve_uncached(token)
        self._cache[token.i] = result
        return result

    def _resolve_uncached(self, token: Token) -> tuple[Actor, ...]:
        lower = token.lower_
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            if lower in rules.PERSON_PRONOUNS:
                return (self.last_person,) if self.last_person else ()
            if lower in rules.FIRST_SINGULAR:
                return (self.voice[0],) if self.voice[0] else ()
            if lower in rules.FIRST_PLURAL:
                return (self.voice[1],) if self.voice[1] else ()
            if lower in rules.RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                return self._resolve_token(token.head.head)
            return ()
        if lower in rules.RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self._resolve_token(token.head.head)
        # "the foreign ministry of China", "the President of Russia"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and self.gazetteer.is_government_body(token.lemma_):
                inner = [c for c in child.children if c.dep_ == "pobj"]
                if inner:
                    found = self._resolve_token(inner[0])
                    if found and found[0].type is ActorType.COUNTRY:
                        return found[:1]
        for text, label in _phrase_candidates(token):
            actor = self.actors.resolve(text, label=label, context=token.sent.text)
            if actor is not None:
                return (actor,)
        return ()


# --- frames -------------------------------------------------------------------


def _frames(sent: Span) -> Iterator[_Frame]:
    """All predicate frames of a sentence: verbs first, then event nouns."""
    source = _according_to(sent)
    for token in sent:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            yield from _verb_frames(token, source)
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in rules.NOMINAL_EVENTS:
            yield from _noun_frames(token, source)


def _verb_frames(verb: Token, sentence_source: Token | None) -> Iterator[_Frame]:
    subjects, passive_patients = _subjects(verb)
    relation = _relation_head(verb)
    negated = _negated(verb)
    hypothetical = _hypothetical(verb)
    source = _speaker(verb) or sentence_source
    objects: list[tuple[str, Token]] = []
    if passive_patients:
        # "Ukraine was attacked by Russia": the agent is the subject
        objects.extend(("", t) for t in passive_patients)
    else:
        objects.extend(_objects(verb))
    if not subjects:
        return
    grouped: dict[str, list[Token]] = {}
    for suffix, obj in objects:
        grouped.setdefault(suffix, []).append(obj)
    for suffix, objs in grouped.items():
        rel = f"{relation} {suffix}".strip()
        yield _Frame(tuple(subjects), rel, tuple(objs), verb, negated, hypothetical, source)


def _subjects(verb: Token) -> tuple[list[Token], list[Token]]:
    """(subjects, passive patients) of a verb, following control and coordination."""
    subjects: list[Token] = []
    patients: list[Token] = []
    for child in verb.children:
        if child.dep_ in rules.SUBJECT_DEPS:
            subjects.extend(_with_conjuncts(child))
        elif child.dep_ in rules.PASSIVE_SUBJECT_DEPS:
            patients.extend(_with_conjuncts(child))
        elif child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    subjects.extend(_with_conjuncts(pobj))
    if patients and not subjects:
        # a passive without agent has no actor as subject
        return [], patients
    if subjects or patients:
        return subjects, patients
    controller = _controller(verb)
    return (controller, []) if controller else ([], [])


def _controller(verb: Token, depth: int = 0) -> list[Token]:
    """The understood subject of a subjectless verb."""
    if depth > 4:
        return []
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "xcomp" or (verb.dep_ in ("advcl", "ccomp") and verb.tag_ == "VB"):
        # object control: "urged the United States to take", "called on Kosovo to"
        if head.lemma_ in rules.OBJECT_CONTROL_VERBS:
            objs = _direct_objects(head) or _on_objects(head)
            if objs:
                return objs
        subjects, _ = _subjects(head)
        return subjects or _controller(head, depth + 1)
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        subjects, patients = _subjects(head)
        if subjects and not patients:
            return subjects
        return _controller(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        # "accused NATO of pushing Russia": the accused is the subject
        governor = head.head
        objs = _direct_objects(governor)
        if objs:
            return objs
    if verb.dep_ == "relcl":
        return [head]
    return []


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


def _with_conjuncts(token: Token) -> list[Token]:
    out = [token]
    for conj in token.conjuncts:
        if conj.i > token.i and conj.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(conj)
    return out


def _relation_head(verb: Token) -> str:
    """The verb's lemma with its control chain and particle: "refuse to condemn"."""
    words = [_lemma(verb)]
    for child in verb.children:
        if child.dep_ == "prt":
            words.append(child.lower_)
    current = verb
    for _ in range(3):
        if current.dep_ != "xcomp" or current.head is current:
            break
        head = current.head
        if head.lemma_ in rules.OBJECT_CONTROL_VERBS and (_direct_objects(head) or _on_objects(head)):
            break
        if head.lemma_ in ("be", "have") or head.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        words.insert(0, f"{_lemma(head)} to")
        current = head
    return " ".join(words)


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    return lemma if lemma and lemma != "-pron-" else token.lower_


def _objects(verb: Token) -> Iterator[tuple[str, Token]]:
    """(relation suffix, object token) pairs of a verb."""
    for child in verb.children:
        dep = child.dep_
        if dep in rules.OBJECT_DEPS:
            for obj in _with_conjuncts(child):
                yield from _object_or_path(verb, obj, "", 0)
        elif dep == "prep":
            prep = child.lower_
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if prep in rules.LOCATIVE_PREPS and verb.lemma_ not in rules.LOCATIVE_VERBS:
                    continue
                for obj in _with_conjuncts(pobj):
                    yield from _object_or_path(verb, obj, prep, 0)
            for pcomp in (c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "NOUN"):
                yield from _object_or_path(verb, pcomp, prep, 0)


def _object_or_path(verb: Token, token: Token, prefix: str, depth: int) -> Iterator[tuple[str, Token]]:
    """The object itself if it may be an actor, else paths through it to actors."""
    if _may_be_actor(token):
        yield prefix, token
        return
    if token.pos_ not in ("NOUN", "PROPN") or depth >= rules.MAX_PATH_NOUNS:
        return
    lemma = token.lemma_.lower()
    # "condemn Russia's attack": the possessor stands for the event
    possessors = [c for c in token.children if c.dep_ == "poss"]
    if possessors and lemma in rules.NOMINAL_EVENTS:
        if not prefix:
            for poss in possessors:
                yield "", poss
        return
    step = f"{prefix} {lemma}".strip()
    for child in token.children:
        if child.dep_ == "poss" and not prefix:
            # "welcome Austria's decision" → welcome decision of Austria
            yield f"{step} of", child
        if child.dep_ != "prep":
            continue
        prep = child.lower_
        if prep in rules.LOCATIVE_PREPS and lemma not in rules.LOCATIVE_VERBS and verb.lemma_ not in rules.LOCATIVE_VERBS:
            continue
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            for obj in _with_conjuncts(pobj):
                yield from _object_or_path(verb, obj, f"{step} {prep}", depth + 1)


def _may_be_actor(token: Token) -> bool:
    """Cheap test before resolution: names, pronouns and nouns that name bodies."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    if token.ent_type_ in rules.ACTOR_ENTITY_LABELS:
        return True
    if token.pos_ == "NOUN":
        # "Chinese officials", "Russian forces", "the government"
        return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in token.children) or token.lemma_.lower() in _BODY_NOUNS
    return False


_BODY_NOUNS = frozenset({"government", "ministry", "administration", "military", "army", "navy", "leadership", "regime", "authority", "official", "force", "troop"})


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
        if current.dep_ in ("xcomp", "conj", "advcl", "ccomp") and current.head is not current:
            if current.dep_ in ("advcl", "ccomp"):
                # a condition on the main clause does not make it hypothetical,
                # but a clause under "if" is
                break
            current = current.head
            continue
        break
    return False


def _speaker(verb: Token) -> Token | None:
    """The speaker when the verb is inside reported speech."""
    current = verb
    for _ in range(6):
        head = current.head
        if head is current:
            return None
        if current.dep_ in ("ccomp", "parataxis") and head.lemma_ in rules.SPEECH_VERBS:
            for child in head.children:
                if child.dep_ in rules.SUBJECT_DEPS:
                    return child
            return None
        if current.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_ in rules.SPEECH_VERBS:
            for child in head.head.children:
                if child.dep_ in rules.SUBJECT_DEPS:
                    return child
            return None
        current = head
    return None


def _according_to(sent: Span) -> Token | None:
    """"according to X" makes X the source of the sentence."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
            for child in token.nbor().children:
                if child.dep_ == "pobj":
                    return child
    return None


# --- event nouns ----------------------------------------------------------------


def _noun_frames(noun: Token, sentence_source: Token | None) -> Iterator[_Frame]:
    lemma = noun.lemma_.lower()
    verb = rules.NOMINAL_EVENTS[lemma]
    agents: list[Token] = []
    patients: list[tuple[str, Token]] = []
    partners: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE", "ORG")):
            agents.extend(_with_conjuncts(child))
        elif child.dep_ == "prep":
            prep = child.lower_
            pobjs = [t for c in child.children if c.dep_ == "pobj" for t in _with_conjuncts(c)]
            if prep == "by":
                agents.extend(pobjs)
            elif prep == "between" and lemma in rules.SYMMETRIC_NOUNS:
                partners.extend(pobjs)
            elif prep == "of" and lemma not in rules.PATIENT_OF_NOUNS:
                agents.extend(pobjs)
            elif prep in rules.NOMINAL_PATIENT_PREPS:
                patients.extend((prep, t) for t in pobjs)
    negated = False
    hypothetical = False
    source = sentence_source
    if partners and len(partners) >= 2:
        rel = f"{verb} with" if lemma in rules.SYMMETRIC_NOUNS else verb
        yield _Frame((partners[0],), rel, tuple(partners[1:]), noun, negated, hypothetical, source)
        return
    if not agents:
        return
    for prep, patient in patients:
        if lemma in rules.SYMMETRIC_NOUNS and prep == "with":
            rel = f"{verb} with"
        elif prep in ("of", "on", "against", "into") or verb in ("support", "recognize", "condemn", "criticize"):
            rel = verb
        else:
            rel = f"{verb} {prep}"
        yield _Frame(tuple(agents), rel, (patient,), noun, negated, hypothetical, source)


# --- helpers --------------------------------------------------------------------


def _phrase_candidates(token: Token) -> list[tuple[str, str]]:
    """Texts to try for the actor a token heads, most specific first."""
    out: list[tuple[str, str]] = []
    ent = _entity_of(token)
    left = _left_phrase(token)
    if ent is not None:
        label = ent.label_
        if label == "PERSON" and left.start < ent.start:
            # "Chinese foreign ministry spokesman Zhao Lijian": titles before the name
            out.append((left.text, label))
        out.append((ent.text, label))
    if left.text and (not out or left.text != out[-1][0]):
        out.append((left.text, ent.label_ if ent is not None else ""))
    if token.text not in (t for t, _ in out):
        out.append((token.text, token.ent_type_))
    return out


def _entity_of(token: Token) -> Span | None:
    if not token.ent_type_:
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _left_phrase(token: Token) -> Span:
    """The token with its left modifiers (compounds, adjectives, determiners)."""
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ in rules.PHRASE_LEFT_DEPS or child.dep_ == "punct" and child.text == "-":
            start = min(start, child.left_edge.i)
        else:
            break
    end = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "appos" and child.ent_type_ == "PERSON" and False):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    return token.doc[start:end]


def _classify(relation: str) -> EventClass | None:
    event = events.classify(relation)
    if event is not None:
        return event
    return events.event_class(FALLBACK_CODE)


def _document_voice(article: Article, actors: ArticleActors) -> tuple[Actor | None, Actor | None]:
    """Who "I" and "we" are in a statement or readout: (person, state)."""
    return actors.document_voice(article.title or "", article.text[:600]) if hasattr(actors, "document_voice") else (None, None)
