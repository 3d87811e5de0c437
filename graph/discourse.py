"""Discourse: events that later sentences refer back to.

The resolver (``resolve.py``) keeps the document's memory of *actors*: named
mentions and resolved anaphors, sets ("the three countries"), possessive anaphors
("its fighters") and descriptions ("the kingdom"). This module keeps its memory of
*events*, read off the candidates the rules found:

* a negotiation -- who signed, agreed, held talks -- so that a later definite
  description of it takes its parties from there: "A and B signed a ceasefire ...
  The deal was brokered by Qatar" (also "the agreement, mediated by Egypt,",
  "Norway hosted the talks") -> Qatar negotiates_with A, Qatar negotiates_with B;
* an attack -- who launched it -- so that "the offensive on X" or "the assault on
  X" with no agent of its own takes the agent of the attack named before, and
  condemning "the attack" (or "the shelling", "the bombing") condemns that agent.

* an accusation -- who is charged with what act -- so that the accused's later
  denial of "the accusation", "the charges" or "any role" negates that act: "Chad
  accused Sudan of arming the rebels. Khartoum rejected the accusation." -> Sudan
  supports the rebels, negated (the accusation alone states neither); a denial of "it" or "this"
  answers the one act the sentence before charges or states of the denier: "Iran armed the Houthis,
  researchers say. Tehran denies this." -> Iran supports the Houthis, negated.

Precision first: an event description with two equally recent antecedents (events
with different parties or agents) yields nothing, and so does a description that
names its own parties or agent (the sentence-level rules read those).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.tokens import Doc, Token

from conflictkg.graph.lexicon import (ACCUSATION_VERBS, MATERIEL_NOUNS, RECEIVING_VERBS, ATTACK_EVENT_NOUNS, CONDEMNED_EVENT_NOUNS, GROUND_CAMPAIGN_NOUNS, ATTACK_NOUNS, SEIZURE_NOUNS, BROKER_VERBS,
                                      CONDEMN_VERBS, DEAL_NOUNS, DEAL_PARTS, DENIED_PRONOUNS, DENYING_VERBS, EVENT_GOVERNORS,
                                      EVENT_SMEAR_WORDS, FALSE_ADJECTIVES, LABELLING_VERBS, MODAL_AUX, STATEMENT_NOUNS, VERB_FRAMES)
from conflictkg.graph.lexicon import ARMED_EFFORT_PREPOSITIONS, DOER_UNNAMED_PREPOSITIONS, COMPANION_PREPOSITIONS
from conflictkg.graph.lexicon import PARTICIPATION_NOUNS, DENIED_CHARGE_PRONOUNS, PART_HOLDING_VERBS
from conflictkg.graph.lexicon import RESPONSIBILITY_NOUNS, CLAIMING_VERBS, TERRITORIAL_ATTACK_NOUNS, ALLEGATION_NOUNS, ANSWERED_EVENT_WORDS
from conflictkg.graph.lexicon import UNNAMED_TARGET_ATTACK_VERBS, KILLING_EVENT_VERBS, KILLING_EVENT_NOUNS, GIVING_VERBS, TROOP_NOUNS, OPEN_RECIPIENT_WORDS, GROUP_NOUNS
from conflictkg.graph.lexicon import DEAL_PRONOUNS, PRONOUN_BROKER_VERBS, PRONOUN_SIGNING_VERBS
from conflictkg.graph.lexicon import COUP_NOUNS, COUP_STAGING_VERBS
from conflictkg.graph.lexicon import ELLIPTIC_DENIAL_AUXILIARIES, PROJECTILE_NOUNS, EVENT_DETERMINERS, HITTING_VERBS
from conflictkg.graph.lexicon import AERIAL_ATTACK_NOUNS, AERIAL_ATTACK_MODIFIERS, AERIAL_ATTACK_VERBS, AIRCRAFT_NOUNS
from conflictkg.graph.lexicon import ACT_EVENT_VERBS, BREACH_VERBS, BREACHED_RULES, REPORTING_VERBS, DRAWING_VERBS, CENSURE_NOUNS, ACT_CENSURE_LABELS
from conflictkg.graph.columns import DocColumns, children_of
from conflictkg.graph.resolve import ACTOR, PLACE, Ref, Resolver
from conflictkg.graph.rules import Candidate, _governor_subjects, verb_owners, _particle_anchor, _preps, _slot, _verb_lemma
from conflictkg.graph.rules import clause_subjects, gerund_of_charge, np_refs, _participants
from conflictkg.graph.segment import doc_sents
from conflictkg.graph.lemmas import gerunds

_VERB = _POS_IDS["VERB"]

__all__ = ["event_anaphora"]

# How far back (in sentences) an event description may look for its event.
_DEAL_WINDOW = 5
_ATTACK_WINDOW = 3
_CONDEMNED_WINDOW = 6  # reactions to an attack often follow a few sentences of its toll
_ACT_WINDOW = 2  # an act that is no attack is referred back to only from close by: its verbs are common
# Rules whose candidates do not state a negotiation between the two ends (a mediator's, a broker's).
_NOT_EVENTS = {"mediator", "broker", "broker:anaphoric", "broker:pronoun", "agreement:sides"}
_DEMONSTRATIVES = EVENT_DETERMINERS
_PARAGRAPH_NUMBER = re.compile(r"\(?\d{1,2}[.)]?|[.)]")  # "1.", "2", "(3)", or a stray "." after a number
_EVENT_NOUNS = DEAL_NOUNS | ATTACK_EVENT_NOUNS | ATTACK_NOUNS | SEIZURE_NOUNS | CONDEMNED_EVENT_NOUNS | set(ACT_EVENT_VERBS) | RESPONSIBILITY_NOUNS | COUP_NOUNS  # the words :func:`_event_words` looks for
# How far back (in sentences) a denial may look for the accusation it answers.
_CHARGE_WINDOW = 3
# The predicates whose candidates are events a later description may refer back to, and the event's kind.
_EVENT_KINDS = {"negotiates_with": "negotiation", "attacks": "attack", "captures": "capture"}


@dataclass(frozen=True)
class _Event:
    kind: str  # "negotiation", "attack" or "capture"
    token: int  # the trigger
    sent: int
    lemma: str
    actors: tuple[Ref, ...]  # the parties of a negotiation, the agents of an attack
    targets: frozenset[str] = frozenset()  # the ids of what an attack or a capture was on
    objects: tuple[Ref, ...] = ()  # what an attack or a capture was on, as read
    shared: bool = False  # waged with a companion the verb names ("fought alongside Y in an offensive"): w50c


def event_anaphora(doc: Doc, candidates: list[Candidate], res: Resolver, read_act=None) -> list[Candidate]:
    """Candidates for event descriptions that refer back to an event named earlier in ``doc``. ``read_act``
    (the construction matcher's ``charged_acts`` on this document's matches) reads a charged act only a
    construction reads."""
    sent_of = res._sent_of  # token -> its sentence's number (read only)
    words = _event_words(doc, res.columns)
    events = _events(doc, candidates, res, sent_of, words)
    out: list[Candidate] = []
    condemnable: list[_Event] | None = None  # attacks, with those claimed or owned, made once if needed
    killings: list[_Event] | None = None  # those and the killings of people no one names (near53), for "the killings"
    for token in words:  # (each reader's own first test, made here once per token: most tokens pass neither)
        lemma, lower = token.lemma_.lower(), token.lower_
        if lemma in DEAL_NOUNS or lower in DEAL_NOUNS:
            out.extend(_brokered(token, res, events, sent_of))
        if (lemma in RESPONSIBILITY_NOUNS and _bare_responsibility(token)) or (
                (lemma in ATTACK_NOUNS or lower in ATTACK_NOUNS) and lemma not in ATTACK_EVENT_NOUNS
                and lower not in ATTACK_EVENT_NOUNS and not any(c.dep_ in ("prep", "compound") for c in children_of(token))):
            # "X claimed responsibility within hours", "X claimed the bombing": the one attack just told
            out.extend(_unattributed_claimed(token, res, sent_of))
        if lemma in ATTACK_EVENT_NOUNS or lower in ATTACK_EVENT_NOUNS:
            out.extend(_attack_described(token, res, events, sent_of))
            out.extend(_unattributed_claimed(token, res, sent_of))
            # (an armed effort backed may be one the text named by its noun: "the Russian invasion ... A backed
            # the invasion", as a condemned one may)
            if condemnable is None:
                condemnable = _condemnable(doc, words, res, sent_of, events)
            out.extend(_attack_backed(token, res, condemnable, sent_of))
        if lemma in ATTACK_NOUNS or lower in ATTACK_NOUNS or lemma in ATTACK_EVENT_NOUNS or lower in ATTACK_EVENT_NOUNS:
            out.extend(_attack_taken_part_in(token, res, events, sent_of))
        if lemma in ATTACK_NOUNS or lower in ATTACK_NOUNS or lemma in SEIZURE_NOUNS or lower in SEIZURE_NOUNS \
                or lemma in CONDEMNED_EVENT_NOUNS or lower in CONDEMNED_EVENT_NOUNS:
            if condemnable is None:
                condemnable = _condemnable(doc, words, res, sent_of, events)
            if lemma in KILLING_EVENT_NOUNS or lower in KILLING_EVENT_NOUNS:
                if killings is None:
                    killings = sorted([*condemnable, *_killings(doc, res, sent_of, condemnable)], key=lambda e: e.token)
                out.extend(_attack_condemned(token, res, killings, sent_of))
            else:
                out.extend(_attack_condemned(token, res, condemnable, sent_of))
        if lower in ACT_EVENT_VERBS:
            out.extend(_act_condemned(token, res, sent_of))
        if lemma in COUP_NOUNS or lower in COUP_NOUNS:
            out.extend(_coup_condemned(token, res, sent_of, words))
    for token in _deal_pronouns(doc, res.columns):
        out.extend(_brokered_pronoun(token, res, events, sent_of))
        out.extend(_signed_pronoun(token, res))
    # (an act read here may be the charge a denial answers: "A said the raid was funded by X. X denied any role")
    out.extend(_denied_charges(doc, [*candidates, *out], res, sent_of, read_act))
    return out


@dataclass(frozen=True)
class _Charge:
    """What an accusation charges: the accused did ``predicate`` to ``objects``."""
    sent: int
    accused: tuple[Ref, ...]
    predicate: str
    objects: tuple[Ref, ...]
    token: int = -1  # the accusing verb or the act's trigger: a denial after it in its sentence may answer it


def _denied_charges(doc: Doc, candidates: list[Candidate], res: Resolver, sent_of: dict[int, int],
                    read_act=None) -> Iterator[Candidate]:
    """"X accused Y of arming Z. Y denied the charges": Y does not support Z. The accused's own denial
    of the accusation (or of "any role") a few sentences on, or after a semicolon, negates the act it was
    charged with; so does a denial of "the claims" after an alleged act ("faced accusations that its troops
    shelled Z"), or after an act the sentence just before only reports others saying ("UN experts say X armed Z.
    X denies the claims"). A denial of "it" or "this" answers the sentence just before: the one act it charges or
    states of the denier ("Iran armed the Houthis, researchers say. Tehran denies this."), none if two."""
    from conflictkg.graph.relations import _context, _reported_speech, _side_key  # (relations imports this module)

    strings = doc.vocab.strings
    denying = {strings[w] for w in (*DENYING_VERBS, *LABELLING_VERBS, *_ANY_GIVING_VERBS) if w in strings}
    elliptic = _elliptic_denials(doc, res.columns)
    if not elliptic and not denying.intersection(res.columns.column(LEMMA)):
        return  # (most documents deny nothing: one pass over the lemma array, no Token made)
    # (the verbs found from the part-of-speech column: a Token made only for them)
    verbs = [t for t in map(doc.__getitem__, [i for i, pos in enumerate(res.columns.column(POS)) if pos == _VERB])
             if t.lemma_ in ACCUSATION_VERBS or t.lemma_ in DENYING_VERBS or _called_false(t) or _refuses_anyone(t)]
    verbs += [t for t in elliptic if t not in verbs]
    charges = [_Charge(sent_of[c.trigger.i], tuple(c.subjects), c.predicate, tuple(c.objects), c.trigger.i)
               for c in candidates
               if c.clausal and not c.negated and _context(c.trigger, res).modality in ("alleged", "claimed")
               and not _context(c.trigger, res).negated]
    # (what a party claims of itself charges it with nothing: "X, which claims it fights Y, denied any role")
    charges = [c for c in charges if not (_reported_speech(doc[c.token]) and _own_word(c, res))]
    charges += [c for v in verbs if v.lemma_ in ACCUSATION_VERBS for c in _charges(v, res, sent_of, read_act)]
    stated: list[_Charge] | None = None  # what the text states, for "denied it": made once if needed
    for verb in verbs:
        anyone = _refuses_anyone(verb)  # ("said it had never supplied weapons to any party": a denial of giving)
        bare = verb in elliptic  # ("... said the rebels had taken the port. They have not.": the act just before)
        denial = verb.lemma_ in DENYING_VERBS or _called_false(verb) or anyone or bare  # ("called the report baseless")
        pronoun = denial and not anyone and (bare or _denies_a_pronoun(verb))
        giving = anyone or denial and not pronoun and _denies_giving(verb)
        if not denial or not (pronoun or giving or _denies_a_charge(verb)):
            continue
        sent = sent_of[verb.i]
        # a state and its government are one party ("Rwanda was accused ... the government in Kigali denied it")
        denying_refs = [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)]
        deniers = {_side_key(r.actor, res) for r in denying_refs}
        # (the state the denier names, for an accused its government: "accused X's rulers of ...; [X's capital]
        # denied it" is the state's denial, told of the state)
        states = {_side_key(r.actor, res): r.actor for r in denying_refs if r.actor.type == "STATE"}
        pool = charges
        if pronoun:
            if stated is None:
                stated = _stated_acts(candidates, res, sent_of)
            pool = [c for c in (*charges, *stated) if sent - c.sent <= 1]
        else:  # "UN experts say X armed Y. X denied the claims": what the text only reports others saying is a charge
            if stated is None:
                stated = _stated_acts(candidates, res, sent_of)
            pool = [*charges, *(c for c in stated if 0 <= sent - c.sent <= 1 and _reported_speech(doc[c.token])
                                and not _own_word(c, res))]
        if giving:  # "... denied sending weapons": of the charges, only those of support
            pool = [c for c in pool if c.predicate == "supports"]
        answered = [c for c in pool if (0 < sent - c.sent <= _CHARGE_WINDOW or (c.sent == sent and (
                        c.token < verb.i or _charged_in_adverbial(verb, doc[c.token]))))
                    and any(_side_key(r.actor, res) in deniers for r in c.accused)]
        if not answered:
            continue
        last = max(c.sent for c in answered)  # the latest accusation against them: "the charges" are those
        latest = [c for c in answered if c.sent == last]
        if pronoun and len({(c.predicate, frozenset(o.actor.id for o in c.objects)) for c in latest}) != 1:
            continue  # "X armed Y and shelled Z. X denied it": which, the text does not say
        done: set[tuple] = set()
        for charge in latest:
            accused = [Ref(r.actor if r.actor.type == "STATE" else states.get(_side_key(r.actor, res), r.actor), "anaphor")
                       for r in charge.accused if _side_key(r.actor, res) in deniers]
            key = (charge.predicate, tuple(r.actor.id for r in accused), tuple(o.actor.id for o in charge.objects))
            if key in done:
                continue
            done.add(key)
            # (a denial by a negated verb of giving is its own clause's negation, as a bare "It has not." is: the clause
            # is not read again)
            yield Candidate(accused, charge.predicate, [Ref(o.actor, "anaphor") for o in charge.objects],
                            verb, "denial:anaphoric", 0.7, negated=True, clausal=not (anyone or bare))


def _charged_in_adverbial(verb: Token, token: Token) -> bool:
    """w57d: whether a charge told after its denial lies in an adverbial clause of the denying verb: "X denied any
    role, after A accused it of arming Z", "X has denied any role, after A said the raid was funded by X" -- the
    clause tells what the denial answers (not "X denied any role; A accused Y ...", a clause of its own)."""
    return any(c.dep_ == "advcl" and c.i > verb.i and c.left_edge.i <= token.i <= c.right_edge.i
               for c in children_of(verb))


def _elliptic_denials(doc: Doc, columns: DocColumns) -> list[Token]:
    """adv37: negated auxiliaries that open their sentence with a pronoun subject and say nothing else ("It has
    not.", "They did not; the fighting is miles away."): each denies, of the pronoun's actor, the one act the
    sentence just before states or reports (a corrected report, a question answered "no")."""
    neg = doc.vocab.strings["neg"] if "neg" in doc.vocab.strings else None
    if neg is None:
        return []
    found = []
    for i in (i for i, dep in enumerate(columns.column(DEP)) if dep == neg):
        aux = doc[i].head
        if aux.lemma_.lower() not in ELLIPTIC_DENIAL_AUXILIARIES or aux in found:
            continue
        subjects = [c for c in children_of(aux) if c.dep_ == "nsubj"]
        rest = [c for c in children_of(aux) if c.dep_ not in ("nsubj", "neg", "punct")]
        if len(subjects) != 1 or subjects[0].pos_ != "PRON" or rest:
            continue
        sent = aux.sent
        opening = [t for t in sent if not t.is_punct and t.i < subjects[0].i]
        # (the clause ends at a full stop or a semicolon: "It has not; ...")
        after = aux.doc[i + 1] if i + 1 < len(aux.doc) else None
        if not opening and (after is None or after.text in (".", ";", "!")):
            found.append(aux)
    return found


def _own_word(charge: _Charge, res: Resolver) -> bool:
    """Whether an act reported by speech is the accused's own avowal ("X, which says it fights Y, denied any role
    in the fire"): what a party says of itself charges it with nothing, so a denial after it answers another
    charge, not this one."""
    from conflictkg.graph.relations import _chain, _side_key  # (relations imports this module)

    top = _chain(res.doc[charge.token])[-1]
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    if top.head == top or any(c.dep_ in ("nsubjpass", "auxpass") for verb in (top, top.head) for c in children_of(verb)):
        return False  # "X's jets were reported to have bombed Y": others report it, whoever its subject is
    speakers = {_side_key(r.actor, res) for t in clause_subjects(top.head) for r in np_refs(t, res, ACTOR)}
    return any(_side_key(r.actor, res) in speakers for r in charge.accused)


# Predicates of a state of affairs, not of an act one could deny having done.
_NO_ACTS = {"located_in", "leads", "member_of"}


def _stated_acts(candidates: list[Candidate], res: Resolver, sent_of: dict[int, int]) -> list[_Charge]:
    """The acts the text states or reports, as charges a later "X denied it" may answer."""
    from conflictkg.graph.relations import _context  # (relations imports this module)

    out = []
    for c in candidates:
        if c.negated or not c.clausal or c.predicate in _NO_ACTS:
            continue
        ctx = _context(c.trigger, res)
        if not (ctx.negated or ctx.blocked or ctx.purpose):
            out.append(_Charge(sent_of[c.trigger.i], tuple(c.subjects), c.predicate, tuple(c.objects), c.trigger.i))
    return out


def _charges(verb: Token, res: Resolver, sent_of: dict[int, int], read_act=None) -> list[_Charge]:
    """The acts ``verb`` charges its object with ("accused Y of arming Z"; "Y was accused of shelling Z"); with
    ``read_act``, also an act only a construction reads ("accused Y of letting Z use its territory"), the accused as
    its doer -- one reading only: two constructions reading different acts charge nothing the text makes clear."""
    if not _plainly(verb):
        return []
    passive = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    held = passive or [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not held and verb.tag_ == "VBN":  # "X, accused by Z of arming Y, denies ...", "Accused of arming Y, X denies it"
        held = [verb.head] if verb.dep_ == "acl" else clause_subjects(verb.head) if verb.dep_ == "advcl" else []
    accused = [r for t in held for r in np_refs(t, res, ACTOR) if r.actor.type != "LOCATION"]
    # (the parser may hang the charge on the accuser: "Y was accused by UN experts | of arming Z")
    heads = [verb, *(g for a in children_of(verb) if a.dep_ == "agent" for g in children_of(a) if g.dep_ == "pobj")]
    acts = [g for h in heads for p in children_of(h) if p.dep_ == "prep" and p.lower_ == ACCUSATION_VERBS[verb.lemma_]
            for g in children_of(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    # ("accused X of training and arming Y", the first gerund tagged a noun: the second, hung on that noun or on
    # the accusing verb, is the charge's act)
    acts += [c for h in (*heads, *(o for o in children_of(verb) if o.dep_ == "dobj")) for p in children_of(h)
             if p.dep_ == "prep" and p.lower_ == ACCUSATION_VERBS[verb.lemma_]
             for g in children_of(p) if g.dep_ == "pobj" and g.tag_ == "NN" and g.lower_.endswith("ing")
             for c in children_of(g) if c.dep_ == "conj" and c.tag_ == "VBG"]
    acts += [c for c in children_of(verb) if gerund_of_charge(c) == verb]
    out = []
    for act in (a for g in acts for a in (g, *g.conjuncts)):
        givers = _givers(act, res)
        if accused and givers:  # "Y was accused of receiving weapons from X": X's act, which X may deny
            out.append(_Charge(sent_of[verb.i], tuple(givers), "supports", tuple(accused), verb.i))
            continue
        found = _act(act, res)
        # (only where the act is the accusation's one gerund: "of letting Y use its soil and (of) shelling Z" charges
        # two acts, of which the parser may hang the second anywhere, so "denied it" answers neither for sure)
        if accused and found is None and read_act is not None and not any(
                t.tag_ == "VBG" and t.i > verb.i and t.i != act.i for t in verb.subtree):
            read = {(c.predicate, tuple(o.actor.id for o in c.objects)): c for c in read_act(act, accused, res)
                    if not c.negated and c.objects}
            if len(read) == 1:
                only = next(iter(read.values()))
                found = only.predicate, list(only.objects)
        if accused and found is not None:
            predicate, objects = found
            objects = [o for o in objects if all(o.actor.id != a.actor.id for a in accused)]
            if objects:
                out.append(_Charge(sent_of[verb.i], tuple(accused), predicate, tuple(objects), verb.i))
    return out


def _givers(gerund: Token, res: Resolver) -> list[Ref]:
    """Who gives what a gerund of receiving receives, when it is arms or aid ("receiving weapons from X")."""
    if gerund.lemma_ not in RECEIVING_VERBS or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in MATERIEL_NOUNS for c in children_of(gerund)):
        return []
    return [r for p in _preps(gerund, "from") for r in np_refs(p, res, ACTOR) if r.actor.type != "LOCATION"]


def _act(gerund: Token, res: Resolver) -> tuple[str, list[Ref]] | None:
    """The predicate and objects of a gerund trigger whose doer is its subject ("arming the rebels")."""
    for frame in VERB_FRAMES.get(_verb_lemma(gerund) or "", ()):
        if frame.subj != ("nsubj",) or frame.negated:
            continue
        anchor = _particle_anchor(gerund, frame)
        if anchor is None:
            continue
        objects = [r for slot in frame.obj for r in _slot(anchor, slot, res, PLACE if frame.object_place else ACTOR)]
        objects = objects or verb_owners(anchor, frame, res)  # "of attacking a Kenyan army base": Kenya
        if frame.object_types:
            objects = [o for o in objects if o.actor.type in frame.object_types]
        if objects:
            return frame.predicate, objects
    return None


def _plainly(verb: Token) -> bool:
    """Whether ``verb`` is stated as done: not negated, no modal ("did not deny", "could accuse")."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ in MODAL_AUX) for c in children_of(verb))


def _called_false(verb: Token) -> bool:
    """Whether ``verb`` labels its object false ("called the report baseless", "described the claims as
    fabricated", "dismissed it as a lie" is a denying verb's own): a denial of what its object says."""
    if verb.lemma_.lower() not in LABELLING_VERBS:
        return False
    labels = [c for c in children_of(verb) if c.dep_ in ("oprd", "acomp", "attr", "xcomp", "ccomp")]
    labels += [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as" for p in children_of(c)]
    # ("described the claims as fabricated", parsed as an adverbial clause that "as" marks)
    labels += [c for c in children_of(verb) if c.dep_ == "advcl" and any(m.lower_ == "as" for m in children_of(c))]
    return any(c.lower_ in FALSE_ADJECTIVES for c in labels)


def _denies_a_pronoun(verb: Token) -> bool:
    """"denied it", "has always denied this": a denial whose only object is a pronoun for what was said before."""
    if not _plainly(verb):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    # (a clause before a semicolon that the parser hung on the verb is the claim denied, not what the verb says:
    # "X says A armed B; A denies it")
    semicolons = [c.i for c in children_of(verb) if c.dep_ == "punct" and c.text == ";"]
    return len(objects) == 1 and objects[0].lower_ in DENIED_PRONOUNS and not any(
        c.dep_ in ("ccomp", "xcomp") and not any(c.i < s < verb.i for s in semicolons) for c in children_of(verb))


def _denies_giving(verb: Token) -> bool:
    """"denied sending weapons or troops", "denies supplying arms": a denial of giving arms, aid or forces that names
    no recipient, so answers the charge of support made before."""
    if not _plainly(verb):
        return False
    gerunds = [(c, [g for d in children_of(c) if d.dep_ == "dobj" for g in (d, *d.conjuncts)])
               for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG"]
    # (the parser may take the gerund for an adjective of the goods: "denied | supplying weapons")
    gerunds += [(a, [c, *c.conjuncts]) for c in children_of(verb) if c.dep_ == "dobj"
                for a in children_of(c) if a.dep_ == "amod" and a.tag_ == "VBG" and a.i == c.i - 1]
    for gerund, goods in gerunds:
        # (a recipient named anywhere in the phrase makes it a denial of its own: "denied sending arms to X")
        # ("to either side", "to any party" names none: _open_recipient)
        recipient = any((c.dep_ == "dative" and not _open_recipient(c)) or c.dep_ == "prep" and c.lower_ in ("to", "for")
                        and not all(_open_recipient(g) for g in children_of(c) if g.dep_ == "pobj")
                        for t in (verb, gerund, *goods) for c in children_of(t))
        if gerund.lemma_ in GIVING_VERBS and goods and not recipient and all(
                g.lemma_.lower() in MATERIEL_NOUNS or g.lower_ in TROOP_NOUNS for g in goods):
            return True
        if gerund.lemma_ in _ANY_GIVING_VERBS and goods and not recipient and all(_described_recipient(g) for g in goods):
            return True  # "X said Y had armed Z. Y denied supplying the militias": the party charged as its recipient
    return False


def _described_recipient(token: Token) -> bool:
    """A definite description of an armed group with no name ("the militias", "the group", "the rebels"): the
    recipient a denial of giving refers back to, the one the charge before named."""
    return token.pos_ == "NOUN" and not token.ent_type_ and token.lower_ in GROUP_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)) and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") for c in children_of(token))


# Verbs whose negation, with anyone at all as the recipient, denies giving support: the verbs of giving, and those
# the lexicon reads as backing their direct object ("does not arm any group").
_ANY_GIVING_VERBS = frozenset(GIVING_VERBS) | {lemma for lemma, frames in VERB_FRAMES.items() if any(
    f.predicate == "supports" and f.subj == ("nsubj",) and "dobj" in f.obj and not f.negated for f in frames)}


def _open_recipient(token: Token) -> bool:
    """Whether ``token`` is a recipient that is anyone at all ("any party", "either side", "anyone"): no name."""
    if token.pos_ == "PROPN" or token.ent_type_:
        return False
    return token.lower_ in OPEN_RECIPIENT_WORDS or any(
        c.dep_ == "det" and c.lower_ in OPEN_RECIPIENT_WORDS for c in children_of(token))


def _refuses_anyone(verb: Token) -> bool:
    """"said the emirate had never supplied weapons to any party", "provides no arms to either side", "does not
    support any armed group": a verb of giving or backing, negated, whose recipient is anyone at all -- its subject's
    denial of the support it was charged with before (none of its own: no one is named)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in _ANY_GIVING_VERBS or any(
            c.dep_ == "aux" and c.lemma_ in MODAL_AUX for c in children_of(verb)):
        return False
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
    # (the parser may hang the recipient on the goods: "supplied | weapons to any party")
    # (the parser may also label the preposition a dative: "provides no weapons | to anyone")
    recipients = [g for t in (verb, *(o for o in objects if o.dep_ == "dobj")) for c in children_of(t)
                  if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for g in children_of(c) if g.dep_ == "pobj"]
    recipients += [c for c in children_of(verb) if c.dep_ == "dative" and c.pos_ != "ADP"]
    if verb.lemma_ not in GIVING_VERBS:  # "backs no group", "does not arm any group": the object is the recipient
        recipients += [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not recipients or not all(_open_recipient(r) for r in recipients):
        return False
    # (not, never; "no weapons to any party"; "backs neither side")
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in children_of(verb)) or any(
        d.dep_ == "det" and d.lower_ == "no" for o in objects for d in children_of(o)) or any(
        r.lower_ == "neither" or any(d.dep_ == "det" and d.lower_ == "neither" for d in children_of(r)) for r in recipients)


def _denies_a_charge(verb: Token) -> bool:
    """"denied the accusation", "rejected the charges", "denied any role": a denial whose object is an
    accusation made before (no content of its own: "denied the claims that ..." is read in its sentence)."""
    if not _plainly(verb):
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in ALLEGATION_NOUNS and not any(
            c.dep_ == "dobj" for c in children_of(verb)):
        return True  # "..., a charge the UAE denies": the noun the clause describes is what it denies
    if verb.dep_ == "relcl" and _relative_to_a_charge(verb):
        return True  # "accused X of arming the rebels, which X denies": the accusation, not the rebels
    from conflictkg.graph.relations import _charge_subject  # (relations imports this module)
    if _charge_subject(verb) and any(c.dep_ == "ccomp" and c.i < verb.i for c in children_of(verb)):
        return True  # the same, parsed with the charge in the denier's phrase and the accusation as the complement
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    # (a phrase the parser hangs on the verb is the object's too: "denied any role | in a separate border clash
    # with Sudan" names its own event, not the one charged before; "in the attack", "in it" may be that one)
    own = [p for o in objects for p in children_of(verb) if p.dep_ == "prep" and p.i == o.right_edge.i + 1 and any(
        g.dep_ == "pobj" and (any(d.dep_ not in ("det", "poss") or d.lower_ in ("a", "an") for d in children_of(g)))
        for g in children_of(p))]
    if len(objects) == 1 and objects[0].lower_ in DENIED_CHARGE_PRONOUNS and not list(objects[0].children):
        return True  # ref54: "X accused Y of arming Z and of sheltering W. Y denies both": the charges
    return len(objects) == 1 and not own and objects[0].lemma_.lower() in ALLEGATION_NOUNS and not any(
        c.dep_ in ("prep", "acl", "ccomp", "relcl", "appos", "compound") for c in objects[0].children)


def _relative_to_a_charge(verb: Token) -> bool:
    """Whether a relative clause of denial the parser hung on the last noun of an accusation's act ("accused X of
    arming the rebels, which X denies") denies the accusation: its "which" follows a comma and is the verb's only
    object, and the noun lies in the gerund phrase an accusing verb governs (one denies a charge, not a group)."""
    which = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if len(which) != 1 or which[0].lower_ != "which" or which[0].i == 0 or verb.doc[which[0].i - 1].text != ",":
        return False
    gerund = False
    for token in verb.head.ancestors:
        if token.lemma_ in ACCUSATION_VERBS and token.pos_ == "VERB":
            return gerund
        if token.tag_ == "VBG" and token.dep_ in ("pcomp", "conj"):
            gerund = True
        elif token.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own between the noun and the accusation
    return False


def _condemnable(doc: Doc, words: list[Token], res: Resolver, sent_of: dict[int, int], events: list[_Event]) -> list[_Event]:
    """The attacks a later "the attack" may take up: those read as relations, those whose agent the noun or a
    claim names, and those of an unnamed target, in the text's order."""
    return sorted([*events, *_owned_attacks(words, res, sent_of), *_untargeted_attacks(doc, res, sent_of, events)],
                  key=lambda e: e.token)


def _owned_attacks(words: list[Token], res: Resolver, sent_of: dict[int, int]) -> list[_Event]:
    """Attacks whose agent the text names on the noun ("the Real IRA's bombing", "the raid by X") or by a claim
    ("X claimed the bombing", "X claimed responsibility for the attack"), stated, not denied: what a later
    condemnation of "the bombing" may refer back to."""
    from conflictkg.graph.relations import _context  # (relations imports this module)

    out = []
    for token in words:
        if token.pos_ != "NOUN" or (token.lemma_.lower() not in ATTACK_NOUNS and token.lower_ not in ATTACK_NOUNS):
            continue
        verb, agents = _claimant(token, res)
        if not agents:
            verb = token
            agents = next((found for slot in ("poss", "agent", "prep:by") if (found := _slot(token, slot, res, ACTOR))), [])
            # "the Jordan attack" names a place as often as "the US strike" an agent: of a compound, only a body
            agents = agents or [a for a in _slot(token, "compound", res, ACTOR)
                                if a.actor.type != "STATE" or a.actor.name in _demonym_states(token, res)]
        agents = [a for a in agents if a.actor.type != "LOCATION"]
        ctx = _context(verb, res)
        if agents and not (ctx.negated or ctx.blocked or ctx.purpose):
            out.append(_Event("attack", token.i, sent_of[token.i], token.lemma_.lower(), tuple(agents)))
    return out


def _demonym_states(token: Token, res: Resolver) -> set[str]:
    """The states a demonym adjective on a campaign noun names as its agent ("the Israeli offensive", "the Turkish
    military operation", "the Russian invasion"): an adjective, unlike a compound name ("the Jordan attack", a
    place as often as an agent), says whose armed effort it is (ref38)."""
    if token.lemma_.lower() not in ATTACK_EVENT_NOUNS and token.lower_ not in ATTACK_EVENT_NOUNS:
        return set()
    return {entry.name for c in children_of(token) if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < token.i
            and (entry := res.gazetteer.by_demonym(c.text)) is not None and entry.type == "STATE"}


def _untargeted_attacks(doc: Doc, res: Resolver, sent_of: dict[int, int], events: list[_Event]) -> list[_Event]:
    """"Russian jets bombed a hospital", "gunmen of X stormed a police post": an attack whose object is no actor or
    place the text names gives no candidate, yet it is its subject's attack, which a later condemnation of "the
    strikes" or "the attack" may refer back to (``unnamed_target_attack_verbs``). Only in the active voice (the
    subject of "was attacked" is what it hit), stated, not denied or unreal."""
    return _acts_on_no_named_target(doc, res, sent_of, events, UNNAMED_TARGET_ATTACK_VERBS,
                                    lambda ref: ref.actor.type != "LOCATION")


def _killings(doc: Doc, res: Resolver, sent_of: dict[int, int], events: list[_Event]) -> list[_Event]:
    """near53: "Gunmen of X killed 40 farmers. N condemned the killings": a killing of people no actor or place the
    text names is its subject's act, which a later "the killings" or "the massacre" (``killing_event_nouns``) with
    no doer of its own may refer back to, as "the attack" refers back to an attack (:func:`_untargeted_attacks`).
    Only verbs of killing (``killing_event_verbs``), in the active voice, stated, not denied or unreal; "troops
    killed 20 X fighters" names an actor and is no such killing."""
    return _acts_on_no_named_target(doc, res, sent_of, events, KILLING_EVENT_VERBS,
                                    lambda ref: ref.actor.type in ("ARMED_GROUP", "GOVERNMENT", "STATE"))


def _acts_on_no_named_target(doc: Doc, res: Resolver, sent_of: dict[int, int], events: list[_Event],
                             verbs: frozenset[str], agent_kept: Callable[[Ref], bool]) -> list[_Event]:
    """The attacks of :func:`_untargeted_attacks` and the killings of :func:`_killings`: each active verb of
    ``verbs`` not yet an event, whose objects name no actor or place and whose subjects name an agent
    ``agent_kept`` accepts, stated, not denied or unreal, as an "attack" event of those agents."""
    from conflictkg.graph.relations import _context  # (relations imports this module)

    known = {e.token for e in events}
    strings, lemmas = doc.vocab.strings, res.columns.column(LEMMA)
    out = []
    # (the verbs found from the part-of-speech and lemma columns: a Token made only for those of ``verbs``)
    for i, pos in enumerate(res.columns.column(POS)):
        if pos != _VERB or i in known or strings[lemmas[i]].lower() not in verbs:
            continue
        verb = doc[i]
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        if not objects or any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)):
            continue
        if any(np_refs(o, res, PLACE) or np_refs(o, res, ACTOR) for o in objects):
            continue  # a named target: its candidate is the event, or was dropped for a reason of its own
        agents = [r for s in clause_subjects(verb) for r in np_refs(s, res, ACTOR) if agent_kept(r)]
        ctx = _context(verb, res)
        if agents and not (ctx.negated or ctx.blocked or ctx.purpose):
            out.append(_Event("attack", verb.i, sent_of[verb.i], verb.lemma_.lower(), tuple(agents)))
    return out


