"""A battery of the project's own sentences (``data/census41_battery.jsonl``; format and checks in ``batteries.py``)
for the families a census of misses across every readable set found recurring (``benchmarks/miss_census.py``,
``benchmarks/miss_census.md``). A group that "broke with" another named group was its offshoot or partner until then
(``census41:broke-with``, former affiliation, as ``split-from`` reads "split from"); a denied break says nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("census41_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
