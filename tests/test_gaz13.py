"""Gazetteer breadth for real conflicts since 1990 (helper gaz13): past UN and regional missions, armed groups
of every region, state forces with their own names, mediators and NGOs, heads of state and government, and
leaders of armed groups. Lookups check names, types and the links the gazetteer draws (acronym to full name,
a person's state or body); the battery (``data/gaz13_battery.jsonl``, format in ``batteries.py``) checks
that sentences of our own about these actors are read with them."""

from __future__ import annotations

import pytest

from batteries import Battery
from relations_helpers import read
from conflictkg.graph.gazetteer import Gazetteer
from conflictkg.graph.model import normalize_name


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


# name or alias -> (canonical name, type): a sample of each kind and region
LOOKUPS = {
    # UN and regional peace operations, past and present
    "INTERFET": ("INTERFET", "IGO"),
    "International Force for East Timor": ("INTERFET", "IGO"),
    "UNOSOM II": ("UNOSOM", "IGO"),
    "United Nations Assistance Mission for Rwanda": ("UNAMIR", "IGO"),
    "UNTAC": ("UNTAC", "IGO"),
    "ONUC": ("ONUC", "IGO"),
    "MISCA": ("MISCA", "IGO"),
    "AFISMA": ("AFISMA", "IGO"),
    "IFOR": ("IFOR", "IGO"),
    "MNF-I": ("Multi-National Force – Iraq", "IGO"),
    "OAU": ("Organisation of African Unity", "IGO"),
    "UNASUR": ("Union of South American Nations", "IGO"),
    # armed groups, every region
    "RUF": ("Revolutionary United Front", "ARMED_GROUP"),
    "Interahamwe": ("Interahamwe", "ARMED_GROUP"),
    "CNDP": ("National Congress for the Defence of the People", "ARMED_GROUP"),
    "MUJAO": ("Movement for Oneness and Jihad in West Africa", "ARMED_GROUP"),
    "Islamic Courts Union": ("Islamic Courts Union", "ARMED_GROUP"),
    "GSPC": ("Salafist Group for Preaching and Combat", "ARMED_GROUP"),
    "PFLP-GC": ("Popular Front for the Liberation of Palestine – General Command", "ARMED_GROUP"),
    "JRTN": ("Naqshbandi Army", "ARMED_GROUP"),
    "Komala": ("Komala", "ARMED_GROUP"),
    "Islamic Movement of Uzbekistan": ("Islamic Movement of Uzbekistan", "ARMED_GROUP"),
    "JKLF": ("Jammu Kashmir Liberation Front", "ARMED_GROUP"),
    "Gerakan Aceh Merdeka": ("Free Aceh Movement", "ARMED_GROUP"),
    "Falintil": ("Falintil", "ARMED_GROUP"),
    "Khmer Rouge": ("Khmer Rouge", "ARMED_GROUP"),
    "KNPP": ("Karenni National Progressive Party", "ARMED_GROUP"),
    "Chechen Republic of Ichkeria": ("Chechen Republic of Ichkeria", "ARMED_GROUP"),
    "HVO": ("Croatian Defence Council", "ARMED_GROUP"),
    "INLA": ("Irish National Liberation Army", "ARMED_GROUP"),
    "Contras": ("Contras", "ARMED_GROUP"),
    "M-19": ("April 19th Movement", "ARMED_GROUP"),
    "MRTA": ("Túpac Amaru Revolutionary Movement", "ARMED_GROUP"),
    "Beltran Leyva Organization": ("Beltrán-Leyva Organization", "ARMED_GROUP"),
    # state forces and governments with their own names
    "SANDF": ("South African National Defence Force", "GOVERNMENT"),
    "JSOC": ("Joint Special Operations Command", "GOVERNMENT"),
    "Northern Fleet": ("Northern Fleet", "GOVERNMENT"),
    "Givati Brigade": ("Givati Brigade", "GOVERNMENT"),
    "Supreme National Security Council": ("Supreme National Security Council", "GOVERNMENT"),
    "Kopassus": ("Kopassus", "GOVERNMENT"),
    "Liyu Police": ("Liyu Police", "GOVERNMENT"),
    "Guardia Nacional": ("Guardia Nacional", "GOVERNMENT"),
    # organisations: mediators, NGOs, private military companies, parties
    "Sant'Egidio": ("Community of Sant'Egidio", "ORGANIZATION"),
    "Sant’Egidio": ("Community of Sant'Egidio", "ORGANIZATION"),
    "The Carter Center": ("Carter Center", "ORGANIZATION"),
    "HD Centre": ("Centre for Humanitarian Dialogue", "ORGANIZATION"),
    "Crisis Management Initiative": ("Crisis Management Initiative", "ORGANIZATION"),
    "Executive Outcomes": ("Executive Outcomes", "ORGANIZATION"),
    "FSLN": ("Sandinista National Liberation Front", "ORGANIZATION"),
    "FETÖ": ("Gülen movement", "ORGANIZATION"),
    # people
    "Foday Sankoh": ("Foday Sankoh", "PERSON"),
    "Timochenko": ("Rodrigo Londoño", "PERSON"),
    "Droupadi Murmu": ("Droupadi Murmu", "PERSON"),
    "Lú-Olo": ("Francisco Guterres", "PERSON"),
}

