"""The server's limits under hostile queries: time to the error, and the workers' peak memory.

Serves a graph (default: 600 distinct triples, about the bundled sample) with
``--timeout`` and ``--max-memory`` (default 3 s and 300M), then for each runaway query
(a 4-way cross join; an ORDER BY over it) sends it from one client while a second
client sends a simple query, and prints

* the runaway's status, message and seconds to its error (the bound: ``--timeout``);
* the simple query's status and seconds (it is answered while the runaway runs);
* the highest resident memory any worker reached (``VmHWM``, sampled every 20 ms),
  against ``--max-memory`` plus what an idle worker holds.

    python benchmarks/server_limits.py
    python benchmarks/server_limits.py --graph out/graph.ttl --timeout 5 --max-memory 500M
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from pathlib import Path

import httpx

from conflictkg.exports import server
from conflictkg.exports.limits import format_size, parse_size

CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
QUERIES = {"cross join": CROSS_JOIN, "ORDER BY over a cross join": CROSS_JOIN + " ORDER BY ?a ?c ?f ?i ?l"}


def workers() -> list[int]:
    """This process's descendants (the workers, and the fork server they come from)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents.setdefault(int(stat.read_text().rsplit(")", 1)[1].split()[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            pass
    found, todo = [], [os.getpid()]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def peak_rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--graph", type=Path, help="a graph to serve (default: 600 synthetic triples)")
    parser.add_argument("--timeout", type=float, default=3.0)
    parser.add_argument("--max-memory", default="300M")
    args = parser.parse_args()
    graph = args.graph
    if graph is None:
        graph = Path(tempfile.mkdtemp()) / "wide.nt"
        graph.write_text("".join(f"<http://example.org/s{i % 37}> <http://example.org/p{i % 7}> \"v{i}\" .\n" for i in range(600)))
    with server.running_server(graph, timeout_s=args.timeout, max_memory=args.max_memory) as url:
        idle = max(peak_rss(pid) for pid in workers())
        print(f"serving {graph} with --timeout {args.timeout:g} --max-memory {args.max_memory}; an idle worker holds {format_size(idle)}")
        for label, text in QUERIES.items():
            peak, done, out = 0, threading.Event(), {}

            def sample() -> None:
                nonlocal peak
                while not done.is_set():
                    peak = max([peak, *(peak_rss(pid) for pid in workers())])
                    time.sleep(0.02)

            def runaway() -> None:
                start = time.monotonic()
                out["response"] = httpx.get(url, params={"query": text}, timeout=120)
                out["seconds"] = time.monotonic() - start

            sampler, client = threading.Thread(target=sample), threading.Thread(target=runaway)
            sampler.start()
            client.start()
            time.sleep(0.5)
            start = time.monotonic()
            simple = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=120)
            simple_s = time.monotonic() - start
            client.join()
            done.set()
            sampler.join()
            r = out["response"]
            print(f"{label}: HTTP {r.status_code} after {out['seconds']:.2f} s ({out['seconds'] / args.timeout:.2f} x the time limit): {r.text.strip()}")
            print(f"  a second client's ASK meanwhile: HTTP {simple.status_code} in {simple_s:.2f} s")
            print(f"  worker peak resident memory: {format_size(peak)} "
                  f"({peak / (parse_size(args.max_memory) + idle):.2f} x the limit plus an idle worker)")


if __name__ == "__main__":
    main()
