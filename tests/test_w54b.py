"""A battery of the project's own sentences (``data/w54b_battery.jsonl``; format and checks in ``batteries.py``):
a people's adjective with no state or region of its name before a noun of armed men names that people's armed
men as one party, named the same way each time ("Alawite gunmen", "Fulani clans", "Bedouin tribesmen";
``community_band_peoples``, ``people_band_nouns``, ``Resolver._stateless_people``), and a people's word the tagger
read as a person before such a noun is no person (``entities._people_word_read_as_person``). A state's demonym
before a settler noun names that people's settlers, not the state ("Israeli settlers torched X";
``settler_nouns``, ``Resolver._settlers_refs``).

Near-misses: a band noun alone ("the tribes") or after a state's demonym ("Egyptian tribes") is no party, a people
spread over many states ("Arab militias") is a kind of force, not a party, and "X is a Druze militia" describes X
rather than naming another group; "the settlers" alone is left to reference, and settlers a state moves are no
party of their own."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w54b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
