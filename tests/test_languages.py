"""A second language is a folder and a model name: the French skeleton loads, matches and extracts."""

from __future__ import annotations

import importlib.util

import pytest
import spacy
from spacy.tokens import Doc

import conflictkg
from conflictkg.graph.constructions import ConstructionMatcher
from conflictkg.graph.lang import languages, load_language
from conflictkg.graph.model import normalize_name

FR = load_language("fr")
HAS_FR_MODEL = importlib.util.find_spec(FR.model) is not None


def test_every_shipped_language_loads_and_names_its_model():
    assert {"en", "fr"} <= set(languages())
    for code in languages():
        data = load_language(code)
        assert data.code == code and data.model and data.constructions


def test_french_constructions_match_a_parse_without_the_model():
    # "La Russie soutient le Mali": the parse given by hand, so the engine is tested on its own.
    nlp = spacy.blank("fr")
    doc = Doc(nlp.vocab, words=["La", "Russie", "soutient", "le", "Mali", "."],
              heads=[1, 2, 2, 4, 2, 2], deps=["det", "nsubj", "ROOT", "det", "obj", "punct"],
              pos=["DET", "PROPN", "VERB", "DET", "PROPN", "PUNCT"],
              lemmas=["le", "Russie", "soutenir", "le", "Mali", "."])
    matcher = ConstructionMatcher(nlp.vocab, FR)
    found = {(key.split("#")[0], tuple(ids)) for key, ids in matcher.matches(doc)}
    assert ("fr:verbe-actif:soutien", (2, 1, 4)) in found
    assert not any(cid == "fr:verbe-actif:attaque" for cid, _ in found)


CASES = [(c, ex) for c in FR.constructions for ex in c.examples]


@pytest.mark.skipif(not HAS_FR_MODEL, reason=f"the French pipeline {FR.model} is not installed (pip install '.[fr]')")
@pytest.mark.parametrize("construction,example", CASES, ids=[f"{c.id}-{n}" for n, (c, _) in enumerate(CASES)])
def test_french_examples_extract_end_to_end(construction, example):
    rels = conflictkg.extract(example.text, model=FR.model)
    for s, p, o, *_ in example.expect:
        assert any(r.predicate == p and r.rule == construction.id
                   and normalize_name(s) in {normalize_name(n) for n in r.subject.names}
                   and normalize_name(o) in {normalize_name(n) for n in r.object.names} for r in rels), \
            [(r.subject.name, r.predicate, r.object.name, r.rule) for r in rels]


@pytest.mark.skipif(not HAS_FR_MODEL, reason=f"the French pipeline {FR.model} is not installed (pip install '.[fr]')")
@pytest.mark.parametrize("construction", FR.constructions, ids=[c.id for c in FR.constructions])
def test_french_near_misses_extract_nothing(construction):
    for text in construction.near_misses:
        assert not [r for r in conflictkg.extract(text, model=FR.model) if r.rule == construction.id]
