"""A battery of the project's own sentences (``data/place50_battery.jsonl``; format and checks in ``batteries.py``):
a place said by the bare copula to be in another ("X is in Y", "X is also in Y", "X, which is in Y"), which neither
"X lies in Y" (``place:lies-in``) nor "X is a town in Y" (``place48:copula-settlement-in``) read. The construction
``place50:copula-in`` (``graph/lang/en/constructions/place50.jsonl``) reads it for a place as the subject and a place
or a state as the container. A place "in rebel hands", a body "in" a state, a denied copula and a description as the
subject are none. Also a taking told as driving an armed foe "from" a place ("A drove B from X", "the faction that
drove B from X"), the "from" twin of ``captures:drove-out``, read by ``place50:drove-from`` in the same file: only a
foe the gazetteer types as armed or a noun of fighters, troops or rebels; protesters or diplomats driven from a
place, a pledge to drive a foe out and a denied drive are none. And a landform named with its kind's noun after a
place's possessive ("Egypt's Sinai peninsula", "Kenya's Aberdare mountains"), read by ``rules.place_rule`` through
``rules._possessed_landform`` as it reads "Mozambique's Cabo Delgado province": a body's possessive places nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("place50_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
