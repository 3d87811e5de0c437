"""A battery of the project's own sentences (``data/type51_battery.jsonl``; format and checks in ``batteries.py``) on
actors the tool found but could not place, or typed wrong.

State officials the gazetteer knew but placed in no state ("Secretary of State N", "Foreign Minister N", "Defence
Minister N", N a known minister or envoy): the portfolio reading (``rules.title_rule``) refused a known figure with no
state, so no membership was read. The gazetteer's new ``serves`` field (``ontology/actors.jsonl``, read by
``graph/gazetteer.py`` and ``Resolver.state_of``) names the state such an official serves without heading it.
Near-misses: "his Russian counterpart N" does not make the official his state's head (``rules._known_head`` reads
``state`` only), a known minister is still not the article's state's ("Finland ... Foreign Minister N"), and an army
chief placed by ``serves`` is one of the state's officials on the home-army path, not the head of its government
(``rules._serves_only``).

An unknown place NER reads as a person or a body where a guarded post stands at it ("the customs post at X", "the
border post at X"): ``entities._named_by_place_noun`` with ``entities._guarded_post`` and the word class
``guarded_post_modifiers``. Near-misses: a post that is a job ("a senior post at <firm>") and a person after "at the
order of" are not places."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("type51_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_serves_names_a_known_state_and_only_a_person_that_heads_none(tmp_path):
    import pytest

    from conflictkg.errors import GazetteerError
    from conflictkg.graph.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    served = [e for e in gaz if e.serves]
    assert len(served) >= 25
    assert all(e.type == "PERSON" and not e.state and gaz.lookup(e.serves).type == "STATE" for e in served)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "Vorn Halek", "type": "PERSON", "serves": "Council of Nowhere"}\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match="no known state"):
        Gazetteer.load(bad)
    bad.write_text('{"name": "Halek Brigade", "type": "ARMED_GROUP", "serves": "France"}\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match="serves"):
        Gazetteer.load(bad)
