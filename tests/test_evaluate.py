"""Scoring against annotated articles (conflictkg.evaluate), checked against the reference score.py."""

import importlib.util
import json
import random
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conflictkg.errors import InputError
from conflictkg.evaluate import Summary, evaluate, load_gold, parse_jsonl, score_article
from conflictkg.graph.model import Actor, Evidence, Relation

ROOT = Path(__file__).resolve().parents[1]
ANNOTATED = ROOT / "tests" / "data" / "annotated"
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"

GOLD = {
    "id": "toy",
    "title": "Toy",
    "published": "2024-12-06",
    "text": "Turkey backs HTS. HTS fights the Syrian army. Russia did not arm HTS.",
    "entities": [
        {"name": "Turkey", "type": "STATE", "aliases": ["Türkiye", "Ankara"]},
        {"name": "Hayat Tahrir al-Sham", "type": "ARMED_GROUP", "aliases": ["HTS"]},
        {"name": "Syrian Arab Army", "type": "GOVERNMENT", "aliases": ["Syrian army"]},
        {"name": "Russia", "type": "STATE", "aliases": []},
    ],
    "relations": [
        {"subject": "Turkey", "predicate": "supports", "object": "Hayat Tahrir al-Sham", "negated": False,
         "optional": False, "evidence": "Turkey backs HTS."},
        {"subject": "Hayat Tahrir al-Sham", "predicate": "opposes", "object": "Syrian Arab Army", "negated": False,
         "optional": False, "evidence": "HTS fights the Syrian army."},
        {"subject": "Russia", "predicate": "supports", "object": "Hayat Tahrir al-Sham", "negated": True,
         "optional": False, "evidence": "Russia did not arm HTS."},
        {"subject": "Turkey", "predicate": "allied_with", "object": "Hayat Tahrir al-Sham", "negated": False,
         "optional": True, "evidence": "Turkey backs HTS."},
    ],
}


def rec(subject, predicate, obj, negated=False, subject_aliases=(), object_aliases=()):
    return {"subject": subject, "subject_aliases": list(subject_aliases), "predicate": predicate,
            "object": obj, "object_aliases": list(object_aliases), "negated": negated}


# -- rules --------------------------------------------------------------------------


def test_names_match_through_aliases_and_normalisation():
    score = score_article(GOLD, [rec("the Türkiye's", "supports", "H.T.S."), rec("Damascus", "opposes", "HTS")])
    assert (score.tp, score.fp, score.fn) == (1, 1, 2)


def test_prediction_aliases_count():
    score = score_article(GOLD, [rec("Republic of Turkey", "supports", "Tahrir", subject_aliases=["Ankara"], object_aliases=["HTS"])])
    assert score.tp == 1 and score.fp == 0


def test_symmetric_predicates_match_either_way_others_do_not():
    score = score_article(GOLD, [rec("Syrian army", "opposes", "HTS"), rec("HTS", "supports", "Turkey")])
    assert score.tp == 1
    assert score.false_positives == [("hts", "supports", "turkey", False)]


def test_optional_relations_are_neither_rewarded_nor_penalised():
    found = score_article(GOLD, [rec("Turkey", "allied_with", "HTS")])
    assert (found.tp, found.fp, found.fn) == (0, 0, 3)
    assert all(not m.get("optional") for m in found.missed)


def test_duplicates_count_once():
    preds = [rec("Turkey", "supports", "HTS")] * 3 + [rec("Iraq", "attacks", "HTS")] * 2
    score = score_article(GOLD, preds)
    assert (score.tp, score.fp) == (1, 1)


def test_opposite_polarity_is_a_contradiction():
    score = score_article(GOLD, [rec("Russia", "supports", "HTS"), rec("Turkey", "supports", "HTS", negated=True)])
    assert score.tp == 0
    assert sorted(score.contradictions) == [("russia", "supports", "hts", False), ("turkey", "supports", "hts", True)]
    assert score.fp == 2


def test_negated_prediction_matches_negated_gold():
    score = score_article(GOLD, [rec("Russia", "supports", "HTS", negated=True)])
    assert (score.tp, score.fp, score.contradictions) == (1, 0, [])


def test_records_without_required_fields_are_ignored():
    score = score_article(GOLD, [{"subject": "Turkey", "predicate": "supports"}, "not a dict",
                                 {**rec("Turkey", "supports", "HTS"), "subject_aliases": None}])
    assert (score.tp, score.fp) == (1, 0)


