"""A battery of the project's own sentences about talks and mediation (``data/talks28_battery.jsonl``; format and
checks in ``batteries.py``). Wrong readings first: talks or a deal sought, offered or foreseen through a word and its
preposition ("pushed for talks between A and B", "an invitation to talks", "the prospect of a deal", "working
towards a truce": word class ``prospect_phrases``) or offered ("offered to host / broker": ``offer`` an intent verb)
state none; nor does one a linking verb calls not yet held ("a deal between A and B remains elusive", "a truce is out
of reach", "talks seem a distant prospect") or wanted now ("talks are needed"), though "the truce is unlikely to
hold" keeps the truce (``relations._judged_unreal``; ``linking_verbs``, ``unreal_complements``,
``wanted_complements``); states that sign a deal "as witnesses / guarantors" are no parties to each other
(``agreement:coordinated``). Then readings missed (``constructions/talks28.jsonl``, tested from their records too):
a deal struck or brokered in a relative clause ("the ceasefire A clinched with B", "the truce C arranged between A and
B"), talks held, or denied held, in one ("the talks that A denies having with B"), prisoner swaps (not negatable: a
swap not made says nothing of the dealings; "a prisoner swap between A and B" too), contacts between two states (denied with "no"), contacts kept up,
reopened or restored with a party, a deal between "the two sides" of the article's conflict, and a matter discussed
with a party or by coordinated parties (the matter, even an actor, is no party; plans and modals give nothing), and
talks with B that a state's speaker tells of ("Talks with B, A's envoy said, were going well"; not talks owned by
another, nor an unplaced analyst's words)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("talks28_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
