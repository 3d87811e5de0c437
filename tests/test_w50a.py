"""A battery of the project's own sentences (``data/w50a_battery.jsonl``; format and checks in ``batteries.py``):
the withdrawal read off 'A drove / chased / expelled / ousted / flushed B from X' and its passive
(construction ``withdraws:driven-from`` in ``graph/lang/en/constructions/combat.jsonl``). Only an armed party
driven withdraws: a name the gazetteer types as an armed group or a state, or a noun of fighters, troops or rebels;
diplomats, envoys or traders expelled from a city withdraw no forces. A denied drive ('did not oust B from X',
'B was not expelled from X') says nothing of B's withdrawal and reads nothing (``unless_negated``), neither a
fact nor a denial. Stated drives, active and passive, still read."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w50a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
