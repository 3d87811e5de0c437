"""A battery of the project's own sentences (``data/fp32_battery.jsonl``; format and checks in ``batteries.py``):
false relations that recur across the readable held-out sets, each mended at its mechanism. "The Tajik town of X"
lies in Tajikistan, not in a place called "Tajik": a people's adjective the gazetteer keeps from any state (an
ethnic Tajik or Uzbek commander serves none) names the state a settlement lies in (``people_state_demonyms``,
``fp32:people-demonym-place-of``). An act on a place the same sentence puts "in" a
region ("overran a base in X, in Y region") is no act on the region (``relations._region_of_act_site``). A body of
water is no target: ships are attacked in it (``water_body_words``, ``relations._water_body``). Sites a named actor
owns are its, not the town they stand near ("strikes on RSF positions around X": ``places25:struck-near``). A bloc
or a government at the head of a force ("a NATO-led force", "the army-led Joint Force") is no member of it
(``rules.compound_adjective_rule``), and an army or government holding towns ("the army-held cities of A and B")
captures none of them: they are its own. Ties a person is said not to have are his own, not the body he leads
(``relations._PERSONAL_DENIALS``). "Stabilisation Support Apparatus" is the Stability Support Apparatus
(gazetteer). "Both sides agreed" said by the one body a sentence names (a chair, a host) means the pair the sentence
before names and sets against each other, without that body (the venue's state), not the article's main war
(``relations._local_sides``). "Condemned the attack on X" is the attack told before only if X is what it hit or
the state where it hit (``discourse._attack_condemned``). The invented articles themselves, annotated, are
``data/fp32/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fp32_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fp32")
    assert summary.contradictions == 0 and summary.precision >= 0.94 and summary.recall >= 0.84, summary.to_dict()
