"""Unfamiliar town names the small model reads as bodies or people (``data/ent19_battery.jsonl``; format and checks
in ``batteries.py``): a name is read as a place where its position says so: coordinated with a name placed as a
place ('seized X and Y', 'withdrew from X and Y'), the goal of a verb of moving ('fled to X', 'the fighting
spread to X', 'troops were deployed to X'), or placed by a distance ('30 km from X', 'X, 50 km from Y',
'60 miles north of X'). A person or body after a preposition ('loyal to X', 'talks with X', 'a spokesman for X')
stays one, and a name that speaks ('X claimed', 'X said') more often than it stands as a place keeps its reading
as a body."""

from __future__ import annotations

from functools import lru_cache

import pytest

from batteries import Battery
from conflictkg.graph.pipeline import load_pipeline

BATTERY = Battery.load("ent19_battery.jsonl")

# (text, name, whether it is read as a place); every sentence our own, the towns real or invented
TYPED = [
    ("ISWAP fighters overran Gubio and Magumeri on Saturday.", "Magumeri", True),
    ("Ethiopian troops withdrew from Ferfer and Yeed.", "Yeed", True),
    ("The RSF shelled El Fasher and Kutum overnight.", "Kutum", True),
    ("The fighting spread to Minova and Kalehe on Friday.", "Minova", True),
    ("The fighting spread to Minova and Kalehe on Friday.", "Kalehe", True),
    ("Thousands of civilians fled to Kamituga after the M23 advance.", "Kamituga", True),
    ("Residents fled to Tawila and Mellit as the RSF advanced.", "Mellit", True),
    ("Aid workers were evacuated to Kaga Bandoro and Bossangoa.", "Kaga Bandoro", True),
    ("The army deployed troops to Sake and Mushaki.", "Mushaki", True),
    ("ISWAP overran Rann, 50 km from the Cameroonian border.", "Rann", True),
    ("JNIM attacked a convoy some 30 miles south of Boni.", "Boni", True),
    # a person or body after a preposition, or a name that speaks more than it is placed, is no place
    ("Fighters loyal to Kagame fled to Uganda.", "Paul Kagame", False),
    ("A spokesman for Nkunda said the rebels would hold Kitchanga.", "Laurent Nkunda", False),
    ("Sources close to Adoula said the general fled to Uganda.", "Adoula", False),
    ("Makenga and Nangaa met in Goma.", "Corneille Nangaa", False),
    ("Zarembo claimed the attack on the convoy. Zarembo said two of its men died. The army later encircled Zarembo.",
     "Zarembo", False),
]


@lru_cache(maxsize=None)
def _types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in load_pipeline()(text)._.actors}


@pytest.mark.parametrize("text,name,place", TYPED, ids=[f"{n}-{c[1]}" for n, c in enumerate(TYPED)])
def test_name_is_read_as_a_place_only_where_its_position_says_so(text, name, place):
    types = _types(text)
    assert name in types, f"{name!r} not read from {text!r}: {types}"
    assert (types[name] == "LOCATION") == place, f"{name!r} read as {types[name]} in {text!r}"


def test_battery_is_broad():
    """Places are shown by several constructions, and several people or bodies stay what they are."""
    assert len(BATTERY.cases("expect")) >= 10
    assert len([c for c in TYPED if c[2]]) >= 10 and len([c for c in TYPED if not c[2]]) >= 4


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
