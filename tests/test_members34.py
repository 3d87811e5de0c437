"""A battery of the project's own sentences (``data/members34_battery.jsonl``; format and checks in ``batteries.py``):
membership readings of officials and members named by a title or a role. 'coordinator' and 'mediator' are member
titles ("the UN humanitarian coordinator, N", "the AU mediator, N": one of the body's staff), but a coordinator
read as heading a body, or of an armed group or an organisation, is no member of it as well
(``rules.heads_not_members``). A member's role or title said of a person by a copula makes him a member ("N is a
senior official of X", "N became an X spokeswoman"; ``members34:role-predicate``), a former one a former member
("N is a former FARC guerrilla"; ``members34:former-role-predicate``); a suspected or denied one is no fact.
The states whose troops a force deploys with are members of the force its description names ("a regional force,
known as X, began deploying with troops from A and B"; ``members34:named-force-with-troops-from``), and a person
listed "among them" after the members a participle counts is one of them, wherever the parser hangs his name
("..., killing seven members of X, among them General N"; ``members34:killed-members-among-them``).
The invented articles themselves, annotated, are ``data/members34/``; their precision and recall are held at or
above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("members34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("members34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.88, summary.to_dict()
