"""A battery of the project's own sentences (``data/w55c_battery.jsonl``; format and checks in ``batteries.py``):
the owner of a possessed title is a body of a kind the title fits. "Its commander", "its founder", "its
secretary-general" belong to an armed group, an army, a mission or a body, never a state (``title_owner_kinds``
in ``words.jsonl``); where the ordinary reading of the possessive finds a state, or cannot choose between a state
and a body, the owner is sought again among the kinds that fit (``Resolver._fitting_title_owner``). Two bodies
that fit equally own nothing; a title a state may hold ("its emir") keeps the state; where nothing else fits,
today's reading stands."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w55c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
