"""Two anaphors that took the wrong antecedent: "its leader, N" read as a known state's leader when the
gazetteer knows no such leader of it, and "condemned the offensive" after captures and strikes by two sides.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds

ITS_LEADER = [
    ("The Kivu Front seized Masisi. Rwanda denies backing the group. Its leader, Jean Mutara, spoke to reporters.",
     "Jean Mutara", "Rwanda"),
    ("The Sahel Brigade took Menaka. Niger says it has no ties to the brigade. Its commander, Ali Wada, disagreed.",
     "Ali Wada", "Niger"),
    ("Rebels of the Delta Front raided Warri. Nigeria blamed Benin for arming them. Its chief, Tam Okon, laughed.",
     "Tam Okon", "Benin"),
]


@pytest.mark.parametrize("text, person, state", ITS_LEADER)
def test_its_leader_is_no_known_states_unknown_leader(text, person, state):
    assert not holds(text, person, "leads", state), got(text)


def test_near_miss_its_president_who_leads_the_state_still_does():
    text = "Rwanda held elections in July. Its president, Paul Kagame, won again."
    assert holds(text, "Paul Kagame", "leads", "Rwanda"), got(text)


@pytest.mark.parametrize("text, critic", [
    ("The Kivu Front seized Masisi on Tuesday. The army has bombed rebel positions around Sake since January. "
     "The African Union condemned the offensive.", "African Union"),
    ("Wagner fighters captured Soledar. Ukraine shelled Russian positions near Bakhmut. "
     "The European Union condemned the offensive.", "European Union"),
])
def test_the_offensive_after_captures_and_strikes_by_two_sides_is_nobodys(text, critic):
    assert not any(r[0] == critic and r[1] == "condemns" for r in got(text)), got(text)


def test_near_miss_the_offensive_after_one_sides_capture_is_its():
    text = "The Kivu Front seized Masisi on Tuesday. The African Union condemned the offensive."
    assert any(r[0] == "African Union" and r[1] == "condemns" and r[2] == "Kivu Front" for r in got(text)), got(text)


@pytest.mark.parametrize("text, giver, receiver", [
    ("The RSF has been accused of receiving weapons from the UAE. The UAE denies the charge.",
     "United Arab Emirates", "Rapid Support Forces"),
    ("The RSF is accused of receiving weapons from the UAE, which denies the charge.",
     "United Arab Emirates", "Rapid Support Forces"),
    ("UN experts accuse the M23 of receiving arms from Rwanda. Rwanda rejects the accusation.", "Rwanda", "M23"),
    ("UN experts accuse the UAE of arming the RSF, a charge the UAE denies.", "United Arab Emirates",
     "Rapid Support Forces"),
])
def test_a_denied_charge_of_giving_arms_is_read_denied(text, giver, receiver):
    assert holds(text, giver, "supports", receiver, True), got(text)
    assert not holds(text, giver, "supports", receiver), got(text)


@pytest.mark.parametrize("text", [
    "The Houthis were accused of receiving a delegation from Oman. Oman denied the claims.",  # no arms or aid
    "UN experts accuse the UAE of arming the RSF, a charge Sudan repeats.",  # repeated, not denied
])
def test_near_miss_no_arms_or_no_denial_reads_no_denied_support(text):
    assert not any(r[1] == "supports" and r[3] for r in got(text)), got(text)
