"""The extractor's rules, as data: dependency-label sets and small lexicons.

Each set names a linguistic pattern, not a sentence: the comment says which.
The CAMEO verb lexicon lives in ``kg/data/cameo_lexicon.tsv`` (see
:mod:`kg.events`); the gazetteer in ``kg/data/gazetteer.json`` (see
:mod:`kg.actors`). :mod:`kg.extract` applies these rules to spaCy parses.
"""

from __future__ import annotations

import re

# --- clause structure ---------------------------------------------------------

#: Active subjects.
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: Passive subjects: they become the object ("Chad was attacked by Niger").
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
#: Direct objects of a verb.
OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj"})
#: How many non-actor nouns a path from a predicate may pass through before it
#: reaches an actor ("voice support for the creation of a council in Libya").
MAX_PATH_NOUNS = 3
#: Words of a path kept in the relation text at most (the rest is dropped).
MAX_RELATION_WORDS = 8

#: Modifiers kept inside an actor's noun phrase.
PHRASE_LEFT_DEPS = frozenset(
    {"compound", "amod", "nmod", "det", "flat", "poss", "npadvmod", "nummod", "case"}
)

#: Modal auxiliaries and markers that make a statement hypothetical.
MODALS = frozenset({"could", "would", "might", "may", "should", "can", "must", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: Prepositions of a gerund that does not happen: "warned X against joining", "barred X from".
AVERTING_PREPS = frozenset({"against", "from"})
#: Control verbs whose complement has not happened yet: "expected to meet", "plans to
#: visit", "wants to sign" are hypothetical.
PROSPECTIVE_CONTROL_VERBS = frozenset(
    {"expect", "plan", "intend", "hope", "want", "wish", "seek", "aim", "prepare", "set", "due", "likely",
     "threaten", "propose", "consider", "offer"}
)  # fmt: skip
#: Negation words that may hang off a verb as advmod/neg/det.
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})

#: Modals of obligation: "X should withdraw" said by Y is Y's appeal to X.
APPEAL_MODALS = frozenset({"should", "must", "ought"})
#: The relation of such an appeal in the document's own voice ("Chad should
#: withdraw" in a government statement) and in reported speech ("she said
#: Chad should withdraw").
APPEAL_IN_VOICE = "call on"
APPEAL_REPORTED = "urge"

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
        "know", "understand", "agree", "conclude", "estimate", "accuse", "charge", "pledge",
        "vow", "promise", "underscore", "reaffirm", "affirm", "caution", "tweet",
        "mention", "reply", "respond", "complain",
    }
)  # fmt: skip

#: Verbs whose object controls the subject of their infinitive: "urge X to Y",
#: "ask X to Y". The outer statement is made with X.
OBJECT_CONTROL_VERBS = frozenset(
    {
        "urge", "ask", "encourage", "press", "push", "force", "pressure", "invite",
        "persuade", "order", "tell", "warn", "advise", "allow", "permit", "help", "enable",
        "require", "request", "compel", "implore", "beg", "appeal", "instruct", "convince",
        "expect", "want", "bar", "prevent", "prohibit", "forbid", "wish", "authorize",
        "authorise", "challenge", "direct", "lead", "inspire", "mandate", "prompt", "oblige",
        "obligate", "commit", "bind", "approach",
    }
)  # fmt: skip

#: Verbs whose subject is also the subject of their infinitive, and which stay
#: in the relation: "refuse to condemn", "agree to resume".
SUBJECT_CONTROL_VERBS = frozenset(
    {
        "refuse", "agree", "decide", "threaten", "pledge", "promise", "vow", "plan", "seek",
        "try", "attempt", "fail", "intend", "aim", "want", "wish", "hope", "offer", "decline",
        "continue", "begin", "start", "stop", "cease", "resume", "commit", "prepare",
        "undertake", "expect", "need", "choose", "move", "vote", "resolve", "reaffirm",
        "manage", "dare", "hesitate", "rush", "stand", "ready", "willing", "eager", "prepared",
        "determined", "unwilling", "able", "unable", "reluctant", "keen", "set", "look",
        "affirm", "recommit", "strive", "endeavor", "endeavour", "work", "neglect", "forget",
        "opt", "mean", "propose", "consent", "volunteer", "arrange", "proceed", "apply",
        "campaign", "bid", "scramble", "race", "push", "lobby",
    }
)  # fmt: skip

#: Control verbs that deny their complement: "failed to persuade X" is a negated
#: persuasion (the CAMEO lexicon's "negate" rule says the same for the verbs it knows).
NEGATING_VERBS = frozenset({"fail", "refrain", "abstain", "avoid", "neglect", "omit"})
#: Those and the verbs of refusing: "declined to endorse a text criticising X" endorses nothing.
REFUSING_VERBS = NEGATING_VERBS | {"refuse", "decline"}

#: Adverbs that complete a verb as a particle when they follow it ("drove away the boats").
PARTICLES = frozenset({"away", "back", "off", "out", "up", "down", "over"})

#: Verbs aimed "at" someone: with them "at" introduces a participant, not a place ("fired
#: missiles at X"); so does "at" after a particle ("lashed out at X", "hit back at X").
AIMING_VERBS = frozenset(
    {"fire", "shoot", "aim", "point", "direct", "hurl", "throw", "launch", "lob", "swipe", "jab", "rail",
     "snipe", "bristle", "balk", "scoff", "sneer", "glare", "strike", "hit", "target", "level", "wag"}
)  # fmt: skip

#: Verbs whose prepositional object controls their infinitive: "call on X to Y",
#: "appeal to X to Y".
PREP_CONTROL_VERBS = frozenset({"call", "appeal", "prevail", "rely", "count", "depend", "wait", "look"})

#: Verbs that only support the verb of their "in" clause: "X joined Y in
#: condemning Z" says that X and Y condemned Z, not that X joined Y.
SUPPORT_VERBS = frozenset({"join", "participate", "engage", "succeed", "persist", "lead"})

#: Verbs whose object is the subject of a bare infinitive after them: "helped Niger resolve the
#: dispute", "let Kyiv decide", "made Ukraine withdraw" (the parser hangs the object on the clause).
BARE_INFINITIVE_VERBS = frozenset({"help", "let", "make"})

#: Verbs by which a group owns an attack: "which X claimed", "for which X claimed responsibility".
RESPONSIBILITY_VERBS = frozenset({"claim"})
#: Event nouns of violence whose author a later "the attack" stands for, as the subject of a
#: verb of harm ("The attack killed 19 soldiers").
VIOLENT_EVENTS = frozenset(
    {"attack", "assault", "bombing", "bombardment", "shelling", "strike", "airstrike", "raid", "ambush",
     "offensive", "incursion", "massacre", "explosion", "blast"}
)  # fmt: skip
#: Nouns of a blow whose maker, named on the noun, is the subject of a verb of harm: "the Israeli
#: strikes killed …", "the US sanctions target …", "Washington's tariffs hit …".
BLOW_NOUNS = VIOLENT_EVENTS | frozenset(
    {"sanction", "tariff", "drone", "missile", "shell", "rocket", "embargo"}
)
#: Verbs whose subject performs the event noun they take ("launched a missile attack").
PERFORMING_VERBS = frozenset(
    {"launch", "carry", "conduct", "stage", "mount", "unleash", "perpetrate", "commit", "execute",
     "intensify", "escalate", "order", "resume", "continue"}
)  # fmt: skip
#: Nouns that describe a named doer in apposition ("Severny Tanker Company, a Russian firm that
#: has carried oil to X", "Ravshan Nazarov, an engineer who advises Y"): the relative clause is the
#: named one's.
DOER_DESCRIPTIONS = frozenset(
    {"firm", "company", "entity", "bank", "operator", "contractor", "agency", "charity", "group",
     "organisation", "organization", "movement", "party", "lawmaker", "legislator", "politician",
     "engineer", "expert", "analyst", "activist", "businessman", "businesswoman", "tycoon", "lawyer",
     "commander", "militant", "academic", "scholar", "economist", "journalist", "adviser", "advisor"}
)  # fmt: skip
#: Verbs of regret whose "that" clause names whom the regret is about: "regrets that Mali has not
#: accepted the offer" (regret – Mali); and the nouns that carry the same regret after "express"
#: ("expressed disappointment that …").
CLAUSE_STANCE_VERBS = frozenset({"regret", "deplore", "lament"})
CLAUSE_STANCE_NOUNS = frozenset({"regret", "disappointment", "dismay"})
#: Verbs of warning whose "that" clause names the one warned ("warned that Pakistan would bear
#: the consequences"), or, when it names the speaker ("warned that China would take measures"),
#: the one the verb before it addressed ("urged Brussels to …").
WARNING_CLAUSE_VERBS = frozenset({"warn", "caution"})
CLAUSE_STANCE_HEADS = CLAUSE_STANCE_VERBS | WARNING_CLAUSE_VERBS | {"express"}
#: Verbs whose object is an event their subjects hold or carry out: "held an exercise that China
#: denounced", "signed a deal that Pakistan criticised" (an exercise, a deal of theirs).
HOLDING_VERBS = PERFORMING_VERBS | frozenset({"hold", "begin", "start", "sign", "conclude", "open"})
#: Verbs whose act a later "the <noun>" names ("Iran seized a tanker … the seizure").
EVENT_OF_VERB: dict[str, tuple[str, ...]] = {
    "attack": ("attack", "assault"), "strike": ("strike", "airstrike"), "bomb": ("bombing",),
    "shell": ("shelling",), "raid": ("raid",), "invade": ("invasion", "incursion"),
    "seize": ("seizure",), "annex": ("annexation",), "occupy": ("occupation",), "ambush": ("ambush",),
    "bombard": ("bombardment",), "expel": ("expulsion",), "detain": ("detention",), "arrest": ("arrest",),
    "fire": ("launch", "firing"), "launch": ("launch",), "test": ("test",), "test-fire": ("launch", "test"),
    "violate": ("violation",), "kill": ("killing",), "blockade": ("blockade",), "shoot": ("downing",),
    "open": ("opening",), "reopen": ("reopening",), "close": ("closure", "closing"),
    "suspend": ("suspension",), "withdraw": ("withdrawal",), "deploy": ("deployment",),
    "recognise": ("recognition",), "recognize": ("recognition",), "deport": ("deportation",),
    "release": ("release",), "ratify": ("ratification",), "veto": ("veto",), "ban": ("ban",),
    "boycott": ("boycott",), "recall": ("recall",), "cancel": ("cancellation",), "visit": ("visit",),
    # a proposal, a request or an offer is its maker's however it was received: "Japan proposed
    # talks. China rejected the proposal."
    "propose": ("proposal",), "request": ("request",), "offer": ("offer",), "demand": ("demand",),
    "suggest": ("suggestion",), "ask": ("request",),
}  # fmt: skip
HARM_VERBS = frozenset(
    {"kill", "injure", "wound", "destroy", "damage", "hit", "target", "displace", "claim", "leave"}
)

