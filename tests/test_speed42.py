"""Readers that scan a stretch of tokens for a few forms find them in a per-document list of positions, and get what
they got.

speed42 gave :class:`conflictkg.graph.columns.DocColumns` two indexes: ``positions(attr, forms)``, where the tokens
whose form (``ORTH``, ``LOWER``, ``LEMMA`` ...) is one of ``forms`` stand, and ``where(attr, test)``, where the
tokens whose form passes a test stand; each listed once per document from the attribute column, with no Token made.
Five readers that made a Token of every word of a stretch, at every call, now make one only of the words listed:
the rebel nouns that name themselves before a mention (``Resolver._called_rebels``), the quotation marks before a
trigger (``relations._framed_quote``), the government nouns of a document (``Resolver._government_owner_unread``),
its ruling verbs (``Resolver._read_rulers``) and the capitalised words of a stretch (``Resolver.states_between``).
Checked here on some two hundred sentences of our own (templates filled with four casts of actors): each index
answers as a scan of the Token API does, and each reader answers as its former scan (kept here as a reference)
did, at every token, on a resolver of its own.
"""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH

from conflictkg.graph.columns import DocColumns, columns_of, reading
from conflictkg.graph.lexicon import GOVERNMENT_NOUNS, REBEL_NOUNS
from conflictkg.graph.pipeline import load_pipeline
from conflictkg.graph.relations import _framed_quote
from conflictkg.graph.resolve import _RULING_LEMMAS, _capitalised, Resolver
from conflictkg.graph.statements import _QUOTE_MARKS

_TEMPLATES = [
    "The insurgents, who call themselves the {A}, raided a depot near {P} on Thursday.",
    "A banner reading \"{S} out of {P}\" hung over the square as the rebels marched past.",
    "Militants loyal to {N} torched two lorries on the road to {Q}, the {D} government said.",
    "The guerrillas, known as the {A}, have held {Q} since the spring.",
    "{S}'s ministers insist that the government of {S} rules {P} and its hinterland.",
    "Residents said the {D} army shelled the outskirts of {Q} overnight.",
    "\"We will take {P} back,\" {N} told a crowd in {Q}.",
    "The poster bore the slogan \"{A} defends {Q}\" and a portrait of {N}.",
    "Fighters who control {P} said they had no quarrel with {T}.",
    "The rebels, the {A}, said they shot down a drone over {Q}.",
    "Officials of the {D} government accused {T} of arming the militants.",
    "A {D} trading company lost three trucks near {P}, its owners said.",
    "The headline read: \"{S} seizes {P}\", though the town was still contested.",
    "The insurgents later withdrew from {Q}, a spokesman for {T} said.",
    "{T} and {S} agreed to reopen the crossing at {P} next month.",
    "The regime in {S}, which governs {P} with an iron hand, denied the report.",
    "Gunmen, described by witnesses as the {A}, stormed a police post near {Q}.",
    "The government has not said whether it will talk to the rebels.",
    "{N} rejected what he called \"lies\" spread by the {D} press.",
    "A ceasefire brokered by {T} broke down after the militants attacked {P}.",
    "The army of {S} retook {Q} and said the insurgents had fled towards {P}.",
    "Local leaders in {P} asked the {D} authorities for more troops.",
    "The fighters, calling themselves the {A}, set up checkpoints outside {Q}.",
    "Diplomats from {T} met {N} in {P} to discuss the prisoners.",
    "The militia, not the army, now rules {Q}, residents say.",
    "\"No one controls {Q} but us,\" a commander of the {A} said.",
    "{S}'s cabinet met in emergency session after the attack on {P}.",
    "The rebels who govern {Q} banned gatherings of more than five people.",
    "A {D} charity said two of its workers were missing near {P}.",
    "The {A} claimed the ambush in a statement titled \"Victory at {Q}\".",
    "Troops from {T} patrolled {P} while talks went on in {Q}.",
    "Insurgents and militants clashed with the {D} forces along the river.",
    "The ministry in {S} said the government would not bargain with the {A}.",
    "Elders in {Q} urged the guerrillas to leave the market town.",
    "{N}, a former officer in {S}'s army, now leads the {A}.",
    "The placard said \"Hands off {P}\" and \"Free {Q}\" in bold letters.",
    "The {D} president called the rebels \"bandits\" in a speech on Monday.",
    "Investigators from {T} found no trace of the missing convoy near {Q}.",
    "The insurgents, the {A}, control most of the border with {T}.",
    "The government in {S} dismissed the {A}'s claims as propaganda.",
    "Fighting between the militants and the army spread from {P} to {Q}.",
    "{T} said the {A} rules {Q} and collects taxes at its checkpoints.",
    "\"The siege of {P} is over,\" the {D} defence minister said.",
    "Refugees reaching {T} said the rebels had burned villages near {Q}.",
    "The government of {T} sent medical supplies to {P} by air.",
    "The militants named themselves the {A} in a video released on Friday.",
    "A {D} shipping firm suspended sailings to {Q} after the attack.",
    "The insurgents who hold {P} have not said whether they will free the hostages.",
    "The new government announced a curfew across {Q} and {P}.",
    "Rebels, mostly young men from {P}, joined the {A} last year.",
]

