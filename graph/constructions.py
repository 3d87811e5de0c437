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

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from conflictkg.errors import LanguageDataError
from conflictkg.graph.lang import Construction, LanguageData, parse_argument
from conflictkg.graph.resolve import ACTOR, PARTIES_ACTOR, PLACE, Ref, Resolver
from conflictkg.graph.rules import Candidate, _governor, _preps, _slot, clause_subjects, np_refs

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
        self.constructions: tuple[Construction, ...] = data.constructions
        # A DependencyMatcher costs time for every node pattern it holds, on every token. So the triggers
        # are found first, by one token Matcher, and each pattern's own DependencyMatcher then reads only
        # the sentences where its trigger occurs.
        self.triggers = Matcher(vocab, validate=True)
        self.matchers: dict[str, DependencyMatcher] = {}
        self._keys: dict[str, tuple[int, list[str]]] = {}  # matcher key -> (construction, node names)
        # construction -> the words that, modifying its trigger, rule it out
        self._modifiers: dict[int, frozenset[str]] = {k: frozenset(w.lower() for w in data.expand([list(c.unless_modified)])[0])
                                                      for k, c in enumerate(data.constructions) if c.unless_modified}
        for k, c in enumerate(data.constructions):
            for n, alternative in enumerate(c.pattern):
                pattern = data.expand(alternative)
                key = f"{c.id}#{k}.{n}"
                self.matchers[key] = DependencyMatcher(vocab, validate=True)
                try:
                    self.matchers[key].add(key, [pattern])
                    self.triggers.add(key, [[pattern[0]["RIGHT_ATTRS"]]])
                except (ValueError, KeyError) as exc:
                    raise LanguageDataError(f"{data.path}/constructions: {c.id}: bad pattern: {exc}") from None
                self._keys[key] = (k, [node["RIGHT_ID"] for node in pattern])
        self._order = {key: n for n, key in enumerate(self.matchers)}

    def matches(self, doc: Doc) -> list[tuple[str, list[int]]]:
        """Every (pattern key, token indices in pattern order) of the constructions in ``doc``."""
        wanted: dict[int, set[str]] = defaultdict(set)  # sentence start -> keys whose trigger it holds
        for match_id, start, _ in self.triggers(doc):
            wanted[doc[start].sent.start].add(doc.vocab.strings[match_id])
        out = []
        for sent in doc.sents:
            if sent.start not in wanted:
                continue
            piece = sent.as_doc()
            for key in sorted(wanted[sent.start], key=self._order.__getitem__):
                out.extend((key, [sent.start + i for i in ids]) for _, ids in self.matchers[key](piece))
        return out

    def __len__(self) -> int:
        return len(self.constructions)

    def __call__(self, doc: Doc, res: Resolver) -> list[Candidate]:
        found: dict[int, list[tuple[int, Candidate]]] = defaultdict(list)
        seen: set[tuple] = set()
        for key, token_ids in self.matches(doc):
            k, names = self._keys[key]
            c = self.constructions[k]
            nodes = {name: doc[i] for name, i in zip(names, token_ids)}
            for cand in self._candidates(c, nodes, res, self._modifiers.get(k, frozenset())):
                key = (k, cand.trigger.i, cand.predicate, tuple(cand.subjects), tuple(cand.objects))
                if key not in seen:
                    seen.add(key)
                    found[cand.trigger.i].append((c.priority, cand))
        out: list[Candidate] = []
        for readings in found.values():
            top = max(p for p, _ in readings)
            out.extend(cand for p, cand in readings if p == top)
        return out

    def _candidates(self, c: Construction, nodes: dict[str, Token], res: Resolver, modifiers: frozenset[str] = frozenset()):
        trigger = nodes["trigger"]
        predicate = c.predicate
        if predicate.startswith("@"):
            table = self.data.maps[predicate[1:]]
            predicate = table.get(trigger.lemma_.lower()) or table.get(trigger.lower_)
            if predicate is None:
                return
        if any(_argument(spec, nodes, res, ACTOR) for spec in c.unless):
            return
        if any(w.dep_ == "neg" for node in c.unless_negated if node in nodes for w in nodes[node].children):
            return
        if modifiers and any(w.i < trigger.i and w.lower_ in modifiers for w in trigger.children):
            return
        subjects = _first(c.subject, nodes, res, c.subject_role, c.subject_types, c.subject_as)
        if c.pairwise == "sides":  # "both sides agreed": the two sides of the article's conflict, with each other
            subjects = objects = subjects if len(subjects) == 1 and subjects[0].kind == "distributive" else []
        else:
            if c.pairwise:
                subjects, objects = subjects[:1], subjects[1:]
            else:
                objects = _first(c.object, nodes, res, c.object_role, c.object_types, c.object_as)
            objects = [o for o in objects if o not in subjects]
        if "subject" in c.first:
            subjects = subjects[:1]
        if "object" in c.first:
            objects = objects[:1]
        if subjects and objects:
            yield Candidate(subjects, predicate, objects, trigger, c.id, c.confidence,
                            designation=_designation(c.designation, nodes), negated=c.negated,
                            former=c.former, clausal=c.clausal)
            if c.mutual:
                yield Candidate(objects, predicate, subjects, trigger, c.id, c.confidence,
                                negated=c.negated, former=c.former, clausal=c.clausal)


