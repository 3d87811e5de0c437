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
from conflictkg.evaluate import Summary, digest, evaluate, is_sealed, load_gold, parse_jsonl, score_article, seal
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


def test_false_positives_keep_the_rule_and_sentence_they_came_from():
    wrong = {**rec("Iraq", "attacks", "HTS"), "evidence": [
        {"rule": "verb:active", "sentence": "Iraq struck HTS."}, {"rule": "noun", "sentence": "Iraq's raid on HTS."}]}
    again = {**rec("Iraq", "attacks", "HTS"), "evidence": [{"rule": "verb:active", "sentence": "Iraq struck HTS."}]}
    right = {**rec("Turkey", "supports", "HTS"), "evidence": [{"rule": "verb:active", "sentence": "Turkey backs HTS."}]}
    score = score_article(GOLD, [wrong, again, right, rec("Oman", "attacks", "HTS")])
    assert score.sources[("iraq", "attacks", "hts", False)] == [
        ("verb:active", "Iraq struck HTS."), ("noun", "Iraq's raid on HTS.")]  # each pair once, in order
    assert score.sources[("oman", "attacks", "hts", False)] == []  # no evidence given
    assert ("turkey", "supports", "hts", False) not in score.sources  # a true positive has none


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


def test_conflictkg_extractor_orders_records_as_the_extract_command(monkeypatch):
    # score.py reads `conflictkg extract` output, sorted by evidence offset then predicate;
    # the in-process extractor must hand the scorer the records in that order.
    import conflictkg
    from conflictkg.evaluate import conflictkg_extractor

    a, b = Actor.create("Alpha", "STATE"), Actor.create("Beta", "STATE")
    late = Relation(a, "supports", b, evidence=(Evidence("d", "x", 50, 60),))
    early_s = Relation(a, "supports", b, evidence=(Evidence("d", "x", 10, 20),))
    early_a = Relation(a, "attacks", b, evidence=(Evidence("d", "x", 10, 20),))
    monkeypatch.setattr(conflictkg, "extract", lambda text, **kw: [late, early_s, early_a], raising=False)
    records = conflictkg_extractor()("text", None)
    assert [(r["predicate"], r["evidence"][0]["start"]) for r in records] == [
        ("attacks", 10), ("supports", 10), ("supports", 50)]


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


# -- sealed articles ----------------------------------------------------------------
#
# An article of our own (invented actors, our own text and gold), sealed with the shared
# format's algorithm and a salt chosen here. Nothing below reads ../shared/eval/sealed.

SALT = "5eed0fc0ffee0123456789abcdef0042"

OWN = {
    "id": "own-northern-front",
    "title": "Northern Front takes Kessa",
    "published": "2031-04-02",
    "text": ("The Northern Front seized the river town of Kessa on Tuesday. The group, backed by "
             "the Coastal League, has fought the Kessa Militia for years. Dravia denied arming the "
             "Northern Front. Dravia and the Coastal League held talks in Orvo."),
    "entities": [
        {"name": "Northern Front", "type": "ARMED_GROUP", "aliases": ["NF", "the Front"]},
        {"name": "Kessa", "type": "LOCATION", "aliases": []},
        {"name": "Coastal League", "type": "IGO", "aliases": ["CL"]},
        {"name": "Kessa Militia", "type": "ARMED_GROUP", "aliases": []},
        {"name": "Dravia", "type": "STATE", "aliases": ["Dravian government"]},
    ],
    "relations": [
        {"subject": "Northern Front", "predicate": "captures", "object": "Kessa", "negated": False, "optional": False},
        {"subject": "Coastal League", "predicate": "supports", "object": "Northern Front", "negated": False,
         "optional": False},
        {"subject": "Northern Front", "predicate": "opposes", "object": "Kessa Militia", "negated": False,
         "optional": False},
        {"subject": "Dravia", "predicate": "supports", "object": "Northern Front", "negated": True, "optional": False},
        {"subject": "Dravia", "predicate": "negotiates_with", "object": "Coastal League", "negated": False,
         "optional": False},
        {"subject": "Northern Front", "predicate": "attacks", "object": "Kessa", "negated": False, "optional": True},
    ],
}