def test_summary_is_micro_averaged_and_serialisable():
    a = score_article(GOLD, [rec("Turkey", "supports", "HTS"), rec("X", "attacks", "Y")])
    b = score_article({**GOLD, "id": "toy2"}, [rec("HTS", "opposes", "Syrian army")])
    summary = Summary([a, b])
    assert (summary.tp, summary.fp, summary.fn) == (2, 1, 4)
    assert summary.precision == pytest.approx(2 / 3)
    assert summary.recall == pytest.approx(2 / 6)
    assert summary.f1 == pytest.approx(2 * (2 / 3) * (1 / 3) / (2 / 3 + 1 / 3))
    data = json.loads(summary.to_json())
    assert data["precision"] == 0.667 and data["contradictions"] == 0
    assert [d["id"] for d in data["details"]] == ["toy", "toy2"]
    assert ["x", "attacks", "y", False] in data["details"][0]["false_positives"]
    assert ["Russia", "supports", "Hayat Tahrir al-Sham", True] in data["details"][0]["missed"]


def test_empty_summary_is_zero_not_an_error():
    assert Summary([]).precision == 0.0 and Summary([]).f1 == 0.0


# -- files, extractors, commands ----------------------------------------------------


def write_gold(tmp_path, name="toy.json", data=GOLD):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_evaluate_with_a_callable(tmp_path):
    write_gold(tmp_path)
    calls = []

    def extractor(text, published):
        calls.append(published)
        return [rec("Turkey", "supports", "HTS")]

    summary = evaluate(tmp_path, extractor=extractor)
    assert calls == ["2024-12-06"]
    assert (summary.tp, summary.fp, summary.fn) == (1, 0, 2)


def test_evaluate_accepts_relation_objects(tmp_path):
    write_gold(tmp_path)
    turkey = Actor.create("Turkey", "STATE")
    hts = Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS",))
    rel = Relation(turkey, "supports", hts, evidence=(Evidence("toy", "Turkey backs HTS.", 0, 17),))
    assert evaluate(tmp_path, extractor=lambda text, published: [rel]).tp == 1


def test_conflictkg_extractor_passes_options_and_records(tmp_path, monkeypatch):
    import conflictkg
    from conflictkg.evaluate import conflictkg_extractor

    write_gold(tmp_path)
    seen = {}

    def fake_extract(text, *, published=None, model=None, gazetteer=None):
        seen.update(published=published, model=model, gazetteer=gazetteer)
        turkey = Actor.create("Türkiye", "STATE", aliases=("Turkey",))
        hts = Actor.create("HTS", "ARMED_GROUP")
        return [Relation(turkey, "supports", hts), Relation(Actor.create("Russia", "STATE"), "supports", hts)]

    monkeypatch.setattr(conflictkg, "extract", fake_extract, raising=False)
    summary = evaluate(tmp_path, extractor=conflictkg_extractor(model="m", gazetteer="g.jsonl"))
    assert seen == {"published": "2024-12-06", "model": "m", "gazetteer": "g.jsonl"}
    assert (summary.tp, summary.fp, summary.contradictions) == (1, 1, 1)
    assert evaluate(tmp_path).tp == 1  # neither extractor nor command: conflictkg's own


def test_evaluate_with_a_command(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    write_gold(gold_dir)
    preds = tmp_path / "toy.jsonl"
    preds.write_text("log line\n" + json.dumps(rec("Turkey", "supports", "HTS")) + "\n{broken\n", encoding="utf-8")
    cmd = f"test -s {{input}} && test {{published}} = 2024-12-06 && cat {shlex.quote(str(tmp_path))}/{{id}}.jsonl"
    summary = evaluate(gold_dir, cmd=cmd)
    assert (summary.tp, summary.fp) == (1, 0)
    assert summary.articles[0].error is None


def test_failing_command_is_recorded(tmp_path):
    write_gold(tmp_path)
    summary = evaluate(tmp_path, cmd="echo boom >&2; exit 3")
    assert summary.tp == 0
    assert "failed (3)" in summary.articles[0].error and "boom" in summary.articles[0].error


def test_extractor_and_command_are_exclusive(tmp_path):
    write_gold(tmp_path)
    with pytest.raises(InputError):
        evaluate(tmp_path, extractor=lambda t, p: [], cmd="true")


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        (json.dumps({**GOLD, "text": None}), "'text'"),
        (json.dumps({k: v for k, v in GOLD.items() if k != "relations"}), "'relations'"),
        (json.dumps({**GOLD, "relations": [{"subject": "A", "predicate": "likes", "object": "B"}]}), "unknown predicate"),
        (json.dumps({**GOLD, "relations": [{"subject": "A", "object": "B"}]}), "relation 0"),
        (json.dumps({**GOLD, "entities": [{"type": "STATE"}]}), "entity 0"),
    ],
)
def test_bad_gold_files_raise_input_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "broken-article.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="broken-article.json") as info:
        evaluate(tmp_path, extractor=lambda t, p: [])
    assert message in str(info.value)


def test_missing_or_empty_gold_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        evaluate(tmp_path / "nowhere", extractor=lambda t, p: [])
    with pytest.raises(InputError, match="no \\*.json"):
        evaluate(tmp_path, extractor=lambda t, p: [])


def test_a_single_gold_file_can_be_scored(tmp_path):
    path = write_gold(tmp_path)
    assert evaluate(path, extractor=lambda t, p: []).fn == 3


