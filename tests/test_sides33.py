"""A battery of the project's own sentences (``data/sides33_battery.jsonl``; format and checks in ``batteries.py``):
plural sets told by reference whose antecedent is a pair one clause sets against each other, not a pair named
together. "The two" standing alone as a subject, "the two groups" / "both countries" / "the two sides" / "both"
with no set named together, and "the neighbours" or "the rivals" read the two bodies that one clause just before
makes its subject and its object ("Eritrea stopped arming the TPLF, and the two now fight each other"; "A broke with
B in 2018. Since then the two have fought"), in the set's own sentence before it or, where that names no body, the
sentence before (``resolve.Resolver._clause_pair``). Only where that stretch names no third body, neither is a person
or a place, and both are of the set noun's kinds: two competing pairs, a set of three, or "the two countries" for an
armed group give nothing. "Both sides" so resolved feeds the sides constructions as that pair, each with the other
("both sides accused the other"). A brokered deal named by its place ("which brokered the Havana accord") is the
round held there even when the same parties met again elsewhere since (``discourse._brokered``). The invented
articles, annotated, are ``data/sides33/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("sides33_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("sides33")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.76, summary.to_dict()
