"""The gazetteer's first-level regions (``gazetteer._pycountry_regions``): every state's ISO 3166-2 first-level
subdivisions, from pycountry, are LOCATION entries placed in their state, so that a town in one is placed there, the
French spelling of a hand-entered region is that region ("Nord-Kivu"), and a region's name before "officials" is
no body. They are looked up, never matched by the EntityRuler (a region's name is often a person's surname), and do
not count toward the state a story is about (``Resolver._salient_state``). Filters, each a rule
(``ontology/regions.json`` and the docstring): kept types only; a name two states share; a name the gazetteer
already knows (a hand entry wins); a demonym; a name whose every word is English; a bare foreign compass word."""

from __future__ import annotations

import pycountry

from batteries import Battery
from conflictkg.graph.gazetteer import Gazetteer, _english_phrase, _news_spelling, _one_edit_apart, region_only

BATTERY = Battery.load("geo40_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

GAZ = Gazetteer.load()


def test_regions_are_placed_in_their_states():
    for name, state in [("North Darfur", "Sudan"), ("Jonglei", "South Sudan"), ("Katsina", "Nigeria"),
                        ("Sool", "Somalia"), ("Tillaberi", "Niger"), ("Blue Nile", "Sudan")]:
        entry = GAZ.lookup(name)
        assert entry is not None and entry.type == "LOCATION" and entry.state == state, (name, entry)


def test_a_state_name_or_alias_stays_the_state():
    assert GAZ.lookup("Niger").type == "STATE"
    assert GAZ.lookup("Georgia").type == "STATE"


def test_shared_english_and_compass_names_are_left_out():
    for name in ("Punjab", "Unity", "Lakes", "Plateau", "Northern", "Norte", "Somali"):
        entry = GAZ.lookup(name)
        assert entry is None or not region_only(entry), (name, entry)


def test_hand_entries_win():
    assert not region_only(GAZ.lookup("Khartoum")) and not region_only(GAZ.lookup("Kinshasa"))
    assert GAZ.lookup("Nord-Kivu").name == "North Kivu"
    assert GAZ.lookup("Tigrai").name == "Tigray"


def test_municipalities_and_polities_are_not_regions():
    slovene = next(s.name for s in pycountry.subdivisions if s.country_code == "SI" and not s.parent_code
                   and s.type == "Municipality" and s.name == "Bohinj")
    assert GAZ.lookup(slovene) is None
    assert GAZ.lookup("Republika Srpska") is None or not region_only(GAZ.lookup("Republika Srpska"))


def test_regions_are_no_ruler_patterns():
    patterns = {p["pattern"] for p in GAZ.patterns()}
    assert "North Darfur" not in patterns and "Jonglei" not in patterns


def test_filter_helpers():
    assert _english_phrase("Red Sea") and _english_phrase("Unity") and not _english_phrase("Blue Nile")
    assert _news_spelling("Nord-Kivu") == "North Kivu" and _news_spelling("Kivu") is None
    assert _one_edit_apart("tigrai", "tigray") and not _one_edit_apart("kano", "kana")
