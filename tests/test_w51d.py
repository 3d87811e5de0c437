"""A battery of the project's own sentences (``data/w51d_battery.jsonl``; format and checks in ``batteries.py``):
a plural of armed bodies described but not counted ("the holdout rebel groups", "the remaining rebel factions",
"the separatist militias") is a set of several; it was taken for the one group the text told of last, a party
to talks or the target of a sanction it never was. It now resolves to no one (``Resolver._described_body_plural``,
read first in ``Resolver._set_refs``). Near-misses that must still read: a counted pair ("the two countries", "the
two rebel groups"), a singular ("the rebel group") and a body the text called by that very plural ("the Fano
militias")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w51d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
