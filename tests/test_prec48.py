"""A battery of the project's own sentences (``data/prec48_battery.jsonl``; format and checks in ``batteries.py``):
false relations the tool drew on unseen text. A one-word body the gazetteer knows ("Wagner") that closes a person's
name, after a given name or under a person's title ("Samuel Wagner, the envoy", "the Foreign Minister, Anna Lindqvist
Wagner,"), is that person's surname, not the body (``entities._bodies_read_as_surnames``). A suspended or frozen
cooperation denies no alliance; an ended or cut one still does (the ``cooperation:ended`` record). "The insurgents"
or "the group" is no armed group the text placed only in another state's conflict ("backing the ADF rebels in
eastern Congo") where the sentence, or else the story's home state, is another state
(``Resolver._group_of_another_state``); a group placed where the sentence is stays its referent. A capitalised force
word that opens the clause after a colon ("Breaking: Army units withdrew") is capitalised for where it stands, not a
named group's head (``resolve._name_head_modifier``); "Legion fighters" inside a sentence still is. "Minister of
Communication and Media" is a portfolio (``portfolio_words``), no body named "Media"."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
