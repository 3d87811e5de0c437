"""A battery of the project's own sentences (``data/w52b_battery.jsonl``; format and checks in ``batteries.py``):
a definite description of an armed body built only from peoples' and faiths' words before a lower-case group noun
("the Sunni Kessan group", "the Kessan Sunni militia"), which NER may read as a body's name, names no actor of its
own: the resolver reads it as a description (``Resolver._described_by_peoples`` in ``resolve.py``, called from
``Resolver._actor_for_entity``), so no designation or attack falls on a made-up body. A body whose name has a
capitalised head ("the Baloch Liberation Army") keeps its name, and a description that already refers back to the
body named before keeps doing so."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w52b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
