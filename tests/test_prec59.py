"""A battery of the project's own sentences (``data/prec59_battery.jsonl``; format and checks in ``batteries.py``):
guards against false relations and flipped denials.

- "holds Somalia responsible for the raid", with the blame word hung on the object as its modifier: the idiom of
  blame, no capture (``rules._postposed_adjectives``, read by ``rules._idiom_matched``).
- "won the war with Turkish drones": arms a side fights with (word class ``battle_instrument_nouns``) are no side
  (``rules._arms_fought_with``, in ``rules._slot`` and the pattern of ``opposes:battle-with``); a gun battle with
  Israeli tanks is still one with Israel.
- "One of the commanders of X, N,": one of several, a member, never the head (``rules.counted_titles``, the
  construction key ``unless_counted`` on ``leads:title-of-appos``).
- "X's shipments of drones to Y have not been proven": an act told as a noun that the text says is not borne out
  (``verifying_verbs``, voided) is open, neither stated nor denied (``relations`` polarity context).
- "It is not true that Qatar stopped funding Hamas": a falsehood called of an ending is no denial of the tie; open.
- "General N declared X liberated": a person stands for the body the text shows him leading, else captures nothing
  (construction ``subject_as: person_led`` on ``captures:declared-taken``).
- "urged both sides to stop shelling villages": an appeal made evenly to every side charges none
  (``constructions.even_handed``, key ``unless_even_handed`` on the two call-to-stop records).
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec59_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
