"""Which verb a noun hangs from: a noun coordinated after another hangs from the same verb ("imposed sanctions
and an arms embargo on X"); a meeting's topic does not hang from the verb that holds the meeting ("held talks on
the attack on X"), while the event one takes part in does ("took part in the assault on X"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, s, o", [
    ("The EU imposed sanctions and an arms embargo on Belarus.", "European Union", "Belarus"),
    ("The UN imposed travel bans and an arms embargo on the Taliban.", "United Nations", "Taliban"),
    ("The United States imposed tariffs and an oil embargo on Venezuela.", "United States", "Venezuela"),
])
def test_a_coordinated_noun_shares_its_first_conjuncts_verb(text, s, o):
    assert holds(text, s, "sanctions", o), got(text)


def test_near_miss_a_coordinated_noun_of_no_verb_states_nothing():
    text = "Talk of tariffs and an oil embargo on Venezuela grew in Washington."
    assert not any(r[1] == "sanctions" for r in got(text)), got(text)


@pytest.mark.parametrize("text, s, o", [
    ("Kenya held a meeting about the attack on Lamu.", "Kenya", "Lamu"),
    ("Nigeria held talks with Chad on the attack on Baga.", "Nigeria", "Baga"),
    ("The council held a debate on the invasion of Ukraine.", "United Nations Security Council", "Ukraine"),
])
def test_an_event_that_is_a_meetings_topic_is_not_the_meetings_holders(text, s, o):
    assert not holds(text, s, "attacks", o), got(text)


@pytest.mark.parametrize("text, s, p, o", [
    ("Wagner took part in the assault on Bakhmut.", "Wagner Group", "attacks", "Bakhmut"),
    ("Victoria Nuland held two hours of talks with General Moussa Salaou Barmou in Niamey.", "Victoria Nuland",
     "negotiates_with", "Moussa Salaou Barmou"),
])
def test_near_miss_taking_part_or_a_span_of_talks_keeps_the_verbs_subject(text, s, p, o):
    assert holds(text, s, p, o), got(text)
