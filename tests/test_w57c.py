"""A battery of the project's own sentences (``data/w57c_battery.jsonl``; format and checks in ``batteries.py``):
blocs and their members told by reference. Founders told by a count ("the three countries, which founded X") or
founders named together whose bloc is a pronoun for one named before ("A and B, which founded it") are its members
(``w57c:set-founders-relative``); a bloc's name owned by "their" is the bloc of the states named together last
(``w57c:their-bloc``, ``Resolver._bloc_owner_refs``). A count that stands for no set, a pronoun for another kind
of body, a denied founding, "their" for one state alone, a name that only modifies another noun ("their NATO
partners") and a bloc the states leave ("quit their X": a former membership, never a denied one) yield nothing
new."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w57c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
