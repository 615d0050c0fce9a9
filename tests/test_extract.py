"""The rule-based extractor: one test per construction, on sentences written for these tests.

Most tests parse with the real model (``nlp`` session fixture, marked slow); a few pin a
rule on a parse built by hand, so that they do not depend on what the model happens to do.
A relation is checked by its verbs: the lemma the statement must contain.
"""

from __future__ import annotations

import importlib

import pytest
from spacy.tokens import Doc

from kg.actors import ArticleActors, Gazetteer
from kg.extract import Voice, document_voice, extract_text
from kg.nlp import sentence_case_title
from kg.types import ActorType, Article

# the module itself (``kg.extract`` the name is also the package's function)
extract_module = importlib.import_module("kg.extract")


def statements(nlp, text: str, *, title: str | None = None):
    return extract_text(text, nlp=nlp, title=title)


def triples(nlp, text: str, *, title: str | None = None) -> set[tuple[str, str, str]]:
    return {(s.subject.name, s.relation, s.object.name) for s in statements(nlp, text, title=title)}


def has(found, subject: str, verb: str, obj: str) -> bool:
    """Whether a statement subject – relation – object exists whose relation contains ``verb``."""
    return any(s == subject and o == obj and verb in r.split() for s, r, o in found)


def find(stmts, subject: str, verb: str, obj: str):
    hits = [
        s for s in stmts if s.subject.name == subject and s.object.name == obj and verb in s.relation.split()
    ]
    assert hits, [(s.subject.name, s.relation, s.object.name) for s in stmts]
    return hits[0]


slow = pytest.mark.slow


# --- clauses --------------------------------------------------------------------------


@slow
def test_active_clause(nlp) -> None:
    found = triples(nlp, "Brazil criticized Argentina over the new import tariffs.")
    assert has(found, "Brazil", "criticize", "Argentina")
    assert not has(found, "Argentina", "criticize", "Brazil")


@slow
def test_passive_agent_becomes_subject(nlp) -> None:
    found = triples(nlp, "Chile was accused by Peru of violating the fisheries treaty.")
    assert has(found, "Peru", "accuse", "Chile")


@slow
def test_passive_without_agent_gives_no_statement(nlp) -> None:
    assert triples(nlp, "Chile was criticized at the regional summit on Tuesday.") == set()


@slow
def test_prepositional_object_keeps_the_preposition(nlp) -> None:
    stmt = find(
        statements(nlp, "Norway will provide humanitarian assistance to Yemen."), "Norway", "provide", "Yemen"
    )
    assert stmt.relation == "provide humanitarian assistance to"
    assert stmt.event.code == "073"


@slow
def test_light_verbs_and_their_nouns(nlp) -> None:
    assert has(triples(nlp, "Egypt held talks with Sudan on Monday."), "Egypt", "hold", "Sudan")
    stmt = find(statements(nlp, "Canada imposed sanctions on Belarus."), "Canada", "impose", "Belarus")
    assert stmt.event.root == "16"
    found = triples(nlp, "Denmark expressed grave concern over Iran's nuclear programme.")
    assert has(found, "Denmark", "concern", "Iran")


@slow
def test_phrasal_verb_keeps_its_particle(nlp) -> None:
    stmt = find(statements(nlp, "Kenya called off talks with Somalia."), "Kenya", "call", "Somalia")
    assert "off" in stmt.relation.split()


# --- control and raising ------------------------------------------------------------------


@slow
def test_subject_control_stays_in_the_relation(nlp) -> None:
    assert has(triples(nlp, "Hungary refused to condemn Serbia."), "Hungary", "condemn", "Serbia")
    assert ("Hungary", "refuse to condemn", "Serbia") in triples(nlp, "Hungary refused to condemn Serbia.")
    found = triples(nlp, "Greece agreed to resume talks with Turkey.")
    assert any(s == "Greece" and o == "Turkey" and r.startswith("agree to resume") for s, r, o in found)
    found = triples(nlp, "Spain decided to re-establish diplomatic relations with Morocco.")
    assert any(s == "Spain" and o == "Morocco" and r.startswith("decide to") for s, r, o in found)


@slow
def test_object_control_gives_two_statements(nlp) -> None:
    found = triples(nlp, "France urged Mali to expel the Wagner Group.")
    assert has(found, "France", "urge", "Mali")
    assert has(found, "Mali", "expel", "Wagner Group")
    found = triples(nlp, "Germany called on Poland to accept more refugees from Belarus.")
    assert has(found, "Germany", "call", "Poland")


