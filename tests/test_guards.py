"""rules.guarded_calls fires each rule exactly where its guard in rules.GUARDS holds."""

from __future__ import annotations

from conflictkg.graph.gazetteer import cached_gazetteer
from conflictkg.graph.pipeline import load_pipeline
from conflictkg.graph.resolve import Resolver
from conflictkg.graph.rules import GUARDS, RULES, guarded_calls, title_rule

TEXT = """Rebels seize border town as talks stall

GOMA, Congo — The M23 rebels, backed by Rwanda, captured the town of Bunagana on Sunday, and Congolese President
Felix Tshisekedi accused Kigali of sponsoring the insurgents. The army said its forces had launched an offensive
near the airport. Rwandan Defence Minister Juvenal Marizamunda denied the claims, and the militants' spokesman said
the group would attend peace talks in Luanda with the government.
"""


def test_guarded_calls_match_the_guards():
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["conflict_relations"]):
        doc = nlp(TEXT)
    res = Resolver(doc, cached_gazetteer(""))
    for rules in ([title_rule], [r for r in RULES if r is not title_rule], RULES):
        expected = [(t.i, [r for r in rules if GUARDS.get(r) is None or GUARDS[r](t, res)]) for t in doc]
        expected = [(i, fired) for i, fired in expected if fired]
        assert [(t.i, fired) for t, fired in guarded_calls(doc, res, rules)] == expected
        assert any(fired for _, fired in expected)
