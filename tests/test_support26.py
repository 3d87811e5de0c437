"""A battery of the project's own sentences (``data/support26_battery.jsonl``; format and checks in ``batteries.py``):
backing and its denial in the idioms of news copy (``constructions/support26.jsonl``). A state that hosts an armed
group's office, headquarters or camps, or houses or harbours its leaders, backs it (``sheltered_presence_nouns``;
hosted for talks it does not); an armed group given sanctuary in a state is sheltered by that state (a haven enjoyed
or found in a country's ungoverned land is no backing); an intervention or deployment on behalf or in support of an
actor backs it, as forces fighting for a government, an armed group or a person do (not for a place, a cause or a
state); a state among an actor's backers or behind it, or keeping it supplied or armed, backs it; troops stationed at
a request back the requester (leaving at one does not). Denials in the shapes the parser makes: a sending denied or
ended ("rejected claims that it had sent jets to support X", "no longer sends advisers to help Y") denies the help
its purpose names; a claim dismissed or described "as false" ahead of it, a denial noun's "that" clause ("X's
denial that it arms Y"), and a claim called "a lie" or "a fabrication" are denied; a doubted clause, a denial
itself dismissed, and a report set as an aside and then denied state nothing (``relations``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("support26_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
