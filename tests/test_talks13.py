"""A battery of the project's own sentences on negotiation, support and opposition (``data/talks13_battery.jsonl``;
format and checks in ``batteries.py``): talks under a mediator's auspices and between parties' representatives,
refusals of talks until a state's forces leave, help given against a foe, passive deployments, committed material
help, rejected authorities, with the proposals, calls, conditions and denials that must state no fact."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("talks13_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each family of the battery is stated by at least two sentences and ruled out by at least one."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect", "neg")]
    ruled_out = BATTERY.predicates("absent", "not_negated")
    for p in ("negotiates_with", "supports", "opposes"):
        assert stated.count(p) >= 2, p
        assert p in ruled_out, p


def test_denied_help_leaves_the_foe_unread():
    """A refused help against C denies the help only: the hostility to C is neither stated nor denied."""
    text = "Angola refused to help the Congolese army against the M23."
    assert holds(text, "Angola", "supports", "Government of Democratic Republic of the Congo", True)
    assert not holds(text, "Angola", "opposes", "M23", True)
    assert not holds(text, "Angola", "opposes", "M23", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
