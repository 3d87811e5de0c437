"""Where extraction time goes: seconds per pipeline component, and a profile of the slowest.

Builds the same corpus as ``extract_bench.py`` and runs conflictkg's pipeline one
component at a time over every document (no batching, so the neural components look
slower than under ``nlp.pipe``; the custom components' figures are what they cost),
best of ``--repeat`` passes per component, then prints each component's seconds and
share. With ``--profile``, it also profiles the full ``extract_documents`` pass (cProfile,
or pyinstrument if installed and ``--pyinstrument`` is given) and prints the top functions.
With ``--phases``, it breaks the relation component's own time down by stage (see ``relation_phases``).

    python benchmarks/profile_extract.py --articles 100
    python benchmarks/profile_extract.py --articles 100 --profile --top 40
    python benchmarks/profile_extract.py --articles 100 --phases --repeat 4
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_bench import SOURCE, build_corpus  # noqa: E402


def component_times(nlp, documents, repeat: int, clock=time.process_time) -> dict[str, float]:
    """Best-of-``repeat`` seconds of each component over all documents, run in pipeline order: CPU
    seconds of this process by default (steady on a shared machine), or ``clock=time.perf_counter``."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        totals = {"make_doc": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
        for document in documents:
            start = clock()
            doc = nlp.make_doc(document.text)
            doc._.document_id = document.id
            doc._.published = document.published
            doc._.char_offset = 0
            totals["make_doc"] += clock() - start
            for name, proc in nlp.pipeline:
                start = clock()
                doc = proc(doc)
                totals[name] += clock() - start
        for name, seconds in totals.items():
            best[name] = min(best.get(name, float("inf")), seconds)
    return best


def relation_phases(nlp, documents, repeat: int, clock=time.process_time) -> dict[str, float]:
    """Best-of-``repeat`` seconds of the relation component's stages over all documents, parsed once beforehand:
    the resolver's set-up (``Resolver(doc, ...)``), the title rule, the walk over anaphors (``walk_refs``), the
    other sentence rules, the constructions, the event anaphors, and the rest of the component (relations made
    from the candidates, merged and stored: the whole component's time less the stages, timed in the same pass).
    The stages are run as ``RelationExtractor.__call__`` runs them; keep the two in step."""
    from conflictkg.graph.columns import DocColumns, reading
    from conflictkg.graph.discourse import event_anaphora
    from conflictkg.graph.relations import _note_leaders
    from conflictkg.graph.resolve import Resolver
    from conflictkg.graph.rules import RULES, guarded_calls, title_rule

    component = nlp.get_pipe("conflict_relations")
    docs = []
    with nlp.select_pipes(disable=["conflict_relations"]):
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.document_id, doc._.published, doc._.char_offset = document.id, document.published, 0
            for _, proc in nlp.pipeline:
                doc = proc(doc)
            docs.append(doc)
    rules = [rule for rule in RULES if rule is not title_rule]
    best: dict[str, float] = {}
    for _ in range(repeat):
        stages = dict.fromkeys(["resolver set-up", "title rule", "walk_refs", "sentence rules", "constructions",
                                "event anaphora"], 0.0)
        whole = 0.0
        for doc in docs:
            start = clock()
            reader = reading(DocColumns(doc))  # (as the component reads: each head's dependents listed once)
            res = Resolver(doc, component.gazetteer, columns=reader.__enter__())
            marks = [clock()]
            candidates = [c for token, _ in guarded_calls(doc, res, [title_rule]) for c in title_rule(token, res)]
            marks.append(clock())
            res.walk_refs()
            marks.append(clock())
            for token, fired in guarded_calls(doc, res, rules):
                for rule in fired:
                    found = list(rule(token, res))
                    _note_leaders(found, res)
                    candidates.extend(found)
            marks.append(clock())
            matches = component.constructions.matches(doc, res.columns)
            candidates.extend(component.constructions(doc, res, matches))
            marks.append(clock())
            candidates.extend(event_anaphora(doc, candidates, res, partial(component.constructions.charged_acts, matches)))
            marks.append(clock())
            reader.__exit__(None, None, None)
            for name, begin, end in zip(stages, [start, *marks], marks):
                stages[name] += end - begin
        for doc in docs:  # (a pass of its own: what is cached for the last doc seen is not found warm)
            begin = clock()
            component(doc)
            whole += clock() - begin
        stages["the rest (relations, merging, store)"] = whole - sum(stages.values())
        stages["component (whole)"] = whole
        for name, seconds in stages.items():
            best[name] = min(best.get(name, float("inf")), seconds)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default=None)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--profile", action="store_true", help="also profile one full extract_documents pass")
    ap.add_argument("--pyinstrument", action="store_true", help="profile with pyinstrument instead of cProfile")
    ap.add_argument("--wall", action="store_true", help="time components by the wall clock, not CPU time")
    ap.add_argument("--top", type=int, default=30, help="functions listed by the profile")
    ap.add_argument("--phases", action="store_true", help="also break the relation component's time down by stage")
    args = ap.parse_args(argv)

    from conflictkg.graph.pipeline import extract_documents, load_pipeline, model_name
    from conflictkg.graph.text import make_document

    model = model_name(args.model)
    corpus = build_corpus(args.articles, args.seed, args.source)
    words = sum(len(text.split()) for _, _, text in corpus)
    documents = [make_document(text, id=doc_id, published=published) for doc_id, published, text in corpus]
    nlp = load_pipeline(model)
    list(extract_documents(documents[:8], model=model))  # warm up

    times = component_times(nlp, documents, args.repeat, time.perf_counter if args.wall else time.process_time)
    total = sum(times.values())
    print(f"{len(documents)} articles, {words:,} words; per component ({'wall-clock' if args.wall else 'CPU'} seconds, best of {args.repeat}, unbatched):")
    for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:20s} {seconds:7.2f}s  {100 * seconds / total:5.1f}%")
    print(f"  {'total':20s} {total:7.2f}s  ({words / total:,.0f} words/s)")

    if args.phases:
        phases = relation_phases(nlp, documents, args.repeat, time.perf_counter if args.wall else time.process_time)
        whole = phases["component (whole)"]
        print(f"conflict_relations by stage (best of {args.repeat}; the rest is the whole less the stages):")
        for name, seconds in phases.items():
            print(f"  {name:38s} {seconds:7.3f}s  {100 * seconds / whole:5.1f}%")

    if args.profile:
        if args.pyinstrument:
            from pyinstrument import Profiler

            profiler = Profiler()
            profiler.start()
            list(extract_documents(documents, model=model))
            profiler.stop()
            print(profiler.output_text(unicode=False, color=False, show_all=False))
        else:
            prof = cProfile.Profile()
            prof.enable()
            list(extract_documents(documents, model=model))
            prof.disable()
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(args.top)
            buf.write("\n")
            pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(args.top)
            print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