OWN_PREDICTIONS = [
    rec("the Northern Front's", "captures", "KESSA"),                       # tp (normalised)
    rec("Coastal Leag.", "supports", "Front", subject_aliases=["C.L."], object_aliases=["NF"]),  # tp via aliases
    rec("Kessa Militia", "opposes", "Northern Front"),                      # tp, symmetric reversed
    rec("Kessa Militia", "opposes", "Northern Front"),                      # duplicate
    rec("Dravia", "supports", "Northern Front"),                            # contradiction (gold negated)
    rec("Dravia", "supports", "Northern Front"),                            # ... counted once
    rec("Northern Front", "attacks", "Kessa"),                              # optional: neither tp nor fp
    rec("Kessa", "captures", "Northern Front"),                             # fp: not symmetric
    rec("Orvo", "located_in", "Dravia"),                                    # fp
]
# tp: captures, supports, opposes; fn: the negated supports, negotiates_with.
OWN_COUNTS = {"tp": 3, "fp": 3, "fn": 2, "contradictions": 1}


def counts(score):
    return {"tp": score.tp, "fp": score.fp, "fn": score.fn, "contradictions": score.contradiction_count}


def test_digest_is_truncated_hmac_sha256_of_the_unit_separated_tuple():
    import hashlib
    import hmac

    # A fixed vector, computed once with Python's hmac, so a change of algorithm shows.
    assert digest("00", "turkey", "supports", "hts", False) == "034aafec1ee214e9f5a95565"
    expected = hmac.new(bytes.fromhex(SALT), b"dravia\x1fsupports\x1fnorthern front\x1f1", hashlib.sha256)
    assert digest(SALT, "dravia", "supports", "northern front", True) == expected.hexdigest()[:24]
    assert digest(SALT, "dravia", "supports", "northern front", True) != digest(SALT, "dravia", "supports", "northern front", False)
    assert digest(SALT, "a", "opposes", "b", False) != digest("00" + SALT[2:], "a", "opposes", "b", False)


def test_seal_keeps_the_article_and_hides_the_gold():
    sealed = seal(OWN, SALT)
    assert is_sealed(sealed) and not is_sealed(OWN)
    assert {k: sealed[k] for k in ("id", "title", "published", "text")} == {k: OWN[k] for k in ("id", "title", "published", "text")}
    assert "entities" not in sealed and "relations" not in sealed
    assert "Northern" not in json.dumps(sealed["sealed"]) and "dravia" not in json.dumps(sealed["sealed"])
    info = sealed["sealed"]
    assert info["salt"] == SALT and info["relations"] == 6 and info["optional"] == [5]
    # captures: 3 subject forms x 1 object form; negotiates_with: 2 x 2, stored both ways.
    assert sum(0 in ks for ks in info["digests"].values()) == 3
    assert sum(4 in ks for ks in info["digests"].values()) == 8
    assert digest(SALT, "coastal league", "negotiates_with", "dravian government", False) in info["digests"]
    assert digest(SALT, "kessa", "captures", "northern front", False) not in info["digests"]
    assert seal(OWN, SALT) == sealed  # deterministic for a salt
    assert seal(OWN)["sealed"]["salt"] != seal(OWN)["sealed"]["salt"]  # random by default
    with pytest.raises(InputError, match="already sealed"):
        seal(sealed, SALT)


def test_sealed_article_scores_by_the_same_rules_counts_only():
    sealed = seal(OWN, SALT)
    score = score_article(sealed, OWN_PREDICTIONS)
    assert counts(score) == OWN_COUNTS
    assert counts(score_article(OWN, OWN_PREDICTIONS)) == OWN_COUNTS  # the open annotation agrees
    assert score.sealed and score.missed == [] and score.false_positives == [] and score.contradictions == []
    detail = score.to_dict()
    assert detail["contradiction_count"] == 1 and detail["sealed"] is True
    assert "Dravia" not in json.dumps(detail) and "dravia" not in json.dumps(detail)
    assert Summary([score]).line() == {"articles": 1, "precision": 0.5, "recall": 0.6, "f1": 0.545,
                                       "contradictions": 1, "tp": 3, "fp": 3, "fn": 2}


