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
from kg.types import Actor, ActorType, Article

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
    assert has(triples(nlp, "Egypt held talks with Libya on Monday."), "Egypt", "hold", "Libya")
    stmt = find(statements(nlp, "Canada imposed sanctions on Belarus."), "Canada", "impose", "Belarus")
    assert stmt.event.root == "16"
    found = triples(nlp, "Norway expressed grave concern over Pakistan's nuclear programme.")
    assert has(found, "Norway", "concern", "Pakistan")


@slow
def test_phrasal_verb_keeps_its_particle(nlp) -> None:
    stmt = find(statements(nlp, "Kenya called off talks with Somalia."), "Kenya", "call", "Somalia")
    assert "off" in stmt.relation.split()


# --- control and raising ------------------------------------------------------------------


@slow
def test_subject_control_stays_in_the_relation(nlp) -> None:
    assert has(triples(nlp, "Hungary refused to condemn Belarus."), "Hungary", "condemn", "Belarus")
    assert ("Hungary", "refuse to condemn", "Belarus") in triples(nlp, "Hungary refused to condemn Belarus.")
    found = triples(nlp, "Greece agreed to resume talks with Cyprus.")
    assert any(s == "Greece" and o == "Cyprus" and r.startswith("agree to resume") for s, r, o in found)
    found = triples(nlp, "Algeria decided to re-establish diplomatic relations with Morocco.")
    assert any(s == "Algeria" and o == "Morocco" and r.startswith("decide to") for s, r, o in found)


@slow
def test_object_control_gives_two_statements(nlp) -> None:
    found = triples(nlp, "Senegal urged Mali to expel the Wagner Group.")
    assert has(found, "Senegal", "urge", "Mali")
    assert has(found, "Mali", "expel", "Wagner Group")
    found = triples(nlp, "Hungary called on Romania to accept more refugees from Moldova.")
    assert has(found, "Hungary", "call", "Romania")


# --- coordination and reciprocity ---------------------------------------------------------


@slow
def test_coordination_on_both_sides(nlp) -> None:
    found = triples(nlp, "India and Australia condemned Pakistan.")
    assert has(found, "India", "condemn", "Pakistan") and has(found, "Australia", "condemn", "Pakistan")
    found = triples(nlp, "Mexico spoke with Canada and Guatemala about migration.")
    assert has(found, "Mexico", "speak", "Canada") and has(found, "Mexico", "speak", "Guatemala")


@slow
def test_coordinated_subjects_of_a_reciprocal_predicate(nlp) -> None:
    found = triples(nlp, "Armenia and Azerbaijan signed a peace agreement in Geneva.")
    assert has(found, "Armenia", "sign", "Azerbaijan")
    assert not has(found, "Azerbaijan", "sign", "Armenia")  # one statement per pair
    found = triples(nlp, "Peru and Bolivia agreed to cooperate closely on border security.")
    assert any(s == "Peru" and o == "Bolivia" and "cooperate" in r for s, r, o in found)


# --- nominal events -------------------------------------------------------------------------


@slow
def test_possessive_event_noun(nlp) -> None:
    found = triples(nlp, "Pakistan's attack on India drew condemnation from the G7.")
    assert has(found, "Pakistan", "attack", "India")


@slow
def test_event_noun_with_by_agent(nlp) -> None:
    found = triples(nlp, "The invasion of Belize by Guatemala was condemned across the region.")
    assert has(found, "Guatemala", "invade", "Belize")


@slow
def test_symmetric_event_noun(nlp) -> None:
    found = triples(nlp, "Talks between Peru and Ecuador resumed in Lima.")
    assert ("Peru", "hold talks with", "Ecuador") in found


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
    found = triples(nlp, "The Rwanda-backed M23 rebels attacked Burundi.")
    assert has(found, "Rwanda", "back", "M23")
    assert has(found, "M23", "attack", "Burundi")


