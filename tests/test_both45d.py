"""A battery of the project's own sentences (``data/both45d_battery.jsonl``; format and checks in ``batteries.py``):
members of a bloc listed after a plural noun of a state's kind ("the community has nine member states, including
X and Y", "a union that groups five states including X", "states such as X"). The tagger gives a state the
gazetteer does not know a place's label, or a person's, and a place is no member; a one-word name so listed is
now a state of the text (``resolve._state_context`` through ``_listed_among_states``), and the membership
constructions (member25, session28, member8) read it. Towns, provinces and breakaway states so listed are no
states' members (near-misses).
Also a list's owner named after the list ("B remains on the terrorist blacklists of A and C", ``list:stands-on``
with the slot ``list:prep:of``) and keeping a group on a terrorist list ("A keeps B on its terror list",
``session17:added-to-modified-list`` with "keep" and "maintain"); a modal or "no longer" keeps nothing, and a list
of partners lists no terrorists (near-misses)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("both45d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
