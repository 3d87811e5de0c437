"""A battery of the project's own sentences (``data/w46a_battery.jsonl``; format and checks in ``batteries.py``):
false talks between a regional body and its members. "The forum, which brings together nine states, among them A
and B, met": the parser hangs the named members on the body as an apposition, and a name in apposition with
names coordinated with it was read as more items of a list of parties (``rules._listed_apposition``); names opened
by a partitive or example marker ("among them", "including") are now examples, not items
(``rules._opened_by_marker``). ``talks11:brought-together``'s ``trigger*:among`` now also sees a preposition set
off by a comma right after the trigger's phrase, wherever the parser hangs it (``constructions._prep_hosts``).
A true list of parties ("A, the B, C and D met") is still read.

Also: ``whose-force`` (constructions/row43d.jsonl) reads no leader where a verb of backing the parser took for a
noun modifies the name ("N, whose Quds Force arms X": its ``unless_modified``); and "sanctioned several of the
group's leaders, including its spokesman N" gives the possessive to the counted set's owner, never to the
clause's subject (``rules._including_set_body``), while "several of its own officials, including its spokesman N"
is read as before."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w46a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
