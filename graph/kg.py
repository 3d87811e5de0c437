"""``KnowledgeGraph``: the networkx MultiDiGraph of actors and relations, with its documents.

Nodes are actors and places keyed by their stable id (attribute ``actor``). An edge
is one (predicate, polarity) between two nodes, keyed ``"supports"`` or
``"not:supports"`` (attribute ``relation``); stating the same relation again, in the
same or another document, adds evidence to that edge instead of a new edge.
Symmetric predicates are stored once, from the smaller id to the larger.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import networkx as nx

from conflictkg.graph.model import Actor, Document, Relation, normalize_name
from conflictkg.ontology import SYMMETRIC, check_predicate

if TYPE_CHECKING:
    import rdflib

__all__ = ["KnowledgeGraph", "edge_key"]


def edge_key(predicate: str, negated: bool) -> str:
    """The MultiDiGraph edge key of a (predicate, polarity) pair."""
    return f"not:{predicate}" if negated else predicate


class KnowledgeGraph:
    """Actors, relations with their evidence, and the documents they came from.

    >>> from conflictkg.graph.model import Actor, Relation, Evidence
    >>> kg = KnowledgeGraph()
    >>> us, hts = Actor.create("United States", "STATE"), Actor.create("HTS", "ARMED_GROUP")
    >>> _ = kg.add_relation(Relation(us, "supports", hts, negated=True))
    >>> [r.negated for r in kg.relations(predicate="supports")]
    [True]
    >>> kg.graph.number_of_edges()
    1
    """

    def __init__(self) -> None:
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self.documents: dict[str, Document] = {}

    # -- building -----------------------------------------------------------------
    def add_actor(self, actor: Actor) -> Actor:
        """Add ``actor`` (or merge its aliases and ids into the node already there)."""
        if actor.id in self.graph:
            old: Actor = self.graph.nodes[actor.id]["actor"]
            merged = old.with_aliases(actor.names)
            ids = dict(old.external_ids)
            for scheme, value in actor.external_ids:
                ids.setdefault(scheme, value)
            if ids != dict(old.external_ids):
                merged = Actor(merged.id, merged.name, merged.type, merged.aliases, tuple(sorted(ids.items())))
            actor = merged
        self.graph.add_node(actor.id, actor=actor)
        return actor

    def add_relation(self, relation: Relation) -> Relation:
        """Add ``relation``; if the same (subject, predicate, object, polarity) exists, merge evidence."""
        subject = self.add_actor(relation.subject)
        obj = self.add_actor(relation.object)
        s, _, o, _ = relation.key
        key = edge_key(relation.predicate, relation.negated)
        if self.graph.has_edge(s, o, key):
            relation = self.graph.edges[s, o, key]["relation"].merge(relation)
        if s != relation.subject.id:  # a symmetric relation stored the other way round
            subject, obj = obj, subject
        relation = Relation(**{**relation.__dict__, "subject": subject, "object": obj})
        self.graph.add_edge(s, o, key=key, relation=relation, predicate=relation.predicate, negated=relation.negated)
        return relation

    def add_document(self, document: Document, relations: Iterable[Relation] = (), actors: Iterable[Actor] = ()) -> None:
        """Record ``document`` and add the relations (and lone actors) read from it."""
        self.documents[document.id] = document
        for actor in actors:
            self.add_actor(actor)
        for relation in relations:
            self.add_relation(relation)

    def merge(self, other: "KnowledgeGraph") -> "KnowledgeGraph":
        """Add every document, actor and relation of ``other`` to this graph; return self."""
        self.documents.update(other.documents)
        for actor in other.actors():
            self.add_actor(actor)
        for relation in other.relations():
            self.add_relation(relation)
        return self

    # -- reading ------------------------------------------------------------------
    def actors(self, type: str | None = None) -> list[Actor]:
        """All actors and places, optionally only those of one ``type``."""
        return [a for _, a in self.graph.nodes(data="actor") if type is None or a.type == type]

    def actor(self, name_or_id: str) -> Actor | None:
        """The actor with this id, name or alias (compared as in scoring), or None."""
        if name_or_id in self.graph:
            return self.graph.nodes[name_or_id]["actor"]
        wanted = normalize_name(name_or_id)
        for actor in self.actors():
            if any(normalize_name(n) == wanted for n in actor.names):
                return actor
        return None

    def relations(
        self,
        predicate: str | None = None,
        subject: str | None = None,
        object: str | None = None,
        negated: bool | None = None,
    ) -> list[Relation]:
        """Relations, filtered by predicate, subject or object (id, name or alias) and polarity.

        >>> kg = KnowledgeGraph()
        >>> kg.relations(predicate="supports")
        []
        """
        if predicate is not None:
            check_predicate(predicate)
        sid = self._id(subject) if subject is not None else None
        oid = self._id(object) if object is not None else None
        out = []
        for rel in self:
            if predicate is not None and rel.predicate != predicate:
                continue
            if negated is not None and rel.negated != negated:
                continue
            ends = (rel.subject.id, rel.object.id)
            if rel.predicate in SYMMETRIC:
                if sid and sid not in ends or oid and oid not in ends:
                    continue
            elif sid and rel.subject.id != sid or oid and rel.object.id != oid:
                continue
            out.append(rel)
        return out

    def _id(self, name_or_id: str) -> str:
        actor = self.actor(name_or_id)
        return actor.id if actor else "\0no such actor"

    def __iter__(self) -> Iterator[Relation]:
        for _, _, rel in self.graph.edges(data="relation"):
            yield rel

    def __len__(self) -> int:
        return self.graph.number_of_edges()

    def summary(self) -> dict[str, Any]:
        """Counts of actors by type, relations by predicate, negated relations and documents."""
        return {
            "documents": len(self.documents),
            "actors": self.graph.number_of_nodes(),
            "relations": len(self),
            "negated": sum(1 for r in self if r.negated),
            "actors_by_type": dict(Counter(a.type for a in self.actors()).most_common()),
            "relations_by_predicate": dict(Counter(r.predicate for r in self).most_common()),
        }

    # -- exports (each delegates to the exporter registry) ------------------------
    def to_rdf(self) -> "rdflib.Dataset":
        """The graph as an rdflib Dataset (one named graph per source document)."""
        from conflictkg.exports.rdf import to_dataset

        return to_dataset(self)

    def save(self, path: str | os.PathLike, format: str | None = None) -> None:
        """Write the graph to ``path`` in ``format`` (default: chosen by the file extension).

        >>> kg.save("graph.ttl")          # doctest: +SKIP
        >>> kg.save("graph.jsonld")       # doctest: +SKIP
        """
        from conflictkg import exports

        exports.write(self, path, format)

    def to_html(self, path: str | os.PathLike) -> None:
        """Write the interactive HTML explorer to ``path``."""
        self.save(path, "html")

    def query(self, sparql: str | None = None, *, name: str | None = None, timeout: float | None = 30.0,
              max_memory: int | str | None = "2G", **params: str):
        """Run a SPARQL query (or a named query from the library, with ``params``) over the graph.

        The query is stopped after ``timeout`` seconds or beyond ``max_memory`` (bytes, or "300M", "2G").

        >>> kg.query(name="supporters", actor="HTS")     # doctest: +SKIP
        """
        from conflictkg.exports.sparql import query

        return query(self, sparql, name=name, params=params, timeout=timeout, max_memory=max_memory)

    @classmethod
    def from_rdf(cls, path: str | os.PathLike, format: str | None = None) -> "KnowledgeGraph":
        """Load a graph saved in any RDF format (chosen by extension), with nothing lost."""
        from conflictkg.exports.rdf import read_graph

        return read_graph(path, format)
