"""The extraction rules: each reads one construction off the dependency parse.

Every rule takes a token and the document's :class:`Resolver` and yields
:class:`Candidate` relations; the relation component (``relations.py``) then reads
polarity, hedging, dates and evidence around the trigger and turns candidates into
:class:`~conflictkg.graph.model.Relation` objects. A candidate records the name of
the rule that found it (``verb:active``, ``noun:poss``, ``title``...), so every
relation in the graph says how it was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Token

from conflictkg.graph.lexicon import (
    PARTITIVES, BETWEEN_NOUNS, COMPOUND_ADJ, EVENT_GOVERNORS, GOVERNMENT_NOUNS, LEADER_TITLES, MEMBER_TITLES,
    NOUN_FRAMES, PLACE_NOUNS, RECEIVING_VERBS, REVERSING_VERBS, VERB_FRAMES, Frame,
)
from conflictkg.graph.model import Actor
from conflictkg.graph.resolve import ACTOR, PARTIES_ACTOR, PLACE, Ref, Resolver, no_longer_the_group

__all__ = ["Candidate", "RULES", "clause_subjects"]

_VERBAL = {"VERB", "AUX"}
# "hundreds of insurgents", "the whole of Mosul": the of-phrase is the referent ("most of X" is not X)
_QUANTITIES = {"whole", "entirety", "all", "hundreds", "thousands", "dozens", "scores", "hundred", "thousand", "dozen"}
_OUSTER_VERBS = {"remove", "oust", "topple", "overthrow", "depose", "unseat", "defeat", "destroy", "eliminate"}
_OUSTER_NOUNS = {"ouster", "overthrow", "removal", "toppling", "downfall", "defeat", "destruction"}
_WANTING = {"want", "seek", "demand", "urge", "push", "vow", "pledge", "aim", "wish"}
_MATERIEL = {"weapon", "weapons", "arm", "arms", "aid", "ammunition", "munition", "missile", "drone", "equipment",
             "fund", "money", "assistance", "tank", "jet", "artillery", "shell", "rocket", "supply", "supplies", "system"}
_OWN_BODIES = {"party", "movement", "group", "militia", "faction", "organisation", "organization", "alliance"}
_OWNED = {"use", "hold", "control", "run", "operate", "occupy", "own", "man", "garrison"}
_HIT_VERBS = {"kill", "hit", "target", "destroy", "wound", "strike", "damage", "level", "flatten"}
_RANKS = {"senior", "deputy", "regional", "local", "field", "top", "mid-level", "assistant", "vice"}
_HEAD_OF_STATE = {"president", "premier", "king", "emir", "chancellor", "sultan", "prime minister", "ruler", "dictator"}


@dataclass
class Candidate:
    """A relation found by a rule, before polarity, qualifiers and evidence are read."""

    subjects: list[Ref]
    predicate: str
    objects: list[Ref]
    trigger: Token
    rule: str
    confidence: float = 0.85
    designation: str | None = None
    negated: bool = False
    former: bool = False
    clausal: bool = True  # False for phrase-level rules (titles, appositions): clause negation does not reach them


# -- argument helpers ----------------------------------------------------------------
def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def np_refs(token: Token, res: Resolver, role: str = ACTOR, conjuncts: bool = True) -> list[Ref]:
    """The actors a noun phrase refers to: the head, else its apposition, across "and"."""
    out: list[Ref] = []
    toks = _with_conjuncts(token) if conjuncts else [token]
    if conjuncts and res.named(token):
        # "Mali, Burkina Faso and Niger": a list the parser read as an apposition (same type, both named)
        for child in token.children:
            other = res.named(child)
            if child.dep_ == "appos" and other is not None and other.type == res.named(token).type \
                    and not any(w.lower_ in ("not", "rather", "instead") for w in token.doc[token.i:child.i]):  # "Russia, not Ukraine"
                toks += [t for t in _with_conjuncts(child) if t not in toks]
    for tok in toks:
        if no_longer_the_group(tok):
            continue  # "former members of the FARC" are not the FARC
        # "the AFC, a coalition led by X": the apposition names what the noun is.
        refs = res.refs(tok.head, role) if tok.dep_ == "appos" and res.named(tok.head) and not res.named(tok) else []
        if not refs and not res.named(tok):  # "two of Haiti's gangs, the Viv Ansanm coalition and Gran Grif"
            if tok.pos_ == "NUM" or tok.lemma_.lower() in _QUANTITIES or tok.lower_ in _QUANTITIES:
                refs = [r for p in _preps(tok, "of") for r in np_refs(p, res, role)]
            appos = [c for c in tok.children if c.dep_ == "appos"]
            if not refs and appos and tok.pos_ in ("NOUN", "NUM"):
                refs = np_refs(appos[0], res, role)
        refs = refs or res.refs(tok, role)
        if not refs and tok.pos_ == "NOUN":  # "sites used by the Houthis", "positions held by the army"
            refs = [r for c in tok.children if c.dep_ == "acl" and c.lemma_ in _OWNED
                    for r in _slot(c, "agent", res, ACTOR)]
        if not refs:
            if tok.dep_ == "appos":
                refs = res.refs(tok.head, role)
            else:
                for child in tok.children:
                    if child.dep_ == "appos":
                        refs = np_refs(child, res, role)
                        if refs:
                            break
        if not refs and tok.dep_ == "attr":
            refs = [r for s in _copula_subjects(tok) for r in res.refs(s, role)]
        if not refs and tok.pos_ in ("NOUN", "PROPN"):  # "adversaries of the US, including Iran and Russia"
            for inner in tok.subtree:
                if inner.lower_ in ("including", "like") and inner.dep_ == "prep":
                    refs = [r for p in inner.children if p.dep_ == "pobj" for r in np_refs(p, res, role)]
                    break
        out.extend(r for r in refs if r not in out)
    return out


def in_clause(tok: Token, root: Token) -> bool:
    """Whether ``tok`` hangs from ``root`` without passing through another verb (a clause of its own)."""
    node = tok.head
    while node != root:
        if node.pos_ in _VERBAL or node.head == node:
            return False
        node = node.head
    return True


def _copula_subjects(token: Token) -> list[Token]:
    head = token.head
    if head.lemma_ in ("be", "remain", "become", "stay") or head.pos_ == "AUX":
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def clause_subjects(verb: Token) -> list[Token]:
    """The subject of ``verb``, inherited through "and", "to", participles and relative clauses."""
    seen = 0
    while seen < 6:
        seen += 1
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if not subs and verb.pos_ == "VERB":  # "the M23, which Rwanda backs": the subject misread as a compound
            subs = [c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < verb.i]
        if subs:
            return subs + _companions(verb, subs)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.dep_ == "dobj":
            verb = verb.head.head  # "launched a campaign to retake it": the launcher retakes
            continue
        if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
            return [verb.head]
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in _VERBAL | {"NOUN"} and verb.head != verb:
            if verb.head.pos_ == "NOUN":
                return []
            verb = verb.head
            continue
        return []
    return []


def _companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """"Iran, along with Russia, backs X": who shares the subject's role, whether "along with" hangs
    on the verb or on the subject."""
    out = []
    for holder in (verb, *subjects):
        for prep in holder.children:
            if prep.dep_ in ("prep", "advmod") and prep.lower_ in ("along", "together"):
                out += [p for w in prep.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
            elif prep.dep_ == "prep" and prep.lower_ == "with" and any(w.lower_ in ("along", "together")
                                                                      for w in prep.children):
                out += [p for p in prep.children if p.dep_ == "pobj"]
    return out


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


_PARTICLES = {"back", "out", "away", "off", "up", "down"}


def _preps(token: Token, names: str) -> list[Token]:
    wanted = set(names.split("|"))
    # "pulled back from X": a phrasal verb's particle may carry the preposition
    holders = [token, *(c for c in token.children if c.dep_ in ("prt", "advmod") and c.lower_ in _PARTICLES)]
    return [p for h in holders for c in h.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in wanted
            for p in c.children if p.dep_ in ("pobj", "pcomp")]


def _slot(token: Token, slot: str, res: Resolver, role: str) -> list[Ref]:
    """The actors found at ``slot`` of ``token`` (see the slot names in ``lexicon.py``)."""
    if slot.startswith("prep:"):
        toks = _preps(token, slot[5:])
    elif slot == "agent":
        toks = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not toks and token.tag_ == "VBN":  # "designated as a terrorist organization | by the US": misattached
            toks = [p for c in token.subtree if c.dep_ == "prep" and c.lower_ == "by" and in_clause(c, token)
                    for p in c.children if p.dep_ == "pobj"]
    elif slot in ("compound", "named_compound"):  # "a US drone strike", "Iranian support": names (and demonyms)
        toks = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i]
        # "Russian missile strikes": the demonym may modify the compound rather than the head
        toks += [g for c in toks for g in c.children if g.dep_ in ("compound", "nmod", "amod") and g.i < c.i]
        toks = [t for t in toks if res.named(t) or (slot == "compound" and res.gazetteer.by_demonym(t.text))]
    elif slot == "gov_subj":
        toks = _governor_subjects(token, EVENT_GOVERNORS)
    elif slot == "gov_subj_attr":
        toks = []
        if token.dep_ == "conj" and token.head.dep_ in ("attr", "appos"):  # "X, an affiliate of Y and a rival of Z"
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("one", "some", "among"):
            token = token.head.head  # "X is one of Y's main suppliers"
        named_appos = [c for c in token.children if c.dep_ == "appos" and res.named(c)]
        if named_appos:  # "the al Qaeda affiliate JNIM"
            toks = named_appos
        elif token.dep_ == "attr":
            toks = _copula_subjects(token)
        elif token.dep_ == "appos":
            toks = [token.head]
    else:
        toks = [c for c in token.children if c.dep_ == slot]
    out: list[Ref] = []
    for tok in toks:
        if slot == "compound" and not res.named(tok):  # "Iranian support": the demonym's state
            out.append(Ref(res.state_actor(res.gazetteer.by_demonym(tok.text)), "name"))
            continue
        for ref in np_refs(tok, res, role):
            if ref not in out:
                out.append(ref)
    return out


def _governor(noun: Token) -> Token | None:
    """The verb a noun hangs from, directly or through one preposition."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PARTITIVES:
        noun = noun.head.head  # "carried out thousands of air strikes"
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in _VERBAL:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ in _VERBAL:
            return verb
        if verb.dep_ in ("dobj", "pobj") and verb.head.pos_ in _VERBAL:  # "took part in the assault"
            return verb.head
    return None


