"""A battery of the project's own sentences (``data/talk46_battery.jsonl``; format and checks in ``batteries.py``):
talks told in two shapes the tool did not read.

A trip told as done in a plain past whose to-infinitive is talking, meeting or signing ("flew to X to sign an
accord with N", "travelled to Y to hold talks with M", "went to Z to meet W") reports the talks: the purpose of
a verb of ``journey_verbs`` is read for ``negotiates_with`` (``relations._reported_trip``, the context's ``trip``;
the record ``talk46:trip-to-meet`` reads "to meet", whose general record wants the verb's own subject). A trip
planned, denied or under way, or one made to fight, is left a purpose.

"A has since hosted / convened / trained ...": the small parser reads "since" between a perfect's auxiliary and its
participle as a preposition (or the participle as an adjective of the noun after it), so that no reading sees the
verb; the parse is repaired (``entities._perfect_read_as_since_phrase``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("talk46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
