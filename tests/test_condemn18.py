"""A battery of the project's own sentences about condemnation on unseen text (``data/condemn18_battery.jsonl``;
format and checks in ``batteries.py``): condemning an event told long before, tied by its place, date or word;
acts condemned in apposition; calls to stop a misdeed; envoys withdrawn in protest; measures citing abuses;
charges that a side broke a truce or struck civilians; a ministry of two portfolios; with near-misses (a
neutral report, a denial, an agentless charge, a demand to stop no misdeed) that must yield no condemnation,
and refusals to condemn read as denied."""

from __future__ import annotations

import pytest

from batteries import Battery
from relations_helpers import read

# (sentence, subject, predicate, object) of stated or denied relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("condemn18_battery.jsonl", KNOWN_MISSES)


# Condemnations are stated by many sentences, denied by some, and ruled out by many.
test_battery_is_broad = BATTERY.breadth_test("condemns", expect=25, neg=2, absent=15)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


NEAR_MISSES = BATTERY.near_misses("condemns")


@pytest.mark.parametrize("text", NEAR_MISSES, ids=[f"near-miss-{n}" for n in range(len(NEAR_MISSES))])
def test_near_miss_yields_no_condemnation(text):
    """A near-miss names no one who condemns anyone as a fact."""
    found = [(r.subject.name, r.object.name) for r in read(text) if r.predicate == "condemns" and not r.negated]
    assert found == [], f"{text!r}: {found}"
