"""A battery of the project's own sentences (``data/mood37_battery.jsonl``; format and checks in ``batteries.py``):
what is not (yet) a fact. An appeal or a plea is a request, and its "to" or "with" object is the one asked to act ("A
appealed to B to stop shelling X", "A pleaded with B to leave Y": ``appeal_verbs``, ``intent_verbs``; a possessive in
the infinitive the parser hangs as a purpose is the asked one's, "calls on B to end its support for X"). "Almost" or
"nearly" right before a verb says it was all but done, so not done ("almost captured X": ``all_but_adverbs``), while
"struck X almost daily" and "almost 300 fighters attacked Y" keep the act. A condition of several words opens a
present-tense clause that is not asserted ("provided that X withdraws from Y", "in case X attacks Y", "as soon as X
leaves Z": ``condition_phrases``). An event only scheduled or slated is yet to come (``averting_verbs``); "was
supposed to withdraw" names what was due (``duty_raising_verbs``; "is supposed to have armed" reports the act). A
headline's infinitive ("Russia to supply Mali with jets") is announced, not done, and so is a bare infinitive under a
modal ("the plan would see X withdraw from Y"). Plans, threats, demands, attempts, hypotheses, questions and offers
the engine already read as open are held here too, beside the stated relations a sentence keeps ("X, which has
backed Y since 2015, vowed to strike Z"). The invented articles, annotated, are ``data/mood37/``; their precision
and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("mood37_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("mood37")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.93, summary.to_dict()
