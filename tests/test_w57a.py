"""A battery of the project's own sentences (``data/w57a_battery.jsonl``; format and checks in ``batteries.py``):
a modality audit. Threats, vows, demands, plans, conditions, modals, reported intents, proposals and foiled acts,
for every family of event, state nothing; the facts told beside them stay facts.

Two shapes mended. An event a noun dreads, warns of, rumours or talks over is foreseen, not held ("fears of a strike
by A on X", "the threat of an offensive against Y", "talks on the withdrawal of A from Z"): the pairs are in
``prospect_phrases``. A role put off, blocked or weighed as a prospect is not held ("X's accession to Y was
delayed", "X's membership of Y remains a distant prospect": ``relations._role_unrealised``), and an event with a
participle of prospect set after it is not real ("an offensive on Y, planned for the spring": ``relations._irrealis``).
An event judged not (yet) held through a passive verb of judgement or a "to be" clause is not real ("an attack on
Y is believed to be imminent", "was seen as inevitable", "is deemed improbable": ``relations._judged_by_others_unreal``,
``relations._linked_unreal``); one judged in other ways stays a fact ("was described as a possible war crime").

And the other way: a foreseen event that a verb in a past tense says was carried out is a fact ("the planned
offensive on Y began on Friday", "the threatened offensive was launched", "went ahead with its planned withdrawal
from Z": ``relations._came_about``, ``realising_verbs``); not one still to come, denied or only announced."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w57a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
