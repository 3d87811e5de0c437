"""A battery of the project's own sentences (``data/designate34_battery.jsonl``; format and checks in ``batteries.py``):
designations and sanctions. A relative clause's head the tagger read as an adjective, with a relative pronoun and a
subject of its own and a framed verb's lemma, is read as that verb ("X, which Kenya, Ethiopia and the United States all
designate as a terrorist group": ``rules._relative_noun_verb``). "A declared B a terrorist organisation" is read also
where the parser makes the label a second object of "declare", or the object with B as its subject
(``designate34:declared-two-objects``); a declaration urged, threatened or denied is no fact. A sanction or an embargo
kept, retained or upheld on an actor is a sanction (``triggers.jsonl``), as one maintained or renewed is. The invented
articles themselves, annotated, are ``data/designate34/``; their precision and recall are held at what this round
reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("designate34_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("designate34")
    assert summary.contradictions == 0 and summary.precision >= 1.0 and summary.recall >= 0.8, summary.to_dict()