def _first(specs: tuple[str, ...], nodes: dict[str, Token], res: Resolver, role: str,
           types: tuple[str, ...], stands_for: str = "self") -> list[Ref]:
    """The actors of the first argument that yields any (of the allowed types)."""
    for spec in specs:
        refs = _stand_for(_argument(spec, nodes, res, PLACE if role == "place" else ACTOR), stands_for, res)
        if types:
            refs = [r for r in refs if r.actor.type in types]
        if refs:
            return refs
    return []


def _stand_for(refs: list[Ref], how: str, res: Resolver) -> list[Ref]:
    """A person read as the government of the state he serves, or each actor as the body he leads."""
    if how == "government":
        refs = [Ref(res.government(st), r.kind) if r.actor.type == "PERSON" and (st := res.state_of(r.actor)) else r
                for r in refs]
    elif how == "led":
        refs = [Ref(body, r.kind) for r in refs if (body := res.led_by(r.actor)) is not None]
    return list(dict.fromkeys(refs))


def _argument(spec: str, nodes: dict[str, Token], res: Resolver, role: str) -> list[Ref]:
    kind, node, slot = parse_argument(spec)
    if kind == "parties":  # replaced by the article's negotiating pair when relations are read
        return [Ref(PARTIES_ACTOR, "parties")]
    tok = nodes.get(node)
    if tok is None:  # a node of another alternative
        return []
    if kind == "np":
        return np_refs(tok, res, role)
    if kind == "name":
        return res.refs(tok, role) if res.named(tok) is not None else []
    if kind == "slot":
        return _slot(tok, slot, res, role)
    if kind == "clause":  # the nearest clause above with a subject
        subjects = next((found for verb in tok.ancestors if verb.pos_ in ("VERB", "AUX")
                         and (found := clause_subjects(verb))), [])
    else:
        verb = tok if kind == "subj" else _governor(tok)
        subjects = clause_subjects(verb) if verb is not None else []
    out: list[Ref] = []
    for t in subjects:
        out.extend(r for r in np_refs(t, res, role) if r not in out)
    return out


def _designation(spec: str | None, nodes: dict[str, Token]) -> str | None:
    """The words of the phrase at ``spec`` ("terrorist organisations"), without determiners or possessors."""
    if spec is None:
        return None
    kind, node, slot = parse_argument(spec)
    tok = nodes.get(node)
    if tok is None:
        return None
    toks = [tok] if kind == "np" else _preps(tok, slot[5:]) if slot.startswith("prep:") else \
        [c for c in tok.children if c.dep_ == slot]
    words = [w.text for w in toks[0].subtree if w.dep_ not in ("det", "poss", "punct")] if toks else []
    return " ".join(words) or None
