"""A battery of the project's own sentences (``data/side56_battery.jsonl``; format and checks in ``batteries.py``):
a deal, talks or a part of them ("several rounds of talks", "a series of meetings") made, hosted or suspended
"between the two sides" is the deal of the conflict's two sides with each other
(``talks28:deal-between-the-sides``). The bodies named as the subject of the verb that makes or hosts it
("Egypt and Qatar brokered a truce between the two sides") are go-betweens, never the pair "the two sides"
means (``relations._deal_makers``, read by ``relations._local_sides``). A deal only called for, wanted or
refused between the sides gives nothing, and the go-betweens never deal with each other.

Also a meeting held "under the mediation of C" ("A met the envoys of B in X under C's mediation"): C deals with
the party met (the object of a meeting verb, or the "with" of one, through its envoys or delegation: B) as with
the subject (``rules._met_parties``, ``rules._sender``, word class ``meeting_verbs``). A meeting refused stays
no fact, and a meeting with one's own people or an attack "under the gaze of" C reads nothing.
The same under C's auspices, facilitation or sponsorship ("A received a delegation of B under the auspices of
C"): the construction ``side56:auspices-met-party`` (``graph/lang/en/constructions/side56.jsonl``); "under the
protection of C", or a meeting verb as a participle on a noun (a reporter's clause), reads nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("side56_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
