"""The on-disk store: the same RDF as the files, merges equal to rebuilds, read in place, safe to kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

import conflictkg
from conflictkg.cli import main
from conflictkg.errors import InputError, OutputError
from conflictkg.exports import read, server
from conflictkg.exports.rdf import actor_iri, load_store, read_graph, serialize
from conflictkg.exports.sparql import query
from conflictkg.exports.store import MANIFEST, GraphStore, check_store, draw_neighbourhood, read_store
from conflictkg.graph.kg import JOINED_CONFIDENCE_CAP
from conflictkg.graph.text import make_document
from conflictkg.ontology.namespace import PREFIXES

ROOT = Path(__file__).resolve().parent
ANNOTATED = sorted((ROOT / "data" / "annotated").glob("*.json"))[:8]
# Short reports restating the articles' relations, and denying one, so edges gather sources
# across documents and merges have evidence, confidences and polarities to join.
SHORT = [
    "Turkey backs the Syrian National Army.",
    "Rwanda supports M23, UN experts said.",
    "Iran supports Hezbollah. The United States sanctioned Iran in 2019.",
    "Rwanda denies supporting M23.",
    "Qatar mediated between Israel and Hamas.",
    "Turkey has long backed the Syrian National Army, officials said.",
]
OPTIONS = ("--published", "2025-01-15", "--reproducible", "-q", "-j", "1")


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for f in ANNOTATED:
        data = json.loads(f.read_text(encoding="utf-8"))
        paths.append(folder / f"{data['id']}.txt")
        paths[-1].write_text(data["text"], encoding="utf-8")
    for i, text in enumerate(SHORT):
        paths.append(folder / f"short-{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def built(articles, tmp_path_factory) -> dict[str, Path]:
    """One file build (Turtle and TriG) and one store build of every article."""
    root = tmp_path_factory.mktemp("built")
    assert main(["build", *map(str, articles), "-o", str(root / "out"), "--rdf-format", "turtle,trig", *OPTIONS]) == 0
    assert main(["build", *map(str, articles), "--store", str(root / "store"), *OPTIONS]) == 0
    return {"ttl": root / "out" / "graph.ttl", "trig": root / "out" / "graph.trig", "store": root / "store"}


def store_quads(path: Path) -> set[ox.Quad]:
    with GraphStore.open(path) as gs:
        return set(gs.quads())


def file_quads(path: Path) -> set[ox.Quad]:
    # Read by Oxigraph as a store would: dateTimes in their canonical form ("Z" for UTC).
    return set(load_store(path))


def rows(result) -> list[list]:
    # GROUP_CONCAT lists in no set order, in a store as in memory: compare the lists' members.
    return sorted(([sorted(c.split(" | ")) if c and " | " in c else [c or ""] for c in row] for row in result.rows))


def snapshot(path: Path) -> dict[str, bytes]:
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


# -- the same RDF, whichever way it is read ----------------------------------------------------
def test_a_store_holds_the_quads_of_the_trig_output(built):
    quads = store_quads(built["store"])
    assert quads == file_quads(built["trig"])
    assert any(not isinstance(q.graph_name, ox.DefaultGraph) for q in quads)  # a named graph per document
    # The triple formats hold the union of the graphs: the same triples.
    assert {q.triple for q in quads} == {q.triple for q in file_quads(built["ttl"])}


def test_queries_answer_the_same_over_a_store_and_a_file(built, capsys):
    # (single_source picks one sentence with SAMPLE, whichever the engine meets first: not compared.)
    for name, params in (("supporters", {"actor": "M23"}), ("contested", {}), ("timeline", {}), ("external_ids", {})):
        on_file = query(built["ttl"], name=name, params=params)
        on_store = query(built["store"], name=name, params=params)
        assert rows(on_store) == rows(on_file)
    assert query(built["store"], name="supporters", params={"actor": "M23"}).rows  # Rwanda, at least
    capsys.readouterr()
    sparql = "SELECT ?s ?o WHERE { ?a ck:supports ?b . ?a rdfs:label ?s . ?b rdfs:label ?o } ORDER BY ?s ?o"
    assert main(["query", str(built["ttl"]), sparql, "--format", "csv"]) == 0
    on_file = capsys.readouterr().out
    assert main(["query", str(built["store"]), sparql, "--format", "csv"]) == 0
    assert capsys.readouterr().out == on_file and on_file.count("\n") > 3


def test_a_whole_store_reads_back_as_the_graph_of_its_files(built):
    from_store, from_file = read_store(built["store"]), read_graph(built["trig"])
    # RDF keeps no order of aliases; everything else, timestamps included, comes back alike.
    assert set(serialize(from_store, "nquads").splitlines()) == set(serialize(from_file, "nquads").splitlines())
    assert from_store.graph.graph["extracted_at"] == "1970-01-01T00:00:00+00:00"
    assert len(conflictkg.load(built["store"])) == len(from_file) > 20


# -- adding equals rebuilding --------------------------------------------------------------------
def test_merge_and_add_equal_a_full_build_and_adding_twice_changes_nothing(articles, built, tmp_path, capsys):
    first, rest = articles[::2], articles[1::2]
    assert main(["build", *map(str, first), "--store", str(tmp_path / "s"), *OPTIONS]) == 0
    part = store_quads(tmp_path / "s")
    assert main(["build", *map(str, rest), "--merge", str(tmp_path / "s"), *OPTIONS]) == 0
    assert store_quads(tmp_path / "s") == store_quads(built["store"]) != part
    capsys.readouterr()
    before = snapshot(tmp_path / "s")
    assert main(["add", str(tmp_path / "s"), *map(str, articles), *OPTIONS]) == 0
    assert f"added 0 document(s) ({len(articles)} already in the store)" in capsys.readouterr().out
    assert snapshot(tmp_path / "s") == before  # not even reopened for writing


def test_batches_and_a_new_extraction_time_give_the_rebuild(articles, built, tmp_path):
    docs = list(conflictkg.iter_documents(articles, published="2025-01-15"))
    # A first part made at another time (another activity node) then three batches of two:
    # the activity of the rebuild replaces the old one on every relation.
    conflictkg.build_store(docs[:3], tmp_path / "s", processes=1)
    counts = conflictkg.build_store(docs, tmp_path / "s", processes=1, reproducible=True, batch=2)
    assert counts["added"] == len(docs) - 3 and counts["documents"] == len(docs)
    assert store_quads(tmp_path / "s") == store_quads(built["store"])
    # A new store built batch by batch too.
    conflictkg.build_store(reversed(docs), tmp_path / "t", processes=1, reproducible=True, batch=3)
    assert store_quads(tmp_path / "t") == store_quads(built["store"])


def test_new_quads_loaded_in_small_pieces_give_the_rebuild(articles, built, tmp_path, monkeypatch):
    # A batch's new quads go to the store as N-Quads text, spooled to disk past a size and
    # bulk-loaded a piece at a time: pieces of a few hundred bytes (a spool on disk, pieces
    # cut between quads) must add exactly what one piece does, in the first batch and in merges.
    from conflictkg.exports import store as store_module

    monkeypatch.setattr(store_module, "_SPOOL_BYTES", 300)
    docs = list(conflictkg.iter_documents(articles, published="2025-01-15"))
    conflictkg.build_store(docs, tmp_path / "s", processes=1, reproducible=True, batch=4)
    assert store_quads(tmp_path / "s") == store_quads(built["store"])


def test_documents_extracted_elsewhere_merge_as_a_build_does(articles, built, tmp_path):
    # Extraction output (from a cluster, or replayed by a benchmark) added in batches, with a
    # document repeated and one the store already holds: the store of a build, and each once.
    from conflictkg.exports.store import add_extracted
    from conflictkg.graph.pipeline import extract_documents

    docs = list(conflictkg.iter_documents(articles, published="2025-01-15"))
    results = list(extract_documents(docs))
    assert add_extracted(tmp_path / "s", results[:2], reproducible=True)["documents"] == 2
    counts = add_extracted(tmp_path / "s", [results[1], *results[1:], results[-1]], batch=3, reproducible=True)
    assert counts["documents"] == len(docs) - 2
    assert store_quads(tmp_path / "s") == store_quads(built["store"])


def test_a_relation_at_the_confidence_cap_merges_as_a_rebuild_does(tmp_path):
    # Past the cap more evidence cannot raise a stored relation's confidence, so a merge reads
    # only its first document (for the rule), not each piece of evidence. The rule is that of
    # the first document: kept when a new one sorts after it, taken from a new one sorting first.
    active = ["Turkey backs the Syrian National Army.", "Turkey supports the Syrian National Army, officials said.",
              "Turkey has long backed the Syrian National Army."]
    passive = ["The Syrian National Army is backed by Turkey.", "The Syrian National Army is supported by Turkey."]
    docs = [make_document(text, id=f"m{i}", published="2025-01-15") for i, text in enumerate(active, 1)]
    docs += [make_document(passive[0], id="m15", published="2025-01-15"),
             make_document(passive[1], id="a0", published="2025-01-15")]
    conflictkg.build_store(docs[:3], tmp_path / "s", processes=1, reproducible=True)
    with GraphStore.open(tmp_path / "s") as gs:
        [(before,)] = gs.store.query("SELECT ?c WHERE { ?r a ck:Relation ; ck:confidence ?c }", prefixes=PREFIXES)
    assert float(before.value) >= JOINED_CONFIDENCE_CAP
    for n, rule in ((4, "verb:active"), (5, "verb:passive")):
        conflictkg.build_store(docs[n - 1:n], tmp_path / "s", processes=1, reproducible=True)
        conflictkg.build_store(docs[:n], tmp_path / f"r{n}", processes=1, reproducible=True)
        assert store_quads(tmp_path / "s") == store_quads(tmp_path / f"r{n}")
        assert [r.rule for r in read_store(tmp_path / "s")] == [rule]


def test_a_saved_graph_seeds_a_new_store_equal_to_the_rebuild(articles, built, tmp_path, capsys):
    first, rest = articles[::2], articles[1::2]
    assert main(["build", *map(str, first), "-o", str(tmp_path / "part"), *OPTIONS]) == 0
    capsys.readouterr()
    seed = tmp_path / "part" / "graph.ttl"
    assert main(["build", *map(str, articles), "--merge", str(seed), "--store", str(tmp_path / "s"),
                 "--batch", "2", *OPTIONS]) == 0
    out = capsys.readouterr().out
    # The seed's documents are not extracted again; the others are, two per transaction.
    assert f"added {len(rest)} document(s) ({len(first)} already in the store)" in out
    assert f"seeded with {len(first)} document(s)" in out
    assert store_quads(tmp_path / "s") == store_quads(built["store"])
    # A store that exists is not seeded: one line, nothing changed.
    before = snapshot(tmp_path / "s")
    assert main(["build", *map(str, rest), "--merge", str(seed), "--store", str(tmp_path / "s"), *OPTIONS]) == 2
    err = capsys.readouterr().err
    assert "seeds a new store only" in err and err.count("\n") == 1
    assert snapshot(tmp_path / "s") == before
    with pytest.raises(InputError, match="seeds a new store only"):
        conflictkg.build_store(rest, tmp_path / "s", merge=seed, processes=1)
    assert snapshot(tmp_path / "s") == before


def test_batch_is_an_option_of_store_builds_only(articles, tmp_path, capsys):
    assert main(["build", str(articles[0]), "-o", str(tmp_path / "out"), "--batch", "10", *OPTIONS]) == 2
    assert "--batch 10: only with --store" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert main(["build", str(articles[0]), "--store", str(tmp_path / "s"), "--batch", "0", *OPTIONS]) == 2
    assert not (tmp_path / "s").exists()


def test_the_corpus_makes_merges_join_sources_and_denials(built):
    # What the equalities above rest on: relations that several documents state (joined
    # across batches: evidence, confidence, dates) and one asserted and denied (contested).
    several = query(built["store"], "SELECT ?r WHERE { ?r a ck:Relation ; prov:wasDerivedFrom ?d } "
                                    "GROUP BY ?r HAVING (COUNT(DISTINCT ?d) > 1)")
    assert len(several.rows) >= 2
    contested = query(built["store"], name="contested").rows
    assert rows(query(built["store"], name="contested")) == rows(query(built["ttl"], name="contested")) and contested  # Rwanda / M23


# -- failures leave the store as it was ------------------------------------------------------------
def test_a_build_that_fails_midway_leaves_the_store_as_it_was(articles, tmp_path):
    docs = list(conflictkg.iter_documents(articles, published="2025-01-15"))
    conflictkg.build_store(docs[:2], tmp_path / "s", processes=1, reproducible=True)
    before = store_quads(tmp_path / "s")

    def failing(n):
        yield from docs[2:2 + n]
        raise InputError("wire.jsonl, line 9: not valid JSON")

    for n, batch in ((1, 100), (6, 2)):  # in place (one batch), and on a working copy (several)
        with pytest.raises(InputError, match="line 9"):
            conflictkg.build_store(failing(n), tmp_path / "s", processes=1, reproducible=True, batch=batch)
        assert store_quads(tmp_path / "s") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".s.lock", "s"]  # no working copy left
    with pytest.raises(InputError):
        conflictkg.build_store(failing(3), tmp_path / "new", processes=1, batch=1)
    assert not (tmp_path / "new").exists()  # a store that failed to be made is not there


KILLED_BUILD = textwrap.dedent("""
    import pathlib, sys, time
    import conflictkg
    from conflictkg.exports import store
    store_dir, ready, *articles = sys.argv[1:]
    real = store.merge_into
    def hang(target, delta, **options):
        real(target, delta, **options)
        pathlib.Path(ready).touch()  # a batch is in the working copy
        time.sleep(60)
    store.merge_into = hang
    conflictkg.build_store(articles, store_dir, published="2025-01-15", processes=1, batch=1)