def _governor_subjects(noun: Token, verbs: frozenset[str]) -> list[Token]:
    verb = _governor(noun)
    if verb is None:
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "in"):  # "is at war with", "died during a clash with"
        return clause_subjects(verb)
    if verb.lemma_ in verbs or verb.lemma_ in ("take", "join", "participate", "play"):
        return clause_subjects(verb)
    return []


def _under(noun: Token) -> Token | None:
    """"under sanctions", "under attack": the governor's subject is the one affected. Returns "under"."""
    if noun.dep_ == "conj":  # "under both UN and US sanctions"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return noun.head
    return None


# -- rules ------------------------------------------------------------------------
# Past forms the small tagger sometimes reads as nouns ("the army retook Khartoum").
_IRREGULAR = {"retook": "retake", "overran": "overrun", "took": "take", "fought": "fight", "shot": "shoot",
              "struck": "strike", "withdrew": "withdraw", "led": "lead", "held": "hold", "fell": "fall"}


def _verb_lemma(token: Token) -> str | None:
    if token.pos_ in _VERBAL:
        return _IRREGULAR.get(token.lower_, token.lemma_) if token.lemma_ == token.lower_ else token.lemma_
    if token.lower_ in _IRREGULAR and any(c.dep_ == "nsubj" for c in token.children):
        return _IRREGULAR[token.lower_]
    return None


