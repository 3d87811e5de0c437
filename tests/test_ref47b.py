"""A battery of the project's own sentences (``data/ref47b_battery.jsonl``; format and checks in ``batteries.py``):
talks refused or denied whose other party the text gives only as a quoted plural label ('Chad says it will not
negotiate with "terrorists"', 'has refused to hold talks with "criminals"', 'ruled out any negotiations with
"extremists"'). The quoted label (words.jsonl ``quoted_enemy_labels``), as what follows 'with' after a verb of
talks or a talk noun in a clause that refuses or denies them (``resolve._refused_talks_party``), is the armed group
the article is about (``resolve.Resolver._labelled_enemy_refs``, by ``_main_armed_group``). Near-misses: two
armed groups named alike (no one), an accusation of talks (not denied), the unquoted maxim ('does not negotiate
with terrorists'), a quoted label outside talks, and the group's own subject clause.

Also a leader in office who refuses or denies talks with a body the clause gives by a description ('On Monday
President N rejected any negotiations with the insurgents', "Niger's president, M, has refused to negotiate with
the jihadists", 'he would not hold talks with the militants'): the refusal is his own as well as his state's, as with a
named body (``relations._leader_refusing_described_body``). Only a plural for rebels (words.jsonl
rebel_description_plurals) read as an armed group: near-misses are talks opened (not refused), two armed groups
before the description (no one), a person who leads nothing (an analyst), "the group" (another body may be named
before) and "its envoys" (his own state's, or another's)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref47b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
