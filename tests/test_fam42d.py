"""A battery of the project's own sentences (``data/fam42d_battery.jsonl``; format and checks in ``batteries.py``) on
negated relations -- what an actor denies, refuses or has not done -- and the near-misses that must keep their
polarity (an accusation beside its denial, a support "never hidden", a denied claim of another's gain).

"A accused B of arming C, a charge the Bian foreign ministry has repeatedly denied": the denier may be a definite
description of a state's body held by its demonym, not only a bare name (``entities._denier_phrase_start`` in
``entities._denied_charge_read_as_name``); the accusation stays a fact and B's support of C is denied, where the
parser's reading denied the accusation itself; where the parser hangs the charge and the denier both on the denial
as its subjects ("..., a charge B rejected"), the charge is set in apposition again and the denial a relative clause
on it (``entities._charge_read_as_second_subject``). "A has not sought talks with B" denies talks with B; sought talks are an
intent and yield nothing (``fam42d:not-sought-talks``). The invented articles (``data/fam42d/``) hold their scores."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

# "accuse B of funding the X separatists, a charge ..." -- the parser hangs the charge on the accusation as an
# adverbial noun (npadvmod), a shape the charge repairs do not read yet
# "accused neighbouring B of arming C, a charge B rejected" -- the parser makes "neighbouring" the verb's complement
# (a parse repair, entities._other_modifier_read_as_verb, gives the verb its object back) and the denial's charge
# then reaches nothing
KNOWN_MISSES = {
    ("Officials in Dakar accuse Gambia of funding the MFDC separatists, a charge the Gambian government has "
     "consistently denied.", "Gambia", "supports", "MFDC"),
    ("The army accused neighbouring Malawi of arming the Lusaka Front, a charge Malawi rejected.",
     "Malawi", "supports", "Lusaka Front"),
    ("The Upper Tarsa Legion shelled Brisk. Velsar's army accused neighbouring Tellmark of arming the rebels, a charge "
     "Tellmark rejected.", "Tellmark", "supports", "Upper Tarsa Legion"),
}

BATTERY = Battery.load("fam42d_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fam42d")
    assert summary.contradictions == 0 and summary.precision >= 0.72 and summary.recall >= 0.55, summary.to_dict()
