"""A battery of the project's own sentences (``data/near58_battery.jsonl``; format and checks in ``batteries.py``):
a body's name that a report's layout or a spelled ordinal cut in two, so its relations went to a name no one
uses ("Harrow Brigade" for "the Seventh Harrow Brigade") or to another actor than the body's own.

A capitalised ordinal word after "the", then capitalised words up to a group's head noun, is one name
(``entities._units_named_by_ordinal_words``): not "for the Ninth time" nor "the Fifth Republic", which end in no
group's head. A report's section heading "B. The Marsh Front" is the body's name without the section's letter
(``entities._without_outline_label``), so "It is led by N" under it leads the body the paragraph names; the
letter is only cut at a line's start, never from a person's name.

And a comrade in the act is never its object: "Together with X, A fought the rebels" (or "A, along with X, ...")
does not make "the rebels" X (``resolve.verb_companions``, read past by ``Resolver._own_clause_subjects``), while
"the rebels" with no comrade beside them still mean the rebels named before, and "fought with X" is still a fight.

A relative "which" after the preposition that opens a clause the parser took for an adverbial one ("turned to
A and B, with which it formed X") means the names that close the phrase before the comma
(``resolve._prepositional_relative_antecedent``), so the partners a body was founded with are its members;
"after which" names an event, no partner."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("near58_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
