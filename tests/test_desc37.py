"""A battery of the project's own sentences (``data/desc37_battery.jsonl``; format and checks in ``batteries.py``):
descriptions set off after a subject by a quantifier over "them" or "whom" ("the X, many of them backed by Y, took
Z"). The parser makes the quantifier a second subject of the main verb; it is the subject's apposition
(``entities._quantified_description_read_as_second_subject``), so the clause has one subject. What the description
says is the group's where the quantifier covers the group as its members are -- "all", "most", "many"
(``describing_quantifiers``; the readable gold credits "many of them backed by Y" and "many of whom were trained by Y"
as support) -- and no one's where it tells of a part ("some", "a few", "half": ``rules._quantified_over_them``). A
people's name set off behind an adverb of make-up ("fighters, mostly Hutus, attacked X": ``composition_adverbs``,
``resolve.composition_apposition``) tells what the group is made of, never who acted. The invented articles,
annotated, are ``data/desc37/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("desc37_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("desc37")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.9, summary.to_dict()
