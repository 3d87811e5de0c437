"""A battery of the project's own sentences (``data/wrong28d_battery.jsonl``; format and checks in ``batteries.py``):
wrong readings found by reading invented articles end to end (a live-updates page, an interview in questions and
answers, a regional analysis of alignments, a defence-industry story, a story told through three rival officials, a
human-rights report), each mended at its mechanism. "Its government" is the government of the state "its" refers to,
not the last government named ("Iran arms the government of Syria. Lebanon ...: its government receives French aid"
is Lebanon's; ``Resolver._own_government``). Where the text named "the government of X", X a place the gazetteer
does not know, a bare "the government" or "the army" is not that of a known state the text names only as a
neighbour or a border ("fighting the government of Veltria ... near the border with Turkey. The government says":
not Turkey's; ``Resolver._government_owner_unread``). A pronoun object is not the state a subject's title in
apposition makes him serve ("France's foreign minister, N, condemned it": not France; ``Resolver._titled_states``).
A clause yet to come, by a modal or a verb of intent, makes its subjects no party to the talks or truce a participle
names ("would accept talks hosted by X", "wants to join the talks mediated by Y"; ``constructions._declined``). The
invented articles themselves, annotated, are ``data/wrong28d/``; their precision is held at or above what this round
reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("wrong28d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_precision():
    summary = invented_set_summary("wrong28d")
    assert summary.contradictions == 0 and summary.precision >= 0.87, summary.to_dict()
