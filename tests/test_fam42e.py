"""A battery of the project's own sentences (``data/fam42e_battery.jsonl``; format and checks in ``batteries.py``):
plain verb clauses whose verb is known but whose end is no name in the clause -- a reciprocal ("accused each
other", "each accused the other"), a relative clause ("a group it has fought", "which X funds"), a possessive
relative or title ("whose fighters", "X's president, N,"), a possessive force ("its fighters had seized"), a
passive or participle "by" ("backed and armed by", "X-backed"), a coordination ("trains and arms") -- and a perfect
participle the tagger read as a name before the place it governs ("have overrun Kunduz": ``entities._participle_read_as_name``).
The invented articles (``data/fam42e/``) are held at what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

KNOWN_MISSES = {
    # "The A and B" with no article before B: the parser hangs "The" on B and reads A as B's modifier (a gap left)
    ("The Taliban and Islamic State Khorasan Province have fought each other since 2015.",
     "Taliban", "opposes", "Islamic State Khorasan Province"),
}

BATTERY = Battery.load("fam42e_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fam42e")
    assert summary.contradictions == 0 and summary.precision >= 0.91 and summary.recall >= 0.71, summary.to_dict()
