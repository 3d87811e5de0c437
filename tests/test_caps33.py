"""A battery of the project's own sentences (``data/caps33_battery.jsonl``; format and checks in ``batteries.py``):
a capital that acts ("Kabul condemned the strikes", "Sanaa denied it") stands for the armed movement the text says
rules from it -- "the Taliban, who rule Afghanistan", "the movement that governs Yemen", "the Houthis, who control
Sanaa", "HTS seized Damascus" (``ruling_verbs``, ``resolve._capital_ruler``) -- and for its state where the text
says no such thing, the rule is told in the past ("ruled X until 2001", "seized Bangui in 2013"), is negated, or two
movements are said to rule the same state. The invented articles themselves, annotated, are ``data/caps33/``; their
precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("caps33_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("caps33")
    assert summary.contradictions == 0 and summary.precision >= 0.99 and summary.recall >= 0.42, summary.to_dict()
