"""A party that declines what a clause names is no party to it: "refused to attend the talks hosted by
X" is no negotiation with X. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, party, broker", [
    ("The Houthis refused to attend talks hosted by Oman.", "Houthis", "Oman"),
    ("Hamas rejected a truce proposal mediated by Egypt.", "Hamas", "Egypt"),
    ("Armenia did not accept the ceasefire brokered by Russia.", "Armenia", "Russia"),
    ("The Taliban declined to join the conference hosted by Qatar.", "Taliban", "Qatar"),
])
def test_a_declined_deal_is_no_negotiation_with_its_broker(text, party, broker):
    assert not holds(text, broker, "negotiates_with", party), got(text)


@pytest.mark.parametrize("text, party, broker", [
    ("Armenia and Azerbaijan accepted a ceasefire brokered by Russia.", "Armenia", "Russia"),
    # an ending verb is no refusal: the war ended under the deal
    ("The war ended in 1995 under an agreement brokered by the United States between Bosnia and Serbia.", "Serbia",
     "United States"),
    ("Ethiopia and Eritrea signed a peace deal brokered by the United Arab Emirates.", "Eritrea",
     "United Arab Emirates"),
])
def test_near_miss_an_accepted_or_ended_deal_keeps_its_broker(text, party, broker):
    assert holds(text, broker, "negotiates_with", party), got(text)


@pytest.mark.parametrize("text, accuser, place", [
    ("Kenya held al-Shabaab responsible for the attack on Lamu.", "Kenya", "Lamu"),
    ("Nigeria held Boko Haram responsible for the assault on Maiduguri.", "Nigeria", "Maiduguri"),
    ("Mali held the separatists responsible for the raid on Kidal.", "Mali", "Kidal"),
])
def test_holding_someone_responsible_is_no_capture_whose_agent_an_attack_inherits(text, accuser, place):
    # "held" takes a person or body here, not a place: no capture event for "the attack" to refer back to
    assert not holds(text, accuser, "attacks", place), got(text)
    assert not holds(text, accuser, "captures", place), got(text)


def test_near_miss_a_real_capture_still_lends_its_agent_to_the_offensive_after_it():
    text = "The rebels seized Goma in January. The offensive on Bukavu began a month later."
    assert any(r[1] == "attacks" and r[2] == "Bukavu" for r in got(text)), got(text)
