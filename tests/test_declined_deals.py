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