def _claimant(token: Token, res: Resolver) -> tuple[Token, list[Ref]]:
    """Who claims the attack: "X claimed the bombing", "X claimed responsibility for the attack", "the attack was
    claimed by X" (the claiming verb, and its subjects)."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in RESPONSIBILITY_NOUNS:
        token, head = head.head, head.head.head
    elif token.dep_ == "pobj" and head.lower_ == "for" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in head.head.children):
        head = head.head  # "claimed | responsibility | for the attack", the "for" hung on the verb
        token = next(c for c in children_of(head) if c.dep_ == "dobj")
    if head.lemma_.lower() not in CLAIMING_VERBS or head.pos_ != "VERB":
        return token, []
    if token.dep_ == "dobj":
        return head, [r for t in clause_subjects(head) for r in np_refs(t, res, ACTOR)]
    if token.dep_ == "nsubjpass":
        return head, _slot(head, "agent", res, ACTOR)
    return head, []


def _event_words(doc: Doc, columns: DocColumns) -> list[Token]:
    """The tokens, in order, whose lowered lemma or form is a deal or an attack noun (each distinct lemma and
    form looked up once; a Token made only for these)."""
    strings = doc.vocab.strings
    nouns = _EVENT_NOUNS
    known: dict[int, bool] = {}
    out = []
    for i, (lemma, lower) in enumerate(columns.rows(LEMMA, LOWER)):
        hit = known.get(lemma)
        if hit is None:
            hit = known[lemma] = strings[lemma].lower() in nouns
        if not hit:
            hit = known.get(-lower - 1)
            if hit is None:
                hit = known[-lower - 1] = strings[lower] in nouns
        if hit:
            out.append(doc[i])
    return out


def _events(doc: Doc, candidates: list[Candidate], res: Resolver, sent_of: dict[int, int],
            words: list[Token] | None = None) -> list[_Event]:
    """The negotiations and attacks the candidates state (and attacks launched at no named target);
    ``words``, the doc's tokens that may name a deal or an attack (:func:`_event_words`), if known."""
    from conflictkg.graph.relations import _acting_for, _context, valid_ends  # (relations imports this module)

    by_trigger: dict[tuple[str, int], list[Ref]] = {}
    lemmas: dict[int, str] = {}
    targets: dict[int, set[str]] = {}
    objects: dict[int, list[Ref]] = {}
    for token in (words if words is not None else doc):  # "Azerbaijan launched an offensive on Sunday": an attack, though its target is unnamed
        if token.pos_ == "NOUN" and token.lemma_.lower() in ATTACK_EVENT_NOUNS and not _definite_event(token):
            agents = next((found for slot in ("poss", "compound", "gov_subj", "agent")
                           if (found := _slot(token, slot, res, ACTOR))), [])
            ctx = _context(token, res)
            if agents and not (ctx.negated or ctx.blocked):
                by_trigger[("attack", token.i)] = [a for a in agents if a.actor.type != "LOCATION"]
                lemmas[token.i] = token.lemma_.lower()
    for cand in candidates:
        if cand.negated or cand.rule in _NOT_EVENTS or cand.predicate not in _EVENT_KINDS:
            continue
        ctx = _context(cand.trigger, res) if cand.clausal else None
        if ctx is not None and ctx.negated:  # "refused to sign a deal with B": no event to refer back to
            continue
        if cand.predicate != "negotiates_with" and cand.trigger.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lemma_ in MODAL_AUX for c in cand.trigger.children):
            continue  # "the army would retake the town", "X could attack Y": an attack or a capture yet to come
        if not any(valid_ends(cand.predicate, s.actor, o.actor) for s in cand.subjects for o in cand.objects):
            continue  # "Kenya held al-Shabaab responsible": no capture, whatever "held" may mean elsewhere
        kind = _EVENT_KINDS[cand.predicate]
        refs = [*cand.subjects, *cand.objects] if kind == "negotiation" else cand.subjects
        found = by_trigger.setdefault((kind, cand.trigger.i), [])
        for ref in (_acting_for(r, cand.predicate, res) for r in refs):
            if ref.kind not in ("distributive", "parties") and ref.actor.type != "LOCATION" \
                    and all(ref.actor.id != f.actor.id for f in found):
                found.append(ref)
        lemmas[cand.trigger.i] = _event_word(cand.trigger)
        if kind != "negotiation":
            targets.setdefault(cand.trigger.i, set()).update(o.actor.id for o in cand.objects)
            objects.setdefault(cand.trigger.i, []).extend(cand.objects)
    return sorted((_Event(kind, i, sent_of[i], lemmas[i], tuple(refs), frozenset(targets.get(i, ())),
                          tuple(objects.get(i, ())), kind != "negotiation" and _waged_with_companion(doc[i], res))
                   for (kind, i), refs in by_trigger.items()
                   if refs and (kind != "negotiation" or len(refs) >= 2)), key=lambda e: e.token)


