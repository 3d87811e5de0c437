"""A battery of the project's own sentences (``data/w50b_battery.jsonl``; format and checks in ``batteries.py``):
false relations around talks. A participle of holding that describes a gathering ("two rounds of negotiations
between A and B, held in C and mediated by D") tells where the gathering took place: it is no capture, even where
the parser hangs the participle on the last party named after 'between' (``held_event_nouns``,
``rules._held_event``, read by ``rules.verb_rule``). Near-misses: a town held by a force, a finite hold of a town,
a mediator of talks between two parties, and a party named with a description of its own still read."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w50b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
