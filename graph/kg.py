"""``KnowledgeGraph``: the networkx MultiDiGraph of actors and relations, with its documents.

Nodes are actors and places keyed by their stable id (attribute ``actor``). An edge
is one (predicate, polarity) between two nodes, keyed ``"supports"`` or
``"not:supports"`` (attribute ``relation``); stating the same relation again, in the
same or another document, adds evidence to that edge instead of a new edge.
Symmetric predicates are stored once, from the smaller id to the larger.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any, Iterable, Iterator

import networkx as nx

from conflictkg.graph.model import Actor, Document, Evidence, Relation, normalize_name
from conflictkg.ontology import SYMMETRIC, check_predicate

__all__ = ["KnowledgeGraph", "edge_key", "join_actors", "join_relations"]

# Relations that may wait before they are merged into their edges (see KnowledgeGraph._flush).
_FLUSH_EVERY = 50_000


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
        self._graph: nx.MultiDiGraph = nx.MultiDiGraph()
        self.documents: dict[str, Document] = {}
        # Relations added but not yet merged into their edge, by edge: merging them all at
        # once keeps a build linear (merging one at a time copies an edge's evidence each time).
        self._pending: dict[tuple[str, str, str], list[Relation]] = {}
        self._waiting = 0
        # Actors whose node changed since the relations on their edges were given it.
        self._stale: set[str] = set()

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx MultiDiGraph: nodes are actors (attribute ``actor``), edges relations (``relation``)."""
        self._flush()
        return self._graph

    # -- building -----------------------------------------------------------------
    def add_actor(self, actor: Actor) -> Actor:
        """Add ``actor`` (or merge its names and ids into the node already there); return the node's actor."""
        nodes = self._graph.nodes
        if actor.id not in nodes:
            self._graph.add_node(actor.id, actor=actor)
            return actor
        old: Actor = nodes[actor.id]["actor"]
        merged = join_actors(old, actor)
        if merged is not old:
            nodes[actor.id]["actor"] = merged
            self._stale.add(actor.id)
        return merged

    def add_relation(self, relation: Relation) -> Relation:
        """Add ``relation``; if the same (subject, predicate, object, polarity) exists, merge evidence.

        Returns the relation now on the edge.
        """
        edge = self._add(relation)
        self._flush()
        return self._graph.edges[edge]["relation"]

    def _add(self, relation: Relation) -> tuple[str, str, str]:
        self.add_actor(relation.subject)
        self.add_actor(relation.object)
        s, _, o, _ = relation.key
        edge = (s, o, edge_key(relation.predicate, relation.negated))
        self._pending.setdefault(edge, []).append(relation)
        self._waiting += 1
        if self._waiting >= _FLUSH_EVERY:  # bounds what waits, at a linear cost
            self._flush()
        return edge

    def add_document(self, document: Document, relations: Iterable[Relation] = (), actors: Iterable[Actor] = ()) -> None:
        """Record ``document`` and add the relations (and lone actors) read from it."""
        self.documents[document.id] = document
        for actor in actors:
            self.add_actor(actor)
        for relation in relations:
            self._add(relation)

    def merge(self, other: "KnowledgeGraph") -> "KnowledgeGraph":
        """Add every document, actor and relation of ``other`` to this graph; return self."""
        self.documents.update(other.documents)
        for actor in other.actors():
            self.add_actor(actor)
        for relation in other.relations():
            self._add(relation)
        return self

    def add(self, documents: Iterable[Document], *, processes: int = 1, model: str | None = None,
            gazetteer: str | None = None, progress=None, reproducible: bool = False) -> "KnowledgeGraph":
        """Extract ``documents`` the graph does not hold yet (by id) and add them; return self.

        Adding the same documents again changes nothing, and the graph is the one a single
        build of all its documents would give.

        >>> kg.add([make_document("Qatar mediates between Israel and Hamas.")])   # doctest: +SKIP
        """
        from conflictkg.graph.pipeline import build_graph

        return build_graph(documents, graph=self, processes=processes, model=model, gazetteer=gazetteer,
                           progress=progress, reproducible=reproducible)

    def _flush(self) -> None:
        """Merge the waiting relations into their edges and give every edge its ends' current actors."""
        g = self._graph
        for (s, o, key), added in self._pending.items():
            if key in g.succ[s].get(o, {}):
                added.insert(0, g.succ[s][o][key]["relation"])
            rel = added[0] if len(added) == 1 else join_relations(added)
            subject, obj = g.nodes[s]["actor"], g.nodes[o]["actor"]
            if rel.subject is not subject or rel.object is not obj:
                rel = replace(rel, subject=subject, object=obj)
            g.add_edge(s, o, key=key, relation=rel, predicate=rel.predicate, negated=rel.negated)
        self._pending.clear()
        self._waiting = 0
        for node in self._stale:
            actor = g.nodes[node]["actor"]
            for edges in (g.succ[node].values(), (g.succ[u][node] for u in g.pred[node])):
                for keyed in edges:
                    for data in keyed.values():
                        rel = data["relation"]
                        if rel.subject.id == node and rel.subject is not actor:
                            rel = data["relation"] = replace(rel, subject=actor)
                        if rel.object.id == node and rel.object is not actor:
                            data["relation"] = replace(rel, object=actor)
        self._stale.clear()

    # -- reading ------------------------------------------------------------------
    def actors(self, type: str | None = None) -> list[Actor]:
        """All actors and places, optionally only those of one ``type``."""
        return [a for _, a in self._graph.nodes(data="actor") if type is None or a.type == type]

    def actor(self, name_or_id: str) -> Actor | None:
        """The actor with this id, name or alias (compared as in scoring), or None."""
        if name_or_id in self._graph:
            return self._graph.nodes[name_or_id]["actor"]
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

    def reported(self, relation: Relation) -> list[str]:
        """When ``relation`` was reported: the publication dates of the documents stating it, earliest first."""
        docs = (self.documents.get(doc_id) for doc_id in relation.documents)
        return sorted(doc.published for doc in docs if doc is not None and doc.published)

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

    def __repr__(self) -> str:
        s = self.summary()
        return (f"<{type(self).__name__}: {s['documents']} document(s), {s['actors']} actors, "
                f"{s['relations']} relations ({s['negated']} negated)>")

    # The ways out (save, HTML, SPARQL, frames) live a layer up, in conflictkg.KnowledgeGraph:
    # the graph layer does not import the exporters that import it.