@slow
def test_sponsor_of_an_event_noun_relates_its_parties(nlp) -> None:
    found = triples(nlp, "Kenya and Somalia agreed to join the AU-mediated talks.")
    assert has(found, "African Union", "mediate", "Kenya")
    assert has(found, "African Union", "mediate", "Somalia")


@slow
def test_relationship_nouns(nlp) -> None:
    found = triples(nlp, "Vietnam, Laos's largest trading partner, voiced regret over the vote.")
    assert has(found, "Vietnam", "trade", "Laos")
    found = triples(nlp, "Canberra's closest allies, New Zealand and Fiji, joined the exercise.")
    assert has(found, "Australia", "ally", "New Zealand") and has(found, "Australia", "ally", "Fiji")


# --- actors -----------------------------------------------------------------------------------


@slow
def test_titles_before_a_name(nlp) -> None:
    stmt = find(
        statements(nlp, "Brazilian foreign ministry spokeswoman Ana Costa criticized Paraguay."),
        "Ana Costa",
        "criticize",
        "Paraguay",
    )
    assert stmt.subject.type is ActorType.PERSON
    assert stmt.subject.affiliation.name == "Brazil"


@slow
def test_title_in_apposition(nlp) -> None:
    stmt = find(
        statements(nlp, "Ana Costa, Brazil's foreign minister, criticized Paraguay."),
        "Ana Costa",
        "criticize",
        "Paraguay",
    )
    assert stmt.subject.affiliation.name == "Brazil"


@slow
def test_government_bodies_stand_for_their_state(nlp) -> None:
    found = triples(nlp, "The Romanian foreign ministry summoned Moldova's ambassador.")
    assert any(s == "Romania" for s, _, _ in found)
    found = triples(nlp, "Bucharest accused Chisinau of orchestrating the crisis.")
    assert has(found, "Romania", "accuse", "Moldova")


@slow
def test_unnamed_officials_speak_for_their_state(nlp) -> None:
    assert has(
        triples(nlp, "Norway's foreign minister criticized Hungary."), "Norway", "criticize", "Hungary"
    )
    assert has(triples(nlp, "A Brazilian diplomat criticized Paraguay."), "Brazil", "criticize", "Paraguay")
    assert has(triples(nlp, "Officials in Cairo blamed Libya for the attack."), "Egypt", "blame", "Libya")
    # a known person with that role comes first
    text = "Foreign Minister Elena Marquez of Mexico arrived. Mexico's foreign minister then praised Peru."
    assert has(triples(nlp, text), "Elena Marquez", "praise", "Peru")


@slow
def test_unresolvable_subjects_are_never_actors(nlp) -> None:
    text = "Story highlights\n\nIt condemned the strike on Lebanon. It said nothing about Jordan."
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
        statements(nlp, "Belarus supplied drones to Armenia, according to Azerbaijan."),
        "Belarus",
        "supply",
        "Armenia",
    )
    assert stmt.source is not None and stmt.source.name == "Azerbaijan"


@slow
def test_negation_is_a_flag(nlp) -> None:
    stmt = find(statements(nlp, "Bolivia did not condemn Nicaragua."), "Bolivia", "condemn", "Nicaragua")
    assert stmt.negated and "not" not in stmt.relation.split()
    stmt = find(statements(nlp, "India failed to persuade Nepal."), "India", "persuade", "Nepal")
    assert stmt.negated
    assert not find(statements(nlp, "India persuaded Nepal."), "India", "persuade", "Nepal").negated


@slow
def test_modality_and_conditions_are_hypothetical(nlp) -> None:
    assert find(statements(nlp, "Chile could sever ties with Peru."), "Chile", "sever", "Peru").hypothetical
    stmt = find(
        statements(nlp, "If talks fail, Algeria would retaliate against Morocco."),
        "Algeria",
        "retaliate",
        "Morocco",
    )
    assert stmt.hypothetical
    assert not find(statements(nlp, "Chile severed ties with Peru."), "Chile", "sever", "Peru").hypothetical


