"""A battery of the project's own sentences (``data/w49b_battery.jsonl``; format and checks in ``batteries.py``):
a relation told in the "that" clause of an evidence noun under "no" ("there is no sign that X allied with Y",
"no proof that ...") is not stated as fact, even where the parser hangs the "that" on a later verb and reads the
trigger as a participle of the subject's name (``relations._under_no_evidence``, with the ``evidence_nouns`` word
class, read by ``relations._read_context`` as an open clause). Near-misses: "there is evidence that ...", "signs
that ..." stay facts; a relative clause inside the content states its own fact; "no sign of fighting" and "denied
there was any sign of ..." yield nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w49b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
