"""The OWL ontology, the SHACL shapes and the JSON-LD context agree with vocabulary.json."""

from __future__ import annotations

import json

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from conflictkg.ontology import ENTITY_TYPES, NAMESPACE, PREDICATES, SYMMETRIC, VERSION, data_path, generate
from conflictkg.ontology.namespace import CK, ONTOLOGY, ONTOLOGY_VERSION, class_type, segment, type_class, unsegment


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(data=data_path("conflictkg.ttl").read_bytes(), format="turtle")


@pytest.mark.parametrize("name, make", [
    ("conflictkg.ttl", generate.ontology_text),
    ("shapes.ttl", generate.shapes_text),
    ("context.jsonld", generate.context_text),
])
def test_shipped_files_are_what_the_generator_writes(name, make):
    assert data_path(name).read_text(encoding="utf-8") == make(), (
        f"{name} is out of date with vocabulary.json: run python -m conflictkg.ontology.generate"
    )


def test_ontology_has_a_versioned_iri(ontology):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY, OWL.versionIRI) == ONTOLOGY_VERSION
    assert str(ontology.value(ONTOLOGY, OWL.versionInfo)) == VERSION
    assert VERSION in str(ONTOLOGY_VERSION)
    # Nothing a tool would fetch.
    assert not list(ontology.objects(None, OWL.imports))


def test_every_predicate_is_an_object_property_as_the_vocabulary_says(ontology):
    parent = {"Actor": CK.Actor, "Place": CK.Place, "Person": CK.Person, "Thing": OWL.Thing}
    for name, p in PREDICATES.items():
        prop = CK[name]
        assert prop == URIRef(NAMESPACE + name)
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology
        assert ((prop, RDF.type, OWL.SymmetricProperty) in ontology) == (name in SYMMETRIC)
        assert ontology.value(prop, RDFS.label) == Literal(p.label, lang="en")
        assert ontology.value(prop, RDFS.comment) == Literal(p.comment, lang="en")
        assert ontology.value(prop, RDFS.domain) == parent[p.domain]
        assert ontology.value(prop, RDFS.range) == parent[p.range]
        cameo = ontology.value(prop, CK.cameoCode)
        plover = ontology.value(prop, CK.ploverEvent)
        assert (str(cameo) if cameo else None) == p.cameo
        assert (str(plover) if plover else None) == p.plover


def test_symmetric_predicates_are_the_three_of_the_issue():
    assert SYMMETRIC == {"opposes", "allied_with", "negotiates_with"}


def test_a_class_per_entity_type_under_actor_or_place(ontology):
    for name, t in ENTITY_TYPES.items():
        cls = type_class(name)
        assert class_type(cls) == name
        assert (cls, RDF.type, OWL.Class) in ontology
        assert (cls, RDFS.subClassOf, CK[t.parent]) in ontology
        assert (cls, RDFS.subClassOf, URIRef(t.schema)) in ontology
        assert str(ontology.value(cls, SKOS.notation)) == name
    assert (CK.Relation, RDFS.subClassOf, RDF.Statement) in ontology
    assert (CK.Document, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in ontology


def test_namespace_terms_equal_the_terms_the_ontology_declares(ontology):
    declared = {
        str(s)[len(NAMESPACE):]
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NAMESPACE)
    }
    assert set(CK.__annotations__) == declared
    assert set(PREDICATES) <= declared
    assert {class_type(type_class(t)) for t in ENTITY_TYPES} == set(ENTITY_TYPES)


def test_the_namespace_is_closed():
    with pytest.raises(AttributeError):
        CK.suports  # noqa: B018


def test_shapes_parse_and_cover_every_node_kind():
    shapes = rdflib.Graph().parse(data=data_path("shapes.ttl").read_bytes(), format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = set(shapes.objects(None, sh.targetClass))
    assert {CK.Actor, CK.Place, CK.Relation, CK.Evidence, CK.Document} <= targets
    relation_shape = URIRef(generate.SHAPES + "RelationShape")
    allowed = None
    for prop in shapes.objects(relation_shape, sh.property):
        if shapes.value(prop, sh.path) == RDF.predicate:
            allowed = set(Collection(shapes, shapes.value(prop, sh["in"])))
    assert allowed == {CK[p] for p in PREDICATES}


def test_context_defines_a_term_per_predicate_and_is_self_contained():
    ctx = json.loads(data_path("context.jsonld").read_text(encoding="utf-8"))["@context"]
    for name in PREDICATES:
        assert ctx[name] == {"@id": f"ck:{name}", "@type": "@id"}
    assert ctx["ck"] == NAMESPACE
    # No remote contexts to fetch: every value is a prefix IRI or a term definition.
    assert "@import" not in ctx and not any(isinstance(v, list) for v in ctx.values())


@pytest.mark.parametrize("value", ["hts-1a2b3c4d", "doc 1", "-lead", "..", "ü/é?#", ""])
def test_segments_round_trip_and_are_turtle_local_names(value):
    seg = segment(value)
    assert unsegment(seg) == value
    assert not seg.startswith("-") and "." not in seg and "/" not in seg


def test_qualifiers_are_declared_once_and_every_layer_reads_them():
    import dataclasses

    import rdflib

    from conflictkg.exports.tables import CSV_COLUMNS
    from conflictkg.graph.model import Relation
    from conflictkg.ontology import QUALIFIERS, data_path
    from conflictkg.ontology.generate import context

    fields = {f.name for f in dataclasses.fields(Relation)}
    owl = rdflib.Graph().parse(data_path("conflictkg.ttl"))
    shapes = rdflib.Graph().parse(data_path("shapes.ttl"))
    ck = rdflib.Namespace("https://w3id.org/conflictkg/ontology#")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    for name, q in QUALIFIERS.items():
        assert name in fields and name in CSV_COLUMNS
        assert (ck[q.property], rdflib.RDFS.comment, rdflib.Literal(q.comment, lang="en")) in owl
        assert (None, sh.path, ck[q.property]) in shapes
        assert q.property in context()["@context"]
