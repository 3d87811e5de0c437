"""A battery of the project's own sentences (``data/prec34b_battery.jsonl``; format and checks in ``batteries.py``):
four false readings narrowed at their mechanism, each with the readings it must keep. A capture tied to a condemned
act only by the place is an assault's doer, not a killing's: "A retook X ... B condemned the killing of civilians in
X" tells no doer, while "the attack on X", "the offensive on X" after A took X are A's (``discourse._tied_antecedent``).
A body that lost or suffered something under N is not led by him ("X lost its autonomy under N"; leads:under's verb
is no ``losing_verbs`` word, nor "suffer", "undergo", "endure"), while "X prospered under N" still is. "Its army
chief, General N" where "its" finds no body gives nothing, not the article's state (``rules`` apposition path of
title:home-army); "the army chief, General N" still gives it. A one-word name the text tells as a town ("the town of
X", "X, a village", "X is a small town") is voted no unknown state by a minister or army it owns
(``resolve._told_as_settlement``). The invented articles, annotated, are ``data/prec34b/``; their precision and
recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("prec34b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("prec34b")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.88, summary.to_dict()
