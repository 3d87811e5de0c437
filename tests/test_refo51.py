"""A battery of the project's own sentences (``data/refo51_battery.jsonl``; format and checks in ``batteries.py``):
a speaker's report given "in a message / statement / video that ..." whose clause the parser hung on the message noun
as a relative clause ("said in a message that his fighters had withdrawn from X"), so the report had no speaker, its
possessive no owner and the relation was lost. ``entities._report_read_as_relative_of_medium`` (with the word class
``report_medium_nouns``) gives the clause back to the verb of saying; the resolver then reads "his fighters", "the
front" or "the movement" as it does in any report. Near-misses: a denied report stays denied, a description with two
candidate groups resolves to neither, the army's own "it" or the army named in the report is no rebel withdrawal, and
a true relative clause on the message ("a message that his fighters had recorded") reads nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("refo51_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
