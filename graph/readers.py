"""Input formats: one reader per format, registered by name and extension as the exporters are.

========  ==========================================  =====================================
reader    extensions (each also ``.gz``-compressed)    one document is
========  ==========================================  =====================================
text      ``.txt .md .text .markdown``                 the file
html      ``.html .htm .xhtml``                        the page's main text (trafilatura)
feed      ``.xml .rss .atom``                          an RSS or Atom entry (feedparser)
jsonl     ``.jsonl .ndjson``                           a line: a JSON object
json      ``.json``                                    the object, or each object of an array
csv, tsv  ``.csv``, ``.tsv``                           a row, under a header line
========  ==========================================  =====================================

A reader turns a byte stream into documents and never raises for bad content: it
yields a :class:`~conflictkg.errors.DocumentError` (file, line or entry, why) in place
of each bad document, and :mod:`conflictkg.graph.sources` decides whether to skip it.
A publication date comes from the document's own metadata where it has one (a page's
``<meta>`` or JSON-LD, a feed entry's date, a record's date field), normalised by
:func:`~conflictkg.graph.text.iso_date`; else from ``--published``. Ids are content
hashes unless a JSON Lines or CSV record carries an id field.

>>> get("jsonl").extensions
('.jsonl', '.ndjson')
>>> for_path("wire/2024-12.csv.gz").name
'csv'
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import re
from dataclasses import dataclass, fields as dataclass_fields
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Mapping
from xml.sax import SAXParseException

from conflictkg.errors import DocumentError, FormatError, InputError
from conflictkg.graph.model import Document
from conflictkg.graph.text import clean_text, content_id, decode_text, default_title, iso_date

__all__ = ["Fields", "ReadOptions", "Reader", "register", "get", "available", "for_path", "sniff", "html_to_text"]

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
class ReadOptions:
    """What every reader is told: the fallback publication date and the record field mapping."""

    published: str | None
    fields: Fields


ReadFunction = Callable[[str, IO[bytes], ReadOptions], Iterator[Document | DocumentError]]


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
# Building documents


def _document(text: str, *, source: str, options: ReadOptions, location: str | None = None, title: str = "",
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


def _record(record: Mapping[str, Any], source: str, location: str, options: ReadOptions) -> Document | DocumentError:
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


def _read_text(name: str, stream: IO[bytes], options: ReadOptions) -> Iterator[Document | DocumentError]:
    try:
        text = decode_text(stream.read())
    except ValueError as exc:
        yield DocumentError(name, str(exc))
        return
    # A Markdown heading's marks are not part of the title.
    yield _document(text, source=name, options=options, title=default_title(text).lstrip("#").strip())


_TRAFILATURA_DATES = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def _read_html(name: str, stream: IO[bytes], options: ReadOptions) -> Iterator[Document | DocumentError]:
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


def _read_feed(name: str, stream: IO[bytes], options: ReadOptions) -> Iterator[Document | DocumentError]:
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
        title = entry.get("title") or ""
        if (entry.get("title_detail") or {}).get("type") != "text/plain":
            title = html_to_text(title)
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


def _read_jsonl(name: str, stream: IO[bytes], options: ReadOptions) -> Iterator[Document | DocumentError]:
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


def _read_json(name: str, stream: IO[bytes], options: ReadOptions) -> Iterator[Document | DocumentError]:
    # A whole JSON document: one record, or an array of them (an export, an API response saved to disk).
    try:
        data = json.loads(stream.read().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield DocumentError(name, f"not UTF-8 (undecodable byte at offset {exc.start})")
        return
    except json.JSONDecodeError as exc:
        yield DocumentError(name, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(data, dict):
        yield _record(data, name, "the object", options)
    elif isinstance(data, list):
        for n, record in enumerate(data, 1):
            if isinstance(record, dict):
                yield _record(record, name, f"entry {n}", options)
            else:
                yield DocumentError(name, f"not a JSON object (a JSON {type(record).__name__})", f"entry {n}")
    else:
        yield DocumentError(name, f"neither a JSON object nor an array of them (a JSON {type(data).__name__})")


_UNDECODED = re.compile(r"[\udc80-\udcff]")  # bytes that were not UTF-8, kept by surrogateescape


def _read_csv(name: str, stream: IO[bytes], options: ReadOptions, delimiter: str = ",") -> Iterator[Document | DocumentError]:
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


def _read_tsv(name: str, stream: IO[bytes], options: ReadOptions) -> Iterator[Document | DocumentError]:
    return _read_csv(name, stream, options, delimiter="\t")


register(Reader("text", (".txt", ".md", ".text", ".markdown"), _read_text, "UTF-8 text, one document a file"))
register(Reader("html", (".html", ".htm", ".xhtml"), _read_html, "a web page: its main text and metadata (trafilatura)"))
register(Reader("feed", (".xml", ".rss", ".atom"), _read_feed, "an RSS or Atom feed: one document an entry (feedparser)"))
register(Reader("jsonl", (".jsonl", ".ndjson"), _read_jsonl, "JSON Lines: one document a line"))
register(Reader("json", (".json",), _read_json, "JSON: an object, or an array of objects, each a document"))
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


def sniff(head: bytes) -> Reader:
    """The reader for content of unknown kind, from its first bytes: a feed, a page, JSON Lines, else text.

    >>> sniff(b'<?xml version="1.0"?><rss version="2.0">').name
    'feed'
    """
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
