"""A battery of the project's own sentences (``data/prec58_battery.jsonl``; format and checks in ``batteries.py``):
false readings guarded in the fifty-eighth round.

Parties said to agree or meet only rarely ("A and B rarely agree on anything", "seldom met") are judged, not told
to have dealt: ``agreement:coordinated`` is not read under an adverb of the class ``habit_negators`` on its trigger
(``relations._habit_all_but_denied``); a
meeting or an agreement told as done is still read.

An act told by a noun that is the passive subject of a denying verb ("the reported capture of X by Y was denied")
is disputed, not stated, as in the active "Z denied the capture of X by Y" (``rules.noun_rule``); a denial itself
denied ("was not denied") or a confirmation leaves the act read.

A journalist's title owned by someone ("our UN correspondent, N") names his employer by its owner; a body named
with the title is his beat (``rules._press_employers``, and the same reading in the title before a name); "the
BBC's Africa correspondent" and "a Reuters correspondent" still serve their outlets.

Two forces of one state by the gazetteer ("the US Army and the US Marine Corps launched a joint operation") are one
side working together, no alliance: ``ties24:joint-operation-pair`` carries ``apart_states``
(``constructions._forces_of_one_state``); forces of two states, or a state's army and a foreign-backed group, stay
allies."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec58_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
