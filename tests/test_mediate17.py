"""Mediation and talks, seventeenth set: a battery of the project's own short articles
(``data/mediate17_battery.jsonl``; format and checks in ``batteries.py``) whose mediators, hosts and brokers
deal with the parties to talks -- talks held under a body's auspices that name their own parties (the parties,
never the subject of the clause that reports the talks), hosting "rounds of" talks between two sides, bringing
two sides together, and a deal brokered with no parties named ("Norway brokered a ceasefire"), whose parties
are the pair the text has shown negotiating, else the conflict's two sides when the text has just set exactly
two against each other -- and "the two sides reached an understanding" (the conflict's two sides, with each
other). Near misses: three sides, no conflict told, a denial, a refusal, a failure, and a war that brings two
allies together. A mediator is never read as a party's backer or ally."""

from __future__ import annotations

from batteries import Battery, holds

# (text, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("mediate17_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_is_broad():
    """Many mediations are read, and near misses are checked."""
    assert len(BATTERY.cases("expect")) >= 18
    assert len(BATTERY.cases("absent")) >= 15


def test_unnamed_deal_takes_the_negotiating_pair_first():
    """'A and B held talks ... C brokered a truce': the pair shown negotiating, even when an opposition with a
    third party was told too."""
    text = ("Hezbollah fired rockets at Israel. Israel and Hamas held indirect talks in Doha. "
            "Qatar brokered a truce on Friday.")
    assert holds(text, "Qatar", "negotiates_with", "Hamas", False)
    assert not holds(text, "Qatar", "negotiates_with", "Hezbollah", False)


def test_unnamed_deal_with_a_third_body_in_its_sentence_is_left():
    """'A fought B. C brokered a truce, and D objected': D might be a party; no one is read as 'the parties'."""
    told = "The Ethiopian army fought the TPLF in Tigray. The army and the TPLF clashed again near Mekelle. "
    assert holds(told + "The African Union brokered a truce.", "African Union", "negotiates_with", "TPLF", False)
    text = told + "The African Union brokered a truce, and Eritrea objected."
    assert not holds(text, "African Union", "negotiates_with", "TPLF", False)
    assert not holds(text, "African Union", "negotiates_with", "Eritrea", False)
