"""A battery of the project's own sentences (``data/w55f_battery.jsonl``; format and checks in ``batteries.py``):
two parse repairs for places and captures.

A counted plural noun of places right after a list of names a preposition governs ("a siege of A and B, two towns
in Y", "raids around A and B, two towns in Y"), which the parser made a conjunct of a word before the list, is the
list's apposition where its number is the list's length (``entities._count_of_places_read_as_conjunct``), so each
place lies in Y; a count that is not the list's ("three towns" after two names), towns "near" Y, or towns a clause
describes, say nothing of where the names lie.

A past-only verb form the tagger read as the root noun of one noun phrase ("Ukraine's army retook Sudzha": the
state's possessive, "army" and the form one phrase, the place its apposition) is the clause's verb, read in word
order by ``entities._clause_read_into_its_opening`` also where the sentence has no opening phrase, when the parse
hung the subject's owner on the noun; the noun "retake" ("the retake of X") is no verb, and a denied retaking stays denied."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w55f_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
