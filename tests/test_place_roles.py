"""A construction that looks its predicate up in a word map reads the object in the role the vocabulary
gives that predicate: a capital taken is the city, not the state its name stands for elsewhere. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, subject, city, state", [
    ("The Taliban retook Kabul in August 2021.", "Taliban", "Kabul", "Afghanistan"),
    ("The rebels overran Bangui in March.", "rebels", "Bangui", "Central African Republic"),
    ("The Houthis retook Sanaa in 2014.", "Houthis", "Sanaa", "Yemen"),
])
def test_a_capital_taken_is_the_city_not_its_state(text, subject, city, state):
    assert not holds(text, subject, "captures", state), got(text)


def test_near_miss_a_capital_that_speaks_is_still_its_state():
    text = "Washington sanctions Tehran again."  # the same construction, a predicate whose ends are actors
    assert holds(text, "United States", "sanctions", "Iran"), got(text)
