"""The extractor's rules, as data: dependency-label sets and small lexicons.

Each set names a linguistic pattern, not a sentence: the comment says which.
The CAMEO verb lexicon lives in ``kg/data/cameo_lexicon.tsv`` (see
:mod:`kg.events`); the gazetteer in ``kg/data/gazetteer.json`` (see
:mod:`kg.actors`).
"""

from __future__ import annotations

# --- clause structure ---------------------------------------------------------

#: Active subjects.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: Passive subjects: they become the object ("Ukraine was attacked by Russia").
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
#: Direct objects of a verb.
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
#: Edges followed from a verb through non-actor nouns to reach an actor
#: ("express concern about Iran", "station troops on the border with Cambodia").
PATH_DEPS = frozenset({"dobj", "prep", "pobj", "dative", "pcomp", "obj", "attr", "oprd"})
#: How many nouns a path may pass through before it reaches the actor.
MAX_PATH_NOUNS = 2

#: Modifiers kept inside an actor's noun phrase.
PHRASE_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "det", "flat", "poss", "npadvmod", "nummod", "case"})

#: Modal auxiliaries and markers that make a statement hypothetical.
MODALS = frozenset({"could", "would", "might", "may", "should", "can", "must", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: Negation words that may hang off a verb as advmod/neg/det.
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})

# --- verb classes -------------------------------------------------------------

#: Speech and cognition verbs: what their clausal complement says is reported,
#: with the speaker as its source.
SPEECH_VERBS = frozenset(
    {
        "say", "add", "tell", "state", "claim", "believe", "think", "note", "argue", "insist",
        "assert", "allege", "declare", "announce", "report", "write", "stress", "emphasize",
        "emphasise", "underline", "reiterate", "explain", "suggest", "warn", "acknowledge",
        "admit", "confirm", "deny", "contend", "maintain", "repeat", "recall", "observe",
        "remark", "comment", "indicate", "signal", "hope", "fear", "expect", "predict",
        "know", "understand", "agree", "conclude", "estimate", "accuse", "charge",
    }
)  # fmt: skip

#: Verbs whose object controls the subject of their infinitive: "urge X to Y",
#: "call on X to Y", "ask X to Y". The outer statement is made with X.
OBJECT_CONTROL_VERBS = frozenset(
    {
        "urge", "ask", "call", "encourage", "press", "push", "force", "pressure", "invite",
        "persuade", "order", "tell", "warn", "advise", "allow", "permit", "help", "enable",
        "require", "request", "compel", "implore", "beg", "appeal", "instruct", "convince",
        "expect", "want", "bar", "prevent", "prohibit", "forbid",
    }
)  # fmt: skip

#: Verbs whose subject is also the subject of their infinitive, and which stay
#: in the relation: "refuse to condemn", "agree to resume".
SUBJECT_CONTROL_VERBS = frozenset(
    {
        "refuse", "agree", "decide", "threaten", "pledge", "promise", "vow", "plan", "seek",
        "try", "attempt", "fail", "intend", "aim", "want", "wish", "hope", "offer", "decline",
        "continue", "begin", "start", "stop", "cease", "resume", "commit", "prepare",
        "undertake", "expect", "need", "tend", "appear", "seem", "choose", "move", "vote",
        "stand", "work", "strive", "endeavor", "endeavour", "resolve", "reaffirm", "manage",
        "dare", "hesitate", "rush", "rally", "be", "have", "used",
    }
)  # fmt: skip

#: Light verbs: the noun they govern carries the event ("hold talks with",
#: "express concern over", "attend a meeting with").
LIGHT_VERBS = frozenset(
    {
        "hold", "have", "attend", "conduct", "make", "give", "provide", "express", "reaffirm",
        "extend", "offer", "announce", "impose", "launch", "carry", "take", "lodge", "issue",
        "deliver", "sign", "reach", "stage", "host", "join", "voice", "reiterate", "pledge",
        "renew", "lend", "send", "deploy", "mass", "station", "level", "file", "raise",
        "exchange", "discuss", "welcome", "affirm", "underscore", "emphasize", "stress",
    }
)  # fmt: skip

