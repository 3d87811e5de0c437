"""A battery of the project's own sentences (``data/caps33_battery.jsonl``; format and checks in ``batteries.py``):
a capital that acts ("Kabul condemned the strikes", "Sanaa denied it") stands for the armed movement the text says
rules from it -- "the Taliban, who rule Afghanistan", "the movement that governs Yemen", "the Houthis, who control
Sanaa", "HTS seized Damascus" (``ruling_verbs``, ``resolve._capital_ruler``) -- and for its state where the text
says no such thing, a verb of ruling or taking is negated, or two movements are said to rule the same state."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("caps33_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
