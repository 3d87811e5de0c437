"""A battery of the project's own sentences (``data/w55e_battery.jsonl``; format and checks in ``batteries.py``):
an imagined course of events told over several sentences. A scenario opened in a paragraph ("In this scenario,
X seizes Y.", "Suppose X seizes Y.", "One plausible path: X seizes Y.", "Analysts sketch three outcomes.") goes on
through the paragraph's next clauses told in the present or with a modal ("Z then withdraws from W"), which tell no
event (``relations._in_scenario_run``, ``_opens_scenario``; word classes ``scenario_heads``,
``supposition_verbs``). Each clause is judged by its own verb (``relations._told_as_open``): one told in the past
or the perfect, a relative clause or a participle ("Z, which has armed Y since 2021", "W, captured in January")
is the article's fact. The run ends at a line break or dateline, at a sentence told in the past, and at one that
leaves the scenario ("In reality", "Today": ``scenario_exits``). A scenario talked about ("This scenario alarms
Z"), "imagine the scene" and a numberless "every outcome" open none."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w55e_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