def verb_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """Verb triggers, active and passive: "HTS captured Hama", "Hama was captured by HTS"."""
    lemma = _verb_lemma(token)
    if lemma not in VERB_FRAMES:
        return
    frames = VERB_FRAMES[lemma]
    if any(c.lower_ == "alongside" for c in token.children):  # read the alliance, then the common enemy
        frames = sorted(frames, key=lambda f: f.predicate != "allied_with")
    for frame in frames:
        anchor = _particle_anchor(token, frame)
        if anchor is None:
            continue
        obj_role = PLACE if frame.object_place else ACTOR
        passive = _is_passive(token)
        if token.dep_ == "acl" and token.tag_ == "VBN" and frame.obj != ("dobj",) and frame.subj == ("nsubj",):
            # "a faction previously affiliated with al-Qaeda"
            subjects = np_refs(token.head, res, ACTOR)
            objects = [r for slot in frame.obj for r in _slot(anchor, slot, res, obj_role)]
            rule = "verb:participle"
        elif token.dep_ == "acl" and token.tag_ == "VBN" and frame.obj == ("dobj",):
            # "the Assad government backed by Russia", "Gran Grif, led by Luckson Elan"
            subjects, objects, rule = _slot(token, "agent", res, ACTOR), np_refs(token.head, res, obj_role), "verb:participle"
        elif token.dep_ == "advcl" and token.tag_ == "VBN" and frame.obj == ("dobj",) and _slot(token, "agent", res, ACTOR):
            # "SAF troops entered the city, backed by fighters of the Sudan Shield Forces"
            objects = [r for t in clause_subjects(token.head) for r in np_refs(t, res, obj_role)]
            subjects, rule = _slot(token, "agent", res, ACTOR), "verb:participle"
        elif passive and frame.obj == ("dobj",):
            objects = [r for c in token.children if c.dep_ == "nsubjpass" for r in np_refs(c, res, obj_role)]
            subjects, rule = _slot(token, "agent", res, ACTOR), "verb:passive"
        else:
            subjects = _subjects(token, frame, res)
            objects = [r for slot in frame.obj for r in _slot(anchor if slot != "nsubj" else token, slot, res, obj_role)]
            if not objects and anchor != token:  # "took control | of X": the PP hangs on the verb
                objects = [r for slot in frame.obj if slot.startswith("prep:") for r in _slot(token, slot, res, obj_role)]
            if not objects and "dobj" in frame.obj:  # "attack departing US troops", misparsed as a complement
                objects = [r for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                           for r in _slot(c, "dobj", res, obj_role)]
            if not objects and frame.predicate == "withdraws_from" and not passive and not any(
                    c.dep_ in ("dobj", "prep", "prt") for c in token.children):
                objects = _recent_place(token, res)
            rule = "verb:active"
        if not objects and frame.predicate == "attacks":  # "stormed a school in the town of Chibok"
            targets = [c for c in token.children if c.dep_ == "dobj"]
            objects = [r for t in [*targets, token] for r in _slot(t, "prep:in", res, PLACE)
                       if r.actor.type == "LOCATION"][:1]
            rule += ":place"
        if frame.object_types:
            objects = [o for o in objects if o.actor.type in frame.object_types]
        if frame.predicate == "captures" and subjects and not passive:  # "retook the palace from the RSF": enemies
            holders = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "from" may hang on the object
            losers = [r for t in holders for r in _slot(t, "prep:from", res, ACTOR) if r.actor.type != "LOCATION"]
            if losers:
                yield Candidate(subjects, "opposes", losers, token, "captures-from", 0.75)
        if subjects and objects:
            yield Candidate(subjects, frame.predicate, objects, token, rule, frame.confidence,
                            designation=_designation(token) if frame.designation else None, negated=frame.negated)
            if frame.predicate != "allied_with":
                return  # one reading per verb
            # "fought alongside X against Y": both X and the subject oppose Y
            holders = [token, *(p for c in token.children if c.lower_ == "alongside" for p in c.children)]
            enemies = [r for t in holders for r in _slot(t, "prep:against", res, ACTOR)]
            if enemies:
                yield Candidate(subjects + objects, "opposes", enemies, token, "verb:alongside-against", 0.8)
            return


def _subjects(token: Token, frame: Frame, res: Resolver) -> list[Ref]:
    if frame.subj == ("nsubj",):
        toks = clause_subjects(token)
        return [r for t in toks for r in np_refs(t, res, ACTOR)]
    return [r for slot in frame.subj for r in _slot(token, slot, res, ACTOR)]


def _particle_anchor(token: Token, frame: Frame) -> Token | None:
    """Where the object is read from, once a required particle is found ("take *control* of")."""
    if frame.particle is None:
        return token
    wanted = frame.particle.split("|")
    for child in token.children:
        if child.lower_ in wanted or child.lemma_ in wanted:
            return child if child.dep_ == "dobj" else token
    return None


def _recent_place(token: Token, res: Resolver) -> list[Ref]:
    """An intransitive "withdrew": from the place the text was just talking about."""
    sent = token.sent
    for prev in reversed(list(token.doc[max(0, sent.start - 80):sent.start])):
        refs = res.refs(prev, PLACE) if res.named(prev) else []
        if refs and refs[0].actor.type == "LOCATION":
            return [Ref(refs[0].actor, "anaphor")]
    return []


