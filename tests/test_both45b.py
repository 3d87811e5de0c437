"""A battery of the project's own sentences (``data/both45b_battery.jsonl``; format and checks in ``batteries.py``):
backing stated by "arms" in a relative clause and by "armed and paid" in a main clause, both ends named in the
sentence. "X, a militia that Kestria arms (and pays), ...", "X is a movement that the Kestrian government arms":
the tagger reads "arms" as a plural noun with the subject for its compound; ``entities._relative_verb_read_as_noun``
now also repairs it right after a described noun without a comma ("that" then the relative pronoun), before a second
"-s" verb coordinated with it (``_coordinated_present_verb``), and with a state's body for subject ("the Kestrian
army"). "Kestria armed and paid X", "In 2019 the Kestrian army armed and paid X": the shared object hung on the
second verb (``rules._raised_object``) is now found past a time phrase fronted before the subject
(``_fronted_adverbial``) and where the tagger read the first past tense as a participle with no auxiliary
(``_same_verb_form``). Near-misses: a verb of another sense ("harms", "arrested", "praised"), "arms" as a noun
("arms dealers"), and the backing ended or denied."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("both45b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
