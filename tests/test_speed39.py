"""The per-token parse repairs, called only where their token test holds, do what calling every one did.

speed39 made ``entities.repair_arguments`` look up, by a token's word and labels, the repairs whose first test can
pass on it (``entities._token_repairs``, ``_repair_token``), instead of calling some fifty repairs on every token.
Checked here on articles of our own (a few hundred sentences built from templates, each filled with five casts of
actors, and the examples the repairs' docstrings quote): every repair skipped would have changed nothing had it been called then, and the parse the indexed dispatch
leaves is the one the exhaustive dispatch leaves; and a repair that relabels its token hands the token on to the
repairs of its new labels."""

from __future__ import annotations

import re

import pytest
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, POS, SENT_START, TAG
from spacy.tokens import Doc

from conflictkg.graph import entities
from conflictkg.graph.pipeline import load_pipeline

_TEMPLATES = [
    "Near {P}, {S}'s army overran {Q} on Friday.",
    "After weeks of shelling, {A}'s fighters retook {Q}.",
    "After {S}'s army retook {P}, the rebels fled north.",
    "The {A}, which {S} says is armed by {T}, stormed {P}.",
    "{S} denied arming the {A} and accused {T} of lying.",
    "The rebels deny shelling {P} and accuse the army of staging the attack.",
    "Fighting between the army and the {A} flared again in {P}.",
    "Talks between {S} and the {A} resumed in {Q} after a pause.",
    "{A} fighters, backed by {S}, captured {P} overnight.",
    "{S}, {T} and {U} formed a joint naval force last year.",
    "{S} sanctioned the {A} two weeks later.",
    "The {A}, a militia loyal to {N}, withdrew from {P}.",
    "{N}, the group's commander, said his men had pulled out of {P}.",
    "{S} designated the {A} a terrorist organisation in March.",
    "Officials in {Q} said the {A} had been shelling {P} for days and continued into the night.",
    "{T} helped the {S} army repel {A} fighters near {P}.",
    "The {A}, whom {S} accuses of smuggling arms, denies the charge.",
    "The {A}, which the junta blames for the ambush, rejected the claim.",
    "{S}'s drone strikes on {P} killed a dozen people, medics said.",
    "The group, which was founded in {P}, is backed by {S}.",
    "{A} militants who were trained by {S} attacked a convoy outside {P}.",
    "A spokesman for {S}, Colonel {N}, said troops had secured {P}.",
    "{S} condemned the attack, which {T} blamed on the {A}.",
    "Not retreating, the {A} fighters dug in around {P}.",
    "{S} has never armed the {A}, its foreign minister insisted.",
    "The coalition, led by {S}, struck {A} positions in {P}.",
    "The {A} and the {B} are its closest allies.",
    "The {B}, an offshoot of the {A}, claimed the bombing in {P}.",
    "{S} recaptured {P} from the {A} in a dawn raid.",
    "{P} fell to {A} fighters on Sunday.",
    "Our forces liberated {P}, {S}'s defence ministry said in a statement.",
    "{S} and {T} have not signed a ceasefire deal.",
    "{S}'s president {N} met {T}'s foreign minister in {Q}.",
    "The {A} says {S} supplied drones, a claim {S} denies.",
    "Days later, {T} sanctioned three {A} commanders.",
    "The other militias, including the {A}, rejected the truce.",
    "Having seized {P}, the {A} advanced towards {Q}.",
    "{S} accused {T} of backing the {A}, which it calls a terrorist group.",
    "The {A} overran {P} and shelled {Q} the next morning.",
    "{A} fighters have overrun {P} after a long siege, {S} said.",
    "In {Q}, {A} fighters ambushed a patrol of {S}'s army.",
    "The ceasefire, brokered by {S}, collapsed when the {A} attacked {P}.",
    "{N}, who heads the {A}, fled to {Q}.",
    "Both sides, the army and the {A}, traded fire near {P}.",
    "{S} reportedly supplied the fighters that seized {P}.",
    "Since the {A}'s militia retook {P}, aid convoys have stopped.",
    "{S} is accused by monitors of supporting the {A}.",
    "The {A} claimed it had downed a drone over {P}, which {S} denied.",
    "Troops from {S} attacked {A} bases near {P}.",
    "{S} withdrew its troops from {P} in 2021 and handed the base to {T}.",
    "The government of {S} signed an accord with the {A} in {Q}.",
    "East of {Q}, the {A} overran two army posts, residents said.",
    "{S}, which the rebels accuse of bombing markets, says it targets only fighters.",
    "The {B}, the {A}'s armed wing, has fought {S}'s forces since 2019.",
    "{S}'s navy, together with {T}'s coast guard, seized a ship bound for {P}.",
    "Three days later the {A} withdrew, and {S} retook {P}.",
    "{N} was named commander of the {A} after its founder was killed in {P}.",
    "The {A} is backed by {S}, which denies sending it weapons.",
    "Witnesses said {S} shelled {P}, though {S} officials denied it.",
    "Backed by {T}'s jets, the army pushed the {A} out of {Q}.",
    "Rival factions of the {A} clashed in {P} as {S} mediated.",
]

