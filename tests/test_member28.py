"""A battery of the project's own sentences (``data/member28_battery.jsonl``; format and checks in ``batteries.py``):
membership in the wording of news copy (``constructions/member28.jsonl``). A person called a senior, leading or key
figure in a named group ("N, a senior figure in X", "N, a key X figure") is one of its members, as is one who served in
it ("N, a veteran of X", "an X veteran": a former member), one who serves its leader ("N, an aide / adviser /
bodyguard to the leader of X", "to X's chief"), one holding a rank or post "with" it ("N, a commander with X"), one who
joined, fought in or rose through its ranks, one who is a member of its team, cell or unit ("N, a member of an X
cell"), and one who heads one of its wings, branches, units or offices now ("N, who heads X's political wing", "head of
the armed wing of X"). A state counted among a body's states, countries or members ("A,
one of the 15 ECOWAS states", "A is among the ten ASEAN members"), called an ally of the kind the body's name modifies
("NATO ally A", "A, a NATO ally") or whose troops a demonym owns serve in a named force ("Nepalese troops serve in
UNIFIL") is one of its members; so is a group counted among a body's factions ("A, one of the SNA's factions").
Not read: a figure in a tribe, a state or a fight; a former figure or aide; a veteran of a war or of talks; an aide to a
state's leader; "an official with close ties to X"; ranks purged or infiltrated; a past "led X's wing until ..."; a
"non-NATO ally"; "one of X's rivals"; troops that no longer serve; a critic of a body; a member of a team that audits a body. A denied part ("X is not part
of Y") stays denied."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("member28_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

test_battery_is_broad = BATTERY.breadth_test("member_of", expect=12, neg=1, absent=10)
