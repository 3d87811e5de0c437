"""A battery of the project's own sentences (``data/wrong31d_battery.jsonl``; format and checks in ``batteries.py``):
wrong readings found in invented news articles about Ukraine and Russia, Belarus, Georgia and the Baltic states, read
end to end (``data/wrong31d/``), each mended at its mechanism. A recipient after a preposition with "neither"
("supplies weapons to neither country", "sold drones to neither state") denies the supply, as "arms neither country"
did (``relations._neither``); a sentence opened by "Nor" with its subject after the auxiliary ("Nor has Minsk ever
criticised the Kremlin") denies its verb, as a coordinated "nor" did (``relations._nor_negated``). A conflict
between others that a to-infinitive of purpose would provoke ("launched the drones to provoke a clash between A and
B") is an aim, not an outcome (``provoking_verbs``). Thanks for a bare "help" name no backing (a broker is thanked for
its help in a swap; ``supports:thanked-for``). A formation noun in apposition to its own name ("the X Regiment, a
volunteer unit commanded by N") is the body N leads, not an unnamed unit of another (``rules._named_formation``). The invented
articles themselves, annotated, are ``data/wrong31d/``; their precision and recall are held at or above what this
round reached, with no contradiction."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("wrong31d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("wrong31d")
    assert summary.contradictions == 0 and summary.precision >= 0.95 and summary.recall >= 0.70, summary.to_dict()
