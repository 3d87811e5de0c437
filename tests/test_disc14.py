"""Cross-sentence reference, fourteenth set: a battery of the project's own short articles (``data/disc14_battery.jsonl``;
format and checks in ``batteries.py``) whose relations are stated through a reference to an actor or event told
earlier -- a government description whose own sentence names the other party's state ("the junta relied on Russia
and China"), sets without a number ("the allies", "the rivals") or without a noun ("all three"), a list the parser
hangs as an apposition ("Mali, Burkina Faso and Niger ... the three juntas"), descriptions ("the paramilitary force",
"the Gulf state"), a condemned "operation" or "kidnapping", "the attackers", "its neighbour", a leader's "negotiators",
and "it" that is no state's officials in the plural. Every mechanism has near misses where two candidates compete or
the description says more: the reference then means no one."""

from __future__ import annotations

from batteries import Battery, holds

# (text, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    # past a paragraph break a pronoun keeps only the main subject before it, and here that is the officials who
    # report the offensive (the attribution clause is the sentence's root), not its agent
    ("LIVE UPDATES\n\n09:10 - The Wagner Group launched an offensive on Bakhmut overnight, Ukrainian officials said."
     "\n\n09:45 - It was condemned by the European Union.", "European Union", "condemns", "Wagner Group"),
}

BATTERY = Battery.load("disc14_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Many references are read, and at least as many near misses are checked."""
    assert len(BATTERY.cases("expect")) >= 50
    assert len(BATTERY.cases("absent")) >= 30
    assert len(BATTERY.predicates("expect")) >= 6
    multi = [c for c in BATTERY.lines if "\n\n" in c["text"]]
    assert len(multi) >= 8


def test_junta_is_not_the_state_it_relies_on():
    """'The junta relied on Russia and China': Russia is the other party, never the junta's state."""
    text = "The Tatmadaw seized power in a coup in 2021. Since then the junta has relied on Russia and China for arms."
    assert holds(text, "China", "supports", "Government of Myanmar", False)
    assert not holds(text, "China", "supports", "Russia", False)
    assert not holds("The junta has relied on Russia and China for arms.", "China", "supports", "Russia", False)


def test_unnumbered_set_needs_a_sentence_of_only_that_set():
    """'The allies' are the bodies the last sentence names together -- unless that sentence names another."""
    assert holds("Russia and Iran have deepened military ties since 2022. The allies signed a strategic partnership "
                 "treaty in January.", "Russia", "negotiates_with", "Iran", False)
    assert not holds("Russia and Iran armed Syria for years. The allies signed a new treaty in January.",
                     "Russia", "negotiates_with", "Iran", False)


def test_attackers_need_one_attacker():
    """'The attackers' are the one doer of an attack told just before; two doers, or a denied attack: no one."""
    assert holds("Boko Haram attacked the town of Gwoza at dawn. The assailants later withdrew from Gwoza.",
                 "Boko Haram", "withdraws_from", "Gwoza", False)
    assert not holds("Boko Haram did not attack Gwoza on Monday. The attackers withdrew from Gwoza.",
                     "Boko Haram", "withdraws_from", "Gwoza", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