# --- coordination and reciprocity ---------------------------------------------------------


@slow
def test_coordination_on_both_sides(nlp) -> None:
    found = triples(nlp, "Japan and Australia condemned North Korea.")
    assert has(found, "Japan", "condemn", "North Korea") and has(found, "Australia", "condemn", "North Korea")
    found = triples(nlp, "Mexico spoke with Canada and Guatemala about migration.")
    assert has(found, "Mexico", "speak", "Canada") and has(found, "Mexico", "speak", "Guatemala")


@slow
def test_coordinated_subjects_of_a_reciprocal_predicate(nlp) -> None:
    found = triples(nlp, "Armenia and Azerbaijan signed a peace agreement in Washington.")
    assert has(found, "Armenia", "sign", "Azerbaijan")
    assert not has(found, "Azerbaijan", "sign", "Armenia")  # one statement per pair
    found = triples(nlp, "Peru and Bolivia agreed to work together on border security.")
    assert any(s == "Peru" and o == "Bolivia" and "work" in r for s, r, o in found)


# --- nominal events -------------------------------------------------------------------------


@slow
def test_possessive_event_noun(nlp) -> None:
    found = triples(nlp, "Iran's attack on Israel drew condemnation from the G7.")
    assert has(found, "Iran", "attack", "Israel")


@slow
def test_event_noun_with_by_agent(nlp) -> None:
    found = triples(nlp, "Kuwait never forgot the invasion of Kuwait by Iraq.")
    assert has(found, "Iraq", "invade", "Kuwait")


@slow
def test_symmetric_event_noun(nlp) -> None:
    found = triples(nlp, "Talks between Peru and Ecuador resumed in Lima.")
    assert has(found, "Peru", "talk", "Ecuador")


@slow
def test_seizure_from(nlp) -> None:
    stmt = find(
        statements(nlp, "Morocco's seizure of the town from Algeria angered Tunisia."),
        "Morocco",
        "seize",
        "Algeria",
    )
    assert stmt.relation.endswith("from")


@slow
def test_sponsor_compound(nlp) -> None:
    found = triples(nlp, "The Iran-backed Houthis attacked Saudi Arabia.")
    assert has(found, "Iran", "back", "Houthis")
    assert has(found, "Houthis", "attack", "Saudi Arabia")


@slow
def test_sponsor_of_an_event_noun_relates_its_parties(nlp) -> None:
    found = triples(nlp, "Kenya and Ethiopia agreed to join the AU-mediated talks.")
    assert has(found, "African Union", "mediate", "Kenya")
    assert has(found, "African Union", "mediate", "Ethiopia")


@slow
def test_relationship_nouns(nlp) -> None:
    found = triples(nlp, "Vietnam, Cambodia's largest trading partner, voiced regret over the vote.")
    assert has(found, "Vietnam", "trade", "Cambodia")
    found = triples(nlp, "Tokyo's closest allies, Australia and India, joined the exercise.")
    assert has(found, "Japan", "ally", "Australia") and has(found, "Japan", "ally", "India")


# --- actors -----------------------------------------------------------------------------------


@slow
def test_titles_before_a_name(nlp) -> None:
    stmt = find(
        statements(nlp, "Brazilian foreign ministry spokeswoman Ana Costa criticized Venezuela."),
        "Ana Costa",
        "criticize",
        "Venezuela",
    )
    assert stmt.subject.type is ActorType.PERSON
    assert stmt.subject.affiliation == "Brazil"


@slow
def test_title_in_apposition(nlp) -> None:
    stmt = find(
        statements(nlp, "Ana Costa, Brazil's foreign minister, criticized Venezuela."),
        "Ana Costa",
        "criticize",
        "Venezuela",
    )
    assert stmt.subject.affiliation == "Brazil"


@slow
def test_government_bodies_stand_for_their_state(nlp) -> None:
    found = triples(nlp, "The Polish foreign ministry summoned Belarus's ambassador.")
    assert any(s == "Poland" for s, _, _ in found)
    found = triples(nlp, "Warsaw accused Minsk of orchestrating the crisis.")
    assert has(found, "Poland", "accuse", "Belarus")