def _waged_with_companion(trigger: Token, res: Resolver) -> bool:
    """w50c: whether an attack's trigger -- the verb, or the event noun in a prepositional phrase on it ("fought
    alongside Y in an offensive") -- has a companion preposition naming an actor (``companion_prepositions``):
    the effort has two agents, so a later "the offensive" names no one of them."""
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        verb = trigger.head.head
    if verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "prep" and c.lower_ in COMPANION_PREPOSITIONS and any(
        g.dep_ == "pobj" and np_refs(g, res, ACTOR) for g in children_of(c)) for c in children_of(verb))


def _event_word(trigger: Token) -> str:
    """The noun that names the event: "signed a truce" is a truce, "agreed to a ceasefire" a ceasefire."""
    if trigger.pos_ in ("VERB", "AUX"):
        for child in children_of(trigger):
            nouns = [child] if child.dep_ == "dobj" else [p for p in children_of(child) if p.dep_ == "pobj"] \
                if child.dep_ == "prep" else []
            for noun in nouns:
                if noun.lemma_.lower() in DEAL_NOUNS | ATTACK_EVENT_NOUNS or noun.lower_ in DEAL_NOUNS:
                    return noun.lemma_.lower()
    return trigger.lemma_.lower()


def _antecedent(token: Token, events: list[_Event], sent_of: dict[int, int], kind: str | tuple[str, ...],
                window: int, gap=None) -> _Event | None:
    """The event ``token`` refers back to: the last of ``kind`` (a kind or several) before it within ``window``
    sentences, if no other recent event of those kinds had other actors (events of the same word are preferred:
    "an offensive ... the offensive")."""
    sent = sent_of[token.i]
    kinds = (kind,) if isinstance(kind, str) else kind
    prior = [e for e in events if e.kind in kinds and e.token < token.i
             and (sent - e.sent if gap is None else gap(e.sent, sent)) <= window]
    # an act told earlier in the noun's own sentence is the one it names ("X fired missiles at Y; Z condemned the
    # attack"), before any of the same word further back
    own = [e for e in prior if e.sent == sent]
    prior = own or prior
    same_word = [e for e in prior if e.lemma == token.lemma_.lower()]
    # ref57: "the air strikes" after a bombing and a siege by another: the act told from the air
    same_manner = [e for e in prior if _aerial_act(token.doc[e.token])] if _aerial_act(token) else []
    pool = same_word or same_manner or prior
    if not pool:
        return None
    # Every recent event of the kind must have the same actors: "A and B signed a truce; C and D a
    # ceasefire ... the deal" could be either.
    if not _one_set_of_actors(pool):
        return None
    if pool[-1].shared:
        # w50c: "X fought alongside Y in an offensive ... The offensive was backed by Z": the effort is X's and Y's,
        # and which of them the description means (who was backed, who struck) is not said; neither is read
        return None
    return pool[-1]


