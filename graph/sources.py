"""Where documents come from: files, folders, globs and stdin, read lazily as one stream.

A path is a file (read by the reader its extension names, see
:mod:`conflictkg.graph.readers`; another extension is sniffed), a folder (walked
recursively in name order, hidden entries skipped, taking the files whose extension has
a reader), a glob (``wire/**/*.jsonl``, expanded in sorted order) or ``-`` (stdin,
sniffed unless ``format`` names the reader).

A missing path, an unreadable file named here or a glob that matches nothing is an
:class:`~conflictkg.errors.InputError` at once, before any document is read. A bad
document inside the inputs (undecodable, empty, a bad JSON line, no text field, a bad
date, a page with no main text...) is a :class:`~conflictkg.errors.DocumentError` naming
the file and the line or entry: it is passed to ``on_skip``, kept in
:attr:`DocumentStream.skipped` and skipped, or, with ``strict=True``, raised.

>>> from conflictkg.graph.sources import iter_documents
>>> stream = iter_documents(["articles/", "wire.jsonl"], published="2024-12-06")  # doctest: +SKIP
>>> titles = [doc.title for doc in stream]                                         # doctest: +SKIP
>>> stream.read, len(stream.skipped), stream.duplicates                            # doctest: +SKIP
(1250, 3, 0)
"""

from __future__ import annotations

import contextlib
import glob
import gzip
import io
import os
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, ContextManager, Iterable, Iterator, Mapping

from conflictkg.errors import DocumentError, InputError
from conflictkg.graph.model import Document
from conflictkg.graph.readers import Fields, ReadOptions, Reader, for_path, get, sniff
from conflictkg.graph.text import check_date

__all__ = ["DocumentStream", "iter_documents", "Fields", "STDIN"]

STDIN = "-"


class _Rewound(io.RawIOBase):
    """A stream that replays ``head`` (already read, to sniff) before the rest of ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


@dataclass(frozen=True)
class _Input:
    """One file (or stdin) to read, with its reader if already known."""

    name: str
    path: Path | None  # None: stdin
    reader: Reader | None = None

    def open(self) -> ContextManager[IO[bytes]]:
        if self.path is None:
            return contextlib.nullcontext(sys.stdin.buffer)
        if self.path.suffix.lower() == ".gz":
            return gzip.open(self.path, "rb")
        return open(self.path, "rb")

    def items(self, options: ReadOptions) -> Iterator[Document | DocumentError]:
        try:
            with self.open() as stream:
                reader = self.reader
                if reader is None:
                    head = stream.read(4096)
                    reader = sniff(head)
                    stream = io.BufferedReader(_Rewound(head, stream))
                yield from reader.read(self.name, stream, options)
        except (OSError, EOFError, zlib.error) as exc:
            yield DocumentError(self.name, f"cannot read ({getattr(exc, 'strerror', None) or exc})")


@dataclass(frozen=True)
class _Folder:
    """A folder to walk."""

    path: Path

    def items(self, options: ReadOptions) -> Iterator[Document | DocumentError]:
        yield from _walk(self.path, options)


def _walk(folder: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    """The documents of every file with a reader under ``folder``, in name order; hidden entries skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield DocumentError(str(folder), f"cannot list the folder ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)  # a linked folder could loop
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, options)
            continue
        reader = for_path(path)
        if reader is not None:
            yield from _Input(str(path), path, reader).items(options)


_GLOB = re.compile(r"[*?\[]")


def _inputs(paths: Iterable[Any], format: Reader | None) -> Iterator[Document | _Input | _Folder]:
    """The inputs of ``paths``, each path checked as it is reached (see :func:`iter_documents`)."""
    stdin = False
    for item in paths:
        if isinstance(item, Document):
            yield item
            continue
        name = os.fspath(item)
        if name == STDIN:
            if stdin:
                raise InputError("- (stdin) is given twice")
            stdin = True
            yield _Input("<stdin>", None, format)
            continue
        yield from _path_inputs(name, format)


