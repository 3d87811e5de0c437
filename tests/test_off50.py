"""A battery of the project's own sentences (``data/off50_battery.jsonl``; format and checks in ``batteries.py``):
states or groups named as the founders or the parts of a body that a gloss in apposition describes ("X, the bloc
formed by A, B and C", "X, an alliance set up by A and B", "X, a bloc made up of A and B"). The participle hangs on
the gloss noun, not on the name, so member25:formed-by-several and member8:made-up-of never saw it; the
constructions ``off50:described-bloc-formed-by`` and ``off50:described-bloc-made-up-of``
(``graph/lang/en/constructions/off50.jsonl``) read it, also where the parser hangs the gloss on the noun before the
name's preposition ("leaders of X, an alliance ..."). Near-misses: one founder alone (a patron), a gloss that is no
body of many members ("a faction", "the militia"), a participle without named parts, a denied founding.

And a branch of the armed forces before a head title ("X's navy commander, N", "X's air force chief, N", "X's ground
forces commander, N"): he commands one branch and is one of X's officials (member_of X), never X's leader; read in
``rules._title_body`` through ``rules._service_branch_title`` and the word class ``service_branch_modifiers``.
Near-miss: a mission's "force commander" is left as it was.

And a minister's own ministry ("Foreign Minister N's ministry said ..."): no longer read as the government he leads
(the ported construction ``government-of-person`` leaves "ministry" out of its trigger); a prime minister's
"government" still is."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off50_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
