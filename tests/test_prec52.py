"""A battery of the project's own sentences (``data/prec52_battery.jsonl``; format and checks in ``batteries.py``):
false relations read at the fifty-second round's start. A complaint or protest taken to a body that hears it ("complained
to the UN Security Council", "protested to the General Assembly", "lodged a complaint with the United Nations") takes
the body as a forum, not as the actor reproached (the record ``condemn14:protested-to``, whose object may not be
headed by a council, assembly, court, tribunal or the UN); a protest to a state still reproaches it. A leading
participle set off by a comma after an armed body an act noun names ("the attack on the X Front, led by N") is the
body's, not the act's: N is not the attacker (``rules._leads_noun_object``, read by ``rules.noun_rule``); after a
place the participle stays the act's ("the offensive on the town of K, led by Colonel N"). A denial of killing people in a place ("denied killing a farmer in B") or of
striking a named body's sites there ("has not shelled the X positions in J") denies nothing of the place
(``relations._part_denied`` for the place readings ``attacks:targets-in-place`` and ``...:place``): the body is
the one denied struck, and read positively the place is still the one struck; a site denied struck in a place
("denied shelling a displacement camp in K") stays a denied attack on the place, as the annotated sets read it.
A region's facility noun that names its place in an "of" phrase ("Puntland's port of Bosaso") is that place, lying in
the region, not an unnamed "Puntland port" (``Resolver._read_facilities`` passes over it); a possessed port with no
"of" ("Puntland's port") is still the region's facility."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
