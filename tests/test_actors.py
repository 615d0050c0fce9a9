"""Tests of kg.actors: the gazetteer and per-article actor resolution (no spaCy model needed)."""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.actors import ArticleActors, Gazetteer
from kg.errors import DataError
from kg.types import Actor, ActorType, Mention


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def state(name: str) -> Actor:
    """The gazetteer's actor of this name: what an affiliation holds."""
    actor = Gazetteer.default().named(name)
    assert actor is not None, name
    return actor


@pytest.fixture(scope="module")
def raw_data() -> dict:
    text = (resources.files("kg") / "data" / "gazetteer.json").read_text(encoding="utf-8")
    return json.loads(text)


def name_of(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


# --------------------------------------------------------------------------- the data


def test_default_is_loaded_once(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz


def test_every_un_member_and_observer_plus_taiwan_and_kosovo(gaz: Gazetteer, raw_data: dict) -> None:
    statuses = [c["status"] for c in raw_data["countries"]]
    assert statuses.count("member") == 193
    assert statuses.count("observer") == 2
    countries = [a for a in gaz.actors() if a.type is ActorType.COUNTRY]
    assert len(countries) == 199  # and the Cook Islands and Niue, in free association with New Zealand
    assert all(a.code is not None and len(a.code) == 3 and a.code.isupper() for a in countries)
    assert len({a.code for a in countries}) == 199
    assert name_of(gaz.lookup("Rarotonga")) == "Cook Islands"
    assert gaz.country("XKX") == gaz.country("XK") == Actor("Kosovo", ActorType.COUNTRY, code="XKX")
    assert name_of(gaz.country("TWN")) == "Taiwan"
    assert name_of(gaz.country("VA")) == "Holy See"
    assert name_of(gaz.country("PSE")) == "Palestine"
    assert gaz.country("NATO") is None  # an organisation code is not a country


def test_at_least_80_organisations_and_groups(gaz: Gazetteer) -> None:
    orgs = [a for a in gaz.actors() if a.type is ActorType.ORGANIZATION]
    groups = [a for a in gaz.actors() if a.type is ActorType.GROUP]
    assert len(orgs) + len(groups) >= 80
    assert {"Hamas", "Hezbollah", "Taliban", "Islamic State", "al-Qaeda", "Houthis", "Wagner Group"} <= {
        g.name for g in groups
    }


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Transnistria", "Transnistria", "Moldova"),
        ("breakaway Abkhazia", "Abkhazia", "Georgia"),
        ("Somaliland", "Somaliland", "Somalia"),
        ("the Bosnian Serb entity", "Republika Srpska", "Bosnia and Herzegovina"),
        ("the KRG", "Kurdistan Regional Government", "Iraq"),
    ],
)
def test_de_facto_authorities_are_actors_of_their_state(
    gaz: Gazetteer, text: str, name: str, state: str
) -> None:
    actor = gaz.lookup(text)
    assert actor is not None and actor.name == name and actor.type is ActorType.ORGANIZATION
    assert actor.affiliation is not None and actor.affiliation.name == state


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Crimea", "Crimea", "Ukraine"),
        ("Catalonia", "Catalonia", "Spain"),
        ("the Gaza Strip", "Gaza", "Palestine"),
        ("Hong Kong authorities", "Hong Kong", "China"),
        ("the Essequibo region", "Essequibo", "Guyana"),
        ("Abyei", "Abyei", None),
    ],
)
def test_regions_and_territories_are_territories_not_their_state(
    gaz: Gazetteer, text: str, name: str, state: str | None
) -> None:
    actor = gaz.lookup(text)
    assert actor is not None and actor.name == name and actor.type is ActorType.TERRITORY
    assert (actor.affiliation.name if actor.affiliation is not None else None) == state


def test_canonical_country_names(gaz: Gazetteer) -> None:
    for code, name in {
        "USA": "United States",
        "GBR": "United Kingdom",
        "RUS": "Russia",
        "CHN": "China",
        "KOR": "South Korea",
        "PRK": "North Korea",
        "IRN": "Iran",
        "SYR": "Syria",
        "COD": "Democratic Republic of the Congo",
        "COG": "Republic of the Congo",
        "CIV": "Côte d'Ivoire",
        "TUR": "Turkey",
    }.items():
        assert name_of(gaz.country(code)) == name


def test_invalid_json_is_a_data_error() -> None:
    with pytest.raises(DataError, match="invalid JSON"):
        Gazetteer.from_json("{not json")


