"""A battery of the project's own sentences (``data/arm47_battery.jsonl``; format and checks in ``batteries.py``):
"arm" as a backing verb the small parser misreads. "X armed Y." with the past read as an adjective of a named root
(the first name its compound, or itself the root with the second its object) is a clause
(``entities._clause_read_as_noun_phrase``, ``_named_root_before_trigger``); "X armed and trained Y" with the past
tagged an adjective yet the root, with an object, is the verb's past, and so is a trigger past coordinated after it
(``entities._past_root_read_as_adjective``); "X trains and arms Y" with the second "-s" verb read as a compound of
the object name is two verbs (``entities._coordinated_verb_read_as_noun``). Denials stay denied, and "armed groups",
"the armed forces of X", "an arms embargo", "X's armed wing", "arms sales ... halted" and "X arms and ammunition"
state no backing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("arm47_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
