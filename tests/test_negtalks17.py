"""A battery of the project's own sentences on denied and refused negotiations (``data/negtalks17_battery.jsonl``;
format and checks in ``batteries.py``): talks said never to have been held ('have yet to begin', 'failed to
materialise', 'were never held'), refusals of contact and talks, with the near-misses that must state no denial:
talks that only have not resumed, truces that did not hold, talks put off, refusals later overcome, conditions."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("negtalks17_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Talks are denied by many sentences, and ruled out as a denial by several."""
    denied = [p for _, _, p, _ in BATTERY.cases("neg")]
    not_denied = [p for _, _, p, _ in BATTERY.cases("not_negated")]
    assert denied.count("negotiates_with") >= 5
    assert not_denied.count("negotiates_with") >= 5


def test_talks_held_are_not_denied():
    """Talks said to have taken place, in the same frame as the denied ones, are a fact."""
    text = "Talks between Ethiopia and the TPLF took place in Pretoria."
    assert holds(text, "Ethiopia", "negotiates_with", "TPLF", False)
    assert not holds(text, "Ethiopia", "negotiates_with", "TPLF", True)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
