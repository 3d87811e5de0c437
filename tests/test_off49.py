"""A battery of the project's own sentences (``data/off49_battery.jsonl``; format and checks in ``batteries.py``):
a minister's title written with its portfolio after "of", in apposition to his name, where the text names no
state with it ("The Minister of Defence, N, visited the front", "the Minister of Foreign Affairs, N, said"). It is
read as "the defence minister, N" is: an official (member_of) of the state the article is about -- the one it
dominates with, else the one its opening names (``rules._bare_minister``, with the portfolio taken from the title's
of-phrase by ``rules._portfolio_of_unnamed_ministry``).

Near-misses: the text names that ministry as a body with its state ("the Ministry of Defence of the Republic of
X", "the Xian Ministry of Defence": ``rules._ministry_named_with_state``), whom annotators read as heading the
ministry, so no membership is guessed; two states and nothing to pick one; "Minister of State", which names no
portfolio. A namesake the gazetteer places in another state than the article's gives nothing either."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
