"""A battery of the project's own sentences on mediation and talks read in the twenty-second round
(``data/mediate22_battery.jsonl``; format and checks in ``batteries.py``): a body's own envoys at talks ("its
mediators held talks with X"), a try at mediation ("has been trying to bring A and B together"), talks hung
under another's auspices through their parties, talks on a topic with a party, talks named in a time clause,
and the parties of "between the government of X and Y"; with near-misses (a call for talks, a hope, a denied
try, a reporter of the talks, a host city) that must yield nothing."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("mediate22_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Talks are stated, denied and ruled out by several sentences each."""
    assert len(BATTERY.cases("expect")) >= 10
    assert len(BATTERY.cases("absent")) >= 8
    assert len(BATTERY.cases("neg")) >= 1


def test_one_among_many_is_not_the_movement():
    """'the separatists' after 'X, one of the biggest armed groups' are the movement, not X."""
    text = ("Separatist militias have fought the army since 2017. The Ambazonia Defence Forces (ADF), one of the "
            "biggest armed groups, claimed an ambush last month. The ADF lost two commanders. "
            "Switzerland has been trying to bring the government of Cameroon and the separatists together.")
    assert holds(text, "Switzerland", "negotiates_with", "Government of Cameroon", False)
    assert not holds(text, "Switzerland", "negotiates_with", "Ambazonia Defence Forces", False)


def test_one_named_group_is_still_the_rebels():
    """Without 'one of', the rebels named by the text are still its group."""
    text = ("The Ambazonia Defence Forces (ADF) claimed an ambush last month. The ADF lost two commanders. "
            "Switzerland has been trying to bring the government of Cameroon and the separatists together.")
    assert holds(text, "Switzerland", "negotiates_with", "Ambazonia Defence Forces", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
