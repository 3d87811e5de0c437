"""A battery of the project's own sentences (``data/recall29a_battery.jsonl``; format and checks in ``batteries.py``):
readings missed in invented news articles read end to end (``data/recall29a/``), each mended at its mechanism.
"Both gangs", "the two cartels" refer back to the armed groups named before (``set_nouns``). A state, or a group,
that relies on another state's instructors, trainers or advisers is backed by it
(``recall29a:relies-on-personnel``). A name right after an offshoot noun's "of" phrase ("fought a dissident faction
of the FARC, the X Front,") names the offshoot, which the parser hangs on the body or on the verb: the verb acts on
it (``rules._offshoot_named_after``) and it is affiliated with the body (``recall29a:offshoot-of-then-name``). A
state and its government are one member of "the two governments" (``Resolver._body_key``). A noun a participle
names without "as" ("a former teacher named N", "a cleric called N") is N, in a title's apposition too
(``Resolver.named_by_participle``, ``naming_verbs``). A settlement noun a place name modifies, one of a kind or
kinded by another word ("a North Kivu town", "North Darfur market town"), is a town there, not the place
(``resolve._settlement_in``). The invented articles themselves, annotated, are ``data/recall29a/``; their
precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("recall29a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("recall29a")
    assert summary.contradictions == 0 and summary.precision >= 0.81 and summary.recall >= 0.57, summary.to_dict()
