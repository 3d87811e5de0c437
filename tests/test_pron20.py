"""A battery of the project's own sentences about "it" / "its" for bodies (``data/pron20_battery.jsonl``; format
and checks in ``batteries.py``):

* the subject of a verb of saying binds "it" in what it says, and a verb has one subject: where the parser also
  hangs a dateline's place on "said" ("KANO, May 2 - Chad's army said it had seized X"), the subject is the one
  nearest the verb, never the place;
* a noun of giving one's word (``avowal_nouns``: "assurances by X that it ...", "Y's announcement that its troops
  had ...", "the insistence of Z that it had not ...") binds the that-clause's subject pronoun and its possessive to
  the giver, not to the main clause's subject that merely notes or welcomes it;
* "A praised / thanked / hailed B for its support" (``merit_verbs``): one is thanked for one's own conduct, as one
  is condemned or sanctioned for it -- the object's.

Near-misses: two givers ("assurances by Rwanda and Uganda that it ..."), a possessive in a that-clause with a
subject of its own ("a pledge by X that the M23 would withdraw its fighters"), two praised parties, and a
possessive in another clause than the thanks -- then no one."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("pron20_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each reading is tried on several sentences, and ruled out in more."""
    assert len(BATTERY.cases("expect", "neg")) >= 10
    assert len(BATTERY.cases("absent", "not_negated")) >= 15


def test_dateline_place_is_not_the_speaker():
    """'KANO, May 2 (wire) - Chad's army said it had seized X': the army's, not the dateline's place."""
    text = "MAROUA, June 9 (wire) - Nigeria's army said on Friday it had recaptured the town of Baga."
    assert holds(text, "Government of Nigeria", "captures", "Baga", False)
    assert not holds(text, "Maroua", "captures", "Baga", False)


def test_giver_of_assurance_is_not_the_noter():
    """'X noted assurances by Y that it ...': Y's word about itself, not X's."""
    text = "The European Union noted assurances by Eritrea that it sends no weapons to the TPLF."
    assert holds(text, "Eritrea", "supports", "TPLF", True)
    assert not holds(text, "European Union", "supports", "TPLF", True)
    assert not holds(text, "European Union", "supports", "TPLF", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
