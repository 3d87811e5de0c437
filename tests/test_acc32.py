"""A battery of the project's own sentences (``data/acc32_battery.jsonl``; format and checks in ``batteries.py``):
the negation a verb coordinated with a first one shares. A participle after a passive verb with its auxiliaries
("had not been warned and condemned the strikes", "was not informed and accused A of ...") is active, with an object
of its own: it shares no auxiliary with the passive, so the first verb's negation is not its own
(``relations._share_conjunct_context``). Two active participles sharing "has not" ("has not armed or funded X"), and a
second verb with its own negation, are denied as before."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("acc32_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
