"""A battery of the project's own sentences (``data/places25_battery.jsonl``; format and checks in
``batteries.py``): places inside places, and attacks on the place where a strike or raid happened
(``constructions/places25.jsonl``). A place named before a lower-case designator or landform noun lies in what its
"of" names ("the X district of Y", "the X valley of Y province", "the A and B counties of Y"; a singular "region"
or "state" is left out), and "X district in Y province" lies in Y whether the parser hangs the "in" on the
designator or on the verb. "X, the provincial capital" / "the state capital" lies in the one province or state
named with that noun in its sentence or the one before (two such: neither). "Its port / town of X" lies in the
place or state "its" refers to (never in an actor). Every capitalised word NER left unread before a region's noun is
part of its name ("the Dand Patan district" is Dand Patan, not Patan); a name before a region's or landform's noun is a
place ("the Kurram valley"). A strike or raid on unnamed sites near a town (struck_ground_nouns, striking_verbs)
attacks the town; an attack, clash or looting near it, or a strike on people near it, does not; and "the massacre
that A committed in X" attacks X. Talks, flight and routes name no target and no containment."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("places25_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

test_battery_is_broad = BATTERY.breadth_test("located_in", expect=12, absent=5)
test_attack_battery_is_broad = BATTERY.breadth_test("attacks", expect=8, absent=6)
