"""A battery of the project's own passages (``data/act59_battery.jsonl``; format and checks in ``batteries.py``):
a place described as lying in a unit named by a lower-case kind phrase ("Kessa, a village in Tarvo local
government area": ``rules._unit_named_in_kind_phrase``, where the parse hangs the unit's name off the phrase's
words), and a town NER takes for a body, said to lie in a named place ("Kessa lies in Tarvo's Ardel province",
"Kessa, which is located in the Ardel region": ``resolve._located_in_named_place`` votes it a place, through the
``locating_verbs`` word class). A kind phrase that names no unit places nothing; a firm "located in" a city and a
town "lying in ruins" are no places in places."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act59_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
