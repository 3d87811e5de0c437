"""A battery of the project's own sentences (``data/session28_battery.jsonl``; format and checks in ``batteries.py``): a
partitive list the parser hangs on the verb rather than on the plural noun it gives examples of ("designated 22 gangs,
among them A and B, as terrorist organisations") still names what the verb acts on (``rules._partitive_examples_after``,
only right after the noun and its comma); a force or group noun opening a sentence that the tagger read as a proper
noun ("CAP-HAITIEN - Gangs belonging to X seized Y") is that noun (``entities._opening_noun_read_as_name``); arms bought
from A and B arm the buyer for both (the construction end ``names:``); a person called by the first word of a two-word
name is that person, where one person named so has it (``Resolver._known_person``; "Ali" after a three-word name may be
anyone); a rebel noun whose last candidate the text never called by that noun, where it called another named group
so, is left open (``Resolver._antecedent_in_text``); a past-only verb tagged present is past, so "until" does not read it
as yet to come (``lemmas.past_only``); "most of X state" is X; an indefinite rival government is a new one
(``Resolver._rival_government``); a refusal to hand a place back denies leaving it; an ending undone in its sentence by the same subject ("stopped selling
X to Y but resumed the sales") is no denial (``relations._resumed``). The constructions
(``constructions/session28.jsonl``: "named X a terrorist organisation", coalitions uniting "groups such as A and B",
troops under a mission, "the allies A and B", places handed over, bodies formed "with B and C") are tested from their
records."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session28_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
