"""A battery of the project's own sentences (``data/side58_battery.jsonl``; format and checks in ``batteries.py``):
a handover made under a deal. "A handed the town back to B under a truce" tells a deal kept between the giver and
the recipient (``side58:handed-over-under-deal``), and a go-between of that deal ("under a ceasefire that C
brokered", "under a truce brokered by C") dealt with both (``side58:handover-under-deal-that-c-brokered``, and the
clause's recipient read by ``constructions._handover_recipients`` for every record whose parties are the deal's
clause). A relief body handed the wounded is no side, a handover under pressure is under no deal, a denied handover
tells nothing of the deal, and a deal whose own parties follow it ("under the deal between A and B") is theirs."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("side58_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
