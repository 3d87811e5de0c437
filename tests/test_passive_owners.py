"""A passive attack on an actor's unnamed things ("UNIFIL bases were hit by Israeli fire") attacks the actor, and a
weapon's words name the attacker ("by Russian missiles"). Sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, attacker, target", [
    ("Several UNIFIL bases were hit by Israeli strikes in October.", "Israel", "UNIFIL"),
    ("A UNIFIL position was hit by Israeli fire near Naqoura.", "Israel", "UNIFIL"),
    ("A UNIFIL base was shelled by Hezbollah on Sunday.", "Hezbollah", "UNIFIL"),
    ("The Kenyan base was struck by al-Shabaab mortars at dawn.", "al-Shabaab", "Kenya"),
    ("UNIFIL bases were hit by Israel.", "Israel", "UNIFIL"),
])
def test_a_passive_attack_on_an_actors_things(text, attacker, target):
    assert holds(text, attacker, "attacks", target), got(text)


@pytest.mark.parametrize("text", [
    "A UNIFIL base was visited by Israeli officers.",  # no attack
    "A UNIFIL base was hit by stray fire.",            # no attacker named
    "The convoy was hit by a roadside bomb.",
])
def test_no_attack_or_no_attacker(text):
    assert not [g for g in got(text) if g[1] == "attacks"], got(text)


def test_bases_are_bases():
    """The lemmatizer reads 'bases' as 'basis'; an army's bases are what is owned and attacked."""
    assert holds("Israeli jets struck Hezbollah bases in the Bekaa.", "Israel", "attacks", "Hezbollah"), \
        got("Israeli jets struck Hezbollah bases in the Bekaa.")


@pytest.mark.parametrize("text, attacker, target", [
    ("An Israeli air strike on Hezbollah's headquarters in Beirut killed its leader.", "Israel", "Hezbollah"),
    ("A Russian missile strike on Ukraine's power grid caused blackouts across Kyiv.", "Russia", "Ukraine"),
    ("Hezbollah fired rockets at Haifa. An Israeli strike on the group's headquarters followed.", "Israel", "Hezbollah"),
])
def test_an_attack_noun_on_an_actors_things(text, attacker, target):
    assert holds(text, attacker, "attacks", target), got(text)


def test_an_attack_noun_on_an_unowned_thing_attacks_no_owner():
    assert not [g for g in got("An air strike on a hospital in Gaza killed 20.") if g[1] == "attacks" and g[2] != "Gaza"]


@pytest.mark.parametrize("text, attacker, target", [
    ("The US struck Houthi radar sites near Hodeidah.", "United States", "Houthis"),
    ("Israel struck Hezbollah missile launchers in southern Lebanon.", "Israel", "Hezbollah"),
    ("Ukrainian drones hit a Russian ammunition arsenal in Toropets.", "Ukraine", "Russia"),
])
def test_an_actors_sites_launchers_and_arsenals_are_its_own(text, attacker, target):
    assert holds(text, attacker, "attacks", target), got(text)
