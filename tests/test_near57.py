"""A battery of the project's own sentences (``data/near57_battery.jsonl``; format and checks in ``batteries.py``):
states listed as members of a body. NER may read two or three unknown names listed with commas and "and" as one
name; where that name is the subject of a plural verb ("of which A, B and C are members", "A and B were founding
members") it names several actors, one each (``entities._agrees_in_plural``, in ``_coordinated_places``), and
the list's first name, which the parser may hang on the "of" of "of which", is the relative clause's subject
(``entities._first_member_read_as_of_object``). An unknown place name said to be a member of a body is a state
(``resolve._said_a_member``): no town is a member of anything. A singular verb ("Marks and Spencer is a member")
keeps one name, a place merely visited by a body's delegation is no member, and a denied membership stays denied.

Also a facility whose first name word NER cut off ("the Djebel Dessou base" read as "Djebel" and "Dessou base"):
a capitalised proper noun after "the", hung on the facility's name, opens it
(``entities._facility_names_cut_after_first_word``); a state the gazetteer knows ("US ... Bagram") is no part of it."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("near57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