_CASTS = [
    dict(A="Zarqa Liberation Front", B="Iron Crescent Brigade", S="Kenya", T="Chile", U="Norway", N="Amadou Keita",
         P="Dorvik", Q="Tamsa"),
    dict(A="Kivu Patriots", B="Lake Guards", S="Vietnam", T="Ghana", U="Peru", N="Lena Vos", P="Port Akel",
         Q="Belmont"),
    dict(A="Black Heron Brigade", B="Heron Youth", S="Marovia", T="Veltria", U="Kestria", N="Ibrahim Sall",
         P="Sirra", Q="Oldtown"),
    dict(A="Sahel Freedom Movement", B="Dune Riders", S="Portugal", T="Egypt", U="Canada", N="Karim Haddad",
         P="Nagra", Q="Fort Elim"),
    dict(A="Red Dune Militia", B="Dune Watch", S="Brazil", T="Japan", U="Turkey", N="Tomas Ruiz", P="Kalvo",
         Q="Meridia"),
]

_SNAPSHOT = [HEAD, DEP, TAG, POS, LEMMA, ENT_TYPE, SENT_START]


def _docstring_examples() -> list[str]:
    """The sentences each repair's docstring quotes as its case (four words or more, from a capital): the shapes the
    repairs were written for, so that the check below sees them fire."""
    found = []
    for repair, _ in entities._token_repairs():
        for quoted in re.findall(r'"([^"]+)"', " ".join((repair.__doc__ or "").split())):
            quoted = quoted.replace("...", "").replace("|", "").strip()
            if len(quoted.split()) >= 4 and quoted[:1].isupper():
                found.append(quoted if quoted[-1] in ".!?" else quoted.rstrip(",") + ".")
    return found


def _articles() -> list[str]:
    """Articles of ten sentences (the repairs read whole documents, sentences beside each other): the templates,
    once per cast, then the repairs' own examples."""
    groups = [[t.format(**cast) for t in _TEMPLATES] for cast in _CASTS] + [_docstring_examples()]
    return [" ".join(group[k:k + 10]) for group in groups for k in range(0, len(group), 10)]


@pytest.fixture(scope="module")
def unrepaired() -> list[tuple[Doc, bytes]]:
    """The articles parsed up to ``repair_arguments`` (kept as bytes: each test repairs copies of its own)."""
    nlp = load_pipeline()
    with nlp.select_pipes(disable=["repair_arguments", "conflict_relations"]):
        docs = [nlp(text) for text in _articles()]
    return [(doc, doc.to_bytes()) for doc in docs]


def _copy(doc: Doc, data: bytes) -> Doc:
    return Doc(doc.vocab).from_bytes(data)


