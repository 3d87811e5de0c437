"""A battery of the project's own sentences (``data/ent44_battery.jsonl``; format and checks in ``batteries.py``):
ends of relations the tool never produced as actors under the name a reader gives them. A place or body the text
names with its kind in lower case ("the Korvat crossing", "Bunia prison", "the Haftanin region") is taken by the
tagger as the bare name; the actor now carries both names (``name_kind_nouns``, ``relations._names_with_their_kind``),
and one named with its kind also carries the bare name. A person is never named so."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ent44_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
