"""The command line: the main job on the sample, and one clear line for every kind of bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conflictkg.cli import app, main

ROOT = Path(__file__).resolve().parents[1]


def run(argv, capsys):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    outdir = tmp_path_factory.mktemp("out")
    assert main(["build", "-o", str(outdir), "--rdf-format", "turtle,nt"]) == 0
    return outdir


def test_build_writes_every_output(built):
    for name in ("graph.ttl", "graph.nt", "graph.html", "relations.jsonl", "relations.csv"):
        assert (built / name).stat().st_size > 0, name
    rows = [json.loads(line) for line in (built / "relations.jsonl").read_text().splitlines()]
    assert any(r["subject"] == "Turkey" and r["predicate"] == "supports" and r["object"] == "Hayat Tahrir al-Sham"
               for r in rows)
    # the refusal to back either side is kept, and only as a negated relation
    us = [r for r in rows if r["subject"] == "United States" and r["predicate"] == "supports"]
    assert us and all(r["negated"] for r in us)
    assert not list(built.glob(".*.tmp"))


def test_extract_jsonl_has_the_scored_fields(capsys):
    sample = ROOT / "conflictkg" / "data" / "sample-hama-2024.txt"
    code, out, _ = run(["extract", sample, "--published", "2024-12-06", "--format", "jsonl"], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows
    for field in ("subject", "subject_aliases", "subject_type", "predicate", "object", "object_aliases",
                  "object_type", "negated", "date", "confidence", "rule", "evidence", "source"):
        assert field in rows[0]
    designation = next(r for r in rows if r["predicate"] == "designates")
    assert designation["date"] == "2018"


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "no document to build from (no file with a known extension"),
    (lambda d: (d / "bad.txt", (d / "bad.txt").write_bytes(b"\xc3\x28 broken"))[0], "not UTF-8"),
    (lambda d: (d / "empty.txt", (d / "empty.txt").write_text("  \n"))[0], "empty"),
])
def test_bad_input_nonzero_exit_nothing_written(tmp_path, capsys, make, message):
    bad = make(tmp_path)
    outdir = tmp_path / "out"
    code, out, err = run(["build", bad, "-o", outdir], capsys)
    assert code != 0
    assert message in err and str(bad) in err
    lines = err.strip().splitlines()
    # a fatal input is one line; a bad document is one "skipped" line, then the error that nothing is left
    assert len(lines) == 1 or (len(lines) == 2 and lines[0].startswith(f"skipped {bad}: ")
                               and "every one was bad (1 skipped)" in lines[1])
    assert lines[-1].startswith("error: ")
    assert "Traceback" not in err
    assert not outdir.exists() or not any(outdir.iterdir())


def test_bad_published_date(tmp_path, capsys):
    text = tmp_path / "a.txt"
    text.write_text("Turkey backs the Syrian National Army.")
    code, _, err = run(["extract", text, "--published", "yesterday"], capsys)
    assert code != 0 and "ISO date" in err


def test_unknown_predicate_in_query(built, capsys):
    code, _, err = run(["query", built / "graph.ttl",
                        "PREFIX ck: <https://w3id.org/conflictkg/ontology#> SELECT ?s WHERE { ?s ck:suports ?o }"], capsys)
    assert code != 0
    assert "suports" in err


def test_query_named_supporters_of_hts(built, capsys):
    query = """PREFIX ck: <https://w3id.org/conflictkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?who WHERE { ?s ck:supports ?o . ?o rdfs:label "Hayat Tahrir al-Sham" . ?s rdfs:label ?who }"""
    code, out, _ = run(["query", built / "graph.ttl", query, "--format", "csv"], capsys)
    assert code == 0
    assert "Turkey" in out and "United States" not in out


def test_every_command_has_help_and_is_in_the_readme():
    import typer.main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = typer.main.get_command(app)
    for name, cmd in command.commands.items():
        assert cmd.help, name
        assert re.search(rf"conflictkg {name}\b", readme), f"`conflictkg {name}` is not in the README"


def test_console_script_runs_as_a_module():
    proc = subprocess.run([sys.executable, "-m", "conflictkg", "--help"], capture_output=True, text=True, cwd="/")
    assert proc.returncode == 0 and "build" in proc.stdout


def test_evaluate_prints_the_summary_line(capsys):
    code, out, _ = run(["evaluate", ROOT / "tests" / "data" / "annotated"], capsys)
    assert code == 0
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["articles"] >= 10 and summary["contradictions"] == 0
    assert 0 < summary["precision"] <= 1 and 0 < summary["recall"] <= 1


def test_evaluate_refuses_a_file(tmp_path, capsys):
    code, _, err = run(["evaluate", tmp_path / "nope"], capsys)
    assert code != 0 and "nope" in err


@pytest.mark.parametrize("argv, message", [
    (["build", "--no-such-option"], "No such option: --no-such-option"),
    (["build", "-j", "0"], "Invalid value for '--processes'"),
    (["query"], "Missing argument"),
    (["no-such-command"], "No such command"),
])
def test_usage_errors_are_one_message_and_exit_2(argv, message, capsys):
    # Whichever click typer parses with (its own copy since 0.25): a usage line, no traceback.
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_usage_errors_exit_2_from_the_console_script(tmp_path):
    done = subprocess.run([sys.executable, "-m", "conflictkg", "build", "--no-such-option"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2 and "No such option" in done.stderr and "Traceback" not in done.stderr
