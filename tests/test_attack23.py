"""A battery of the project's own sentences about attacks, captures, withdrawals and places
(``data/attack23_battery.jsonl``; format and checks in ``batteries.py``): fire as an event noun aimed at a target
("Hamas rocket fire on Sderot"), sinking or torpedoing a state's warship (its owner is attacked), counts and
partitives of unnamed targets struck ("shelled dozens of villages in X": X), a place given up, relinquished or
yielded (withdrawn from), a place lost to B (B captures it), a passive participle the tagger read as a noun ("X was
overrun by Y"), a second "in" beside the first ("camps in A in northeastern Congo": A lies in the state) and a place
"on X Island". Near-misses: a fire with no armed owner, threatened fire, an accidental sinking, threats to sink,
civilians giving up homes, arms given up, elections and soldiers lost, a denied loss, a date after "in", a town on a
lake, and a peninsula named after a town (not the town)."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("attack23_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_is_broad():
    """Each mechanism is stated by several sentences and ruled out by more."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert stated.count("attacks") >= 10
    assert stated.count("withdraws_from") >= 4
    assert stated.count("captures") >= 6
    assert stated.count("located_in") >= 6
    assert len(BATTERY.cases("absent")) >= 15


def test_fire_needs_an_owner_and_a_target():
    """Fire aimed at a place by a named actor attacks it; the target of fire is no attacker."""
    assert holds("Hamas rocket fire on Sderot wounded two people.", "Hamas", "attacks", "Sderot", False)
    assert not holds("Israeli fire on Hamas positions killed six.", "Hamas", "attacks", "Israel", False)


def test_lost_to_needs_a_place():
    """A town lost to B is B's capture; a denied loss is none."""
    assert holds("Ukraine lost Avdiivka to Russian forces.", "Russia", "captures", "Avdiivka", False)
    assert not holds("Ukraine never lost Avdiivka to Russian forces.", "Russia", "captures", "Avdiivka", False)


def test_second_in_needs_a_state_or_region():
    """"in A in B" places A in B only where B is a state or a region named by its kind."""
    assert holds("Al-Shabaab attacked a hotel in Mogadishu in Somalia.", "Mogadishu", "located_in", "Somalia", False)
    assert not holds("Al-Shabaab attacked a hotel in Mogadishu in the night.", "Mogadishu", "located_in", "night", False)
