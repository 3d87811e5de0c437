"""Two readers that made a Token of every word they looked at now read the document's word columns.

speed58: ``entities._numbered_fronts`` made two Tokens at every position of the document to find a figure
("18th") before a unit's kind ("front"); it now visits only the positions before a kind, looked up in the word
index. ``resolve._scare_quoted`` read the words around a phrase from Tokens made anew at every call (and ran twice
per reference in ``Resolver._refs``); it now reads the ORTH and LOWER columns, and runs once. Checked here against
the readers as they were, on texts of our own: the same answers at every token, the same names.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span, Token

from conflictkg.graph import entities, resolve
from conflictkg.graph.columns import DocColumns
from conflictkg.graph.lexicon import PERSON_NAMED_UNIT_NOUNS
from relations_helpers import parsed_before_relations

_TEXTS = [
    'The army said "terrorist groups" attacked the town. Officials blamed the "extremists" for the raid on Kuvo.',
    "The minister said 'the rebels' would face justice, and called them \u201cbandits\u201d. These \u2018fighters\u2019 fled.",
    "The ELN attacked the 7th front in Arauca. The EMC's 36th Front clashed with the 18th front near the 2nd front "
    "line, and the 101st Brigade moved north. Front commanders met. The 3rd front",
    'Officials said "the terrorists" and "those bandits" fled; the "Salt Plain Alliance" denied it. "Militants"',
]


def _scare_quoted_by_tokens(token: Token) -> bool:
    """``_scare_quoted`` as it was before speed58, reading Tokens."""
    if token.pos_ != "NOUN":
        return False
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    start = left
    if doc[left].lower_ in ("the", "these", "those") and left < token.i:
        left += 1
    opening = doc[left].text in resolve._QUOTES and left < token.i or left > 0 and doc[left - 1].text in resolve._QUOTES \
        or start > 0 and doc[start - 1].text in resolve._QUOTES and not doc[start - 1].whitespace_
    closing = doc[right].text in resolve._QUOTES and right > token.i or right + 1 < len(doc) and doc[right + 1].text in resolve._QUOTES
    return opening and closing


def _numbered_fronts_by_scan(doc: Doc, ents: list[Span]) -> list[Span]:
    """``_numbered_fronts`` as it was before speed58, every position of the document visited."""
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    for i in range(len(doc) - 1):
        number, head = doc[i], doc[i + 1]
        if not entities.ordinal_figure(number.text) or head.lower_ not in PERSON_NAMED_UNIT_NOUNS:
            continue
        own, body = by_token.get(i), by_token.get(i + 1)
        if own is not None and (own.label_ != "ORDINAL" or len(own) != 1):
            continue
        if body is None:
            if head.dep_ == "compound" or i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN"):
                continue
            new = Span(doc, i, i + 2, label="ORG")
        elif body.start == i + 1 and body.label_ == "ORG" and not body.ent_id_:
            new = Span(doc, i, body.end, label="ORG")
        else:
            continue
        ents = sorted([e for e in ents if e is not own and e is not body] + [new], key=lambda e: e.start)
        by_token.update((k, new) for k in range(new.start, new.end))
    return ents


@pytest.fixture(scope="module")
def docs():
    return parsed_before_relations(_TEXTS)


def test_scare_quoted_reads_the_columns_as_the_tokens(docs):
    seen = 0
    for doc in docs:
        columns = DocColumns(doc)
        for token in doc:
            expected = _scare_quoted_by_tokens(token)
            seen += expected
            assert resolve._scare_quoted(token, columns) == expected, token.text
            assert resolve._scare_quoted(token) == expected, token.text
    assert seen >= 3  # (the texts do quote some descriptions)


def test_numbered_fronts_as_the_scan(docs):
    named = 0
    for doc in docs:
        ents = list(doc.ents)
        expected = [(e.start, e.end, e.label_) for e in _numbered_fronts_by_scan(doc, ents)]
        for index in (None, entities._WordIndex(doc)):  # (outside trim_entities, and inside with its word index)
            entities._WORD_INDEX[0] = index
            try:
                found = [(e.start, e.end, e.label_) for e in entities._numbered_fronts(doc, ents)]
            finally:
                entities._WORD_INDEX[0] = None
            assert found == expected
        named += len(set(expected) - {(e.start, e.end, e.label_) for e in ents})
    assert named >= 1  # (a front numbered in figures is joined to its number somewhere)
