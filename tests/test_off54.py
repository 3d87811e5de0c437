"""A battery of the project's own sentences (``data/off54_battery.jsonl``; format and checks in ``batteries.py``):
a set-off participle of leading whose by-agent a time phrase keeps apart ("the X Front, led since 2019 by N",
"fought the Y Brigade, commanded for a decade by N"). The tagger reads such a participle as a simple past, so
``entities._agent_participle_read_as_past`` gives it back its participle tag where it has a by-agent and no
subject; and where the parser hung it on the clause's verb, the body before its comma may be that verb's
by-agent too ("was claimed by the X Front, led since 2019 by N": ``rules._led_actor_before_comma``). A
participle of another verb (attacked, visited, formed by) leads nothing.

Tried and dropped this round: "the government of President N" read as N leading the state as well (the
project reads a titled head's government or regime as the government he leads, and only that)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off54_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