def _path_inputs(name: str, format: Reader | None) -> list[_Input | _Folder]:
    """What one path stands for: a file, a folder, or a glob's matches; :class:`InputError` if none."""
    path = Path(name)
    if not path.exists() and _GLOB.search(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            raise InputError(f"{name}: no files match")
        return [_Folder(Path(m)) if os.path.isdir(m) else _Input(m, Path(m), format or for_path(m)) for m in matches]
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputError(f"{path}: cannot read the folder (permission denied)")
        return [_Folder(path)]
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: cannot read (permission denied)")
    return [_Input(name, path, format or for_path(path))]


class DocumentStream(Iterator[Document]):
    """The documents of some inputs, read lazily, one at a time; what was skipped and why.

    ``read`` counts the documents yielded so far; ``skipped`` lists a
    :class:`DocumentError` for each bad document met so far; ``duplicates`` counts the
    documents passed over because the same text (the same id) came before.
    """

    def __init__(self, inputs: Iterable[Any], options: ReadOptions, strict: bool,
                 on_skip: Callable[[DocumentError], None] | None, names: tuple[str, ...] = ()) -> None:
        self.names = names  # the paths given, for messages
        self.read = 0
        self.duplicates = 0
        self.skipped: list[DocumentError] = []
        self._options, self._strict, self._on_skip = options, strict, on_skip
        # id -> hash of the text: about 100 bytes a document, not the text itself.
        self._seen: dict[str, int] = {}
        self._items = self._generate(inputs)

    def __iter__(self) -> "DocumentStream":
        return self

    def __next__(self) -> Document:
        return next(self._items)

    def _skip(self, problem: DocumentError) -> None:
        self.skipped.append(problem)
        if self._strict:
            raise problem
        if self._on_skip is not None:
            self._on_skip(problem)

    def _generate(self, inputs: Iterable[Any]) -> Iterator[Document]:
        for item in inputs:
            results = [item] if isinstance(item, Document) else item.items(self._options)
            for result in results:
                if isinstance(result, DocumentError):
                    self._skip(result)
                    continue
                digest = hash(result.text)
                seen = self._seen.get(result.id)
                if seen is None:
                    self._seen[result.id] = digest
                    self.read += 1
                    yield result
                elif seen == digest:
                    self.duplicates += 1  # the same text again (a story in two feeds): read once
                else:
                    # Two texts under one id would mix their evidence offsets: the second is refused.
                    self._skip(DocumentError(result.source or "a document",
                                             f"the id {result.id!r} is already another document's"))


def iter_documents(
    paths: Iterable[str | os.PathLike | Document] | str | os.PathLike,
    *,
    published: str | None = None,
    fields: Fields | Mapping[str, Any] | None = None,
    format: str | None = None,
    strict: bool = False,
    on_skip: Callable[[DocumentError], None] | None = None,
) -> DocumentStream:
    """The documents of files, folders (recursively), globs and ``-`` (stdin), read lazily.

    ``published`` (YYYY-MM-DD) dates the documents whose metadata give no date;
    ``fields`` maps JSON Lines and CSV records (a :class:`Fields` or a dict such as
    ``{"text": "body", "date": "pubDate"}``); ``format`` names the reader for stdin and for the
    files named here (default: by extension, else sniffed). The paths of a list or tuple are
    checked now (those of any other iterable as they are reached): a missing one raises
    :class:`InputError` before anything is read. A bad document is
    skipped and passed to ``on_skip`` (``strict``: raised as :class:`DocumentError`).

    >>> stream = iter_documents(["feeds/", "wire.jsonl"], fields={"text": "body"})   # doctest: +SKIP
    >>> for doc in stream:                                                           # doctest: +SKIP
    ...     print(doc.id, doc.published, doc.title)
    """
    if isinstance(paths, (str, os.PathLike, Document)):
        paths = [paths]
    if fields is None:
        fields = Fields()
    elif not isinstance(fields, Fields):
        fields = Fields.from_options(**dict(fields))
    options = ReadOptions(check_date(published, "--published"), fields)
    reader = get(format) if format else None
    inputs = _inputs(paths, reader)
    names: tuple[str, ...] = ()
    if isinstance(paths, (list, tuple)):
        inputs = list(inputs)  # every path checked before the first document is read
        names = tuple(os.fspath(p) for p in paths if not isinstance(p, Document))
    return DocumentStream(inputs, options, strict, on_skip, names)
