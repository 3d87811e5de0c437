"""A battery of the project's own passages (``data/ref52_battery.jsonl``; format and checks in ``batteries.py``),
two readings of a described end.

First, a possessive "its" owning a title that only a body holds ("its commander", "its founder", "its spokesman":
the word class ``body_owned_titles``) after a sentence whose subject is a place and whose agent is the body ("The
town of X was held by the Y Battalion. Its commander, N, ..."). The resolver read "its" as the town, which holds
no such title, and nothing came of it; it now seeks the antecedent again among bodies
(``Resolver._body_title_owner``, called from ``Resolver._antecedent`` only where the first reading found a place).
Near-misses: two bodies as agents leave "its" to neither; a place alone leaves it to nothing; a title outside the
class ("its mayor") keeps the town's reading.

Second, an attack told first and then named by a definite noun with no target of its own, taken part in ("Israel
struck X. The United States has not taken part in the strikes"): the parser hangs "in" on "take" and leaves a bare
"part" its object, so the participation reading (``rules._participants``) found no taker; the event-anaphora
reading (``discourse._attack_taken_part_in``) now also asks ``discourse._part_takers``, and a denied part is read
denied. Near-misses: a part only possible or wanted ("could take part", "wants to take part in the next strikes")
and "had no part in" yield no fact."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_has_passages_and_near_misses():
    assert len(BATTERY.cases("expect")) >= 6
    assert len(BATTERY.cases("neg")) >= 2
    assert len(BATTERY.cases("absent")) >= 7
