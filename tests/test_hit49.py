"""A battery of the project's own sentences (``data/hit49_battery.jsonl``; format and checks in ``batteries.py``):
a relative clause whose verb takes a reciprocal pronoun ("A and B, which had fought each other", "met A and B, who
have accused one another"), hung after a comma on a list of names, is about every name of the list, whatever the
names' types and wherever the list stands (subject, object, "such as" list): the list's names are each other's
party (``resolve.Resolver.relative_antecedents`` with ``resolve._reciprocal_clause``; the pronoun's words are the
word class ``reciprocal_pronouns``), read by the reciprocal constructions (``reciprocal``, ``reciprocal:one-another``).

A clause opened by a word that is also a preposition ("prices rose as A and B fought each other"), which the parser
reads as a preposition on the main verb with the clause's subject as its object and the clause's verb as a
subjectless adverbial clause: that object, right before the verb, is its subject (``rules._subordinator_object_subject``
in ``rules.clause_subjects``; the openers are the word class ``prepositional_subordinators``).

Near-misses: fighting alongside each other (one side), a relative clause whose own verb is someone else's ("which
it has pressed to stop fighting each other"), a denied reciprocal, which stays denied, and a clause whose verb is no hostility ("as A and B watched the
border")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("hit49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
