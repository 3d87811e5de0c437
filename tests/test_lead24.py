"""A battery of the project's own sentences on leadership and membership (``data/lead24_battery.jsonl``; format
and checks in ``batteries.py``): a research post at a body ('N, an analyst with Y'), power seized in a state under
a named officer, a body naming its dead leader's successor, founders named in a relative clause, a second title
coordinated with a first in apposition, 'as a member of Y', 'A and other members of Y', partners in a bloc,
'at the head of Y', a founding verb coordinated after another; and the near-misses that must stay unread
(former posts, posts at places, a successor named by a person, a lone patron founding a group, joining as a
wish, partners in a war, a call on another's leader, a person named beside a group)."""

from __future__ import annotations

import pytest

from batteries import Battery, holds
from relations_helpers import read

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("lead24_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Leadership and membership are each stated by several sentences and ruled out by several."""
    for p in ("member_of", "leads"):
        assert BATTERY.count("expect", p) >= 5, p
        assert BATTERY.count("absent", p) >= 4, p


def test_known_misses_are_still_missed():
    """A known miss that is read now belongs among the stated relations: the set is kept honest."""
    for text, s, p, o in KNOWN_MISSES:
        assert not holds(text, s, p, o, False), (text, s, p, o)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


# (sentence, subject, predicate, object, former): a role the text closes in the past is a former one; one it tells
# as going on (the perfect, the present, a past without an end) is not
TENSES = [
    ("The Sierra Brigades ambushed a patrol near Tula. The group was commanded by Hector Vidal until 2018, when he "
     "was arrested.", "Hector Vidal", "leads", "Sierra Brigades", True),
    ("The Sierra Brigades ambushed a patrol near Tula. For two decades they were commanded by Hector Vidal.",
     "Hector Vidal", "leads", "Sierra Brigades", True),
    ("The Delta Front shelled the port. Until 2016 it was commanded by Ismail Garba.", "Ismail Garba", "leads",
     "Delta Front", True),
    ("Samir Haddad, who led the Cedar Brigade for two decades, was buried in Tyre.", "Samir Haddad", "leads",
     "Cedar Brigade", True),
    ("Lucia Ferro spent eleven years in the Mountain Liberation Army before she surrendered to the police.",
     "Lucia Ferro", "member_of", "Mountain Liberation Army", True),
    ("The Delta Front shelled the port. It has been commanded by Ismail Garba for years.", "Ismail Garba", "leads",
     "Delta Front", False),
    ("The Delta Front shelled the port. It is commanded by Ismail Garba.", "Ismail Garba", "leads", "Delta Front", False),
    ("The late Nuri Hamdan, who led the Euphrates Shield Brigade, was buried in Mosul.", "Nuri Hamdan", "leads",
     "Euphrates Shield Brigade", True),
    ("Adama Kone, who commanded the Sahel Liberation Front, was killed in an air strike on Tuesday.", "Adama Kone",
     "leads", "Sahel Liberation Front", True),
    ("Adama Kone, who commands the Sahel Liberation Front, killed two soldiers in an ambush on Tuesday.", "Adama Kone",
     "leads", "Sahel Liberation Front", False),
    ("Adama Kone, the leader of the Sahel Liberation Front, survived an air strike on Tuesday.", "Adama Kone",
     "leads", "Sahel Liberation Front", False),
    # (the twenty-sixth session's: a role told in the past before a clause of leaving is closed; "before the war"
    # and the present say nothing of its end)
    ("Border clashes flare. Jabir Ottu was a colonel in the Sudanese army before he defected.", "Jabir Ottu",
     "member_of", "Government of Sudan", True),
    ("Border clashes flare. Amos Rell commanded the Lake Front before he resigned in 2020.", "Amos Rell", "leads",
     "Lake Front", True),
    ("Talks resumed in Doha. Mira Sato was a captain in the Kenyan army until she deserted.", "Mira Sato",
     "member_of", "Government of Kenya", True),
    ("Border clashes flare. Amos Rell was the Lake Front's spokesman before the war.", "Amos Rell", "member_of",
     "Lake Front", False),
    ("Border clashes flare. Amos Rell is a colonel in the Kenyan army.", "Amos Rell", "member_of",
     "Government of Kenya", False),
]


@pytest.mark.parametrize("text,subject,predicate,obj,former", TENSES)
def test_closed_role_is_former(text, subject, predicate, obj, former):
    rels = [r for r in read(text) if r.predicate == predicate and not r.negated
            and r.subject.name == subject and r.object.name == obj]
    assert rels, (text, [(r.subject.name, r.predicate, r.object.name) for r in read(text)])
    assert all(r.former == former for r in rels), (text, [(r.rule, r.former) for r in rels])
