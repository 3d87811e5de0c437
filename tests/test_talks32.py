"""A battery of the project's own sentences (``data/talks32_battery.jsonl``; format and checks in ``batteries.py``):
the misses of negotiates_with read across every readable set at once (talks32), each mended at its mechanism. A
broker verb's participle the parser hangs on its clause's verb ("A and B held talks in Geneva, mediated by C",
"A signed a truce with B, brokered by C", "Talks between A and B opened, hosted by C") names the mediator of the
talks or deal that clause tells, who deals with each party (``constructions/talks32.jsonl``); whether the mediation
took place is the clause's own (its modal, its negation: ``relations._brokered_clause``). "Held talks with A and with
B" reaches B where the parser hangs the second "with" on the verb (``rules._repeated_preps``), and "between them"
after a sentence whose main subject named several bodies together is that set (``Resolver._pronoun_set``). Two invented
wire stories, annotated first, are ``data/talks32/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("talks32_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("talks32")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.88, summary.to_dict()
