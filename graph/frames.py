"""pandas views of a graph: one row per actor, per relation, per piece of evidence.

pandas is an optional extra (``pip install 'conflictkg[pandas]'``), imported only
when a frame is asked for. Dates are datetimes (``NaT`` where unknown); a relation's
own date stays as the text stated it (``"2018"``, ``"2024-12"``) beside
``date_start``, the first day of that period, so nothing is made more precise than
the source.

>>> relations_frame(kg).query("predicate == 'supports' and not negated")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictkg.errors import MissingDependencyError
from conflictkg.ontology import QUALIFIERS

if TYPE_CHECKING:
    import pandas as pd

    from conflictkg.graph.kg import KnowledgeGraph

__all__ = ["actors_frame", "relations_frame", "evidence_frame"]

_RELATION_KEY = ["subject_id", "subject", "predicate", "object_id", "object", "negated"]


def _pandas():
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError("data frames need pandas: pip install 'conflictkg[pandas]'") from None
    return pandas


def _dates(pd, values) -> "pd.Series":
    return pd.to_datetime(pd.Series(values, dtype="object"), format="ISO8601", errors="coerce")


def actors_frame(kg: "KnowledgeGraph") -> "pd.DataFrame":
    """One row per actor: id, name, type, aliases (a list), ``id_<scheme>`` columns, degree."""
    pd = _pandas()
    rows = []
    for actor in sorted(kg.actors(), key=lambda a: a.id):
        row = {"id": actor.id, "name": actor.name, "type": actor.type, "aliases": list(actor.aliases),
               "relations": kg.graph.degree(actor.id)}
        row.update({f"id_{scheme}": value for scheme, value in actor.external_ids})
        rows.append(row)
    columns = ["id", "name", "type", "aliases", "relations"]
    return pd.DataFrame(rows, columns=columns + sorted({k for r in rows for k in r} - set(columns)))


def relations_frame(kg: "KnowledgeGraph") -> "pd.DataFrame":
    """One row per relation: both ends, predicate, polarity, qualifiers, confidence, evidence
    and source counts, first and last reported (publication dates of its sources)."""
    pd = _pandas()
    rows = []
    for rel in sorted(kg.relations(), key=lambda r: (r.subject.id, r.predicate, r.object.id, r.negated)):
        published = kg.reported(rel)
        qualifiers = rel.qualifiers()
        rows.append({
            "subject_id": rel.subject.id, "subject": rel.subject.name, "subject_type": rel.subject.type,
            "predicate": rel.predicate,
            "object_id": rel.object.id, "object": rel.object.name, "object_type": rel.object.type,
            "negated": rel.negated,
            **{name: qualifiers.get(name) for name in QUALIFIERS},
            "confidence": rel.confidence, "rule": rel.rule,
            "evidence": len(rel.evidence), "sources": len(rel.documents),
            "first_reported": published[0] if published else None,
            "last_reported": published[-1] if published else None,
        })
    columns = ["subject_id", "subject", "subject_type", "predicate", "object_id", "object", "object_type",
               "negated", *QUALIFIERS, "confidence", "rule", "evidence", "sources", "first_reported", "last_reported"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["former"] = frame["former"].fillna(False).astype(bool)
    frame.insert(columns.index("date") + 1, "date_start", _dates(pd, frame["date"]))
    for col in ("first_reported", "last_reported"):
        frame[col] = _dates(pd, frame[col])
    return frame


def evidence_frame(kg: "KnowledgeGraph") -> "pd.DataFrame":
    """One row per piece of evidence: the relation's key, the document (title, URL,
    published), the sentence and its offsets, the rule that read it."""
    pd = _pandas()
    rows = []
    for rel in sorted(kg.relations(), key=lambda r: (r.subject.id, r.predicate, r.object.id, r.negated)):
        for ev in rel.evidence:
            doc = kg.documents.get(ev.document_id)
            rows.append({
                "subject_id": rel.subject.id, "subject": rel.subject.name, "predicate": rel.predicate,
                "object_id": rel.object.id, "object": rel.object.name, "negated": rel.negated,
                "document": ev.document_id, "title": doc.title if doc else None, "url": doc.url if doc else None,
                "published": doc.published if doc else None,
                "sentence": ev.sentence, "start": ev.start, "end": ev.end, "rule": ev.rule, "confidence": ev.confidence,
            })
    columns = [*_RELATION_KEY, "document", "title", "url", "published", "sentence", "start", "end", "rule", "confidence"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["published"] = _dates(pd, frame["published"])
    return frame
