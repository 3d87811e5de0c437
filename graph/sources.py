"""Reading corpora: files, folders, globs and stdin become a lazy stream of :class:`Document`.

One reader per format, registered by name and extension as the exporters are
(:mod:`conflictkg.exports`):

========  ==========================================  =====================================
reader    extensions (each also ``.gz``-compressed)    one document is
========  ==========================================  =====================================
text      ``.txt .md .text .markdown``                 the file
html      ``.html .htm .xhtml``                        the page's main text (trafilatura)
feed      ``.xml .rss .atom``                          an RSS or Atom entry (feedparser)
jsonl     ``.jsonl .ndjson``                           a line: a JSON object
csv, tsv  ``.csv``, ``.tsv``                           a row, under a header line
========  ==========================================  =====================================

A file named on the command line with another extension, and stdin (``-``), are
sniffed (a feed, a page, JSON Lines, else text) unless ``format`` names the reader.
Folders are walked recursively, in name order, hidden entries skipped, picking the
files whose extension has a reader.

A publication date comes from the document's own metadata where it has one (a page's
``<meta>`` or JSON-LD, a feed entry's date, a record's date field), normalised to
YYYY-MM-DD; else from ``published``. Ids are content hashes (the same text, the same
id) unless a JSON Lines or CSV record carries an id field.

A missing path, an unreadable file named on the command line or a glob that matches
nothing is an :class:`~conflictkg.errors.InputError` at once, before any document is
read. A bad document inside the inputs (undecodable, empty, a bad JSON line, no text
field, a bad date, a page with no main text...) becomes a
:class:`~conflictkg.errors.DocumentError` naming the file and the line or entry: it is
passed to ``on_skip``, kept in :attr:`DocumentStream.skipped` and skipped, or, with
``strict=True``, raised.

>>> from conflictkg.graph.sources import iter_documents
>>> stream = iter_documents(["articles/", "wire.jsonl"], published="2024-12-06")  # doctest: +SKIP
>>> titles = [doc.title for doc in stream]                                         # doctest: +SKIP
>>> stream.read, len(stream.skipped)                                               # doctest: +SKIP
(1250, 3)
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import email.utils
import glob
import gzip
import io
import json
import os
import re
import sys
import zlib
from dataclasses import dataclass, fields as dataclass_fields
from pathlib import Path
from xml.sax import SAXParseException
from typing import IO, Any, Callable, ContextManager, Iterable, Iterator, Mapping

from conflictkg.errors import DocumentError, FormatError, InputError
from conflictkg.graph.model import Document
from conflictkg.graph.text import check_date, clean_text, content_id, decode_text, default_title

__all__ = [
    "Fields", "Reader", "DocumentStream", "iter_documents", "register", "get", "available", "for_path",
    "iso_date", "html_to_text", "STDIN",
]

STDIN = "-"

# A whole article sits in one CSV field; the csv module's default limit (128 KiB) would refuse a long one.
csv.field_size_limit(2**31 - 1)


@dataclass(frozen=True)
class Fields:
    """Where a JSON Lines or CSV record keeps each part of a document.

    A dotted name reaches into nested JSON objects (``meta.published``); ``date`` is
    tried in order, the first non-empty value wins.

    >>> Fields.from_options(text="body", date="pubDate").date
    ('pubDate',)
    """

    text: str = "text"
    title: str = "title"
    url: str = "url"
    date: tuple[str, ...] = ("published", "date")
    id: str = "id"

    def __post_init__(self) -> None:
        if isinstance(self.date, str):  # Fields(date="pubDate") means one name, not five letters
            object.__setattr__(self, "date", (self.date,))

    @classmethod
    def from_options(cls, **names: str | Iterable[str] | None) -> "Fields":
        """Fields from keyword options; ``None`` keeps the default, ``date`` may list several names."""
        known = {f.name for f in dataclass_fields(cls)}
        values: dict[str, Any] = {}
        for key, value in names.items():
            if key not in known:
                raise InputError(f"unknown field option {key!r}; known: {', '.join(sorted(known))}")
            if value is None:
                continue
            if key == "date":
                value = (value,) if isinstance(value, str) else tuple(value)
                value = tuple(v.strip() for part in value for v in part.split(",") if v.strip())
            elif not str(value).strip():
                raise InputError(f"--{key}-field: a field name cannot be empty")
            values[key] = value
        return cls(**values)


@dataclass(frozen=True)
class _Options:
    published: str | None
    fields: Fields


ReadFunction = Callable[[str, IO[bytes], _Options], Iterator[Any]]


@dataclass(frozen=True)
class Reader:
    """A named input format: the extensions it claims and how it turns bytes into documents.

    ``read(name, stream, options)`` yields a :class:`Document` or a
    :class:`DocumentError` for each document of the stream; it never raises for bad content.
    """

    name: str
    extensions: tuple[str, ...]
    read: ReadFunction
    description: str = ""


_REGISTRY: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    """Add ``reader`` to the registry under its name."""
    _REGISTRY[reader.name] = reader
    return reader


def available() -> list[str]:
    """The registered reader names."""
    return list(_REGISTRY)


def get(name: str) -> Reader:
    """The reader registered as ``name``; :class:`FormatError` lists the others."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise FormatError(f"unknown input format {name!r}; available: {', '.join(available())}") from None


