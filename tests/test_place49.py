"""A battery of the project's own sentences (``data/place49_battery.jsonl``; format and checks in ``batteries.py``):
a taking told by its noun with the taker's "by" before the place's "of" ("the seizure by A of the town of X", "the
conquest by A of X"). The parser hangs the "of" on the taker's name, which as a closed name takes none, and often hangs
the "by" on the verb the noun is the object of, or on the verb of the noun's own preposition; the construction
``place49:seizure-by-of`` (``graph/lang/en/constructions/place49.jsonl``) reads the taker and the place there, with a
short name the text gave the taker before ("the Movement") as the taker too. An attempted or planned seizure, people
seized, and a bare force's noun that a longer name goes on with ("the Army of Kessa") are none."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("place49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
