"""A battery of the project's own sentences (``data/fresh38b_battery.jsonl``; format and checks in ``batteries.py``):
readings mended after eight invented articles about the Middle East and North Africa (``data/fresh38b/``: a Red Sea
live blog, a Libya timeline, a Turkey-PKK op-ed, a Lebanon fact-check, a Doha briefing transcript, a Treasury
sanctions release, a north-east Syria explainer and a weekly newsletter). What a side takes from a master ("takes its
orders from X", ``directive_nouns``) makes X no enemy it took something from (``rules``: captures-from).
The invented articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh38b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh38b")
    assert summary.contradictions == 0 and summary.precision >= 0.88 and summary.recall >= 0.69, summary.to_dict()
