"""A battery of the project's own sentences (``data/side55_battery.jsonl``; format and checks in ``batteries.py``):
go-betweens of talks told in three shapes the earlier records missed.

A go-between's participle hung on a part of the talks ("two rounds of talks between A and B, mediated by C",
``side55:part-of-talks-between-brokered``): C deals with each party, but not a witness of "rounds of clashes",
nor one who opposed the talks. Talks with B told as a clause's subject under a go-between's part ("talks with B
resumed in P under the auspices of C", ``side55:talks-with-subject-under-auspices``): C deals with B, but not
under pressure from C, and denied talks stay denied. And the envoys of "the two sides" met "between" each other
("hosted meetings between envoys of the two sides", ``resolve.Resolver._envoys_of_sides_between``): the
conflict's two sides, as "between the two sides" reads; "officials from both sides said ..." stays unread."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("side55_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