@slow
@slow
def test_unnamed_officials_speak_for_their_state(nlp) -> None:
    assert has(
        triples(nlp, "Norway's foreign minister criticized Hungary."), "Norway", "criticize", "Hungary"
    )
    assert has(triples(nlp, "A Brazilian diplomat criticized Paraguay."), "Brazil", "criticize", "Paraguay")
    assert has(triples(nlp, "Officials in Ankara blamed Syria for the attack."), "Turkey", "blame", "Syria")
    # a known person with that role comes first
    text = "Foreign Minister Elena Marquez of Mexico arrived. Mexico's foreign minister then praised Peru."
    assert has(triples(nlp, text), "Elena Marquez", "praise", "Peru")


def test_unresolvable_subjects_are_never_actors(nlp) -> None:
    text = "Story highlights\n\nIt condemned the strike on Syria. It said nothing about Turkey."
    for stmt in statements(nlp, text):
        assert stmt.subject.name.lower() not in ("it", "story highlights")
        assert stmt.object.name.lower() not in ("it", "story highlights")


@slow
def test_pronouns_resolve_to_the_person_meant(nlp) -> None:
    text = (
        "Chancellor Klaus Weber met Prime Minister Amina Okafor in Berlin. "
        "She thanked him for his support, and he praised her for the reforms."
    )
    found = triples(nlp, text)
    assert has(found, "Amina Okafor", "thank", "Klaus Weber")
    assert has(found, "Klaus Weber", "praise", "Amina Okafor")


@slow
def test_object_pronoun_is_not_the_subject(nlp) -> None:
    found = triples(nlp, "President Lucia Ferreira phoned Ambassador Tomas Berg to congratulate him.")
    assert has(found, "Lucia Ferreira", "congratulate", "Tomas Berg")


@slow
def test_plural_references_resolve_to_the_pair(nlp) -> None:
    text = (
        "Foreign Minister Elena Marquez and Foreign Minister Kenji Arata met in Geneva. "
        "The two ministers discussed trade."
    )
    found = triples(nlp, text)
    assert has(found, "Elena Marquez", "meet", "Kenji Arata")
    assert has(found, "Elena Marquez", "discuss", "Kenji Arata")
    found = triples(nlp, "Chile and Peru met in Lima. Both sides agreed to reopen the border crossing.")
    assert has(found, "Chile", "agree", "Peru")


@slow
def test_unsure_pronoun_gives_no_statement(nlp) -> None:
    # "he" after a title the article never names: no antecedent is safe
    text = "Ambassador Tomas Berg arrived in Lima. The army's chief said he would visit Chile."
    assert not any(s.subject.name == "Tomas Berg" and s.object.name == "Chile" for s in statements(nlp, text))


# --- speech, negation, modality -------------------------------------------------------------


@slow
def test_reported_speech_keeps_the_speaker_as_source(nlp) -> None:
    stmt = find(
        statements(nlp, "Ghana will send troops to Mali, Nigeria's defence minister Musa Bello added."),
        "Ghana",
        "send",
        "Mali",
    )
    assert stmt.source is not None and stmt.source.name == "Musa Bello"


@slow
def test_accuse_of_gives_both_statements(nlp) -> None:
    stmts = statements(nlp, "Kenya accused Uganda of arming the rebels.")
    find(stmts, "Kenya", "accuse", "Uganda")
    inner = find(stmts, "Uganda", "arm", "rebels")
    assert inner.source is not None and inner.source.name == "Kenya"


@slow
def test_according_to_is_the_source(nlp) -> None:
    stmt = find(
        statements(nlp, "Iran supplied drones to Russia, according to Ukraine."), "Iran", "supply", "Russia"
    )
    assert stmt.source is not None and stmt.source.name == "Ukraine"


@slow
def test_negation_is_a_flag(nlp) -> None:
    stmt = find(statements(nlp, "Bolivia did not condemn Nicaragua."), "Bolivia", "condemn", "Nicaragua")
    assert stmt.negated and "not" not in stmt.relation.split()
    stmt = find(statements(nlp, "Japan failed to persuade China."), "Japan", "persuade", "China")
    assert stmt.negated
    assert not find(statements(nlp, "Japan persuaded China."), "Japan", "persuade", "China").negated


