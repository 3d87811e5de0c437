"""A battery of the project's own sentences (``data/near54_battery.jsonl``; format and checks in ``batteries.py``):
two places described side by side after one verb ("the airport of A and the town of B", "the port of A and B's
airport"), which the parser hangs on the first place's name, so that one of them was lost. The parse repairs
``entities._place_conjunct_hung_on_first_name`` and ``entities._possessed_place_hung_on_first_name`` make the
second description the first's conjunct; places named where nothing acts on them are attacked by no one.

Also a numbered formation named with its parent ("the Fifth Battalion of the X Army") is known by its own part
("the Fifth Battalion"): ``resolve.Resolver._read_unit_short_names`` gives it that alias; a formation whose name
opens with no ordinal ("the Brigade of the Martyrs") keeps its whole name only."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("near54_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
