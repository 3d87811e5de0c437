"""A battery of the project's own sentences about condemnation (``data/condemn12_battery.jsonl``; format and
checks in ``batteries.py``): accusations, blame, labels and threats, speech idioms, and condemnations denied
('has yet to condemn', 'was careful not to blame'), with near-misses that must yield no condemnation."""

from __future__ import annotations

import pytest

from batteries import Battery
from relations_helpers import read

# (sentence, subject, predicate, object) of stated or denied relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    # 'is yet to' (a copula, not 'has'): the to-complement of an auxiliary finds no subject
    ("Qatar is yet to blame Hamas for the collapse of the talks.", "Qatar", "condemns", "Hamas"),
}

BATTERY = Battery.load("condemn12_battery.jsonl", KNOWN_MISSES)


# Condemnations are stated by many sentences, denied by several, and ruled out by several.
test_battery_is_broad = BATTERY.breadth_test("condemns", expect=30, neg=8, absent=10)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


NEAR_MISSES = BATTERY.near_misses("condemns")


def test_near_misses_are_many():
    assert len(NEAR_MISSES) >= 10


@pytest.mark.parametrize("text", NEAR_MISSES, ids=[f"near-miss-{n}" for n in range(len(NEAR_MISSES))])
def test_near_miss_yields_no_condemnation(text):
    """A near-miss (a threat denied, praise, an agentless charge, a thing blamed) names no one who condemns."""
    found = [(r.subject.name, r.object.name, r.negated) for r in read(text) if r.predicate == "condemns"]
    assert found == [], f"{text!r}: {found}"
