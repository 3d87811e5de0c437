"""A battery of the project's own sentences (``data/ref54_battery.jsonl``; format and checks in ``batteries.py``):
reference to an end the sentence does not name.

"Kenya signed a pact with Uganda and Rwanda. The three states condemned X": a numbered set gathered from the most
recent mentions may take a whole list together with the one actor named beside it (the subject whose partners
the list names); it splits no list, so ``Resolver._splits_a_list`` lets it stand. A set that would take one
member of a list and leave another out, an actor beside the list that is no clause's subject ("expelled French
advisers and, with A and B, formed ..."), or a sentence that names more actors of the kind than the number, still
gives no one.

"A and B ... The EU placed both under sanctions", "designated both as terrorist organisations", "condemned both for
the killings": a pair pronoun the parser hung on the preposition after the verb is the verb's object
(``entities._pair_pronoun_read_as_modifier``); a "both" that pairs what follows ("fought both in A and in B",
"both before and after the truce") is left as it was.

"X accused Y of arming Z and of sheltering W. Y denies both": "both" standing alone as a denial's object is the
charges just made against the denier (``discourse._denies_a_charge``, word class ``denied_charge_pronouns``), as
"denies the charges" is; a "both" denied by anyone else, or after no accusation, denies nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref54_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
