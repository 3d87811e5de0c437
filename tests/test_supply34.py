"""A battery of the project's own sentences (``data/supply34_battery.jsonl``; format and checks in ``batteries.py``):
support, its charges and its denials. An accusation of two acts whose first gerund the tagger reads as a noun
("accused X of training and arming Y") charges the accused with the second (``rules.gerund_of_charge``): never the
accuser's act, and a later denial answers it. A negated verb of giving or backing whose recipient is anyone at all
("had never supplied weapons to any party", "provides no weapons to anyone", "does not support any armed group";
``open_recipient_words``) is its subject's denial of the support it was charged with before
(``discourse._refuses_anyone``); so is a denial of giving "to either side". In a ministry's own statement "The
Ministry" (and a ministry named without its state) is the government whose ministry the document named with its
state (``resolve.Resolver._issuing_ministry``), so that "The Ministry thanks X for the delivery of ..." is X's support
of that government. The invented articles themselves, annotated, are ``data/supply34/``; their precision and recall
are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("supply34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("supply34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.5, summary.to_dict()
