"""Document structure: an explainer's section heading that names an actor is the topic of its items.

"Kestrian Liberation Front" over "- It is led by N" -- NER reads a heading line poorly, and an item
leaves its subject to the heading. Every text here is written for these tests (invented actors and
places, or real actors of other conflicts); each kind has near misses that must yield nothing.
"""

import pytest

from relations_helpers import has, triples
from conflictkg.graph.segment import _headings


def about(found: set, name: str) -> set:
    return {t for t in found if name in (t[0], t[2])}


def test_headings_are_short_lines_standing_alone():
    text = ("Who is fighting in Varnia\n\nAn introduction to the war.\n\nKestrian Liberation Front\n"
            "- It was formed in 2019.\nArmy of the Southern Hills\n- It split off in 2021.\n\n"
            "What to watch?\n\nTalks may resume.\n14:05\nShelling went on.")
    found = [text[a:b] for a, b in _headings(text)]
    assert found == ["Kestrian Liberation Front", "Army of the Southern Hills", "What to watch?"]


@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("A guide to the armed groups.\n\nKestrian Liberation Front\n"
     "- A militia of some 4,000 fighters that took up arms in 2019. It is led by Doran Vesk, a former teacher.\n"
     "- Its fighters captured the river town of Pellor in March.\n",
     "Doran Vesk", "leads", "Kestrian Liberation Front"),
    ("A guide to the armed groups.\n\nKestrian Liberation Front\n"
     "- A militia of some 4,000 fighters that took up arms in 2019.\n"
     "- Its fighters captured the river town of Pellor in March.\n",
     "Kestrian Liberation Front", "captures", "Pellor"),
    ("The main players\n\nThe Ostmark situation in brief.\n\nArmy of the Southern Hills\n"
     "- Founded by defectors from the national army in 2021.\n"
     "- It has attacked the market town of Brenna twice this year.\n",
     "Army of the Southern Hills", "attacks", "Brenna"),
    ("Who is who\n\nThe armed groups of the delta.\n\nDelta Peoples Movement\n\n"
     "A smaller armed faction, active since 2015 in the mangroves.\n\n"
     "It is commanded by Abel Nwosu, a former fisherman.\n",
     "Abel Nwosu", "leads", "Delta Peoples Movement"),
])
def test_an_item_under_an_actor_heading_refers_to_it(text, subject, predicate, obj):
    assert has(triples(text), subject, predicate, obj)


def test_an_item_that_names_its_own_subject_keeps_it():
    found = triples("A guide to the armed groups.\n\nKestrian Liberation Front\n"
                    "- A militia that took up arms in 2019.\n"
                    "- The Lomar army attacked Pellor in March.\n")
    assert not has(found, "Kestrian Liberation Front", "attacks", "Pellor")


@pytest.mark.parametrize("heading", ["The rebels", "What to watch", "Key players in the north"])
def test_a_heading_that_names_no_actor_is_no_topic(heading):
    found = triples(f"A guide to the war.\n\n{heading}\n"
                    "- A militia of some 4,000 fighters that took up arms in 2019.\n"
                    "- It is led by Doran Vesk, a former teacher.\n")
    assert about(found, "Doran Vesk") == set()


def test_an_object_pronoun_is_not_read_as_the_heading():
    found = triples("A guide to the armed groups.\n\nKestrian Liberation Front\n"
                    "- A militia that took up arms in 2019.\n"
                    "- Government troops seized a convoy near Pellor and burned it.\n")
    assert not any(t[1] == "attacks" and t[2] == "Kestrian Liberation Front" for t in found)


@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("Q&A: the war in the hills\n\nFighting has flared again. Here is what we know.\n\n"
     "Who is the Kestrian Liberation Front?\n\n"
     "A militia of hill farmers that took up arms in 2015. It is now commanded by Doran Vesk.\n",
     "Doran Vesk", "leads", "Kestrian Liberation Front"),
    ("Explainer: the delta war\n\nThe basics.\n\nWhat is the Lomar Defence Force?\n\n"
     "The army of the breakaway region, raised in 2012. Its units captured the town of Pellor on Monday.\n",
     "Lomar Defence Force", "captures", "Pellor"),
    ("Q&A: the northern rebellion\n\nA short guide.\n\nWhat is the Red Hills Movement?\n\n"
     "A splinter of a few hundred fighters based in the border hills. It is led by Mariam Tesfaye.\n",
     "Mariam Tesfaye", "leads", "Red Hills Movement"),
])
def test_a_question_heading_asking_who_a_body_is_makes_it_the_topic(text, subject, predicate, obj):
    assert has(triples(text), subject, predicate, obj)