def test_sealed_negated_and_optional_matches():
    sealed = seal(OWN, SALT)
    negated = score_article(sealed, [rec("Dravian government", "supports", "NF", negated=True)])
    assert counts(negated) == {"tp": 1, "fp": 0, "fn": 4, "contradictions": 0}
    optional_only = score_article(sealed, [rec("NF", "attacks", "Kessa"), rec("Kessa", "attacks", "NF")])
    assert counts(optional_only) == {"tp": 0, "fp": 1, "fn": 5, "contradictions": 0}  # reversed attacks is an fp
    flipped_negotiation = score_article(sealed, [rec("CL", "negotiates_with", "Dravia", negated=True)])
    assert counts(flipped_negotiation) == {"tp": 0, "fp": 1, "fn": 5, "contradictions": 1}
    ignored = score_article(sealed, ["junk", {"subject": "Dravia"}, {**rec("NF", "captures", "Kessa"), "object_aliases": None}])
    assert counts(ignored) == {"tp": 1, "fp": 0, "fn": 4, "contradictions": 0}


@pytest.mark.parametrize("seed", range(4))
def test_sealed_counts_equal_open_counts_on_the_annotated_articles(seed):
    rng = random.Random(seed)
    for path in _gold_files():
        gold = load_gold(path)
        preds = _perturbed_predictions(gold, rng)
        assert counts(score_article(seal(gold, SALT), preds)) == counts(score_article(gold, preds)), path.name


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda s: s.update(salt="not hex"), "salt"),
        (lambda s: s.update(relations="6"), "'relations'"),
        (lambda s: s.update(digests={"abc": [6]}), "'digests'"),
        (lambda s: s.update(optional=[True]), "'optional'"),
        (lambda s: s.pop("digests"), "'digests'"),
    ],
)
def test_bad_sealed_files_raise_input_error(tmp_path, change, message):
    sealed = seal(OWN, SALT)
    change(sealed["sealed"])
    path = tmp_path / "bad-sealed.json"
    path.write_text(json.dumps(sealed), encoding="utf-8")
    with pytest.raises(InputError, match="bad-sealed.json") as info:
        load_gold(path)
    assert message in str(info.value)


def test_sealed_file_without_text_is_refused(tmp_path):
    sealed = seal(OWN, SALT)
    del sealed["text"]
    path = write_gold(tmp_path, "no-text.json", sealed)
    with pytest.raises(InputError, match="'text'"):
        load_gold(path)


