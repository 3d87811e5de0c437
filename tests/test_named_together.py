"""A plural pronoun continuing a sentence whose subject named several bodies together means them all."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, expected", [
    ("Sudan and South Sudan signed a deal in 2012. They later accused each other of supporting rebels.",
     [("Sudan", "condemns", "South Sudan"), ("South Sudan", "condemns", "Sudan")]),
    ("Hamas and Islamic Jihad rejected the plan on Monday. They fired rockets at Israel the next day.",
     [("Hamas", "attacks", "Israel"), ("Palestinian Islamic Jihad", "attacks", "Israel")]),
    ("Iran and Russia held a summit in Tehran on Monday. They condemned Israel in a joint statement.",
     [("Iran", "condemns", "Israel"), ("Russia", "condemns", "Israel")]),
])
def test_they_means_the_bodies_named_together(text, expected):
    found = got(text)
    for triple in expected:
        assert holds(text, *triple), found


@pytest.mark.parametrize("text, wrong", [
    # something plural in between: the pronoun may mean it
    ("Rwanda and Uganda backed the rebels in 1998. They later seized Kisangani.", ("Rwanda", "captures", "Kisangani")),
    # past a paragraph break the set is no longer salient
    ("Rwanda and Uganda met in Kampala.\n\nThey condemned Congo on Monday.", ("Rwanda", "condemns", "Democratic Republic of the Congo")),
    # not the main subject of its sentence
    ("Kenya and Uganda sent troops. Somalia said they had attacked al-Shabaab.", ("Kenya", "attacks", "al-Shabaab")),
])
def test_no_set_read_where_another_reading_stands(text, wrong):
    assert not holds(text, *wrong), got(text)
