"""A battery of the project's own sentences (``data/session35_battery.jsonl``; format and checks in ``batteries.py``):
a lapse ("no longer", "no more") denies the act it modifies only where its verb reaches the act, as a negation does:
the act itself ("no longer supports X"), a light verb ("no longer provides support to X") or a copula ("is no longer a
member of X"). Over a verb that is not the act ("no longer hides / disguises / masks its support for X") it is the
hiding that lapsed, so the support is read as neither denied nor, by this rule, stated (``relations._read_context``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session35_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
