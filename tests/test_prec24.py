"""A battery of the project's own sentences about precision on fresh text (``data/prec24_battery.jsonl``; format
and checks in ``batteries.py``): a delisting after a listing the text states (the listing stands, as a former one,
never denied); a state's or government's "no ties" or denied links with an armed group (it denies backing it, as
well as affiliation); a modified description right after a name and a comma that the parser
hangs elsewhere (the name's apposition, never an earlier actor); a force name of generic words only ("Chief of
Defence Forces": the one force named in full that ends so, else none); a companion phrase after "and" (it goes with
the next verb); a description in scare quotes (the speaker's label: no actor); and a known given name before a
surname NER read alone ("Ana Morev": one person, not "Morev"); a bare "the army" a paragraph past another state's
government in a text about one state (not that government's); and a headline's genre label ("Explainer:": no actor)."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("prec24_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_battery_is_broad():
    """Each mechanism is stated by several sentences and ruled out by more."""
    assert len(BATTERY.cases("expect")) >= 15
    assert len(BATTERY.cases("neg")) >= 8
    assert len(BATTERY.cases("absent")) >= 15
    assert len(BATTERY.cases("not_negated")) >= 6


def test_listing_then_delisting_is_a_former_listing():
    """A delisting after a listing stated in the text ends it; a delisting alone is still a denial."""
    text = ("In 2001 Canada added the Babbar Khalsa to its list of terrorist entities. "
            "Canada removed the Babbar Khalsa from its list in 2019.")
    assert holds(text, "Canada", "designates", "Babbar Khalsa", False)
    assert not holds(text, "Canada", "designates", "Babbar Khalsa", True)
    assert holds("Japan removed the Taliban from its sanctions list last year.", "Japan", "designates", "Taliban", True)


def test_no_ties_of_a_state_deny_backing_but_of_a_group_only_affiliation():
    assert holds("Rwanda insists it has no links with the M23 rebels.", "Rwanda", "supports", "M23", True)
    assert not holds("Hezbollah has no ties with the Islamic State.", "Hezbollah", "supports", "Islamic State", True)


def test_scare_quoted_description_refers_to_no_one():
    quoted = 'The Arakan Army seized Paletwa. The military said the "extremists" had burned the market in Sittwe.'
    plain = quoted.replace('"', "")
    assert not holds(quoted, "Arakan Army", "attacks", "Sittwe", False)
    assert holds(plain, "Arakan Army", "attacks", "Sittwe", False)
