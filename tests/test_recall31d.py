"""A battery of the project's own sentences (``data/recall31d_battery.jsonl``; format and checks in ``batteries.py``):
readings missed in invented news articles about Libya, the Western Sahara, the PKK's disarmament and South Sudan,
read end to end (``data/recall31d/``), each mended at its mechanism. A pronoun that a subjectless participle of
accusing takes as the accused, with the preposition that brings the charge ("X cut ties with Y, accusing it of ...",
"blaming it for ..."), is never the participle's own subject, which would say "itself": it is the actor the sentence
names (not as a modifier) -- never one named sentences before, nor the owner a demonym names ("turned back a Serbian
convoy, accusing it of ...": the convoy) (``resolve._agent_object``). The gazetteer knows South Sudan's Equatoria
states, Unity State, Warrap, Ulang and Kajo Keji, Libya's al-Jufra, al-Watiya and Sharara, and the Western Sahara's
Mahbes, Tifariti and Bir Lahlou, so that "in parts of Central Equatoria, a spokesman for X" makes no place a member of
X. The invented articles themselves, annotated, are ``data/recall31d/``; their precision and recall are held at or
above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("recall31d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("recall31d")
    assert summary.contradictions == 0 and summary.precision >= 0.80 and summary.recall >= 0.82, summary.to_dict()