@slow
def test_relative_clause_subject(nlp) -> None:
    found = triples(nlp, "Norway welcomed Iceland, which criticized Belarus last week.")
    assert has(found, "Iceland", "criticize", "Belarus")
    assert has(found, "Norway", "welcome", "Iceland")


@slow
def test_obligation_in_reported_speech_is_an_appeal(nlp) -> None:
    found = triples(nlp, "Foreign Minister Elena Marquez said Yemen should release the detained sailors.")
    assert has(found, "Elena Marquez", "urge", "Yemen")


@slow
def test_mandative_that_clause(nlp) -> None:
    found = triples(nlp, "Egypt requested that the IAEA inspect the reactor site.")
    assert has(found, "Egypt", "request", "International Atomic Energy Agency")


@slow
def test_feeling_participles_keep_their_subject(nlp) -> None:
    found = triples(nlp, "Australia is alarmed by Pakistan's missile tests.")
    assert has(found, "Australia", "alarmed", "Pakistan")
    assert not has(found, "Pakistan", "alarmed", "Australia")


@slow
def test_predicative_adjective_with_preposition(nlp) -> None:
    found = triples(
        nlp, "Prime Minister Amina Okafor remains uneasy about an expanding Egyptian presence in Libya."
    )
    assert has(found, "Amina Okafor", "uneasy", "Egypt")


@slow
def test_disapproval_of_harm_names_the_victim_not_the_target(nlp) -> None:
    found = triples(nlp, "Canada condemns the violence against Haitian police officers.")
    assert not has(found, "Canada", "condemn", "Haiti")
    found = triples(nlp, "Canada condemned Pakistan's attack on India.")
    assert has(found, "Canada", "condemn", "Pakistan") and not has(found, "Canada", "condemn", "India")


@slow
def test_event_received_from_someone(nlp) -> None:
    found = triples(nlp, "Armenian forces encountered fierce resistance from Azerbaijani troops.")
    assert has(found, "Azerbaijan", "resist", "Armenia")
    assert not has(found, "Armenia", "encounter", "Azerbaijan")


@slow
def test_agent_of_an_event_noun_stands_for_it(nlp) -> None:
    found = triples(nlp, "Ireland is alarmed by accounts of air strikes conducted by the Houthis.")
    assert has(found, "Ireland", "alarmed", "Houthis")


@slow
def test_call_for_someone_to_act(nlp) -> None:
    found = triples(nlp, "The African Union issued a call for the junta to hand over power.")
    assert (
        has(found, "African Union", "call", "junta")
        or has(found, "African Union", "call", "Junta")
        or not found
    )
    found = triples(nlp, "Norway renewed its call for Myanmar to allow aid into Rakhine.")
    assert has(found, "Norway", "call", "Myanmar")


@slow
def test_dative_to_is_a_participant(nlp) -> None:
    found = triples(nlp, "Iceland sent a formal letter to the African Union.")
    assert has(found, "Iceland", "send", "African Union")


@slow
def test_deal_signed_by_two_parties(nlp) -> None:
    found = triples(nlp, "Officials praised the ceasefire deal signed by Guyana and Suriname in Georgetown.")
    assert has(found, "Guyana", "sign", "Suriname")


@slow
def test_governments_of_two_states(nlp) -> None:
    found = triples(nlp, "The Governments of Chile and Argentina released a joint statement.")
    assert has(found, "Chile", "release", "Argentina")


@slow
def test_shared_object_of_coordinated_verbs(nlp) -> None:
    found = triples(nlp, "Hamas would not meet or negotiate with Fatah, the spokesman said.")
    assert any(s == "Hamas" and o == "Fatah" and r.startswith("meet or negotiate") for s, r, o in found)


@slow
def test_they_after_a_named_group(nlp) -> None:
    found = triples(nlp, "Nigeria will talk to Boko Haram only if they break their ties with ISWAP.")
    assert has(found, "Boko Haram", "break", "Islamic State West Africa Province")