def for_path(path: str | os.PathLike) -> Reader | None:
    """The reader whose extension ends ``path`` (``.gz`` looked through), or ``None``.

    >>> for_path("wire/2024-12.jsonl.gz").name
    'jsonl'
    """
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    if not suffixes:
        return None
    for reader in _REGISTRY.values():
        if suffixes[-1] in reader.extensions:
            return reader
    return None


# ---------------------------------------------------------------------------------------------
# Dates


_ISO_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?=$|[T ])")
_NUMERIC = re.compile(r"[\d\s./-]+")


def iso_date(value: Any) -> str:
    """Normalise a publication date to YYYY-MM-DD, keeping the date as written (no time-zone shift).

    Takes ISO 8601 dates and date-times, RFC 822 dates (feeds, e-mail) and dates that spell
    out the month; refuses a purely numeric day/month order as ambiguous. Raises
    :class:`ValueError` with the reason.

    >>> iso_date("2024-12-06T23:30:00-05:00"), iso_date("Fri, 06 Dec 2024 23:30:00 -0500")
    ('2024-12-06', '2024-12-06')
    >>> iso_date("6 December 2024")
    '2024-12-06'
    """
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__}")
    s = value.strip()
    m = _ISO_PREFIX.match(s)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError as exc:
            raise ValueError(f"not a real date ({exc})") from None
    if _NUMERIC.fullmatch(s):
        raise ValueError("a numeric date other than YYYY-MM-DD is ambiguous")
    parts = email.utils.parsedate_tz(s)
    if parts and parts[0] and parts[1] and parts[2]:
        try:
            return dt.date(*parts[:3]).isoformat()
        except ValueError:
            pass
    from dateutil import parser as date_parser

    # Parsed against two different defaults: a part the text does not give shows up as a difference.
    try:
        a = date_parser.parse(s, default=dt.datetime(2000, 1, 1))
        b = date_parser.parse(s, default=dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        raise ValueError("not a date") from None
    if a.date() != b.date():
        raise ValueError("not a full date (year, month and day)")
    return a.date().isoformat()


# ---------------------------------------------------------------------------------------------
# Building documents


def _document(text: str, *, source: str, options: _Options, location: str | None = None, title: str = "",
              url: str = "", date: Any = None, id: str | None = None, date_field: str = "") -> Document | DocumentError:
    text = clean_text(text)
    if not text.strip():
        return DocumentError(source, "the document is empty", location)
    published = options.published
    if date not in (None, ""):
        try:
            published = iso_date(date)
        except ValueError as exc:
            where = f" in {date_field!r}" if date_field else ""
            return DocumentError(source, f"bad date {date!r}{where}: {exc}", location)
    title = clean_text(title).strip() if title else ""
    return Document(id=id or content_id(text), text=text, title=title or default_title(text), url=url.strip(),
                    published=published, source=f"{source}, {location}" if location else source)


_MISSING = object()


def _field(record: Mapping[str, Any], name: str) -> Any:
    """``record[name]``, or the value at a dotted path through nested objects; ``_MISSING`` if absent."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return _MISSING
        value = value[part]
    return value


def _record(record: Mapping[str, Any], source: str, location: str, options: _Options) -> Document | DocumentError:
    """A document from a JSON object or a CSV row, through the field mapping."""
    f = options.fields
    text = _field(record, f.text)
    if text is _MISSING or text is None:
        return DocumentError(source, f"no {f.text!r} field", location)
    if not isinstance(text, str):
        return DocumentError(source, f"the {f.text!r} field is a {type(text).__name__}, not text", location)
    if not text.strip():
        return DocumentError(source, f"the {f.text!r} field is empty", location)

    def string(name: str) -> str:
        value = _field(record, name)
        return "" if value is _MISSING or value is None else str(value)

    date, date_field = None, ""
    for name in f.date:
        value = _field(record, name)
        if value not in (_MISSING, None, ""):
            date, date_field = value, name
            break
    return _document(text, source=source, location=location, options=options, title=string(f.title),
                     url=string(f.url), date=date, date_field=date_field, id=string(f.id).strip() or None)


# ---------------------------------------------------------------------------------------------
# Readers


def _read_text(name: str, stream: IO[bytes], options: _Options) -> Iterator[Any]:
    try:
        text = decode_text(stream.read())
    except ValueError as exc:
        yield DocumentError(name, str(exc))
        return
    # A Markdown heading's marks are not part of the title.
    yield _document(text, source=name, options=options, title=default_title(text).lstrip("#").strip())


_TRAFILATURA_DATES = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def _read_html(name: str, stream: IO[bytes], options: _Options) -> Iterator[Any]:
    import trafilatura  # heavy (about 0.5 s): only when a page is read

    raw = stream.read()
    try:
        # Metadata only (<meta>, JSON-LD, <time>): no guessing a date from the URL or the text.
        page = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                           date_extraction_params=_TRAFILATURA_DATES)
    except Exception as exc:  # noqa: BLE001  trafilatura and lxml raise many kinds on broken markup
        yield DocumentError(name, f"cannot read the page ({type(exc).__name__}: {exc})")
        return
    text = getattr(page, "text", None) if page is not None else None
    if not text or not text.strip():
        yield DocumentError(name, "no main text found in the page")
        return
    # trafilatura puts one block (paragraph, heading, list item) a line; the pipeline reads
    # blank lines as paragraph breaks.
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    yield _document(text, source=name, options=options, title=page.title or "", url=page.url or "", date=page.date)


def _entry_text(entry: Mapping[str, Any]) -> str:
    """An entry's full content if it has one (the longest), else its summary; HTML reduced to text."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or ()]
    if not any(value.strip() for value, _ in candidates):
        detail = entry.get("summary_detail") or {}
        candidates = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    value, kind = max(candidates, key=lambda c: len(c[0]))
    return value if kind == "text/plain" else html_to_text(value)


def _read_feed(name: str, stream: IO[bytes], options: _Options) -> Iterator[Any]:
    import feedparser

    # Bytes, never a string: feedparser would take a string for a URL or a file name.
    parsed = feedparser.parse(stream.read())
    if not parsed.entries:
        if parsed.get("bozo") or not parsed.get("version"):
            why = parsed.get("bozo_exception")
            yield DocumentError(name, f"not an RSS or Atom feed ({why})" if why else "not an RSS or Atom feed")
        return  # a well-formed feed with no entries: nothing to read, nothing wrong
    # feedparser reads what it can of a broken feed; an entry left empty by the break says so.
    why = parsed.get("bozo_exception") if parsed.get("bozo") else None
    broken = f"; the feed is malformed ({why})" if isinstance(why, SAXParseException) else ""
    for n, entry in enumerate(parsed.entries, 1):
        title = html_to_text(entry.get("title") or "")
        location = f"entry {n}" + (f" ({title[:60]!r})" if title else "")
        text = _entry_text(entry)
        if not text.strip():
            yield DocumentError(name, f"the entry has no text (no content and no summary){broken}", location)
            continue
        raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
        date = raw_date
        if raw_date:
            try:
                date = iso_date(raw_date)
            except ValueError:
                # A form feedparser knows and we do not: its parse (in UTC) is the best there is.
                parsed_date = entry.get("published_parsed") or entry.get("updated_parsed")
                if parsed_date:
                    date = dt.date(*parsed_date[:3]).isoformat()
        yield _document(text, source=name, location=location, options=options, title=title,
                        url=entry.get("link") or "", date=date)


def _read_jsonl(name: str, stream: IO[bytes], options: _Options) -> Iterator[Any]:
    for n, raw in enumerate(stream, 1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        location = f"line {n}"
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield DocumentError(name, f"not UTF-8 (undecodable byte 0x{raw[exc.start]:02x} at column {exc.start + 1})", location)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(name, f"not valid JSON ({exc.msg} at column {exc.colno})", location)
            continue
        if not isinstance(record, dict):
            yield DocumentError(name, f"not a JSON object (a JSON {type(record).__name__})", location)
            continue
        yield _record(record, name, location, options)


_UNDECODED = re.compile(r"[\udc80-\udcff]")  # bytes that were not UTF-8, kept by surrogateescape


def _read_csv(name: str, stream: IO[bytes], options: _Options, delimiter: str = ",") -> Iterator[Any]:
    # surrogateescape: one bad byte spoils its row, not the whole file.
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    try:
        reader = csv.DictReader(text, delimiter=delimiter)
        try:
            header = reader.fieldnames
        except csv.Error as exc:
            yield DocumentError(name, f"malformed CSV header ({exc})", "line 1")
            return
        if not header:
            return
        if options.fields.text not in header:
            columns = ", ".join(repr(h) for h in header[:12])
            yield DocumentError(name, f"no {options.fields.text!r} column (the columns are {columns}); "
                                      f"name the text column with --text-field")
            return
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield DocumentError(name, f"malformed CSV ({exc}); the rest of the file is skipped", f"line {start}")
                return
            location = f"line {start}"
            if None in row:
                yield DocumentError(name, f"{len(header) + len(row[None])} fields, the header has {len(header)}", location)
                continue
            if any(_UNDECODED.search(v) for v in row.values() if isinstance(v, str)):
                yield DocumentError(name, "not UTF-8 (undecodable bytes in the row)", location)
                continue
            yield _record(row, name, location, options)
    finally:
        text.detach()  # the caller closes the underlying stream


def _read_tsv(name: str, stream: IO[bytes], options: _Options) -> Iterator[Any]:
    return _read_csv(name, stream, options, delimiter="\t")


register(Reader("text", (".txt", ".md", ".text", ".markdown"), _read_text, "UTF-8 text, one document a file"))
register(Reader("html", (".html", ".htm", ".xhtml"), _read_html, "a web page: its main text and metadata (trafilatura)"))
register(Reader("feed", (".xml", ".rss", ".atom"), _read_feed, "an RSS or Atom feed: one document an entry (feedparser)"))
register(Reader("jsonl", (".jsonl", ".ndjson"), _read_jsonl, "JSON Lines: one document a line"))
register(Reader("csv", (".csv",), _read_csv, "CSV with a header line: one document a row"))
register(Reader("tsv", (".tsv",), _read_tsv, "tab-separated values with a header line: one document a row"))


# ---------------------------------------------------------------------------------------------
# HTML fragments (feed entries) to text

_BLOCKS = ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
           "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "dl", "hr", "aside")
_PARA, _LINE = "\u2029", "\u2028"
_SPACES = re.compile(r"[ \t\n\r\f\v\xa0]+")


def html_to_text(markup: str) -> str:
    """Reduce an HTML fragment to text: block elements become paragraphs (blank lines), ``<br>`` a line break.

    >>> html_to_text("<p>Turkey backs <b>HTS</b>.</p><p>Second&nbsp;paragraph.</p>")
    'Turkey backs HTS.\\n\\nSecond paragraph.'
    """
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter("script", "style")):
        el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.text = _PARA + (el.text or "")
        el.tail = _PARA + (el.tail or "")
    for el in root.iter("br"):
        el.tail = _LINE + (el.tail or "")
    text = _SPACES.sub(" ", root.text_content())
    paragraphs = ("\n".join(line.strip() for line in para.split(_LINE) if line.strip()) for para in text.split(_PARA))
    return "\n\n".join(p for p in paragraphs if p)


# ---------------------------------------------------------------------------------------------
# Inputs: paths, folders, globs, stdin


def _sniff(head: bytes) -> Reader:
    """The reader for content of unknown kind, from its first bytes."""
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if s.startswith(b"<"):
        if re.search(rb"<(?:rss|feed|rdf:rdf)[\s>]", s):
            return _REGISTRY["feed"]
        if re.search(rb"<(?:!doctype html|html|head|body)[\s>]", s):
            return _REGISTRY["html"]
    elif s.startswith(b"{"):
        first = s.split(b"\n", 1)[0]
        with contextlib.suppress(ValueError):
            if isinstance(json.loads(first), dict):
                return _REGISTRY["jsonl"]
    return _REGISTRY["text"]


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

    def items(self, options: _Options) -> Iterator[Any]:
        try:
            with self.open() as stream:
                reader = self.reader
                if reader is None:
                    head = stream.read(4096)
                    reader = _sniff(head)
                    stream = io.BufferedReader(_Rewound(head, stream))
                yield from reader.read(self.name, stream, options)
        except (OSError, EOFError, zlib.error) as exc:
            yield DocumentError(self.name, f"cannot read ({getattr(exc, 'strerror', None) or exc})")


@dataclass(frozen=True)
class _Folder:
    path: Path

    def items(self, options: _Options) -> Iterator[Any]:
        yield from _walk(self.path, options)


def _walk(folder: Path, options: _Options) -> Iterator[Any]:
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


def _inputs(paths: Iterable[Any], format: Reader | None) -> Iterator[Any]:
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


def _path_inputs(name: str, format: Reader | None) -> list[Any]:
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
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return [_Input(name, path, format or for_path(path))]


class DocumentStream(Iterator[Document]):
    """The documents of some inputs, read lazily, one at a time; what was skipped and why.

    ``read`` counts the documents yielded so far; ``skipped`` lists a
    :class:`DocumentError` for each bad document met so far.
    """

    def __init__(self, inputs: Iterable[Any], options: _Options, strict: bool,
                 on_skip: Callable[[DocumentError], None] | None) -> None:
        self.read = 0
        self.skipped: list[DocumentError] = []
        self._options, self._strict, self._on_skip = options, strict, on_skip
        self._items = self._generate(inputs)

    def __iter__(self) -> "DocumentStream":
        return self

    def __next__(self) -> Document:
        return next(self._items)

    def _generate(self, inputs: Iterable[Any]) -> Iterator[Document]:
        for item in inputs:
            if isinstance(item, Document):
                self.read += 1
                yield item
                continue
            for result in item.items(self._options):
                if isinstance(result, DocumentError):
                    self.skipped.append(result)
                    if self._strict:
                        raise result
                    if self._on_skip is not None:
                        self._on_skip(result)
                    continue
                self.read += 1
                yield result


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
    options = _Options(check_date(published, "--published"), fields)
    reader = get(format) if format else None
    inputs = _inputs(paths, reader)
    if isinstance(paths, (list, tuple)):
        inputs = list(inputs)  # every path checked before the first document is read
    return DocumentStream(inputs, options, strict, on_skip)
