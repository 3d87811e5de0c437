"""A battery of the project's own sentences (``data/w50d_battery.jsonl``; format and checks in ``batteries.py``):
unfamiliar places in a list "A in the B region, C in the D district, and E", where the tagger typed a lone name
before "in the <place> <unit kind>" as an organisation or a person, or left it unread, so no place construction
took it. The name is now a place (``entities._places_in_named_units``, reading ``unit_kind_nouns``) and lies in the
unit. Near-misses: a name after a title or typed as a person elsewhere ("Minister N ... N in the X region"), a
body's longer name ("the Red Cross in the X region"), a force noun ("troops in the X region"), and the subject of
a verb of speech."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w50d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
