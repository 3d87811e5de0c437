"""A battery of the project's own texts about unnamed speakers continued by a person pronoun
(``data/speaker15_battery.jsonl``; format and checks in ``batteries.py``): "The representative of Chad said ...
He accused X", "A spokeswoman for the AU said ... She blamed X", "the envoy of Mali said his government ...".
The pronoun stands for the speaker's body only where the speaker is the one unnamed person before it and no
named person is a candidate: a named person in between, a second unnamed speaker of another body, a resident,
a witness or a farmer the speaker quoted leave the pronoun unread."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("speaker15_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Several bodies' speakers are continued; more texts have a rival that leaves the pronoun unread."""
    assert len(BATTERY.cases("expect")) >= 8
    assert len(BATTERY.cases("neg")) >= 2
    assert len(BATTERY.cases("absent")) >= 10


def test_pronoun_continues_the_speaker_not_a_later_one():
    """One unnamed speaker: "he" is his body; a second speaker of another body makes "he" no one's."""
    known = "A spokesman for the Ugandan army said the convoy had been ambushed. He blamed the Allied Democratic Forces."
    assert holds(known, "Uganda", "condemns", "Allied Democratic Forces", False) or holds(
        known, "Government of Uganda", "condemns", "Allied Democratic Forces", False)
    two = ("A spokesman for the Ugandan army met an envoy of the Congolese government. "
           "He blamed the Allied Democratic Forces.")
    for body in ("Uganda", "Government of Uganda", "Democratic Republic of the Congo", "Government of the Democratic Republic of the Congo"):
        assert not holds(two, body, "condemns", "Allied Democratic Forces", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
