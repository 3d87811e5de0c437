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
