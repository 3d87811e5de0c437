"""A battery of the project's own sentences (``data/back50_battery.jsonl``; format and checks in ``batteries.py``):
an offshoot told by its founder's leaving when the body left is not said after "from" but is the owner of the one
who leaves: "X's deputy, N, broke away and formed Y", "a faction of X split off to create Y", "his lieutenant walked
out and founded a rival faction, Y". The construction ``back50:aide-split-to-form`` (``constructions/back50.jsonl``)
reads Y as formerly affiliated with X, the owner read as itself when it is a body and as the body a person is known
to lead otherwise (``object_as: "body_or_led"``, ``constructions._stand_for``). Near-misses: a denied split, an
owner who leads nothing known, an owner that is a state's army or a state.

Second: a sanction or listing coordinated after a finding about armed actors ("the EU concluded that Wagner
fighters had killed civilians and imposed sanctions on N"), which the parser hangs on the finding's "that" clause, is
the finder's act: the parse repair ``entities._sanction_hung_on_finding`` (word classes ``finding_verbs``,
``sanctioning_verbs``, ``wrongdoer_nouns``). Near-misses: the clause's own subject a body that sanctions (a ministry),
a reporting verb that is no finding ("said that")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("back50_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
