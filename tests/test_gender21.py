"""A battery of the project's own sentences on the gender of persons (``data/gender21_battery.jsonl``; format and
checks in ``batteries.py``): where two persons are candidates for a "he"/"she"/"him"/"her"/"his", one whose gender
the text gave as the other one -- by a title before the name ("Mrs N", "King N": ``person_gender_titles``) or by
a pronoun bound to that person before ("N said she ...") -- is ruled out, and the pronoun takes the other. Never
from a first name. Near-misses: two women, two men, genders the text does not give, a possessive of the other
gender than the speaker's ("She said his ...", "Mrs N said his ...") -- then no one."""

from __future__ import annotations

from batteries import Battery, holds

BATTERY = Battery.load("gender21_battery.jsonl")


def test_battery_is_broad():
    """The gender rule resolves several sentences and leaves more than a few unresolved."""
    assert len(BATTERY.cases("expect")) >= 5
    assert len(BATTERY.near_misses("condemns")) + len(BATTERY.near_misses("attacks")) >= 6


def test_first_names_say_no_gender():
    """Without a title or a bound pronoun, no gender is guessed from a first name: neither is "she"."""
    text = "Amina Dogo met Jean Rabe in Goma. She condemned the Kivu Liberation Front."
    assert not holds(text, "Amina Dogo", "condemns", "Kivu Liberation Front", False)
    assert not holds(text, "Jean Rabe", "condemns", "Kivu Liberation Front", False)


def test_title_rules_out_only_the_contradicted_person():
    """The same two persons, the pronoun's gender swapped: each time the other one is read."""
    she = "Mrs Rosa Mendes met Mr Carlos Pinto in Lisbon. She condemned the Kivu Liberation Front."
    he = "Mrs Rosa Mendes met Mr Carlos Pinto in Lisbon. He condemned the Kivu Liberation Front."
    assert holds(she, "Rosa Mendes", "condemns", "Kivu Liberation Front", False)
    assert not holds(she, "Carlos Pinto", "condemns", "Kivu Liberation Front", False)
    assert holds(he, "Carlos Pinto", "condemns", "Kivu Liberation Front", False)
    assert not holds(he, "Rosa Mendes", "condemns", "Kivu Liberation Front", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
