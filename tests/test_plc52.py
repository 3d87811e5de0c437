"""A battery of the project's own sentences (``data/plc52_battery.jsonl``; format and checks in ``batteries.py``):
states the gazetteer does not know, named by a formal name whose head carries a word of the state's form ("the
Federal Republic of X"). The formal-name cue (``resolve._STATE_NAME``, read by ``Resolver._unknown_states``) took
only a bare head ("the Republic of X"), so the name stayed a place and no construction accepted it as a party; a
form word from ``state_form_modifiers`` may now stand before the head. Near-misses: a self-declared polity ("the
self-declared Federal Republic of X", ``_rival_modified``) and an autonomous republic (no form word of a state)
make no state."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("plc52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