@slow
def test_modality_and_conditions_are_hypothetical(nlp) -> None:
    assert find(statements(nlp, "Chile could sever ties with Peru."), "Chile", "sever", "Peru").hypothetical
    stmt = find(
        statements(nlp, "If talks fail, Greece would retaliate against Turkey."),
        "Greece",
        "retaliate",
        "Turkey",
    )
    assert stmt.hypothetical
    assert not find(statements(nlp, "Chile severed ties with Peru."), "Chile", "sever", "Peru").hypothetical


@slow
def test_relative_clause_subject(nlp) -> None:
    found = triples(nlp, "Sweden welcomed Finland, which criticized Russia last week.")
    assert has(found, "Finland", "criticize", "Russia")
    assert has(found, "Sweden", "welcome", "Finland")


@slow
def test_obligation_in_reported_speech_is_an_appeal(nlp) -> None:
    found = triples(nlp, "Foreign Minister Elena Marquez said Iran should release the detained sailors.")
    assert has(found, "Elena Marquez", "urge", "Iran")


@slow
def test_mandative_that_clause(nlp) -> None:
    found = triples(nlp, "Japan requested that the IAEA inspect the reactor site.")
    assert has(found, "Japan", "request", "International Atomic Energy Agency")


@slow
def test_feeling_participles_keep_their_subject(nlp) -> None:
    found = triples(nlp, "Australia is alarmed by China's missile tests.")
    assert has(found, "Australia", "alarmed", "China")
    assert not has(found, "China", "alarmed", "Australia")


@slow
def test_predicative_adjective_with_preposition(nlp) -> None:
    found = triples(nlp, "Prime Minister Amina Okafor is uneasy about the growing Turkish presence in Libya.")
    assert has(found, "Amina Okafor", "uneasy", "Turkey")


@slow
def test_disapproval_of_harm_names_the_victim_not_the_target(nlp) -> None:
    found = triples(nlp, "Canada condemns the violence against Haitian police officers.")
    assert not has(found, "Canada", "condemn", "Haiti")
    found = triples(nlp, "Canada condemned Russia's attack on Ukraine.")
    assert has(found, "Canada", "condemn", "Russia") and not has(found, "Canada", "condemn", "Ukraine")


@slow
def test_event_received_from_someone(nlp) -> None:
    found = triples(nlp, "Serbian forces encountered fierce resistance from Croatian troops.")
    assert has(found, "Croatia", "resist", "Serbia")
    assert not has(found, "Serbia", "encounter", "Croatia")


@slow
def test_agent_of_an_event_noun_stands_for_it(nlp) -> None:
    found = triples(
        nlp, "Ireland is alarmed by reports of indiscriminate shelling carried out by the Houthis."
    )
    assert has(found, "Ireland", "alarmed", "Houthis")


@slow
def test_call_for_someone_to_act(nlp) -> None:
    found = triples(nlp, "The African Union issued a call for the junta to hand over power.")
    assert (
        has(found, "African Union", "call", "junta")
        or has(found, "African Union", "call", "Junta")
        or not found
    )
    found = triples(nlp, "Norway renewed its call for Ethiopia to allow aid into Tigray.")
    assert has(found, "Norway", "call", "Ethiopia")


@slow
def test_dative_to_is_a_participant(nlp) -> None:
    found = triples(nlp, "Finland sent a formal letter to the United Nations.")
    assert has(found, "Finland", "send", "United Nations")


@slow
def test_deal_signed_by_two_parties(nlp) -> None:
    found = triples(nlp, "Officials praised the ceasefire deal signed by Sudan and South Sudan in Juba.")
    assert has(found, "Sudan", "sign", "South Sudan")


@slow
def test_governments_of_two_states(nlp) -> None:
    found = triples(nlp, "The joint statement was released by the Governments of Chile and Argentina.")
    assert has(found, "Chile", "release", "Argentina")


@slow
def test_shared_object_of_coordinated_verbs(nlp) -> None:
    found = triples(nlp, "Hamas would not meet or negotiate with Fatah, the spokesman said.")
    assert any(s == "Hamas" and o == "Fatah" and r.startswith("meet or negotiate") for s, r, o in found)


@slow
def test_they_after_a_named_group(nlp) -> None:
    found = triples(nlp, "Kenya will talk to al-Shabaab only if they break their ties with al-Qaeda.")
    assert has(found, "al-Shabaab", "break", "al-Qaeda")


@slow
def test_unnamed_armed_groups_are_actors(nlp) -> None:
    found = triples(nlp, "Colombia accused Venezuela of sheltering rebels.")
    assert has(found, "Venezuela", "shelter", "rebels")
    found = triples(nlp, "Mali said rebels from the Arakan Army attacked Myanmar.")
    assert not any(s == "rebels" for s, _, _ in found)


