"""A battery of the project's own passages (``data/ref44d_battery.jsonl``; format and checks in ``batteries.py``):
definite descriptions that refer back to a body the text introduced by an indefinite description of the same noun.
"A fought a breakaway faction of B, the C. The faction ..." means C: the name set off by a comma right after "a
faction" (however the parser hung it: an apposition, a conjunct or a second object) is called a faction
(``resolve._introduced_by_description``, read by ``Resolver._described_as``), and the one candidate so called is
the description's referent even where it is the nearest (``Resolver._described_by_noun``), not the sentence's
subject. Two bodies introduced by the same noun ("a faction, X, and another faction, Y") leave "the faction"
unresolved (``Resolver._introductions``). "The terrorists", as troops and officials call an armed group, refers back
like "the militants" (``anaphors``, ``anaphor_kinds``): the one group named before, never one of two, nor in a plan."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref44d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
