"""Streaming, worker processes, incremental builds and byte-identical outputs."""

from __future__ import annotations

import gc
import io
import json
import random
from pathlib import Path

import pytest
from spacy.tokens import Doc

import conflictkg
from conflictkg.cli import main
from conflictkg.graph.kg import KnowledgeGraph, join_actors, join_relations
from conflictkg.graph.model import Actor, Document, Evidence, Relation
from conflictkg.graph.pipeline import extract_documents, generated_at, load_pipeline
from conflictkg.graph.text import make_document
from conflictkg.progress import BuildProgress

ROOT = Path(__file__).resolve().parent
ANNOTATED = sorted((ROOT / "data" / "annotated").glob("*.json"))[:5]

SHORT = [
    "Turkey backs the Syrian National Army.",
    "Russia reportedly supports the Syrian government, officials said.",
    "Iran supports Hezbollah. The United States sanctioned Iran in 2019.",
    "Qatar mediated between Israel and Hamas.",
    "HTS captured Hama on Thursday.",
    "The United States designated HTS a terrorist organization in 2018.",
    "Turkey has long backed the Syrian National Army, officials said.",
]


def short_documents(n: int = 14) -> list[Document]:
    return [make_document(SHORT[i % len(SHORT)] + f" Report {i}.", published=f"2024-12-{1 + i % 28:02d}") for i in range(n)]


def rows(results) -> list[str]:
    from conflictkg.exports.tables import to_jsonl

    return [doc.id + "\n" + to_jsonl(rels) + json.dumps(sorted(a.id for a in actors)) for doc, rels, actors in results]


# -- what the component stores crosses processes ---------------------------------------------
def test_component_results_survive_doc_serialisation():
    nlp = load_pipeline()
    doc = nlp("Turkey backs HTS. The US refused to back HTS.")
    assert doc._.relations and doc._.actors and doc._.mentions
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())  # what n_process does to every Doc
    assert again._.relations == doc._.relations
    assert again._.actors == doc._.actors
    assert again._.mentions == doc._.mentions


def test_two_processes_give_the_same_results_as_one():
    docs = short_documents(9)
    one = rows(extract_documents(docs, processes=1, batch_size=2))
    two = rows(extract_documents(iter(docs), processes=2, batch_size=2))
    assert len(one) == 9 and any('"supports"' in r for r in one)
    assert two == one
    # The objects frozen for the fork (kept shared with the workers) are collectable again after.
    assert gc.get_freeze_count() == 0


def test_memory_zones_free_new_words_and_change_no_result():
    # Each zone's new words leave spaCy's vocabulary at its end (a corpus of millions would
    # otherwise grow it for good), in one process and in forked workers, with the same results
    # however the documents fall into zones.
    nlp = load_pipeline()
    docs = [make_document(f"{text} Qzvorlak{i} said.", published="2024-12-01") for i, text in enumerate(SHORT * 2)]
    strings = len(nlp.vocab.strings)
    whole = rows(extract_documents(docs, zone=100))
    assert len(nlp.vocab.strings) == strings and "Qzvorlak3" not in nlp.vocab.strings
    assert rows(extract_documents(docs, zone=3)) == whole and any('"supports"' in r for r in whole)
    assert rows(extract_documents(iter(docs), processes=2, batch_size=2, zone=5)) == whole
    assert len(nlp.vocab.strings) == strings


def test_documents_are_read_lazily_and_yielded_as_they_are_parsed():
    pulled = []

    def stream():
        for doc in short_documents(40):
            pulled.append(doc.id)
            yield doc

    results = extract_documents(stream(), batch_size=4)
    first, _, _ = next(results)
    assert first.id == pulled[0]
    assert len(pulled) < 40  # the first document came out before the input was read to the end
    assert len(list(results)) == 39


# -- merging across documents does not depend on order ---------------------------------------
TURKEY = Actor.create("Turkey", "STATE", ["Ankara"])
SNA = Actor.create("Syrian National Army", "ARMED_GROUP", ["SNA"])


def stated(doc: str, **kw) -> Relation:
    rule = kw.setdefault("rule", "verb:active")
    ev = Evidence(doc, f"Turkey backs the SNA ({doc}).", 0, 20, rule, kw.pop("ev_conf", 0.7))
    return Relation(kw.pop("subject", TURKEY), "supports", SNA, evidence=(ev,), **kw)


def test_joining_relations_is_order_independent_and_keeps_a_single_statement():
    parts = [stated("d3", date="2020", rule="r3", confidence=0.7), stated("d1", modality="reported", confidence=0.6, rule="r1"),
             stated("d2", date="2016", former=True, rule="r2", ev_conf=0.5, confidence=0.5)]
    joined = join_relations(parts)
    for seed in range(5):
        shuffled = parts[:]
        random.Random(seed).shuffle(shuffled)
        assert join_relations(shuffled) == joined
        assert join_relations([join_relations(shuffled[:2]), shuffled[2]]) == joined  # a build, then --merge
    assert joined.documents == ("d1", "d2", "d3")
    assert (joined.date, joined.former, joined.modality, joined.rule) == ("2016", True, None, "r1")
    assert joined.confidence == round(1 - 0.3 * 0.5 * 0.3, 3)  # two sources and more raise confidence
    assert join_relations([parts[0]]) is parts[0]
    assert join_relations([parts[0], parts[0]]) is parts[0]


