"""A battery of the project's own sentences (``data/w57b_battery.jsonl``; format and checks in ``batteries.py``):
a speaker's second act after a reported clause in the passive. "X said the jihadists had been routed and accused Y
of arming them", "vowed that the rebels would be crushed and blamed Y": the parser hangs the act of speech on the
reported passive (often as its participle, "accused"/VBN); an act with a direct object of its own, which no
passive participle takes, is the speaker's (``entities._passive_report_continued``, read by
``entities._description_continued_by_speaker``). A passive without a direct object after it ("had been arrested
and accused of ..."), and a person told of in the passive (who may speak for himself: "the activist had been
detained and accused Y"), are left as the parser hung them.

Also a quantifier over a fronted "which" with a name of its own before the clause's verb ("A and B, all of which
Canada lists as terrorist groups", "each of which Israel lists as ...") is the clause's object, the name its subject
(``entities._quantifier_read_as_relative_subject``): never A "listing" B."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w57b_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
