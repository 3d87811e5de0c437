"""Flat tables of relations: JSON Lines and CSV, one row per relation.

The JSON Lines rows carry the fields ``../shared/eval/score.py`` reads (``subject``,
``subject_aliases``, ``predicate``, ``object``, ``object_aliases``, ``negated``), so
``conflictkg extract ... --format jsonl`` can be scored directly.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from conflictkg.exports import Exporter, register
from conflictkg.files import write_text
from conflictkg.graph.model import Document, Relation
from conflictkg.ontology import QUALIFIERS

if TYPE_CHECKING:
    from conflictkg.graph.kg import KnowledgeGraph

__all__ = ["relation_record", "to_jsonl", "to_csv", "CSV_COLUMNS"]

CSV_COLUMNS = [
    "subject", "subject_type", "predicate", "object", "object_type", "negated", *QUALIFIERS,
    "confidence", "rule", "sources", "evidence",
]


def relation_record(rel: Relation, documents: dict[str, Document] | None = None) -> dict[str, Any]:
    """One relation as a JSON-ready dict (ends with their aliases, types and ids; evidence; source)."""
    documents = documents or {}
    evidence = []
    for ev in rel.evidence:
        doc = documents.get(ev.document_id)
        evidence.append({
            "document": ev.document_id,
            "title": doc.title if doc else "",
            "url": doc.url if doc else "",
            "sentence": ev.sentence,
            "start": ev.start,
            "end": ev.end,
            "rule": ev.rule,
        })
    first = documents.get(rel.evidence[0].document_id) if rel.evidence else None
    return {
        "subject": rel.subject.name,
        "subject_aliases": list(rel.subject.aliases),
        "subject_type": rel.subject.type,
        "subject_id": rel.subject.id,
        "predicate": rel.predicate,
        "object": rel.object.name,
        "object_aliases": list(rel.object.aliases),
        "object_type": rel.object.type,
        "object_id": rel.object.id,
        "negated": rel.negated,
        **{name: getattr(rel, name) for name in QUALIFIERS},
        "confidence": rel.confidence,
        "rule": rel.rule,
        "evidence": evidence,
        "source": (first.url or first.source or first.id) if first else None,
    }


# Line breaks for str.splitlines (and U+2028/9 for JavaScript) that json.dumps leaves raw.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_LINE_BREAK = re.compile("[\x85\u2028\u2029]")


def jsonl_line(record: Any) -> str:
    """``record`` as one JSON Lines line: every character a reader might take for a line
    break is escaped, so even ``str.splitlines`` sees one record per line."""
    text = json.dumps(record, ensure_ascii=False)
    return _LINE_BREAK.sub(lambda m: _LINE_BREAKS[m.group()], text) + "\n"


def to_jsonl(relations: Iterable[Relation], documents: dict[str, Document] | None = None) -> str:
    """JSON Lines text, one relation per line."""
    return "".join(jsonl_line(relation_record(r, documents)) for r in relations)


# OWASP's list: a spreadsheet evaluates a cell that begins with one of these.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not evaluate: text beginning ``= + - @``, tab or CR
    gets a leading apostrophe (names and sentences come from untrusted articles).

    >>> inert_cell("=1+2")
    "'=1+2"
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(relations: Iterable[Relation], documents: dict[str, Document] | None = None) -> str:
    """CSV text with a header row; evidence sentences joined with `` | ``."""
    buf = io.StringIO()
    # RFC 4180 line ends: a value holding a bare CR is then quoted (with "\n" it would not be).
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for rel in relations:
        row = relation_record(rel, documents)
        row["sources"] = " | ".join(dict.fromkeys(e["url"] or e["document"] for e in row["evidence"]))
        row["evidence"] = " | ".join(e["sentence"] for e in row["evidence"])
        writer.writerow({k: inert_cell(v) for k, v in row.items()})
    return buf.getvalue()


def _sorted(kg: "KnowledgeGraph") -> list[Relation]:
    return sorted(kg, key=lambda r: (r.predicate, r.subject.name, r.object.name, r.negated))


def _write_jsonl(kg: "KnowledgeGraph", path: Path) -> None:
    write_text(path, to_jsonl(_sorted(kg), kg.documents))


def _write_csv(kg: "KnowledgeGraph", path: Path) -> None:
    write_text(path, to_csv(_sorted(kg), kg.documents))


register(Exporter("jsonl", (".jsonl",), "application/x-ndjson", _write_jsonl))
register(Exporter("csv", (".csv",), "text/csv", _write_csv))
