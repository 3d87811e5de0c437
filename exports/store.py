"""An on-disk graph: the RDF of a graph in an Oxigraph store, for graphs too large to load whole.

A store is a folder::

    DIR/conflictkg-store.json   what it is: {"format": "conflictkg-store", "version": 2, ...}
    DIR/oxigraph/               the Oxigraph (RocksDB) database

It holds exactly the quads the TriG / N-Quads output of the same graph holds (one
named graph per document, see :mod:`conflictkg.exports.rdf`), so SPARQL gives the same
answers whichever way the graph is read. Queries, ``serve`` and the neighbourhood of an
actor or a query read the store in place; adding documents touches only what they
change: their own documents and evidence, and the actors and relations they state,
merged with the store's by the rules of :func:`conflictkg.graph.kg.join_relations`, so
the result is the graph a rebuild of every document would give. A merge costs what the
batch adds, however large the store: a relation's old evidence is never rewritten (its
``ck:position`` counts within its document), only the relation node's own triples are
recomputed, from its evidence's documents and confidences (see :func:`merge_into`).

Concurrency and failure: writers and readers take an advisory lock beside DIR
(``.DIR.lock``, as a build's output set does): one writer, or any number of readers.
Adding one batch of documents to a store is one Oxigraph transaction (a SPARQL update);
a build that creates a store, or adds more than one batch, works on a copy (a
RocksDB checkpoint: hard links, cheap), written directly (removals, bulk additions) and
swapped in at the end. Either way a build that fails or is killed leaves the store as
it was.

>>> add_documents("kg-store", iter_documents(["wire/"]))                  # doctest: +SKIP
>>> with GraphStore.open("kg-store") as gs:                                # doctest: +SKIP
...     gs.summary()["relations"], len(gs.neighbourhood([actor_iri("hts-...")]))
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import pyoxigraph as ox

from conflictkg.errors import InputError, OutputError
from conflictkg.files import folder_lock, reason, swap_folder, write_text
from conflictkg.exports.rdf import (
    _NT, _P, _actor_blocks, _blocks, _from_quads, _gc_paused, _head_blocks, _ntriples, _provenance, _relation_blocks,
    _unsegment, actor_iri, relation_iri,
)
from conflictkg.ontology import PREDICATES, QUALIFIERS, SYMMETRIC
from conflictkg.ontology.namespace import CK, DATA, DCTERMS, OWL, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS

if TYPE_CHECKING:
    from conflictkg.graph.kg import KnowledgeGraph
    from conflictkg.graph.model import Document, Relation

__all__ = ["GraphStore", "StoreWriter", "STORE_VERSION", "MANIFEST", "BATCH", "is_store", "check_store", "add_documents",
           "add_extracted", "merge_into", "read_store", "store_quads", "neighbourhood", "find_actor", "draw_neighbourhood"]

#: The layout and content version a store is written in; another version is refused.
STORE_VERSION = 2
MANIFEST = "conflictkg-store.json"
_DB = "oxigraph"
#: Documents added per transaction when a build streams many into a store.
BATCH = 2000

_ACTOR_PROPERTIES = [ox.NamedNode(str(p)) for p in (RDF.type, RDFS.label, SKOS.altLabel, DCTERMS.identifier,
                                                     SCHEMA.identifier, OWL.sameAs)]
_EXTERNAL_ID = ox.NamedNode(str(SCHEMA.identifier))
_EVIDENCE = ox.NamedNode(str(CK.evidence))
_EV_DOCUMENT, _EV_POSITION, _CONFIDENCE, _RULE = (ox.NamedNode(str(p)) for p in (CK.document, CK.position, CK.confidence, CK.rule))
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))
_PREDICATE_NODES = {p: ox.NamedNode(str(CK[p])) for p in PREDICATES}
_DEFAULT = ox.DefaultGraph()


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a folder holding a conflictkg store (its manifest)."""
    path = Path(path)
    return path.is_dir() and (path / MANIFEST).is_file()


