"""A battery of the project's own sentences (``data/row43a_battery.jsonl``; format and checks in ``batteries.py``),
written as paraphrases of the readable sets' attack and capture sentences that were missed even when run alone
(round 43), each mended at its mechanism. Taking an unnamed military post or seat of armed authority right before
'in' or 'at' a town takes the town ('seized the police station in X', 'overran an army garrison in Y', 'the capture
of an army outpost in Z by A': ``taken_post_nouns``, ``seat_post_nouns``, constructions ``row43a:post-taken-in`` and
``row43a:capture-of-post-in``); a base or station merely overrun, a post near a town, a place with a modifier of its
own ('in northern X', 'in the X region'), a denied or feared taking take nothing. A post 'at' a place stands there
for a strike noun too ('the attack carried out by A on the border post at X': ``rules.struck_sites``), and a communique's
'elements of A' who carried out an attack are A's men (``force_nouns``, read by ``attacks:carried-out-by``; 'elements
of' a named unit or of a plan elsewhere stay what they are)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("row43a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
