"""Reading and cleaning input at the boundary."""

from __future__ import annotations

import pytest

import conflictkg
from conflictkg.errors import InputError
from conflictkg.graph.pipeline import _pieces
from conflictkg.graph.text import clean_text, make_document, read_document


def test_clean_text_removes_controls_zero_width_and_surrogates():
    dirty = "Ha\u200bma\x00 fell\ufeff to \ud800HTS\r\nnext"
    clean = clean_text(dirty)
    assert clean == "Hama fell to \ufffdHTS\nnext"


def test_clean_text_composes_nfc():
    assert clean_text("Türkiye") == "Türkiye"


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfe\x00bad", "not UTF-8"),
    (b"   \n\t ", "empty"),
])
def test_bad_files_name_the_file_and_the_problem(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_document(path)
    assert str(path) in str(info.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_bad_published_date():
    with pytest.raises(InputError, match="ISO date"):
        make_document("Turkey backs HTS.", published="06/12/2024")


def test_document_ids_are_stable():
    assert make_document("Turkey backs HTS.").id == make_document("Turkey backs HTS.").id


def test_long_text_is_split_into_pieces_with_offsets():
    text = ("Turkey backs the Syrian National Army.\n\n" * 50)
    pieces = list(_pieces(text, 300))
    assert len(pieces) > 1
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece
        assert len(piece) <= 300


def test_long_document_is_processed_not_rejected(monkeypatch):
    import conflictkg.graph.pipeline as pipeline

    monkeypatch.setattr(pipeline, "PIECE_CHARS", 400)
    text = "Filler sentence about the weather in the region.\n\n" * 20 + "Turkey backs the Syrian National Army.\n"
    rels = conflictkg.extract(text)
    rel = next(r for r in rels if r.predicate == "supports")
    ev = rel.evidence[0]
    assert text[ev.start:ev.end] == ev.sentence


def test_sample_document_ships_with_the_package():
    doc = conflictkg.sample_document()
    assert doc.published == "2024-12-06"
    assert "Hama" in doc.text