_CASTS = [
    dict(A="Crimson Tide Front", S="Malawi", T="Finland", D="Malawian", N="Joseph Banda", P="Zomba", Q="Mangochi"),
    dict(A="Northern Lantern Brigade", S="Bolivia", T="Austria", D="Bolivian", N="Rosa Quispe", P="Oruro", Q="Potosi"),
    dict(A="Salt Plain Alliance", S="Mongolia", T="Ireland", D="Mongolian", N="Bat Erdene", P="Darkhan", Q="Erdenet"),
    dict(A="Amber Gate Legion", S="Uruguay", T="Estonia", D="Uruguayan", N="Lucia Perez", P="Salto", Q="Rivera"),
]


def _articles() -> list[str]:
    """Articles of ten sentences in two paragraphs: five per cast, 200 sentences in all."""
    out = []
    for cast in _CASTS:
        sentences = [t.format(**cast) for t in _TEMPLATES]
        for k in range(0, len(sentences), 10):
            part = sentences[k:k + 10]
            out.append(" ".join(part[:5]) + "\n\n" + " ".join(part[5:]))
    return out


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="module")
def docs(nlp):
    """The articles parsed up to the relation component (the documents its readers see)."""
    with nlp.select_pipes(disable=["conflict_relations"]):
        return list(nlp.pipe(_articles()))


@pytest.fixture(scope="module")
def gazetteer(nlp):
    return nlp.get_pipe("conflict_relations").gazetteer


def test_the_articles_are_ours_and_many():
    assert sum(text.count(". ") + 1 for text in _articles()) >= 150


def test_positions_answer_as_a_scan_of_tokens(docs):
    for doc in docs:
        columns = DocColumns(doc)
        assert columns.positions(LOWER, REBEL_NOUNS) == [t.i for t in doc if t.lower_ in REBEL_NOUNS]
        assert columns.positions(LOWER, GOVERNMENT_NOUNS) == [t.i for t in doc if t.lower_ in GOVERNMENT_NOUNS]
        assert columns.positions(ORTH, _QUOTE_MARKS) == [t.i for t in doc if t.text in _QUOTE_MARKS]
        assert columns.positions(LEMMA, _RULING_LEMMAS) == [t.i for t in doc if t.lemma_ in _RULING_LEMMAS]
    assert any(DocColumns(doc).positions(ORTH, _QUOTE_MARKS) for doc in docs)  # (the articles hold each kind)
    assert any(DocColumns(doc).positions(LEMMA, _RULING_LEMMAS) for doc in docs)
    assert any(DocColumns(doc).positions(LOWER, REBEL_NOUNS) for doc in docs)


def test_where_answers_as_a_scan_of_tokens(docs):
    for doc in docs:
        columns = DocColumns(doc)
        assert columns.where(ORTH, _capitalised) == [t.i for t in doc if t.text[:1].isupper()]
        assert columns.where(LOWER, str.isdigit) == [t.i for t in doc if t.lower_.isdigit()]


def test_an_index_is_listed_once_and_shared(docs):
    columns = DocColumns(docs[0])
    assert columns.positions(LOWER, REBEL_NOUNS) is columns.positions(LOWER, REBEL_NOUNS)
    assert columns.where(ORTH, _capitalised) is columns.where(ORTH, _capitalised)
    assert columns.positions(LOWER, frozenset({"zzz-not-a-word"})) == []


def test_an_empty_doc_has_no_positions(nlp):
    columns = DocColumns(nlp.make_doc(""))
    assert columns.positions(LOWER, REBEL_NOUNS) == [] and columns.where(ORTH, _capitalised) == []


def test_columns_of_gives_the_read_documents_columns(docs):
    one, other = docs[0], docs[1]
    columns = DocColumns(one)
    with reading(columns):
        assert columns_of(one) is columns
        assert columns_of(other) is not columns and columns_of(other).doc is other
    assert columns_of(one) is not columns and columns_of(one).doc is one


# -- the readers' former scans, kept as references ---------------------------------------------------------------


def _framed_quote_before(trigger) -> bool:
    """``relations._framed_quote`` as it was: the sentence's quotation marks before the trigger by a scan."""
    from conflictkg.graph.lexicon import QUOTE_FRAME_NOUNS
    sent = trigger.sent
    marks = [t for t in sent if t.i < trigger.i and t.text in _QUOTE_MARKS]
    if len(marks) % 2 == 0:
        return False
    opening = len(marks) - 1
    while opening >= 0:
        before = [t for t in sent if t.i < marks[opening].i and not (t.is_punct and t.text not in _QUOTE_MARKS)][-3:]
        if len(before) >= 2 and before[-1].dep_ == "cc" and before[-2].text in _QUOTE_MARKS and opening >= 2:
            opening -= 2
            continue
        for tok in reversed(before):
            if tok.lower_ in QUOTE_FRAME_NOUNS or tok.lemma_.lower() in QUOTE_FRAME_NOUNS:
                return True
            if tok.lemma_ not in ("read", "say", "bear", "carry", "with"):
                return False
        return False
    return False


