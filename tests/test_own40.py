"""A battery of the project's own sentences (``data/own40_battery.jsonl``; format and checks in ``batteries.py``):
readings mended from five invented articles in the shared sealed set's four styles (``data/own40/``: a wire from
South Sudan, an analysis of Rwanda's troops in Cabo Delgado, an explainer with bullets on Western Sahara, a regional
body's press release on an attack in Benin, a wire from Balochistan), each with sentences of its own about other
actors and a near-miss. A body's name the tokenizer cut at an unspaced hyphen, with a bracketed acronym after it that
spells the whole ("the Sudan People's Liberation Movement-In Opposition (SPLM-IO)"), is one name and not the shorter
body the gazetteer knows (``entities._hyphened_body_end``). An intergovernmental body's executive organ
(``igo_organ_nouns``: "the Commission of ECOWAS", "the SADC Secretariat") acts for its body, and a later "the
Commission" is the organ of the one body whose organ was named; with two, neither (``Resolver._organ_refs``)."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("own40_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("own40")
    assert summary.contradictions == 0 and summary.precision >= 0.80 and summary.recall >= 0.50, summary.to_dict()
