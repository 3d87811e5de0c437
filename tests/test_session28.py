"""A battery of the project's own sentences (``data/session28_battery.jsonl``; format and checks in ``batteries.py``): a
partitive list the parser hangs on the verb rather than on the plural noun it gives examples of ("designated 22 gangs,
among them A and B, as terrorist organisations") still names what the verb acts on (``rules._partitive_examples_after``,
only right after the noun and its comma). "Named X a terrorist organisation", like "declared", designates X, and so
does "named X as" one (``designation:declared-label``, tested from its record)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session28_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
