"""A battery of the project's own sentences (``data/neg28_battery.jsonl``; format and checks in ``batteries.py``):
denials read in the twenty-eighth round (``constructions/neg28.jsonl``, tested from their records too). An attack its
would-be doer denies, disowns or disavows as an object ("denied the raid on X", "disowned the bombing of X"), distances
itself from, or bears no responsibility for is denied; not an attack another owns ("denied the Syrian strike on X"),
nor a denial of what the attack did (a clause), nor a denial that is itself denied, and a relative clause's denial
leaves the main clause's attack a fact. "No sanctions have been imposed on B by A" denies A's sanctions ("no curfew"
names none). A refusal to sanction or designate is denied where the small parser misreads the verb after "to" ("declined
| to sanction | B" as a preposition and a noun; "declined to designate B a terrorist group" with "designate" an
adjective); a designation without a terror word lists nothing. An alliance disowned or disavowed is denied
("disown", "disavow" and "repudiate" are negating verbs, ``words.jsonl``); talks disowned are no alliance."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("neg28_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
