"""A battery of the project's own sentences (``data/w51a_battery.jsonl``; format and checks in ``batteries.py``):
false leaders and a polarity flip around a speaker's "its".

- A denial told "in a message / interview / address that ..." ("its leader denied in a message that his men had
  withdrawn from X"): the parser hung the denied clause on the message noun as a relative clause, so the withdrawal
  was read as a positive fact. ``entities._report_read_as_relative_of_medium`` now gives the clause back to a verb
  of denial whose object is a statement (``proposition_denying_verbs``) as it did to a verb of saying; the
  withdrawal is read as denied. Near-misses: "said in a message that ..." stays positive; "denied a message that
  his men had recorded" (a true relative clause) reads nothing.
- A possessive on the speaker after a quotation that speaks of the speaker's body as "we" ('"We will keep fighting
  the regime of X," its leader, N, said'): a name the text gives first inside that quotation is another party, never what "its" stands
  for (``resolve.Resolver._names_in_reported_quotation``). Near-misses: a speaker naming his own body in the
  quotation (no "we"), a quotation naming no one, and one naming beside "our" the body the text named before
  (the speaker's own) still read the leader.
- "Its commander, N" where the pronoun was resolved to a state ("X, a republic ruled by its army, banned the Y. Its
  commander, N, ..."): neither the state nor the group is read, as for a government (``rules`` title reading, the
  guard beside ``_state_command_title``). Near-miss: after an armed group, its commander still leads it."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w51a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