""")


def test_a_killed_build_leaves_the_store_as_it_was_and_the_next_one_cleans_up(articles, tmp_path):
    conflictkg.build_store(articles[:2], tmp_path / "s", published="2025-01-15", processes=1, reproducible=True)
    before = snapshot(tmp_path / "s")
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(tmp_path / "s"), str(ready), *map(str, articles[2:5])])
    try:
        deadline = time.monotonic() + 120
        while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert ready.exists()
        # While it writes, readers are refused with one line, and so is a second writer.
        with pytest.raises(InputError, match=r"s: the store is locked: a build is writing it \(pid \d+\)"):
            query(tmp_path / "s", "ASK { ?s ?p ?o }")
        with pytest.raises(OutputError, match="the store is locked"):
            conflictkg.build_store(articles[5:6], tmp_path / "s", processes=1)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert snapshot(tmp_path / "s") == before
    assert any(p.name.startswith(".s.staging-") for p in tmp_path.iterdir())  # what the kill left...
    conflictkg.build_store(articles[:2], tmp_path / "s", processes=1, reproducible=True)
    assert not any(p.name.startswith(".s.staging-") for p in tmp_path.iterdir())  # ...the next writer removes


# -- clear errors ------------------------------------------------------------------------------------
def test_folders_that_are_not_stores_are_refused_in_one_line(built, tmp_path, capsys):
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "notes.txt").write_text("x")
    other = tmp_path / "other"
    other.mkdir()
    (other / MANIFEST).write_text(json.dumps({"format": "conflictkg-store", "version": 99}))
    (other / "oxigraph").mkdir()
    old = tmp_path / "old"  # version 1 numbered evidence within its relation, not its document
    old.mkdir()
    (old / MANIFEST).write_text(json.dumps({"format": "conflictkg-store", "version": 1}))
    (old / "oxigraph").mkdir()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / MANIFEST).write_text("{not json")
    cases = {
        plain: "plain: not a conflictkg store (no conflictkg-store.json",
        other: "other: a conflictkg store of version 99; this conflictkg reads version 2",
        old: "old: a conflictkg store of version 1; this conflictkg reads version 2 (rebuild the store from its documents)",
        broken: "broken: not a conflictkg store (conflictkg-store.json is unreadable",
    }
    for folder, message in cases.items():
        for argv in (["query", str(folder), "ASK {}"], ["serve", str(folder)], ["render", str(folder), "--around", "x"],
                     ["add", str(folder), str(built["ttl"])], ["build", "--store", str(folder), *OPTIONS]):
            assert main(argv) == 2, argv
            err = capsys.readouterr().err
            assert message in err and err.count("\n") == 1, (argv, err)
    assert main(["build", "--store", str(built["ttl"]), *OPTIONS]) == 2
    assert "not a conflictkg store (a file, not a folder)" in capsys.readouterr().err
    assert main(["build", "--store", str(tmp_path / "x"), "-o", str(tmp_path / "out"), *OPTIONS]) == 2
    assert "writes the store only" in capsys.readouterr().err
    assert not (tmp_path / "x").exists() and not (tmp_path / "out").exists()


def test_a_store_being_read_refuses_a_writer(built, articles, tmp_path, capsys):
    with GraphStore.open(built["store"]):
        assert main(["add", str(built["store"]), str(articles[0]), *OPTIONS]) == 2
    assert "store is locked: another process is reading, serving or writing it" in capsys.readouterr().err
    check_store(built["store"])


# -- reading in place: neighbourhoods, the explorer, the server ---------------------------------------
def test_the_neighbourhood_of_an_actor_is_its_relations_in_the_whole_graph(built):
    whole = read_graph(built["ttl"])
    m23 = whole.actor("M23")
    around = draw_neighbourhood(built["store"], around=["m23"])  # compared as in scoring
    expected = {r.key: r.evidence for r in whole if m23.id in (r.subject.id, r.object.id)}
    assert {r.key: r.evidence for r in around} == expected and len(expected) >= 2
    assert {d for r in around for d in r.documents} <= set(around.documents)  # what the explorer shows
    two = draw_neighbourhood(built["store"], around=["M23"], hops=2)
    assert len(two) > len(around)
    # The same from the file.
    assert {r.key for r in draw_neighbourhood(built["ttl"], around=["M23"])} == set(expected)


def test_the_neighbourhood_of_a_query(built):
    sparql = "SELECT ?r WHERE { ?r a ck:Relation ; ck:negated true }"
    kg = draw_neighbourhood(built["store"], sparql=sparql, hops=0)
    assert kg.relations() and all(r.negated for r in kg)
    with pytest.raises(InputError, match="name no actor or relation"):
        draw_neighbourhood(built["store"], sparql="SELECT ?x WHERE { VALUES ?x { 1 } }")
    with pytest.raises(InputError, match="no actor of that name"):
        draw_neighbourhood(built["store"], around=["Atlantis Liberation Front"])


def test_render_draws_the_explorer_from_a_store(built, tmp_path):
    assert main(["render", str(built["store"]), "--around", "M23", "-o", str(tmp_path / "m23.html")]) == 0
    page = (tmp_path / "m23.html").read_text(encoding="utf-8")
    assert "Rwanda" in page and "Hezbollah" not in page
    assert main(["render", str(built["store"]), "-o", str(tmp_path / "all.html")]) == 0  # whole, loaded
    assert "Hezbollah" in (tmp_path / "all.html").read_text(encoding="utf-8")


def test_serve_answers_from_the_store_in_place(built):
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    with server.running_server(built["store"], workers=1) as url:
        answer = httpx.post(url, content=sparql, timeout=30,
                            headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
        # A server holds the store: no build may change it under the workers.
        with pytest.raises(OutputError, match="locked"):
            with GraphStore.writing(built["store"]):
                pass
    n = int(answer.json()["results"]["bindings"][0]["n"]["value"])
    assert n == len(file_quads(built["trig"]))


def test_an_empty_folder_becomes_a_store_and_the_sample_builds_into_it(tmp_path, capsys):
    (tmp_path / "kg").mkdir()
    assert main(["build", "--store", str(tmp_path / "kg"), "--reproducible", "-q", "-j", "1"]) == 0
    assert "added 1 document(s) (0 already in the store)" in capsys.readouterr().out
    with conflictkg.open_store(tmp_path / "kg") as gs:
        assert gs.summary()["documents"] == 1 and gs.summary()["relations"] >= 10
        hts = gs.neighbourhood(["https://w3id.org/conflictkg/actor/" + conflictkg.load(tmp_path / "kg").actor("HTS").id])
    assert any(r.predicate == "supports" and r.subject.name == "Turkey" for r in hts)


TERMINATED_ADD = textwrap.dedent("""
    import pathlib, sys, time
    from conflictkg import cli
    from conflictkg.exports import store
    store_dir, ready, *articles = sys.argv[1:]
    store.BATCH = 1  # several batches: the store's working copy
    real = store.merge_into
    def hang(target, delta, **options):
        pathlib.Path(ready).touch()
        time.sleep(60)
        real(target, delta, **options)
    store.merge_into = hang
    sys.exit(cli.main(["add", store_dir, *articles, "-q", "-j", "1"]))
