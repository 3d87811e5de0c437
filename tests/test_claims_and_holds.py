"""Precision mechanisms, on sentences written for these tests: claims said to be false, fact-check
ratings, holds that are no taking, leaving at someone's request, joining a body beside its members,
delegations meeting a third party."""

from __future__ import annotations

import pytest

import conflictkg


def triples(text: str) -> set[tuple[str, str, str, bool]]:
    return {(r.subject.name, r.predicate, r.object.name, r.negated) for r in conflictkg.extract(text, published="2025-03-14")}


def assert_denied(text: str, expected: tuple[str, str, str, bool]) -> None:
    """The negated relation ``expected`` is read from ``text``, and never as a fact."""
    got = triples(text)
    assert expected in got
    assert (*expected[:3], False) not in got


def about(text: str, predicate: str) -> set[tuple[str, str, str, bool]]:
    return {t for t in triples(text) if t[1] == predicate}


# -- a claim the text calls false is denied; "no evidence" states nothing -----------------------
@pytest.mark.parametrize("text, expected", [
    ("The claim that Rwanda shelled Goma is false.", ("Rwanda", "attacks", "Goma", True)),
    ("Reports that Turkey had sanctioned Iran were untrue, officials in Ankara said.", ("Turkey", "sanctions", "Iran", True)),
    ("Rumours that Kenya had withdrawn from Somalia proved baseless.", ("Kenya", "withdraws_from", "Somalia", True)),
    ("Viral posts claiming that Russian jets bombed Kharkiv on Monday are fake, the Ukrainian military said.",
     ("Russia", "attacks", "Kharkiv", True)),
])
def test_a_claim_called_false_is_negated(text, expected):
    assert_denied(text, expected)


@pytest.mark.parametrize("text", [
    "Investigators found no evidence that Rwanda shelled Goma.",
    "There is no evidence that Iran armed the Houthis.",
    "No evidence shows Iran supplied drones to Sudan's army.",
])
def test_no_evidence_states_nothing(text):
    assert not {t for t in triples(text) if t[1] in ("attacks", "supports")}


def test_evidence_and_confirmed_reports_still_state():
    assert ("Iran", "supports", "Houthis", False) in triples("There is evidence that Iran armed the Houthis.")
    got = triples("Reports that Turkey sanctioned Iran were confirmed by officials.")
    assert ("Turkey", "sanctions", "Iran", False) in got


# -- a fact-check: the claim under its label, and the rating that follows -------------------------
@pytest.mark.parametrize("text, expected", [
    ("Fact-check: did Russia capture Kherson?\n\nClaim: Russian troops captured Kherson in May.\n\n"
     "Verdict: False. Ukrainian forces have held the city since November.", ("Russia", "captures", "Kherson", True)),
    ("Claim: Iran supplied drones to Sudan.\n\nOur verdict: False\n\nThe images show older Turkish models.",
     ("Iran", "supports", "Sudan", True)),
    ("- Claim 1: Ethiopia attacked Eritrea on Sunday.\n- Rating: Fabricated.", ("Ethiopia", "attacks", "Eritrea", True)),
])
def test_a_claim_rated_false_is_negated(text, expected):
    assert_denied(text, expected)


def test_a_claim_rated_otherwise_states_nothing_and_an_unrated_one_is_a_claim():
    assert not about("Claim: Russian troops captured Kherson in May.\nVerdict: Misleading. The fighting goes on.", "captures")
    rels = conflictkg.extract("Claim: Russian troops captured Kherson in May.\n\nWe asked the ministry.", published="2025-03-14")
    rel = next(r for r in rels if r.predicate == "captures")
    assert (rel.negated, rel.modality) == (False, "claimed")


def test_a_plain_sentence_about_claims_is_no_fact_check():
    # "claim" as a word in running text, not a label: the capture is read as usual
    assert ("Russia", "captures", "Kherson", False) in triples(
        "Russian troops captured Kherson in March, a claim nobody disputes.")


# -- holding a place without a break is no capture --------------------------------------------
@pytest.mark.parametrize("text", [
    "The Ukrainian army still holds Kramatorsk, the last large city of the region under Kyiv's control.",
    "Mogadishu had been controlled by the Somali army throughout the conflict.",
    "Kidal was held by the Malian army for the entire war.",
    "The Malian army continued to hold Kidal despite the siege.",
    "Ethiopia has long controlled Badme.",
])
def test_an_unbroken_hold_is_no_capture(text):
    assert not about(text, "captures")


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab now holds Baidoa after a week of fighting.", ("al-Shabaab", "captures", "Baidoa")),
    ("Since March the M23 has controlled Goma.", ("M23", "captures", "Goma")),
    ("The Houthis have controlled Sanaa since 2014.", ("Houthis", "captures", "Sanaa")),
])
def test_a_hold_gained_is_still_read(text, expected):
    got = about(text, "captures")
    assert any((s.lower(), p, o) == (expected[0].lower(), *expected[1:]) and not n for s, p, o, n in got), got


