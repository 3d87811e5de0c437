"""A battery of the project's own sentences (``data/grp52_battery.jsonl``; format and checks in ``batteries.py``):
bodies of the text's own whose name NER misses because one of its words is two capitalised halves joined by a
hyphen ("the Marosh Self-Defence Council", "the Sarnel Self-Defense Committee"). The missed-body reader
(``entities._missed_bodies``) now runs such a name on over that word (``entities._hyphened_name_word``), so the
body is a party of its verb. Near-misses: a first half NER reads as a name of its own ("the Kenya-Uganda Joint
Force": two states') does not join the body's name, and the found body takes no act it only condemns."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("grp52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
