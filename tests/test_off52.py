"""A battery of the project's own sentences (``data/off52_battery.jsonl``; format and checks in ``batteries.py``).

1. A definite description of a body named before, told with a participle of leading set off by commas ("the front,
   led by N, ...", "the battalion, commanded by Major N, ..."). For the participle's own relation the description
   stands for the one body of that head noun named before (``Resolver.head_named``, read in ``rules.verb_rule``'s
   participle branch for "leads"; ``resolve._set_off_participle``), and a unit noun so resolved is the named
   formation led, no unnamed formation of some body (``rules._owned_formation``). The rest of the sentence keeps its
   reading of the description. Near-misses: two bodies of the head noun named before, a participle with no closing
   comma ("the front led by N"), a description saying more than its head ("the front of the column").
2. A name whose article the tagger took into it, before a title noun ("The Kremlin spokesman N", "The X Army
   leader, N,"): the merged name kept the article's label and no title reading saw it; a parse repair makes it the
   title's modifier (``entities._name_read_as_its_article``). Near-misses: the same opening before a noun that is
   no title ("The X Army convoy", "The X Front attack")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
