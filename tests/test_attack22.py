"""A battery of the project's own sentences about attacks and withdrawals (``data/attack22_battery.jsonl``;
format and checks in ``batteries.py``): a repeated target of an attack noun ("strikes on A's posts in X and on
B's bases", "an assault on posts at X and on the town of Y", however the parser hung the second "on"), areas
and parts of a place struck (the place is attacked) and warships of a state struck, forces forced out of their
post at a place and forces led out of a place by their body; forces entering a state's territory (a denial is a
denied attack), places a strike's targets include, forces surrounding a town, and "the Black Sea port of X" read as
X. An event noun with its own agent named "any" such event ("would not take part in any Israeli strike on X") is
no strike of that agent's. Denied, planned, threatened, condemned or alleged attacks, civilians fleeing, entering or led out, a state
"surrounded by" neighbours, and forces led into a place yield none of these."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("attack22_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_is_broad():
    """Each mechanism is stated by several sentences and ruled out by more."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert stated.count("attacks") >= 6
    assert stated.count("withdraws_from") >= 6
    assert len(BATTERY.cases("absent")) >= 15
    assert len(BATTERY.cases("neg")) >= 2


def test_repeated_target_needs_the_attackers_own_act():
    """The second target of an attack noun is the attacker's only where the attack is stated, not denied."""
    stated = "The RSF launched an assault on army barracks at dawn and on the town of Babanusa."
    assert holds(stated, "RSF", "attacks", "Babanusa", False)
    denied = "The RSF launched an assault on army barracks at dawn and not on the town of Babanusa."
    assert not holds(denied, "RSF", "attacks", "Babanusa", False)


def test_forced_out_of_post_needs_forces_and_an_act():
    """Forces forced out of a post at a place leave it; farmers, or a vow to force troops out, leave nothing."""
    assert holds("Mali forced Danish troops out of their camp at Menaka.", "Denmark", "withdraws_from", "Menaka", False)
    assert not holds("The junta vowed to force the French troops out of their base at Kamboinsin.",
                     "France", "withdraws_from", "Kamboinsin", False)


def test_entered_territory_is_an_invasion_only_by_forces():
    """Forces entering a state's territory attack it, a denial is a denied attack; refugees entering attack nothing."""
    assert holds("Eritrean forces entered Ethiopian territory in November 2020.", "Eritrea", "attacks", "Ethiopia", False)
    denied = "The Georgian army has not entered Russian territory and has no intention of doing so."
    assert holds(denied, "Georgia", "attacks", "Russia", True)
    assert not holds(denied, "Georgia", "attacks", "Russia", False)
    assert not holds("Thousands of Ukrainian refugees entered Polish territory on Monday.", "Ukraine", "attacks", "Poland", False)
