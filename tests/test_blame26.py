"""A battery of the project's own sentences (``data/blame26_battery.jsonl``; format and checks in ``batteries.py``):
attacks stated through their event (``constructions/blame26.jsonl``). An attack made in a named place whose doer a
passive or participle names ("the bombing in X was carried out by A", "a raid staged by A in X") attacks the place; so
does one the text says A was behind or responsible for ("A was behind the bombing in X"); an attack led or carried out
by A, however the parse hangs its target ("the assault led by A on X", "the raid on X, which was carried out by A",
"the A-led offensive on X"), an attack by coordinated doers whose target the parse hangs on the last ("a joint
offensive by A and B on X"), a count of attacks ("a wave of strikes by A on X", "A's latest series of raids on X"), an
attack on parts of a place ("on the outskirts of X"), the scene of an attack ("X was the scene of shelling by A") and
an attack called A's work ("the raid on X was the work of A") are A's attacks on X. A projectile fired or launched by
A, and a thing belonging to A, stand for A as the striker ("rockets fired by A hit X"; ``rules.np_refs``). An act a
clause answers or follows ("struck A in retaliation for the raid on B", "after the attack on B") is not that clause's
own attack referred back to (``discourse._attack_described``). A date or manner after "in", a charge, a condemnation,
an inquiry, a wave of arrests, a feared wave and an attack from a place's outskirts state none; a denial is read as
denied."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("blame26_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
