"""A battery of the project's own sentences (``data/denier45_battery.jsonl``; format and checks in ``batteries.py``):
an accusation followed by "a charge the Xian foreign ministry has denied". The parser may hang the demonym on the
ministry as an ``nmod``; the denier's phrase then opens at its article (``entities._denier_phrase_start``), so the
denial negates the charge, never the accusation itself (a polarity flip before)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("denier45_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
