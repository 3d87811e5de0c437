"""A battery of the project's own sentences on negotiation read in the eighteenth round
(``data/talks18_battery.jsonl``; format and checks in ``batteries.py``): a person who meets the envoys of a body
named by no name ("met its envoys", "held talks with government negotiators") deals with that body himself,
never with his own body or his own government; with the near-misses that must yield nothing."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("talks18_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Talks are stated, denied and ruled out by several sentences each."""
    assert len(BATTERY.cases("expect")) >= 3
    assert len(BATTERY.cases("absent")) >= 3


def test_own_body_envoys_are_no_party():
    """The leader of a body who meets 'its envoys' meets his own people."""
    text = "The Polisario Front issued a statement. Brahim Ghali has met its envoys twice."
    assert not holds(text, "Brahim Ghali", "negotiates_with", "Polisario Front", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
