"""A battery of the project's own sentences (``data/tie56_battery.jsonl``; format and checks in ``batteries.py``):
backing told by a passive list of participles whose middle link the tagger reads as an adjective ("X is sheltered,
armed and funded by Y", "hosted, armed, paid and protected by Y"). Such a link (``adjectival_participles``)
carries the list's passive subject on to the participle that holds the "by" phrase (``rules._coordinated_passive``,
``rules._list_participle``); a participle before it borrows that "by" phrase only where both state one relation
(``rules._agent_holder``): "sheltered, armed and loathed by Y" tells nothing of Y's backing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