@slow
def test_unnamed_armed_groups_are_actors(nlp) -> None:
    found = triples(nlp, "Colombia accused Ecuador of arming rebels.")
    assert has(found, "Ecuador", "arm", "rebels")
    found = triples(nlp, "Mali said rebels from the Arakan Army attacked Myanmar.")
    assert not any(s == "rebels" for s, _, _ in found)
    # the act of the charge is no part of the group's name
    found = triples(nlp, "Ethiopia has accused its neighbour of arming rebels.")
    assert not any("arming" in end for s, _, o in found for end in (s, o))


@slow
def test_possessive_pronoun_of_an_object_is_the_subject(nlp) -> None:
    text = "Prime Minister Amina Okafor thanked President Lucia Ferreira and expressed her support for Chile."
    stmts = statements(nlp, text)
    find(stmts, "Amina Okafor", "support", "Chile")


@slow
def test_title_before_a_name_whatever_the_parse(nlp) -> None:
    text = "Summary of the Chancellor's talks with Moldovan Prime Minister-designate Victor Ciobanu"
    stmts = statements(nlp, text + "\n\nChancellor Maria Lopez called Victor Ciobanu today.")
    person = next(s.object for s in stmts if s.object.name == "Victor Ciobanu")
    assert person.affiliation.name == "Moldova"


@slow
def test_apposition_after_a_title(nlp) -> None:
    found = triples(
        nlp,
        "President Lucia Ferreira met on Friday with the Omani sultan, Sheikh Khalid bin Saeed, in Muscat.",
    )
    assert has(found, "Lucia Ferreira", "meet", "Khalid bin Saeed")


@slow
def test_both_countries_are_the_two_states_of_the_story(nlp) -> None:
    text = (
        "India accused Pakistan of shelling villages in Kashmir. Pakistan denied it. "
        "The African Union urged both countries to show restraint."
    )
    found = triples(nlp, text)
    assert has(found, "African Union", "urge", "India") and has(found, "African Union", "urge", "Pakistan")


@slow
def test_where_clause_places_the_event(nlp) -> None:
    text = "Azerbaijan seized two villages in Armenia, where Azerbaijan still deploys troops."
    found = triples(nlp, text)
    assert any(s == "Azerbaijan" and o == "Armenia" and "deploy" in r for s, r, o in found)


@slow
def test_definite_description_of_a_named_group(nlp) -> None:
    text = "Colombia held talks with the ELN in Havana. Later, Colombia accused the armed group of lying."
    found = triples(nlp, text)
    assert has(found, "Colombia", "accuse", "National Liberation Army")


@slow
def test_part_of_a_longer_name_is_not_an_actor(nlp) -> None:
    found = triples(nlp, "Canada reaffirmed its commitment to the North American partnership with Mexico.")
    assert {name for s, _, o in found for name in (s, o)} <= {"Canada", "Mexico"}


@slow
def test_unnamed_officials_of_two_states(nlp) -> None:
    found = triples(nlp, "The Foreign Ministers of Peru and Chile met in Lima on Monday.")
    assert has(found, "Peru", "meet", "Chile")


@slow
def test_accused_by_someone_of_doing(nlp) -> None:
    text = "Rwanda, accused by the African Union of backing the M23 rebels, rejected the report."
    found = triples(nlp, text)
    assert has(found, "African Union", "accuse", "Rwanda")
    assert has(found, "Rwanda", "back", "M23")
    assert not has(found, "African Union", "back", "M23")


@slow
def test_agreement_brokered_by_a_third_party(nlp) -> None:
    text = "Guyana and Suriname agreed to a truce brokered by Brazil."
    found = triples(nlp, text)
    assert has(found, "Guyana", "agree", "Suriname")
    assert has(found, "Brazil", "broker", "Guyana") and has(found, "Brazil", "broker", "Suriname")
    assert not has(found, "Brazil", "broker", "Brazil")


def test_a_states_own_army_may_act_against_it() -> None:
    state = Actor("Chad", ActorType.COUNTRY, code="TCD")
    militia = Actor("Northern Brigades", ActorType.GROUP, affiliation=state)
    minister = Actor("Ali Mahamat", ActorType.PERSON, affiliation=state)
    assert not extract_module._same_side(militia, state)
    assert extract_module._same_side(minister, state) and extract_module._same_side(state, minister)
    assert extract_module._same_side(state, state)


