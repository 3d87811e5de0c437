"""A battery of the project's own sentences (``data/refs51_battery.jsonl``; format and checks in ``batteries.py``):
a possessive pronoun that opens the sentence after a named body told with its own description ("the X Legion, a
militia raised among former soldiers of the old army. Its commander, N, ..."). A phrase inside the antecedent's own
description -- its appositive, or a relative or participial clause hung on it -- is background to it, no rival the
pronoun could continue over it (``resolve._inside_own_description``, read by ``Resolver._unresolved_between``). A
rival told outside that description, or two bodies described together, still leaves the pronoun open; and the reading
holds only for a pronoun on its clause's subject side (a subject, or a subject's owner), which continues a subject:
an object pronoun ("X, which sheltered the group's clerics, never put the Brotherhood on its list. Y has not listed it
either") may mean another actor than the subject before it."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("refs51_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