#: Verbs whose agentless passive names the host by "to": "was summoned to the Foreign Ministry".
SUMMON_VERBS = frozenset({"summon", "call"})
#: Verbs by which a state sends away another's envoy: "the French envoy to Niger was expelled" by
#: Niger, as one summoned is summoned by the state they are accredited to.
EXPEL_VERBS = frozenset({"expel"})
#: Envoys whose "to" names the state that receives them: "Beijing's ambassador to Canberra was
#: summoned" (by Australia).
ENVOY_NOUNS = frozenset(
    {"ambassador", "envoy", "emissary", "d'affaires", "diplomat", "consul", "representative"}
)
#: Acts an official statement reports in the agentless passive of its issuer: "The incidents have
#: been reported to NATO", "the chargé d'affaires was handed a note of protest".
OFFICIAL_ACTS = frozenset(
    {"summon", "report", "inform", "notify", "convey", "deliver", "submit", "expel", "recall",
     "hand", "send", "dispatch", "extend", "lodge", "refer"}
)  # fmt: skip

#: Verbs whose gerund complement keeps them in the relation: "does not rule out inviting X"
#: (not "invite", negated), "resumed sending arms to X", "stopped buying oil from X",
#: "denies arming X" (a denial, not an act), "discussed holding talks with X".
GERUND_CONTROL_VERBS = frozenset(
    {"rule", "consider", "avoid", "stop", "resume", "continue", "keep", "quit", "cease", "begin",
     "start", "finish", "suspend", "refrain", "abstain", "risk", "contemplate", "deny", "admit",
     "acknowledge", "discuss", "propose", "postpone", "delay", "weigh", "mull", "regret"}
)  # fmt: skip

#: Verbs of saying that stay in the relation when the speaker speaks of its own act:
#: "X denied that it had sent drones to Y" is X's denial, not a report that X sent them.
SELF_REPORT_VERBS = frozenset({"deny", "admit"})

#: Participles that make the state in front of them an owner: "a Greek-flagged tanker",
#: "Chinese-owned mines", "Russian-held territory" (but "Iranian-made drones" names a maker).
OWNERSHIP_PARTICIPLES = frozenset(
    {"flagged", "owned", "registered", "operated", "held", "controlled",
     # authorship: "a British-drafted text", "a French-sponsored resolution"
     "drafted", "sponsored", "proposed", "authored", "tabled", "submitted", "written"}
)  # fmt: skip

#: Fixed Latin phrases of a declaration, which the parser cuts up: "declared the Mexican
#: ambassador persona non grata" relates who declares to whom the phrase is said of.
DECLARED_PHRASES = {("persona", "non", "grata"): "declare persona non grata"}

#: "his Colombian counterpart": the person of that state the text names; "her counterpart":
#: the person of another state the text named last ("colleague" only with its state named).
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts", "colleague"})

#: Capitalised words of a state's long name, never of a person's: "People's Democratic Republic".
NOT_NAME_WORDS = frozenset(
    {"republic", "people's", "democratic", "kingdom", "federation", "state", "states", "islamic",
     "united", "federal", "socialist", "arab", "union", "commonwealth"}
)  # fmt: skip

#: Governors of an event noun that present the event as wished for, not as
#: having happened: "support a partnership between X and Y" asserts no partnership.
PROSPECTIVE_GOVERNORS = frozenset(
    {
        "support", "call", "urge", "seek", "demand", "request", "propose", "want", "hope", "need",
        "push", "press", "advocate", "favor", "favour", "back", "discuss", "consider", "plan",
        "prepare", "explore", "pursue", "encourage", "expect", "desire", "wish",
        "threaten", "warn", "appeal", "ask", "possibility", "prospect", "chance", "goal", "aim",
        "preparation", "readiness", "commitment", "pledge", "offer", "risk",
    }
)  # fmt: skip
#: Nouns (not verbs: "fears the deployment" fears a real one) that present an event as feared:
#: "fears of a new war between the two neighbours".
FEARED_GOVERNORS = frozenset({"fear", "danger", "spectre", "specter", "threat"})
#: Adjectives in lower case that name a part of a country before its name ("the eastern
#: Democratic Republic of the Congo"): not part of the name ("Southern African …" is).
REGION_ADJECTIVES = frozenset(
    {"eastern", "western", "northern", "southern", "central", "northeastern", "north-eastern",
     "northwestern", "north-western", "southeastern", "south-eastern", "southwestern", "south-western"}
)  # fmt: skip
#: Verbs by which two sides swap an act ("trade blame", "exchanged accusations"), and the acts
#: that each side then does to the other, by their noun's lemma (not "trade barbs": no one act).
#: Those whose "in" names the state they serve, not where they are: "his counterparts in Mali and
#: Niger" (but "diplomats in Nairobi", "the ambassador in Paris", "met the minister in Doha").
RESIDENT_NOUNS = frozenset({"counterpart"})
#: Those posted abroad, whose "in" names where they serve, not whom: "diplomats in Addis Ababa".
POSTED_NOUNS = frozenset(
    {"diplomat", "ambassador", "envoy", "attaché", "attache", "correspondent", "journalist", "consul"}
)
#: Words that begin another clause in a headline ("Kenya Recalls Envoy After Somalia Expels …"):
#: no actor after them is the object of the verb before them.
HEADLINE_CLAUSE_BREAKS = frozenset(
    {"as", "while", "after", "before", "when", "amid", "despite", "because", "since", "until", "following"}
)
SWAPPING_VERBS = frozenset({"trade", "exchange", "swap"})
MUTUAL_ACTS: dict[str, str] = {
    "blame": "blame", "accusation": "accuse", "charge": "accuse", "recrimination": "accuse",
    "insult": "insult", "threat": "threaten", "warning": "warn", "denunciation": "denounce",
}  # fmt: skip
#: Governors of those that back an event already under way when its doer is named with it:
#: "supports the mediation by Qatar", "backed Türkiye's mediation".
ENDORSING_GOVERNORS = frozenset({"support", "back", "encourage", "favor", "favour"})
#: Words that say an event is under way, whatever governs it: "backed the ongoing talks".
UNDER_WAY_MARKS = frozenset({"ongoing", "current", "continuing", "existing", "recent", "latest", "renewed"})
#: Those governors that talk over what is already there: "discussed the talks between X and Y".
REVIEWING_VERBS = frozenset({"discuss", "review", "consider", "assess", "explore"})
#: Event nouns of a task under way, not of a step wished for ("Ukraine's accession"):
#: "supports the mediation by Qatar".
ONGOING_NOUNS = frozenset(
    {"mediation", "facilitation", "effort", "engagement", "involvement", "presence", "role", "work",
     "leadership", "assistance", "support", "contribution"}
)  # fmt: skip
#: Words that keep an event they govern from happening ("blocked the EU's sanctions against X",
#: "vetoed the accession of Sweden"): the event, like a wished one, is not a statement.
PREVENTING_GOVERNORS = frozenset({"block", "veto", "prevent", "obstruct", "thwart", "stall"})

#: Verbs that may be followed by "that" and a clause whose subject is the
#: person asked ("requested that the AU convene a meeting" → request – AU).
MANDATIVE_VERBS = frozenset(
    {"request", "demand", "ask", "urge", "insist", "propose", "recommend", "require", "order", "appeal"}
)  # fmt: skip

#: Commitment verbs: in "X pledged (that) Y would be punished" X is the
#: understood agent of the passive clause ("pledge to punish" – Y).
COMMISSIVE_VERBS = frozenset({"pledge", "vow", "promise", "swear", "guarantee", "threaten"})

#: Participles of a state one is in, read as the psychological ones are ("locked in a dispute
#: with X", "engaged in talks with X"), unless an agent makes them a passive ("engaged by X").
STATE_PARTICIPLES = frozenset({"lock", "embroil", "engage", "involve", "mire", "entangle"})
#: Participles of feeling: "be alarmed by X" keeps its grammatical subject as the
#: subject (the feeler), unlike an agentive passive ("be attacked by X").
PSYCH_PARTICIPLES = frozenset(
    {
        "alarm", "concern", "hearten", "encourage", "disappoint", "trouble", "dismay", "sadden",
        "shock", "outrage", "please", "delight", "worry", "anger", "frustrate", "satisfy",
        "gratify", "appal", "appall", "horrify", "disturb", "interest", "commit",
        "dedicate", "devote", "oppose", "opposed", "unsettle", "surprise", "distress", "relieve",
        "offend", "inspire", "annoy", "irritate", "upset", "reassure",
    }
) | STATE_PARTICIPLES  # fmt: skip


#: Verbs that say nothing between two actors by themselves: when one of them is
#: the predicate and no event noun follows, no statement is made ("Peru is a
#: member of the UN" is a fact, not an event).
#: Verbs of where a state lies, which no statement is made of: "Brazil borders Venezuela".
GEOGRAPHY_VERBS = frozenset({"border", "adjoin", "neighbour", "neighbor", "straddle", "overlook"})
EMPTY_VERBS = frozenset(
    {"be", "become", "remain", "seem", "appear", "include", "comprise", "consist", "mean"}
)
#: CAMEO roots of words rather than deeds (public statements, appeals, disapproval, threats): no
#: later "the decision" or "the move" takes them up. Not demands, often orders ("ordered a halt").
WORD_ROOTS = frozenset({"01", "02", "11", "13"})
#: What one state imposes on another, and the nouns a later sentence takes it up by: "The EU
#: imposed sanctions on Iran. Iran condemned the measures."
IMPOSED_MEASURES: dict[str, tuple[str, ...]] = {
    "sanction": ("sanction", "measure", "penalty", "restriction", "listing"),
    "tariff": ("tariff", "duty", "levy", "measure"),
    "duty": ("duty", "tariff", "measure"),
    "embargo": ("embargo", "ban", "measure"),
    "ban": ("ban", "measure"),
    "blacklist": ("listing", "measure", "sanction"),
}  # fmt: skip
#: Prepositions of acting regardless of someone: "despite objections from X", "amid criticism
#: from X" (and "over", with "the objections of X" only).
CONCESSIVE_PREPS = frozenset({"despite", "amid", "amidst", "notwithstanding"})
#: Event nouns of objecting to someone's act, which those prepositions take.
OBJECTING_NOUNS = frozenset(
    {"objection", "protest", "criticism", "condemnation", "warning", "opposition", "rebuke", "censure"}
)  # fmt: skip
#: The verbs of those that are no event noun of their own (NOMINAL_EVENTS gives the others').
OBJECTION_VERBS = {"objection": "object to", "opposition": "oppose"}
#: CAMEO roots of reacting to another's act: praising (05), disapproving (11), rejecting (12),
#: threatening (13), protesting (14): "…, a move Ethiopia rejected".
REACTION_ROOTS = frozenset({"05", "11", "12", "13", "14"})

#: Prepositions that rarely introduce a participant: places.
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "within", "across", "outside", "around", "beyond", "through"}
)
#: Prepositions that never introduce a participant of the predicate: times,
#: roles ("recognize X as president"), company ("arrive alongside X"),
#: concessions and examples.
NON_PARTICIPANT_PREPS = frozenset(
    {"as", "during", "since", "after", "before", "until", "till", "alongside", "despite", "via",
     "amid", "amidst", "throughout", "like", "including", "except", "besides", "following",
     "ahead", "per", "than", "unlike", "notwithstanding", "pending", "of"}
)  # fmt: skip

