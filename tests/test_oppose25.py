"""A battery of the project's own sentences (``data/oppose25_battery.jsonl``; format and checks in
``batteries.py``) for standing hostility (``opposes``), read by ``constructions/oppose25.jsonl``: actors on opposite
sides of a war; a possessor's named rival ("B's arch-rival A") and actors counted among B's enemies; an ally's
owner and the ally against a foe ("A, B's key ally against C"), and the side one fights on against a foe; ousters
helped or fought for ("helped topple B", "fighting to overthrow B") and fights vowed ("vowed to crush B"); ultimatums
backed by force ("told B to disarm or face attack"); a guerrilla or armed war waged in a place (against its state); a
named group's insurgency fought or faced; set nouns that are rivals ("the two countries remain rivals"); wars named by
a hyphenated pair ("the Iran-Iraq war"); enmity or hostility between two actors; an "anti-B" modifier of a named
actor, an apposition hostile or opposed to B, "A is opposed to B"; and enemies declared legitimate targets.
Near-misses: sides of a debate or backed from afar, former, commercial or political rivals, causes and plans
("an ally against hunger", "opposed to the plan"), denied or refused fights and vows, ultimatums of sanctions,
trade wars, insurgencies only studied, and past rivalries ("were once rivals")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("oppose25_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

test_battery_is_broad = BATTERY.breadth_test("opposes", expect=20, absent=12)
