"""Batteries of the project's own sentences (``data/*_battery.jsonl``) and the checks each runs.

A battery line holds a sentence written for this project and, for it, the relations it states (``expect``),
the ones it denies (``neg``: read as negated, never as a fact), the ones it must not yield as a fact
(``absent``: hypotheses, intents, other readings) and the ones it must not yield as denied (``not_negated``);
each relation is ``[subject, predicate, object]``, matched by any name of its ends (either way round for a
symmetric predicate). Every precision check is asserted; a stated or denied relation is asserted unless it is
among the module's known misses (gaps left for later: their sentences stay in the battery).

    BATTERY = Battery.load("breadth11_battery.jsonl", KNOWN_MISSES)
    (test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
     test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from relations_helpers import SYMMETRIC, got, read
from conflictkg.graph.model import normalize_name

Case = tuple[str, str, str, str]  # (sentence, subject, predicate, object)


def _names(actor) -> set[str]:
    return {normalize_name(n) for n in (actor.name, *actor.aliases)}


def holds(text: str, s: str, p: str, o: str, negated: bool) -> bool:
    """Whether ``text`` yields the relation by any name of its ends (either way round for a symmetric one)."""
    ends = [(s, o), (o, s)] if p in SYMMETRIC else [(s, o)]
    return any(r.predicate == p and r.negated == negated and normalize_name(a) in _names(r.subject)
               and normalize_name(b) in _names(r.object) for r in read(text) for a, b in ends)


@dataclass
class Battery:
    lines: list[dict]
    known_misses: set[Case] = field(default_factory=set)

    @classmethod
    def load(cls, name: str, known_misses: set[Case] = frozenset()) -> "Battery":
        path = Path(__file__).parent / "data" / name
        return cls([json.loads(line) for line in path.open(encoding="utf-8") if line.strip()], set(known_misses))

    def cases(self, *keys: str) -> list[Case]:
        return [(c["text"], *rel) for c in self.lines for key in keys for rel in c.get(key, [])]

    def predicates(self, *keys: str) -> set[str]:
        return {p for _, _, p, _ in self.cases(*keys)}

    def count(self, key: str, predicate: str) -> int:
        """How many ``key`` cases ("expect", "neg", "absent") are of ``predicate``."""
        return sum(p == predicate for _, _, p, _ in self.cases(key))

    def breadth_test(self, predicate: str, **least: int):
        """A test that the battery holds at least ``least[key]`` cases of ``predicate`` under each key
        (``expect=25, neg=2, absent=15``): a battery broad enough to say something."""
        def test_battery_is_broad():
            for key, floor in least.items():
                assert self.count(key, predicate) >= floor, (key, predicate, self.count(key, predicate), floor)
        return test_battery_is_broad

    def near_misses(self, predicate: str) -> list[str]:
        """The lines that state and deny nothing and rule ``predicate`` out: its near-misses."""
        return [c["text"] for c in self.lines if not c.get("expect") and not c.get("neg")
                and any(p == predicate for _, p, _ in c.get("absent", []))]

    @property
    def stated(self) -> list[Case]:
        return [c for c in self.cases("expect") if c not in self.known_misses]

    @property
    def denied(self) -> list[Case]:
        return [c for c in self.cases("neg") if c not in self.known_misses]

    @property
    def not_facts(self) -> list[Case]:
        return self.cases("absent", "neg")

    @property
    def not_denied(self) -> list[Case]:
        return self.cases("not_negated")

    def tests(self):
        """The battery's four checks, as test functions for the module that holds it."""

        @pytest.mark.parametrize("text,s,p,o", self.stated, ids=[f"stated-{n}" for n in range(len(self.stated))])
        def test_stated_relation_is_read(text, s, p, o):
            assert holds(text, s, p, o, False), f"{(s, p, o)} not read from {text!r}: {got(text)}"

        @pytest.mark.parametrize("text,s,p,o", self.denied, ids=[f"denied-{n}" for n in range(len(self.denied))])
        def test_denied_relation_is_read_as_denied(text, s, p, o):
            assert holds(text, s, p, o, True), f"{(s, p, o)} not read as denied from {text!r}: {got(text)}"

        @pytest.mark.parametrize("text,s,p,o", self.not_facts, ids=[f"not-fact-{n}" for n in range(len(self.not_facts))])
        def test_denied_or_open_relation_is_never_a_fact(text, s, p, o):
            assert not holds(text, s, p, o, False), f"{(s, p, o)} read as a fact from {text!r}: {got(text)}"

        @pytest.mark.parametrize("text,s,p,o", self.not_denied,
                                 ids=[f"not-denied-{n}" for n in range(len(self.not_denied))])
        def test_stated_later_is_never_denied(text, s, p, o):
            assert not holds(text, s, p, o, True), f"{(s, p, o)} read as denied from {text!r}: {got(text)}"

        return (test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
                test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied)

    def known_misses_test(self):
        """A check that each known miss is still missed: one read now belongs among the stated relations."""

        denied = set(self.cases("neg"))

        def test_known_misses_are_still_missed():
            for case in self.known_misses:
                assert not holds(*case, case in denied), case

        return test_known_misses_are_still_missed


def invented_set_summary(folder: str):
    """The scores of the project's invented, annotated articles in ``data/<folder>/`` (by the eval's rules), read
    through the public API."""
    import conflictkg
    from conflictkg.evaluate import evaluate
    from conflictkg.exports.tables import relation_record

    def extractor(text, published):
        return [relation_record(r) for r in conflictkg.extract(text, published=published)]

    return evaluate(Path(__file__).parent / "data" / folder, extractor=extractor)
