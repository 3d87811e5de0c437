"""A battery of the project's own sentences (``data/act56_battery.jsonl``; format and checks in ``batteries.py``):

- a place said to lie in a part of another by its bearing ("X lies in the west of Y", "X sits in Y's far north")
  lies in the part's owner: ``act56:lies-in-bearing-of``; a bare "in the south" or a part of no place names none;
- a "both" phrase after a list of places ("X and Y, both (located) in Z") places each of them:
  ``act56:both-in-after-list``; "envoys from A and B, both in talks" places nothing;
- a landform named with its kind ("the Aberdare Mountains of Kenya") lies in what its "of" names
  (``rules.place_rule``, as "the X region of Y"); an "of" that names no place places it nowhere;
- a single outpost or checkpoint left, or a post pulled "out of", is a place left (``withdraws:from-positions-in``,
  ``withdraws:abandoned-positions-in``); a minister leaving his post leaves no town.
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
