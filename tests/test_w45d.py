"""A battery of the project's own sentences (``data/w45d_battery.jsonl``; format and checks in ``batteries.py``):
talks held with a go-between named by "under the auspices / mediation / facilitation / sponsorship of C", where the
party is the one talked or agreed "with" ("A held talks with B under the auspices of C", "A signed a deal with B under
the mediation of C"). ``mediator:auspices`` already gave C the clause's subject A; the construction record
``w45d:auspices-with-partner`` (``graph/lang/en/constructions/w45d.jsonl``) gives C the party B too, whether the
parser hangs "under" on the verb or on the talks noun. Near-misses: "under pressure from C" or "under the
protection of C" is no go-between, talks rejected are no talks, and the clause of one who welcomed the talks
makes that one no party to them."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w45d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
