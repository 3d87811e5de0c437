"""The relation component's readers share one set of attribute columns per document, and get what they got.

speed41 gave the resolver one :class:`conflictkg.graph.columns.DocColumns` (``Resolver.columns``): each attribute
column (lowered forms, lemmas, parts of speech, dependencies, forms, entity types, heads) taken from the ``Doc``
once, where a dozen readers -- the anaphor walk, the rules' guards (``rules.guarded_calls``), the constructions'
pre-filter (``constructions._DocIndex``), the event anaphors' word finders (``discourse._event_words``,
``_deal_pronouns``, ``_elliptic_denials``) and the resolver's own indexes -- each took the column anew with
``Doc.to_array(...).tolist()``. And while the component reads a document (``columns.reading``), its readers ask
``columns.children_of(token)`` for a token's dependents: one tuple per head, made at the first call, where
``token.children`` made a generator and a new Token for every dependent at every call. Checked here on some
three hundred sentences of our own (templates filled with five casts of actors): every column answers as the
Token API does, the rows as ``to_array`` does, ``children_of`` as ``token.children`` does (inside a reading and
out, and for a token of another document), the readers answer with shared columns as they do with columns of
their own, and a document's readers all hold the same lists.
"""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, LEMMA, LOWER, ORTH, POS

from conflictkg.graph.columns import DocColumns, children_of, reading
from conflictkg.graph.pipeline import load_pipeline
from conflictkg.graph.resolve import Resolver
from conflictkg.graph.rules import GUARDS, RULES, guarded_calls, title_rule

_TEMPLATES = [
    "Fighters of the {A} overran a checkpoint outside {P} before dawn on Tuesday.",
    "{S} said it would send armoured vehicles to the {A}, a move {T} called reckless.",
    "The {A} denied any part in the shelling of {Q}, blaming forces loyal to {N}.",
    "{N}, who commands the {A}, told reporters the group would never negotiate with {S}.",
    "Talks between {S} and the {A} collapsed in {Q} after the rebels walked out.",
    "{T} imposed an asset freeze on three commanders of the {A} on Friday.",
    "The group later pulled its units back from {P}, residents said.",
    "It was not the first time {T} had condemned a raid by the {A}.",
    "{S}'s foreign ministry listed the {A} as a terrorist organisation in March.",
    "A convoy carrying grain reached {Q}, the first to do so since the siege began.",
    "\u201cWe will defend {P} street by street,\u201d {N} said in a recorded message.",
    "Neither {S} nor {T} has recognised the council the {A} set up in {Q}.",
    "Witnesses said drones struck a fuel depot near {P} and that two workers were hurt.",
    "The militia, known locally as the {A}, has fought {S}'s army since 2019.",
    "{T} and {S} signed a pact on border patrols; the deal angered the {A}.",
    "Officials in {Q} said the town had fallen to the {A} by nightfall.",
    "The ministry did not say whether {N} had met envoys from {T}.",
    "Some analysts say {S} armed the {A}; {S} rejects that account.",
    "In {P}, a market reopened after weeks of shelling by the rebels.",
    "The {A} is an offshoot of a movement that once controlled much of {Q}.",
    "{N} resigned as head of the {A} after the defeat at {P}.",
    "Aid groups accused the {A} of blocking relief trucks bound for {Q}.",
    "Reinforcements from {T} arrived in {P} as the fighting spread north.",
    "The army said its troops had retaken {Q} and were pushing towards {P}.",
    "A spokesman for {S} declined to comment on reports of a ceasefire.",
    "Several hundred families fled {Q} for camps across the river.",
    "Observers from {T} visited {P} but were barred from the prison.",
    "The {A} and a smaller faction merged in 2021, according to a report by {S}.",
    "{S}'s president, {N}, praised the troops who had held {P}.",
    "Gunmen believed to belong to the {A} ambushed a patrol near {Q}.",
    "{T} mediated a prisoner exchange between {S} and the {A} last spring.",
    "Nobody claimed the bombing in {P}, though suspicion fell on the {A}.",
    "Positions along the front have hardly shifted since the rebels lost {Q}.",
    "{N} was arrested at the airport in {P} and handed to {T}.",
    "Both sides traded accusations over the collapse of the truce.",
    "The council in {Q} voted to join a regional bloc led by {S}.",
    "Fuel shortages have hit {P} hardest, officials from {T} said.",
    "The {A} withdrew from positions east of {Q} under heavy fire.",
    "Its leaders have repeatedly denied receiving money from {T}.",
    "{S} hosted a round of talks in its capital, which {N} attended.",
    "Patrols resumed along the road from {P} to {Q} on Sunday.",
    "The rebels vowed to avenge the deaths of their comrades in {P}.",
    "A court in {T} froze the accounts of firms linked to the {A}.",
    "The {A} says it fights for the people of {Q}, not for {S}.",
    "{N} urged {T} to stop selling rifles to the militias.",
    "Heavy rain slowed the offensive on {P} for several days.",
    "The ceasefire, brokered by {T}, held for less than a week.",
    "Troops from {S} crossed into {Q} on Monday, residents said.",
    "The {A} took no prisoners, a survivor told investigators.",
    "{S} and {T} restored diplomatic ties broken off in 2017.",
    "The governor of {P} fled after the rebels shelled his residence.",
    "Negotiators from the {A} left {Q} without an agreement.",
    "{N} had served in {S}'s air force before joining the rebels.",
    "The bridge at {P} was destroyed, cutting the main supply route.",
    "The {A} has not attacked {Q} since the accord was signed.",
    "{T} called for an inquiry into the killings near {P}.",
    "Local elders in {Q} brokered a short truce with the {A}.",
    "The {A}'s fighters seized a police station in {P} overnight.",
    "Refugees from {Q} described weeks without water or power.",
    "{S} withdrew its ambassador from {T} in protest.",
]

