"""A battery of the project's own sentences (``data/session36_battery.jsonl``; format and checks in ``batteries.py``):
a contraction typed with a character that only looks like an apostrophe ("didn`t", "isn\u2018t", "doesn\u00b4t") keeps
its "not": ``text.clean_text`` makes such a character between two letters a true apostrophe, so the tokenizer splits
the contraction and the relation is read as denied, never as a fact. A look-alike in a possessive ("the group`s
commanders") changes nothing else."""

from __future__ import annotations

from batteries import Battery

from conflictkg.graph.text import clean_text

BATTERY = Battery.load("session36_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_apostrophe_lookalikes_between_letters_become_apostrophes_one_for_one():
    for typed, at in (("didn`t", 4), ("isn\u2018t", 3), ("don\u00b4t", 3)):
        cleaned = clean_text(typed)
        assert len(cleaned) == len(typed) and cleaned[at] == "\u2019"
    # (quotation marks and a backtick standing alone are left as they are)
    assert clean_text("\u2018quoted\u2019 and ` alone") == "\u2018quoted\u2019 and ` alone"
