"""A battery of the project's own sentences (``data/talks34_battery.jsonl``; format and checks in ``batteries.py``):
negotiates_with as newsrooms state it across the held-out sets (talks34), each reading mended at its mechanism. A
pronoun subject of a broker's passive ("A and B agreed a truce in May. It was brokered by C", "a ceasefire was signed
by A and B, and it was mediated by C") stands for the one negotiation of its own sentence or the one before, and the
broker deals with each party (``discourse._brokered_pronoun``; ``deal_pronouns``, ``pronoun_broker_verbs``): never
where two negotiations with other parties compete, where the clause denies or only hopes for the brokering, or where
the broker is a party. A state, government, body or leader that hosts or receives a named person holds talks with
that person (``constructions/talks34.jsonl``, talks34:hosted-persons); a stay "for years" or "since 2012" is shelter
and is not read. Two invented wire stories, annotated first, are ``data/talks34/``; their precision and recall are
held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("talks34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

test_battery_is_broad = BATTERY.breadth_test("negotiates_with", expect=20, neg=2, absent=15)


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("talks34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
