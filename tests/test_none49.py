"""A battery of the project's own sentences (``data/none49_battery.jsonl``; format and checks in ``batteries.py``):
a relation told in the "that" clause of a verb whose subject is "nothing" or "none" ("nothing indicates that X armed
Y", "officials said nothing showed that ...") is not stated as fact, as under "no evidence shows that"
(``relations._said_false``, with the ``negative_objects`` word class). Near-misses: a fact stated beside such a
clause ("X armed Y, and nothing suggests that the flow has slowed"), a report that suggests it ("the report suggests
that ..."), and "nothing" as the subject of a verb with no "that" clause ("nothing has changed since X attacked Y")
stay facts."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("none49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
