"""A battery of the project's own sentences (``data/side57_battery.jsonl``; format and checks in ``batteries.py``):
a go-between of a definite deal the clause gives no parties ("Algeria brokered the ceasefire", "the talks were
hosted by Tanzania", "the truce, mediated by Ghana,"), where no talks told before are its antecedent: the deal
is the parties' -- the conflict's two sides if it has exactly two, told lately -- and the go-between deals with
each (``side57:brokered-the-deal``, ``side57:the-deal-brokered-by``). No reading with two wars told, with
talks told before (``relations._talks_told_before``), with a dated deal ("the 2015 accord", ``relations._dated_deal``), with a hosting only agreed to, with the brokering denied, or for a deal only
welcomed, or an event that is no deal."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("side57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
