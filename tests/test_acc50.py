"""A battery of the project's own passages (``data/acc50_battery.jsonl``; format and checks in ``batteries.py``):
accusations whose accuser is the state a story is filed from, named by its own one-word name after the dateline's
city ("LORAN, Tessivar - ...") and again, untagged by NER, as the subject of "accuses". The dateline's word
between its comma and dash is that place's name at its untagged mentions (``entities._dateline_state_words``,
read by ``entities._untagged_namesakes``), and NER's "Tessivar -" (a word and the dash) is no person's full name
that would keep the word a person (``entities._places_read_as_people``). Near-misses: the word inside a longer
name ("Tessivar Petroleum"), a person's name the text tags ("General Piet Ostravar"), a month in a dated dateline
("QUITO, Jan 9 -")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("acc50_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
