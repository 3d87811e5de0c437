"""A battery of the project's own sentences (``data/fresh41c_battery.jsonl``; format and checks in ``batteries.py``):
readings mended from five invented articles about Asian conflicts written in the sealed set's styles -- an analysis
(the Philippines' two fronts), two wire reports (the Thai-Cambodian border, Manipur under federal rule), an NGO press
release (hostages in Papua) and an explainer with bullet lists (Rakhine's armed actors) (``data/fresh41c/``). A named
formation owned by a government's force is one of its units ("the Philippine Army's 4th Infantry Division",
``fresh41c:state-force-unit``); "N, executive director of X" heads X (``fresh41c:executive-director-appos``,
``head_title_modifiers``); "junta troops" are the junta's as "regime troops" are the regime's (``ruling_modifiers``);
radars handed over are materiel (``support_goods``); "A claims B as part of C" places B, never the claimant
(``part-of``); a civic body's name run on into a state's ("Amnesty International Indonesia") is its national section,
not the state (``entities._national_section``); and "villages it suspects of sheltering X" leaves the suspecter out
of the sheltering (``rules._pcomp_governor``). The invented articles' precision and recall are held at or above what
this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh41c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh41c")
    assert summary.contradictions <= 1 and summary.precision >= 0.87 and summary.recall >= 0.59, summary.to_dict()
