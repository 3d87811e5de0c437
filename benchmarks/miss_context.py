"""Are the census's reference misses read now, in their whole article?

``miss_census.py`` lists every missed gold relation; many of them are stated in a sentence that names only one
end and stands for the other with a pronoun or a description ("the group", "the city", "the two leaders"). Such a
row cannot be run alone, so this re-runs each row's whole article and asks whether the missed relation comes out
now (by the gold entity's name or aliases, as ``score.py`` matches). It is the progress measure of work on
reference: run it on a file of rows before and after a change.

    python benchmarks/miss_context.py rows.jsonl            # counts; --rows prints each row with "read"

Never feed it rows of a sealed set (it reads the articles' texts and gold).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from miss_alone import DATA, load_rows, outcome


def read_in_context(rows: list[dict]) -> list[dict]:
    """Each row with ``read``: "same" (read, same polarity), "flipped" (other polarity) or None."""
    from conflictkg.exports.tables import relation_record
    from conflictkg.graph.pipeline import extract_documents
    from conflictkg.graph.text import make_document

    golds: dict = {}
    by_article: dict = defaultdict(list)
    for row in rows:
        by_article[(row["set"], row["article"])].append(row)
    keys = sorted(by_article)
    docs = []
    for set_name, article in keys:
        gold = json.loads((DATA / set_name / f"{article}.json").read_text(encoding="utf-8"))
        golds[(set_name, article)] = gold
        docs.append(make_document(gold["text"], published=gold.get("published") or None))
    out = []
    for key, (_, relations, _) in zip(keys, extract_documents(docs)):
        records = [relation_record(r) for r in relations]
        out.extend({**row, "read": outcome(row, records, golds)} for row in by_article[key])
    return out


def main(argv: list[str]) -> None:
    done = read_in_context(load_rows(Path(argv[0])))
    print(f"rows: {len(done)} in {len({r['set'] for r in done})} sets; read in context: "
          f"{dict(Counter(r['read'] for r in done))}")
    if "--rows" in argv:
        for r in done:
            print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
