"""A battery of the project's own sentences (``data/off56_battery.jsonl``; format and checks in ``batteries.py``):
a military rank whose compound names the force it is held in is membership of that force, in apposition ("N, a
former PKK captain,", "N, a KDF colonel,"; ``rules._named_force_rank``) or before the name ("KDF Colonel N",
"Ex-FARC sergeant N"; the title rule, ``rules._named_force``); "former" dates it. A demonym before a rank names no
force (the state reading stays member25's), and a force that fought or ambushed a colonel has no member in him."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
