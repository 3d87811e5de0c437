"""A battery of the project's own sentences (``data/ref32_battery.jsonl``; format and checks in ``batteries.py``):
reference across sentences, read in the thirty-second round (ref32). An object pronoun of a verb of taking or
leaving ground is a place by its verb ("X advanced on Goma. The rebels seized it", "They withdrew from it":
``place_pronoun_verbs``, ``resolve.Resolver._taken_place``): the one place the latest sentence to name places makes
an argument of, never one named only as where something happened ("the deal was signed in Vienna. The US withdrew
from it"), and no one where two places, a singular thing ("a tanker") or, for a verb of leaving, an
intergovernmental or civic body stand between. A plural object pronoun after personnel its clause's subject sent
or keeps is those forces, not the pair of states named before ("Russia, which deployed peacekeepers to X, pulled
them out of it": ``Resolver._own_personnel``). A numbered set that owns plural envoys or officials ("ministers of
the two countries", "officials from both countries", "the two countries' ministers") is each of its members, as
"officials of A and B" is (``Resolver._set_owners``); a set that does not resolve (four states named, "both
countries" said) is no one. The invented articles, annotated, are ``data/ref32/``; their precision and recall are
held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("ref32_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("ref32")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 1.0, summary.to_dict()
