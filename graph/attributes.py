"""An exact, faster stand-in for the model's own ``attribute_ruler``.

spaCy's :class:`~spacy.pipeline.AttributeRuler` runs a :class:`~spacy.matcher.Matcher` of
all its patterns (``en_core_web_sm``: 179, mostly "this tag gets this POS and morphology")
over every token of every Doc: some 16 microseconds a token, 7% of what the bare model
costs. Its patterns are plain token tests (a value, ``IN``, ``NOT_IN``, ``REGEX``) on a few
string attributes, so the patterns that hold at a token depend only on that token's values
of those attributes, and the same few thousand combinations recur in every text.
:class:`IndexedAttributeRuler` tests each distinct combination once (remembered across Docs)
and applies the ruler's own attributes, in the ruler's order (a later pattern wins), so it
sets exactly what the ruler sets. A ruler with any other kind of pattern (operators such as
``OP``, other attributes or predicates) is left in place.

>>> nlp = spacy.load("en_core_web_sm")                       # doctest: +SKIP
>>> use_indexed_attribute_ruler(nlp)                         # doctest: +SKIP
True
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a pattern may test here: each a hash of a string in the Doc's arrays.
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "SHAPE")
# Lexical flags, 0 or 1 in the arrays.
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER")

Test = Callable[[object], bool]
_MEMO_SIZE = 200_000  # distinct combinations of tested values remembered before the memo starts afresh
_NONE: frozenset = frozenset()


def _value_test(attr: str, spec: object) -> Test | None:
    """A test of one attribute's value (a string, or a bool for a flag) as the Matcher reads ``spec``."""
    if attr in _FLAG_ATTRS:
        return (lambda v, s=bool(spec): v == s) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        return lambda v, s=spec: v == s
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN" and isinstance(arg, list):
            return lambda v, s=frozenset(arg): v in s
        if op == "NOT_IN" and isinstance(arg, list):
            return lambda v, s=frozenset(arg): v not in s
        if op == "REGEX" and isinstance(arg, str):
            return lambda v, r=re.compile(arg): r.search(v) is not None
    return None


class IndexedAttributeRuler:
    """What an :class:`~spacy.pipeline.AttributeRuler` sets, each distinct combination of the values its patterns
    test matched once. Made empty by its factory; :meth:`load` gives it the ruler to stand in for."""

    def __init__(self) -> None:
        self.ruler: AttributeRuler | None = None
        self.columns: list[int] = []
        self.flags: list[bool] = []
        self.specs: list[list[tuple[int, list[tuple]]]] = []
        self._passes: dict[tuple, tuple] = {}     # a token's values -> what holds there (see _tests), up to _MEMO_SIZE
        self._merged: dict[tuple, dict] = {}      # the patterns that set a token -> the attributes they set

    def load(self, ruler: AttributeRuler) -> bool:
        """Stand in for ``ruler``; ``False`` (and nothing changed) if one of its patterns tests what this cannot."""
        compiled = _compile(ruler)
        if compiled is None:
            return False
        attrs, self.specs = compiled
        self.ruler = ruler
        self.columns = [IDS[a] for a in attrs]
        self.flags = [a in _FLAG_ATTRS for a in attrs]
        self._passes.clear()
        self._merged.clear()
        return True

    def _tests(self, row: tuple, strings) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...], frozenset]:
        """At a token with the values ``row``: the one-token patterns that hold (in the ruler's order), the longer
        patterns' alternatives whose first token holds, and the (pattern, alternative, position) of theirs that hold."""
        values = [bool(v) if flag else strings[v] for v, flag in zip(row, self.flags)]
        holds = {(k, a, p) for k, alts in enumerate(self.specs) for a, (_, tokens) in enumerate(alts)
                 for p, tests in enumerate(tokens) if all(test(values[col]) for col, test in tests)}
        single = tuple(sorted({k for k, a, _ in holds if len(self.specs[k][a][1]) == 1}))
        starts = tuple(sorted((k, a) for k, a, p in holds if p == 0 and len(self.specs[k][a][1]) > 1))
        parts = frozenset((k, a, p) for k, a, p in holds if len(self.specs[k][a][1]) > 1)
        return single, starts, parts or _NONE

    def __call__(self, doc: Doc) -> Doc:
        if self.ruler is None or not len(doc):
            return doc
        strings = doc.vocab.strings
        memo = self._passes
        passes = []
        for row in map(tuple, doc.to_array(self.columns).tolist()):
            got = memo.get(row)
            if got is None:
                if len(memo) >= _MEMO_SIZE:  # a bound on memory over a long corpus: start afresh
                    memo.clear()
                got = memo[row] = self._tests(row, strings)
            passes.append(got)
        # token position -> the patterns that set it, as the Matcher finds them
        setters: dict[int, set[int]] = {}
        for i, (single, starts, _) in enumerate(passes):
            if single:
                setters.setdefault(i, set()).update(single)
            for k, a in starts:
                index, tokens = self.specs[k][a]
                n = len(tokens)
                if i + n <= len(passes) and all((k, a, p) in passes[i + p][2] for p in range(1, n)):
                    setters.setdefault(i + (index if index >= 0 else n + index), set()).add(k)
        merged = self._merged
        for i, ks in setters.items():
            key = tuple(sorted(ks))
            attrs = merged.get(key)
            if attrs is None:
                attrs = merged[key] = {}
                for k in key:  # the ruler's order: a later pattern's value wins, as the ruler applies them
                    attrs.update(self.ruler.attrs[k])
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc


def _compile(ruler: AttributeRuler) -> tuple[list[str], list] | None:
    """The attributes ``ruler``'s patterns test and, per pattern, its alternatives as (index of the token it sets,
    one tuple of (column, test) per token); ``None`` if a pattern tests what this module cannot."""
    attrs: list[str] = []
    specs = []
    for k, pattern in enumerate(ruler.patterns):
        index = ruler.indices[k]
        alternatives = []
        for tokens in pattern["patterns"]:
            compiled = []
            for token in tokens:
                tests = []
                for attr, spec in token.items():
                    attr = attr.upper()
                    test = _value_test(attr, spec) if attr in _STRING_ATTRS + _FLAG_ATTRS else None
                    if test is None:
                        return None
                    if attr not in attrs:
                        attrs.append(attr)
                    tests.append((attrs.index(attr), test))
                compiled.append(tuple(tests))
            if not compiled or not -len(compiled) <= index < len(compiled):
                return None
            alternatives.append((index, compiled))
        specs.append(alternatives)
    return attrs, specs


@Language.factory("indexed_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler()


def use_indexed_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Put an :class:`IndexedAttributeRuler` in place of ``nlp``'s AttributeRuler ``name``; ``False`` if there is
    none or one of its patterns is of a kind the indexed ruler does not read (the ruler then stays)."""
    if name not in nlp.pipe_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    ruler = nlp.get_pipe(name)
    if _compile(ruler) is None:
        return False
    nlp.replace_pipe(name, "indexed_attribute_ruler").load(ruler)
    return True
