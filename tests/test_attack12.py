"""A battery of the project's own sentences about attacks (``data/attack12_battery.jsonl``; format and checks
in ``batteries.py``): an attack read from the unit or post it struck ('a patrol of B soldiers was ambushed by A',
'overran a camp of the B army', 'soldiers of the B army'), from an attack noun with its agent and target ('raids
by A on X') and from the victims ('B soldiers died in an attack by A'); civilians, unnamed gunmen, planned,
feared or blamed attacks yield no attack."""

from __future__ import annotations

from batteries import Battery

# (sentence, subject, predicate, object) of stated relations the extractor does not read yet
KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("attack12_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Attacks are stated by many sentences and ruled out (or denied) by several."""
    stated = [p for _, _, p, _ in BATTERY.cases("expect")]
    assert stated.count("attacks") >= 10
    assert len(BATTERY.cases("absent", "neg")) >= 6


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
