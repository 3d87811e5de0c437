"""A battery of the project's own sentences (``data/session34_battery.jsonl``; format and checks in ``batteries.py``):
a capitalised noun of a region's kind after a place's name is part of the name ("Adamawa State", "Niger State":
a state of Nigeria, not the country; never a place named "State"), unless the name goes on ("the Bangsamoro
Autonomous Region in Muslim Mindanao"; ``entities._kind_ends_name``); names coordinated before their kind's plural
share it and where it lies ("Kunar and Nangarhar provinces in eastern Afghanistan"; ``rules._region_designator``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session34_battery.jsonl", set())
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
