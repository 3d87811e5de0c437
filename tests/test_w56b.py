"""A battery of the project's own sentences (``data/w56b_battery.jsonl``; format and checks in ``batteries.py``):
whose is a possessive.

"His government" and "her government" after a leadership a construction reads ("N, elected as president of X",
"X, whose president, N, ...", "power seized in X under N"): X's. The constructions' leaderships are read ahead of
the rules (``ConstructionMatcher.leaderships``, ``relations._note_led_states`` inside
``Resolver.reading_ahead``), noting the state a named person leads; a denied or hoped-for leadership notes none,
and two persons named leave "his" open.

"Its fighters", "their commanders" as what a verb of judging takes ("accused its fighters of ...", "sanctioned
three of its commanders"): not the judge's own where the judge is a body that owns no force, or where it lists or
sanctions them (``resolve._judged_force``, ``Resolver._judges_of_force``); past the judge, the one armed actor
named lately, and no one where another armed actor competes (``Resolver._armed_rival``). A state or an army may
condemn its own men: left to the ordinary reading."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w56b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