def test_parse_jsonl_skips_noise():
    assert parse_jsonl(["", "warning", '{"a": 1}', "{oops", "[1]"]) == [{"a": 1}]


# -- same figures as the reference scorer -------------------------------------------


def _load_score_py():
    if not SCORE_PY.exists():
        pytest.skip(f"reference scorer not found at {SCORE_PY}")
    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed_predictions(gold, rng):
    """Predictions that exercise every rule: hits, aliases, flips, reversals, noise, duplicates."""
    entities = {e["name"]: e for e in gold["entities"]}
    names = list(entities)
    preds = []

    def surface(name):
        ent = entities.get(name, {"name": name, "aliases": []})
        forms = [ent["name"], *ent.get("aliases", [])]
        pick = rng.choice(forms)
        return rng.choice([pick, pick.upper(), "the " + pick, pick + "'s"]), rng.sample(forms, k=min(len(forms), rng.randint(0, 2)))

    for g in gold["relations"]:
        roll = rng.random()
        s, s_al = surface(g["subject"])
        o, o_al = surface(g["object"])
        neg = bool(g.get("negated"))
        if roll < 0.35:
            preds.append(rec(s, g["predicate"], o, neg, s_al, o_al))
        elif roll < 0.5:
            preds.append(rec(s, g["predicate"], o, not neg, s_al, o_al))  # flipped polarity
        elif roll < 0.65:
            preds.append(rec(o, g["predicate"], s, neg, o_al, s_al))  # reversed
        elif roll < 0.75:
            preds.append(rec(s, rng.choice(["supports", "opposes", "attacks", "leads"]), o, neg))
        if rng.random() < 0.2 and preds:
            preds.append(dict(preds[-1]))  # duplicate
    for _ in range(rng.randint(0, 6)):
        preds.append(rec(rng.choice(names), rng.choice(["supports", "opposes", "allied_with", "member_of"]),
                         rng.choice(names + ["Nobody"]), rng.random() < 0.2))
    rng.shuffle(preds)
    return preds


def _reference_dict(result):
    return {
        "tp": result["tp"], "fp": result["fp"], "fn": result["fn"],
        "contradictions": [tuple(c) for c in result["contradictions"]],
        "false_positives": [tuple(x) for x in result["false_positives"]],
        "missed": [tuple(m) for m in result["missed"]],
    }


def _our_dict(score):
    return {
        "tp": score.tp, "fp": score.fp, "fn": score.fn,
        "contradictions": list(score.contradictions),
        "false_positives": list(score.false_positives),
        "missed": [(m["subject"], m["predicate"], m["object"], m.get("negated", False)) for m in score.missed],
    }


def _gold_files():
    files = sorted(ANNOTATED.glob("*.json"))
    assert files, "tests/data/annotated is empty"
    return files


def test_normalisation_equals_reference():
    ref = _load_score_py()
    from conflictkg.evaluate import _names, normalize

    for name in ["the Assad’s Régime", "Jama'at Nusrat al-Islam wal-Muslimin", "U.S.", "M23's", "the the",
                 "Ta'ang  National\tLiberation Army", "Hay'at Tahrir al-Sham", "Türkiye", "the", "", "...",
                 "Cártel Jalisco Nueva Generación", "al-Qaeda", "ISIS-K", 42, "The", "the  the Taliban",
                 "Hezbollah's", "HEZBOLLAH'S", "Russia's's", "Côte d’Ivoire", "O'Neil"]:
        assert _names(name) == ref.names_of(name), name
        assert normalize(name) == ref.norm(name), name


@pytest.mark.parametrize("seed", range(8))
def test_article_scores_equal_reference(seed):
    ref = _load_score_py()
    rng = random.Random(seed)
    for path in _gold_files():
        gold = load_gold(path)
        preds = _perturbed_predictions(gold, rng)
        assert _our_dict(score_article(gold, preds)) == _reference_dict(ref.score_article(gold, preds)), path.name


def test_summary_line_equals_reference_cli(tmp_path):
    _load_score_py()
    rng = random.Random(1234)
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    for path in _gold_files():
        gold = load_gold(path)
        lines = [json.dumps(p, ensure_ascii=False) for p in _perturbed_predictions(gold, rng)]
        (pred_dir / f"{gold['id']}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cmd = f"cat {shlex.quote(str(pred_dir))}/{{id}}.jsonl"
    out = subprocess.run([sys.executable, str(SCORE_PY), "--dir", str(ANNOTATED), "--cmd", cmd, "--quiet"],
                         capture_output=True, text=True, check=True)
    reference = json.loads(out.stdout.strip().splitlines()[-1])
    ours = evaluate(ANNOTATED, cmd=cmd)
    assert ours.line() == reference
    assert ours.tp > 0 and ours.fp > 0 and ours.contradictions > 0  # the comparison exercised every rule
