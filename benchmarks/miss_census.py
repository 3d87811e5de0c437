"""A census of the gold relations the extractor misses, across every readable annotated set.

Each round's writers mend the constructions of their own few articles; this counts which ways
of stating a relation are missed *across* all readable text, so that the next mends aim at the
families that recur. For every missed gold relation it finds the sentence(s) that name both
ends (by the gold entity's name and aliases), and writes one row per miss with simple features
(same sentence or not, whether the extractor produced each actor at all and with which type beside the gold's,
and which ends the sentence holding the
gold's evidence names: a row whose stating sentence names one end stands for the other by a reference, which
``miss_context.py`` re-reads in the whole article).

Never point it at a sealed set: it reads the texts and gold of what it is given.

    python benchmarks/miss_census.py tests/data/wider tests/data/blind ... > census.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from conflictkg.evaluate import load_gold, normalize, score_article

SEALED = re.compile(r"sealed")


def _sentences(text: str) -> list[str]:
    """Rough sentence split: enough to tell whether two names share a sentence."""
    parts = re.split(r"(?<=[.!?])\s+(?=[\"'A-Z(])|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def _aliases(gold: dict, name: str) -> list[str]:
    for entity in gold.get("entities", []):
        if entity["name"] == name or name in entity.get("aliases", []):
            return [entity["name"], *entity.get("aliases", [])]
    return [name]


def _mentions(sentence: str, names: list[str]) -> bool:
    low = sentence.lower()
    return any(re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low) for n in names if n)


def _named(sentence: str, subj: list[str], obj: list[str]) -> str:
    """Which ends the sentence stating the relation names: a reference miss names only one."""
    if not sentence:
        return "unplaced"
    return {(True, True): "both", (True, False): "subject", (False, True): "object", (False, False): "neither"}[
        (_mentions(sentence, subj), _mentions(sentence, obj))]


def _actor_names(actors) -> set[str]:
    return {normalize(n) for a in actors for n in a.names}


def _gold_type(gold: dict, name: str) -> str:
    for entity in gold.get("entities", []):
        if entity["name"] == name or name in entity.get("aliases", []):
            return entity.get("type", "")
    return ""


def _tool_type(actors, names: list[str], gold_type: str) -> str:
    """The type of the actor(s) the extractor made for one of ``names``: the gold's type when one of
    them has it, else every type made, joined by "/" ("" when it made none)."""
    wanted = {normalize(n) for n in names}
    types = sorted({a.type for a in actors if wanted & {normalize(n) for n in a.names}})
    return gold_type if gold_type in types else "/".join(types)


def census(directory: Path) -> list[dict]:
    """One row per missed gold relation of the articles under ``directory``."""
    from conflictkg.exports.tables import relation_record
    from conflictkg.graph.pipeline import extract_documents
    from conflictkg.graph.text import make_document

    rows = []
    for path in sorted(directory.glob("*.json")):
        gold = load_gold(path)
        doc = make_document(gold["text"], published=gold.get("published") or None)
        for _, relations, actors in extract_documents([doc]):
            relations.sort(key=lambda r: (r.evidence[0].start if r.evidence else 0, r.predicate))
            score = score_article(gold, [relation_record(r) for r in relations])
            found = _actor_names(actors)
            sentences = _sentences(gold["text"])
            for miss in score.missed:
                subj, obj = _aliases(gold, miss["subject"]), _aliases(gold, miss["object"])
                both = [s for s in sentences if _mentions(s, subj) and _mentions(s, obj)]
                evidence = miss.get("evidence", "")
                stating = next((s for s in sentences if evidence and evidence in s), "")
                rows.append({
                    "set": directory.name, "article": path.stem, "predicate": miss["predicate"],
                    "negated": bool(miss.get("negated")), "subject": miss["subject"], "object": miss["object"],
                    "evidence": miss.get("evidence", ""),
                    "same_sentence": bool(both), "sentence": both[0] if both else "",
                    "subject_found": any(normalize(n) in found for n in subj),
                    "object_found": any(normalize(n) in found for n in obj),
                    "subject_type": [(st := _gold_type(gold, miss["subject"])), _tool_type(actors, subj, st)],
                    "object_type": [(ot := _gold_type(gold, miss["object"])), _tool_type(actors, obj, ot)],
                    "evidence_sentence": stating,
                    "evidence_names": _named(stating, subj, obj),
                })
    return rows


def main(argv: list[str]) -> None:
    for arg in argv:
        if SEALED.search(arg):
            raise SystemExit(f"refusing a sealed set: {arg}")
        for row in census(Path(arg)):
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
