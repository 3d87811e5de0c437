"""A battery of the project's own sentences (``data/off53_battery.jsonl``; format and checks in ``batteries.py``):
leaders and units told by a possessive or an "of" rather than a verb, and a body "set up" by a person.

A person joined to a named body that "his" or "her" owns leads it ("N and his X Front", ``off53:person-and-his-body``);
a "whose" clause on a body the parser made one common noun with its group noun, or whose name it hung on that noun
("N, whose X network", ``off53:whose-named-body-noun``); a body "of" a person told first by a title or description
("the X movement of the cleric N", ``off53:body-of-titled-person``) or a faction of a named body "of" a person
("the X faction of N", ``off53:named-faction-of-person``); the phrasal "set up" of founding, active and passive
(``off53:set-up-body``, ``off53:set-up-by-person``); and a named brigade, battalion, division, regiment, corps or
squadron a state owns, a member of that state (``off53:state-named-unit``). Co-founders and co-owners read nothing,
nor does a denial, a place after "of", an unnamed "his men", or an armed group's own unit."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off53_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
