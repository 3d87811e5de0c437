"""A battery of the project's own sentences (``data/typ57_battery.jsonl``; format and checks in ``batteries.py``):
actors never made where the name has no actor's type of its own.

A one-word name NER took for a body or a person is the place a relative clause says was taken ("X, which the
Front seized in May,", "X, which was overrun by the Front,": ``entities._taken_place_antecedent``); a clause
that takes a man ("whom"), only hopes to take it, or holds it says nothing of a place. A military rank that no
dictionary lists ("Brigadier") opening an appositive name after a comma is the person's title, not their first
name ("its commander, Brigadier N,": ``trim_entities``), so the person is N."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("typ57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