@slow
def test_adverb_particle_stays_in_the_relation(nlp) -> None:
    stmt = find(
        statements(nlp, "Vietnam drove away Malaysian fishing boats."), "Vietnam", "drive", "Malaysia"
    )
    assert "away" in stmt.relation.split()


@slow
def test_a_person_is_named_by_the_fullest_name_of_the_article(nlp) -> None:
    text = (
        "Secretary Lindqvist's Meeting with Foreign Minister Okafor\n\n"
        "Secretary of State Erik Lindqvist met Foreign Minister Amina Okafor of Nigeria in Oslo."
    )
    names = {name for s in statements(nlp, text) for name in (s.subject.name, s.object.name)}
    assert "Erik Lindqvist" in names and "Lindqvist" not in names


@slow
def test_they_is_the_nearest_plural_actor(nlp) -> None:
    text = "New Delhi blamed Nepalese troops for the clash, saying they had attacked Indian border posts."
    found = triples(nlp, text)
    assert has(found, "Nepal", "attack", "India")


@slow
def test_a_longer_name_wins_over_the_entity_inside_it(nlp) -> None:
    found = triples(nlp, "Jordan accused Kataib Hezbollah of attacking a border post.")
    assert has(found, "Jordan", "accuse", "Kataib Hezbollah")
    assert not any("Hezbollah" in (s, o) for s, _, o in found)


@slow
def test_two_states_in_one_hyphenated_word(nlp) -> None:
    found = triples(nlp, "The ministers praised the strength of the U.A.E.-Oman Alliance.")
    assert has(found, "United Arab Emirates", "ally", "Oman")
    assert not any("Alliance" in s or "Alliance" in o for s, _, o in found)


@slow
def test_two_states_joined_by_a_hyphen(nlp) -> None:
    # the tokenizer splits "Chile-Peru" into "Chile", "-", "Peru"
    assert has(triples(nlp, "Officials praised the Chile-Peru alliance."), "Chile", "ally", "Peru")
    assert has(triples(nlp, "The Chile-Peru border dispute flared again."), "Chile", "dispute", "Peru")
    # one name with a hyphen stays one actor
    assert has(triples(nlp, "Guinea-Bissau criticized Senegal."), "Guinea-Bissau", "criticize", "Senegal")


@slow
def test_a_pronoun_owned_noun_belongs_to_the_object(nlp) -> None:
    found = triples(nlp, "Ghana thanked Nigeria for its support to Mali.")
    assert has(found, "Ghana", "thank", "Nigeria")
    assert not has(found, "Ghana", "thank", "Mali")


@slow
def test_future_tense_names_the_voice_too(nlp) -> None:
    text = "On Sanctions\n\nCanada will continue to support Haiti. We urge Cuba to stop."
    found = triples(nlp, text)
    assert has(found, "Canada", "urge", "Cuba")


@slow
def test_preposition_parsed_as_a_particle(nlp) -> None:
    text = "On Nicaragua\n\nCosta Rica condemns the arrests. We call on Nicaraguan authorities to act."
    found = triples(nlp, text)
    assert ("Costa Rica", "call on", "Nicaragua") in found


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
    stmt = find(
        statements(nlp, "Indonesia remains wary of Malaysia's naval buildup."),
        "Indonesia",
        "wary",
        "Malaysia",
    )
    assert stmt.event.root == "11"


@slow
def test_more_light_verbs(nlp) -> None:
    found = triples(nlp, "Greece reaffirmed its support for Cyprus.")
    assert any(s == "Greece" and o == "Cyprus" and r.startswith("reaffirm support for") for s, r, o in found)
    found = triples(nlp, "President Lucia Ferreira attended a meeting with Chancellor Klaus Weber in Rome.")
    assert has(found, "Lucia Ferreira", "meeting", "Klaus Weber")
    found = triples(nlp, "Egypt expressed solidarity with the Libyan people.")
    assert has(found, "Egypt", "solidarity", "Libya")


