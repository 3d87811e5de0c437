"""A battery of the project's own sentences (``data/prec45_battery.jsonl``; format and checks in ``batteries.py``):
false and polarity-flipped relations.

* A negation passed to a conjunct through a shared auxiliary: a rejoinder ("condemned", "accused", "blamed":
  ``rejoinder_verbs``) joined by "and" (``additive_conjunctions``) to a negated act of another kind, each with an
  object of its own, is stated ("had not ordered the raid and condemned the killings"); an alternative ("or"), a
  shared object ("has not armed and trained X") or two acts of one kind still share the "not"
  (``relations._own_conjunct``, read by ``_share_conjunct_context``).
* A verb of refusal or withdrawal does not deny the deal it acts under ("withdrew under a truce brokered by X":
  ``frame_prepositions``, read by ``relations._read_context``); "withdrew from the talks" still does.
* "the group" is not drawn back to a name whose head is that common noun ("the X Group") past a later subject of
  the same type (``Resolver._subject_of_kind_since``); a coalition's name ("the alliance") still is.
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec45_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
