"""A battery of the project's own sentences (``data/fresh39a_battery.jsonl``; format and checks in ``batteries.py``):
false readings found in eight invented articles in reference genres -- an encyclopedia entry with its summary box,
a who's who of armed groups, a factbox, a country profile's security section, a peace-process chronology, a
"what we know so far" list, a biography and a year in review (``data/fresh39a/``) -- each mended at its mechanism.
A place anaphor of land ("the territory", "the town") never refers back to a body of water, a coast
(``shore_nouns``) or a continent or a quarter of one (``continent_names``: ``resolve._place_fits``). A state's demonym marked as a
people's ("ethnic Armenian forces", ``ethnicity_modifiers``) is not the state (``resolve._ethnic``). A possessive
description in a branch's apposition ("Islamic State Khorasan Province, the movement's regional branch") is the
body the branch's name begins with, not the group told of last (``Resolver._parent_named_within``). A chronology
entry's date ends at the spaced dash that sets it off ("April 2024 - Russian peacekeepers ...": NER ran the date on
into "Russian"; ``entities._date_before_dash``). A second "-s" verb read as a noun with the object name hung on it
("Tehran trains and arms Kataib Hezbollah": ``entities._second_verb_with_appositive_object``, and a capitalised
noun-tagged name as the first's subject) is a verb. A force's lines, trenches and vehicles stand for the force
(``force_nouns``). Weapons used, employed or turned against an actor attack it (construction
``fresh39a:weapons-used-against``). Talks that ended "before they began" never took place: denied
(``relations._ended_before_occurring``). A campaign in a place against an armed foe the text leaves unnamed ("in
Benghazi against Islamist militias") is no attack on the place (``rules._against_armed_foe``). A settlement a
place owns, named by a copula ("Its largest town is X", "Tigray's capital is Y"), lies in it (construction
``fresh39a:owner-town-is-name``). The invented
articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh39a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh39a")
    assert summary.contradictions == 0 and summary.precision >= 0.95 and summary.recall >= 0.57, summary.to_dict()
