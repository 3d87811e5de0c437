"""A battery of the project's own sentences (``data/acc46_battery.jsonl``; format and checks in ``batteries.py``):
condemnations the tool missed. An attack told in a clause and summed up at once by an indefinite attack noun
carrying a relative clause of condemnation ("X's jets bombed A, strikes that B condemned", "gunmen of X stormed A,
an assault B denounced") condemn the attack's doer: the construction ``acc46:resumed-attack-condemned``
(``constructions/acc46.jsonl``) reads the noun under the attack verb, or hung beside it on the same head.
A relative clause of another verb ("strikes that B said killed forty") or a denied one states no condemnation.
An accusation followed by a comment of denial set off by a dash ("A has accused B of arming C - a charge B denies")
stands as a comma-set comment leaves it: the parser hangs the accusation on the denial as its complement, and
``relations._charge_subject`` now finds the charge noun after a dash (a spaced hyphen) and where the parser hung it
before the denier (``_charge_set_off_before``), so the accusation is no longer read as denied."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("acc46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
