"""A battery of the project's own sentences (``data/parse47a_battery.jsonl``; format and checks in ``batteries.py``):
a side that pulls out, with no place named, while another takes "control of" a town, leaves that town ("A took
control of X after B's troops pulled out", "A seized full control of X as B's units withdrew"). The construction
``withdraws:as-the-enemy-took`` read only a taking with the town as its direct object; the record
``parse47a:withdrew-as-other-took-control`` (``graph/lang/en/constructions/parse47a.jsonl``, run by the construction
engine) reads the town after "control of", with the same limits: a leaving that names its own place ("withdrew from
Y"), a taking after "before", a failed taking, and a side that takes give nothing. The same idiom was missed by the reading of a bare withdrawal after a taking
("took control of X before withdrawing", "seized control of X but withdrew two days later"): ``rules._place_just_taken``
now takes the place after "of" where the taking verb's object is its frame's idiom noun ("control"), whether the parser
hangs "of X" on the noun or on the verb; another side's later withdrawal leaves nothing for the taker."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("parse47a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
