"""A battery of the project's own sentences (``data/w57f_battery.jsonl``; format and checks in ``batteries.py``):
demonyms coordinated by "and" before a construction's noun ("under French and German mediation", "received
Algerian and Libyan rifles", "rose against Pakistani and Iranian rule"). Each demonym of the pair gets the relation
its head noun gives one demonym alone (``constructions._coordinated_demonym_states``, read by every ``demonym:``
argument of a construction but one of place). Not a pair joined by "or" or set apart by "but not", nor one where
a word is no state's demonym (a language, a people), nor where the other end was itself read as one of the pair's
states ("the junta took delivery of Chinese and Serbian drones": ``constructions._joined_demonyms_apart``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w57f_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
