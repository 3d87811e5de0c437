"""A battery of the project's own sentences (``data/w52a_battery.jsonl``; format and checks in ``batteries.py``):
talks of a coordinated pair and of their go-between ("A and the B held talks mediated / hosted / brokered by C")
where the small parser made the first name the sentence's root, "held" an adjective of the talks noun and that noun
the first name's conjunct, so that nothing was read. The parse repair
``entities._pair_verb_read_as_modifier_of_talks`` makes the verb the root with the pair as its subject; the talks
rule and the go-between's rule then read the sentence as they read the well-parsed shape. Near-misses: a refused,
rejected or denied meeting gives no positive talks, a go-between's talks between a party's allies are not the
party's, and a verb of holding over a noun that is no talks noun is left as it was."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w52a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
