"""A battery of the project's own sentences about hostility, condemnation, sanctions and listings
(``data/stance24_battery.jsonl``; format and checks in ``batteries.py``): a war, insurgency or campaign named as the
object of fighting ("fought a guerrilla war against X"), guns or weapons turned on an actor, going to war with X
(entering_verbs: "went to war with", "was dragged into a war with", "slid into conflict with"), servility smears
said of an actor ("a tool of Tehran", "a pawn of X", "a stooge"), and an accusation followed by ", a charge Y
denies" (the accusation stands; the accused's denial negates the act); rising against, resisting or defying an actor's
rule or hold, verb or noun ("rebelled against Damascus's rule", "the Tamil Tigers' revolt against Colombo's rule"), a measure
condemned as imposed by B ("condemned the sanctions imposed by B"), sanctions a plain passive's agent imposed
("sanctions on X were tightened by B"), and an
ouster vowed or urged ("vowed to topple B", "urged the army to remove B"). Near-misses: campaigns against a disease,
guns turned on animals, talks gone to, a tool that is no actor, sanctions weighed or discussed (also on what an
actor owns), and gerunds weighed by a deliberation verb ("discussed freezing the assets of X", "weighed sending
tanks to Y"), a denied resistance (dropped), a killing whose possessor is its victim ("condemned his killing"), a membership opposed, a removal from a list, while a widening one keeps the act in force ("discussed tightening its embargo on X"). The brief's
families already read (at war with, rebellion, accused of, blamed for, killing by, froze the assets, blacklisted,
listed as, lifted sanctions) are held here too."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("stance24_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_is_broad():
    """Each predicate is stated by several sentences and ruled out by more."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert stated.count("opposes") >= 10
    assert stated.count("condemns") >= 8
    assert stated.count("sanctions") >= 3
    assert stated.count("designates") >= 2
    assert len(BATTERY.cases("absent")) >= 15


def test_a_denied_charge_leaves_the_accusation_standing():
    """", a charge Y denies" after an accusation denies the act charged, never the accusation."""
    text = "Bogota has long accused Caracas of sheltering ELN fighters, a charge Venezuela denies."
    assert holds(text, "Colombia", "condemns", "Venezuela", False)
    assert not holds(text, "Colombia", "condemns", "Venezuela", True)
    assert holds(text, "Venezuela", "supports", "ELN", True)


def test_a_weighed_option_is_no_act_but_a_widened_one_is():
    """A deliberation verb's gerund is an option; one that widens an act in force keeps that act."""
    assert not holds("Britain discussed freezing the assets of the Wagner Group.", "United Kingdom", "sanctions",
                     "Wagner Group", False)
    assert holds("The Security Council discussed tightening its arms embargo on UNITA.", "UN Security Council",
                 "sanctions", "UNITA", False)
