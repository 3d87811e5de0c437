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


# -- a denial of "it" / "this", or one after a semicolon, answers the act just charged or stated ------------
@pytest.mark.parametrize("text, expected", [
    ("During the 1990s Iran armed and sheltered the Houthis, according to researchers. Iran has always denied this.",
     ("Iran", "supports", "Houthis")),
    ("Syria was accused of shelling Turkey. The Syrian government denied it.", ("Syria", "attacks", "Turkey")),
    ("Syria was accused of shelling Turkey, but Damascus denied it.", ("Syria", "attacks", "Turkey")),
    ("Kenyan officials accused Eritrea of helping al-Shabaab, and Nairobi recalled its ambassador; Eritrea denied involvement.",
     ("Eritrea", "supports", "al-Shabaab")),
    # the base is the army's, and the army the government's (near56: a demonym's army before the thing struck)
    ("Somalia accused al-Shabaab of attacking a Somali army base in Baidoa. Al-Shabaab denies the charge.",
     ("al-Shabaab", "attacks", "Government of Somalia")),
])
def test_a_denial_answers_the_act_before_it(text, expected):
    assert (*expected, True) in triples(text)


@pytest.mark.parametrize("text, act", [
    # two acts before: which one "it" is, the text does not say
    ("Iran armed the Houthis and shelled Iraq in 2015. Tehran denied it.", ("Iran", "supports", "Houthis")),
    # someone else denies it
    ("Iran armed the Houthis in 2015. Saudi Arabia denied it.", ("Iran", "supports", "Houthis")),
    # "it" reaches back one sentence only
    ("Iran armed the Houthis in 2015. The war went on. Tehran denied it.", ("Iran", "supports", "Houthis")),
    # a denial with content of its own is read in its own sentence
    ("Kenya accused Eritrea of arming al-Shabaab. Eritrea denied that it had sent troops.", ("Eritrea", "supports", "al-Shabaab")),
    # the denial is itself denied
    ("Syria was accused of shelling Turkey. Damascus did not deny it.", ("Syria", "attacks", "Turkey")),
])
def test_no_denial_of_it_where_the_act_is_unclear_or_not_denied(text, act):
    assert (*act, True) not in triples(text)


# -- an act the text states in its own voice stands against the accused's denial of it ------------------
@pytest.mark.parametrize("text, act", [
    ("Kataib Hezbollah struck a US base near Erbil on Monday. The group denied it.", ("Kataib Hezbollah", "attacks", "United States")),
    ("Eritrean troops shelled Adigrat in March. Asmara has denied this.", ("Eritrea", "attacks", "Adigrat")),
    ("Wagner fighters captured Soledar in January. The company denied it at first.", ("Wagner Group", "captures", "Soledar")),
])
def test_a_stated_fact_is_not_also_denied(text, act):
    found = triples(text)
    assert (*act, False) in found and (*act, True) not in found, found


@pytest.mark.parametrize("text, act", [
    # an act the text only reports from others stays open to the accused's denial
    ("Kataib Hezbollah allegedly struck a US base near Erbil on Monday. The group denied it.", ("Kataib Hezbollah", "attacks", "United States")),
    ("Iran armed the Houthis, according to researchers. Tehran denies this.", ("Iran", "supports", "Houthis")),
])
def test_a_reported_act_keeps_its_denial(text, act):
    assert (*act, True) in triples(text), triples(text)


# -- a reading that itself states a denial, denied again, states nothing ------------------------------
@pytest.mark.parametrize("text, predicate", [
    ("Jabhat al-Nusra refused to sever ties with al-Qaeda.", "affiliated_with"),
    ("Hamas refused to deny ties with Iran.", "affiliated_with"),
    ("The United States did not remove the Houthis from its terrorist list.", "designates"),
    ("The Taliban refused to say they have no ties with al-Qaeda.", "affiliated_with"),
    ("Nobody said that Iran had armed the Houthis.", "supports"),
])
def test_a_denied_denial_is_never_read_as_one(text, predicate):
    assert not any(t[3] for t in _about(text, predicate)), triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Jabhat al-Nusra severed ties with al-Qaeda in 2016.", ("Jabhat al-Nusra", "affiliated_with", "al-Qaeda", True)),
    ("The Taliban have no ties with al-Qaeda.", ("Taliban", "affiliated_with", "al-Qaeda", True)),
    ("Washington dropped the Houthis from its list of foreign terrorist organizations.", ("United States", "designates", "Houthis", True)),
])
def test_a_denial_reading_alone_stays_negated(text, expected):
    assert expected in triples(text)
