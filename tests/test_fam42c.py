"""A battery of the project's own sentences (``data/fam42c_battery.jsonl``; format and checks in ``batteries.py``) for
the family of relations whose ends are joined by with / against / alongside / between, or listed (round 42's miss
census). Working with a partner against a foe ("A cooperated / worked / coordinated with B against C") is an
alliance in the fight and sets both against C, whatever A and B are (``constructions/fam42c.jsonl``; bare
"cooperate" stays between armed groups). A claim that an inquiry's verb takes ("investigated claims that X had
cooperated with Y against Z", "probed reports that ...") is weighed, not stated (``deliberation_verbs``). A
participle complement of a linking verb other than "be" ("X remains | stays | became allied with Y") states the
relation of that verb's subject, as "is allied with" does (``rules._copular_participle_holders``). "Took up arms
against X" is hostility to X (a verb frame). The invented articles' precision and recall are held at or above what
this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fam42c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fam42c")
    assert summary.contradictions == 0 and summary.precision >= 0.95 and summary.recall >= 0.48, summary.to_dict()
