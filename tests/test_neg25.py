"""A battery of the project's own sentences (``data/neg25_battery.jsonl``; format and checks in ``batteries.py``):
relations the text denies are kept as denied, and never stated. A role with "no" whose event phrase the parser
hangs on the verb ("X took no part | in the raid on Y", "played no role | in the offensive against Z") denies the
attack, where it was read as a fact. A charge's gerund is the act of who rejects it ("rejected accusations of
arming X", "dismissed allegations of supplying tanks to Y": denied; "faces allegations of ..." states nothing),
and a third party's denial of another's support ("Y denied X's support for Z") leaves that support unstated.
Denied alliances (``constructions/neg25.jsonl``): "denied being allied / aligned with B", armed groups denying
cooperating or any cooperation or coordination with B, or with each other ("A and B deny any collaboration"); a
denied support noun ("rejects any military support for B"); an attack kept out of ("stayed out of the offensive on
X"). A denial itself denied ("did not deny being allied with") is no fact either way, and a "not" does not reach
across "but" ("did not attack A but struck B")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("neg25_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
