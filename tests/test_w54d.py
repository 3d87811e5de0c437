"""A battery of the project's own sentences (``data/w54d_battery.jsonl``; format and checks in ``batteries.py``):
the sides of a deal or talks told only by description. A go-between of "the truce" or "the talks" which, in the
same clause, addresses "both sides" or "the two sides" ("C, which had brokered the truce, pressed both sides to ...",
"C brokered the ceasefire and asked both sides to ...") dealt with those sides: the pair the text has shown
negotiating, else the conflict's two sides (``w54d:broker-urges-sides``, ``graph/lang/en/constructions/w54d.jsonl``).
No sides told before, a brokering denied or only hoped for, or a deal that names its own parties ("the truce
between A and B") yields nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w54d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
