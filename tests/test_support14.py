"""A battery of the project's own sentences on the breadth of ``supports``, ``opposes`` and ``allied_with``
(``data/support14_battery.jsonl``; format and checks in ``batteries.py``): backing in passives, appositions,
relative clauses and participles, goods received from a backer, 'support for B from A', aid as a lifeline, backing
cut off or withdrawn, denials; enmity held ('considers B its enemy', 'at odds with'), risings and wars; alliances
by coalitions, partners and coordinated 'allied' -- with the calls, threats, partial cuts, trading partners and
goods won that must state no fact."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    # the goods' demonym names the backer only through 'from' or a possessor, not an adjective
    ("Armenia has long depended on Russian security guarantees and arms.", "Russia", "supports", "Armenia"),
    # the parser reads 'Turkey funds and arms' as a noun phrase, the relative clause's subject
    ("The Syrian National Army, which Turkey funds and arms, attacked Manbij.", "Turkey", "supports", "Syrian National Army"),
    # a rising against a state's rule named by a demonym, as a noun
    ("Hamas's uprising against Israeli rule began in 1987.", "Hamas", "opposes", "Israel"),
    # coordinated comrades 'side by side' (a construction for it added a false positive on a sealed set: dropped)
    ("The Houthis and Hezbollah have fought side by side in Syria.", "Houthis", "allied_with", "Hezbollah"),
    ("Hamas and Islamic Jihad fought side by side against Israel.", "Hamas", "allied_with", "Islamic Jihad"),
    ("The SDF and the US-led coalition operate side by side in Deir ez-Zor.", "SDF", "allied_with", "US-led coalition"),
    # 'its Iranian allies': allies named by a demonym may be a state's forces or its proxies
    ("The Syrian government and its Iranian allies retook Aleppo.", "Government of Syria", "allied_with", "Iran"),
    # a denied gerund of the copula with an ally noun
    ("The Arakan Army denied being an ally of the TNLA.", "Arakan Army", "allied_with", "TNLA"),
    # 'Backing' tagged as a verb at the head of the sentence
    ("Backing for the Libyan National Army from the United Arab Emirates never wavered, diplomats said.",
     "United Arab Emirates", "supports", "Libyan National Army"),
}

BATTERY = Battery.load("support14_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each predicate of the battery is stated by at least five sentences and ruled out by at least one."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect", "neg")]
    ruled_out = BATTERY.predicates("absent", "not_negated")
    for p in ("supports", "opposes", "allied_with"):
        assert stated.count(p) >= 5, p
        assert p in ruled_out, p


def test_known_misses_are_in_the_battery():
    """A known miss names a sentence and relation the battery holds (no stale entries)."""
    cases = set(BATTERY.cases("expect", "neg"))
    assert KNOWN_MISSES <= cases


def test_goods_won_are_no_capture():
    """'secured military assistance from B' names B as a giver: backing, never an enemy losing ground."""
    text = "Somalia has secured military assistance from Turkey."
    assert holds(text, "Turkey", "supports", "Somalia", False)
    assert not holds(text, "Somalia", "opposes", "Turkey", False)


def test_called_for_ending_is_no_ending():
    """A call on B to cease its support for C is read by the call; it never says the caller ended any support."""
    text = "Egypt called on Iran to release the sailors and to cease all support to the Houthis."
    assert not holds(text, "Egypt", "supports", "Houthis", True)
    assert not holds(text, "Iran", "supports", "Houthis", True)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
