"""A battery of the project's own sentences (``data/fresh42_battery.jsonl``; format and checks in ``batteries.py``),
drawn from five invented articles in the sealed set's genres (a wire report from the Sahel, an analysis of Lebanon,
an explainer with bullet lists on the Pakistani Taliban, a press release on sanctions against Russia and a live blog
from Colombia, ``data/fresh42/``), each reading mended at its mechanism. An administrative unit named in its
of-phrase ("the municipality of X", "the governorate of Y") names that place, so a settlement set in it lies there
(``naming_place_nouns``). A name ending in a government body's noun ("the Defence Ministry in Moscow") is no place
(``rules._government_organ_named``). A companion preposition the parser hung on the named place of a verb's locative
phrase ("fought in X alongside Y") is the verb's (``entities._companion_hung_on_place``). An attack on, or the taking
of, an unnamed post or facility at a place ("shelled the airport at X", "seized the police station in Y") is an attack
on, or the capture of, that place (constructions ``fresh42:struck-post-at``, ``fresh42:took-post-at``). The invented
articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh42_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh42")
    assert summary.contradictions == 0 and summary.precision >= 0.95 and summary.recall >= 0.61, summary.to_dict()
