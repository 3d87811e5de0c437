"""A battery of the project's own sentences (``data/support28_battery.jsonl``; format and checks in ``batteries.py``):
backing cut off, withheld or resumed, and backing in the idioms of news copy. A backing noun that a verb pulls,
withholds, holds back, pauses or puts on hold as its direct object ("pulled its funding for X", "withheld its support
for Y", "X's aid to Y was withheld"), or under a light verb's idiom ("pulled the plug on its aid to X"), is ended:
negated and former, as "halted its support" is (word class ``withholding_verbs``, ``relations._withheld``); "did not
pull its funding" states nothing, "pulled off a raid" ends nothing, and talks put on hold were held. Backing kept or
taken "from" an actor ("withheld weapons from B", "pulled its support from B"), a giving of nothing ("has given B
nothing", "never sent anything to B", "never gave a cent to B") and backing lost by its recipient ("B lost the backing
of A") are denied; "nothing but political support" is no denial. Backing given in idioms: a client state or regime
(not an arms or oil client), a lifeline thrown to an actor, a state's advisers or instructors who accompany, advise or
serve with an actor, intelligence shared with or passed to an actor, the bill footed for an actor, military aid
doubled or increased (not humanitarian aid), and aid restored, reinstated or restarted (``event_carriers``).
Constructions in ``constructions/support28.jsonl``, tested from their records. Aid to refugees, a plan backed and a
call to stop arming an actor state no backing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("support28_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
