"""Are the census's same-sentence misses read when their sentence is given alone?

Rounds of helpers found their families of misses "read in isolation" with sentences of their own, and put the
rest down to the article's context. This checks the claim on the readable sets' own sentences: for each miss of
``benchmarks/miss_census.py`` whose two ends are named in one sentence (and both were produced as actors), it runs
that sentence alone and asks whether the missed relation comes out (by the gold entity's name or aliases, as
``score.py`` matches). A low rate says the misses are within the sentence as written, not in its context.

    python benchmarks/miss_census.py tests/data/wider ... > census.jsonl
    python benchmarks/miss_alone.py census.jsonl            # prints counts; --rows prints each row's outcome

Never feed it a census of a sealed set (miss_census.py refuses them). Invented names lack the typing their
article gives them, so the rate is a lower bound for invented sets.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from conflictkg.evaluate import normalize

SYMMETRIC = {"opposes", "allied_with", "negotiates_with"}
DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _aliases(row: dict, name: str, golds: dict) -> set[str]:
    key = (row["set"], row["article"])
    if key not in golds:
        golds[key] = json.loads((DATA / row["set"] / f"{row['article']}.json").read_text(encoding="utf-8"))
    for entity in golds[key]["entities"]:
        if entity["name"] == name or name in entity.get("aliases", []):
            return {normalize(n) for n in [entity["name"], *entity.get("aliases", [])]}
    return {normalize(name)}


def read_alone(rows: list[dict]) -> list[dict]:
    """Each row with ``alone``: "same" (read, same polarity), "flipped" (read, other polarity) or None."""
    from conflictkg.exports.tables import relation_record
    from conflictkg.graph.pipeline import extract_documents
    from conflictkg.graph.text import make_document

    golds: dict = {}
    out = []
    docs = [make_document(r["sentence"]) for r in rows]
    for row, (_, relations, _) in zip(rows, extract_documents(docs)):
        out.append({**row, "alone": outcome(row, [relation_record(r) for r in relations], golds)})
    return out


def outcome(row: dict, records: list[dict], golds: dict) -> str | None:
    """Whether the records hold the row's relation: "same" (same polarity), "flipped" (other polarity) or None."""
    subj, obj = _aliases(row, row["subject"], golds), _aliases(row, row["object"], golds)
    found = None
    for rel in records:
        if rel["predicate"] != row["predicate"]:
            continue
        s = {normalize(n) for n in [rel["subject"], *rel.get("subject_aliases", [])]}
        o = {normalize(n) for n in [rel["object"], *rel.get("object_aliases", [])]}
        if (s & subj and o & obj) or (row["predicate"] in SYMMETRIC and s & obj and o & subj):
            found = "same" if bool(rel["negated"]) == row["negated"] else "flipped"
            if found == "same":
                break
    return found


def load_rows(path: Path) -> list[dict]:
    """The census rows in ``path`` (JSON Lines); refused whole if any is of a sealed set, whose texts no one reads."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if any("sealed" in r["set"] for r in rows):
        raise SystemExit(f"{path}: refusing rows of a sealed set")
    return rows


def main(argv: list[str]) -> None:
    rows = [r for r in load_rows(Path(argv[0])) if r["same_sentence"] and r["subject_found"] and r["object_found"]]
    done = read_alone(rows)
    stated = [r for r in done if r.get("evidence") and r["evidence"] in r["sentence"]]
    print(f"same-sentence misses, both ends produced: {len(done)}; read alone: {dict(Counter(r['alone'] for r in done))}")
    print(f"of them, the gold's evidence inside that sentence: {len(stated)} in {len({r['set'] for r in stated})} sets;"
          f" read alone: {dict(Counter(r['alone'] for r in stated))}")
    if "--rows" in argv:
        for r in done:
            print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
