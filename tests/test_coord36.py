"""A battery of the project's own sentences (``data/coord36_battery.jsonl``; format and checks in ``batteries.py``):
a list taken up in a later clause by a quantifier over "them" (coord36). "Each of them", "all of them" and "both
of them" (a subject or an object) are each member of the list named last, in the sentence or the one before in its
paragraph ("A, B and C fought X. Each of them backs Y"; "Z has sanctioned all of them"); "all three of them" and
"both of them" only a list of that size; "any of them" is not read ("could sanction any of them" is hypothetical, and
"said his government would not talk to any of them" is credited by the annotators to the leader, not the government). A list whose later items the parser hung on the first
as an apposition ("the A, the B and the C") keeps its first item. None where a plural noun or another list stands
between (either may be "them"), or where the clause's own subject is in the list (``resolve._quantified_set_refs``,
``resolve._last_list``). The invented articles, annotated, are ``data/coord36/``; their scores are held."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("coord36_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("coord36")
    assert summary.contradictions == 0 and summary.precision >= 0.99 and summary.recall >= 0.63, summary.to_dict()
