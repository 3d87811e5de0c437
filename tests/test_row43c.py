"""A battery of the project's own sentences (``data/row43c_battery.jsonl``; format and checks in ``batteries.py``),
written from the readable sets' membership misses that stay unread when their sentence is run alone, each paraphrased
in the failing sentence's shape (long subjects with relative clauses and appositions, lists of companions) and mended
at its mechanism. A copula coordinated with a verb and given no subject of its own ("X controls the east and is a
member of Y", "X, whose ..., has long sought Z, is one of the members of Y") shares that verb's subject, except past a
relative pronoun whose clause the parser has lost (``rules._copula_subjects``). The companions named after a body
with "together with" or "alongside", hung on the member noun, share the membership (construction
``row43c:member-together-with``). A bare "the three" as a subject is the set of three named together in its own
sentence, or a named subject with its "together with" companions there (``Resolver._set_refs``,
``Resolver._accompanied_subject``), and a founding verb whose subject is such a number or "both" makes each of the
set a member of what it forms (``row43c:set-founders``). "N did X and, together with A and B, formed Y": the partners
the parser hangs on the first verb are the coordinated founding verb's, members of what it formed
(a pattern of ``session28:founded-with-partners``). "The X Front, a dissident group that ...": an apposition to a name is that
named group, splinter modifier or not (``rules.np_refs``), and "belongs to Y" coordinated after another verb takes
that verb's subject (``row43c:belongs-to-conjunct``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("row43c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
