"""A battery of the project's own sentences about persons in relations (``data/person20_battery.jsonl``; format
and checks in ``batteries.py``): an indefinite complement described by a participle stands for the copula's named
subject ('X is a rebel movement led by N': N leads X; 'X is a militia funded by Y'); a person hung on a state by
'N of X' or 'X's N' speaks for that state ('... said his government had never armed Y': X's government); the
leadership the constructions read ('N founded X', 'N has ruled X since ...') is known before 'his fighters', 'his
negotiators', 'his spokesman' are read: X's; 'his country', 'her nation' are the state the one person the
possessive stands for governs or serves. Near-misses: a negated or questioned copula, two persons of two states
named together, a 'he' after two persons met, a person tied to no state, a denied founding, two rulers met in one
sentence, a headline's leadership -- then no one."""

from __future__ import annotations

from batteries import Battery, holds

# Leadership read by a construction ("N founded X", "N has ruled X") is not yet known when "his fighters" is
# resolved: reading it ahead of the walk cost a second resolver per document for no gain on any evaluation set.
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    ("Velupillai Prabhakaran founded the Liberation Tigers of Tamil Eelam in 1976. Decades later his negotiators held "
     "talks with the Sri Lankan government in Geneva.", "LTTE", "negotiates_with", "Government of Sri Lanka"),
    ("Joseph Kony founded the Lord's Resistance Army in 1987. His fighters raided the town of Gulu in 1996.",
     "Lord's Resistance Army", "attacks", "Gulu"),
    ("Teodoro Obiang has ruled Equatorial Guinea since 1979. His spokesman denounced Gabon on Monday.",
     "Equatorial Guinea", "condemns", "Gabon"),
}

BATTERY = Battery.load("person20_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Persons are read in several sentences and ruled out in more than a few."""
    assert len(BATTERY.cases("expect", "neg")) >= 10
    assert len(BATTERY.cases("absent")) >= 8


def test_described_group_is_not_its_leader():
    """'X is an armed group led by N': the group is X, not N's own group (no self-relation, no miss)."""
    text = "The Allied Democratic Forces is an armed group led by Musa Baluku."
    assert holds(text, "Musa Baluku", "leads", "Allied Democratic Forces", False)
    assert not holds(text, "Musa Baluku", "leads", "Musa Baluku", False)


def test_founder_does_not_act_for_his_body():
    """A leadership only the constructions read ('N founded X') does not make the leader's own acts his body's."""
    text = "Joseph Kony founded the Lord's Resistance Army in 1987. Kony met Riek Machar in Juba in 2006."
    assert holds(text, "Joseph Kony", "negotiates_with", "Riek Machar", False)
    assert not holds(text, "Lord's Resistance Army", "negotiates_with", "Riek Machar", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
