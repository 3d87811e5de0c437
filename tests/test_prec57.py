"""A battery of the project's own sentences (``data/prec57_battery.jsonl``; format and checks in ``batteries.py``):
two precision guards.

Armed groups that work, cooperate or coordinate with each other "on" a deal or on business are no allies
("A worked with B on mining deals"): ``talks13:armed-groups-cooperate`` reads no alliance through
``@deal_nouns`` or ``@commerce_nouns`` (``unless_through``); cooperation on attacks, or with no "on" at all,
stays an alliance.

A plural subject pronoun of a verb coordinated with an earlier one continues that verb's own subject: where that
subject is a bare plural noun no actor is ("the mutineers praised X, which had attacked Y, and they accused Z"),
"they" names no one, not the actor told in passing in between (``Resolver._unnamed_conjunct_subject``); a named
or modified subject ("The Houthis ...", "Houthi fighters ...") keeps its reading.

A claim of "that attack" takes up the nearest attack told: a definite attack noun told with where it struck ("tied
them to the bombing at a market in X") is an attack the claim may be of (``discourse._struck_site``), so raids told
before it on other places are not the claimant's; places told twice ("attacked a hotel in X. The attack in X ...")
are one attack, still the claimant's."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
