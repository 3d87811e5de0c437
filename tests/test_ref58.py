"""A battery of the project's own sentences (``data/ref58_battery.jsonl``; format and checks in ``batteries.py``):
a leader's or member's title whose body is told by a reference ("its", "the group's").

Fronted "one of" with a plural title and the person in apposition ("One of its commanders, N, said ...", "One of
the group's leaders, N,") makes N one of the body's members, never its head (``member58:one-of-titles-fronted``
in ``graph/lang/en/constructions/ref58.jsonl``); an "its" with two bodies before it and a "one of" over things
that are no titles read nothing. A title said of a person ("N became its leader", "N has served as the group's commander", "identified N as its
chief") reads its possessor as a reference (``leads58:title-predicate-owned``, below every other reading of the
title, so "A appointed N as its new leader" stays ``leads:appointed-as-leader``'s; "identify" joins the verbs of
``leads:title-predicate`` and ``member:title-predicate``); a denied one stays denied, a deputy's title leads nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref58_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
