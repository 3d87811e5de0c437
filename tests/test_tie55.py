"""A battery of the project's own sentences (``data/tie55_battery.jsonl``; format and checks in ``batteries.py``).

A counted share of a set with its examples ("sanctioned three of its commanders, including N", "froze the assets
of two of the militia's leaders, including its spokesman, N") names the examples, where the parser hangs the
example marker on the count (``rules._counted_examples``); an example that names no one ("including one who
fled to X") gives nothing. Condemning backing goods condemns whoever gave them, named by the giving participle's
"by" or a relative clause's subject ("condemned the drones supplied by A to B", "the weapons that A has shipped");
goods welcomed, or only mentioned inside another condemned act, name no one condemned
(``tie55:condemn-goods-given-by``). A named armed group, or its units or fighters, loyal to a named body is
affiliated with it ("X units loyal to the Y Council"); fighters loyal to a person are not read so
(``tie55:named-units-loyal-to-body``). Listing a body's armed or military wing, by a designating verb or on a
terrorist list kept or added to, designates the body ("proscribed the military wing of X", "keeps X's armed wing
on its terrorist list"); a political wing, or a list of partners, is not read (``tie55:armed-wing-designated``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie55_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