def test_country_without_iso3_is_named(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    next(c for c in data["countries"] if c["name"] == "Argentina")["iso3"] = "XX"
    with pytest.raises(DataError, match="country 'Argentina' has no 3-letter ISO code"):
        Gazetteer(data)


def test_alias_of_two_actors_must_be_declared_ambiguous(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    austria = next(c for c in data["countries"] if c["name"] == "Austria")
    austria["aliases"].append("Kyiv")
    with pytest.raises(
        DataError, match=r"country 'Ukraine': alias 'Kyiv' is also an alias of country 'Austria'"
    ):
        Gazetteer(data)


def test_declaring_the_key_ambiguous_makes_it_legal(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    austria = next(c for c in data["countries"] if c["name"] == "Austria")
    austria["aliases"].append("Kyiv")
    data["ambiguous"].append({"keys": ["Kyiv"], "default": None, "choices": []})
    gaz = Gazetteer(data)
    assert gaz.lookup("Kyiv") is None
    assert name_of(gaz.lookup("Kiev")) == "Ukraine"


def test_unknown_affiliation_and_duplicate_code_are_named(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    data["organizations"][0]["affiliation"] = "Atlantis"
    with pytest.raises(DataError, match="organization 'United Nations': affiliation 'Atlantis'"):
        Gazetteer(data)
    data = copy.deepcopy(raw_data)
    data["organizations"][1]["code"] = "UN"
    with pytest.raises(DataError, match="code 'UN' is also the code of 'United Nations'"):
        Gazetteer(data)


def test_neighbours_border_each_other_both_ways(gaz: Gazetteer) -> None:
    def country(name: str):
        actor = gaz.named(name)
        assert actor is not None
        return actor

    for first, second in (("Colombia", "Venezuela"), ("Ethiopia", "Eritrea"), ("Japan", "South Korea")):
        assert gaz.neighbours(country(first), country(second))
        assert gaz.neighbours(country(second), country(first))
    for first, second in (("United States", "Colombia"), ("Japan", "United States"), ("Egypt", "Eritrea")):
        assert not gaz.neighbours(country(first), country(second))
    assert not gaz.neighbours(country("France"), country("France"))


def test_a_neighbour_must_be_a_country_that_lists_it_back(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    chile = next(c for c in data["countries"] if c["name"] == "Chile")
    chile["neighbours"] = [*chile.get("neighbours", []), "XYZ"]
    with pytest.raises(DataError, match="country CHL: neighbour 'XYZ' is no country's iso3"):
        Gazetteer(data)
    data = copy.deepcopy(raw_data)
    chile = next(c for c in data["countries"] if c["name"] == "Chile")
    chile["neighbours"] = [*chile.get("neighbours", []), "JPN"]
    with pytest.raises(DataError, match="country CHL lists JPN as a neighbour, but not JPN it"):
        Gazetteer(data)


def test_ambiguous_choice_must_exist(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    data["ambiguous"][0]["choices"][0]["actor"] = "Atlantis"
    with pytest.raises(DataError, match="'Atlantis' is not in the gazetteer"):
        Gazetteer(data)


def test_office_of_an_unknown_organization_is_named(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    data["offices"]["offices"][0]["organization"] = "Atlantis"
    with pytest.raises(DataError, match="unknown organization 'Atlantis'"):
        Gazetteer(data)


def test_the_council_of_the_eu_is_not_the_european_council(gaz: Gazetteer) -> None:
    # the ministers' Council (Consilium) and the heads of government's European Council are two bodies
    assert name_of(gaz.lookup("Council of the EU")) == "Council of the European Union"
    assert name_of(gaz.lookup("European Council")) == "European Council"
    assert gaz.lookup("Council of the EU").affiliation == gaz.named("European Union")


def test_somali_federal_member_states_are_actors_of_somalia(gaz: Gazetteer) -> None:
    for name in ("Puntland", "Jubaland State of Somalia"):
        actor = gaz.lookup(name)
        assert actor is not None and actor.affiliation == gaz.named("Somalia")


def test_offices_named_by_title_alone(gaz: Gazetteer) -> None:
    un, nato = gaz.named("United Nations"), gaz.named("NATO")
    office = gaz.office(un, "chief")
    assert office is not None and office.name == "United Nations Secretary-General"
    assert office.type is ActorType.PERSON and office.affiliation == un
    assert name_of(gaz.office(nato, "Secretary General")) == "NATO Secretary General"
    # a title alone: the office of the organisation named last that has one, else the first listed
    assert name_of(gaz.office(None, "Secretary-General")) == "United Nations Secretary-General"
    assert name_of(gaz.office(None, "secretary general", named=["European Union", "NATO"])) == (
        "NATO Secretary General"
    )
    assert gaz.office(None, "President") is None
    assert gaz.office(gaz.named("France"), "President") is None  # a state's office has holders named


def test_missing_section_is_a_data_error(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    del data["roles"]
    with pytest.raises(DataError, match="section 'roles'"):
        Gazetteer(data)


# --------------------------------------------------------------------------- names and aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China", "China"),
        ("the People's Republic of China", "China"),
        ("PRC", "China"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("the U.S.", "United States"),
        ("USA", "United States"),
        ("U.S.A.", "United States"),
        ("America", "United States"),
        ("UK", "United Kingdom"),
        ("U.K.", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("Great Britain", "United Kingdom"),
        ("DPRK", "North Korea"),
        ("ROK", "South Korea"),
        ("Türkiye", "Turkey"),
        ("Turkiye", "Turkey"),
        ("Côte d’Ivoire", "Côte d'Ivoire"),
        ("the Netherlands", "Netherlands"),
        ("Holland", "Netherlands"),
        ("the Vatican", "Holy See"),
        ("Republic of China", "Taiwan"),
        ("Russian Federation", "Russia"),
        ("UAE", "United Arab Emirates"),
        ("CHINA", "China"),  # a headline in capitals
        ("china", None),  # the common word
        ("turkey", None),
        ("us", None),  # the pronoun, never the United States
        ("Us", None),
        ("who", None),
        ("WHO", "World Health Organization"),
    ],
)
def test_names_aliases_and_case(gaz: Gazetteer, text: str, expected: str | None) -> None:
    assert name_of(gaz.lookup(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's", "Russia"),
        ("Russia’s", "Russia"),
        ("the United States'", "United States"),
        ("'China'", "China"),
        ("(Ukraine)", "Ukraine"),
        ("  Ukraine,  ", "Ukraine"),
        ("the  United\nStates", "United States"),
        ("U.S", "United States"),  # the sentence-final dot eaten
        ("Democratic Republic of Congo (DRC)", "Democratic Republic of the Congo"),
        ("", None),
        ("   ", None),
        ("'s", None),
    ],
)
def test_possessives_punctuation_and_spacing(gaz: Gazetteer, text: str, expected: str | None) -> None:
    assert name_of(gaz.lookup(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing", "China"),
        ("Washington", "United States"),
        ("Moscow", "Russia"),
        ("the Kremlin", "Russia"),
        ("Whitehall", "United Kingdom"),
        ("Downing Street", "United Kingdom"),
        ("the White House", "United States"),
        ("the Pentagon", "United States"),
        ("the State Department", "United States"),
        ("Foggy Bottom", "United States"),
        ("the CIA", "United States"),
        ("Zhongnanhai", "China"),
        ("the Elysee", "France"),
        ("the Élysée", "France"),
        ("the Quai d'Orsay", "France"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Tehran", "Iran"),
        ("Ankara", "Turkey"),
        ("Seoul", "South Korea"),
        ("Pyongyang", "North Korea"),
        ("Taipei", "Taiwan"),
        ("Pristina", "Kosovo"),
        ("Brussels", "European Union"),  # see the 'decisions' in the data
        ("The Hague", None),  # the Dutch government or the international courts
        ("Geneva", None),
    ],
)
def test_capitals_and_metonyms(gaz: Gazetteer, text: str, expected: str | None) -> None:
    assert name_of(gaz.lookup(text)) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Chinese", "China"),
        ("American", "United States"),
        ("British", "United Kingdom"),
        ("Russian", "Russia"),
        ("Russians", "Russia"),
        ("the Russians", "Russia"),
        ("Ukrainian", "Ukraine"),
        ("Ukrainians", "Ukraine"),
        ("Iranian", "Iran"),
        ("Afghan", "Afghanistan"),
        ("Filipino", "Philippines"),
        ("Philippine", "Philippines"),
        ("Turkish", "Turkey"),
        ("Israeli", "Israel"),
        ("Palestinian", "Palestine"),
        ("Sudanese", "Sudan"),
        ("South Sudanese", "South Sudan"),
        ("Nigerien", "Niger"),
        ("Nigerian", "Nigeria"),
        ("Dutch", "Netherlands"),
        ("Britons", "United Kingdom"),
    ],
)
def test_demonyms(gaz: Gazetteer, word: str, expected: str) -> None:
    assert name_of(gaz.demonym(word)) == expected
    assert name_of(gaz.lookup(word)) == expected


def test_demonym_is_only_for_adjectives_and_peoples(gaz: Gazetteer) -> None:
    assert gaz.demonym("China") is None
    assert gaz.demonym("Beijing") is None
    assert gaz.demonym("Korean") is None
    assert name_of(gaz.demonym("Korean", context="talks in Seoul")) == "South Korea"


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("NATO", "NATO", ActorType.ORGANIZATION),
        ("Nato", "NATO", ActorType.ORGANIZATION),
        ("the North Atlantic Treaty Organization", "NATO", ActorType.ORGANIZATION),
        ("the EU", "European Union", ActorType.ORGANIZATION),
        ("the European Commission", "European Commission", ActorType.ORGANIZATION),
        ("European Parliament", "European Parliament", ActorType.ORGANIZATION),
        ("the UN", "United Nations", ActorType.ORGANIZATION),
        ("U.N.", "United Nations", ActorType.ORGANIZATION),
        ("the UN Security Council", "United Nations Security Council", ActorType.ORGANIZATION),
        ("the Security Council", "United Nations Security Council", ActorType.ORGANIZATION),
        ("UNHCR", "UNHCR", ActorType.ORGANIZATION),
        ("Unesco", "UNESCO", ActorType.ORGANIZATION),
        ("the IAEA", "International Atomic Energy Agency", ActorType.ORGANIZATION),
        ("ICJ", "International Court of Justice", ActorType.ORGANIZATION),
        ("the ICC", "International Criminal Court", ActorType.ORGANIZATION),
        ("G-7", "G7", ActorType.ORGANIZATION),
        ("the Group of 20", "G20", ActorType.ORGANIZATION),
        ("ASEAN", "ASEAN", ActorType.ORGANIZATION),
        ("the African Union", "African Union", ActorType.ORGANIZATION),
        ("the Red Cross", "International Committee of the Red Cross", ActorType.ORGANIZATION),
        ("KFOR", "KFOR", ActorType.ORGANIZATION),
        ("Hamas", "Hamas", ActorType.GROUP),
        ("Hizbollah", "Hezbollah", ActorType.GROUP),
        ("the Taliban", "Taliban", ActorType.GROUP),
        ("ISIL", "Islamic State", ActorType.GROUP),
        ("Daesh", "Islamic State", ActorType.GROUP),
        ("al-Qaida", "al-Qaeda", ActorType.GROUP),
        ("al-Shabab", "al-Shabaab", ActorType.GROUP),
        ("the Houthis", "Houthis", ActorType.GROUP),
        ("Wagner", "Wagner Group", ActorType.GROUP),
        ("the West", "Western countries", ActorType.GROUP),
        ("Western nations", "Western countries", ActorType.GROUP),
        ("the international community", "international community", ActorType.GROUP),
    ],
)
def test_organisations_and_groups(gaz: Gazetteer, text: str, expected: str, kind: ActorType) -> None:
    actor = gaz.lookup(text)
    assert actor is not None
    assert (actor.name, actor.type) == (expected, kind)


def test_org_carries_its_code_and_parent(gaz: Gazetteer) -> None:
    assert gaz.lookup("NATO") == Actor("NATO", ActorType.ORGANIZATION, code="NATO")
    unsc = gaz.lookup("UNSC")
    assert unsc is not None and unsc.affiliation == state("United Nations") and unsc.code == "UNSC"
    assert gaz.lookup("China") == Actor("China", ActorType.COUNTRY, code="CHN")


# --------------------------------------------------------------------------- government bodies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Chinese foreign ministry", "China"),
        ("Chinese Foreign Ministry", "China"),
        ("the Russian government", "Russia"),
        ("Russian forces", "Russia"),
        ("Afghan troops", "Afghanistan"),
        ("Chinese officials", "China"),
        ("senior Chinese officials", "China"),
        ("Iranian authorities", "Iran"),
        ("the Chinese leadership", "China"),
        ("U.S. military", "United States"),
        ("the US State Department", "United States"),
        ("Israeli army", "Israel"),
        ("Beijing's embassy", "China"),
        ("Moscow's diplomats", "Russia"),
        ("China's foreign ministry", "China"),
        ("the Russian side", "Russia"),
        ("Ukrainian armed forces", "Ukraine"),
        ("Afghan national forces", "Afghanistan"),
        ("the Venezuelan military and security forces", "Venezuela"),
        ("the Government of Serbia", "Serbia"),
        ("the armed forces of Ukraine", "Ukraine"),
        ("the Ministry of Foreign Affairs of China", "China"),
        ("South Korea's military", "South Korea"),
        ("Papua New Guinea government", "Papua New Guinea"),
        ("two Russian warships", "Russia"),
        ("NATO forces", "NATO"),
        ("UN peacekeepers", "United Nations"),
        ("Unesco officials", "UNESCO"),
        ("IAEA inspectors", "International Atomic Energy Agency"),
        ("Taliban fighters", "Taliban"),
        ("Houthi rebels", "Houthis"),
        ("Lebanese Hezbollah", "Hezbollah"),
    ],
)
def test_government_bodies_stand_for_their_actor(gaz: Gazetteer, text: str, expected: str) -> None:
    assert name_of(gaz.lookup(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels",  # rebels against a state are not the state
        "Russian gas",
        "Chinese trade",
        "the Chinese people",
        "Russia and China",  # coordination is the extractor's business
        "Russia, China and Iran",
        "the foreign ministry",  # no state named
        "Chinese foreign ministry spokesman",  # a person's title, not a body
        "the Chinese foreign ministry spokesman Zhao Lijian",
    ],
)
def test_not_bodies_of_a_state(gaz: Gazetteer, text: str) -> None:
    assert gaz.lookup(text) is None


def test_is_government_body(gaz: Gazetteer) -> None:
    for head in [
        "foreign ministry",
        "forces",
        "troops",
        "officials",
        "authorities",
        "leadership",
        "military",
    ]:
        assert gaz.is_government_body(head), head
    for head in ["people", "economy", "gas", "spokesman", "rebels", "president"]:
        assert not gaz.is_government_body(head), head


def test_led_and_backed_compounds(gaz: Gazetteer) -> None:
    assert name_of(gaz.lookup("US-led NATO")) == "NATO"
    assert name_of(gaz.lookup("Iran-backed Houthis")) == "Houthis"
    assert name_of(gaz.lookup("NATO-led KFOR troops")) == "KFOR"
    assert gaz.lookup("Russian-backed separatists") is None  # the separatists are not named
    assert gaz.lookup("Saudi-led coalition") is None
    assert gaz.sponsor("US-led NATO") == (gaz.named("United States"), "lead")
    assert gaz.sponsor("Iran-backed Houthis") == (gaz.named("Iran"), "back")
    assert gaz.sponsor("NATO") is None


def test_national_red_cross_is_not_the_state(gaz: Gazetteer) -> None:
    assert gaz.lookup("The Chinese Red Cross") == Actor(
        "Chinese Red Cross", ActorType.ORGANIZATION, affiliation=state("China")
    )
    assert gaz.lookup("the American Red Cross") == Actor(
        "American Red Cross", ActorType.ORGANIZATION, affiliation=state("United States")
    )
    assert name_of(gaz.lookup("Turkish Red Crescent")) == "Turkish Red Crescent"
    assert name_of(gaz.lookup("Red Cross")) == "International Committee of the Red Cross"


def test_ethnic_community_is_a_group_of_its_own(gaz: Gazetteer) -> None:
    assert gaz.lookup("Kosovo Serbs") == Actor("Kosovo Serbs", ActorType.GROUP, affiliation=state("Kosovo"))
    assert gaz.lookup("the Bosnian Serbs") == Actor(
        "Bosnian Serbs", ActorType.GROUP, affiliation=state("Bosnia and Herzegovina")
    )
    assert name_of(gaz.lookup("Serbs")) == "Serbia"


def test_place_and_country_in_a_dateline(gaz: Gazetteer) -> None:
    assert name_of(gaz.lookup("Beijing, China")) == "China"
    assert gaz.lookup("Atlanta, Georgia") is None


# --------------------------------------------------------------------------- classic confusions


def test_niger_is_not_nigeria(gaz: Gazetteer) -> None:
    assert name_of(gaz.lookup("Niger")) == "Niger"
    assert name_of(gaz.lookup("Nigeria")) == "Nigeria"
    assert name_of(gaz.lookup("Nigerien troops")) == "Niger"
    assert name_of(gaz.lookup("Nigerian troops")) == "Nigeria"
    assert name_of(gaz.lookup("Niamey")) == "Niger"
    assert name_of(gaz.lookup("Abuja")) == "Nigeria"


def test_the_two_congos(gaz: Gazetteer) -> None:
    drc = "Democratic Republic of the Congo"
    roc = "Republic of the Congo"
    for text in ["Democratic Republic of Congo", "DRC", "DR Congo", "Kinshasa", "Congo-Kinshasa", "Zaire"]:
        assert name_of(gaz.lookup(text)) == drc, text
    for text in ["Republic of Congo", "Congo-Brazzaville", "Brazzaville"]:
        assert name_of(gaz.lookup(text)) == roc, text
    assert gaz.lookup("Congo") is None
    assert gaz.lookup("Congolese") is None
    assert name_of(gaz.lookup("Congo", context="M23 rebels advanced on Goma")) == drc
    assert name_of(gaz.lookup("Congo", context="the president spoke in Brazzaville")) == roc
    assert name_of(gaz.lookup("Congolese troops", context="fighting in North Kivu")) == drc
    assert gaz.lookup("Congo", context="Kinshasa and Brazzaville face each other") is None


def test_georgia_the_country_unless_the_us_state(gaz: Gazetteer) -> None:
    georgia = Actor("Georgia", ActorType.COUNTRY, code="GEO")
    assert gaz.lookup("Georgia") == georgia
    assert gaz.lookup("Georgia", context="Russian troops entered Georgia in 2008.") == georgia
    assert gaz.lookup("Georgia", context="He campaigned in Atlanta, Georgia, on Monday.") is None
    assert gaz.lookup("Georgia's governor") is None
    assert gaz.lookup("Georgia", context="Georgia Gov. Kemp signed the bill.") is None
    assert gaz.lookup("Georgia", context="Tbilisi said the county was hit") == georgia  # both kinds of cue
    assert gaz.lookup("Tbilisi") == georgia
    assert gaz.lookup("Georgian forces") == georgia


def test_korea_needs_context(gaz: Gazetteer) -> None:
    assert name_of(gaz.lookup("North Korea")) == "North Korea"
    assert name_of(gaz.lookup("South Korea")) == "South Korea"
    assert name_of(gaz.lookup("N. Korean")) == "North Korea"
    assert gaz.lookup("Korea") is None
    assert gaz.lookup("the North") is None
    assert (
        name_of(gaz.lookup("Korea", context="Kim Jong Un inspected a launch in Pyongyang")) == "North Korea"
    )
    assert name_of(gaz.lookup("Korea", context="The summit in Seoul")) == "South Korea"
    assert gaz.lookup("Korea", context="Seoul and Pyongyang traded warnings") is None
    assert name_of(gaz.lookup("the North", context="talks on the Korean peninsula")) == "North Korea"


def test_sudan_and_south_sudan(gaz: Gazetteer) -> None:
    assert name_of(gaz.lookup("Sudan")) == "Sudan"
    assert name_of(gaz.lookup("South Sudan")) == "South Sudan"
    assert name_of(gaz.lookup("Khartoum")) == "Sudan"
    assert name_of(gaz.lookup("Juba")) == "South Sudan"
    assert name_of(gaz.lookup("South Sudanese officials")) == "South Sudan"
    assert name_of(gaz.lookup("Sudanese officials")) == "Sudan"


def test_the_guineas(gaz: Gazetteer) -> None:
    expected = {
        "Guinea": "Guinea",
        "Conakry": "Guinea",
        "Guinea-Bissau": "Guinea-Bissau",
        "Guinea Bissau": "Guinea-Bissau",
        "Equatorial Guinea": "Equatorial Guinea",
        "Papua New Guinea": "Papua New Guinea",
        "Guinean": "Guinea",
        "Bissau-Guinean": "Guinea-Bissau",
        "Equatorial Guinean": "Equatorial Guinea",
        "Papua New Guinean": "Papua New Guinea",
        "New Guinea": None,  # the island
        "guinea": None,
    }
    for text, name in expected.items():
        assert name_of(gaz.lookup(text)) == name, text


def test_dominica_and_the_dominican_republic(gaz: Gazetteer) -> None:
    assert name_of(gaz.lookup("Dominica")) == "Dominica"
    assert name_of(gaz.lookup("Dominican Republic")) == "Dominican Republic"
    assert name_of(gaz.lookup("Dominican")) == "Dominican Republic"
    assert name_of(gaz.lookup("Dominican officials", context="a storm hit Roseau")) == "Dominica"


def test_ireland_and_northern_ireland(gaz: Gazetteer) -> None:
    assert name_of(gaz.lookup("Ireland")) == "Ireland"
    assert name_of(gaz.lookup("Irish government")) == "Ireland"
    assert name_of(gaz.lookup("Northern Ireland")) == "Northern Ireland"  # a territory, not Ireland
    assert gaz.lookup("Northern Irish police") is None


@pytest.mark.parametrize(
    ("old", "current"),
    [
        ("Macedonia", "North Macedonia"),
        ("Burma", "Myanmar"),
        ("Burmese military", "Myanmar"),
        ("Swaziland", "Eswatini"),
        ("Czechia", "Czech Republic"),
        ("the Czech Republic", "Czech Republic"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("East Timor", "Timor-Leste"),
        ("Cape Verde", "Cabo Verde"),
    ],
)
def test_old_and_alternative_names(gaz: Gazetteer, old: str, current: str) -> None:
    assert name_of(gaz.lookup(old)) == current


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("title", "actor", "role"),
    [
        ("Chinese foreign ministry spokesman", "China", "foreign ministry spokesman"),
        ("U.S. Secretary of State", "United States", "Secretary of State"),
        ("Russian President", "Russia", "President"),
        ("Iraqi Prime Minister-designate", "Iraq", "Prime Minister-designate"),
        ("President of Serbia", "Serbia", "President"),
        ("the Prime Minister of Kosovo", "Kosovo", "Prime Minister"),
        ("Israeli Minister of Defense", "Israel", "Minister of Defense"),
        # the state after a later "of": the ministry's name may be any words
        ("Minister of Foreign Affairs of Zimbabwe", "Zimbabwe", "Minister of Foreign Affairs"),
        (
            "the Minister of International Relations and Cooperation of the Republic of South Africa",
            "South Africa",
            "Minister of International Relations and Cooperation",
        ),
        ("UN Secretary-General", "United Nations", "Secretary-General"),
        ("NATO Secretary General", "NATO", "Secretary General"),
        ("Pentagon Press Secretary", "United States", "Pentagon Press Secretary"),  # the agency stays
        ("Eritrea's Information Minister", "Eritrea", "Information Minister"),
        ("Eritrea's ambassador to the U.S.", "Eritrea", "ambassador to the U.S."),
        ("China leader", "China", "leader"),
        ("Secretary of State", None, "Secretary of State"),
        ("spokesman", None, "spokesman"),
        ("Gen.", None, "General"),
        ("Georgia's governor", None, "governor"),  # the US state is no actor
    ],
)
def test_role_of(gaz: Gazetteer, title: str, actor: str | None, role: str) -> None:
    found, found_role = gaz.role_of(title)
    assert (name_of(found), found_role) == (actor, role)


def test_role_of_words_that_are_no_title(gaz: Gazetteer) -> None:
    assert gaz.role_of("Chinese foreign ministry") == (gaz.named("China"), None)
    assert gaz.role_of("the weather") == (None, None)
    assert gaz.role_of("") == (None, None)


@pytest.mark.parametrize(
    "title",
    [
        "president",
        "President",
        "Prime Minister",
        "Prime Minister-designate",
        "President-elect",
        "Secretary of State",
        "Secretary of Defense",
        "foreign ministry spokesman",
        "spokesperson",
        "ambassador",
        "envoy",
        "chancellor",
        "King",
        "emperor",
        "Supreme Leader",
        "general",
        "commander",
        "Secretary-General",
        "head of state",
        "chief of staff",
        "chargé d'affaires",
        "the secretary",
        "Minister of Tourism",
    ],
)
def test_is_role(gaz: Gazetteer, title: str) -> None:
    assert gaz.is_role(title)


@pytest.mark.parametrize(
    "words",
    ["China", "Xi Jinping", "ministry", "forces", "Ministry of Tourism", "the", "", "talks"],
)
def test_is_not_role(gaz: Gazetteer, words: str) -> None:
    assert not gaz.is_role(words)


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Chinese President Xi Jinping", "Chinese President", "Xi Jinping"),
        ("Secretary of State Condoleezza Rice", "Secretary of State", "Condoleezza Rice"),
        ("King Charles III", "King", "Charles III"),
        ("Emir Tamim bin Hamad al-Thani", "Emir", "Tamim bin Hamad al-Thani"),
        ("Xi Jinping", None, "Xi Jinping"),
        ("John King", None, "John King"),  # a role word inside a name is no title
        ("General Secretary Xi Jinping", "General Secretary", "Xi Jinping"),
        ("Minister of Tourism and Culture Nana Mensah", "Minister of Tourism and Culture", "Nana Mensah"),
        ("President of Serbia Aleksandar Vucic", "President of Serbia", "Aleksandar Vucic"),
    ],
)
def test_split_title(gaz: Gazetteer, text: str, title: str | None, name: str) -> None:
    assert gaz.split_title(text) == (title, name)


@pytest.mark.parametrize(
    ("text", "name", "actor", "role"),
    [
        (
            "Chinese foreign ministry spokesman Zhao Lijian",
            "Zhao Lijian",
            "China",
            "foreign ministry spokesman",
        ),
        ("President Xi Jinping", "Xi Jinping", None, "President"),
        ("Mr. Burns", "Burns", None, None),
        ("Mr.", "", None, None),
        ("Sheikh Hasina", "Sheikh Hasina", None, None),  # too short for a title: it is her name
        ("Dr. Haider al-Abadi", "Haider al-Abadi", None, None),
        ("Sen. John McCain", "John McCain", None, "Senator"),
        ("Benjamin “Benny” Gantz", "Benjamin Gantz", None, None),
        ("Sheikh Hamad bin Khalifa al-Thani", "Hamad bin Khalifa al-Thani", None, None),
        ("Lloyd J. Austin III", "Lloyd J. Austin III", None, None),
        ("U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "United Nations", "Secretary-General"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", None, None),  # accents kept in names
        # a title of an organisation's body, and a style that is no name
        (
            "Chairperson of the African Union Commission His Excellency Amina Kone",
            "Amina Kone",
            "African Union",
            "Chairperson",
        ),
        ("His Excellency", "", None, None),
        ("His Majesty Abdullah Hussein", "Abdullah Hussein", None, None),
    ],
)
def test_parse_person(gaz: Gazetteer, text: str, name: str, actor: str | None, role: str | None) -> None:
    found_name, found_actor, found_role = gaz.parse_person(text)
    assert (found_name, name_of(found_actor), found_role) == (name, actor, role)


def test_a_collective_of_fixed_membership_knows_its_states(gaz: Gazetteer) -> None:
    assert [a.name for a in gaz.members(gaz.lookup("the Baltic states"))] == [
        "Estonia",
        "Latvia",
        "Lithuania",
    ]
    assert gaz.members(gaz.lookup("the West")) == ()


@pytest.mark.parametrize("text", ["Myanmar's Rakhine State", "Balochistan Province", "Kherson Oblast"])
def test_a_place_the_recogniser_calls_a_person_is_none(text: str) -> None:
    assert ArticleActors().resolve(text, label="PERSON") is None


# --------------------------------------------------------------------------- filters


def test_unresolvable_words(gaz: Gazetteer) -> None:
    for text in ["it", "It", "they", "he", "we", "us", "Story highlights", "Photograph", "both sides"]:
        assert gaz.is_unresolvable(text), text
    for text in ["US", "China", "IT"]:
        assert not gaz.is_unresolvable(text), text


def test_media_are_not_actors(gaz: Gazetteer) -> None:
    for name in [
        "Reuters",
        "WION Web Team",
        "Capital Economics",
        "the Associated Press",
        "Global Times",
        "Xinhua",
        "ChinaUpdated",
    ]:
        assert gaz.is_media(name), name
    for name in ["NATO", "Oromo Liberation Front", "National Assembly", "World Bank"]:
        assert not gaz.is_media(name), name


# --------------------------------------------------------------------------- one article


@pytest.fixture
def article() -> ArticleActors:
    return ArticleActors()


def test_person_canonical_name_and_title(article: ArticleActors) -> None:
    xi = article.person("President Xi Jinping")
    assert xi == Actor("Xi Jinping", ActorType.PERSON, role="President")
    zhao = article.person("Chinese foreign ministry spokesman Zhao Lijian")
    assert zhao == Actor(
        "Zhao Lijian", ActorType.PERSON, affiliation=state("China"), role="foreign ministry spokesman"
    )
    assert article.person("Zhao Lijian") == zhao
    assert article.persons == (xi, zhao)


def test_person_explicit_affiliation_and_role(article: ArticleActors, gaz: Gazetteer) -> None:
    actor = article.person("Zhao Lijian", affiliation=gaz.named("China"), role="spokesman")
    assert actor == Actor("Zhao Lijian", ActorType.PERSON, affiliation=state("China"), role="spokesman")


def test_person_without_a_name_is_refused(article: ArticleActors) -> None:
    with pytest.raises(ValueError, match="no person's name"):
        article.person("the")


def test_short_forms_join_the_first_full_mention(article: ArticleActors) -> None:
    xi = article.resolve("Chinese President Xi Jinping", label="PERSON")
    assert xi == Actor("Xi Jinping", ActorType.PERSON, affiliation=state("China"), role="President")
    zhao = article.resolve("Chinese foreign ministry spokesman Zhao Lijian", label="PERSON")
    burns = article.resolve("Central Intelligence Agency boss William Burns", label="PERSON")
    assert burns == Actor(
        "William Burns",
        ActorType.PERSON,
        affiliation=state("United States"),
        role="Central Intelligence Agency boss",
    )
    assert article.resolve("Xi", label="PERSON") == xi
    assert article.resolve("President Xi") == xi
    assert article.resolve("Zhao") == zhao
    assert article.resolve("Mr. Zhao") == zhao
    assert article.resolve("Lijian") == zhao  # a given name alone, known to one person only
    assert article.resolve("Mr. Burns") == burns
    assert article.resolve("burns") is None  # lower case is the verb


def test_a_longer_later_form_becomes_canonical(article: ArticleActors) -> None:
    first = article.resolve("Foreign Minister Lavrov", label="PERSON")
    assert first == Actor("Lavrov", ActorType.PERSON, role="Foreign Minister")
    later = article.resolve("Russian Foreign Minister Sergei Lavrov", label="PERSON")
    assert later == Actor(
        "Sergei Lavrov", ActorType.PERSON, affiliation=state("Russia"), role="Foreign Minister"
    )
    assert article.resolve("Lavrov") == later
    assert article.last(ActorType.PERSON) == later


def test_different_people_with_one_surname_stay_apart(article: ArticleActors) -> None:
    bill = article.resolve("Bill Clinton", label="PERSON")
    hillary = article.resolve("Hillary Clinton", label="PERSON")
    assert bill != hillary
    assert article.resolve("Clinton") is None  # two candidates: no guess
    assert article.resolve("Hillary") == hillary
    w = article.resolve("George W. Bush", label="PERSON")
    hw = article.resolve("George H. W. Bush", label="PERSON")
    assert w is not None and hw is not None and w.name != hw.name


def test_same_name_other_state_is_another_person(article: ArticleActors, gaz: Gazetteer) -> None:
    north = article.person("Kim Yong-chol", affiliation=gaz.named("North Korea"))
    south = article.person("Kim Yong-chol", affiliation=gaz.named("South Korea"))
    assert north.affiliation == state("North Korea") and south.affiliation == state("South Korea")
    assert len(article.persons) == 2


def test_role_references(article: ArticleActors) -> None:
    blinken = article.resolve("Secretary of State Antony Blinken")  # a title + name needs no label
    assert blinken == Actor("Antony Blinken", ActorType.PERSON, role="Secretary of State")
    assert article.resolve("the Secretary") == blinken
    assert article.resolve("the secretary of state") == blinken
    assert article.resolve("the Secretary of Defense") is None
    spokesman = article.resolve("Chinese foreign ministry spokesman Zhao Lijian", label="PERSON")
    assert article.resolve("the spokesman") == spokesman
    assert article.resolve("the spokesperson") == spokesman
    assert article.resolve("a spokesman") is None  # a new, unnamed person


def test_the_president_only_when_there_is_one(article: ArticleActors) -> None:
    putin = article.resolve("Russian President Vladimir Putin", label="PERSON")
    biden = article.resolve("Vice President Joe Biden", label="PERSON")
    assert article.resolve("the president") == putin  # the vice president is not "the president"
    assert article.resolve("the vice president") == biden
    xi = article.resolve("Chinese President Xi Jinping", label="PERSON")
    assert article.resolve("the president") is None  # Putin or Xi: unsure
    assert article.resolve("the Chinese president") == xi
    assert article.resolve("the Russian President") == putin


def test_title_with_designate(article: ArticleActors) -> None:
    abadi = article.resolve("Iraqi Prime Minister-designate Haider al-Abadi", label="PERSON")
    assert abadi == Actor(
        "Haider al-Abadi", ActorType.PERSON, affiliation=state("Iraq"), role="Prime Minister-designate"
    )
    assert article.resolve("Dr. Abadi") == abadi
    assert article.resolve("al-Abadi") == abadi
    assert article.resolve("The Prime Minister-designate") == abadi


def test_leader_administration_means_the_state(article: ArticleActors) -> None:
    assert article.resolve("Okafor administration") is None  # nobody named Okafor yet
    article.resolve("Nigerian President Bola Okafor", label="PERSON")
    assert name_of(article.resolve("the Okafor administration")) == "Nigeria"
    assert name_of(article.resolve("Okafor's government")) == "Nigeria"


def test_a_listed_leaders_government_is_their_state_unnamed(article: ArticleActors) -> None:
    # the gazetteer's leaders: their government is their state even when the text says no more
    assert name_of(article.resolve("the Lukashenka regime")) == "Belarus"
    assert name_of(article.resolve("the Lukashenko regime")) == "Belarus"
    assert name_of(article.resolve("The Trump administration")) == "United States"
    assert name_of(article.resolve("the Erdogan government")) == "Turkey"  # spelt without the breve
    assert article.resolve("the Johnson government") is None  # a surname of two states' leaders
    # a person the article names is the article's, whatever the list says
    article.resolve("Kenyan opposition leader Raila Marcos", label="PERSON")
    assert name_of(article.resolve("the Marcos camp")) == "Kenya"
    # only before an administration word: the name alone is a person
    assert article.resolve("Trump", label="PERSON").type is ActorType.PERSON


def test_leaders_must_be_of_listed_states(raw_data: dict) -> None:
    data = copy.deepcopy(raw_data)
    data["leaders"]["states"]["Atlantis"] = ["Poseidon"]
    with pytest.raises(DataError, match="'Atlantis' is not in the gazetteer"):
        Gazetteer(data)
    data = copy.deepcopy(raw_data)
    data["leaders"]["states"]["United Nations"] = ["Guterres"]
    with pytest.raises(DataError, match="leaders: 'United Nations' is not a state"):
        Gazetteer(data)
    data = copy.deepcopy(raw_data)
    data["leaders"]["states"]["Chile"] = ["Putin"]
    with pytest.raises(DataError, match="leaders: 'Putin' is listed twice"):
        Gazetteer(data)


def test_unknown_person_and_organisation(article: ArticleActors) -> None:
    person = article.resolve("Phay Siphan", label="PERSON")
    assert person == Actor("Phay Siphan", ActorType.PERSON)
    front = article.resolve("the Ogaden National Liberation Front (ONLF)", label="ORG")
    assert front == Actor("Ogaden National Liberation Front", ActorType.GROUP, code="ONLF")
    assert article.resolve("ONLF", label="ORG") == front
    assert article.resolve("ONLF") == front
    assembly = article.resolve("National Assembly", label="ORG")
    assert assembly == Actor("National Assembly", ActorType.ORGANIZATION)
    academy = article.resolve("Chinese Academy of Sciences", label="ORG")
    assert academy == Actor("Chinese Academy of Sciences", ActorType.ORGANIZATION, affiliation=state("China"))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Reuters", "ORG"),
        ("WION Web Team", "ORG"),
        ("Capital Economics", "ORG"),
        ("Photograph", "ORG"),
        ("ChinaUpdated", "ORG"),
        ("Shanghai University of Political Science and Law", "ORG"),
        ("the Foreign Ministry", "ORG"),  # which state's? the extractor decides
        ("separatists", "NORP"),
        ("insurgents", ""),
        ("Western", "NORP"),
        ("Central Asia", "LOC"),  # a region of several states, not a territory
        ("it", ""),
        ("It", "PRON"),
        ("they", ""),
        ("Story highlights", ""),
        ("Story highlights", "ORG"),
        ("the president", ""),  # no president known yet
        ("a daily news briefing", ""),
        ("5 million yuan", "MONEY"),
        ("", ""),
    ],
)
def test_unresolvable_phrases(article: ArticleActors, text: str, label: str) -> None:
    assert article.resolve(text, label=label) is None


