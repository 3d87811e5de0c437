"""A battery of the project's own sentences (``data/talk46_battery.jsonl``; format and checks in ``batteries.py``):
talks told in shapes the tool did not read, and refusals of a meeting.

A trip told as done in a plain past whose to-infinitive is talking, meeting or signing ("flew to X to sign an
accord with N", "travelled to Y to hold talks with M", "went to Z to meet W") reports the talks: the purpose of
a verb of ``journey_verbs`` is read for ``negotiates_with`` (``relations._reported_trip``, the context's ``trip``;
the record ``talk46:trip-to-meet`` reads "to meet", whose general record wants the verb's own subject). A trip
planned, denied or under way, or one made to fight, is left a purpose.

"A has since hosted / convened / trained ...": the small parser reads "since" between a perfect's auxiliary and its
participle as a preposition (or the participle as an adjective of the noun after it), so that no reading sees the
verb; the parse is repaired (``entities._perfect_read_as_since_phrase``).

"Held talks with envoys / representatives of A and of B": the preposition said again, which the parser makes a
conjunct of the first "of" or of "with", names the second side's envoys too (``Resolver._envoys_of``); never a place.

"A ruled out / refused / rejected a meeting with B" denies talks as "ruled out talks with B" does (the record
``talks:ruled-out`` takes "meeting" among its nouns); "has not ruled out a meeting" and a meeting whose outcome is
rejected are no refusal.

"A and B accepted / agreed to a C-brokered truce": the name before the hyphen brokered the deal its clause's
subjects take up (``talk46:hyphen-brokered-deal-of-clause``, as ``broker`` reads "a truce brokered by C"); a deal
only called for, or rejected, is not read."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("talk46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
