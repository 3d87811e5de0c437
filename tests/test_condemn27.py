"""A battery of the project's own sentences (``data/condemn27_battery.jsonl``; format and checks in ``batteries.py``):
condemnation and accusation in the idioms of news copy. A charge told with a gerund accuses ("A charged B with
arming X", "B was charged by A with ..."; not troops charging with bayonets, nor a court's charge of a crime:
``constructions/condemn27.jsonl`` condemn27:charged-with). An act or measure whose doer is named on it, labelled a
censure ("called B's decision an insult", "described the Xian blockade as piracy": ``act_censure_labels``) or
drawing a protest from A ("B's decision drew a protest from A": ``drawing_verbs``, ``censure_nouns``), condemns
the doer; with no doer named, it names no one. A party's charge that B was behind, paid for, bankrolled or
masterminded an attack, abuse or plot accuses B; so does a charge that B wages war on the party itself (only a
pronoun after "on": a war on a third party may be a report), and telling B not to blame others. Several actors
a partitive marker lists ("several states, among them A and B": ``lexicon.partitive_examples``) are what the
plural refers to; "Malian officers / generals" speak for their state as the subject of a verb of saying or of
statecraft only (``military_speaker_nouns``), "UN investigators" and "a UN rapporteur" for their body (``agent_nouns``,
``igo_agent_nouns``). An act that is no
attack, condemned, labelled, drawing a protest or said to breach a deal with no doer of its own ("A deployed
troops to X. B condemned the deployment"; "the detention violates the truce, A said"), reaches the subject of the
one verb telling it in the two sentences before (``discourse._act_condemned``, ``act_event_verbs``,
``breach_verbs``); two doers, an unreal act, or an analyst's words give nothing. Idioms of rebuke: "took B to
task", "took a swipe at B", "called B out for" (not "called out the reserves"); censure aimed or drawn ("A reserved its
harshest criticism for B", "B drew the ire of A", "B came in for criticism from A"; not praise or attention). A
complaint lodged against B with a forum C reproaches B, not C."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("condemn27_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

test_battery_is_broad = BATTERY.breadth_test("condemns", expect=20, absent=12)
