"""Actors recognised, typed and named (helper actors16): forces loyal to a leader the gazetteer knows are his
armed body; a body's name that opens on its head word ("the Movement for Justice and Equality") is one name;
transliterated spellings of a known name ("Kataib Hizbullah") are that actor, the spelling kept among its
aliases; "the airport of X" is an unnamed facility, as "X's airport" is. The battery
(``data/actors16_battery.jsonl``, format in ``batteries.py``) holds sentences of our own."""

from __future__ import annotations

import pytest

from batteries import Battery
from relations_helpers import read
from conflictkg.graph.gazetteer import Gazetteer
from conflictkg.graph.model import normalize_name


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


SPELLINGS = {
    "Kataib Hizbullah": "Kataib Hezbollah",
    "Hassan Nasrullah": "Hassan Nasrallah",
    "Jaysh al-Adl": "Jaish al-Adl",
    "al-Qaida in the Islamic Maghreb": "al-Qaeda in the Islamic Maghreb",
    "Mohammed Hamdan Dagalo": "Mohamed Hamdan Dagalo",
}


@pytest.mark.parametrize("spelling, name", SPELLINGS.items(), ids=list(SPELLINGS))
def test_a_transliterated_spelling_finds_the_known_name(gaz, spelling, name):
    entry = gaz.lookup(spelling)
    assert entry is not None and entry.name == name


def test_a_respelling_never_takes_another_entrys_name(gaz):
    # single words keep their own entries: "Hizbullah" is Hezbollah's alias, not a respelling of a longer name
    assert gaz.lookup("Hizbullah").name == "Hezbollah"
    assert gaz.lookup("Kataib Hizbullah").name != "Hezbollah"


def test_places_and_states_are_not_respelt(gaz):
    # a respelling is for bodies and people; a place's other spellings are listed by hand where news uses them
    assert all(gaz.lookup(name) is None for name in ("Sheikh Jarrah Hospital", "Mohammad Raffia Square"))


def test_the_respelling_the_text_uses_is_among_the_aliases():
    rels = [r for r in read("Iran has long backed Kataib Hizbullah.") if r.predicate == "supports" and not r.negated]
    assert len(rels) == 1
    names = {normalize_name(n) for n in (rels[0].object.name, *rels[0].object.aliases)}
    assert {"kataib hezbollah", "kataib hizbullah"} <= names and rels[0].object.type == "ARMED_GROUP"


def test_a_name_opening_on_its_head_word_is_an_armed_group_with_its_acronym():
    rels = [r for r in read("The Movement for Justice and Equality, known as MJE, attacked Nyala.")
            if r.predicate == "attacks"]
    assert len(rels) == 1 and rels[0].subject.name == "Movement for Justice and Equality"
    assert rels[0].subject.type == "ARMED_GROUP" and "MJE" in rels[0].subject.aliases


def test_an_army_named_by_its_state_is_no_name_of_its_own():
    assert not any("Army of Kestria" in (r.subject.name, *r.subject.aliases)
                   for r in read("The Army of Kestria attacked Lorvo on Friday."))


def test_forces_loyal_to_a_leader_the_gazetteer_does_not_place_are_nobodys():
    assert not [r for r in read("Forces loyal to Riek Machar captured Nasir.") if r.predicate == "captures"]


def test_an_airport_named_by_its_town_is_a_place_of_its_own():
    rels = [r for r in read("The M23 captured the airport of Bunia.") if r.predicate == "captures"]
    assert [(r.object.name, r.object.type) for r in rels] == [("Bunia airport", "LOCATION")]


BATTERY = Battery.load("actors16_battery.jsonl")
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


@pytest.mark.parametrize("text", ["The Islamic Republic condemned the raid.", "The Federal Republic sent envoys.",
                                  "The People's Republic has backed the junta."])
def test_a_kind_of_polity_before_its_head_is_no_state_of_its_own(text):
    assert not any(a.type == "STATE" and a.name in ("Islamic", "Federal", "People's")
                   for r in read(text) for a in (r.subject, r.object))


def test_a_state_named_before_its_head_is_a_state_with_its_formal_name_as_alias():
    rel = next(r for r in read("The Tarsen Republic sanctioned the Green Hill Brigades.") if r.predicate == "sanctions")
    assert (rel.subject.name, rel.subject.type) == ("Tarsen", "STATE") and "Tarsen Republic" in rel.subject.aliases


@pytest.mark.parametrize("text, state", [
    ("Kenya's Defence Ministry condemned al-Shabaab for the raid.", "Kenya"),
    ("Turkey's Foreign Ministry condemned the PKK.", "Turkey"),
    ("The Malian Security Ministry accused the JNIM of the attack.", "Mali"),
])
def test_a_ministry_named_with_its_portfolio_first_is_its_states_government(text, state):
    rel = next(r for r in read(text) if r.predicate == "condemns")
    assert rel.subject.type == "GOVERNMENT" and state in rel.subject.aliases, rel.subject


@pytest.mark.parametrize("text, name, kind", [
    ("The Kivu Defence Committee, a militia led by Jean Mbala, attacked Rutshuru.", "Kivu Defence Committee", "ARMED_GROUP"),
    ("The Sarn Valley Council, a rebel group, seized Pellor.", "Sarn Valley Council", "ARMED_GROUP"),
    ("The Lake Committee, a charity, condemned the Green Hill Brigades.", "Lake Committee", "ORGANIZATION"),
    ("The Tana Council, a group of elders, condemned the Green Hill Brigades.", "Tana Council", "ORGANIZATION"),
])
def test_an_appositive_types_a_name_the_gazetteer_does_not_know(text, name, kind):
    assert {(a.name, a.type) for r in read(text) for a in (r.subject, r.object) if a.name == name} == {(name, kind)}


@pytest.mark.parametrize("text, name, kind", [
    ("Fighters of the Patriotic Rally for Unity captured Bossangoa.", "Patriotic Rally for Unity", "ARMED_GROUP"),
    ("Members of the Lake Committee condemned the Green Hill Brigades.", "Lake Committee", "ORGANIZATION"),
])
def test_a_name_whose_fighters_act_is_an_armed_group(text, name, kind):
    assert {(a.name, a.type) for r in read(text) for a in (r.subject, r.object) if a.name == name} == {(name, kind)}