""")


def test_sigterm_stops_an_add_and_removes_its_working_copy(articles, tmp_path):
    conflictkg.build_store(articles[:2], tmp_path / "s", published="2025-01-15", processes=1, reproducible=True)
    before = snapshot(tmp_path / "s")
    ready = tmp_path / "ready"
    proc = subprocess.Popen([sys.executable, "-c", TERMINATED_ADD, str(tmp_path / "s"), str(ready), *map(str, articles[2:5])])
    try:
        deadline = time.monotonic() + 120
        while not ready.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert ready.exists()
        assert any(p.name.startswith(".s.staging-") for p in tmp_path.iterdir())
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
    assert snapshot(tmp_path / "s") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".s.lock", "ready", "s"]


def test_adding_writes_only_the_new_documents_and_the_relations_they_state(articles, tmp_path, monkeypatch):
    from conflictkg.exports import store as store_module
    from conflictkg.exports.rdf import DATA, graph_iri, relation_iri

    conflictkg.build_store(articles, tmp_path / "s", published="2025-01-15", processes=1, reproducible=True)
    written: list[ox.Quad] = []
    real = store_module._data
    monkeypatch.setattr(store_module, "_data", lambda quads: real(written.extend(quads) or list(quads)))
    new = make_document("Rwanda backs M23, a UN report says. Qatar mediated between Israel and Hamas.",
                        published="2025-02-01")
    stated = {relation_iri(r) for r in conflictkg.extract(new)}
    conflictkg.build_store([new], tmp_path / "s", processes=1, reproducible=True)
    touched = {q.subject.value for q in written if q.subject.value.startswith(str(DATA["relation"]))}
    assert touched and touched <= stated  # no other relation node is rewritten
    evidence = [q for q in written if q.subject.value.startswith(str(DATA["evidence"]))]
    assert evidence and {q.graph_name.value for q in evidence} == {graph_iri(new.id)}  # old evidence is left alone
    with GraphStore.open(tmp_path / "s") as gs:
        assert len(written) < len(list(gs.quads())) / 10
