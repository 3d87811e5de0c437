"""A battery of the project's own sentences (``data/tie58_battery.jsonl``; format and checks in ``batteries.py``):
a party that lays an attack at another's door accuses it. "A attributed / ascribed the bombing to B", "A pinned the
raid on B" (``tie58:attack-attributed-to``, ``graph/lang/en/constructions/tie58.jsonl``): only an attack, abuse or
plot so laid, since a shortage attributed to floods accuses no one, and a denied attribution says nothing. And
"A said B stood behind the blast" (``condemn27:said-behind``, now with "stand behind" an act and an explosion or blast
as the deed): a cause that is no actor yields nothing, and a denied charge stays unread."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie58_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
