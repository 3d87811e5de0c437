"""A battery of the project's own passages (``data/tie59_battery.jsonl``; format and checks in ``batteries.py``):
co-mediators named by a bare "with" set off by commas after the go-between ("Turkey, with Egypt and Qatar,
mediated the ceasefire"): each deals with the parties as the subject does (``rules._co_brokers``). Only under a
verb of brokering (``broker_verbs``) and only names: "with Qatari support", "with Israel's consent" or "with
Morocco absent" name no co-mediator.

Also the first of two coordinated demonyms the tagger reads as a name ("under Emirati and Saudi mediation",
"Emirati and Egyptian mediators brought A and B together"): it modifies the shared noun, coordinated with the
second (``entities._demonym_read_as_name_before_pair``); observers or fans so named deal with no one. And
negotiators of two owners who hold talks with a third do not deal with each other ("Qatari and Egyptian envoys
held talks with Hamas": ``talks14:coordinated-negotiators-met`` with ``unless_prep`` "trigger+:with", the "+"
reading the words right after the verb's objects, ``constructions._prep_hosts``).

And backing told by what the backed relies on or acts with: "A relies on special forces battalions trained by C", "A depends
on fighters paid by C" (``tie59:relies-on-supplied``), "A held the town with soldiers sent by C"
(``tie59:with-troops-sent-by``, only after the verb's object: "clashed with soldiers sent by C" names a foe)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie59_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