@slow
def test_possessive_pronoun_of_an_object_is_the_subject(nlp) -> None:
    text = "Prime Minister Amina Okafor thanked President Lucia Ferreira and expressed her support for Chile."
    stmts = statements(nlp, text)
    find(stmts, "Amina Okafor", "support", "Chile")


@slow
def test_title_before_a_name_whatever_the_parse(nlp) -> None:
    text = "Readout of the President's Call with Georgian Prime Minister-designate Irakli Beridze"
    stmts = statements(nlp, text + "\n\nPresident Maria Lopez called Irakli Beridze today.")
    person = next(s.object for s in stmts if s.object.name == "Irakli Beridze")
    assert person.affiliation == "Georgia"


@slow
def test_apposition_after_a_title(nlp) -> None:
    found = triples(
        nlp, "President Lucia Ferreira met Sunday with the Omani sultan, Sheikh Khalid bin Saeed, in Muscat."
    )
    assert has(found, "Lucia Ferreira", "meet", "Khalid bin Saeed")


@slow
def test_both_countries_are_the_two_states_of_the_story(nlp) -> None:
    text = (
        "India accused Pakistan of shelling villages in Kashmir. Pakistan denied it. "
        "The United Nations urged both countries to show restraint."
    )
    found = triples(nlp, text)
    assert has(found, "United Nations", "urge", "India") and has(found, "United Nations", "urge", "Pakistan")


@slow
def test_where_clause_places_the_event(nlp) -> None:
    text = "Azerbaijan seized two villages in Armenia, where Azerbaijan continues to maintain troops."
    found = triples(nlp, text)
    assert any(s == "Azerbaijan" and o == "Armenia" and "maintain" in r for s, r, o in found)


@slow
def test_definite_description_of_a_named_group(nlp) -> None:
    text = "Colombia held talks with the ELN in Havana. Later, Colombia accused the armed group of lying."
    found = triples(nlp, text)
    assert has(found, "Colombia", "accuse", "National Liberation Army")


@slow
def test_part_of_a_longer_name_is_not_an_actor(nlp) -> None:
    found = triples(nlp, "Canada reaffirmed its commitment to the North American partnership with Mexico.")
    assert not any("United States" in (s, o) for s, _, o in found)


@slow
def test_unnamed_officials_of_two_states(nlp) -> None:
    found = triples(nlp, "The Foreign Ministers of Peru and Chile met in Lima on Monday.")
    assert has(found, "Peru", "meet", "Chile")


@slow
def test_accused_by_someone_of_doing(nlp) -> None:
    text = "Rwanda, accused by U.N. experts of backing the M23 rebels, rejected the report."
    found = triples(nlp, text)
    assert has(found, "United Nations", "accuse", "Rwanda")
    assert has(found, "Rwanda", "back", "M23")
    assert not has(found, "United Nations", "back", "M23")


@slow
def test_agreement_brokered_by_a_third_party(nlp) -> None:
    text = "Ethiopia and Eritrea agreed to a truce brokered by Kenya."
    found = triples(nlp, text)
    assert has(found, "Ethiopia", "agree", "Eritrea")
    assert has(found, "Kenya", "broker", "Ethiopia") and has(found, "Kenya", "broker", "Eritrea")
    assert not has(found, "Kenya", "broker", "Kenya")


@slow
def test_a_states_own_army_may_act_against_it(nlp) -> None:
    found = triples(nlp, "The Rapid Support Forces attacked Sudan's army near Khartoum.")
    assert has(found, "Rapid Support Forces", "attack", "Sudan")


@slow
def test_adverb_particle_stays_in_the_relation(nlp) -> None:
    stmt = find(statements(nlp, "Vietnam drove away Chinese fishing boats."), "Vietnam", "drive", "China")
    assert "away" in stmt.relation.split()


@slow
def test_a_person_is_named_by_the_fullest_name_of_the_article(nlp) -> None:
    text = (
        "Secretary Lindqvist's Call with Foreign Minister Okafor\n\n"
        "Secretary of State Erik Lindqvist spoke today with Foreign Minister Amina Okafor of Nigeria."
    )
    names = {name for s in statements(nlp, text) for name in (s.subject.name, s.object.name)}
    assert "Erik Lindqvist" in names and "Lindqvist" not in names


