"""A battery of the project's own sentences (``data/session26_battery.jsonl``; format and checks in ``batteries.py``):
the army chief of a state whose forces the text names by no name of their own ("Kenya's army chief N", "the Zambian
army's commander N"), a man the gazetteer does not know, is an official of the state, not the head of the
government that stands for its forces in the graph (``rules._army_official``); a named army ("the Veltrian Defence
Forces' commander") is what he leads. An object pronoun whose verb repeats the verb of an earlier sentence takes
that verb's object again ("A accused X ... B also accused it": X, not A); with another verb, and both the earlier
subject and its object fitting, it is read as neither (``Resolver._parallel_object``). A subject pronoun whose
nearest name is an object continues the subject pronoun of that name's sentence: "They never fought the army. They
clashed with X" is not the army, and where the first found no antecedent the second finds none either
(``Resolver._prominent_subject``). A role told in the past before a clause of leaving ("was a colonel in X
before he defected") is a former one (``relations._past_role``, word class ``role_leaving_verbs``; its cases in
``test_lead24.TENSES``). A one-word name
NER misreads is a town where the article names the town's state (``Resolver._town_votes``, ``ontology/towns.json``).
"The army", a sentence after another government was named by no force's word, is the government whose army the text
named before it ("X fought the Somali army. The Kenyan government denied a role. The army retook Y": Somalia's;
``Resolver._army_named_before``). A possessive deeper in a noun phrase coordinated with one whose owner is named is
that owner's ("the Front's deputy chief and the brother of its leader, N": the Front's; ``_local_antecedent``). A
name in apposition that is one of a list of three ("Darfur, Kordofan, Blue Nile") is no place and its container
(``rules._in_name_list``). A possessive on what an attack is aimed at is not the attacker's, nor the named
operation's ("Uganda launched an offensive against its camps": the group named before; ``resolve._attack_target``).
Backing an actor's operation backs the actor (owned objects of supports). In a list item labelled with an armed
group's name, the item's first phrase describing rebels or fighters is that group ("- ADF: Ugandan Islamist rebels
...", not "Ugandan rebels"; ``Resolver._labelled_group``). The subject of the act a verb of helping lets another
do is that verb's object, never the helper ("Iran sent drones to Russia to help it attack Ukraine": not Iran;
``Resolver._own_clause_subjects``, a purpose clause sharing its governor's subject). To struggle against an actor
opposes it, and a component or constituent of a body is a member of it (``triggers.jsonl``). The agreement that
ended a war between two parties was made between them, and one of a body's parts ("X, one of three groups in Y") is a
member of it (``constructions/session26.jsonl``). A people's name before a lower-case designator that the gazetteer
knows capitalised ("in Kachin state") is that place (``Resolver._actor_for_entity``). Fighters or gangs gathered into
a body ("gangs allied in the X coalition", "rebels allied under Y") are that body's (``gathering_participles``)."""

from __future__ import annotations

import pytest

from batteries import Battery

from conflictkg.graph.gazetteer import towns
from conflictkg.graph.pipeline import extract_documents
from conflictkg.graph.text import make_document

BATTERY = Battery.load("session26_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


# (text, name, type): a one-word name NER misreads is a town when the article names the town's state, unless
# its own use says it is a speaker or it is a word of a person's full name there
TOWNS = [
    ("Clashes erupted in Mali. The Sahel Emirate Front attacked Gao on Sunday.", "Gao", "LOCATION"),
    ("Talks stalled in Myanmar. The Arakan Army seized Sittwe after weeks of fighting.", "Sittwe", "LOCATION"),
    ("Fighting resumed in Sudan. The RSF encircled Dilling and Kadugli.", "Kadugli", "LOCATION"),
    ("Clashes erupted in China. Gao said the talks had failed.", "Gao", "PERSON"),
]


@pytest.mark.parametrize("text,name,type_", TOWNS)
def test_town_of_a_named_state_is_a_place(text, name, type_):
    actors = {a.name: a.type for _doc, _rels, found in extract_documents([make_document(text, id="t")]) for a in found}
    assert actors.get(name) == type_, actors


def test_towns_are_data_with_states():
    table = towns()
    assert "MLI" in table["gao"] and "MMR" in table["sittwe"]
    assert all(" " not in name and codes for name, codes in table.items())
