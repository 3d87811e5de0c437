"""A battery of the project's own sentences (``data/row43f_battery.jsonl``; format and checks in ``batteries.py``),
written from the readable sets' condemns, designates and sanctions misses that stay missed when their sentence is
read alone, each mended at its mechanism. An object pronoun in a clause coordinated with one that repeats its act
of designating takes that clause's designated, which the parser may make a dative beside the kind ("A designated
X a terrorist group, and B proscribed it": ``Resolver._parallel_object``). For the accused of a verb of accusing,
a capital that only says where something is ("an office in Baghdad") is a place, not the state it may stand for,
and no rival to the actor named before it (``Resolver._placed_only``). "Elements of X" are X's forces, as "fighters of X"
are (``force_nouns``: "condemned the attack carried out on 3 June by elements of the X"); and a numbered unit's name
is the unit's own, without the demonym and article NER may take into it, with the ordinal NER may leave out ("the
Ethiopian 24th Mechanized Division": ``entities._numbered_unit_after_demonym``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("row43f_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