# -- merging across documents ------------------------------------------------------
# What one document says is merged by the extractor (Relation.merge, in text order). Across
# documents the merge must not depend on the order documents come in, nor on whether they
# came in one build or several (``--merge``): each field is joined by a rule that is
# commutative and associative, and a relation stated once is kept exactly as stated.

def _name_rank(name: str) -> tuple[bool, str]:
    return (name.isupper(), name)  # "Hama" before "HAMA"; otherwise alphabetical


def join_actors(a: Actor, b: Actor) -> Actor:
    """The node for two actors with the same id: the better name, every other name as an alias.

    >>> t = join_actors(Actor.create("Turkey", "STATE", ["Ankara"]), Actor.create("Turkey", "STATE", ["Türkiye"]))
    >>> t.aliases
    ('Ankara', 'Türkiye')
    """
    if a == b:
        return a
    name = min(a.name, b.name, key=_name_rank)
    aliases = tuple(sorted({*a.names, *b.names} - {name}))
    ids: dict[str, str] = {}
    for scheme, value in sorted((*a.external_ids, *b.external_ids)):
        ids.setdefault(scheme, value)
    merged = Actor(a.id, name, min(a.type, b.type), aliases, tuple(sorted(ids.items())))
    return a if merged == a else merged


def _first_source(rel: Relation) -> tuple[str, str]:
    return (rel.evidence[0].document_id if rel.evidence else "\uffff", rel.rule)


def _joint(values, both: bool = False):
    """The smallest value set; with ``both``, None as soon as one is None (a plain statement wins)."""
    present = [v for v in values if v is not None]
    if both and len(present) < len(values):
        return None
    return min(present) if present else None


#: Joined evidence raises a relation's confidence up to this, never beyond (one part's own may be higher).
JOINED_CONFIDENCE_CAP = 0.99


def join_relations(relations: list[Relation]) -> Relation:
    """One relation from the same relation stated in several documents (or graphs).

    Evidence is grouped by document, documents in id order, each keeping its own order;
    confidence combines the evidence (1 - prod(1 - c), below 1) and never falls below a
    part's; the rule is that of the first document; the date and designation are the
    earliest / smallest given; hedges and attributions stay only if every part has one.
    """
    relations = list(dict.fromkeys(relations))  # the same statement twice is once
    if len(relations) == 1:
        return relations[0]
    by_document: dict[str, dict[Evidence, None]] = {}
    for rel in relations:
        for ev in rel.evidence:
            by_document.setdefault(ev.document_id, {})[ev] = None
    evidence = tuple(ev for doc in sorted(by_document) for ev in by_document[doc])
    doubt = 1.0
    for ev in evidence:
        doubt *= 1.0 - ev.confidence
    confidence = max(round(min(JOINED_CONFIDENCE_CAP, 1.0 - doubt), 3) if evidence else 0.0, *(r.confidence for r in relations))
    first = min(relations, key=_first_source)
    return replace(
        first,
        date=_joint([r.date for r in relations]),
        former=any(r.former for r in relations),
        designation=_joint([r.designation for r in relations]),
        modality=_joint([r.modality for r in relations], both=True),
        attributed_to=_joint([r.attributed_to for r in relations], both=True),
        confidence=confidence,
        evidence=evidence,
    )
