"""A battery of the project's own sentences (``data/place48_battery.jsonl``; format and checks in ``batteries.py``):
places the tagger mistypes, read by the cue the sentence gives. The capitalised words just before a lower-case noun
of an administrative unit's kind ("the Dorothea-Lasso prefecture", "Walter and Bemba local government areas of Kogi
State"), NER's organisation or person or a name split at a hyphen, are the unit's name, a place, and so is the name
the kind's "of" takes (``unit_kind_nouns``, ``entities._places_before_unit_kinds``); a body's name before a kind
that modifies a noun ("a Tarvek Front district commander") or a body's "zone of influence" is none. The subject of
a copula describing it as a settlement or a unit ("Dravik is a river port in Osmeria") is a place
(``entities._places_described_as_settlements``), and lies in the place that noun's "in" names (construction
``place48:copula-settlement-in``); a body described as a group, a firm as an operator, name none."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("place48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
