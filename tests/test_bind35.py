"""A battery of the project's own sentences (``data/bind35_battery.jsonl``; format and checks in ``batteries.py``):
object pronouns the clause-subject check (``resolve._other_local_subject``) left open where binding closes them.
Putting a group on a list of terrorists ("added it to its terrorist list", "put it on its terror blacklist", "added it
to its list of terrorist entities") is a verb of designating like "designated" or "listed", so a pronoun it puts on
the list is parallel to the object designated in the clause it is coordinated with ("A designated X in 2019, and B
added it to its terrorist list": X; ``resolve._listing`` in ``_both_designate``) -- not a list of trading partners,
not a sanctions list, and never a planned listing ("may add"). And an object pronoun whose one candidate past its own
clause's subject is a sentence-opening subject pronoun continuing the named main subject of the sentence before is
bound to that name ("X, a militia from the marshes, stayed out. It has shelled the port, and Z says it will never
ally with it": X; ``resolve._named_subject_pronoun`` in ``_sole_past_binding``); a subject read from a description
is still no ground to build on. The invented article, annotated, is ``data/bind35/``."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("bind35_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("bind35")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
