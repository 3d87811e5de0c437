"""A battery of the project's own sentences (``data/w58f_battery.jsonl``; format and checks in ``batteries.py``):
an audit of negation and polarity over every predicate family -- plain "not / never / no longer / no", negating
verbs ("has yet to", "stopped short of", "refrained from"), denials and rejections, negation's scope, contrast
("not X but Y", "X did not A; it did B") and negation inside lists ("neither ... nor").

Two shapes mended: doubt itself denied states what is doubted ("nobody doubts that X arms Y", "few analysts doubt
that ...", "did not doubt that ...": ``relations._voided`` now also reads "few" as the subject's adjective or, with
no noun, the verb's); and an emphatic "do" before a verb the tagger read as a noun ("it did bomb Tyre", "Y did
sanction Z", "did fire rockets at W": ``entities._verb_after_do_read_as_noun``). Known misses: a denied attack on a
capital (read of its state, left unread when denied) and "no one denies that ..." (a denied denial is left open)."""

from __future__ import annotations

from batteries import Battery

KNOWN_MISSES = {
    ("The Wagner Group did not attack Bamako.", "Wagner Group", "attacks", "Bamako"),
    ("Israel has not struck Tehran.", "Israel", "attacks", "Tehran"),
    ("Ethiopia denied that its troops had attacked Asmara.", "Ethiopia", "attacks", "Asmara"),
    ("No one denies that Turkey backs the Syrian National Army.", "Turkey", "supports", "Syrian National Army"),
    ("Israel never attacked Beirut, but it did bomb Tyre.", "Israel", "attacks", "Beirut"),
    ("Neither the Houthis nor Hezbollah struck Riyadh.", "Houthis", "attacks", "Riyadh"),
    ("Israel attacked neither Beirut nor Damascus.", "Israel", "attacks", "Beirut"),
    ("Israel attacked neither Beirut nor Damascus.", "Israel", "attacks", "Damascus"),
}

BATTERY = Battery.load("w58f_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
test_known_misses_are_still_missed = BATTERY.known_misses_test()
