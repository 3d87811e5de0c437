"""How far a negation reaches, on sentences written for these tests: a denial that is itself denied or
stacked on another leaves the relation open; words that look negative but deny nothing ("not only",
"never before", "denied entry") state what they state."""

from __future__ import annotations

import pytest

from tests.relations_helpers import triples


def _about(text: str, predicate: str) -> set[tuple[str, str, str, bool]]:
    return {t for t in triples(text) if t[1] == predicate}


# -- two negations cancel out, and a denial nobody makes negates nothing -------------------------------
@pytest.mark.parametrize("text, predicate", [
    ("Iran refused to stop arming the Houthis.", "supports"),
    ("Qatar refused to end its support for Hamas.", "supports"),
    ("Russia denied that it had stopped supporting the Assad regime.", "supports"),
    ("Nobody denies that Rwanda backs the M23.", "supports"),
    ("No one denied that Russia attacked Ukraine.", "attacks"),
    ("None of the officials denied that Iran armed the Houthis.", "supports"),
    ("Few deny that Eritrea armed al-Shabaab.", "supports"),
    ("Rwanda no longer denies backing the M23.", "supports"),
    ("Iran has stopped denying that it arms the Houthis.", "supports"),
    ("Sudan did not deny arming the RSF.", "supports"),
])
def test_a_voided_or_doubled_denial_is_never_a_negated_relation(text, predicate):
    assert not any(t[3] for t in _about(text, predicate)), triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Rwanda denied backing the M23.", ("Rwanda", "supports", "M23", True)),
    ("Iran refused to arm the Houthis.", ("Iran", "supports", "Houthis", True)),
    ("Qatar ended its support for Hamas.", ("Qatar", "supports", "Hamas", True)),
])
def test_a_single_denial_still_negates(text, expected):
    got = triples(text)
    assert expected in got and (*expected[:3], False) not in got


# -- words that look negative but deny nothing ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Iran not only armed the Houthis but also trained them.", ("Iran", "supports", "Houthis", False)),
    ("Not only did Iran arm the Houthis, it also funded Hezbollah.", ("Iran", "supports", "Hezbollah", False)),
    ("Never before had Russia struck Lviv so hard.", ("Russia", "attacks", "Lviv", False)),
    ("No sooner had Israel struck Gaza than Hezbollah fired rockets at Haifa.", ("Hezbollah", "attacks", "Haifa", False)),
    ("There is no doubt that Russia attacked Ukraine.", ("Russia", "attacks", "Ukraine", False)),
])
def test_false_negatives_state_the_relation(text, expected):
    got = triples(text)
    assert (*expected[:3], True) not in got
    assert expected in got


@pytest.mark.parametrize("text", [
    "Hungary denied entry to Ukrainian officials.",
    "Israel denied entry to UN investigators.",
    "Pakistan denied visas to Indian diplomats.",
])
def test_denying_entry_states_no_negated_relation(text):
    assert not any(t[3] for t in triples(text))


# -- a negation reaches an event noun through the verbs that make its subject take part -----------------
@pytest.mark.parametrize("text, expected", [
    ("Britain did not enter into negotiations with Argentina.", ("United Kingdom", "negotiates_with", "Argentina", True)),
    ("Hamas did not attend talks with Fatah in Cairo.", ("Hamas", "negotiates_with", "Fatah", True)),
    ("The FARC did not return to talks with Colombia.", ("FARC", "negotiates_with", "Colombia", True)),
    ("Hezbollah was not involved in the attack on Haifa.", ("Hezbollah", "attacks", "Haifa", True)),
    ("Iran was not responsible for the attack on Israel.", ("Iran", "attacks", "Israel", True)),
])
def test_negation_through_a_verb_of_taking_part(text, expected):
    got = triples(text)
    assert expected in got and (*expected[:3], False) not in got


@pytest.mark.parametrize("text, predicate", [
    ("Russia did not intensify its strikes on Kyiv.", "attacks"),
    ("Russia has not stepped up its attacks on Kharkiv.", "attacks"),
    ("Israel did not expand its offensive on Rafah.", "attacks"),
    ("Israel did not widen its war against Hezbollah.", "opposes"),
    ("Israel did not halt its strikes on Gaza.", "attacks"),
])
def test_a_denied_change_of_degree_denies_no_event(text, predicate):
    assert not any(t[3] for t in _about(text, predicate)), triples(text)
