"""A battery of the project's own passages (``data/near59_battery.jsonl``; format and checks in ``batteries.py``):
a participle of stance set off after an act's noun ("the sanctions on X, backed by Y,", "the strikes on Z,
denounced by W,"). Its agent judges or favours the act; it is not the act's doer (``rules._doer_participles``,
word class ``stance_participles``), nor does a judgement set off after the act's target judge that target
(``rules._stance_on_act``). A participle of doing ("imposed by", "carried out by") still names the doer, and a
stance participle on a named body ("the Front, backed by Y,", "the alliance backed by Y") still tells the body's backer.

Also "its commandant" is a body's title as "its commander" is (word classes ``body_owned_titles`` and
``title_owner_kinds``): "X sent the Y Unit to the border. Its commandant, N, ..." leads the unit, not the state."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("near59_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
