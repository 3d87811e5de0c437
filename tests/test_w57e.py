"""A battery of the project's own sentences (``data/w57e_battery.jsonl``; format and checks in ``batteries.py``):
a body, or a noun of a set of parties, with its members listed between dashes, in brackets or after a colon
("the Quartet - A, B and C - met", "the three guarantor states (A, B, C) met", "the Amber Group: A, B and C,
met"). The listed names are one side, no parties to each other: a pairwise reading (agreement:coordinated and
the like) gives nothing among them (``constructions._set_off_member_list``, the nouns in the word class
``bloc_list_heads``). The sides of talks listed so ("the two sides - A and B - met", "the warring parties (A and
B)", "the rivals - A and B -") are still parties to each other, as plain coordinated subjects are."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w57e_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
