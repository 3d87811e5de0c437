"""A preposition the parser hangs on what a verb fires or sends is the verb's: "fired missiles at X"."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, expected", [
    ("The Houthis fired missiles at Israel on Monday.", ("Houthis", "attacks", "Israel")),
    ("Russia launched a barrage of drones at Ukraine overnight.", ("Russia", "attacks", "Ukraine")),
    ("Iran supplied rockets to Hezbollah in 2006.", ("Iran", "supports", "Hezbollah")),
    ("Hamas fired a salvo of rockets at Israel on Saturday.", ("Hamas", "attacks", "Israel")),
])
def test_the_verbs_preposition_on_its_projectile(text, expected):
    assert holds(text, *expected), got(text)


@pytest.mark.parametrize("text, target", [
    # a preposition on an object that is no projectile stays the object's
    ("Kenya sent a letter about Somalia to the United Nations.", "Somalia"),
    # people are no place or party fired on as such
    ("Israeli soldiers fired warning shots at protesters in Gaza.", "Gaza Strip"),
])
def test_no_reading_through_other_objects(text, target):
    assert not [g for g in got(text) if g[2] == target and g[1] in ("attacks", "supports")], got(text)
