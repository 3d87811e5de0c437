"""A battery of the project's own sentences (``data/talk49_battery.jsonl``; format and checks in ``batteries.py``):
a go-between's participle ("mediated by C", "brokered by C", "hosted by C") written after the parties of the talks
or the deal, which the parser does not hang on the event noun: on the second party of "between", coordinated with
another participle ("held in P and mediated by C"), on an event whose own participle carries "between" ("the
ceasefire signed on 9 March between A and B, brokered by C"), or coordinated with the main verb of talks "between"
A and B. (A reading of the party after "talks with" was dropped: it read "did not sign a deal with B, mediated by
C" as C's dealing with B, against talks32's near-miss; its near-misses stay here.) Read by the records of ``constructions/talk49.jsonl``; the near-misses
are participles of other verbs ("condemned by", "rejected by", "funded by"), a war, not talks, and two persons whose
talks were only scheduled. Also the parties' "between" that the parser hung past the participle of told talks or a
deal, on the venue or date it ends with, on the onlooker's verb ("welcomed the talks held in Geneva on Monday
between A and B") or on "the round" of talks: ``entities._parties_hung_on_verb_of_told_talks`` gives it back to the
participle; its near-misses are no talks ("bridges built between", "fighting between" in another clause)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("talk49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
