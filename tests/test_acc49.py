"""A battery of the project's own sentences (``data/acc49_battery.jsonl``; format and checks in ``batteries.py``):
condemnations (accusations, blame, criticism) the tool missed because their speaker is a body's own deciding organ
(acc49). "The ELN's central command accused X", "the front's council blamed Y", "Hamas's political bureau
criticised Z", "the group's shura council accused W": an organ noun (``body_organ_nouns``) possessed by a party, an
armed group or a state speaks for its owner (``resolve.Resolver._body_organ_refs``), and the verb's own reading
(active, denied) is kept. Not a place's council ("Goma's town council"), not a description with two candidates
("the country's security council" after two states), and not an intergovernmental body's sanctions committee,
whose listing is no designation by the body."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("acc49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
