"""A battery of the project's own sentences (``data/plc52_battery.jsonl``; format and checks in ``batteries.py``):
states the gazetteer does not know, named by a formal name whose head carries a word of the state's form ("the
Federal Republic of X"). The formal-name cue (``resolve._STATE_NAME``, read by ``Resolver._unknown_states``) took
only a bare head ("the Republic of X"), so the name stayed a place and no construction accepted it as a party; a
form word from ``state_form_modifiers`` may now stand before the head. Near-misses: a self-declared polity ("the
self-declared Federal Republic of X", ``_rival_modified``) and an autonomous republic (no form word of a state)
make no state.

Also one-word places a place noun names by its "of" phrase ("the village of X", "the port of X") where the tagger left
the name unread or read it as a people (not a product: one such gave a false capture in a hypothetical): ``entities._places_read_as_people`` now takes such a name as a
place (``_named_by_place_noun``, ``_named_people``). Near-misses: a people's name after an article ("the
villages of the X herders") and a name after a noun that is no place ("the house of X") stay no place."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("plc52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
