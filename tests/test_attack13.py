"""A battery of the project's own sentences about attacks (``data/attack13_battery.jsonl``; format and checks
in ``batteries.py``): coordinated national agents ('Kenyan and Ugandan troops shelled ...'), an offensive a
leader launched (his act and his state's), fighting alongside an ally to push an enemy out, a claimed killing,
an answer with fire or drones, fire at a capital named by its state's adjective, and denied attacks with a
target noun ('will not shell Legion positions', 'has not hit a single site on Somali soil', 'has not engaged
JNIM units'). Peoples and civilians, attacks suffered, condemned, threatened, conditional or charged by a third
party yield no attack."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    # a bare "the jihadists" / "the rebels" is not read after a verb of engaging (the article's rebels are a guess
    # that may name no one: "Malian jihadists"); only a named kind is ("JNIM units")
    ("JNIM fighters swept into Gao on Monday. MINUSMA peacekeepers stayed put, and the UN force did not engage the "
     "jihadists.", "MINUSMA", "attacks", "JNIM"),
}

BATTERY = Battery.load("attack13_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Attacks are stated by many sentences, denied by several and ruled out by more."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert stated.count("attacks") >= 25
    assert len([c for c in BATTERY.cases("neg") if c[2] == "attacks"]) >= 6
    assert len(BATTERY.cases("absent")) >= 20


def test_leader_and_state_both_attack():
    """'President N launched the offensive against X': the act is N's and his state's; his condemning an attack
    is neither's."""
    launched = "President Museveni launched the offensive against the Allied Democratic Forces on May 3."
    assert holds(launched, "Yoweri Museveni", "attacks", "Allied Democratic Forces", False)
    assert holds(launched, "Uganda", "attacks", "Allied Democratic Forces", False)
    condemned = "President Museveni condemned the ADF attack on Beni."
    assert not holds(condemned, "Yoweri Museveni", "attacks", "Beni", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
