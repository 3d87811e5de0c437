"""A battery of the project's own sentences (``data/wrong29d_battery.jsonl``; format and checks in ``batteries.py``):
wrong readings found by reading invented articles end to end (claims reported two and three deep, a rumour check, a
parliamentary inquiry's testimony, a photo-caption series, a proxy war told through both patrons, an anniversary
piece, scenarios, winners and losers, a podcast transcript, a travel advisory, a leaked cable, a town that changed
hands), each mended at its mechanism. An adjective in "-ic" formed on a name of the text makes it a state ("the
Norlandic army"; ``resolve._demonym_stem``), as "junta" and "regime" after such an adjective do ("the Marvenian
junta"; ``state_demonym_heads``). "The government of President N", N placed in no state, is not the government its
own sentence named before ("X's foreign ministry said it backs the government of President N";
``Resolver._other_persons_government``). A place anaphor does not reach back past a later dateline (a caption
series' "LISAN - ... denied striking the town"; ``Resolver._across_dateline``). Capitalised words after "the"
running into a gazetteer name made of common words are another body ("the Highland Self-Defence Forces" is not
Japan's; ``entities._name_before_generic_body``). "its" owning an office only a state or a government holds ("its
prime minister") refers back to a state or a government (``state_office_titles``). "Banner" ends a body's name. "The
two sides did not sign a deal" denies no talks (``agreement:sides``). A bare "the government" is not that of a
neighbour told only through its foreign ministry, in a story set in another state
(``Resolver._told_only_abroad``), and where no government was named before, it is that of the one state the text
alone makes a state and called a government by its adjective ("the war between the Tarnese government and X"), not
the most named neighbour's (``Resolver._text_state``). The invented articles themselves, annotated, are ``data/wrong29d/``; their
precision is held at or above what this round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("wrong29d_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_precision():
    summary = invented_set_summary("wrong29d")
    assert summary.contradictions == 0 and summary.precision >= 0.98, summary.to_dict()
