"""A battery of the project's own sentences (``data/attack27_battery.jsonl``; format and checks in ``batteries.py``):
attacks whose target is named by a modifier, a place or a campaign (``constructions/attack27.jsonl``).

An attack, or a campaign of strikes, that a relative clause's subject launched against a target attacks it ("the
raids A conducted against X", "the air campaign A has waged against X", "the operation it launched against X"), as
does a striking campaign its owner names ("A's drone campaign against X"); a planned one or a campaign of words
does not. A share of the strikes is a part in them ("joined some of the raids on X", "took part in many of the
strikes against X"; denied, a denied attack), and a noun after a subset word's "of" hangs from the verb that governs
the share (``rules._governor``), so declining some of another's raids denies nothing of that other's. Fire on
unnamed sites in a named place attacks the place ("fired on farms in X province"), as their passive does ("homes
in X were hit by A"); strikes on sites a bearing from a town attack the town ("raids on villages north of X").
Unnamed sites or posts a state's demonym marks are that state's: overrun ("overran an Afghan army outpost"), struck
by an attack noun with its own agent ("Pakistan's air strikes on Afghan border towns"), or fired at ("fired a
missile at a US destroyer"); a post the bare army noun marks, overrun, is the army the text is about. A people's or
faith's adjective, rebels' positions, displaced people's camps, civilian ships, people in a place, sites near a
place and a feared or threatened strike give nothing. Strongholds, enclaves and hideaways are sites on the ground
(``struck_ground_nouns``: "strikes on militant strongholds near A and B" attack A and B); those a named actor owns
are that actor's, not the towns near them ("strikes on X strongholds near A" attack X: ``places25:struck-near``).
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("attack27_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

test_battery_is_broad = BATTERY.breadth_test("attacks", expect=20, neg=1, absent=15)
