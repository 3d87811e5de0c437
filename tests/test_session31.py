"""A battery of the project's own sentences (``data/session31_battery.jsonl``; format and checks in ``batteries.py``):
a settlement not reached ("A and B have not signed a treaty", "never reached a deal") between parties the text states
dealing with each other in its own voice ("held talks", "met", "negotiated") denies the outcome, not the talks: the
talks stand alone (``relations``: denials by a settling verb only). With no talks stated, "never signed a peace treaty"
still denies any dealings, and a denial of meeting stands beside the talks it follows."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session31_battery.jsonl", set())
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
