"""A battery of the project's own sentences (``data/home34_battery.jsonl``; format and checks in ``batteries.py``):
armed groups' home states. The gazetteer gives some armed groups a ``home`` state (al-Shabaab Somalia, Boko Haram
and ISWAP Nigeria, the TTP Pakistan, M23 the DRC, the Houthis Yemen, the FARC and the ELN Colombia), so that a
definite "the Somali militant group", "the Yemeni group", "the Colombian armed group" after the name is that group
(``Resolver._group_of``, ``_home_description``). Never where the demonym is another state's, where two groups of
that home (or a group whose home no one knows) are named, for "the rival / other ... group", nor for a militia,
fighters or forces (a state's own or a clan's as likely); "the Nigerian troops" stay Nigeria's. The invented
articles (``data/home34/``) are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("home34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("home34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