def test_a_question_heading_naming_two_actors_is_no_topic():
    found = triples("Q&A: the war in the hills\n\nHere is what we know.\n\n"
                    "Who is the Kestrian Liberation Front, and is the Lomar Defence Force with it?\n\n"
                    "A militia of hill farmers that took up arms in 2015. It is now commanded by Doran Vesk.\n")
    assert about(found, "Doran Vesk") == set()


# -- live blogs: a time stamp is no part of a name ----------------------------------------------
_BLOG = ("Live: fighting around Varn\n\nOur live coverage of the fighting in Varn.\n\n"
         "14:05 — Kestrian Liberation Front fighters attacked the airport in Pellor, witnesses said.\n"
         "13:40 - Lomar Defence Force units shelled the town of Brenna overnight.\n"
         "12:15 Ostrava sent drones to the Kestrian Liberation Front last week, officials said.\n")


def test_a_live_blog_time_stamp_is_not_part_of_a_name():
    found = triples(_BLOG)
    assert has(found, "Lomar Defence Force", "attacks", "Brenna")
    assert has(found, "Kestrian Liberation Front", "attacks", "Pellor")
    assert not any(t[0][:1].isdigit() or t[2][:1].isdigit() for t in found)


# -- list items labelled with a name: "- Kestrian Front: ..." ---------------------------------------
@pytest.mark.parametrize("item, subject, predicate, obj", [
    ("- Kestrian Liberation Front: the largest rebel group. It captured Pellor in 2021.",
     "Kestrian Liberation Front", "captures", "Pellor"),
    ("- Army of the Southern Hills: a splinter faction. It is led by Ilse Maro.",
     "Ilse Maro", "leads", "Army of the Southern Hills"),
    ("• Delta Peoples Movement: an armed faction of fishermen. Its fighters attacked the port of Veltria in May.",
     "Delta Peoples Movement", "attacks", "Veltria"),
])
def test_a_list_item_label_that_names_a_body_is_the_items_topic(item, subject, predicate, obj):
    found = triples(f"The armed groups at a glance\n\nA short guide to the main factions.\n\n{item}\n")
    assert has(found, subject, predicate, obj)


@pytest.mark.parametrize("item", [
    "- Background: a militia of hill farmers formed in 2019. It is led by Doran Vesk.",
    "- Leadership: the rebels chose a new chief in May. It is led by Doran Vesk.",
])
def test_a_label_that_names_no_body_is_no_topic(item):
    found = triples(f"Kestrian Liberation Front\n\nA short guide to the group.\n\n{item}\n")
    assert about(found, "Doran Vesk") == set()


def test_a_label_overrides_the_section_heading():
    found = triples("A guide to the war.\n\nArmy of the Southern Hills\n"
                    "- Red Hills Movement: its main ally. It is led by Mariam Tesfaye.\n")
    assert not has(found, "Mariam Tesfaye", "leads", "Army of the Southern Hills")


# -- Q&A: "Who backs X?" -- the answer's "it" is the one asked for, not X ---------------------------
@pytest.mark.parametrize("question, answer", [
    ("Who backs the Kestrian Front?", "A neighbouring power. It has supplied drones to the rebels."),
    ("Who arms the Red Hills Movement?", "A Gulf state, diplomats say. It has paid for rifles and trucks."),
    ("Who attacked the Lomar Defence Force?", "An unnamed militia. It struck the barracks at dawn."),
])
def test_a_question_that_asks_who_acts_on_a_body_is_no_antecedent_for_the_answer(question, answer):
    found = triples(f"Q&A: the war in the hills\n\nHere is what we know.\n\n{question}\n\n{answer}\n")
    assert {t for t in found if t[1] in ("supports", "attacks", "opposes")} == set()


def test_an_answer_that_names_the_actor_again_is_read():
    found = triples("Q&A: the war in the hills\n\nHere is what we know.\n\nWho backs the Red Hills Movement?\n\n"
                    "The Red Hills Movement gets rifles from Ostrava. It attacked the town of Adet in May.\n")
    assert has(found, "Red Hills Movement", "attacks", "Adet")