def check_store(path: str | os.PathLike) -> Path:
    """``path`` if it is a store of this version; else :class:`InputError` in one line."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such store")
    if not path.is_dir():
        raise InputError(f"{path}: not a conflictkg store (a file, not a folder)")
    manifest = path / MANIFEST
    if not manifest.is_file():
        raise InputError(f"{path}: not a conflictkg store (no {MANIFEST}; make one with `conflictkg build ... --store {path}`)")
    try:
        meta = json.loads(manifest.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError, OSError) as e:
        raise InputError(f"{path}: not a conflictkg store ({MANIFEST} is unreadable: {e})") from None
    if not isinstance(meta, dict) or meta.get("format") != "conflictkg-store":
        raise InputError(f"{path}: not a conflictkg store ({MANIFEST} does not describe one)")
    if meta.get("version") != STORE_VERSION:
        raise InputError(f"{path}: a conflictkg store of version {meta.get('version')!r}; this conflictkg reads "
                         f"version {STORE_VERSION} (rebuild the store from its documents)")
    if not (path / _DB).is_dir():
        raise InputError(f"{path}: a damaged conflictkg store (its {_DB}/ database is missing)")
    return path


def _manifest() -> str:
    return json.dumps({"format": "conflictkg-store", "version": STORE_VERSION}, indent=1) + "\n"


def _refused(path: Path, writing: bool) -> Callable[[str], Exception]:
    if writing:
        return lambda holder: OutputError(f"{path}: the store is locked: {holder} is reading, serving or writing it; "
                                          "try again when it is done")
    return lambda holder: InputError(f"{path}: the store is locked: a build is writing it ({holder}); "
                                     "try again when it is done")


class GraphStore:
    """A conflictkg graph in an on-disk Oxigraph store, opened for reading or for adding documents.

    >>> with GraphStore.open("kg-store") as gs:            # doctest: +SKIP
    ...     gs.holds_document("sample-hama-2024")
    True
    """

    def __init__(self, path: Path, store: ox.Store | None) -> None:
        self.path = path
        self.store = store

    @property
    def database(self) -> Path:
        """The folder of the Oxigraph database inside the store."""
        return self.path / _DB

    # -- opening ----------------------------------------------------------------------
    @classmethod
    @contextlib.contextmanager
    def open(cls, path: str | os.PathLike, connect: bool = True) -> Iterator["GraphStore"]:
        """The store at ``path``, read-only, under a shared lock (a build cannot start while it is read).

        ``connect=False`` takes the lock without opening the database (for whoever opens
        :attr:`database` in another process).
        """
        path = check_store(path)
        with folder_lock(path, _refused(path, writing=False), shared=True):
            store = None
            if connect:
                try:
                    store = ox.Store.read_only(str(path / _DB))
                except OSError as e:
                    raise InputError(f"{path}: the store's database cannot be opened ({e})") from None
            yield cls(path, store)

    @classmethod
    @contextlib.contextmanager
    def writing(cls, path: str | os.PathLike) -> Iterator["StoreWriter"]:
        """A :class:`StoreWriter` adding to the store at ``path``, created if absent, under an exclusive lock.

        Nothing is visible at ``path`` until the block ends without error.
        """
        path = Path(path)

        def empty_folder() -> bool:
            return path.is_dir() and not is_store(path) and not any(path.iterdir())

        if path.exists() and not is_store(path) and not empty_folder():
            check_store(path)  # one line saying what is wrong with it
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputError(f"{path}: cannot create its parent folder ({reason(e)})") from None
        with folder_lock(path, _refused(path, writing=True)):
            _recover(path)
            if empty_folder():
                path.rmdir()  # the store takes its place
            if path.exists():
                check_store(path)
            writer = StoreWriter(path)
            try:
                yield writer
                writer.finish()
            finally:
                writer.discard()

    # -- reading ----------------------------------------------------------------------
    def holds_document(self, document_id: str) -> bool:
        """Whether the store holds the document ``document_id``."""
        return _holds_document(self.store, document_id)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the store (as the graph's N-Quads would list them, in another order)."""
        return self.store.quads_for_pattern(None, None, None, None)

    def summary(self) -> dict[str, int]:
        """Counts of documents, actors, relations and negated relations, by SPARQL over the store."""
        counts = {}
        for name, pattern in (("documents", "?x a ck:Document"), ("actors", "?x a ?t . FILTER(?t IN (ck:Actor, ck:Place))"),
                              ("relations", "?x a ck:Relation"), ("negated", "?x ck:negated true")):
            rows = self.store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}", prefixes=PREFIXES)
            counts[name] = int(next(iter(rows))[0].value)
        return counts

    def to_graph(self) -> "KnowledgeGraph":
        """The whole graph, loaded into memory (as reading its TriG would give)."""
        with _gc_paused():
            return _stored_time(_from_quads(self.quads(), str(self.path)))

    def neighbourhood(self, actors: Iterable[str] = (), relations: Iterable[str] = (), hops: int = 1) -> "KnowledgeGraph":
        """See :func:`neighbourhood`."""
        return neighbourhood(self.store, actors, relations, hops, where=str(self.path))


