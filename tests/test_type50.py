"""A battery of the project's own sentences (``data/type50_battery.jsonl``; format and checks in ``batteries.py``):
armed units that rebels name after a dead commander, written with a lower-case kind ("the Lucia Barrera front",
"the Hernan Duque front"). The tagger reads the commander's name as a person's (or leaves it untagged), so no
construction took the unit as a party; the run and its kind are now one organisation's name, an armed group
(``person_named_unit_nouns``, ``entities._bodies_named_before_kind`` with ``entities._commander_named_unit``).
Near-misses: the kind as a modifier ("the Ramon Ortega front line"), a person "at the front", and a war front named
after a place ("the Upper Vessa front") are not retyped. Also real bodies the gazetteer lacked, whose names the tagger
split at their hyphens or trimmed at an apostrophe ("the Signed-in-Blood Battalion", "the Al-Bara' bin Malik
Brigade"): gazetteer entries with their real aliases (``ontology/actors.jsonl``); near-miss: a person whose name
shares a word with one ("Malik Barra, a brigade commander") is no such body."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("type50_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
