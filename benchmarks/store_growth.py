"""Store growth to 100,000 articles: the build's merge side, with extraction replayed.

A store build of a corpus is two things: extraction (spaCy and the relation component,
in worker processes, document by document: its cost per article and its workers' memory
do not depend on how many articles came before) and the merge of each batch's graph into
the on-disk store (in the main process: this is what can grow with the corpus). On this
2-core machine a real 100,000-article build takes about three hours, most of it
extraction. This benchmark runs the merge side to the full size in a fraction of that:

1. the first ``--distinct`` articles of ``corpus_bench.py``'s synthetic corpus (same
   generator, same seed) are extracted once, for real, and cached (``--workdir``);
2. article *i* is then article *i* mod ``--distinct`` of the cache, under a new id, with
   every actor it names swapped for another actor of the same type drawn from all the
   cached ones (as the corpus generator swaps names), so relations, sources and actors
   accumulate as in a real corpus of that size;
3. these go through :func:`conflictkg.exports.store.add_extracted` -- the code path of
   ``conflictkg build --store`` after extraction -- ``--every`` articles per call (one
   commit each, as ``corpus_bench.py --growth --resume`` adds them), ``--batch`` per merge.

It prints, per block: seconds (wall clock, and CPU of this process and its store's threads, which
another process's load moves less), resident memory at its end, the block's peak resident
memory (the kernel's high-water mark, reset at each block), and the store's size; then
time per 1,000 articles and the peak at the last block against the block ending at 10,000.

    nice python benchmarks/store_growth.py --articles 100000 --workdir runs/growth
    nice python benchmarks/store_growth.py --articles 20000 --distinct 500 --every 2000
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_bench import read_corpus, write_corpus  # noqa: E402


def _status(field: str) -> float:
    """A memory figure of this process from /proc (MiB): VmRSS now, VmHWM its peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak() -> bool:
    """Reset the kernel's resident high-water mark of this process (Linux: clear_refs 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def extracted(corpus: Path, workdir: Path, distinct: int, processes: int) -> list[tuple]:
    """(document, relations) of the corpus's first ``distinct`` articles, extracted once and cached."""
    cache = workdir / f"extracted-{distinct}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from conflictkg.graph.pipeline import extract_documents

    start = time.perf_counter()
    items = [(doc, relations) for doc, relations, _ in
             extract_documents(read_corpus(corpus, 0, distinct), processes=processes)]
    print(f"extracted {distinct:,} articles in {time.perf_counter() - start:.0f} s (cached in {cache})", flush=True)
    cache.write_bytes(pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL))
    return items


def replay(items: list[tuple], start: int, stop: int, seed: int):
    """Articles ``start`` to ``stop`` of the replayed corpus (see the module docstring)."""
    by_type: dict[str, list] = {}
    for _, relations in items:
        for rel in relations:
            for actor in (rel.subject, rel.object):
                by_type.setdefault(actor.type, {})[actor.id] = actor
    pools = {t: [actors[k] for k in sorted(actors)] for t, actors in by_type.items()}
    for i in range(start, stop):
        rounds, j = divmod(i, len(items))
        doc, relations = items[j]
        if not rounds:
            yield doc, relations
            continue
        rng = random.Random(seed * 1_000_003 + i)
        swap: dict[str, object] = {}

        def other(actor):
            if actor.id not in swap:
                swap[actor.id] = rng.choice(pools[actor.type])
            return swap[actor.id]

        new = replace(doc, id=f"{doc.id}~{rounds}")
        out = []
        for rel in relations:
            subject, object_ = other(rel.subject), other(rel.object)
            if subject.id == object_.id:
                continue
            out.append(replace(rel, subject=subject, object=object_,
                               evidence=tuple(replace(e, document_id=new.id) for e in rel.evidence)))
        yield new, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--distinct", type=int, default=2000, help="articles extracted for real and replayed")
    ap.add_argument("--every", type=int, default=5000, help="articles per block (one add, one commit)")
    ap.add_argument("--batch", type=int, default=2000, help="articles per merge")
    ap.add_argument("--processes", type=int, default=2, help="for the one real extraction")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path("store-growth"))
    args = ap.parse_args(argv)

    from conflictkg.exports.store import add_extracted

    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = args.workdir / f"corpus-{args.distinct}-{args.seed}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, args.distinct, args.seed)
    items = extracted(corpus, args.workdir, args.distinct, args.processes)
    statements = sum(len(r) for _, r in items)
    print(f"{len(items):,} distinct articles, {statements:,} relations stated; replayed to {args.articles:,}")
    store = args.workdir / "store"
    if store.exists():
        sys.exit(f"error: {store} exists: remove it (each run starts a new store)")

    exact_peak = _reset_peak()
    print(f"{'articles':>9} {'s per block':>12} {'s per 1k':>9} {'CPU s/1k':>9} {'RSS MiB':>8} {'block peak':>11} {'store MiB':>10}")
    samples = []
    done = 0
    while done < args.articles:
        stop = min(args.articles, done + args.every)
        _reset_peak()
        start, cpu = time.perf_counter(), time.process_time()
        add_extracted(store, replay(items, done, stop, args.seed), batch=args.batch, reproducible=True)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20
        sample = {"articles": stop, "seconds": round(seconds, 2), "per_1k": round(1000 * seconds / (stop - done), 2),
                  "cpu_per_1k": round(1000 * cpu / (stop - done), 2),
                  "rss_mib": round(_status("VmRSS")), "peak_mib": round(_status("VmHWM")), "store_mib": round(size)}
        samples.append(sample)
        print(f"{stop:>9,} {seconds:>12.1f} {sample['per_1k']:>9.2f} {sample['cpu_per_1k']:>9.2f} {sample['rss_mib']:>8} "
              f"{sample['peak_mib']:>11} {sample['store_mib']:>10}", flush=True)
        done = stop
    (args.workdir / "samples.jsonl").write_text("".join(json.dumps(s) + "\n" for s in samples))

    if not exact_peak:
        print("(this kernel does not reset the high-water mark: 'block peak' is the run's peak so far)")
    at = {s["articles"]: s for s in samples}
    first, last = samples[0], samples[-1]
    ten = at.get(10_000)
    print(f"\ntime per 1,000 articles: first block {first['per_1k']:.2f} s, last {last['per_1k']:.2f} s "
          f"(last/first {last['per_1k'] / first['per_1k']:.2f}x)")
    if ten is not None and ten is not last:
        print(f"at 10,000: {ten['per_1k']:.2f} s per 1,000, block peak {ten['peak_mib']} MiB; at {last['articles']:,}: "
              f"{last['per_1k']:.2f} s, {last['peak_mib']} MiB -> time {last['per_1k'] / ten['per_1k']:.2f}x, "
              f"peak {last['peak_mib'] / ten['peak_mib']:.2f}x (targets 1.2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
