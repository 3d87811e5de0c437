"""Extraction and the graph: spaCy pipeline, actor resolution, and the networkx KnowledgeGraph."""

from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Mention, Relation

__all__ = ["KnowledgeGraph", "Actor", "Document", "Evidence", "Mention", "Relation"]
