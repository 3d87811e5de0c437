"""A battery of the project's own sentences (``data/fix27_battery.jsonl``; format and checks in ``batteries.py``)
mending wrong readings of existing rules. A demonym before a rebel word names the rebels' people ("Turkish
strikes on Syrian rebel positions": Syrian rebels, neither Syria nor the attacker's rebels), and unnamed rebels
under a noun the attacker's demonym modifies are not the attacker's own (``Resolver._head_refs``,
``Resolver._generic_rebels``). A singular "it" in the reported clause of a plural speaker ("UN officials say it is
backed by X") is neither the speakers nor the body they serve (``resolve._plural_speaker``), so "experts",
"investigators" and "monitors" of a body may speak for it (``igo_agent_nouns``). A sanction denied on a group's
leader or commander denies nothing of the group (``relations._part_denied``). A complement that makes a verb an
idiom ("took X to task", "held X to account": ``idiom_complements``) leaves none of the verb's literal frames read
(``rules._idiom_complement``). A state's police, or its forces firing on a crowd, in a town of that state by the
gazetteer is policing at home, no attack on the town (``rules._own_ground``; ``policing_force_nouns``,
``crowd_nouns``). "Signed up with / for" an armed group is membership, not talks (``triggers.jsonl``). Names
listed after a subject of members ("Members of the bloc, A and B, refused to sign") are one side, not a pair
that talks (``constructions._listed_members``)."""

from __future__ import annotations

from batteries import Battery

from conflictkg.graph.lexicon import CROWD_NOUNS, IDIOM_COMPLEMENTS, POLICING_FORCE_NOUNS

BATTERY = Battery.load("fix27_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_idiom_complements_are_data():
    assert "task" in IDIOM_COMPLEMENTS["take"] and "account" in IDIOM_COMPLEMENTS["hold"]
    assert all(" " not in w for words in IDIOM_COMPLEMENTS.values() for w in words)


def test_policing_words_are_no_places():
    assert "police" in POLICING_FORCE_NOUNS and "protesters" in CROWD_NOUNS
    assert not {"homes", "town", "village", "troops"} & (POLICING_FORCE_NOUNS | CROWD_NOUNS)
