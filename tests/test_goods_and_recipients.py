"""A verb of supplying with a recipient after "to" has what is given as its object, never the supported
actor: "Russia supplied the S-400 to India" does not support "S-400". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got


@pytest.mark.parametrize("text, goods", [
    ("Russia supplied the S-400 to India.", "S-400"),
    ("The US supplied HIMARS to Ukraine.", "HIMARS"),
    ("France provided the Caesar howitzers to Kyiv.", "Caesar"),
])
def test_what_is_supplied_to_someone_is_not_supported(text, goods):
    assert not any(r[1] == "supports" and goods in r[2] for r in got(text)), got(text)


@pytest.mark.parametrize("text, subject, recipient", [
    ("Iran supplied the Houthis with missiles.", "Iran", "Houthis"),
    ("Qatar provided Hamas with funds.", "Qatar", "Hamas"),
    ("Turkey provided Bayraktar drones to Ukraine.", "Turkey", "Ukraine"),
])
def test_near_miss_the_recipient_is_still_supported(text, subject, recipient):
    assert any(r[0] == subject and r[1] == "supports" and r[2] == recipient for r in got(text)), got(text)
