"""A battery of the project's own sentences (``data/session22_battery.jsonl``; format and checks in
``batteries.py``): a description that refers back to an armed group agrees with what the gazetteer knows the
group to be (its ``kind``). "The jihadists" are no mercenary force or paramilitary named before, unless the
text itself called it jihadist; "the rebels" and "the insurgents" are no cartel; "the mercenaries" are a
mercenary force. A group the gazetteer does not know may be meant by any of them. A town NER took for a
people ("out of Andulo") is a place after a preposition of place, as one it took for a person is. A sentence
the parser read as one noun phrase ("Sudan sheltered LRA commanders") is a clause where its past participle or
adjective-like word ("sheltered", "armed") is a trigger verb and the sentence has no other verb. A title NER took
into a body's name ("General Kamal Doro") is no part of the name, which is a person's. "The Islamists",
capitalised (NER: a people), is a description that refers back like "the islamists". "The capital" a state's
forces strike is not that state's own (a government's army in a civil war may strike its own)."""

from __future__ import annotations

import json

import pytest

from batteries import Battery
from conflictkg.errors import GazetteerError
from conflictkg.graph.gazetteer import Entry, Gazetteer
from conflictkg.graph.lexicon import ANAPHOR_KINDS
from conflictkg.ontology import ARMED_GROUP_KINDS

BATTERY = Battery.load("session22_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def test_kind_is_read_and_checked():
    entry = Entry.from_dict({"name": "Kata Brigade", "type": "ARMED_GROUP", "kind": "jihadist"}, "x:1")
    assert entry.kind == "jihadist"
    with pytest.raises(GazetteerError, match="x:2.*'kind'"):
        Entry.from_dict({"name": "Kata Brigade", "type": "ARMED_GROUP", "kind": "pirate"}, "x:2")
    with pytest.raises(GazetteerError, match="x:3.*'kind'"):
        Entry.from_dict({"name": "Lusk", "type": "LOCATION", "kind": "jihadist"}, "x:3")


def test_builtin_kinds():
    gaz = Gazetteer.load()
    assert gaz.lookup("JNIM").kind == "jihadist"
    assert gaz.lookup("Wagner").kind == "mercenary"
    assert gaz.lookup("RSF").kind is None
    kinds = {e.kind for e in gaz.entries.values()} - {None}
    assert kinds == set(ARMED_GROUP_KINDS)


def test_user_gazetteer_sets_a_kind(tmp_path):
    path = tmp_path / "extra.jsonl"
    path.write_text(json.dumps({"name": "Rapid Support Forces", "type": "ARMED_GROUP", "kind": "jihadist"}) + "\n")
    gaz = Gazetteer.load(path)
    assert gaz.lookup("RSF").kind == "jihadist"  # the aliases of the built-in entry stay


def test_anaphor_kinds_name_vocabulary_kinds():
    for word, rule in ANAPHOR_KINDS.items():
        assert ("only" in rule) != ("not" in rule), word
        assert set(rule.get("only", ())) | set(rule.get("not", ())) <= set(ARMED_GROUP_KINDS), word


def test_title_inside_a_body_name_makes_a_person():
    """NER's "General Kamal Doro" (a body) is the person Kamal Doro; "General Motors" stays a body."""
    from conflictkg.graph.pipeline import load_pipeline

    nlp = load_pipeline()
    ents = {e.text: e.label_ for e in nlp("General Kamal Doro, director of the Kestrian State Security Service, "
                                          "was sanctioned. General Motors closed its plant.").ents}
    assert ents.get("Kamal Doro") == "PERSON"
    assert ents.get("General Motors") not in (None, "PERSON")
