"""SHACL validation at scale: the SPARQL-compiled engine (default) at several sizes, pyshacl at the smallest.

The graphs are synthetic KnowledgeGraphs shaped like conflictkg's (``rdf_bench.synthetic``:
actors with aliases, relations with qualifiers, one or two evidence sentences each, a
few percent denied, documents), saved as N-Triples; they satisfy the shapes (the
number of results is printed: warnings only). Each run is ``shacl.validate(path)``,
what ``conflictkg validate`` does: parse and load the file, then run every compiled
check. Prints triples, seconds, triples per second, and the ratio to pyshacl on the
smallest graph (pyshacl on the same file, timed once: it takes minutes).

Run:  nice python benchmarks/validate_bench.py [--sizes 30000,100000,300000] [--no-pyshacl]
      nice python benchmarks/validate_bench.py --sizes 1000000 --no-pyshacl
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rdf_bench import synthetic  # noqa: E402  (the benchmarks share their synthetic graph)

from conflictkg.exports import shacl  # noqa: E402


def timed(fn) -> tuple[float, float, object]:
    """Wall and CPU seconds of ``fn()`` (CPU time says what a quiet machine would take), and its result."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - start, time.process_time() - cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="30000,100000,300000", help="approximate graph sizes in triples, comma-separated")
    parser.add_argument("--no-pyshacl", action="store_true", help="skip the pyshacl run on the smallest graph")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    with tempfile.TemporaryDirectory(prefix="validate-bench-") as tmp:
        for i, size in enumerate(sizes):
            path = Path(tmp) / f"graph-{size}.nt"
            synthetic(size).save(path)
            store = ox.Store()
            store.bulk_load(path=path, format=ox.RdfFormat.N_TRIPLES)
            triples = len(store)
            del store
            seconds, cpu, report = timed(lambda: shacl.validate(path))
            print(f"oxigraph {triples:>10,} triples  {seconds:7.2f} s ({cpu:6.2f} s CPU)  {triples / seconds:>9,.0f} "
                  f"triples/s  ({len(report.errors)} violations, {len(report.violations) - len(report.errors)} warnings)",
                  flush=True)
            if i == 0 and not args.no_pyshacl:
                slow_seconds, slow_cpu, slow = timed(lambda: shacl.validate(path, engine="pyshacl"))
                same = {(v.severity, v.focus, v.path, v.value, v.shape) for v in slow.violations} == \
                       {(v.severity, v.focus, v.path, v.value, v.shape) for v in report.violations}
                print(f"pyshacl  {triples:>10,} triples  {slow_seconds:7.2f} s ({slow_cpu:6.2f} s CPU)  "
                      f"{triples / slow_seconds:>9,.0f} triples/s  (oxigraph takes {cpu / slow_cpu:.4f} of its CPU time, "
                      f"{slow_cpu / cpu:.0f}x less; same results: {same})", flush=True)


if __name__ == "__main__":
    main()
