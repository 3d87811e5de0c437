"""A battery of the project's own sentences (``data/prec55_battery.jsonl``; format and checks in ``batteries.py``):
four precision guards.

A clause set in an imagined course of events tells no event: "In this scenario, X seizes Y", "in the war game, X
overran Y", "in the worst case, X attacks Y", "a second scenario sees X retake Y" (``scenario_frames``, read by
``relations._scenario_frame``); "in this case" and "in the exercise of its right" are no scenario.

A place or people before a journalist's title ("our Moscow correspondent, N", "an Israeli reporter, N") is his
posting or origin, not a body he serves (``press_titles``, ``rules._title_body``); "the BBC's correspondent" and
"Reuters' correspondent" still name his employer, and an ambassador still serves his state.

A body meeting at a state's request ("the Council met at X's request") gives it a hearing, no backing
(``convening_verbs``, skipped by the ``at-request`` construction); troops sent at a request still back the
requester.

A whole state blockaded by others ("X, once blockaded by A and B") is an embargo, no attack: the blockade
triggers take no state as their object; a blockaded town, strip or port is still attacked."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec55_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
