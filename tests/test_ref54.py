"""A battery of the project's own sentences (``data/ref54_battery.jsonl``; format and checks in ``batteries.py``):
reference to an end the sentence does not name.

"Kenya signed a pact with Uganda and Rwanda. The three states condemned X": a numbered set gathered from the most
recent mentions may take a whole list together with the one actor named beside it (the subject whose partners
the list names); it splits no list, so ``Resolver._splits_a_list`` lets it stand. A set that would take one
member of a list and leave another out, or a sentence that names more actors of the kind than the number, still
gives no one."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref54_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
