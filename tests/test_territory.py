"""Taking, holding and striking places, on sentences written for these tests: a force's columns and
formations standing for their owner, places listed after a place noun ("its strongholds of X and Y",
"towns such as X"), the part of a place that stands for it ("much of X"), and the place a facility stands
at ("the airstrip at X")."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, expected", [
    # agent nouns: a force's columns and formations are the force
    ("Boko Haram's columns seized Baga in 2015.", ("Boko Haram", "captures", "Baga")),
    ("The Seleka advanced south in 2013. In March its columns seized Bangui.", ("Seleka", "captures", "Bangui")),
    ("Hamas formations retreated from Khan Younis in June.", ("Hamas", "withdraws_from", "Khan Younis")),
    # places listed after a place noun: every one of them
    ("Al-Shabaab drove government forces out of their strongholds of Baidoa and Kismayo.",
     ("al-Shabaab", "captures", "Kismayo")),
    ("The army drove the rebels out of their strongholds of Kidal and Gao in 2013.",
     ("Government of Mali", "captures", "Gao")),
    ("The Taliban seized the towns of Kunduz and Baghlan in August.", ("Taliban", "captures", "Baghlan")),
    ("Al-Shabaab has besieged towns such as Beledweyne and Dhusamareb.", ("al-Shabaab", "attacks", "Dhusamareb")),
    ("Russia has attacked cities such as Kharkiv and Odesa.", ("Russia", "attacks", "Odesa")),
    # the part of a named town that stands for it
    ("The RSF burned much of Geneina in June.", ("Rapid Support Forces", "attacks", "El Geneina")),
    ("Islamic State captured most of Mosul in 2014.", ("Islamic State", "captures", "Mosul")),
    ("The M23 seized parts of Rutshuru in 2022.", ("M23", "captures", "Rutshuru")),
    # a facility's place, its unknown name a place
    ("M23 fighters seized the airstrip at Rumangabo in 2023.", ("M23", "captures", "Rumangabo")),
])
def test_read(text, expected):
    assert holds(text, *expected), got(text)


@pytest.mark.parametrize("text, wrong", [
    # part of a state is not the state; a described half is a place of its own
    ("Russia seized parts of Ukraine in 2014.", ("Russia", "captures", "Ukraine")),
    ("Russia occupies much of eastern Ukraine.", ("Russia", "captures", "Ukraine")),
    ("Kupiansk fell in 2022. Ukrainian forces retook the western half of the town.", ("Ukraine", "captures", "Kupiansk")),
    # the strongholds of a group are the group's, not a place
    ("The army shelled the strongholds of Hezbollah near Tyre.", ("Government of Lebanon", "attacks", "Tyre")),
    # a region of a state names the region, not the state
    ("Ethiopian troops entered the Tigray region of Ethiopia.", ("Ethiopia", "captures", "Ethiopia")),
])
def test_not_read(text, wrong):
    assert not holds(text, *wrong), got(text)


def test_places_listed_after_a_place_noun_are_each_taken():
    text = "The army drove the rebels out of their strongholds of Kidal and Gao in 2013."
    assert holds(text, "Government of Mali", "captures", "Kidal"), got(text)
    assert holds(text, "Government of Mali", "captures", "Gao"), got(text)



ROUNDUP = """Weekly roundup: Chad and Somalia

CHAD

Chad's president accused Sudan of arming the rebels. Government forces killed 40 rebels near Abeche on Monday, the army said.

SOMALIA

Al-Shabaab took Baidoa on Wednesday after government forces withdrew from the town. The group later attacked Kismayo.
"""


def test_government_forces_under_a_state_heading_are_that_states():
    """A roundup's "SOMALIA" section: its "government forces" are Somalia's, not those of the state of the
    section before (nor of the article's first state)."""
    assert holds(ROUNDUP, "Government of Somalia", "withdraws_from", "Baidoa"), got(ROUNDUP)
    assert not holds(ROUNDUP, "Government of Chad", "withdraws_from", "Baidoa"), got(ROUNDUP)
    assert holds(ROUNDUP, "Government of Chad", "attacks", "Chadian rebels"), got(ROUNDUP)


def test_a_heading_that_is_not_a_state_name_changes_nothing():
    text = ("Somalia's war\n\nGovernment forces withdrew from Baidoa on Monday.\n\nThe role of Kenya\n\n"
            "Kenyan troops shelled Kismayo. Government forces then withdrew from Afmadow.")
    assert not holds(text, "Government of Kenya", "withdraws_from", "Afmadow"), got(text)