_CASTS = [
    dict(A="Silver Crane Movement", S="Norway", T="Chile", N="Amara Okafor", P="Lindenfeld", Q="Korvasa"),
    dict(A="Red Marsh Coalition", S="Vietnam", T="Ghana", N="Tomas Berg", P="Sannia", Q="Eastreach"),
    dict(A="Highland Dawn Militia", S="Peru", T="Denmark", N="Leyla Demir", P="Orveto", Q="Brannock"),
    dict(A="Iron Delta Union", S="Kenya", T="Portugal", N="Hugo Ferreira", P="Mallowmere", Q="Tesk"),
    dict(A="Blue Ridge Vanguard", S="Japan", T="Tunisia", N="Nadia Haddad", P="Carrow", Q="Vantis"),
]


def _articles() -> list[str]:
    """Articles of twelve sentences in two paragraphs: five per cast, 300 sentences in all."""
    out = []
    for cast in _CASTS:
        sentences = [t.format(**cast) for t in _TEMPLATES]
        for k in range(0, len(sentences), 12):
            part = sentences[k:k + 12]
            out.append(" ".join(part[:6]) + "\n\n" + " ".join(part[6:]))
    return out


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def docs(nlp):
    """The articles parsed up to the relation component (the documents its readers see)."""
    with nlp.select_pipes(disable=["conflict_relations"]):
        return list(nlp.pipe(_articles()))


def test_the_articles_are_ours_and_many():
    assert sum(text.count(". ") + 1 for text in _articles()) >= 250


def test_columns_answer_as_the_token_api(docs):
    for doc in docs:
        columns = DocColumns(doc)
        assert columns.column(LOWER) == [t.lower for t in doc]
        assert columns.column(LEMMA) == [t.lemma for t in doc]
        assert columns.column(POS) == [t.pos for t in doc]
        assert columns.column(DEP) == [t.dep for t in doc]
        assert columns.column(ORTH) == [t.orth for t in doc]
        assert columns.column(ENT_TYPE) == [t.ent_type for t in doc]
        assert columns.column(IS_ALPHA) == [int(t.is_alpha) for t in doc]
        assert columns.heads == [t.head.i for t in doc]


