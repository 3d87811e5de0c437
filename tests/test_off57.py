"""A battery of the project's own sentences (``data/off57_battery.jsonl``; format and checks in ``batteries.py``):
a leader's title whose of-phrase is a state's forces or one of their branches told by common nouns ("N, the
commander of Iran's army", "the head of Uganda's navy") makes him one of the state's officials, as "Iran's army
chief, N" does (``rules._forces_of_phrase``), not the head of the state or of its government; a force told by a
name of its own he leads, and an opposition party's leader is no official of the state.

Also a state that threatens or weighs leaving an intergovernmental body or its force ("Chad threatened to pull
out of the X", "Rwanda threatened to quit the Y", "President N threatened to withdraw Kenyan troops from Z") is in
it now (the construction ``off57:threatened-exit-member``, ``graph/lang/en/constructions/off57.jsonl``,
``exit_threat_verbs``); a place left, a denied threat or a leader's own threat read nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
