"""A battery of the project's own sentences on negotiation and condemnation (``data/talks14_battery.jsonl``;
format and checks in ``batteries.py``): meetings and phone calls, hosted, mediated and brokered talks, talks
suspended or collapsed, refusals of talks; attacks condemned through their agent (in the passive, in a
condemnation noun, in 'drew condemnation from', in a statement), calls to stop attacking, summoned envoys,
protests lodged, gapped accusations, with the refusals and near-misses that must state no fact."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("talks14_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Both predicates are stated, denied and ruled out by several sentences each."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    denied = [p for _, _, p, _ in BATTERY.cases("neg")]
    ruled_out = BATTERY.predicates("absent", "not_negated")
    for p in ("negotiates_with", "condemns"):
        assert stated.count(p) >= 10, p
        assert denied.count(p) >= 3, p
        assert p in ruled_out, p


def test_negated_halt_of_talks_states_nothing():
    """'has not suspended talks with B' says neither that talks were held nor that they were not."""
    text = "Myanmar has not suspended negotiations with the Arakan Army."
    assert not holds(text, "Myanmar", "negotiates_with", "Arakan Army", False)
    assert not holds(text, "Myanmar", "negotiates_with", "Arakan Army", True)


def test_attack_condemned_without_agent_names_no_one():
    """An attack with no agent of its own, condemned in the passive, condemns no one (not the place hit)."""
    text = "The shelling of the hospital in Kherson was condemned by the World Health Organization."
    assert not any(holds(text, "World Health Organization", "condemns", o, False) for o in ("Kherson", "Ukraine"))


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
