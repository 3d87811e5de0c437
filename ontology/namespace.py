"""RDF namespaces: the closed conflictkg ontology namespace ``CK`` and the others the exports use.

``CK`` is a closed :class:`~rdflib.namespace.DefinedNamespace`, like rdflib's own
``OWL`` or ``PROV``: a misspelt term fails at once instead of minting a new IRI.
A test keeps its terms equal to those declared in ``conflictkg.ttl``.

>>> CK.supports
rdflib.term.URIRef('https://w3id.org/conflictkg/ontology#supports')
>>> CK.suports
Traceback (most recent call last):
...
AttributeError: term 'suports' not in namespace 'https://w3id.org/conflictkg/ontology#'
>>> type_class("ARMED_GROUP")
rdflib.term.URIRef('https://w3id.org/conflictkg/ontology#ArmedGroup')
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from conflictkg.ontology import ENTITY_TYPES, NAMESPACE, PREDICATES, VERSION

__all__ = [
    "CK", "BASE", "ONTOLOGY", "ONTOLOGY_VERSION", "SCHEMA", "WD", "DCTERMS", "FOAF", "OWL", "PROV", "RDF",
    "RDFS", "SKOS", "XSD", "DATA", "PREFIXES", "type_class", "class_type", "segment", "unsegment",
]


class CK(DefinedNamespace):
    """The conflictkg ontology (``https://w3id.org/conflictkg/ontology#``)."""

    _NS = Namespace(NAMESPACE)
    _fail = True

    # Classes: the two roots, one per entity type, and the provenance nodes.
    Actor: URIRef
    Place: URIRef
    State: URIRef
    Government: URIRef
    ArmedGroup: URIRef
    IGO: URIRef
    Organization: URIRef
    Person: URIRef
    Location: URIRef
    Relation: URIRef  # a relation as a node: subject, predicate, object, polarity, qualifiers
    Evidence: URIRef  # a sentence of a document that states a relation
    Document: URIRef  # a source text (prov:Entity)

    # Relation predicates (object properties between actors and places).
    supports: URIRef
    opposes: URIRef
    attacks: URIRef
    captures: URIRef
    withdraws_from: URIRef
    designates: URIRef
    sanctions: URIRef
    allied_with: URIRef
    member_of: URIRef
    affiliated_with: URIRef
    leads: URIRef
    negotiates_with: URIRef
    condemns: URIRef
    located_in: URIRef

    # Relation nodes: polarity and qualifiers.
    negated: URIRef
    former: URIRef
    date: URIRef
    designation: URIRef
    modality: URIRef
    attributedTo: URIRef
    confidence: URIRef
    rule: URIRef
    evidence: URIRef

    # Evidence nodes.
    sentence: URIRef
    start: URIRef
    end: URIRef
    document: URIRef
    position: URIRef

    # Documents.
    sourceFile: URIRef

    # Mappings of predicates to event datasets (annotation properties).
    cameoCode: URIRef
    cameoLabel: URIRef
    ploverEvent: URIRef


BASE = "https://w3id.org/conflictkg/"
ONTOLOGY = URIRef(NAMESPACE.rstrip("#/"))
ONTOLOGY_VERSION = URIRef(f"{ONTOLOGY}/{VERSION}")
SCHEMA = Namespace("http://schema.org/")  # the form vocabulary.json and most linked data use
WD = Namespace("http://www.wikidata.org/entity/")

# Where the data IRIs live: one namespace per kind of node, each minted from a stable id.
DATA = {
    "actor": Namespace(BASE + "actor/"),
    "relation": Namespace(BASE + "relation/"),
    "evidence": Namespace(BASE + "evidence/"),
    "document": Namespace(BASE + "document/"),
    "graph": Namespace(BASE + "graph/"),
    "activity": Namespace(BASE + "activity/"),
    "software": Namespace(BASE + "software/"),
}

PREFIXES: dict[str, str] = {
    "ck": NAMESPACE,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "wd": str(WD),
    # Short prefixes for the data IRIs (``evidence`` and ``document`` are JSON-LD terms).
    "actor": str(DATA["actor"]),
    "rel": str(DATA["relation"]),
    "ev": str(DATA["evidence"]),
    "doc": str(DATA["document"]),
    "graph": str(DATA["graph"]),
}


def _class_name(type_name: str) -> str:
    # ARMED_GROUP -> ArmedGroup; short parts are acronyms and stay upper case (IGO).
    return "".join(part if len(part) <= 3 else part.capitalize() for part in type_name.split("_"))


_TYPE_CLASS: dict[str, URIRef] = {t: getattr(CK, _class_name(t)) for t in ENTITY_TYPES}
_CLASS_TYPE: dict[str, str] = {str(c): t for t, c in _TYPE_CLASS.items()}
assert all(hasattr(CK, p) for p in PREDICATES), "namespace.CK misses a predicate of vocabulary.json"


def type_class(type_name: str) -> URIRef:
    """The ontology class of an entity type (``"STATE"`` -> ``ck:State``)."""
    return _TYPE_CLASS[type_name]


def class_type(cls: str) -> str | None:
    """The entity type of an ontology class IRI, or None if it is not one."""
    return _CLASS_TYPE.get(str(cls))


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]|^-")


@lru_cache(maxsize=65536)
def segment(value: str) -> str:
    """An id as one IRI path segment: every character outside ``[A-Za-z0-9_-]`` percent-encoded.

    The result is also a valid Turtle local name, and :func:`unsegment` reverses it.

    >>> segment("hayat-tahrir-al-sham-1a2b3c4d"), segment("doc 1/ü")
    ('hayat-tahrir-al-sham-1a2b3c4d', 'doc%201%2F%C3%BC')
    """
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), value)


def unsegment(value: str) -> str:
    """The id a :func:`segment` was made from."""
    return unquote(value, errors="strict")
