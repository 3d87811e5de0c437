"""A battery of the project's own sentences (``data/typ55_battery.jsonl``; format and checks in ``batteries.py``):
a rebel front numbered in figures is a unit's name, number and all, whether its head is written "Front" or
"front" ("clashed with the 18th front", "the EMC's 36th Front"): NER reads the number apart as an ordinal and
the head alone, or nothing (``entities._numbered_fronts``; the resolver takes such a name without a capital).
A lower-case head that modifies a noun names no unit ("the 2nd front line", "the 3rd front gate").

Also a front named after a commander whose given name NER does not know ("the Jaime Rendon front", "the Oscar
Vela front"): more Latin American given names (``given_names``) let ``entities._commander_named_unit`` read
it; a front line named so ("along the X front line") and a place's war front ("the Upper Vessa front") stay
no unit.

Also a unit with a lower-case head described as a unit of a named body ("the 29th front, a unit of Y") is one of
its members: ``member25:unit-of-appos`` takes a noun NER names as the unit, not only a proper noun."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES = {  # (a unit's apposition on a possessed noun's "of" object is left unread)
    ("Fighters of the 52nd front, a unit of the dissident Estado Mayor Central, regrouped near Guaviare.",
     "52nd front", "member_of", "Estado Mayor Central"),
}

BATTERY = Battery.load("typ55_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
