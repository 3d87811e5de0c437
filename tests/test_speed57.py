"""The name repairs' word positions, looked up in an index made once per document, are the positions a scan finds.

speed57 found ``entities._positions`` (the tokens whose word is one of a list) copying and scanning a whole column
some twenty times a document while ``trim_entities`` runs its name repairs: they now look the words up in a
``_WordIndex`` made once there (words never change in those repairs). ``_untagged_namesakes`` and
``_state_cued_words`` now walk only the tokens their first test can accept (spelled as one of the names; a proper
or common noun). Checked here on texts of our own: the index answers as the scan, for every word list the repairs
ask with, from either end; and the repairs give what they gave with no index.
"""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LOWER, ORTH, POS

from conflictkg.graph import entities
from conflictkg.graph.lexicon import HONORIFICS, PERSON_RELATIVES, PERSON_TITLES, REGION_NOUNS, UNIT_KIND_NOUNS
from relations_helpers import parsed_before_relations

_TEXTS = [
    "ZOMBA, Malawi - The Crimson Tide Front seized Zomba on Friday. Malawi's army said its forces would retake the "
    "town. President Joseph Banda's brother, a colonel, said the Front's fighters had fled to Mangochi district.",
    "Tessivar accused neighbouring Nyabure of arming the Salt Plain Alliance. Nyabure's foreign ministry said the "
    "claim was false. The alliance, which Tessivar calls a militia, holds the northern region.",
    "The Amber Gate Legion and the Iron Hill Brigade, two militias loyal to Gen. Lucia Perez, clashed near Salto. "
    "Uruguay's defence minister, Ana Ruiz, said Uruguayan troops had been sent to Rivera.",
]

_ASKS = [
    (LOWER, ("'s", "’s")), (LOWER, REGION_NOUNS), (LOWER, UNIT_KIND_NOUNS), (LOWER, PERSON_TITLES),
    (LOWER, HONORIFICS), (LOWER, PERSON_RELATIVES), (ORTH, (",",)), (ORTH, entities._BODY_NAME_HEADS),
    (ORTH, ("Nyabure", "Tessivar", "Zomba")), (DEP, ("acl", "relcl")), (POS, ("PROPN",)), (POS, ("PROPN", "NOUN")),
]


@pytest.fixture(scope="module")
def docs():
    return parsed_before_relations(_TEXTS)


@pytest.mark.parametrize("end", [None, 0, 5, -1, -2, 10_000])
def test_index_answers_as_the_scan(docs, end):
    for doc in docs:
        for attr, words in _ASKS:
            assert entities._WORD_INDEX[0] is None
            scanned = entities._positions(doc, attr, words, end=end)
            entities._WORD_INDEX[0] = entities._WordIndex(doc)
            try:
                indexed = entities._positions(doc, attr, words, end=end)
            finally:
                entities._WORD_INDEX[0] = None
            assert indexed == scanned, (attr, end)


def test_index_of_another_doc_is_not_read(docs):
    entities._WORD_INDEX[0] = entities._WordIndex(docs[0])
    try:
        assert entities._positions(docs[1], ORTH, ("Nyabure",)) == [t.i for t in docs[1] if t.text == "Nyabure"]
    finally:
        entities._WORD_INDEX[0] = None


def test_name_repairs_give_what_they_gave_with_no_index(docs):
    for doc in docs:
        ents = list(doc.ents)
        plain = [(e.start, e.end, e.label_) for e in entities._untagged_namesakes(doc, ents)]
        entities._WORD_INDEX[0] = entities._WordIndex(doc)
        try:
            indexed = [(e.start, e.end, e.label_) for e in entities._untagged_namesakes(doc, ents)]
        finally:
            entities._WORD_INDEX[0] = None
        assert indexed == plain
        labels: dict[str, set[str]] = {}
        every = set()  # (the former walk: every token)
        from conflictkg.graph.resolve import _state_context
        from spacy.tokens import Span
        for tok in doc:
            if tok.text in labels or tok.text in every or tok.ent_type_ or not entities._lone_unknown_name(tok):
                continue
            if _state_context(doc, Span(doc, tok.i, tok.i + 1, label="ORG")):
                every.add(tok.text)
        assert entities._state_cued_words(doc, labels) == every


def test_trim_entities_leaves_no_index(docs):
    for doc in docs:
        entities.trim_entities(doc)
        assert entities._WORD_INDEX[0] is None