#: Verbs (and light-verb nouns) with which "in"/"at" does introduce a participant
#: ("arrive in Kenya", "intervene in Libya", "invest in Angola").
LOCATIVE_VERBS = frozenset(
    {
        "arrive", "route", "transit", "smuggle", "invest", "intervene", "interfere", "meddle",
        "deploy", "station", "maintain",
        "bomb", "strike", "shell", "operate", "incite", "open", "land", "invade", "fight",
        "troop", "unrest", "infrastructure", "base", "presence", "office", "embassy", "investment",
        "interference", "intervention", "involvement", "meddling", "operation", "government",
        "election", "deployment", "force", "soldier", "attack", "airstrike", "situation", "crisis",
        "violence", "development", "escalation", "fighting", "conflict", "participation",
        "membership", "participate", "seat",
        # places that are attacked or held: "attacked a military position in Burkina Faso"
        "position", "facility", "camp", "outpost", "checkpoint", "installation", "depot",
        "headquarters", "barracks", "airbase", "airfield", "garrison", "post", "plant", "hideout",
        "stronghold", "target", "territory", "ground", "area", "town", "village", "city",
        # upheavals and fighting in a state: "condemned the coup in Niger"
        "coup", "war", "insurgency", "crackdown", "offensive", "hostilities", "massacre", "bombing",
        "shelling",
    }
)  # fmt: skip
#: Shows of force held "around" or "near" a state are aimed at it ("held drills around Taiwan").
SHOW_OF_FORCE_NOUNS = frozenset(
    {"drill", "exercise", "game", "manoeuvre", "maneuver", "patrol", "flight", "incursion", "buildup",
     "build-up", "deployment", "test"}
)  # fmt: skip
VICINITY_PREPS = frozenset({"around", "near", "off", "close"})
#: A state's rule over people, which happens where the state is: "the repression of civil
#: society in Belarus", "the arrest of two American journalists in Russia" (in Russia).
RULE_NOUNS = frozenset(
    {"repression", "persecution", "oppression", "detention", "execution", "killing", "abuse",
     "sentencing", "imprisonment", "arrest", "jailing", "conviction"}
)  # fmt: skip
LOCATIVE_VERBS = LOCATIVE_VERBS | RULE_NOUNS
#: Peace sought in a state ("called for a ceasefire in Sudan"); but "signed a ceasefire in
#: Kuala Lumpur" names where it was signed (SETTLING_VERBS).
PEACE_NOUNS = frozenset({"ceasefire", "truce", "peace", "stability", "calm", "de-escalation"})

#: Nouns of feeling: with them "at" introduces what the feeling is about
#: ("voiced dismay at the test", "outrage at X").
EMOTION_NOUNS = frozenset(
    {"regret", "concern", "anger", "outrage", "dismay", "surprise", "alarm", "satisfaction",
     "disappointment", "frustration", "displeasure", "indignation", "shock", "sorrow", "joy",
     "relief", "unease", "irritation", "annoyance", "fury"}
)  # fmt: skip

#: Prepositions of topic: after a symmetric noun they introduce what is talked
#: about, not a participant ("talks with Hamas on Gaza").
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})

# --- reciprocity ---------------------------------------------------------------

#: Verbs that relate their coordinated subjects to each other when they have no
#: other participant: "X and Y met" → X – meet with – Y.
RECIPROCAL_VERBS = frozenset(
    {
        "meet", "talk", "speak", "agree", "discuss", "negotiate", "cooperate", "collaborate",
        "fight", "clash", "trade", "exchange", "swap", "confer", "consult", "coordinate", "reconcile",
        "partner", "ally", "chat", "converse", "correspond", "deliberate", "quarrel", "feud",
        "spar", "compete", "communicate", "interact", "liaise", "reunite", "unite",
        "sign", "conclude", "normalize", "normalise", "disagree", "differ", "dispute", "debate",
        "work", "team",
    }
)  # fmt: skip
#: Control verbs whose complement two parties do together ("agreed to reopen").
RECIPROCAL_CONTROL_VERBS = frozenset({"agree", "consent", "arrange", "resolve"})
#: Verbs of a third party's help to an agreement: "a truce brokered by X" relates X to
#: the parties of the truce.
MEDIATION_VERBS = frozenset({"broker", "mediate", "facilitate", "host", "sponsor", "negotiate", "arrange"})
#: Verbs whose accord is named by "to" or "by": "X and Y committed to a ceasefire", "abided by
#: the truce", "returned to talks" (a joint act of the subjects, as "agreed a truce" is).
BINDING_VERBS = frozenset({"commit", "recommit", "adhere", "abide", "return", "stick"})
#: Verbs that make an agreement somewhere: its "in" is the venue.
SETTLING_VERBS = RECIPROCAL_VERBS | MEDIATION_VERBS | {"reach", "seal", "ink", "strike", "announce"}
#: Verbs by which an act affects someone, so that "X's decision angered Y" is X's doing.
AFFECT_VERBS = frozenset(
    {"anger", "alarm", "upset", "irritate", "infuriate", "worry", "unsettle", "provoke", "block", "derail",
     "undermine", "strain", "sour", "damage", "hurt", "please", "reassure", "surprise", "dismay", "enrage",
     "antagonize", "antagonise", "alienate"}
)  # fmt: skip
#: Verbs of a reaction with no object, and the marks of the clause that says to what: "Tokyo
#: protested after Chinese ships entered its waters".
REACTION_VERBS = frozenset({"protest", "retaliate", "complain", "react", "respond"})
REACTION_MARKS = frozenset({"after", "when", "as", "because"})
#: Verbs of harm whose agentless passive names its doer in a clause of time: "two soldiers were
#: wounded when an Israeli drone hit their post" (the drone's state wounded them).
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "maim"})
#: The marks of such a clause: those of reacting, but for a cause.
CASUALTY_MARKS = REACTION_MARKS - {"because"}
#: Nouns of "in the strongest terms", "in no uncertain terms": how a stance is said.
EMPHASIS_NOUNS = frozenset({"term"})
#: Nouns that refer back to the last act a state did, whatever it was: "The decision was
#: denounced by Madrid".
ACT_NOUNS = frozenset({"decision", "move", "step"})
#: Nouns that, set after a clause with "a", name what the clause says was done: "The EU has
#: deployed monitors since 2023, a presence Baku has criticised" (besides acts and events).
APPENDED_NOUNS = frozenset(
    {"presence", "measure", "action", "gesture", "initiative", "policy", "practice", "tactic",
     "approach", "development", "arrangement"}
)  # fmt: skip
#: Verbs of meeting, and the nouns that later refer back to the meeting with all its parties:
#: "Ethiopia and Eritrea met in Djibouti. The US welcomed the meeting."
MEETING_OF_VERB: dict[str, tuple[str, ...]] = {
    "meet": ("meeting", "talk"), "negotiate": ("negotiation", "talk"),
}  # fmt: skip
#: Meetings that are held: "X held talks with Y" (a later "the talks" are theirs).
HELD_MEETINGS = frozenset({"talk", "meeting", "summit", "consultation", "negotiation"})
#: Verbs that give a place a name: "the islands, which Japan calls the Senkakus".
NAMING_VERBS = frozenset({"call", "name", "rename", "dub", "term"})
#: Mediation by outsiders only: "Egypt and Qatar mediated the truce" is not between them.
THIRD_PARTY_MEDIATION = frozenset({"broker", "mediate"})
#: Reciprocal verbs of talk: with two or more subjects their object is a topic.
DISCUSSION_VERBS = frozenset(
    {"discuss", "talk", "speak", "debate", "negotiate", "consult", "confer", "review"}
)
#: Verbs that with "together" make their objects meet: "brought together X and Y".
GATHERING_VERBS = frozenset({"bring", "gather", "get"})
#: A state's machines and vessels, which a later "the drone" refers back to.
ASSET_NOUNS = frozenset(
    {"drone", "aircraft", "jet", "warplane", "helicopter", "vessel", "ship", "warship", "boat",
     "submarine", "frigate", "corvette", "destroyer", "tanker", "plane", "missile", "satellite"}
)  # fmt: skip
#: The general word a later reference may use for a military asset of a kind: "three Russian
#: jets …. The aircraft were intercepted" (the jets' state). Not ships, boats or tankers, which
#: are often a private owner's, flagged elsewhere, while "the vessel" may be another's.
ASSET_KINDS: dict[str, str] = {
    "jet": "aircraft", "warplane": "aircraft", "plane": "aircraft", "helicopter": "aircraft",
    "drone": "aircraft", "warship": "vessel", "frigate": "vessel", "corvette": "vessel",
    "destroyer": "vessel", "submarine": "vessel",
}  # fmt: skip
#: A state's rulers named without the state: "the regime", "the junta", "the authorities".
REGIME_WORDS = frozenset({"regime", "junta", "authority", "authorities", "leadership"})
#: Of those, the ones that mean one state's rulers the text has named ("Myanmar's junta … the junta").
JUNTA_WORDS = frozenset({"regime", "junta"})
#: A state's armed services, which a later bare "the military" names again: "Myanmar's military
#: bombed …. The UN called on the military to stop".
ARMED_SERVICE_NOUNS = frozenset({"military", "army", "navy"})
#: Nouns that with "military" name a junta: "Mali's military government".
MILITARY_RULE_NOUNS = frozenset({"government", "authority", "ruler"})
#: Nouns of intention whose infinitive is not (yet) an act, with the verb the relation keeps:
#: "Kazakhstan's proposal to host talks" → "propose to host talks".
INTENTION_NOUNS: dict[str, str] = {
    "proposal": "propose", "plan": "plan", "offer": "offer", "decision": "decide",
    "readiness": "be ready", "intention": "intend", "refusal": "refuse", "bid": "seek",
    "attempt": "attempt", "commitment": "commit", "pledge": "pledge", "promise": "promise",
    "threat": "threaten", "willingness": "be willing", "determination": "be determined",
}  # fmt: skip
#: Verbs whose subject owns the intention noun they take: "Iran has taken a decision to end
#: cooperation with X", "announced a plan to cut ties with X" (but not "rejected a plan to …").
OWNING_VERBS = frozenset(
    {"take", "make", "announce", "unveil", "launch", "reach", "adopt", "have", "show", "express",
     "reaffirm", "reiterate", "renew", "confirm", "signal", "declare", "present", "submit",
     "pursue", "abandon", "drop", "step", "redouble", "intensify", "table", "formalize",
     "formalise", "outline", "lodge", "issue"}
)  # fmt: skip
#: Prepositions of a reason, which a path through a noun does not make a target when the act
#: has one: "sanctions on Iran over drone supplies to Russia".
REASON_PREPS = frozenset({"over"})
#: A visit with no destination named is to the one who welcomes or hosts it ("welcomed the visit
#: of the Prime Minister of India").
HOSTED_NOUNS = frozenset({"visit", "trip"})
#: Prepositions by which a visit with no visitor of its own is the visit of the clause's subject:
#: "praised the plan during a visit to Rabat", "the minister, on a visit to Tokyo, said".
VISITING_PREPS = frozenset({"during", "on"})
#: Verbs by which their subjects take part in a meeting "in" or "for" it: "X and Y took part in
#: talks", "delegations from X and Y arrived for talks" (they hold the talks with each other).
PARTAKING_VERBS = frozenset({"take", "participate", "engage", "arrive", "gather", "convene", "sit"})
#: Nouns of talks between their participants, not of a gathering of many ("took part in the summit").
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "dialogue", "consultation", "discussion"})
#: Verbs of a journey, whose own statement names where it goes ("will travel to Angola on a visit").
JOURNEY_VERBS = frozenset({"travel", "go", "fly", "arrive", "come", "head", "leave", "depart", "return"})
HOSTING_VERBS = frozenset({"welcome", "host", "receive", "hail"})
#: Discussion verbs whose object is the topic ("discussed Ukraine"), never the partner.
TOPIC_OBJECT_VERBS = frozenset({"discuss", "debate", "review"})
#: Adverbs that make any predicate reciprocal ("work together").
RECIPROCAL_ADVERBS = frozenset({"together", "jointly", "bilaterally", "mutually"})
#: Modifiers of an object noun that make its predicate reciprocal ("staged joint patrols").
RECIPROCAL_MODIFIERS = frozenset({"joint", "bilateral", "mutual", "common"})