# a person -> the state he heads or headed, or the body he leads or led
PEOPLE = {
    "Jonas Savimbi": ("heads", "UNITA"),
    "Laurent Nkunda": ("heads", "National Congress for the Defence of the People"),
    "Qais al-Khazali": ("heads", "Asaib Ahl al-Haq"),
    "Murad Ebrahim": ("heads", "Moro Islamic Liberation Front"),
    "Denis Pushilin": ("heads", "Donetsk People's Republic"),
    "Pablo Escobar": ("heads", "Medellín Cartel"),
    "Tom Fletcher": ("heads", "OCHA"),
    "Johnny Paul Koroma": ("heads", "Armed Forces Revolutionary Council"),
    "Jean Kambanda": ("state", "Rwanda"),
    "Mostafa Madbouly": ("state", "Egypt"),
    "Khin Nyunt": ("state", "Myanmar"),
    "Hashim Thaçi": ("state", "Kosovo"),
    "Choguel Kokalla Maïga": ("state", "Mali"),
    "Mykola Azarov": ("state", "Ukraine"),
}

# strings that name two well-known actors, or none: never an alias (the body stays under its full name)
NOT_ENTRIES = ["Ansar al-Sharia", "Jundallah", "Democratic Party", "Labour Party", "Republican Party",
               "National Unity Party", "Transitional Military Council", "National Transitional Council",
               "EPL", "ZDF", "CDF", "MODEL", "Cheney", "Klitschko", "Larijani", "Aidid", "Bemba", "Barghouti",
               "Mughniyeh", "Abu Alaa", "Fito", "IMU", "RFA", "SAMS", "OIF", "Solana", "MDA", "NAM", "Commonwealth", "Red Crescent", "Asayish"]

# a short form several bodies share keeps the meaning the gazetteer already gave it
KEPT = {"ADF": "Allied Democratic Forces", "SLA": "Sudan Liberation Movement", "PLA": "People's Liberation Army",
        "National Liberation Army": "National Liberation Army", "Tshisekedi": "Félix Tshisekedi",
        "Herzog": "Isaac Herzog", "PNA": "Palestinian Authority", "DRC": "Democratic Republic of the Congo"}


@pytest.mark.parametrize("alias, expected", LOOKUPS.items(), ids=list(LOOKUPS))
def test_lookup(gaz, alias, expected):
    entry = gaz.lookup(alias)
    assert entry is not None and (entry.name, entry.type) == expected


