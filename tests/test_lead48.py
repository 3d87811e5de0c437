"""A battery of the project's own sentences (``data/lead48_battery.jsonl``; format and checks in ``batteries.py``):
a title whose holder is named by a phrase on the title itself, with no apposition the parser can see ("Its
commander, known as N, toured the villages", "the front's spokesman, who gave his name as N, said"). The title is
read as the apposition rule reads "its commander, N": the holder leads or is a member of the body its possessive
stands for (``rules._title_holder_named``, called by ``rules.title_then_name_rule``; the relative clause's verb from
``name_stating_verbs``). Near-misses: a name that is no person's ("known as a hardliner"), a possessive with two
candidate bodies, a title with no owner, and a self-chosen name ("who called himself N"), which is left unread."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("lead48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
