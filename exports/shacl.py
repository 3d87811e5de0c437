"""Check a graph against the conflictkg SHACL shapes (``ontology/shapes.ttl``).

Two engines give the same results: ``"oxigraph"`` (the default) compiles each
constraint of the shapes into one SPARQL query run once over the whole graph in
pyoxigraph (:mod:`conflictkg.exports.shacl_sparql`; linear in the graph, a million
triples in well under a minute); ``"pyshacl"`` is the reference implementation, slower
by two orders of magnitude but covering all of SHACL.

The shapes check actors, relation nodes, evidence, documents and the extraction
activity, and that a negated relation is never stated as a direct triple. Types
outside a predicate's domain or range, and sources not described as documents, are
reported as warnings: they do not make a graph non-conforming.

>>> report = validate("graph.ttl")            # doctest: +SKIP
>>> report.conforms, len(report.violations)   # doctest: +SKIP
(True, 0)
>>> validate("graph.ttl", engine="pyshacl").conforms   # doctest: +SKIP
True
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from conflictkg.ontology import data_path
from conflictkg.ontology.namespace import PREFIXES

if TYPE_CHECKING:
    import rdflib

    from conflictkg.graph.kg import KnowledgeGraph

__all__ = ["validate", "Report", "Violation", "shapes", "ENGINES"]

ENGINES = ("oxigraph", "pyshacl")

_SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str | None = None

    def __str__(self) -> str:
        where = _short(self.focus) + (f" {_short(self.path)}" if self.path else "")
        value = f" (value: {_short(self.value)})" if self.value is not None and self.value != self.focus else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass
class Report:
    """The outcome of :func:`validate`: ``conforms`` unless there is a result of severity Violation."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)  # every result, warnings included

    @property
    def text(self) -> str:
        """One line per result, violations first; a one-line summary if there are none."""
        if not self.violations:
            return "Conforms: no violations."
        errors = sum(v.severity == "Violation" for v in self.violations)
        head = f"{'Conforms' if self.conforms else 'Does not conform'}: {errors} violation(s), {len(self.violations) - errors} warning(s)."
        return "\n".join([head, *map(str, self.violations)])

    @property
    def errors(self) -> list[Violation]:
        return [v for v in self.violations if v.severity == "Violation"]


@lru_cache(maxsize=1)
def shapes() -> "rdflib.Graph":
    """The shapes graph (parsed once)."""
    import rdflib

    return rdflib.Graph().parse(data=data_path("shapes.ttl").read_bytes(), format="turtle")


def _data_graph(source: Any) -> "rdflib.Graph":
    """The union of all graphs of ``source`` as one rdflib Graph (shapes span graphs)."""
    import rdflib

    from conflictkg.exports.rdf import load_quads, serialize
    from conflictkg.graph.kg import KnowledgeGraph

    if isinstance(source, KnowledgeGraph):
        data = serialize(source, "nt")
    elif isinstance(source, (str, os.PathLike)):
        data = ox.serialize((q.triple for q in load_quads(source)), format=ox.RdfFormat.N_TRIPLES)
    elif isinstance(source, rdflib.Graph):
        graph = rdflib.Graph()
        for s, p, o, *_ in source.quads((None, None, None, None)) if hasattr(source, "quads") else source:
            graph.add((s, p, o))
        return graph
    else:
        raise TypeError(f"cannot validate a {type(source).__name__}: give a KnowledgeGraph, a file or an rdflib graph")
    return rdflib.Graph().parse(data=data, format="nt")


def _store(source: Any) -> ox.Store:
    """The triples of all graphs of ``source`` in one pyoxigraph store (shapes span graphs)."""
    import rdflib

    from conflictkg.exports.rdf import load_quads, serialize
    from conflictkg.graph.kg import KnowledgeGraph

    store = ox.Store()
    if isinstance(source, KnowledgeGraph):
        store.bulk_load(serialize(source, "nt"), format=ox.RdfFormat.N_TRIPLES)
    elif isinstance(source, (str, os.PathLike)):
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in load_quads(source))
    elif isinstance(source, rdflib.Graph):
        store.bulk_load(_data_graph(source).serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    else:
        raise TypeError(f"cannot validate a {type(source).__name__}: give a KnowledgeGraph, a file or an rdflib graph")
    return store


@lru_cache(maxsize=1)
def _checks() -> tuple:
    from conflictkg.exports.shacl_sparql import compile_shapes

    return tuple(compile_shapes(shapes()))


def validate(source: "KnowledgeGraph | str | os.PathLike | rdflib.Graph", engine: str = "oxigraph") -> Report:
    """Validate a graph (a KnowledgeGraph, a file in any RDF format, or an rdflib graph).

    ``engine`` is ``"oxigraph"`` (the shapes compiled to SPARQL, fast) or ``"pyshacl"``
    (the reference); both give the same results.

    >>> validate(kg).conforms       # doctest: +SKIP
    True
    """
    if engine == "oxigraph":
        from conflictkg.exports.shacl_sparql import run

        violations = run(_checks(), _store(source))
    elif engine == "pyshacl":
        violations = _pyshacl(_data_graph(source))
    else:
        raise ValueError(f"unknown validation engine {engine!r}: choose one of {', '.join(ENGINES)}")
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    violations.sort(key=lambda v: (order.get(v.severity, 3), v.focus, v.path or "", v.message, v.value or ""))
    return Report(not any(v.severity == "Violation" for v in violations), violations)


def _pyshacl(graph: "rdflib.Graph") -> list[Violation]:
    import pyshacl
    import rdflib
    from rdflib import URIRef

    shapes_graph = rdflib.Graph()  # a copy: pyshacl adds triples to the shapes graph it is given
    for triple in shapes():
        shapes_graph.add(triple)
    _, results, _ = pyshacl.validate(
        graph, shacl_graph=shapes_graph, inference="none", allow_warnings=True, advanced=True, abort_on_first=False,
    )

    def one(result, prop: str) -> str | None:
        value = results.value(result, URIRef(_SH + prop))
        return None if value is None else str(value)

    return [
        Violation(
            severity=(one(result, "resultSeverity") or "").rsplit("#", 1)[-1],
            focus=one(result, "focusNode") or "",
            path=one(result, "resultPath"),
            value=one(result, "value"),
            message=one(result, "resultMessage") or "",
            shape=one(result, "sourceShape"),
        )
        for result in results.subjects(URIRef(_SH + "resultSeverity"), None)
    ]


def _short(iri: str | None) -> str:
    if iri is None:
        return ""
    for p, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{p}:{iri[len(ns):]}"
    return iri if not iri.startswith("http") else f"<{iri}>"
