"""A battery of the project's own sentences (``data/near53_battery.jsonl``; format and checks in ``batteries.py``):
one end of a relation chosen right where the tool chose a neighbour of it.

Goods given to an armed group named by a description before the goods ("gave the rebels rifles", "denied
sending the militants arms"): the small parser reads the description as a modifier of the goods; the group is
the recipient (``near53:description-before-goods``). A compound of kind ("the army trucks") or a possessive
("the rebels' weapons") names no recipient. Goods pledged, promised or offered "to protect / defend / help X"
back X (``near53:goods-pledged-to-protect``); a bare pledge to protect is an intent, and a refusal to pledge gives
nothing. Places the tagger splits or shortens ("Indian-administered Kashmir", "Dera Ismail Khan") are gazetteer
entries of real places.

A condemnation of "the killings" or "the massacre" with no doer of its own takes up a killing of people told
before ("X gunmen killed 40 farmers", ``discourse._killings``, ``killing_event_verbs``); a killing denied, one by
no actor ("a car bomb killed 12 people") and, for "the attack", any killing (told of those who answer an attack
too) take up nothing.

A place described in apposition by a people's adjective the gazetteer keeps from the states ("X, a Tajik enclave",
``people_state_demonyms``) lies in that people's state, not in a place "Tajik" (``rules._people_demonym_state``);
an "in" of the place noun's own ("an Uzbek town in northern Afghanistan") is read first."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("near53_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
