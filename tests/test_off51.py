"""A battery of the project's own sentences (``data/off51_battery.jsonl``; format and checks in ``batteries.py``):
memberships and leaderships the parser's shapes hid. "X, to which A and B belong": the states a relative clause of
belonging names are members of the body it hangs from, whatever shape the small parser gives the clause (the record
``off51:to-which-belong``; a denied clause stays denied, a place claimed is no body). "the pledge of the X Front, led
by N,": a participle the parser hung on the noun whose "of" or "for" phrase names the body just before its comma
describes that body (``rules._led_body_after_noun``, read by ``verb_rule``'s participle branches); the body of a
raid "on" it is not read. "the cabinet of President N, whose X Movement led ..., says": a "whose" clause the parser
did not read as a relative clause (a conjunct or complement of the main verb) stands for the name just before its
comma (``Resolver._name_before_relative_comma``), so the owner's force is his to lead (the ``whose-force`` record)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off51_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
