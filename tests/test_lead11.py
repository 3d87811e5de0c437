"""Who leads and who belongs: a battery of the project's own sentences for ``leads`` and ``member_of``.

``data/lead11_battery.jsonl`` holds sentences written for this project (invented wording about real and invented
actors) with the relations each states (``expect``), denies (``neg``: read as negated, never as a fact) and must
not yield as a fact (``absent``: a bare title, a possessive that may be a visit, a list of victims, a deputy's or
a regional officer's title, a meeting rather than a body). Every precision check is asserted; a stated relation
is asserted unless listed in ``KNOWN_MISSES`` (gaps left for later: their sentences stay in the battery).
"""

from __future__ import annotations

import pytest

from batteries import Battery, holds
from relations_helpers import got

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    ('Ahmed Salah, alias "Tiger", a commander of the Kivu Defence Front, was arrested.', "Ahmed Salah", "member_of",
     "Kivu Defence Front"),
    ("Senegal and Ghana are partners in the Accra Initiative.", "Senegal", "member_of", "Accra Initiative"),
    ("Senegal and Ghana are partners in the Accra Initiative.", "Ghana", "member_of", "Accra Initiative"),
    ("Contingents from Rwanda and Malawi serve in the SADC Mission in Mozambique.", "Rwanda", "member_of",
     "SADC Mission in Mozambique"),
}

BATTERY = Battery.load("lead11_battery.jsonl", KNOWN_MISSES)
# a denied choice or seizure says nothing of who leads: neither a fact nor a denial
UNSAID = [("Mahamat Deby was not elected president of Chad by the assembly.", "Mahamat Deby", "leads", "Chad"),
          ("Mali is in crisis. Assimi Goita did not seize power in a coup, his aides insist.", "Assimi Goita", "leads",
           "Mali")]


def test_battery_covers_both_predicates():
    """Both predicates are stated and ruled out by the battery, and every known miss is one of its sentences."""
    assert BATTERY.predicates("expect") == {"leads", "member_of"}
    assert BATTERY.predicates("absent") == {"leads", "member_of"}
    assert KNOWN_MISSES <= set(BATTERY.cases("expect"))


@pytest.mark.parametrize("text,s,p,o", UNSAID, ids=[f"unsaid-{n}" for n in range(len(UNSAID))])
def test_denied_choice_is_no_denial_of_leading(text, s, p, o):
    assert not holds(text, s, p, o, True), f"{(s, p, o)} read as denied from {text!r}: {got(text)}"


# (no sentence here is stated later than it is denied: the fourth check has nothing to run)
(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, _) = BATTERY.tests()
