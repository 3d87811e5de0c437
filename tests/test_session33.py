"""A battery of the project's own sentences (``data/session33_battery.jsonl``; format and checks in ``batteries.py``):
the owner of "the port of A and B's airport" is B, the conjunct that bears the "'s", though the parser hangs the
possessive arc on A (``resolve._possessor``), both for naming the facility and for where it lies. A charge the parser
hangs on the accuser ("Y was accused by UN experts | of arming Z") is still the charge a later denial answers
(``discourse._charges``); a denial of giving arms, aid or troops that names no recipient ("denied sending weapons")
answers the charge of support made before (``discourse._denies_giving``), never a charge of another act. "A and B are its (his, Iran's) closest allies" makes them the owner's allies, not
each other's (``allied:appos-plural``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session33_battery.jsonl", set())
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
