"""A battery of the project's own sentences (``data/leads28_battery.jsonl``; format and checks in ``batteries.py``) on who
leads whom, wrong readings first. The head of a body's delegation or team ("head of X's delegation", "X's delegation
chief") is one of its officials, not its leader (``rules._delegation_head``, word class ``delegation_nouns``); a
would-be, aspiring or presumptive leader holds no role (``irrealis_modifiers``; a hyphenated modifier is read whole,
``relations._irrealis``); one named a state's army, military or defence chief is one of the state's officials, not its
head (``leads28:named-army-chief``, over ``lead11:elected-title``). Readings (``constructions/leads28.jsonl``, tested
from their records): a person who takes over or takes control of a named armed group or party leads it (a place taken
is a capture); one removed, ousted or sacked as a body's head, or who lost, ceded or handed over its leadership, led it
(former), and the one it went to leads it; "N succeeded M as X's leader" and "N, M's successor as head of X": N leads
X, M led it; "N, named last month to head X": he leads X (not one tipped or expected to); one who commands a front, a
sector or a force for a body serves it (member_of); "Under the command of N, X ..." where the parser hangs X on N."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("leads28_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
