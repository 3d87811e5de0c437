"""A battery of the project's own sentences (``data/neither57_battery.jsonl``; format and checks in ``batteries.py``):
a negative quantifier over "of which" after a list ("X armed A and B, neither of which has attacked Y"). The parser
may hang "neither" on the list as an apposition and join the clause's verb to the main verb, so that the main
clause's subject took the denied act as a fact ("X attacks Y"). The quantifier is made that verb's subject
(``entities._negative_quantifier_read_as_apposition``), where it names no one. A verb truly joined to the main one
("X armed A and attacked Y") keeps its subject."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("neither57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
