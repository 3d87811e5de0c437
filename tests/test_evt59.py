"""A battery of the project's own passages (``data/evt59_battery.jsonl``; format and checks in ``batteries.py``):
events told before and taken up by a later sentence that names one end only.

A part in an attack told before, denied by the role noun's own "no" or "any" ("Israeli jets struck Hodeidah.
Eritrea had no part in the attack", "played no part in the strikes", "denied playing any part in the
bombing"), is the attack on what the act hit, denied (``discourse._part_takers``, ``discourse._role_noun_taken``,
``part_holding_verbs``; ``relations._held_part`` lets the "no" on the role noun reach the act). Two acts by
different agents leave "the attack" no one's, a graded part ("a key part") is left unread, and a part in
other events ("the talks that followed") says nothing of the attack.

A censure adjective given as the label of an attack told before condemns its agent ("Poland called the attack
cowardly", "described the bombing as indiscriminate"; ``event_smear_words``, and ``discourse._smeared`` takes
a label in -ly that the parser hangs on the verb as an adverb); a label of praise or of moment ("precise", "a
turning point") is no condemnation, and two acts by different agents leave the label no one's."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("evt59_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
