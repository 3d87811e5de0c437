"""A battery of the project's own sentences (``data/session14_battery.jsonl``; format and checks in
``batteries.py``): where places lie -- a town's "in" hung on the verb that attacks or takes it ("shelled Kupiansk
in the Kharkiv region": a region named by its kind, or a state; never a date or an event), a second "in" after the
comma that closes a place's phrase, a plural appositive describing every place listed ("Dolba and Tarik, two towns
in Y"), places NER read as one name ("the towns of Kessa and Mornu") -- sanctions slapped, tightened or extended,
and an embargo or freeze coordinated with another measure; official declarations of a terrorist label
("declared X a terrorist organisation"), a leader's and his state's both."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("session14_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
