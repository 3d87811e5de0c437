"""Corpus scale: throughput and memory on 1 and N processes, cost growth, incremental adds.

A synthetic corpus is generated deterministically from a seed: the paragraphs of the
hand-annotated articles (``tests/data/annotated``) and of the bundled sample, recombined
into 250-600-word articles with actor names swapped for others of the same type and
numbers perturbed (the generator of ``extract_bench.py``, with the sample added), written
once as JSON Lines and read lazily by every run.

Each measurement runs in a fresh child process (so peak RSS is its own) and prints:

1. articles/s and peak RSS of the conflictkg build (``build_graph``: streaming extraction
   plus the graph merge) at each ``--processes`` count, against bare ``nlp.pipe`` of the
   same model with the same ``n_process`` and batch size; ratios full/bare and the
   speed-up from 1 to N processes;
2. time per 1,000 articles of the conflictkg build at each ``--sizes`` (growth ratio);
3. incremental: adding ``--add-percent`` new articles to a saved graph of the first size
   (load graph.ttl, extract only the new articles, write graph.ttl) against rebuilding
   the whole graph and writing it;
4. with ``--growth N``: one build of N articles (into an on-disk store with ``--growth-into
   store``, the memory-bounded path, or an in-memory graph with ``graph``) sampled every
   ``--every`` articles: the time of each block and the resident memory at its end, so
   cost growth and memory growth show within one run. With ``--resume`` each block is
   committed to the store on its own and its figures appended to ``growth-samples.jsonl``
   in ``--workdir``: a run that is stopped continues from its last block when started
   again (a new "sitting", whose peak memory is its own).

Model loading is not timed. The machine's other load shows in every figure: compare
figures of one run.

    nice python benchmarks/corpus_bench.py                        # 1,000 articles, 1 and 2 processes
    nice python benchmarks/corpus_bench.py --sizes 1000,10000 --processes 2 --skip-bare
    nice python benchmarks/corpus_bench.py --growth 10000 --processes 1 --skip-bare --skip-incremental
    nice python benchmarks/corpus_bench.py --growth 100000 --every 5000 --batch 2000 --processes 2 \
        --skip-bare --skip-incremental --workdir runs/g100k --resume      # again to continue
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from extract_bench import SOURCE, _load_articles, build_corpus  # noqa: E402  (the shared generator)


# -- corpus -------------------------------------------------------------------------


def _sample_as_article() -> dict:
    """The bundled sample in the annotated articles' shape; its names swap with the pools'."""
    import conflictkg

    doc = conflictkg.sample_document()
    entities = [e for art in _load_articles(SOURCE) for e in art["entities"]]
    text = doc.text
    if " \u2014 " not in text.split("\n\n")[1]:  # the generator expects a dateline paragraph
        head, _, rest = text.partition("\n\n")
        text = f"{head}\n\nHAMA, Syria \u2014 {rest}"
    return {"id": doc.id, "published": doc.published, "text": text, "entities": entities}


def write_corpus(path: Path, n: int, seed: int) -> None:
    """``n`` distinct articles as JSON Lines (id, published, text)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp)
        for f in sorted(SOURCE.glob("*.json")):
            (source / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
        (source / "sample.json").write_text(json.dumps(_sample_as_article()), encoding="utf-8")
        corpus = build_corpus(n, seed, source)
    with path.open("w", encoding="utf-8") as fh:
        for doc_id, published, text in corpus:
            fh.write(json.dumps({"id": doc_id, "published": published, "text": text}) + "\n")


def read_corpus(path: Path, start: int, stop: int):
    """Documents ``start`` to ``stop`` of the corpus, one at a time."""
    from conflictkg.graph.text import make_document

    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= stop:
                break
            if i >= start:
                row = json.loads(line)
                yield make_document(row["text"], id=row["id"], published=row["published"])


# -- one measurement, in a child process ---------------------------------------------


def _peaks() -> dict[str, float]:
    # ru_maxrss is in KiB on Linux; RUSAGE_CHILDREN is the largest finished child (a worker).
    return {"rss_main_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def _rss_mib() -> float:
    """Memory of this process and its children now, in MiB: the sum of their proportional set sizes
    (smaps_rollup "Pss"), so pages a forked worker shares with the main process count once; VmRSS
    where the kernel gives no PSS (a sum of VmRSS counts shared pages once per process)."""
    total = 0
    pids = [os.getpid()]
    try:
        pids += [int(p) for p in Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()]
    except OSError:
        pass
    for pid in pids:
        for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
            try:
                found = [int(line.split()[1]) for line in Path(path).read_text().splitlines() if line.startswith(key)]
            except OSError:
                continue
            if found:
                total += found[0]
                break
    return total / 1024


def growth(args) -> dict:
    """One build of ``args.n`` articles, sampled every ``args.every``: block seconds and RSS."""
    from conflictkg.graph.pipeline import build_graph, load_pipeline

    corpus, n, processes = Path(args.corpus), args.n, args.child_processes
    load_pipeline(slim=processes > 1)
    samples: list[dict] = []
    start = last = time.perf_counter()
    count = 0

    peak = 0.0
    print(f"{'articles':>9} {'s per block':>12} {'PSS MiB':>9} {'peak so far':>12}", file=sys.stderr, flush=True)

    def record(**extra) -> dict:
        """The figures of the block ending now, kept and streamed (a long run stopped still leaves them)."""
        nonlocal last, peak
        now, rss = time.perf_counter(), _rss_mib()
        peak = max(peak, rss)
        sample = {"articles": count, "block_seconds": now - last, "rss_mib": rss, "peak_mib": peak, **extra}
        samples.append(sample)
        print(f"{count:>9,} {now - last:>12.1f} {rss:>9.0f} {peak:>12.0f}"
              + "".join(f"  ({k} {v})" for k, v in extra.items()), file=sys.stderr, flush=True)
        last = now
        return sample

    def progress(_document, _relations) -> None:
        nonlocal count, peak
        count += 1
        if count % 100 == 0:  # the peak between samples: merges make short-lived highs
            peak = max(peak, _rss_mib())
        if count % args.every == 0 and not args.resume:
            record()

    batch = {"batch": args.batch} if args.batch else {}

    if args.growth_into == "store" and args.resume:
        from conflictkg.exports.store import add_documents

        # One commit per block, each block's figures appended to a log beside the store: a
        # run stopped between blocks loses at most one block and continues where it was,
        # as an analyst adds a month of wire copy to a store at a time.
        log = Path(args.graph).with_name("growth-samples.jsonl")
        done = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
        count = done[-1]["articles"] if done else 0
        sitting = max((s["sitting"] for s in done), default=0) + 1
        samples = done
        while count < n:
            stop = min(n, count + args.every)
            add_documents(Path(args.graph), read_corpus(corpus, count, stop), processes=processes,
                          progress=progress, **batch)
            count = stop
            sample = record(sitting=sitting)
            with log.open("a") as fh:
                fh.write(json.dumps(sample) + "\n")
    elif args.growth_into == "store":
        from conflictkg.exports.store import add_documents

        add_documents(Path(args.graph), read_corpus(corpus, 0, n), processes=processes, progress=progress, **batch)
    else:
        build_graph(read_corpus(corpus, 0, n), processes=processes, progress=progress)
    return {"articles": n, "seconds": time.perf_counter() - start, "samples": samples, **_peaks()}


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the workers, once joined): on a shared
    machine a steadier measure than the wall clock, and the work of all processes together."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def child(args) -> dict:
    from conflictkg.graph.pipeline import build_graph, load_pipeline, model_name

    corpus, n, processes = Path(args.corpus), args.n, args.child_processes
    words = sum(len(d.text.split()) for d in read_corpus(corpus, 0, n))
    result: dict = {"articles": n, "words": words, "processes": processes}
    if args.child == "bare":
        import spacy

        nlp = spacy.load(model_name(None))
        texts = (d.text for d in read_corpus(corpus, 0, n))
        start, cpu = time.perf_counter(), _cpu()
        for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
            pass
        result["seconds"] = time.perf_counter() - start
        result["cpu_seconds"] = _cpu() - cpu
    elif args.child == "build":
        load_pipeline(slim=processes > 1)  # the variant build_graph will use
        start, cpu = time.perf_counter(), _cpu()
        kg = build_graph(read_corpus(corpus, 0, n), processes=processes)
        result["seconds"] = time.perf_counter() - start
        result["cpu_seconds"] = _cpu() - cpu
        result["relations"] = len(kg)
    else:  # "rebuild" / "add": what `conflictkg build` / `conflictkg add` do for the graph file
        import conflictkg
        from conflictkg.exports import rdf

        load_pipeline(slim=processes > 1)
        graph = Path(args.graph)
        start = time.perf_counter()
        if args.child == "rebuild":
            kg = build_graph(read_corpus(corpus, 0, n), processes=processes)
        else:
            kg = conflictkg.load(graph)
            result["load_seconds"] = time.perf_counter() - start
            kg = build_graph(read_corpus(corpus, 0, n), graph=kg, processes=processes)
            result["new"] = n - args.base
        rdf.write(kg, graph, "turtle")
        result["seconds"] = time.perf_counter() - start
        result["relations"] = len(kg)
    result.update(_peaks())
    return result


def run_child(script: Path, corpus: Path, kind: str, n: int, processes: int, **extra) -> dict:
    cmd = [sys.executable, str(script), "--child", kind, "--corpus", str(corpus), "--n", str(n),
           "--child-processes", str(processes)]
    for key, value in extra.items():
        cmd += [f"--{key}"] if value is True else [f"--{key}", str(value)]
    # The growth child streams its samples on stderr: let them through as they come.
    streamed = kind == "growth"
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=None if streamed else subprocess.PIPE, text=True,
                          env={**os.environ, "SOURCE_DATE_EPOCH": "0"})
    if done.returncode != 0:
        sys.exit(f"error: {kind} run failed" + ("" if streamed else f":\n{done.stderr[-2000:]}"))
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the report ---------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (default 1000)")
    ap.add_argument("--processes", default="1,2", help="comma-separated process counts (default 1,2)")
    ap.add_argument("--add-percent", type=float, default=1.0, help="incremental add, in %% of the first size")
    ap.add_argument("--skip-bare", action="store_true", help="no bare nlp.pipe runs")
    ap.add_argument("--skip-incremental", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--growth", type=int, default=0, help="one build of this many articles, sampled (section 4)")
    ap.add_argument("--growth-into", choices=["store", "graph"], default="store",
                    help="section 4 builds into an on-disk store (default) or an in-memory graph")
    ap.add_argument("--every", type=int, default=1000, help="section 4 samples every this many articles")
    ap.add_argument("--batch", type=int, default=0,
                    help="section 4 into a store: documents merged per batch (default: add_documents' own)")
    ap.add_argument("--workdir", type=Path, help="keep the corpus and graphs here (default: a temporary folder)")
    ap.add_argument("--resume", action="store_true",
                    help="section 4 into a store: commit every block and continue a stopped run in --workdir")
    # Internal: one measurement in a child process.
    ap.add_argument("--child", choices=["build", "bare", "rebuild", "add", "growth"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-processes", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--graph", help=argparse.SUPPRESS)
    ap.add_argument("--base", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(growth(args) if args.child == "growth" else child(args)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",")]
    counts = [int(p) for p in args.processes.split(",")]
    added = max(1, round(sizes[0] * args.add_percent / 100))
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="corpus-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    corpus = workdir / "corpus.jsonl"
    total = max(max(sizes), args.growth) + (0 if args.skip_incremental else added)
    start = time.perf_counter()
    if args.resume and corpus.exists() and sum(1 for _ in corpus.open(encoding="utf-8")) == total:
        print(f"corpus: {total:,} articles in {corpus}, kept from the stopped run")
    else:
        write_corpus(corpus, total, args.seed)
        print(f"corpus: {total:,} articles written to {corpus} in {time.perf_counter() - start:.1f}s")
    script = Path(__file__).resolve()

    def line(label: str, r: dict) -> str:
        return (f"{label:<28} {r['articles'] / r['seconds']:7.2f} articles/s  {r['words'] / r['seconds']:8,.0f} words/s  "
                f"{r['seconds']:8.1f}s (CPU {r.get('cpu_seconds', float('nan')):6.1f}s)  peak RSS main {r['rss_main_mib']:6.0f} MiB, worker {r['rss_worker_mib']:6.0f} MiB")

    if args.growth:
        report_growth(script, corpus, workdir, args)
        return 0

    n = sizes[0]
    print(f"\n1. throughput at {n:,} articles (model load not timed)")
    builds: dict[int, dict] = {}
    for p in counts:
        builds[p] = run_child(script, corpus, "build", n, p)
        print(line(f"conflictkg build, {p} proc", builds[p]), flush=True)
        if not args.skip_bare:
            bare = run_child(script, corpus, "bare", n, p)
            print(line(f"bare nlp.pipe,    {p} proc", bare), flush=True)
            print(f"{'':<28} ratio conflictkg / bare: {bare['seconds'] / builds[p]['seconds']:.2f}"
                  f" (CPU time: {bare['cpu_seconds'] / builds[p]['cpu_seconds']:.2f})", flush=True)
    if len(counts) > 1:
        lo, hi = min(counts), max(counts)
        print(f"speed-up {lo} -> {hi} processes (conflictkg): {builds[lo]['seconds'] / builds[hi]['seconds']:.2f}x")

    if len(sizes) > 1:
        p = max(counts)
        print(f"\n2. cost growth ({p} processes)")
        per = {}
        for size in sizes:
            r = builds[p] if size == n else run_child(script, corpus, "build", size, p)
            per[size] = r["seconds"] / size * 1000
            print(line(f"conflictkg build, {size:,}", r) + f"  {per[size]:.1f}s per 1,000", flush=True)
        print(f"time per 1,000: largest / smallest size = {per[max(sizes)] / per[min(sizes)]:.2f}")

    if not args.skip_incremental:
        p = max(counts)
        graph = workdir / "graph.ttl"
        print(f"\n3. incremental: {added} new articles ({args.add_percent:g}%) into a {n:,}-article graph ({p} processes)")
        run_child(script, corpus, "rebuild", n, p, graph=graph)
        add = run_child(script, corpus, "add", n + added, p, graph=graph, base=n)
        rebuild = run_child(script, corpus, "rebuild", n + added, p, graph=workdir / "rebuilt.ttl")
        print(f"add {added} to the saved graph: {add['seconds']:.1f}s (of which loading graph.ttl {add['load_seconds']:.1f}s)")
        print(f"rebuild all {n + added:,}:       {rebuild['seconds']:.1f}s")
        print(f"add / rebuild: {add['seconds'] / rebuild['seconds']:.3f}; "
              f"same graph.ttl: {graph.read_bytes() == (workdir / 'rebuilt.ttl').read_bytes()}")
    return 0


def report_growth(script: Path, corpus: Path, workdir: Path, args) -> None:
    p = max(int(c) for c in args.processes.split(","))
    store = workdir / "growth-store"
    if not args.resume:
        shutil.rmtree(store, ignore_errors=True)
        (workdir / "growth-samples.jsonl").unlink(missing_ok=True)
    r = run_child(script, corpus, "growth", args.growth, p, graph=store, every=args.every, batch=args.batch,
                  **{"growth-into": args.growth_into}, **({"resume": True} if args.resume else {}))
    print(f"\n4. growth: one build of {args.growth:,} articles into {'an on-disk store' if args.growth_into == 'store' else 'an in-memory graph'}"
          f" ({p} process{'es' if p > 1 else ''}), sampled every {args.every:,}"
          + (f", merged {args.batch:,} at a time" if args.batch and args.growth_into == "store" else ""))
    print(f"{'articles':>9} {'s per block':>12} {'PSS MiB':>9} {'peak so far':>12}")
    for s in r["samples"]:
        print(f"{s['articles']:>9,} {s['block_seconds']:>12.1f} {s['rss_mib']:>9.0f} {s['peak_mib']:>12.0f}"
              + (f"  (sitting {s['sitting']})" if "sitting" in s else ""))
    samples = r["samples"]
    if len(samples) >= 3:
        first = samples[1]  # the first block warms the model's caches
        last = samples[-1]
        tenth = next((s for s in samples if s["articles"] >= last["articles"] // 10), samples[0])
        print(f"block time, last / second block: {last['block_seconds'] / first['block_seconds']:.2f}")
        print(f"memory at {last['articles']:,} / at {tenth['articles']:,}: {last['rss_mib'] / tenth['rss_mib']:.2f}; "
              f"peak memory so far at {last['articles']:,} / at {tenth['articles']:,}: {last['peak_mib'] / tenth['peak_mib']:.2f}")
    print(f"total {r['seconds']:.0f}s; peak RSS main {r['rss_main_mib']:.0f} MiB, largest worker {r['rss_worker_mib']:.0f} MiB")


if __name__ == "__main__":
    sys.exit(main())
