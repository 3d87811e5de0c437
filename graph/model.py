"""The data model every stage shares: documents, mentions, actors, evidence, relations.

All are frozen dataclasses, so a relation can be a dictionary key, compared in
tests and passed between stages without anyone changing it underneath.

>>> turkey = Actor.create("Turkey", "STATE", aliases=("Türkiye",))
>>> hts = Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS",))
>>> rel = Relation(turkey, "supports", hts, rule="verb:active")
>>> rel.key == (turkey.id, "supports", hts.id, False)
True
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from conflictkg.ontology import QUALIFIERS, SYMMETRIC, check_predicate, check_type

__all__ = ["Document", "Mention", "Actor", "Evidence", "Relation", "normalize_name", "actor_id"]


_POSSESSIVE = re.compile(r"'s\b")
_PUNCTUATION = re.compile(r"[^a-z0-9 ]+")
_THE = re.compile(r"^the ")


@lru_cache(maxsize=65536)  # the resolver folds the same few hundred names again and again
def normalize_name(name: str) -> str:
    """Fold a name for comparison: case, diacritics, punctuation, a leading "the", a possessive.

    >>> normalize_name("the Assad’s Régime")
    'assad regime'
    """
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'")).encode("ascii", "ignore").decode()
    s = _POSSESSIVE.sub("", s.lower())
    s = " ".join(_PUNCTUATION.sub(" ", s.replace(".", "")).split())
    return _THE.sub("", s)


@lru_cache(maxsize=65536)  # an actor's id is asked for at every mention of it
def actor_id(name: str) -> str:
    """A stable id from a name: a readable slug plus a short hash of the normalised name.

    >>> actor_id("Hayat Tahrir al-Sham")
    'hayat-tahrir-al-sham-...'  # doctest: +ELLIPSIS
    """
    norm = normalize_name(name) or name
    slug = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")[:48] or "actor"
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


@dataclass(frozen=True)
class Document:
    """One input text and what is known of its source."""

    id: str
    text: str
    title: str = ""
    url: str = ""
    published: str | None = None  # ISO 8601 date, the base for relative dates
    source: str = ""  # the file it was read from, if any


@dataclass(frozen=True)
class Mention:
    """A span of a document that names (or refers back to) an actor or place."""

    text: str
    start: int  # character offsets in the document text
    end: int
    sentence: str
    actor_id: str | None = None
    label: str = ""  # the entity label that found it (gazetteer type or spaCy NER label)


@dataclass(frozen=True)
class Actor:
    """A canonical actor or place: the node of the knowledge graph."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    external_ids: tuple[tuple[str, str], ...] = ()  # (scheme, value): ("iso3166-alpha3", "SYR")

    def __post_init__(self) -> None:
        check_type(self.type)

    @classmethod
    def create(cls, name: str, type: str, aliases: Iterable[str] = (), external_ids: Iterable[tuple[str, str]] = ()) -> "Actor":
        """Make an actor whose id is derived from its name."""
        return cls(actor_id(name), name, type, _unique(aliases, exclude=name), tuple(external_ids))

    def with_aliases(self, more: Iterable[str]) -> "Actor":
        """A copy with ``more`` aliases added (duplicates and the name itself dropped)."""
        return replace(self, aliases=_unique((*self.aliases, *more), exclude=self.name))

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Evidence:
    """Where a relation is stated: a sentence of a document, and the rule that read it."""

    document_id: str
    sentence: str
    start: int  # character offsets of the sentence in the document text
    end: int
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class Relation:
    """A typed, signed relation between two actors, with qualifiers and evidence.

    ``negated`` is True when the text states that the relation does *not* hold;
    such a relation is kept (it is information) but never exported as a plain fact.
    """

    subject: Actor
    predicate: str
    object: Actor
    negated: bool = False
    date: str | None = None  # ISO 8601 (year, year-month or full date)
    former: bool = False
    designation: str | None = None
    modality: str | None = None  # "reported", "alleged", "claimed"... None for a plain statement
    attributed_to: str | None = None  # who says so, when the text attributes the claim
    confidence: float = 1.0
    rule: str = ""
    evidence: tuple[Evidence, ...] = field(default=())

    def __post_init__(self) -> None:
        check_predicate(self.predicate)

    @property
    def key(self) -> tuple[str, str, str, bool]:
        """Identity in the graph: the same key stated twice is one relation with more evidence."""
        s, o = self.subject.id, self.object.id
        if self.predicate in SYMMETRIC and o < s:
            s, o = o, s
        return (s, self.predicate, o, self.negated)

    @property
    def rules(self) -> tuple[str, ...]:
        return _unique([self.rule, *(e.rule for e in self.evidence)])

    @property
    def documents(self) -> tuple[str, ...]:
        return _unique(e.document_id for e in self.evidence)

    def qualifiers(self) -> dict[str, Any]:
        """The qualifiers that are set, by name."""
        # The names are the vocabulary's (ontology.QUALIFIERS), each a field of this class.
        values = {name: getattr(self, name) for name in QUALIFIERS}
        return {k: v for k, v in values.items() if v is not None and v is not False}

    def merge(self, other: "Relation") -> "Relation":
        """The same relation with ``other``'s evidence added and confidence combined."""
        evidence = tuple(dict.fromkeys((*self.evidence, *other.evidence)))
        # Independent sources raise confidence: 1 - prod(1 - c), kept below 1.
        doubt = 1.0
        for ev in evidence:
            doubt *= 1.0 - ev.confidence
        confidence = round(min(0.99, 1.0 - doubt), 3) if evidence else max(self.confidence, other.confidence)
        return replace(
            self,
            date=self.date or other.date,
            former=self.former or other.former,
            designation=self.designation or other.designation,
            # A plain statement anywhere outweighs hedged ones.
            modality=self.modality if (self.modality and other.modality) else None,
            attributed_to=self.attributed_to if (self.attributed_to and other.attributed_to) else None,
            confidence=max(confidence, self.confidence, other.confidence),
            evidence=evidence,
        )


def _unique(items: Iterable[str | None], exclude: str | None = None) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for item in items:
        if item and item != exclude:
            out.setdefault(item, None)
    return tuple(out)
