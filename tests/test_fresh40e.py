"""A battery of the project's own sentences (``data/fresh40e_battery.jsonl``; format and checks in ``batteries.py``):
readings found in five invented articles about invented conflicts -- two wire reports, an analysis, an explainer with
bullet lists and a ministry press release (``data/fresh40e/``) -- each mended at its mechanism. A party's statement
that a verb of denial dismisses ("rejects as false the statement by X that Y shelled Z": ``statement_nouns``,
``relations._dismissed_statement``) has its content denied, as a dismissed claim's is; a statement no one dismisses
stays its issuer's word. A list of three passive participles sharing one by-agent ("X is armed, financed and directed
by Y"), whose second the parser hangs on the first as an adverbial clause, is one coordination
(``entities._listed_participle_read_as_adverbial``), and set off after a name ("X, armed, financed and directed by Y,
...") every participle of the list takes the agent the last one holds (``entities._agent_down_conjuncts``,
``rules._listed_agents``, ``rules._listed_participle_noun``) where two of them state one relation
(``entities.one_relation_list``: not "armed and loathed by Y"). A relative fronted by its preposition whose verb the
parser read as one more conjunct of its subjects ("X, to which A and B belong, met ...") is the relative's verb, and
the verb after the comma the sentence's root (``entities._fronted_relative_verb_read_as_conjunct``): the members
belong to X, and are not the subjects of the main verb. The invented articles' precision and recall are held at or
above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh40e_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh40e")
    assert summary.contradictions == 0 and summary.precision >= 0.90 and summary.recall >= 0.43, summary.to_dict()
