"""Who is whose: people of states and bodies (member_of), and who leads what (leads), read off the name and
title mechanisms in graph/rules.py. The constructions of graph/lang/en/constructions/member8.jsonl are
tested by their own examples in test_constructions.py; the sentences here are the project's own."""

from __future__ import annotations

from functools import lru_cache

import pytest

import conflictkg
from conflictkg.graph.model import normalize_name

PUBLISHED = "2024-06-01"


@lru_cache(maxsize=None)
def relations(text: str) -> tuple:
    return tuple(conflictkg.extract(text, published=PUBLISHED))


def triples(text: str, predicates: tuple[str, ...] = ("member_of", "leads")) -> set[tuple[str, str, str]]:
    return {(normalize_name(r.subject.name), r.predicate, normalize_name(r.object.name))
            for r in relations(text) if r.predicate in predicates and not r.negated}


def has(text: str, subject: str, predicate: str, obj: str) -> bool:
    return (normalize_name(subject), predicate, normalize_name(obj)) in triples(text)


@pytest.mark.parametrize("text,subject,obj", [
    ("Ghana's Efua Mensah told reporters the border would reopen.", "Efua Mensah", "Ghana"),
    ("Peru's Rosa Quispe and Chile's Tomas Vidal signed the statement.", "Tomas Vidal", "Chile"),
    ("Lena Varga of Human Rights Watch said the camp was shelled.", "Lena Varga", "Human Rights Watch"),
    ("Jonas Meyer of Germany said the sanctions would stay.", "Jonas Meyer", "Germany"),
])
def test_a_titleless_person_of_a_state_or_body_is_its_member(text, subject, obj):
    assert has(text, subject, "member_of", obj), triples(text)


def test_a_head_the_gazetteer_knows_leads_his_own_state():
    text = "Rwanda's Paul Kagame met Uganda's Yoweri Museveni in Kigali."
    assert has(text, "Paul Kagame", "leads", "Rwanda")
    assert not has(text, "Paul Kagame", "member_of", "Rwanda")


@pytest.mark.parametrize("text", [
    "Amina Yusuf of Nairobi said the water had run out.",  # a town is no body
    "Tomas Vidal of the Andes climbed the pass.",
])
def test_a_person_of_a_place_is_no_member(text):
    assert not [t for t in triples(text) if t[1] == "member_of"], triples(text)


def test_a_leader_the_text_has_named_is_not_read_as_his_states_official():
    text = ("The Coast Liberation Front attacked Lamu. Its commander, Juma Baraka, vowed to fight on. "
            "Kenya's Juma Baraka was indicted in absentia.")
    assert not has(text, "Juma Baraka", "member_of", "Kenya"), triples(text)


@pytest.mark.parametrize("text,subject,predicate,obj", [
    ("The foreign minister met his Estonian counterpart Mart Kask in Tallinn.", "Mart Kask", "member_of", "Estonia"),
    ("The envoy phoned her Turkish counterpart Hakan Fidan.", "Hakan Fidan", "member_of", "Turkey"),
    ("Biden called his Russian counterpart Vladimir Putin.", "Vladimir Putin", "leads", "Russia"),
])
def test_a_counterpart_is_his_states_official_or_its_known_head(text, subject, predicate, obj):
    assert has(text, subject, predicate, obj), triples(text)


def test_secretary_general_without_a_hyphen_is_no_rank():
    text = "NATO Secretary General Mark Rutte warned Moscow on Tuesday."
    assert has(text, "Mark Rutte", "leads", "NATO"), triples(text)


@pytest.mark.parametrize("text,subject,body,state", [
    ("Colombian FARC commander Ivan Marquez signed the accord.", "Ivan Marquez", "FARC", "Colombia"),
    ("ECOWAS chairman Bola Tinubu called for restraint.", "Bola Tinubu", "ECOWAS", None),
])
def test_a_body_named_among_the_title_words_is_what_he_leads(text, subject, body, state):
    assert has(text, subject, "leads", body), triples(text)
    if state is not None:
        assert not has(text, subject, "leads", state), triples(text)


def test_a_leader_read_by_a_construction_is_not_his_states_official_either():
    text = "Chad's Ali Mahamat was seen in Abeche. The Chadian Resistance Union grew under Ali Mahamat."
    assert has(text, "Ali Mahamat", "leads", "Chadian Resistance Union"), triples(text)
    assert not has(text, "Ali Mahamat", "member_of", "Chad"), triples(text)


@pytest.mark.parametrize("text,subject,obj", [
    ("Lena Varga led Hungary's delegation to the talks in Geneva.", "Lena Varga", "Hungary"),
    ("The Ghanaian delegation, led by Kofi Asamoah, arrived in Abuja.", "Kofi Asamoah", "Ghana"),
])
def test_who_leads_a_delegation_is_one_of_its_partys_officials(text, subject, obj):
    assert has(text, subject, "member_of", obj), triples(text)
    assert not has(text, subject, "leads", obj), triples(text)


def test_a_person_from_an_organisation_is_its_member_but_not_one_from_a_state():
    assert has("Lina Haddad, from Amnesty International, said the camp was shelled.", "Lina Haddad", "member_of",
               "Amnesty International")
    text = "Lina Haddad, from Lebanon, said the camp was shelled."
    assert not has(text, "Lina Haddad", "member_of", "Lebanon"), triples(text)


@pytest.mark.parametrize("text,subject,obj", [
    ("Hamas lawmaker Yusuf Nasser was arrested in Ramallah.", "Yusuf Nasser", "Hamas"),
    ("Ali Kaya, a Reuters correspondent, was detained at the border.", "Ali Kaya", "Reuters"),
    ("Amal Saad, a Hezbollah lawmaker, was wounded in the strike.", "Amal Saad", "Hezbollah"),
])
def test_staff_titles_make_members(text, subject, obj):
    assert has(text, subject, "member_of", obj), triples(text)


@pytest.mark.parametrize("text,subject,obj", [
    ("Thomas Berg, an officer of the Karen National Liberation Army, said the camp fell.", "Thomas Berg",
     "Karen National Liberation Army"),
    ("The Karen National Union held the pass. Paul Mendez, the group's representative, said the aid had arrived.",
     "Paul Mendez", "Karen National Union"),
    ("Peter Obi, a delegate of the African Union, said the vote was fair.", "Peter Obi", "African Union"),
])
def test_an_officer_representative_or_delegate_of_a_body_is_its_member(text, subject, obj):
    assert has(text, subject, "member_of", obj), triples(text)


def test_officers_of_a_body_are_not_the_one_person_named_after_them():
    text = "Officers of the Kenya Defence Forces, Paul Mendez said, raided the camp."
    assert not triples(text), triples(text)


def test_a_name_ner_took_for_a_place_is_a_person_with_a_persons_title_in_apposition():
    text = "Marta Ruiz, a senior official of the Sahel Liberation Front, said the town fell."
    assert has(text, "Marta Ruiz", "member_of", "Sahel Liberation Front"), triples(text)


def test_a_head_of_state_the_gazetteer_knows_still_leads_the_state_whose_delegation_he_heads():
    text = "Zelensky, who heads Ukraine's delegation, met Erdogan in Istanbul."
    assert has(text, "Volodymyr Zelensky", "leads", "Ukraine"), triples(text)
    assert not has(text, "Volodymyr Zelensky", "member_of", "Ukraine"), triples(text)