def _aerial_act(token: Token) -> bool:
    """ref57: whether an act's word tells it from the air: a noun of air attack ("the bombing", "the air strikes",
    "drone strikes"), a verb of bombing ("X bombed Y"), or a verb or noun whose subject is aircraft ("Xian jets
    struck Y") -- not "the strikes" alone, nor "X's troops struck Y"."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if token.pos_ == "VERB":
        return lemma in AERIAL_ATTACK_VERBS or any(
            c.dep_ == "nsubj" and c.lower_ in AIRCRAFT_NOUNS for c in children_of(token))
    if lemma in AERIAL_ATTACK_NOUNS or lower in AERIAL_ATTACK_NOUNS:
        return True
    return lemma in ATTACK_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in AERIAL_ATTACK_MODIFIERS for c in children_of(token))


def _unreal_act(verb: Token, res: Resolver) -> bool:
    """Whether an attack verb is told as no plain fact: denied, charged, claimed, intended ("accused X of firing at
    Y", "denied shelling Y", "plans to strike Y"); what the police or officials say happened is told as one."""
    from conflictkg.graph.relations import _context  # (relations imports this module)

    if any(a.lemma_ in ACCUSATION_VERBS or a.lemma_ in DENYING_VERBS for a in verb.ancestors):
        return True  # "accused X of firing at Y", "denied shelling Y"
    ctx = _context(verb, res)
    return bool(ctx.negated or ctx.blocked or ctx.purpose or ctx.modality)


def _bare_responsibility(token: Token) -> bool:
    """"X claimed responsibility", "X claimed responsibility within hours": a claim with no "for" phrase, which owns
    the one attack just told (``_unattributed_claimed``)."""
    return token.lemma_.lower() in RESPONSIBILITY_NOUNS and token.dep_ == "dobj" \
        and token.head.lemma_.lower() in CLAIMING_VERBS and not any(
        c.dep_ == "prep" and c.lower_ == "for" for w in (token, token.head) for c in children_of(w))


def _dated_event(token: Token) -> bool:
    """"Saturday's bombing", "last week's attack": an event named by its date, as definite as "the bombing"."""
    dets = [c for c in children_of(token) if c.dep_ in ("det", "poss")]
    return token.pos_ == "NOUN" and len(dets) == 1 and dets[0].dep_ == "poss" and dets[0].ent_type_ in ("DATE", "TIME")


def _definite_event(token: Token) -> bool:
    """"the deal", "this truce" -- not "a deal", not "their deal" (a possessor names its parties)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    dets = [c for c in children_of(token) if c.dep_ in ("det", "poss")]
    return len(dets) == 1 and dets[0].dep_ == "det" and dets[0].lower_ in _DEMONSTRATIVES


def _brokered(token: Token, res: Resolver, events: list[_Event], sent_of: dict[int, int]) -> Iterator[Candidate]:
    """"The deal was brokered by Qatar", "the agreement, mediated by Egypt,", "Norway hosted the talks"."""
    if (token.lemma_.lower() not in DEAL_NOUNS and token.lower_ not in DEAL_NOUNS) or not _definite_event(token):
        return
    places = [c for c in children_of(token) if c.dep_ == "compound" and (a := res.named(c)) is not None and a.type == "LOCATION"]
    if any(c.dep_ in ("prep", "compound", "nmod") and (c.lower_ in ("between", "with") or res.named(c))
           for c in children_of(token) if c not in places):
        # "the deal between A and B", "the Hamas-Fatah agreement", "the US-Iran talks" (the pair hung as a noun
        # modifier): the sentence names its own parties
        return
    # "most of the talks", "a round of the talks": the part stands where the deal would
    slot = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" \
        and token.head.head.lower_ in DEAL_PARTS else token
    head = slot.head
    if slot.dep_ == "nsubjpass" and head.lemma_ in BROKER_VERBS:
        verb, brokers = head, _slot(head, "agent", res, ACTOR)
    elif slot.dep_ == "dobj" and head.lemma_ in BROKER_VERBS and head.pos_ == "VERB":
        verb, brokers = head, [r for t in clause_subjects(head) for r in np_refs(t, res, ACTOR)]
    else:
        participles = [c for c in children_of(token) if c.dep_ == "acl" and c.lemma_ in BROKER_VERBS and c.tag_ == "VBN"]
        if not participles:
            return
        verb, brokers = participles[0], _slot(participles[0], "agent", res, ACTOR)
    brokers = [b for b in brokers if b.actor.type != "LOCATION"]
    event = _antecedent(token, events, sent_of, "negotiation", _DEAL_WINDOW)
    if event is None and verb.lemma_.lower() in PRONOUN_BROKER_VERBS:
        event = _sole_negotiation(token, events)  # (a go-between of the talks, not a guarantor of the deal's keeping)
    if not brokers or event is None:
        return
    if places and not _held_at(event, places, res):
        # "A and B signed a deal in Pretoria; the two sides have since met in Mekelle ... C, which brokered the
        # Pretoria accord": an earlier round of the same parties held there is the one meant
        ids = frozenset(r.actor.id for r in event.actors)
        held = [e for e in events if e.kind == "negotiation" and e.token < token.i
                and sent_of[token.i] - e.sent <= _DEAL_WINDOW and frozenset(r.actor.id for r in e.actors) == ids
                and _held_at(e, places, res)]
        if not held:
            return  # "the Oslo talks" after talks held elsewhere (or nowhere said): another round, perhaps
        event = held[-1]
    parties = _others(event, brokers)
    if len(parties) < 2 or _negated(verb, res):  # the broker is one of only two parties: nothing new
        return
    yield Candidate(brokers, "negotiates_with", parties, verb, "broker:anaphoric", 0.7)


def _one_set_of_actors(events: list[_Event]) -> bool:
    """Whether there are events and all have the same actors: "A and B signed a truce; C and D a ceasefire ... the
    deal" could be either, so a reference to them is no one's."""
    return len({frozenset(r.actor.id for r in e.actors) for e in events}) == 1


def _sole_negotiation(token: Token, events: list[_Event]) -> _Event | None:
    """"A and B signed a truce in March ... [paragraphs of fighting] ... C, which brokered the truce, urged restraint":
    a definite deal noun past the window takes up the one negotiation the text has told before it, however far back
    -- only where every negotiation told before is between the same parties (two pairs leave "the talks" open)."""
    told = [e for e in events if e.kind == "negotiation" and e.token < token.i]
    if not _one_set_of_actors(told):
        return None
    return told[-1]


def _deal_pronouns(doc: Doc, columns: DocColumns) -> Iterator[Token]:
    """The tokens that are a pronoun a broker's passive may take for a deal (``deal_pronouns``: "it"), found from
    the lowered-form column (a Token made only for them)."""
    strings = doc.vocab.strings
    ids = {strings[w] for w in DEAL_PRONOUNS if w in strings}
    if ids:
        yield from (doc[i] for i, lower in enumerate(columns.column(LOWER)) if lower in ids)


# How far back (in sentences) "it was brokered by C" may look for the talks or the deal it stands for.
_PRONOUN_DEAL_WINDOW = 1


def _brokered_pronoun(token: Token, res: Resolver, events: list[_Event], sent_of: dict[int, int]) -> Iterator[Candidate]:
    """"A and B agreed a truce in May. It was brokered by C", "a ceasefire was signed by A and B, and it was mediated
    by C": a pronoun subject of a broker's passive stands for the talks or the deal told in its own sentence or the one
    before, and the broker deals with each of their parties. Only the one negotiation there (two with other parties
    leave "it" unclear), only with two parties besides the broker, and never where the clause denies the brokering."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.pos_ != "VERB" or verb.lemma_.lower() not in PRONOUN_BROKER_VERBS:
        return
    brokers = [b for b in _slot(verb, "agent", res, ACTOR) if b.actor.type != "LOCATION"]
    if not brokers:
        return
    event = _antecedent(token, events, sent_of, "negotiation", _PRONOUN_DEAL_WINDOW)
    if event is None:
        return
    parties = _others(event, brokers)
    if len(parties) < 2 or len(parties) != len(event.actors) or _negated(verb, res):
        return  # the broker is one of the parties ("A and B made a deal; it was brokered by A"): no go-between
    yield Candidate(brokers, "negotiates_with", parties, verb, "broker:pronoun", 0.7)


def _signed_pronoun(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"The Pretoria agreement ended the war. It was signed by A and B in November": a pronoun subject of a signing
    passive that opens its sentence continues the deal the sentence before had for its main subject, and the
    signatories it names negotiated with each other (as "the agreement was signed by A and B" says:
    deal:signed-by-pair). Only two or more signatories besides any person, never where the clause denies it (ref38)."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.pos_ != "VERB" or verb.lemma_.lower() not in PRONOUN_SIGNING_VERBS \
            or token.i != token.sent.start or token.sent.start == 0:
        return
    before = res.doc[token.sent.start - 1].sent
    deal = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(deal) != 1 or (deal[0].lemma_.lower() not in DEAL_NOUNS and deal[0].lower_ not in DEAL_NOUNS):
        return
    signers = list({r.actor.id: r for r in _slot(verb, "agent", res, ACTOR)
                    if r.actor.type not in ("LOCATION", "PERSON")}.values())
    if len(signers) < 2 or _negated(verb, res):
        return
    for i, first in enumerate(signers):
        for second in signers[i + 1:]:
            yield Candidate([first], "negotiates_with", [second], verb, "deal:pronoun-signed", 0.7)


def _held_at(event: _Event, places: list[Token], res: Resolver) -> bool:
    """Whether the sentence that states ``event`` names every one of ``places`` ("held talks in Oslo ... the
    Oslo talks"): a deal called after a place is the one made there."""
    sent = res.doc[event.token].sent
    named = {a.id for t in sent if (a := res.named(t)) is not None}
    return all(res.named(p).id in named for p in places)


# How far back (in sentences) a claim may look for the attack it owns.
_CLAIM_WINDOW = 2


def _told_by_participle(noun: Token) -> bool:
    """Whether a definite attack noun is told, not taken up, by the participle that tells where it struck ("condemns
    the attack carried out on Sunday against positions of X", as a press release opens): a new attack, whose target
    the participle's phrase names."""
    return any(a.dep_ == "acl" and a.tag_ == "VBN" and any(p.dep_ == "prep" and p.lower_ in ("on", "against")
                                                           for p in children_of(a)) for a in children_of(noun))


def _unattributed_claimed(token: Token, res: Resolver, sent_of: dict[int, int]) -> Iterator[Candidate]:
    """"Gunmen attacked X on Sunday. The Front claimed the attack": an attack told with no named doer, then
    claimed, is the claimant's. Only the one such attack within the window (two would leave the claim's unclear),
    and only where no named doer was given for any attack since."""
    if not (_definite_event(token) or _dated_event(token) or _bare_responsibility(token)):
        return
    verb, claimants = _claimant(token, res)
    claimants = [c for c in claimants if c.actor.type in ("ARMED_GROUP", "ORGANIZATION")]
    if not claimants or _negated(verb, res):
        return
    # a claim that names no attack of its own kind ("claimed responsibility", "claimed the bombing") binds only to
    # an attack told as a fact: one the text charges someone with, reports or denies leaves the claim's unclear
    loose = not (_definite_event(token) and (token.lemma_.lower() in ATTACK_EVENT_NOUNS or token.lower_ in ATTACK_EVENT_NOUNS))
    sent, anchors = sent_of[token.i], []
    for t in reversed(res.doc[:token.i]):
        if sent - sent_of[t.i] > _CLAIM_WINDOW:
            break
        if loose and t.pos_ == "VERB" and any(f.predicate == "attacks" for f in VERB_FRAMES.get(t.lemma_, ())) \
                and _unreal_act(t, res):
            return
        if t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.pos_ == "VERB" \
                and any(f.predicate == "attacks" for f in VERB_FRAMES.get(t.head.lemma_, ())):
            continue  # "attacked a base in X, killing 20 soldiers": the attack's outcome, the same attack
        if t.pos_ == "VERB" and any(f.predicate == "attacks" for f in VERB_FRAMES.get(t.lemma_, ())):
            doers = [c for c in children_of(t) if c.dep_ in ("nsubj", "agent")]
            targets = [r for c in children_of(t) if c.dep_ == "dobj" for r in np_refs(c, res, PLACE)]
            if not targets:  # "gunmen attacked a hotel in X", "a car bomb killed 29 people in Y": where it was
                targets = [r for h in (t, *(c for c in children_of(t) if c.dep_ == "dobj" and not res.named(c)))
                           for p in children_of(h) if p.dep_ == "prep" and p.lower_ in ("in", "at")
                           for o in children_of(p) if o.dep_ == "pobj"
                           for r in np_refs(o, res, PLACE) if r.actor.type == "LOCATION"]
        elif t.pos_ == "NOUN" and t.lemma_.lower() in ATTACK_EVENT_NOUNS and t.i != token.i and (
                not _definite_event(t) or _told_by_participle(t)):
            doers = [c for c in children_of(t) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
            targets = _slot(t, "prep:on|against", res, PLACE) or [
                r for a in children_of(t) if a.dep_ == "acl" and a.tag_ == "VBN" for r in _slot(a, "prep:on|against", res, PLACE)]
            if not targets:  # "an attack by hundreds of gunmen on X": the parser hangs the target in the doer's phrase
                targets = [r for d in doers for w in d.subtree if w.dep_ == "prep" and w.lower_ in ("on", "against")
                           for p in children_of(w) if p.dep_ == "pobj" for r in np_refs(p, res, PLACE)]
        elif t.pos_ == "NOUN" and (t.lemma_.lower() in ATTACK_EVENT_NOUNS | ATTACK_NOUNS or t.lower_ in ATTACK_NOUNS) \
                and t.i != token.i and (targets := _struck_site(t, res)):
            # "linked them to the bombing at a church in X": a definite attack told with where it struck is one the
            # claim may take up too, nearer than the raids told before it (prec57)
            doers = [c for c in children_of(t) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
        else:
            continue
        if any(np_refs(p, res, ACTOR) for d in doers for p in ([d] if d.dep_ == "nsubj" else children_of(d))):
            return  # an attack with a named doer since: the claim may be of that one
        if targets:
            anchors.append(targets)
    # (the same places told twice, "attacked a hotel in X. The attack in X killed nine", are one attack)
    if len({frozenset(r.actor.id for r in a) for a in anchors}) == 1:
        yield Candidate(claimants, "attacks", anchors[0], verb, "claim:unattributed-attack", 0.7)


def _struck_site(noun: Token, res: Resolver) -> list[Ref]:
    """The places a definite attack noun is told to have struck, by its own "at" or "in" phrase or the "in" phrase
    of the site it names ("the bombing at a church in X": X; "the shooting in Y": Y), or [] where it tells none."""
    if not _definite_event(noun):
        return []
    # (the parser may hang the phrase right after the noun on the verb above it: "tied them to the bombing at X")
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    out = []
    for p in {*children_of(noun), *([after] if after is not None else [])}:
        if p.dep_ != "prep" or p.lower_ not in ("at", "in"):
            continue
        for o in children_of(p):
            if o.dep_ != "pobj":
                continue
            refs = [r for r in np_refs(o, res, PLACE) if r.actor.type == "LOCATION"]
            out += refs or [r for q in children_of(o) if q.dep_ == "prep" and q.lower_ == "in"
                            for g in children_of(q) if g.dep_ == "pobj"
                            for r in np_refs(g, res, PLACE) if r.actor.type == "LOCATION"]
    return out


def _attack_described(token: Token, res: Resolver, events: list[_Event], sent_of: dict[int, int]) -> Iterator[Candidate]:
    """"The offensive on X", "the assault on X" with no agent of its own: the agent of the attack named before."""
    if token.lemma_.lower() not in ATTACK_EVENT_NOUNS and token.lower_ not in ATTACK_EVENT_NOUNS:
        return
    if not _definite_event(token) or res.named(token):
        return
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in children_of(token)) \
            or _slot(token, "compound", res, ACTOR):
        return  # "the Russian offensive", "the assault by the army": an agent of its own
    if _governor_subjects(token, EVENT_GOVERNORS):
        return  # "the coalition launched the offensive on X": its agent is that subject
    slots = "prep:on|against|into|at|outside"
    if token.lemma_.lower() in TERRITORIAL_ATTACK_NOUNS:
        slots += "|of"
    objects = _slot(token, slots, res, PLACE) or _hit_by_event(token, res)
    # a capture is an offensive's work too: "X seized A in May ... the offensive on B began" is X's offensive
    # "X struck A in retaliation for the raid on B", "shelled A after the attack on B": the act a clause answers
    # or follows is not that clause's own attack (the one answered, if named before, is)
    earlier = [e for e in events if not _answered_by(token, res.doc[e.token])]
    event = _antecedent(token, earlier, sent_of, ("attack", "capture"), _ATTACK_WINDOW)
    if not objects or event is None or _negated(token, res):
        return
    # "A attacked X ... B bombed A's camps ... the attack on X": an attack told before on that very place is the
    # one described, not the last one elsewhere
    tied = _tied_antecedent(token, res, earlier, sent_of, ("attack", "capture"))
    if tied is not None and tied.targets & {o.actor.id for o in objects}:
        event = tied
    agents = _others(event, objects)
    if not agents:
        return
    yield Candidate(agents, "attacks", objects, token, "event:anaphoric", 0.7)
    enemies = [o for o in _slot(token, "prep:against", res, ACTOR) if o.actor.type != "LOCATION"]
    if enemies:
        yield Candidate(agents, "opposes", enemies, token, "event:anaphoric", 0.65)


def _hit_by_event(token: Token, res: Resolver) -> list[Ref]:
    """What an attack noun, the subject of a verb of hitting, hit: "The raid hit the rebels' depot", "the offensive
    killed three fighters of X" -- the body or the place its direct object names (as an attack with an agent of its own
    is read, ``rules.noun_rule``); none for any other verb ("the offensive stalled")."""
    if token.dep_ != "nsubj" or token.head.lemma_ not in HITTING_VERBS:
        return []
    return _slot(token.head, "dobj", res, ACTOR) or _slot(token.head, "dobj", res, PLACE)


def _attack_taken_part_in(token: Token, res: Resolver, events: list[_Event], sent_of: dict[int, int]) -> Iterator[Candidate]:
    """"Israel struck X. Washington said it was not involved in the strikes", "... B was behind the raid", "... C
    denied any role in the bombing": taking part in an attack the text told before, named by a definite noun with
    no target of its own, is taking part in it against what it hit (rules._participants says who took part; the
    noun is the trigger, so a denied part is read denied, as "not involved in the strikes on X" is)."""
    if not _definite_event(token) or res.named(token) or _slot(token, "prep:on|against|into|at", res, PLACE):
        return
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() not in PROJECTILE_NOUNS for c in children_of(token)):
        return  # "the airport attack", "the Russian raids": words of its own that may set it apart from the one before
    if token.dep_ == "pobj" and token.head.head.lemma_.lower() in RESPONSIBILITY_NOUNS:
        return  # "denied responsibility for the attack": a charge answered, which the text may hold against it
    holders = _participants(token) or _part_takers(token)
    if not holders:
        return
    parts = [r for h in holders for r in np_refs(h, res, ACTOR) if r.actor.type != "LOCATION"]
    event = _antecedent(token, events, sent_of, "attack", _ATTACK_WINDOW)
    if not parts or event is None or not event.objects:
        return
    ids = {r.actor.id for r in parts}
    objects = [o for o in event.objects if o.actor.id not in ids]
    if objects:
        yield Candidate(parts, "attacks", [Ref(o.actor, "anaphor") for o in objects], token,
                        "event:taken-part-in", 0.7)


def _part_takers(token: Token) -> list[Token]:
    """ref52: who "took part in" the event ``token`` names, where the parser hangs the "in" on the verb and leaves
    the role noun a bare object of its own ("Israel struck X. The United States has not taken part in the strikes":
    the noun ``part``, ``participation_nouns`` with "in"): the verb's subjects; none where the role noun says more
    ("played a key role in": its own words may grade the part). evt59: "no" or "any" alone on the noun ("had no
    part in the attack", "played no part in the raid") is the part denied, which the trigger's context reads
    (relations._role_denied), also where the parser hangs the "in" on the noun (:func:`_role_noun_taken`)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    if prep.head.pos_ == "NOUN":
        role = prep.head
        verb = _role_noun_taken(role, prep)
        return clause_subjects(verb) if verb is not None else []
    if prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = prep.head
    roles = [c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN" and _bare_part(c)
             and prep.lower_ in PARTICIPATION_NOUNS.get(c.lemma_.lower(), ())]
    return clause_subjects(verb) if len(roles) == 1 and roles[0].lower_ == "part" else []


def _bare_part(role: Token, prep: Token | None = None) -> bool:
    """evt59: whether a role noun says nothing but that a part was had or not: no word of its own but its event's
    ``prep``, or only "no" or "any" ("took part", "had no part", "denied playing any part"), not "a key part",
    "his part"."""
    return all(c == prep or (c.dep_ == "det" and c.lower_ in ("no", "any")) for c in children_of(role))


def _role_noun_taken(role: Token, prep: Token) -> Token | None:
    """evt59: the verb whose object is the bare role noun ``part`` the parser hung an event's "in" on ("Chad had
    no part | in the attack", "X played no part | in the raid"), if that verb is one of taking part (the lexicon's
    ``part_holding_verbs``: "have", "play", "take"); None otherwise."""
    if role.lower_ != "part" or role.dep_ != "dobj" or not _bare_part(role, prep) or prep.lower_ != "in":
        return None
    verb = role.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in PART_HOLDING_VERBS else None


def _answered_by(token: Token, trigger: Token) -> bool:
    """Whether ``token`` names an act that ``trigger``'s clause answers or follows: it lies below the trigger
    through a word of answer or sequence ("in retaliation for | the raid", "after | the attack")."""
    for head in token.ancestors:
        if head == trigger:
            return False
        if head.lower_ in ANSWERED_EVENT_WORDS or head.lemma_.lower() in ANSWERED_EVENT_WORDS:
            return trigger in head.ancestors
    return False


def _backing_verb(token: Token) -> bool:
    """Whether ``token`` is a verb the lexicon reads as backing ("back", "fund", "arm")."""
    return token.pos_ == "VERB" and any(f.predicate == "supports" for f in VERB_FRAMES.get(token.lemma_.lower(), ()))


def _attack_backed(token: Token, res: Resolver, events: list[_Event], sent_of: dict[int, int]) -> Iterator[Candidate]:
    """"X's offensive, backed by A,", "the assault was funded by A", "A backed the invasion": backing an armed
    effort backs whoever wages it -- the agent the noun names ("X's", "the X offensive", "an offensive by X": rel36)
    or, for "the offensive" alone, the agent of the attack named just before (as :func:`_attack_described` finds
    it). A denied backing gives nothing."""
    if res.named(token):
        return
    verb = next((c for c in children_of(token) if c.dep_ == "acl" and c.tag_ == "VBN" and _backing_verb(c)), None)
    if verb is None and token.dep_ == "nsubjpass" and _backing_verb(token.head):
        verb = token.head
    if verb is None and token.dep_ == "dobj" and _backing_verb(token.head) and _plain_armed_effort(token):
        # the active voice (ref38): who backs is the verb's subject
        backers = [r for t in clause_subjects(token.head) for r in np_refs(t, res, ACTOR) if r.actor.type != "LOCATION"]
        verb = token.head
    elif verb is None:
        return
    else:
        backers = [b for b in _slot(verb, "agent", res, ACTOR) if b.actor.type != "LOCATION"]
    if not backers or _negated(verb, res):
        return
    agents = next((found for slot in ("poss", "compound", "prep:by") if (found := [
        r for r in _slot(token, slot, res, ACTOR) if r.actor.type != "LOCATION"])), [])
    if not agents and _definite_event(token):
        event = _antecedent(token, events, sent_of, ("attack", "capture"), _ATTACK_WINDOW)
        agents = _others(event, backers) if event is not None else []
    ids = {b.actor.id for b in backers}
    agents = [a for a in agents if a.actor.id not in ids]
    if agents:
        yield Candidate(backers, "supports", agents, verb, "event:backed", 0.7)


def _plain_armed_effort(token: Token) -> bool:
    """Whether an event noun stands with no word that makes it another kind of effort than the attack told before:
    "the offensive", "the 2023 operation", "the invasion of X" -- not "the campaign for peace talks", "the rescue
    operation", "the humanitarian operation" (whose backers back no belligerent)."""
    for c in children_of(token):
        if c.dep_ == "det" or c.ent_type_ == "DATE":
            continue
        if c.dep_ == "prep" and c.lower_ in ARMED_EFFORT_PREPOSITIONS:
            continue
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in ATTACK_NOUNS:
            continue  # ("the bombing campaign")
        return False
    return True


def _attack_condemned(token: Token, res: Resolver, events: list[_Event], sent_of: dict[int, int]) -> Iterator[Candidate]:
    """"A condemned the attack", "the shelling was condemned by A" with no agent of its own: A condemns the
    agent of the attack named before (the verb is the trigger, so a denied condemnation is read denied)."""
    if not _definite_event(token) or res.named(token):
        return
    lemma = token.lemma_.lower()
    if (lemma in CONDEMNED_EVENT_NOUNS or token.lower_ in CONDEMNED_EVENT_NOUNS) and any(
            c.dep_ in ("compound", "nmod", "amod") and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in ATTACK_NOUNS
            and c.ent_type_ != "DATE" for c in children_of(token)):
        return  # "the rescue operation", "the vaccination campaign": another kind of act (a "bombing campaign" is one)
    verb = token.head
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in CONDEMN_VERBS or _smeared(token, verb)):
        return
    critics = _critics_of(token, verb, res)
    if critics is None:
        return
    if any(t.dep_ == "agent" or t.lower_ == "by" for t in token.subtree) \
            or any(r.actor.type != "LOCATION" for r in _slot(token, "compound", res, ACTOR)):
        return  # "the attack by X", "the Russian strike", "the raid carried out by X": the sentence names its agent
    critics = [c for c in critics if c.actor.type != "LOCATION"]
    seizure = token.lemma_.lower() in SEIZURE_NOUNS or token.lower_ in SEIZURE_NOUNS
    # (a capture is an offensive's work too: one by another actor makes "the offensive" ambiguous)
    kinds = "capture" if seizure else ("attack", "capture") if token.lemma_.lower() in GROUND_CAMPAIGN_NOUNS else "attack"
    if not critics:
        return
    # the last recent attack, else the one the noun ties itself to by place or date however far back: "ECOWAS
    # condemned the attack on X" at a story's end, after air strikes elsewhere since, is the attack on X
    recent = _antecedent(token, events, sent_of, kinds, _CONDEMNED_WINDOW, _worded_gap(res))
    event = recent if recent is not None and _condemned_fits(token, res, recent, seizure) else None
    if event is None:
        tied = _tied_antecedent(token, res, events, sent_of, kinds)
        event = tied if tied is not None and tied != recent and _condemned_fits(token, res, tied, seizure) else None
    if event is None and recent is None and not any(
            e.kind in kinds and e.token < token.i and sent_of[token.i] - e.sent <= _CONDEMNED_WINDOW for e in events):
        # (only where no act is told near: two near acts by other agents make the noun no one's, as ever)
        lead = _lead_antecedent(token, res, events, kinds)
        event = lead if lead is not None and _condemned_fits(token, res, lead, seizure) else None
    if event is None:
        # (past the window: the one agent of every attack the text has told, as :func:`_sole_negotiation` for talks)
        sole = _sole_attack(token, res, events, kinds)
        event = sole if sole is not None and _condemned_fits(token, res, sole, seizure) else None
    if event is None:
        return
    # "the Belgorod raid" after strikes on Kharkiv: an attack on another place than the one the event's
    # sentence names is another attack, by someone the text may not name
    sent = res.doc[event.token].sent
    if any(_place_word(t, res) for t in sent) and any(
            c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and _place_word(c, res)
            and c.lower_ not in sent.text.lower() for c in children_of(token)):
        return
    agents = _others(event, critics)
    if agents:
        yield Candidate(critics, "condemns", agents, verb, "condemn:event-anaphoric", 0.7)


