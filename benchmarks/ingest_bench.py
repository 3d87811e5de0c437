"""Ingestion: documents per second of each reader against the bare library it wraps, and memory.

Writes a corpus in every format from the annotated articles in ``tests/data/annotated``
(texts recombined so that no two documents are the same; each page wrapped in a news
site's template with navigation, <meta> and JSON-LD; each feed entry carrying HTML), then
measures, in one run, best of ``--repeat`` passes:

* ``iter_documents`` over each format (documents/s, MB/s), against the bare parse it is
  built on: ``bytes.decode`` per file, ``json.loads`` per line, ``csv.DictReader``,
  ``trafilatura.bare_extraction`` per page, ``feedparser.parse`` per feed; the ratio is what
  the checks, cleaning, date normalisation and ``Document`` building cost on top;
* the peak memory (tracemalloc) of streaming a JSON Lines corpus of ``--docs`` and of ten
  times as many documents, each dropped once read: reading is lazy, so the peak stays flat
  (what grows is only the id map that finds duplicates, about 100 bytes a document).

    python benchmarks/ingest_bench.py
    python benchmarks/ingest_bench.py --docs 5000 --pages 500 --repeat 3
"""

from __future__ import annotations

import argparse
import csv
import gc
import html
import json
import random
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tests" / "data" / "annotated"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Frontline Daily</title>
<meta property="og:title" content="{title}"><meta property="og:url" content="https://news.example/{n}">
<meta property="article:published_time" content="{date}T08:00:00+00:00">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}", "datePublished": "{date}"}}</script>
</head><body><div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav><ul><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article><h1>{title}</h1>{paragraphs}
<aside><h3>Related</h3><ul><li><a href="/a">More on this story</a></li></ul></aside></article></main>
<footer><p>&copy; Frontline Daily</p></footer></body></html>
"""


def corpus(n: int, seed: int = 7) -> list[dict]:
    """``n`` documents: paragraphs of the annotated articles recombined, a date, a title."""
    paragraphs = []
    for path in sorted(SOURCE.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(4, 8)))
        day = 1 + i % 28
        docs.append({"guid": f"doc-{i}", "headline": f"Report {i}: {body[0][:60]}",
                     "body": f"Report number {i}.\n\n" + "\n\n".join(body), "pubDate": f"2024-03-{day:02d}"})
    return docs


def write(folder: Path, docs: list[dict], pages: int) -> dict[str, list[Path]]:
    (folder / "txt").mkdir()
    (folder / "html").mkdir()
    for d in docs:
        (folder / "txt" / f"{d['guid']}.txt").write_text(d["headline"] + "\n\n" + d["body"], encoding="utf-8")
    with open(folder / "wire.jsonl", "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d) + "\n")
    with open(folder / "wire.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(docs[0]))
        writer.writeheader()
        writer.writerows(docs)
    for n, d in enumerate(docs[:pages]):
        paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in d["body"].split("\n\n"))
        (folder / "html" / f"{d['guid']}.html").write_text(
            PAGE.format(title=html.escape(d["headline"]), n=n, date=d["pubDate"], paragraphs=paras), encoding="utf-8")
    items = "".join(
        f"<item><title>{html.escape(d['headline'])}</title><link>https://news.example/{d['guid']}</link>"
        f"<pubDate>Fri, {d['pubDate'][-2:]} Mar 2024 08:00:00 +0000</pubDate>"
        f"<description>{html.escape(''.join(f'<p>{p}</p>' for p in d['body'].split(chr(10) * 2)))}</description></item>\n"
        for d in docs[:pages])
    (folder / "feed.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}'
                                     f"</channel></rss>", encoding="utf-8")
    return {"txt": sorted((folder / "txt").iterdir()), "html": sorted((folder / "html").iterdir()),
            "jsonl": [folder / "wire.jsonl"], "csv": [folder / "wire.csv"], "feed": [folder / "feed.rss"]}


def bare(kind: str, files: list[Path]) -> int:
    """The library parse alone: no checks, no cleaning, no Document."""
    n = 0
    if kind == "txt":
        for f in files:
            f.read_bytes().decode("utf-8")
            n += 1
    elif kind == "jsonl":
        with open(files[0], "rb") as fh:
            for line in fh:
                json.loads(line)
                n += 1
    elif kind == "csv":
        with open(files[0], encoding="utf-8", newline="") as fh:
            n = sum(1 for _ in csv.DictReader(fh))
    elif kind == "html":
        import trafilatura

        for f in files:
            trafilatura.bare_extraction(f.read_bytes(), with_metadata=True, include_comments=False,
                                        date_extraction_params={"extensive_search": False, "original_date": True,
                                                                "outputformat": "%Y-%m-%d"})
            n += 1
    elif kind == "feed":
        import feedparser

        n = len(feedparser.parse(files[0].read_bytes()).entries)
    return n


FIELDS = {"text": "body", "title": "headline", "id": "guid", "date": "pubDate"}


def ours(kind: str, files: list[Path]) -> int:
    from conflictkg.graph.sources import iter_documents

    stream = iter_documents(files, fields=FIELDS, strict=True)
    return sum(1 for _ in stream)


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_streaming(path: Path) -> tuple[int, int]:
    """Documents read and the peak traced memory (bytes) of streaming ``path``."""
    from conflictkg.graph.sources import iter_documents

    gc.collect()
    tracemalloc.start()
    n = 0
    for _ in iter_documents([path], fields=FIELDS, strict=True):
        n += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return n, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the text, JSON Lines and CSV corpora")
    parser.add_argument("--pages", type=int, default=200, help="HTML pages, and entries in the feed")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    # Warm the lazy imports (trafilatura about 0.5 s) outside the timings.
    import feedparser  # noqa: F401
    import trafilatura  # noqa: F401

    docs = corpus(args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sets = write(folder, docs, args.pages)
        print(f"corpus: {args.docs} documents ({sum(len(d['body']) for d in docs) / 1e6:.1f} MB of text); "
              f"{args.pages} pages; a feed of {args.pages} entries; best of {args.repeat}")
        print(f"{'format':<7} {'docs':>6} {'ours docs/s':>12} {'bare docs/s':>12} {'ours/bare':>10} {'MB/s':>7}")
        for kind, files in sets.items():
            size = sum(f.stat().st_size for f in files) / 1e6
            n = ours(kind, files)
            assert n == bare(kind, files), kind
            t_ours = best(lambda: ours(kind, files), args.repeat)
            t_bare = best(lambda: bare(kind, files), args.repeat)
            print(f"{kind:<7} {n:>6} {n / t_ours:>12,.0f} {n / t_bare:>12,.0f} {t_bare / t_ours:>10.2f} {size / t_ours:>7.1f}")

        big = folder / "wire10.jsonl"
        with open(big, "w", encoding="utf-8") as fh:
            for k in range(10):
                for d in docs:
                    fh.write(json.dumps({**d, "guid": f"{d['guid']}-{k}", "body": f"Copy {k}. " + d["body"]}) + "\n")
        n1, p1 = peak_streaming(sets["jsonl"][0])
        n10, p10 = peak_streaming(big)
        print(f"streaming peak memory (tracemalloc): {n1:,} docs {p1 / 2**20:.2f} MiB, {n10:,} docs "
              f"{p10 / 2**20:.2f} MiB: x{p10 / p1:.2f} for x{n10 / n1:.0f} the documents; the growth, "
              f"{(p10 - p1) / (n10 - n1):.0f} bytes a document, is the id map that finds duplicates "
              f"(the documents themselves are {sum(len(d['body']) for d in docs) / len(docs):,.0f} characters each)")


if __name__ == "__main__":
    main()