# --- nominal events -----------------------------------------------------------

#: Event nouns and the verb the relation is written with ("Chad's invasion of
#: Niger" → Chad – invade – Niger). The preposition that introduces the
#: other participant comes from the noun's own prepositional phrase.
NOMINAL_EVENTS: dict[str, str] = {
    "attack": "attack", "assault": "attack", "invasion": "invade", "incursion": "invade",
    "intrusion": "invade", "pressure": "pressure", "occupation": "occupy", "annexation": "annex",
    "seizure": "seize", "bombing": "bomb",
    "bombardment": "bombard", "shelling": "shell", "strike": "strike", "airstrike": "strike",
    "offensive": "attack", "blockade": "blockade", "war": "wage war", "aggression": "commit aggression",
    "talk": "hold talks", "exchange": "exchange", "swap": "swap", "meeting": "hold meeting",
    "visit": "pay visit", "call": "speak",
    "summit": "hold summit",
    "negotiation": "negotiate", "sanction": "sanction", "embargo": "embargo",
    "recognition": "recognize", "condemnation": "condemn", "criticism": "criticize",
    "support": "support", "aid": "aid", "assistance": "assist", "backing": "back",
    "accusation": "accuse", "threat": "threaten", "warning": "warn", "agreement": "agree",
    "deal": "deal", "treaty": "sign treaty", "alliance": "ally", "cooperation": "cooperate",
    "trade": "trade", "partnership": "partner", "dialogue": "hold dialogue", "mediation": "mediate",
    "protest": "protest", "expulsion": "expel", "withdrawal": "withdraw", "intervention": "intervene",
    "purchase": "purchase", "investment": "invest", "resistance": "resist",
    "provocation": "provoke", "crackdown": "crack down", "ceasefire": "agree ceasefire",
    "conversation": "speak", "discussion": "discuss", "consultation": "consult",
    "exercise": "hold exercises", "drill": "hold drills", "dispute": "dispute",
    "manoeuvre": "conduct manoeuvres", "maneuver": "conduct maneuvers",
    "conflict": "fight", "fighting": "fight", "clash": "clash", "engagement": "engage",
    "relation": "have relations", "tie": "have ties", "rivalry": "have rivalry", "hostility": "fight",
    "arrest": "arrest", "detention": "detain", "killing": "kill", "murder": "kill",
    "deportation": "deport", "boycott": "boycott", "interference": "interfere",
    "meddling": "meddle", "involvement": "intervene", "loan": "lend", "sale": "sell",
    "delivery": "deliver", "export": "export", "import": "import",
    "trip": "visit", "phone": "speak", "telephone": "speak", "mission": "visit",
    "launch": "launch", "test": "test", "deployment": "deploy", "dispatch": "send", "transfer": "transfer",
    "shipment": "ship", "donation": "donate", "evacuation": "evacuate", "raid": "raid",
    "siege": "besiege", "retaliation": "retaliate", "abduction": "abduct", "friction": "have friction",
    "rift": "have rift", "feud": "feud", "row": "row", "spat": "spat", "standoff": "face off",
    "rapprochement": "reconcile", "reconciliation": "reconcile", "thaw": "thaw relations",
    "alignment": "align", "tension": "have tensions", "confrontation": "confront", "invitation": "invite",
    "behest": "urge", "urging": "urge", "supply": "supply", "provision": "provide", "funding": "fund",
    "financing": "finance", "training": "train", "downing": "down", "interception": "intercept",
    "capture": "capture", "kidnapping": "kidnap", "accession": "accede", "rebuke": "rebuke",
    "reprimand": "reprimand", "censure": "censure", "denunciation": "denounce", "praise": "praise",
    "cyberattack": "attack", "hacking": "hack", "sabotage": "sabotage", "assassination": "assassinate",
    "ambush": "ambush", "request": "request", "violation": "violate", "breach": "breach",
}  # fmt: skip

#: Copulas, and the words that rank their subject among others who do an act: "became the
#: first country to recognise X", "is the only state to have signed", "the latest to join".
COPULAS = frozenset({"be", "become", "remain"})
RANK_WORDS = frozenset({"first", "second", "third", "last", "latest", "only", "sole", "newest"})

#: A part one plays in an act, and the verbs that take it: "played a key role in brokering the
#: deal", "took part in negotiating": the player does the act.
ROLE_NOUNS = frozenset({"role", "part"})
ROLE_VERBS = frozenset({"play", "have", "take"})

#: Nouns of a standing relationship, which say more by what becomes of them ("relations between
#: X and Y have soured") than by being there.
RELATIONSHIP_NOUNS = frozenset({"relation", "tie", "relationship"})
#: What the two sides do to such a relationship, said in the passive: "ties were severed".
RELATIONSHIP_PASSIVES = frozenset(
    {"strain", "freeze", "sever", "cut", "break", "suspend", "restore", "normalise", "normalize",
     "damage", "upgrade", "downgrade", "establish", "resume", "sour"}
)  # fmt: skip

#: Participles that lay an event at its author, with the preposition naming the author: "the
#: attacks attributed to X", "the blast blamed on X".
ATTRIBUTING_PARTICIPLES: dict[str, str] = {"attribute": "to", "ascribe": "to", "blame": "on", "pin": "on"}

#: The event nouns of a verb ("strike" → "strike", "airstrike"): a later "the strikes" after
#: "X struck …" are X's.
VERB_EVENTS: dict[str, tuple[str, ...]] = {}
for _noun, _verb in NOMINAL_EVENTS.items():
    if " " not in _verb:
        VERB_EVENTS[_verb] = (*VERB_EVENTS.get(_verb, ()), _noun)
#: Nouns that take up what a verb of proposing or describing did: after "Russia proposed a
#: truce", "the proposal"; after "X described the transits as provocations", "this
#: characterisation" (both the doer's).
SPEECH_ACT_NOUNS: dict[str, tuple[str, ...]] = {
    "propose": ("proposal",), "offer": ("offer",), "demand": ("demand",),
    "describe": ("characterisation", "characterization", "description"),
    "characterise": ("characterisation",), "characterize": ("characterization",),
    "brand": ("characterisation", "characterization", "label"), "label": ("label",),
    "criticise": ("criticism", "characterisation"), "criticize": ("criticism", "characterization"),
}  # fmt: skip
for _verb, _nouns in SPEECH_ACT_NOUNS.items():
    VERB_EVENTS[_verb] = tuple(dict.fromkeys((*VERB_EVENTS.get(_verb, ()), *_nouns)))

#: Nouns of a text a government or organisation issues, and the verbs that issue them: "the
#: statement accused X" after "Mali issued a statement" is Mali's accusation.
COMMUNICATION_NOUNS = frozenset(
    {"statement", "communique", "communiqué", "declaration", "note", "letter", "report", "message",
     "memorandum", "protest", "request", "proposal", "invitation", "offer", "ultimatum", "appeal",
     "resolution"}
)  # fmt: skip
PUBLISHING_VERBS = frozenset(
    {"issue", "release", "publish", "send", "deliver", "adopt", "hand", "submit", "make", "lodge", "file"}
)

#: Verbs of telling someone that something is so: the clause they govern is said by their
#: subject ("Fiji informed the meeting that its treaty …"), its prepositions stay participants.
INFORMING_VERBS = frozenset({"inform", "brief", "assure", "notify", "remind"})

#: Verbs that bring an event to its end: "completed its withdrawal from X" withdrew from X.
COMPLETING_VERBS = frozenset({"complete", "finalise", "finalize", "finish"})

#: Verbs of judging what another does: "criticised China's support for Russia" judges China
#: (not "reaffirmed the UK's support", the speaker's own).
JUDGING_VERBS = frozenset(
    {"welcome", "praise", "commend", "hail", "applaud", "appreciate", "salute", "criticise",
     "criticize", "condemn", "denounce", "deplore", "decry", "slam", "question", "protest"}
)  # fmt: skip

#: Verbs of turning down a text: its content is not theirs ("vetoed a resolution condemning X").
REJECTING_VERBS = frozenset(
    {"veto", "block", "reject", "oppose", "boycott", "scrap", "drop", "dismiss", "ignore", "denounce",
     "condemn", "criticize", "criticise", "withdraw", "rescind", "revoke", "repeal", "overturn"}
)  # fmt: skip

#: Documents that speak for whoever issued them: "a statement by NATO condemned Russia".
SPEAKING_DOCUMENTS = frozenset(
    {"statement", "communique", "communiqué", "declaration", "letter", "message", "note", "report"}
)

#: Nouns after "in" that say how, not where: "acting in coordination with X".
MANNER_NOUNS = frozenset(
    {"coordination", "cooperation", "consultation", "partnership", "concert", "response", "reaction",
     "retaliation", "solidarity", "support", "violation", "breach", "defiance", "contravention",
     "alliance", "league", "collaboration", "conjunction", "talks", "talk", "negotiation", "contact",
     "dispute", "conflict", "dialogue", "touch"}
)  # fmt: skip

#: Nouns after "at" that say how two parties stand: "at odds with X", "at war with X".
STANDING_NOUNS = frozenset({"war", "odds", "loggerheads", "peace"})
#: Nouns with no singular of their meaning: a relation keeps "at odds", never "at odd".
PLURAL_ONLY_NOUNS = frozenset({"odds", "loggerheads"})

#: Nouns of a helper's part: "reached a deal with the help of the UN" is a deal between the
#: subjects, which the UN helped make.
HELP_NOUNS: dict[str, str] = {
    "help": "help", "assistance": "assist", "mediation": "mediate", "facilitation": "facilitate",
    "good offices": "mediate", "backing": "back", "auspices": "mediate",
}  # fmt: skip
#: The words of them as they appear in a sentence, to pass over sentences without any.
HELP_WORDS = ("help", "assistance", "mediation", "facilitation", "offices", "backing", "auspices")
#: Nouns of a third party's help: "welcomes the mediation efforts of Qatar and the United States
#: and encourages the parties to …": those who help are not "the parties".
HELPER_NOUNS = frozenset(HELP_WORDS) | {"effort", "office", "support", "role", "initiative"}

#: Prepositions of time before an event noun: "speaking after talks with X".
TIME_PREPS = frozenset({"after", "following", "before", "during", "since"})

#: Nouns of one who speaks for a body named by "for": "a spokesman for the ministry".
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "mouthpiece"})

#: Nouns of who attended an event, not took part in it as a side: "met in Urumqi with Chinese
#: participation", "signed in the presence of X".
ATTENDANCE_NOUNS = frozenset({"participation", "presence", "attendance"})

#: Verbs whose subject "it" is no actor ("it emerged", "it takes time").
EXPLETIVE_VERBS = frozenset(
    {"be", "seem", "appear", "emerge", "take", "happen", "remain", "become", "mean", "matter", "follow",
     "come", "go", "look", "sound", "feel", "rain", "say", "report", "add", "note", "state"}
)  # fmt: skip