# A story's own event is told in its first sentences: a headline and the lead under it.
_LEAD_SENTENCES = 2


def _lead_antecedent(token: Token, res: Resolver, events: list[_Event], kinds: str | tuple[str, ...]) -> _Event | None:
    """"A stormed a base near X on Monday [the lead]. B led the counter-attack ... C condemned the raid": a condemned
    noun that no recent event settles (none told near) takes up the story's own event: the
    attack told by the first sentence to tell one, if that is the headline or the lead -- only where it tells attacks
    by the same agents, and no act of the noun's own word stands between that no rule read (an accusation's "drone
    strikes" may be what "the strikes" means)."""
    if token.lemma_.lower() not in ATTACK_NOUNS and token.lower_ not in ATTACK_NOUNS:
        return None  # (a broad word, "the bombing campaign", "the operation", may be another effort than the lead's act)
    kinds = (kinds,) if isinstance(kinds, str) else kinds
    told = [e for e in events if e.kind in kinds and e.token < token.i]
    # (the first sentence to tell one: the headline's, else the lead's)
    opening = [e for e in told if e.sent == told[0].sent < _LEAD_SENTENCES] if told else []
    if not _one_set_of_actors(opening):
        return None
    event = opening[-1]
    known = {e.token for e in events}
    lemma = token.lemma_.lower()
    if any(t.lemma_.lower() == lemma and t.i not in known for t in res.doc[event.token + 1:token.i]):
        return None
    return event