#: Prepositions that rarely introduce a participant: places and times.
LOCATIVE_PREPS = frozenset({"in", "at", "during", "near", "inside", "within", "across", "throughout"})

#: Verbs (and light-verb nouns) with which "in"/"at" does introduce a participant
#: ("arrive in Qatar", "intervene in Syria", "invest in Afghanistan").
LOCATIVE_VERBS = frozenset(
    {
        "arrive", "invest", "intervene", "interfere", "meddle", "deploy", "station", "maintain",
        "bomb", "strike", "shell", "operate", "incite", "open", "land", "invade", "fight",
        "troop", "unrest", "infrastructure", "base", "presence", "office", "embassy",
    }
)  # fmt: skip

# --- nominal events -----------------------------------------------------------

#: Event nouns and the verb the relation is written with ("Russia's invasion of
#: Ukraine" → Russia – invade – Ukraine). The preposition that introduces the
#: other participant comes from the noun's own prepositional phrase.
NOMINAL_EVENTS: dict[str, str] = {
    "attack": "attack", "assault": "attack", "invasion": "invade", "incursion": "invade",
    "occupation": "occupy", "annexation": "annex", "seizure": "seize", "bombing": "bomb",
    "bombardment": "bombard", "shelling": "shell", "strike": "strike", "airstrike": "strike",
    "offensive": "attack", "blockade": "blockade", "war": "wage war", "aggression": "attack",
    "talk": "talk", "meeting": "meet", "visit": "visit", "call": "speak", "summit": "meet",
    "negotiation": "negotiate", "sanction": "sanction", "embargo": "embargo",
    "recognition": "recognize", "condemnation": "condemn", "criticism": "criticize",
    "support": "support", "aid": "aid", "assistance": "assist", "backing": "back",
    "accusation": "accuse", "threat": "threaten", "warning": "warn", "agreement": "agree",
    "deal": "deal", "treaty": "sign treaty", "alliance": "ally", "cooperation": "cooperate",
    "trade": "trade", "partnership": "partner", "dialogue": "hold dialogue", "mediation": "mediate",
    "protest": "protest", "expulsion": "expel", "withdrawal": "withdraw", "intervention": "intervene",
    "purchase": "purchase", "investment": "invest", "recognising": "recognize", "resistance": "resist",
    "provocation": "provoke", "crackdown": "crack down", "ceasefire": "agree ceasefire",
    "phone": "speak", "conversation": "speak", "discussion": "discuss", "consultation": "consult",
    "exercise": "hold exercises", "drill": "hold drills",
}  # fmt: skip

#: Prepositions that introduce the patient of an event noun.
NOMINAL_PATIENT_PREPS = frozenset({"on", "against", "of", "with", "to", "into", "for", "from", "toward", "towards"})

#: Event nouns whose "of" phrase is the patient, not the agent ("invasion of
#: Ukraine"); for the others "of" introduces the agent ("the support of France").
PATIENT_OF_NOUNS = frozenset(
    {
        "attack", "assault", "invasion", "incursion", "occupation", "annexation", "seizure",
        "bombing", "bombardment", "shelling", "blockade", "recognition", "condemnation",
        "criticism", "expulsion", "sanction",
    }
)  # fmt: skip

#: Symmetric events: "talks between X and Y" → X – talk with – Y.
SYMMETRIC_NOUNS = frozenset(
    {"talk", "meeting", "summit", "call", "negotiation", "dialogue", "agreement", "deal",
     "treaty", "alliance", "cooperation", "trade", "partnership", "conversation", "war",
     "tension", "relation", "tie", "conflict", "exercise", "drill", "consultation", "discussion"}
)  # fmt: skip

# --- actors ---------------------------------------------------------------------

#: Personal pronouns that refer to one person.
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
#: Pronouns of the document's own voice.
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours"})
#: Pronouns of a group.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
#: Relative pronouns: the relative clause's subject is the noun it modifies.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})

#: spaCy entity labels that can be international actors.
ACTOR_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
