"""Subjects raised by passive verbs of report or belief: "X is believed to back Y" states that X backs Y."""

from __future__ import annotations

import pytest

from relations_helpers import has, triples

RAISED = [
    ("Egypt and the UAE are widely believed to back the Libyan National Army.",
     [("Egypt", "supports", "Libyan National Army"), ("United Arab Emirates", "supports", "Libyan National Army")]),
    ("Iran is said to have armed the Houthis with drones.", [("Iran", "supports", "Houthis")]),
    ("Chad was thought to be sheltering Sudanese rebels.", [("Chad", "supports", "Sudanese rebels")]),
]


@pytest.mark.parametrize("text,expected", RAISED)
def test_a_raised_subject_does_the_infinitives_act(text, expected):
    found = triples(text)
    for subject, predicate, obj in expected:
        assert has(found, subject, predicate, obj), found


def test_near_miss_what_is_expected_has_not_happened():
    # "expect" is no raising verb of report: an expected act is no stated relation
    assert not any(p == "supports" for _, p, _, _ in triples("Veltria is expected to back the Coastal Liberation Front."))


def test_near_miss_a_raised_subject_that_is_no_actor_reads_nothing():
    assert not any(p == "supports" for _, p, _, _ in triples("The plan is believed to back the reform of pensions."))
