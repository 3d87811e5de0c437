"""Actor recall: for every gold entity of the readable annotated sets, did extraction find an actor by that name?

For each article of each set, the document's actors (name and aliases, as ``conflictkg extract`` sees them: the
text read as a ``.txt`` file, the article's published date) are matched to the gold entities by the scorer's
normalised names (``names_of`` in ``shared/eval/score.py``): an entity is *found* when one of its names equals one
of an actor's names; it is *typed right* when that actor's type is the entity's. Prints the per-set coverage,
then each miss (not found, or found with another type) with the first sentence that mentions the entity.

    python tools/actor_recall.py                      # the five readable sets
    python tools/actor_recall.py tests/data/blind3    # one or more folders of annotated articles
    python tools/actor_recall.py --summary            # coverage lines only
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/eval")
DEFAULT_SETS = [ROOT / "tests/data/wider", ROOT / "tests/data/blind", ROOT / "tests/data/blind2",
                ROOT / "tests/data/blind3", SHARED / "dev"]

sys.path.insert(0, str(SHARED))
from score import names_of, norm  # noqa: E402  (the scorer's own normalisation)

from conflictkg.graph.pipeline import extract_documents  # noqa: E402
from conflictkg.graph.sources import iter_documents  # noqa: E402


def _first_mention(text: str, names: set[str]) -> str:
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        padded = f" {norm(sentence)} "
        if any(f" {n} " in padded for n in names):
            return " ".join(sentence.split())[:200]
    return "(no mention found)"


def _articles(folder: Path):
    for path in sorted(folder.glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))


def _documents(golds, tmp: Path):
    for gold in golds:
        path = tmp / f"{gold['id']}.txt"
        path.write_text(gold["text"], encoding="utf-8")
        yield from iter_documents([str(path)], published=gold.get("published") or None)


def probe(folder: Path):
    """Yield (gold article, gold entity, matched actor or None) for every entity of the folder's articles."""
    golds = list(_articles(folder))
    with tempfile.TemporaryDirectory() as tmp:
        for gold, (_doc, _rels, actors) in zip(golds, extract_documents(_documents(golds, Path(tmp)))):
            for entity in gold.get("entities", []):
                names = names_of(entity["name"], entity.get("aliases", ()))
                match = None
                for actor in actors:
                    if names & names_of(actor.name, actor.aliases):
                        if match is None or (actor.type == entity["type"] and match.type != entity["type"]):
                            match = actor
                yield gold, entity, match


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_SETS)
    ap.add_argument("--summary", action="store_true", help="print only the coverage lines")
    a = ap.parse_args(argv)
    lines, misses = [], []
    total = Counter()
    for folder in a.dirs:
        c = Counter()
        for gold, entity, actor in probe(folder):
            c["entities"] += 1
            if actor is None:
                misses.append((folder.name, gold, entity, None))
                continue
            c["found"] += 1
            if actor.type == entity["type"]:
                c["typed"] += 1
            else:
                misses.append((folder.name, gold, entity, actor))
        total.update(c)
        lines.append(_line(folder.name, c))
    lines.append(_line("all", total))
    print("\n".join(lines))
    if not a.summary:
        print()
        for name, gold, entity, actor in misses:
            got = "MISSING" if actor is None else f"as {actor.type} {actor.name!r}"
            where = _first_mention(gold["text"], names_of(entity["name"], entity.get("aliases", ())))
            print(f"{name}/{gold['id']}: {entity['name']!r} {entity['type']} {got}\n    {where}")
    return 0


def _line(name: str, c: Counter) -> str:
    n = c["entities"] or 1
    return (f"{name:8} entities {c['entities']:4}  found {c['found']:4} ({c['found'] / n:.1%})"
            f"  typed right {c['typed']:4} ({c['typed'] / n:.1%})")


if __name__ == "__main__":
    sys.exit(main())