@slow
def test_what_two_parties_discuss_is_a_topic(nlp) -> None:
    text = "Chancellor Klaus Weber and President Lucia Ferreira discussed Ghana's role in the talks."
    found = triples(nlp, text)
    assert has(found, "Klaus Weber", "discuss", "Lucia Ferreira")
    assert not any(o == "Ghana" for _, _, o in found)


@slow
def test_the_event_named_before_keeps_its_actor(nlp) -> None:
    text = "Pakistan's missile launch alarmed the region. India voiced regret over the launch."
    found = triples(nlp, text)
    assert has(found, "India", "regret", "Pakistan")


@slow
def test_criticized_for_doing(nlp) -> None:
    found = triples(nlp, "Canada criticized Nicaragua for expelling Colombian diplomats.")
    assert has(found, "Canada", "criticize", "Nicaragua")
    assert has(found, "Nicaragua", "expel", "Colombia")
    assert not has(found, "Canada", "expel", "Colombia")


@slow
def test_relative_pronoun_object_of_a_controlled_verb(nlp) -> None:
    found = triples(nlp, "ASEAN, which Fiji and Tonga hoped to join, welcomed the vote.")
    assert has(found, "Fiji", "join", "ASEAN")


@slow
def test_addressee_verbs_keep_the_reason_out(nlp) -> None:
    found = triples(nlp, "Moldova condemned Belarus over the cyberattack on Romania.")
    assert has(found, "Moldova", "condemn", "Belarus") and not has(found, "Moldova", "condemn", "Romania")


@slow
def test_they_prefers_the_named_pair_to_a_compound(nlp) -> None:
    text = (
        "Secretary of State Erik Lindqvist and Foreign Minister Amina Okafor discussed the "
        "Canada-Nigeria partnership. They praised Ghana for its mediation."
    )
    found = triples(nlp, text)
    assert has(found, "Erik Lindqvist", "praise", "Ghana")


@slow
def test_the_claim_is_the_claimants(nlp) -> None:
    text = "Chad accused Niger of arming the rebels. Niger rejected the accusation."
    assert has(triples(nlp, text), "Niger", "reject", "Chad")
    text = "Chad insists that Niger is arming the rebels. Niger denies the claim."
    assert ("Niger", "deny claim of", "Chad") in triples(nlp, text)
    text = "Chad did not accuse Niger of anything. Niger welcomed the claim."
    assert not has(triples(nlp, text), "Niger", "welcome", "Chad")


@slow
def test_a_thing_leads_to_whoever_holds_it(nlp) -> None:
    found = triples(nlp, "Niger seized a village claimed by Chad.")
    assert ("Niger", "seize village claimed by", "Chad") in found


@slow
def test_a_border_named_alone_lies_between_the_subjects(nlp) -> None:
    found = triples(nlp, "Chad and Niger deployed troops along their shared border.")
    assert has(found, "Chad", "deploy", "Niger") and has(found, "Niger", "deploy", "Chad")
    found = triples(nlp, "Chad and Niger deployed troops along the Libyan border.")
    assert not has(found, "Chad", "deploy", "Niger")
    found = triples(nlp, "Chad and Niger met at the border.")  # a meeting stays one statement
    assert has(found, "Chad", "meet", "Niger") and not has(found, "Niger", "meet", "Chad")


@slow
def test_both_sides_are_the_two_states_of_the_story(nlp) -> None:
    text = (
        "Chad says Niger has blocked the river crossing. Niger blames Chad for the dispute. "
        "Both sides then moved more soldiers to the border."
    )
    found = triples(nlp, text)
    assert has(found, "Chad", "move", "Niger") and has(found, "Niger", "move", "Chad")


def test_lexicon_phrases_with_a_plural_noun_match_the_lemma() -> None:
    from kg.events import classify

    assert classify("sever tie with").code == "161"
    assert classify("station troop in").root == "15"
    assert classify("supply arm to").code == "072"


