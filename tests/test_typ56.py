"""A battery of the project's own sentences (``data/typ56_battery.jsonl``; format and checks in ``batteries.py``):
a guarded post named by the place before its kind ("the Kowri border post", "the Erez border post") is a
facility, named with its kind and by the bare name (``entities._facility_kind``, read by
``_facility_type_end`` and ``_unnamed_facilities``), as "the Tamar air base" is. A post alone stays a job
("his Kabul post"), and an indefinite one is one of many ("a Kandahar border post")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("typ56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
