"""A purpose clause states hostility by itself ("sent troops to fight X"), but no outcome ("to retake Y")."""

from __future__ import annotations

import pytest

from relations_helpers import has, triples

HOSTILE = [
    ("Chad sent troops to fight Boko Haram in 2015.", ("Chad", "opposes", "Boko Haram")),
    ("Eritrea sent soldiers to fight the TPLF in Tigray.", ("Eritrea", "opposes", "Tigray People's Liberation Front")),
    ("Veltria mobilised two brigades to crush the Coastal Liberation Front.", ("Veltria", "opposes", "Coastal Liberation Front")),
]


@pytest.mark.parametrize("text,relation", HOSTILE)
def test_fighting_as_a_purpose_is_hostility(text, relation):
    found = triples(text)
    assert has(found, *relation), found


def test_near_miss_a_purpose_is_no_outcome():
    found = triples("Veltria launched an offensive to capture Asker.")
    assert not any(p == "captures" and o == "Asker" for _, p, o, _ in found), found


def test_near_miss_an_urged_fight_is_no_hostility():
    found = triples("The UN urged Kestria to fight the Coastal Liberation Front.")
    assert not any(p == "opposes" for _, p, _, _ in found), found
