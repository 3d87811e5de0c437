"""A battery of the project's own passages (``data/tie59_battery.jsonl``; format and checks in ``batteries.py``):
co-mediators named by a bare "with" set off by commas after the go-between ("Turkey, with Egypt and Qatar,
mediated the ceasefire"): each deals with the parties as the subject does (``rules._co_brokers``). Only under a
verb of brokering (``broker_verbs``) and only names: "with Qatari support", "with Israel's consent" or "with
Morocco absent" name no co-mediator."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie59_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
