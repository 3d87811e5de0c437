"""A battery of the project's own sentences (``data/acc33_battery.jsonl``; format and checks in ``batteries.py``):
condemnations whose ends were left open. A bare "the army" or "the military" read as a government stands for the
one army of that state the text named by name before it ("X has fought the Kenya Defence Forces ... accused the
military of ...": ``resolve._army_of_government``; an "of" with a gerund the parser hangs on the noun is the charge's,
not an owner), and a later bare "the army" continues that reading (``_army_chain``); no army named, or two, leave the
government. A condemned act that names its place ("condemned the attack on X", "the shelling of X") whose last
attack hit elsewhere reaches the attack on X however far back (``discourse._condemned_fits``); of two attacks on X
by others, the one of the noun's own act ("the shelling" of a shelling: ``_same_act``); an agentless "the attack on X"
told after an attack on X and a later one elsewhere is the attack on X, not the last attacker's (``_attack_described``). An attack or capture told
with a modal ("the army would retake the town") is no event a later "the seizure of X" refers back to. "Condemned
the sanctions" reaches the one actor who sanctioned just before (``act_event_verbs``). The invented articles,
annotated, are ``data/acc33/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("acc33_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("acc33")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.56, summary.to_dict()
