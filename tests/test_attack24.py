"""A battery of the project's own sentences about attacks and captures (``data/attack24_battery.jsonl``; format
and checks in ``batteries.py``): a person or force killed or wounded in an attack whose noun names its owner
("killed in an Israeli air strike", "the US drone strike that killed N": the owner attacks the victim); unnamed
stretches of land taken in a place ("seized villages in X", "took control of districts across X", "a cluster of
districts in Y": X is captured, never a state); the owned things of a bare army ("attacked army posts": the army
the text is about); a base or post "at" a place; a Spanish-order name's head as its short form ("the Clan" after
"Clan del Golfo"); a condemned killing of a named person is no earlier attack on others. Near-misses: a strike
with no owner, a denied death, civilian victims, weapons or fighters seized in villages, villages in a state, a
plan or a threat, a time after "at"."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("attack24_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_is_broad():
    """Each mechanism is stated by several sentences and ruled out by more."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert stated.count("attacks") >= 12
    assert stated.count("captures") >= 6
    assert len(BATTERY.cases("absent")) >= 12


def test_strike_needs_an_owner():
    """A death in an owned strike is the owner's attack on the victim; an unowned strike names no attacker."""
    assert holds("Qasem Soleimani died in a US drone strike outside Baghdad.", "United States", "attacks",
                 "Qasem Soleimani", False)
    assert not any(holds("Qasem Soleimani was killed by an unclaimed drone attack outside Baghdad.", s, "attacks", "Qasem Soleimani", False)
                   for s in ("United States", "Iraq"))


def test_taken_land_needs_land_and_a_region():
    """Villages seized in a region capture the region; goods seized there, or villages in a state, do not."""
    assert holds("M23 seized villages in North Kivu.", "M23", "captures", "North Kivu", False)
    assert not holds("M23 seized weapons in North Kivu.", "M23", "captures", "North Kivu", False)
    assert not holds("M23 seized villages in Rwanda.", "M23", "captures", "Rwanda", False)
