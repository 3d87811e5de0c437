"""The fast paths of speed25 read what the plain readings they replace read.

Each is checked against the plain reading on texts of our own: trim_entities' word positions (found by the
words' hashes in an attribute column) against a walk over the Tokens; the construction filter (its tests,
conditions and edges numbered, their results kept in lists) against running every pattern on every
sentence; the bounds of a verb's coordinated phrases (read once per verb) against the per-phrase test they
replace; the example markers (split once) against splitting them at each call."""

from __future__ import annotations

import pytest

from conflictkg.graph import entities, lexicon
from conflictkg.graph.constructions import _DocIndex, _sentence_doc
from conflictkg.graph.pipeline import load_pipeline
from conflictkg.graph.rules import _companion_phrases
from spacy.attrs import LOWER, ORTH, POS
from spacy.tokens import Doc

TEXTS = [
    "Border clashes spread in Ostrava Valley\n\nKESSIN, Marovia — The Northern Liberation Front, backed by "
    "Veltria, seized the town of Dorn on Tuesday, and President Ana Morev of Marovia accused Kestria of arming "
    "the rebels. The Army said its forces, together with allied militias, had retaken the airport, and the Front "
    "withdrew from Dorn days later.",
    "The Sable Brigade, including fighters from the Coastal Guard, shelled Port Lena. Kestria, along with Veltria, "
    "backs the Brigade and, together with the Tarsen Union, condemned the strikes. Defence Minister Ilya Varn "
    "said the government would not negotiate with the Brigade until it leaves the Kessin Republic.",
    "Rebels such as the Red Hand fought the army near Ostra City; the Marovian Patriotic Movement (MPM) later "
    "signed a truce with the government of Marovia. Lieutenant Colonel Dana Okoro, a commander of the Front, "
    "did not attend the talks.",
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def docs(nlp):
    with nlp.select_pipes(disable=["conflict_relations"]):
        return [nlp(text) for text in TEXTS]


def _plain_positions(doc: Doc, attr: int, words) -> list[int]:
    text_of = {ORTH: lambda t: t.text, LOWER: lambda t: t.lower_, POS: lambda t: t.pos_}[attr]
    return [t.i for t in doc if text_of(t) in words]


def test_word_positions_are_the_tokens_with_those_words(docs):
    lists = [(LOWER, entities.PERSON_TITLES), (ORTH, entities.ORGANIZATION_BODY_HEADS), (ORTH, (",",)), (POS, ("PROPN",)),
             (ORTH, entities.NAME_FIRST_HEADS), (LOWER, entities.REGION_NOUNS), (ORTH, ("no-such-word",))]
    seen = 0
    for doc in docs:
        for attr, words in lists:
            for end in (None, len(doc) - 2, 3):
                expected = [i for i in _plain_positions(doc, attr, words) if end is None or i < end]
                assert entities._positions(doc, attr, words, end) == expected
                seen += len(expected)
    assert seen > 0
    empty = Doc(docs[0].vocab, words=[])
    assert entities._positions(empty, ORTH, (",",)) == []
    assert entities._positions(empty, ORTH, (",",), end=-2) == []


def test_construction_filter_finds_what_every_pattern_on_every_sentence_finds(nlp, docs):
    """The filter never refuses a sentence where a pattern matches, and lists the matches in the same order."""
    matcher = nlp.get_pipe("conflict_relations").constructions
    keys = sorted(matcher.matchers, key=matcher._order.__getitem__)
    array_head = Doc._get_array_attrs()
    total = 0
    for doc in docs:
        index = _DocIndex(doc, matcher._values, matcher._tables)
        array = doc.to_array(array_head)
        expected = []
        for sent in index.sents:
            piece = _sentence_doc(sent, array_head, array, index.ents)
            for key in keys:
                expected.extend((key, [sent.start + i for i in ids]) for _, ids in matcher.matchers[key](piece))
        assert matcher.matches(doc) == expected
        total += len(expected)
    assert total > 0


def _after_coordinator(verb, phrase) -> bool:
    # the per-phrase test _companion_phrases made before speed25
    return any(c.dep_ == "cc" and c.i < phrase.i for c in verb.children) \
        and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > phrase.i for c in verb.children)


def _plain_companion_phrases(verb, holder):
    if holder is not verb:
        return list(holder.children)
    own = [c for c in verb.children if not _after_coordinator(verb, c)]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        own += [c for c in verb.head.children if _after_coordinator(verb.head, c) and c.i < verb.i
                and not any(k.dep_ == "conj" and c.i < k.i < verb.i for k in verb.head.children)]
    return own


def test_companion_phrases_are_the_phrases_the_per_phrase_test_keeps(docs):
    verbs = [t for doc in docs for t in doc if t.pos_ in ("VERB", "AUX")]
    assert any(any(c.dep_ == "cc" for c in v.children) for v in verbs)  # (a coordinated verb is among them)
    for verb in verbs:
        for holder in (verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))):
            assert _companion_phrases(verb, holder) == _plain_companion_phrases(verb, holder)


def _plain_example_marker(prep) -> bool:
    if prep.dep_ != "prep":
        return False
    for marker in lexicon.EXAMPLE_MARKERS:
        *before, last = marker.split()
        if prep.lower_ == last and (not before or [c.lower_ for c in prep.children if c.i < prep.i][-len(before):] == before):
            return True
    return False


def test_example_markers_split_once_read_as_split_each_time(docs):
    preps = [t for doc in docs for t in doc if t.dep_ == "prep"]
    assert any(_plain_example_marker(t) for t in preps)
    assert [lexicon.example_marker(t) for t in preps] == [_plain_example_marker(t) for t in preps]
