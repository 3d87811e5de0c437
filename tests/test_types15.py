"""Actors the gazetteer does not know, typed by what the text makes them do (helper types15): a name NER reads as
a place that condemns, sanctions or negotiates, or that a state sanctions, acts as a state ("Kestria condemned
the Wagner Group", "sanctioned Moldavia"); the same name where the text only places people or events in it
("protesters in Kestria", "residents of Norvale") stays a place. The battery (``data/types15_battery.jsonl``,
format in ``batteries.py``) holds our own sentences about invented and real actors, with near-misses."""

from __future__ import annotations

from batteries import Battery
from relations_helpers import read

BATTERY = Battery.load("types15_battery.jsonl")
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_a_place_named_where_a_state_acts_is_typed_a_state():
    found = [r for r in read("Kestria condemned the Wagner Group over the killings of miners.") if r.predicate == "condemns"]
    assert [(r.subject.name, r.subject.type) for r in found] == [("Kestria", "STATE")]


def test_a_place_where_people_act_stays_a_place():
    found = [r for r in read("Protesters in Kestria condemned Russia outside its embassy.")]
    assert not any(r.subject.name == "Kestria" for r in found)


def test_a_known_organisation_described_as_a_rebel_movement_is_an_armed_group_in_that_text():
    found = [r for r in read("UNITA, the rebel movement, shelled the town of Kuito for months.") if r.predicate == "attacks"]
    assert [(r.subject.name, r.subject.type) for r in found] == [("UNITA", "ARMED_GROUP")]
    found = [r for r in read("UNITA, the opposition party, rejected the budget. Angola condemned UNITA.") if r.predicate == "condemns"]
    assert [(r.object.name, r.object.type) for r in found] == [("UNITA", "ORGANIZATION")]


def test_a_name_on_a_route_or_left_by_a_force_votes_as_a_place_and_one_a_verb_takes_from_a_body_does_not():
    from conflictkg.graph.pipeline import load_pipeline
    from conflictkg.graph.resolve import _place_votes

    nlp = load_pipeline()
    assert _place_votes(nlp("Mai-Mai fighters blocked the road to Pangwa on Friday."))["pangwa"] > 0
    assert _place_votes(nlp("The Kenyan army withdrew from Dhobley in March."))["dhobley"] > 0
    assert _place_votes(nlp("Iran withdrew its support from Dorvani after the coup."))["dorvani"] <= 0
    assert _place_votes(nlp("The Halen Front sold rifles to Dorvani, a trader."))["dorvani"] <= 0


def test_a_polity_named_with_a_slavic_republic_head_is_no_person():
    found = [r for r in read("The Bosnian Serb entity, Republika Srpska, was sanctioned by the United States in January.")
             if r.predicate == "sanctions"]
    # (the gazetteer now knows the entity's government; the polity's own name is among its names)
    assert [r.object.type for r in found] == ["GOVERNMENT"] and "Republika Srpska" in found[0].object.names
