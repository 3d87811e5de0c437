"""A battery of the project's own sentences (``data/session17_battery.jsonl``; format and checks in
``batteries.py``): a body's name before a classifier noun ("the G9 federation", "the SDF alliance", "the RSF
paramilitary", "fighters of the M23 movement") names that body, as "the Wagner group" does; a demonym before one
("the Saudi alliance") names no state, and "the Russian Federation" is still the state. Of a group noun after
coordinated names ("Hamas and Fatah factions", "the Hamas and Fatah movements") each name is a body of its own. A
one-word short name the gazetteer gives a person named before ("Abiy", "Debretsion") is that person, even where the
tagger took it for a common noun; a person a subject "he" or "she" refers to deals with a named body as a named
person would; a state told only as a venue of talks, or as another ("neighbouring Chad"), is no salient state
for a president the gazetteer does not know. A lower-case word the tagger took for a proper noun, with a subject of
its own, whose form only a verb can take ("Al-Shabaab fighters overran Mandera"), is that verb."""

from __future__ import annotations

from batteries import Battery
from relations_helpers import read

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("session17_battery.jsonl", KNOWN_MISSES)

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def _one(text: str, predicate: str, subject: str, obj: str):
    found = [r for r in read(text) if r.predicate == predicate and r.subject.name == subject and r.object.name == obj]
    assert len(found) == 1, [(r.subject.name, r.predicate, r.object.name) for r in read(text)]
    return found[0]


def test_state_of_affairs_its_noun_s_verb_ended_is_former():
    """'lifted the sanctions it had imposed on X': the sanctions held once; 'extended' them: they hold."""
    lifted = _one("The EU lifted the sanctions it had imposed on Belarus in 2020.", "sanctions", "European Union", "Belarus")
    assert lifted.former and not lifted.negated
    kept = _one("The EU extended the sanctions it had imposed on Belarus.", "sanctions", "European Union", "Belarus")
    assert not kept.former and not kept.negated
