"""The gazetteer of known actors and places.

Built from three sources, all data:

* every state in ``pycountry`` (ISO 3166 names and codes), overlaid by
  ``states.jsonl`` (common short names, demonyms, capitals, seats of power);
* ``actors.jsonl``: IGOs and alliances, armed groups, security forces,
  governments, organisations and places of current and recent conflicts.
* every state's first-level regions in ``pycountry`` (ISO 3166-2), placed in their
  state, filtered by the rules of ``regions.json`` (see ``_pycountry_regions``); a hand
  entry always wins, and a region is looked up, never matched by the EntityRuler.

A user file in the same JSON Lines format (``--gazetteer FILE``) adds entries or
overrides built-in ones with the same name. One entry per line::

    {"name": "Rapid Support Forces", "type": "ARMED_GROUP", "aliases": ["RSF"]}

Optional fields: ``ids`` (scheme -> value), ``demonyms`` (states; on a region, the
people or region adjective: "Tigrayan", "Baloch"), ``capital``
(states), ``metonym_of`` (a place that stands for a state in an actor's role:
"Moscow said"), ``state`` (the state a government, force or place belongs to; on a person, the
state he heads or headed), ``heads`` (people only: the body, never a state, he heads or headed --
"Secretary-General N" is read as leading it), ``serves`` (people only: the state whose government he serves as
an official and does not head -- a minister, a spokesman, an army chief: "Secretary of State N" is read as one of its
officials, never "his Russian counterpart N" as its head), ``kind`` (armed groups only: one of the vocabulary's
``armed_group_kinds`` -- "jihadist", "islamist", "mercenary", "criminal" -- so that "the jihadists" never
means a mercenary force the text named), ``home`` (armed groups only: the state the group is of, so that
"the Somali militant group" after al-Shabaab is al-Shabaab; kept apart from ``state``, which makes a body
the state's own).

>>> gaz = Gazetteer.load()
>>> gaz.lookup("Türkiye").name
'Turkey'
>>> gaz.lookup("HTS").type
'ARMED_GROUP'
>>> gaz.by_demonym("Turkish").name
'Turkey'
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import pycountry

from conflictkg.errors import GazetteerError
from conflictkg.graph.model import Actor, actor_id, normalize_name
from conflictkg.ontology import ARMED_GROUP_KINDS, ENTITY_TYPES, data_path

__all__ = ["Entry", "Gazetteer"]


@dataclass(frozen=True)
class Entry:
    """One known actor or place."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    ids: tuple[tuple[str, str], ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    metonym_of: str | None = None
    state: str | None = None
    heads: str | None = None  # a person's body (an IGO, an armed group...), read by a title that names none
    serves: str | None = None  # a person's state, whose official (not head) he is: read where a title names none
    kind: str | None = None  # an armed group's kind (ARMED_GROUP_KINDS), checked by descriptions that refer back
    home: str | None = None  # an armed group's home state, checked by "the Somali militant group" after its name

    @property
    def id(self) -> str:
        return actor_id(self.name)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def actor(self) -> Actor:
        """The graph node for this entry (made once: an Actor is immutable, and the resolver asks at every name)."""
        made = self.__dict__.get("_actor")
        if made is None:
            made = Actor(self.id, self.name, self.type, tuple(a for a in self.aliases if a != self.name), self.ids)
            object.__setattr__(self, "_actor", made)
        return made

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "") -> "Entry":
        try:
            name, type_ = data["name"], data["type"]
        except KeyError as exc:
            raise GazetteerError(f"{where}: entry lacks the field {exc.args[0]!r}") from None
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"{where}: 'name' must be a non-empty string")
        if type_ not in ENTITY_TYPES:
            raise GazetteerError(f"{where}: unknown type {type_!r}; known: {', '.join(ENTITY_TYPES)}")
        aliases = data.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GazetteerError(f"{where}: 'aliases' must be a list of strings")
        ids = data.get("ids", {})
        if not isinstance(ids, dict):
            raise GazetteerError(f"{where}: 'ids' must be an object of scheme -> value")
        demonyms = data.get("demonyms", [])
        if not isinstance(demonyms, list) or not all(isinstance(d, str) for d in demonyms):
            raise GazetteerError(f"{where}: 'demonyms' must be a list of strings")
        for key in ("capital", "metonym_of", "state", "heads", "serves", "home"):
            if data.get(key) is not None and not isinstance(data[key], str):
                raise GazetteerError(f"{where}: {key!r} must be a string (the name of an entry)")
        if data.get("heads") is not None and type_ != "PERSON":
            raise GazetteerError(f"{where}: only a PERSON 'heads' a body")
        if data.get("serves") is not None and (type_ != "PERSON" or data.get("state") is not None):
            raise GazetteerError(f"{where}: only a PERSON that heads no state 'serves' one")
        if data.get("home") is not None and type_ != "ARMED_GROUP":
            raise GazetteerError(f"{where}: only an ARMED_GROUP has a 'home' state")
        kind = data.get("kind")
        if kind is not None and (type_ != "ARMED_GROUP" or kind not in ARMED_GROUP_KINDS):
            raise GazetteerError(f"{where}: 'kind' is for an ARMED_GROUP and one of {', '.join(ARMED_GROUP_KINDS)}; got {kind!r}")
        return cls(
            name=name.strip(),
            type=type_,
            aliases=tuple(dict.fromkeys(a.strip() for a in aliases if a.strip() and a.strip() != name.strip())),
            ids=tuple(sorted((str(k), str(v)) for k, v in ids.items())),
            demonyms=tuple(demonyms),
            capital=data.get("capital"),
            metonym_of=data.get("metonym_of"),
            state=data.get("state"),
            heads=data.get("heads"),
            serves=data.get("serves"),
            kind=kind,
            home=data.get("home"),
        )


