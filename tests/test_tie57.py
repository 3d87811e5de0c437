"""A battery of the project's own sentences (``data/tie57_battery.jsonl``; format and checks in ``batteries.py``):
two shapes of listing that name more than one listed body.

A relative clause opened by a quantifier over "which" or "whom" after a list ("A and B, both of which X lists as
terrorist groups", "each of which Y sanctioned"), which the parser hangs on the main verb as an adverbial, is
read as a relative clause on the list (``entities._quantifier_over_relative``, by
``entities._relative_read_as_adverbial``); "neither of" or "one of" covers no name.

A designation or sanction that names companions after its object ("designated A a terrorist group in May,
together with B", "listed A, along with B, as ...") lists them too (``rules.listed_alongside``): only a group, an
organisation or a person beside objects of those kinds; a state or international body named so may share the
lister's role and is never read as listed."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
