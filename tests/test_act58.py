"""A battery of the project's own sentences (``data/act58_battery.jsonl``; format and checks in ``batteries.py``):
a peacekeeping or regional mission (an IGO) that gives up its posts in a place withdraws from it, as a state's or
an armed group's forces do ("MONUSCO withdrew from most of its bases in Ituri", "AMISOM troops left their bases
around Baidoa": ``withdraws:from-positions-in``, ``withdraws:abandoned-positions-in``, ``hit46:abandoned-posts-around``
and their kin now take an IGO subject); reinforcing posts or refusing to leave them is no withdrawal.

Also a post named by the formation that holds it, then its town, is taken with the town ("took the 16th Infantry
Division's headquarters at Nyala"; ``act58:post-of-unit-taken-in``, beside row43a's unnamed post
right before the town); a party's office is no seat of armed control, a denied taking is none, and overrunning a
headquarters is left unread (the annotated sets split on it: an overrun command post told as an attack)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act58_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
