"""A battery of the project's own sentences about a bare "the government" where two states compete
(``data/gov21_battery.jsonl``; format and checks in ``batteries.py``): a state that speaks or acts ("France said",
"the foreign ministry of Egypt said", "the Kenyan foreign ministry said") and a state told before only as the place
where things happen ("struck targets in Syria") -- the government is not the place's (it is left unresolved, or
read as another reader's). Near-misses keep the old reading: a state told as a party or through its own body
("the Sudanese army"), a government that is an object ("stood with the government"), a named ministry's state."""

from __future__ import annotations

from batteries import Battery, holds

BATTERY = Battery.load("gov21_battery.jsonl")


def test_battery_is_broad():
    assert len(BATTERY.cases("absent")) >= 5
    assert len(BATTERY.cases("expect")) >= 6


def test_place_state_does_not_win_over_speaker():
    text = "Belgium said its drones struck ADF camps in Congo. The government condemned the ADF."
    assert not holds(text, "Government of the Democratic Republic of the Congo", "condemns", "ADF", False)
    told = "Belgium said its drones struck ADF camps in Congo. The Congolese army said the government condemned the ADF."
    assert not holds(told, "Government of Belgium", "condemns", "ADF", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