def _stored_time(kg: "KnowledgeGraph") -> "KnowledgeGraph":
    # Oxigraph keeps an xsd:dateTime in its canonical form ("Z" for UTC, as any store would
    # answer a query): give the graph back the time as a build writes it.
    ended = kg.graph.graph.get("extracted_at")
    if ended and ended.endswith("Z"):
        kg.graph.graph["extracted_at"] = ended[:-1] + "+00:00"
    return kg


def _holds_document(store: ox.Store, document_id: str) -> bool:
    from conflictkg.exports.rdf import document_iri

    node = ox.NamedNode(document_iri(document_id))
    return next(iter(store.quads_for_pattern(node, ox.NamedNode(_P["type"]), ox.NamedNode(_P["Document"]), _DEFAULT)), None) is not None


def _siblings(path: Path, kind: str) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.{kind}-*"))


def _recover(path: Path) -> None:
    """Under the lock: remove what a killed writer left (its working copy), restore a half-done swap."""
    for stale in _siblings(path, "staging"):
        shutil.rmtree(stale, ignore_errors=True)
    for old in _siblings(path, "old"):
        if not path.exists() and (old / "set").is_dir():
            os.rename(old / "set", path)
        shutil.rmtree(old, ignore_errors=True)


class StoreWriter:
    """Adds documents' graphs to a store; made by :meth:`GraphStore.writing`.

    The first batch of a store's life is bulk-loaded; later ones are merged. A store that
    exists is changed in place for one batch (one transaction), on a checkpoint copy for
    more (see the module docstring).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.existed = path.exists()
        self.staging: Path | None = None
        self.store: ox.Store | None = None  # the database being written
        self.reader: ox.Store | None = None
        self.batches = 0
        self.documents_added = 0

    def holds_document(self, document_id: str) -> bool:
        """Whether the store (as being written) holds ``document_id``."""
        store = self.store
        if store is None and self.existed:
            # Read-only until there is something to write: adding only documents it holds leaves it untouched.
            if self.reader is None:
                self.reader = ox.Store.read_only(str(self.path / _DB))
            store = self.reader
        return store is not None and _holds_document(store, document_id)

    def _work_store(self, more_to_come: bool) -> ox.Store:
        """The store this batch goes into: the live one (a single batch), else a working copy."""
        if self.store is not None:
            return self.store
        if self.existed and self.batches == 0 and not more_to_come:
            self.reader = None  # closed before the database is opened for writing
            self.store = ox.Store(str(self.path / _DB))
            return self.store
        try:
            self.staging = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.staging-", dir=self.path.parent))
        except OSError as e:
            raise OutputError(f"{self.path}: cannot write beside it ({reason(e)})") from None
        if self.existed:
            # A checkpoint taken read-only (hard links, cheap on one file system): the live
            # database is not even opened for writing, so a kill cannot touch it.
            live = self.reader or ox.Store.read_only(str(self.path / _DB))
            self.reader = None
            live.backup(str(self.staging / _DB))
            del live
        self.store = ox.Store(str(self.staging / _DB))
        write_text(self.staging / MANIFEST, _manifest())
        return self.store

    def add(self, delta: "KnowledgeGraph", more_to_come: bool = False) -> None:
        """Add ``delta`` (the graph of documents the store does not hold) to the store."""
        store = self._work_store(more_to_come)
        if self.batches == 0 and not self.existed:
            _bulk_load(store, delta)
        else:
            merge_into(store, delta, transaction=self.staging is None)
        self.batches += 1
        self.documents_added += len(delta.documents)

    def finish(self) -> None:
        """Make what was written the store at ``path`` (a new store is created even if empty)."""
        if self.staging is None and not self.existed:
            self._work_store(more_to_come=True)
        self.reader = None
        if self.store is not None:
            self.store.flush()
        if self.staging is not None:
            self.store = None  # closed before its folder moves
            os.chmod(self.staging, 0o777 & ~_umask())
            swap_folder(self.staging, self.path)
            self.staging = None

    def discard(self) -> None:
        self.store = self.reader = None
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- writing ------------------------------------------------------------------------
def _nquads(kg: "KnowledgeGraph") -> bytes:
    with _gc_paused():
        return "".join(_ntriples(_blocks(kg, _NT, quads=True))).encode("utf-8")


def _bulk_load(store: ox.Store, kg: "KnowledgeGraph") -> None:
    with _gc_paused(), _SpooledNQuads() as text:
        text.write_blocks(_blocks(kg, _NT, quads=True))
        text.load_into(store)


#: N-Quads of a batch kept in memory up to this size, then spooled to a temporary file;
#: and bulk-loaded this much at a time (Oxigraph's loader holds about 1 KB a quad until it writes).
_SPOOL_BYTES = 8 * 2**20


class _SpooledNQuads:
    """Blocks written out as N-Quads text, in memory up to ``_SPOOL_BYTES`` and on disk past it,
    then bulk-loaded in pieces of that size: however large the batch, its new quads cost a piece
    of text and the loader's buffers for it, never a Python object per term."""

    def __enter__(self) -> "_SpooledNQuads":
        self.file = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)
        return self

    def __exit__(self, *exc) -> None:
        self.file.close()

    def write_blocks(self, blocks: Iterable) -> None:
        for text in _ntriples(blocks):
            self.file.write(text.encode("utf-8"))

    def quads(self) -> list[ox.Quad]:
        self.file.seek(0)
        return list(ox.parse(self.file, ox.RdfFormat.N_QUADS))

    def load_into(self, store: ox.Store) -> None:
        self.file.seek(0)
        while piece := self.file.read(_SPOOL_BYTES):
            piece += self.file.readline()  # to the end of a quad
            store.bulk_load(piece, ox.RdfFormat.N_QUADS)


