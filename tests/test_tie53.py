"""A battery of the project's own sentences (``data/tie53_battery.jsonl``; format and checks in ``batteries.py``):
two parse repairs of ``graph/entities.py``.

A time phrase between a perfect auxiliary and its participle ("Qatar had for decades financed Hamas", "Uganda has
for months negotiated with the rebels"), on which the parser hung the participle, leaving "have" the verb: the
participle is the clause's verb (``_perfect_participle_after_time_phrase``; prepositions in the word class
``perfect_time_prepositions``). A time phrase before a verb of hosting people, or before an adjective, reads
nothing new, and a denial so timed stays a denial.

Two verbs paired by "neither ... nor" after a subject ("Egypt neither arms nor funds Hamas"), which the tagger read
as plural nouns, or whose past it read as a participle: both verbs, sharing the object, both denied
(``_verbs_paired_by_neither_nor``). Nouns so paired after a verb's object ("gives Hamas neither arms nor funds") are
left, and "neither confirmed nor denied" denies nothing. A pronoun subject is left too ("the pledge by X that it
neither trains nor commands Y": the resolver may take the wrong "it").

A relative clause after a list, opened by a quantifier over "which" or "whom" that covers every name ("A and B,
both of which X has proscribed"): the clause is said of each name listed (``resolve._opened_by_covering_quantifier``,
word class ``list_covering_quantifiers``); "one of which", "some of whose" pick a part and read nothing new."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie53_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
