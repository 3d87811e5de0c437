"""A battery of the project's own sentences (``data/fresh41a_battery.jsonl``; format and checks in ``batteries.py``):
readings mended after five invented African articles in the sealed set's styles -- an analysis (Ethiopia), two wire
reports (Tripoli's militias; the RSF's supply lines through Chad), a press release (MINUSCA in the Central African
Republic) and an explainer with bullet lists (Cameroon's two wars) (``data/fresh41a/``). "A fought with B against C"
makes B a comrade, not a foe (``rules._fought_with_against``; ``fresh41a:fought-with-against``,
``fresh41a:comrade-shares-foe``); coordinated fighters "on the army's side" fight no one between them
(``fight:coordinated``); a title after "as" on a verb that gives or takes it from its object is the object's
(``lead14:as-head-of``); an owner that is no place ("the army's last stronghold in Y") leaves the place's container
to its "in" (``rules`` apposition); "airstrip", "airbase" are place nouns; "secured Xian loans" is a receipt of
support (``receiving_verbs``); those "alongside" the subject as part of a body are its members
(``fresh41a:part-of-alongside``); a press release's "elements of X" are X's (``force_nouns``); a participle on the
members of a coalition ("an alliance of armed groups led by N") tells of the coalition (``rules._members_collective``).
The invented articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh41a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh41a")
    assert summary.contradictions == 0 and summary.precision >= 0.94 and summary.recall >= 0.58, summary.to_dict()
