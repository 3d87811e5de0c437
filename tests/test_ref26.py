"""A battery of the project's own passages (``data/ref26_battery.jsonl``; format and checks in ``batteries.py``):
actors named by a description in a later sentence (``graph/resolve.py``). A group noun whose modifier makes it civic
("aid groups", "rights groups", "relief organisations": ``description_type_modifiers``) is no rival for an armed
group's description ("the jihadists", "the group"), as an unnamed body or a namesake between; "the outfit" refers back
to an armed group (``anaphors``); a name noun matches a plural word of the name ("the emirate": the United Arab
Emirates) and, where no name holds its describing modifier (a place word, no demonym), the noun alone ("the Gulf
kingdom"); a rival armed group past a paragraph break does not block a description whose antecedent is the subject
of its own paragraph; a possessive or subject pronoun does not skip an unbound pronoun of its number to reach a new
subject ("X was founded in 2009. Y's army fought it. Its commander ...": neither); "in Kachin state" is a region,
no unread state between a pronoun and its antecedent; "the group" is no body the text named only in the plural
("other rebel factions", which are no generic rebels either); a set its clause's subject acts on leaves that subject
out ("C tried to mediate between the two neighbours": the two, not C)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref26_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
