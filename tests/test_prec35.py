"""A battery of the project's own sentences (``data/prec35_battery.jsonl``; format and checks in ``batteries.py``):
false readings the first wave of session 35 noticed, each mended at its mechanism. A name set aside ("A rather than
B", "A instead of B", "A, not B") takes no part in its clause's predicate (``rules.np_refs`` with
``resolve._set_aside``). A title with a possessive pronoun in an "including" list of a plural noun of persons ("froze
the assets of four Wagner commanders, including its founder, N") is the set's body's, not the clause subject's
(``rules._including_set_body``). A minister's title with its own "of X" after the name says whose minister he is: the
government of X where the text knows X as a state, else none -- never the state of the venue nor the article's
(``title:portfolio-of``). Bare "X-backed authorities" are those X keeps in power, whom the text leaves unnamed: no
state's government read from the context (``rules.compound_adjective_rule``). The invented articles, annotated, are
``data/prec35/``; their precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("prec35_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("prec35")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
