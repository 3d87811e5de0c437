"""A battery of the project's own sentences (``data/between35_battery.jsonl``; format and checks in ``batteries.py``):
a phrase between a pronoun and its antecedent that names no known actor is a rival only where the pronoun can
agree with it in kind (``Resolver._unresolved_between``): a singular "he" or "she" never means a body, an arm or a
movement ("Her departure dealt a blow to the rebellion. She has since condemned X": ``collective_body_nouns``); a
person noun in between stays a rival (near-miss). "The government of" a name of several words that no gazetteer
knows ("the government of Upper X") is that name's, never the government the text named before
(``Resolver._unknown_owner``); a known state's keeps its government. The invented articles, annotated, are
``data/between35/``; their precision and recall are held."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("between35_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("between35")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
