"""A battery of the project's own sentences (``data/hit48_battery.jsonl``; format and checks in ``batteries.py``):
attacks told as something their target suffered, through a measure of attacks or with the doer hung on the verb
("endured weeks of shelling by A", "repelled a wave of assaults by A", "absorbed a string of air strikes by A and
B"): each doer named attacks the clause's subject. Read by the construction ``hit48:suffered-spell-of-attacks-by``
(``graph/lang/en/constructions/hit48.jsonl``), beside ``attacks:suffered-attack-by``. Near-misses: a feared or
denied spell of attacks, and a measure of something other than attacks ("weeks of criticism"), yield no attack;
the sufferer is never the attacker."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("hit48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
