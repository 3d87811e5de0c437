"""A battery of the project's own sentences (``data/row43d_battery.jsonl``; format and checks in ``batteries.py``),
written from the readable sets' failing sentences of ``leads`` and ``located_in`` read alone, each cause mended at
its mechanism.

A place after a locating preposition ("near", "around", "outside", "towards": ``place_prepositions``) followed
at once by "in" and a state or a region named by its kind says where the place lies, wherever the parser hangs that
"in" above it ("camps around Goudoubo in northern Burkina Faso", "the hub of Kessalo in the Varn region";
``rules._second_in``); not a topic's or an origin's preposition ("talks on Darfur in Ethiopia", "refugees from
Darfur in Chad"), nor a container only referred to or set apart ("in the far east of the country", "in neighbouring
Orvania"). A named force or movement whose owner is the relative "whose" is led by the man the clause hangs on
("General N, whose Southern Shield Brigades retook the port": construction ``whose-force``, as "N's army" is by
``possessor``); not a body's own "whose fighters", nor a kinsman's ("whose brother's front").

Of two coordinated titles after a name, an "of" the parser hangs on the first but written after the last names the
last's body too ("N, the late colonel's son and commander of the Kasai
Defence Brigades": ``rules._shared_title_body``); not an "of" written before it ("the son of the party's founder
and a businessman").

A small unit's lower-case kind after its name ("area", "district": ``unit_of_nouns``) takes the whole its "of"
names, as a capitalised kind does ("the Tirah area of Khyber district"; ``rules.place_rule``); not "region", which
papers use of disputed regions ("the Sool region of Somaliland")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("row43d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
