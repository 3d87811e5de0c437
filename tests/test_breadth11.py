"""A second battery of the project's own sentences (``data/breadth11_battery.jsonl``; format and checks in
``batteries.py``): newsroom constructions no earlier battery held, in wire, analysis, press-release, headline
and reported-speech styles, about real and invented actors."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("breadth11_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each family of the battery is stated by at least two sentences and ruled out by at least one."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    ruled_out = BATTERY.predicates("neg", "absent")
    for p in ("supports", "opposes", "attacks", "withdraws_from", "sanctions"):
        assert stated.count(p) >= 2, p
        assert p in ruled_out, p


def test_unknown_verb_form_keeps_the_lemmatizer_lemma():
    """A past form lemminflect does not know ("bankrolled") keeps the lemmatizer's lemma, not a guess ("bankrol")."""
    assert holds("Qatar bankrolled Hamas for years.", "Qatar", "supports", "Hamas", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
