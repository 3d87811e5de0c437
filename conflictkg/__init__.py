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
from typing import Any, Callable, Iterable, Mapping

from conflictkg.errors import DocumentError, InputError
from conflictkg.graph.kg import KnowledgeGraph as _Graph
from conflictkg.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Mention, Relation
from conflictkg.graph.sources import DocumentStream, Fields, iter_documents

__version__ = "0.1.0"
__all__ = [
    "build", "build_store", "open_store", "extract", "load", "sample_document", "read_document", "iter_documents", "DocumentStream", "Fields",
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


def _skip_warning(problem: DocumentError) -> None:
    import logging

    logging.getLogger("conflictkg").warning("skipped %s", problem)


def build(
    inputs: Iterable[PathLike | Document] | PathLike | DocumentStream | None = None,
    *,
    published: str | None = None,
    model: str | None = None,
    gazetteer: PathLike | None = None,
    merge: KnowledgeGraph | PathLike | None = None,
    fields: Fields | Mapping[str, Any] | None = None,
    format: str | None = None,
    strict: bool = False,
    on_skip: Callable[[DocumentError], None] | None = _skip_warning,
    processes: int | None = None,
    progress: Callable[[Document, int], None] | None = None,
    reproducible: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from files, folders, globs, ``-`` (stdin) or documents (default: the sample).

    Text, Markdown, HTML pages, RSS/Atom feeds, JSON Lines and CSV corpora are read by
    :func:`iter_documents` (``fields`` maps records: ``{"text": "body", "date": "pubDate"}``;
    ``format`` forces the reader of stdin and of the files named); ``inputs`` may also be a
    :class:`DocumentStream` made by it, whose counts the caller then reads, or any iterable
    of documents, a generator included: documents are read, parsed and added one batch at
    a time. ``published`` (YYYY-MM-DD) dates the documents whose metadata give no date: the
    base for relative dates. ``gazetteer`` is a JSON Lines file of extra actors. ``merge``
    is an existing graph (or a saved RDF file) to add to: only documents whose id it does
    not hold are extracted, and the result is the graph a full build would give. A bad
    document is skipped and passed to ``on_skip`` (default: a warning on the ``conflictkg``
    logger); ``strict=True`` raises it as :class:`DocumentError` instead. No document at
    all is an :class:`InputError`.

    ``processes`` (default: the cores) parse in parallel with spaCy's ``n_process``;
    ``progress(document, n_relations)`` is called after each document; ``reproducible``
    fixes the one timestamp of the outputs (to ``SOURCE_DATE_EPOCH``, else 1970-01-01), so
    the same inputs give the same bytes. ``engine="dask"`` runs extraction on a Dask
    distributed cluster: the one at ``scheduler`` (an address such as
    ``tcp://10.0.0.5:8786``), else a LocalCluster of ``processes`` workers; the graph is the
    same as a local build's.

    >>> kg = conflictkg.build(["article.txt", "wire/", "feeds/*.xml"], published="2024-12-06")  # doctest: +SKIP
    >>> kg = conflictkg.build(["corpus.csv"], fields={"text": "body", "id": "guid"}, processes=2)  # doctest: +SKIP
    """
    from conflictkg.graph.pipeline import build_graph, default_processes

    stream = _stream(inputs, published=published, fields=fields, format=format, strict=strict, on_skip=on_skip)
    if merge is None:
        base = KnowledgeGraph()
    elif isinstance(merge, _Graph):
        base = KnowledgeGraph.adopt(merge)
    else:
        base = load(merge)
    kg = build_graph(stream, model=model, gazetteer=str(gazetteer) if gazetteer else None, graph=base,
                     processes=default_processes() if processes is None else processes, progress=progress,
                     reproducible=reproducible, engine=engine, scheduler=scheduler)
    _check_read(stream)
    return kg


def _stream(inputs, **options) -> DocumentStream:
    if isinstance(inputs, DocumentStream):
        return inputs
    return iter_documents([sample_document()] if inputs is None else inputs, **options)


def _check_read(stream: DocumentStream) -> None:
    """No document at all is an error (a build would write an empty graph)."""
    if stream.read == 0:
        names = ", ".join(stream.names[:3]) + (", ..." if len(stream.names) > 3 else "") or "the inputs"
        if stream.skipped:
            raise InputError(f"{names}: no document to build from, every one was bad ({len(stream.skipped)} skipped)")
        raise InputError(f"{names}: no document to build from (no file with a known extension: "
                         ".txt .md .html .xml .rss .atom .jsonl .csv ...)")


def build_store(
    inputs: Iterable[PathLike | Document] | PathLike | DocumentStream | None,
    store: PathLike,
    *,
    published: str | None = None,
    model: str | None = None,
    gazetteer: PathLike | None = None,
    fields: Fields | Mapping[str, Any] | None = None,
    format: str | None = None,
    strict: bool = False,
    on_skip: Callable[[DocumentError], None] | None = _skip_warning,
    processes: int | None = None,
    progress: Callable[[Document, int], None] | None = None,
    reproducible: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    batch: int | None = None,
    merge: PathLike | None = None,
) -> dict[str, int]:
    """Build the graph of ``inputs`` into the on-disk store folder ``store``, or add them to it.

    As :func:`build`, but the graph lives in an Oxigraph store (see
    :mod:`conflictkg.exports.store`), never whole in memory: only documents the store does
    not hold are extracted, ``batch`` at a time, and merged into it; the store then holds the
    quads the TriG output of a build of all its documents holds. ``merge`` (a saved graph
    file) seeds a new store with that graph, as :func:`build`'s ``merge`` starts from it.
    Returns counts: ``added`` (documents extracted), ``seeded`` (documents of ``merge``) and
    the store's ``documents``, ``actors``, ``relations``, ``negated``.

    >>> conflictkg.build_store(["wire/"], "kg-store", processes=2)      # doctest: +SKIP
    {'added': 1000, 'documents': 1000, 'actors': 2311, 'relations': 5120, 'negated': 212}
    >>> with conflictkg.open_store("kg-store") as gs:                     # doctest: +SKIP
    ...     kg = gs.neighbourhood([actor_iri("turkey")])
    """
    from conflictkg.exports.store import BATCH, GraphStore, add_documents
    from conflictkg.graph.pipeline import default_processes

    stream = _stream(inputs, published=published, fields=fields, format=format, strict=strict, on_skip=on_skip)
    seed = load(merge) if merge is not None else None
    added = add_documents(store, stream, batch=batch or BATCH, seed=seed, reproducible=reproducible, progress=progress,
                          model=model, gazetteer=str(gazetteer) if gazetteer else None,
                          processes=default_processes() if processes is None else processes,
                          engine=engine, scheduler=scheduler, check=lambda: _check_read(stream))
    with GraphStore.open(store) as gs:
        return {"added": added["documents"], "seeded": added["seeded"], **gs.summary()}


def open_store(path: PathLike):
    """The store folder ``path`` opened read-only (a context manager giving a :class:`~conflictkg.exports.store.GraphStore`).

    >>> with conflictkg.open_store("kg-store") as gs:          # doctest: +SKIP
    ...     gs.summary()["relations"]
    5120
    """
    from conflictkg.exports.store import GraphStore

    return GraphStore.open(path)


def extract(
    source: str | PathLike | Document,
    *,
    published: str | None = None,
    model: str | None = None,
    gazetteer: PathLike | None = None,
) -> list[Relation]:
    """The relations stated in one text, file or document.

    A ``str`` that names an existing file is read as that file (by its format: a page, a
    feed or a corpus file gives the relations of all its documents); any other string is
    the text itself. A bad document raises :class:`DocumentError`.

    >>> rels = conflictkg.extract("Turkey backs HTS.")                  # doctest: +SKIP
    >>> [(r.subject.name, r.predicate, r.object.name) for r in rels]    # doctest: +SKIP
    [('Turkey', 'supports', 'Hayat Tahrir al-Sham')]
    """
    from conflictkg.graph.pipeline import extract_documents
    from conflictkg.graph.text import make_document

    if isinstance(source, Document):
        docs: Iterable[Document] = [source]
    elif isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source
                                             and len(source) < 4096 and os.path.isfile(source)):
        docs = iter_documents([source], published=published, strict=True)
    else:
        docs = [make_document(source, published=published)]
    relations: list[Relation] = []
    for _, found, _ in extract_documents(docs, model=model, gazetteer=str(gazetteer) if gazetteer else None):
        relations.extend(found)
    return relations


def load(path: PathLike, format: str | None = None) -> KnowledgeGraph:
    """Load a graph saved in any RDF format (by extension, or ``format``), or a whole store folder."""
    return KnowledgeGraph.from_rdf(path, format)
