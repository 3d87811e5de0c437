"""The KnowledgeGraph users get: the graph layer's, with its ways out.

Saving in any registered format, the HTML explorer, SPARQL, pandas frames and the
notebook display all need the exporters, which themselves build on the graph layer; so
they are added here, one layer up, and the graph layer imports nothing above it.

>>> kg = conflictkg.build()                       # doctest: +SKIP
>>> kg.save("graph.ttl"); kg.to_html("graph.html")  # doctest: +SKIP
>>> kg.relations_frame().query("predicate == 'supports'")  # doctest: +SKIP
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from conflictkg import exports
from conflictkg.graph import frames
from conflictkg.graph.kg import KnowledgeGraph as _Graph

if TYPE_CHECKING:
    import pandas as pd
    import rdflib

    from conflictkg.exports.sparql import QueryResult

__all__ = ["KnowledgeGraph"]


class KnowledgeGraph(_Graph):
    """Actors, relations with their evidence, and their documents -- and every way out.

    >>> from conflictkg import KnowledgeGraph
    >>> len(KnowledgeGraph())
    0
    """

    @classmethod
    def adopt(cls, graph: _Graph) -> "KnowledgeGraph":
        """``graph`` (a graph-layer KnowledgeGraph, as the readers return) given this class's methods.

        The same object, not a copy: this class adds methods only, no state, so the
        graph's data stays where it is and whoever holds ``graph`` sees the same graph.
        """
        if not isinstance(graph, cls):
            graph.__class__ = cls
        return graph

    @classmethod
    def from_rdf(cls, path: str | os.PathLike, format: str | None = None) -> "KnowledgeGraph":
        """Load a graph saved in any RDF format (chosen by extension), with nothing lost."""
        return cls.adopt(exports.read(path, format))

    def to_rdf(self) -> "rdflib.Dataset":
        """The graph as an rdflib Dataset (one named graph per source document)."""
        from conflictkg.exports.rdf import to_dataset

        return to_dataset(self)

    def save(self, path: str | os.PathLike, format: str | None = None) -> None:
        """Write the graph to ``path`` in ``format`` (default: chosen by the file extension).

        >>> kg.save("graph.ttl")          # doctest: +SKIP
        >>> kg.save("graph.gexf")         # doctest: +SKIP
        """
        exports.write(self, path, format)

    def to_html(self, path: str | os.PathLike) -> None:
        """Write the interactive HTML explorer to ``path``."""
        self.save(path, "html")

    def query(self, sparql: str | None = None, *, name: str | None = None, timeout: float | None = 30.0,
              max_memory: int | str | None = "2G", **params: str) -> "QueryResult":
        """Run a SPARQL query (or a named query from the library, with ``params``) over the graph.

        The query is stopped after ``timeout`` seconds or beyond ``max_memory`` (bytes, or "300M", "2G").

        >>> kg.query(name="supporters", actor="HTS")     # doctest: +SKIP
        """
        from conflictkg.exports.sparql import query

        return query(self, sparql, name=name, params=params, timeout=timeout, max_memory=max_memory)

    def actors_frame(self) -> "pd.DataFrame":
        """One row per actor (pandas; ``pip install 'conflictkg[pandas]'``)."""
        return frames.actors_frame(self)

    def relations_frame(self) -> "pd.DataFrame":
        """One row per relation, qualifiers as columns, reporting dates as datetimes (pandas)."""
        return frames.relations_frame(self)

    def evidence_frame(self) -> "pd.DataFrame":
        """One row per evidence sentence, with its document (pandas)."""
        return frames.evidence_frame(self)

    def _repr_html_(self) -> str:
        # Jupyter: the explorer inline, in a sandboxed frame (see exports.html.notebook_html).
        from conflictkg.exports.html import notebook_html

        return notebook_html(self)
