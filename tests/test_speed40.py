"""The resolver's per-document indexes give what the scans they replace gave.

speed40 made two of the resolver's readers look tokens up in lists built once per document instead of walking the
document at every call: ``Resolver._quote_marks`` slices the document's quotation marks (``_quote_mark_tokens``, read
from the form column) where it walked the tokens between two positions, and ``Resolver._set_apart_before`` reads the
nouns spelt as the description (``_same_nouns``) where it walked every token before the sentence, and
``_unnamed_described`` the nouns of the description's lemma (``_nouns_of_lemma``); ``_set_aside`` reads the one or
two words before a phrase without making a Span of them. Checked here on
articles of our own (templates with quotations and repeated descriptions, each filled with four casts of actors):
for every span of every paragraph and for every noun, the index answers as the exhaustive scan does.
"""

from __future__ import annotations

import itertools

import pytest

from conflictkg.graph.pipeline import load_pipeline
from conflictkg.graph.resolve import Resolver, _set_aside
from conflictkg.graph.statements import _QUOTE_MARKS

_TEMPLATES = [
    '"We will hold {P} whatever it costs," a commander of the {A} told a radio station.',
    "{S}'s defence minister said: \u201cThe {A} has no friends left in {Q}.\u201d",
    'The {A} spokesman, {N}, called the offer "a trap" and said the movement would keep fighting.',
    "The movement later signed a truce with {S}, and the movement's leaders returned to {P}.",
    "Monitors said the militia had shelled {Q}. The militia denied it, and {T} backed the militia's account.",
    '"Our drones struck the depot," {N} said. "We did not touch the hospital."',
    "{T} sent envoys to {Q}; the envoys met the {A} and the envoys flew home the same week.",
    "The alliance, led by {S}, struck the {A} near {P}, and the alliance said the raid was over.",
    'Residents of {P} called the fighters "liberators"; others called them "bandits".',
    "The army retook {Q} from the {A}. The army then pushed on towards {P}.",
    '{S} accused {T} of "arming the {A}", a charge {T} rejected.',
    "The mission, which {S} leads, withdrew from {P}. Critics said the mission had failed.",
    "\u201cNo talks with the {A},\u201d {N} wrote, \u201cuntil they leave {Q}.\u201d",
    "The group {A} claimed the ambush near {Q}; the group said seven soldiers died.",
    "{S} blamed the {A} rather than {T} for the raid on the convoy.",
    "Relief flights went to {Q} instead of {P}, and not to the camps the militia held.",
]

_CASTS = [
    dict(A="Amber Hill Front", S="Finland", T="Mexico", N="Joseph Mbeki", P="Ravenna Gap", Q="Tolvik"),
    dict(A="Northern Reed Legion", S="Indonesia", T="Morocco", N="Sara Lindqvist", P="Kessa", Q="Port Orin"),
    dict(A="Granite Valley Army", S="Argentina", T="Poland", N="Omar Diallo", P="Hadra", Q="Vellmoor"),
    dict(A="Coastal Shield Brigade", S="Thailand", T="Senegal", N="Pieter Hals", P="Marrow Bay", Q="Dunfell"),
]


def _articles() -> list[str]:
    """Articles of seven sentences in two paragraphs, once per cast."""
    out = []
    for cast in _CASTS:
        sentences = [t.format(**cast) for t in _TEMPLATES]
        for k in range(0, len(sentences), 7):
            part = sentences[k:k + 7]
            out.append(" ".join(part[:4]) + "\n\n" + " ".join(part[4:]))
    return out


@pytest.fixture(scope="module")
def resolvers() -> list[Resolver]:
    nlp = load_pipeline()
    gazetteer = nlp.get_pipe("conflict_relations").gazetteer
    with nlp.select_pipes(disable=["conflict_relations"]):
        docs = list(nlp.pipe(_articles()))
    return [Resolver(doc, gazetteer) for doc in docs]


def test_articles_hold_quotation_marks_and_repeated_nouns(resolvers):
    assert sum(len(res._quote_mark_tokens()) for res in resolvers) >= 40
    assert any(len(res._same_nouns(t)) >= 3 for res in resolvers for t in res.doc if t.pos_ == "NOUN")


def test_quote_marks_slice_as_the_scan(resolvers):
    for res in resolvers:
        doc = res.doc
        for start, end in itertools.combinations_with_replacement(range(0, len(doc) + 2, 3), 2):
            scanned = [t.i for t in doc[start:end] if any(m in t.text for m in _QUOTE_MARKS)]
            assert res._quote_marks(start, end) == scanned, (start, end)
        for start, end in [(-5, len(doc)), (0, -3), (-8, -2), (5, 2)]:
            scanned = [t.i for t in doc[start:end] if any(m in t.text for m in _QUOTE_MARKS)]
            assert res._quote_marks(start, end) == scanned, (start, end)


def test_same_nouns_are_the_scanned_nouns(resolvers):
    for res in resolvers:
        doc = res.doc
        for token in doc:
            scanned = [t.i for t in doc if t.pos_ == "NOUN" and t.lower_ == token.lower_]
            assert res._same_nouns(token) == scanned, token.text


def test_nouns_of_lemma_are_the_scanned_nouns(resolvers):
    for res in resolvers:
        doc = res.doc
        for token in doc:
            lemma = token.lemma_.lower()
            scanned = [t.i for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() == lemma]
            assert res._nouns_of_lemma(lemma) == scanned, token.text


def test_set_aside_reads_the_words_before_as_the_span_did(resolvers):
    fired = 0
    for res in resolvers:
        for tok in res.doc:
            start = tok.left_edge.i
            before = [t.lower_ for t in tok.doc[max(0, start - 2):start]]
            expected = before[-1:] == ["not"] or before in (["rather", "than"], ["instead", "of"])
            assert _set_aside(tok) == expected, tok.text
            fired += expected
    assert fired >= 8
