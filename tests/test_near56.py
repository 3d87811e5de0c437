"""A battery of the project's own sentences (``data/near56_battery.jsonl``; format and checks in ``batteries.py``):
a state's army told with the thing struck or the title held, not the state itself.

A demonym right before an army noun that modifies an owned thing ("a Nigerian army base", "a Kenyan military
checkpoint") names that state's army, as "the Nigerian army" does (``rules._named_army_modifier``, read by the
owner reading of an attack): the government that stands for its forces, recorded under the surface form, not
the state. A bare army noun ("attacked army positions") and an army chief's title ("Kenya's army chief, N") go
to the one army the text names for that state ("the Kenya Defence Forces") where it names one
(``Resolver.army_named``, through ``rules._modifier_owner`` and ``rules._army_official``); an army the
gazetteer files as a state's government body counts though its name is not of the state-forces shape ("the
Somali National Army": ``Resolver._gazetteer_army_of``), an armed group named like one ("the Libyan National
Army") does not. Being near a base is no attack on it, and a navy chief leads no army."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("near56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
