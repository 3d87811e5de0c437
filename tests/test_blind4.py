"""A battery of the project's own sentences for the readings added after the fourth blind set
(``data/blind4_battery.jsonl``; format and checks in ``batteries.py``): backing a state's territorial integrity,
an acronym the text defines for a body of its own where the gazetteer reads the same letters as another body's
alias, leaving posts near or outside a town, strikes around or near a town, negotiators of two parties meeting,
a body naming a person its leader, and the backer of an umbrella's members backing the umbrella. Denials, deputies, other bodies' roles and strikes only counted yield no fact."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("blind4_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_the_texts_own_acronym_wins_over_the_gazetteers():
    """'the Highland People's Guard (HPG)': a later bare 'HPG' is that body, not the gazetteer body whose alias the
    letters also are; a bare 'HPG' the text never defines stays the gazetteer's."""
    defined = "The Highland People's Guard (HPG) said it had recaptured Veshti. The HPG is led by Anika Dorr."
    assert holds(defined, "Anika Dorr", "leads", "Highland People's Guard", False)
    assert not holds(defined, "Anika Dorr", "leads", "Kurdistan Workers' Party", False)
    assert holds("HPG fighters attacked Semdinli, Turkish officials said.", "Kurdistan Workers' Party", "attacks",
                 "Semdinli", False)


def test_battery_is_broad():
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert {"supports", "captures", "attacks", "withdraws_from", "negotiates_with", "leads"} <= set(stated)
    assert len(BATTERY.cases("absent", "neg")) >= 10
