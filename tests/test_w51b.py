"""A battery of the project's own sentences (``data/w51b_battery.jsonl``; format and checks in ``batteries.py``):
a refusal to join talks whose plural noun the tagger read as a verb ("refused to join the ceasefire talks with X",
"talks" a verb conjoined to "refused" with no conjunction). The trigger's context is read through the object noun
before it (``relations._object_noun_before_misread_verb``, in ``relations._chain``), so the refusal that governs
the joining negates the talks instead of leaving them a stated fact. Near-misses: an agreement to join, a joining
told plainly, and talks told in a clause of their own after a refusal of something else are never denied; a
refusal to hold talks stays denied."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w51b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