def test_joining_actors_is_order_independent():
    a = Actor.create("Turkey", "STATE", ["Ankara"])
    b = Actor.create("Turkey", "STATE", ["Türkiye", "Turkish forces"])
    c = Actor("turkey-x", "TURKEY", "STATE", ("Ankara",), (("iso3166-alpha3", "TUR"),))
    c = Actor(a.id, c.name, c.type, c.aliases, c.external_ids)
    ab_c = join_actors(join_actors(a, b), c)
    assert ab_c == join_actors(c, join_actors(b, a)) == join_actors(join_actors(c, a), b)
    assert ab_c.name == "Turkey" and set(ab_c.aliases) == {"Ankara", "Türkiye", "Turkish forces", "TURKEY"}
    assert ab_c.external_ids == (("iso3166-alpha3", "TUR"),)


def test_relations_carry_the_final_actor_whatever_order_it_grew_in():
    kg = KnowledgeGraph()
    kg.add_document(Document("d1", "x"), [stated("d1")])
    kg.add_document(Document("d2", "y"), [stated("d2", subject=TURKEY.with_aliases(["Türkiye"]))])
    (rel,) = kg.relations()
    assert rel.subject is kg.graph.nodes[TURKEY.id]["actor"]
    assert set(rel.subject.aliases) == {"Ankara", "Türkiye"}


# -- builds: incremental, idempotent, byte-identical -----------------------------------------
@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for f in ANNOTATED:
        data = json.loads(f.read_text(encoding="utf-8"))
        path = folder / f"{data['id']}.txt"
        path.write_text(data["text"], encoding="utf-8")
        paths.append(path)
    # Two short reports that restate relations of the others, so edges gather several sources.
    for i, text in enumerate(SHORT[:4]):
        path = folder / f"short-{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _build(paths, outdir: Path, *extra: str) -> dict[str, bytes]:
    code = main(["build", *map(str, paths), "-o", str(outdir), "--published", "2025-01-15", "--reproducible", "-q", *extra])
    assert code == 0
    return {name: (outdir / name).read_bytes() for name in ("graph.ttl", "relations.jsonl", "graph.html")}


def test_input_order_and_process_count_do_not_change_a_byte(articles, tmp_path, capsys):
    full = _build(articles, tmp_path / "full", "-j", "1")
    other = _build(list(reversed(articles)), tmp_path / "reversed", "-j", "2")
    assert b"1970-01-01T00:00:00+00:00" in full["graph.ttl"]
    assert other == full


def test_merge_and_add_equal_a_full_build_and_adding_twice_changes_nothing(articles, tmp_path, capsys):
    full = _build(articles, tmp_path / "full")
    first, rest = articles[::2], articles[1::2]
    part = _build(first, tmp_path / "part")
    merged = _build(rest, tmp_path / "merged", "--merge", str(tmp_path / "part" / "graph.ttl"))
    assert merged["graph.ttl"] == full["graph.ttl"]
    assert merged["relations.jsonl"] == full["relations.jsonl"]
    assert part["graph.ttl"] != full["graph.ttl"]

    graph = tmp_path / "graph.ttl"
    graph.write_bytes(part["graph.ttl"])
    assert main(["add", str(graph), *map(str, rest), "--published", "2025-01-15", "--reproducible", "-q"]) == 0
    assert graph.read_bytes() == full["graph.ttl"]
    capsys.readouterr()
    assert main(["add", str(graph), *map(str, articles), "--published", "2025-01-15", "--reproducible", "-q"]) == 0
    assert f"added 0 document(s) ({len(articles)} already in the graph)" in capsys.readouterr().out
    assert graph.read_bytes() == full["graph.ttl"]


def test_api_add_skips_documents_the_graph_holds():
    docs = short_documents(3)
    kg = conflictkg.build(docs[:2], processes=1)
    seen = []
    kg.add(docs, progress=lambda doc, n: seen.append(doc.id))
    assert seen == [docs[2].id]
    assert sorted(kg.documents) == sorted(d.id for d in docs)


# -- timestamps and progress -----------------------------------------------------------------
def test_the_timestamp_is_fixed_by_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1733443200")
    assert generated_at() == "2024-12-06T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "next week")
    with pytest.raises(conflictkg.errors.InputError, match="SOURCE_DATE_EPOCH"):
        generated_at()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert generated_at(reproducible=True) == "1970-01-01T00:00:00+00:00"


def test_progress_lines_when_not_a_terminal_and_nothing_when_quiet(tmp_path, capsys):
    stream = io.StringIO()
    with BuildProgress(total=2, mode="lines", stream=stream, every=0) as progress:
        progress(Document("d1", "Turkey backs HTS."), 1)
        progress.skip()
        progress(Document("d2", "Iran backs Hezbollah here."), 2)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("conflictkg: extracting 1/2 documents,") and "ETA" in lines[0]
    assert lines[-1].startswith("conflictkg: extracted 2/2 documents,")
    assert "3 relations, 1 skipped" in lines[-1]

    assert main(["build", "-o", str(tmp_path / "q"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["build", "-o", str(tmp_path / "p")]) == 0
    assert "conflictkg: extracted 1/1 documents" in capsys.readouterr().err


# -- the Dask engine ---------------------------------------------------------------------------
def test_a_dask_local_cluster_of_two_workers_builds_the_same_graph(articles, tmp_path, capsys):
    pytest.importorskip("dask.distributed")
    few = articles[:1] + articles[-4:]  # one long article and the short ones: partitions on both workers
    local = _build(few, tmp_path / "local", "-j", "1")
    dask = _build(few, tmp_path / "dask", "--engine", "dask", "-j", "2")
    assert dask == local


def test_engine_options_are_checked_before_any_work(tmp_path, capsys):
    assert main(["build", "-o", str(tmp_path / "x"), "--engine", "spark"]) == 2
    assert "--engine: unknown engine 'spark'" in capsys.readouterr().err
    assert main(["build", "-o", str(tmp_path / "x"), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler: only with --engine dask" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
