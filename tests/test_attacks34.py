"""A battery of the project's own sentences (``data/attacks34_battery.jsonl``; format and checks in ``batteries.py``):
ways newsrooms state an attack that the engine missed, each mended at its mechanism. A police, border or military
station is its force's thing, reached through to the owner as a base or a post is ("attacked Serbian police
stations": ``force_facility_nouns``, ``rules._force_facility``), a bare station is not ("a Saudi radio station").
Unnamed targets struck across or inside a state attack the state ("bombed targets across Georgia", "struck several
points inside Pakistan": ``state_ground_prepositions``, ``rules._struck_inside_state``), never an owner's things there
("Hezbollah positions across Lebanon"), people there, or a state's own ground. A claim owns the one attack just told
when it is bare ("X claimed responsibility"), dated ("Friday's bombing") or an attack noun with no target of its own
("claimed the ambush"), the attack's place read from where its unnamed object was hit (``discourse._unattributed_claimed``);
two attacks told leave the claim's unclear. An attack verb's prepositional object reaches its owner ("laid siege to
the UN compound"), and an armed group's or a body's compound in a city is theirs, not a facility named after the city.
The invented articles, annotated, are ``data/attacks34/``; their precision and recall are held at what this round
reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("attacks34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("attacks34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.83, summary.to_dict()
