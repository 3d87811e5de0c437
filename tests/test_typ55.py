"""A battery of the project's own sentences (``data/typ55_battery.jsonl``; format and checks in ``batteries.py``):
a rebel front numbered in figures is a unit's name, number and all, whether its head is written "Front" or
"front" ("clashed with the 18th front", "the EMC's 36th Front"): NER reads the number apart as an ordinal and
the head alone, or nothing (``entities._numbered_fronts``; the resolver takes such a name without a capital).
A lower-case head that modifies a noun names no unit ("the 2nd front line", "the 3rd front gate").

Also a front named after a commander whose given name NER does not know ("the Jaime Rendon front", "the Oscar
Vela front"): more Latin American given names (``given_names``) let ``entities._commander_named_unit`` read
it; a front line named so ("along the X front line") and a place's war front ("the Upper Vessa front") stay
no unit."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("typ55_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
