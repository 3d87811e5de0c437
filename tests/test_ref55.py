"""A battery of the project's own sentences (``data/ref55_battery.jsonl``; format and checks in ``batteries.py``):
a force named only by "its" after the states that supply a share of its troops ("The mission was set up in 2013.
Chad and Niger supply most of its troops"): the suppliers are members of the one intergovernmental body named in
that sentence or the one before (``ref55:supplies-share-of-its-troops``, ``graph/lang/en/constructions/ref55.jsonl``).
Two bodies nearby give none; weapons supplied, troops deployed elsewhere, a share denied or no longer supplied
make no member.

Also a title owned by "its" that opens the sentence after one whose subject is a definite description with an
indefinite armed aside ("The Kivu X Front took Y. The front, an alliance of local militias, has since lost the
town. Its chairman, N, ..."): the description stands for the one body of its head named before, read past the aside
for the title's owner only (``resolve._armed_aside``, ``Resolver._head_named(armed_aside=True)`` in
``Resolver._titled_owner_center``). Two bodies of that head, or none, give no owner."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref55_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
