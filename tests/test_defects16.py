"""Defects left by earlier sessions, as a battery of the project's own sentences (``data/defects16_battery.jsonl``;
format and checks in ``batteries.py``): a body's officials, envoys or mediators dealing with a named person; a demonym
with a military aircraft's or vehicle's model ('Turkish F-16s') acting for its state; 'at odds with' and the reason
or topic after 'over', whose 'its' may be either party's; a possessive title followed by its place before the name
('X's leader in Gaza, N'); allegiance sworn or pledged (as a verb the parser missed, or 'sworn to'); an unnamed
ambassador condemning for his state; a 'she' after two persons met; invented names NER took for dates or products --
with the near-misses that must stay unread (a maker's munition, a recalled ambassador, 'sworn enemies', a weekday)."""

from __future__ import annotations

from batteries import Battery

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    # a name NER leaves unlabelled before "forces" is not made one (tried: it added false positives)
    ("Vosgary forces attacked Kisumu.", "Vosgary", "attacks", "Kisumu"),
}

BATTERY = Battery.load("defects16_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each defect's predicate is stated by several sentences and ruled out by at least one."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    ruled_out = BATTERY.predicates("neg", "absent")
    for p in ("negotiates_with", "attacks", "condemns", "affiliated_with"):
        assert stated.count(p) >= 3, p
        assert p in ruled_out, p


test_known_misses_are_still_missed = BATTERY.known_misses_test()


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
