"""A battery of the project's own sentences (``data/w53b_battery.jsonl``; format and checks in ``batteries.py``):
an assault on an armed post that its defender repelled ("A repelled a B raid on a military post near X") struck
the defender, so the raider attacks the one who repelled it; the construction ``w53b:repelled-raid-on-post``
(``graph/lang/en/constructions/w53b.jsonl``) reads it, beside ``opposes:repelled-attack``'s fight back. A raid on
a village repelled by an army attacked no army, a denied repulse says nothing, and a foiled attack may never have
happened."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w53b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
