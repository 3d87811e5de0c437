"""A battery of the project's own sentences (``data/w44a_battery.jsonl``; format and checks in ``batteries.py``): a
deal whose broker a relative clause names and whose parties it leaves to the context ("the shelling stopped under a
truce that C brokered", "a ceasefire which C mediated held"): the broker deals with each of the conflict's two sides
(``constructions/w44a.jsonl``, object "parties", as ``mediate17:brokered-unnamed-deal`` reads "C brokered a truce").
Near misses: no conflict told, two wars told, a definite deal (read by ``discourse._brokered`` only with an event to
take up), a denied brokering."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w44a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