def _current(store: ox.Store, kind: str) -> ox.NamedNode | None:
    found = store.quads_for_pattern(None, ox.NamedNode(_P["type"]), ox.NamedNode(kind), _DEFAULT)
    return next((q.subject for q in found), None)


def _stored_quads(store: ox.Store, delta: "KnowledgeGraph") -> list[ox.Quad]:
    """What the store says of the actors and relations ``delta`` touches: their nodes, the actors'
    external-id nodes, the relations' evidence nodes and direct triples (and nothing else)."""
    out: list[ox.Quad] = []
    for actor in delta.actors():
        node = ox.NamedNode(actor_iri(actor.id))
        for prop in _ACTOR_PROPERTIES:  # property by property: a hub's thousands of direct triples stay unread
            for q in store.quads_for_pattern(node, prop, None, _DEFAULT):
                out.append(q)
                if q.predicate == _EXTERNAL_ID:
                    out.extend(store.quads_for_pattern(q.object, None, None, _DEFAULT))
    for rel in delta:
        node = ox.NamedNode(relation_iri(rel))
        for q in store.quads_for_pattern(node, None, None, None):
            out.append(q)
            if q.predicate == _EVIDENCE:
                out.extend(store.quads_for_pattern(q.object, None, None, None))
        if rel.negated:
            continue  # a denial has no direct triple; the one of the same relation asserted is not its own
        s, o, p = ox.NamedNode(actor_iri(rel.subject.id)), ox.NamedNode(actor_iri(rel.object.id)), _PREDICATE_NODES[rel.predicate]
        out.extend(store.quads_for_pattern(s, p, o, _DEFAULT))
        if rel.predicate in SYMMETRIC:
            out.extend(store.quads_for_pattern(o, p, s, _DEFAULT))
    return out


