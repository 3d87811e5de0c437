"""A battery of the project's own passages (``data/talk50_battery.jsonl``; format and checks in ``batteries.py``):
a definite description that heads the name of one body named before it ("the brigade" after "the X Brigade"),
followed by an indefinite appositive set off by commas that names it a part broken from a body ("the brigade, a splinter of Y, ...", "the
front, a breakaway faction of Y, ..."). The appositive says more of the body, not which one, as a relative clause
between commas does, so the description still stands for the body (``Resolver._head_named``, with
``resolve._described_aside`` and ``resolve._aside_kind``): alliances, talks, attacks and affiliations told of it are
read. Only where the appositive is an offshoot's noun (offshoot_heads; "a clan militia" was measured and dropped:
a false relation downstream): "the front, a line of trenches" is no body; a definite appositive ("the
chief's own guard") and a description two bodies fit ("the brigade" after two brigades) stand for no one."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("talk50_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
