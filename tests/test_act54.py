"""A battery of the project's own sentences (``data/act54_battery.jsonl``; format and checks in ``batteries.py``).

A name NER read as a person, a body or a people, listed after a place where only a place stands ("pulled out of
Tessa and Varn", "withdrew from its positions in Dorna and Velka", "pulled back from Bunia and Mahagi"), is a place
(``entities._names_listed_with_places``, ``_listed_with_place``, ``_left_from``); a name the text names as a person
in full, or one opening with a given name, stays a person.

A fight on a side named by a possessive ("A fought on the regime's side against C") sets the fighter against C
(``act54:on-possessor-side-against``, beside oppose25's "on the side of B against C"); a side taken in a vote, or a
fight only weighed, names no foe.
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act54_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