# -- troops leaving at someone's request are no help to him -------------------------------------
@pytest.mark.parametrize("text", [
    "At the junta's request France pulled its special forces out of Mali in 2022.",
    "At the request of the transitional council, Kenya withdrew its battalion from Somalia.",
    "Rwanda ended its mission in Mozambique at the request of the new president.",
])
def test_leaving_at_a_request_is_no_support(text):
    assert not about(text, "supports")


def test_coming_at_a_request_is_still_support():
    assert ("Chad", "supports", "Government of Mali", False) in triples(
        "Chad sent soldiers to Mali at the request of the Malian government.")


# -- "A joined B in C": C is joined, B is already in it; no state is a member of a state ----------
@pytest.mark.parametrize("text, joiner, companion, body", [
    ("Sweden joined Finland in NATO in 2024 after decades of neutrality.", "Sweden", "Finland", "NATO"),
    ("Last year Gabon joined Cameroon in the Economic Community of Central African States.", "Gabon", "Cameroon", "ECCAS"),
    ("East Timor joined Indonesia in ASEAN in 2025.", "East Timor", "Indonesia", "ASEAN"),
])
def test_joining_a_body_beside_its_members(text, joiner, companion, body):
    got = about(text, "member_of")
    assert (joiner, "member_of", body, False) in got
    assert (companion, "member_of", body, False) in got
    assert (joiner, "member_of", companion, False) not in got


def test_joining_others_in_an_act_is_no_membership():
    assert not about("Ghana joined Nigeria in condemning the coup in Niamey.", "member_of")


# -- a delegation meeting a third party ----------------------------------------------------------
@pytest.mark.parametrize("text, a, b", [
    ("Kenya and Uganda signed a security pact with Somalia on Friday.", "Kenya", "Uganda"),
    ("France and Germany met the Iranian delegation in Geneva.", "France", "Germany"),
    ("Qatar and Egypt held talks with Hamas in Cairo.", "Qatar", "Egypt"),
])
def test_co_delegates_do_not_negotiate_with_each_other(text, a, b):
    got = about(text, "negotiates_with")
    assert not {t for t in got if {t[0], t[2]} == {a, b}}, got


def test_two_parties_agreeing_still_negotiate():
    assert about("Russia and Ukraine signed a grain deal in Istanbul.", "negotiates_with")


@pytest.mark.parametrize("text, expected", [
    ("It is false that Russian troops attacked Kharkiv, the ministry said.", ("Russia", "attacks", "Kharkiv", True)),
    ("The ministry said it was false that Russian troops had shelled Kharkiv.", ("Russia", "attacks", "Kharkiv", True)),
    ("A widely shared post falsely says that Rwanda attacked Goma.", ("Rwanda", "attacks", "Goma", True)),
])
def test_a_clause_said_false_is_negated(text, expected):
    assert_denied(text, expected)


@pytest.mark.parametrize("text", [
    "The video does not show Rwandan troops attacking Goma; the caption is wrong.",
    "No footage shows Russian jets bombing Kharkiv.",
    "Officials did not say that Russia attacked Kharkiv.",
])
def test_a_denied_showing_or_saying_states_nothing(text):
    assert not about(text, "attacks")


# -- a denied claim whose content the parser hung on the verb, or past the claim's participles -----
@pytest.mark.parametrize("text, expected", [
    ("Kenya's defence ministry rejected as false the claims, made by al-Shabaab and repeated by several websites, "
     "that Kenyan jets bombed a school in Gedo.", ("Kenya", "attacks", "Gedo", True)),
    ("Nigeria dismissed the allegations, published by a Chadian newspaper and shared online, that its soldiers "
     "had attacked Diffa.", ("Nigeria", "attacks", "Diffa", True)),
    ("The army denied the reports, first carried by local radio, that Russian troops had shelled Kharkiv.",
     ("Russia", "attacks", "Kharkiv", True)),
])
def test_a_denied_claim_with_its_content_apart(text, expected):
    assert_denied(text, expected)


# -- a clause before a colon or semicolon is a sentence of its own ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ethiopian officials held talks with the TPLF in Nairobi: Eritrea rejected them outright.",
     ("Ethiopia", "negotiates_with", "Tigray People's Liberation Front", False)),
    ("Sudan's army attacked Omdurman; the RSF denied it.", ("Government of Sudan", "attacks", "Omdurman", False)),
])
def test_a_detached_clause_keeps_its_own_polarity(text, expected):
    assert expected in triples(text)


def test_a_fronted_clause_before_a_denial_is_still_denied():
    assert ("Rwanda", "attacks", "Goma", True) in triples("Rwanda did not attack Goma, the ministry denied.")


