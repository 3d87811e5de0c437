"""A battery of the project's own sentences (``data/w54a_battery.jsonl``; format and checks in ``batteries.py``).

Membership told by what a body is made of, where the body is one the gazetteer does not know and NER took for a
mere organisation: "the X Council counts A and B among its members", "X has six member states, including A",
"X brings together A, B and C". A body whose members the clause names, all of them states, is an
intergovernmental body, so the membership constructions that ask for one read it
(``constructions._bodies_of_member_states``). Donors, critics or partners are no members, and a body that no
longer counts a state among its members holds no membership of it.

Also a leader's participle joined to another set-off participle ("the X Front, founded by M and led since 2015
by N,"): the tagger reads the second as a simple past; it is repaired as the participle it is
(``entities._agent_participle_read_as_past`` with ``entities._joined_to_participle``), so N leads the front,
while a backer or a praiser in that place leads nothing.

Also a gloss of a body of members set off right after a name and its bracketed acronym ("talks brokered by the
Council of X States (CXS), a regional bloc to which A and B belong,"): the parser hangs it on the noun further
back, so its relative clause describes no name; it is hung on the name
(``entities._body_gloss_hung_on_earlier_noun``, nouns ``member_body_gloss_nouns``). A state told only by the
soldiers it sends makes no unknown body a union of states (``contributed_force_nouns``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w54a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
