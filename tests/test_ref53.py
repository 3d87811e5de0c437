"""A battery of the project's own sentences (``data/ref53_battery.jsonl``; format and checks in ``batteries.py``):
reference to an end the sentence does not name.

"N leads X. His fighters seized Y and still hold it": "his fighters" are X's once the rules have read that N leads
X (``relations._note_leaders``); a pronoun later in the sentence ("it") that is resolved first may read "his
fighters" before then, and ``Resolver.refs`` keeps no empty reading of a leader's possessive that still waits
for what he leads (``Resolver._leader_possessive``). Two leaders named before leave "his" to neither, and a
denied seizure stays denied.

"Since 2019 the group has sworn loyalty to X. X claimed the ambush. Then the group shelled Y": an earlier sentence
that gave the same bare description and X as the subject and the object of one verb told them apart, so the
description is not X (``Resolver._set_apart_before``, through ``Resolver._verb_object_actors``) -- no antecedent
rather than the wrong one. Where nothing set them apart, "the group" is still the group named last."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref53_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
