"""A battery of the project's own sentences (``data/w49a_battery.jsonl``; format and checks in ``batteries.py``):
a nickname given after a named person's apposition ("N, a former officer nicknamed The Hawk, who leads X"). The
tagger types the nickname as a person of its own, and the relative clause after it made the nickname lead the
body; a nickname typed as a person, given to a noun set in apposition to a named person, now hands the clause to
that person (``resolve.Resolver.relative_antecedents``, ``Resolver._nickname_of_named_person``). Near-misses: a
nickname that is the only name given ("a commander known as Abu T, who leads X") still leads; a body known by an
acronym keeps its own clause."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w49a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
