"""A battery of the project's own sentences on ``supports`` and ``allied_with`` in more of the shapes news gives them
(``data/support18_battery.jsonl``; format and checks in ``batteries.py``): territory lent to an armed actor ('allowed B
to use its territory', denied when refused), military contractors hired, relied on or working and fighting for an actor,
rulers held legitimate, a show of support, 'A's closest ally is B', goods 'from' a giver inside a 'backed by' agent --
with the requests, conditions, refusals, ended backing, trading partners and legitimate targets that must state no fact."""

from __future__ import annotations

from batteries import Battery, holds

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = {
    # the use of the territory is the second of two coordinated infinitives under 'allowed'
    ("For years Syria allowed Hezbollah to move weapons across its territory and to use its airports.",
     "Syria", "supports", "Hezbollah"),
    # the parser hangs 'including' on the subject, not on the mercenaries relied on
    ("Libya's eastern authorities relied on mercenaries, including the Wagner Group, during the siege of Tripoli.",
     "Wagner Group", "supports", "Libya"),
    # ("Guinea-Bissau has pledged not to support the MFDC.": read as denied since mood37, forswearing_verbs)
}

BATTERY = Battery.load("support18_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Both predicates are stated by sentences of the battery and ruled out by others; denials are there too."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert stated.count("supports") >= 15 and stated.count("allied_with") >= 3
    assert {"supports", "allied_with"} <= BATTERY.predicates("absent")
    assert len(BATTERY.cases("neg")) >= 8


def test_bare_plural_is_no_user_of_lent_territory():
    """'allowed Tamil groups to train on its soil' names no one: no actor is made of a bare plural."""
    text = "India allowed Tamil groups to train on its soil in the 1980s."
    assert not any(holds(text, "India", "supports", who, False) for who in ("Tamil", "Tamil groups"))


def test_refused_legitimacy_is_a_denial_never_a_fact():
    """A recognition refused denies the backing; it is never read as given."""
    text = "The African Union refused to recognise the junta in Conakry as the legitimate government."
    assert not holds(text, "African Union", "supports", "Government of Guinea", False)


test_known_misses_are_still_missed = BATTERY.known_misses_test()

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