@slow
def test_they_is_the_nearest_plural_actor(nlp) -> None:
    text = "Kabul blamed Pakistani troops for the clash, saying they had attacked Afghan border posts."
    found = triples(nlp, text)
    assert has(found, "Pakistan", "attack", "Afghanistan")


@slow
def test_a_longer_name_wins_over_the_entity_inside_it(nlp) -> None:
    found = triples(nlp, "Islamabad accused the Pakistani Taliban of attacking a police station.")
    assert has(found, "Pakistan", "accuse", "Tehrik-i-Taliban Pakistan")


@slow
def test_two_states_in_one_hyphenated_word(nlp) -> None:
    found = triples(nlp, "The ministers praised the strength of the U.S.-Japan Alliance.")
    assert has(found, "United States", "ally", "Japan")
    assert not any("Alliance" in s or "Alliance" in o for s, _, o in found)


@slow
def test_a_pronoun_owned_noun_belongs_to_the_object(nlp) -> None:
    found = triples(nlp, "Germany thanked Poland for its support to Ukraine.")
    assert has(found, "Germany", "thank", "Poland")
    assert not has(found, "Germany", "thank", "Ukraine")


@slow
def test_future_tense_names_the_voice_too(nlp) -> None:
    text = "On Sanctions\n\nThe United Kingdom will continue to support Ukraine. We urge Iran to stop."
    found = triples(nlp, text)
    assert has(found, "United Kingdom", "urge", "Iran")


@slow
def test_preposition_parsed_as_a_particle(nlp) -> None:
    text = "On Venezuela\n\nThe United States condemns the arrests. We call on Venezuelan authorities to act."
    found = triples(nlp, text)
    assert ("United States", "call on", "Venezuela") in found


@slow
def test_a_dateline_is_not_part_of_the_first_name(nlp) -> None:
    found = triples(nlp, "NEW DELHI - India and Nepal agreed to reopen the border crossing.")
    assert has(found, "India", "agree", "Nepal")


@slow
def test_raising_passive_is_hypothetical_and_keeps_the_verb(nlp) -> None:
    stmts = statements(nlp, "President Lucia Ferreira is expected to meet Chancellor Klaus Weber next week.")
    stmt = find(stmts, "Lucia Ferreira", "meet", "Klaus Weber")
    assert stmt.hypothetical and "expect" not in stmt.relation


@slow
def test_attitude_adjectives_with_of(nlp) -> None:
    stmt = find(statements(nlp, "Vietnam remains wary of China's naval buildup."), "Vietnam", "wary", "China")
    assert stmt.event.root == "11"


@slow
def test_more_light_verbs(nlp) -> None:
    found = triples(nlp, "Greece reaffirmed its support for Cyprus.")
    assert any(s == "Greece" and o == "Cyprus" and r.startswith("reaffirm support for") for s, r, o in found)
    found = triples(nlp, "President Lucia Ferreira attended a meeting with Chancellor Klaus Weber in Rome.")
    assert has(found, "Lucia Ferreira", "meeting", "Klaus Weber")
    found = triples(nlp, "Egypt expressed solidarity with the Sudanese people.")
    assert has(found, "Egypt", "solidarity", "Sudan")


@slow
def test_what_two_parties_discuss_is_a_topic(nlp) -> None:
    text = "Chancellor Klaus Weber and President Lucia Ferreira discussed Turkey's role in the talks."
    found = triples(nlp, text)
    assert has(found, "Klaus Weber", "discuss", "Lucia Ferreira")
    assert not any(o == "Turkey" for _, _, o in found)


@slow
def test_the_event_named_before_keeps_its_actor(nlp) -> None:
    text = "Iran's missile launch alarmed the region. Saudi Arabia expressed regret at the launch."
    found = triples(nlp, text)
    assert has(found, "Saudi Arabia", "regret", "Iran")


@slow
def test_criticized_for_doing(nlp) -> None:
    found = triples(nlp, "Canada criticized Venezuela for expelling Colombian diplomats.")
    assert has(found, "Canada", "criticize", "Venezuela")
    assert has(found, "Venezuela", "expel", "Colombia")
    assert not has(found, "Canada", "expel", "Colombia")


@slow
def test_relative_pronoun_object_of_a_controlled_verb(nlp) -> None:
    found = triples(nlp, "NATO, which Finland and Sweden hoped to join, welcomed the vote.")
    assert has(found, "Finland", "join", "NATO")


