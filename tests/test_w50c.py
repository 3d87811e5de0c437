"""A battery of the project's own sentences (``data/w50c_battery.jsonl``; format and checks in ``batteries.py``):
a leader title after a unit of a state's forces or services told by a name of its own ("Iran's Quds Force commander,
N", "Israel's Shin Bet chief, N") makes the person the unit's leader, not the state's (``rules._named_state_unit``,
read by ``rules._titled`` beside the non-state modifiers that drop a possessing state). Near-misses: a title with no
unit between ("Iran's supreme leader, N") still leads the state; a body's own title ("the RSF commander, N") leads
the body; the state's own government named before a title ("Kenya's Government spokesman") is no unit of it; a
branch told by common nouns ("Chile's navy chief") stays prec50's official of the state.

An attack waged with a companion the verb names ("X fought alongside Y in an offensive") has two agents, so a later
"the offensive was backed by Z" names neither (``discourse._waged_with_companion``, ``_Event.shared``, read by
``discourse._antecedent``; word class ``companion_prepositions``). Near-misses: an offensive one body launched, or
fought in with no companion, keeps its one agent as the backed."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w50c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
