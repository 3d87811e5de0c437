"""A battery of the project's own sentences (``data/w49d_battery.jsonl``; format and checks in ``batteries.py``):
a third party read as a party to talks. In "the talks, hosted by X with Y acting as guarantor" the parser hangs
the participle on the talks, so the absolute "with Y" was read as the talks' partner and the host paired with the
guarantor; a "with" object that a participle right after it gives a role ("acting as", "serving as": the
``role_preps`` word class) is no partner (``rules._given_role``). Near-misses keep the parties of talks held
"with" a party and a mediator or host paired with each party ("talks between A and B mediated by C", "C hosted
talks between A and B"), and a venue's state is no party ("A and B met in Doha")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w49d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
