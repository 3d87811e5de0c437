"""A battery of the project's own sentences (``data/session24_battery.jsonl``; format and checks in
``batteries.py``): a noun's agent read from a "by" phrase the parser hung below it ("the capture of A and B by
X") is never one inside a noun coordinated with it, which has arguments of its own ("looting by militia members
in A and the abductions by the Front in B": the Front is no member of the militia)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session24_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
