"""A battery of the project's own sentences (``data/parse47b_battery.jsonl``; format and checks in ``batteries.py``):
an elliptic follower of a designation or a sanction. 'A designated B a terrorist group, and C followed a year later',
'A lists B as a terrorist organisation, and so does C', 'B was sanctioned by A; C has not followed' (denied), and
'C added D to its own / the same list' after a designating verb in the same sentence: the follower does the same act
to the same target (construction records ``parse47b:designation-followed``, ``parse47b:sanction-followed`` and
``parse47b:added-to-same-list`` in ``graph/lang/en/constructions/parse47b.jsonl``, run by the construction engine).
Near-misses: a follower with an object of its own, a list of something else, an addition that is only possible.
Also gratitude for backing: 'C is grateful to A, B and D for their backing of E', 'C expressed its gratitude to A for
its assistance to E' (A backs E), and with no 'of' or 'to' phrase the giver backs the thanker ('C is grateful to A for
its military assistance'), records ``parse47b:grateful-for-backing-of`` and ``parse47b:grateful-for-backing``.
Near-misses: gratitude for mediation or for help in a release, support of talks, gratitude denied, support to a third."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("parse47b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