def test_rows_answer_as_to_array(docs):
    for doc in docs:
        columns = DocColumns(doc)
        for attrs in ([POS, LEMMA, LOWER, DEP], [DEP, IS_ALPHA], [LEMMA, LOWER]):
            assert columns.rows(*attrs) == [tuple(row) for row in doc.to_array(attrs).tolist()]


def test_a_column_is_taken_once_and_shared(docs):
    columns = DocColumns(docs[0])
    assert columns.column(LOWER) is columns.column(LOWER)
    assert columns.heads is columns.heads


def test_an_empty_doc_has_empty_columns(nlp):
    doc = nlp.make_doc("")
    columns = DocColumns(doc)
    assert columns.column(LOWER) == [] and columns.heads == [] and columns.rows(POS, DEP) == []


def test_children_answer_as_the_token_api(docs):
    for doc in docs:
        expected = [tuple(t.children) for t in doc]
        assert [children_of(t) for t in doc] == expected  # (no document being read: made anew)
        with reading(DocColumns(doc)):
            first = [children_of(t) for t in doc]
            again = [children_of(t) for t in doc]
            assert first == expected
            assert all(a is b for a, b in zip(first, again))  # (one tuple per head while the document is read)
        head = next(t for t in doc if expected[t.i])
        assert children_of(head) is not first[head.i]  # (the reading over: made anew)


def test_children_of_another_document_are_its_own(docs):
    """A token of another document than the one being read gets its own dependents, never the read one's."""
    one, other = docs[0], docs[1]
    with reading(DocColumns(one)):
        for token in other:
            assert children_of(token) == tuple(token.children)
            assert all(c.doc is other for c in children_of(token))


def test_readings_nest_and_end(docs):
    outer, inner = DocColumns(docs[0]), DocColumns(docs[1])
    with reading(outer):
        with reading(inner):
            head = next(t for t in docs[1] if list(t.children))
            assert children_of(head) is children_of(head)
        assert children_of(head) is not children_of(head)  # (the inner reading over)
        outer_head = next(t for t in docs[0] if list(t.children))
        assert children_of(outer_head) is children_of(outer_head)


def test_the_guards_fire_as_they_do_at_every_token(nlp, docs):
    """``guarded_calls`` reads the shared columns; what it yields is what the guards tested at every token give."""
    gazetteer = nlp.get_pipe("conflict_relations").gazetteer
    rules = [rule for rule in RULES if rule is not title_rule]
    for doc in docs:
        res = Resolver(doc, gazetteer)
        fast = [(token.i, fired) for token, fired in guarded_calls(doc, res, rules)]
        slow = [(token.i, fired) for token in doc
                if (fired := [rule for rule in rules if GUARDS.get(rule) is None or GUARDS[rule](token, res)])]
        assert fast == slow


def test_the_constructions_match_as_with_columns_of_their_own(nlp, docs):
    component = nlp.get_pipe("conflict_relations")
    for doc in docs:
        res = Resolver(doc, component.gazetteer)
        assert component.constructions.matches(doc, res.columns) == component.constructions.matches(doc)


def test_the_relation_component_reads_one_set_of_columns(nlp, docs):
    """The component's output is the same whichever columns its readers took first (the resolver's are shared)."""
    component = nlp.get_pipe("conflict_relations")
    for doc in docs:
        res = Resolver(doc, component.gazetteer)
        walked = res.columns.column(LOWER)
        res.walk_refs()
        assert res.columns.column(LOWER) is walked
        assert walked == doc.to_array(LOWER).tolist()


def test_the_pipeline_gives_relations_on_these_articles(nlp):
    """(a smoke test that the articles exercise the readers: they yield relations)"""
    relations = [r for doc in nlp.pipe(_articles()) for r in doc._.relations]
    assert len(relations) >= 30
