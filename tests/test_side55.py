"""A battery of the project's own sentences (``data/side55_battery.jsonl``; format and checks in ``batteries.py``):
go-betweens of talks told in shapes the earlier records missed.

A go-between's participle hung on a part of the talks ("two rounds of talks between A and B, mediated by C",
``side55:part-of-talks-between-brokered``): C deals with each party, but not a witness of "rounds of clashes",
nor one who opposed the talks. Talks with B told as a clause's subject under a go-between's part ("talks with B
resumed in P under the auspices of C", ``side55:talks-with-subject-under-auspices``): C deals with B, but not
under pressure from C, and denied talks stay denied. A deal agreed "with" B under C's mediation ("A agreed a
ceasefire with B under the mediation of C", "... under Xian mediation"; ``w45d:auspices-with-partner`` and
``tie51:under-demonym-mediation-with-partner`` now take "agree" with the deal as object): C deals with B too,
never under C's pressure or protection.

Known misses: the envoys of "the two sides" met "between" each other ("hosted meetings between envoys of the
two sides"). Read as "between the two sides" is, the sides came out right, but in a readable set the go-between
was a state's president, credited to his state as the project credits "Xian President N hosted talks between A
and B" (two false relations); the reading waits for that go-between to be told apart."""

from __future__ import annotations

from batteries import Battery

# the envoys of "the two sides" met between each other: left unread (see above)
ENVOYS_OF_THE_SIDES = (
    "Armenia and Azerbaijan clashed on the border in May. Russia has hosted sessions between delegates of the two sides.",
    "The Sudanese army has fought the Rapid Support Forces since April. Saudi Arabia hosted talks between "
    "representatives of the two sides in Jeddah.",
    "Hezbollah has fought Israel for decades. Qatar arranged a meeting between officials from both sides in Doha.",
    "Ethiopia's army fought the Tigray People's Liberation Front for two years. South Africa convened talks between "
    "delegations of the two sides in Pretoria.",
)
KNOWN_MISSES = {case for case in Battery.load("side55_battery.jsonl").cases("expect") if case[0] in ENVOYS_OF_THE_SIDES}

BATTERY = Battery.load("side55_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