def test_resolve_prefers_the_gazetteer(article: ArticleActors) -> None:
    assert name_of(article.resolve("Ukraine", label="PERSON")) == "Ukraine"  # a mislabelled entity
    assert name_of(article.resolve("Beijing", label="GPE")) == "China"
    assert name_of(article.resolve("Russians", label="NORP")) == "Russia"
    assert name_of(article.resolve("NATO", label="ORG")) == "NATO"


def test_context_reaches_the_gazetteer(article: ArticleActors) -> None:
    assert article.resolve("Georgia", label="GPE", context="a rally in Atlanta, Georgia") is None
    assert name_of(article.resolve("Georgia", label="GPE", context="Tbilisi protests")) == "Georgia"


def test_note_and_last(article: ArticleActors, gaz: Gazetteer) -> None:
    assert article.last() is None
    china = article.resolve("China")
    zhao = article.resolve("Chinese foreign ministry spokesman Zhao Lijian", label="PERSON")
    nato = article.resolve("NATO")
    assert article.last() == nato
    assert article.last(ActorType.COUNTRY) == china
    assert article.last(ActorType.PERSON) == zhao
    assert article.last(ActorType.GROUP) is None
    article.note(gaz.named("Russia"))
    assert name_of(article.last(ActorType.COUNTRY)) == "Russia"
    assert [a.name for a in article.actors()] == ["China", "Zhao Lijian", "NATO", "Russia"]


