"""A battery of the project's own sentences (``data/captures34_battery.jsonl``; format and checks in ``batteries.py``):
a bare withdrawal after a taking told in its own sentence leaves the place taken even when a phrase of heading or
manner follows it ("held X for months before withdrawing towards the border", "pulled back to the hills",
"withdrew under a truce"; ``rules._intransitive_withdrawal(heading=True)``, read only after a verb of capture, not
of attack: a town shelled is no town held), and "captured X and held it before withdrawing" reads "it" as X rather
than the place named sentences before (``rules._place_just_taken``). A phrase of source ("withdrew from the talks")
still names what was left. The invented articles themselves, annotated, are ``data/captures34/``; their precision
and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("captures34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("captures34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
