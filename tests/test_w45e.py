"""A battery of the project's own sentences (``data/w45e_battery.jsonl``; format and checks in ``batteries.py``):
a body "led / commanded / headed by a commander (chief, leader) known as N", where N is a one-word nom de guerre the
tagger reads as a people or a place. ``entities._leader_nom_de_guerre`` (run by the entity repairs) makes such a
word a person when a leader's title (``leader_titles``) is what it is known or called by; the existing readings
("X, led by N", "X is led by N") then read the leadership. A body or a place "known as" the same word (no title
before it) stays what the tagger made of it."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w45e_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
