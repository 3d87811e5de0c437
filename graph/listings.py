"""Listings in sanctions and designation releases: a header, then one bulleted item per target.

A release names its action once and lists the targets after a header that names no actor::

    Today, OFAC sanctioned four individuals and one company that finance X.

    Among those sanctioned today:
    - N, a money changer who ...
    - Y Trading, a firm that ...

Each item opens with its target's name; the one acting is whoever the release said sanctioned (or designated)
before the header, and that clause's verb says which (``listing_header_words``); an item whose first word is no
name (a description, a number) is read as nothing.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span, Token

from conflictkg.graph.columns import children_of
from conflictkg.graph.lexicon import LISTING_HEADER_WORDS
from conflictkg.graph.resolve import ACTOR, Ref, Resolver
from conflictkg.graph.rules import Candidate, clause_subjects, np_refs
from conflictkg.graph.segment import BULLET_ITEM, doc_sents, doc_text
from conflictkg.graph.statements import _line_start, _marker

__all__ = ["listed_targets"]

_LOOK_BACK = 6  # sentences before a header where the release's action may be told


def listed_targets(doc: Doc, res: Resolver) -> Iterator[Candidate]:
    """Candidates for the bulleted items under each listing header of ``doc``."""
    sents = list(doc_sents(doc))
    for n, sent in enumerate(sents):
        if not _header(sent, res):
            continue
        predicate, actors = _action(sents[max(0, n - _LOOK_BACK):n], res)
        if not actors:
            continue
        for item in _items(sents[n + 1:]):
            first = _first_word(item)
            target = _target(first, res) if first is not None else []
            if target:
                yield Candidate(actors, predicate, target, first, "listing:header-items", 0.75, clausal=False)


def _header(sent: Span, res: Resolver) -> bool:
    """Whether a sentence is a listing header: it ends with ":", names no actor (a line naming one is an issuer's
    header, read in statements.py) and holds a listing word ("sanctioned", "designations") not denied."""
    if not sent.text.rstrip().endswith(":") or any(res.named(t) is not None for t in sent):
        return False
    return any(tok.lemma_.lower() in LISTING_HEADER_WORDS and not any(c.dep_ == "neg" for c in children_of(tok))
               for tok in sent)


def _action(before: list[Span], res: Resolver) -> tuple[str, list[Ref]]:
    """The release's action told last before the header, and who takes it: "OFAC is sanctioning five
    individuals" (releases say "designated" and "sanctioned" of the same targets; the action's own verb says
    which). No actor where no such clause has a subject that is one."""
    for sent in reversed(before):
        for verb in reversed(list(sent)):
            predicate = LISTING_HEADER_WORDS.get(verb.lemma_.lower())
            if predicate is None or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in children_of(verb)):
                continue
            refs = [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)]
            if refs:
                return predicate, refs
    return "", []


def _items(after: list[Span]) -> Iterator[Span]:
    """The bulleted or numbered items right after a header, up to the first sentence that opens a line without
    a bullet (sentences that go on an item's line belong to it)."""
    for sent in after:
        start = next((t for t in sent if not _marker(t)), None)
        if start is None or not _line_start(start):  # (a bullet the segmenter left alone; an item's next sentence)
            continue
        text = doc_text(sent.doc)
        if not BULLET_ITEM.match(text, text.rfind("\n", 0, start.idx) + 1):
            return  # a new line with no bullet: the list is over
        yield sent


def _first_word(item: Span) -> Token | None:
    """The first word of an item (after its bullet or number, and an article: "- The X Front, ...")."""
    return next((t for t in item if not (_marker(t) or t.pos_ == "DET")), None)


def _target(first: Token, res: Resolver) -> list[Ref]:
    """The actor an item opens with, by name and whole (the name ends at a comma, a bracket or the item's end:
    a name cut short by the tagger, "N1 N2 | N3, a money changer", would list someone else); nothing for an
    item opening with anything else."""
    after = first.nbor(1) if first.i + 1 < len(first.doc) else None
    if res.named(first) is None or after is not None and not (after.is_punct or after.is_space):
        return []
    return [r for r in res.refs(first, ACTOR) if r.actor.type != "LOCATION"]
