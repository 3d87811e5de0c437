"""Gazetteer breadth for conflicts nobody tuned for (helper gaz20): armed groups of India's northeast, the
Kivus, Cameroon, Libya, Mexico and the Philippines; the French and Spanish names news quotes (AQMI, "Armée
nationale syrienne", "Cártel de Caborca"); leaders of armed groups linked to the body they head; seats of
power that stand for their state; and multi-word names matched without their diacritics. ``tools/gaz_probe.py``
checks some 700 names as news writes them; here a sample, the ambiguous short forms left out on purpose, and a
battery (``data/gaz20_battery.jsonl``, format in ``batteries.py``) of sentences of our own naming them."""

from __future__ import annotations

import pytest

from batteries import Battery
from conflictkg.graph.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


# name or alias -> (canonical name, type)
LOOKUPS = {
    "KNO": ("Kuki National Organisation", "ARMED_GROUP"),
    "HNLC": ("Hynniewtrep National Liberation Council", "ARMED_GROUP"),
    "APCLS": ("Alliance of Patriots for a Free and Sovereign Congo", "ARMED_GROUP"),
    "SOCADEF": ("Southern Cameroons Defence Forces", "ARMED_GROUP"),
    "BIAF": ("Bangsamoro Islamic Armed Forces", "ARMED_GROUP"),
    "Kaniyat": ("al-Kaniyat", "ARMED_GROUP"),
    "Cártel de Caborca": ("Caborca Cartel", "ARMED_GROUP"),
    "Mouvement pour le salut de l'Azawad": ("Movement for the Salvation of Azawad", "ARMED_GROUP"),
    "AQMI": ("al-Qaeda in the Islamic Maghreb", "ARMED_GROUP"),
    "État islamique": ("Islamic State", "ARMED_GROUP"),
    "Etat islamique au Grand Sahara": ("Islamic State Sahel Province", "ARMED_GROUP"),
    "Groupe de soutien à l'islam et aux musulmans": ("Jama'at Nusrat al-Islam wal-Muslimin", "ARMED_GROUP"),
    "Hayat Tahrir al-Cham": ("Hayat Tahrir al-Sham", "ARMED_GROUP"),
    "Forces démocratiques syriennes": ("Syrian Democratic Forces", "ARMED_GROUP"),
    "Georgian Legion": ("Georgian Legion", "GOVERNMENT"),
    "Sedena": ("SEDENA", "GOVERNMENT"),
    "Liptako-Gourma Authority": ("Liptako-Gourma Authority", "IGO"),
    "HRMMU": ("UN Human Rights Monitoring Mission in Ukraine", "IGO"),
    "EUCAP Somalia": ("EUCAP Somalia", "IGO"),
    "ULMWP": ("United Liberation Movement for West Papua", "ORGANIZATION"),
    "Kuwait City": ("Kuwait City", "LOCATION"),
    "Abu Amsha": ("Mohammed al-Jasim", "PERSON"),
}

# a person -> the state he heads or headed, or the body he leads or led
PEOPLE = {
    "Mohamed Bazoum": ("state", "Niger"),
    "Bah N'Daw": ("state", "Mali"),
    "Bishr al-Khasawneh": ("state", "Jordan"),
    "Masrour Barzani": ("heads", "Kurdistan Regional Government"),
    "Abdulghani al-Kikli": ("heads", "Stability Support Apparatus"),
    "Saad bin Atef al-Awlaki": ("heads", "al-Qaeda in the Arabian Peninsula"),
    "Abu Aqla Keikal": ("heads", "Sudan Shield Forces"),
    "Iván Mordisco": ("heads", "Estado Mayor Central"),
    "El Mencho": ("heads", "Jalisco New Generation Cartel"),
    "Abu Obeida Yusuf al-Annabi": ("heads", "al-Qaeda in the Islamic Maghreb"),
    "Abdiqadir Mumin": ("heads", "Islamic State Somalia Province"),
    "Abdel Raouf Kara": ("heads", "Special Deterrence Force"),
    "Denis Kapustin": ("heads", "Russian Volunteer Corps"),
    "Renel Destina": ("heads", "Gran Ravine"),
}

# short forms several bodies share, ordinary words, and officials a title reads better unknown: never entries
NOT_ENTRIES = ["FACT", "UPC", "CPC", "GNU", "MSA", "Popular Forces", "Kraken", "Motorola", "Barbecue",
               "Territorial Defence Forces", "Border Guard Force", "Fourth Division", "Eighth Brigade",
               "Antonio García", "Rajnath Singh", "Maria Zakharova", "Government of National Unity"]

# ethnic adjectives that are no one state's demonym
NOT_DEMONYMS = ["Tajik", "Uzbek", "Turkmen", "Serb"]


@pytest.mark.parametrize("alias, expected", LOOKUPS.items(), ids=list(LOOKUPS))
def test_lookup(gaz, alias, expected):
    entry = gaz.lookup(alias)
    assert entry is not None and (entry.name, entry.type) == expected


@pytest.mark.parametrize("person, link", PEOPLE.items(), ids=list(PEOPLE))
def test_people_carry_their_state_or_body(gaz, person, link):
    field, value = link
    entry = gaz.lookup(person)
    assert entry.type == "PERSON" and getattr(entry, field) == value
    assert entry.heads is None or entry.state is None


@pytest.mark.parametrize("word", NOT_ENTRIES)
def test_ambiguous_names_are_not_entries(gaz, word):
    assert gaz.lookup(word) is None


@pytest.mark.parametrize("word", NOT_DEMONYMS)
def test_ethnic_adjectives_name_no_state(gaz, word):
    assert gaz.by_demonym(word) is None


def test_seats_of_power_stand_for_their_state(gaz):
    """A capital is a place that stands for its state when it acts; a palace is one of the state's names."""
    assert gaz.lookup("Kuwait City").metonym_of == "Kuwait"
    for seat, state in [("Koulouba Palace", "Mali"), ("Kosyam Palace", "Burkina Faso"), ("Miraflores Palace", "Venezuela")]:
        assert gaz.lookup(seat).name == state


def test_a_name_of_several_words_also_matches_without_its_diacritics(gaz):
    patterns = {(p["pattern"], p["id"]) for p in gaz.patterns()}
    for bare, name in [("Cartel de Caborca", "Caborca Cartel"), ("Forces armees maliennes", "Malian Armed Forces"),
                       ("Mouvement national de liberation de l'Azawad", "National Movement for the Liberation of Azawad")]:
        assert (bare, gaz.lookup(name).id) in patterns


def test_a_single_word_keeps_its_diacritics_in_the_ruler(gaz):
    """"Malé" bare is the English "Male", "Réunion" bare a "Reunion": the ruler matches neither."""
    patterns = {p["pattern"] for p in gaz.patterns()}
    assert "Malé" in patterns and not {"Male", "Reunion"} & patterns


BATTERY = Battery.load("gaz20_battery.jsonl")
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