#: Prepositions that introduce the patient of an event noun.
NOMINAL_PATIENT_PREPS = frozenset(
    {"on", "against", "of", "with", "to", "into", "for", "from", "toward", "towards", "in", "upon"}
)  # fmt: skip

#: Event nouns whose "of" phrase is the patient, not the agent ("invasion of
#: Niger"); for the others "of" introduces the agent ("the support of Ghana").
PATIENT_OF_NOUNS = frozenset(
    {
        "attack", "assault", "invasion", "incursion", "intrusion", "occupation", "annexation", "seizure",
        "bombing", "bombardment", "shelling", "blockade", "recognition", "condemnation",
        "criticism", "expulsion", "sanction", "arrest", "detention", "killing", "murder",
        "deportation", "boycott", "purchase", "sale", "delivery", "export", "import", "support",
        "backing", "deployment", "dispatch", "transfer", "shipment", "donation", "evacuation", "raid",
        "siege", "abduction", "downing", "interception", "capture", "kidnapping", "rebuke",
        "reprimand", "censure", "denunciation", "praise",
    }
)  # fmt: skip

#: Verbs of holding people: "two French citizens detained in Iran" are held by Iran, when no
#: one else is named.
DETENTION_VERBS = frozenset({"detain", "arrest", "imprison", "jail", "incarcerate"})
#: Verbs of sending forces, and the forces a state sends: "North Korean troops were deployed to
#: Russia" says that North Korea deployed them, when no one else is named.
DISPATCH_VERBS = frozenset({"deploy", "redeploy", "send", "dispatch", "station", "post"})
#: Those and the verbs of taking forces back: "Ethiopian troops have not been withdrawn from
#: Somalia" says that Ethiopia has not withdrawn them.
FORCE_MOVING_VERBS = DISPATCH_VERBS | {"withdraw", "pull", "evacuate"}
#: Warships and warplanes by their kind: forces their state owns ("two Chinese corvettes").
WARCRAFT_NOUNS = frozenset({"frigate", "corvette", "destroyer", "cutter", "submarine", "bomber"})
FORCE_NOUNS = frozenset(
    {"troop", "soldier", "force", "personnel", "contingent", "unit", "battalion", "brigade", "police",
     "officer", "warship", "vessel", "ship", "jet", "aircraft", "peacekeeper", "marine", "sailor"}
) | WARCRAFT_NOUNS  # fmt: skip
#: Event nouns of sending or supplying: the owner of what their "of" names is the one who sends
#: it ("the deployment of Venezuelan troops", "the delivery of Iranian drones to Russia"), unlike
#: the owner of what is downed or seized ("the downing of a Malian drone").
SENDING_NOUNS = frozenset(
    {"deployment", "dispatch", "transfer", "delivery", "sale", "shipment", "export", "donation",
     "supply", "provision"}
)  # fmt: skip

#: Event nouns of entering whose "of" may name what enters, its owner the doer: "the incursion of
#: Russian drones into Polish airspace" (but "the incursion of Niger" is Niger's invasion).
ENTRY_NOUNS = frozenset({"incursion", "intrusion", "infiltration"})

#: Event nouns whose "to" is where they go or what they join, also when the parser hangs it on
#: the verb ("welcomed the accession of Indonesia to BRICS").
DESTINATION_NOUNS = SENDING_NOUNS | {"accession"}

#: What is sent or sold besides troops and vessels: its owner sends it ("the sale of US weapons to
#: Taiwan", "the export of Ukrainian grain"); people are not (the transfer of Ukrainian children).
SENT_GOODS = frozenset(
    {"weapon", "arm", "tank", "munition", "ammunition", "shell", "rocket", "artillery", "equipment",
     "system", "vehicle", "helicopter", "plane", "fighter", "armour", "armor", "hardware", "gas",
     "oil", "fuel", "grain", "wheat", "food", "aid", "vaccine", "good", "product", "technology",
     "uranium", "component", "chip", "part", "supply", "electricity", "power", "money", "fund"}
)  # fmt: skip

#: Prepositions that give a symmetric event a side ("the war against X").
HOSTILE_PREPS = frozenset({"against"})
#: Event nouns that take "over" for the one overflown ("a missile launch over Japan").
OVERFLIGHT_NOUNS = frozenset({"launch", "flight", "overflight", "firing", "test"})

#: Event nouns that take "in" for their patient ("interference in Libya").
#: Hyphens and dashes that join two names into one modifier ("the Chile-Peru border").
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
#: Dashes that, with spaces around them, separate a dateline from the text ("MUSCAT — …").
DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})

LOCATIVE_PATIENT_NOUNS = frozenset({"interference", "intervention", "involvement", "meddling", "investment"})

#: The relation of an event noun with one preposition when it is not the
#: noun's verb and that preposition ("a call for X to act" is an appeal).
NOMINAL_PREP_RELATIONS: dict[tuple[str, str], str] = {
    ("call", "for"): "call on",
    ("call", "to"): "call on",
    ("call", "on"): "call on",
    ("call", "upon"): "call on",
    ("appeal", "to"): "appeal to",
    ("support", "for"): "support",
    ("support", "to"): "support",
    ("aid", "to"): "aid",
    ("aid", "for"): "aid",
    ("assistance", "to"): "assist",
    ("assistance", "for"): "assist",
    ("threat", "to"): "threaten",
    ("threat", "against"): "threaten",
    ("purchase", "from"): "purchase from",
    ("visit", "to"): "pay visit to",
    ("trip", "to"): "visit",
    ("mission", "to"): "visit",
    ("sanction", "on"): "sanction",
    ("sanction", "against"): "sanction",
    ("embargo", "on"): "embargo",
    ("embargo", "against"): "embargo",
}

#: Verbs addressed to someone for a reason: with an actor as their object, the
#: actors of their other phrases are part of the reason ("thanked X for its aid to Y").
ADDRESSEE_VERBS = frozenset(
    {"thank", "congratulate", "praise", "commend", "applaud", "blame", "criticize", "criticise",
     "condemn", "denounce", "accuse", "fault", "reward", "punish", "sanction", "reprimand",
     "rebuke", "censure", "chide", "salute", "hail", "laud", "credit"}
)  # fmt: skip

#: Verbs of disapproval, and the harms they are said about: with them, "the
#: attack on X" names X as the victim, not as the one disapproved of.
DISAPPROVAL_VERBS = frozenset(
    {"condemn", "denounce", "criticize", "criticise", "deplore", "decry", "protest", "regret", "lament",
     "mourn"}
)  # fmt: skip
HARM_NOUNS = frozenset(
    {"attack", "assault", "violence", "aggression", "strike", "airstrike", "shelling", "bombing",
     "invasion", "incursion", "threat", "crime", "abuse", "killing", "murder", "harassment",
     "intimidation", "discrimination", "persecution", "repression", "crackdown", "atrocity",
     "pressure", "coercion", "provocation", "blockade", "interference"}
)  # fmt: skip
#: Harms named in general terms, which take up the last harm of any kind: "Venezuelan troops
#: attacked a Guyanese post. Guyana condemns this aggression."
GENERIC_HARM_NOUNS = frozenset({"aggression", "provocation", "hostility", "escalation"})
#: Events besides harms that such a noun takes up: "North Korea fired a missile over Japan.
#: Tokyo condemned the provocation."
PROVOKING_EVENTS = frozenset({"launch", "firing", "test", "violation", "seizure", "raid"})
#: Nouns of an act that an "of" names the kind of: "this act of aggression".
ACT_OF_NOUNS = frozenset({"act", "action"})
#: Verbs of warning: warned about a harm to someone, the harmed one is not the one warned.
WARNING_VERBS = frozenset({"warn", "caution", "urge", "press"})
VICTIM_PREPS = frozenset({"on", "against", "toward", "towards", "upon"})
#: Prepositions that introduce the target of an attack, replaced by "in" when the
#: place it was struck is named ("strikes against the PKK in Iraq" → strike in Iraq); the parser
#: may hang them on the event's "by" agent ("attacks by the M23 movement on Congolese troops").
TARGET_PREPS = VICTIM_PREPS | {"at", "into"}

#: Verbs of a stance on an event, whose joint subjects are not its parties ("X and Y welcomed
#: the talks").
STANCE_VERBS = frozenset(
    {"welcome", "hail", "applaud", "praise", "commend", "condemn", "denounce", "deplore", "criticise",
     "criticize", "regret", "reject", "oppose", "support", "endorse", "back", "note", "acknowledge",
     "appreciate", "salute", "congratulate", "lament", "question", "doubt"}
)  # fmt: skip
#: Nouns of a stance: their possessor is who holds it, not whom it is about
#: ("reaffirmed Norway's commitment to X" is about X, not about Norway).
STANCE_NOUNS = frozenset(
    {"commitment", "readiness", "willingness", "determination", "position", "stance", "policy",
     "view", "intention", "desire", "resolve", "pledge", "promise", "opposition", "concern",
     "objection", "preparedness", "ability", "capacity", "effort", "right", "interest", "goal",
     "aim", "plan", "strategy", "approach", "role", "responsibility", "obligation", "solidarity",
     "gratitude", "appreciation", "dedication", "support", "hope", "wish", "attempt"}
)  # fmt: skip

#: Acts that a name in front of them made: "the US decision", "the EU plan", "the Israeli move"
#: (not "UN Security Council resolutions", a body's text others vote on or violate).
MADE_ACT_NOUNS = frozenset(
    {"decision", "move", "plan", "proposal", "offer", "threat", "bid", "request", "refusal", "step",
     "initiative", "ultimatum", "demand"}
)  # fmt: skip
#: Nouns that a decision, a plan or a call is: their infinitive's subject is
#: their agent ("the decision by X to recognize Y").
DECISION_NOUNS = frozenset(
    {"decision", "plan", "move", "pledge", "commitment", "promise", "vow", "threat", "effort",
     "attempt", "bid", "call", "offer", "refusal", "agreement", "intention", "determination",
     "willingness", "readiness", "proposal", "request", "order", "resolution", "choice", "vote"}
)  # fmt: skip

#: Nouns of what an actor owns or holds: a name in front of them is their owner ("PKK targets",
#: "Houthi positions", "Hamas tunnels"), unlike a name in front of a topic ("the Yemen conference").
OWNED_NOUNS = frozenset(
    {"target", "position", "base", "camp", "hideout", "stronghold", "facility", "outpost", "fighter",
     "militant", "vessel", "ship", "boat", "aircraft", "jet", "drone", "troop", "soldier", "asset",
     "infrastructure", "site", "installation", "convoy", "tunnel", "depot", "headquarters", "leader",
     "commander", "member", "unit", "territory", "checkpoint", "warship", "missile", "launcher",
     "peacekeeper", "force", "mission", "personnel", "official", "delegation", "contingent", "officer",
     "police", "battalion", "brigade",
     # businesses named by their state: "sanctions on US defence firms"
     "firm", "company", "bank", "entity", "exporter", "manufacturer", "contractor", "airline",
     # what a state or body holds as its own: "ASEAN centrality", "Ukraine sovereignty"
     "centrality", "sovereignty", "integrity", "unity", "independence",
     # and what it is granted: "restricted IAEA access", "US visas"
     "access", "inspector", "observer", "monitor", "envoy", "ambassador", "diplomat", "embassy"}
) | WARCRAFT_NOUNS  # fmt: skip

