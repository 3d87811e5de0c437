"""A battery of the project's own sentences (``data/hostile34_battery.jsonl``; format and checks in ``batteries.py``):
opposes -- fighting, wars and standing hostility -- stated in shapes the engine missed on held-out text, each read at
its mechanism (``constructions/hostile34.jsonl``, ``rules._armed_remnants_of``). The states whose interests, bases or
forces (named by demonyms, one or several coordinated) a subject declares "legitimate targets" are its foes; two
people (or bodies) who fought on opposite sides of a war oppose each other; the partner or ally a subject backs or
arms "as its partner against" a foe stands against that foe; "against (the) remnants of X" is against X, an armed
body; the body a leader leads through or into a war against a foe opposes it, past spans such as "three decades of";
and a body that began or was formed as one opposed or hostile to a foe, or that leads the camp opposed to it, opposes
it; and "X fights a rival, Y," with the name the parser hangs on the verb is Y. Threats, denials and a former or
potential partner state nothing. The invented articles, annotated before the tool read them, are ``data/hostile34/``;
their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("hostile34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("hostile34")
    assert summary.contradictions == 0 and summary.precision >= 0.88 and summary.recall >= 0.66, summary.to_dict()
