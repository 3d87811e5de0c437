"""A battery of the project's own sentences (``data/member27_battery.jsonl``; format and checks in ``batteries.py``):
membership stated by lists, contributions, seats and titles (``constructions/member27.jsonl``). A list set off by
dashes after a named body ("the X Community -- A, B and C -- said"), a named body in apposition after a list of states
("A, B and C, the so-called X Alliance,") and a named body followed by "of" and a list ("the Quad of A, B, C and D")
name its members. States that supply most of a force's troops ("supply the bulk of the soldiers in X", "most of the
force's troops") or provide troops to a mission a body's name modifies ("provides peacekeepers to the SADC mission"),
that are represented on a body or hold their own seat on it ("used its seat on the Security Council"; not a seat lost
or sought) are its members; so is a unit that forms or makes up part of a body. The states named right after a body's
"member states" or "whose members" ("EU member states A and B", "X, whose members A, B and C ...", "fellow ECOWAS
member A"; after a comma only a list) are its members, and each person named after "two Kenyan soldiers, named as /
identified as ..." is one of that state's forces. A person who speaks for or on behalf of a body is one of its
officials; one merely speaking about it is not. A role noun modified as not (yet) real ("X's future membership of Y",
"a prospective member") states no role (``relations._irrealis``), and a refused or denied leaving ("refused to leave
X", "refused to defect from Y") denies no membership: the leaving readings are dropped, never negated. Observers,
talks, requests for help, applications to join and a speaker quoted about a group state no membership."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("member27_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

test_battery_is_broad = BATTERY.breadth_test("member_of", expect=25, neg=1, absent=15)