#: Things a strike hits, whose "in X" says whose they are when the verb strikes them: "struck an
#: oil refinery in Russia's Krasnodar region".
TARGET_NOUNS = frozenset(
    {"refinery", "plant", "port", "airport", "airfield", "pipeline", "depot", "terminal", "factory", "base",
     "facility", "infrastructure", "site", "installation", "target", "position", "village", "town", "city"}
)  # fmt: skip

#: Nouns whose state adjective names no owner: "the Kenyan news agency" is not Kenya.
UNOWNED_NOUNS = frozenset(
    {"agency", "newspaper", "news", "media", "broadcaster", "television", "radio", "channel",
     "outlet", "press", "paper", "daily", "magazine", "website", "language", "word", "name",
     "style", "version", "origin", "descent", "passport"}
)  # fmt: skip

#: Verbs of receiving an event "from" someone: "faced resistance from X",
#: "drew condemnation from X" (X resists, condemns the subject). Not "receive" and "obtain", whose
#: statement keeps its own words: "Egypt received an invitation from the EU" (Egypt – receive
#: invitation from – EU).
RECEIVING_VERBS = frozenset(
    {"face", "encounter", "meet", "get", "draw", "attract", "earn", "win", "gain",
     "suffer", "endure", "accept", "welcome", "seek", "request", "secure",
     # "(drills) prompting a warning from Pyongyang"
     "prompt", "provoke", "trigger", "spark", "elicit"}
)  # fmt: skip

#: Plural nouns of a state's own factions, which "in <state>" makes the state's: "all parties
#: in Myanmar", "the warring sides in Sudan".
FACTION_NOUNS = frozenset({"party", "side", "faction", "stakeholder"})
#: Verbs that credit or blame their object with an event "for" which it did ("thanked Japan for
#: its assistance", "blamed Chad for the attack").
CREDITING_VERBS = frozenset(
    {"thank", "commend", "praise", "congratulate", "applaud", "salute", "hail", "laud", "credit",
     "blame", "fault"}
)  # fmt: skip
#: Of those, the ones that blame rather than credit.
BLAMING_VERBS = frozenset({"blame", "fault"})
#: Verbs of backing another's cause: "thanked Azerbaijan for supporting its bid" (the bid of the
#: one who thanks: nobody is thanked for backing their own).
BACKING_VERBS = frozenset({"support", "back", "endorse", "champion", "second"})
#: Nouns of thanks a light verb gives "to" someone "for" something ("expressed its gratitude to X
#: for its support"), as a verb of credit would.
GRATITUDE_NOUNS = frozenset({"gratitude", "appreciation", "thanks", "tribute", "thank"})
#: Events of giving whose receiver, when unnamed, is the one who thanks for them.
BENEFIT_NOUNS = frozenset(
    {
        "support",
        "aid",
        "assistance",
        "backing",
        "help",
        "donation",
        "delivery",
        "contribution",
        "supply",
        "provision",
        "funding",
        "financing",
        "training",
    }
)
#: Words before "with" that make its object a co-agent ("together with X", "along with X").
CO_AGENT_WORDS = frozenset({"together", "along"})
#: Verbs of undergoing an event: "X faced Russian attacks", "X suffered strikes by Y" (the
#: event's agent does it to X, the verb's subject).
UNDERGOING_VERBS = frozenset(
    {"face", "suffer", "endure", "sustain", "withstand", "repel", "repulse", "weather", "experience"}
)
#: A border named without whose it is lies between the subjects ("both armies moved
#: soldiers to the border"), and the prepositions that place something at it.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderline"})
#: Nouns that a name in front of names the state across: "the Belarus border", "Belarus border
#: crossings" (not a topic, as in "the Yemen conference").
FRONTIER_NOUNS = BORDER_NOUNS | {"crossing", "checkpoint"}
BORDER_PREPS = frozenset({"on", "along", "at", "near", "across", "to", "toward", "towards"})

#: Participles that name who holds a thing: "a village claimed by X" leads to X.
HOLDER_VERBS = frozenset(
    {"claim", "own", "hold", "control", "occupy", "administer", "operate", "run", "govern",
     "possess", "use", "build", "fund", "finance", "flag"}
)  # fmt: skip

#: An invitation, and its acceptance in the agentless passive: "X invited Y to visit. The
#: invitation was accepted": Y accepted X's invitation.
INVITING_VERBS = frozenset({"invite"})
ACCEPTING_VERBS = frozenset({"accept", "decline"})

#: Participles of watching over an event that others do: "an exchange of prisoners overseen by
#: the ICRC" is not the ICRC's exchange.
OVERSEEING_VERBS = frozenset({"oversee", "supervise", "monitor", "observe", "witness", "verify"})

#: Participles whose "by" names a third party, not who made or holds the thing: "the changes
#: demanded by X", "the operations supported by X", "a truce brokered by X" (but "the plan put
#: forward by X", "the treaty signed by X" are X's).
THIRD_PARTY_VERBS = frozenset(
    {"support", "back", "endorse", "demand", "request", "seek", "want", "oppose", "criticize",
     "criticise", "condemn", "reject", "welcome", "facilitate", "mediate", "fear", "expect", "target",
     "attack", "hit", "accept", "recognize", "recognise", "guarantee", "attend"}
) | (MEDIATION_VERBS - {"host", "negotiate"}) | OVERSEEING_VERBS  # fmt: skip

#: Nouns of a named place: their "of" names it ("the Georgian regions of South Ossetia and
#: Abkhazia" are South Ossetia and Abkhazia, not Georgia).
NAMED_PLACE_NOUNS = frozenset(
    {"region", "province", "territory", "enclave", "district", "city", "town", "island", "islands",
     "archipelago", "republic", "area", "oblast", "state", "emirate", "strip", "peninsula"}
)  # fmt: skip
#: Nouns of a settlement or a division of a state whose "of" names a place, never a person ("the
#: village of Yater", "the border department of Nariño").
SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "district", "county", "municipality", "commune", "governorate",
     "township", "settlement", "port", "department", "province", "prefecture", "canton", "parish",
     "oblast", "borough"}
)  # fmt: skip
#: Nouns of quantity: the noun after their "of" says what ("a shipment of aid").
QUANTITY_NOUNS = frozenset(
    {"batch", "package", "set", "series", "number", "amount", "range", "round", "wave", "total",
     "lot", "shipment", "tranche", "consignment", "bunch", "kind", "type", "form", "sort", "host",
     "variety", "array", "list", "couple", "pair", "group", "supply", "volume", "sum", "worth",
     # counts and bursts: "hundreds of strikes", "a spate of attacks"
     "dozen", "hundred", "thousand", "score", "string", "spate", "flurry", "barrage", "volley",
     "salvo", "succession",
     # spans of time: "two days of security talks"
     "hour", "day", "week", "month", "year", "decade"}
)  # fmt: skip

#: Currencies: "500 million dollars in aid" is aid.
CURRENCY_NOUNS = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "franc", "won", "riyal"}
)

#: Symmetric events: "talks between X and Y" → X – talk with – Y; their
#: participants are all on one footing, so "with" joins them.
#: Accords an "it" later in the sentence may stand for ("welcomed the ceasefire and urged both
#: parties to respect it").
ACCORD_NOUNS = frozenset(
    {"ceasefire", "truce", "agreement", "deal", "treaty", "accord", "resolution", "plan", "roadmap",
     "arrangement", "protocol", "memorandum", "settlement", "convention", "pact", "armistice"}
)  # fmt: skip
#: Accords that, once a statement says who made one, a later "the agreement", "the deal" is
#: theirs ("Canberra signed a treaty with Port Moresby. Wellington supported the agreement").
SIGNED_ACCORD_NOUNS = ACCORD_NOUNS - {"resolution", "plan", "roadmap"}
SYMMETRIC_NOUNS = frozenset(
    {"talk", "meeting", "summit", "call", "negotiation", "dialogue", "agreement", "deal",
     "treaty", "alliance", "cooperation", "trade", "partnership", "conversation", "war",
     "tension", "relation", "tie", "conflict", "exercise", "drill", "consultation", "discussion",
     "dispute", "fighting", "clash", "engagement", "rivalry", "hostility", "view", "accord",
     "pact", "ceasefire", "truce", "relationship", "phone", "telephone", "friction", "rift", "feud", "row",
     "spat", "standoff", "rapprochement", "reconciliation", "thaw", "alignment", "confrontation",
     "crossing", "framework", "arrangement", "memorandum", "roadmap", "protocol", "exchange", "swap"}
)  # fmt: skip

#: Verbs with which a government speaks for itself in the present tense
#: ("Canada condemns …", "Norway calls on …"): the state so named is
#: the "we" of a statement that names no speaker.
VOICE_VERBS = frozenset(
    {
        "condemn", "call", "urge", "welcome", "support", "stand", "reaffirm", "reiterate", "remain",
        "applaud", "commend", "congratulate", "reject", "oppose", "encourage", "appreciate",
        "recognize", "recognise", "strongly", "deplore", "denounce", "express", "extend", "join",
        "share", "look", "continue", "note", "thank", "value", "affirm", "regret", "mourn",
        "offer", "pledge", "insist", "demand", "hope", "expect", "believe", "intend",
    }
)  # fmt: skip

#: Nouns of a relationship between two actors: "X's ally Y", "Y, X's main
#: trading partner". The relation is written with the verb; the actor named
#: first in the sentence is its subject.
RELATIONAL_NOUNS: dict[str, str] = {
    "ally": "ally with", "partner": "partner with", "adversary": "oppose", "enemy": "oppose",
    "foe": "oppose", "rival": "rival", "backer": "back", "sponsor": "sponsor", "patron": "back",
    "protector": "protect", "proxy": "back", "friend": "be friends with",
}  # fmt: skip
#: Relational nouns of one-way giving, whose other end follows a preposition: the one described
#: gives to it ("China, a major investor in Thailand", "Japan, the largest donor to Ukraine").
GIVING_RELATIONAL_NOUNS: dict[str, tuple[str, str]] = {
    "investor": ("in", "invest in"), "donor": ("to", "donate to"), "supplier": ("to", "supply"),
    "creditor": ("to", "lend to"), "lender": ("to", "lend to"),
}  # fmt: skip
#: Modifiers that change what a relational noun says ("trading partner").
RELATIONAL_MODIFIERS: dict[str, str] = {
    "trading": "trade with", "trade": "trade with", "commercial": "trade with",
    "economic": "cooperate economically with", "security": "cooperate on security with",
    "defense": "cooperate on defense with", "defence": "cooperate on defence with",
    "strategic": "partner with",
}  # fmt: skip

#: Sponsor compounds ("X-led Y") whose relation is kept; "lead" names who
#: heads a coalition, not an event between two actors, and is left out.
SPONSOR_RELATIONS_SKIPPED = frozenset({"lead"})

# --- actors ---------------------------------------------------------------------

#: Personal pronouns that refer to one person, and those of them that refer to a woman.
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
#: Pronouns of the document's own voice.
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
#: "you" and "your", which an interview's question addresses to the one who answers.
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})
#: Titles that say who leads, whatever the office is called ("the UN chief").
LEADER_WORDS = frozenset({"chief", "head", "boss", "leader"})
#: Pronouns of a thing, which may be a state or an organisation ("its troops").
NEUTER_PRONOUNS = frozenset({"it", "its"})
#: Pronouns of a group.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
#: Reflexive pronouns, which stand for their clause's subject.
REFLEXIVE_PRONOUNS = frozenset({"myself", "ourselves", "himself", "herself", "itself", "themselves"})
#: What a statement calls itself: "X aligns itself with this declaration" aligns with its author.
DOCUMENT_NOUNS = frozenset({"declaration", "statement", "communique", "communiqué", "readout"})
#: Possessive pronouns: on a path they never stand for the object
#: ("repeated our criticism of X" is about X).
POSSESSIVE_PRONOUNS = frozenset({"my", "our", "his", "her", "its", "their", "your"})
#: Relative pronouns: the relative clause's subject is the noun it modifies.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})

