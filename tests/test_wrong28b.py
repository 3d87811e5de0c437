"""A battery of the project's own sentences (``data/wrong28b_battery.jsonl``; format and checks in ``batteries.py``):
wrong readings found by reading invented articles end to end (a leaked-documents investigation, a group's statement and
its rebuttals, a press review, a feature with the war in the background, an economics piece on sanctions, a UN experts'
report, a leader's speech, a year in review), each mended at its mechanism. An act offered or recommended ("Qatar
offered to host talks between A and B", "the inquiry recommended that the EU freeze X's assets", "advised Uganda to
withdraw") is put forward, not done; what the verb takes as its object is given ("offered sanctuary to X"; word class
``proposal_verbs``, ``relations._read_context``). A state told only as the home of a civil body ("a Tanzanian shipping
firm", "a club in Burundi") is no state in play for a bare "the army" or "the government", nor weighs in the article's
salient state (``civilian_body_nouns``, ``Resolver._civil_home``). A state the bare government faces through a
relative clause ("Ruvania, which the government accuses of arming X") is not the government's own
(``Resolver._faced_by_government``). The infinitive after "called on N to" is N's act, not the caller's ("the EU
called on N to return to the talks mediated by Y": the EU is no party; ``rules.clause_subjects``, ``appeal_verbs``). A
hold kept is no capture ("remains / has stayed under the control of X"; ``continuation_words``, rules ``noun:under``).
A claim the accused labels false ("X called the report baseless", "described the claims as fabricated", "called it a
lie") is denied, as "rejected the report" is (``discourse._called_false``). The invented articles themselves,
annotated, are ``data/wrong28b/``; their precision is held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("wrong28b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_precision():
    summary = invented_set_summary("wrong28b")
    assert summary.contradictions == 0 and summary.precision >= 0.90, summary.to_dict()
