"""A battery of the project's own sentences (``data/off52_battery.jsonl``; format and checks in ``batteries.py``):
a definite description of a body named before, told with a participle of leading set off by commas ("the front, led by N,
...", "the battalion, commanded by Major N, ..."). For the participle's own relation the description stands for the
one body of that head noun named before (``Resolver.head_named``, read in ``rules.verb_rule``'s participle branch
for "leads"; ``resolve._set_off_participle``), and a unit noun so resolved is the named formation led, no unnamed
formation of some body (``rules._owned_formation``). The rest of the sentence keeps its reading of the description. Near-misses: two bodies of the head noun named before, a participle with no closing
comma ("the front led by N"), and a description saying more than its head ("the front of the column")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
