"""A battery of the project's own sentences (``data/own43_battery.jsonl``; format and checks in ``batteries.py``) for
the lead's mends of the forty-third round. A verb "bomb" or "shell" is no projectile: the "in X" of a conjunct verb
with a subject of its own ("A bombed roads, and B shelled a depot in X") is that verb's, not the first one's
(``rules._preps``), while projectiles listed as one object still share their target. A landform named by one capitalised word that the
parser split from its noun ("controls much of the Atakora highlands", the noun made a second object or a verb) is a
place, not an organisation the tagger guessed, so a later "its" is not drawn to it (``Resolver._landform_modifier``).
A verb coordinated with a verb of taking is not the particle of its idioms: "seized X in
March and controls Y" is no "seized control", and X is taken (``rules._idiom_matched``, ``rules._particle_anchor``).
A war noun between two parties reads in the plural as in the singular ("the confrontations
between A and B", "skirmishes between"; ``between_nouns``), and a feared one states nothing.
Two gold edits: such places, which the invented sets' writers did not annotate, are optional there (acc33, wrong28a)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("own43_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
