"""A battery of the project's own sentences (``data/fresh40b_battery.jsonl``; format and checks in ``batteries.py``):
readings mended from five invented Middle East articles in the sealed set's styles -- an analysis of Syria after
Assad, wire reports on the Red Sea and on Israel's and Iran's 2025 exchange of strikes, an explainer with bullet lists
on Iraq's armed factions and a peacekeeping mission's press release on south Lebanon (``data/fresh40b/``).
A perfect's participle coordinated with a verb the tagger read as a past tense shares its object ("has armed and
paid X": ``rules._same_verb_form``). "Supreme Leader" is one two-word head-of-state title, whose first word NER may
take for a body (``two_word_leader_titles``, ``rules.title_rule``). An act told earlier in a noun's own sentence is
the one "the attack" names, before an act of the same word further back (``discourse._antecedent``). A plural noun
set off after one person's name in an opening phrase is the main clause's subject, not his apposition
(``entities._subject_read_as_apposition_of_person``). Projectiles fired or answered with, aimed or directed at X,
attack X, so do projectile launches a subject claims or carries out at X ("claims drone launches at X"), and
condemning "the incident in which B ..." condemns B (``constructions/fresh40b.jsonl``). Taking part
in an attack told before, named by a definite noun with no target of its own ("Ankara said it was not involved in the
raids", "Riyadh denied any role in the strikes"), is taking part against what it hit, denied where the part is
(``discourse._attack_taken_part_in``; never a denied responsibility, a charge the text may hold). The invented
articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh40b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh40b")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.72, summary.to_dict()
