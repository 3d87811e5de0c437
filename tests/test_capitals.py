"""Which place a description is: "the capital" (the article's state's, or the state the phrase names), "the Chadian border town"."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, expected", [
    # the state named by a demonym, a possessive or "of", whatever state the article is about
    ("Russia launched a new wave of strikes. Russian missiles struck the Ukrainian capital overnight.",
     ("Russia", "attacks", "Kyiv")),
    ("The Seleka seized the capital of the Central African Republic in March 2013.", ("Seleka", "captures", "Bangui")),
    ("The Taliban captured Afghanistan's capital in August 2021.", ("Taliban", "captures", "Kabul")),
    ("Houthi rebels captured the capital of Yemen in September 2014.", ("Houthis", "captures", "Sanaa")),
    # no state named: the article's
    ("Fighting in Sudan has intensified. The Rapid Support Forces shelled the capital on Monday.",
     ("Rapid Support Forces", "attacks", "Khartoum")),
])
def test_the_capital_is_the_named_states(text, expected):
    assert holds(text, *expected), got(text)


@pytest.mark.parametrize("text, wrong", [
    # never the capital of the subject's state
    ("Russian missiles struck the Ukrainian capital overnight.", ("Russia", "attacks", "Moscow")),
    # another kind of capital is not the state's
    ("Fighting in Sudan has intensified. The Rapid Support Forces shelled the provincial capital on Monday.",
     ("Rapid Support Forces", "attacks", "Khartoum")),
    ("Fighting in Nigeria has intensified. Boko Haram attacked the northern capital of the region.",
     ("Boko Haram", "attacks", "Abuja")),
    # two states named: whose capital, the phrase does not say
    ("Fighting spread along the border. Militias shelled the Sudanese and Chadian capitals.", ("Militias", "attacks", "Khartoum")),
    # where the gazetteer found the city is no statement of where it lies
    ("The Taliban captured Afghanistan's capital in August 2021.", ("Kabul", "located_in", "Afghanistan")),
])
def test_no_capital_read_for_another_state_or_kind(text, wrong):
    assert not holds(text, *wrong), got(text)


@pytest.mark.parametrize("text, wrong", [
    # a place description naming another state's adjective is not the last place of this one
    ("Sudan's army retook the city of Wad Madani. The RSF attacked the Chadian border town on Monday.",
     ("Rapid Support Forces", "attacks", "Wad Madani")),
    ("Israeli troops raided Jenin overnight. Hezbollah shelled the Lebanese border village the next day.",
     ("Hezbollah", "attacks", "Jenin")),
])
def test_a_place_of_another_state_is_not_the_last_place(text, wrong):
    assert not holds(text, *wrong), got(text)


def test_a_place_of_the_same_state_still_refers_back():
    text = "Sudan's army retook the city of Wad Madani. The RSF attacked the Sudanese city again on Monday."
    assert holds(text, "Rapid Support Forces", "attacks", "Wad Madani"), got(text)