def test_resolve_mention(article: ArticleActors) -> None:
    mention = Mention("Chinese foreign ministry spokesman Zhao Lijian", 0, 46, "PERSON")
    assert name_of(article.resolve_mention(mention)) == "Zhao Lijian"


def test_seed_article_phrases(article: ArticleActors) -> None:
    """Noun phrases of examples/ukraine-china-nato.txt, in the order the article uses them."""
    phrases = [
        ("China", "GPE", "China"),
        ("NATO", "ORG", "NATO"),
        ("Russia", "GPE", "Russia"),
        ("WION Web Team", "ORG", None),
        ("Russian President Vladimir Putin", "PERSON", "Vladimir Putin"),
        ("Chinese President Xi Jinping", "PERSON", "Xi Jinping"),
        ("Beijing", "GPE", "China"),
        ("Reuters", "ORG", None),
        ("Story highlights", "", None),
        ("Western countries", "NORP", "Western countries"),
        ("Chinese foreign ministry spokesman Zhao Lijian", "PERSON", "Zhao Lijian"),
        ("US-led NATO", "", "NATO"),
        ("the United States", "GPE", "United States"),
        ("The Chinese Red Cross", "ORG", "Chinese Red Cross"),
        ("Zhao", "PERSON", "Zhao Lijian"),
        ("the CIA's director", "", None),
        ("China leader Xi Jinping", "PERSON", "Xi Jinping"),
        ("Europe", "LOC", "Europe"),
        ("President Xi", "PERSON", "Xi Jinping"),
        ("the Chinese leadership", "", "China"),
        ("Central Intelligence Agency boss William Burns", "PERSON", "William Burns"),
        ("US lawmakers", "", "United States"),
        ("the Russians", "NORP", "Russia"),
        ("Russian forces", "NORP", "Russia"),
        ("the Pentagon", "ORG", "United States"),
        ("Ukrainian forces", "", "Ukraine"),
        ("Moscow", "GPE", "Russia"),
        ("Xi", "PERSON", "Xi Jinping"),
        ("Washington", "GPE", "United States"),
        ("Putin", "PERSON", "Vladimir Putin"),
        ("Li Xin", "PERSON", "Li Xin"),
        ("the Shanghai University of Political Science and Law", "ORG", None),
        ("Mark Williams", "PERSON", "Mark Williams"),
        ("Capital Economics", "ORG", None),
        ("Williams", "PERSON", "Mark Williams"),
        ("EU", "ORG", "European Union"),
        ("China’s", "GPE", "China"),
    ]
    for text, label, expected in phrases:
        assert name_of(article.resolve(text, label=label)) == expected, text
    assert article.resolve("Zhao") == Actor(
        "Zhao Lijian", ActorType.PERSON, affiliation=state("China"), role="foreign ministry spokesman"
    )


