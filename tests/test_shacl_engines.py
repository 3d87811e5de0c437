"""The SPARQL-compiled SHACL engine agrees with pyshacl, result for result, and refuses what it cannot check.

Both engines run on the same graphs: conforming ones, ones with a violation of each
constraint kind the shapes use, and graphs mutated at random by hypothesis (triples
removed, added or changed, with values drawn from the graph, from every IRI the shapes
mention and from literals of every datatype, well- and ill-typed). Results are compared
as sets of (severity, focus, path, value, source shape).
"""

from __future__ import annotations

import re

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from conflictkg.errors import ShapeError
from conflictkg.exports import rdf, shacl
from conflictkg.exports.shacl_sparql import compile_shapes
from test_shacl import build

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def results(report: shacl.Report) -> set[tuple]:
    # Oxigraph keeps a dateTime by value and writes UTC as "Z"; rdflib keeps the lexical "+00:00".
    # Likewise a double: Oxigraph writes 1.0 as "1", rdflib keeps "1.0"; numbers compare by value.
    def value(v: str | None) -> str | None:
        if v is not None and re.fullmatch(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", v):
            return repr(float(v))
        return None if v is None else re.sub(r"T(\d\d:\d\d:\d\d)\+00:00$", r"T\1Z", v)

    return {(v.severity, value(v.focus), v.path, value(v.value), v.shape) for v in report.violations}


def agree(graph: rdflib.Graph) -> shacl.Report:
    """Run both engines on ``graph``; assert they give the same results; return the oxigraph report."""
    fast, reference = shacl.validate(graph), shacl.validate(graph, engine="pyshacl")
    assert results(fast) == results(reference)
    assert fast.conforms == reference.conforms
    return fast


@pytest.fixture(scope="module")
def base() -> rdflib.Graph:
    return rdflib.Graph().parse(data=rdf.serialize(build(), "nt"), format="nt")


def copy(graph: rdflib.Graph) -> rdflib.Graph:
    new = rdflib.Graph()
    for t in graph:
        new.add(t)
    return new


def test_both_engines_find_nothing_on_a_conforming_graph(base):
    report = agree(base)
    assert report.conforms and report.violations == []


def _shape_iris() -> list[URIRef]:
    """Every IRI the shapes mention outside the SHACL vocabulary: classes, predicates, datatypes, list members."""
    return sorted({t for triple in shacl.shapes() for t in triple
                   if isinstance(t, URIRef) and not str(t).startswith(str(SH))}, key=str)


# Well-typed only: on an ill-typed literal the two SPARQL engines differ (a comparison with
# "abc"^^xsd:integer is an error in SPARQL, so the FILTER fails, in Oxigraph; rdflib's engine compares
# it as a string), so the sh:sparql constraints could disagree. sh:datatype on ill-typed literals
# is checked by the "ill-typed" case below, on a property no SPARQL constraint reads.
LITERALS = [
    Literal(""), Literal("x"), Literal("x", lang="en"), Literal(-1), Literal(0), Literal(3),
    Literal(1.5), Literal(-0.5), Literal(0.5), Literal("0.5", datatype=XSD.decimal),
    Literal(True), Literal(False), Literal("2024-12-06", datatype=XSD.date),
    Literal("2024", datatype=XSD.gYear), Literal("2024-12", datatype=XSD.gYearMonth),
    Literal("2024-12-06T10:00:00+00:00", datatype=XSD.dateTime), Literal("https://example.org", datatype=XSD.anyURI),
]


def _kinds(case):
    """Hand-made violations, one per constraint kind the shapes use (applied to a copy of the base graph)."""
    CK = rdflib.Namespace("https://w3id.org/conflictkg/ontology#")
    DCT, RDFS = rdflib.Namespace("http://purl.org/dc/terms/"), rdflib.Namespace("http://www.w3.org/2000/01/rdf-schema#")
    PROV, SCHEMA = rdflib.Namespace("http://www.w3.org/ns/prov#"), rdflib.Namespace("http://schema.org/")
    SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")

    def first(g, cls):
        return sorted(g.subjects(RDF.type, cls), key=str)[0]

    return {
        "minCount": lambda g: g.remove((first(g, CK.Actor), RDFS.label, None)),
        "maxCount": lambda g: g.add((first(g, CK.Actor), DCT.identifier, Literal("second-id"))),
        "datatype": lambda g: g.set((first(g, CK.Relation), CK.negated, Literal("no"))),
        "ill-typed": lambda g: g.set((first(g, CK.Relation), CK.confidence, Literal("high", datatype=XSD.double))),
        "minLength": lambda g: g.add((first(g, CK.Actor), SKOS.altLabel, Literal(""))),
        "minInclusive": lambda g: g.set((first(g, CK.Evidence), CK.end, Literal(-3))),
        "maxInclusive": lambda g: g.set((first(g, CK.Relation), CK.confidence, Literal(1.5))),
        "in": lambda g: g.set((first(g, CK.Relation), RDF.predicate, CK.Actor)),
        "nodeKind": lambda g: g.set((first(g, CK.Relation), RDF.subject, Literal("Turkey"))),
        "class": lambda g: g.add((first(g, CK.Relation), CK.evidence, first(g, CK.Actor))),
        "or": lambda g: g.set((first(g, CK.Relation), CK.date, Literal(2024))),
        "qualified": lambda g: g.add((first(g, CK.State), RDF.type, CK.Person)),
        "hasValue": lambda g: g.remove((first(g, CK.Document), RDF.type, PROV.Entity)),
        "node": lambda g: g.remove((first(g, SCHEMA.PropertyValue), SCHEMA.value, None)),
        "warning": lambda g: g.add((first(g, CK.Document), CK.supports, first(g, CK.Evidence))),
        "sparql": lambda g: g.remove((first(g, CK.Relation), CK.negated, None)),
        "denial": lambda g: [g.add((g.value(r, RDF.subject), g.value(r, RDF.predicate), g.value(r, RDF.object)))
                             for r in g.subjects(CK.negated, Literal(True))],
        "targetSubjectsOf": lambda g: g.add((first(g, PROV.Activity), CK.located_in, first(g, CK.Actor))),
    }[case]


def test_both_engines_agree_on_the_bundled_sample_as_built_and_with_denials_stated_as_facts():
    import conflictkg

    sample = rdflib.Graph().parse(data=rdf.serialize(conflictkg.build(), "nt"), format="nt")
    report = agree(sample)
    assert report.conforms and not report.errors
    _kinds("denial")(sample)
    assert not agree(sample).conforms


@pytest.mark.parametrize("case", ["minCount", "maxCount", "datatype", "ill-typed", "minLength", "minInclusive",
                                  "maxInclusive", "in", "nodeKind", "class", "or", "qualified", "hasValue", "node",
                                  "warning", "sparql", "denial", "targetSubjectsOf"])
def test_both_engines_report_each_kind_of_violation_alike(base, case):
    graph = copy(base)
    _kinds(case)(graph)
    report = agree(graph)
    assert report.violations, f"{case}: the mutation should break a shape"


@st.composite
def mutated(draw, base: rdflib.Graph) -> rdflib.Graph:
    graph = copy(base)
    triples = sorted(graph, key=str)
    nodes = sorted({t for s, _, o in triples for t in (s, o) if isinstance(t, URIRef)}, key=str)
    values = st.sampled_from(nodes + _shape_iris() + LITERALS + sorted({o for *_, o in triples if isinstance(o, Literal)}))
    predicates = st.sampled_from(sorted({p for _, p, _ in triples} | set(_shape_iris()), key=str))
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["remove", "add", "replace"]))
        triple = draw(st.sampled_from(triples))
        if action in ("remove", "replace"):
            graph.remove(triple)
        if action == "add":
            graph.add((draw(st.sampled_from(nodes)), draw(predicates), draw(values)))
        elif action == "replace":
            graph.add((triple[0], triple[1], draw(values)))
    return graph


