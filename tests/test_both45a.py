"""A battery of the project's own sentences (``data/both45a_battery.jsonl``; format and checks in ``batteries.py``):
relations whose stating sentence names both ends, missed for want of a construction.

- Named places listed before a plural unit noun with "of" ("the A and B local government areas of C", "A and B
  LGAs of C", "the A and B districts of C") each lie in C, also where the parser heads the list with the first
  name and hangs the plural noun on it as a conjunct: the construction ``both45a:names-and-units-of``
  (``graph/lang/en/constructions/both45a.jsonl``), beside ``places25:designated-of``.
- Strikes on unnamed sites the striker names ("struck what the army called militant camps in X and Y", "bombed
  what officials said were rebel bases in X") attack the place the sites are in, as "struck targets in X" does:
  the construction ``both45a:what-it-called-sites-in``. A place near them, a place the speakers are in, and a
  landform are not read, nor a unit named in the singular around sites told to lie near a town.
- "attacked villages in the A and B districts of C" under the parse that makes the plural noun the first name's
  conjunct and hangs B on it: the noun stands for B in the list (``rules._unit_plural_name``, called by
  ``_with_conjuncts``; the nouns are the word class ``listed_unit_plurals``), so B is attacked as A is.
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("both45a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
