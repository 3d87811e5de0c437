"""How long a large explorer page takes to become usable in headless Chromium.

Builds a synthetic KnowledgeGraph (default 10,000 actors, 30,000 relations, with
evidence from 2,000 documents, some negated, hedged and dated relations), writes the
HTML explorer, opens it from file:// in Debian's chromium with every network request
refused, and prints:

- the time to write the page (Python: data, igraph layout, template),
- the time from navigation to the graph drawn and interactive (``window.explorerReady``,
  set on vis-network's first ``afterDrawing`` once the page's handlers are attached),
- the time a click on an actor takes to open its side panel, a search-and-focus,
  and a filter change (hide one predicate) to redraw.

    python benchmarks/html_bench.py                      # 10,000 / 30,000
    python benchmarks/html_bench.py --actors 2000 --relations 6000
    python benchmarks/html_bench.py --screenshot docs/explorer.png --graph graph.ttl

With ``--screenshot`` it instead renders a saved graph (or, without ``--graph``, the
bundled sample built by ``conflictkg.build()``) and saves a PNG of the page.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

from conflictkg.exports.html import write_html
from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Relation
from conflictkg.ontology import ENTITY_TYPES, PREDICATES

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def synthetic_graph(n_actors: int, n_relations: int, n_documents: int = 2000, seed: int = 1) -> KnowledgeGraph:
    """A reproducible random graph with a skewed degree distribution, like real news."""
    rng = random.Random(seed)
    types = list(ENTITY_TYPES)
    predicates = list(PREDICATES)
    actors = [
        Actor.create(f"Actor {i:05d}", rng.choice(types), aliases=(f"A{i}", f"Group {i} alias") if i % 3 == 0 else ())
        for i in range(n_actors)
    ]
    docs = [
        Document(id=f"doc{i:04d}", text="", title=f"Report {i}", url=f"https://example.org/news/{i}",
                 published=f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        for i in range(n_documents)
    ]
    kg = KnowledgeGraph()
    for doc in docs:
        kg.add_document(doc)
    for actor in actors:
        kg.add_actor(actor)
    # Zipf-like choice of ends: a few actors take part in many relations.
    cum_weights = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(n_actors)))
    order = list(range(n_actors))
    rng.shuffle(order)
    keys: set[tuple] = set()
    while len(keys) < n_relations:
        s, o = rng.choices(order, cum_weights=cum_weights, k=2)
        if s == o:
            continue
        predicate = rng.choice(predicates)
        evidence = tuple(
            Evidence(doc.id, f"Actor {s:05d} {predicate.replace('_', ' ')} Actor {o:05d}, officials said on Tuesday "
                     f"according to report {doc.id}.", 0, 90, rule="verb:active", confidence=0.8)
            for doc in rng.sample(docs, rng.choice((1, 1, 1, 2, 3)))
        )
        rel = Relation(
            actors[s], predicate, actors[o],
            negated=rng.random() < 0.05,
            date=rng.choice((None, None, f"20{rng.randint(10, 24)}", f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}")),
            modality="reported" if rng.random() < 0.1 else None,
            confidence=0.8, rule="verb:active", evidence=evidence,
        )
        kg.add_relation(rel)
        keys.add(rel.key)
    return kg


def _until(page, predicate: str, arg=None, timeout: float = 30.0) -> None:
    """Poll ``predicate`` in the page until it is true (evaluate is allowed under the page's CSP)."""
    end = time.perf_counter() + timeout
    while not page.evaluate(predicate, arg):
        if time.perf_counter() > end:
            raise TimeoutError(f"timed out waiting for {predicate}")
        time.sleep(0.005)


def measure(html_path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    uri = html_path.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route("**/*", lambda route: route.continue_() if route.request.url == uri else route.abort())
        start = time.perf_counter()
        page.goto(uri, wait_until="commit")
        # A selector, not wait_for_function: the page's CSP forbids the eval that polling uses.
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=120_000)
        ready = time.perf_counter() - start
        in_page = page.evaluate("explorer.timings")

        # Interactive: click the most connected actor where it is drawn.
        target = page.evaluate("""() => {
            const a = explorer.data.actors.reduce((m, x) => x.degree > m.degree ? x : m);
            const p = network.canvasToDOM(network.getPositions([a.id])[a.id]);
            const r = document.getElementById('network').getBoundingClientRect();
            const hit = network.getNodeAt(p);  // what a click there selects (the top-drawn node)
            return {id: hit, name: explorer.data.actors.find(x => x.id === hit).name, x: p.x + r.left, y: p.y + r.top};
        }""")
        t = time.perf_counter()
        page.mouse.click(target["x"], target["y"])
        _until(page, "(id) => { const v = explorer.panel(); return !!v && v.id === id; }", target["id"])
        click = time.perf_counter() - t

        t = time.perf_counter()
        page.fill("#search", target["name"])
        page.press("#search", "Enter")
        _until(page, "(id) => network.getSelectedNodes()[0] === id", target["id"])
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        focus = time.perf_counter() - t

        before = page.evaluate("explorer.counts().visibleRelations")
        t = time.perf_counter()
        page.locator("#predicate-filters input").first.uncheck()
        _until(page, "(n) => explorer.counts().visibleRelations < n", before)
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        filt = time.perf_counter() - t
        browser.close()
    if errors:
        raise SystemExit(f"page errors: {errors}")
    return {"ready": ready, "ready_in_page": in_page, "click": click, "focus": focus, "filter": filt}


def screenshot(out: Path, graph: str | None) -> None:
    from playwright.sync_api import sync_playwright

    import conflictkg
    from conflictkg import exports

    kg = exports.read(graph) if graph else conflictkg.build()
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        write_html(kg, page_path)
        uri = page_path.resolve().as_uri()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 860}, device_scale_factor=1)
            page.route("**/*", lambda route: route.continue_() if route.request.url == uri else route.abort())
            page.goto(uri)
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
            best = page.evaluate("explorer.data.actors.length ? explorer.data.actors.reduce((m, x) => x.degree > m.degree ? x : m).id : null")
            if best:
                # Focus the most connected actor and open the evidence of one who backs it.
                page.evaluate("""(id) => {
                    explorer.focus(id, {move: false});
                    const rels = explorer.data.relations.filter(r => r.s === id || r.o === id);
                    const r = rels.find(r => r.predicate === 'supports' && !r.negated && r.o === id) || rels[0];
                    if (r) explorer.showRelation(r.id);
                    network.fit();
                }""", best)
            page.wait_for_timeout(300)
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            browser.close()
    print(f"screenshot written to {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--relations", type=int, default=30_000)
    parser.add_argument("--keep", type=Path, help="also keep the generated page here")
    parser.add_argument("--screenshot", type=Path, help="render a graph and save a PNG of the page instead")
    parser.add_argument("--graph", help="with --screenshot: a saved RDF graph (default: the bundled sample)")
    args = parser.parse_args(argv)
    if args.screenshot:
        screenshot(args.screenshot, args.graph)
        return
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")

    t = time.perf_counter()
    kg = synthetic_graph(args.actors, args.relations)
    built = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "large.html"
        t = time.perf_counter()
        write_html(kg, path)
        written = time.perf_counter() - t
        size = path.stat().st_size
        timings = measure(path)

    n_actors, n_relations = kg.graph.number_of_nodes(), len(kg)
    print(f"graph: {n_actors:,} actors, {n_relations:,} relations (built in {built:.1f} s)")
    print(f"write_html: {written:.2f} s, {size / 1e6:.1f} MB")
    print(f"drawn and interactive (navigation -> explorerReady): {timings['ready']:.2f} s"
          f"  [{timings['ready'] / 5.0:.2f} of the 5 s target]")
    steps = timings["ready_in_page"]
    print(f"  in the page: script start {steps['start'] / 1000:.2f} s, JSON parsed +{steps['parsed'] - steps['start']:.0f} ms,"
          f" DataSets +{steps['datasets'] - steps['parsed']:.0f} ms, setData +{steps['setData'] - steps['datasets']:.0f} ms,"
          f" first draw +{steps['ready'] - steps['setData']:.0f} ms")
    print(f"click an actor -> side panel: {timings['click'] * 1000:.0f} ms")
    print(f"search + focus: {timings['focus'] * 1000:.0f} ms")
    print(f"hide one predicate -> redrawn: {timings['filter'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