def _designation(token: Token) -> str | None:
    """"designated X as a terrorist organisation" -> "terrorist organisation"."""
    for child in token.children:
        targets = []
        if child.dep_ == "prep" and child.lower_ == "as":
            targets = [p for p in child.children if p.dep_ == "pobj"]
        elif child.dep_ in ("oprd", "attr", "ccomp", "xcomp") or (child.dep_ == "dobj" and child.pos_ == "NOUN"):
            targets = [child]
        for t in targets:
            words = [w.text for w in t.subtree if w.dep_ not in ("det", "punct") and w.i <= t.i]
            if words and any(w.lemma_ in ("organisation", "organization", "group", "terrorist", "entity", "sponsor")
                             for w in t.subtree):
                return " ".join(words)
    return None


def noun_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """Noun triggers: "the capture of X by Y", "Y's takeover of X", "support from Y", "a NATO member"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in NOUN_FRAMES or res.named(token):
        return
    for frame in NOUN_FRAMES[token.lemma_.lower()]:
        obj_role = PLACE if frame.object_place else ACTOR
        subjects = [r for slot in frame.subj for r in _slot(token, slot, res, ACTOR)]
        objects = [r for slot in frame.obj for r in _slot(token, slot, res, obj_role)]
        if token.dep_ == "conj" and token.head.pos_ == "NOUN":  # "weapons and aid from Russia"
            subjects = subjects or [r for slot in frame.subj if slot.startswith("prep:")
                                    for r in _slot(token.head, slot, res, ACTOR)]
            objects = objects or [r for slot in frame.obj for r in _slot(token.head, slot, res, obj_role)]
        participles = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if participles:  # "the sanctions imposed on Russia by the EU"
            subjects = subjects or [r for c in participles for r in _slot(c, "agent", res, ACTOR)]
            objects = objects or [r for c in participles for slot in frame.obj if slot.startswith("prep:")
                                  for r in _slot(c, slot, res, obj_role)]
        if not subjects and objects:  # "the capture of Raqqa | by the SDF": "by" misattached below
            subjects = [r for o in token.subtree if o.dep_ == "prep" and o.lower_ == "by" and o.head != token
                        for p in o.children if p.dep_ == "pobj" for r in np_refs(p, res, ACTOR)]
        if not objects and frame.predicate == "attacks" and token.dep_ == "nsubj" and token.head.lemma_ in _HIT_VERBS:
            # "a US drone strike killed two ISIS-K members": the strike's victims are its target
            objects = _slot(token.head, "dobj", res, obj_role)
        if not objects and token.dep_ in ("dobj", "attr"):  # "spearheaded the assault | on Hama": the PP hangs on the verb
            objects = [r for slot in frame.obj if slot.startswith("prep:") for r in _slot(token.head, slot, res, obj_role)]
        elif not objects and token.dep_ == "pobj" and token.head.head.pos_ in _VERBAL:  # "spent money on aid | to X"
            objects = [r for slot in frame.obj if slot.startswith("prep:")
                       for r in _slot(token.head.head, slot, res, obj_role)]
        rule = "noun"
        if frame.predicate == "supports":
            recipient = _support_recipient(token, res)
            if recipient:
                givers = [token, token.head] if token.dep_ == "conj" else [token]
                subjects = next((found for t in givers if (found := [
                    r for slot in ("prep:from|of", "poss", "agent", "compound") for r in _slot(t, slot, res, ACTOR)])), [])
                if not subjects and token.dep_ == "dobj":  # "received support | from Turkey": the PP hangs on the verb
                    subjects = _slot(token.head, "prep:from", res, ACTOR)
                objects, rule = recipient, "noun:received"
        under = _under(token)
        if under is not None:
            verb = under.head
            objects = [r for t in (_copula_subjects(under) or clause_subjects(verb)) for r in np_refs(t, res, obj_role)]
            subjects = [r for slot in ("compound", "poss", "prep:of|by") for r in _slot(token, slot, res, ACTOR)]
            if token.dep_ == "conj" and res.named(token.head):
                subjects = np_refs(token.head, res, ACTOR, conjuncts=False) + subjects
            rule = "noun:under"
        subjects = [s for s in subjects if s not in objects]
        if subjects and objects:
            # "Turkey, a NATO member": an apposition is a phrase of its own, outside the clause.
            yield Candidate(subjects, frame.predicate, objects, token, rule, frame.confidence * 0.95,
                            clausal=token.dep_ != "appos", negated=frame.negated)
            enemies = [o for o in _slot(token, "prep:against", res, ACTOR) if o.actor.type not in ("LOCATION",)]
            if frame.predicate == "attacks" and enemies:  # "an offensive against government forces": hostility too
                yield Candidate(subjects, "opposes", enemies, token, "noun:against", frame.confidence * 0.9)
            return


def _support_recipient(noun: Token, res: Resolver) -> list[Ref]:
    """"received support from", "relies on aid from", "with backing from": the governor's subject receives."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb = noun.head.head
        while verb.pos_ not in _VERBAL and verb.head != verb:
            verb = verb.head
        if verb.pos_ in _VERBAL:
            return [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)]
    verb = _governor(noun.head if noun.dep_ == "conj" else noun)
    if verb is not None and verb.lemma_ in RECEIVING_VERBS:
        return [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)]
    return []


