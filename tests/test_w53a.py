"""A battery of the project's own sentences (``data/w53a_battery.jsonl``; format and checks in ``batteries.py``):
an invented state told only by its bare government. A one-word name no gazetteer knows that owns "the government"
with no other modifier ("fought the government of X", "the X government signed a truce") would be a state, whatever NER
took it for (``resolve._government_of_name``, word class ``unqualified_government_heads``), and "the government of
X" then stands for that state (``Resolver._local_state_owner``). Not a name the text gives a person ("President N
X ... the government of X": his), nor one that holds a town's or a province's office ("the mayor of X",
``local_office_titles``), nor a qualified government ("the X provincial government"), nor one the text tells as a region ("the X region's
president", "the autonomous region of X": ``resolve._told_as_region``), nor "Mr X's" name.

Also a one-word name set in apposition to a state's neighbour ("X, a neighbour of Chad", "X, Y's northern
neighbour") would be a state (``resolve._state_neighbour``): a neighbour of a known region or of a town ("a
village") is not, and "Y, the neighbouring country of X" tells Y, not X. The mends are in commit bce3c6c1."""

from __future__ import annotations

import json
from pathlib import Path

from batteries import Battery

# The mends that read these (resolve._government_of_name, Resolver._local_state_owner, resolve._state_neighbour)
# were measured and dropped in round 53: together they cost a sealed line false relations. The stated cases stay
# as known misses for a later round; every near-miss is still asserted.
KNOWN_MISSES = {(line["text"], s, p, o)
                for line in map(json.loads, (Path(__file__).parent / "data" / "w53a_battery.jsonl").read_text().splitlines())
                for s, p, o in line["expect"]}

BATTERY = Battery.load("w53a_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
