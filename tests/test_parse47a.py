"""A battery of the project's own sentences (``data/parse47a_battery.jsonl``; format and checks in ``batteries.py``):
a side that pulls out, with no place named, while another takes "control of" a town, leaves that town ("A took
control of X after B's troops pulled out", "A seized full control of X as B's units withdrew"). The construction
``withdraws:as-the-enemy-took`` read only a taking with the town as its direct object; the record
``parse47a:withdrew-as-other-took-control`` (``graph/lang/en/constructions/parse47a.jsonl``, run by the construction
engine) reads the town after "control of", with the same limits: a leaving that names its own place ("withdrew from
Y"), a taking after "before", a failed taking, and a side that takes give nothing.

It also covers a body's name before "terrorists" ("TTP terrorists", "terrorists belonging to ISWAP"), the word an
army's or a ministry's communique uses for an armed group's men: "terrorists" is now one of the ``group_nouns``
(``graph/lang/en/words.jsonl``), as "jihadists" and "insurgents" are, so the name before it or the body it belongs to
is the actor; a demonym before it ("Somali terrorists") names no state."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("parse47a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