@slow
def test_addressee_verbs_keep_the_reason_out(nlp) -> None:
    found = triples(nlp, "Estonia condemned Russia over the cyberattack on Latvia.")
    assert has(found, "Estonia", "condemn", "Russia") and not has(found, "Estonia", "condemn", "Latvia")


@slow
def test_they_prefers_the_named_pair_to_a_compound(nlp) -> None:
    text = (
        "Secretary of State Erik Lindqvist and Foreign Minister Amina Okafor discussed the "
        "U.S.-Nigeria partnership. They praised Ghana for its mediation."
    )
    found = triples(nlp, text)
    assert has(found, "Erik Lindqvist", "praise", "Ghana")


def test_traded_accusations_are_accusations() -> None:
    from kg.events import classify

    assert classify("trade accusation with").root == "11"
    assert classify("trade with").root == "06"


# --- the document's own voice ----------------------------------------------------------------


@slow
def test_readout_title_names_the_speaker_and_the_call(nlp) -> None:
    text = (
        "Readout of Secretary Lindqvist's Call with Foreign Minister Okafor\n\n"
        "Secretary of State Erik Lindqvist spoke today with Nigerian Foreign Minister Amina Okafor. "
        "The Secretary thanked the Foreign Minister for Nigeria's leadership in the region."
    )
    found = triples(nlp, text)
    assert has(found, "Erik Lindqvist", "speak", "Amina Okafor")
    assert has(found, "Erik Lindqvist", "thank", "Amina Okafor")


@slow
def test_first_person_of_a_statement(nlp) -> None:
    text = (
        "Statement from Norwegian Prime Minister Erik Lindqvist on Sudan\n\n"
        "I condemn the shelling of Khartoum by the Rapid Support Forces. "
        "We call on the Sudanese Armed Forces to protect civilians."
    )
    found = triples(nlp, text)
    assert has(found, "Erik Lindqvist", "condemn", "Rapid Support Forces")
    assert has(found, "Norway", "call", "Sudanese Armed Forces")


@slow
def test_we_of_a_statement_that_names_its_state(nlp) -> None:
    text = (
        "Violence in Haiti\n\n"
        "Canada condemns the attack on the Haitian police. We urge Haiti's neighbours to support "
        "the mission. Brazil and Chile should send more police officers."
    )
    found = triples(nlp, text)
    assert has(found, "Canada", "call", "Brazil") and has(found, "Canada", "call", "Chile")


@slow
def test_first_person_in_a_quotation_is_the_speaker(nlp) -> None:
    found = triples(nlp, '"We expect Iran to free the crew," said Foreign Minister Elena Marquez.')
    assert has(found, "Elena Marquez", "expect", "Iran")


@slow
def test_we_of_a_statement_signed_by_its_office(nlp) -> None:
    text = (
        "On the Elections in Moldova\n\nWe congratulate Moldova on its peaceful elections and urge "
        "Russia to respect the result.\n\nU.S. Department of State"
    )
    found = triples(nlp, text)
    assert has(found, "United States", "urge", "Russia")
    text = "On the Elections in Moldova\n\nWe congratulate Moldova on its peaceful elections."
    assert not any(s == "United States" for s, _, _ in triples(nlp, text))


@slow
def test_a_quotation_that_goes_on_keeps_its_speaker(nlp) -> None:
    text = (
        '"We will not let anyone push Bolivia around," Foreign Minister Elena Marquez said. '
        '"We thank Argentina for its help."'
    )
    assert has(triples(nlp, text), "Elena Marquez", "thank", "Argentina")
    text = '"We will not give in," Elena Marquez said. Analysts doubted it. "We thank Argentina."'
    assert not has(triples(nlp, text), "Elena Marquez", "thank", "Argentina")


def test_voice_from_titles_and_openings() -> None:
    actors = ArticleActors()
    voice = document_voice(
        Article(id="a", text="…", title="Readout of Secretary Lindqvist's Meeting with Minister Okafor"),
        None,
        actors,
    )
    assert voice.person is not None and voice.person.name == "Lindqvist"
    opening = (
        "Office of the Spokesperson\n\nThe following is attributable to Spokesperson Maria Olsen:\n\nText."
    )
    voice = document_voice(Article(id="b", text=opening, title="Readout"), None, ArticleActors())
    assert voice.person is not None and voice.person.name == "Maria Olsen"
    assert (
        document_voice(Article(id="c", text="Plain news.", title="Floods in Peru"), None, ArticleActors())
        == Voice()
    )


