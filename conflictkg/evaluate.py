"""Score extracted relations against hand-annotated articles.

The gold files are JSON documents in the ``../shared/eval`` format (``id``, ``title``,
``published``, ``text``, ``entities``, ``relations``). The rules are the ones of that
format's reference scorer, ``score.py``, and give the same figures:

- a prediction matches a gold relation when the predicate and the polarity agree and
  each end's name or one of its aliases equals a name of the gold end after
  :func:`normalize` (case, punctuation, diacritics, a leading "the", a possessive "'s");
- symmetric predicates (``opposes``, ``allied_with``, ``negotiates_with``) match in
  either direction;
- a gold relation marked ``optional`` is neither rewarded when found nor penalised
  when missed, and a prediction that matches only optional relations is no error;
- a gold relation found several times counts once, and so does a false positive
  repeated with the same (normalised) ends;
- a false positive whose ends and predicate match a gold relation of the opposite
  polarity is a *contradiction* -- a negated fact reported as positive, or the reverse;
- precision, recall and F1 are micro-averaged over all articles.

A *sealed* article (the shared format's ``sealed/*.json``) keeps ``id``, ``title``,
``published`` and ``text`` but holds its gold as salted digests instead of
``entities`` and ``relations``: ``sealed = {"salt", "digests", "optional",
"relations"}``, where ``digests`` maps
``HMAC-SHA256(salt, "subject\\x1fpredicate\\x1fobject\\x1f" + "1"|"0")[:24]`` -- over
every normalised (name or alias, name or alias) pair of a gold relation, both ways for
a symmetric predicate -- to the indexes of the gold relations it matches.
:func:`score_article` scores it by the same rules (and the same code path as
``score.py``'s ``score_sealed``) and keeps its counts only: no missed relations, no
false-positive or contradiction keys. :func:`seal` seals an annotation of your own.

>>> gold = {"id": "a", "text": "Turkey backs HTS.", "entities": [
...     {"name": "Turkey", "type": "STATE"},
...     {"name": "Hayat Tahrir al-Sham", "type": "ARMED_GROUP", "aliases": ["HTS"]}],
...     "relations": [{"subject": "Turkey", "predicate": "supports", "object": "Hayat Tahrir al-Sham"}]}
>>> score_article(gold, [{"subject": "Türkiye", "subject_aliases": ["Turkey"],
...                       "predicate": "supports", "object": "HTS"}]).tp
1
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import shlex
import subprocess
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from conflictkg.errors import InputError
from conflictkg.ontology import PREDICATES, SYMMETRIC

__all__ = [
    "ArticleScore",
    "Summary",
    "Extractor",
    "score_article",
    "evaluate",
    "load_gold",
    "gold_files",
    "parse_jsonl",
    "conflictkg_extractor",
    "normalize",
    "digest",
    "seal",
    "is_sealed",
]

# (text, published) -> relation records with subject, subject_aliases, predicate, object,
# object_aliases and negated, as conflictkg.exports.tables.relation_record writes them.
Extractor = Callable[[str, "str | None"], Iterable[dict]]

# A false positive is identified by its normalised ends, predicate and polarity.
Key = tuple[str, str, str, bool]


@dataclass
class ArticleScore:
    """The score of one article: counts, and what was missed or wrongly found."""

    id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[dict] = field(default_factory=list)  # the gold relations not found
    false_positives: list[Key] = field(default_factory=list)
    contradictions: list[Key] = field(default_factory=list)  # a subset of false_positives
    # Where each false positive came from: the rule and sentence of its records' evidence (so a
    # reader of --details sees why without re-running the extractor).
    sources: dict[Key, list[tuple[str, str]]] = field(default_factory=dict)
    error: str | None = None  # why the extractor produced nothing usable, if it failed
    # A sealed article keeps counts only: missed, false_positives and contradictions stay
    # empty (listing them would disclose its gold), and its contradictions are counted here.
    sealed: bool = False
    sealed_contradictions: int = 0

    @property
    def contradiction_count(self) -> int:
        return self.sealed_contradictions if self.sealed else len(self.contradictions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sealed": self.sealed,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "contradiction_count": self.contradiction_count,
            "contradictions": [list(k) for k in self.contradictions],
            "false_positives": [list(k) for k in self.false_positives],
            "missed": [
                [m["subject"], m["predicate"], m["object"], bool(m.get("negated", False))] for m in self.missed
            ],
            "error": self.error,
        }


@dataclass
class Summary:
    """Micro-averaged scores over a set of articles, with the per-article details."""

    articles: list[ArticleScore]

    @property
    def tp(self) -> int:
        return sum(a.tp for a in self.articles)

    @property
    def fp(self) -> int:
        return sum(a.fp for a in self.articles)

    @property
    def fn(self) -> int:
        return sum(a.fn for a in self.articles)

    @property
    def contradictions(self) -> int:
        return sum(a.contradiction_count for a in self.articles)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> dict[str, Any]:
        """The one-line summary, with the keys and rounding of ``score.py``'s last line."""
        return {
            "articles": len(self.articles),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "contradictions": self.contradictions,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }

    def to_dict(self) -> dict[str, Any]:
        return {**self.line(), "details": [a.to_dict() for a in self.articles]}

    def to_json(self, indent: int | None = None) -> str:
        """The summary and per-article details as JSON.

        >>> json.loads(Summary([ArticleScore("a", tp=3, fp=1)]).to_json())["precision"]
        0.75
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def normalize(name: Any) -> str:
    """A name folded the way the scorer compares names.

    Diacritics and other non-ASCII characters go first -- so a curly apostrophe goes
    too and "Assad’s" stays "assads", exactly as in the reference ``score.py`` (which is
    why this is not :func:`conflictkg.graph.model.normalize_name`) -- then case, a
    possessive "'s", dots, other punctuation, extra spaces and a leading "the".

    >>> normalize("The U.S.'s  Régime")
    'us regime'
    """
    s = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s.replace(".", ""))
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def _names(name: Any, aliases: Iterable[Any] | None = ()) -> frozenset[str]:
    """The normalised, non-empty forms of a name and its aliases."""
    return frozenset(n for n in (normalize(x) for x in (name, *(aliases or ()))) if n)


def _records(predicted: Iterable[Any]) -> Iterable[dict]:
    """The usable records: dicts with a subject, a predicate and an object."""
    return (r for r in predicted if isinstance(r, dict) and {"subject", "predicate", "object"} <= r.keys())


def is_sealed(gold: Any) -> bool:
    """Whether a parsed annotation file holds its gold as salted digests (``sealed``)."""
    return isinstance(gold, dict) and "sealed" in gold


def digest(salt: str, subject: str, predicate: str, obj: str, negated: bool) -> str:
    """The sealed-set digest of one (normalised subject, predicate, normalised object, polarity).

    ``HMAC-SHA256(key=bytes.fromhex(salt), msg="s\\x1fp\\x1fo\\x1f" + "1"|"0")``, hex, first
    24 characters -- as ``score.py`` computes it. The names must already be normalised.

    >>> digest("00", "turkey", "supports", "hts", False)
    '034aafec1ee214e9f5a95565'
    """
    msg = "\x1f".join([subject, predicate, obj, "1" if negated else "0"]).encode()
    return hmac.new(bytes.fromhex(salt), msg, hashlib.sha256).hexdigest()[:24]


def _gold_ends(gold: dict) -> Callable[[str], frozenset[str]]:
    entity_names = {e["name"]: _names(e["name"], e.get("aliases")) for e in gold.get("entities", [])}

    def gold_end(name: str) -> frozenset[str]:
        # A relation end names an entity; an end that is not an entity's name stands alone.
        return entity_names.get(name) or _names(name)

    return gold_end


def seal(gold: dict, salt: str | None = None) -> dict:
    """Seal an annotated article of your own: its gold relations become salted digests.

    The result keeps ``id``, ``title``, ``published`` and ``text`` and replaces
    ``entities`` and ``relations`` with ``sealed`` (``salt``, ``digests``, ``optional``,
    ``relations``), the format of the shared ``sealed/*.json``; it scores exactly as the
    open annotation does. ``salt`` is hex (default: 16 random bytes).

    >>> sealed = seal({"id": "a", "text": "Turkey backs HTS.", "entities": [],
    ...                "relations": [{"subject": "Turkey", "predicate": "supports", "object": "HTS"}]}, "00")
    >>> sealed["sealed"]["digests"]
    {'034aafec1ee214e9f5a95565': [0]}
    """
    gold = _check_gold(gold, str(gold.get("id", "gold")) if isinstance(gold, dict) else "gold")
    if is_sealed(gold):
        raise InputError(f"{gold['id']}: already sealed")
    salt = salt if salt is not None else secrets.token_hex(16)
    try:
        bytes.fromhex(salt)
    except (TypeError, ValueError):
        raise InputError(f"salt {salt!r} is not hex") from None
    gold_end = _gold_ends(gold)
    digests: dict[str, list[int]] = {}
    for k, rel in enumerate(gold["relations"]):
        subj, pred, obj = gold_end(rel["subject"]), rel["predicate"], gold_end(rel["object"])
        negated = bool(rel.get("negated"))
        pairs = [(subj, obj), (obj, subj)] if pred in SYMMETRIC else [(subj, obj)]
        for ends_a, ends_b in pairs:
            for a in sorted(ends_a):
                for b in sorted(ends_b):
                    ks = digests.setdefault(digest(salt, a, pred, b, negated), [])
                    if k not in ks:
                        ks.append(k)
    kept = {key: gold[key] for key in ("id", "title", "published", "text") if key in gold}
    return {
        **kept,
        "sealed": {
            "salt": salt,
            "digests": digests,
            "optional": [k for k, rel in enumerate(gold["relations"]) if rel.get("optional")],
            "relations": len(gold["relations"]),
        },
    }


def _score_sealed(gold: dict, predicted: Iterable[Any]) -> ArticleScore:
    """Score one sealed article, as ``score.py``'s ``score_sealed``: counts only."""
    sealed = gold["sealed"]
    table, optional, salt = sealed["digests"], set(sealed["optional"]), sealed["salt"]
    found: set[int] = set()
    false_positives: set[Key] = set()
    contradictions = 0
    for rec in _records(predicted):
        subj = _names(rec["subject"], rec.get("subject_aliases"))
        obj = _names(rec["object"], rec.get("object_aliases"))
        pred, negated = rec["predicate"], bool(rec.get("negated"))

        def hits(polarity: bool) -> set[int]:
            # Symmetric predicates are sealed both ways, so one direction is enough here.
            return {k for a in subj for b in obj for k in table.get(digest(salt, a, pred, b, polarity), ())}

        matched = hits(negated)
        if matched:
            found.update(matched)
            continue
        key = (normalize(rec["subject"]), pred, normalize(rec["object"]), negated)
        if key not in false_positives:
            false_positives.add(key)
            contradictions += bool(hits(not negated))
    required = set(range(sealed["relations"])) - optional
    return ArticleScore(
        id=str(gold.get("id", "")),
        tp=len(required & found),
        fp=len(false_positives),
        fn=len(required - found),
        sealed=True,
        sealed_contradictions=contradictions,
    )


def score_article(gold: dict, predicted: Iterable[dict]) -> ArticleScore:
    """Compare the relations predicted for one article with its annotation.

    ``gold`` is a parsed annotation file, open or sealed; ``predicted`` holds relation
    records (``subject``, ``subject_aliases``, ``predicate``, ``object``,
    ``object_aliases``, ``negated``). Records without a subject, predicate or object are
    ignored. A sealed article's score holds counts only.
    """
    if is_sealed(gold):
        return _score_sealed(gold, predicted)
    gold_end = _gold_ends(gold)
    golds = [
        (gold_end(g["subject"]), g["predicate"], gold_end(g["object"]), bool(g.get("negated")), g)
        for g in gold.get("relations", [])
    ]
    found: set[int] = set()
    false_positives: dict[Key, bool] = {}  # key -> is a contradiction; insertion-ordered
    sources: dict[Key, list[tuple[str, str]]] = {}
    for rec in _records(predicted):
        subj = _names(rec["subject"], rec.get("subject_aliases"))
        obj = _names(rec["object"], rec.get("object_aliases"))
        pred, negated = rec["predicate"], bool(rec.get("negated"))
        same, opposite = [], []
        for k, (g_subj, g_pred, g_obj, g_negated, _) in enumerate(golds):
            if g_pred != pred:
                continue
            if (subj & g_subj and obj & g_obj) or (pred in SYMMETRIC and subj & g_obj and obj & g_subj):
                (same if g_negated == negated else opposite).append(k)
        if same:
            found.update(same)
            continue
        key = (normalize(rec["subject"]), pred, normalize(rec["object"]), negated)
        if key not in false_positives:
            false_positives[key] = bool(opposite)
        sources.setdefault(key, []).extend(_sources(rec))

    required = [k for k, g in enumerate(golds) if not g[4].get("optional")]
    return ArticleScore(
        id=str(gold.get("id", "")),
        tp=sum(1 for k in required if k in found),
        fp=len(false_positives),
        fn=sum(1 for k in required if k not in found),
        missed=[golds[k][4] for k in required if k not in found],
        false_positives=sorted(false_positives),
        contradictions=[k for k, flipped in false_positives.items() if flipped],
        sources={k: list(dict.fromkeys(v)) for k, v in sources.items()},
    )


def _sources(record: dict) -> list[tuple[str, str]]:
    """The (rule, sentence) pairs of a relation record's evidence; none for records without."""
    evidence = record.get("evidence")
    if not isinstance(evidence, list):
        return []
    return [(str(e.get("rule") or ""), str(e.get("sentence") or "")) for e in evidence if isinstance(e, dict)]


def _check_sealed(data: dict, label: str) -> dict:
    for key in ("id", "text"):
        if not isinstance(data.get(key), str):
            raise InputError(f"{label}: missing or invalid {key!r} (expected str)")
    sealed = data["sealed"]
    if not isinstance(sealed, dict):
        raise InputError(f"{label}: 'sealed' must be an object")
    try:
        bytes.fromhex(sealed.get("salt"))
    except (TypeError, ValueError):
        raise InputError(f"{label}: sealed salt must be a hex string") from None
    n = sealed.get("relations")
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise InputError(f"{label}: sealed 'relations' must be a count")

    def indexes(value: Any) -> bool:
        return isinstance(value, list) and all(isinstance(k, int) and not isinstance(k, bool) and 0 <= k < n for k in value)

    digests = sealed.get("digests")
    if not isinstance(digests, dict) or not all(isinstance(d, str) and indexes(ks) for d, ks in digests.items()):
        raise InputError(f"{label}: sealed 'digests' must map digests to relation indexes below {n}")
    if not indexes(sealed.get("optional")):
        raise InputError(f"{label}: sealed 'optional' must list relation indexes below {n}")
    return data


def _check_gold(data: Any, label: str) -> dict:
    if not isinstance(data, dict):
        raise InputError(f"{label}: expected a JSON object, got {type(data).__name__}")
    if is_sealed(data):
        return _check_sealed(data, label)
    for key, kind in (("id", str), ("text", str), ("entities", list), ("relations", list)):
        if not isinstance(data.get(key), kind):
            raise InputError(f"{label}: missing or invalid {key!r} (expected {kind.__name__})")
    for i, ent in enumerate(data["entities"]):
        if not isinstance(ent, dict) or not isinstance(ent.get("name"), str):
            raise InputError(f"{label}: entity {i} has no name")
        if not isinstance(ent.get("aliases", []), list):
            raise InputError(f"{label}: entity {ent['name']!r}: aliases must be a list")
    for i, rel in enumerate(data["relations"]):
        ends = ("subject", "predicate", "object")
        if not isinstance(rel, dict) or not all(isinstance(rel.get(k), str) for k in ends):
            raise InputError(f"{label}: relation {i} needs string subject, predicate and object")
        if rel["predicate"] not in PREDICATES:
            raise InputError(f"{label}: relation {i} has unknown predicate {rel['predicate']!r}")
    return data


def load_gold(path: str | os.PathLike) -> dict:
    """Read and check one annotation file; raise :class:`InputError` naming it if it is unusable."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    return _check_gold(data, str(path))


def gold_files(gold: str | os.PathLike) -> list[Path]:
    """The annotation files under ``gold``: a directory's ``*.json`` in name order, or one file."""
    path = Path(gold)
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise InputError(f"{path}: no *.json annotation files in this directory")
        return files
    if path.is_file():
        return [path]
    raise InputError(f"{path}: no such file or directory")


def parse_jsonl(lines: Iterable[str]) -> list[dict]:
    """Relation records from JSON Lines output; other lines (logs, blank) are skipped."""
    records = []
    for line in lines:
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict):
            records.append(rec)
    return records


def _run_command(cmd: str, gold: dict, workdir: str, timeout: float) -> tuple[list[dict], str | None]:
    """Run a shell command template on one article; return its records and an error, if any."""
    path = Path(workdir) / f"{Path(gold['id']).name or 'article'}.txt"
    path.write_text(gold["text"], encoding="utf-8")
    argv = cmd.format(
        input=shlex.quote(str(path)),
        published=shlex.quote(str(gold.get("published") or "")),
        id=shlex.quote(gold["id"]),
    )
    try:
        out = subprocess.run(argv, shell=True, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [], f"command timed out after {timeout:g}s"
    error = None
    if out.returncode != 0:
        error = f"command failed ({out.returncode}): {out.stderr.strip()[-500:]}"
    return parse_jsonl(out.stdout.split("\n")), error


def _as_record(item: Any) -> Any:
    # Accept Relation objects as well as records, so `conflictkg.extract` can be passed as is.
    if isinstance(item, dict) or not hasattr(item, "predicate"):
        return item
    from conflictkg.exports.tables import relation_record

    return relation_record(item)


def conflictkg_extractor(model: str | None = None, gazetteer: str | os.PathLike | None = None) -> Extractor:
    """conflictkg's own extractor as an :data:`Extractor`: ``conflictkg.extract`` + ``relation_record``.

    >>> extractor = conflictkg_extractor(gazetteer="actors.jsonl")
    >>> summary = evaluate("my-annotations/", extractor=extractor)  # doctest: +SKIP
    """
    import conflictkg
    from conflictkg.exports.tables import relation_record

    def run(text: str, published: str | None) -> list[dict]:
        relations = conflictkg.extract(text, published=published, model=model, gazetteer=gazetteer)
        # In the order `conflictkg extract` prints them, so that every count (which of two
        # records with the same ends is taken for a contradiction) is the same as score.py's.
        relations.sort(key=lambda r: (r.evidence[0].start if r.evidence else 0, r.predicate))
        return [relation_record(r) for r in relations]

    return run


def evaluate(
    gold_dir: str | os.PathLike,
    extractor: Extractor | None = None,
    cmd: str | None = None,
    *,
    timeout: float = 600,
    jobs: int = 1,
) -> Summary:
    """Run an extractor over every annotated article in ``gold_dir`` and score it.

    ``extractor`` is a callable ``(text, published) -> records``; ``cmd`` is instead a
    shell command template that prints JSON Lines, with ``{input}`` (a text file holding
    the article), ``{published}`` and ``{id}``; with neither, conflictkg's own extractor
    (:func:`conflictkg_extractor`) is used. A command that fails is recorded in the
    article's ``error`` and scored on whatever it printed, as ``score.py`` does; ``jobs``
    commands run at once (score.py's ``--jobs``). Sealed articles are scored too, counts only.

    >>> s = evaluate("tests/data/annotated", extractor=lambda text, published: [])  # doctest: +SKIP
    >>> s.recall, s.precision  # doctest: +SKIP
    (0.0, 0.0)
    """
    if extractor is not None and cmd is not None:
        raise InputError("give an extractor or a command, not both")
    golds = [load_gold(f) for f in gold_files(gold_dir)]
    scores = []
    if cmd is not None:
        with tempfile.TemporaryDirectory(prefix="conflictkg-eval-") as tmp, ThreadPoolExecutor(max(1, jobs)) as pool:
            for gold, (records, error) in zip(golds, pool.map(lambda g: _run_command(cmd, g, tmp, timeout), golds)):
                score = score_article(gold, records)
                score.error = error
                scores.append(score)
        return Summary(scores)
    extractor = extractor or conflictkg_extractor()
    for gold in golds:
        records = [_as_record(r) for r in extractor(gold["text"], gold.get("published") or None)]
        scores.append(score_article(gold, records))
    return Summary(scores)
