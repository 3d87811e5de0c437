"""A battery of the project's own sentences (``data/w54c_battery.jsonl``; format and checks in ``batteries.py``):
a one-word town NER takes for a man or a body, in a slot only a place fills. What armed men enter is a place
("M23 fighters entered Kessa", and the names listed with it: ``entities._entered_by_force``, word class
``place_entering_verbs``), and so is where they are driven out of or pull out of ("the army drove the rebels
out of Varn", "were chased out of Varn", "the militants pulled out of Mornu": ``entities._driven_out_of``, word
class ``driving_out_verbs`` and the verbs of leaving), and so is a town with outskirts or suburbs ("shelled the
outskirts of Kessa": ``entities._place_edge_of``, word class ``place_edge_nouns``), and a town lost to armed
men ("the army lost Kessa to the rebels": ``entities._lost_to_taker``, by the losing verb's frame). A modal or a condition ("could enter", "if they enter",
"may pull out") stays unread, a denial stays denied, a man's compound entered names no man taken, aid workers
entering a town take nothing, and a side pulling its wounded out of a town does not leave it."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w54c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
