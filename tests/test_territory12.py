"""A battery of the project's own sentences about captures and withdrawals (``data/territory12_battery.jsonl``;
format and checks in ``batteries.py``): the families a place is taken or left by, the ones that deny it, and
plans, demands, offers, orders, visits and journeys that are neither."""

from __future__ import annotations

from batteries import Battery

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("territory12_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Both predicates are stated by many sentences, denied by some and ruled out by more."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    for p in ("captures", "withdraws_from"):
        assert stated.count(p) >= 8, p
        assert p in BATTERY.predicates("neg"), p
        assert p in BATTERY.predicates("absent"), p


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