def _sole_attack(token: Token, res: Resolver, events: list[_Event], kinds: str | tuple[str, ...]) -> _Event | None:
    """"A struck B's offices at dawn [...] (paragraphs of toll, claims and denials) [...] C and D condemned the strike":
    a condemned attack noun that no recent event settles takes up the attack the text has told, however far back --
    only where every attack told before it has the same agents (two agents leave "the strike" open), the noun has no
    word of its own that may set it apart ("the drone incursion", "the Israeli strikes"), the condemnation does not
    say it names no doer ("condemned the killings without naming anyone"), no act of the noun's own word with no
    determiner of reference stands after the event that no rule read ("a bombing": an act told anew, whose doer may be
    another), and the text never asks who did it ("no group has claimed the attack", "responsibility for the attack")."""
    if token.lemma_.lower() not in ATTACK_NOUNS and token.lower_ not in ATTACK_NOUNS:
        return None  # (a broad word, "the operation", "the campaign", may be another effort than the act told)
    if any(c.dep_ in ("compound", "nmod") or (c.dep_ == "amod" and (
            res.named(c) is not None or c.ent_type_ in ("NORP", "GPE", "LOC", "FAC", "ORG"))) for c in children_of(token)):
        return None
    if any(c.dep_ == "prep" and c.lower_ in DOER_UNNAMED_PREPOSITIONS and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in children_of(c))
           for c in children_of(token.head)):
        return None
    kinds = (kinds,) if isinstance(kinds, str) else kinds
    told = [e for e in events if e.kind in kinds and e.token < token.i]
    if not _one_set_of_actors(told):
        return None
    event = told[-1]
    known = {e.token for e in events}
    lemma = token.lemma_.lower()
    if any(t.lemma_.lower() == lemma and t.i not in known and not _definite_event(t)
           for t in res.doc[event.token + 1:token.i]):
        return None
    if any(t.lemma_.lower() == lemma and _authorship_asked(t) for t in res.doc[:token.i]):
        return None
    return event


