"""A battery of the project's own passages (``data/ref47a_battery.jsonl``; format and checks in ``batteries.py``):
a condemned attack noun ("condemned the shelling", "the bombing was condemned by A") told many sentences after the
attack it names, past the window of recent events and after the story's lead. Where every attack the text has told
before it has the same agents, the noun takes up that attack (``discourse._sole_attack``, called by
``discourse._attack_condemned``, as ``_sole_negotiation`` does for talks). Near-misses: two attacks by other agents
told before, an act of the noun's own word with no agent read in between ("a bombing tore through ..."), and a broad
noun ("the operation") yield no condemnation."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref47a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
