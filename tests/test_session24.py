"""A battery of the project's own sentences (``data/session24_battery.jsonl``; format and checks in
``batteries.py``): a noun's agent read from a "by" phrase the parser hung below it ("the capture of A and B by
X") is never one inside a noun coordinated with it, which has arguments of its own ("looting by militia members
in A and the abductions by the Front in B": the Front is no member of the militia). A construction end may be
the state a demonym names (``demonym:NODE``): "a Turkish-brokered deal between A and B" (``constructions/session24.jsonl``). A treaty is an alliance only of the defensive kind; a pact is one unless
another kind ("a peace pact", "a non-aggression pact"). Ties between two non-state bodies are an affiliation; a campaign of
strikes against X attacks X. Founders who form a body of "their own" are its members. A
subset of what a verb strikes ("bombed several of its camps") reaches their owner; as a subject it is only part of a body. "Both capitals", "the two
administrations" are sets; capitals named together as a subject ("Washington and Beijing said") are their states. Positions, posts or bases a state's name or demonym modifies are taken, not the state
("seized several Syrian army positions"). A verb trigger may name the types its subject may have
(``subject_types``): only groups sever ties as an end of affiliation ("Turkey severed ties with Hamas" is diplomacy)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session24_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_a_construction_end_may_be_the_state_a_demonym_names():
    import pytest

    from conflictkg.graph.lang import parse_argument

    assert parse_argument("demonym:maker") == ("demonym", "maker", None)
    with pytest.raises(ValueError, match="demonym:NODE"):
        parse_argument("demonyms:maker")
