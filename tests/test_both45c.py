"""A battery of the project's own sentences (``data/both45c_battery.jsonl``; format and checks in ``batteries.py``):
a one-word name of a state the tagger reads at one mention ("refugees crossed from Dravenia", a place) and leaves
untagged at another, most often as the subject opening a sentence ("Dravenia accuses Niger of ...", "Tamsel blames
Mali for ..."), where the relation it states was lost with the name. Such a capitalised word, spelled as a one-word
GPE entity of the same document (never as a person), standing alone and no English word, is that name again
(``entities._untagged_namesakes``, one of the name repairs ``trim_entities`` runs). A longer name it opens
("Dravenia Airways", "Tamsel Mining") is not it, and a hedged accusation stays no fact."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("both45c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
