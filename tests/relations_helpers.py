"""Helpers shared by the tests: reading relations off short texts of our own, and evidence for hand-built graphs."""

from __future__ import annotations

from functools import lru_cache

import conflictkg
from conflictkg.graph.model import normalize_name

PUBLISHED = "2024-05-01"
SYMMETRIC = ("negotiates_with", "opposes", "allied_with")


def triples(text: str) -> set[tuple[str, str, str, bool]]:
    """(subject, predicate, object, negated) of every relation read from ``text``."""
    return {(r.subject.name, r.predicate, r.object.name, r.negated) for r in conflictkg.extract(text, published=PUBLISHED)}


def has(found: set, subject: str, predicate: str, obj: str, negated: bool = False) -> bool:
    """Whether ``found`` holds the relation, either way round for a symmetric predicate."""
    symmetric = predicate in SYMMETRIC
    return (subject, predicate, obj, negated) in found or (symmetric and (obj, predicate, subject, negated) in found)


def evidence(doc: str, sentence: str, rule: str = "verb:active", confidence: float = 0.8):
    """One piece of evidence: ``sentence`` of document ``doc``, as a relation's ``evidence`` tuple."""
    from conflictkg.graph.model import Evidence

    return (Evidence(doc, sentence, 0, len(sentence), rule, confidence),)


@lru_cache(maxsize=None)
def read(text: str, published: str = "2024-06-01") -> tuple:
    """The relations read from ``text``, read once per text and date."""
    return tuple(conflictkg.extract(text, published=published))


def _names(actor) -> set[str]:
    return {normalize_name(n) for n in (actor.name, *actor.aliases)}


def holds(text: str, s: str, p: str, o: str, negated: bool = False) -> bool:
    """Whether a relation read from ``text`` links ``s`` and ``o`` by ``p``, by any of their names."""
    return any(r.predicate == p and r.negated == negated and normalize_name(s) in _names(r.subject)
               and normalize_name(o) in _names(r.object) for r in read(text))


def got(text: str) -> list[tuple]:
    """What was read from ``text``, for assertion messages: (subject, predicate, object, negated, rule)."""
    return [(r.subject.name, r.predicate, r.object.name, r.negated, r.rule) for r in read(text)]


def assert_read(case: tuple, read_it: bool = True) -> None:
    """``case`` is (text, subject, predicate, object[, negated]): assert the relation is read from the text
    (or, with ``read_it=False``, that it is not)."""
    text, s, p, o, *neg = case
    negated = bool(neg and neg[0])
    if read_it:
        assert holds(text, s, p, o, negated), f"{(s, p, o, negated)} not read from {text!r}; got {got(text)}"
    else:
        assert not holds(text, s, p, o, negated), f"{(s, p, o, negated)} wrongly read from {text!r}; got {got(text)}"


def parsed_before_relations(texts: list[str]) -> list:
    """The texts parsed and their names tagged, with the relation components left out: the state the name repairs and
    the resolver's readers see (for tests that compare a reader against a copy of its earlier code)."""
    from conflictkg.graph.pipeline import load_pipeline
    nlp = load_pipeline()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "news_sentences", "parser", "attribute_ruler", "lemmatizer",
                                  "repair_lemmas", "entity_ruler", "ner"]):
        return [nlp(text) for text in texts]


def resolved_refs(text: str, word: str) -> list[list[str]]:
    """The actors the resolver gives each occurrence of ``word`` (any case) in ``text``, before any relation is read:
    ``resolved_refs("Kenya sent troops. It said ...", "it") == [["Kenya"]]``."""
    from conflictkg.graph.pipeline import load_pipeline
    from conflictkg.graph.resolve import ACTOR, Resolver
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["conflict_relations"]):
        doc = nlp(text)
    res = Resolver(doc, nlp.get_pipe("conflict_relations").gazetteer)
    return [[r.actor.name for r in res.refs(t, ACTOR)] for t in doc if t.lower_ == word.lower()]
