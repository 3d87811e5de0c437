"""The conflictkg vocabulary: entity types and relation predicates, defined once.

Everything that needs a predicate or a type -- extraction lexicons, RDF properties,
SHACL shapes, HTML colours -- reads it from here (``vocabulary.json``; the OWL
ontology ``conflictkg.ttl`` declares the same terms, and a test keeps them equal).

>>> from conflictkg.ontology import PREDICATES, ENTITY_TYPES
>>> PREDICATES["opposes"].symmetric
True
>>> "ARMED_GROUP" in ENTITY_TYPES
True
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from conflictkg.errors import VocabularyError

__all__ = [
    "EntityType",
    "Predicate",
    "ENTITY_TYPES",
    "PREDICATES",
    "PLACE_TYPES",
    "ARMED_GROUP_KINDS",
    "SYMMETRIC",
    "NAMESPACE",
    "VERSION",
    "QUALIFIERS",
    "Qualifier",
    "check_predicate",
    "check_type",
    "data_path",
]


@dataclass(frozen=True)
class EntityType:
    """An actor or place type (``STATE``, ``ARMED_GROUP``...)."""

    name: str
    label: str
    parent: str  # "Actor" or "Place"
    comment: str
    color: str
    shape: str
    schema: str


@dataclass(frozen=True)
class Predicate:
    """A relation predicate (``supports``, ``captures``...) and its mappings."""

    name: str
    label: str
    comment: str
    domain: str
    range: str
    symmetric: bool
    cameo: str | None
    cameo_label: str | None
    plover: str | None
    color: str


@dataclass(frozen=True)
class Qualifier:
    """An optional attribute of a relation (``date``, ``former``...): its RDF property and datatype."""

    name: str
    label: str
    property: str  # local name in the ck: namespace
    datatype: str  # "date" (a full or partial ISO date), "boolean" or "string"
    comment: str


def data_path(name: str):
    """The path of a data file shipped in this package (``"shapes.ttl"``...)."""
    return resources.files(__name__).joinpath(name)


def _load() -> dict:
    return json.loads(data_path("vocabulary.json").read_text(encoding="utf-8"))


_VOCAB = _load()
VERSION: str = _VOCAB["version"]
NAMESPACE: str = _VOCAB["namespace"]
ENTITY_TYPES: dict[str, EntityType] = {k: EntityType(name=k, **v) for k, v in _VOCAB["entity_types"].items()}
PREDICATES: dict[str, Predicate] = {k: Predicate(name=k, **v) for k, v in _VOCAB["predicates"].items()}
QUALIFIERS: dict[str, Qualifier] = {k: Qualifier(name=k, **v) for k, v in _VOCAB["qualifiers"].items()}
SYMMETRIC: frozenset[str] = frozenset(p.name for p in PREDICATES.values() if p.symmetric)
PLACE_TYPES: frozenset[str] = frozenset(t.name for t in ENTITY_TYPES.values() if t.parent == "Place")
# What the gazetteer may say an armed group is (its ``kind``), so that "the jihadists" never means a mercenary force.
ARMED_GROUP_KINDS: dict[str, str] = dict(_VOCAB["armed_group_kinds"])


def check_predicate(name: str) -> str:
    """Return ``name`` if it is a known predicate, else raise :class:`VocabularyError`."""
    if name not in PREDICATES:
        raise VocabularyError(f"unknown predicate {name!r}; known: {', '.join(PREDICATES)}")
    return name


def check_type(name: str) -> str:
    """Return ``name`` if it is a known entity type, else raise :class:`VocabularyError`."""
    if name not in ENTITY_TYPES:
        raise VocabularyError(f"unknown entity type {name!r}; known: {', '.join(ENTITY_TYPES)}")
    return name