def _authorship_asked(token: Token) -> bool:
    """Whether an act's noun stands where its doer is in question: the object of a verb of claiming ("no group has
    claimed the attack") or of a claim of responsibility ("responsibility for the attack")."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in CLAIMING_VERBS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() in RESPONSIBILITY_NOUNS


def _condemned_fits(token: Token, res: Resolver, event: _Event, seizure: bool) -> bool:
    """Whether ``event`` can be the act a condemned noun names: a seizure "of" a place is that capture only if the
    place is what was taken; "the killing of N", "the attack on X" only if N or X (or the state where X lies) is
    what the event hit."""
    if seizure:  # "the seizure of the dam" is that capture only if the dam is what was taken ("of two journalists" is not)
        taken = [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
        return not taken or any(r.actor.id in event.targets for p in taken for r in np_refs(p, res, PLACE))
    # "condemned the killing of N": that attack only if N is whom it hit (an attack on army posts killed no N)
    victims = [r.actor.id for p in _preps(token, "of") if res.named(p) is not None for r in np_refs(p, res, ACTOR)]
    if victims and not any(v in event.targets for v in victims):
        return False
    # "condemned the attack on X": that attack only if X is what it hit, or the state where it hit ("the attack
    # on Boulkessi" after air strikes on a group's positions near another town is another attack)
    struck = {r.actor.id for p in _preps(token, "on|against") if res.named(p) is not None
              for role in (ACTOR, PLACE) for r in np_refs(p, res, role)}
    hit_states = {res.state_actor(e).id for t in event.targets if (a := res.actors.get(t)) is not None
                  and a.type == "LOCATION" and (e := res.state_containing(a)) is not None}
    return not struck or bool(struck & (set(event.targets) | hit_states))


def _act_condemned(token: Token, res: Resolver, sent_of: dict[int, int]) -> Iterator[Candidate]:
    """"A deployed troops to X. B condemned the deployment": a definite act that is no attack, condemned with no
    doer of its own, is the act of the subject of the one verb telling it (``act_event_verbs``) in the sentences
    just before; two such verbs with other subjects, or a denied or unreal one, make it no one's."""
    from conflictkg.graph.relations import _context  # (relations imports this module)

    if not _definite_event(token) or res.named(token) or any(t.dep_ == "agent" or t.lower_ == "by" for t in token.subtree):
        return
    verb = token.head
    if _breach_reported(token):  # "the detention violates the truce, A said": A's charge against the detainer
        critics = [r for t in clause_subjects(verb.head) for r in np_refs(t, res, ACTOR)]
        verb = verb.head
    elif token.dep_ == "nsubj" and verb.lemma_.lower() in DRAWING_VERBS:  # "the deployment drew a protest from A"
        critics = [r for t in _drawn_critics(verb) for r in np_refs(t, res, ACTOR)]
    elif verb.pos_ != "VERB" or not (verb.lemma_.lower() in CONDEMN_VERBS or _smeared(token, verb, ACT_CENSURE_LABELS)):
        return
    elif (critics := _critics_of(token, verb, res)) is None:
        return
    critics = [c for c in critics if c.actor.type != "LOCATION"]
    if not critics or any(r.actor.type != "LOCATION" for r in _slot(token, "compound", res, ACTOR)) or any(
            r.actor.type != "LOCATION" for p in _preps(token, "of") for r in np_refs(p, res, ACTOR)):
        return  # "the Russian deployment", "the deployment of Chinese troops": the sentence names its doer
    sent, verbs = sent_of[token.i], ACT_EVENT_VERBS[token.lower_]
    doers: list[frozenset[str]] = []
    found: list[Ref] = []
    for told in res.doc[:token.i]:
        if told.pos_ != "VERB" or told.lemma_.lower() not in verbs or told.i == verb.i \
                or sent - sent_of[told.i] > _ACT_WINDOW:
            continue
        ctx = _context(told, res)
        if ctx.negated or ctx.blocked:
            continue
        refs = [r for s in clause_subjects(told) for r in np_refs(s, res, ACTOR) if r.actor.type != "LOCATION"]
        if refs:
            doers.append(frozenset(r.actor.id for r in refs))
            found = refs
    if len(set(doers)) != 1:
        return  # none, or two acts by other doers: which one is condemned is not said
    ids = {c.actor.id for c in critics}
    agents = [Ref(r.actor, "anaphor") for r in found if r.actor.id not in ids]
    if agents:
        yield Candidate(critics, "condemns", agents, verb, "condemn27:act-anaphoric", 0.65)


