#!/usr/bin/env python3
"""Probe the gazetteer's breadth: does each name, as news writes it, reach the right actor?

Reads a TSV of names (``tools/gaz_probe_names.tsv``): surface form, expected type (an entity type, or
METONYM / DEMONYM with the state as canonical), optionally the expected canonical name and a link
(``state=X`` / ``heads=Y``). For each it reports what the gazetteer's lookup gives and, end to end, who
the pipeline reads as the subject of a short sentence of ours about it ("N condemned Norway on Monday.",
"D forces attacked Kadugli on Monday."). Lines are printed only where something is wrong.

    python tools/gaz_probe.py [tools/gaz_probe_names.tsv] [--no-pipeline]
"""

from __future__ import annotations

import sys
from pathlib import Path

from conflictkg.graph.gazetteer import Gazetteer
from conflictkg.graph.model import normalize_name


def rows(path: Path):
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + ["", "", ""]
        yield cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()


def sentence(surface: str, kind: str) -> str:
    if kind == "DEMONYM":
        return f"{surface} forces attacked Kadugli on Monday."
    return f"{surface} condemned Norway on Monday."


def names(actor) -> set[str]:
    return {normalize_name(n) for n in (actor.name, *actor.aliases)}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else Path(__file__).with_name("gaz_probe_names.tsv")
    table = list(rows(path))
    gaz = Gazetteer.load()
    problems = 0
    checks: list[tuple[str, str, str, str]] = []
    for surface, kind, canonical, link in table:
        if kind == "DEMONYM":
            entry = gaz.by_demonym(surface)
            if entry is None or (canonical and entry.name != canonical):
                print(f"DEMONYM  {surface!r}: {entry.name if entry else None} (want {canonical})")
                problems += 1
            continue
        entry = gaz.lookup(surface)
        if kind == "METONYM":
            state = entry and (entry.metonym_of or (entry.name if entry.type == "STATE" else None))
            if state != canonical:
                print(f"METONYM  {surface!r}: {entry and entry.name} -> {state} (want {canonical})")
                problems += 1
            checks.append((surface, kind, canonical, link))
            continue
        if entry is None:
            print(f"MISSING  {surface!r} ({kind}{', ' + canonical if canonical else ''})")
            problems += 1
            continue
        bad = []
        if entry.type != kind:
            bad.append(f"type {entry.type}")
        if canonical and entry.name != canonical:
            bad.append(f"canonical {entry.name!r}")
        if link:
            field, _, value = link.partition("=")
            if getattr(entry, field) != value:
                bad.append(f"{field}={getattr(entry, field)!r}")
        if bad:
            print(f"WRONG    {surface!r} -> {entry.name!r}: {', '.join(bad)} (want {kind} {canonical} {link})")
            problems += 1
        if kind != "LOCATION" or entry.metonym_of:  # a place that stands for no one acts in no sentence
            checks.append((surface, kind, entry.name, link))
    if "--no-pipeline" not in argv:
        from conflictkg.graph.pipeline import extract_documents
        from conflictkg.graph.text import make_document

        docs = [make_document(sentence(s, k), id=f"p{i}", published="2025-05-01") for i, (s, k, _, _) in enumerate(checks)]
        for (surface, kind, want, _), (doc, rels, _) in zip(checks, extract_documents(docs)):
            subjects = [r.subject for r in rels if r.predicate in ("condemns", "attacks") and not r.negated]
            if kind == "METONYM":
                ok = any(a.type in ("STATE", "GOVERNMENT") and (normalize_name(want) in names(a) or a.name.endswith(want))
                         for a in subjects)
            else:
                ok = any(normalize_name(want) in names(a) for a in subjects)
            if not ok:
                got = "; ".join(f"{a.name} ({a.type})" for a in subjects) or "nothing"
                print(f"PIPELINE {surface!r}: read {got} (want {want})")
                problems += 1
    print(f"{len(table)} names, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
