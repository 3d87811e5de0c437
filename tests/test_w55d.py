"""A battery of the project's own sentences (``data/w55d_battery.jsonl``; format and checks in ``batteries.py``):
states that send troops to a multinational force are its members.

Soldiers, police or a unit sent, dispatched or contributed to a force named before only as "the mission" or "the
force" make the sender a member of the body the resolver finds for that description
(``w55d:troops-to-the-mission``, ``graph/lang/en/constructions/w55d.jsonl``); a refusal, a modal, a pledge, envoys
sent, or a description with no mission or force named before say nothing.

And "A and B supply most of its troops" where the parser made the first name the root and read the second name and
the verb as one noun, its conjunct (``entities._joined_name_and_verb_read_as_conjunct``), or kept the noun the root
with the share as its apposition (``entities._object_of_noun``): the verb is mended, and the states are read as
members of the force named before; weapons or food supplied, or troops no longer supplied, make no member.

And the states listed in apposition to a body's troop- or police-contributing countries ("AMISOM and its
troop-contributing countries -- A, B and C --") are its members (``w55d:contributing-countries-listed``); donor or
aid-contributing countries, and names outside the apposition, are not."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w55d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
