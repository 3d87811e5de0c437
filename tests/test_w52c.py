"""A battery of the project's own sentences (``data/w52c_battery.jsonl``; format and checks in ``batteries.py``):
"them" as the object of a verb of sheltering, arming or paying a body ("denied harbouring them") after a report
told by a state's officials ("..., officials in X say"). The pronoun means the bodies the officials spoke of, never
the state they speak for: a state or government whose mention is the subject of a reporting verb is dropped from
the candidates, an armed group among them is kept if it is the only one, and with none or two the pronoun reads
nothing (``Resolver._harboured_pronoun``, ``Resolver._state_speaker`` in ``_antecedent_in_text``; word class
``harbouring_verbs``). Near-misses: a sole named armed group beside the officials, an armed group that is itself
the speaker, and two bare states with no plural mention."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w52c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
