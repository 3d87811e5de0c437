"""A battery of the project's own sentences (``data/back49_battery.jsonl``; format and checks in ``batteries.py``):
affiliations the tool missed where the body left is a pronoun ("Y split from it", "Y had broken away from it"). A
pronoun brought by the preposition of a verb of parting from a body (``parting_frames`` in words.jsonl) is another
body, never the clause's own subject (which would say "itself"): the resolver reads it past that subject
(``resolve._parting_object`` in ``Resolver._antecedent_in_text``). Near-misses: a pronoun with two bodies before it
(a plural pair), and one that stands for a thing (a convoy) with only a place named."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("back49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
