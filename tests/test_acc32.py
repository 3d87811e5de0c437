"""A battery of the project's own sentences (``data/acc32_battery.jsonl``; format and checks in ``batteries.py``):
the negation a verb coordinated with a first one shares. A participle after a passive verb with its auxiliaries
("had not been warned and condemned the strikes", "was not informed and accused A of ...") is active, with an object
of its own: it shares no auxiliary with the passive, so the first verb's negation is not its own
(``relations._share_conjunct_context``). Two active participles sharing "has not" ("has not armed or funded X"), and a
second verb with its own negation, are denied as before. A gerund shares only a gerund's negation ("saying the army
had not crossed the border and accusing A of ..." states the accusation). Name-calling through a collective of smear
nouns ("called B a gang of thieves": ``acc32:called-collective``), and an attack a relative clause of condemnation
hangs from ("the Israeli raids, which Jordan criticised"; "X launched strikes that Y condemned":
``acc32:condemned-relative-event``, ``acc32:condemned-relative-launched``). The invented articles, annotated, are
``data/acc32/``; their precision and recall are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("acc32_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("acc32")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.92, summary.to_dict()
