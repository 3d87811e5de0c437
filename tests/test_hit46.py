"""A battery of the project's own sentences (``data/hit46_battery.jsonl``; format and checks in ``batteries.py``):
attacks, captures and withdrawals the tool missed in round 46.

- An act of attacking or killing set "at" a named place ("killed 20 soldiers at X", "massacred villagers at Y")
  attacks the place, as "in X" does (``rules.verb_rule``: the "at" read with "in" where the target is no site
  noun; sites were read already). "Near X" is still not read (places25:struck-near).
- "its men", "their men" stand for the armed group the possessive is read as, as "its fighters" do and as
  "his men" stand for the group he leads (``Resolver._possessive_refs`` with ``led_force_nouns``); a company's or
  a state's "men" are not read.
- Taking control of an unnamed post or facility "at" a place ("took control of the base at X") takes the place, as
  "seized the base at X" does (construction ``hit46:took-control-of-post-at``); not "near X", not an attempt.
- Abandoning, vacating or leaving the posts a force held "around", "near" or "outside" a place is pulling out of it
  (construction ``hit46:abandoned-posts-around``, beside ``withdraws:abandoned-positions-in``); reinforcing or
  storming posts there is none."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("hit46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
