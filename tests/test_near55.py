"""A battery of the project's own sentences (``data/near55_battery.jsonl``; format and checks in ``batteries.py``):
a wrong choice of one end, mended where the text itself tells which.

"The state's" owning a place refers back to a federation's first-level region where the last state or region
named before it is one ("Maiduguri, the capital of Borno, and Biu, the state's second town": Borno), not to a
sovereign state named earlier (``resolve.Resolver._federal_unit_region``, word class ``federal_unit_nouns``);
after a state it stays the state's, and after two regions named together it is neither's.

"The government led by N" is the government of the state N governs or serves (by the text's titles or the
gazetteer), not the last state named (``resolve.Resolver._government_by_its_head``); a participle that is no
heading ("praised by N") says nothing of whom it leads."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("near55_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