# --- titles ---------------------------------------------------------------------------------------


def test_title_case_headline_is_parsed_in_sentence_case() -> None:
    text = "Peru Accuses Chile of Blocking Exports\n\nPeru has accused Chile of blocking exports, it said."
    cased = sentence_case_title(text)
    assert cased.split("\n")[0] == "Peru accuses Chile of blocking exports"
    assert len(cased) == len(text)
    assert sentence_case_title("A sentence. Another one.") == "A sentence. Another one."


@slow
def test_headline_statement_quotes_the_original_text(nlp) -> None:
    text = "Peru Accuses Chile of Blocking Exports\n\nPeru has accused Chile of blocking copper exports."
    stmt = find(statements(nlp, text), "Peru", "accuse", "Chile")
    assert stmt.sentence == "Peru Accuses Chile of Blocking Exports"
    assert text[stmt.start : stmt.end] == stmt.sentence


@slow
def test_no_sentence_starts_right_after_a_word(nlp) -> None:
    # without the rule the parser cuts "Prime | Minister Jonas Berg spoke …" after a header line
    doc = nlp("Statement of the Prime Minister on Chile\n\nPrime Minister Jonas Berg spoke with Chile today.")
    sentences = [sent.text.strip() for sent in doc.sents]
    assert "Prime Minister Jonas Berg spoke with Chile today." in sentences


# --- rules on hand-built parses (independent of the model) ---------------------------------------


def _doc(nlp_vocab, words, heads, deps, pos, tags, lemmas, ents=None):
    return Doc(nlp_vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


@pytest.fixture(scope="module")
def vocab():
    from spacy.vocab import Vocab

    return Vocab()


def test_control_chain_on_a_hand_built_parse(vocab) -> None:
    # Russia refused to condemn Ukraine .
    doc = _doc(
        vocab,
        ["Russia", "refused", "to", "condemn", "Ukraine", "."],
        [1, 1, 3, 1, 3, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
        ["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
        ["NNP", "VBD", "TO", "VB", "NNP", "."],
        ["Russia", "refuse", "to", "condemn", "Ukraine", "."],
        ents=["B-GPE", "O", "O", "O", "B-GPE", "O"],
    )
    assert extract_module._relation_head(doc[3]) == "refuse to condemn"
    found = {
        (s.subject.name, s.relation, s.object.name)
        for s in extract_module.extract(Article(id="h", text=doc.text), [(doc, 0)])
    }
    assert ("Russia", "refuse to condemn", "Ukraine") in found


def test_negation_reaches_through_control(vocab) -> None:
    # Chile did not agree to sign it .
    doc = _doc(
        vocab,
        ["Chile", "did", "not", "agree", "to", "sign", "it", "."],
        [3, 3, 3, 3, 5, 3, 5, 3],
        ["nsubj", "aux", "neg", "ROOT", "aux", "xcomp", "dobj", "punct"],
        ["PROPN", "AUX", "PART", "VERB", "PART", "VERB", "PRON", "PUNCT"],
        ["NNP", "VBD", "RB", "VB", "TO", "VB", "PRP", "."],
        ["Chile", "do", "not", "agree", "to", "sign", "it", "."],
    )
    assert extract_module._negated(doc[5])
    assert not extract_module._negated(doc[0].head.head) or doc[0].head.head.i == 3


def test_reciprocal_predicates(vocab) -> None:
    # Peru and Chile met .
    doc = _doc(
        vocab,
        ["Peru", "and", "Chile", "met", "."],
        [3, 0, 0, 3, 3],
        ["nsubj", "cc", "conj", "ROOT", "punct"],
        ["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
        ["NNP", "CC", "NNP", "VBD", "."],
        ["Peru", "and", "Chile", "meet", "."],
        ents=["B-GPE", "O", "B-GPE", "O", "O"],
    )
    assert extract_module._is_reciprocal(doc[3], "meet")
    found = {
        (s.subject.name, s.relation, s.object.name)
        for s in extract_module.extract(
            Article(id="r", text=doc.text), [(doc, 0)], gazetteer=Gazetteer.default()
        )
    }
    assert found == {("Peru", "meet with", "Chile")}
