"""A battery of the project's own sentences about attacks, captures, withdrawals and where places lie
(``data/attack18_battery.jsonl``; format and checks in ``batteries.py``): forces under a named commander act for
him or the body he leads ('fighters under N's command', 'rebels under N'), forces ordered or pulled out of a
place by their named owner, a part taken in the fighting against B (a denied part is a denied attack), fighting
B for control of a town, a second site taken at a town, targets belonging to B, a town on one state's side of a
border, a landform described as lying in a place, and places listed as a verb's objects and placed after a
comma ('took A and B, in the hills of Y'). Threats, plans, refugees ordered out, talks, coalitions, campaigns
of words, two sides fighting with no foe named and repairs yield none of these."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("attack18_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each mechanism is stated by several sentences and ruled out by more."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    for predicate in ("attacks", "captures", "withdraws_from", "located_in"):
        assert stated.count(predicate) >= 3, predicate
    assert len(BATTERY.cases("neg")) >= 3
    assert len(BATTERY.cases("absent")) >= 15


def test_commander_needs_a_name():
    """'Fighters under N's command' act for N; 'fighters under fire' name no one and keep their other readings."""
    assert holds("Rebels under Laurent Nkunda attacked Goma in late 2008.", "Laurent Nkunda", "attacks", "Goma", False)
    assert not holds("Rebels under heavy fire attacked Goma in late 2008.", "Laurent Nkunda", "attacks", "Goma", False)


def test_denied_part_in_fighting_is_a_denied_attack():
    """Not taking part in the fighting against B denies the attack on B; taking part states it."""
    denied = "France says its forces are not taking part in the fighting against the FACT rebels."
    assert holds(denied, "France", "attacks", "FACT", True)
    assert not holds(denied, "France", "attacks", "FACT", False)
    stated = "France says its forces are taking part in the fighting against the FACT rebels."
    assert holds(stated, "France", "attacks", "FACT", False)


def test_owner_not_orderer_withdraws():
    """Forces ordered out of a place are their owner's, whoever ordered them out."""
    text = "Kenya ordered Somali troops out of Mandera."
    assert holds(text, "Somalia", "withdraws_from", "Mandera", False)
    assert not holds(text, "Kenya", "withdraws_from", "Mandera", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
