"""A battery of the project's own sentences on membership and leadership (``data/member13_battery.jsonl``; format
and checks in ``batteries.py``): companions named with 'along with', states joining others in a bloc, persons
listed among a body's members, staff jobs, a described polity's leader, 'under N' after a date; and the
near-misses that must stay unread (observers, guests, relatives, deputies, a founding under a ruler)."""

from __future__ import annotations

from batteries import Battery

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()  # (a bare "troops" is read as the army the sentence before
# names since desc20: "Troops commanded by General N" after "the Sri Lankan army" are led by him)

BATTERY = Battery.load("member13_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Membership and leadership are each stated by several sentences and ruled out by at least one."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    ruled_out = BATTERY.predicates("neg", "absent")
    for p in ("member_of", "leads"):
        assert stated.count(p) >= 5, p
        assert p in ruled_out, p


test_known_misses_are_still_missed = BATTERY.known_misses_test()


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_commander_of_a_states_troops_leads_its_forces_not_the_state():
    """"Sudanese troops commanded by General N": he leads the state's forces (its government's arm, as "the Sudanese
    army" is read), not the state; a head of state the gazetteer knows still leads his state."""
    from relations_helpers import read

    led = [(r.object.type, r.object.name) for r in read("Sudanese troops commanded by General Yasir al-Atta retook the "
                                                       "bridge.") if r.predicate == "leads"]
    assert led == [("GOVERNMENT", "Government of Sudan")], led
    led = [(r.object.type, r.object.name) for r in read("Russian troops commanded by Vladimir Putin invaded.")
           if r.predicate == "leads"]
    assert led == [("STATE", "Russia")], led
