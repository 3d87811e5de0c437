"""Reading input: files and strings become clean :class:`Document` objects.

Text is cleaned once, here, at the boundary: Unicode NFC; NUL, control and
zero-width characters removed; unpaired surrogates (which crash spaCy) replaced.
Every later stage can rely on that.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.graph.model import Document

__all__ = ["clean_text", "read_document", "make_document", "check_date", "content_id", "default_title", "decode_text", "iso_date"]

# C0/C1 controls except tab, newline and carriage return; zero-width and BOM characters;
# bidi controls (marks, embeddings, overrides, isolates), which would let a name display
# as another (U+202E turns "moc.evil" around) in the explorer, RDF and CSV.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Characters typed for an apostrophe inside a word ("didn`t", "isn‘t", "don´t"): the tokenizer splits a
# contraction only at a true apostrophe, and an unsplit "didn`t" loses its "not" ("Iran didn`t arm the Houthis" read as
# a fact). Between two letters they become U+2019, one character for one, so offsets do not move.
_APOSTROPHE_LOOKALIKES = re.compile(r"(?<=[^\W\d_])[`\u00b4\u2018](?=[^\W\d_])")


def clean_text(text: str) -> str:
    """Normalise ``text`` for the pipeline.

    >>> clean_text("Ha\\u200bma\\x00 fell")
    'Hama fell'
    """
    try:
        text.encode("utf-8")  # a strict encode finds an unpaired surrogate far faster than a regex scan
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    text = _APOSTROPHE_LOOKALIKES.sub("\u2019", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_id(text: str) -> str:
    """A document id from its (cleaned) text: the same text always gets the same id.

    16 hex digits of SHA-1 (64 bits): collisions stay improbable far beyond a million documents.

    >>> content_id("Turkey backs HTS.") == content_id("Turkey backs HTS.")
    True
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def default_title(text: str) -> str:
    """The first line of ``text``, shortened to 200 characters: the title of a document that has none."""
    first = text.strip().split("\n", 1)[0].strip()
    return first if len(first) <= 200 else first[:197] + "..."


def decode_text(raw: bytes) -> str:
    """Decode UTF-8 bytes (a BOM is dropped); :class:`ValueError` says where they are not UTF-8."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (undecodable byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None


def check_date(value: str | None, what: str = "date") -> str | None:
    """Return ``value`` if it is an ISO date (YYYY-MM-DD), else raise :class:`InputError`."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputError(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)") from None


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


def make_document(text: str, *, id: str | None = None, title: str = "", url: str = "",
                  published: str | None = None, source: str = "") -> Document:
    """A :class:`Document` from a string, cleaned; the id defaults to a hash of the text (:func:`content_id`).

    >>> make_document("Turkey backs HTS.", published="2024-12-06").published
    '2024-12-06'
    """
    label = source or "text"
    if not isinstance(text, str):
        raise InputError(f"{label}: expected text, got {type(text).__name__}")
    text = clean_text(text)
    if not text.strip():
        raise InputError(f"{label}: the document is empty")
    # A title and URL are article text too: the same cleaning, on one line.
    title = " ".join(clean_text(title).split()) if title else ""
    url = clean_text(url).strip() if url else ""
    return Document(id=id or content_id(text), text=text, title=title or default_title(text), url=url,
                    published=check_date(published, f"{label}: published"), source=source)


def read_document(path: str | os.PathLike, *, published: str | None = None, url: str = "") -> Document:
    """Read a UTF-8 text file into a :class:`Document`; errors name the file and the problem.

    The id is the hash of the text (:func:`content_id`), whatever the file is called. For HTML,
    feeds, JSON Lines and CSV corpora, folders and globs, see :mod:`conflictkg.graph.sources`.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = decode_text(raw)
    except ValueError as exc:
        raise InputError(f"{path}: {exc}") from None
    return make_document(text, url=url, published=published, source=str(path))
