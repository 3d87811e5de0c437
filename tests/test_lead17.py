"""A battery of the project's own sentences on leadership and membership (``data/lead17_battery.jsonl``; format
and checks in ``batteries.py``): a leader named through 'whose president, N,', a leader chosen in a participle
('N, elected in 2015 as president of X,'), a state described as a (founding) member of a bloc; and the near-misses
that must stay unread (former and deputy titles, a branch chief, a past membership)."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("lead17_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Leadership and membership are each stated by several sentences and ruled out by at least one."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    ruled_out = BATTERY.predicates("neg", "absent")
    for p in ("member_of", "leads"):
        assert stated.count(p) >= 2, p
        assert p in ruled_out, p


def test_known_misses_are_still_missed():
    """A known miss that is read now belongs among the stated relations: the set is kept honest."""
    for text, s, p, o in KNOWN_MISSES:
        assert not holds(text, s, p, o, False), (text, s, p, o)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
