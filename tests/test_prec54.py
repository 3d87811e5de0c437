"""A battery of the project's own sentences (``data/prec54_battery.jsonl``; format and checks in ``batteries.py``):
false relations guarded against.

An act noun coordinated with another keeps its own object: in "A's siege of X and the shelling of farms by B"
the shelling's target is the farms, so B attacks nothing named; only a noun with no object phrase of its own
shares its conjunct's ("the bombing and shelling of X by B", "weapons and ammunition to X")
(``rules._own_object_phrase``, read by the noun rule).

A pronoun after a relative clause on an unnamed body is not the clause's subject: in "The militia, which Canada
lists as a terrorist group, raided posts; its fighters killed four guards in X", Canada is said of the militia
in passing, and "its" is left open (``resolve._subject_of_relative_aside``). A clause on a named body leaves
that body the pronoun's ("The Lakeland Brigade, which Dravia lists ..., its fighters": the Brigade's).

A name after another in a list whose last item has its own preposition ("in Ituri, North Kivu and around Beni")
is a list item, not a place the first lies in (``rules._in_name_list``); an appositive closed by a comma before
"and around" stays one ("in Goma, North Kivu, and around Bukavu").

A verb of assault whose "off" or "from" names a roster (``roster_nouns``) takes its object off it: "Moscow
struck the front off its register of outlawed groups" strikes no blow (``rules._struck_off_roster``);
"struck the rebels off the ridge" still does.

A listing verb lists the thing its object names, not who runs it: "the Council listed four entities, among them a
bank controlled by the X Corps" designates no Corps (``rules._listed_things_operators``); an actor the object
names outright is listed ("designated Hamas and a charity run by the group")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec54_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
