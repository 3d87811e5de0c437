"""Claims and their denials: the content of "claims/reports/allegations that ..." is hedged, and
denying the claim ("rejected the reports that X seized Y") states that it did not happen."""

from __future__ import annotations

import pytest

import conflictkg


def found(text: str) -> set[tuple[str, str, str, bool, str | None]]:
    return {(r.subject.name, r.predicate, r.object.name, r.negated, r.modality)
            for r in conflictkg.extract(text, published="2025-01-01")}


@pytest.mark.parametrize("text, relation", [
    ("Ethiopia rejected reports that Eritrea had captured Mekelle.", ("Eritrea", "captures", "Mekelle")),
    ("Officials in Asmara denied reports that Eritrea had captured Mekelle last week.", ("Eritrea", "captures", "Mekelle")),
    ("The report that Eritrea had captured Mekelle was denied by Ethiopia.", ("Eritrea", "captures", "Mekelle")),
    # The parser loses the claim noun behind an interjected phrase; the denial before "that" still counts.
    ("The ministry rejects as false the claims, circulated by rebel channels, that Russian aircraft struck Kharkiv on Monday.",
     ("Russia", "attacks", "Kharkiv")),
])
def test_a_denied_claim_is_a_negated_relation(text, relation):
    rels = found(text)
    assert any(r[:3] == relation and r[3] is True for r in rels), rels
    assert not any(r[:3] == relation and r[3] is False for r in rels), rels


@pytest.mark.parametrize("text, relation, modality", [
    ("Rebel media spread reports that Eritrea had captured Mekelle.", ("Eritrea", "captures", "Mekelle"), "reported"),
    ("Activists repeated allegations that Turkey had bombed Kobani.", ("Turkey", "attacks", "Kobani"), "alleged"),
])
def test_a_claim_that_is_not_denied_is_hedged_not_stated(text, relation, modality):
    rels = found(text)
    assert any(r[:3] == relation and r[3] is False and r[4] == modality for r in rels), rels


def test_a_relative_clause_about_a_report_is_not_its_content():
    assert not any(r[1] == "captures" for r in found("The report that the UN published on Eritrea named Mekelle."))
