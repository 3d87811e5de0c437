"""The most a sentence gate could save: the relation component with an oracle for a gate.

A sentence gate would skip the rule calls and the construction matching of the sentences that
cannot yield a relation. No cheap test can know those sentences better than the component
itself, so this measures the ceiling: a first pass records, per document, the sentences that
gave a candidate (rules, constructions, event anaphora); then the component runs again with
rule calls and construction matching only there (the resolver's setup and walk untouched),
and again without the gate, alternating, best of ``--repeat`` CPU times each. It also counts
the documents whose relations, actors or mentions differ under the oracle gate: the rule calls
of a sentence that yields nothing still feed the resolver (aliases noted, actors made), so a
gate that skips them changes what later sentences read.

The gate is set by replacing two module functions (``relations.guarded_calls``,
``constructions._sentence_doc``) for the run's length: a measurement, not a mechanism.

    python benchmarks/gate_ceiling.py --articles 100
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_bench import SOURCE, build_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--source", type=Path, default=SOURCE)
    args = ap.parse_args(argv)

    from spacy.tokens import Doc

    import conflictkg.graph.constructions as constructions
    import conflictkg.graph.relations as relations
    from conflictkg.graph.pipeline import load_pipeline, model_name
    from conflictkg.graph.segment import doc_sents

    nlp = load_pipeline(model_name(args.model))
    docs = []
    for doc_id, published, text in build_corpus(args.articles, args.seed, args.source):
        doc = nlp.make_doc(text)
        doc._.document_id, doc._.published, doc._.char_offset = doc_id, published, 0
        for name, proc in nlp.pipeline:
            if name == "conflict_relations":
                break
            doc = proc(doc)
        docs.append(doc)
    component = nlp.get_pipe("conflict_relations")

    # Pass 1: the sentences whose candidates reach the reading of relations, per document.
    productive: list[set[int]] = []
    read = relations.RelationExtractor._relations

    def recording(self, cand, res, doc, sides):
        productive[-1].add(res._sent_of[cand.trigger.i])
        return read(self, cand, res, doc, sides)

    relations.RelationExtractor._relations = recording
    outputs = []
    for doc in docs:
        productive.append(set())
        component(doc)
        outputs.append(doc._.conflict_data)
    relations.RelationExtractor._relations = read

    # The oracle gate: rule calls and construction matching only in the productive sentences.
    state = {"on": False, "doc": 0}
    calls, copy = relations.guarded_calls, constructions._sentence_doc

    def gated_calls(doc, res, rules):
        keep = productive[state["doc"]]
        for token, fired in calls(doc, res, rules):
            if not state["on"] or res._sent_of[token.i] in keep:
                yield token, fired

    def gated_copy(sent, *rest):
        if state["on"] and state["sents"][sent.start] not in productive[state["doc"]]:
            return Doc(sent.doc.vocab, words=[])  # (a DependencyMatcher finds nothing in it)
        return copy(sent, *rest)

    relations.guarded_calls, constructions._sentence_doc = gated_calls, gated_copy
    gc.freeze()
    best = {False: float("inf"), True: float("inf")}
    changed = {}
    try:
        for _ in range(args.repeat):
            for on in (False, True):
                state["on"] = on
                start = time.process_time()
                out = []
                for n, doc in enumerate(docs):
                    state["doc"], state["sents"] = n, {s.start: k for k, s in enumerate(doc_sents(doc))}
                    component(doc)
                    out.append(doc._.conflict_data)
                best[on] = min(best[on], time.process_time() - start)
                if on:
                    changed = {part: sum(a[part] != b[part] for a, b in zip(out, outputs))
                               for part in ("relations", "actors", "mentions")}
    finally:
        relations.guarded_calls, constructions._sentence_doc = calls, copy

    sentences = sum(len(doc_sents(doc)) for doc in docs)
    kept = sum(map(len, productive))
    print(f"{len(docs)} articles, {sentences} sentences, {kept} ({100 * kept / sentences:.0f}%) with a candidate")
    print(f"relation component, CPU best of {args.repeat}: {best[False]:.2f}s without a gate, "
          f"{best[True]:.2f}s with the oracle gate ({100 * (1 - best[True] / best[False]):.0f}% less)")
    print("documents whose output the oracle gate changes: "
          + ", ".join(f"{part} {count}" for part, count in changed.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
