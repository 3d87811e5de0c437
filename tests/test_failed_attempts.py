"""What a relation was, not is: a failed attempt denies what it would have achieved, not the hostility it
shows ("failed to drive X out of Y" is no capture of Y, and no denial that the two fight); an apposition that
says "a former foe" states a former relation; a future continuation ("will continue to support X") states what
holds now. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, subject, enemy, place", [
    ("The army was unable to drive the TPLF out of Mekelle.", "Government of Ethiopia", "Tigray People's Liberation Front",
     "Mekelle"),
    ("Government troops failed to drive the rebels out of Goma.", None, "rebels", "Goma"),
    ("Kenyan troops failed to push al-Shabaab out of Badhaadhe.", "Kenya", "al-Shabaab", "Badhaadhe"),
])
def test_a_failed_attempt_denies_its_outcome_not_the_hostility(text, subject, enemy, place):
    found = got(text)
    assert not any(r[1] == "opposes" and r[3] for r in found), found  # never "NOT opposes"
    if subject is not None:
        assert not holds(text, subject, "captures", place), found


def test_near_miss_a_refusal_still_denies_the_act():
    text = "Hamas did not attack Eilat."
    assert holds(text, "Hamas", "attacks", "Eilat", True), got(text)


@pytest.mark.parametrize("text, s, p, o", [
    ("Armenia, a former foe of Turkey, opened the border.", "Armenia", "opposes", "Turkey"),
    ("Sudan, a former backer of Hamas, expelled its envoys.", "Sudan", "supports", "Hamas"),
    ("Chad, a former ally of Sudan, closed the border.", "Chad", "allied_with", "Sudan"),
])
def test_an_apposition_that_says_former_states_a_former_relation(text, s, p, o):
    import conflictkg
    rels = [r for r in conflictkg.extract(text) if r.predicate == p and not r.negated]
    assert rels and all(r.former for r in rels), got(text)


def test_near_miss_an_apposition_without_former_states_a_current_one():
    import conflictkg
    rels = [r for r in conflictkg.extract("Qatar, a longtime backer of Hamas, hosted the talks.") if r.predicate == "supports"]
    assert rels and not any(r.former for r in rels)


@pytest.mark.parametrize("text, s, o", [
    ("Kenya will continue to support the Federal Government of Somalia.", "Kenya", "Somalia"),
    ("Iran will keep arming the Houthis.", "Iran", "Houthis"),
    ("Turkey will continue to back the Syrian National Army, Ankara said.", "Turkey", "Syrian National Army"),
])
def test_a_future_continuation_states_what_holds_now(text, s, o):
    assert holds(text, s, "supports", o), got(text)


@pytest.mark.parametrize("text", [
    "Kenya will support the Federal Government of Somalia.",  # a plain future: not yet
    "Russia may continue to back Assad.",                      # another modal: open
])
def test_near_miss_a_plain_future_or_a_may_states_nothing(text):
    assert not any(r[1] == "supports" and not r[3] for r in got(text)), got(text)


@pytest.mark.parametrize("text, s, p, o", [
    ("Niger tore up its military agreement with France.", "Niger", "negotiates_with", "France"),
    ("Mali ripped up its defence pact with France in 2022.", "Mali", "allied_with", "France"),
    ("Burkina Faso tore up its military accord with Paris.", "Burkina Faso", "negotiates_with", "France"),
])
def test_a_pact_torn_up_is_no_current_relation(text, s, p, o):
    assert not holds(text, s, p, o), got(text)


def test_near_miss_a_pact_signed_is_one():
    text = "Egypt signed a mutual defence agreement with Somalia in August."
    assert holds(text, "Egypt", "allied_with", "Somalia"), got(text)
