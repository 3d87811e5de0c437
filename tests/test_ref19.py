"""A battery of the project's own sentences about plural pronouns for persons (``data/ref19_battery.jsonl``;
format and checks in ``batteries.py``): "they" / "them" for two persons named together as the main subject of
the sentence just before ('A and B met in X. C denounced them', 'A and B met. They condemned C'), and "them" for bodies so named ('The M23 and the ADF overran X. The UN
condemned them'). Near-misses:
a third person or body named between (or read: 'from the Sudanese army'), a second pair, a plural noun between ('announced new sanctions'), a plural
subject of the pronoun's own clause -- then no one. Also "we" inside a quotation whose speaker is a named person
titled a spokesman of one body ('"We ...," X spokesman N said', '"...," said N, a spokesman for X'): X; nothing
where the title names two bodies or a place."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("ref19_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Pronouns for persons are read in several sentences and ruled out in more."""
    assert len(BATTERY.cases("expect")) >= 8
    assert len(BATTERY.cases("absent")) >= 10


def test_object_pronoun_is_not_its_subject():
    """'C denounced them': the subject of the pronoun's own clause is never what it stands for."""
    text = "Ilham Aliyev and Recep Tayyip Erdogan spoke in Ankara. Nikol Pashinyan denounced them on Monday."
    assert holds(text, "Nikol Pashinyan", "condemns", "Ilham Aliyev", False)
    assert not holds(text, "Nikol Pashinyan", "condemns", "Nikol Pashinyan", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
