"""Helpers shared by the tests: reading relations off short texts of our own, and evidence for hand-built graphs."""

from __future__ import annotations

import conflictkg

PUBLISHED = "2024-05-01"
SYMMETRIC = ("negotiates_with", "opposes", "allied_with")


def triples(text: str) -> set[tuple[str, str, str, bool]]:
    """(subject, predicate, object, negated) of every relation read from ``text``."""
    return {(r.subject.name, r.predicate, r.object.name, r.negated) for r in conflictkg.extract(text, published=PUBLISHED)}


def has(found: set, subject: str, predicate: str, obj: str, negated: bool = False) -> bool:
    """Whether ``found`` holds the relation, either way round for a symmetric predicate."""
    symmetric = predicate in SYMMETRIC
    return (subject, predicate, obj, negated) in found or (symmetric and (obj, predicate, subject, negated) in found)


def evidence(doc: str, sentence: str, rule: str = "verb:active", confidence: float = 0.8):
    """One piece of evidence: ``sentence`` of document ``doc``, as a relation's ``evidence`` tuple."""
    from conflictkg.graph.model import Evidence

    return (Evidence(doc, sentence, 0, len(sentence), rule, confidence),)
