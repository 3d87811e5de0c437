"""The construction engine: a language's ``constructions/*.jsonl`` compiled into one ``DependencyMatcher``.

Each construction is a dependency pattern whose first node is the ``trigger``; its
``subject`` and ``object`` say which matched node each end is read from and how
(see :func:`conflictkg.graph.lang.parse_argument`)::

    {"id": "talks:hold-with", "predicate": "negotiates_with",
     "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["hold"]}}},
                 {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "talks", "RIGHT_ATTRS": {"LOWER": "talks"}}],
     "subject": "subj:trigger", "object": "slot:talks:prep:with", ...}

The matched tokens become actors through the resolver (``np_refs``), so every
construction reads names, generic heads ("Veltrian troops") and anaphors alike, and
each candidate records the construction's id as its rule.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from conflictkg.errors import LanguageDataError
from conflictkg.graph.lang import Construction, LanguageData, parse_argument
from conflictkg.graph.resolve import ACTOR, PLACE, Ref, Resolver
from conflictkg.graph.rules import Candidate, _slot, clause_subjects, np_refs

__all__ = ["ConstructionMatcher"]


class ConstructionMatcher:
    """Finds every construction of a language in a parsed ``Doc`` and reads its candidates.

    >>> from conflictkg.graph.lang import load_language
    >>> import spacy
    >>> matcher = ConstructionMatcher(spacy.blank("en").vocab, load_language("en"))
    >>> len(matcher) > 0
    True
    """

    def __init__(self, vocab: Vocab, data: LanguageData) -> None:
        self.data = data
        self.constructions: dict[str, Construction] = {c.id: c for c in data.constructions}
        self.matcher = DependencyMatcher(vocab, validate=True)
        self._nodes: dict[str, list[str]] = {}
        for c in data.constructions:
            pattern = data.expand(c.pattern)
            try:
                self.matcher.add(c.id, [pattern])
            except (ValueError, KeyError) as exc:
                raise LanguageDataError(f"{data.path}/constructions: {c.id}: bad pattern: {exc}") from None
            self._nodes[c.id] = [n["RIGHT_ID"] for n in pattern]

    def __len__(self) -> int:
        return len(self.constructions)

    def __call__(self, doc: Doc, res: Resolver) -> list[Candidate]:
        found: dict[int, list[tuple[int, Candidate]]] = defaultdict(list)
        seen: set[tuple] = set()
        for match_id, token_ids in self.matcher(doc):
            cid = doc.vocab.strings[match_id]
            c = self.constructions[cid]
            nodes = {name: doc[i] for name, i in zip(self._nodes[cid], token_ids)}
            for cand in self._candidates(c, nodes, res):
                key = (cid, cand.trigger.i, cand.predicate, tuple(cand.subjects), tuple(cand.objects))
                if key not in seen:
                    seen.add(key)
                    found[cand.trigger.i].append((c.priority, cand))
        out: list[Candidate] = []
        for readings in found.values():
            top = max(p for p, _ in readings)
            out.extend(cand for p, cand in readings if p == top)
        return out

    def _candidates(self, c: Construction, nodes: dict[str, Token], res: Resolver):
        trigger = nodes["trigger"]
        predicate = c.predicate
        if predicate.startswith("@"):
            table = self.data.maps[predicate[1:]]
            predicate = table.get(trigger.lemma_.lower()) or table.get(trigger.lower_)
            if predicate is None:
                return
        if any(_argument(spec, nodes, res, ACTOR) for spec in c.unless):
            return
        subjects = _first(c.subject, nodes, res, c.subject_role, c.subject_types)
        if c.pairwise:
            subjects, objects = subjects[:1], subjects[1:]
        else:
            objects = _first(c.object, nodes, res, c.object_role, c.object_types)
        objects = [o for o in objects if o not in subjects]
        if subjects and objects:
            yield Candidate(subjects, predicate, objects, trigger, c.id, c.confidence,
                            negated=c.negated, former=c.former, clausal=c.clausal)
            if c.mutual:
                yield Candidate(objects, predicate, subjects, trigger, c.id, c.confidence,
                                negated=c.negated, former=c.former, clausal=c.clausal)


def _first(specs: tuple[str, ...], nodes: dict[str, Token], res: Resolver, role: str,
           types: tuple[str, ...]) -> list[Ref]:
    """The actors of the first argument that yields any (of the allowed types)."""
    for spec in specs:
        refs = _argument(spec, nodes, res, PLACE if role == "place" else ACTOR)
        if types:
            refs = [r for r in refs if r.actor.type in types]
        if refs:
            return refs
    return []


def _argument(spec: str, nodes: dict[str, Token], res: Resolver, role: str) -> list[Ref]:
    kind, node, slot = parse_argument(spec)
    tok = nodes[node]
    if kind == "np":
        return np_refs(tok, res, role)
    if kind == "subj":
        out: list[Ref] = []
        for t in clause_subjects(tok):
            out.extend(r for r in np_refs(t, res, role) if r not in out)
        return out
    return _slot(tok, slot, res, role)
