"""A battery of the project's own sentences (``data/fresh38b_battery.jsonl``; format and checks in ``batteries.py``):
readings mended after eight invented articles about the Middle East and North Africa (``data/fresh38b/``: a Red Sea
live blog, a Libya timeline, a Turkey-PKK op-ed, a Lebanon fact-check, a Doha briefing transcript, a Treasury
sanctions release, a north-east Syria explainer and a weekly newsletter), each mended at its mechanism.
What a side takes from a master ("takes its orders from X", ``directive_nouns``) makes X no enemy it took something
from (``rules``: captures-from). Talks whose pair of parties hangs on them as a noun modifier ("the US-Iran talks")
name their own parties, so a broker of them brokers no earlier talks (``discourse._brokered``). A name inside a
transcript's speaker label ("QUESTION (AFP): X, ..., said it fired ...") yields the verb to the subject after the
colon (``entities._label_inner_name_read_as_subject``). No sentence starts at a word that follows another word and
one space on its line (under a heading the parser split "Kataib | Hezbollah's brigades": ``segment._inside_name``).
An upper-case acronym tagged as the copula before a noun ("struck IS positions") modifies the noun
(``entities._name_read_as_copula``). "Contractors" stand for their modifier (``force_nouns``). A name coordinated
with a weapon system's head ("Israel's Arrow and David's Sling batteries", ``weapon_system_nouns``) is no person
(``rules._affiliation``). A backer of the members of a body made of them ("a coalition of Turkish-backed
factions") backs the body (``compound_adjective_rule`` with ``rules._one_of``). One who heads a delegation in the
passive ("the Kenyan delegation is led by N") is one of its state's officials, not its leader (``rules._delegation``).
The invented articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh38b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh38b")
    assert summary.contradictions == 0 and summary.precision >= 0.97 and summary.recall >= 0.74, summary.to_dict()