def compound_adjective_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Turkey-backed HTS", "Islamic State-linked insurgents", "HTS-held Idlib"."""
    entry = COMPOUND_ADJ.get(token.lower_)
    if entry is None or token.dep_ not in ("amod", "compound", "nmod", "acl"):
        return
    hyphen = token.i > 0 and token.doc[token.i - 1].text in ("-", "–")
    if not hyphen:
        return
    predicate, noun_is_object = entry
    modifier = token.doc[token.i - 2] if token.i >= 2 else None
    if modifier is None:
        return
    actors = res.refs(modifier, ACTOR)
    if not actors:
        state = res.gazetteer.by_demonym(modifier.text)
        actors = [Ref(res.state_actor(state), "name")] if state else []
    place = predicate == "captures"
    nouns = np_refs(token.head, res, PLACE if place else ACTOR, conjuncts=False)
    if not actors or not nouns:
        return
    if noun_is_object:
        yield Candidate(actors, predicate, nouns, token, "compound-adjective", 0.85, clausal=False)
    else:
        yield Candidate(nouns, predicate, actors, token, "compound-adjective", 0.8, clausal=False)


def title_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"HTS commander Hassan Abdul-Ghani", "Russian President Vladimir Putin"."""
    person = res.named(token)
    if person is None or person.type != "PERSON":
        return
    if token.dep_ == "poss" and token.head.lower_ in GOVERNMENT_NOUNS:
        return  # "Syrian President Bashar al-Assad's regime": he leads the regime (government_leader_rule)
    mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    mods += [g for c in mods for g in c.children if g.dep_ in ("compound", "amod", "nmod", "poss") and g.i < c.i]
    if mods:  # "Veltria's President N", the possessor hung on the name
        mods += [c for c in token.children if c.dep_ == "poss" and c.i < token.i and res.named(c) is not None]
    # The parser sometimes hangs the title beside the name; read the words just before it too.
    left = token.i - 1
    while left >= 0 and token.i - left <= 5 and token.doc[left].pos_ in ("PROPN", "NOUN", "ADJ") \
            and not token.doc[left].is_sent_end and (res.named(token.doc[left]) is None or token.i - left > 1):
        if token.doc[left] not in mods:
            mods.append(token.doc[left])
        left -= 1
    words = {m.lower_ for m in mods}
    if "prime" in words and "minister" in words:
        words.add("prime minister")
    if words & {"former", "ex", "late"}:
        return  # a former commander does not lead; what he led is history the text does not date
    if words & LEADER_TITLES and not words & _RANKS:
        predicate = "leads"
    elif words & (MEMBER_TITLES | LEADER_TITLES):  # "senior commander X" is one of many
        predicate = "member_of"
    else:
        return
    head_of_state = bool(words & _HEAD_OF_STATE)
    # "Sudanese army chief X": the army, an arm of the state's government, is what he leads.
    army = bool(words & {"army", "military", "armed"})
    if head_of_state and predicate == "leads" and not any(
            res.named(m) or res.gazetteer.by_demonym(m.text) for m in mods):
        # "President Volodymyr Zelensky": the gazetteer knows which state he heads
        state, rule = res.state_of(person), "title:gazetteer"
        if state is None and res.entry(person) is None and words & {"president", "prime minister", "premier"}:
            # a president the gazetteer does not know, in an article that names one state only
            state, rule = res.only_state(), "title:salient"
        if state is not None:
            res.note_leader(person, res.state_actor(state))
            res.note_person_state(person, state)
            yield Candidate([Ref(person, "name")], "leads", [Ref(res.state_actor(state), "name")], token,
                            rule, 0.8 if rule == "title:gazetteer" else 0.7, clausal=False)
        return
    for mod in sorted(mods, key=lambda t: t.i):
        ref = _organisation(mod, res, army)
        if ref is None and head_of_state and predicate == "leads" and mod.dep_ == "poss":
            state = res.as_state(mod)  # "Veltria's President N": a state the gazetteer does not know
            ref = Ref(state, "name") if state is not None else None
        if ref is not None:
            entry = res.entry(ref.actor)
            if head_of_state and entry is not None and entry.type == "STATE":
                res.note_person_state(person, entry)
            if predicate == "leads":
                res.note_leader(person, ref.actor)
            yield Candidate([Ref(person, "name")], predicate, [ref], token, "title", 0.9, clausal=False)
            return


def _organisation(mod: Token, res: Resolver, army: bool) -> Ref | None:
    """The body a title belongs to: a named actor, or a demonym's state (its government, for an army)."""
    if mod.lower_ in GOVERNMENT_NOUNS and res.salient_state is not None:  # "junta spokesman X"
        return Ref(res.government(res.salient_state), "anaphor")
    named = res.named(mod)
    if named is not None and named.type not in ("PERSON", "LOCATION"):
        entry = res.entry(named)
        if army and named.type == "STATE" and entry is not None:
            return Ref(res.government(entry), "name")
        return Ref(named, "name")
    state = res.gazetteer.by_demonym(mod.text)
    if state is not None:
        return Ref(res.government(state) if army else res.state_actor(state), "name")
    return None


def _title_body(title: Token, res: Resolver, slots: tuple[str, ...]) -> tuple[str, list[Ref]]:
    """What a title noun says: "the leader of Y" leads Y; "a senior commander of Y" is a member of Y."""
    ranked = any(c.lower_ in _RANKS | {"a", "an"} for c in title.children)
    predicate = "leads" if title.lemma_.lower() in LEADER_TITLES and not ranked else "member_of"
    return predicate, [r for slot in slots for r in _slot(title, slot, res, ACTOR)]


def _titled(person: Actor, predicate: str, orgs: list[Ref], title: Token, res: Resolver, rule: str,
            confidence: float) -> Iterator[Candidate]:
    orgs = [r for r in orgs if r.actor.type not in ("PERSON", "LOCATION")]
    if orgs:
        if predicate == "leads":
            res.note_leader(person, orgs[0].actor)
        yield Candidate([Ref(person, "name")], predicate, orgs[:1], title, rule, confidence, clausal=False)


