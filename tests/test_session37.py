"""A battery of the project's own sentences (``data/session37_battery.jsonl``; format and checks in ``batteries.py``):
a denial of another party's claim to ground ("X rejected Y's claim that it had taken Z") leaves its pronoun open --
ground is claimed by the side that says it took it, and may be the denier's loss -- so neither is said to have taken
it, nor denied it; a denied claim of another act ("X dismissed Y's assertion that it had shelled Z"), accusation or
report, or an unattributed claim ("X denied claims that it ..."), is still the denier's denial. A sentence set in a state
("In Chad, the army fought X", "In Burkina Faso, the junta expelled Y") has that state's army or regime as its unowned
subject, whoever's forces the sentences before named; owned forces ("In Somalia, Kenyan troops ...") keep their owner.
After such a phrase a past-only verb the tagger read as the head noun of the subject ("In Somalia, Kenya's army retook
Kismayo") is the verb again (``entities._clause_read_into_its_opening``, which took over parse37's one-shape repair)."""

from __future__ import annotations

from batteries import Battery
from relations_helpers import read

BATTERY = Battery.load("session37_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_a_rejected_claim_of_another_party_is_nobodys_deed_or_denial():
    for line in BATTERY.lines:
        if "neg" in line or "expect" in line:
            continue
        predicates = {p for _, p, _ in line["absent"]}
        assert not [r for r in read(line["text"]) if r.predicate in predicates], line["text"]
