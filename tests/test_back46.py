"""A battery of the project's own sentences (``data/back46_battery.jsonl``; format and checks in ``batteries.py``):
hostility read from an outcome won against an actor. "A pushed / forced / chased B out of X" drives an enemy from
ground, as "drove B out of X" does; "A overthrew / toppled / ousted / deposed B" removes a ruler or a government.
Both are trigger records of ``graph/lang/en/triggers.jsonl`` (the verb rule reads them: a particle "out" for the
first; only actors as the one removed, and no state's own government as the remover, for the second), and the
ouster verbs join ``outcome_hostility_verbs``, so a denied outcome ("did not topple N", "never pushed B out")
says nothing of the hostility. Near-misses: rents pushing a shop out, a statue toppled, a firm's chairman
ousted, a coup by a state's own army."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("back46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
