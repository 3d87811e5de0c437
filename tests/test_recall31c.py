"""A battery of the project's own sentences (``data/recall31c_battery.jsonl``; format and checks in ``batteries.py``):
readings missed or misread in invented news articles about the Sahel, Lake Chad, Cameroon's Anglophone regions, eastern
Congo and Cabo Delgado (a wire, a commander's profile, an obituary, a UN panel's report summarised, a fact-check), read
end to end (``data/recall31c/``), each mended at its mechanism. What a video or a clip passed around online claims, or a
quotation given as a caption, a headline or a banner, no one answers for: neither stated nor denied
(``circulating_content_nouns``, ``passing_verbs``, ``quote_frame_nouns``, ``relations._framed_quote``). "..., leaving X as
Y" is no withdrawal from X (``resultative_verbs``, ``rules._resultative``), and "a Ugandan-led group" makes Uganda no member
of it (``nationality_led_nouns``). An armed group loyal to another is affiliated with it, a body grouping troops from A,
B and C has them as members, and founders named on a verb the founding verb is coordinated with are members
(``constructions/recall31c.jsonl``). The invented articles themselves, annotated, are ``data/recall31c/``; their
precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("recall31c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("recall31c")
    assert summary.contradictions == 0 and summary.precision >= 0.94 and summary.recall >= 0.66, summary.to_dict()
