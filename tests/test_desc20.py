"""A battery of the project's own sentences about force nouns that name no owner (``data/desc20_battery.jsonl``;
format and checks in ``batteries.py``): 'troops retook X', 'soldiers seized Y', 'killing 30 soldiers', 'the
security forces', 'federal troops' stand for the one body whose forces the last few sentences named. Near
misses: the forces of two bodies named ('Rwandan troops and the Mozambican army ... Troops seized'), a force the
noun itself gives another owner ('Foreign troops', 'Ugandan soldiers', 'troops loyal to the council', 'troops of
the regional force'), forces a state sent or keeps ('Chad still has 900 troops', 'Egypt sent troops'), and an
idiom ('joined forces'). And 'the army' in what another state's government says ('the US administration
imposed sanctions, saying the army had shelled X') is the one army the text told of before, not the speaker's,
unless the text named the speaker's own forces. A rebel noun ('the militants') after the text called one group
so where it named it ('Ansaru militants') is never another group named since ('the Islamic State has claimed
...'): that one, or no one."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("desc20_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_is_broad():
    """Several owners found, and more near misses with two bodies, another owner or none."""
    assert len(BATTERY.cases("expect")) >= 15
    assert len(BATTERY.cases("absent")) >= 10


def test_the_named_army_is_the_owner():
    """Where the text names the state's army by name, unowned soldiers are that army's, not the government's."""
    text = ("The Tarvonian Armed Forces entered Kessel province in May. Soldiers seized the town of Orvik a week "
            "later. Tarvonia is a small coastal state.")
    assert holds(text, "Tarvonian Armed Forces", "captures", "Orvik", False)


def test_two_armies_resolve_to_neither():
    """'Soldiers' after the armies of two states are named is no one's."""
    text = "The Chadian army and the Nigerien army fought Boko Haram near Diffa. Soldiers retook Bosso on Monday."
    for state in ("Government of Chad", "Government of Niger", "Chad", "Niger"):
        assert not holds(text, state, "captures", "Bosso", False)
