"""Readers that took the whole document's text or walked every token now read the shared text and columns, and
get what they got.

speed56 found ``Doc.text`` (which joins every token of the document anew at each access) read at every clause a
scenario run is checked for (``relations._opening_words``, ``relations._breaks_between``; also
``Resolver``'s title owners), some two thousand times per sixty articles: they now read ``segment.doc_text``, the
text joined once per document. And the attacks and killings of no named target
(``discourse._acts_on_no_named_target``) made a Token of every word of the document to find a few verbs: they now
find them from the part-of-speech and lemma columns. Checked here on sentences of our own (templates filled with
three casts of actors): each reader answers as its former code (kept here as a reference) did.
"""

from __future__ import annotations

import pytest

from conflictkg.graph.columns import DocColumns, children_of, reading
from conflictkg.graph.discourse import _acts_on_no_named_target, _Event
from conflictkg.graph.lexicon import KILLING_EVENT_VERBS, SCENARIO_EXITS, SUPPOSITION_OPENERS, UNNAMED_TARGET_ATTACK_VERBS
from conflictkg.graph.pipeline import load_pipeline
from conflictkg.graph.relations import _breaks_between, _opening_words
from conflictkg.graph.resolve import ACTOR, PLACE, Resolver
from conflictkg.graph.rules import clause_subjects, np_refs
from conflictkg.graph.segment import doc_sents

_TEMPLATES = [
    "In this scenario, the {A} seizes {P}. {S} then withdraws from {Q}.",
    "In reality, the {A} holds only the outskirts of {P}.",
    "What if the {D} army retakes {Q}? Analysts sketch three outcomes.",
    "In the first, {T} sends troops to {P}. In the second, the {A} sues for peace.",
    "Gunmen of the {A} killed 40 farmers near {Q} on Sunday.",
    "{D} jets bombed a hospital in {P}, residents said.",
    "Troops of {S} killed 20 fighters of the {A}.",
    "{N} deplored the shootings and demanded an investigation.",
    "Suppose {T} arms the {A}.\n\nToday, the {D} government rules {Q}.",
    "The {A} shelled a market; {S} said its forces struck back at {P}.",
    "Let us suppose that {S} attacks {T}. The {A} would then overrun {Q}.",
    "Militants of the {A} stormed a police post and murdered three officers.",
]

_CASTS = [
    dict(A="Crimson Tide Front", S="Malawi", T="Finland", D="Malawian", N="Joseph Banda", P="Zomba", Q="Mangochi"),
    dict(A="Salt Plain Alliance", S="Mongolia", T="Ireland", D="Mongolian", N="Bat Erdene", P="Darkhan", Q="Erdenet"),
    dict(A="Amber Gate Legion", S="Uruguay", T="Estonia", D="Uruguayan", N="Lucia Perez", P="Salto", Q="Rivera"),
]


def _articles() -> list[str]:
    """An article per cast: its sentences in paragraphs of three."""
    out = []
    for cast in _CASTS:
        sentences = [t.format(**cast) for t in _TEMPLATES]
        out.append("\n\n".join(" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)))
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


# -- the readers' former code, kept as references -----------------------------------------------------------------


def _opening_words_before(sent, phrases) -> int:
    """``relations._opening_words`` as it was: the words' text cut from ``doc.text``."""
    words = [t for t in sent if not t.is_space and not t.is_punct][:4]
    for k in range(len(words), 0, -1):
        if sent.doc.text[words[0].idx:words[k - 1].idx + len(words[k - 1])].lower() in phrases:
            return words[k - 1].i + 1 - sent.start
    return 0


def _breaks_between_before(doc, start: int, end: int) -> bool:
    """``relations._breaks_between`` as it was: the stretch cut from ``doc.text``."""
    first, last = doc[max(start - 1, 0)].idx, doc[min(end, len(doc) - 1)].idx
    return "\n" in doc.text[first:last] or any(first <= a < last for a, _ in doc._.datelines)


def _acts_before(doc, res, sent_of, events, verbs, agent_kept) -> list[_Event]:
    """``discourse._acts_on_no_named_target`` as it was: every token of the document made and tested."""
    from conflictkg.graph.relations import _context

    known = {e.token for e in events}
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.i in known or verb.lemma_.lower() not in verbs:
            continue
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        if not objects or any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)):
            continue
        if any(np_refs(o, res, PLACE) or np_refs(o, res, ACTOR) for o in objects):
            continue
        agents = [r for s in clause_subjects(verb) for r in np_refs(s, res, ACTOR) if agent_kept(r)]
        ctx = _context(verb, res)
        if agents and not (ctx.negated or ctx.blocked or ctx.purpose):
            out.append(_Event("attack", verb.i, sent_of[verb.i], verb.lemma_.lower(), tuple(agents)))
    return out


# -- the checks ---------------------------------------------------------------------------------------------------


def test_the_articles_hold_what_the_readers_look_for(docs):
    assert all(len(doc_sents(doc)) >= 12 for doc in docs)
    assert any(_opening_words_before(s, SCENARIO_EXITS) for doc in docs for s in doc_sents(doc))
    assert any(_opening_words_before(s, SUPPOSITION_OPENERS) for doc in docs for s in doc_sents(doc))
    assert any(_breaks_between_before(doc, s.end, s.end + 1) for doc in docs for s in doc_sents(doc)[:-1])


def test_opening_words_answer_as_before(docs):
    for doc in docs:
        for sent in doc_sents(doc):
            for phrases in (SCENARIO_EXITS, SUPPOSITION_OPENERS):
                assert _opening_words(sent, phrases) == _opening_words_before(sent, phrases)


def test_breaks_between_answer_as_before(docs):
    for doc in docs:
        sents = doc_sents(doc)
        for k, sent in enumerate(sents):
            for later in sents[k + 1:k + 4]:
                for end in (later.start, later.start + 1):
                    assert _breaks_between(doc, sent.end, end) == _breaks_between_before(doc, sent.end, end)


@pytest.mark.parametrize("verbs", [UNNAMED_TARGET_ATTACK_VERBS, KILLING_EVENT_VERBS])
def test_acts_on_no_named_target_answer_as_before(docs, gazetteer, verbs):
    found = 0
    for doc in docs:
        columns = DocColumns(doc)
        with reading(columns):
            res = Resolver(doc, gazetteer, columns=columns)
            res.walk_refs()
            for events in ([], _acts_before(doc, res, res._sent_of, [], verbs, lambda r: True)[:1]):
                for keep in (lambda r: r.actor.type != "LOCATION", lambda r: r.actor.type in ("ARMED_GROUP", "STATE")):
                    now = _acts_on_no_named_target(doc, res, res._sent_of, events, verbs, keep)
                    assert now == _acts_before(doc, res, res._sent_of, events, verbs, keep)
                    found += len(now)
    assert found  # (the articles hold such acts)
