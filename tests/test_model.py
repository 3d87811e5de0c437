"""The shared data model and the KnowledgeGraph."""

from __future__ import annotations

import pytest

from conflictkg import Actor, Evidence, KnowledgeGraph, Relation
from conflictkg.errors import VocabularyError
from conflictkg.graph.model import actor_id, normalize_name


def ev(doc="d1", sentence="Turkey backs HTS.", rule="verb:active", confidence=0.8):
    return Evidence(doc, sentence, 0, len(sentence), rule, confidence)


TURKEY = Actor.create("Turkey", "STATE", aliases=("Türkiye",))
HTS = Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS",))
US = Actor.create("United States", "STATE")


def test_actor_id_is_stable_and_content_derived():
    assert actor_id("Hayat Tahrir al-Sham") == actor_id("hayat tahrir al sham")
    assert actor_id("Turkey") != actor_id("Turkmenistan")
    assert actor_id("Turkey").startswith("turkey-")


def test_normalize_name_folds_case_diacritics_possessive_article():
    assert normalize_name("The Assad’s Régime") == "assad regime"
    assert normalize_name("U.S.") == "us"


def test_unknown_type_and_predicate_are_refused():
    with pytest.raises(VocabularyError):
        Actor.create("X", "TRIBE")
    with pytest.raises(VocabularyError, match="backs"):
        Relation(TURKEY, "backs", HTS)


def test_same_relation_twice_adds_evidence_not_an_edge():
    kg = KnowledgeGraph()
    kg.add_relation(Relation(TURKEY, "supports", HTS, evidence=(ev("d1"),), confidence=0.8))
    merged = kg.add_relation(Relation(TURKEY, "supports", HTS, evidence=(ev("d2", "Ankara arms HTS."),), confidence=0.8))
    assert kg.graph.number_of_edges() == 1
    assert len(merged.evidence) == 2
    assert merged.documents == ("d1", "d2")
    assert merged.confidence > 0.8  # two sources raise confidence


def test_negated_relation_is_a_separate_edge():
    kg = KnowledgeGraph()
    kg.add_relation(Relation(US, "supports", HTS, negated=True, evidence=(ev(),)))
    kg.add_relation(Relation(TURKEY, "supports", HTS, evidence=(ev(),)))
    kg.add_relation(Relation(US, "supports", HTS, evidence=(ev("d9"),)))
    assert kg.graph.number_of_edges() == 3
    assert {r.negated for r in kg.relations(subject="United States")} == {True, False}
    assert [r.subject.name for r in kg.relations(predicate="supports", object="HTS", negated=False)] == ["Turkey", "United States"] or \
        sorted(r.subject.name for r in kg.relations(predicate="supports", object="HTS", negated=False)) == ["Turkey", "United States"]


def test_symmetric_relation_stated_both_ways_is_one_edge():
    kg = KnowledgeGraph()
    kg.add_relation(Relation(US, "opposes", HTS, evidence=(ev("d1"),)))
    kg.add_relation(Relation(HTS, "opposes", US, evidence=(ev("d2"),)))
    assert kg.graph.number_of_edges() == 1
    assert len(kg.relations(predicate="opposes", subject="HTS")) == 1


def test_actor_aliases_merge_and_lookup_by_alias():
    kg = KnowledgeGraph()
    kg.add_relation(Relation(TURKEY, "supports", HTS))
    kg.add_relation(Relation(TURKEY.with_aliases(["Ankara"]), "member_of", Actor.create("NATO", "IGO")))
    assert kg.actor("ankara").name == "Turkey"
    assert set(kg.actor("Turkey").aliases) == {"Türkiye", "Ankara"}
    assert kg.actor("nobody") is None


def test_merge_graphs_and_summary():
    a, b = KnowledgeGraph(), KnowledgeGraph()
    a.add_relation(Relation(TURKEY, "supports", HTS, evidence=(ev("d1"),)))
    b.add_relation(Relation(TURKEY, "supports", HTS, evidence=(ev("d2"),)))
    b.add_relation(Relation(US, "designates", HTS, date="2018", designation="terrorist organization"))
    a.merge(b)
    summary = a.summary()
    assert summary["relations"] == 2
    assert summary["relations_by_predicate"] == {"supports": 1, "designates": 1}
    assert a.relations(predicate="designates")[0].qualifiers() == {"date": "2018", "designation": "terrorist organization"}


def test_relations_filter_rejects_unknown_predicate():
    with pytest.raises(VocabularyError):
        KnowledgeGraph().relations(predicate="likes")
