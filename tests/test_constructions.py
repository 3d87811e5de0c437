"""Every construction in the language data is tested by its own examples, the day it is added.

Each record of ``graph/lang/<code>/constructions/*.jsonl`` carries at least three sentences
written for this project, with the relations they state, and at least one near-miss:
the examples must yield their relations *through this construction*, and the near-misses
nothing through it.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pytest
import spacy

import conflictkg
from conflictkg.errors import LanguageDataError
from conflictkg.graph.constructions import ConstructionMatcher
from conflictkg.graph.lang import load_language
from conflictkg.graph.model import normalize_name

EN = load_language("en")
PUBLISHED = "2024-06-01"


@lru_cache(maxsize=None)
def relations(text: str):
    return tuple(conflictkg.extract(text, published=PUBLISHED))


def names(actor) -> set[str]:
    return {normalize_name(n) for n in (actor.name, *actor.aliases)}


def rules_of(rel) -> set[str]:
    return {rel.rule, *(ev.rule for ev in rel.evidence)}


def found(rels, expected, rule: str) -> bool:
    s, p, o, *neg = expected
    negated = bool(neg and neg[0])
    return any(r.predicate == p and r.negated == negated and normalize_name(s) in names(r.subject)
               and normalize_name(o) in names(r.object) and rule in rules_of(r) for r in rels)


CASES = [(c, n, ex) for c in EN.constructions for n, ex in enumerate(c.examples)]
MISSES = [(c, n, text) for c in EN.constructions for n, text in enumerate(c.near_misses)]


@pytest.mark.parametrize("construction,n,example", CASES, ids=[f"{c.id}-{n}" for c, n, _ in CASES])
def test_example_yields_its_relations(construction, n, example):
    rels = relations(example.text)
    for expected in example.expect:
        assert found(rels, expected, construction.id), (
            f"{construction.id}: {expected} not read from {example.text!r}; got "
            f"{[(r.subject.name, r.predicate, r.object.name, r.negated, r.rule) for r in rels]}")


@pytest.mark.parametrize("construction,n,text", MISSES, ids=[f"{c.id}-miss{n}" for c, n, _ in MISSES])
def test_near_miss_yields_nothing(construction, n, text):
    rels = relations(text)
    fired = [(r.subject.name, r.predicate, r.object.name) for r in rels if construction.id in rules_of(r)]
    assert not fired, f"{construction.id} read {fired} from its near-miss {text!r}"


def test_examples_are_independent():
    """Three examples a construction, all different sentences, none shared with another construction."""
    seen: dict[str, str] = {}
    for c in EN.constructions:
        texts = [e.text for e in c.examples]
        assert len(set(texts)) == len(texts) >= 3, c.id
        for t in texts:
            assert t not in seen, f"{c.id} and {seen.get(t)} share the example {t!r}"
            seen[t] = c.id


# -- loading and validation ----------------------------------------------------------------
def _folder(tmp_path, constructions: list[str], words: list[str] = ()) -> str:
    folder = tmp_path / "xx"
    folder.mkdir(parents=True)
    (folder / "language.json").write_text(json.dumps({"code": "xx", "model": "blank"}))
    (folder / "words.jsonl").write_text("\n".join(words) + "\n")
    (folder / "constructions").mkdir()
    (folder / "constructions" / "test.jsonl").write_text("\n".join(constructions) + "\n")
    return str(tmp_path)


GOOD = json.loads(json.dumps({
    "id": "ok", "predicate": "supports", "subject": "subj:trigger", "object": "np:obj",
    "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "back"}},
                {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "obj", "RIGHT_ATTRS": {"DEP": "dobj"}}],
    "examples": [{"text": f"Example sentence {i}.", "expect": [["A", "supports", "B"]]} for i in range(3)],
    "near_misses": ["Nothing here."],
}))


@pytest.mark.parametrize("change,message", [
    ({"predicate": "befriends"}, "unknown predicate 'befriends'"),
    ({"object": "np:nowhere"}, "names a node the pattern does not have"),
    ({"object": "left:obj"}, "is not np:NODE"),
    ({"examples": GOOD["examples"][:2]}, "examples"),
    ({"near_misses": []}, "near_misses"),
    ({"colour": "red"}, "colour"),
])
def test_bad_record_names_file_line_and_problem(tmp_path, change, message):
    bad = {**GOOD, **change, "id": "bad"}
    root = _folder(tmp_path, [json.dumps(GOOD), json.dumps(bad)])
    with pytest.raises(LanguageDataError) as err:
        load_language("xx", root)
    assert "test.jsonl:2:" in str(err.value) and message in str(err.value)


def test_unknown_word_class_and_duplicate_id(tmp_path):
    uses_class = {**GOOD, "id": "c", "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["@nope"]}}},
                                                 GOOD["pattern"][1]]}
    with pytest.raises(LanguageDataError, match=r"test.jsonl:1: c: unknown word class @nope"):
        load_language("xx", _folder(tmp_path / "a", [json.dumps(uses_class)]))
    with pytest.raises(LanguageDataError, match=r"test.jsonl:2: construction id 'ok' is used twice"):
        load_language("xx", _folder(tmp_path / "b", [json.dumps(GOOD)] * 2))


def test_not_json_names_the_line(tmp_path):
    with pytest.raises(LanguageDataError, match=r"test.jsonl:2: not JSON"):
        load_language("xx", _folder(tmp_path, [json.dumps(GOOD), "{oops"]))


def test_a_pattern_spacy_refuses_is_a_clear_error(tmp_path):
    bad = {**GOOD, "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "back"}},
                               {"LEFT_ID": "trigger", "REL_OP": "~~", "RIGHT_ID": "obj", "RIGHT_ATTRS": {}}]}
    data = load_language("xx", _folder(tmp_path, [json.dumps(bad)]))
    with pytest.raises(LanguageDataError, match="ok: bad pattern"):
        ConstructionMatcher(spacy.blank("en").vocab, data)


def test_word_classes_expand_inside_patterns():
    talk = next(c for c in EN.constructions if "@" in json.dumps(c.pattern))
    expanded = json.dumps(EN.expand(talk.pattern))
    assert '"@' not in expanded


# -- the trigger lexicon's own examples --------------------------------------------------------
TRIGGER_CASES = [(t, n, text) for t in EN.triggers for n, text in enumerate(t.examples)]
TRIGGER_MISSES = [t for t in EN.triggers if t.near_miss]


def _label(t) -> str:
    return f"{t.pos}:{'-'.join(t.lemmas)}:{t.particle or ''}:{t.predicate}"


@pytest.mark.parametrize("trigger,n,text", TRIGGER_CASES, ids=[f"{_label(t)}-{n}" for t, n, _ in TRIGGER_CASES])
def test_trigger_example_states_its_predicate(trigger, n, text):
    negated = trigger.polarity == "negative"
    got = [(r.subject.name, r.predicate, r.object.name, r.negated) for r in relations(text)]
    assert any(p == trigger.predicate and neg == negated for _, p, _, neg in got), f"{text!r}: {got}"


@pytest.mark.parametrize("trigger", TRIGGER_MISSES, ids=[_label(t) for t in TRIGGER_MISSES])
def test_trigger_near_miss_states_nothing(trigger):
    got = [(r.subject.name, r.predicate, r.object.name) for r in relations(trigger.near_miss)]
    assert not any(p == trigger.predicate for _, p, _ in got), f"{trigger.near_miss!r}: {got}"


# -- the engine's general means (alternatives, readers, flags) -----------------------------------
def test_alternative_patterns_and_new_readers_validate(tmp_path):
    alt = {**GOOD, "id": "alt", "pattern": [GOOD["pattern"],
                                            [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "arm"}},
                                             {"LEFT_ID": "trigger", "REL_OP": "<", "RIGHT_ID": "noun", "RIGHT_ATTRS": {}}]],
           "subject": ["name:trigger", "gov:trigger", "clause:noun"], "object": ["np:obj", "parties"],
           "first": ["object"], "subject_as": "government", "unless_negated": ["trigger"], "designation": "slot:obj:prep:of"}
    part = {**GOOD, "predicate": "member_of"}  # one rule may state two predicates under one id
    data = load_language("xx", _folder(tmp_path, [json.dumps(GOOD), json.dumps(alt), json.dumps(part)]))
    c = data.constructions[1]
    assert len(c.pattern) == 2 and len(data.constructions[0].pattern) == 1
    assert len(ConstructionMatcher(spacy.blank("en").vocab, data)) == 3
    with pytest.raises(LanguageDataError, match="unless_negated names 'nowhere'"):
        load_language("xx", _folder(tmp_path / "b", [json.dumps({**alt, "unless_negated": ["nowhere"]})]))
    with pytest.raises(LanguageDataError, match="unless_prep names 'nowhere'"):
        load_language("xx", _folder(tmp_path / "d", [json.dumps({**alt, "unless_prep": ["nowhere:on"]})]))
    with pytest.raises(LanguageDataError, match="first pattern node is the 'trigger'"):
        load_language("xx", _folder(tmp_path / "c", [json.dumps({**alt, "pattern": [GOOD["pattern"], GOOD["pattern"][1:]]})]))


@pytest.mark.parametrize("text,expected,rule", [
    # pairwise "sides": "both sides" is the article's two sides, with each other
    ("Azerbaijani troops clashed with Armenian forces near the border. Both sides signed a truce on Friday.",
     ("Armenia", "negotiates_with", "Azerbaijan"), "agreement:sides"),
    # subject_as "led": leaders sign for what they lead
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a declaration.",
     ("Armenia", "negotiates_with", "Azerbaijan"), "agreement:leaders"),
    # designation read off a node, on a negated relation
    ("Canada removed the Houthis from its list of terrorist entities.", ("Canada", "designates", "Houthis", True),
     "designation-reversed"),
])
def test_engine_flags(text, expected, rule):
    rels = relations(text)
    assert found(rels, expected, rule), [(r.subject.name, r.predicate, r.object.name, r.rule) for r in rels]


def test_designation_and_negated_wanter():
    rel = next(r for r in relations("Canada removed the Houthis from its list of terrorist entities.")
               if r.rule == "designation-reversed")
    assert rel.negated and rel.designation == "terrorist entities"
    assert [r for r in relations("Kenya wants al-Shabaab removed from power.") if r.rule == "ouster"]
    assert not [r for r in relations("Kenya does not want al-Shabaab removed from power.") if r.rule == "ouster"]


def test_unless_modified_rules_a_trigger_out(tmp_path):
    """A word modifying the trigger from its left ("the *deputy* leader") rules the construction out."""
    title = {**GOOD, "id": "title", "unless_modified": ["deputy", "@ranks"],
             "pattern": [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "leader"}}, GOOD["pattern"][1]]}
    data = load_language("xx", _folder(tmp_path, [json.dumps(title)], ['{"class": "ranks", "words": ["Vice"]}']))
    matcher = ConstructionMatcher(spacy.blank("en").vocab, data)
    assert matcher._modifiers == {0: frozenset({"deputy", "vice"})}
    with pytest.raises(LanguageDataError, match="unknown word class @nope"):
        load_language("xx", _folder(tmp_path / "b", [json.dumps({**title, "unless_modified": ["@nope"]})]))
    assert not [r for r in relations("The deputy leader of Hamas, Saleh al-Arouri, was killed in Beirut.")
                if r.rule == "leads:title-of-appos"]
