"""A battery of the project's own sentences (``data/session25_battery.jsonl``; format and checks in ``batteries.py``):
a government that has a body listed, banned or declared a terrorist group designates it ("A had X proscribed", the
causative verb the trigger, so its negation is read; "wanted X listed by B" is B's act and A's wish); "redesignate"
is a verb of designation; backing an actor's fight, struggle, independence, security or right backs the actor;
keeping an actor afloat, going, alive or in power backs it (``constructions/session25.jsonl``). Backing an armed
effort ("X's offensive, backed by A", "the assault was funded by A", the offensive referred back to) backs whoever
wages it (``discourse._attack_backed``). A bare withdrawal after a taking or an attack in its own sentence ("seized
X but withdrew", "held X before pulling back") leaves that place (``rules._place_just_taken``). A noun trigger
honours the types its record allows for its ends, as a verb trigger does: "the SDF, Washington's partner in Syria"
is no member of Syria."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session25_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
