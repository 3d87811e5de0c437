"""A battery of the project's own sentences (``data/fresh39c_battery.jsonl``; format and checks in ``batteries.py``):
false readings and gaps found in eight invented articles in monitoring and open-source formats -- a weekly
conflict-data overview, a daily war assessment, a monthly crisis tracker, a dated incident log, a humanitarian
situation report, a satellite-imagery analysis, a front-line update and a maritime security advisory
(``data/fresh39c/``) -- each mended at its mechanism. A month's name with its day beside it ("- 7 May, X
islands: ...", an incident log's date line) is a date, never a place the parse hangs an appositive place on
(``resolve._day_of_month``). An armed group that denies cooperating with a state's forces or government denies
being their ally (``fresh39c:denied-cooperating-with-forces``), and an alliance the same sentence only hedges
("have reportedly fought alongside the junta, although both deny cooperating with the military") gives way to that
denial (``relations._hedged_and_denied_together``). A denial of an act on a part of a place ("do not occupy the
western parts of X", "the parts of X that Y has not retaken") says nothing of the whole (``relations._partitive_of``
in ``_part_denied``). A relative clause after the comma that closes "the coalition against Y" is the
coalition's, not Y's ("the coalition against the Houthis, which has armed X": ``resolve._coalition_against``). A
known place's name before a lower-case settlement noun is the gazetteer's longer name where it has one ("Gaza city":
Gaza City, not the Gaza Strip; ``Resolver._actor_for_entity``). A body "made up of troops from A, B, C and D", where
the parser hangs "from" on the verb, has the states the troops come from as members
(``fresh39c:made-up-of-troops-from``). "The Chief of Army Staff, General N" holds an army's title as "the army chief
of staff" does: an officer of the home state's army (``rules._staff_of_army``). "X vigilantes" are the armed group X,
as "X militias" are (``group_nouns``). The invented articles' precision and recall are held at or above what this
round reached."""

from __future__ import annotations

from batteries import Battery, invented_set_summary

BATTERY = Battery.load("fresh39c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_invented_articles_keep_their_scores():
    summary = invented_set_summary("fresh39c")
    assert summary.contradictions == 0 and summary.precision >= 0.97 and summary.recall >= 0.80, summary.to_dict()
