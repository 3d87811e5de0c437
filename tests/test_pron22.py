"""A battery of the project's own sentences about pronouns whose binding settles a relation
(``data/pron22_battery.jsonl``; format and checks in ``batteries.py``):

* a body that says it of itself deals with a person: "ECOWAS says it will not negotiate with him / with N" -- the
  reported clause's subject pronoun is bound to the named speaker (``Resolver.named_speaker``), as firm as a name,
  so the person/body dealing is read (a body named only by a description or a pronoun otherwise is not);
* one acts for another on its behalf (``behalf_nouns``): "Saudi Arabia intervened on its behalf" -- the
  possessive is not the clause's own subject, and looks past it as an object pronoun does;
* the object of a target preposition (``target_prepositions``: "an offensive against it", "sanctions on it"), or
  of "with" after a mutual verb or a talk noun ("clashed with it", "held talks with it"), looks past its clause's
  subject as a direct object does, and the noun its phrase hangs on ("a campaign against it") is no thing between
  it and its antecedent; a capital that acts for its state is that subject too ("Ankara condemned it": neither);
* a relative clause's subject pronoun is not what the clause is about ("the Charter of the African Union (AU), of
  which it is a founding member": not the AU).

Near-misses: two possible speakers or persons, a person pronoun that may be the owner of the subject
("Haftar's army will not negotiate with him"), two candidates for "its behalf" or "on it", "its own behalf", and
a thing named since ("seized a ship ... opened fire on it", "signed a pact. Moscow condemned it") -- then no one."""

from __future__ import annotations

import pytest

from batteries import Battery
from relations_helpers import got, read, resolved_refs

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("pron22_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each reading is tried on several sentences, and ruled out in more."""
    assert len(BATTERY.cases("expect", "neg")) >= 10
    assert len(BATTERY.cases("absent", "not_negated")) >= 10


@pytest.mark.parametrize("text", [
    "An alliance of armed groups said it would not negotiate with Felix Tshisekedi.",
    "Kenya and Uganda say it will not negotiate with Salva Kiir.",
])
def test_unbound_speaker_deals_with_no_one(text):
    """A pronoun whose speaker is unnamed or several bodies binds to no one: no dealing is read either way."""
    assert not any(r.predicate == "negotiates_with" for r in read(text)), got(text)


@pytest.mark.parametrize("text, body", [
    ("The African Union met in Addis Ababa. The country remains committed to the principles of the Charter of the "
     "African Union (AU), of which it is a founding member.", "African Union"),
    ("The kingdom honours the principles of the Charter of the Arab League, of which it is a founding member.",
     "Arab League"),
])
def test_relative_clause_subject_is_not_what_it_is_about(text, body):
    """"X, of which it is a member": "it" is not X, wherever the parser hung the relative clause."""
    assert all(body not in names for names in resolved_refs(text, "it")), resolved_refs(text, "it")


@pytest.mark.parametrize("text, word, owner", [
    ("The Houthis seized Sanaa. Iran intervened on their behalf.", "their", "Houthis"),
    ("Kyiv asked for help. Poland intervened on its behalf in Brussels.", "its", "Ukraine"),
])
def test_behalf_is_another_s(text, word, owner):
    """"X intervened on its behalf": the one acted for, not X."""
    assert resolved_refs(text, word) == [[owner]]


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
