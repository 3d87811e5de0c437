"""One document's token attributes as plain Python lists, each read from the ``Doc`` once.

The relation component's readers find the few tokens worth a ``Token`` object by scanning a whole
column first (every lowered form for the anaphors the resolver walks, every lemma for a denial, every
dependency for the subjects): ``Doc.to_array(...).tolist()``. A dozen readers scan the same few columns
of the same document, and a column costs as much to take as a few hundred ``Token`` objects (its
64-bit hashes are made Python ints anew each time). :class:`DocColumns` takes each column once, when
first asked for, and hands every reader the same list.

The same readers walk the parse tree through ``Token.children``, a generator that makes a new ``Token``
for every dependent at every call, thousands of times over the same few heads. While the relation
component reads a document (:func:`reading`), :func:`children_of` hands out each head's dependents as one
tuple, made at the first call.

Some readers scan a stretch of tokens for the few of some forms (the quotation marks before a word, the rebel
nouns of the sentences before it), making a ``Token`` of every word on the way, at every call.
:meth:`DocColumns.positions` lists where the tokens of given forms stand, once per document, and such a reader
makes a ``Token`` only of those (:func:`columns_of` gives a reader the columns of the document being read).

A column holds while the document's tokens are unchanged: the relation component changes none (the
resolver holds one ``DocColumns`` for its document); a component that retokenizes or relabels must not
read a ``DocColumns`` made before it did.

>>> import spacy
>>> from spacy.attrs import LOWER
>>> doc = spacy.blank("en")("Rebels took the town.")
>>> columns = DocColumns(doc)
>>> columns.column(LOWER) == doc.to_array(LOWER).tolist()
True
>>> columns.column(LOWER) is columns.column(LOWER)
True
>>> columns.heads
[0, 1, 2, 3, 4]
>>> with reading(columns):
...     children_of(doc[1]) is children_of(doc[1])
True
>>> children_of(doc[1]) == tuple(doc[1].children)
True
>>> columns.positions(LOWER, frozenset({"the", "town"}))
[2, 3]
>>> from spacy.attrs import ORTH
>>> columns.where(ORTH, str.istitle)
[0]
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from spacy.attrs import HEAD
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["DocColumns", "children_of", "columns_of", "reading"]


class DocColumns:
    """The attribute columns of one ``Doc`` (lists of ints, token order), each taken once when first asked for."""

    __slots__ = ("doc", "_columns", "_heads", "_children", "_positions")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._columns: dict[int, list[int]] = {}
        self._heads: list[int] | None = None
        self._children: dict[int, tuple[Token, ...]] = {}  # head index -> its dependents (see children_of)
        self._positions: dict[tuple, list[int]] = {}  # (attribute, forms or test) -> where they stand

    def column(self, attr: int) -> list[int]:
        """The value of attribute ``attr`` (a ``spacy.attrs`` id) at every token: ``doc.to_array(attr).tolist()``.
        The list is shared by every reader: read it, never change it."""
        found = self._columns.get(attr)
        if found is None:
            found = self._columns[attr] = self.doc.to_array(attr).tolist()
        return found

    def rows(self, *attrs: int) -> list[tuple[int, ...]]:
        """The values of ``attrs`` at every token, one tuple a token: ``doc.to_array(list(attrs)).tolist()``
        with tuples for lists, from the shared columns."""
        return list(zip(*map(self.column, attrs)))

    def positions(self, attr: int, forms: frozenset[str]) -> list[int]:
        """The indexes, in order, of the tokens whose attribute ``attr`` (a string attribute: ``ORTH``, ``LOWER``,
        ``LEMMA`` ...) is one of ``forms``: ``[t.i for t in doc if t.lower_ in forms]`` for ``LOWER``, with no
        Token made, listed once per document and set of forms. Shared by every reader: never change it."""
        key = (attr, forms)
        found = self._positions.get(key)
        if found is None:
            wanted = {get_string_id(form) for form in forms}
            found = self._positions[key] = [i for i, value in enumerate(self.column(attr)) if value in wanted]
        return found

    def where(self, attr: int, test: Callable[[str], bool]) -> list[int]:
        """The indexes, in order, of the tokens whose attribute ``attr`` (a string attribute), as a string, passes
        ``test``: ``[t.i for t in doc if test(t.text)]`` for ``ORTH``, with no Token made and each distinct value
        tested once, listed once per document and test (a function of the module's own: the same at every call)."""
        key = (attr, test)
        found = self._positions.get(key)
        if found is None:
            strings, passes = self.doc.vocab.strings, {}
            for value in self.column(attr):
                if value not in passes:
                    passes[value] = test(strings[value])
            found = self._positions[key] = [i for i, value in enumerate(self.column(attr)) if passes[value]]
        return found

    @property
    def heads(self) -> list[int]:
        """The index of every token's syntactic head (a root's is its own): ``[t.head.i for t in doc]``, with no
        Token made."""
        if self._heads is None:  # (HEAD is stored as an unsigned offset from the token)
            offsets = self.doc.to_array(HEAD).astype("int64").tolist()
            self._heads = [i + offset for i, offset in enumerate(offsets)]
        return self._heads


# The columns of the document being read (see ``reading``): one at a time, as the relation component runs.
_READING: list[DocColumns | None] = [None]


@contextmanager
def reading(columns: DocColumns) -> Iterator[DocColumns]:
    """While the block runs, :func:`children_of` answers from ``columns`` for the tokens of its document (whose
    parse must not change in the block); before and after, and for any other document, as ``Token.children``."""
    before, _READING[0] = _READING[0], columns
    try:
        yield columns
    finally:
        _READING[0] = before


def columns_of(doc: Doc) -> DocColumns:
    """The columns of ``doc``: those of the document being read (:func:`reading`), shared by its readers; for any
    other document new ones."""
    columns = _READING[0]
    return columns if columns is not None and columns.doc is doc else DocColumns(doc)


def children_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``: the token's syntactic dependents, left to right. For a token of the document being
    read (:func:`reading`) the same tuple at every call, made once; for any other token made anew."""
    columns = _READING[0]
    if columns is None or token.doc is not columns.doc:
        return tuple(token.children)
    i = token.i
    found = columns._children.get(i)
    if found is None:
        found = columns._children[i] = tuple(token.children)
    return found
