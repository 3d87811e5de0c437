"""A battery of the project's own sentences (``data/oppose28_battery.jsonl``; format and checks in ``batteries.py``):
standing hostility (``opposes``) in more of the wording of news copy. A body an "anti-B" (or "counter-B") prefix sets
against B is never B itself ("the anti-Houthi coalition struck X" is no Houthi attack, "joined the anti-Boko Haram
coalition" no membership of Boko Haram: ``resolve._opposing_prefixed``, word class ``opposing_prefixes``); who leads,
forms or joins such a body stands against B. A fight vowed to go on ("pledged to keep fighting B", "swore to fight on
against B"); an armed push resisted, withstood or held off ("held off B's advance", ``advance_nouns``); a set called
warring (or rival, of armed sides) named beside two actors ("the warring factions, A and B,"); a hostility denied
with "no" ("has no quarrel with B", "bears no hostility toward B", ``grievance_nouns``); resistance to an actor
(trigger lexicon); an actor held as an enemy ("regards B as an enemy", denied when not); fighters listed ("groups
fighting B include A") and enemies listed ("B's enemies, including A,"); coordinated patients locked or mired in a
war; the passive "A was pitted against B"; "squared off against B" and "took on B"; an armed opponent (not a
political one). A fight set in an election, a parliament or a court is politics or law, not a war
(``relations._civic_contest``, word class ``civic_contest_nouns``). Constructions in ``constructions/oppose28.jsonl``,
tested from their records."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("oppose28_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
