"""A battery of the project's own sentences (``data/act52_battery.jsonl``; format and checks in ``batteries.py``):
an attack told by a projectile and the participle that sent it at its target. The sender is whoever answered,
responded or retaliated with it ("A answered with dozens of shells fired at X"), or whoever the projectile is
marked as, inside a launched batch ("a salvo of Russian missiles aimed at Y"); the construction
``act52:projectile-fired-at`` (``graph/lang/en/constructions/act52.jsonl``) reads it. An unmarked projectile
says nothing of its sender (whoever shot it down is no attacker), a reaction "with alarm to" missiles is no
answer with them, and missiles merely aimed at a place, outside a launched batch, attack nothing.

Also a place described in apposition as lying in a part of another by its bearing ("X, the largest city in the
north of Y", "X, a town in Y's northeast") lies in the owner of the part (``rules._bearing_owner``, read by the
apposition of place); a bare "in the east" names no container, an owner that is no place contains nothing, and
an owner told by a description ("in the north of the state": a federal state or the country) is left unread."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