def test_a_mission_is_known_by_its_acronym_and_its_full_name(gaz):
    for acronym, full in [("INTERFET", "International Force for East Timor"), ("UNAMET", "United Nations Mission in East Timor"),
                          ("MONUA", "United Nations Observer Mission in Angola"), ("UNMIBH", "United Nations Mission in Bosnia and Herzegovina")]:
        assert gaz.lookup(acronym) is gaz.lookup(full) and full in gaz.lookup(acronym).aliases


@pytest.mark.parametrize("person, link", PEOPLE.items(), ids=list(PEOPLE))
def test_people_carry_their_state_or_body(gaz, person, link):
    field, value = link
    entry = gaz.lookup(person)
    assert entry.type == "PERSON" and getattr(entry, field) == value
    assert entry.heads is None or entry.state is None  # one or the other, never both


@pytest.mark.parametrize("word", NOT_ENTRIES)
def test_ambiguous_names_are_not_entries(gaz, word):
    assert gaz.lookup(word) is None


@pytest.mark.parametrize("alias, name", KEPT.items(), ids=list(KEPT))
def test_shared_short_forms_keep_their_meaning(gaz, alias, name):
    assert gaz.lookup(alias).name == name


def test_the_insurgency_and_the_party_it_became_are_two_entries(gaz):
    rebels, party = gaz.lookup("CPN (Maoist)"), gaz.lookup("CPN (Maoist Centre)")
    assert (rebels.type, party.type) == ("ARMED_GROUP", "ORGANIZATION") and rebels is not party


def _relation(text: str, predicate: str):
    found = [r for r in read(text) if r.predicate == predicate and not r.negated]
    assert len(found) == 1, found
    return found[0]


def test_a_mission_named_by_its_acronym_is_an_igo_with_both_names():
    rel = _relation("Fiji sent a company of soldiers to INTERFET in October 1999.", "member_of")
    assert (rel.subject.name, rel.object.type) == ("Fiji", "IGO")
    assert {"INTERFET", "International Force for East Timor"} <= {rel.object.name, *rel.object.aliases}


def test_a_rebel_acronym_is_an_armed_group_with_its_full_name():
    rel = _relation("ULIMO fighters overran Voinjama in 1993.", "captures")
    assert rel.subject.type == "ARMED_GROUP"
    assert normalize_name("United Liberation Movement of Liberia for Democracy") in {
        normalize_name(n) for n in (rel.subject.name, *rel.subject.aliases)}


def test_a_state_force_with_its_own_name_is_its_government_not_an_armed_group():
    rel = _relation("Kopassus commandos attacked Falintil guerrillas near Baucau.", "attacks")
    assert (rel.subject.name, rel.subject.type, rel.object.name, rel.object.type) == (
        "Kopassus", "GOVERNMENT", "Falintil", "ARMED_GROUP")


def test_a_mediator_is_an_organisation():
    rel = _relation("The Carter Center accused the Nicaraguan government of rigging the count.", "condemns")
    assert (rel.subject.name, rel.subject.type) == ("Carter Center", "ORGANIZATION")


@pytest.mark.parametrize("text, person, government", [
    ("Egypt's army patrolled Sinai. Egypt has closed the Rafah crossing. Foreign Minister Sameh Shoukry said the "
     "crossing would reopen.", "Sameh Shoukry", "Government of Egypt"),
    ("Israel's army entered Rafah. Israel has mobilised reservists. Defence Minister Benny Gantz said the operation "
     "would last weeks.", "Benny Gantz", "Government of Israel"),
])
def test_a_minister_stays_out_of_the_gazetteer_so_his_title_reads_him_as_the_articles_official(text, person, government):
    """A person the gazetteer knows but places in no state is nobody's official by default: a minister listed
    without a state would lose "Defence Minister N" as the article's government's (so none is listed)."""
    assert Gazetteer.load().lookup(person) is None
    assert any((r.subject.name, r.predicate, r.object.name, r.negated) == (person, "member_of", government, False)
               for r in read(text))


BATTERY = Battery.load("gaz13_battery.jsonl")
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
