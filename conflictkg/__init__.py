"""conflictkg: news about armed conflicts in, a knowledge graph with evidence out.

>>> import conflictkg
>>> kg = conflictkg.build()                       # the bundled sample article   # doctest: +SKIP
>>> [r.object.name for r in kg.relations(predicate="supports", subject="Turkey")]  # doctest: +SKIP
['Hayat Tahrir al-Sham']
>>> kg.save("graph.ttl"); kg.to_html("graph.html")                               # doctest: +SKIP
>>> kg.query(name="supporters", actor="HTS")                                     # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from importlib import resources
from typing import Iterable

from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Mention, Relation

__version__ = "0.1.0"
__all__ = [
    "build", "extract", "load", "sample_document", "read_document",
    "KnowledgeGraph", "Actor", "Document", "Evidence", "Mention", "Relation", "__version__",
]

PathLike = str | os.PathLike


def sample_document() -> Document:
    """The bundled sample: a report on the fall of Hama to HTS (published 2024-12-06)."""
    from conflictkg.graph.text import make_document

    data = resources.files("conflictkg").joinpath("data")
    meta = json.loads(data.joinpath("sample.json").read_text(encoding="utf-8"))
    text = data.joinpath(meta["file"]).read_text(encoding="utf-8")
    return make_document(text, id="sample-hama-2024", title=meta["title"], url=meta.get("url", ""),
                         published=meta["published"], source="sample-hama-2024.txt")


def read_document(path: PathLike, published: str | None = None, url: str = "") -> Document:
    """Read a UTF-8 text file as a :class:`Document` (errors name the file and the problem)."""
    from conflictkg.graph.text import read_document as _read

    return _read(path, published=published, url=url)


def _documents(inputs: Iterable[PathLike | Document] | None, published: str | None) -> list[Document]:
    if inputs is None:
        return [sample_document()]
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return [i if isinstance(i, Document) else read_document(i, published) for i in inputs]


def build(
    inputs: Iterable[PathLike | Document] | None = None,
    *,
    published: str | None = None,
    model: str | None = None,
    gazetteer: PathLike | None = None,
    merge: KnowledgeGraph | PathLike | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from text files or documents (default: the bundled sample).

    ``published`` (YYYY-MM-DD) is the base for relative dates in files that do not
    say; ``gazetteer`` a JSON Lines file of extra actors; ``merge`` an existing graph
    (or a saved RDF file) to add to.

    >>> kg = conflictkg.build(["article.txt"], published="2024-12-06")   # doctest: +SKIP
    """
    from conflictkg.graph.pipeline import build_graph

    docs = _documents(inputs, published)
    base = None
    if merge is not None:
        base = merge if isinstance(merge, KnowledgeGraph) else load(merge)
    return build_graph(docs, model=model, gazetteer=str(gazetteer) if gazetteer else None, graph=base)


def extract(
    source: str | PathLike | Document,
    *,
    published: str | None = None,
    model: str | None = None,
    gazetteer: PathLike | None = None,
) -> list[Relation]:
    """The relations stated in one text, file or document.

    A ``str`` that names an existing file is read as that file; any other string is
    the text itself.

    >>> rels = conflictkg.extract("Turkey backs HTS.")                  # doctest: +SKIP
    >>> [(r.subject.name, r.predicate, r.object.name) for r in rels]    # doctest: +SKIP
    [('Turkey', 'supports', 'Hayat Tahrir al-Sham')]
    """
    from conflictkg.graph.pipeline import extract_documents
    from conflictkg.graph.text import make_document

    if isinstance(source, Document):
        doc = source
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source
                                             and len(source) < 4096 and os.path.isfile(source)):
        doc = read_document(source, published)
    else:
        doc = make_document(source, published=published)
    for _, relations, _ in extract_documents([doc], model=model, gazetteer=str(gazetteer) if gazetteer else None):
        return relations
    return []


def load(path: PathLike, format: str | None = None) -> KnowledgeGraph:
    """Load a graph saved in any RDF format (by extension, or ``format``)."""
    from conflictkg import exports

    return exports.read(path, format)
