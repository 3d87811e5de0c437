"""A battery of the project's own sentences (``data/row43b_battery.jsonl``; format and checks in ``batteries.py``),
written in the shape of readable sets' sentences that were missed even when run alone (supports and allied_with).
A relative clause of a backer's name with its article and a verb of support, or closing an "of" phrase on a plural
noun ("commanders of the X, which the United Arab Emirates supplies, ...": patterns of ``support:which-name-arms``).
An armed group that operates alongside another is its
ally (``triggers.jsonl``, "operate"; armed groups only: a state's forces alongside another's are its backing), and the body an owner's allies are said to be in is its ally ("al-Shabaab and its
allies in the Hizbul Islam movement": ``row43b:allies-in-body``; an alliance its allies are in is no ally)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("row43b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
