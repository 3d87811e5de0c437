"""A battery of the project's own sentences (``data/census41_battery.jsonl``; format and checks in ``batteries.py``)
for families a census of misses across every readable set found recurring (``benchmarks/miss_census.py``,
``benchmarks/miss_census.md``). A group that "broke with" another named group was its offshoot or partner until then
(``census41:broke-with``, former affiliation, as ``split-from`` reads "split from"); a denied break says nothing.
"A accused B of arming C, a charge B has repeatedly denied": with auxiliaries or adverbs before the denial the parser
makes the denial the root and the accusation its complement (denying the accusation); the repair
(``entities._denied_charge_read_as_name``) skips the verb group and roots the accusation again, so B's support of C is
denied and A's accusation stands. Officers, cadets or recruits of a state that a training verb takes ("Turkey trains
Somali officers") are that state's forces (``trained_personnel_nouns``, ``resolve._trained_personnel``); as actors of
other verbs ("sanctioned two Xian officers") they stand for no state."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("census41_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