def _drawn_critics(verb: Token) -> list[Token]:
    """Whom a censure drawn by ``verb`` comes from: the "from" after the censure noun, or after the verb
    ("drew a protest from A", "drew from A a sharp rebuke")."""
    nouns = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ in CENSURE_NOUNS]
    if not nouns:
        return []
    return [p for holder in (*nouns, verb) for c in children_of(holder) if c.dep_ == "prep" and c.lower_ == "from"
            for p in children_of(c) if p.dep_ == "pobj"]


def _breach_reported(token: Token) -> bool:
    """Whether ``token`` is the subject of a breach of a deal or a rule that a verb of saying reports ("the
    detention violates the truce, A said", "A said the expulsion breached international law")."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.lemma_.lower() in BREACH_VERBS and verb.dep_ in ("ccomp", "parataxis") \
        and verb.head.lemma_.lower() in REPORTING_VERBS and not any(c.dep_ == "neg" for c in children_of(verb)) \
        and any(c.dep_ == "dobj" and (c.lemma_.lower() in DEAL_NOUNS or c.lower_ in DEAL_NOUNS or c.lower_ in BREACHED_RULES)
                for c in children_of(verb))


def _worded_gap(res: Resolver):
    """How many sentences lie between two, counting only those with a word: a press statement's paragraph
    numbers ("1.", "2."), which the segmenter makes sentences of their own, put no distance between an event
    and its mention."""
    worded = [_PARAGRAPH_NUMBER.fullmatch(s.text.strip()) is None for s in doc_sents(res.doc)]

    def gap(first: int, last: int) -> int:
        return sum(worded[first + 1:last + 1])
    return gap


def _tied_antecedent(token: Token, res: Resolver, events: list[_Event], sent_of: dict[int, int],
                     kinds: str | tuple[str, ...]) -> _Event | None:
    """The event a condemned noun ties itself to, however far back: one on the place it names ("the attack on
    X", "the seizure of the dam" after X was attacked, the dam taken), one told in the sentence of the date it
    names ("the January attack" after "in January, A killed ..."), or, for a campaign's noun with neither (a
    war's one offensive, told at length), the last event of its very word ("the offensive" after "A launched an
    offensive") where no other of that word came since with no agent read ("a second offensive", someone
    else's perhaps). Every event so tied must have the same actors."""
    kinds = (kinds,) if isinstance(kinds, str) else kinds
    prior = [e for e in events if e.kind in kinds and e.token < token.i]
    objects = [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "at", "in")
               for p in children_of(c) if p.dep_ == "pobj"]
    places = {r.actor.id for p in objects for r in np_refs(p, res, PLACE)}
    names = {p.text for p in objects if p.pos_ == "PROPN"}  # a town no rule took for a target ("on the town of X")
    dates = {c.lower_ for c in children_of(token) if c.ent_type_ == "DATE" and c.dep_ in ("compound", "nmod", "poss", "npadvmod")}
    sents = doc_sents(res.doc)
    if places or names or dates:
        # (a town taken is one attacked: "overran X ... the attack on X"; but a taking is no killing: "retook X ...
        # condemned the killing of civilians in X" tells no doer, and the captor is not it)
        assault = {token.lemma_.lower(), token.lower_} & (ATTACK_EVENT_NOUNS | GROUND_CAMPAIGN_NOUNS | SEIZURE_NOUNS)
        prior = [e for e in events if e.kind in (*kinds, "capture") and e.token < token.i] \
            if (places or names) and assault else prior
        pool = [e for e in prior if e.targets & places
                or any(t.text in names or (t.ent_type_ == "DATE" and t.lower_ in dates) for t in sents[e.sent])]
    elif token.lemma_.lower() in GROUND_CAMPAIGN_NOUNS:
        lemma = token.lemma_.lower()
        pool = [e for e in prior if e.lemma == lemma]
        if pool and any(t.lemma_.lower() == lemma and t.i not in {e.token for e in events}
                        and any(c.dep_ == "det" and c.lower_ not in _DEMONSTRATIVES for c in children_of(t))
                        for t in res.doc[pool[-1].token + 1:token.i]):
            return None  # "a second offensive" since, whose agent no rule read: which one is meant is open
    else:
        return None
    # of several tied events, those of the noun's own act ("the shelling of X" after A shelled X and B attacked
    # posts in X): A's shelling
    pool = [e for e in pool if _same_act(e.lemma, token)] or pool
    if not _one_set_of_actors(pool):
        return None
    # (the one that hit the place named, if one did: "killing soldiers" told beside "overran a base in X")
    return ([e for e in pool if e.targets & places] or pool)[-1]


def _same_act(lemma: str, token: Token) -> bool:
    """Whether an event told by ``lemma`` is the act ``token`` names: the same word, or its verb nominalised
    ("shell" -- "the shelling", "bomb" -- "the bombing")."""
    noun = token.lemma_.lower()
    return noun == lemma or noun in gerunds(lemma)


def _place_word(token: Token, res: Resolver) -> bool:
    """Whether ``token`` names a place: a place the resolver knows, or a place (or people) name it does not."""
    actor = res.named(token)
    if actor is not None:
        return actor.type == "LOCATION"
    return token.ent_type_ in ("GPE", "LOC", "FAC") or (token.ent_type_ == "NORP" and not res.gazetteer.by_demonym(token.text))


def _smeared(event: Token, verb: Token, more: frozenset[str] | set[str] = frozenset()) -> bool:
    """"called the attack a cowardly act of terror", "described the shelling as a war crime": a labelling verb
    whose label for the event is one of condemnation (``EVENT_SMEAR_WORDS``, or ``more``: an act's censure labels,
    "called the listing an insult")."""
    if verb.lemma_.lower() not in LABELLING_VERBS or event.dep_ != "dobj":
        return False
    # (evt59: a label in -ly the parser takes for an adverb after the object: "called the raid cowardly")
    labels = [c for c in children_of(verb) if c.dep_ in ("oprd", "attr", "xcomp", "ccomp", "npadvmod")
              or (c.dep_ in ("dobj", "advmod") and c.i > event.i)]
    labels += [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as" for p in children_of(c)]
    if more:  # (an act's label the parser hangs on the act: "called the verdict a sham")
        labels += [c for c in children_of(event) if c.dep_ == "appos"]
    return any(w.lower_ in EVENT_SMEAR_WORDS or w.lower_ in more for label in labels for w in label.subtree)


def _coups(words: list[Token], res: Resolver, sent_of: dict[int, int]) -> list[_Event]:
    """w57d: the coups the text tells with their doers: the subjects of the verb that staged one ("the Council
    staged a coup", "officers attempted a putsch", "soldiers seized power in a coup"), stated, not denied, charged
    or only planned ("plotted a coup", "accused X of attempting a coup": no coup told)."""
    out = []
    for token in words:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in COUP_NOUNS and token.lower_ not in COUP_NOUNS:
            continue
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ == "in":  # "seized power in a coup"
            verb = verb.head
        elif token.dep_ != "dobj":
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in COUP_STAGING_VERBS or _unreal_act(verb, res):
            continue
        doers = [r for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR) if r.actor.type != "LOCATION"]
        if doers:
            out.append(_Event("coup", token.i, sent_of[token.i], token.lemma_.lower(), tuple(doers)))
    return out


def _coup_condemned(token: Token, res: Resolver, sent_of: dict[int, int], words: list[Token]) -> Iterator[Candidate]:
    """w57d: "A condemned the coup", "the putsch was condemned by A", "A condemned the coup attempt" with no doer of
    its own: A condemns whoever staged the coup told before (``_coups``); none where two coups by other doers are
    near, or the noun names its own place or doer ("the coup in X", "the army's coup")."""
    noun = token.head if token.dep_ == "compound" and token.head.lemma_.lower() == "attempt" else token
    if not _definite_event(noun) or res.named(noun) or any(
            c.dep_ in ("prep", "poss", "nmod") or c.dep_ in ("compound", "amod") and c != token and res.named(c)
            for c in children_of(noun)):
        return
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONDEMN_VERBS:
        return
    critics = _critics_of(noun, verb, res)
    critics = [c for c in critics or [] if c.actor.type != "LOCATION"]
    event = _antecedent(noun, _coups(words, res, sent_of), sent_of, "coup", _CONDEMNED_WINDOW) if critics else None
    agents = _others(event, critics) if event is not None else []
    if agents:
        yield Candidate(critics, "condemns", agents, verb, "condemn:coup-anaphoric", 0.7)


def _critics_of(token: Token, verb: Token, res: Resolver) -> list[Ref] | None:
    """Who condemns the act ``token`` names: the subjects of the condemning verb it is the object of, or the
    agent of the passive it is the subject of ("A condemned the raid", "the raid was condemned by A"); None for
    another role."""
    if token.dep_ == "dobj":
        return [r for t in _critics(verb) for r in np_refs(t, res, ACTOR)]
    if token.dep_ == "nsubjpass":
        return _slot(verb, "agent", res, ACTOR)
    return None


def _critics(verb: Token) -> list[Token]:
    """Who condemns with ``verb``: its subjects, or for "a statement condemning X" the statement's issuer."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in STATEMENT_NOUNS and verb.head.dep_ == "dobj":
        return clause_subjects(verb.head.head)
    return clause_subjects(verb)


def _others(event: _Event, present: list[Ref]) -> list[Ref]:
    """The event's actors other than those ``present`` in the description, referred back to."""
    ids = {r.actor.id for r in present}
    return [Ref(a.actor, "anaphor") for a in event.actors if a.actor.id not in ids]


def _negated(trigger: Token, res: Resolver) -> bool:
    """Whether the text denies the description's own clause ("the deal was not brokered by Qatar")."""
    from conflictkg.graph.relations import _context

    ctx = _context(trigger, res)
    return ctx.negated or ctx.blocked
