"""A battery of the project's own sentences (``data/fam42b_battery.jsonl``; format and checks in ``batteries.py``):
relations stated by a noun rather than a verb, the census's nominalisation family. An attack noun whose own phrase
names its agent (a possessor, a name before it, "by") reads a place below a state after "in" as the place struck
("the PKK's bombing in Ankara", "an ELN offensive in Arauca"), and so does the launch idiom ("unleashed an offensive
in X"); a state's name there says only where a state fighting others struck ("air strikes in Syria"), and a clause's
subject is no agent of an attack it suffered ("lost men in attacks in X"). A mediator's or broker's talks between A
and B are the parties' talks too (``talks26:hosted-between-pair``). A modifier of persuasion or trade makes an attack
noun no armed act ("a charm offensive", "a diplomatic offensive": ``figurative_attack_modifiers``,
``rules._figurative_attack``). The lines of shapes the engine already read (possessive captures and seizures, "an
attack by X on Y", "its sanctions on", "backing of", "talks with") guard them. The invented articles' precision and
recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fam42b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fam42b")
    assert summary.contradictions == 0 and summary.precision >= 0.89 and summary.recall >= 0.72, summary.to_dict()
