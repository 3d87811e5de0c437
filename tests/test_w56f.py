"""A battery of the project's own sentences (``data/w56f_battery.jsonl``; format and checks in ``batteries.py``):
a state official's bare title ("Foreign Minister N", "the interior minister, N,", "army spokesman N") in an
article no one state dominates is read as the official of the one state the sentence before it and its own
sentence name, at least once as an actor (``Resolver.nearby_state``, ``rules._nearby_title_state``). Where two
states are named there, where the one state is named only as a place, or where his own sentence names a second
state as other than a party to his clause, whose official he is stays unread."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w56f_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
