"""A battery of the project's own sentences (``data/fresh40d_battery.jsonl``; format and checks in ``batteries.py``):
readings mended from five invented articles about the Americas' armed conflicts (``data/fresh40d/``), in the styles
of wire copy, a press release, an explainer with bullets and an analysis. "Either gang", "either cartel", "either
faction" mean each of the two such bodies named last (``pair_set_nouns``). "These attacks", "those strikes" take up
the attack told before as "the attack" does (``event_determiners``, ``discourse._definite_event``). A government
noun in a minister's title ("Cabinet Secretary N") names no state: his is the portfolio reading's, not the salient
state's government (``rules.title_rule``). "Since then X, a faction of Y, has fought Z": the subject the parser hung
on the opening "since then" is the clause's (``point_in_time_adverbs``, ``entities._subject_read_into_time_opening``).
A bare minister's or army title ("Interior Minister N said") belongs to the state the story is filed from where
no state dominates but the first dateline's is the salient one, unless the title's sentence names another state
outside his own clause (``rules._title_home``, ``Resolver.home_state``). "A, a militia formed to resist B", "A was
created to fight B": a body founded to fight a foe opposes it (``fresh40d:body-formed-to-fight``). "The United
Nations human rights office" is the OHCHR (gazetteer alias).
The invented articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh40d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh40d")
    assert summary.contradictions == 0 and summary.precision >= 0.96 and summary.recall >= 0.62, summary.to_dict()
