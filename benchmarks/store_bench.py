"""The on-disk store against graph files: building, querying, and adding 1% more documents.

A synthetic graph stands in for extraction (which costs the same whichever way the graph
is kept, and would drown the figures): ``--docs`` documents, each stating
``--relations`` relations between actors drawn from a skewed pool (a few hubs, a long
tail), with evidence sentences, dates, qualifiers and some denials, so edges gather many
sources and merges have real work. Then, in one run:

1. **build**: the graph written as graph.ttl + graph.trig (what ``conflictkg build``
   writes) against bulk-loaded into a store (``build --store``), from the same
   in-memory graph;
2. **query**: named queries (not ``contested``: the synthetic hubs, asserted and denied
   by hundreds of sources, make its join explode either way) and an ad-hoc count through ``conflictkg.exports.sparql.query``
   (as ``conflictkg query`` runs them, in a bounded worker) over graph.ttl (parsed on every
   call) and over the store (opened in place), median of ``--repeat`` runs;
3. **merge**: adding ``--add-percent`` new documents: for the file, what ``conflictkg add``
   does (read graph.ttl, add, write graph.ttl); for the store, ``merge_into`` (touched
   actors and relations only, one transaction), with the same extraction time (as
   ``--reproducible``) and with a new one (every relation then points to the new
   extraction activity); the results are checked equal to a rebuild.

    nice python benchmarks/store_bench.py                  # 1,000 documents
    nice python benchmarks/store_bench.py --docs 10000 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from conflictkg.exports.rdf import load_store, read_graph, write
from conflictkg.exports.sparql import query
from conflictkg.exports.store import GraphStore, merge_into
from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Relation
from conflictkg.ontology import PREDICATES

TYPES = ["STATE", "GOVERNMENT", "ARMED_GROUP", "IGO", "ORGANIZATION", "PERSON", "LOCATION"]
WORDS = ("forces fighters border town officials said reported attack convoy ceasefire talks capital "
         "province militia government troops airstrike negotiations sanctions aid").split()


def synthetic(n_docs: int, per_doc: int, seed: int, first: int = 0) -> list[tuple[Document, list[Relation]]]:
    """``n_docs`` documents (ids from ``first``) with their relations, reproducibly from ``seed``."""
    rng = random.Random(seed)
    n_actors = max(50, n_docs // 2)
    actors = [Actor.create(f"Actor {i} {rng.choice(WORDS).title()}", TYPES[i % len(TYPES)],
                           [f"A{i}"] if i % 3 == 0 else []) for i in range(n_actors)]
    predicates = list(PREDICATES)
    out = []
    for d in range(first, first + n_docs):
        doc_rng = random.Random(seed * 1_000_003 + d)
        published = f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}"
        sentences = [" ".join(doc_rng.choice(WORDS) for _ in range(18)).capitalize() + "." for _ in range(per_doc)]
        text = " ".join(sentences)
        doc = Document(f"doc-{d:07d}", text, title=f"Report {d}", url=f"https://news.example/{d}", published=published)
        relations, offset = [], 0
        for sentence in sentences:
            # Skewed ends: a few hubs take most relations, as states and large groups do.
            a, b = (actors[min(int(doc_rng.paretovariate(1.2)) - 1, n_actors - 1) if doc_rng.random() < 0.6
                           else doc_rng.randrange(n_actors)] for _ in range(2))
            if a.id == b.id:
                b = actors[(actors.index(b) + 1) % n_actors]
            relations.append(Relation(
                a, doc_rng.choice(predicates), b, negated=doc_rng.random() < 0.05,
                date=published[:7] if doc_rng.random() < 0.3 else None,
                modality="reported" if doc_rng.random() < 0.2 else None,
                confidence=round(doc_rng.uniform(0.5, 0.95), 3), rule="synthetic",
                evidence=(Evidence(doc.id, sentence, offset, offset + len(sentence), "synthetic",
                                   round(doc_rng.uniform(0.5, 0.95), 3)),),
            ))
            offset += len(sentence) + 1
        out.append((doc, relations))
    return out


def graph_of(items, extracted_at: str) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.graph.graph["extracted_at"] = extracted_at
    for doc, relations in items:
        kg.add_document(doc, relations)
    return kg


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--relations", type=int, default=12, help="relations per document")
    parser.add_argument("--add-percent", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    epoch, later = "1970-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00"
    items = synthetic(args.docs, args.relations, args.seed)
    n_new = max(1, round(args.docs * args.add_percent / 100))
    new_items = synthetic(n_new, args.relations, args.seed, first=args.docs)
    kg = graph_of(items, epoch)
    s = kg.summary()
    print(f"synthetic graph: {s['documents']} documents, {s['actors']} actors, {s['relations']} relations "
          f"({sum(len(r) for _, r in items)} statements); +{n_new} documents to merge")

    work = Path(tempfile.mkdtemp(prefix="store-bench-"))
    try:
        ttl, trig, store_dir = work / "graph.ttl", work / "graph.trig", work / "store"

        def build_files():
            write(kg, ttl, "turtle")
            write(kg, trig, "trig")

        def build_store():
            shutil.rmtree(store_dir, ignore_errors=True)
            with GraphStore.writing(store_dir) as writer:
                writer.add(kg)

        t_file, _ = timed(build_files)
        t_store, _ = timed(build_store)
        size = lambda p: sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) if p.is_dir() else p.stat().st_size  # noqa: E731
        print("\n1. build (from the same in-memory graph)")
        print(f"   files (graph.ttl + graph.trig)  {t_file:7.2f} s   {(size(ttl) + size(trig)) / 2**20:6.1f} MiB")
        print(f"   store (bulk load)               {t_store:7.2f} s   {size(store_dir) / 2**20:6.1f} MiB   store/files {t_store / t_file:.2f}x")

        print(f"\n2. query (median of {args.repeat}; file parsed per call, store opened in place)")
        queries = [("count", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", {}),
                   ("supporters", None, {"actor": kg.actors()[0].name}),
                   ("opponents", None, {"actor": kg.actors()[1].name}),
                   ("timeline", None, {})]
        for label, sparql, params in queries:
            run = (lambda source: query(source, sparql, params=params)) if sparql else \
                  (lambda source: query(source, name=label, params=params))
            tf, on_file = timed(lambda: run(ttl), args.repeat)
            ts, on_store = timed(lambda: run(store_dir), args.repeat)
            assert len(on_file.rows) == len(on_store.rows), label
            print(f"   {label:<11} file {tf * 1000:8.1f} ms   store {ts * 1000:8.1f} ms   file/store {tf / ts:6.1f}x   ({len(on_store.rows)} rows)")

        print(f"\n3. merge +{n_new} documents ({args.add_percent:g}%), extraction excluded")
        rebuilt = graph_of(items + new_items, epoch)
        write(rebuilt, work / "rebuilt.trig", "trig")
        want = set(load_store(work / "rebuilt.trig"))

        def merge_file():
            graph = read_graph(ttl)
            graph.graph.graph["extracted_at"] = epoch
            for doc, relations in new_items:
                graph.add_document(doc, relations)
            write(graph, work / "merged.ttl", "turtle")
            return graph

        def merge_store(extracted_at: str):
            shutil.rmtree(work / "copy", ignore_errors=True)
            shutil.copytree(store_dir, work / "copy")  # untimed below: each run starts from the same store
            delta = graph_of(new_items, extracted_at)
            start = time.perf_counter()  # lock, open, merge, commit
            with GraphStore.writing(work / "copy") as writer:
                writer.add(delta)
            return time.perf_counter() - start

        t_mfile, merged = timed(merge_file)
        assert {q.triple for q in load_store(work / "merged.ttl")} == {q.triple for q in want}, "file merge != rebuild"
        t_mstore = statistics.median(merge_store(epoch) for _ in range(args.repeat))
        with GraphStore.open(work / "copy") as gs:
            assert set(gs.quads()) == want, "the merged store differs from the rebuild"
        t_mstore_new = statistics.median(merge_store(later) for _ in range(args.repeat))
        t_rebuild, _ = timed(lambda: build_store())
        print(f"   file (read graph.ttl, add, write graph.ttl)        {t_mfile:7.3f} s")
        print(f"   store, same extraction time (--reproducible)       {t_mstore:7.3f} s   file/store {t_mfile / t_mstore:6.1f}x")
        print(f"   store, new extraction time (activity renamed)      {t_mstore_new:7.3f} s   file/store {t_mfile / t_mstore_new:6.1f}x")
        print(f"   (a store rebuilt whole: {t_rebuild:.2f} s; the merged store equals the rebuild: checked)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
