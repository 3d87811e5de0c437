"""Whose things an act reaches: a verb of supplying with a recipient after "to" has what is given as its
object, never the supported actor ("Russia supplied the S-400 to India" does not support "S-400"); an attack on
posts a group holds ("M23-held positions") attacks the group. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


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


@pytest.mark.parametrize("text, subject, holder", [
    ("Congolese troops shelled M23-held positions near Sake.", "Democratic Republic of the Congo", "M23"),
    ("Nigeria bombed ISWAP-held camps near Lake Chad.", "Nigeria", "Islamic State West Africa Province"),
    ("Turkey bombed PKK-held positions in the Qandil mountains.", "Turkey", "Kurdistan Workers' Party"),
])
def test_an_attack_on_a_groups_held_posts_attacks_the_group(text, subject, holder):
    assert any(r[0] == subject and r[1] == "attacks" and r[2] == holder and not r[3] for r in got(text)), got(text)


def test_near_miss_posts_held_by_no_one_named_attack_no_one():
    text = "Congolese troops shelled positions near Sake."
    assert not any(r[1] == "attacks" and r[2] == "M23" for r in got(text)), got(text)


@pytest.mark.parametrize("text, helper, agent, target", [
    ("Iran helped the Houthis attack Saudi Arabia.", "Iran", "Houthis", "Saudi Arabia"),
    ("Russia backed the Wagner assault on Bakhmut.", "Russia", "Wagner Group", "Bakhmut"),
    ("Turkey supported the SNA offensive against the SDF.", "Turkey", "SNA", "Syrian Democratic Forces"),
])
def test_helping_an_attack_helps_its_agent_not_its_target(text, helper, agent, target):
    found = got(text)
    assert any(r[0] == helper and r[1] == "supports" and r[2] == agent for r in found), found
    assert not any(r[0] == helper and r[1] == "supports" and r[2] == target for r in found), found


@pytest.mark.parametrize("text, helper, helped", [
    ("Russia helps Mali fight the jihadists.", "Russia", "Mali"),
    ("Kenya sent police officers to help Haiti fight the gangs.", "Kenya", "Haiti"),
    ("Rwanda helped the M23 fight the Congolese army.", "Rwanda", "M23"),
])
def test_the_helped_subject_of_a_complement_is_supported(text, helper, helped):
    assert holds(text, helper, "supports", helped), got(text)


def test_near_miss_a_reported_plan_is_no_help():
    assert not any(r[1] == "supports" for r in got("Russia says Mali will fight the jihadists."))
