"""A battery of the project's own sentences about descriptions (``data/desc23_battery.jsonl``; format and checks
in ``batteries.py``): a rebel description that found no antecedent stands for the group a later rebel
description names ('the militants ... The insurgents, who call themselves X'), not where another armed group
was named before the naming or the naming comes too late; 'the town' / 'the city' never take a capital that
acts for its state ('the soldiers Kigali sent', 'welcomed by Nairobi'), while a capital named as a place stays
one ('Khartoum fell ... withdrew from the city'); 'the army' is the one state army the text named ('served in
the Veltrian Defence Forces'), never an armed group named like an army, nor either of two state armies."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("desc23_battery.jsonl", KNOWN_MISSES)


def test_battery_has_near_misses():
    """Each family has its stated cases and lines that must yield nothing of the kind."""
    assert len(BATTERY.cases("expect")) >= 12
    assert len(BATTERY.cases("absent")) >= 12


def test_named_later_needs_one_group():
    """The naming settles an earlier 'the rebels' only where no other armed group was named before it."""
    one = ("Officials in Ferro said the rebels had withdrawn from Kasso overnight. The rebels, known locally as "
           "the Night Brigade, had held Kasso since March.")
    assert holds(one, "Night Brigade", "withdraws_from", "Kasso", False)
    two = ("Officials in Ferro said the rebels had withdrawn from Kasso overnight. The Black Lion Brigade said it "
           "had lost 20 men. The rebels, known locally as the Night Brigade, had held Kasso since March.")
    assert not holds(two, "Night Brigade", "withdraws_from", "Kasso", False)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
