"""Tests of kg.events: relation phrase → CAMEO class, the data tables, and ontologies/cameo.ttl."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib import namespace as ns
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import events
from kg.data import make_cameo_ttl
from kg.errors import DataError
from kg.events import (
    CONTROL_RULES,
    QUAD_CLASSES,
    QUALIFIERS,
    UnknownCodeError,
    classify,
    event_class,
    event_classes,
    lexicon,
    lexicon_size,
    negates,
    parent_code,
    parse_classes,
    parse_lexicon,
    root_class,
)
from kg.types import EventClass

ROOT = Path(__file__).resolve().parents[1]
CAMEO_TTL = ROOT / "ontologies" / "cameo.ttl"
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def code_of(relation: str) -> str | None:
    event = classify(relation)
    return None if event is None else event.code


# ---------------------------------------------------------------------------------------------
# Classification, table-driven
# ---------------------------------------------------------------------------------------------

# At least one plain phrase for every root class.
ROOT_CASES = [
    ("say", "010"),
    ("decline to comment on", "011"),
    ("express condolences to", "018"),
    ("agree with", "019"),
    ("urge", "020"),
    ("appeal to", "020"),
    ("work with", "030"),
    ("meet with", "040"),
    ("visit", "042"),
    ("host", "043"),
    ("mediate between", "045"),
    ("negotiate with", "046"),
    ("praise", "051"),
    ("recognize", "054"),
    ("apologize to", "055"),
    ("sign agreement with", "057"),
    ("trade with", "061"),
    ("share intelligence with", "064"),
    ("provide aid to", "070"),
    ("grant asylum to", "075"),
    ("release", "0841"),
    ("withdraw troops from", "0874"),
    ("investigate", "090"),
    ("demand", "100"),
    ("condemn", "111"),
    ("accuse", "112"),
    ("lodge protest with", "114"),
    ("reject", "120"),
    ("veto", "129"),
    ("threaten", "130"),
    ("issue ultimatum to", "139"),
    ("demonstrate against", "141"),
    ("deploy troops to", "154"),
    ("expel diplomats from", "161"),
    ("impose sanctions on", "163"),
    ("seize", "171"),
    ("arrest", "173"),
    ("abduct", "181"),
    ("assassinate", "186"),
    ("attack", "190"),
    ("invade", "192"),
    ("bomb", "195"),
    ("massacre", "202"),
    ("use chemical weapons against", "2041"),
]

PHRASAL_CASES = [
    ("hold talks with", "040"),
    ("speak with", "040"),
    ("speak by phone with", "041"),
    ("call on", "020"),
    ("call upon", "020"),
    ("impose sanctions on", "163"),
    ("provide assistance to", "070"),
    ("express concern over", "111"),
    ("express concern about", "111"),
    ("reaffirm support for", "051"),
    ("reaffirm commitment to", "030"),
    ("break off relations with", "161"),
    ("cut ties with", "161"),
    ("push to breaking point", "170"),
    ("lash out at", "111"),
    ("take control of", "192"),
    ("seize from", "192"),
    ("pull out of talks with", "164"),
    ("look into", "090"),
    ("crack down on", "175"),
    ("shoot down", "195"),
    ("open fire on", "190"),
    ("exchange fire with", "190"),
    ("exchange views with", "040"),
    ("stand with", "051"),
    ("deal with", "040"),
    ("strike deal with", "057"),
    ("welcome to", "043"),
    ("be alarmed by", "111"),
    ("be at war with", "190"),
    ("deny responsibility for", "016"),
    ("claim responsibility for", "015"),
]

# Control verbs combine with the class of their complement.
CONTROL_CASES = [
    # reject: 12x by what is refused
    ("refuse to condemn", "120"),
    ("refuse to talk with", "125"),
    ("refuse to release", "1243"),
    ("decline to provide aid to", "122"),
    ("refuse to lift sanctions on", "1244"),
    ("refuse to agree to meet", "125"),
    ("reject calls for talks with", "125"),
    # agree: intent for cooperation, the act itself for a yield, a deal, or a joint conflictual act
    ("agree to meet", "036"),
    ("agree to provide aid to", "033"),
    ("agree to sign deal with", "057"),
    ("agree to a ceasefire with", "0871"),
    ("agree to condemn", "111"),
    ("agree to intensify consultations with", "036"),
    # threaten: 13x by what is threatened
    ("threaten to impose sanctions on", "1312"),
    ("threaten to attack", "1384"),
    ("threaten to invade", "1382"),
    ("threaten to cut ties with", "1313"),
    ("threaten to suspend talks with", "134"),
    ("warn of sanctions against", "1312"),
    # intend: 03x for cooperation, 13x for conflict
    ("pledge to provide humanitarian aid to", "0333"),
    ("pledge to hold talks with", "036"),
    ("promise to release", "0353"),
    ("offer to mediate between", "039"),
    ("stand ready to deepen cooperation with", "032"),
    ("announce intent to recognize", "032"),
    ("vow to attack", "1384"),
    ("vow to hold responsible", "130"),
    # appeal: 02x by what is asked for; the addressee may stay in the phrase
    ("urge to withdraw from", "0256"),
    ("urge the United States to take", "020"),
    ("call on to negotiate with", "026"),
    ("call for a ceasefire", "0256"),
    ("call for talks", "026"),
    ("ask for military aid", "0232"),
    ("seek aid from", "023"),
    ("invite to visit", "026"),
    ("request a meeting with", "026"),
    # demand: 10x by what is demanded
    ("demand the release of", "1053"),
    ("demand talks with", "106"),
    ("insist on withdrawal of troops from", "1056"),
    ("demand sanctions on", "100"),
    # halt: 16x when cooperation stops, 08x when conflict stops
    ("suspend talks with", "164"),
    ("halt military aid to", "1622"),
    ("cut off aid to", "162"),
    ("lift sanctions on", "085"),
    ("lift the siege of", "0872"),
    ("end the war with", "087"),
    ("suspend relations with", "161"),
    # inner: the complement's class
    ("decide to re-establish relations with", "054"),
    ("plan to visit", "042"),
    ("seek to mediate between", "045"),
    ("try to instigate conflict with", "170"),
    ("attempt to assassinate", "185"),
    ("reaffirm cooperation with", "050"),
    ("continue to attack", "190"),
    # negate: the complement's class; negates() flags it
    ("fail to condemn", "111"),
    ("refrain from attacking", "190"),
]

NOUN_CASES = [
    ("attack on", "190"),
    ("invasion of", "192"),
    ("invasion", "192"),
    ("seizure of", "171"),
    ("seizure of Crimea from", "192"),
    ("talks between", "040"),
    ("call with", "041"),
    ("meeting with", "040"),
    ("visit to", "042"),
    ("sanctions on", "163"),
    ("aid to", "070"),
    ("support for", "051"),
    ("recognition of", "054"),
    ("condemnation of", "111"),
    ("strike on", "190"),
    ("offensive against", "190"),
    ("airstrike on", "195"),
    ("ceasefire with", "0871"),
    ("annexation of", "192"),
    ("trade with", "061"),
]

MODIFIER_CASES = [
    ("provide humanitarian assistance to", "073"),
    ("also provide a batch of humanitarian assistance to", "073"),
    ("express grave concern over", "111"),
    ("strongly condemn", "111"),
    ("hold bilateral talks with", "040"),
    ("reaffirm the commitment to the security of", "030"),
    ("reaffirm Mutual Defense Treaty commitments to", "030"),
    ("firmly and unequivocally reject", "120"),
    ("launch a large-scale military offensive against", "190"),
    ("impose new and sweeping sanctions on", "163"),
    ("provide military assistance to", "072"),
    ("provide economic aid to", "071"),
    ("provide political support to", "051"),
    ("cooperate militarily with", "062"),
    ("expand economic cooperation with", "061"),
    ("talk by telephone with", "041"),
    ("launch air strikes against", "195"),
    ("launch a missile attack on", "195"),
    ("accuse of committing war crimes in", "1124"),
    ("accuse of spying for", "1125"),
    ("bomb civilian infrastructure in", "195"),
]

INFLECTION_CASES = [
    ("accused", "112"),
    ("accuses", "112"),
    ("accusing", "112"),
    ("condemned", "111"),
    ("criticised", "111"),
    ("criticizes", "111"),
    ("met with", "040"),
    ("held talks with", "040"),
    ("imposed sanctions on", "163"),
    ("bombed", "195"),
    ("denied", "120"),
    ("occupied", "192"),
    ("allied with", "050"),
    ("invaded", "192"),
    ("refused to condemn", "120"),
    ("threatened to impose sanctions on", "1312"),
    ("urged", "020"),
    ("recognised", "054"),
    ("normalised ties with", "054"),
    ("spoke with", "040"),
    ("withdrew from", "0874"),
    ("fought", "190"),
    ("struck", "190"),
    ("stopped attacking", "087"),
    ("re-imposed sanctions on", "163"),
    ("reimposed sanctions on", "163"),
    ("Russia-backed", "051"),
    ("cease-fire", "0871"),
    ("apologised to", "055"),
    ("was alarmed by", "111"),
    ("were invading", "192"),
    ("has been shelling", "194"),
    ("ACCUSED", "112"),
    ("Accuses", "112"),
]

UNKNOWN = [
    "",
    "   ",
    "xyzzy",
    "the",
    "of the",
    "is located in",
    "123",
    "!!!",
    "Ukraine",
    "President",
    "decide",
    "fail to",
    "try to frobnicate",
    "use acoustic devices against",
]


@pytest.mark.parametrize(("relation", "code"), ROOT_CASES)
def test_root_classes(relation: str, code: str) -> None:
    assert code_of(relation) == code


def test_root_cases_cover_every_root() -> None:
    assert {code[:2] for _, code in ROOT_CASES} == set(ROOTS)


@pytest.mark.parametrize(("relation", "code"), PHRASAL_CASES)
def test_phrasal_and_prepositional_verbs(relation: str, code: str) -> None:
    assert code_of(relation) == code


@pytest.mark.parametrize(("relation", "code"), CONTROL_CASES)
def test_control_verbs(relation: str, code: str) -> None:
    assert code_of(relation) == code


@pytest.mark.parametrize(("relation", "code"), NOUN_CASES)
def test_nominal_events(relation: str, code: str) -> None:
    assert code_of(relation) == code


@pytest.mark.parametrize(("relation", "code"), MODIFIER_CASES)
def test_modifiers_do_not_break_the_match(relation: str, code: str) -> None:
    assert code_of(relation) == code


@pytest.mark.parametrize(("relation", "code"), INFLECTION_CASES)
def test_inflected_forms(relation: str, code: str) -> None:
    assert code_of(relation) == code


@pytest.mark.parametrize("relation", UNKNOWN)
def test_unknown_relations(relation: str) -> None:
    assert classify(relation) is None
    assert negates(relation) is False


def test_seed_article_relations() -> None:
    # Relations the extractor produces from examples/ukraine-china-nato.txt.
    assert code_of("accuse of pushing to breaking point") == "112"
    assert code_of("refuse to condemn") == "120"
    assert code_of("provide humanitarian assistance to") == "073"
    assert code_of("urge to take") == "020"
    assert code_of("attack on") == "190"
    assert code_of("seizure of Crimea from") == "192"
    assert code_of("purchase gas from") == "061"


def test_speech_verb_yields_to_a_later_event() -> None:
    assert code_of("say") == "010"
    assert code_of("tell") == "010"
    assert code_of("say will provide aid to") == "070"
    assert code_of("announce sanctions on") == "163"
    assert code_of("announce") == "010"


def test_longest_phrase_wins_over_its_head() -> None:
    assert code_of("call") == "041"
    assert code_of("call on") == "020"
    assert code_of("call off talks with") == "164"
    assert code_of("seize") == "171"
    assert code_of("seize control of") == "192"
    assert code_of("violate") == "128"
    assert code_of("violate ceasefire with") == "196"
    assert code_of("accuse of war crimes") == "1124"


def test_negates_flags_only_negating_control_verbs() -> None:
    assert negates("fail to condemn") is True
    assert negates("failed to condemn") is True
    assert negates("refrain from attacking") is True
    assert negates("avoid undermining") is True
    assert negates("condemn") is False
    assert negates("refuse to condemn") is False
    assert negates("fail") is False


def test_a_complement_not_to_be_done_takes_the_control_verb_s_class() -> None:
    # what is pledged not to be done is no threat: the pledge itself is the event
    assert code_of("pledge to attack") == "1384"
    assert code_of("pledge not to attack") == "030"
    assert code_of("vow never to recognise") == "030"
    assert code_of("agree to block") == "144"
    assert code_of("agree not to block") == "030"
    assert negates("pledge not to attack") is False


def test_classify_returns_the_class_table_entry() -> None:
    event = classify("accuse")
    assert event == event_class("112")
    assert event is not None
    assert (event.name, event.quad_class, event.goldstein, event.root) == ("Accuse", 3, -2.0, "11")


# ---------------------------------------------------------------------------------------------
# Class table: codes, QuadClass, Goldstein
# ---------------------------------------------------------------------------------------------


def test_quad_class_names() -> None:
    assert QUAD_CLASSES == {
        1: "Verbal Cooperation",
        2: "Material Cooperation",
        3: "Verbal Conflict",
        4: "Material Conflict",
    }


@pytest.mark.parametrize("root", ROOTS)
def test_every_root_class_is_listed_with_its_quad_class(root: str) -> None:
    event = event_class(root)
    number = int(root)
    expected = 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4
    assert event.quad_class == expected
    assert event.name
    assert root_class(root) == event


def test_every_class_has_its_roots_quad_class_and_a_goldstein_in_range() -> None:
    classes = event_classes()
    assert len(classes) > 100
    for event in classes:
        assert event.quad_class == event_class(event.root).quad_class
        assert -10.0 <= event.goldstein <= 10.0
        assert event.name.strip() == event.name


def test_goldstein_sign_follows_cooperation_and_conflict() -> None:
    assert event_class("01").goldstein == 0.0
    for root in ROOTS[1:8]:  # 02-08 cooperation
        assert event_class(root).goldstein > 0, root
    for root in ROOTS[8:]:  # 09-20 conflict
        assert event_class(root).goldstein < 0, root


@pytest.mark.parametrize(
    ("code", "goldstein"),
    [
        ("042", 1.9),
        ("043", 2.8),
        ("057", 8.0),
        ("072", 8.3),
        ("0874", 10.0),
        ("111", -2.0),
        ("13", -6.0),
        ("130", -4.4),
        ("163", -8.0),
        ("190", -10.0),
        ("15", -7.2),
    ],
)
def test_published_goldstein_values(code: str, goldstein: float) -> None:
    assert event_class(code).goldstein == goldstein


def test_root_class_and_parent_code() -> None:
    assert root_class("1121").code == "11"
    assert root_class("0874") == event_class("08")
    assert parent_code("1121") == "112"
    assert parent_code("112") == "11"
    assert parent_code("11") is None
    for event in event_classes():
        parent = parent_code(event.code)
        if parent is not None:
            assert event_class(parent).root == event.root


@pytest.mark.parametrize("code", ["", "99", "1129", "abc", "0", "21", "0000"])
def test_unknown_code_raises_a_clear_error(code: str) -> None:
    with pytest.raises(UnknownCodeError) as info:
        event_class(code)
    assert isinstance(info.value, DataError)
    assert isinstance(info.value, KeyError)
    assert repr(code) in str(info.value)
    assert "cameo_classes.tsv" in str(info.value)


def test_root_class_of_unknown_code_raises() -> None:
    with pytest.raises(UnknownCodeError):
        root_class("9999")


# ---------------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------------


def test_lexicon_has_at_least_400_phrases() -> None:
    assert lexicon_size() >= 400
    entries = lexicon().entries
    assert sum(entry.pos == "noun" for entry in entries) >= 100
    assert sum(entry.pos == "verb" and len(entry.phrase) > 1 for entry in entries) >= 150


def test_every_lexicon_code_exists_in_the_classes() -> None:
    codes = {event.code for event in event_classes()}
    for entry in lexicon().entries:
        assert entry.code is None or entry.code in codes, entry


def test_every_root_is_reachable_from_the_lexicon() -> None:
    assert {entry.code[:2] for entry in lexicon().entries if entry.code} == set(ROOTS)


def test_every_control_rule_is_used_and_maps_to_listed_codes() -> None:
    used = {entry.rule for entry in lexicon().entries if entry.is_control}
    assert used == set(CONTROL_RULES)
    codes = {event.code for event in event_classes()}
    for table in CONTROL_RULES.values():
        assert "" in table  # every rule has a default
        assert all(target == events.KEEP or target in codes for target in table.values())
    for generic, table in QUALIFIERS.items():
        assert {generic, *table.values()} <= codes


def test_every_lexicon_phrase_alone_classifies_to_its_own_code() -> None:
    wrong = [(entry.text, entry.code, code_of(entry.text)) for entry in lexicon().entries]
    assert [w for w in wrong if w[1] != w[2]] == []


CLASSES_OK = "code\tname\tquad_class\tgoldstein\n" + "".join(
    f"{root}\tROOT {root}\t{1 if int(root) <= 5 else 2 if int(root) <= 8 else 3 if int(root) <= 13 else 4}"
    f"\t{1.0 if int(root) <= 8 else -1.0}\n"
    for root in ROOTS
)


def test_parse_classes_accepts_a_minimal_table_and_fills_goldstein_from_the_root() -> None:
    classes = parse_classes(CLASSES_OK + "112\tAccuse\t3\t\n")
    assert classes["112"] == EventClass(code="112", name="Accuse", quad_class=3, goldstein=-1.0)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("112\tAccuse\t2\t-2.0\n", "QuadClass"),
        ("112\tAccuse\t3\tlots\n", "not a number"),
        ("112\tAccuse\t3\t-12\n", "outside"),
        ("1121\tAccuse of crime\t3\t-2.0\n", "parent"),
        ("11\tDup\t3\t-2.0\n", "twice"),
        ("x12\tBad\t3\t-2.0\n", "not a CAMEO code"),
        ("112\tAccuse\t3\n", "columns"),
        ("112\t\t3\t-2.0\n", "no name"),
    ],
)
def test_parse_classes_rejects_broken_rows(extra: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as info:
        parse_classes(CLASSES_OK + extra, source="t.tsv")
    assert "t.tsv" in str(info.value)


def test_parse_classes_requires_every_root() -> None:
    without_20 = "".join(line + "\n" for line in CLASSES_OK.splitlines() if not line.startswith("20\t"))
    with pytest.raises(DataError, match="root class 20"):
        parse_classes(without_20)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("accuse\tverb\t999\n", "not in the class table"),
        ("accuse\tadjective\t11\n", "part of speech"),
        ("accuse\tverb\t11\tsometimes\n", "rule"),
        ("accuse\tverb\t\n", "only a control verb"),
        ("Accuse\tverb\t11\n", "lower-case"),
        ("re-accuse\tverb\t11\n", "lower-case"),
        ("accuse\tverb\n", "columns"),
        ("condemn\tverb\t11\ncondemn\tnoun\t12\n", "listed earlier"),
    ],
)
def test_parse_lexicon_rejects_broken_rows(row: str, message: str) -> None:
    classes = parse_classes(CLASSES_OK)
    with pytest.raises(DataError, match=message) as info:
        parse_lexicon("phrase\tpos\tcode\trule\n# a comment\n" + row, classes, source="lex.tsv")
    assert f"lex.tsv:{2 + row.count(chr(10))}:" in str(info.value)  # the last row is the broken one


def test_parse_lexicon_accepts_verb_and_noun_rows_of_one_phrase() -> None:
    classes = parse_classes(CLASSES_OK)
    entries = parse_lexicon("phrase\tpos\tcode\trule\nattack\tverb\t19\nattack\tnoun\t19\n", classes)
    assert [(e.text, e.pos, e.code, e.rule) for e in entries] == [
        ("attack", "verb", "19", ""),
        ("attack", "noun", "19", ""),
    ]


# ---------------------------------------------------------------------------------------------
# Properties (Hypothesis)
# ---------------------------------------------------------------------------------------------

CODES = frozenset(event.code for event in event_classes())
VOCAB = sorted(lexicon().vocab | {"to", "the", "not", "with", "of", "against", "and", "by"})
PLAIN = sorted(
    entry.text for entry in lexicon().entries if entry.rule == "" and entry.phrase[0] not in {"be"}
)
MODIFIERS = ["strongly", "reportedly", "also", "again", "firmly", "publicly", "repeatedly", "jointly"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_classify_never_raises_on_any_text(text: str) -> None:
    event = classify(text)
    assert event is None or event.code in CODES
    assert isinstance(negates(text), bool)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=12))
def test_classify_never_raises_on_lexicon_word_salad(words: list[str]) -> None:
    event = classify(" ".join(words))
    assert event is None or event.code in CODES


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PLAIN), st.sampled_from(MODIFIERS))
def test_a_leading_adverb_never_changes_the_class(phrase: str, adverb: str) -> None:
    assert classify(f"{adverb} {phrase}") == classify(phrase)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PLAIN))
def test_classification_ignores_case(phrase: str) -> None:
    assert classify(phrase.upper()) == classify(phrase.title()) == classify(phrase)


# ---------------------------------------------------------------------------------------------
# Ontology: ontologies/cameo.ttl
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def committed() -> Graph:
    return Graph().parse(CAMEO_TTL, format="turtle")


def test_cameo_ttl_is_what_the_script_generates(committed: Graph) -> None:
    generated = make_cameo_ttl.build_graph()
    if not isomorphic(committed, generated):
        _both, only_committed, only_generated = graph_diff(to_isomorphic(committed), to_isomorphic(generated))
        pytest.fail(
            "ontologies/cameo.ttl is stale; run `python -m kg.data.make_cameo_ttl`.\n"
            f"only in the file:\n{only_committed.serialize(format='nt')}\n"
            f"only generated:\n{only_generated.serialize(format='nt')}"
        )


def test_cameo_ttl_describes_every_class(committed: Graph) -> None:
    kg = make_cameo_ttl.KG
    scheme = make_cameo_ttl.SCHEME
    assert (scheme, ns.RDF.type, ns.SKOS.ConceptScheme) in committed
    assert len(set(committed.objects(scheme, ns.SKOS.hasTopConcept))) == 20
    concepts = set(committed.subjects(ns.RDF.type, ns.SKOS.Concept))
    assert len(concepts) == len(event_classes())
    for event in event_classes():
        node = make_cameo_ttl.concept(event.code)
        assert str(node) == f"https://w3id.org/kg-ir/cameo/{event.code}"
        assert node in concepts
        assert committed.value(node, ns.SKOS.notation) == Literal(event.code)
        assert committed.value(node, ns.SKOS.prefLabel) == Literal(event.name, lang="en")
        assert committed.value(node, ns.RDFS.label) == Literal(event.name, lang="en")
        assert committed.value(node, ns.RDFS.comment) is not None
        assert (node, ns.SKOS.inScheme, scheme) in committed
        quad = committed.value(node, kg.quadClass)
        assert quad.datatype == ns.XSD.integer and quad.toPython() == event.quad_class
        goldstein = committed.value(node, kg.goldstein)
        assert goldstein.datatype == ns.XSD.decimal
        assert goldstein.toPython() == Decimal(str(event.goldstein))
        parent = parent_code(event.code)
        if parent is None:
            assert (node, ns.SKOS.topConceptOf, scheme) in committed
        else:
            assert committed.value(node, ns.SKOS.broader) == make_cameo_ttl.concept(parent)


def test_cameo_ttl_declares_its_properties(committed: Graph) -> None:
    kg = make_cameo_ttl.KG
    for prop, range_ in ((kg.quadClass, ns.XSD.integer), (kg.goldstein, ns.XSD.decimal)):
        assert str(prop).startswith("https://w3id.org/kg-ir/ns#")
        assert (prop, ns.RDF.type, ns.OWL.DatatypeProperty) in committed
        assert committed.value(prop, ns.RDFS.label) is not None
        assert committed.value(prop, ns.RDFS.comment) is not None
        assert committed.value(prop, ns.RDFS.range) == range_


def test_property_declarations_agree_with_the_main_ontology(committed: Graph) -> None:
    # ontologies/kg.ttl declares the same two properties; both files are loaded together, so the
    # declarations in cameo.ttl must add nothing to (or contradict) the main ontology's.
    main_ttl = ROOT / "ontologies" / "kg.ttl"
    if not main_ttl.exists():
        pytest.skip("ontologies/kg.ttl is not there yet")
    main = Graph().parse(main_ttl, format="turtle")
    for prop in (make_cameo_ttl.KG.quadClass, make_cameo_ttl.KG.goldstein):
        ours = set(committed.predicate_objects(prop))
        assert ours <= set(main.predicate_objects(prop)), prop
        assert committed.value(prop, ns.RDFS.domain) is None


def test_kg_namespace_fails_on_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        _ = make_cameo_ttl.KG.goldsteinValue


def test_script_writes_and_checks(tmp_path: Path) -> None:
    out = tmp_path / "cameo.ttl"
    assert make_cameo_ttl.main([str(out)]) == 0
    assert isomorphic(Graph().parse(out, format="turtle"), make_cameo_ttl.build_graph())
    assert make_cameo_ttl.main([str(out), "--check"]) == 0
    assert make_cameo_ttl.main([str(CAMEO_TTL), "--check"]) == 0
    stale = out.read_text(encoding="utf-8").replace('"Accuse"@en', '"Blame"@en')
    out.write_text(stale, encoding="utf-8")
    assert make_cameo_ttl.main([str(out), "--check"]) == 1


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("reopens", "reopen"),
        ("denies", "deny"),
        ("dismisses", "dismiss"),
        ("wishes", "wish"),
        ("bars", "bar"),
        ("barbs", None),
        ("press", None),
    ],
)
def test_present_verb_strips_es_only_from_a_word_in_es(word: str, lemma: str | None) -> None:
    """ "barbs" is no present of "bar": only a word in "-es" loses two letters."""
    assert events.present_verb(word) == lemma