def _read_jsonl(path: Path | Any, label: str) -> Iterator[Entry]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GazetteerError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise GazetteerError(f"{label}: is a directory, not a gazetteer file") from None
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{label}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    # JSON Lines are split on "\n" only: str.splitlines also breaks inside strings at U+2028.
    for n, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"{label}:{n}: not valid JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise GazetteerError(f"{label}:{n}: each line must be a JSON object")
        yield Entry.from_dict(data, f"{label}:{n}")


def _package_file(package: str, name: str) -> Path | None:
    """A data file shipped inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / name
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, dict[str, str]]:
    """ISO alpha-3 -> the state-system codes conflict data join on, from two packaged tables.

    ``countrycode`` (the political scientists' converter) gives the Correlates of War codes
    (``correlates-of-war`` numeric, ``correlates-of-war-abb`` letters). A Gleditsch-Ward code
    (what UCDP data use) is written only where it and ``country_converter`` agree: they differ
    on a few states (Czechia 316/315, for one) and an id we cannot check is worse than none.
    Both tables are read as files: importing either package would import pandas for a few columns.
    """
    converter: dict[str, str] = {}
    if table := _package_file("country_converter", "country_data.tsv"):
        with table.open(encoding="utf-8", newline="") as f:
            converter = {r["ISO3"]: r["GWcode"] for r in csv.DictReader(f, delimiter="\t")
                         if r.get("GWcode", "").strip().isdigit()}
    codes: dict[str, dict[str, str]] = {}
    if table := _package_file("countrycode", "data/codelist.pickle"):
        import pickle

        # A dict of columns shipped (and hashed in its RECORD) by a pinned dependency whose own
        # code does the same load: no more trusted or less than importing it.
        with table.open("rb") as f:
            columns = pickle.load(f)
        for iso3, cow, cow_abb, gw in zip(columns["iso3c"], columns["cown"], columns["cowc"], columns["gwn"]):
            if not iso3:
                continue
            ids = codes.setdefault(iso3, {})
            if cow is not None:
                ids["correlates-of-war"] = str(cow)
            if cow_abb:
                ids["correlates-of-war-abb"] = str(cow_abb)
            if gw is not None and converter.get(iso3) == str(gw):
                ids["gleditsch-ward"] = str(gw)
    return codes


def _pycountry_states() -> Iterator[Entry]:
    codes = _state_codes()
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        official = getattr(c, "official_name", None)
        # ("the Republic of the Niger" is written "the Republic of Niger" as often)
        aliases = [c.name, official, official and official.replace(" of the ", " of ")]
        ids = [("iso3166-alpha2", c.alpha_2), ("iso3166-alpha3", c.alpha_3), ("iso3166-numeric", c.numeric)]
        ids += sorted(codes.get(c.alpha_3, {}).items())
        yield Entry(
            name=name,
            type="STATE",
            aliases=tuple(dict.fromkeys(a for a in aliases if a and a != name)),
            ids=tuple(ids),
        )


@dataclass
class Gazetteer:
    """Known actors and places, looked up by any name or alias (normalised)."""

    entries: dict[str, Entry] = field(default_factory=dict)  # by canonical name

    def __post_init__(self) -> None:
        self._reindex()

    def _reindex(self) -> None:
        self._by_name: dict[str, Entry] = {}
        self._by_demonym: dict[str, Entry] = {}
        self._region_by_demonym: dict[str, Entry] = {}
        self._by_id: dict[str, Entry] = {e.id: e for e in self.entries.values()}
        self._governments: dict[str, list[Entry]] = {}  # state name -> its GOVERNMENT entries
        for entry in self.entries.values():
            if entry.type == "GOVERNMENT" and entry.state:
                self._governments.setdefault(entry.state, []).append(entry)
        # Canonical names win over aliases, whatever the order of the entries.
        for entry in self.entries.values():
            for alias in entry.aliases:
                self._by_name.setdefault(normalize_name(alias), entry)
        for entry in self.entries.values():
            self._by_name[normalize_name(entry.name)] = entry
        self._by_spelling: dict[str, Entry] = {}  # other spellings of names, never over a name or alias
        shared: set[str] = set()
        for entry in self.entries.values():
            for form in _spellings(entry):
                key = normalize_name(form)
                if key in self._by_name:
                    continue
                if self._by_spelling.setdefault(key, entry) is not entry:
                    shared.add(key)  # two entries' names spelt alike: neither
        for key in shared:
            del self._by_spelling[key]
        for entry in self.entries.values():
            # a state's demonym names the state; a region's ("Tigrayan", "Kurdish") only the region
            index = self._by_demonym if entry.type == "STATE" else self._region_by_demonym
            for d in entry.demonyms:
                index.setdefault(normalize_name(d), entry)

    def add(self, entries: Iterable[Entry]) -> "Gazetteer":
        """Add ``entries``; one with the name of an existing entry replaces it."""
        for entry in entries:
            old = self.entries.get(entry.name)
            self.entries[entry.name] = _overlay(old, entry) if old else entry
        self._reindex()
        return self

    @classmethod
    def load(cls, extra: str | os.PathLike | None = None) -> "Gazetteer":
        """The built-in gazetteer, plus (and overridden by) the user file ``extra``."""
        gaz = _builtin().copy()
        if extra is not None:
            gaz.add(_read_jsonl(Path(extra), str(extra)))
            _check_heads(gaz, str(extra))
        return gaz

    def copy(self) -> "Gazetteer":
        return Gazetteer(dict(self.entries))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def lookup(self, name: str) -> Entry | None:
        """The entry with this name or alias, compared after normalisation."""
        key = normalize_name(name)
        return self._by_name.get(key) or self._by_spelling.get(key)

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id (as set on EntityRuler matches), or None."""
        return self._by_id.get(entry_id)

    def by_demonym(self, word: str) -> Entry | None:
        """The state whose demonym is ``word`` ("Turkish" -> Turkey)."""
        return self._by_demonym.get(normalize_name(word))

    def region_by_demonym(self, word: str) -> Entry | None:
        """The region (not a state) whose people or adjective is ``word`` ("Tigrayan" -> Tigray).

        >>> Gazetteer.load().region_by_demonym("Tigrayan").name
        'Tigray'
        >>> Gazetteer.load().region_by_demonym("Turkish") is None
        True
        """
        return self._region_by_demonym.get(normalize_name(word))

    def demonym_place(self, word: str) -> Entry | None:
        """The state whose demonym is ``word``, else the region's ("Turkish" -> Turkey, "Tigrayan" -> Tigray).

        >>> Gazetteer.load().demonym_place("Tigrayan").name
        'Tigray'
        """
        return self.by_demonym(word) or self.region_by_demonym(word)

    def governed_state(self, entry: Entry | None) -> Entry | None:
        """The entry of the state a GOVERNMENT ``entry`` governs (its ``state``); None for any other entry.

        >>> gaz = Gazetteer.load()
        >>> gaz.governed_state(gaz.government_of(gaz.lookup("Kenya"))).name
        'Kenya'
        >>> gaz.governed_state(gaz.lookup("Kenya")) is None
        True
        """
        if entry is None or entry.type != "GOVERNMENT" or not entry.state:
            return None
        return self.lookup(entry.state)

    def government_of(self, state: Entry) -> Entry:
        """The GOVERNMENT entry of ``state``: a gazetteer entry if one names it, else derived.

        An entry names it when one of its names is one of the derived names ("Government of
        Syria", "Syrian government"...). Other GOVERNMENT entries of the state -- its army, its
        intelligence service, a regional government -- are parts of it, not the government.

        >>> Gazetteer.load().government_of(Gazetteer.load().lookup("Syria")).name
        'Government of Syria'
        """
        demonyms = state.demonyms[:1]
        aliases = [f"{state.name} government", f"{state.name}'s government", f"government of {state.name}"]
        for d in demonyms:
            aliases += [f"{d} government", f"{d} regime", f"{d} authorities"]
        derived = Entry(name=f"Government of {state.name}", type="GOVERNMENT", aliases=tuple(aliases), state=state.name)
        own = {normalize_name(n) for n in derived.names}
        for entry in self._governments.get(state.name, ()):
            if own & {normalize_name(n) for n in entry.names}:
                return entry
        # News names a government by its country ("Mali expelled the envoy"), as event data codes
        # a government as a sector of its country (CAMEO "MLIGOV"): the country's name is one of its names.
        return replace(derived, aliases=(*derived.aliases, state.name))

    def patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns: every name and alias, labelled with its type, ``id`` the entry id.

        The ruler matches exact text, so each name also comes capitalised ("al-Qaeda" opening a
        sentence is "Al-Qaeda"), with a typographic apostrophe ("Ta’ang") and, a name of several
        words, without its diacritics ("Cartel de Caborca"), as news often writes it -- where the
        bare form names no other entry. A single word keeps its marks: "Malé" bare is "Male".
        """
        out = []
        for entry in self.entries.values():
            if region_only(entry):
                continue
            spelt = [f for f in _spellings(entry) if self._by_spelling.get(normalize_name(f)) is entry]
            names = (*entry.names, *spelt)
            bare = [f for n in names if (f := _without_marks(n)) != n and (" " in f or "-" in f)
                    and self.lookup(f) is entry]
            for name in dict.fromkeys(v for n in (*names, *bare) for v in _variants(n)):
                out.append({"label": entry.type, "pattern": name, "id": entry.id})
        return out


# Entry types whose multi-word names take other spellings of their words (places and states keep their own).
_SPELT_TYPES = {"ARMED_GROUP", "ORGANIZATION", "PERSON", "GOVERNMENT", "IGO"}


@lru_cache(maxsize=1)
def towns() -> dict[str, tuple[str, ...]]:
    """One-word town names (as ``normalize_name`` folds them) to the ISO 3166 alpha-3 codes of the states that have
    a town so called: GeoNames' towns of 15,000 people or more, curated by ``tools/build_towns.py``.

    >>> "MLI" in towns()["gao"]
    True
    """
    data = json.loads(data_path("towns.json").read_text(encoding="utf-8"))
    return {name: tuple(codes) for name, codes in data["towns"].items()}


def alpha3(entry: Entry) -> str | None:
    """A state entry's ISO 3166 alpha-3 code, if it has one."""
    return dict(entry.ids).get("iso3166-alpha3")


@lru_cache(maxsize=1)
def _spelling_groups() -> tuple[dict[str, tuple[str, ...]], re.Pattern | None]:
    data = json.loads(data_path("spellings.json").read_text(encoding="utf-8"))
    others = {w: tuple(o for o in group if o != w) for group in data["groups"] for w in group}
    if not others:
        return others, None
    words = sorted(others, key=len, reverse=True)
    return others, re.compile(r"(?<![\w'’])(" + "|".join(re.escape(w) for w in words) + r")(?![\w'’])")


def _spellings(entry: Entry) -> list[str]:
    """Other spellings of ``entry``'s multi-word names, one word respelt at a time ('Kataib Hizbullah')."""
    if entry.type not in _SPELT_TYPES:
        return []
    others, pattern = _spelling_groups()
    if pattern is None:
        return []
    out = []
    for name in entry.names:
        if " " not in name and "-" not in name:
            continue
        for m in pattern.finditer(name):
            out += [name[:m.start()] + alt + name[m.end():] for alt in others[m.group(1)]]
    return list(dict.fromkeys(out))


def _without_marks(name: str) -> str:
    """``name`` with its letters' diacritics dropped ("Mouvement national de libération" -> "... liberation")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", name)
                                                if not unicodedata.combining(c)))


def _variants(name: str) -> tuple[str, ...]:
    forms = [name, name[:1].upper() + name[1:]]
    forms += [f.replace("'", "\u2019") for f in forms if "'" in f]
    return tuple(forms)


def _overlay(old: Entry, new: Entry) -> Entry:
    """``new`` over ``old``: new fields win, aliases and ids are united."""
    return replace(
        new,
        aliases=tuple(dict.fromkeys((*new.aliases, *old.aliases))),
        ids=tuple(sorted({**dict(old.ids), **dict(new.ids)}.items())),
        demonyms=new.demonyms or old.demonyms,
        capital=new.capital or old.capital,
        metonym_of=new.metonym_of or old.metonym_of,
        state=new.state or old.state,
        heads=new.heads or old.heads,
        serves=new.serves or old.serves,
        kind=new.kind or old.kind,
        home=new.home or old.home,
    )


@lru_cache(maxsize=1)
def _builtin() -> Gazetteer:
    gaz = Gazetteer()
    gaz.add(_pycountry_states())
    iso_names = {n for e in gaz.entries.values() for n in e.names}
    # states.jsonl names pycountry states by their ISO alpha-3 code to rename and enrich them.
    by_iso3 = {alpha3(e): e for e in gaz.entries.values()}
    curated = list(_read_jsonl(data_path("states.jsonl"), "states.jsonl"))
    for entry in curated:
        iso3 = alpha3(entry)
        base = by_iso3.get(iso3) if iso3 else None
        if base is not None and base.name != entry.name:
            del gaz.entries[base.name]
            entry = _overlay(replace(base, aliases=(*base.aliases, base.name)), entry)
        gaz.add([entry])
    actors = list(_read_jsonl(data_path("actors.jsonl"), "actors.jsonl"))
    gaz.add(actors)
    gaz.add(_pycountry_regions(gaz))
    # A name the curated files give to one entry is dropped from ISO names of another: in news
    # "Congo" is the DRC, not the ISO short name of the Republic of the Congo.
    claimed = {normalize_name(n): e.name for e in (*curated, *actors) for n in e.names}
    for entry in list(gaz.entries.values()):
        keep = tuple(a for a in entry.aliases
                     if a not in iso_names or claimed.get(normalize_name(a), entry.name) == entry.name)
        if keep != entry.aliases:
            gaz.entries[entry.name] = replace(entry, aliases=keep)
    gaz._reindex()
    _check_heads(gaz, "actors.jsonl")
    return gaz


@lru_cache(maxsize=1)
def _region_rules() -> dict[str, Any]:
    """The subdivision types read as regions and the spelling words of ``regions.json``."""
    return json.loads(data_path("regions.json").read_text(encoding="utf-8"))


def _english_phrase(name: str) -> bool:
    """Whether every word of ``name`` is an English word in lower case ("Lakes", "Red Sea", "Unity"): such a name,
    capitalised at a sentence's start or in a headline, is as often the word as the region."""
    from conflictkg.graph.lemmas import all_lemmas

    words = re.split(r"[\s-]+", name.lower())
    return all(w and all_lemmas(w) for w in words)


def _news_spelling(name: str) -> str | None:
    """``name`` with pycountry's French compass words in English ("Nord-Kivu" -> "North Kivu"), if it has any."""
    words = re.split(r"[\s-]+", name)
    table = _region_rules()["spelling_words"]
    if len(words) < 2 or words[0].lower() not in table:  # ("Est" alone is left out as a compass name)
        return None
    return " ".join(table.get(w.lower(), w) for w in words)


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two folded names differ by at most one letter changed, added or dropped ("tigrai", "tigray")."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return a == b
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


def _region_names() -> dict[str, list[Any]]:
    """pycountry's first-level subdivisions of a kept type, by folded name: the whole ISO list, with no parent."""
    kept = set(_region_rules()["types"])
    out: dict[str, list[Any]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.type not in kept or any(c in sub.name for c in ",[("):
            continue
        out.setdefault(normalize_name(sub.name), []).append(sub)
    return out


@lru_cache(maxsize=1)
def _region_name_forms() -> frozenset[str]:
    """Every first-level region's name (``_region_names``), also without marks and in news spelling, folded."""
    forms = set(_region_names())
    for subs in _region_names().values():
        for sub in subs:
            forms.update(normalize_name(f) for f in (_without_marks(sub.name), _news_spelling(sub.name)) if f)
    return frozenset(forms)


def iso_region(entry: Entry) -> bool:
    """act53: whether ``entry`` is a state's first-level region (ISO 3166-2), read from pycountry or entered by hand
    under a name of one ("North Kivu", pycountry's "Nord-Kivu"): a region by what it is, whatever its name's words.

    >>> iso_region(_builtin().lookup("North Kivu")), iso_region(_builtin().lookup("Goma"))
    (True, False)
    """
    return entry.type == "LOCATION" and bool(entry.state) and (
        region_only(entry) or any(normalize_name(n) in _region_name_forms() for n in entry.names))


def region_only(entry: Entry) -> bool:
    """Whether ``entry`` is a region read from pycountry, looked up but never matched by the EntityRuler.

    Thousands of region names ("Oyo", "Mara", "Guerrero") are also people's names: a ruler match would cut "Kaspar
    Oyo" into a man and a place. NER finds a region's name as a place, and the resolver then knows its state."""
    return any(scheme == "iso3166-2" for scheme, _ in entry.ids)


def _pycountry_regions(gaz: Gazetteer) -> Iterator[Entry]:
    """Every first-level region of every state (pycountry's ISO 3166-2), a LOCATION placed in its state.

    News names a state's regions ("North Darfur", "Jonglei", "Tillaberi") far more often than anyone enters them
    by hand. A hand entry always wins: a region whose name the gazetteer already gives to anything -- a state, its
    alias or capital, a city, a group -- is left out, and one a hand place of the same state spells within a letter
    ("Tigrai" for "Tigray") or in French ("Nord-Kivu") is that place. Also left out, each because its name would
    mislead more often than it places anything: a name two states' regions share ("Punjab"), a state's or a
    region's demonym ("Somali"), a name whose every word is an English word ("Unity", "Red Sea", "Plateau"), and a
    bare compass word of another language ("Norte").
    """
    by_alpha2 = {dict(e.ids).get("iso3166-alpha2"): e for e in gaz.entries.values() if e.type == "STATE"}
    hand_places: dict[str, list[Entry]] = {}
    for e in gaz.entries.values():
        if e.type == "LOCATION" and e.state:
            hand_places.setdefault(e.state, []).append(e)
    capitals = {normalize_name(e.capital) for e in gaz.entries.values() if e.capital}
    for key, subs in _region_names().items():
        state = by_alpha2.get(subs[0].country_code)
        if len({s.country_code for s in subs}) > 1 or state is None or len(key) < 3:
            continue
        sub = subs[0]
        if (gaz.lookup(sub.name) or gaz.demonym_place(sub.name)
                or key in capitals or _english_phrase(sub.name) or key in _region_rules()["compass_names"]):
            continue
        forms = list(dict.fromkeys((sub.name, _without_marks(sub.name), _news_spelling(sub.name) or sub.name)))
        same = [e for e in hand_places.get(state.name, ())
                if any(_one_edit_apart(normalize_name(f), normalize_name(n)) for f in forms for n in e.names)]
        if same:  # the hand place, also under pycountry's spelling
            yield replace(same[0], aliases=(*same[0].aliases, *(f for f in forms if not gaz.lookup(f))))
            continue
        yield Entry(name=sub.name, type="LOCATION", aliases=tuple(f for f in forms[1:] if not gaz.lookup(f)),
                    ids=(("iso3166-2", sub.code),), state=state.name)


def _check_heads(gaz: Gazetteer, label: str) -> None:
    """Every ``heads`` names a known body that is not a state (a state's head takes ``state``); every ``serves`` a
    known state."""
    for entry in gaz:
        if entry.serves is not None and ((served := gaz.lookup(entry.serves)) is None or served.type != "STATE"):
            raise GazetteerError(f"{label}: {entry.name!r} serves {entry.serves!r}, which is no known state")
        if entry.heads is None:
            continue
        body = gaz.lookup(entry.heads)
        if body is None or body.type in ("STATE", "PERSON", "LOCATION"):
            raise GazetteerError(f"{label}: {entry.name!r} heads {entry.heads!r}, which is no known body")


@lru_cache(maxsize=8)
def cached_gazetteer(path: str) -> Gazetteer:
    """The gazetteer for a user file path ("" for the built-in one), loaded once per process."""
    return Gazetteer.load(path or None)
