"""A battery of the project's own sentences (``data/types35_battery.jsonl``; format and checks in ``batteries.py``):
an actor's type from what the text says of it. A name the gazetteer does not know, typed intergovernmental only by
a head that unions of states and armed movements share ("union", "league", "coalition": ``loose_igo_name_words``),
is an armed group where the text speaks of its armed men ("fighters of the X", "X gunmen") or describes it as
armed at any of its mentions, and nothing speaks of its member states ("the member states of the X"): a vote over
its mentions (``resolve.Resolver._type_loose_heads_by_text``), so "the rebels" can reach it. Mirrored, a name
typed armed only by a head parties share ("front", "movement", "alliance": ``shared_armed_name_words``) is an
organisation where the text describes it as a party ("X, the main opposition party", "X is a political party";
not "a party to the accord", not "is not a party") and nowhere speaks of its fighters, so "the rebels" cannot
reach it. With no word either way the head's type stands; a gazetteer entry's type is never changed. The invented articles themselves,
annotated, are ``data/types35/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("types35_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("types35")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
