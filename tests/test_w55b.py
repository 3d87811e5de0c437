"""A battery of the project's own sentences (``data/w55b_battery.jsonl``; format and checks in ``batteries.py``):
descriptions and set nouns that more than one antecedent fits resolve to no one.

"Both sides" read as the sides of the conflict (``relations._conflict_sides``) are the pair of ends the text set
against each other most often; where two pairs are stated as often and share no side ("A fought B, and C fought
D. E hosted talks between both sides"), either war's two may be meant, so ``_rival_pairs`` leaves them unread.
A pair stated more often, or the one pair told, is still read; pairs that share a side are one war."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w55b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
