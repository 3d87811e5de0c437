"""A battery of the project's own sentences (``data/w47a_battery.jsonl``; format and checks in ``batteries.py``):
three false relations the round's first wave named, each read at its mechanism.

- "A took X after B's troops pulled out of Y": the parser may make "out" a preposition (or "back" an adverb) and
  hang the "of Y" / "from Y" phrase on it, so ``withdraws:as-the-enemy-took``'s ``unless_attached`` did not see
  that the leaving names its own place; the preposition such a particle governs now counts, where its object is
  a name (``constructions._attached_words``). "pulled out of its last stronghold" may be the town taken, and
  still reads.
- "X said the terrorists had attacked Y": a label (``smear_nouns``) inside what a speaker says never stands for
  the speaker (``resolve.Resolver._labelling_speaker``, in ``Resolver.refs``).
- "A expressed its gratitude to B for its support to C": the possessive in the reason is B's, the one thanked
  (``gratitude_nouns``, ``resolve.Resolver._thanked_party``), as after a merit verb ("thanked B for its support")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w47a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
