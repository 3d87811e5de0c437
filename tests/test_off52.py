"""A battery of the project's own sentences (``data/off52_battery.jsonl``; format and checks in ``batteries.py``):
a definite description of a body named before, told with a participle set off by commas ("the front, led by N,
...", "the battalion, commanded by Major N, ...", "the council, backed by X, ..."). The description stands for
the one body of that head noun named before (``resolve._set_off_participle`` in ``Resolver._head_named``), and a
unit noun so resolved is the named formation led, no unnamed formation of some body (``Resolver.head_named`` in
``rules._owned_formation``). Near-misses: two bodies of the head noun named before, a participle with no closing
comma ("the front led by N"), and a description saying more than its head ("the front of the column")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
