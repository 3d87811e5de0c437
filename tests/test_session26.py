"""A battery of the project's own sentences (``data/session26_battery.jsonl``; format and checks in ``batteries.py``):
the army chief of a state whose forces the text names by no name of their own ("Kenya's army chief N", "the Zambian
army's commander N"), a man the gazetteer does not know, is an official of the state, not the head of the
government that stands for its forces in the graph (``rules._army_official``); a named army ("the Veltrian Defence
Forces' commander") is what he leads. An object pronoun whose verb repeats the verb of an earlier sentence takes
that verb's object again ("A accused X ... B also accused it": X, not A); with another verb, and both the earlier
subject and its object fitting, it is read as neither (``Resolver._parallel_object``). A subject pronoun whose
nearest name is an object continues the subject pronoun of that name's sentence: "They never fought the army. They
clashed with X" is not the army, and where the first found no antecedent the second finds none either
(``Resolver._prominent_subject``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session26_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