def apposition_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Doha, Qatar"; "Hama, Syria's fourth-largest city"; "X, the leader of Y"; "the leader of Y, X"."""
    if token.dep_ != "appos":
        return
    head = token.head
    a, b = res.named(head), res.named(token)
    if a is not None and b is not None:
        pa, pb = res.refs(head, PLACE), res.refs(token, PLACE)
        if pa and pb and pa[0].actor.type == "LOCATION" and pb[0].actor.type in ("STATE", "LOCATION"):
            yield Candidate(pa, "located_in", pb, token, "apposition:place", 0.85, clausal=False)
        return
    person, title = (a, token) if a is not None else (b, head)
    if person is not None and person.type == "PERSON" and title.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES:
        predicate, orgs = _title_body(title, res, ("poss", "prep:of", "compound"))
        if any(c.lower_ in ("army", "military") for c in title.children):
            orgs = [Ref(res.government(e), "name") if (e := res.entry(r.actor)) and e.type == "STATE" else r for r in orgs]
        yield from _titled(person, predicate, orgs, title, res, "apposition:title", 0.9)
        return
    if a is not None and token.lemma_.lower() in PLACE_NOUNS:
        place = res.refs(head, PLACE)
        containers = [r for slot in ("poss", "prep:of|in") for r in _slot(token, slot, res, PLACE)]
        for child in token.children:
            state = res.gazetteer.by_demonym(child.text) if child.dep_ in ("amod", "compound") else None
            if state is not None:
                containers.append(Ref(res.state_actor(state), "name"))
        if place and place[0].actor.type == "LOCATION" and containers:
            yield Candidate(place, "located_in", containers[:1], token, "apposition:place", 0.85, clausal=False)


def place_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"the National Penitentiary in Port-au-Prince", "Syria's Latakia province", "Kabul, Afghanistan"."""
    place = res.named(token)
    if place is None and token.lemma_.lower() in PLACE_NOUNS and any(
            c.dep_ == "poss" and res.named(c) for c in token.children):
        place = next(iter(r.actor for r in res.refs(token, PLACE)), None)  # "Kabul's airport": the airport named before
    if place is None:
        return
    here = res.refs(token, PLACE)
    if not here or here[0].actor.type != "LOCATION":
        return
    containers = [r for r in _slot(token, "prep:in", res, PLACE) if r.actor.type in ("LOCATION", "STATE")]
    rule = "place:in"
    if not containers:
        containers = [r for c in token.children if c.dep_ == "poss" and res.named(c)
                      for r in np_refs(c, res, PLACE) if r.actor.type in ("LOCATION", "STATE")]
        rule = "place:possessive"
    if not containers and token.dep_ == "compound" and token.head.lemma_.lower() in PLACE_NOUNS:
        # "Mozambique's northern Cabo Delgado province" (a named possessor, not "its")
        containers = [r for c in token.head.children if c.dep_ == "poss" and res.named(c)
                      for r in np_refs(c, res, PLACE) if r.actor.type in ("LOCATION", "STATE")]
        rule = "place:possessive"
    if containers:
        yield Candidate(here, "located_in", containers[:1], token, rule, 0.8, clausal=False)


def between_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"conflict between A and B", "talks between A and B"."""
    predicate = BETWEEN_NOUNS.get(token.lemma_.lower()) or BETWEEN_NOUNS.get(token.lower_)
    if predicate is None or not (token.pos_ in ("NOUN", "PROPN") or token.tag_ == "VBG"):  # "fighting between"
        return
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            sides = [r for p in prep.children if p.dep_ == "pobj" for r in np_refs(p, res, ACTOR)]
            if len(sides) >= 2:
                yield Candidate(sides[:1], predicate, sides[1:], token, "between", 0.85)


def agreement_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"A and B agreed / signed / negotiated": coordinated subjects negotiate with each other."""
    if token.pos_ not in _VERBAL or token.lemma_ not in ("agree", "sign", "negotiate", "meet", "talk", "fight", "wage"):
        return
    if token.lemma_ in ("fight", "wage") and not any(c.dep_ == "dobj" and c.lemma_ in BETWEEN_NOUNS for c in token.children):
        return
    subjects = [r for t in clause_subjects(token) for r in np_refs(t, res, ACTOR)]
    if token.lemma_ in ("fight", "wage") and len(subjects) >= 2 and not any(
            res.refs(c, ACTOR) for c in token.children if c.dep_ == "dobj"):
        # "the two countries fought a border war": against each other
        yield Candidate(subjects[:1], "opposes", subjects[1:], token, "war:coordinated", 0.75)
        return
    if len(subjects) == 1 and subjects[0].kind == "distributive":  # "both sides agreed to resume talks"
        yield Candidate(subjects, "negotiates_with", subjects, token, "agreement:sides", 0.75)
    if len(subjects) >= 2:
        yield Candidate(subjects[:1], "negotiates_with", subjects[1:], token, "agreement:coordinated", 0.8)
        # "A and B agreed to end the fighting": they were fighting each other.
        for xcomp in (c for c in token.children if c.dep_ == "xcomp" and c.lemma_ in ("end", "halt", "stop", "cease")):
            if any(BETWEEN_NOUNS.get(w.lemma_.lower()) == "opposes" or w.lower_ in BETWEEN_NOUNS
                   and BETWEEN_NOUNS[w.lower_] == "opposes" for w in xcomp.subtree if w != xcomp):
                yield Candidate(subjects[:1], "opposes", subjects[1:], xcomp, "agreement:end-war", 0.75)
        # Leaders who sign do so for what they lead: "Colombia's president and the FARC's leader signed".
        bodies = [Ref(body, "name") for r in subjects if (body := res.led_by(r.actor)) is not None]
        if len(bodies) >= 2:
            yield Candidate(bodies[:1], "negotiates_with", bodies[1:], token, "agreement:leaders", 0.75)


def broker_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"a deal brokered by Russia", "China brokered a ceasefire between A and B": the broker deals with each party."""
    if token.lemma_ not in ("broker", "mediate", "facilitate", "host"):
        return
    if token.dep_ != "acl":  # active: the parties are named in the deal's "between" phrase
        deals = [c for c in token.children if c.dep_ == "dobj" and (c.lemma_.lower() in BETWEEN_NOUNS or c.lower_ in BETWEEN_NOUNS)]
        parties = [r for d in deals for p in _preps(d, "between") for r in np_refs(p, res, ACTOR)]
        brokers = [r for t in clause_subjects(token) for r in np_refs(t, res, ACTOR)]
        parties = [p for p in parties if p not in brokers]
        if brokers and parties:
            yield Candidate(brokers, "negotiates_with", parties, token, "broker", 0.8)
        return
    deal = token.head
    brokers = _slot(token, "agent", res, ACTOR)
    parties: list[Ref] = []
    for verb in deal.ancestors:  # the nearest clause with a subject: "A and B agreed ... under a deal"
        if verb.pos_ in _VERBAL and (subjects := clause_subjects(verb)):
            parties = [r for t in subjects for r in np_refs(t, res, ACTOR)]
            break
    parties = [p for p in parties if p not in brokers]
    if brokers and parties:
        yield Candidate(brokers, "negotiates_with", parties, token, "broker", 0.8)


