"""The token-free scans of speed23 read what the Token-by-Token scans they replace read.

Each fast path (a doc's text joined from its form and space columns, a guard's verdicts kept from doc to doc,
proper nouns, acronyms, verbs and gendered words found from attribute columns, a contest's sentence bounds
found once) is checked against the plain reading on texts of our own; the battery
(``data/speed23_battery.jsonl``) checks that the readings those paths feed still come out."""

from __future__ import annotations

import pytest

from batteries import Battery
from conflictkg.graph import rules as rules_module
from conflictkg.graph.gazetteer import cached_gazetteer
from conflictkg.graph.pipeline import load_pipeline
from conflictkg.graph.resolve import Resolver, _place_votes
from conflictkg.graph.rules import GUARDS, RULES, guarded_calls, title_rule
from conflictkg.graph.segment import _LAST_TEXT, doc_text

TEXTS = [
    # double spaces, a blank line, a tab, a merged entity, a trailing space
    "Ceasefire  collapses in Marovia\n\nPORT LENA, Marovia — The Marovian Liberation Army  said on Friday it had "
    "shelled the port of Port Lena.\tThe government of Marovia accused Kestria of arming the rebels. ",
    "The Allied Coastal Front (ACF) seized Tarsen on Monday. ACF commanders said the town was theirs, and Colonel "
    "Dana Okoro said she would not negotiate with the Front. Okoro later met envoys in Geneva.",
    "Veltria beat Ostra 3-1 in the regional cup final, and Ostra's coach resigned. Days later, Veltrian jets "
    "struck depots near Ostra City; Ostra denied the claims that it had armed the Sable Brigade.",
]


@pytest.fixture(scope="module")
def docs():
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["conflict_relations"]):
        return [nlp(text) for text in TEXTS]


def test_doc_text_is_the_doc_text(docs):
    for doc in docs:
        _LAST_TEXT[0] = None
        assert doc_text(doc) == doc.text
        assert doc_text(doc) is doc_text(doc)  # (joined once per doc)


def test_place_votes_from_proper_nouns_are_the_votes_over_every_token(docs):
    for doc in docs:
        propns = [t for t in doc if t.pos_ == "PROPN"]
        assert _place_votes(doc, propns) == _place_votes(doc)
        assert any(_place_votes(doc).values())


def test_guard_verdicts_kept_from_doc_to_doc_are_the_guards(docs, monkeypatch):
    """Each doc read after the others (the memo filled by them) fires each rule exactly where its guard holds;
    so does a memo bounded to a few entries, which starts afresh."""
    for size in (rules_module._GUARD_MEMO_SIZE, 3):
        monkeypatch.setattr(rules_module, "_GUARD_MEMO_SIZE", size)
        for doc in docs + docs:
            res = Resolver(doc, cached_gazetteer(""))
            for rules in ([r for r in RULES if r is not title_rule], RULES):
                expected = [(t.i, [r for r in rules if GUARDS.get(r) is None or GUARDS[r](t, res)]) for t in doc]
                expected = [(i, fired) for i, fired in expected if fired]
                assert [(t.i, fired) for t, fired in guarded_calls(doc, res, rules)] == expected
                assert expected
        assert all(len(memo[2]) <= max(size, 1) + 400 for memo in rules_module._GUARD_MEMO.values())


BATTERY = Battery.load("speed23_battery.jsonl", set())
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