def _data(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of ``INSERT DATA`` / ``DELETE DATA`` (terms in N-Triples syntax, valid SPARQL)."""
    default, named = [], {}
    for q in quads:
        triple = f"{q.subject} {q.predicate} {q.object} ."
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.append(triple)
        else:
            named.setdefault(str(q.graph_name), []).append(triple)
    parts = ["\n".join(default)]
    parts += [f"GRAPH {g} {{\n" + "\n".join(triples) + "\n}" for g, triples in named.items()]
    return "\n".join(parts)


def merge_into(store: ox.Store, delta: "KnowledgeGraph", transaction: bool = True) -> None:
    """Add ``delta``'s documents, actors and relations to ``store``, at a cost in what ``delta`` adds.

    New documents, actors and relations are written as they are. An actor the store holds
    is read (its few direct properties) and rewritten where the names or ids joined differ.
    A relation the store holds keeps its evidence nodes (``ck:position`` counts within a
    document, so evidence from new documents moves none): only its node's own triples
    and, per evidence node, its document and confidence are read, the node's triples
    (confidence, rule, qualifiers) recomputed by :func:`~conflictkg.graph.kg.join_relations`
    as a rebuild would, and the new documents' evidence added. The extraction activity is
    renamed if ``delta``'s differs (its time or version).

    ``transaction``: one SPARQL update, all or nothing (the live store, changed in place);
    else the quads are removed and bulk-added directly (a working copy, discarded on
    failure). ``delta`` restating documents the store holds is merged the slow way (every
    touched relation read and rewritten whole).
    """
    from conflictkg.graph.kg import KnowledgeGraph, join_relations

    if any(_holds_document(store, doc_id) for doc_id in delta.documents):
        _merge_rewriting(store, delta)
        return
    removed: list[ox.Quad] = []
    added: list[ox.Quad] = []

    def quads(blocks: list) -> list[ox.Quad]:
        return list(ox.parse("".join(_ntriples(blocks)).encode("utf-8"), ox.RdfFormat.N_QUADS)) if blocks else []

    with _gc_paused(), _SpooledNQuads() as fresh:
        activity_iri, ended, version = _provenance(delta)
        head = quads(list(_head_blocks(delta.documents.values(), _NT, activity_iri, ended, version)))
        added += head
        activity = ox.NamedNode(activity_iri)
        software = next(q.object for q in head if q.subject == activity and q.predicate.value == str(PROV.wasAssociatedWith))

        # Actors: the store's few properties of those touched, joined with delta's.
        old_actors: list[ox.Quad] = []
        for actor in delta.actors():
            node = ox.NamedNode(actor_iri(actor.id))
            for prop in _ACTOR_PROPERTIES:  # property by property: a hub's thousands of direct triples stay unread
                for q in store.quads_for_pattern(node, prop, None, _DEFAULT):
                    old_actors.append(q)
                    if q.predicate == _EXTERNAL_ID:
                        old_actors.extend(store.quads_for_pattern(q.object, None, None, _DEFAULT))
        local = _from_quads(old_actors, "the store") if old_actors else KnowledgeGraph()
        for actor in delta.actors():
            local.add_actor(actor)
        old_set = set(old_actors)
        new_set = set(quads(list(_actor_blocks(local.actors(), _NT))))
        removed += old_set - new_set
        added += new_set - old_set
        del local, old_actors, old_set, new_set

        # What the store cannot hold yet (new relations, the new documents' evidence: most
        # of a batch) goes out as N-Quads text, spooled, never as a list of quad objects.
        write = _relation_blocks(_NT, str(activity), quads=True)
        doc_ids: dict[ox.NamedNode, str] = {}
        for rel in delta:
            node = ox.NamedNode(relation_iri(rel))
            core = list(store.quads_for_pattern(node, None, None, _DEFAULT))
            if not core:  # a new relation: all of it
                fresh.write_blocks(write(rel))
                continue
            joined = join_relations([_stored_relation(store, rel, core, doc_ids), rel])
            old_core = set(core)
            new_core = set(quads(list(write(joined, with_groups=False, with_direct=False))))
            removed += old_core - new_core
            added += new_core - old_core
            fresh.write_blocks(write(rel, with_core=False, with_direct=False))  # the new documents' evidence

        before = _current(store, _P["activity"])
        before_software = _current(store, str(PROV.SoftwareAgent))
        renamed = _renamed(before, activity, before_software, software)
        if transaction:
            added += fresh.quads()
            update = [f"DELETE DATA {{ {_data(removed)} }}", f"INSERT DATA {{ {_data(added)} }}"]
            store.update(" ;\n".join(update + renamed))
            return
        for q in removed:
            store.remove(q)
        del removed
        store.bulk_extend(added)
        del added
        fresh.load_into(store)
        for step in renamed:
            store.update(step)


_FLAGS = {name: ox.NamedNode(_P[q.property]) for name, q in QUALIFIERS.items()}


def _stored_relation(store: ox.Store, rel: "Relation", core: list[ox.Quad], doc_ids: dict) -> "Relation":
    """The relation ``rel`` as the store holds it, with stand-ins for its evidence: the stored
    evidence's documents and confidences in their order (what joining needs), no sentences."""
    from conflictkg.graph.kg import JOINED_CONFIDENCE_CAP
    from conflictkg.graph.model import Evidence, Relation

    props = {q.predicate: q.object.value for q in core}
    qualifiers = {}
    for name, q in QUALIFIERS.items():
        value = props.get(_FLAGS[name])
        qualifiers[name] = value in ("true", "1") if q.datatype == "boolean" else value
    confidence = float(props.get(_CONFIDENCE, 1.0))
    links = store.quads_for_pattern(core[0].subject, _EVIDENCE, None, None)
    if confidence >= JOINED_CONFIDENCE_CAP:
        # More evidence can no longer raise it: joining needs only the first document (for the
        # rule), read from the evidence links' named graphs. A relation stated by thousands of
        # documents then costs one scan of its links, not three lookups per piece of evidence.
        first = min(_unsegment(link.graph_name.value, DATA["graph"], "the store") for link in links)
        evidence = [(first, -1, 0.0)]
    else:
        evidence = []
        for link in links:
            ev, graph = link.object, link.graph_name
            doc = next(iter(store.quads_for_pattern(ev, _EV_DOCUMENT, None, graph))).object
            doc_id = doc_ids.get(doc)
            if doc_id is None:
                doc_id = doc_ids[doc] = _stored_document_id(store, doc)
            position = next(iter(store.quads_for_pattern(ev, _EV_POSITION, None, graph)), None)
            found = next(iter(store.quads_for_pattern(ev, _CONFIDENCE, None, graph)), None)
            evidence.append((doc_id, int(position.object.value) if position else -1,
                             float(found.object.value) if found else 1.0))
    evidence.sort()
    return Relation(
        subject=rel.subject, predicate=rel.predicate, object=rel.object, negated=rel.negated, **qualifiers,
        confidence=confidence, rule=props.get(_RULE, ""),
        # Distinct stand-ins (start = their index), each of its document: never equal to a
        # real piece of evidence, as delta's documents are not in the store.
        evidence=tuple(Evidence(doc_id, "", i, i, "", c) for i, (doc_id, _, c) in enumerate(evidence)),
    )


def _stored_document_id(store: ox.Store, doc: ox.NamedNode) -> str:
    ident = next(iter(store.quads_for_pattern(doc, _IDENTIFIER, None, _DEFAULT)), None)
    return ident.object.value if ident is not None else _unsegment(doc.value, DATA["document"], "the store")


def _renamed(before, activity, before_software, software) -> list[str]:
    """SPARQL updates giving the store's relations the new extraction activity, if it changed."""
    update = []
    if before is not None and before != activity:
        # Every relation was generated by the extraction that made the graph: a new one
        # (another time, another version) takes the old one's place, as in a rebuild.
        update += [
            f"DELETE {{ ?r <{PROV.wasGeneratedBy}> {before} }} INSERT {{ ?r <{PROV.wasGeneratedBy}> {activity} }} "
            f"WHERE {{ ?r <{PROV.wasGeneratedBy}> {before} }}",
            f"INSERT {{ {activity} <{PROV.used}> ?d }} WHERE {{ {before} <{PROV.used}> ?d }}",
            f"DELETE WHERE {{ {before} ?p ?o }}",
        ]
    if before_software is not None and before_software != software:
        update.append(f"DELETE WHERE {{ {before_software} ?p ?o }}")
    return update


def _merge_rewriting(store: ox.Store, delta: "KnowledgeGraph") -> None:
    """Add ``delta`` (which restates documents the store holds) to ``store``, in one transaction.

    The touched actors and relations are read from the store into a small graph, ``delta``
    is merged into it as a build merges graphs, and the quads that differ are replaced;
    the extraction activity is renamed if ``delta``'s differs (its time or version).
    """
    from conflictkg.graph.kg import KnowledgeGraph

    old = _stored_quads(store, delta)
    with _gc_paused():
        local = _from_quads(old, "the store") if old else KnowledgeGraph()
        local.merge(delta)
    local.graph.graph.update(delta.graph.graph)
    new = set(ox.parse(_nquads(local), ox.RdfFormat.N_QUADS))
    old_set = set(old)
    activity, _, _ = _provenance(local)
    activity = ox.NamedNode(activity)
    software = next(q.object for q in new if q.subject == activity and q.predicate.value == str(PROV.wasAssociatedWith))
    before = _current(store, _P["activity"])
    before_software = _current(store, str(PROV.SoftwareAgent))
    update = [f"DELETE DATA {{ {_data(old_set - new)} }}", f"INSERT DATA {{ {_data(new - old_set)} }}"]
    store.update(" ;\n".join(update + _renamed(before, activity, before_software, software)))


# -- reading ------------------------------------------------------------------------
def read_store(path: str | os.PathLike) -> "KnowledgeGraph":
    """The whole graph in the store at ``path``, in memory (what reading its TriG gives).

    >>> kg = read_store("kg-store")          # doctest: +SKIP
    """
    with GraphStore.open(path) as gs:
        return gs.to_graph()


def store_quads(path: str | os.PathLike) -> Iterator[ox.Quad]:
    """Every quad of the store at ``path``, read under its lock."""
    with GraphStore.open(path) as gs:
        yield from gs.quads()


_REL = {name: ox.NamedNode(_P[name]) for name in ("subject", "object", "evidence", "document", "wasDerivedFrom")}


def neighbourhood(store: ox.Store, actors: Iterable[str] = (), relations: Iterable[str] = (), hops: int = 1,
                  where: str = "the store") -> "KnowledgeGraph":
    """The part of the graph in ``store`` around some actors and relations (IRIs), as a KnowledgeGraph.

    Every relation (negated ones too) within ``hops`` steps of the actors, the relations
    given, their ends, evidence and documents: what the explorer needs to draw them,
    read by index lookups, never the whole store.

    >>> kg = neighbourhood(store, actors=[actor_iri("turkey")])       # doctest: +SKIP
    """
    rel_nodes: dict[ox.NamedNode, None] = dict.fromkeys(ox.NamedNode(r) for r in relations)
    frontier = {ox.NamedNode(a) for a in actors}
    reached: set[ox.NamedNode] = set()
    for rel in rel_nodes:
        for end in ("subject", "object"):
            reached.update(q.object for q in store.quads_for_pattern(rel, _REL[end], None, _DEFAULT))
    for _ in range(max(0, hops)):
        frontier -= reached
        reached |= frontier
        nxt: set[ox.NamedNode] = set()
        for actor in frontier:
            for end, other in (("subject", "object"), ("object", "subject")):
                for q in store.quads_for_pattern(None, _REL[end], actor, _DEFAULT):
                    rel_nodes[q.subject] = None
                    nxt.update(e.object for e in store.quads_for_pattern(q.subject, _REL[other], None, _DEFAULT))
        frontier = nxt
    reached |= frontier
    quads: list[ox.Quad] = []
    documents: set = set()
    for node in reached:
        for prop in _ACTOR_PROPERTIES:
            for q in store.quads_for_pattern(node, prop, None, _DEFAULT):
                quads.append(q)
                if q.predicate == _EXTERNAL_ID:
                    quads.extend(store.quads_for_pattern(q.object, None, None, _DEFAULT))
    for rel in rel_nodes:
        for q in store.quads_for_pattern(rel, None, None, None):
            quads.append(q)
            if q.predicate == _EVIDENCE:
                quads.extend(store.quads_for_pattern(q.object, None, None, None))
            elif q.predicate == _REL["wasDerivedFrom"]:
                documents.add(q.object)
    for doc in documents:
        quads.extend(store.quads_for_pattern(doc, None, None, _DEFAULT))
    with _gc_paused():
        return _from_quads(quads, where)


def add_documents(path: str | os.PathLike, documents: Iterable["Document"], *, batch: int = BATCH,
                  reproducible: bool = False, progress: Callable[["Document", int], None] | None = None,
                  check: Callable[[], None] | None = None, seed: "KnowledgeGraph | None" = None,
                  **extract) -> dict[str, int]:
    """Extract the ``documents`` the store at ``path`` does not hold and add them; create it if absent.

    ``seed`` (a graph read from a file) starts a new store: it is loaded first, and its
    documents are not extracted again; a store that exists is not seeded (an error).

    ``extract`` goes to :func:`conflictkg.graph.pipeline.extract_new` (``model``,
    ``gazetteer``, ``processes``, ``engine``, ``scheduler``). Documents are merged
    ``batch`` at a time, so memory holds one batch's graph, never the store's. ``check()``
    runs once every document is read, before anything is committed: an exception there
    leaves the store as it was. Returns counts: ``documents`` added.

    >>> add_documents("kg-store", iter_documents(["wire/"]), processes=2)   # doctest: +SKIP
    {'documents': 120}
    """
    from conflictkg.graph.pipeline import extract_new

    with GraphStore.writing(path) as writer:
        seeded = 0
        if seed is not None:
            if writer.existed:
                raise InputError(f"{path}: a saved graph seeds a new store only, and this store exists; "
                                 "add the documents to it without the graph")
            writer.add(seed, more_to_come=True)
            seeded = writer.documents_added
        results = extract_new(documents, writer.holds_document, **extract)
        _merge_batches(writer, results, batch, reproducible, progress, check)
        return {"documents": writer.documents_added - seeded, "seeded": seeded}


def add_extracted(path: str | os.PathLike, results: Iterable[tuple["Document", list["Relation"]]], *,
                  batch: int = BATCH, reproducible: bool = False,
                  progress: Callable[["Document", int], None] | None = None,
                  check: Callable[[], None] | None = None) -> dict[str, int]:
    """Add documents extracted elsewhere (``(document, relations, ...)`` tuples) to the store at ``path``.

    What :func:`add_documents` does after extraction: documents the store holds, or seen
    before in ``results``, are skipped, the rest merged ``batch`` at a time. For output
    of extraction run on other machines, or replayed (``benchmarks/store_growth.py``).

    >>> add_extracted("kg-store", extract_documents(docs))                   # doctest: +SKIP
    {'documents': 120, 'seeded': 0}
    """
    with GraphStore.writing(path) as writer:
        seen: set[str] = set()

        def new():
            for document, relations, *_ in results:
                if document.id not in seen and not writer.holds_document(document.id):
                    seen.add(document.id)
                    yield document, relations

        _merge_batches(writer, new(), batch, reproducible, progress, check)
        return {"documents": writer.documents_added, "seeded": 0}


def _release_memory() -> None:
    """Hand what a merged batch freed back to the system: glibc's allocator otherwise keeps it, and a
    long build's resident memory creeps up batch after batch (fragments of freed batches, not data)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def _merge_batches(writer: "StoreWriter", results: Iterable[tuple], batch: int, reproducible: bool,
                   progress: Callable[["Document", int], None] | None, check: Callable[[], None] | None) -> None:
    """Merge extraction results into the store ``batch`` documents at a time (one batch's graph in memory);
    ``check()`` runs once all are read, before the last batch is committed."""
    from conflictkg.graph.kg import KnowledgeGraph
    from conflictkg.graph.pipeline import generated_at

    extracted_at = generated_at(reproducible)

    def fresh() -> KnowledgeGraph:
        kg = KnowledgeGraph()
        kg.graph.graph["extracted_at"] = extracted_at
        return kg

    delta = fresh()
    for document, relations, *_ in results:
        if len(delta.documents) >= batch:
            pending, delta = delta, fresh()
            writer.add(pending, more_to_come=True)
            del pending
            _release_memory()
        delta.add_document(document, relations)
        if progress is not None:
            progress(document, len(relations))
    if check is not None:
        check()
    if delta.documents:  # none new: the store is left as it was (adding twice changes nothing)
        writer.add(delta)


# -- neighbourhoods -----------------------------------------------------------------
def find_actor(store: ox.Store, name_or_id: str) -> str | None:
    """The IRI of the actor with this id, name or alias (exact, else compared as in scoring), or None."""
    from conflictkg.exports.rdf import DATA
    from conflictkg.graph.model import normalize_name

    prefix = str(DATA["actor"])

    def actor(node) -> bool:
        return isinstance(node, ox.NamedNode) and node.value.startswith(prefix) and "/" not in node.value[len(prefix):]

    literal = ox.Literal(name_or_id)
    for prop in (_P["identifier"], _P["label"], _P["altLabel"]):  # index lookups first
        for q in store.quads_for_pattern(None, ox.NamedNode(prop), literal, _DEFAULT):
            if actor(q.subject):
                return q.subject.value
    wanted = normalize_name(name_or_id)
    rows = store.query("SELECT ?a ?n WHERE { ?a rdfs:label|skos:altLabel ?n }", prefixes=PREFIXES)
    return next((a.value for a, n in rows if actor(a) and normalize_name(n.value) == wanted), None)


def draw_neighbourhood(path: str | os.PathLike, *, around: Iterable[str] = (), sparql: str | None = None, hops: int = 1,
                       timeout: float | None = 30.0, max_memory: int | str | None = "2G") -> "KnowledgeGraph":
    """The neighbourhood of some actors (names, aliases or ids) and of a SELECT query's answers in a graph.

    ``path`` is a store folder (read in place: only the neighbourhood is loaded) or a graph
    file. The actors and relations the query returns (any column) are the centres; every
    relation within ``hops`` of them is drawn, with its ends, evidence and documents.

    >>> kg = draw_neighbourhood("kg-store", around=["HTS"], hops=1)      # doctest: +SKIP
    """
    from conflictkg.exports.rdf import DATA, load_store
    from conflictkg.exports.sparql import query

    if is_store(path):
        opened = GraphStore.open(path)
    else:
        opened = contextlib.nullcontext(GraphStore(Path(path), load_store(path)))
    with opened as gs:
        actors = []
        for name in around:
            iri = find_actor(gs.store, name)
            if iri is None:
                raise InputError(f"--around {name!r}: no actor of that name, alias or id in {path}")
            actors.append(iri)
        relations = []
        if sparql is not None:
            result = query(path if is_store(path) else gs.store, sparql, timeout=timeout, max_memory=max_memory)
            if result.kind != "SELECT":
                raise InputError(f"--query: a {result.kind} query; give a SELECT whose answers name actors or relations")
            a_prefix, r_prefix = str(DATA["actor"]), str(DATA["relation"])
            for value in {v for row in result.rows for v in row if v}:
                if value.startswith(a_prefix) and "/" not in value[len(a_prefix):]:
                    actors.append(value)
                elif value.startswith(r_prefix):
                    relations.append(value)
            if not actors and not relations:
                raise InputError(f"--query: its {len(result.rows)} answer(s) name no actor or relation of {path}; nothing to draw")
        return gs.neighbourhood(sorted(set(actors)), relations, hops)