# -- "in A, not in B": B is excluded ---------------------------------------------------------------
@pytest.mark.parametrize("text, excluded", [
    ("Turkish drones have struck PKK positions in Iraq, not in Syria.", "Syria"),
    ("Turkish drones struck targets not in Syria but in Iraq.", "Syria"),
    ("Israeli jets have attacked sites in Lebanon, not in Syria.", "Syria"),
])
def test_a_negated_preposition_names_no_target(text, excluded):
    assert not {t for t in triples(text) if t[2] == excluded and not t[3]}


# -- a compound title leads as the same title does before a name -----------------------------------
@pytest.mark.parametrize("text, person, state", [
    ("Meles Zenawi, Ethiopia's prime minister, rejected the plan.", "Meles Zenawi", "Ethiopia"),
    ("Ethiopia's prime minister, Meles Zenawi, rejected the plan.", "Meles Zenawi", "Ethiopia"),
    ("Shehbaz Sharif, the prime minister of Pakistan, flew to Beijing.", "Shehbaz Sharif", "Pakistan"),
])
def test_a_prime_minister_in_apposition_leads(text, person, state):
    got = triples(text)
    assert (person, "leads", state, False) in got
    assert (person, "member_of", state, False) not in got


def test_a_deputy_or_foreign_minister_in_apposition_is_a_member():
    assert ("Sergei Lavrov", "member_of", "Russia", False) in triples("Sergei Lavrov, Russia's foreign minister, met the envoy.")
    assert not about("Dmitry Medvedev, Russia's deputy prime minister, met the envoy.", "leads")


# -- "X accused Y of Z, a charge W denies": W denies the charge, not the accusation -----------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Chad has accused Sudan of arming rebels, a charge Khartoum denies.", "Chad", "Sudan"),
    ("Kinshasa accuses Rwanda of backing the M23, an allegation Kigali rejects.", "Democratic Republic of the Congo", "Rwanda"),
    ("Azerbaijan accused Armenia of shelling its positions, a claim Yerevan denied.", "Azerbaijan", "Armenia"),
])
def test_a_denied_charge_leaves_the_accusation_standing(text, accuser, accused):
    got = about(text, "condemns")
    assert (accuser, "condemns", accused, False) in got
    assert (accuser, "condemns", accused, True) not in got


# -- help sent is help given, and denied with its sending; "no aid" given is none ---------------------
@pytest.mark.parametrize("text, expected", [
    ("Burundi denied sending troops to help the M23.", ("Burundi", "supports", "M23", True)),
    ("Rwanda did not send troops to help the M23.", ("Rwanda", "supports", "M23", True)),
    ("Qatar insists it gives the Taliban no military aid.", ("Qatar", "supports", "Taliban", True)),
    ("Egypt has provided no weapons to the Sudanese army.", ("Egypt", "supports", "Government of Sudan", True)),
])
def test_help_denied_with_its_sending_or_given_as_none(text, expected):
    assert_denied(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Rwanda sent troops to help the M23.", ("Rwanda", "supports", "M23", False)),
    ("Iran sent advisers to train the Houthis.", ("Iran", "supports", "Houthis", False)),
    ("Qatar gives the Taliban military aid.", ("Qatar", "supports", "Taliban", False)),
])
def test_help_sent_is_help_given(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, fact", [
    # a hostility only purposed by a sending that is ruled out or not made: neither stated nor denied
    ("Kenya has ruled out sending troops to fight al-Shabaab in Somalia.", ("Kenya", "opposes", "al-Shabaab")),
    ("Kenya did not send troops to fight al-Shabaab.", ("Kenya", "opposes", "al-Shabaab")),
    # reports no one could confirm
    ("The UN said it could not confirm reports that Eritrean troops had shelled Adigrat.", ("Eritrea", "attacks", "Adigrat")),
    # a misparse that makes one noun of "Russia attack Ukraine": no object read
    ("Iran denied helping Russia attack Ukraine.", ("Iran", "supports", "Ukraine")),
])
def test_nothing_stated_either_way(text, fact):
    got = triples(text)
    assert (*fact, False) not in got and (*fact, True) not in got, got


# -- an ending says the state held: "lifted its sanctions on X" is no longer sanctioning --------------
@pytest.mark.parametrize("text, expected", [
    ("The UN lifted sanctions on Eritrea in 2018.", ("United Nations", "sanctions", "Eritrea", True)),
    ("Washington revoked its sanctions on Sudan in 2017.", ("United States", "sanctions", "Sudan", True)),
    ("Russia ended its support for the Syrian government.", ("Russia", "supports", "Government of Syria", True)),
    ("Egypt ended its war with Israel in 1979.", ("Egypt", "opposes", "Israel", False)),
])
def test_an_ended_state_held(text, expected):
    assert expected in triples(text)
    assert (*expected[:3], not expected[3]) not in triples(text)
