"""A battery of the project's own passages (``data/ref44e_battery.jsonl``; format and checks in ``batteries.py``):
references to events whose antecedent is the story's own event. A condemned attack noun ("the raid", "the air
strikes", "the invasion") that no recent event settles -- none within the window, or several by other agents, such
as the counter-attack or the siege that answered it -- takes up the attack told by the first sentence to tell one,
when that is the headline or the lead (``discourse._lead_antecedent``). Not for a broad word ("the air campaign",
"the operation": another effort, perhaps), not past an unread act of the noun's own word ("accused the army of
killing herders in drone strikes ... condemned the strikes"), and a denied condemnation stays denied. A definite deal
noun a go-between brokered, mediated, facilitated or hosted ("C, which brokered the truce"), past the window, takes up
the one negotiation the text told before, where every one told is between the same parties
(``discourse._sole_negotiation``; never a guarantor's). A side that withdraws or retreats with no place named, in a
clause coordinated with another's taking or attacking a town, leaves that town (construction
``ref44e:withdrew-while-other-took``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref44e_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
