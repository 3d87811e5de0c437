"""A battery of the project's own sentences (``data/wrong31e_battery.jsonl``; format and checks in ``batteries.py``):
wrong readings found in invented news articles about Sudan, eastern Congo, Somalia and Mozambique, read end to end
(``data/wrong31e/``), each mended at its mechanism. A go-between's verb ("the deal, brokered by A with help from B";
"talks mediated by A with the help of B") makes B a co-mediator, not A's backer (``support:with-help-from`` skips
``broker_verbs`` and "negotiate"). What footage or a post "claims to show" or "purports to show" is neither stated
nor denied (``purporting_words``, ``depicting_verbs``, ``relations._purported``), while footage that plainly
"shows" an act still states it. The invented articles themselves, annotated, are ``data/wrong31e/``; their
precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("wrong31e_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("wrong31e")
    assert summary.contradictions == 0 and summary.precision >= 0.89 and summary.recall >= 0.71, summary.to_dict()
