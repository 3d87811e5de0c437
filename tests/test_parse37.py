"""A battery of the project's own sentences (``data/parse37_battery.jsonl``; format and checks in ``batteries.py``): two
misparses of the small model in newswire, mended where the parse is made (parse37).

``entities._perfect_participle_read_as_adjective``: "have since" with a participle ("The Houthis have since held
talks with X", "The TTP have since claimed attacks on Y"), where the tagger reads "since" as a preposition and the
parser the participle as an adjective of the noun after it (that noun the preposition's object or the root). The
participle is the clause's verb, in the place the parser gave the auxiliary, the adverb or the noun.

``entities._main_verb_read_inside_description``: a subject set off by commas from its description (an age, an
apposition, a participle phrase, "many of them ..."), left as the sentence's root while the main verb after the
closing comma hangs inside the description ("N, 64, seized power", "The army's delegation, led by a general,
negotiated with X", "The M23, many of them veterans, captured Goma"). The verb is the root, the subject its own.

Near misses keep their parse or yield nothing: a second participle of a description, a participle with its own
agent, a passive, a denial. The invented articles themselves, annotated, are ``data/parse37/``; their precision and
recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("parse37_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("parse37")
    assert summary.contradictions == 0 and summary.precision >= 0.99 and summary.recall >= 0.99, summary.to_dict()
