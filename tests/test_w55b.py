"""A battery of the project's own sentences (``data/w55b_battery.jsonl``; format and checks in ``batteries.py``):
descriptions and set nouns that more than one antecedent fits resolve to no one.

"Both sides" read as the sides of the conflict (``relations._conflict_sides``) are the pair of ends the text set
against each other most often; where two pairs are stated as often and share no side ("A fought B, and C fought
D. E hosted talks between both sides"), either war's two may be meant, so ``_rival_pairs`` leaves them unread.
A pair stated more often, or the one pair told, is still read; pairs that share a side are one war.

A bare "the group" after a body owned by a person ("N's group", "his fighters") that the walk left unread, since
the rules had not yet said what N leads (``Resolver._owned_rivals``), waits for the rules: then "N's group" is a
mention of the body N leads, the last told, and "the group" is that body, not a rival named before it; where what
N leads is never told, "the group" is no one (a later denial is nobody's)."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES = {
    # "N's group said that it had received no arms from X": the pronoun in what the group says is left unread
    ("Yusuf Kamel leads the Dune Guard. Chad has fought the Sahel Front since 2020. Kamel's group said on Monday that "
     "it had received no arms from Chad.", "Chad", "supports", "Dune Guard"),
}

BATTERY = Battery.load("w55b_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
