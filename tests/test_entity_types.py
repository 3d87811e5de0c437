"""Types of actors the gazetteer does not know, settled by the words around their names.

Every example here is written for these tests (invented states and people); none comes from an
evaluation article.
"""

from __future__ import annotations

import pytest

from conflictkg.graph.model import Document, normalize_name
from conflictkg.graph.pipeline import extract_documents


def actor_types(text: str) -> dict[str, str]:
    (_, _, actors), = extract_documents([Document(id="t", text=text, published="2024-03-01")])
    # An actor's own name first: a government also carries its country's name as an alias.
    types = {normalize_name(n): a.type for a in actors for n in a.aliases}
    return types | {normalize_name(a.name): a.type for a in actors}


# -- an unknown name the text treats as a state ---------------------------------------------------
@pytest.mark.parametrize("text, state", [
    ("The Kingdom of Ostravel said it backed neither side in the war.", "Ostravel"),
    ("Rebels crossed from the Federation of Lurenia, officials said.", "Lurenia"),
    ("The army accused Marovia of arming the rebels. Marovia's foreign ministry denied the claim.", "Marovia"),
    ("Drones sold by Kestmar were found near the front. The Kestmari government denied arming the rebels.",
     "Kestmar"),
    ("Shells landed in Pelvania overnight, and the Pelvanian army returned fire.", "Pelvania"),
])
def test_an_unknown_name_treated_as_a_state_is_a_state(text, state):
    assert actor_types(text).get(normalize_name(state)) == "STATE"


@pytest.mark.parametrize("text, name", [
    ("The self-declared Republic of Arvania signed a truce with the rebels.", "Arvania"),
    ("President Jorim Salek's government denied arming the militia.", "Jorim Salek"),
    ("Rebels from neighbouring Korvanda province crossed into the valley.", "Korvanda"),
    ("The militia attacked the town of Belvik, a market hub near the border.", "Belvik"),
])
def test_near_misses_stay_what_they_are(text, name):
    assert actor_types(text).get(normalize_name(name)) != "STATE"


# -- a name after a person's title is a person ---------------------------------------------------
@pytest.mark.parametrize("text, person", [
    ("The chairman of the truce commission, Oskar Belmund Tavi, condemned the shelling.", "Oskar Belmund Tavi"),
    ("Norvald, whose president Kaspar Ilmo Raddek met the envoy, hosted the talks.", "Kaspar Ilmo Raddek"),
    ("General Ivo Darnek ordered the army to retake the town.", "Ivo Darnek"),
    ("Colonel Amadou Sessu led the Azure Brigade into the valley.", "Amadou Sessu"),
    ("The mediators, former presidents Thabo Mbeki and Kgalema Motlanthe, met the rebels.", "Kgalema Motlanthe"),
])
def test_a_name_after_a_title_is_a_person(text, person):
    assert actor_types(text).get(normalize_name(person)) == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("The General Assembly condemned the attack on the convoy.", "General Assembly"),
    ("Commander of the Faithful Brigade fighters shelled the port.", "Faithful Brigade"),
    ("The president of the Veltar Liberation Front said the truce held.", "Veltar Liberation Front"),
])
def test_near_misses_are_no_people(text, name):
    assert actor_types(text).get(normalize_name(name)) != "PERSON"


def test_the_state_a_president_acts_on_is_not_his_own():
    text = ("Fighting spread along the Drava valley. President Lavon Ostrik accused Pelvania of arming the rebels "
            "and of sheltering their commanders on Pelvanian soil. Pelvania's foreign ministry denied it.")
    (_, rels, _), = extract_documents([Document(id="t", text=text, published="2024-03-01")])
    assert not [r for r in rels if r.predicate == "leads" and r.object.name == "Pelvania"]


@pytest.mark.parametrize("text, person", [
    ("Canada said it would train the army of President Ama Tejan Kiru next year.", "Ama Tejan Kiru"),
])
def test_a_titled_name_split_by_ner_is_one_person(text, person):
    assert actor_types(text).get(normalize_name(person)) == "PERSON"


@pytest.mark.parametrize("text", [
    "Canada said it would train the army of President Ama Tejan Kiru next year.",
    "Britain would help the government of President Dario Velk with training.",
])
def test_a_president_is_not_the_leader_of_the_state_that_helps_him(text):
    (_, rels, _), = extract_documents([Document(id="t", text=text, published="2024-03-01")])
    assert not [r for r in rels if r.predicate == "leads" and r.object.type == "STATE"]


def test_a_body_joined_to_a_titled_person_stays_a_body():
    text = "The council thanked former President Marta Ilves and the Harbour Peace Initiative, which she chairs."
    assert actor_types(text).get(normalize_name("Harbour Peace Initiative")) != "PERSON"


# -- a state found in the text is looked up like the gazetteer's: its adjective, its government ------
def test_an_unknown_states_adjective_names_its_government():
    text = ("The council discussed the fighting in Korvesh. Rebels overran a company of the Korveshi army "
            "near the dam, and the Korveshi army later attacked the Qeral Valley Front.")
    (_, rels, _), = extract_documents([Document(id="t", text=text, published="2024-03-01")])
    attacks = [r for r in rels if r.predicate == "attacks" and r.object.name == "Qeral Valley Front"]
    assert attacks and attacks[0].subject.type == "GOVERNMENT" and "Korvesh" in attacks[0].subject.name


def test_the_state_named_by_its_forces_is_a_state():
    text = "President Ilse Varga ordered the Dorvanian Armed Forces to retake Dorvania's northern delta."
    assert actor_types(text).get(normalize_name("Dorvania")) == "STATE"


def test_the_government_of_an_unnamed_owner_is_no_anaphor():
    text = ("The Kingdom of Dastor denied arming the rebels. On Monday the Government of Merovak placed "
            "the Azure Front under sanctions.")
    (_, rels, _), = extract_documents([Document(id="t", text=text, published="2024-03-01")])
    assert not [r for r in rels if "Dastor" in r.subject.name and r.predicate == "sanctions"]


def test_every_name_after_a_plural_title_is_a_person():
    text = "The mediators, former presidents Joaquim Chissano, Ellen Johnson Sirleaf and Kgalema Motlanthe, met the rebels."
    assert actor_types(text).get(normalize_name("Kgalema Motlanthe")) == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Halima Kesse refused to disarm after the ceasefire.", "Halima Kesse"),
    ("Mamadou Traore leads the Sahel Liberation Front.", "Mamadou Traore"),
    ("Rebel commander Ousmane Dembele denied the charge.", "Ousmane Dembele"),
])
def test_a_name_opening_with_a_given_name_is_a_person(text, name):
    from conflictkg.graph.pipeline import load_pipeline
    doc = load_pipeline()(text)
    assert any(e.text == name and e.label_ == "PERSON" for e in doc.ents), [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text, name", [
    ("The Mohammed Ali Brigade attacked the town.", "Mohammed Ali Brigade"),
    ("Fighters gathered at the Omar Mukhtar Camp near Benghazi.", "Omar Mukhtar Camp"),
])
def test_a_body_named_after_a_person_stays_a_body(text, name):
    from conflictkg.graph.pipeline import load_pipeline
    doc = load_pipeline()(text)
    assert not any(e.label_ == "PERSON" for e in doc.ents), [(e.text, e.label_) for e in doc.ents]
