"""A battery of the project's own sentences about attacks (``data/attack17_battery.jsonl``; format and checks
in ``batteries.py``): an attack on a part of a named place or facility ('the perimeter of X', 'the military
section of X's airport', also as the second of coordinated objects) and a group described right after its
bracketed short form ('X (XY), the group behind the Z bombings'). Repairs, threats, parts of unnamed things,
an unnamed group behind an attack and a bloc behind a summit yield no attack."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("attack17_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each mechanism is stated by several sentences and ruled out by more."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert stated.count("attacks") >= 6
    assert len(BATTERY.cases("absent")) >= 6


def test_part_of_site_needs_an_attack():
    """An attack on a part of a facility attacks the facility; a repair of that part does not."""
    hit = "Houthi drones struck the cargo terminal of Aden's port overnight."
    assert holds(hit, "Houthis", "attacks", "Aden port", False)
    repaired = "Houthi engineers repaired the cargo terminal of Aden's port."
    assert not holds(repaired, "Houthis", "attacks", "Aden port", False)


def test_bracketed_name_is_described():
    """'X (XY), the group behind the Z attack': X attacked Z even though the parser loses the apposition."""
    text = "Jaish-e-Mohammed (JeM), the group behind the Delhi attacks, denied it."
    assert holds(text, "Jaish-e-Mohammed", "attacks", "New Delhi", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
