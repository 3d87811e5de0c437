"""A battery of the project's own sentences (``data/w51c_battery.jsonl``; format and checks in ``batteries.py``):
places in lists and in named units. A place described in apposition as a town or village "in the X zone" (or "in the
X division", only as the object of "in" and with no owner: an army's division is no place) lies in X: the noun of
the unit's kind names the place before it (``named_unit_nouns``, ``located_unit_nouns``, ``resolve._named_unit_noun``
in ``Resolver.refs``), kept out of the place and region nouns so that a bare "the zone" is no place anaphor. In a
list "A in the X province and B in the Y district", the parse hangs B and its "in" on the first unit's noun (or the
verb): that "in" places B (``rules._listed_after_unit``), never X (``rules._in_of_listed_name``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w51c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