def _exhaustive(tok, skipped: list) -> None:
    """Every repair on every token, as before speed39; a repair whose token test fails must change nothing."""
    for repair, test in entities._token_repairs():
        if test(entities._word(tok)):
            repair(tok)
            continue
        before = tok.doc.to_array(_SNAPSHOT).tolist()
        repair(tok)
        if tok.doc.to_array(_SNAPSHOT).tolist() != before:
            skipped.append((repair.__name__, tok.i, tok.text, tok.sent.text))


def test_the_articles_are_a_few_hundred_sentences(unrepaired):
    assert sum(len(list(doc.sents)) for doc, _ in unrepaired) >= 250


def test_indexed_repairs_leave_the_parse_every_repair_leaves(unrepaired, monkeypatch):
    indexed = []
    for doc, data in unrepaired:
        indexed.append(entities.repair_arguments(_copy(doc, data)).to_array(_SNAPSHOT).tolist())
    skipped: list = []
    monkeypatch.setattr(entities, "_repair_token", lambda tok: _exhaustive(tok, skipped))
    exhaustive = [entities.repair_arguments(_copy(doc, data)).to_array(_SNAPSHOT).tolist() for doc, data in unrepaired]
    assert skipped == []  # (a token test stricter than its repair's own: the repair, the token, its sentence)
    assert indexed == exhaustive


def test_the_repairs_change_these_articles(unrepaired):
    """The check above means something only if repairs fire on these articles."""
    changed = 0
    for doc, data in unrepaired:
        changed += doc.to_array(_SNAPSHOT).tolist() != entities.repair_arguments(_copy(doc, data)).to_array(
            _SNAPSHOT).tolist()
    assert changed >= 8


def test_each_repair_is_listed_once():
    repairs = [repair for repair, _ in entities._token_repairs()]
    assert len(repairs) == len(set(repairs)) >= 50
    assert all(callable(test) for _, test in entities._token_repairs())


def test_a_relabelled_token_gets_the_repairs_of_its_new_labels(unrepaired, monkeypatch):
    """A repair that changes its token's dependency label: the repairs after it are chosen by the new label (and
    none before it runs again)."""
    calls = []

    def relabel(tok):
        calls.append(("relabel", tok.i))
        tok.dep_ = "npadvmod"

    def on_new_label(tok):
        calls.append(("new", tok.i))

    def on_old_label(tok):
        calls.append(("old", tok.i))

    table = ((on_new_label, lambda w: w.dep == "npadvmod"),
             (relabel, lambda w: w.dep == "nsubj"),
             (on_old_label, lambda w: w.dep == "nsubj"),
             (on_new_label, lambda w: w.dep == "npadvmod"))
    monkeypatch.setattr(entities, "_token_repairs", lambda: table)
    monkeypatch.setattr(entities, "_REPAIRS_BY_WORD", {})
    doc, data = unrepaired[0]
    doc = _copy(doc, data)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    entities._repair_token(subject)
    assert calls == [("relabel", subject.i), ("new", subject.i)]
    assert entities._REPAIRS_BY_WORD  # (both labellings were looked up and kept)


def test_a_token_test_stricter_than_its_repair_is_caught(unrepaired, monkeypatch):
    """The check of skipped repairs can fail: a repair that fires on these articles, given a test that never holds."""
    table = entities._token_repairs()
    n = next(k for k, (repair, _) in enumerate(table) if repair is entities._clause_read_into_its_opening)
    strict = table[:n] + ((table[n][0], lambda w: False),) + table[n + 1:]
    monkeypatch.setattr(entities, "_token_repairs", lambda: strict)
    skipped: list = []
    monkeypatch.setattr(entities, "_repair_token", lambda tok: _exhaustive(tok, skipped))
    for doc, data in unrepaired:
        entities.repair_arguments(_copy(doc, data))
    assert {name for name, *_ in skipped} == {"_clause_read_into_its_opening"}
