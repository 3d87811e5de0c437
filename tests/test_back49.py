"""A battery of the project's own sentences (``data/back49_battery.jsonl``; format and checks in ``batteries.py``):
affiliations the tool missed where the body left is a pronoun ("Y split from it", "Y had broken away from it"). A
pronoun brought by the preposition of a verb of parting from a body (``parting_frames`` in words.jsonl) is another
body, never the clause's own subject (which would say "itself"): the resolver reads it past that subject
(``resolve._parting_object`` in ``Resolver._antecedent_in_text``). Near-misses: a pronoun with two bodies before it
(a plural pair), and one that stands for a thing (a convoy) with only a place named.

It also covers an act the sentence itself calls a charge its doer denies ("X has armed Y, an allegation X denies",
"X backs Y, a charge X's government denies"): the clause is alleged, not stated (``relations._read_context`` with
``_charged_act`` and ``_commented_as_denied_charge``), so the accused's own denial reads it as negated
(``discourse._denied_charges``). Near-misses: the denial is another party's, or the claim was never denied (the
backing stays stated); an accusation's own condemnation stays stated."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("back49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
