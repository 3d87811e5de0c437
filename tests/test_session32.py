"""A battery of the project's own sentences (``data/session32_battery.jsonl``; format and checks in ``batteries.py``): a
title told through a description ("the junta's leader N") is no guess at a state the sentence names elsewhere ("visited
Moscow") when the gazetteer places N in another state (``rules._states_differ``); told after the state it belongs to,
it is read. A word the gazetteer does not know and the tagger takes for a person, a body or a people before "town of"
is no region. The infinitive of a passive verb of report or belief ("X is believed to arm Y") is the act reported, not
a purpose (``relations._raising``), as "is believed to back Y" already was. Officials or leaders "in" a capital are
its government's unless an owner says whose they are ("the group's leaders in Beirut")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session32_battery.jsonl", set())
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
