"""SHACL: every export conforms to the shapes, and the shapes catch what they are for."""

from __future__ import annotations

import pytest
import rdflib

from conflictkg import exports
from conflictkg.exports import rdf, shacl
from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Relation
from conflictkg.ontology.namespace import CK, RDF, RDFS


def build() -> KnowledgeGraph:
    """A representative graph: two documents, a denial, qualifiers, awkward aliases, a symmetric relation."""
    turkey = Actor.create("Turkey", "STATE", aliases=("Türkiye", 'the "Turkish" state'), external_ids=(("iso3166-alpha3", "TUR"),))
    hts = Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS", "<script>alert(1)</script>"))
    us = Actor.create("United States", "STATE")
    assad = Actor.create("Assad government", "GOVERNMENT")
    hama = Actor.create("Hama", "LOCATION")
    jolani = Actor.create("Abu Mohammad al-Jolani", "PERSON")
    kg = KnowledgeGraph()
    kg.graph.graph["extracted_at"] = "2024-12-07T10:00:00+00:00"
    kg.add_document(Document("doc1", "Turkey backs HTS. The US refused to back HTS.", title="Hama", url="https://example.org/x",
                             published="2024-12-06"), [
        Relation(turkey, "supports", hts, confidence=0.8, evidence=(Evidence("doc1", "Turkey backs HTS.", 0, 17, rule="verb"),)),
        Relation(us, "supports", hts, negated=True, evidence=(Evidence("doc1", "The US refused to back HTS.", 18, 45, rule="neg"),)),
        Relation(hts, "captures", hama, date="2024-12-05", evidence=(Evidence("doc1", "HTS took Hama.", 0, 14),)),
        Relation(hts, "opposes", assad, modality="reported", evidence=(Evidence("doc1", "HTS fights Assad.", 0, 17),)),
        Relation(jolani, "leads", hts, former=False, evidence=(Evidence("doc1", "Jolani leads HTS.", 0, 17),)),
        Relation(us, "designates", hts, designation="terrorist organization", date="2018",
                 evidence=(Evidence("doc1", "The US designated HTS.", 0, 22),)),
    ])
    kg.add_document(Document("doc2", "Ankara backs HTS."), [
        Relation(turkey, "supports", hts, evidence=(Evidence("doc2", "Ankara backs HTS.", 0, 17, rule="metonym"),)),
    ])
    return kg


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return build()


def test_the_graph_conforms(kg):
    report = shacl.validate(kg)
    assert report.conforms, report.text
    assert report.violations == [] and report.text.startswith("Conforms")


@pytest.mark.parametrize("name", exports.available(rdf_only=True))
def test_every_export_conforms(kg, tmp_path, name):
    path = exports.write(kg, tmp_path / f"graph{exports.get(name).extensions[0]}")
    report = shacl.validate(path)
    assert report.conforms, report.text


def _union(kg) -> rdflib.Graph:
    return rdflib.Graph().parse(data=rdf.serialize(kg, "nt"), format="nt")


def test_a_denial_stated_as_a_fact_is_a_violation(kg):
    g = _union(kg)
    denied = next(g.subjects(CK.negated, rdflib.Literal(True)))
    g.add((g.value(denied, RDF.subject), g.value(denied, RDF.predicate), g.value(denied, RDF.object)))
    report = shacl.validate(g)
    assert not report.conforms
    assert any("negated relation" in v.message for v in report.errors)
    assert any("no positive ck:Relation" in v.message for v in report.errors)
    assert "Violation" in report.text


def test_missing_and_malformed_values_are_violations(kg):
    g = _union(kg)
    actor = next(g.subjects(RDF.type, CK.ArmedGroup))
    g.remove((actor, RDFS.label, None))
    relation = next(g.subjects(RDF.type, CK.Relation))
    g.set((relation, CK.confidence, rdflib.Literal(1.5)))
    evidence = next(g.subjects(RDF.type, CK.Evidence))
    g.set((evidence, CK.start, rdflib.Literal(99)))
    g.set((evidence, CK.end, rdflib.Literal(3)))
    report = shacl.validate(g)
    messages = " | ".join(v.message for v in report.errors)
    assert not report.conforms
    assert "rdfs:label" in messages and "confidence" in messages and "starts after it ends" in messages


def test_domain_and_range_mismatches_are_only_warnings():
    kg = KnowledgeGraph()
    hama, idlib = Actor.create("Hama", "LOCATION"), Actor.create("Idlib", "LOCATION")
    kg.add_document(Document("d", "Hama supports Idlib."), [
        Relation(hama, "supports", idlib, evidence=(Evidence("d", "Hama supports Idlib.", 0, 20),)),
    ])
    report = shacl.validate(kg)
    assert report.conforms, report.text
    assert report.violations and all(v.severity == "Warning" for v in report.violations)
    assert "should be a ck:Actor" in report.text


def test_a_state_is_also_a_place():
    kg = KnowledgeGraph()
    us, syria = Actor.create("United States", "STATE"), Actor.create("Syria", "STATE")
    hama = Actor.create("Hama", "LOCATION")
    kg.add_document(Document("d", "The US withdrew from Syria. Hama is in Syria."), [
        Relation(us, "withdraws_from", syria, evidence=(Evidence("d", "The US withdrew from Syria.", 0, 27),)),
        Relation(hama, "located_in", syria, evidence=(Evidence("d", "Hama is in Syria.", 28, 45),)),
    ])
    report = shacl.validate(kg)
    assert report.conforms and report.violations == [], report.text


def test_an_undescribed_source_is_a_warning():
    kg = KnowledgeGraph()
    a, b = Actor.create("Turkey", "STATE"), Actor.create("HTS", "ARMED_GROUP")
    kg.add_relation(Relation(a, "supports", b, evidence=(Evidence("nowhere", "Turkey backs HTS.", 0, 17),)))
    report = shacl.validate(kg)
    assert report.conforms
    assert any("not described" in v.message for v in report.violations)


def test_the_cli_exits_1_on_violations_and_0_when_the_graph_conforms(kg, tmp_path, capsys):
    from conflictkg.cli import main

    good = tmp_path / "good.nt"
    good.write_bytes(rdf.serialize(kg, "nt"))
    assert main(["validate", str(good)]) == 0
    g = _union(kg)
    g.remove((next(g.subjects(RDF.type, CK.ArmedGroup)), RDFS.label, None))
    bad = tmp_path / "bad.nt"
    bad.write_text(g.serialize(format="nt"), encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    assert "violation(s)" in capsys.readouterr().err
