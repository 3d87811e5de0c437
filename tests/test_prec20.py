"""A battery of the project's own sentences with traps found by writing unseen articles in new styles (fact-check,
think-tank brief with counterfactuals, negotiation readout, myth-busting explainer, rumour and retraction, timeline)
(``data/prec20_battery.jsonl``; format and checks in ``batteries.py``): a fronted condition the parser made the
sentence's root ("Had Washington sanctioned X in 2023, the war could have ended sooner") states nothing, while the
same clause without the inversion is read, and a question opened by "Had" is no condition; "A and B failed to agree /
were unable to reach a deal" says they negotiated without settling (neither denied nor read), while "failed to meet"
stays denied; "did not take X alone / single-handedly" states the act, while a bare "did not take X" denies it; a
sentence a "Myth:" label opens is a claim rated false, and the next sentence is the text's own again; a report its
source retracted, withdrew or deleted is neither stated nor denied, while a report the accused denies is denied; what
the text only reports others saying, the accused's later "denies it" leaves denied, while what the text states in its
own voice stands; a hyphen-split "vice-president" leads nothing; and the content of a rumour noun put after its verb
("Rumours spread that X took Y") is reported, not stated plainly."""

from __future__ import annotations

from batteries import Battery
from relations_helpers import read
from conflictkg.graph.segment import _claims

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("prec20_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_is_broad():
    """Each trap has near-misses and still-read positives."""
    assert len(BATTERY.cases("expect")) >= 10
    assert len(BATTERY.cases("absent", "not_negated")) >= 20
    assert len(BATTERY.cases("neg")) >= 4


def test_myth_label_spans_its_sentence_only():
    """A "Myth:" label at a sentence's start rates that sentence false, and no further; "The myths:" is a heading."""
    text = "Five myths. Myth one: A armed B. In fact, C armed B.\nThe myths: a list of five."
    spans = [(text[a:b], rating) for a, b, rating in _claims(text)]
    assert spans == [("A armed B.", "false")]


def test_rumour_content_is_reported():
    """'Rumours spread on Telegram that X had seized Y': the capture is what the rumour says, not a plain fact."""
    found = [r for r in read("Rumours spread on Telegram that the RSF had seized El Fasher.") if r.predicate == "captures"]
    assert found and all(r.modality == "reported" for r in found)
    plain = [r for r in read("The RSF seized El Fasher in October.") if r.predicate == "captures"]
    assert plain and all(r.modality is None for r in plain)
