"""A battery of the project's own sentences (``data/fresh39f_battery.jsonl``; format and checks in ``batteries.py``):
readings mended after five invented articles in the sealed set's styles -- a wire report from the West Bank, an
analysis of the Saudi-Houthi frontier, a bulleted explainer on Lebanon's army and Hezbollah, a wire report on
Ethiopia and Eritrea, and a press release on Tripoli's militias (``data/fresh39f/``). A "not" or "no longer" over an
act measured against another ("no longer funds X as generously as it did", "the way it once did", "to the extent it
did": ``degree_comparison_nouns``, ``relations._degree_compared``) denies the measure, not the act: neither a fact
nor a denial is read. A force noun with "affiliated with" or "aligned with" a state or government ("units aligned
with the Sudanese government", ``government_affiliation_participles``, ``Resolver._head_refs``) is that government's,
as "loyal to" makes it; militias and fighters so described, and an armed group's affiliates, stay bodies of their
own. "A set fire to X" is an arson idiom, read as "torched X" is (a ``triggers.jsonl`` record with the particle "fire").
Loans, deposits and subsidies are backing nouns as funding is ("relies on Emirati deposits": the supports trigger of
``triggers.jsonl``). An object relative clause whose subject's name has its article ("X, which the United Arab
Emirates backs,") is read as one without ("which Iran arms"): the tagger's plural noun is the verb
(``entities._relative_verb_read_as_noun``). The invented articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh39f_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh39f")
    assert summary.contradictions == 0 and summary.precision >= 0.97 and summary.recall >= 0.72, summary.to_dict()
