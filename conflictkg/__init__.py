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
from typing import Callable, Iterable, Iterator

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


def _documents(inputs: Iterable[PathLike | Document] | None, published: str | None) -> Iterator[Document]:
    """The documents of ``inputs``, read one at a time as the pipeline asks for them."""
    if inputs is None:
        yield sample_document()
        return
    if isinstance(inputs, (str, os.PathLike, Document)):
        inputs = [inputs]
    for i in inputs:
        yield i if isinstance(i, Document) else read_document(i, published)


def build(
    inputs: Iterable[PathLike | Document] | None = None,
    *,
    published: str | None = None,
    model: str | None = None,
    gazetteer: PathLike | None = None,
    merge: KnowledgeGraph | PathLike | None = None,
    processes: int | None = None,
    progress: Callable[[Document, int], None] | None = None,
    reproducible: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from text files or documents (default: the bundled sample).

    ``inputs`` may be any iterable, a generator included: documents are read, parsed and
    added one batch at a time. ``published`` (YYYY-MM-DD) is the base for relative dates in
    files that do not say; ``gazetteer`` a JSON Lines file of extra actors; ``merge`` an
    existing graph (or a saved RDF file) to add to -- only documents whose id it does not
    hold are extracted, and the result is the graph a full build would give. ``processes``
    (default: the cores) parse in parallel with spaCy's ``n_process``; ``progress(document,
    n_relations)`` is called after each document; ``reproducible`` fixes the one timestamp
    of the outputs (to ``SOURCE_DATE_EPOCH``, else 1970-01-01), so the same inputs give the
    same bytes. ``engine="dask"`` runs extraction on a Dask distributed cluster: the one
    at ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``), else a LocalCluster of
    ``processes`` workers; the graph is the same as a local build's.

    >>> kg = conflictkg.build(["article.txt"], published="2024-12-06", processes=2)   # doctest: +SKIP
    """
    from conflictkg.graph.pipeline import build_graph, default_processes

    docs = _documents(inputs, published)
    base = None
    if merge is not None:
        base = merge if isinstance(merge, KnowledgeGraph) else load(merge)
    return build_graph(docs, model=model, gazetteer=str(gazetteer) if gazetteer else None, graph=base,
                       processes=default_processes() if processes is None else processes, progress=progress,
                       reproducible=reproducible, engine=engine, scheduler=scheduler)


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
