"""A battery of the project's own sentences (``data/wrong31b_battery.jsonl``; format and checks in ``batteries.py``):
wrong readings found in invented news articles about Myanmar, Afghanistan and Pakistan, Kashmir, the Philippines and the
Thailand-Cambodia border, read end to end (``data/wrong31b/``), each mended at its mechanism. Allegiance sworn to a
body's leader named in apposition ("pledged allegiance to X's leader, N") is allegiance to the body, never to the person
(``wrong31b:allegiance-to-leader``; the allegiance triggers take no person as object). A bare "pulled out" after talks
held in a place ("hosted talks between A and B in X. B pulled out") leaves the talks, not the place
(``rules._talks_venue``). Talks ended and, in the next two sentences, resumed or revived ("ended its talks with X in
2017. Talks were revived in 2023") are neither denied nor told anew (``relations._talks_taken_up_after``). The invented
articles themselves, annotated, are ``data/wrong31b/``; their precision and recall are held at or above what this
round reached, with no contradiction."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("wrong31b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("wrong31b")
    assert summary.contradictions == 0 and summary.precision >= 0.93 and summary.recall >= 0.76, summary.to_dict()
