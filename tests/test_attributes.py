"""The indexed attribute ruler sets exactly what the model's AttributeRuler sets."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from conflictkg.graph.attributes import IndexedAttributeRuler, use_indexed_attribute_ruler
from conflictkg.graph.pipeline import load_pipeline, model_name

COLUMNS = [POS, MORPH, LEMMA, TAG, DEP, HEAD]

TEXTS = [
    "The Kestrian army did not shell the port, and its allies haven't either.",
    "There is no sign that Dravia will arm the rebels; it's gonna wait, they say.",
    "I told them it was over. You saw it too, didn't you? Let's go.",
    "Y'all ain't seen nothin' yet, the commander said of the Northern Front.",
    "  Ukraine's forces retook   Kupiansk \n\n after months of fighting.\n",
    "Which side armed whom is unclear; that is what the inquiry asks, whether or not it helps.",
    "He gets the orders and got the men to the line, but the advance stalled.",
    "",
]


@pytest.fixture(scope="module")
def model():
    return spacy.load(model_name())


def _before_ruler(nlp, docs):
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            return docs
        docs = [proc(doc) for doc in docs]
    raise AssertionError("the model has no attribute_ruler")


def _both(ruler: AttributeRuler, docs: list[Doc]) -> tuple[list[Doc], list[Doc]]:
    indexed = IndexedAttributeRuler()
    assert indexed.load(ruler)
    expected = [ruler(doc.copy()) for doc in docs]
    got = [indexed(doc.copy()) for doc in docs]
    return expected, got


def _assert_same(expected: list[Doc], got: list[Doc]) -> None:
    for want, have in zip(expected, got):
        assert have.to_array(COLUMNS).tolist() == want.to_array(COLUMNS).tolist(), want.text
        assert [str(t.morph) for t in have] == [str(t.morph) for t in want], want.text


def test_same_annotations_as_the_models_ruler(model):
    docs = _before_ruler(model, [model.make_doc(text) for text in TEXTS])
    expected, got = _both(model.get_pipe("attribute_ruler"), docs)
    _assert_same(expected, got)
    # and it did something: the tag map gave every word a part of speech
    assert all(t.pos_ for doc in got for t in doc)


# Words the model's patterns single out (contractions, pronouns by case, "there is", "gon na") among plain ones.
WORDS = ["gon", "na", "got", "ta", "let", "'s", "ai", "n't", "nothin'", "y'", "all", "I", "you", "it", "there",
         "is", "are", "were", "do", "did", "have", "had", "that", "which", "but", "if", "not", "the", "rebels",
         "Dravia", "shelled", "town", "and", ",", ".", "  ", "\n"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), st.data())
def test_same_annotations_on_any_word_sequence(model, words, data):
    spaces = data.draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    docs = _before_ruler(model, [Doc(model.vocab, words=words, spaces=spaces)])
    _assert_same(*_both(model.get_pipe("attribute_ruler"), docs))


def _ruler(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_later_pattern_wins_and_longer_patterns_set_their_index():
    nlp, ruler = _ruler([
        {"patterns": [[{"LOWER": "convoy"}]], "attrs": {"LEMMA": "first"}},
        {"patterns": [[{"LOWER": {"IN": ["convoy", "column"]}}]], "attrs": {"LEMMA": "second"}},
        {"patterns": [[{"LOWER": "supply"}, {"LOWER": "convoy"}]], "attrs": {"LEMMA": "pair"}, "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^re"}}, {"IS_PUNCT": False}]], "attrs": {"LEMMA": "again"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a", "supply", "convoy", "column"]}}]], "attrs": {"NORM": "other"}},
    ])
    docs = [nlp.make_doc(t) for t in ("The supply convoy and a column regrouped .", "retook it", "Retreat .")]
    expected, got = _both(ruler, docs)
    _assert_same(expected, got)
    assert [t.lemma_ for t in got[0]][:7] == ["", "", "pair", "", "", "second", ""]
    assert got[1][0].lemma_ == "again" and got[2][0].lemma_ == ""
    assert [t.norm_ for t in got[0]][3] == "other"


def test_a_ruler_it_cannot_read_stays():
    nlp, ruler = _ruler([{"patterns": [[{"LOWER": "convoy", "OP": "+"}]], "attrs": {"LEMMA": "convoy"}}])
    assert IndexedAttributeRuler().load(ruler) is False
    assert use_indexed_attribute_ruler(nlp) is False
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)
    assert use_indexed_attribute_ruler(spacy.blank("en")) is False  # no ruler at all


def test_the_pipeline_runs_the_indexed_ruler():
    nlp = load_pipeline()
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    doc = nlp("Dravia did not arm the rebels.")
    assert [t.pos_ for t in doc][1:3] == ["AUX", "PART"]
