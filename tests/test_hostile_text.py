"""Article text is untrusted: it stays inert in the terminal, in CSV, in JSON Lines and on screen."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest
from hypothesis import given, strategies as st

from conflictkg import Actor, Evidence, Relation
from rich.console import Console

from conflictkg import cli
from conflictkg.cli import main
from conflictkg.exports.tables import inert_cell, to_csv, to_jsonl
from conflictkg.graph.text import clean_text
from conflictkg.graph.gazetteer import Gazetteer

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def run(argv, capsys):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def relation(subject: str = "Kestrian Army", obj: str = "Lusk", sentence: str = "The Kestrian Army shelled Lusk.") -> Relation:
    return Relation(Actor.create(subject, "ARMED_GROUP"), "attacks", Actor.create(obj, "LOCATION"),
                    evidence=(Evidence("d1", sentence, 0, len(sentence), "verb:active", 0.9),))


def test_table_output_prints_markup_in_articles_literally(tmp_path, capsys, monkeypatch):
    # `[/]` used to crash rich's renderer; `[link=...]` became a terminal hyperlink.
    article = tmp_path / "odd [bold] name.txt"
    article.write_text("Turkey supports Hayat Tahrir al-Sham, a group it calls [link=https://evil.example]moderate[/link] and [/] legitimate.\n",
                       encoding="utf-8")
    monkeypatch.setattr(cli, "out", Console(highlight=False, width=1000))  # wide: cells are not wrapped
    code, out, err = run(["extract", article, "--format", "table"], capsys)
    assert code == 0, err
    flat = " ".join(out.split())
    assert "[link=https://evil.example]" in flat
    assert "[/]" in flat
    assert "\x1b]8;" not in out  # no OSC 8 hyperlink escape


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_a_spreadsheet_would_evaluate_are_neutralised(start):
    payload = start + "HYPERLINK(\"https://evil.example\",\"x\")"
    text = to_csv([relation(subject=payload, sentence=payload + " shelled Lusk.")])
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["subject"] == "'" + payload
    assert row["evidence"].startswith("'" + start)
    # Ordinary cells are untouched.
    assert row["object"] == "Lusk"


def test_inert_cell_leaves_numbers_and_plain_text_alone():
    assert inert_cell(0.9) == 0.9
    assert inert_cell("Lusk") == "Lusk"
    assert inert_cell("") == ""


def test_jsonl_escapes_line_separators_and_splits_on_newline_only():
    sentence = "The Kestrian\x85Army\u2028shelled\u2029Lusk."
    text = to_jsonl([relation(sentence=sentence), relation(obj="Varn")])
    assert "\u2028" not in text and "\u2029" not in text and "\x85" not in text
    lines = text.splitlines()  # what a naive reader does: still one record per line
    assert len(lines) == 2
    assert json.loads(lines[0])["evidence"][0]["sentence"] == sentence


def test_gazetteer_with_a_line_separator_in_a_name_loads(tmp_path):
    path = tmp_path / "extra.jsonl"
    path.write_text(json.dumps({"name": "Front\u2028of Varn", "type": "ARMED_GROUP", "aliases": ["FV"]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    gazetteer = Gazetteer.load(path)
    assert "Front\u2028of Varn" in gazetteer.entries


def test_evaluate_with_a_failing_command_says_so_and_exits_non_zero(tmp_path, capsys):
    gold = {"id": "a1", "title": "t", "published": "2024-01-01", "text": "Kestria attacked Varn.",
            "entities": [], "relations": [{"subject": "Kestria", "predicate": "attacks", "object": "Varn",
                                           "negated": False, "optional": False, "evidence": "Kestria attacked Varn"}]}
    (tmp_path / "a1.json").write_text(json.dumps(gold), encoding="utf-8")
    code, out, err = run(["evaluate", tmp_path, "--cmd", "echo no model >&2; exit 3"], capsys)
    assert code == 1
    assert "failed on 1 of 1" in err and "no model" in err
    assert json.loads(out.strip().splitlines()[-1])["articles"] == 1  # the summary line is still printed


@pytest.mark.parametrize("control", list(BIDI))
def test_bidi_controls_are_removed_at_the_text_boundary(control):
    assert clean_text(f"Kestria{control} attacked Varn") == "Kestria attacked Varn"


@given(st.text())
def test_clean_text_leaves_no_invisible_controls_and_is_idempotent(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert not any(ch in BIDI for ch in cleaned)
    assert "\r" not in cleaned
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n" for ch in cleaned)


@given(st.text(min_size=1).filter(lambda s: s.strip()))
def test_jsonl_round_trips_any_name(name):
    text = to_jsonl([relation(subject=name)])
    assert text.count("\n") == 1
    record = json.loads(text.split("\n")[0])
    assert record["subject"] == name


@given(st.text(min_size=1).filter(lambda s: s.strip()))
def test_csv_round_trips_any_name_modulo_the_apostrophe(name):
    row = next(csv.DictReader(io.StringIO(to_csv([relation(subject=name)]))))
    assert row["subject"] in (name, "'" + name)
    assert not row["subject"].startswith(("=", "+", "-", "@", "\t", "\r"))

