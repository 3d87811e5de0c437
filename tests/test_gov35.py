"""A battery of the project's own sentences (``data/gov35_battery.jsonl``; format and checks in ``batteries.py``):
governments and states told by a description. A serving title that names its state by name or demonym, in
apposition or before the name ("Kestria's defence minister, N", "N, Norway's ambassador", "Chadian Defence Minister
N", "Chad's president, N": ``state_serving_titles``, ``head_of_state_titles``), tells whose government his later "his government" and whose country "her country" is
(``Resolver.served_state``); a former title, a hedge or two candidate speakers leave it open. "The neighbouring
state / country / nation of X" is X where X is a state (``Resolver._state_described_of_name``: "state" only with a
``sovereign_state_modifiers`` word, never "the northern state of X"). The "-ish" demonym of an unknown "-land" name
names it ("the Tarnish government": ``resolve._land_demonym``). "State television", "the state broadcaster" with no
owner are the government's voice where the text has told one state only before them (``Resolver._bare_state_medium``).
The invented articles themselves, annotated, are
``data/gov35/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("gov35_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("gov35")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
