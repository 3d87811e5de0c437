"""A battery of the project's own sentences (``data/deny33_battery.jsonl``; format and checks in ``batteries.py``):
denials whose charge only a construction reads, or whose denier names the state a charge was made against its
government. "X accused Y of allowing Z to operate from its territory. Y denied the charge": the charged act is read by
the constructions whose trigger is the accusation's gerund, with the accused as its doer
(``ConstructionMatcher.charged_acts``, ``discourse._charges``) -- one reading only, and only where the act is the
accusation's one gerund ("of letting Z use its soil and shelling W. Y denied it" answers neither). A charge against
"X's government" that X's capital denies is a denial told of the state (``discourse._denied_charges``). ", which Y
denies", hung by the parser on the last noun of "accused Y of arming Z", denies the accusation, not Z
(``discourse._relative_to_a_charge``). A denial by
anyone not accused, or a denial not made ("did not deny"), answers nothing. The invented articles, annotated, are
``data/deny33/``; their precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("deny33_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("deny33")
    assert summary.contradictions == 0 and summary.precision >= 0.9 and summary.recall >= 0.9, summary.to_dict()
