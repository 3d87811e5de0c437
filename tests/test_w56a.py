"""A battery of the project's own sentences (``data/w56a_battery.jsonl``; format and checks in ``batteries.py``):
a polarity audit of lists of verbs. A negation before a list reaches every link, however the parser hung the
links and whatever their tense: "X has never trained, sheltered or armed Y" (the second verb the parser's
adverbial clause, made the first one's conjunct by ``entities._listed_verb_read_as_adverbial``), "X never armed or
funded Y" and "X never supplied, financed or protected Y" (a "never" with no auxiliary to carry it, read by
``relations._negated_list_opener``), "X never armed Y or funded Z" (a denied alternative denies each), "X has never
shelled, bombed and raided Y" (a later participle the tagger read as a past tense, through
``relations._list_opener``). An "and" after a stance rather than an act leaves the act stated ("X never wavered
and backed Y"), as does an "and" after a link with an object of its own ("never attacked X and captured Y") or a
contrast ("did not attack X but shelled Y"). The audit's sentences the tool already read right are kept too, to
guard them: passive lists, "neither ... nor", "has not and will not", denying verbs, negated nouns."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w56a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
