"""A battery of the project's own sentences (``data/member25_battery.jsonl``; format and checks in ``batteries.py``):
membership listed and implied (``constructions/member25.jsonl``). A list of two or more states or groups in brackets
right after a named body lists its members ("the Liptako Group (A, B and C)"; a single bracketed name is an acronym or
an alias); several founders named in the passive ("X was founded by A, B and C"; one founder is a patron, not a
member); three or more states an intergovernmental body brings together or unites (a pair, or a meeting's place or
purpose, is a convening: talks, not membership); "X counts A among its members" (not its partners); a state recalling
or pulling its own troops out of a multinational force (a former member; troops taken out of a country are no
membership), the departure, exit or expulsion "of A from X" (a former member), and a membership ended ("ended its
membership of X": a former member, not a denied one, in ``relations``); a demonym's contingent of a force ("UNIFIL's Ghanaian battalion") and a state's own troops in, serving with or sent
to join a named force ("Kenya's contingent in AMISOM"; troops in a country are a posting); a named formation described as a
unit or brigade of a named body ("X, an elite unit of Y"; not a former one); members "of X, including A"; a state
"one of / among the contributors to X" or "a (troop) contributor to X" (not a financial donor); a state an intergovernmental body suspends or readmits
(not aid or talks suspended), or that chairs it or sits on it (a state: a person who chairs leads); the states listed after a body's count of its members ("has three members: A, B and C").
Officers: a demonym before a rank and a name
("Chadian General N"; not a former or retired one), soldiers a demonym names with their names in apposition (not
two coordinated demonyms, which do not say who serves which), and a plural title over a list of names
("two Veltrian officers, Captain N and Major M": each name, in ``rules.apposition_rule``), and an army title in
apposition that names no state ("the army spokesman, Colonel N,"; not a former one) read as the home state's army,
as the title before a name is ("title:home-army"), and a rank held in a state's army named with it ("N, a Malian army
captain,": the army's government, as "a Malian army officer" is read)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("member25_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
