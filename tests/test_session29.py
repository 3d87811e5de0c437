"""A battery of the project's own sentences (``data/session29_battery.jsonl``; format and checks in ``batteries.py``):
one who heads, commands or runs an unnamed formation of a body ("heads a Hezbollah rocket unit", "commands a Ukrainian
battalion") is one of its officers, not its leader (``rules._owned_formation``); a formation with a name of its own is
the body led. A possessive pronoun owning what a copula calls its subject ("Qatar is its biggest donor") is not that
subject's (``Resolver._copula_subjects``), unless it is "its own". A name prefixed "pro-" ("a pro-Islamic State group", where the name swallowed the group's noun,
"a pro-X group camp") names whom a group sides with, not the group: the name the group describes where one stands
beside it, else none. A verb the parser gave both a relative pronoun and an object of its own, both actors, is a misparse
of two clauses ("X, which A, B and C list as a terrorist group, has fought Y", "list" read as a noun) and reads
nothing (``rules._two_objects``). "the federal government in X" is not X's where X's state is no federation: the
place is where, the form says whose (``Resolver._form_unfit``). A description ("the alliance") is no actor whose names hold its noun
only as a modifier ("the X Democratic Alliance Army"; ``resolve._names_only_modified``). A bare withdrawal leaves
the place talked about, not a capital standing for its state ("Beijing then cut trade", "Nairobi accused Mogadishu";
``rules._capital_as_state``). A surname NER ran into a time phrase ("sanctions on Burhan days later") is the person
named in full before (``entities._person_before_time``), and the object of the preposition the parser left it
without (``entities._name_read_as_a_times_compound``). A bare surname the gazetteer gives to a person the text never
names in full is the one of that surname the text named in full ("Paul Mbeki ... Mbeki";
``Resolver._surnames_of_people_named``). Sanctions "placed", "put", "renewed" or "maintained" on an actor are
sanctions (triggers). An "-s" verb the parser coordinated with a reported clause whose subject is plural goes on with
the speaker ("X says the hilltops are needed and accuses Y"; ``entities._report_continued_as_clause``). Where unnamed towns or villages left lie is what is left ("withdrew from
several towns in the X region"), as for a taking (``rules._taken_area_places``). A name right after a definite description of a body, which the parser
made a complement of the verb, names that body ("quit the regional bloc X a year later";
``entities._name_read_as_complement``). A bare army or government noun in a "where" clause on a state is that state's
("fighters in Mali, where they fight alongside the army"; ``Resolver._where_state``). Unnamed rebels that another
state's forces fight in a story most about a different state are no one's rebels the text tells ("Chad's army clashed
with rebels" in a story on the Central African Republic; ``Resolver._generic_rebels``). A title's name given through a description of the person ("its leader, the former
police officer N") holds the title (``rules.apposition_rule``). A possessive pronoun whose clause's subject, in its sentence, is an
organisation it is not read for ("The X Traders Association refused to pay the militants, and their leader ...") is
left open; "they", "them" and "their" never mean one government told by a singular noun ("the army", ``_number_fits``);
and the head word of a name in the text ("the committees") is walked in document order, so later pronouns see it. A participle coordinated with one on a noun describes that noun too ("the mission, led by Kenya
and backed by the UN"; ``rules.verb_rule``). A possessive in the infinitive an object-control verb governs is not the
controller's where it owns an attack's target ("prompting A and B to launch strikes on their positions"), and is no
one's where the controllers are several ("forcing A and B to reinforce their troops"); "leading A and B to do X" is a
cause, no command; and "Goma, leading Burundi ...", a participle's clause the parser hung as an apposition, places no
town in a state."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session29_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
