"""A battery of the project's own sentences (``data/w45b_battery.jsonl``; format and checks in ``batteries.py``):
polarity. Coordinated fighters whose fight another verb ends ("A and B agreed to stop fighting", "stopped
clashing") fought: the ending is no denial of their hostility, so the construction ``fight:coordinated`` reads
nothing where its trigger is the open complement of an ending verb (the record's ``unless_governed``, run by
``constructions.ConstructionMatcher._candidates``); the agreement constructions still read the hostility. Near-misses:
a plain fight is still read, a fight side by side is no hostility between the two.

Talks another owns: "X quit Y after rejecting its talks with Z", "denouncing its dialogue with Z" -- one sets oneself
against another's talks, so the possessive is not the dismisser (``dismissing_verbs``, ``resolve._dismissed_talks``,
the gerund's subject found by ``Resolver._gerund_subjects``), and ``talks:ruled-out`` reads no refusal of talks the
possessive gives to another (its ``unless``: ``slot:talks:poss``). Near-misses: a bare refusal of talks is still
denied, one's own suspended or opened talks are still one's own.

An offer the parser splits from its "for" by a participle ("rejected an offer relayed by the elders for a truce
between A and B"): the offer's phrase of prospect, so the truce is sought, not held (``prospect_phrases``,
``relations._prospect_participle`` in ``_read_context``); so is the "for" hung on the verb past a participle set off by
commas ("turned down a proposal, carried by the elders, for a ceasefire between A and B"). Near-misses: a truce brokered or signed between A and B is
still read."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w45b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
