"""A battery of the project's own sentences (``data/back46_battery.jsonl``; format and checks in ``batteries.py``):
a relative clause whose subject opens with "whose" ("N, whose Taliban movement fought for years, ...", "N, whose
militia attacked at dawn, ...") is no reduced relative, so the person it describes is never read as the object
of its verb (``rules._reduced_relative``: before, an intransitive or misparsed verb there took N as its object,
and "N's own group fights / attacks N" came out). Near-misses that must still hold: a reduced relative without a
relative word ("Goma, the city the M23 took"), and a fronted "whose" object ("N, whose militia Israel fought")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("back46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