def possessor_leader_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Haftar's Libyan National Army": a person's named force or movement is his to lead."""
    body = res.named(token)
    if body is None or body.type not in ("ARMED_GROUP", "ORGANIZATION", "IGO"):
        return
    people = [res.named(c) for c in token.children if c.dep_ == "poss" and res.named(c)]
    if people and people[0].type == "PERSON":
        yield Candidate([Ref(people[0], "name")], "leads", [Ref(body, "name")], token, "possessor", 0.7, clausal=False)


def government_leader_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Bashar al-Assad's regime", "the government of President Filipe Nyusi"."""
    if token.lower_ not in GOVERNMENT_NOUNS:
        return
    people = [c for c in token.children if c.dep_ == "poss" and res.named(c) and res.named(c).type == "PERSON"]
    people += [p for p in _preps(token, "of") if res.named(p) and res.named(p).type == "PERSON"]
    if not people:
        return
    gov = res.refs(token, ACTOR)
    if gov and gov[0].actor.type == "GOVERNMENT":
        yield Candidate([Ref(res.named(people[0]), "name")], "leads", gov[:1], token, "government-of-person", 0.85, clausal=False)


def part_of_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"X is part of Y": a place within a place, else a member of a body."""
    if token.lower_ != "part" or token.dep_ not in ("attr", "appos", "pobj"):
        return
    if token.dep_ == "pobj" and token.head.lower_ != "as":
        return
    holder = token.head.head if token.dep_ == "pobj" else token
    parts = _slot(holder, "gov_subj_attr", res, PLACE) if holder == token else [
        r for t in holder.children if t.dep_ in ("nsubj", "nsubjpass") for r in np_refs(t, res, PLACE)]
    wholes = _slot(token, "prep:of", res, PLACE)
    if not parts or not wholes:
        return
    places = ("LOCATION", "STATE")
    if parts[0].actor.type == "LOCATION" and wholes[0].actor.type in places:
        yield Candidate(parts, "located_in", wholes[:1], token, "part-of", 0.8)
    elif parts[0].actor.type != "LOCATION" and wholes[0].actor.type not in places:
        # "Russia is not part of the US-led coalition"
        yield Candidate(parts, "member_of", wholes[:1], token, "part-of", 0.75)


def includes_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"The alliance, which also includes the TNLA and the Arakan Army": the members of a body."""
    if token.pos_ not in _VERBAL or token.lemma_ not in ("include", "comprise", "encompass", "unite"):
        return
    bodies = [r for t in clause_subjects(token) for r in np_refs(t, res, ACTOR)
              if r.actor.type in ("IGO", "ARMED_GROUP")]
    members = [r for c in token.children if c.dep_ == "dobj" for r in np_refs(c, res, ACTOR)]
    members = [m for m in members if m.actor.type not in ("LOCATION", "PERSON") and m not in bodies]
    if bodies and members:
        yield Candidate(members, "member_of", bodies[:1], token, "includes", 0.75)


def split_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"X emerged from a split in Y", "X, a splinter of Y": an offshoot, formerly affiliated."""
    if token.lemma_.lower() not in ("split", "splinter", "breakaway", "offshoot") or token.pos_ != "NOUN":
        return
    parents = [r for r in _slot(token, "prep:in|of|from|within", res, ACTOR)]
    verb = _governor(token)
    children = [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)] if verb is not None else []
    if not children and token.dep_ in ("appos", "attr"):
        children = _slot(token, "gov_subj_attr", res, ACTOR)
    if parents and children:
        yield Candidate(children, "affiliated_with", parents, token, "split", 0.75, former=True)


def title_then_name_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"the leader of the FARC, Rodrigo Londoño," when the parser did not see the apposition."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in LEADER_TITLES | MEMBER_TITLES:
        return
    end = token.right_edge.i
    doc = token.doc
    if end + 2 >= len(doc) or doc[end + 1].text != "," or any(c.dep_ == "appos" for c in token.children):
        return
    person = res.named(doc[end + 2])
    if person is None or person.type != "PERSON" or doc[end + 2].dep_ == "appos":
        return
    predicate, orgs = _title_body(token, res, ("poss", "prep:of"))
    yield from _titled(person, predicate, orgs, token, res, "title-then-name", 0.8)


def whose_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Álvaro Uribe, whose Democratic Centre party": a person's own party or movement is his to lead."""
    if token.lower_ != "whose" or token.dep_ != "poss" or token.head.lemma_.lower() not in _OWN_BODIES:
        return
    owner = next((a.head for a in token.ancestors if a.dep_ == "relcl"), None)
    person = res.named(owner) if owner is not None else None
    bodies = [r for c in token.head.children if c.dep_ == "compound" and res.named(c) for r in res.refs(c, ACTOR)]
    if person is not None and person.type == "PERSON" and bodies:
        yield Candidate([Ref(person, "name")], "leads", bodies[:1], token, "whose-party", 0.7, clausal=False)