def _sealed_dir(tmp_path, rng_seed=7):
    """A folder with our own sealed article and sealed copies of the annotated ones, and predictions for each."""
    gold_dir, pred_dir = tmp_path / "sealed", tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    rng = random.Random(rng_seed)
    articles = [(OWN, OWN_PREDICTIONS)] + [(g, _perturbed_predictions(g, rng)) for g in map(load_gold, _gold_files())]
    for gold, preds in articles:
        write_gold(gold_dir, f"{gold['id']}.json", seal(gold, SALT))
        lines = [json.dumps(p, ensure_ascii=False) for p in preds]
        (pred_dir / f"{gold['id']}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold_dir, f"cat {shlex.quote(str(pred_dir))}/{{id}}.jsonl"


def test_sealed_article_scores_equal_reference():
    ref = _load_score_py()
    sealed = seal(OWN, SALT)
    ours, theirs = score_article(sealed, OWN_PREDICTIONS), ref.score_article(sealed, OWN_PREDICTIONS)
    assert counts(ours) == OWN_COUNTS
    assert counts(ours) == {"tp": theirs["tp"], "fp": theirs["fp"], "fn": theirs["fn"],
                            "contradictions": len(theirs["contradictions"])}
    rng = random.Random(99)
    for path in _gold_files():
        gold = seal(load_gold(path), SALT)
        preds = _perturbed_predictions(load_gold(path), rng)
        theirs = ref.score_article(gold, preds)
        assert counts(score_article(gold, preds)) == {
            "tp": theirs["tp"], "fp": theirs["fp"], "fn": theirs["fn"], "contradictions": len(theirs["contradictions"])}, path.name


def test_sealed_summary_line_equals_reference_cli(tmp_path, capsys):
    from conflictkg.cli import main

    _load_score_py()
    gold_dir, cmd = _sealed_dir(tmp_path)
    out = subprocess.run([sys.executable, str(SCORE_PY), "--dir", str(gold_dir), "--cmd", cmd, "--quiet", "--jobs", "2"],
                         capture_output=True, text=True, check=True)
    reference = out.stdout.strip().splitlines()[-1]
    assert main(["evaluate", str(gold_dir), "--cmd", cmd, "--jobs", "2"]) == 0
    ours = capsys.readouterr().out.strip().splitlines()[-1]
    assert ours == reference
    line = json.loads(ours)
    assert line["articles"] == 15 and line["tp"] > 0 and line["fp"] > 0 and line["contradictions"] > 0
    # Our own article alone: the counts worked out by hand above.
    only_own = tmp_path / "own"
    only_own.mkdir()
    write_gold(only_own, "own.json", seal(OWN, SALT))
    out = subprocess.run([sys.executable, str(SCORE_PY), "--dir", str(only_own), "--cmd", cmd, "--quiet"],
                         capture_output=True, text=True, check=True)
    assert main(["evaluate", str(only_own), "--cmd", cmd]) == 0
    ours = capsys.readouterr().out.strip().splitlines()[-1]
    assert ours == out.stdout.strip().splitlines()[-1]
    assert {k: json.loads(ours)[k] for k in OWN_COUNTS} == OWN_COUNTS


def test_cli_details_show_counts_only_for_sealed_articles(tmp_path, capsys):
    from conflictkg.cli import main

    gold_dir, cmd = _sealed_dir(tmp_path)
    open_dir = tmp_path / "open"
    open_dir.mkdir()
    write_gold(open_dir, "own.json", OWN)
    assert main(["evaluate", str(open_dir), str(gold_dir), "--cmd", cmd, "--details"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    split = lines.index(f"# {gold_dir}")
    open_part, sealed_part = lines[:split], lines[split:]
    assert open_part[0] == f"# {open_dir}"
    assert any("CONTRADICTION" in l and "dravia" in l for l in open_part)  # open: details
    assert any("missed" in l for l in open_part)
    assert json.loads(open_part[-1])["contradictions"] == 1
    article_lines = [l for l in sealed_part if l.startswith("## ")]
    assert len(article_lines) == 15 and all(l.endswith("(sealed: counts only)") for l in article_lines)
    assert f"## {OWN['id']}: tp=3 fp=3 fn=2 contradictions=1 (sealed: counts only)" in article_lines
    assert len(sealed_part) == 1 + 15 + 1  # header, one line per article, the summary: no relation details
    assert json.loads(sealed_part[-1])["articles"] == 15


def test_cli_details_show_where_each_false_positive_came_from(tmp_path, capsys):
    from conflictkg.cli import main

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    write_gold(gold_dir, "toy.json", GOLD)
    preds = [{**rec("Iraq", "attacks", "HTS"), "evidence": [{"rule": "verb:active", "sentence": "Iraq <b>struck</b> HTS."}]},
             {**rec("Russia", "supports", "HTS"), "evidence": [{"rule": "noun", "sentence": "Russia's aid to HTS."}]}]
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("\n".join(json.dumps(p) for p in preds) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold_dir), "--cmd", f"cat {shlex.quote(str(pred_file))}", "--details"]) == 0
    lines = capsys.readouterr().out.splitlines()
    k = next(i for i, l in enumerate(lines) if "false positive" in l and "iraq" in l)
    assert lines[k + 1] == "      [verb:active] Iraq <b>struck</b> HTS."  # printed as it is, no markup read
    k = next(i for i, l in enumerate(lines) if "CONTRADICTION" in l and "russia" in l)
    assert lines[k + 1] == "      [noun] Russia's aid to HTS."


def test_default_extractor_scores_sealed_articles(tmp_path, monkeypatch):
    import conflictkg

    monkeypatch.setattr(conflictkg, "extract", lambda text, **kw: [
        Relation(Actor.create("Dravia", "STATE"), "supports", Actor.create("Northern Front", "ARMED_GROUP")),
        Relation(Actor.create("Coastal League", "IGO"), "supports", Actor.create("NF", "ARMED_GROUP"))], raising=False)
    write_gold(tmp_path, "own.json", seal(OWN, SALT))
    summary = evaluate(tmp_path)
    assert (summary.tp, summary.fp, summary.fn, summary.contradictions) == (1, 1, 4, 1)
