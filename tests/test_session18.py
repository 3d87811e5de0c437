"""A battery of the project's own sentences (``data/session18_battery.jsonl``; format and checks in
``batteries.py``): forces loyal to a leader the text titles as one no longer in office ("former president N",
"the ousted leader N") are his own, not his state's government, which forces loyal to a sitting president are.
A deposed, ousted or toppled head of state led his state once: the title is history, as "former" is. "X used to fund
Y" funded Y once, and no longer."""

from __future__ import annotations

from batteries import Battery
from relations_helpers import read

BATTERY = Battery.load("session18_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def _leads(text: str, person: str):
    return [r for r in read(text) if r.predicate == "leads" and r.subject.name == person]


def test_unseated_head_of_state_led_once():
    for text, person in [("Deposed president Alpha Condé was flown to Abu Dhabi.", "Alpha Condé"),
                         ("The ousted president Alpha Condé was detained by the army.", "Alpha Condé"),
                         ("Toppled president Omar al-Bashir was moved to Kober prison.", "Omar al-Bashir")]:
        found = _leads(text, person)
        assert found and all(r.former and not r.negated for r in found), text


def test_sitting_head_of_state_leads_now():
    found = _leads("President Yoweri Museveni was sworn in again in Kampala.", "Yoweri Museveni")
    assert found and not any(r.former for r in found)


def test_used_to_tells_a_past_habit():
    """'X used to fund Y': done, and no longer; 'X used drones to strike Y' is no habit."""
    for text, pred, s, o in [("Iran used to fund Hamas generously before the war in Syria.", "supports", "Iran", "Hamas"),
                             ("Syria used to shelter the PKK leader Abdullah Ocalan.", "supports", "Syria", "Abdullah Öcalan"),
                             ("The rebels of the M23 used to attack Goma every dry season.", "attacks", "M23", "Goma")]:
        found = [r for r in read(text) if r.predicate == pred and r.subject.name == s and r.object.name == o]
        assert found and all(r.former and not r.negated for r in found), text
    struck = [r for r in read("Ukraine used drones to strike the Russian Black Sea Fleet in Sevastopol.") if r.former]
    assert not struck


def test_fronted_former_description_leaves_the_clause_current():
    """'Once partners, A and B now fight': what was is the fronted phrase's; 'A once armed B' was."""
    now = [r for r in read("Once partners, the RSF and the army are now fighting each other in Khartoum.")
           if r.predicate == "opposes"]
    assert now and not any(r.former for r in now)
    once = [r for r in read("Libya once armed the IRA.") if r.predicate == "supports"]
    assert once and all(r.former for r in once)
