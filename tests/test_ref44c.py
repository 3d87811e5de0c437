"""A battery of the project's own sentences (``data/ref44c_battery.jsonl``; format and checks in ``batteries.py``),
from the census's misses whose stating sentence takes one end up by a definite description ("the mission", "the
group"). Paying a share, or all, of what an intergovernmental mission costs backs it, as funding it does ("A funds
most of the mission's budget", "B has paid for much of the mission": ``ref44c:pays-share-of-mission``); the
description itself is resolved as before. A refusal or a plan to pay states no backing as a fact. A government the
text alone names, which the resolver types as an organisation ("the Government of X", "the Interim Administration of
Y"), named beside an armed group is no rival of "the movement" or "the group" (``Resolver._unambiguous``): its name
says it is a government; a party named beside the group still is one. A name the tagger took for an adjective (or
kept a name) hung on the finite verb just after it ("... in 2024. Kigali denies backing X") is that verb's subject
(``entities._name_read_as_adjective_of_verb``, a per-token repair)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref44c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
