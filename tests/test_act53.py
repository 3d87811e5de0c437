"""A battery of the project's own sentences (``data/act53_battery.jsonl``; format and checks in ``batteries.py``):
where a place lies, told in four shapes the place rule missed.

A unit named with its kind in lower case after a possessive ("X, in Borno's Mobbar local government area"): the
possessive belongs to the kind phrase, not the unit's name, so the unit lies in the possessor
(``rules._possessed_kind_phrase``) and the place before the comma lies in the unit (``rules._place_refs`` reads the
name hung on its kind phrase). A possessor that is a person places nothing.

A town taken, struck or met near, followed by "in" and a region the gazetteer knows by name though the name holds
no kind's noun ("retook Kalehe in South Kivu", "near Mubi in Adamawa"): the town lies in the region
(``rules._known_region``). A town the "in" names ("struck Kessa in Pellor") may be a list, and stays unread; a
force's "in" ("attacked the army in North Kivu") places no state; nor does a region named after a list's last
member, or one conjoined to a date.

A list of names the parser made the verb's object, then a counted plural of settlements after a comma ("attacked
Kessa and Mornu, two towns in Velia"), which it read as a second object or a loose dependent: the count is the
list's apposition (``entities._count_of_places_read_as_second_object``), so each place lies in Velia; a count of
weeks or of people describes no place.

A definite plural kind noun named by a place or a state's demonym before the "of" that lists its places ("the
Tigray towns of A and B", "the Zambian towns of A and B"): each lies there (``rules._named_kind_owner``); not a
people's adjective ("the Kurdish towns of"), nor a held or bordering kind."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act53_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