def test_traded_accusations_are_accusations() -> None:
    from kg.events import classify

    assert classify("trade accusation with").root == "11"
    assert classify("trade with").root == "06"


# --- the document's own voice ----------------------------------------------------------------


@slow
def test_readout_title_names_the_speaker(nlp) -> None:
    text = (
        "Readout of Secretary Lindqvist's Meeting with Foreign Minister Okafor\n\n"
        "Secretary of State Erik Lindqvist met Nigerian Foreign Minister Amina Okafor in Oslo. "
        "The Secretary thanked the Foreign Minister for Nigeria's leadership in the region."
    )
    found = triples(nlp, text)
    assert has(found, "Erik Lindqvist", "meet", "Amina Okafor")
    assert has(found, "Erik Lindqvist", "thank", "Amina Okafor")


@slow
def test_first_person_of_a_statement(nlp) -> None:
    text = (
        "Statement from Norwegian Prime Minister Erik Lindqvist on Somalia\n\n"
        "I condemn the shelling of Mogadishu by al-Shabaab. "
        "We call on the Somali army to protect civilians."
    )
    found = triples(nlp, text)
    assert has(found, "Erik Lindqvist", "condemn", "al-Shabaab")
    assert has(found, "Norway", "call", "Somalia")


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
    found = triples(nlp, '"We expect Yemen to free the crew," said Foreign Minister Elena Marquez.')
    assert has(found, "Elena Marquez", "expect", "Yemen")


@slow
def test_we_of_a_statement_signed_by_its_office(nlp) -> None:
    text = (
        "On the Elections in Bolivia\n\nWe congratulate Bolivia on its peaceful elections and urge "
        "Paraguay to respect the result.\n\nItamaraty"
    )
    found = triples(nlp, text)
    assert has(found, "Brazil", "urge", "Paraguay")
    text = "On the Elections in Bolivia\n\nWe congratulate Bolivia on its peaceful elections."
    assert not any(s == "Brazil" for s, _, _ in triples(nlp, text))


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
    opening = "Press Office\n\nThis statement is attributable to Deputy Spokeswoman Maria Olsen:\n\nText."
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
    # Peru refused to condemn Chile .
    doc = _doc(
        vocab,
        ["Peru", "refused", "to", "condemn", "Chile", "."],
        [1, 1, 3, 1, 3, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
        ["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
        ["NNP", "VBD", "TO", "VB", "NNP", "."],
        ["Peru", "refuse", "to", "condemn", "Chile", "."],
        ents=["B-GPE", "O", "O", "O", "B-GPE", "O"],
    )
    assert extract_module._relation_head(doc[3]) == "refuse to condemn"
    found = {
        (s.subject.name, s.relation, s.object.name)
        for s in extract_module.extract(Article(id="h", text=doc.text), [(doc, 0)])
    }
    assert ("Peru", "refuse to condemn", "Chile") in found


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


def test_a_gerund_warned_against_is_not_asserted(nlp) -> None:
    found = extract_text("Moscow warned Helsinki against joining NATO.", nlp=nlp, title=None)
    joins = [s for s in found if s.relation.startswith("join")]
    assert [(s.subject.name, s.object.name, s.hypothetical) for s in joins] == [("Finland", "NATO", True)]


def test_a_description_unresolved_before_its_actor_is_named_resolves_after(nlp) -> None:
    """A title's "The Court", which names nothing yet, is not remembered as nothing: once the
    body names the International Court of Justice, "The Court" is the Court."""
    text = (
        "The Court finds that it has jurisdiction in the case of El Salvador against Honduras\n\n"
        "The International Court of Justice today delivered its judgment. The Court upheld the "
        "objection raised by Honduras."
    )
    found = {(s.subject.name, s.object.name) for s in extract_text(text, nlp=nlp) if "uphold" in s.relation}
    assert ("International Court of Justice", "Honduras") in found
