"""A battery of the project's own sentences (``data/typ54_battery.jsonl``; format and checks in ``batteries.py``):
actors the tool did not make, or made under a wrong name.

A person's name NER read with the title written before it ("Archbishop N", "Deputy Prosecutor N", "Spokeswoman
N") is the name without it (``entities._without_opening_titles``; clergy and court titles are the word class
``name_opening_titles``); a one-word name after a title is left whole. A body's name that holds an armed group
the gazetteer knows, between capitalised words after "the" and words ending on a body's head ("the Ituri Mai-Mai
Resistance Movement"), is another body (``entities._name_around_armed_group``): what it does is not done by the
group named inside; without words on both sides ("the Ituri Mai-Mai") the group is the one the gazetteer knows."""

from __future__ import annotations

import pytest

from batteries import Battery
from conflictkg.graph.gazetteer import Gazetteer

BATTERY = Battery.load("typ54_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


# Real places the gazetteer lacked, under the spellings newsrooms use: a town NER leaves untagged or types as a
# date, a product or a people is no actor otherwise.
@pytest.mark.parametrize("name, expected", [
    ("Paletwa", "Paletwa"), ("Mogok", "Mogoke"), ("Tower 22", "Tower 22"),
    ("Philadelphi Corridor", "Philadelphi corridor"), ("Gwadar", "Gwadar"), ("Mazar-e-Sharif", "Mazar-i-Sharif"),
    ("Amedi", "Amadiya"), ("Imrali", "İmralı"), ("Dolow", "Doolow"), ("Luuq", "Luuq"),
])
def test_real_places_are_known(name, expected):
    entry = Gazetteer.load().lookup(name)
    assert entry is not None and entry.name == expected and entry.type == "LOCATION"
