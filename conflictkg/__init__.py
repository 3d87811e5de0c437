"""conflictkg: news about armed conflicts in, a knowledge graph with evidence out."""

from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Mention, Relation

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "Actor", "Document", "Evidence", "Mention", "Relation", "__version__"]
