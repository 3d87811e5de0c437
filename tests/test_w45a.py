"""A battery of the project's own sentences (``data/w45a_battery.jsonl``; format and checks in ``batteries.py``):
three false relations narrowed at their mechanism. A body that brings together a counted set of states and then
names some ("brings together nine countries, including A and B") lists its members and holds no talks with them
(``talks11:brought-together``, ``unless_prep`` on the party); a mediator bringing parties together still reads. A
name the parser made the apposition of a noun described by a participle, with the clause's past-only verb hung on it
as a compound ("The brigade, commanded by N, retook X"), is what the noun acted on, not its name
(``rules._participle_described``). Keeping a group on a list ("retained X on its terrorist list") is no hiring
(``support18:hired-contractor``, ``unless_through``) and, on a terrorist list, a designation
(``session17:added-to-modified-list``, "retain"); hiring a force still backs its hirer."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w45a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
