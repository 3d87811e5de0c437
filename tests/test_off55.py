"""A battery of the project's own sentences (``data/off55_battery.jsonl``; format and checks in ``batteries.py``):
shapes of ``leads`` and ``member_of`` read by ``graph/lang/en/constructions/off55.jsonl``.

A former officer or soldier of a named force is a former member of it ("N is a onetime officer of the X Army",
``off55:former-officer-of``), a state's army typed as a government body included; an officer from a place is
none. A person under whose command a body set after its name is described ("X, a militia under the command
of N") leads it (``off55:under-command-appos``); a place under someone's control is not led, and a body no
longer under his command is not read as led.

A body formed by two that joined ("A joined with B to form Z", "A teamed up with B to launch Z") has both as members
(``off55:joined-with-to-form``, ``off55:joiner-with-to-form``); a joining only wanted, or denied, makes none.

The international body a participle of composition follows, misparsed onto the main verb ("... the X (XB), made up
of A, B and C"), has the states it lists as members (``off55:bloc-then-made-up-of``); so do states in apposition
to "the N X countries" (``off55:bloc-states-named``), unless former, candidate or non-members."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off55_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
