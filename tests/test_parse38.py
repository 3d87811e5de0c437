"""A battery of the project's own sentences (``data/parse38_battery.jsonl``; format and checks in ``batteries.py``):
verbs the tagger misreads, each mended at its parse repair in ``entities``. After a phrase set off at the sentence's
start ("Near Goma,", "In Amhara,", "East of Aleppo,", "Backed by the UAE,", "After a week of fighting,") the parser
runs the clause into the opening -- the subject made the preposition's object or the opening name's apposition, the
past-only verb a noun or a name's compound; the clause is read in word order (``_clause_read_into_its_opening``,
which took over parse37's one-shape repair); so is a clause at the sentence's start whose first object the parser
made a second verb's subject ("Ukraine's army retook Kherson and shelled Nova Kakhovka", ``_second_verb``), and one
whose subject holds an "of" phrase ("A unit of Myanmar's army retook Hpakant", ``_subject_head``). A subordinate clause set off before the main one whose past-only verb
the tagger read as a noun ("Since Mali's army retook Kidal, ...") is read as the clause it is
(``_clause_read_into_its_subordinator``, word class ``opening_subordinators``). A possessed event noun acts on the
name after its preposition, not on the verb's object: a past form an adjective shares between two names ("capture of
Uvira worried Burundi", ``_past_form``), a participle modifying the noun ("reported") that no longer stops the verb
read as a modifier, and a name after an objectless preposition hung on the verb as an adverbial or a second subject
("capture of Vuhledar dismayed Kyiv", ``_object_of_bare_preposition``). Near-misses: a past participle modifying the
subject ("the RSF's seized trucks"), a relative clause inside the subject ("the towns M23 overran lay empty"), a
condition ("If Mali's army retook Kidal"), and an event noun with its own object ("capture of the airport shocked X")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("parse38_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_each_repair_has_near_misses():
    assert len(BATTERY.near_misses("captures")) >= 5
    assert len(BATTERY.near_misses("supports")) >= 1