#: Plural nouns that refer back to two or more actors named before ("both
#: sides", "the two leaders", "the countries"), with the type they need:
#: "person", "country" or "" for any.
PLURAL_REFERENCES: dict[str, str] = {
    "side": "", "party": "", "leader": "person", "man": "person", "woman": "person",
    "minister": "person", "president": "person", "official": "person", "diplomat": "person",
    "counterpart": "person", "country": "country", "nation": "country", "state": "country",
    "government": "country", "neighbor": "country", "neighbour": "country", "capital": "country",
    "junta": "country", "regime": "country", "delegation": "country", "ally": "",
    "partner": "", "rival": "", "adversary": "", "foe": "", "belligerent": "", "signatory": "",
    "head": "person", "chancellor": "person", "secretary": "person",  # "both Heads of State"
}  # fmt: skip
#: Plural nouns that stand for an organisation's members together when the organisation
#: speaks ("Allies condemn …" in a NATO statement).
MEMBER_NOUNS = frozenset(
    {"ally", "member", "member state", "member country", "member nation", "minister", "foreign minister",
     "leader", "head", "contingent", "unit", "element", "remnant"}
)  # fmt: skip
#: Those and the partners an organisation has in it: "our partners in the European Union".
FELLOW_NOUNS = MEMBER_NOUNS | {"partner"}
#: Participles by which a visitor is announced where they will be: "Lavrov is expected in Ankara",
#: "Wang Yi is due in Moscow" ("due" read as one by kg_lemmas).
AWAITED_PARTICIPLES = frozenset({"expect", "due"})
#: Nouns of a party sent by whom their "from" or "of" names: "a delegation from the Taliban", "a
#: team of Chinese diplomats", "an envoy of the African Union".
DELEGATION_NOUNS = frozenset({"delegation", "team", "envoy", "emissary", "representative", "delegate"})
#: Those of them whose "from" names who sent them, not where they served ("recalled its envoy
#: from Ethiopia").
SENT_PARTY_NOUNS = frozenset({"delegation", "team"})
#: Quantifiers that take the clause's antecedent with "of which" or "of whom": "Kiribati and
#: Nauru, both of which switched …", "the three states, all of which left ECOWAS".
PARTITIVE_QUANTIFIERS = frozenset({"both", "all", "each", "neither", "none", "either"})
#: Organs of an organisation that speak for it when named with its "of" and no name of their own
#: ("the ministerial council of the GCC", "the assembly of the African Union").
ORGAN_NOUNS = frozenset({"council", "commission", "assembly", "presidency"})
#: Number words that say how many a plural reference names ("the three countries").
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10, "both": 2,
}  # fmt: skip
#: Nouns for states that border each other: "the two neighbours" are a pair the gazetteer
#: lists as neighbours, "its neighbour" one bordering the owner.
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
#: Those that refer back with "the" alone ("the countries", "the ministers").
BARE_PLURAL_REFERENCES = frozenset(
    {"country", "side", "party", "nation", "minister", "leader", "president", "neighbour", "neighbor"}
)
#: Words in front of such a noun that make it a reference ("both", "the two").
PLURAL_REFERENCE_MARKS = frozenset({"both", "two", "the", "neither", "either"})
#: Those of them that make it definite: "both ministers", not "two diplomats" (any two).
DEFINITE_MARKS = frozenset({"both", "neither", "either"})
#: Dependencies of coordinated names that form a group for later plural
#: references: subjects and agents ("X and Y met. They …"), not topics.
GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
#: Prepositions whose coordinated objects are participants ("signed by X and Y").
GROUP_PREPS = frozenset({"by", "between", "among", "with"})
#: Verbs of claiming and the nouns that later refer to what was claimed: after "Chad
#: accused Niger of …", "Niger rejected the accusation" rejects Chad's accusation.
CLAIM_VERBS: dict[str, tuple[str, ...]] = {
    "accuse": ("accusation", "allegation", "charge", "claim", "account", "version"),
    "allege": ("allegation", "claim", "accusation", "account", "version"),
    "charge": ("charge", "accusation"),
    "claim": ("claim", "assertion", "account", "version"),
    "maintain": ("claim", "assertion"),
    "assert": ("claim", "assertion"),
    "insist": ("claim", "assertion"),
    "blame": ("accusation", "allegation", "charge", "claim"),
}
CLAIM_NOUNS = frozenset(noun for nouns in CLAIM_VERBS.values() for noun in nouns)
#: What a state holds as its own and another may violate: "violated its airspace".
SOVEREIGN_NOUNS = frozenset(
    {"airspace", "water", "territory", "border", "soil", "sovereignty", "zone", "coast", "coastline",
     "frontier", "integrity"}
)  # fmt: skip
#: Prepositions of going into or across what a state holds: "sailed into its waters".
ENTRY_PREPS = frozenset({"into", "across", "over", "through"})
#: Nouns of going into what a state holds, whose "of" names it: "the violation of its airspace".
ENTRY_NOUNS = frozenset({"violation", "breach", "invasion", "incursion", "intrusion", "infringement"})
#: Verbs that deny a claim: their object "which" or "a charge" is the claim, not a thing.
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "contest", "dispute"})
#: Those that claim only with a clause ("maintains that …", not "maintains troops").
CLAIM_CLAUSE_VERBS = frozenset({"maintain", "assert", "insist"})
#: What a party puts before a court or a body, and the nouns that later refer to it: after
#: "the application filed by Nicaragua", "Honduras opposed the request" opposes Nicaragua's.
SUBMISSION_NOUNS: dict[str, tuple[str, ...]] = {
    "objection": ("objection",),
    "application": ("application", "request"),
    "request": ("request",),
    "petition": ("petition", "request"),
    "complaint": ("complaint",),
    "motion": ("motion",),
    "proposal": ("proposal", "plan", "initiative"),
    "plan": ("plan", "proposal"),
    "initiative": ("initiative", "proposal"),
}
#: How many sentences back "the deal was brokered by X" may look for the deal's parties.
ACCORD_REFERENCE_WINDOW = 3
#: How many sentences back "the attack" may look for "X's attack".
EVENT_REFERENCE_WINDOW = 12
#: How many sentences back a plural reference or "they" may look.
PLURAL_REFERENCE_WINDOW = 5
#: CAMEO roots of fighting, whose two sides "the warring parties" are; and how many sentences on.
FIGHTING_ROOTS = frozenset({"18", "19", "20"})
CONFLICT_REFERENCE_WINDOW = 8
#: Nouns of a grouping named by its leader: "the Saudi-led coalition".
COALITION_NOUNS = frozenset({"coalition"})
#: Nouns that a body's name in front of them stands for: "the NATO alliance", "the EU bloc".
GROUPING_NOUNS = frozenset(
    {"alliance", "bloc", "grouping", "group", "organisation", "organization", "union", "forum", "pact",
     "club", "body", "coalition", "partnership", "community"}
)  # fmt: skip
#: Adjectives that make "the parties" or "both sides" those fighting: "the warring parties".
WARRING_WORDS = frozenset({"warring", "belligerent", "fighting", "combatant", "conflicting"})
#: How many of the states an article names most "the two neighbours" may be a pair of.
NEIGHBOUR_CANDIDATES = 4

#: Common nouns that may head an actor's name without a name in front of them
#: ("the international community", "the rebels", "Gulf states").
ACTOR_NOUNS = frozenset(
    {"community", "country", "nation", "state", "power", "government", "ally", "partner",
     "separatist", "rebel", "insurgent", "militant", "militia", "jihadist", "extremist",
     "terrorist", "coalition", "opposition", "junta", "regime", "west", "alliance", "bloc",
     "union", "council", "assembly", "parliament", "congress", "court", "tribunal", "commission"}
)  # fmt: skip
#: Plural nouns that name actors only through the examples they give: "all parties, including
#: Hamas", "armed groups such as al-Shabaab", "the authorities in the east, including the LNA".
EXAMPLE_HEADS = frozenset(
    {"party", "side", "group", "faction", "movement", "organisation", "organization", "member",
     "neighbour", "neighbor", "actor", "authority"}
)  # fmt: skip

#: Prepositions that give examples of a plural actor noun ("allies, including Poland"), with
#: the word that must precede them ("such as") or "" for none.
EXAMPLE_PREPS: dict[str, str] = {"including": "", "among": "", "as": "such", "like": ""}

#: How many words before a name may form its title ("Deputy Minister of Foreign Affairs").
MAX_TITLE_WORDS = 7

#: Plural nouns that name an armed or political group of their own when no
#: named group is given ("the militants", "rebels in the north").
GROUP_NOUNS = frozenset(
    {"separatist", "rebel", "insurgent", "militant", "jihadist", "guerrilla", "militia",
     "extremist", "terrorist", "paramilitary", "mercenary", "insurgency"}
)  # fmt: skip

#: Nouns of a change to a relationship and the verb they name: "the restoration of relations
#: between X and Y" → X – restore relations with – Y.
CHANGE_NOUNS: dict[str, str] = {
    "restoration": "restore", "resumption": "resume", "normalization": "normalize",
    "normalisation": "normalize", "suspension": "suspend", "severance": "sever", "severing": "sever",
    "breakdown": "break down", "collapse": "break down", "deterioration": "worsen", "improvement": "improve",
    "strengthening": "strengthen", "deepening": "deepen", "expansion": "expand", "establishment": "establish",
    "upgrade": "upgrade", "downgrade": "downgrade", "freeze": "freeze", "renewal": "renew", "signing": "sign",
    "conclusion": "conclude", "extension": "extend",
}  # fmt: skip

#: Nouns of asking someone to come or act, whose "at the … of X" phrase makes X ask the clause's
#: subject ("At the invitation of X, Y visited Z" → X invite Y).
INVITATION_NOUNS = frozenset({"invitation", "request", "behest", "urging"})

#: Gatherings that speak for the organisation that holds them when they are the subject of a
#: communiqué's sentence ("Summit called on X", "the meeting condemned X").
GATHERING_NOUNS = frozenset({"summit", "meeting", "conference", "session", "plenary", "council"})
#: "The House", "the Assembly": a legislature that speaks in its own resolution.
LEGISLATURE_NOUNS = frozenset({"house", "assembly", "parliament", "chamber", "senate"})
#: People who speak of their own state's government as "the government": "British lawmakers
#: criticised the government's decision".
DOMESTIC_VOICES = frozenset(
    {"lawmaker", "legislator", "mp", "deputy", "senator", "politician", "critic", "official",
     "opposition", "activist", "voter", "citizen", "minister", "parliamentarian"}
)  # fmt: skip
#: A state's legislature named with its state ("the Georgian parliament", "Russia's Duma"): an
#: organisation of that state, not the state.
LEGISLATURE_HEADS = frozenset(
    {"parliament", "congress", "senate", "legislature", "duma", "knesset", "rada", "sejm", "bundestag",
     "majlis", "storting", "riksdag", "folketing", "assembly"}
)  # fmt: skip