def mediator_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"with Cuba and Norway acting as guarantors and mediators of the talks": they deal with both parties."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ("mediator", "guarantor", "facilitator", "broker"):
        return
    mediators: list[Ref] = []
    if token.dep_ == "pobj" and token.head.lower_ == "as":  # "acting as mediators"
        verb = token.head.head
        mediators = [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)]
    elif token.dep_ == "conj" and token.head.dep_ == "pobj" and token.head.head.lower_ == "as":
        verb = token.head.head.head
        mediators = [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)]
    else:
        mediators = _slot(token, "gov_subj_attr", res, ACTOR)
    if mediators:
        yield Candidate(mediators, "negotiates_with", [Ref(PARTIES_ACTOR, "parties")], token, "mediator", 0.7)


def send_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"sent weapons to Ukraine": arms and aid sent are support (troops sent may be an invasion, so not those)."""
    if token.pos_ not in _VERBAL or token.lemma_ not in ("send", "ship", "donate", "pledge", "deliver", "provide"):
        return
    goods = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _MATERIEL]
    goods += [g for c in goods for g in c.conjuncts]
    if not goods:
        return
    recipients = [r for slot in ("prep:to", "dative") for r in _slot(token, slot, res, ACTOR)]
    givers = [r for t in clause_subjects(token) for r in np_refs(t, res, ACTOR)]
    if givers and recipients:
        yield Candidate(givers, "supports", recipients, token, "send-materiel", 0.8)


def ouster_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Turkey, which wants Assad removed from power", "calls for the ouster of X": hostility, stated now."""
    if token.lemma_ in _OUSTER_VERBS and token.tag_ == "VBN" and token.head.lemma_ in _WANTING:
        targets = [r for c in token.children if c.dep_ in ("nsubj", "nsubjpass") for r in np_refs(c, res, ACTOR)]
        targets += [r for c in token.head.children if c.dep_ == "dobj" for r in np_refs(c, res, ACTOR)]
        wanter = token.head
    elif token.lemma_.lower() in _OUSTER_NOUNS and token.pos_ == "NOUN":
        targets = _slot(token, "prep:of", res, ACTOR)
        wanter = _governor(token)
        if wanter is None or wanter.lemma_ not in _WANTING | {"call"}:
            return
    else:
        return
    if any(c.dep_ == "neg" for c in wanter.children):
        return
    wanters = [r for t in clause_subjects(wanter) for r in np_refs(t, res, ACTOR)]
    # a head of state's ouster is aimed at the government he leads
    targets = [Ref(res.government(st), r.kind) if r.actor.type == "PERSON" and (st := res.state_of(r.actor)) else r
               for r in targets]
    if wanters and targets:
        yield Candidate(wanters, "opposes", targets, token, "ouster", 0.7, clausal=False)


def request_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"deployed troops at the request of Mozambique's government": the requester is supported."""
    if token.lemma_.lower() not in ("request", "invitation", "behest") or token.dep_ != "pobj":
        return
    if token.head.lower_ not in ("at", "upon", "on"):
        return
    verb = token.head.head
    if verb.pos_ not in _VERBAL:
        return
    requesters = [r for slot in ("prep:of", "poss") for r in _slot(token, slot, res, ACTOR)]
    requesters = [Ref(res.government(st), r.kind) if r.actor.type == "PERSON" and (st := res.state_of(r.actor))
                  else r for r in requesters]
    helpers = [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)]
    if requesters and helpers:
        yield Candidate(helpers, "supports", requesters, verb, "at-request", 0.75)


def reversal_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"suspended the FARC from its list of terrorist organisations": a designation undone (negated)."""
    if token.pos_ not in _VERBAL or token.lemma_ not in REVERSING_VERBS:
        return
    lists = [p for p in _preps(token, "from|off") if p.lemma_ in ("list", "blacklist", "register")]
    if not lists:
        return
    listed = [r for c in token.children if c.dep_ in ("dobj", "nsubjpass") for r in np_refs(c, res, ACTOR)]
    subjects = [r for t in clause_subjects(token) for r in np_refs(t, res, ACTOR)]
    if listed and subjects:
        words = [w.text for w in lists[0].subtree if w.dep_ not in ("det", "poss")]
        yield Candidate(subjects, "designates", listed, token, "designation-reversed", 0.8,
                        designation=" ".join(words[2:]) or None, negated=True)


RULES = [
    verb_rule,
    noun_rule,
    compound_adjective_rule,
    title_rule,
    apposition_rule,
    place_rule,
    agreement_rule,
    broker_rule,
    government_leader_rule,
    possessor_leader_rule,
    part_of_rule,
    includes_rule,
    split_rule,
    request_rule,
    ouster_rule,
    send_rule,
    title_then_name_rule,
    whose_rule,
    mediator_rule,
    reversal_rule,
]
