"""A battery of the project's own sentences (``data/act51_battery.jsonl``; format and checks in ``batteries.py``):
a named place before a lower-case noun of a unit's kind that ``places25:designated-of`` leaves out -- a zone, a
raion or woreda, a neighbourhood or quarter, and a division after "in", "across", "near" and the like -- lies in the
place its "of" names ("the Tessaly zone of Marovia", "in the Kemor division of the Ulva region"): construction
``act51:unit-kind-of``. The name before a division, a neighbourhood or a quarter whose "of" names a place is typed a
place (``place_part_nouns``, ``entities._places_before_part_nouns``). Near-misses: an army's division ("the Kadri
division of Marovia crossed the river", "the Hamza division of the Syrian National Army"), a zone of influence, and
a singular region ("the Kiranga region of Ostovia": annotators seldom state it, and a state's region is no unit)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act51_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
