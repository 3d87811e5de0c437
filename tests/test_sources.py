"""Ingestion: folders, globs, stdin, HTML pages, RSS/Atom feeds, JSON Lines and CSV corpora.

The files under tests/data/corpora are written for these tests: realistic pages (with
navigation, cookie banners, footers and the metadata news sites put in <meta> and
JSON-LD), an RSS 2.0 and an Atom feed, and two corpora with their own field names
and a bad record of every kind.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from conflictkg.errors import DocumentError, FormatError, InputError
from conflictkg.graph.readers import Fields, for_path, html_to_text
from conflictkg.graph.sources import iter_documents
from conflictkg.graph.text import content_id, iso_date

DATA = Path(__file__).parent / "data" / "corpora"
JSONL_FIELDS = {"text": "body", "title": "headline", "url": "link", "date": "meta.pubDate", "id": "guid"}
CSV_FIELDS = {"text": "story", "title": "headline", "url": "permalink", "date": "filed", "id": "story_id"}


def read(paths, **kwargs):
    skipped: list[DocumentError] = []
    stream = iter_documents(paths, on_skip=skipped.append, **kwargs)
    docs = list(stream)
    assert stream.skipped == skipped and stream.read == len(docs)
    return docs, skipped


def by_title(docs):
    return {d.title: d for d in docs}


# --- folders, globs, stdin -----------------------------------------------------------------


def test_a_folder_is_read_recursively_in_name_order_and_only_known_extensions():
    docs, skipped = read([DATA / "folder"], published="2024-12-08")
    assert [Path(d.source).name for d in docs] == ["manbij.txt", "briefing.md"]  # .draft.txt ignored
    # a JSON file is read as a record: one with no text is reported and skipped
    assert [(Path(e.source).name, e.location, e.reason) for e in skipped] == [("notes.json", "the object", "no 'text' field")]
    manbij, briefing = docs
    assert manbij.title == "Turkish-backed fighters push towards Manbij"
    assert briefing.title == "Security Council briefing on Yemen"  # the Markdown marks are not the title
    assert briefing.text.startswith("# Security Council")  # the text itself is kept as written
    assert {d.published for d in docs} == {"2024-12-08"}  # no metadata: --published
    assert all(d.id == content_id(d.text) for d in docs)


def test_globs_are_expanded_recursively_and_sorted(tmp_path):
    shutil.copytree(DATA, tmp_path / "corpora")
    docs, _ = read([str(tmp_path / "corpora" / "**" / "*.htm*")])
    assert [Path(d.source).name for d in docs] == ["frontline-daily.html", "sahel-monitor.htm"]
    with pytest.raises(InputError, match=r"no files match"):
        iter_documents([str(tmp_path / "nowhere" / "*.txt")])


def test_missing_path_is_fatal_before_anything_is_read(tmp_path):
    seen = []
    with pytest.raises(InputError, match=r"missing\.txt: no such file or folder"):
        iter_documents([DATA / "folder", tmp_path / "missing.txt"], on_skip=seen.append)
    assert not seen


def test_unreadable_file_on_the_command_line_is_fatal(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Turkey backs the Syrian National Army.")
    readable = os.access
    # chmod 0 would not do: the tests may run as root, who reads every file.
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != path and readable(p, mode))
    with pytest.raises(InputError, match=r"locked\.txt: cannot read \(permission denied\)"):
        iter_documents([path])


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch):
    _stdin(monkeypatch, "Turkey backs the Syrian National Army.\n".encode())
    (doc,), _ = read(["-"], published="2024-12-06")
    assert doc.text.startswith("Turkey backs") and doc.source == "<stdin>" and doc.published == "2024-12-06"


def test_stdin_is_sniffed_a_feed_is_read_as_a_feed(monkeypatch):
    _stdin(monkeypatch, (DATA / "feeds" / "horn-observer.atom").read_bytes())
    docs, _ = read(["-"])
    assert [d.published for d in docs] == ["2024-03-01", "2024-03-02"]


def test_stdin_with_a_named_format_and_fields(monkeypatch):
    _stdin(monkeypatch, (DATA / "records" / "levant-desk.csv").read_bytes())
    docs, skipped = read(["-"], format="csv", fields=CSV_FIELDS)
    assert [d.id for d in docs] == ["ld-001", "ld-002", "ld-003"] and len(skipped) == 3
    assert skipped[0].source == "<stdin>"


def test_stdin_twice_is_refused():
    with pytest.raises(InputError, match="given twice"):
        iter_documents(["-", "-"])


def test_unknown_input_format_lists_the_readers():
    with pytest.raises(FormatError, match="available: text, html, feed, jsonl, json, csv"):
        iter_documents(["-"], format="pdf")


# --- HTML -----------------------------------------------------------------------------------


def test_html_pages_main_text_title_url_and_date_from_metadata():
    docs, skipped = read([DATA / "pages"], published="2020-01-01")
    assert not skipped
    pages = by_title(docs)
    hama = pages["Rebels seize Hama after days of fighting"]
    assert hama.url == "https://frontline-daily.example/world/2024/12/05/rebels-seize-hama"
    assert hama.published == "2024-12-05"  # article:published_time wins over --published
    assert "Hayat Tahrir al-Sham captured Hama on Thursday" in hama.text
    for boilerplate in ("cookies", "Subscribe", "All rights reserved", "Who is HTS?"):
        assert boilerplate not in hama.text, boilerplate
    assert "\n\n" in hama.text  # paragraphs stay paragraphs (the sentence splitter needs them)
    niger = pages["Niger's junta orders French troops to leave"]  # JSON-LD only
    assert niger.published == "2023-08-03"  # datePublished, as written (not shifted to UTC)
    assert niger.url == "https://sahel-monitor.example/news/niger-junta-french-troops"
    assert "Economic Community of West African States imposed sanctions" in niger.text
    assert "Share this" not in niger.text


def test_html_page_with_no_date_takes_published(tmp_path):
    page = tmp_path / "plain.html"
    page.write_text("<html><head><title>Talks</title></head><body><article><p>"
                    + "Ethiopia held talks with Somalia in Ankara on Friday, the foreign ministry said. " * 3
                    + "</p></article></body></html>")
    (doc,), _ = read([page], published="2024-03-01")
    assert doc.published == "2024-03-01" and doc.text.startswith("Ethiopia held talks")


def test_html_page_with_no_main_text_is_skipped(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Live</title></head><body><script>load('/live.js')</script></body></html>")
    docs, (problem,) = read([page])
    assert not docs and problem.source == str(page) and "no main text" in problem.reason


# --- feeds ----------------------------------------------------------------------------------


def test_rss_each_entry_a_document_content_over_summary_html_reduced():
    docs, skipped = read([DATA / "feeds" / "conflict-wire.rss"], published="2020-01-01")
    israel, hezbollah = docs
    assert israel.title == "Israel strikes Syrian army sites after Assad's fall"
    assert israel.url == "https://conflict-wire.example/2024/12/08/israel-strikes-syria"
    assert israel.text.startswith("Israel attacked Syrian army bases")  # content:encoded, not the teaser
    assert "<" not in israel.text and "Russia said" in israel.text
    assert "\n\nIran condemned" in israel.text  # <p> became a paragraph
    assert israel.published == "2024-12-08"  # 23:30 -0500: the date written, not the next day in UTC
    assert hezbollah.text == ("Hezbollah withdrew its fighters from Qusayr as rebels advanced on Homs, "
                              "a source close to the group said.")  # an entry with only a summary keeps it
    (problem,) = skipped
    assert problem.location.startswith("entry 3") and "no text" in problem.reason
    assert str(problem).startswith(f"{DATA / 'feeds' / 'conflict-wire.rss'}, entry 3")


def test_atom_entries_published_or_updated_and_html_titles():
    talks, attack = read([DATA / "feeds" / "horn-observer.atom"])[0]
    assert talks.title == "Ethiopia & Somalia hold talks in Ankara"
    assert talks.published == "2024-03-01" and attack.published == "2024-03-02"  # <updated> when no <published>
    assert "Turkey mediated between the two governments" in talks.text
    assert "at odds since January.\nThe talks will resume" in talks.text  # <br/> a line break
    assert attack.text == "Al-Shabaab attacked a military base near Mogadishu on Saturday, officials said."


def test_a_broken_feed_keeps_what_it_can_an_xml_file_that_is_no_feed_is_skipped(tmp_path):
    (tmp_path / "broken.xml").write_text('<rss version="2.0"><channel><item><title>One</title>'
                                         '<description>Iran supports the Houthis.</description></item><item><title>cut')
    (tmp_path / "svg.xml").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (tmp_path / "garbage.rss").write_text("this is not XML at all")
    docs, skipped = read([tmp_path])
    assert [d.text for d in docs] == ["Iran supports the Houthis."]
    assert [(Path(p.source).name, p.location) for p in skipped] == [
        ("broken.xml", "entry 2"), ("garbage.rss", None), ("svg.xml", None)]
    assert "the feed is malformed" in skipped[0].reason
    assert all(p.reason.startswith("not an RSS or Atom feed") for p in skipped[1:])


# --- JSON Lines and CSV ---------------------------------------------------------------------


def test_jsonl_with_a_field_mapping_and_every_bad_line_reported():
    docs, skipped = read([DATA / "records" / "sahel-wire.jsonl"], published="2020-01-01", fields=JSONL_FIELDS)
    assert [d.id for d in docs] == ["sw-1001", "sw-1002", content_id(docs[2].text)]  # no guid: a content hash
    assert [d.published for d in docs] == ["2024-08-02", "2024-02-24", "2020-01-01"]  # nested date, RFC 822, none
    assert docs[0].title == "Wagner fighters leave Mali" and docs[0].url == "https://sahel-wire.example/1001"
    assert docs[0].source.endswith("sahel-wire.jsonl, line 1")
    reasons = {p.location: p.reason for p in skipped}
    assert list(reasons) == ["line 3", "line 5", "line 6", "line 7", "line 8", "line 9"]
    assert reasons["line 3"].startswith("not valid JSON")
    assert reasons["line 5"] == "no 'body' field"
    assert "bad date '06/12/2024' in 'meta.pubDate'" in reasons["line 6"]
    assert reasons["line 7"].startswith("not UTF-8")
    assert reasons["line 8"] == "the 'body' field is empty"
    assert reasons["line 9"] == "not a JSON object (a JSON list)"


def test_jsonl_default_fields(tmp_path):
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text('{"id": 7, "text": "Iran supports the Houthis.", "title": "Iran", "date": "2024-01-12"}\n'
                      '{"text": "Qatar condemned the strike.", "published": "2024-01-13T08:00:00Z", "date": "1999-01-01"}\n')
    first, second = read([corpus])[0]
    assert (first.id, first.title, first.published) == ("7", "Iran", "2024-01-12")
    assert second.published == "2024-01-13"  # "published" is tried before "date"


def test_json_an_object_or_an_array_of_objects(tmp_path):
    one = tmp_path / "article.json"
    one.write_text(json.dumps({"title": "Strike", "text": "Israel struck Hezbollah positions.", "published": "2024-10-02",
                               "entities": []}), encoding="utf-8")
    many = tmp_path / "export.json"
    many.write_text(json.dumps([{"text": "Iran supports the Houthis.", "date": "2024-01-12"}, 7,
                                {"title": "no text"}]), encoding="utf-8")
    docs, skipped = read([one, many], published="2020-01-01")
    assert [(d.title, d.text, d.published) for d in docs] == [
        ("Strike", "Israel struck Hezbollah positions.", "2024-10-02"),
        ("Iran supports the Houthis.", "Iran supports the Houthis.", "2024-01-12")]  # untitled: its first line
    assert [(e.location, e.reason) for e in skipped] == [
        ("entry 2", "not a JSON object (a JSON int)"), ("entry 3", "no 'text' field")]


@pytest.mark.parametrize("content, reason", [
    (b'{"text": "unterminated', "not valid JSON"),
    (b'"just a string"', "neither a JSON object nor an array of them (a JSON str)"),
    (b'\xff\xfe{}', "not UTF-8"),
])
def test_a_bad_json_file_is_one_reported_problem(tmp_path, content, reason):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    docs, skipped = read([bad])
    assert not docs and len(skipped) == 1 and skipped[0].reason.startswith(reason)


def test_csv_with_a_field_mapping_multiline_rows_and_bad_rows():
    docs, skipped = read([DATA / "records" / "levant-desk.csv"], published="2020-01-01", fields=CSV_FIELDS)
    assert [d.id for d in docs] == ["ld-001", "ld-002", "ld-003"]
    assert "\n\nThe Islamic Resistance in Iraq claimed the attack." in docs[0].text  # a quoted, multi-line field
    assert [d.published for d in docs] == ["2024-04-14", "2024-04-14", "2020-01-01"]  # "14 April 2024"; empty
    assert [d.source.rsplit(", ", 1)[1] for d in docs] == ["line 2", "line 5", "line 6"]
    assert [(p.location, p.reason) for p in skipped] == [
        ("line 7", "bad date 'yesterday' in 'filed': not a date"),
        ("line 8", "6 fields, the header has 5"),
        ("line 9", "the 'story' field is empty"),
    ]


def test_tsv(tmp_path):
    corpus = tmp_path / "wire.tsv"
    corpus.write_text("id\ttext\tdate\nt1\tIran supports the Houthis.\t12 January 2024\n")
    (doc,), skipped = read([corpus])
    assert (doc.id, doc.text, doc.published, skipped) == ("t1", "Iran supports the Houthis.", "2024-01-12", [])


def test_csv_without_the_text_column_is_one_problem_naming_the_columns():
    docs, (problem,) = read([DATA / "records" / "levant-desk.csv"])
    assert not docs and problem.location is None
    assert "no 'text' column" in problem.reason and "'story'" in problem.reason


def test_gzipped_corpus(tmp_path):
    target = tmp_path / "wire.jsonl.gz"
    target.write_bytes(gzip.compress((DATA / "records" / "sahel-wire.jsonl").read_bytes()))
    docs, skipped = read([tmp_path], fields=JSONL_FIELDS)
    assert [d.id for d in docs][:2] == ["sw-1001", "sw-1002"] and len(skipped) == 6


def test_fields_from_options():
    assert Fields.from_options(text="body", date="pubDate, updated") == Fields(text="body", date=("pubDate", "updated"))
    assert Fields(date="pubDate").date == ("pubDate",)
    with pytest.raises(InputError):
        Fields.from_options(body="text")


# --- bad documents, strictness, ids ---------------------------------------------------------


def test_a_bad_file_in_a_folder_is_skipped_and_the_rest_read(tmp_path):
    (tmp_path / "a.txt").write_text("Turkey backs the Syrian National Army.")
    (tmp_path / "b.txt").write_bytes(b"\xc3\x28 broken")
    (tmp_path / "c.txt").write_text("   \n")
    (tmp_path / "d.md").write_text("Iran supports the Houthis.")
    docs, skipped = read([tmp_path])
    assert [d.text for d in docs] == ["Turkey backs the Syrian National Army.", "Iran supports the Houthis."]
    assert [(Path(p.source).name, p.reason.split(" (")[0]) for p in skipped] == [
        ("b.txt", "not UTF-8 text"), ("c.txt", "the document is empty")]


def test_an_unreadable_file_in_a_folder_is_skipped(tmp_path, monkeypatch):
    from conflictkg.graph import sources

    (tmp_path / "a.txt").write_text("Turkey backs the Syrian National Army.")
    (tmp_path / "b.txt").write_text("Iran supports the Houthis.")

    def fake_open(path, mode="r", *args, **kwargs):  # the tests may run as root: chmod would not do
        if Path(path).name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return open(path, mode, *args, **kwargs)

    monkeypatch.setattr(sources, "open", fake_open, raising=False)
    docs, (problem,) = read([tmp_path])
    assert [d.text for d in docs] == ["Turkey backs the Syrian National Army."]
    assert str(problem) == f"{tmp_path / 'b.txt'}: cannot read (Permission denied)"


def test_strict_raises_the_first_bad_document_and_reading_is_lazy():
    stream = iter_documents([DATA / "records" / "sahel-wire.jsonl"], fields=JSONL_FIELDS, strict=True)
    assert next(stream).id == "sw-1001"  # read before the bad line 3 is reached
    with pytest.raises(DocumentError, match=r"sahel-wire\.jsonl, line 3: not valid JSON"):
        next(stream)


def test_ids_are_content_hashes_stable_across_files_and_dates(tmp_path):
    (tmp_path / "one.txt").write_text("Turkey backs the Syrian National Army.\n")
    (tmp_path / "two.txt").write_text("Turkey backs the Syrian National Army.\n")
    (tmp_path / "three.txt").write_text("Iran supports the Houthis.\n")
    one, two, three = (read([tmp_path / f"{n}.txt"], published=date)[0][0]
                       for n, date in (("one", "2024-01-01"), ("two", "2025-05-05"), ("three", None)))
    assert one.id == two.id == content_id("Turkey backs the Syrian National Army.\n") != three.id
    assert read([tmp_path / "one.txt"])[0][0].id == one.id  # and again, another time


def test_the_same_text_twice_is_read_once_and_a_reused_id_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Turkey backs the Syrian National Army.\n")
    (tmp_path / "b.txt").write_text("Turkey backs the Syrian National Army.\n")
    (tmp_path / "wire.jsonl").write_text('{"id": "x1", "text": "Iran supports the Houthis."}\n'
                                         '{"id": "x1", "text": "Iran supports the Houthis."}\n'
                                         '{"id": "x1", "text": "Qatar condemned the strike."}\n')
    stream = iter_documents([tmp_path])
    docs = list(stream)
    assert [Path(d.source.split(",")[0]).name for d in docs] == ["a.txt", "wire.jsonl"]
    assert stream.duplicates == 2  # b.txt, and line 2
    (problem,) = stream.skipped
    assert problem.source.endswith("wire.jsonl, line 3") and "the id 'x1' is already another document's" in problem.reason


def test_documents_pass_through(tmp_path):
    from conflictkg.graph.text import make_document

    doc = make_document("Iran supports the Houthis.", id="given")
    (tmp_path / "a.txt").write_text("Turkey backs the Syrian National Army.")
    docs, _ = read([doc, tmp_path / "a.txt"])
    assert docs[0] is doc and len(docs) == 2


def test_bad_published_option_is_an_input_error():
    with pytest.raises(InputError, match="--published '06/12/2024' is not an ISO date"):
        iter_documents([DATA / "folder"], published="06/12/2024")


# --- helpers --------------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("2024-12-06", "2024-12-06"),
    ("2024-12-06T23:30:00-05:00", "2024-12-06"),
    ("2024-12-06 08:00", "2024-12-06"),
    ("Fri, 06 Dec 2024 23:30:00 -0500", "2024-12-06"),
    ("6 December 2024", "2024-12-06"),
    ("December 6, 2024", "2024-12-06"),
    ("Dec 6 2024 10:00 UTC", "2024-12-06"),
])
def test_iso_date_accepts(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("value, reason", [
    ("06/12/2024", "ambiguous"),
    ("2024-02-30", "not a real date"),
    ("December 2024", "not a full date"),
    ("Friday", "not a full date"),
    ("yesterday", "not a date"),
    (20241206, "expected a date string"),
])
def test_iso_date_refuses(value, reason):
    with pytest.raises(ValueError, match=reason):
        iso_date(value)


def test_html_to_text():
    assert html_to_text("<p>Turkey backs <b>HTS</b>.</p><script>x()</script><p>Second&nbsp;one.</p>") == \
        "Turkey backs HTS.\n\nSecond one."
    assert html_to_text("Plain &amp; simple") == "Plain & simple"
    assert html_to_text("") == ""


def test_readers_by_extension():
    assert [for_path(p).name for p in ("a.TXT", "b.md", "c.htm", "d.rss", "e.atom", "f.xml", "g.ndjson", "h.csv.gz")] == \
        ["text", "text", "html", "feed", "feed", "feed", "jsonl", "csv"]
    assert for_path("notes.json").name == "json"
    assert for_path("README") is None and for_path("scan.pdf") is None


# --- through the command line and the API (these run the spaCy pipeline) ---------------------


def run(argv, capsys):
    from conflictkg.cli import main

    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def relations(outdir: Path) -> list[dict]:
    return [json.loads(line) for line in (outdir / "relations.jsonl").read_text().splitlines()]


def test_build_a_mixed_corpus_dates_from_metadata_win(tmp_path, capsys):
    outdir = tmp_path / "out"
    code, out, err = run(["build", DATA / "folder", DATA / "pages", str(DATA / "feeds" / "*"),
                          "--published", "2020-01-01", "-o", outdir], capsys)
    assert code == 0, err
    rows = relations(outdir)
    hama = next(r for r in rows if r["subject"] == "Hayat Tahrir al-Sham" and r["predicate"] == "captures")
    assert hama["date"] == "2024-12-05"  # "on Thursday" against the page's own date, not --published
    assert hama["source"] == "https://frontline-daily.example/world/2024/12/05/rebels-seize-hama"
    talks = next(r for r in rows if r["predicate"] == "negotiates_with")
    assert {talks["subject"], talks["object"]} == {"Ethiopia", "Somalia"} and talks["date"] == "2024-03-01"
    assert any(r["subject"] == "United Nations" and r["predicate"] == "condemns" for r in rows)  # the .md file
    assert out.startswith("8 document(s)")  # 2 files, 2 pages, 2 + 2 feed entries
    assert "2 bad document(s) skipped" in out  # a broken feed entry, a JSON file with no text
    assert err.count("skipped ") == 2 and "notes.json, the object" in err and "conflict-wire.rss, entry 3" in err


def test_build_a_jsonl_corpus_with_fields_reports_bad_lines_and_ids_are_kept(tmp_path, capsys):
    outdir = tmp_path / "out"
    code, out, err = run(["build", DATA / "records" / "sahel-wire.jsonl", "--text-field", "body",
                          "--title-field", "headline", "--url-field", "link", "--date-field", "meta.pubDate",
                          "--id-field", "guid", "-o", outdir], capsys)
    assert code == 0, err
    skipped = [line for line in err.splitlines() if line.startswith("skipped ")]
    assert [line.split(", ")[1].split(":")[0] for line in skipped] == [f"line {n}" for n in (3, 5, 6, 7, 8, 9)]
    assert "6 bad document(s) skipped" in out
    ttl = (outdir / "graph.ttl").read_text()
    assert "sw-1001" in ttl and "sw-1002" in ttl


def test_strict_stops_at_the_first_bad_document_and_writes_nothing(tmp_path, capsys):
    outdir = tmp_path / "out"
    code, out, err = run(["build", DATA / "records" / "sahel-wire.jsonl", "--text-field", "body", "--strict",
                          "-o", outdir], capsys)
    assert code == 2
    assert err.strip().splitlines() == [
        f"error: {DATA / 'records' / 'sahel-wire.jsonl'}, line 3: not valid JSON (Expecting ',' delimiter at column 74)"]
    assert not outdir.exists()


def test_build_from_stdin(tmp_path, capsys, monkeypatch):
    _stdin(monkeypatch, (DATA / "feeds" / "conflict-wire.rss").read_bytes())
    outdir = tmp_path / "out"
    code, out, err = run(["build", "-", "-o", outdir], capsys)
    assert code == 0, err
    assert any(r["subject"] == "Hezbollah" and r["predicate"] == "attacks" for r in relations(outdir))
    assert "<stdin>, entry 3" in err


def test_extract_reads_a_page(capsys):
    code, out, err = run(["extract", DATA / "pages" / "frontline-daily.html", "--format", "jsonl"], capsys)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert any(r["subject"] == "Hayat Tahrir al-Sham" and r["predicate"] == "captures" and r["date"] == "2024-12-05"
               for r in rows)


def test_api_build_takes_paths_fields_and_reports_skips():
    import conflictkg

    problems: list[DocumentError] = []
    kg = conflictkg.build([DATA / "records" / "levant-desk.csv"], fields=CSV_FIELDS, on_skip=problems.append)
    assert set(kg.documents) == {"ld-001", "ld-002", "ld-003"}
    assert [p.location for p in problems] == ["line 7", "line 8", "line 9"]
    with pytest.raises(DocumentError, match="line 7"):
        conflictkg.build([DATA / "records" / "levant-desk.csv"], fields=CSV_FIELDS, strict=True)
    with pytest.raises(InputError, match="no document to build from, every one was bad"):
        conflictkg.build([DATA / "records" / "levant-desk.csv"], on_skip=None)
