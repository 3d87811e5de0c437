"""A battery of the project's own sentences (``data/allied34_battery.jsonl``; format and checks in ``batteries.py``):
the coordinated signatories of a pact of defence are allies of each other ("A and B signed a mutual defence pact",
``allied34:defence-pact-coordinated``); a 'security' or 'military' agreement, which foes may sign to de-escalate, one
planned or not signed, and one signed with a third party (then A and B are one side) make no alliance between them.
The invented article, annotated, is ``data/allied34/``; its precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("allied34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("allied34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.66, summary.to_dict()