# --------------------------------------------------------------------------- properties

_VOCAB = [
    "the",
    "China",
    "Chinese",
    "Russia's",
    "US-led",
    "NATO",
    "foreign",
    "ministry",
    "forces",
    "of",
    "Government",
    "Kosovo",
    "Serbs",
    "Red",
    "Cross",
    "Korea",
    "Georgia",
    "Congo",
    "and",
    ",",
    "officials",
    "senior",
    "spokesman",
    "Zhao",
    "(DRC)",
    "Beijing",
    "'s",
    "UN",
    "peacekeepers",
    "Hong",
    "Kong",
]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80), context=st.text(max_size=80))
def test_lookup_never_raises(text: str, context: str) -> None:
    gaz = Gazetteer.default()
    actor = gaz.lookup(text, context=context)
    assert actor is None or isinstance(actor, Actor)
    gaz.role_of(text)
    gaz.is_role(text)
    gaz.split_title(text)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=7))
def test_lookup_of_a_result_name_gives_the_result(words: list[str]) -> None:
    gaz = Gazetteer.default()
    actor = gaz.lookup(" ".join(words))
    if actor is not None:
        assert gaz.lookup(actor.name) == actor


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(
        st.one_of(st.text(max_size=40), st.sampled_from(["Xi", "the president", "Zhao", "Mr. Xi", "NATO"])),
        max_size=8,
    ),
    label=st.sampled_from(["", "PERSON", "ORG", "GPE", "NORP"]),
)
def test_resolve_never_raises(texts: list[str], label: str) -> None:
    article = ArticleActors()
    article.resolve("Chinese President Xi Jinping", label="PERSON")
    for text in texts:
        actor = article.resolve(text, label=label)
        assert actor is None or isinstance(actor, Actor)


def test_lookup_is_idempotent_on_every_canonical_name(gaz: Gazetteer) -> None:
    for actor in gaz.actors():
        assert gaz.lookup(actor.name) == actor, actor.name
        assert gaz.lookup(f"{actor.name}'s") == actor, actor.name


@settings(max_examples=200, deadline=None)
@given(actor=st.sampled_from(Gazetteer.default().actors()), prefix=st.sampled_from(["", "the ", "The ", " "]))
def test_canonical_names_resolve_with_article_and_possessive(actor: Actor, prefix: str) -> None:
    gaz = Gazetteer.default()
    assert gaz.lookup(prefix + actor.name) == actor
    assert gaz.lookup(f"{prefix}{actor.name}’s") == actor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karim Saidov", True),
        ("Maria Nurlanova", True),
        ("Victoria Falls", False),  # a place
        ("Karim Saidov Foundation", False),  # an organisation's name
        ("Maria Theresa Province", False),
        ("Saidov", False),  # a surname alone says nothing of its form
        ("Zorblax Quintar", False),  # no known first name
    ],
)
def test_is_full_name(gaz: Gazetteer, text: str, expected: bool) -> None:
    assert gaz.is_full_name(text) is expected