@settings(max_examples=int(__import__("os").environ.get("SHACL_EXAMPLES", 12)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_both_engines_agree_on_randomly_broken_graphs(base, data):
    agree(data.draw(mutated(base)))


def test_sparql_messages_name_the_nodes_of_each_row(base):
    graph = copy(base)
    _kinds("denial")(graph)
    messages = [v.message for v in shacl.validate(graph).errors]
    assert any(m.startswith("negated relation https://w3id.org/conflictkg/actor/") for m in messages)
    assert not any("{?" in m or "{$" in m for m in messages)


@pytest.mark.parametrize("snippet, term", [
    ("sh:property [ sh:path ex:p ; sh:equals ex:q ]", "sh:equals"),
    ("sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ]", "sh:path"),
    ("sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ]", "sh:path"),
    ("sh:closed true", "sh:closed"),
    ("sh:not [ sh:class ex:C ]", "sh:not"),
    ("sh:property [ sh:path ex:p ; sh:or ( [ sh:path ex:q ; sh:minCount 1 ] ) ]", "sh:minCount"),
    ("sh:sparql [ sh:ask \"ASK { }\" ]", "sh:ask"),
])
def test_a_shape_feature_the_engine_cannot_check_is_refused_by_name(snippet, term):
    graph = rdflib.Graph().parse(data=f"""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; {snippet} .""", format="turtle")
    with pytest.raises(ShapeError, match=term.replace("(", r"\(")):
        compile_shapes(graph)


def test_an_unknown_engine_is_one_clear_error(base):
    with pytest.raises(ValueError, match="unknown validation engine 'jena'"):
        shacl.validate(base, engine="jena")


def test_the_cli_runs_either_engine_and_refuses_an_unknown_one(base, tmp_path, capsys):
    from conflictkg.cli import main

    graph = copy(base)
    _kinds("minCount")(graph)
    path = tmp_path / "bad.nt"
    path.write_text(graph.serialize(format="nt"), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    fast = capsys.readouterr().out
    assert main(["validate", str(path), "--engine", "pyshacl"]) == 1
    assert "rdfs:label" in fast and fast == capsys.readouterr().out  # same report, line for line
    assert main(["validate", str(path), "--engine", "jena"]) == 2
    assert capsys.readouterr().err.strip() == "error: --engine: unknown engine 'jena'; choose oxigraph or pyshacl"
