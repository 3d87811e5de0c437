"""A battery of the project's own sentences (``data/recall30c_battery.jsonl``; format and checks in ``batteries.py``):
references missed in invented news articles read end to end (``data/recall30c/``), each mended at its mechanism.
A name NER took for a person's that its first appositive describes as an armed body -- a body noun only armed ones
are called ("X, a Druze militia"), one an armed word describes, or a part of a named armed group ("X, a faction /
wing of Y") -- is an armed group, so "the group" can take it up; a person's own appositive first ("N, the founder
of X, the militia that ...") keeps him a person (``Resolver._described_body``). An offshoot appositive ("a faction
of Y") is no mention of Y for a later description ("The group has struck ...": X, not Y). A plural subject pronoun
whose nearest plural noun before it in its sentence is personnel the clause's governor sent, keeps or deployed
("Kenya keeps 800 officers in Haiti, where they ...", "Rwanda sent troops to Y, and they retook Z") is the sender
(``Resolver._sent_forces``, word class ``sent_personnel_nouns``; not drones sent, nor owned forces, "Syrian
mercenaries"). "The firm" refers back to a company named before (``anaphors``), and a description with a name in
apposition ("hired a security firm, X,") is that name, no unnamed namesake between (``Resolver._describes_named``). Warplanes
and gunships sent, sold or supplied are backing (``support_goods``). A title's description that gives a person's name
after "known as" ("its leader, a former army captain known as N,") is that person (``Resolver.given_name``).
The invented articles themselves, annotated, are ``data/recall30c/``; their precision and recall are held at or
above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("recall30c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("recall30c")
    assert summary.contradictions == 0 and summary.precision >= 0.85 and summary.recall >= 0.57, summary.to_dict()
