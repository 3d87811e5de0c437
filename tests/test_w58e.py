"""A battery of the project's own sentences (``data/w58e_battery.jsonl``; format and checks in ``batteries.py``):
a paraphrase audit of talks (``negotiates_with``) and hostility (``opposes``) in the wordings newsrooms use, with
their near-misses (refusals, calls for talks, talks hoped for, a rivalry or feud ended, a habit all but denied).

Mended here: a deal settled by a newsroom verb ("sealed / clinched / inked / finalised / hammered out / cut / agreed
a truce with B": a ``triggers.jsonl`` record with a deal noun as particle; "sealed its border with B" is no deal);
talks reopened ("reopened negotiations with B", the talks-opening record); a hostility taken up ("A turned hostile
to B", ``opposes:hostile-to`` in ``graph/lang/en/constructions/breadth11.jsonl``, also where the parser makes
"hostile" an adverb of "turned"); arms turned on an actor ("A turned its guns on B", a ``triggers.jsonl`` idiom);
and a habit all but denied ("A and B rarely agree", "seldom attacks Y": ``near_negators``) is neither a fact nor
a denial. The audited sentences still missed stay here as known misses."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES = {
    ('Turkey opened a channel to the PKK, officials confirmed.', 'Turkey', 'negotiates_with', 'PKK'),
    ("Georgia's president met the leader of Abkhazia in Sukhumi.", 'Georgia', 'negotiates_with', 'Abkhazia'),
    ("Morocco's dispute with the Polisario Front dates back to 1975.", 'Morocco', 'opposes', 'Polisario Front'),
    ('Azerbaijan and Armenia hammered out a peace text in Abu Dhabi.', 'Azerbaijan', 'negotiates_with', 'Armenia'),
    ('Under the truce agreed between Israel and Hezbollah, troops were to pull back.', 'Israel', 'negotiates_with',
     'Hezbollah'),
    ('The militia turned its guns on the Malian army.', 'militia', 'opposes', 'Malian army'),
    ('The Tuareg rose up against Mali in 2012.', 'Tuareg', 'opposes', 'Mali'),
    ("Turkey, once the Kurds' fiercest adversary, softened its tone.", 'Turkey', 'opposes', 'Kurds'),
    ('Azerbaijan and Armenia have been locked in conflict over Karabakh for decades.', 'Azerbaijan', 'opposes',
     'Armenia'),
    ('Hamas has been locked in hostilities with Israel since October.', 'Hamas', 'opposes', 'Israel'),
    ('Iran has no intention of negotiating with the United States.', 'Iran', 'negotiates_with', 'United States'),
}

BATTERY = Battery.load("w58e_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()

test_talks_battery_is_broad = BATTERY.breadth_test("negotiates_with", expect=60, absent=15)
test_hostility_battery_is_broad = BATTERY.breadth_test("opposes", expect=50, absent=10)
