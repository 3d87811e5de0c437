"""A failed attempt denies what it would have achieved, not the hostility it shows: "failed to drive X out of
Y" is no capture of Y, and no denial that the two fight. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, subject, enemy, place", [
    ("The army was unable to drive the TPLF out of Mekelle.", "Government of Ethiopia", "Tigray People's Liberation Front",
     "Mekelle"),
    ("Government troops failed to drive the rebels out of Goma.", None, "rebels", "Goma"),
    ("Kenyan troops failed to push al-Shabaab out of Badhaadhe.", "Kenya", "al-Shabaab", "Badhaadhe"),
])
def test_a_failed_attempt_denies_its_outcome_not_the_hostility(text, subject, enemy, place):
    found = got(text)
    assert not any(r[1] == "opposes" and r[3] for r in found), found  # never "NOT opposes"
    if subject is not None:
        assert not holds(text, subject, "captures", place), found


def test_near_miss_a_refusal_still_denies_the_act():
    text = "Hamas did not attack Eilat."
    assert holds(text, "Hamas", "attacks", "Eilat", True), got(text)
