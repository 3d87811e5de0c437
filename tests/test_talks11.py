"""A battery of the project's own sentences about talks: mediation, agreements, receptions and refusals.

``data/talks11_battery.jsonl`` holds sentences written for this project (invented wording about real actors)
with, for each, the negotiations it states (``expect``), the ones it denies (``neg``: read as negated, never as
a fact), the ones it must not yield as a fact (``absent``: offers, calls and plans for talks, a meeting about a
third party, a meeting of forces) and the ones it must not yield as denied (``not_negated``). Every precision
check is asserted; a stated or denied relation is asserted unless listed in ``KNOWN_MISSES`` (gaps left for
later: their sentences stay in the battery).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relations_helpers import SYMMETRIC, got, read
from conflictkg.graph.model import normalize_name

_PATH = Path(__file__).parent / "data" / "talks11_battery.jsonl"
BATTERY = [json.loads(line) for line in _PATH.open(encoding="utf-8") if line.strip()]


def _names(actor) -> set[str]:
    return {normalize_name(n) for n in (actor.name, *actor.aliases)}


def _holds(text: str, s: str, p: str, o: str, negated: bool) -> bool:
    """Whether ``text`` yields the relation by any name of its ends (either way round for a symmetric one)."""
    ends = [(s, o), (o, s)] if p in SYMMETRIC else [(s, o)]
    return any(r.predicate == p and r.negated == negated and normalize_name(a) in _names(r.subject)
               and normalize_name(b) in _names(r.object) for r in read(text) for a, b in ends)


# (sentence, subject, predicate, object) of stated or denied relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    # an attempt ("trying to") blocks its complement
    ("Qatar has been trying to bring Hamas and Fatah together.", "Qatar", "negotiates_with", "Hamas"),
}

STATED = [(c["text"], *rel) for c in BATTERY for rel in c.get("expect", [])
          if (c["text"], *rel) not in KNOWN_MISSES]
DENIED = [(c["text"], *rel) for c in BATTERY for rel in c.get("neg", [])
          if (c["text"], *rel) not in KNOWN_MISSES]
NOT_FACTS = [(c["text"], *rel) for c in BATTERY for rel in (*c.get("absent", []), *c.get("neg", []))]
NOT_DENIED = [(c["text"], *rel) for c in BATTERY for rel in c.get("not_negated", [])]


def test_battery_is_about_talks_and_lists_real_gaps():
    """Every stated or denied relation is a negotiation; every known miss is a sentence and relation of the battery."""
    assert len(BATTERY) >= 40
    assert {p for c in BATTERY for k in ("expect", "neg") for _, p, _ in c.get(k, [])} == {"negotiates_with"}
    listed = {(c["text"], *rel) for c in BATTERY for k in ("expect", "neg") for rel in c.get(k, [])}
    assert KNOWN_MISSES <= listed


@pytest.mark.parametrize("text,s,p,o", STATED, ids=[f"stated-{n}" for n in range(len(STATED))])
def test_stated_relation_is_read(text, s, p, o):
    assert _holds(text, s, p, o, False), f"{(s, p, o)} not read from {text!r}: {got(text)}"


@pytest.mark.parametrize("text,s,p,o", DENIED, ids=[f"denied-{n}" for n in range(len(DENIED))])
def test_denied_relation_is_read_as_denied(text, s, p, o):
    assert _holds(text, s, p, o, True), f"{(s, p, o)} not read as denied from {text!r}: {got(text)}"


@pytest.mark.parametrize("text,s,p,o", NOT_FACTS, ids=[f"not-fact-{n}" for n in range(len(NOT_FACTS))])
def test_denied_or_open_relation_is_never_a_fact(text, s, p, o):
    assert not _holds(text, s, p, o, False), f"{(s, p, o)} read as a fact from {text!r}: {got(text)}"


@pytest.mark.parametrize("text,s,p,o", NOT_DENIED, ids=[f"not-denied-{n}" for n in range(len(NOT_DENIED))])
def test_stated_later_is_never_denied(text, s, p, o):
    assert not _holds(text, s, p, o, True), f"{(s, p, o)} read as denied from {text!r}: {got(text)}"
