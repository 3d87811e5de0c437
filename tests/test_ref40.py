"""A battery of the project's own sentences (``data/ref40_battery.jsonl``; format and checks in ``batteries.py``):
actors carried across sentences and list items, drawn from some seventy short passages and four invented articles
of this round (``data/ref40/``: a wire report, an analysis, an explainer with bullet lists and a press release,
about Mozambique, Myanmar, Ecuador and Somalia). A name that modifies a listed noun ("the M23 and the Wazalendo
militias") is an item of the list, so "the group" after it is either and resolves to neither
(``resolve._names_modifying_list``). A list item that opens with a bare participle under a heading that names one
actor ("Los Lobos / - Allied with X", "- Backed by Y since 2019; ...") describes that actor
(``statements.participle_item_topic``, read by ``rules`` as a participle describing its noun), and a definite
description later in the item is that actor, not the body the participle's phrase names
(``Resolver._participle_item_actor``). A participle before a ";" shares neither the subject nor the object of
the clause after it ("Allied with X; the US designated the group ...": ``statements.semicolon_between``). The
invented articles' precision and recall are held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("ref40_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("ref40")
    assert summary.contradictions == 0 and summary.precision >= 0.95 and summary.recall >= 0.56, summary.to_dict()
