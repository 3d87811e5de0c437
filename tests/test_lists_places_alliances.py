"""Breadth on sentences written for these tests: alliances formed, government lists, arson and
retaliation, places named as parts or regions of others, and 'back' mistagged after a plural subject."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, expected", [
    ("The alliance between Hamas and Islamic Jihad has held since 2007.",
     ("Hamas", "allied_with", "Palestinian Islamic Jihad", False)),
    ("The rivalry between Saudi Arabia and Iran shapes the war in Yemen.", ("Saudi Arabia", "opposes", "Iran", False)),
    ("Hamas is not on Norway's terrorist list.", ("Norway", "designates", "Hamas", True)),
    ("The Kurdish fighters have not retaliated against the Turkish army.",
     ("Kurdish fighters", "attacks", "Government of Turkey", True)),
    ("Russia has denied that its troops take part in combat against Hayat Tahrir al-Sham.",
     ("Russia", "opposes", "Hayat Tahrir al-Sham", True)),
    ("Clashes erupted in the Amhara region of Ethiopia.", ("Amhara region", "located_in", "Ethiopia", False)),
    ("Troops entered Kherson, a port city on the Dnipro river in southern Ukraine.", ("Kherson", "located_in", "Ukraine", False)),
    ("Rebels took Rutshuru, a town near the border in North Kivu.", ("Rutshuru", "located_in", "North Kivu", False)),
    # a place noun in apposition whose name modifier is a place: "the South Darfur capital"
    ("The militia took Nyala, the South Darfur capital, in October.", ("Nyala", "located_in", "South Darfur", False)),
    ("Rebels shelled Goma, the North Kivu capital, overnight.", ("Goma", "located_in", "North Kivu", False)),
    ("The drone hit Erbil, the Kurdistan Region capital, on Monday.", ("Erbil", "located_in", "Kurdistan Region", False)),
])
def test_read(text, expected):
    assert holds(text, *expected), got(text)


@pytest.mark.parametrize("text, wrong", [
    ("Kenya and Uganda formed an alliance with Somalia.", ("Kenya", "allied_with", "Uganda")),
    ("Turkey and Azerbaijan could sign an alliance next year.", ("Turkey", "allied_with", "Azerbaijan")),
    ("Russia may add the Azov Brigade to its terrorist list.", ("Russia", "designates", "Azov Brigade")),
])
def test_not_read(text, wrong):
    assert not holds(text, *wrong), got(text)


@pytest.mark.parametrize("text, predicate", [
    ("Protesters burned the Israeli flag outside the embassy.", "attacks"),
    ("Farmers retaliated against the tax with protests.", "attacks"),
    ("Marib, 120 km east of Sanaa, remains in government hands.", "located_in"),
    ("The army retook Kidal, the rebel capital, in 2023.", "located_in"),
    ("Turkey and Azerbaijan could sign an alliance next year.", "allied_with"),
])
def test_nothing_of_the_kind_read(text, predicate):
    assert not [g for g in got(text) if g[1] == predicate], got(text)


@pytest.mark.parametrize("text, expected", [
    ("The junta in Niamey refused to receive an ECOWAS delegation.", ("Government of Niger", "negotiates_with", "ECOWAS")),
    ("Bogota would not talk to the ELN again.", ("Colombia", "negotiates_with", "ELN")),
    ("The Malian junta has refused to sit down with the Tuareg rebels.", ("Government of Mali", "negotiates_with", "Tuareg rebels")),
])
def test_talks_refused_are_negated(text, expected):
    assert holds(text, *expected, negated=True), got(text)
    assert not holds(text, *expected), got(text)


@pytest.mark.parametrize("text, expected", [
    ("The rebels of the M23 captured Nyanzale on Tuesday.", ("M23", "captures", "Nyanzale")),
    ("ISWAP seized Mainok in a dawn raid.", ("ISWAP", "captures", "Mainok")),
    ("Fighters of the Arakan Army overran Paletwa last year.", ("Arakan Army", "captures", "Paletwa")),
])
def test_an_unread_name_taken_is_a_place(text, expected):
    assert holds(text, *expected), got(text)


def test_an_unread_name_left_is_no_place():
    text = "Kenyan officers left Tarsa after the vote."
    assert not [g for g in got(text) if g[1] == "withdraws_from" and g[2] == "Tarsa"], got(text)


# -- an unknown name is a state where it owns what only a state has ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Veltria's army shelled Lusk on Monday.", ("Government of Veltria", "attacks", "Lusk")),
    ("Kestria's defence minister, Anna Volk, condemned the Red Hand Brigade.", ("Anna Volk", "member_of", "Kestria")),
    ("Talks stalled after Orsova's defence minister walked out. Orsova later accused the Coastal Front of shelling Tarn.",
     ("Orsova", "condemns", "Coastal Front")),
])
def test_an_unknown_state_by_what_it_owns(text, expected):
    assert holds(text, *expected), got(text)


@pytest.mark.parametrize("text, name", [
    ("Lusk's parliament voted on Monday to close the market.", "Lusk"),
    ("Tarnia's government signed a deal with the Coastal Front.", "Tarnia"),
])
def test_a_place_with_a_parliament_or_government_is_no_state(text, name):
    from conflictkg.graph.pipeline import load_pipeline

    kinds = {a.name: a.type for a in load_pipeline()(text)._.actors}
    assert kinds.get(name) != "STATE", kinds


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah sent thousands of fighters to Syria to defend Bashar al-Assad.", ("Hezbollah", "supports", "Bashar al-Assad")),
    ("Russia deployed troops to protect the government in Bamako.", ("Russia", "supports", "Government of Mali")),
    ("Wagner mercenaries protect President Touadera.", ("Wagner Group", "supports", "Faustin-Archange Touadéra")),
])
def test_defending_an_actor_backs_it(text, expected):
    assert holds(text, *expected), got(text)


@pytest.mark.parametrize("text", [
    "Rwanda sent soldiers to defend the Mozambican town of Palma.",  # a place defended
    "Kenya defended its decision to send police to Haiti.",          # a decision
    "The army defended Goma against the M23.",                       # the enemy is opposed, no one backed
])
def test_defending_no_actor_backs_no_one(text):
    assert not [g for g in got(text) if g[1] == "supports"], got(text)


@pytest.mark.parametrize("text, expected", [
    ("North Korea has sent more than 10,000 soldiers to fight alongside Russian forces in Kursk.",
     ("North Korea", "allied_with", "Russia")),
    ("Iran sent fighters to fight alongside the Syrian army.", ("Iran", "allied_with", "Government of Syria")),
    ("Chad sent troops to fight alongside Malian soldiers.", ("Chad", "allied_with", "Mali")),
])
def test_troops_sent_to_fight_alongside_make_allies(text, expected):
    assert holds(text, *expected), got(text)


def test_a_plan_to_fight_alongside_is_no_alliance():
    assert not [g for g in got("Iran plans to fight alongside the Houthis.") if g[1] == "allied_with"]