def _states_between_before(res: Resolver, start: int, end: int, parties: bool = False) -> dict:
    """``Resolver.states_between`` as it was: every token of the stretch made and tested."""
    found = {a.id: a for i, actor in res._named.items() if start <= i < end
             and (a := res._state_named(actor)) is not None}
    for tok in res.doc[start:end]:
        if parties and res._civil_home(tok):
            continue
        entry = res.gazetteer.by_demonym(tok.text) if tok.text[:1].isupper() else None
        if entry is not None:
            actor = res.state_actor(entry)
            found[actor.id] = actor
    return found


def test_framed_quote_answers_as_its_scan(docs):
    framed = 0
    for doc in docs:
        with reading(DocColumns(doc)):
            for token in doc:
                assert _framed_quote(token) == _framed_quote_before(token)
                framed += _framed_quote(token)
        assert [_framed_quote(t) for t in doc] == [_framed_quote_before(t) for t in doc]  # (and out of a reading)
    assert framed  # (the articles hold framed quotations)


def test_states_between_answers_as_its_scan(docs, gazetteer):
    for doc in docs:
        res, ref = Resolver(doc, gazetteer), Resolver(doc, gazetteer)
        for sent in doc.sents:
            for start, end in ((sent.start, sent.end), (0, sent.end), (sent.start, len(doc)), (sent.end, sent.start)):
                for parties in (False, True):
                    assert res.states_between(start, end, parties) == _states_between_before(ref, start, end, parties)
        for token in doc:
            assert res.states_between(token.i, token.i + 1) == _states_between_before(ref, token.i, token.i + 1)


def _called_rebels_before(res: Resolver, token, reach: int, word: str | None = None) -> dict:
    """``Resolver._called_rebels`` as it was: every word of the sentences before ``token`` made and tested."""
    from conflictkg.graph.segment import doc_sents
    sent = res._sent_of[token.i]
    nouns = {word} if word else REBEL_NOUNS
    called = {seen.actor.id: seen.actor for seen in res._before(token.i)
              if seen.actor.type == "ARMED_GROUP" and sent - seen.sent <= reach and seen.token not in res._named
              and res.doc[seen.token].lower_ in nouns
              and any(r.kind in ("name", "head") for r in res._memo.get((seen.token, "actor"), ()))}
    start = doc_sents(res.doc)[max(0, sent - reach)].start
    for t in res.doc[start:token.i]:
        if (not word or t.lower_ == word) and res._names_itself(t):
            called.update((r.actor.id, r.actor) for r in res.refs(t, "actor")
                          if r.kind == "name" and r.actor.type == "ARMED_GROUP")
    return called


def test_called_rebels_answer_as_their_scan(docs, gazetteer):
    """The groups named by a rebel noun before each token, read on the index and by the former scan (on a resolver
    of its own: what either reads, the resolver remembers), after the anaphor walk both make: the same groups in the
    same order, and the same references remembered on the way."""
    called = 0
    for doc in docs:
        res, ref = Resolver(doc, gazetteer), Resolver(doc, gazetteer)
        res.walk_refs()
        ref.walk_refs()
        for token in doc:
            for reach in (0, 1, 3):
                for word in (None, "insurgents", "rebels"):
                    fast = res._called_rebels(token, reach, word)
                    slow = _called_rebels_before(ref, token, reach, word)
                    assert [(k, a.name) for k, a in fast.items()] == [(k, a.name) for k, a in slow.items()]
                    called += bool(fast)
        assert sorted(res._memo) == sorted(ref._memo)
    assert called  # (the articles name groups by rebel nouns)


def test_ruling_verbs_and_government_nouns_are_found_as_by_a_scan(docs, gazetteer):
    """``_read_rulers`` reads the ruling verbs (and ``_government_owner_unread`` the government nouns) at the positions
    listed, where it tested every token: the same tokens pass its first tests."""
    from conflictkg.graph.resolve import RULING_VERBS
    ruling = 0
    for doc in docs:
        res = Resolver(doc, gazetteer)
        verbs = [t.i for t in doc if t.pos_ == "VERB" and t.lemma_ in RULING_VERBS and t.tag_ in ("VBZ", "VBP")]
        listed = [i for i in res.columns.positions(LEMMA, _RULING_LEMMAS)
                  if doc[i].pos_ == "VERB" and doc[i].tag_ in ("VBZ", "VBP")]
        assert listed == verbs
        ruling += len(verbs)
        assert isinstance(res._read_rulers(), dict)
        assert res.columns.positions(LOWER, GOVERNMENT_NOUNS) == [t.i for t in doc if t.lower_ in GOVERNMENT_NOUNS]
    assert ruling  # (the articles tell who rules a place)
