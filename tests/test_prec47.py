"""A battery of the project's own sentences (``data/prec47_battery.jsonl``; format and checks in ``batteries.py``):
false and polarity-flipped relations left by the forty-sixth round, each read at its mechanism.

- "Under the truce brokered by C, X was to deploy ...": the "is to" / "was to" copula with its infinitive tells an
  arrangement for its subject, as a modal does, so the broker record's clause subject is no party to the deal
  (``constructions._declined``, via ``constructions._arranged``); "Under the truce brokered by C, X released ..." and
  "A and B accepted a ceasefire brokered by C" still read the broker's talks. So is a clause that is a condition or
  a time yet to come ("would be held until X agrees to talks mediated by C", "if X accepted the truce brokered by
  C": ``constructions._awaited_clause``, with ``condition_markers`` and ``relations._awaited``); "the fighting
  stopped when X accepted the truce brokered by C" still reads it.
- "the group" is not drawn by its head noun to an armed group named once, in passing, as the agent of a participle
  that tells of something else ("a raid carried out by the X Group"), where another armed group was a subject
  shortly before it: two live candidates, neither (``Resolver._passing_beside_topic``, asked in the head-noun loop
  of ``_antecedent_in_text``); a group the text made a subject, or named again, is still taken up.
- "Secretary of State N", "Minister of Defence N": the portfolio after "TITLE of" names no actor, and no anaphor
  ("condemned the extremists") takes it up (``Resolver._read_portfolios``).
- A timeline item's label dated after a comma ("- Kenya, June 2024: Somali troops shelled ...") is a label, not
  a second subject of the item's verb (``segment._LABEL``); the label's own date, before the colon, is never taken
  for the item's subject, so an item with no subject of its own still takes the label ("- Kenya, 2011: sent
  troops ...": ``entities._label_read_as_subject``).
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec47_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
