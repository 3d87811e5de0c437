"""GraphML and GEXF, for Gephi, Cytoscape and yEd, through networkx's own writers.

Actors are nodes (name, type, aliases, external ids); each relation is one edge
(predicate, polarity, qualifiers, how many sources state it, when it was first and
last reported). GraphML has no list type, so lists are joined with `` | ``. GEXF
also carries each relation's reporting period as a spell, and each actor's as the
span of its relations, so Gephi's timeline plays the conflict over time.

>>> from conflictkg import exports
>>> exports.get("gexf").extensions
('.gexf',)
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from conflictkg.exports import Exporter, register
from conflictkg.files import write_bytes

if TYPE_CHECKING:
    from conflictkg.graph.kg import KnowledgeGraph
    from conflictkg.graph.model import Relation

__all__ = ["to_networkx"]

LIST_SEPARATOR = " | "


def to_networkx(kg: "KnowledgeGraph", *, spells: bool = False) -> nx.MultiDiGraph:
    """A MultiDiGraph of plain attributes (strings, numbers, booleans) that any writer takes.

    >>> from conflictkg.graph.kg import KnowledgeGraph
    >>> to_networkx(KnowledgeGraph()).number_of_nodes()
    0
    """
    g = nx.MultiDiGraph(name="conflictkg")
    periods: dict[str, list[str]] = {}
    for actor in sorted(kg.actors(), key=lambda a: a.id):
        node: dict[str, Any] = {"label": actor.name, "type": actor.type,
                                "aliases": LIST_SEPARATOR.join(actor.aliases)}
        for scheme, value in actor.external_ids:
            node[f"id_{scheme}"] = value
        g.add_node(actor.id, **node)
    for n, rel in enumerate(sorted(kg.relations(), key=_order)):
        # GEXF's "date" time format is a full ISO date; a year alone would not parse in Gephi.
        published = [d for d in kg.reported(rel) if len(d) == 10]
        edge: dict[str, Any] = {
            "label": ("NOT " if rel.negated else "") + rel.predicate,
            "predicate": rel.predicate,
            "negated": rel.negated,
            "polarity": "negated" if rel.negated else "positive",
            "confidence": rel.confidence,
            "sources": len(rel.documents),
            "documents": LIST_SEPARATOR.join(rel.documents),
            "rules": LIST_SEPARATOR.join(rel.rules),
        }
        for name, value in rel.qualifiers().items():
            edge[name] = value
        if published:
            edge["first_reported"], edge["last_reported"] = published[0], published[-1]
            if spells:
                edge["spells"] = [(published[0], published[-1])]
                for end in (rel.subject.id, rel.object.id):
                    periods.setdefault(end, []).extend((published[0], published[-1]))
        g.add_edge(rel.subject.id, rel.object.id, key=n, **edge)
    if spells:
        for node, dates in periods.items():
            g.nodes[node]["spells"] = [(min(dates), max(dates))]
    return g


def _order(rel: "Relation") -> tuple:
    return (rel.subject.id, rel.predicate, rel.object.id, rel.negated)


def _write_graphml(kg: "KnowledgeGraph", path: Path) -> None:
    buf = io.BytesIO()
    nx.write_graphml(to_networkx(kg), buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    write_bytes(path, buf.getvalue())


def _write_gexf(kg: "KnowledgeGraph", path: Path) -> None:
    buf = io.BytesIO()
    nx.write_gexf(to_networkx(kg, spells=True), buf, encoding="utf-8", prettyprint=True)
    # networkx stamps today's date; the graph's own extraction date keeps the file reproducible.
    stamp = (kg.graph.graph.get("extracted_at") or "")[:10] or "1970-01-01"
    data = re.sub(rb'lastmodifieddate="[^"]*"', f'lastmodifieddate="{stamp}"'.encode(), buf.getvalue(), count=1)
    write_bytes(path, data)


register(Exporter("graphml", (".graphml",), "application/graphml+xml", _write_graphml))
register(Exporter("gexf", (".gexf",), "application/gexf+xml", _write_gexf))
