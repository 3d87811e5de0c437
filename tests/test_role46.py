"""A battery of the project's own sentences (``data/role46_battery.jsonl``; format and checks in ``batteries.py``):
officials named beside their title by a comma.

- "X's president, N," / "X's prime minister, N,": a head of state's title that a name the gazetteer does not know
  owns, set beside a person's name, tells that the name is a state's (``named_head_titles``, read by
  ``resolve._state_context`` through ``resolve._titled_name_beside``); the apposition rule then reads N as its
  head. A name the tagger took for an organisation's ("the Halvar Institute's president, N") is not so read.
- "A government spokesman, N," / "N, a junta spokesman,": a title beside the name whose only owner is a
  government noun (``government_nouns``) is the salient state's government's, as the title before a name reads it
  (``rules.apposition_rule`` through ``rules._organisation``); a rebel's or the opposition's spokesman is not.
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("role46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