#: Nouns of a definite description that refers back to a state named before ("the kingdom",
#: "the Gulf state", "the island nation"), and to an organisation ("the alliance", "the bloc").
STATE_DESCRIPTIONS: dict[str, str] = dict.fromkeys(
    ("country", "nation", "state", "kingdom", "republic", "island", "emirate", "archipelago", "monarchy",
     "sultanate", "city-state", "principality", "giant", "superpower", "neighbour", "neighbor"),
    "country",
)  # fmt: skip
ORGANIZATION_DESCRIPTIONS: dict[str, str] = dict.fromkeys(
    ("alliance", "bloc", "union", "organisation", "organization", "body", "agency", "watchdog",
     "grouping", "forum", "club", "league", "fund", "lender", "court", "tribunal", "council", "mission"),
    "organization",
)  # fmt: skip

#: Of those, the kinds an organisation's long name (an alias) may say for its acronym: "the
#: mission" is AUSSOM (the African Union Support and Stabilization Mission in Somalia); but "the
#: council" is not NATO for its "North Atlantic Council".
ALIASED_KINDS = frozenset({"mission"})
#: Descriptions that only fit an organisation whose name says what kind it is: "the court" is the
#: International Court of Justice, never the bloc named before it.
NAMED_KIND_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "court": ("court", "tribunal"), "tribunal": ("tribunal", "court"), "council": ("council",),
    "union": ("union",), "league": ("league",), "fund": ("fund",), "mission": ("mission",),
}  # fmt: skip

#: Descriptions that only fit a state of that form of government: "the kingdom" is never Iran.
_KINGDOMS = (
    "Saudi Arabia",
    "Morocco",
    "Jordan",
    "Bahrain",
    "United Kingdom",
    "Spain",
    "Netherlands",
    "Belgium",
    "Sweden",
    "Norway",
    "Denmark",
    "Thailand",
    "Cambodia",
    "Lesotho",
    "Eswatini",
    "Tonga",
    "Bhutan",
)
_EMIRATES = ("Qatar", "Kuwait", "United Arab Emirates")
_SULTANATES = ("Oman", "Brunei")
_PRINCIPALITIES = ("Monaco", "Liechtenstein", "Andorra")
MONARCHY_DESCRIPTIONS: dict[str, frozenset[str]] = {
    "kingdom": frozenset(_KINGDOMS),
    "emirate": frozenset(_EMIRATES),
    "sultanate": frozenset(_SULTANATES),
    "principality": frozenset(_PRINCIPALITIES),
    "monarchy": frozenset((*_KINGDOMS, *_EMIRATES, *_SULTANATES, *_PRINCIPALITIES, "Luxembourg", "Japan",
                           "Malaysia")),
}  # fmt: skip
#: Any noun of such a description.
DESCRIPTION_NOUNS = frozenset(STATE_DESCRIPTIONS) | frozenset(ORGANIZATION_DESCRIPTIONS)

#: Heads that make the names before them an armed group ("the Los Lobos gang"), and the modifiers that
#: make a "group" or "faction" one ("the Ansar Dine armed group").
ARMED_GROUP_HEADS = frozenset({"gang", "cartel", "militia"})
ARMED_GROUP_MODIFIERS = frozenset(
    {"armed", "rebel", "militant", "jihadist", "terrorist", "insurgent", "paramilitary", "separatist",
     "criminal", "extremist", "islamist"}
)  # fmt: skip
#: Participles that tie fighters to their group: "militants linked to the Pakistani Taliban".
AFFILIATION_VERBS = frozenset({"link", "affiliate", "tie", "belong", "allied", "ally", "connect", "loyal"})
#: Verbs whose object takes an "of" phrase of their own ("accused the bloc of serving …").
OF_COMPLEMENT_VERBS = frozenset(
    {"accuse", "suspect", "convict", "acquit", "warn", "remind", "inform", "notify", "assure", "deprive",
     "rob", "clear", "rid", "relieve"}
)  # fmt: skip
#: Nouns of a definite description that refers back to a named group ("the militant group").
GROUP_DESCRIPTIONS = frozenset({"group", "movement", "militia", "organization", "organisation", "faction"})

#: Determiners that quantify a group without changing who it is ("any Hamas fighters").
QUANTIFIERS = frozenset({"any", "all", "some", "each", "every", "several", "many", "most", "both", "other"})

#: Nouns of a round number that count what their "of" names: "hundreds of thousands of Afghans".
NUMBER_NOUNS = frozenset(
    {"dozens", "scores", "hundreds", "thousands", "tens", "millions", "dozen", "hundred", "thousand",
     "million"}
)  # fmt: skip
#: spaCy entity labels that can be international actors.
ACTOR_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: spaCy entity labels that never name an actor.
NON_ACTOR_ENTITY_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: spaCy entity labels of modifiers that can stand for a state ("Nigerian vessels").
OWNER_ENTITY_LABELS = frozenset({"NORP", "GPE", "ORG"})
#: Endings of a state's adjective the tagger may take for a name ("the Azerbaijani city").
DEMONYM_ENDINGS = ("i", "an", "ese", "ish", "ic")

#: Nouns that name a body of the state when they stand alone, resolved through
#: a possessor ("his government" → the state of the person "he" refers to).
BODY_NOUNS = frozenset(
    {"government", "administration", "regime", "cabinet", "ministry", "military", "army",
     "forces", "force", "leadership", "authorities", "country", "nation", "people", "committee"}
)  # fmt: skip

#: Bodies that "the … in <place>" names by their seat: "the government in Kyiv".
SEATED_BODIES = frozenset(
    {"government", "authorities", "authority", "regime", "junta", "administration", "leadership"}
)

# --- the document's own voice ------------------------------------------------------

#: Titles and opening lines that name who speaks in a statement or readout.
#: The group "who" is the speaker ("the President", "Secretary Harmon").
VOICE_TITLE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^readout of (?P<who>.+?)['’]s? (?:\w+ )?(?:call|calls|meeting|meetings|conversation|visit|trip|"
        r"travel|discussion|engagement|bilateral|remarks)\b",
        r"^(?P<who>.+?)['’]s? (?:\w+ )?(?:call|calls|meeting|meetings|conversation|discussion) with\b",
        r"^(?:joint |press )?(?:statement|declaration|communiqu[eé]) (?:from |by |of )?.*?"
        r"\bon behalf of (?P<who>.+?)(?: on | regarding | about | following | after |$)",
        r"^(?:final |joint |press )?(?:statement|declaration|communiqu[eé]|release) (?:from|by|of|issued by|"
        r"issued at|adopted by|adopted at) (?P<who>.+?)"
        r"(?: on | regarding | about | following | after |$)",
        r"^remarks (?:by|of) (?P<who>.+?)(?: on | at | before | to | with |$)",
        r"^(?P<who>.+?)['’]s? (?:regular |daily |weekly )?(?:press )?(?:briefing|conference)\b",
        r"^(?:regular |daily |weekly )?(?:press )?briefing (?:by|of) (?P<who>[^,]+?)(?:,| on |$)",
        r"^(?P<who>.+?)['’]s? statement on\b",
        r"^(?!(?:joint|final|press|official|written)\b)(?P<who>[^'’]+?) (?:press )?"
        r"(?:statement|communiqu[eé]|declaration|resolution) on\b",
        r"^resolution (?:of|by|adopted by) (?P<who>.+?)(?: on | regarding | about | following | after |$)",
        # "Letter dated 3 December 2026 from the Permanent Representative of Guyana to the United
        # Nations addressed to the President of the Security Council"
        r"^(?:identical )?letters? (?:dated .+? )?from (?P<who>.+?)"
        r"(?: to the United Nations\b| addressed to |$)",
    )
)
#: Each with a word it cannot match without (lower-cased), so that an opening without it is not
#: scanned at all.
VOICE_OPENING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (clue, re.compile(p))
    for clue, p in (
        ("attributable to", r"(?i:attributable to) (?P<who>[^:\n.]+?)\s*[:.\n]"),
        (
            "the following",
            r"(?P<who>[A-Z][^\n.:]{2,80}?) (?i:provided|issued|gave) the following (?i:readout|statement)",
        ),
        (
            "the following is a statement",
            r"(?i:the following is a statement (?:by|from)) (?P<who>[^:\n]+?)\s*[:.\n]",
        ),
        # "Resolution adopted by the Human Rights Council on 3 April 2026"
        (
            "adopted by",
            r"(?m)^(?i:resolution|decision) (?i:adopted by) (?P<who>[^\n.:]{3,80}?)(?: on | at |\s*[,.]?$)",
        ),
        # a resolution's body alone on a line before its clauses: "The Security Council,"
        ("the ", r"(?m)^(?P<who>The [A-Z][^\n,.:]{2,80}),[ \t]*$"),
    )
)
#: Preambular participles that only recall the record, not a stance towards anyone: "Recalling
#: its resolutions on X", "Taking note of the report of Y", "Bearing in mind".
PREAMBLE_FORMULAS = frozenset({"recall", "take", "bear", "guide", "reaffirm", "acknowledge"})
#: The most states a joint statement's title may name as the ones who say "we" together.
JOINT_PARTIES_MAX = 4
#: Header and signature lines that may name the publishing office of a statement, and
#: the longest such line (a longer one is text, not a header).
OFFICE_HEADER_LINES = 4

#: The last word of a body named for the state it works in: "the United Nations Support Mission
#: in Libya", "the Independent Electoral Commission of Lesotho".
PLACED_BODY_HEADS = frozenset({"mission", "office", "commission", "tribunal"})

#: Participles that, after a state's adjective and a hyphen, make a thing that state's: "a
#: British-owned tanker", "Chinese-made vehicles" (its goods, as trade measures name them).
OWNING_PARTICIPLES = frozenset({"owned", "operated", "flagged", "registered", "controlled"})
MADE_PARTICIPLES = frozenset({"made", "built", "manufactured", "produced"})
#: What a state makes but others use: "Iranian-made drones" shot down over Ukraine are not Iran's.
MADE_WEAPONS = ASSET_NOUNS | frozenset(
    {"weapon", "arm", "rocket", "shell", "munition", "ammunition", "gun", "rifle", "tank", "artillery",
     "system", "component", "part", "bomb", "mine"}
)  # fmt: skip

#: Participles that open a sentence to change its topic: "Turning to Sudan, …", "Moving on to …".
TOPIC_TURNS = frozenset({"turn", "move", "switch", "return"})

#: The office of whoever chairs an organisation for a term, which speaks for it in its statements.
CHAIR_WORDS = frozenset({"chair", "chairman", "chairperson", "chairwoman", "chairmanship", "presidency"})

#: Up to how many parties of a reciprocal act ("signed by X, Y and Z") each is related to each.
ALL_PAIRS_MAX = 3

#: CAMEO roots of the use of force: assault, fight, unconventional mass violence.
FORCE_ROOTS = frozenset({"18", "19", "20"})

#: The heads of a ministry's name: "the Department of Foreign Affairs", "the foreign ministry".
MINISTRY_WORDS = frozenset({"ministry", "department", "office", "ministries"})
OFFICE_SIGNATURE_LINES = 2
OFFICE_LINE_MAX_CHARS = 80
#: How far into the text the opening patterns and the speaker's full name are looked for.
VOICE_OPENING_CHARS = 1200
