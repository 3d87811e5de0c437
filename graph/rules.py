"""The extraction rules: each reads one construction off the dependency parse.

Every rule takes a token and the document's :class:`Resolver` and yields
:class:`Candidate` relations; the relation component (``relations.py``) then reads
polarity, hedging, dates and evidence around the trigger and turns candidates into
:class:`~conflictkg.graph.model.Relation` objects. A candidate records the name of
the rule that found it (``verb:active``, ``noun:poss``, ``title``...), so every
relation in the graph says how it was read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from spacy.tokens import Token

from conflictkg.graph.columns import children_of
from conflictkg.graph.lemmas import verb_lemmas
from conflictkg.graph.lexicon import RECIPROCAL_PRONOUNS, PEOPLE_STATE_DEMONYMS
from conflictkg.graph.lexicon import GOVERNING_NAME_WORDS, BOUNDARY_NOUNS, BOUNDARY_SIDE_NOUNS, REALISED_SIDES
from conflictkg.graph.lexicon import COALITION_NOUNS, GROUP_NOUNS, HELD_EVENT_NOUNS
from conflictkg.graph.lexicon import PROPOSITION_DENYING_VERBS
from conflictkg.graph.lexicon import ADJECTIVAL_PARTICIPLES
from conflictkg.graph.lexicon import MEETING_VERBS, TALK_WITH_VERBS, ENVOY_NOUNS
from conflictkg.graph.lexicon import NAME_FORM_NOUNS, NAME_STATING_VERBS, HOLDER_LIST_MARKERS
from conflictkg.graph.lexicon import MINISTRY_HEADS, MINISTRY_NAME_LINKS, PREPOSITIONAL_SUBORDINATORS
from conflictkg.graph.lexicon import STATE_KIND_NOUNS, SUB_STATE_KIND_MODIFIERS
from conflictkg.graph.lexicon import WATERCOURSE_NAME_WORDS, WATER_BODY_WORDS
from conflictkg.graph.lexicon import PROTECTED_TARGETS, SHELTERING_VERBS
from conflictkg.graph.lexicon import (
    TALK_NOUNS, AGREEING_VERBS, BROKER_VERBS, RAISING_VERBS, PARTITIVES, QUANTITY_WORDS, SUBSET_WORDS, CONDITION_MARKERS, COMPOUND_ADJ, COMPOUND_ADJ_PERSON, EVENT_GOVERNORS, FORMER_TITLE_WORDS, GERUND_BRIDGES, GERUND_PREPS, GOVERNMENT_NOUNS, HOSTILITY_NOUNS, ROLE_PREPS,
    CO_SHARED_TITLES, LEADER_TITLES, MEMBER_TITLES, NOUN_FRAMES, PLACE_NOUNS, PORTFOLIO_WORDS, RANK_LEADER_TITLES, RANK_MODIFIERS, DEFINITE_RANK_MODIFIERS, NEGATING_PREFIXES, RECEIVING_VERBS,
    SPEECH_VERBS, STATE_GOVERNMENT_NOUNS, VERB_FRAMES, Frame,
)
from conflictkg.graph.lexicon import IDIOM_COMPLEMENTS, IDIOM_PARTICLES, STANCE_PREFIXES, POLICING_FORCE_NOUNS, CROWD_NOUNS, APPEAL_VERBS, IRREALIS_MODIFIERS, IGO_ORGAN_NOUNS
from conflictkg.graph.lexicon import CHOOSING_VERBS, COMMITMENT_MODALS, MISTAGGED_VERBS, SIDE_NOUNS, ACCORD_NAME_HEADS
from conflictkg.graph.lexicon import DEFECTOR_NOUNS, ETHNICITY_MODIFIERS, MUTUAL_VERBS, RESULTATIVE_VERBS, REMAINDER_WORDS, LABELLING_ASSAULT_VERBS, ACT_PURPOSE_NOUNS, NATIONALITY_LED_NOUNS
from conflictkg.graph.lexicon import SAME_KIND_MODIFIERS, COUNTERING_VERBS, INDEFINITE_ARTICLES, SUBNATIONAL_MODIFIERS
from conflictkg.graph.lexicon import FIGURATIVE_ATTACK_MODIFIERS, OTHER_REFERENT_MODIFIERS, UNIT_OF_NOUNS, LISTED_UNIT_PLURALS
from conflictkg.graph.lexicon import LISTED_LABEL_PLURALS, BODY_POSSESSIVES, LISTED_SETTLEMENT_KINDS
from conflictkg.graph.segment import claim_span_at
from conflictkg.graph.entities import past_only_frame_verb, closes_kind_phrase, kind_phrase_end, one_relation_list, quantified_over_them
from conflictkg.graph.lexicon import ATTACK_NOUNS, EXCEPTIVE_WORDS, FORMER_WORDS, THEN_WORDS, UNIVERSAL_WORDS
from conflictkg.graph.lexicon import ANAPHORS, OWNED_ACT_NOUNS, REBEL_NOUNS, UNCERTAIN_FORCE_NOUNS, AVOWAL_VERBS, DISPATCH_VERBS, ENTERING_VERBS, EVENT_CARRIERS, INTENT_VERBS, DREADING_VERBS, MODAL_AUX, OBJECT_CONTROL_VERBS, SPENDING_VERBS, PARTICIPATION_GOVERNORS, PARTICIPATION_NOUNS, SUBJECT_GERUND_PREPS
from conflictkg.graph.lexicon import PLACE_PREPOSITIONS, OFFSHOOT_HEADS, SPLINTER_MODIFIERS
from conflictkg.graph.lexicon import EMPHATIC_REFLEXIVES
from conflictkg.graph.lexicon import ACCUSATION_VERBS, ALLEGATION_NOUNS, CLAIM_NOUNS, DENYING_VERBS, ENDING_VERBS, NEGATING_VERBS, RECEIPT_NOUNS
from conflictkg.graph.lexicon import DIRECTIVE_NOUNS, WEAPON_SYSTEM_NOUNS
from conflictkg.graph.lexicon import CAPITAL_LEVEL_MODIFIERS, CAPITAL_NOUNS
from conflictkg.graph.lexicon import AGENCY_HEAD_TITLES, IMPOSING_PARTICIPLES, STANCE_PARTICIPLES, DEAL_NOUNS, DEPARTMENT_MODIFIERS, SERVICE_BRANCH_MODIFIERS, INSTRUMENT_PREDICATES, POSTING_TITLES, PRESS_TITLES, example_marker, partitive_examples, \
    partitive_marker
from conflictkg.graph.lexicon import REMAINS_NOUNS, ARMED_REMNANT_NOUNS, EVENT_PHASE_NOUNS, FOUNDING_VERBS, JOINT_ACTION_NOUNS, SUPPORT_GOODS, COMRADE_NOUNS, MEMBER_BODY_NOUNS
from conflictkg.graph.lexicon import BELONGING_PARTICIPLES, FIRING_PARTICIPLES, MILITARY_RANKS
from conflictkg.graph.lexicon import DELEGATION_NOUNS, UNIT_NOUNS, GENERAL_COMPOUND_HEADS, NON_STATE_TITLE_MODIFIERS, PEER_TITLES, VISITING_NOUNS
from conflictkg.graph.lexicon import COMMAND_TITLES, COMPASS_ADJECTIVES, OUTLAW_TITLES, STAFF_TITLE_COMPLEMENTS, EVACUEE_NOUNS, REGION_ADJECTIVES, EXTENT_ADJECTIVES
from conflictkg.graph.lexicon import UNIT_KIND_NOUNS
from conflictkg.graph.lexicon import ROSTER_NOUNS
from conflictkg.graph.lexicon import ARMY_NOUNS, COMPASS_NOUNS, LANDFORM_NOUNS, SURFACE_LANDFORMS, LOCATING_PREPOSITIONS, CONTINUATION_WORDS, LEAVING_PARTICLES, SEQUEL_MARKERS, PROJECTILE_NOUNS, BATTLE_INSTRUMENT_NOUNS, FACILITY_TYPES, HOLDING_VERBS, MODIFIED_OWNED_OBJECTS, FORCE_FACILITY_NOUNS, OWNED_OBJECTS, PART_NOUNS, REGION_NOUNS, SETTLEMENT_NOUNS, STATE_GROUND_PREPOSITIONS, PLAIN_TARGET_MODIFIERS, STRIKE_TARGET_NOUNS, TAKEN_POST_NOUNS, TAKEN_AREA_NOUNS, AREA_COLLECTIVES, BESIEGING_STATES, OPEN_EVENT_DETERMINERS
from conflictkg.graph.lexicon import STATE_SERVING_TITLES, CONTRAST_WORDS, OPERATING_VERBS, HITTING_VERBS, MINISTER_TITLES, MINISTER_TITLE_EXTRAS, HEAD_OF_STATE_TITLES, COPULAR_VERBS
from conflictkg.graph.lexicon import ALLYING_NOUNS
from conflictkg.graph.lexicon import ACT_STANCE_VERBS, ASCRIBING_VERBS, APPRAISING_VERBS, COMPANY_ADVERBS, JOINT_ADVERBS, PART_TAKING_VERBS, NEGATIVE_ADVERBS, COMPANION_PREPOSITIONS, JOINING_VERBS, GUNFIRE_NOUNS
from conflictkg.graph.lexicon import DESIGNATION_LABEL_WORDS, SHARED_TITLE_PREFIXES, GENERAL_STAFF_MODIFIERS, STATE_PLACE_ANAPHORS
from conflictkg.graph.lexicon import TWO_WORD_LEADER_TITLES
from conflictkg.graph.lexicon import COMMAND_PLACE_PREPOSITIONS, LEADING_PARTICIPLES, STAFF_NOUNS
from conflictkg.graph.lexicon import SET_MEMBER_PREPOSITIONS, PLURAL_PRONOUNS
from conflictkg.graph.lexicon import DESCRIBING_QUANTIFIERS, COUNTING_QUANTIFIERS
from conflictkg.graph.lexicon import MISSION_PERSONNEL_NOUNS, LAUNCHING_VERBS, LAUNCHED_BODY_NOUNS
from conflictkg.graph.resolve import composition_apposition, _first_conjunct
from conflictkg.graph.lexicon import ARMY_TITLE_MODIFIERS, STATE_LEADER_TITLES, DEPUTY_MODIFIERS
from conflictkg.graph.gazetteer import Entry, iso_region, towns
from conflictkg.graph.model import Actor, normalize_name
from conflictkg.graph.resolve import ACTOR, PLACE, Ref, Resolver, _hyphen_prefix, _hyphened_before, _possessor, _set_aside, contrasted, listed_apart, no_longer_the_group
from conflictkg.graph.resolve import company_named
from conflictkg.graph.statements import issuer_subjects, participle_item_topic, parting_item_subject, semicolon_between, speaker_of

__all__ = ["Candidate", "RULES", "GUARDS", "clause_subjects", "leaders_unaffiliated", "home_states_stated",
           "heads_not_members"]

_VERBAL = {"VERB", "AUX"}


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
    # False where the relation is implied by the act whether or not it happened ("failed to retake X from Y":
    # the hostility to Y holds): a negated clause leaves it unread, not denied
    negatable: bool = True


# -- argument helpers ----------------------------------------------------------------
def _with_conjuncts(token: Token) -> list[Token]:
    """The token and the words coordinated with it, less those set apart by a "not" ("sanctioned Iran and
    Russia but not China", "took Sake but not Goma": China and Goma are not among them) or excepted from a
    universal ("every member of the League but Qatar": Qatar did not)."""
    universal = token.lower_ in UNIVERSAL_WORDS or any(
        d.dep_ in ("det", "predet") and d.lower_ in UNIVERSAL_WORDS for d in children_of(token))
    excepted = universal and any(c.dep_ == "cc" and c.lower_ in EXCEPTIVE_WORDS for c in children_of(token))
    rest = [c for c in token.conjuncts if not excepted and not any(n.dep_ == "neg" for n in children_of(c))]
    rest += _listed_apposition(token)
    rest = [_unit_plural_name(c) for c in rest if not _others_of_persons_kind(token, c)]
    # "Not Hamas but Islamic Jihad fired X": the name under the "not" is the one that did not
    if rest and any(n.dep_ == "neg" and n.i < token.i for n in children_of(token)) and any(
            c.dep_ == "cc" and c.lower_ in EXCEPTIVE_WORDS for c in children_of(token)):
        return rest
    return [token, *rest]


def _unit_plural_name(conjunct: Token) -> Token:
    """"in the A and B districts (of C)": the parser may make the plural unit noun the first name's conjunct and
    hang the second name on it, directly or through the noun's other modifiers ("B local government areas"); the
    noun then stands in the list for that name, the one named word that modifies it between the first name and
    the noun. Any other conjunct is itself."""
    if conjunct.lower_ in LISTED_LABEL_PLURALS and not conjunct.ent_type_ and conjunct.i > conjunct.head.i:
        return _label_plural_name(conjunct)
    if conjunct.lower_ not in LISTED_UNIT_PLURALS or conjunct.ent_type_ or conjunct.i < conjunct.head.i:
        return conjunct
    names = []
    for word in conjunct.doc[conjunct.head.i + 1:conjunct.i]:
        up = word
        while up.dep_ in ("compound", "nmod", "amod") and up.head.i <= conjunct.i and up != conjunct:
            up = up.head
        if up == conjunct and word.ent_type_ and word.ent_type_ != "NORP" and word.pos_ in ("PROPN", "ADJ"):
            names.append(word)
    return names[0] if len(names) == 1 else conjunct


def _others_of_persons_kind(token: Token, conjunct: Token) -> bool:
    """list46: "sanctions on N and two other X commanders": a plural with "other" after a person's name counts more
    people of the person's kind; it stands for those people, not for the body named on it (X), which the act does
    not reach."""
    return token.ent_type_ == "PERSON" and conjunct.tag_ == "NNS" and not conjunct.ent_type_ and any(
        c.dep_ == "amod" and c.lower_ == "other" for c in children_of(conjunct))


def _label_plural_name(conjunct: Token) -> Token:
    """"designated both A and the B foreign terrorist organisations" (listed_label_plurals): the plural label the
    parser made A's conjunct stands for the one body's name hung on it as its own modifier ("B"), between A and the
    label; any other conjunct is itself."""
    doc = conjunct.doc
    names = [w for w in doc[conjunct.head.i + 1:conjunct.i] if w.head == conjunct and w.dep_ in ("compound", "nmod")
             and w.pos_ == "PROPN" and w.ent_type_ and w.ent_type_ not in ("NORP", "GPE", "LOC", "FAC", "PERSON")
             and doc[w.i + 1].text != "-"]
    return names[0] if len(names) == 1 else conjunct


def _listed_apposition(token: Token) -> list[Token]:
    """"met Morocco, the Polisario, Algeria and Mauritania": a list item with an article is parsed as an apposition
    to the name before it, the items after it as its conjuncts; a name in apposition to a name, that has names
    coordinated with it, continues the list (an apposition that describes, "Kenya, its neighbour", has none)."""
    if token.pos_ != "PROPN" or token.conjuncts:
        return []
    for a in children_of(token):
        if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > token.i and a.conjuncts \
                and all(c.pos_ == "PROPN" for c in a.conjuncts) and not _opened_by_marker(token, a):
            return [a, *a.conjuncts]
    return []


def _opened_by_marker(token: Token, appos: Token) -> bool:
    """w46a: "the forum, which brings together nine states, among them A and B, met": names opened by a partitive or
    an example marker ("among them", "including"), hung on them or on the name before them, are examples of a noun
    before them, members of the body, never more items of a list that goes on from that name."""
    return any(m.i < appos.i and (partitive_marker(m) or example_marker(m))
               for m in (*children_of(appos), *(c for c in children_of(token) if c.i > token.i)))


def _listed_among_them(token: Token, res: Resolver) -> list[Token]:
    """"Several members, among them A and B, condemned X", "pro-government militias, among them the C": the names a
    plural noun's ", among them" gives right after it, in word order (the parser hangs them on the noun, on the verb or
    nowhere it can be found from the noun): the first name after "them" and the names coordinated with it (coord36).
    Nothing for an "among them" that does not follow the noun ("X condemned the states. Among them, A ...")."""
    doc = token.doc
    i = token.i + 1
    if i + 3 > len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in SET_MEMBER_PREPOSITIONS \
            or doc[i + 2].lower_ not in PLURAL_PRONOUNS:
        return []
    first = next((t for t in doc[i + 3:i + 6] if t.dep_ not in ("det", "compound", "amod")), None)
    if first is None or first.pos_ != "PROPN" or res.named(first) is None:
        return []
    return [t for t in (first, *first.conjuncts) if t.i >= first.i and res.named(t) is not None]


def _describes_person(token: Token, res: Resolver) -> bool:
    """Whether ``token`` is a noun in apposition to a named person ("N, a former police officer who now leads X"),
    or one with his name in apposition ("the former rebel leader N") or given by a participle ("a former officer
    named N"): the man himself, whose past job its "former"
    dates, not a group he has left."""
    named = res.named(token.head) if token.dep_ == "appos" else None
    if named is None:  # "the former rebel leader N": the title with the man's name in apposition after it
        named = next((n for c in children_of(token) if c.dep_ == "appos" and c.i > token.i
                      and (n := res.named(c)) is not None and n.type == "PERSON"), None)
    if named is None and (given := res.given_name(token)) is not None:  # "a former officer named N": N
        named = res.named(given)
    return named is not None and named.type == "PERSON"


def _venue_names(token: Token, res: Resolver) -> set[str]:
    """The actors named in ``token``'s compound by a place where it was made: a city, or a state's capital that
    stands for the state ("the Lome accord", "under the Doha deal"): the venue of a deal, not a party to it."""
    out = set()
    for c in children_of(token):
        actor = res.named(c) if c.dep_ in ("compound", "nmod", "amod") else None
        if actor is None:
            continue
        entry = res.gazetteer.lookup(c.text)
        if actor.type == "LOCATION" or (entry is not None and (entry.metonym_of or (
                entry.capital and normalize_name(entry.capital) == normalize_name(c.text)))):
            out.add(actor.id)
            out.update(r.actor.id for r in res.refs(c, ACTOR))  # (the state a capital stands for)
    return out


def _misattached_parties(token: Token, res: Resolver) -> list[Token]:
    """"between the government of X and the Y Front": the parser hangs the second party on the state named in
    "the government of X"; a named body that is no state and no place, coordinated there, is a party of its own
    (a second state is left where it hangs: "the government of Sudan and South Sudan" may be one phrase)."""
    if token.tag_ == "NNS" and token.dep_ == "pobj" and token.head.lower_ == "between":
        # "between the government and X factions": the parser makes the first party a modifier of the second's
        # plural noun; each modifier so coordinated, that names or describes an actor, is a party
        return [t for c in children_of(token) if c.dep_ in ("nmod", "compound") and c.conjuncts
                for t in (c, *c.conjuncts) if t.pos_ in ("NOUN", "PROPN")]
    if token.tag_ != "NN" or token.lemma_.lower() not in GOVERNMENT_NOUNS:
        return []
    out = []
    for pobj in _preps(token, "of"):
        named = res.named(pobj)
        if named is None or named.type != "STATE":
            continue
        for other in pobj.conjuncts:
            actor = res.named(other)
            if other.i > pobj.i and actor is not None and actor.type not in ("STATE", "LOCATION", "PERSON"):
                out.append(other)
    return out


def _quantified_apposition(appos: Token) -> bool:
    """"the X fighters, all of them members of Y, ...": an apposition that is a quantifier over "them", or that one
    opens, describes the noun's members; it never names who the noun is (desc37)."""
    return quantified_over_them(appos) or any(g.i < appos.i and quantified_over_them(g) for g in children_of(appos))


def _describing_quantifier(tok: Token) -> bool:
    """"The X, many of them backed by Y, took Z", "the X, most of whom were trained by Y" (desc37): a quantifier
    that covers the group as its members are ("all", "most", "many": DESCRIBING_QUANTIFIERS), over a bare "them" or
    "whom", set off by a comma right after the noun it hangs on, as the subject of the relative clause the parser
    makes of the description -- the clause is said of the group. Not "some of them" nor "several of whom": a part."""
    verb = tok.head
    if tok.lower_ not in DESCRIBING_QUANTIFIERS or tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("relcl", "acl"):
        return False
    if tok.i < 1 or tok.doc[tok.i - 1].text not in (",", "\u2014", "\u2013", "--") or not verb.head.i < tok.i < verb.i:
        return False
    return len(list(children_of(tok))) == 1 and quantified_over_them(tok)


def np_refs(token: Token, res: Resolver, role: str = ACTOR, conjuncts: bool = True) -> list[Ref]:
    """The actors a noun phrase refers to: the head, else its apposition, across "and"."""
    out: list[Ref] = []
    toks = _with_conjuncts(token) if conjuncts else [token]
    if conjuncts and res.named(token):
        # "Mali, Burkina Faso and Niger": a list the parser read as an apposition (same type, both named)
        for child in children_of(token):
            other = res.named(child)
            if child.dep_ == "appos" and other is not None and other.type == res.named(token).type \
                    and not any(w.lower_ in CONTRAST_WORDS or w.pos_ in ("ADP", "ADV", "VERB", "AUX", "SCONJ")
                                for w in token.doc[token.i:child.i]):  # "Russia, not Ukraine"; "A and B back C"
                toks += [t for t in _with_conjuncts(child) if t not in toks]
    if conjuncts:
        toks += [t for t in _misattached_parties(token, res) if t not in toks]
    for tok in toks:
        if res.named(tok) is not None and _set_aside(tok) and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
            continue  # "A rather than B was the menace", "A instead of B struck": B, named as who is not meant (prec35)
        named = _offshoot_named_after(tok, res)
        if named is not None:  # "fought a dissident faction of the FARC, the Second Front": that front
            out.extend(r for r in np_refs(named, res, role, conjuncts=False) if r not in out)
            continue
        if no_longer_the_group(tok) and not _describes_person(tok, res) and res.given_name(tok) is None \
                and not (tok.dep_ == "appos" and res.named(tok.head) is not None):
            # "former members of the FARC" are not the FARC (but "a former teacher named X" is X, and "the X Front,
            # a dissident group that ...", an apposition to a name, is that named group: row43c)
            continue
        if tok.dep_ == "appos" and tok.head.i < tok.i and tok.pos_ != "PROPN" and quantified_over_them(tok):
            # "the X, many of them backed by Y, took Z": the description is the group's where the quantifier
            # covers the group (DESCRIBING_QUANTIFIERS); "some of them", "half of them" a part, of no one named
            if tok.lower_ in DESCRIBING_QUANTIFIERS:
                out.extend(r for r in np_refs(tok.head, res, role, conjuncts=False) if r not in out)
            continue
        if _describing_quantifier(tok):
            # "the X, many of them backed by Y, took Z", "the X, most of whom were trained by Y": the group described
            out.extend(r for t in res.relative_antecedents(tok.head) for r in np_refs(t, res, role, conjuncts=False)
                       if r not in out)
            continue
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" and tok.head.head != tok:
            # "the Islamic State, which al-Shabaab has fought": a relative pronoun is its clause's noun;
            # "which" never a person's ("a bloc led by a commander known as X, which split from Y")
            member = _one_of(tok.head.head)  # "X (and Y) are among the groups that attacked Z": X (and Y)
            antecedents = [member] if member is not None else res.relative_antecedents(tok.head)
            out.extend(r for t in antecedents for r in np_refs(t, res, role, conjuncts=member is not None)
                       if r not in out and not (tok.tag_ == "WDT" and r.actor.type == "PERSON"))
            continue
        # "the AFC, a coalition led by X": the apposition names what the noun is.
        refs = res.refs(tok.head, role) if tok.dep_ == "appos" and res.named(tok.head) and not res.named(tok) else []
        if refs and (chained := res.chained_description(tok, role)) is not None:
            refs = chained  # "X, the backbone of Y, a coalition backed by Z": the coalition is Y
        if not refs and not res.named(tok):  # "two of the region's militias, the Northern Front and the Coastal Brigade"
            # (a subset only as what a verb acts on, "bombed several of its camps": "some of its commanders defected"
            # is not the body defecting)
            if tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_WORDS or tok.lower_ in QUANTITY_WORDS \
                    or (tok.lower_ in SUBSET_WORDS and tok.dep_ == "dobj"):
                # tie55: "sanctioned three of its commanders, including N": N, named, before the set's owner
                refs = [r for p in _counted_examples(tok) for r in np_refs(p, res, role)] \
                    or [r for p in _preps(tok, "of") for r in np_refs(p, res, role)]
            elif tok.lower_ in PARTITIVES and not any(c.dep_ in ("amod", "compound", "nummod") and c.lower_ not in REGION_ADJECTIVES
                                                      and c.lower_ not in EXTENT_ADJECTIVES for c in children_of(tok)):
                # "burned much of X", "took most of X", "took the eastern half of X": X, a town or region named here
                # (part of a state is not the state; "the eastern half of the city" is a place of its own, and which
                # city a guess)
                # ("the ruins of the mosque": the mosque told before)
                # (or a region noun its name modifies: "most of Rakhine state")
                refs = [r for p in _preps(tok, "of") if res.named(p) or tok.lower_ in REMAINS_NOUNS or (
                            p.lemma_.lower() in REGION_NOUNS and any(c.dep_ == "compound" and res.named(c) for c in children_of(p)))
                        for r in np_refs(p, res, role) if r.actor.type == "LOCATION"]
            if not refs and tok.lower_ in ARMED_REMNANT_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "against":
                refs = _armed_remnants_of(tok, res, role)  # "fought against remnants of the Islamic State": IS
            appos = [c for c in children_of(tok) if c.dep_ == "appos" and not contrasted(c) and not _quantified_apposition(c)
                     and not composition_apposition(c)]
            if not refs and appos and tok.pos_ in ("NOUN", "NUM"):
                refs = np_refs(appos[0], res, role)
            if not refs and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and not any(
                    (named := res.named(p)) is not None and named.type not in ("PERSON", "LOCATION")
                    for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("from", "of")
                    for p in children_of(c) if p.dep_ == "pobj"):
                # "rebel commanders including N": N, not the rebels; but "ministers from IGAD, including A and B"
                # are the body's, named there, that acts through them
                refs = [r for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "including"
                        for p in children_of(c) if p.dep_ == "pobj" for r in np_refs(p, res, role)]
                if not refs:  # "militias, among them A and B, fought X": A and B, as "including" (coord36)
                    refs = [r for n in _listed_among_them(tok, res) for r in np_refs(n, res, role, conjuncts=False)]
        if not refs and _described_subject(tok, res):
            # "X is an armed group led by N", "X is a militia backed by Y": an indefinite complement with a
            # participle describing it is the copula's named subject (as an apposition is its head), not
            # the commander it is led by
            refs = [r for s in _copula_subjects(tok) for r in res.refs(s, role)]
        refs = refs or res.refs(tok, role)
        if not refs and tok.pos_ == "NOUN":  # "sites used by the Houthis", "positions held by the army"
            refs = [r for c in children_of(tok) if c.dep_ == "acl" and c.lemma_ in OPERATING_VERBS
                    for r in _slot(c, "agent", res, ACTOR)]
        if not refs and tok.lemma_.lower() in PROJECTILE_NOUNS and (
                tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")):
            # "missiles fired by X hit Y", "Y was struck by drones launched from ... by X": who sent what struck
            # (only as the striker: "intercepted missiles fired by X" says nothing of what X hit)
            refs = [r for c in children_of(tok) if c.dep_ == "acl" and c.lemma_ in FIRING_PARTICIPLES
                    for r in _slot(c, "agent", res, ACTOR)]
        if not refs and tok.pos_ == "NOUN" and tok.dep_ == "nsubj":  # "warplanes belonging to X bombed Y": X's (what
            # the force nouns' reading, resolve, does for "fighters belonging to X", for any thing that acts)
            refs = [r for c in children_of(tok) if c.dep_ == "acl" and c.lemma_ in BELONGING_PARTICIPLES
                    for r in _slot(c, "prep:to", res, ACTOR)]
        if not refs:
            if tok.dep_ == "appos":
                refs = res.refs(tok.head, role)
            else:
                for child in children_of(tok):
                    if child.dep_ == "appos" and not contrasted(child) and not _quantified_apposition(child) \
                            and not composition_apposition(child):
                        refs = np_refs(child, res, role)
                        if refs:
                            break
        if not refs and tok.dep_ == "attr":
            renamed = _renamed_complement(tok, res)
            if renamed is not None:  # "X is part of Y (Z), a coalition led by N": the coalition is Y
                refs = res.refs(renamed, role)
            else:
                refs = [r for s in _copula_subjects(tok) for r in res.refs(s, role)]
        if not refs and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in FOUNDING_VERBS:
            # "X was formed in 2015 as an alliance of ...": what a body was founded as describes the body
            refs = [r for s in _founded(tok.head.head) for r in res.refs(s, role)]
        if not refs and tok.pos_ in ("NOUN", "PROPN"):  # "adversaries of the US, including Iran and Russia"
            for inner in tok.subtree:
                if example_marker(inner):
                    refs = [r for p in children_of(inner) if p.dep_ == "pobj" for r in np_refs(p, res, role)]
                    break
        if not refs and tok.pos_ == "NOUN" and tok.tag_ == "NNS":  # "several states, among them A and B"
            refs = [r for c in children_of(tok) for p in partitive_examples(c) for r in np_refs(p, res, role)]
            if not refs and tok.dep_ in ("dobj", "nsubjpass"):
                refs = [r for p in _partitive_examples_after(tok) for r in np_refs(p, res, role)]
            if not refs and tok.dep_ in ("dobj", "nsubjpass"):
                refs = [r for p in _examples_hung_on_verb(tok) for r in np_refs(p, res, role)]
        out.extend(r for r in refs if r not in out)
    return out


def _counted_examples(count: Token) -> list[Token]:
    """tie55: "froze the bank accounts of five of its officers, including the brigade's founder, N": the names an
    example marker gives after a counted share of a set, where the parser hangs the marker on the count rather than
    on the set (the set, "its commanders", names no one).

    >>> [t.text for t in _counted_examples(doc[3])]  # "sanctioned three of its commanders, including N"  # doctest: +SKIP
    ['N']
    """
    return [p for c in children_of(count) if c.i > count.i and example_marker(c)
            for p in children_of(c) if p.dep_ == "pobj"]


def _examples_hung_on_verb(noun: Token) -> list[Token]:
    """"seized several towns in March, including X": the examples of an example marker set off by a comma after the
    plural noun and an adverbial of the verb, which the parser then hangs on the verb rather than on the noun
    (as "several towns, including X" with nothing between)."""
    verb, doc = noun.head, noun.doc
    if verb.pos_ != "VERB" or noun.right_edge != noun:
        return []
    marker = next((c for c in children_of(verb) if c.i > noun.i and example_marker(c) and doc[c.i - 1].text == ","), None)
    if marker is None or any(noun.i < c.i < marker.i and c.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.ent_type_ not in ("", "DATE", "TIME") for p in children_of(c)) for c in children_of(verb)):
        return []  # ("bombed targets across X, including Y": the examples may be of the named X, not the noun)
    return [p for p in children_of(marker) if p.dep_ == "pobj"]


def _partitive_examples_after(noun: Token) -> list[Token]:
    """"listed 22 gangs, among them A and B, as ...": the examples of a partitive marker the parser hung on the
    verb rather than on the plural noun, right after the noun and its comma -- the marker with the names, or the
    first name with the marker under it."""
    doc, verb = noun.doc, noun.head
    for c in children_of(verb):
        if c.i <= noun.right_edge.i or c.left_edge.i - 1 > noun.right_edge.i + 1 or doc[c.left_edge.i - 1].text != ",":
            continue
        if c.dep_ == "prep":
            return partitive_examples(c)
        if any(m.i < c.i and partitive_marker(m) and not partitive_examples(m) for m in children_of(c)):
            return [c]
    return []


def _reported_past_perfect(verb: Token) -> bool:
    """Whether ``verb`` is the past perfect of a clause reported by a verb of saying or finding ("said that X had
    seized Y", "determined that X had committed Y")."""
    return verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in children_of(verb)) and any(
        c.dep_ == "nsubj" for c in children_of(verb)) and any(c.dep_ == "nsubj" for c in verb.head.children)


def _described_subject(attr: Token, res: Resolver) -> bool:
    """Whether ``attr`` is an indefinite, unnamed complement of an affirmed copula whose subjects are all
    named, described by a participle of its own ("X is a rebel movement led by N"): it stands for the subject.
    Not "X is not a group led by N", nor a complement that renames another name ("X is part of Y, a ...")."""
    if attr.dep_ != "attr" or res.named(attr) or attr.pos_ != "NOUN" \
            or not any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in children_of(attr)) \
            or not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in children_of(attr)):
        return False
    subjects = _copula_subjects(attr)
    return bool(subjects) and all(res.named(s) for s in subjects) and _renamed_complement(attr, res) is None \
        and not any(c.dep_ == "neg" for c in attr.head.children)


def _renamed_complement(attr: Token, res: Resolver) -> Token | None:
    """"X is part of Y (Z), a coalition led by N": a second complement of the copula after a comma renames the
    last name of the first one (its token), not the copula's subject; None where ``attr`` is the copula's only
    (or first) complement, or the first names nothing ("X is an armed group, a militia led by N": X)."""
    left = attr.left_edge
    if left.i == 0 or attr.doc[left.i - 1].text != ",":
        return None
    earlier = [c for c in attr.head.children if c.dep_ == "attr" and c.i < attr.i]
    if not earlier:
        return None
    names = [t for t in earlier[-1].subtree if res.named(t) and t.dep_ != "appos"]
    return names[-1] if names else None


def _against_armed_foe(words: list[Token]) -> bool:
    """Whether a campaign or its verb is set against an armed foe the text does not name ("launched Operation
    Dignity in Benghazi against Islamist militias"): the place in its "in" phrase is where it was fought, not
    what it hit."""
    return any(p.dep_ == "prep" and p.lower_ == "against" and any(
        o.dep_ == "pobj" and (o.lower_ in REBEL_NOUNS or o.lower_ in UNCERTAIN_FORCE_NOUNS
                              or "ARMED_GROUP" in ANAPHORS.get(o.lower_, ((), 0))[0]) for o in children_of(p))
        for w in words for p in children_of(w))


def in_clause(tok: Token, root: Token) -> bool:
    """Whether ``tok`` hangs from ``root`` without passing through another verb (a clause of its own)."""
    node = tok.head
    while node != root:
        if node.pos_ in _VERBAL or node.head == node:
            return False
        node = node.head
    return True


def _founded(verb: Token) -> list[Token]:
    """The body a founding verb creates: its passive subject ("X was set up"), the noun a participle describes
    ("X, formed in 2019"), else its object ("rebels formed X")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]
    passive = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    return passive or [c for c in children_of(verb) if c.dep_ == "dobj"]


def _copular_participle_holders(token: Token) -> list[Token]:
    """"X remains | stays | became allied with Y": a past participle the parser made the complement of a linking
    verb other than "be" (COPULAR_VERBS; "is allied" is a passive) states a standing relation of that verb's
    subject; nothing for a participle with an agent ("remains backed by Y": the agent acts) or any other token."""
    if token.dep_ != "acomp" or token.tag_ != "VBN" or token.head.pos_ != "VERB" or token.head.lemma_ not in COPULAR_VERBS:
        return []
    if any(c.dep_ == "agent" for c in children_of(token)):
        return []
    return _copula_subjects(token)


def _coordinated_at(verb: Token) -> bool:
    """Whether a coordinator opens ``verb``'s conjunct just before it (an adverb between: "but also is"), the
    conjunct coming after the verb it is coordinated with."""
    before = verb.i - 1
    while before > verb.head.i and verb.doc[before].pos_ == "ADV":
        before -= 1
    return before > verb.head.i and verb.doc[before].dep_ == "cc"


def _copula_subjects(token: Token) -> list[Token]:
    head = token.head
    if head.lemma_ in COPULAR_VERBS or head.pos_ == "AUX":
        subs = _without_emphatic_reflexive(head, [c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")])
        if not subs and head.dep_ == "xcomp" and head.tag_ == "VBG":
            # "X denies being a branch of Y", "X admits being a member of Y": the governing verb's subject
            return clause_subjects(head)
        if not subs and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and (_coordinated_at(head) or not any(
                t.tag_ in ("WDT", "WP", "WP$") for t in head.doc[head.head.i + 1:head.i])):
            # "X also raids Y, but is not part of Z", "X controls the east and is a member of Y", "X, whose ..., has
            # long sought Z, is one of the members of Y": a copula coordinated with a verb and given no subject of
            # its own shares that verb's -- after a coordinator, or with no relative pronoun between (not "moved
            # advisers through A, whose premier, N, was an ally of Y": the parser lost the relative clause's subject)
            return clause_subjects(head)
        return subs
    return []


_TIME_CONJUNCTIONS = {"since", "after", "before", "until", "once", "when"}


def _subordinated_subject(verb: Token) -> list[Token]:
    """"X has displaced thousands since the M23 seized Y": the parser reads the conjunction as a preposition
    whose object is the subject of a verb it then coordinates with the main one; that object, just before the
    verb (an acronym in brackets between), is the verb's subject."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "cc") for c in children_of(verb)):
        return []
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in _TIME_CONJUNCTIONS and prep.i < verb.i:
            objs = [p for p in children_of(prep) if p.dep_ == "pobj" and p.right_edge.i == verb.i - 1]
            if objs and not any(c.dep_ == "cc" and objs[0].i < c.i < verb.i for c in verb.head.children):
                return objs
    return []


def _subordinator_object_subject(verb: Token) -> list[Token]:
    """hit49: "trade collapsed as A and B fought each other": the parser may read the clause's opener as a
    preposition on the main verb (prepositional_subordinators), its object the clause's subject, and the clause's
    finite verb as an adverbial clause with no subject or opener of its own; that object, ending right before the
    verb, is the verb's subject (as ``_subordinated_subject`` reads it where the verb is coordinated instead)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark", "cc", "aux", "auxpass") and c.i < verb.i for c in children_of(verb)):
        return []
    for prep in children_of(verb.head):
        if prep.dep_ == "prep" and prep.lower_ in PREPOSITIONAL_SUBORDINATORS and prep.i < verb.i:
            objs = [p for p in children_of(prep) if p.dep_ == "pobj" and p.right_edge.i == verb.i - 1]
            if objs:
                return objs
    return []


def _without_emphatic_reflexive(verb: Token, subjects: list[Token]) -> list[Token]:
    """A verb's subjects without an emphatic reflexive the parser made its subject after the true one, which it hung
    on the verb or on its auxiliary ("Kenya had itself been the target of ...", "the Houthis have themselves been
    struck"): the subject is the phrase before the reflexive (noun36)."""
    emphatic = [s for s in subjects if s.lower_ in EMPHATIC_REFLEXIVES]
    if not emphatic:
        return subjects
    before = [s for s in subjects if s not in emphatic and s.i < emphatic[0].i] or [
        g for a in children_of(verb) if a.dep_ == "aux" and a.i < emphatic[0].i
        for g in children_of(a) if g.dep_ == "nsubj" and g.i < a.i]
    return before or subjects


def _named_owner(noun: Token) -> Token | None:
    """The name that owns a noun an infinitive hangs on: "Washington's decision to lift X", "the decision of the
    Security Council to lift Y", "a plan by Z to retake W" -- the infinitive is the owner's act."""
    for c in children_of(noun):
        if c.dep_ == "poss" and c.i < noun.i and (c.ent_type_ or c.pos_ == "PROPN"):
            return c
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ in ("of", "by") and c.i < min((t.i for t in children_of(noun) if t.dep_ == "acl"), default=c.i + 1):
            named = [g for g in children_of(c) if g.dep_ == "pobj" and (g.ent_type_ or g.pos_ == "PROPN")]
            if named:
                return named[0]
    return None


def owned_by_another(noun: Token) -> bool:
    """w56e: whether ``noun`` has a possessive owner given by a noun phrase, not a pronoun ("the council's talks
    with X", "that movement's negotiations with Y", "Qatar's deal with Z"): under a verb of refusal the dealings
    are the owner's, so the refuser denies nothing of its own ("rejected its talks with X" stays its denial).
    A possessive of time ("last week's talks") owns nothing."""
    return any(c.dep_ == "poss" and c.i < noun.i and c.pos_ in ("NOUN", "PROPN")
               and c.ent_type_ not in ("DATE", "TIME") for c in children_of(noun))


def clause_subjects(verb: Token) -> list[Token]:
    """The subject of ``verb``, inherited through "and", "to", participles and relative clauses."""
    seen = 0
    shared = False  # reached from an active verb coordinated with this one
    # "aides say N lives abroad and blame X": a plain verb coordinated with a third-person singular one does
    # not agree with it, so does not share its subject (the parse hangs it on the wrong verb)
    if verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and verb.head.tag_ == "VBZ" \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(verb)):
        return []
    if gerund_of_charge(verb) is not None:
        return []  # "accused X of training and arming Y": the charge's second act, not the accuser's
    purpose = None  # the to-infinitive the walk came up from ("were deployed *to help* X")
    while seen < 6:
        seen += 1
        subs = _without_emphatic_reflexive(verb, [c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")])
        if not subs:  # "A and B are mediating": the parser hangs the subject on the auxiliary
            subs = [g for a in children_of(verb) if a.dep_ == "aux" and a.i < verb.i for g in children_of(a) if g.dep_ == "nsubj"]
        if not subs:  # "a day after militants overran it": the parser may hang the subject on the subordinator
            subs = [g for m in children_of(verb) if m.dep_ == "mark" for g in children_of(m)
                    if g.dep_ in ("pobj", "nsubj") and g.i < verb.i]
        if not subs and (verb.pos_ == "VERB" or _relative_noun_verb(verb)):
            # "the M23, which Rwanda backs": the subject misread as a compound
            subs = [c for c in children_of(verb) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < verb.i]
        if not subs and seen == 1 and verb.dep_ == "conj":
            subs = _subordinated_subject(verb)
        if not subs and seen == 1 and verb.dep_ == "advcl":
            subs = _subordinator_object_subject(verb)
        if subs:
            subs = [speaker_of(s) for s in subs]  # "the ministry's statement accused X": the ministry
            return subs + _companions(verb, subs)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)):
            # "X was founded in 2012 and controls Y": an active verb shares the passive one's subject; "troops
            # were deployed to help X": those sent do what they were sent for
            return [c for c in children_of(verb) if c.dep_ == "nsubjpass"] if shared or (
                purpose is not None and verb.lemma_ in DISPATCH_VERBS and not _body_mission(verb)) else []
        if verb.tag_ == "VBG" and (spending := _spent_on(verb)) is not None:
            verb = spending  # "X spent two decades training Y", "devoted years to arming Y": X's act
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VB" and (owner := _named_owner(verb.head)) is not None:
            # (a possessive pronoun in the act is the owner's too, "the decision of the EU to lift its sanctions":
            # Resolver._local_antecedent; false39 dropped the guard that kept such acts from the owner, measured
            # neutral on every line once the resolver gave "its" the owner named by "of" or "by" as well)
            return [owner]  # "welcomed Washington's decision to lift sanctions on X": the owner's act, not the welcomer's
        if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.dep_ == "dobj" and _judged_act(verb.head):
            return []  # false39: "Kenya welcomed the decision to sanction X": whose decision, the text does not say
        if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.dep_ == "dobj":
            verb = verb.head.head  # "began a drive to recapture the port": who began it recaptures
            continue
        if verb.dep_ == "relcl" and verb.tag_ == "VB" and _infinitive(verb) and verb.head.dep_ == "dobj" \
                and verb.head.head.pos_ in _VERBAL and verb.head.head.lemma_ not in OBJECT_CONTROL_VERBS:
            verb = verb.head.head  # "deployed two battalions to fight X", read as a relative: a purpose
            continue
        if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
            return [_one_of(verb.head) or verb.head]
        if verb.dep_ == "pcomp" and (governor := _pcomp_governor(verb)) is not None:
            if _joined_in(governor, verb.head):  # "Canada joined the US in sanctioning X": the US does it too
                # (a joining refused, denied or only planned says nothing of what the one joined did)
                joined = [c for c in children_of(governor) if c.dep_ == "dobj"] if governor.dep_ != "xcomp" and not any(
                    c.dep_ == "neg" for c in children_of(governor)) else []
                return [s for s in clause_subjects(governor) if s not in joined] + joined
            verb = governor  # "X stopped short of condemning Y", "X refrained from backing Y": X's act
            continue
        if verb.dep_ == "xcomp" and verb.head.lemma_ in OBJECT_CONTROL_VERBS and (controller := next(
                (c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)) is not None:
            return [controller]  # "Iran helped the Houthis (to) seize X", "forced the rebels to leave X": the object
        if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and _infinitive(verb)) and (controller := next(
                (g for c in verb.head.children if c.dep_ == "prep" and f"{verb.head.lemma_} {c.lower_}" in APPEAL_VERBS
                 and c.i < verb.i for g in children_of(c) if g.dep_ == "pobj"), None)) is not None:
            # "the EU called on N to return to talks", "A appealed to B to stop shelling X", "A pleaded with B to
            # leave Y" (an infinitive the parser hangs as a purpose): B is asked to, the caller is not
            return [controller]
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp" and _infinitive(verb):
            # "X was quick to condemn Y", "X was able to retake Y": the copula's subject (whether it is a fact,
            # the adjective says: relations._context)
            return _copula_subjects(verb.head)
        if verb.dep_ == "xcomp" and verb.head.lemma_ in RAISING_VERBS and _is_passive(verb.head) and _infinitive(verb):
            # "X is widely reported to back Y": the raised subject of the passive is the doer
            return [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if verb.dep_ == "conj" and _reported_past_perfect(verb.head) and verb.i >= 2 \
                and verb.doc[verb.i - 1].lower_ == "and" and verb.doc[verb.i - 2].text == "," \
                and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
            # "the EU concluded that members of X had committed crimes, and imposed sanctions on Y": after a
            # comma, a plain past may go on with the reporter's own acts -- whose act it is, is unclear
            return []
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "relcl" and verb.head.lemma_ == "be" \
                and verb.doc[verb.i - 1].text == "," and verb.head.head.pos_ in ("NOUN", "PROPN"):
            # "the League, of which Ardania is a member, condemning X": a state told in a relative clause does
            # nothing; the participle after it is the noun's
            return [verb.head.head]
        if verb.dep_ == "ccomp" and verb.head.pos_ in _VERBAL and verb.head.lemma_ not in SPEECH_VERBS \
                and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].lower_ in ("and", "but"):
            # "X had closed the border, he said, and would not resume talks with Y": past an inserted "he said"
            # the parser makes the second verb a complement of the first; it is its conjunct, and shares its subject
            verb = verb.head
            continue
        # (through a list's link the tagger read as an adjective: "Iran trained, *armed* and funded X")
        if verb.dep_ in ("xcomp", "conj", "advcl") and (verb.head.pos_ in _VERBAL | {"NOUN"} or (
                verb.dep_ == "conj" and verb.head.pos_ == "ADJ" and _list_participle(verb.head))) and verb.head != verb:
            if verb.head.pos_ == "NOUN" or verb.dep_ == "advcl" and semicolon_between(verb):
                return []  # ("Allied with X; the US designated Y ...": the US allies with no one)
            shared = verb.dep_ == "conj" and not _is_passive(verb)
            purpose = verb if verb.dep_ in ("advcl", "xcomp") and _infinitive(verb) else None
            verb = verb.head
            continue
        if (parted := parting_item_subject(verb)) is not None:
            return [parted]  # an explainer's "Los Lobos / - Split from Los Choneros in 2020"
        return issuer_subjects(verb)  # a statement's list item: "The Council:\n- Condemns X"
    return []


def _judged_act(noun: Token) -> bool:
    """Whether ``noun``, an act told by its to-infinitive ("the decision to lift sanctions on X", "the move to arm
    Y"), is the object of a verb by which an onlooker judges or stands toward it ("welcomed", "praised", "backed",
    "opposed"): one judges others' acts as often as one's own, so the judge is not thereby the doer (one who
    "began a drive to retake X", "took the decision to arm Y", does it)."""
    return noun.head.lemma_ in APPRAISING_VERBS | ACT_STANCE_VERBS


def gerund_of_charge(gerund: Token) -> Token | None:
    """The verb of accusing whose charge a gerund the parser coordinated with that verb continues, or None: in
    "accused X of training and arming Y" the tagger may read the first gerund as a noun ("of training") and hang
    the second on "accused" as if the accuser armed Y; a bare gerund (no auxiliary, no subject of its own) after
    the accusation's preposition and a noun in -ing is the charge's second act."""
    if gerund.dep_ != "conj" or gerund.tag_ != "VBG" or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(gerund)):
        return None
    head = gerund.head
    if head.pos_ != "VERB" or head.lemma_ not in ACCUSATION_VERBS or head.tag_ == "VBG":
        return None
    prep = ACCUSATION_VERBS[head.lemma_]
    # (the preposition on the verb, or on the accused: "accused X | of training")
    holders = [head, *(c for c in children_of(head) if c.dep_ == "dobj")]
    return head if any(p.dep_ == "prep" and p.lower_ == prep and p.i < gerund.i and any(
        g.dep_ == "pobj" and g.tag_ == "NN" and g.lower_.endswith("ing") for g in children_of(p))
        for h in holders for p in children_of(h)) else None


def _spent_on(gerund: Token) -> Token | None:
    """The verb of spending whose time or money ``gerund`` tells the use of ("spent $2 billion training X", "devoted
    years to arming Y"), or None."""
    if gerund.dep_ == "conj" and gerund.head.tag_ == "NN" and gerund.head.dep_ == "dobj":
        gerund = gerund.head  # "spent years training and arming Y": the first gerund tagged a noun
    elif gerund.dep_ == "acl" and gerund.head.dep_ == "dobj":
        gerund = gerund.head  # "spent billions | equipping Y": the gerund hung on the sum
    elif gerund.dep_ not in ("dobj", "pcomp"):
        return None
    head = gerund.head
    if head.dep_ == "prep" and head.lower_ == "to":
        head = head.head
    return head if head.pos_ == "VERB" and head.lemma_ in SPENDING_VERBS else None


def _body_mission(verb: Token) -> bool:
    """Whether the passive subject of ``verb`` is an intergovernmental body's force ("the SADC force was deployed",
    "UN peacekeepers were sent"): a mission of its own, which the text may name apart from the body."""
    return any(c.dep_ == "nsubjpass" and any(m.dep_ in ("compound", "nmod", "amod", "poss") and m.ent_type_ == "IGO"
                                            for m in children_of(c)) for c in children_of(verb))


def _infinitive(verb: Token) -> bool:
    """``verb`` is a to-infinitive ("to back", "to have armed", "to be sheltering")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _joined_in(verb: Token, prep: Token) -> bool:
    """Whether ``prep`` is the "in" of a joint act on a verb of joining ("Canada joined the US *in* sanctioning X"):
    the gerund is the act of both the joiner and the one joined."""
    return prep.lower_ == "in" and verb.lemma_ in JOINING_VERBS and prep.head == verb


def _joined_in_new_alliance(verb: Token) -> bool:
    """Whether a verb of joining says its subject and object formed a body together, told indefinitely after its "in"
    ("joined the RSF in a political coalition", "joined the TNLA in an alliance against the junta")."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in ALLYING_NOUNS and g.ent_type_ == ""
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children_of(g))
               for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c))


def _pcomp_governor(verb: Token) -> Token | None:
    """The verb a gerund hangs from through one of the GERUND_PREPS ("refrained *from* backing", "responded
    *by* shelling", "stopped short *of* condemning", through a GERUND_BRIDGES word); None when a noun governs
    it ("the risk of backing X") or the preposition names a topic ("insisted *on* talking", "spoke *about*")."""
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in GERUND_PREPS:
        return None
    tok = prep.head
    if tok.pos_ in ("ADV", "ADJ") and tok.lower_ in GERUND_BRIDGES:
        tok = tok.head
    role = None
    if tok.pos_ == "NOUN" and prep.lower_ in PARTICIPATION_NOUNS.get(tok.lemma_.lower(), ()) and tok.dep_ == "dobj":
        role, tok = tok, tok.head  # "X took the lead | played a key role in arming Y": X's act
    elif tok.pos_ == "NOUN" and prep.lower_ == "of" and tok.dep_ == "dobj" and tok.head.lemma_ in DENYING_VERBS \
            and tok.lemma_.lower() in ALLEGATION_NOUNS:
        role, tok = tok, tok.head  # "X rejected accusations of arming Y": the charge is X's own act, which X denies
    if tok.dep_ == "relcl" and ACCUSATION_VERBS.get(tok.lemma_) == prep.lower_:
        return None  # "villages it suspects of sheltering X": the doer is the one suspected, the relative's antecedent
    if tok.pos_ not in _VERBAL or tok.lemma_ in SPEECH_VERBS or tok == verb or (prep.lower_ not in SUBJECT_GERUND_PREPS and any(
            c.dep_ in ("dobj", "nsubjpass") and c != role for c in children_of(tok)) and not _joined_in(tok, prep)):
        return None  # "accused X of arming Y": the gerund's doer is X, of whom the accuser says it ("after | by": the subject)
    return tok


def _companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """"Iran, along with Russia, backs X": who shares the subject's role, whether "along with" hangs
    on the verb or on the subject."""
    out = []
    for holder in (verb, *subjects):
        for prep in _companion_phrases(verb, holder):
            if holder is verb and _after_object_and_comma(verb, prep):
                continue
            out += company_named(prep) or _co_brokers(verb, subjects, prep)
    return out


def _co_brokers(verb: Token, subjects: list[Token], prep: Token) -> list[Token]:
    """tie59: the names a bare "with" set off by commas between a go-between and its verb of brokering
    (``broker_verbs``) gives: they mediate beside the subject. Only names standing alone: "with Qatari support",
    "with Israel's consent" or "with Morocco absent" name no co-mediator.

    >>> # "Norway, with Oman and Kuwait, mediated the truce": Oman and Kuwait
    """
    doc = prep.doc
    if prep.lower_ != "with" or prep.dep_ != "prep" or verb.lemma_ not in BROKER_VERBS or not subjects \
            or not max(s.i for s in subjects) < prep.i < verb.i or doc[prep.i - 1].text != ",":
        return []
    end = prep.right_edge.i
    if end + 1 >= verb.i or doc[end + 1].text != ",":
        return []
    named = [p for p in children_of(prep) if p.dep_ == "pobj"]
    named += [c for p in named for c in p.conjuncts if c.dep_ == "conj"]
    if not named or any(t.pos_ != "PROPN" or any(c.dep_ not in ("det", "compound", "cc", "conj", "punct")
                                                 for c in children_of(t)) for t in named):
        return []
    return named[:1]  # the first name: the list's conjuncts are read with it


_LISTABLE_TYPES = ("ARMED_GROUP", "ORGANIZATION", "PERSON")


def listed_alongside(verb: Token, objects: list[Ref], res: Resolver, role: str) -> list[Ref]:
    """tie57: the bodies or persons a designation or sanction names after its object as its companions ("designated
    A a terrorist group in May, together with B", "listed A, along with B and C, as terrorist groups"): each is
    listed too. Only a group, an organisation or a person, and only beside objects of those kinds: a state or
    international body named so may share the lister's role instead ("sanctioned A, along with the EU").

    >>> # "Canada designated A as a terrorist group, together with B": Canada designates B
    """
    if not objects or any(o.actor.type not in _LISTABLE_TYPES for o in objects):
        return []
    first = min((c for c in children_of(verb) if c.dep_ == "dobj"), key=lambda c: c.i, default=None)
    if first is None:
        return []
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    named = [p for h in holders for prep in children_of(h) if prep.i > first.i for p in company_named(prep)]
    seen = {o.actor.id for o in objects}
    return [r for t in named for r in np_refs(t, res, role)
            if r.actor.type in _LISTABLE_TYPES and r.actor.id not in seen]


def _after_object_and_comma(verb: Token, phrase: Token) -> bool:
    """A phrase hung on ``verb`` after its object and a comma ("designated A and B as terrorist groups, along with
    C"; "sanctioned the bank, together with its owner"): it may add to the object as well as to the subject, so it
    names no companion of the subject."""
    doc = verb.doc
    return any(c.dep_ == "dobj" and c.i < phrase.i for c in children_of(verb)) \
        and any(doc[k].text == "," for k in range(verb.i + 1, phrase.i))


def _coordinated_between(verb: Token) -> tuple[float, float]:
    """The position of ``verb``'s first "and" (a cc dependent) and of its last conjunct verb: a phrase hung on the
    verb between the two stands after the "and" and before the next verb, which it goes with ("A fought B and,
    together with C, toppled D" -- the parser hangs the phrase on the first verb). Read once per verb, not once
    per dependent (each pass over the dependents makes their tokens anew)."""
    first, last = float("inf"), float("-inf")
    for c in children_of(verb):
        if c.dep_ == "cc":
            first = min(first, c.i)
        elif c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            last = max(last, c.i)
    return first, last


def _companion_phrases(verb: Token, holder: Token) -> list[Token]:
    """The phrases on ``holder`` that may name the companions of ``verb``'s subject: not one standing before
    the next conjunct verb after an "and" (it is that verb's); for a conjunct verb, also such a phrase of the
    verb before it."""
    if holder is not verb:
        return list(children_of(holder))
    first, last = _coordinated_between(verb)
    own = [c for c in children_of(verb) if not first < c.i < last]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        first, last = _coordinated_between(verb.head)
        own += [c for c in verb.head.children if first < c.i < last and c.i < verb.i
                and not any(k.dep_ == "conj" and c.i < k.i < verb.i for k in verb.head.children)]
    return own


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb))


_PARTICLES = {"back", "out", "away", "off", "up", "down"}


def _offshoot_named_after(token: Token, res: Resolver) -> Token | None:
    """The name right after an offshoot noun's "of" phrase and a comma ("a dissident faction of the FARC, the Second
    Front,", "a splinter group of the ADF, the Ituri Front"), which the parser hangs on the body or on the verb
    rather than on the noun it names. Only a named armed group or organisation other than the body itself."""
    if token.pos_ != "NOUN" or not (token.lower_ in OFFSHOOT_HEADS or any(
            c.dep_ in ("amod", "compound") and (c.lower_ in SPLINTER_MODIFIERS or c.lower_ in OFFSHOOT_HEADS)
            for c in children_of(token))):
        return None
    doc = token.doc
    for body in _preps(token, "of"):
        # the body's own words end before the name the parser may have hung on it
        after = max([body.i, *(c.right_edge.i for c in children_of(body) if c.dep_ not in ("appos", "punct"))]) + 1
        if after >= len(doc) or doc[after].text != ",":
            continue
        name = next((t for t in doc[after + 1:after + 3] if t.pos_ != "DET"), None)
        owner = res.named(body)
        if name is None or name.dep_ not in ("appos", "npadvmod") or name.head not in (body, token.head):
            continue
        actor = res.named(name)
        if actor is not None and actor.type in ("ARMED_GROUP", "ORGANIZATION") and actor != owner:
            return name
    return None


def _armed_remnants_of(tok: Token, res: Resolver, role: str) -> list[Ref]:
    """"against (the) remnants of X": the armed bodies named after "of" (not a place, a state or a person --
    "the remnants of the old army" are no state), each the foe the phrase is set against."""
    return [r for p in _preps(tok, "of") for t in _with_conjuncts(p) if res.named(t) is not None
            for r in res.refs(t, role) if r.actor.type == "ARMED_GROUP"]


def _preps(token: Token, names: str) -> list[Token]:
    wanted = set(names.split("|"))
    # "pulled back from X": a phrasal verb's particle may carry the preposition
    holders = [token, *(c for c in children_of(token) if c.dep_ in ("prt", "advmod") and c.lower_ in _PARTICLES)]
    # "fired missiles at X", "supplied rockets to X": the parser may hang the verb's preposition on what it sends
    holders += [c for c in children_of(token) if c.dep_ == "dobj" and c.lemma_.lower() in PROJECTILE_NOUNS]
    # "launched 40 drones and two missiles against X": the parser hangs the target on the last of the projectiles
    # (the projectiles only: in "A bombed roads, and B shelled a post in X" the verb "bomb" is no projectile, and
    # its conjunct verb's "in X" is not its own)
    holders += [c for h in holders if h.pos_ == "NOUN" and h.lemma_.lower() in PROJECTILE_NOUNS for c in h.conjuncts
                if c.i > h.i and c.lemma_.lower() in PROJECTILE_NOUNS]
    if "against" in wanted and token.lemma_ in REALISED_SIDES and not any(c.dep_ == "neg" for c in children_of(token)):
        # "fought for the coalition against the Houthis": the parser may hang the fight's "against" on the side
        # fought for (own38; "alongside X against Y" is read with the alliance, verb:alongside-against; a denied
        # fight for X against Y says nothing of Y)
        holders += [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ in REALISED_SIDES[token.lemma_]
                    and c.lower_ not in COMPANION_PREPOSITIONS for p in children_of(c) if p.dep_ == "pobj"]
    preps = [c for h in holders for c in children_of(h) if c.dep_ in ("prep", "agent", "dative") and c.lower_ in wanted
             and not _absolute(c) and not any(n.dep_ == "neg" for n in children_of(c))  # "in A, not in B": not B
             and not _partner_with(c)]
    preps += [c for p in preps for c in _repeated_preps(p)]
    return [p for c in preps for p in children_of(c) if p.dep_ in ("pobj", "pcomp") and not _given_role(p)
            and not _boundary_side(p)]


def _boundary_side(token: Token) -> bool:
    """"stormed a school in X, on the Ugandan side of the border": a side of a boundary is where, not whom."""
    return token.lower_ in BOUNDARY_SIDE_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in BOUNDARY_NOUNS for g in children_of(c)) for c in children_of(token))


def _partner_with(prep: Token) -> bool:
    """Whether ``prep`` is a "with" that names a partner in the act, not its object: "fought the army together
    with X", "along with X", "in alliance with X", "in coordination with X" (JOINT_ACTION_NOUNS)."""
    if prep.lower_ != "with":
        return False
    if any(w.lower_ in COMPANY_ADVERBS | JOINT_ADVERBS for w in children_of(prep)):
        return True
    if _side_by_side(prep.head) or (prep.head.lower_ in COMRADE_NOUNS and prep.head.dep_ == "pobj"):
        return True  # "fought side by side with X", "shoulder to shoulder with Y": a comrade in arms
    if _fought_with_against(prep):
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.lower_ in COMPANY_ADVERBS and before.head == prep.head:
        return True  # "fought together with X": the parser hangs "together" on the verb, beside the "with" (w58b)
    return before is not None and before.lemma_.lower() in JOINT_ACTION_NOUNS and before.dep_ == "pobj" \
        and before.head.lower_ == "in" and prep.head != before  # the alliance's own "with" names the ally


def _fought_with_against(prep: Token) -> bool:
    """"A fought with B against C": where a verb of fighting (the keys of REALISED_SIDES) names its foe after
    "against", its "with" names a comrade, not a second foe (fresh41a)."""
    verb = prep.head
    holders = [verb, *(p for p in children_of(prep) if p.dep_ == "pobj")]  # the parser may hang "against" on B
    return prep.lower_ == "with" and verb.lemma_ in REALISED_SIDES and any(
        c.dep_ == "prep" and c.lower_ == "against" and c.i > prep.i for h in holders for c in children_of(h))


def _side_by_side(verb: Token) -> bool:
    """Whether a verb is done "side by side" or "shoulder to shoulder" (COMRADE_NOUNS): the noun on the verb and
    again after its preposition."""
    return any(c.lower_ in COMRADE_NOUNS and c.dep_ in ("npadvmod", "advmod", "dobj") for c in children_of(verb)) and any(
        c.dep_ == "prep" and any(g.lower_ in COMRADE_NOUNS for g in children_of(c)) for c in children_of(verb))


def _denied_prep(prep: Token) -> bool:
    """A preposition the text denies ("by A, not by B", "in A, not in B"): its object is set aside."""
    return any(n.dep_ == "neg" for n in children_of(prep))


def _repeated_preps(prep: Token) -> list[Token]:
    """"talks with A and with B", "backed by A and by B": the same preposition repeated after "and" is
    coordinated with the first (the parser hangs it on the first as a conjunct); "but not with C" is not."""
    out = []
    for c in children_of(prep):
        if c.dep_ == "conj" and c.lower_ == prep.lower_ and not any(n.dep_ == "neg" for n in children_of(c)):
            out += [c, *_repeated_preps(c)]
    # "held talks with A and with B": the parser may hang the repeated preposition on the verb (or on the noun
    # the first one hangs on) as a conjunct of its own, after the first
    holders = [prep.head, *((prep.head.head,) if prep.head.dep_ == "dobj" else ())]
    for h in holders:
        for c in children_of(h):
            if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_ and c.i > prep.i and c not in out \
                    and not any(n.dep_ == "neg" for n in children_of(c)):
                out += [c, *_repeated_preps(c)]
    # "sanctioned by A in 2023 and by B in 2025": or on the phrase of time right after the first one's object
    for h in holders:
        for c in children_of(h):
            if c.dep_ == "prep" and c.i == prep.right_edge.i + 1 and c.lower_ != prep.lower_ \
                    and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in children_of(c)):
                out += [t for t in children_of(c) if t.dep_ == "conj" and t.lower_ == prep.lower_ and t not in out
                        and not any(n.dep_ == "neg" or n.ent_type_ in ("DATE", "TIME") for n in children_of(t))]
    # "strikes on A's posts in X and on B's bases": the parser may hang the repeated preposition on another
    # preposition inside the first one's object (the "in" of its place) instead
    for t in prep.subtree:
        if t.dep_ == "conj" and t.lower_ == prep.lower_ and t.head.dep_ == "prep" and t.head.lower_ != prep.lower_ \
                and t != prep and not any(n.dep_ == "neg" for n in children_of(t)) and t not in out:
            out.append(t)
    return out


def _absolute(prep: Token) -> bool:
    """"talks with X, with Y and Z among the guarantors": a second "with" after a comma opens a phrase of
    its own, about others than the trigger's parties."""
    return prep.i > 0 and prep.doc[prep.i - 1].text == "," and any(
        c.dep_ == "prep" and c.lower_ == prep.lower_ and c.i < prep.i for c in prep.head.children)


def _given_role(pobj: Token) -> bool:
    """"held talks with X, with Y as guarantor | among the mediators": Y has a role of its own."""
    if _role_phrase_on(pobj):
        return True
    # "talks hosted by X with Y acting as guarantor": an absolute "with" whose object a participle right after it
    # gives a role (the parser may hang the participle on the talks, not on Y)
    nxt = pobj.right_edge.i + 1
    if pobj.head.lower_ == "with" and nxt < len(pobj.doc) and pobj.doc[nxt].tag_ == "VBG" and _role_phrase_on(pobj.doc[nxt]):
        return True
    # "hosted the talks, with A and B as guarantors": the parser may hang the role on the talks or the verb, right
    # after the phrase a comma opened
    prep = pobj.head
    if prep.dep_ != "prep" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    after = prep.right_edge.i + 1
    return after < len(prep.doc) and prep.doc[after].lower_ in ROLE_PREPS and prep.doc[after].head in prep.ancestors


def _role_phrase_on(tok: Token) -> bool:
    """Whether a role's preposition with its object hangs on ``tok`` ("Y as guarantor", "acting as mediator")."""
    return any(c.dep_ == "prep" and c.lower_ in ROLE_PREPS and any(p.dep_ == "pobj" for p in children_of(c))
               for c in children_of(tok))


def _after_bracketed_name(token: Token, res: Resolver) -> Token | None:
    """"A (AB), the group behind ...": a description that follows a name's bracketed short form at once
    describes that name, however the parser attached it (it often makes it the clause's subject or attribute)."""
    if token.dep_ not in ("attr", "nsubj", "appos"):
        return None
    first = token.left_edge.i
    doc = token.doc
    if first < 3 or doc[first - 1].text != "," or doc[first - 2].text != ")":
        return None
    inner = doc[first - 3]
    return inner if inner.text not in ("(", ")") and res.named(inner) else None


def _through_conjunct(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs below ``top`` through a conjunct of ``top`` itself (another noun phrase, with
    its own arguments; a conjunct of ``top``'s object, "the capture of A and B by X", does not count)."""
    while token != top and token.head != token:
        if token.dep_ == "conj" and token.head == top:
            return True
        token = token.head
    return False


def _slot(token: Token, slot: str, res: Resolver, role: str) -> list[Ref]:
    """The actors found at ``slot`` of ``token`` (see the slot names in ``lexicon.py``)."""
    if slot.startswith("prep:"):
        toks = [t for t in _preps(token, slot[5:]) if not _arms_fought_with(t)]
    elif slot.startswith("next:"):
        # "the PKK's bombing in Ankara": a phrase further off ("the attack carried out by X on a base, in Y
        # county") places the target, not the act
        toks = [p for p in _preps(token, slot[5:]) if p.head.i == token.i + 1]
    elif slot == "agent":
        # "retaken by the army, not by Wagner": a "by" the text denies names who did not do it
        agents = [c for c in children_of(token) if c.dep_ == "agent" and not _denied_prep(c)]
        toks = [p for c in (*agents, *(r for a in agents for r in _repeated_preps(a))) for p in children_of(c) if p.dep_ == "pobj"]
        if not toks and token.tag_ == "VBN":  # "listed as a terrorist group | by Canada": misattached
            toks = [p for c in token.subtree if c.dep_ == "prep" and c.lower_ == "by" and in_clause(c, token)
                    and not _denied_prep(c) for p in children_of(c) if p.dep_ == "pobj"]
    elif slot in ("compound", "named_compound"):  # "a US drone strike", "Iranian support": names (and demonyms)
        toks = [c for c in children_of(token) if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i]
        # "Russian missile strikes": the demonym may modify the compound rather than the head
        toks += [g for c in toks for g in children_of(c) if g.dep_ in ("compound", "nmod", "amod") and g.i < c.i]
        # "Saudi and Emirati bases", "US and British strikes": each coordinated modifier names one
        toks += [j for c in toks for j in c.conjuncts if j.i < token.i and j not in toks]
        toks = [t for t in toks if res.named(t) or (slot == "compound" and res.gazetteer.by_demonym(t.text))]
        # "a non-NATO member", "non-Russian forces": a name a negating prefix joins names anyone but itself
        toks = [t for t in toks if _hyphen_prefix(t) not in NEGATING_PREFIXES]
    elif slot == "gov_subj":
        toks = _governor_subjects(token, EVENT_GOVERNORS)
    elif slot == "gov_subj_attr":
        toks = []
        if token.dep_ == "conj" and token.head.dep_ in ("attr", "appos"):  # "X, an affiliate of Y and a rival of Z"
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("one", "some", "among"):
            token = token.head.head  # "X is one of Y's main suppliers"
        named_appos = [c for c in children_of(token) if c.dep_ == "appos" and res.named(c)]
        if named_appos:  # "the al Qaeda affiliate JNIM"
            toks = named_appos
        elif (bracketed := _after_bracketed_name(token, res)) is not None:
            toks = [bracketed]  # "X (XA), the group behind ...": the parser loses the apposition after the bracket
        elif (described := described_refs(token, res, role)) is not None:  # "A regards B as an ally of C"
            return described
        elif token.dep_ == "attr":
            toks = _copula_subjects(token)
        elif token.dep_ == "appos":
            toks = [token.head]
    else:
        toks = [c for c in children_of(token) if c.dep_ == slot]
        if slot == "dobj":  # "helping Russia attack Ukraine" parsed as one noun: no object to trust
            toks = [t for t in toks if not any(c.dep_ == "compound" and c.tag_.startswith("VB") for c in children_of(t))]
    out: list[Ref] = []
    for tok in toks:
        if slot == "compound" and not res.named(tok):  # "Iranian support": the demonym's state
            out.append(Ref(res.state_actor(res.gazetteer.by_demonym(tok.text)), "name"))
            continue
        for ref in np_refs(tok, res, role):
            if ref not in out:
                out.append(ref)
    return out


def _arms_fought_with(token: Token) -> bool:
    """Whether ``token`` is arms a side fights with (``battle_instrument_nouns`` after "with"), whoever's they are:
    an instrument, no partner or enemy.

    >>> # "Ethiopia fought the war with Turkish drones": drones, no side; Turkey is fought with, not against
    """
    return token.dep_ == "pobj" and token.head.lower_ == "with" and token.lower_ in BATTLE_INSTRUMENT_NOUNS


def _misattached_to_place(participle: Token, objects: list[Ref]) -> list[Token] | None:
    """"The M23 advanced towards Goma, backed by Rwandan troops": a participle after a comma that the parser
    hung on a place, which cannot be backed or led, describes the subject of the place's clause (its tokens);
    None where the participle is read as it hangs."""
    if not objects or any(r.actor.type != "LOCATION" for r in objects) or participle.i == 0 \
            or participle.doc[participle.i - 1].text != ",":
        return None
    verb = _governor(participle.head)
    return clause_subjects(verb) if verb is not None else None


def _describes_object(participle: Token, res: Resolver) -> bool:
    """Whether a participle after a comma may describe its verb's object rather than the subject: "agreed to
    lead a police mission, funded by X" (the mission is funded). A place object cannot be backed or funded
    ("entered the city, backed by X")."""
    return any(c.dep_ == "dobj" and c.i < participle.i and not any(r.actor.type == "LOCATION" for r in np_refs(c, res, PLACE))
               for c in participle.head.children)


def _led_actor_before_comma(participle: Token, res: Resolver) -> Token | None:
    """The named body just before the comma that opens a participle the parser hung on the clause's verb as an
    adverbial clause, where that body is the verb's object or the object of one of its prepositions ("fights
    alongside the X Front, led by N", "answers to the Y Council, headed by N"): the noun it describes. None where
    the word before the comma is no such body (a place, a person, a description: "troops retook the town, led by
    Colonel N" is the troops') (lead48)."""
    doc = participle.doc
    start = participle.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return None
    noun = doc[start - 2]
    named = res.named(noun)
    if named is None or named.type in ("LOCATION", "PERSON", "STATE") or noun.conjuncts:
        return None
    verb = participle.head
    if noun.dep_ == "dobj" and noun.head == verb:
        return noun
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent") and noun.head.head == verb:
        return noun  # (off54: or of its by-agent, "was claimed by the X Front, led since 2019 by N")
    return None


def _led_body_after_noun(participle: Token, res: Resolver) -> Token | None:
    """The named body just before the comma that opens a participle the parser hung as a modifier on an unnamed
    noun, where the body is the object of that noun's "of" or "for" ("welcomes the decision of the Government of X,
    led by President N,", "its support for the Y Front, headed by N,"): the body is what the participle describes.
    Only a noun of an act, stance or pledge (``owned_act_nouns``: "the armed wing of X, commanded by N" is the
    wing's); none where the noun is named, where the preposition is any other ("the attack on the X Front, led by
    N": the attack was), or where the word before the comma is a place, a person, a state or a list
    (off51; ``_led_actor_before_comma`` reads the participle hung on the verb)."""
    doc = participle.doc
    start = participle.left_edge.i
    if participle.dep_ not in ("acl", "advcl") or start < 2 or doc[start - 1].text != ",":
        return None
    noun = doc[start - 2]
    named = res.named(noun)
    if named is None or named.type in ("LOCATION", "PERSON", "STATE") or noun.conjuncts:
        return None
    # (hung on the clause's verb: "reaffirms its support for the Government of X, led by N,": the verb's object)
    head = participle.head if participle.dep_ == "acl" else noun.head.head
    if participle.dep_ == "advcl" and not (head.dep_ == "dobj" and head.head == participle.head):
        return None
    if head.pos_ != "NOUN" or res.named(head) is not None or head.lower_ not in OWNED_ACT_NOUNS:
        return None  # (only an act, stance or pledge: "the armed wing of X, commanded by N" is the wing's)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("of", "for") and noun.head.head == head:
        return noun
    return None


def _governor(noun: Token) -> Token | None:
    """The verb a noun hangs from, directly or through one preposition (a coordinated noun, through its
    first conjunct: "imposed sanctions and an arms embargo on X")."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in PARTITIVES or noun.head.head.lower_.rsplit(" ", 1)[-1] in PARTITIVES
            or noun.head.head.lower_ in SUBSET_WORDS):
        # "conducted hundreds of raids", "held two hours of talks" (a merged date), "joined some of the raids"
        noun = noun.head.head
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in _VERBAL:
        return head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "dative"):  # "sent envoys *to* talks with X"
        verb = head.head
        if verb.pos_ in _VERBAL:
            return verb
        if verb.dep_ in ("dobj", "pobj") and verb.head.pos_ in _VERBAL \
                and head.lower_ in PARTICIPATION_NOUNS.get(verb.lemma_.lower(), ()):
            return verb.head  # "took part in the assault"; not "held talks on the attack on X": a topic

    return None


def as_complement_of(noun: Token) -> Token | None:
    """"A regards | describes B as an offshoot of C", "B is seen as ...": what the noun after "as" is said
    of is the verb's object (or passive subject), not the one who says it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in _VERBAL:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(noun)):
        return None  # "A as an ally of B and C as a partner of D", gapped and misparsed: no safe reading
    return next((c for c in noun.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def described_refs(noun: Token, res: Resolver, role: str) -> list[Ref] | None:
    """The actors an "as" noun is said of (None where the noun is not after "as"); a pronoun there never
    stands for the verb's own subject ("A designated the group, describing *it* as ...")."""
    described = as_complement_of(noun)
    if described is None:
        return None
    refs = np_refs(described, res, role)
    if described.pos_ == "PRON":
        speakers = {r.actor.id for t in clause_subjects(described.head) for r in np_refs(t, res, role)}
        refs = [r for r in refs if r.actor.id not in speakers]
    return refs


def _governor_subjects(noun: Token, verbs: frozenset[str]) -> list[Token]:
    took_part = _participants(noun)
    if took_part is not None:
        return took_part
    phase = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" \
        and noun.head.head.lemma_.lower() in EVENT_PHASE_NOUNS
    if phase:  # "took X at the end of an offensive against Y", "as part of a push on Z": the event's phase
        noun = noun.head.head
    verb = _governor(noun)
    if verb is None:
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "in", *(("as",) if phase else ())):
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(noun)) and any(c.dep_ == "dobj" for c in children_of(verb)):
            return []  # "helped the rebels in their offensive": the possessive, not the helper, says whose it is (own38)
        return clause_subjects(verb)  # "is at war with", "died during a clash with"
    if _countered_event(noun, verb):
        return []  # "halting an advance on Konna": whose advance the verb stopped, its subject is not
    if verb.lemma_ in verbs or verb.lemma_ in EVENT_CARRIERS or verb.lemma_ in PART_TAKING_VERBS:
        if noun.dep_ == "nsubjpass":  # "sanctions on X were imposed | tightened by Y": the passive's agent (not
            # an ending, "were lifted by Y", which the clause reading of a subject cannot see)
            # a passive the clause reading of a subject cannot qualify is read only plain: not denied, hedged by a
            # modal, conditional or asked ("were not imposed by Y", "could be imposed by Y", "if ... by Y")
            if verb.lemma_ in ENDING_VERBS or verb.lemma_ in NEGATING_VERBS or verb.dep_ not in ("ROOT", "conj", "ccomp") \
                    or any(c.dep_ == "neg" or c.lower_ in NEGATIVE_ADVERBS or c.dep_ == "aux" and c.lemma_ in MODAL_AUX
                           or c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in children_of(verb)) \
                    or verb.sent.text.rstrip().endswith("?"):
                return []
            agents = [a for a in children_of(verb) if a.dep_ == "agent" and not _denied_prep(a)]  # ("by A, not by B": A)
            return [p for a in (*agents, *(r for a in agents for r in _repeated_preps(a))) for p in children_of(a)
                    if p.dep_ == "pobj"]
        return clause_subjects(verb)
    if noun.dep_ == "pobj" and ENTERING_VERBS.get(verb.lemma_) == noun.head.lower_:  # "returned to talks with X"
        return clause_subjects(verb)
    return []


def _countered_event(noun: Token, verb: Token) -> bool:
    """Whether a verb of acting against another's force stops an event it introduces with an indefinite article ("X
    halted an advance on Y", "troops stopped a push into Z"): an event one halts of one's own is one already told
    ("halted its strikes", "halted the strikes on Y", "halted strikes"), so a new one is the enemy's."""
    return verb.lemma_ in COUNTERING_VERBS and noun.dep_ == "dobj" and noun.head == verb \
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in children_of(noun))


def _participants(noun: Token) -> list[Token] | None:
    """Who a word governing an event noun says took part in it: "X was *behind* the strikes on Y", "X is
    *engaged in* talks with Y", "X was *responsible for* a wave of attacks on Y", "X's *role in* the talks
    with Y" (see PARTICIPATION_GOVERNORS, PARTICIPATION_NOUNS); None where no such word governs it."""
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":  # "behind the raids and strikes on Y"
        noun = noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" \
            and prep.lower_ in PARTICIPATION_NOUNS.get(prep.head.lemma_.lower(), ()):
        return _holders(prep.head) or None  # "X is part of the coalition against Y" ("part", a partitive too)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PARTITIVES:
        noun = noun.head.head  # "behind a wave of strikes"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    gov = prep.head
    if gov.pos_ == "NOUN" and prep.lower_ in PARTICIPATION_NOUNS.get(gov.lemma_.lower(), ()):
        return _holders(gov) or None  # none: the verb it hangs from says ("played a role in")
    wanted = PARTICIPATION_GOVERNORS.get(gov.lower_) or PARTICIPATION_GOVERNORS.get(gov.lemma_.lower()) or ()
    if prep.lower_ not in wanted:
        return None
    if gov.pos_ == "ADJ":  # "X was responsible for ...", "X, complicit in ..."
        return _copula_subjects(gov) if gov.dep_ == "acomp" else [gov.head] if gov.dep_ == "amod" else []
    if gov.pos_ not in _VERBAL:
        return None
    if _is_passive(gov):  # "X was involved in the raid on Y" (a participle listed as such: not "was met with")
        return [c for c in children_of(gov) if c.dep_ == "nsubjpass"] if gov.lower_ in PARTICIPATION_GOVERNORS else []
    return clause_subjects(gov)


def _holders(noun: Token) -> list[Token]:
    """Who holds a role noun: its possessor or of-phrase ("X's role", "the role of X"), else the one the clause
    says holds it ("X is a party to", "X was at the forefront of", "X acted as a mediator", "X, a mediator")."""
    own = [c for c in children_of(noun) if c.dep_ == "poss"] + [p for p in _preps(noun, "of") if p.pos_ != "NOUN"]
    if own:
        return own
    if noun.dep_ == "attr":
        return _copula_subjects(noun)
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "as") and noun.head.head.pos_ in _VERBAL:
        return clause_subjects(noun.head.head)
    if noun.dep_ == "dobj" and noun.head.lemma_ in AVOWAL_VERBS:  # "X denied involvement in"
        return clause_subjects(noun.head)
    return []


def _role_verb(noun: Token) -> Token | None:
    """The verb a role noun governing ``noun`` hangs from ("was at the *forefront* of the assault", "played a
    *role* in the talks"), where the parser may hang the event's own phrase."""
    prep = noun.head
    role = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or role.pos_ != "NOUN" \
            or prep.lower_ not in PARTICIPATION_NOUNS.get(role.lemma_.lower(), ()):
        return None
    verb = role.head.head if role.dep_ == "pobj" else role.head
    return verb if verb.pos_ in _VERBAL else None


def _one_of(noun: Token) -> Token | None:
    """"X is among the groups that attacked Y", "X was one of the factions fighting Y": the one a plural
    noun, described by a clause, has as a member named by the copula's subject."""
    if noun.dep_ != "pobj" or noun.tag_ != "NNS":
        return None
    prep = noun.head
    if prep.lower_ == "among" and prep.head.pos_ in _VERBAL:
        holders = _copula_subjects(prep) if prep.dep_ in ("attr", "prep") else []
    elif prep.lower_ == "of" and prep.head.lower_ == "one":
        one = prep.head
        holders = _copula_subjects(one) if one.dep_ == "attr" else [one.head] if one.dep_ == "appos" else []
    elif prep.lower_ == "of" and prep.head.lemma_.lower() in MEMBER_BODY_NOUNS and prep.head.dep_ in ("attr", "appos") \
            and not any(c.dep_ == "det" and c.lower_ == "the" for c in prep.head.children):
        # "X, a coalition of militias that fought beside Y", "X is a coalition of groups that swore
        # allegiance to Z": the clause tells what the body made of them did (not "the alliance of ...", a third body)
        body = prep.head
        holders = _copula_subjects(body) if body.dep_ == "attr" else [body.head] if body.head.pos_ == "PROPN" else []
    else:
        return None
    copula = holders[0].head if holders else None
    if copula is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ in MODAL_AUX) for c in children_of(copula)):
        return None  # "X was not among the groups that ...": the clause's own negation does not reach X
    return holders[0] if len(holders) == 1 else None


def _met_parties(verb: Token) -> list[Token]:
    """The other party of a meeting held under a go-between's mediation: the object of a meeting verb, or the
    "with" of one or of a verb of talks. "A met B's envoys under the mediation of C", "A talked with B under
    C's auspices": B's phrase (C deals with both, as with the subject). Nothing for other verbs ("A attended the
    talks under C's mediation": no party named)."""
    lemma = verb.lemma_.lower()
    found = [c for c in children_of(verb) if c.dep_ == "dobj" and lemma in MEETING_VERBS]
    if lemma in MEETING_VERBS or lemma in TALK_WITH_VERBS:
        found += [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with"
                  for p in children_of(c) if p.dep_ == "pobj"]
    return [_sender(t) for t in found]


def _sender(party: Token) -> Token:
    """"the envoys of B", "a delegation from B": B, whose people they are; any other phrase itself."""
    if party.lower_ in ENVOY_NOUNS or party.lemma_.lower() in DELEGATION_NOUNS or party.lower_ in DELEGATION_NOUNS \
            or party.lemma_.lower() + "s" in ENVOY_NOUNS:
        return next((p for c in children_of(party) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                     for p in children_of(c) if p.dep_ == "pobj"), party)
    return party


def _under(noun: Token) -> Token | None:
    """"under sanctions", "under attack": the governor's subject is the one affected. Returns "under"."""
    if noun.dep_ == "conj":  # "under EU and British sanctions"
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return noun.head
    return None


def _set_off_holder(under: Token) -> list[Token]:
    """The name an "under" phrase set off after it by a comma hangs on: the one under the noun.

    "Venezuela, under sanctions from Washington, sold gold": Venezuela is under them (w58d).
    """
    head = under.head
    if head.pos_ in ("PROPN", "NOUN") and under.i > head.i and head.doc[under.i - 1].text == ",":
        return [head]
    return []


def _doer_participles(noun: Token) -> list[Token]:
    """The past participles hung on an act's ``noun`` whose agent may be the act's doer: not a stance on it
    (``stance_participles``). "the sanctions imposed on Iran by the EU" keeps "imposed"; "the sanctions on Iran,
    backed by France," drops "backed" (France judges the sanctions, it does not impose them; near59)."""
    return [c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() not in STANCE_PARTICIPLES]


def _stance_on_act(participle: Token, described: Token, res: Resolver) -> bool:
    """Whether a participle of stance (``stance_participles``) hangs on an act's noun that names no actor: "the
    offensive against X, criticised by Y," -- Y judges the offensive, it says nothing of X (near59); "the Front,
    backed by Y," names the Front."""
    if participle.lemma_.lower() not in STANCE_PARTICIPLES:
        return False
    if described.pos_ == "NOUN" and noun_key(described) is not None and not res.named(described) \
            and described.lemma_.lower() not in ANAPHORS and described.lower_ not in ANAPHORS:
        return True  # (not a body's description: "the alliance backed by X" is backed)
    # "the offensive against the X, condemned by Y,": a judgement set off after an act's target judges the act
    act = described.head.head if described.dep_ == "pobj" else None
    return act is not None and participle.lemma_.lower() in APPRAISING_VERBS and act.pos_ == "NOUN" \
        and noun_key(act) is not None and act.lemma_.lower() not in ANAPHORS and participle.doc[participle.i - 1].text == ","


def _participle_agents(noun: Token, res: Resolver) -> list[Ref]:
    """The agents of an imposing participle hung on ``noun`` (``imposing_participles``): its doers.

    "under sanctions imposed by ECOWAS" gives ECOWAS; "under sanctions criticised by Mexico" gives none (w58d).
    """
    return [r for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in IMPOSING_PARTICIPLES
            for r in _slot(c, "agent", res, ACTOR)]


# -- rules ------------------------------------------------------------------------
def _verb_lemma(token: Token) -> str | None:
    """The verb lemma of a verb, or of a verb the tagger read as a noun ("the army retook X",
    "Hezbollah, which Iran funds,"); lemmas come repaired by ``repair_lemmas`` (lemminflect)."""
    if token.pos_ in _VERBAL:
        return token.lemma_
    if token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in children_of(token)):
        verb = verb_lemmas(token.lower_)
        if verb and verb[0] != token.lower_ and verb[0] in VERB_FRAMES:
            return verb[0]
    if _relative_noun_verb(token):
        return token.lemma_
    return None


def _relative_noun_verb(token: Token) -> bool:
    """A relative clause's head the tagger read as a noun, or as an adjective with a subject of its own ("X,
    which Kenya, Ethiopia and Uganda all designate as ...": a verb whose lemma has a frame, tagged ADJ)."""
    if token.dep_ != "relcl" or not any(c.tag_ in ("WDT", "WP") for c in children_of(token)):
        return False
    return token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.lemma_ in VERB_FRAMES
                                    and any(c.dep_ == "nsubj" for c in children_of(token)))


# The predicates of acts of force or backing: joined in one, the joiners stand side by side.
_ALLYING_PREDICATES = frozenset({"attacks", "opposes", "captures", "supports"})

# What can be joined as a member: "joined Mali and Niger in the alliance" names a body, not a place.
_BODY_TYPES = frozenset({"IGO", "ORGANIZATION", "ARMED_GROUP"})


def _resultative(token: Token) -> bool:
    """Whether a verb of departure (``RESULTATIVE_VERBS``) puts its object in a state rather than leaving it: an
    object with a complement of what it is left as ("leaving Rwanda as the main partner") or how ("left
    Somalia exposed")."""
    if token.lemma_ not in RESULTATIVE_VERBS or not any(c.dep_ == "dobj" for c in children_of(token)):
        return False
    return any(c.dep_ in ("xcomp", "oprd", "acomp") or c.dep_ == "prep" and c.lower_ == "as"
               and any(p.dep_ == "pobj" for p in children_of(c)) for c in children_of(token))


def _remaining(token: Token) -> bool:
    """Whether a verb of departure's participle (``RESULTATIVE_VERBS``), with no object, says what remains: "has
    little left to give" (an amount on it, ``REMAINDER_WORDS``), "has few troops left in X", "had nothing left" (it
    describes what one has). Nobody withdraws."""
    if token.lemma_ not in RESULTATIVE_VERBS or token.tag_ != "VBN" or any(c.dep_ == "dobj" for c in children_of(token)):
        return False
    if any(c.dep_ in ("amod", "advmod", "npadvmod", "nsubj") and c.lower_ in REMAINDER_WORDS for c in children_of(token)):
        return True
    return token.dep_ in ("acl", "amod") and token.head.dep_ in ("dobj", "attr") and token.head.head.lemma_ in ("have", "be")


def _listed_things_operators(verb: Token, res: Resolver) -> set[str]:
    """The actors a listing verb's object names only as who runs a thing listed (``OPERATING_VERBS``): in "the
    Council listed four entities, among them a bank controlled by the X Corps" the bank is listed, not the Corps
    (prec54). An actor the object also names outright ("listed the X Corps and a bank run by it") is listed."""
    objects = [t for t in verb.subtree if t.i > verb.i]  # (the parser may hang "among them ..." on the verb)
    operated = {t.i for agent in objects if agent.dep_ == "agent" and agent.head.dep_ == "acl"
                and agent.head.lemma_ in OPERATING_VERBS and agent.head.head.pos_ == "NOUN"
                and res.named(agent.head.head) is None for t in agent.subtree}
    named = {t.i: actor for t in objects if (actor := res.named(t)) is not None}
    by_operating = {actor.id for i, actor in named.items() if i in operated}
    outright = {actor.id for i, actor in named.items() if i not in operated}
    return by_operating - outright


def _struck_off_roster(token: Token) -> bool:
    """Whether a verb takes its object off a roster (``ROSTER_NOUNS``): "Astana struck the Taliban off its register
    of banned organisations", "knocked the group off the blacklist" -- a delisting, no blow (prec54). A blow that
    drives someone off a place is still one ("struck the rebels off the ridge")."""
    return any(c.dep_ == "dobj" for c in children_of(token)) and any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("off", "from") and any(
            p.dep_ == "pobj" and p.lower_ in ROSTER_NOUNS for p in children_of(c)) for c in children_of(token))


def _labelled_as(token: Token) -> bool:
    """Whether a verb of assault that also censures (``LABELLING_ASSAULT_VERBS``) labels its object: "attacked the project as
    a land grab", "assailed the accord as a betrayal" -- 'as' and an indefinite noun (not one of why or within what
    the blow fell, ``ACT_PURPOSE_NOUNS``: "as part of the offensive", "as a reprisal")."""
    if token.lemma_.lower() not in LABELLING_ASSAULT_VERBS or not any(c.dep_ == "dobj" for c in children_of(token)):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        p.dep_ == "pobj" and _label_noun(p) for p in children_of(c)) for c in children_of(token)) or any(
        _label_clause(c) for c in children_of(token))


def _label_noun(noun: Token) -> bool:
    """Whether ``noun`` is what a labelling 'as' calls a thing: an indefinite common noun, not one of why or within what
    a blow fell (``ACT_PURPOSE_NOUNS``)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in ACT_PURPOSE_NOUNS and noun.lower_ not in ACT_PURPOSE_NOUNS \
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children_of(noun))


def _label_clause(clause: Token) -> bool:
    """A parse repair for ``_labelled_as``: "attacked the project as a land grab dressed up as development" -- the small
    parser reads 'as' as a subordinator and the label as the subject of a clause whose verb is the participle that
    follows it ("as [a land grab] dressed up ..."). A participle (never a finite verb: "attacked X as a convoy passed")
    with no auxiliary of its own, whose marker is 'as' and whose subject is a label noun, is the label described."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBN" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in children_of(clause)) and not any(
        c.dep_ in ("aux", "auxpass") for c in children_of(clause)) and any(
        c.dep_ == "nsubj" and c.i < clause.i and _label_noun(c) for c in children_of(clause))


def verb_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """Verb triggers, active and passive: "HTS captured Hama", "Hama was captured by HTS"."""
    lemma = _verb_lemma(token)
    if lemma not in VERB_FRAMES:
        return
    frames = VERB_FRAMES[lemma]
    if _idiom_complement(token) or _two_objects(token, res):
        return
    if any(c.lower_ in COMPANION_PREPOSITIONS for c in children_of(token)):  # read the alliance, then the common enemy
        frames = sorted(frames, key=lambda f: f.predicate != "allied_with")
    if lemma in JOINING_VERBS and (acts := [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "in"
                                            for g in children_of(c) if g.tag_ == "VBG"]):
        # "joined the army in blocking X", "in backing Y": a joint act of force or backing, an alliance; a joint
        # sanction, listing or condemnation ("joined the US in sanctioning X") is done by both, and allies no one
        plain = [[f.predicate for f in VERB_FRAMES.get(_verb_lemma(g), ()) if f.particle is None] for g in acts]
        if any(preds and not _ALLYING_PREDICATES.intersection(preds) for preds in plain):
            return  # (a word that names a sanction only with its particle, "blocking accounts", is no sanction here)
        frames = [Frame("allied_with", obj=("dobj",), confidence=0.8)]
    elif lemma in JOINING_VERBS and _joined_in_new_alliance(token):
        # "A joined B in a political coalition", "in an alliance against Z": they ally; neither joins the other
        frames = [Frame("allied_with", obj=("dobj",), confidence=0.8)]
    elif lemma in JOINING_VERBS and (bodies := [r for r in _slot(token, "prep:in", res, ACTOR) if r.actor.type in _BODY_TYPES]):
        # "Sweden joined Finland in NATO": NATO is what is joined; Finland is in it already
        if (companions := _slot(token, "dobj", res, ACTOR)) and _subjects(token, VERB_FRAMES[lemma][0], res):
            yield Candidate(companions, "member_of", bodies, token, "member:join-in", 0.75)
        frames = [Frame("member_of", obj=("prep:in",), confidence=0.8)]
    # "with sanctions", "with a fresh round of sanctions"
    tools = [q for p in _preps(token, "with") for q in (p, *_preps(p, "of"))]
    instrument = next((INSTRUMENT_PREDICATES[q.lemma_.lower()] for q in tools if q.lemma_.lower() in INSTRUMENT_PREDICATES), None)
    idiom = _idiom_matched(token, frames)
    for frame in frames:
        anchor = _particle_anchor(token, frame)
        if anchor is None or (idiom and frame.particle is None) or (frame.particle is None and _idiom_particle(token)):
            continue
        if instrument is not None and frame.predicate == "attacks":
            # "hit Russia with sanctions", "targeted Iran with an embargo": the act is the instrument's
            frame = replace(frame, predicate=instrument)
        if frame.predicate == "attacks" and (_labelled_as(token) or _struck_off_roster(token)
                                             or anchor is not token and _figurative_attack(anchor)):
            continue  # "attacked the dam project as a land grab", "launched a charm offensive": no assault
        if frame.predicate == "withdraws_from" and (_resultative(token) or _remaining(token)):
            continue  # "..., leaving Rwanda as Mozambique's main partner": no withdrawal from Rwanda
        obj_role = PLACE if frame.object_place else ACTOR
        passive_head = _coordinated_passive(token) or (token if _is_passive(token) else None)
        passive = passive_head is not None
        # "reports that X had captured Y": a finite clause (its own subject, an auxiliary) the
        # parser hung from a noun is read as a clause, not as a participle describing the noun.
        # ("the mission, led by Kenya and backed by the UN": a participle coordinated with one describes its noun too)
        described = _listed_participle_noun(token) or token.head
        participle = (token.dep_ == "acl" or described != token.head) and token.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "aux") for c in children_of(token))
        if (topic := participle_item_topic(token)) is not None:
            # "Los Lobos / - Allied with X", "- Backed by Y since 2019; ...": the item describes its heading's actor
            described, participle = topic, True
        if participle and frame.predicate == "captures" and _held_event(described):
            continue  # "talks between A and B, held in C and mediated by D": a gathering took place; no place was taken
        if participle and not _swaps(frame) and frame.subj == ("nsubj",):
            # "a militia once linked to the Islamic State"
            subjects = _participle_described(described, token, res, ACTOR)
            objects = [r for slot in frame.obj for r in _slot(anchor, slot, res, obj_role)]
            rule = "verb:participle"
        elif participle and _swaps(frame):
            # "the junta backed by Moscow", "the Northern Front, led by General Varo"
            subjects, objects, rule = (_listed_agents(token, res), _participle_described(described, token, res, obj_role),
                                       "verb:participle")
            if _stance_on_act(token, described, res):
                continue  # "the offensive on X, financed by Y,": Y funds the offensive, not X (near59)
            if not objects and frame.predicate == "leads" and (led := _led_body_after_noun(token, res)) is not None:
                # "the decision of the Government of X, led by President N,": the parser hung the participle on
                # the noun the body's "of" phrase hangs from; the body named just before the comma is led (off51)
                objects = np_refs(led, res, obj_role)
            if not objects and frame.predicate == "leads":
                # "The X Front ... The front, led by N, holds ...": the description set off before the participle
                # stands for the one front named before, for what the participle tells (off52)
                objects = res.head_named(described, token, obj_role)
            if obj_role == ACTOR and (place_subjects := _misattached_to_place(token, objects)) is not None:
                objects = [r for t in place_subjects for r in np_refs(t, res, obj_role)]
        elif frame.predicate == "leads" and token.dep_ == "advcl" and token.tag_ == "VBN" and _swaps(frame) \
                and (led := _led_actor_before_comma(token, res) or _led_body_after_noun(token, res)) is not None \
                and _slot(token, "agent", res, ACTOR):
            # "It fights beside the X Front, led by N", "Kenya arms the X Front, led by N": the parser hung the
            # participle on the verb, but the actor named just before its comma is the one led (lead48)
            subjects, objects, rule = _slot(token, "agent", res, ACTOR), np_refs(led, res, obj_role), "verb:participle"
        elif token.dep_ == "advcl" and token.tag_ == "VBN" and _swaps(frame) and _slot(token, "agent", res, ACTOR) \
                and not _describes_object(token, res) and not semicolon_between(token):
            # "SAF troops entered the city, backed by fighters of the Sudan Shield Forces"
            objects = [r for t in clause_subjects(token.head) for r in np_refs(t, res, obj_role)]
            subjects, rule = _slot(token, "agent", res, ACTOR), "verb:participle"
        elif passive and _swaps(frame):
            objects = [r for c in _passive_subjects(passive_head) for r in np_refs(c, res, obj_role)]
            subjects, rule = _passive_agents(token, passive_head, res), "verb:passive"
            if not objects and "dobj" in frame.obj and (owners := _owners(frame.predicate, _passive_subjects(passive_head), res)):
                objects, rule = owners, "verb:passive-owner"  # "UNIFIL bases were hit by Israeli fire": UNIFIL's
        elif passive and frame.subj == ("nsubj",) and all(slot.startswith("prep:") for slot in frame.obj) \
                and _reason_about_acted_on(passive_head):
            continue  # "seized two tankers, saying they were linked to X": the tankers are, not the seizer
        elif passive and frame.subj == ("nsubj",) and all(slot.startswith("prep:") for slot in frame.obj):
            # "al-Shabaab is affiliated with al-Qaeda", "X is allied to Y": the participle states the relation
            subjects = [r for c in _passive_subjects(passive_head) for r in np_refs(c, res, ACTOR)]
            objects = [r for slot in frame.obj for r in _slot(token, slot, res, obj_role)]
            rule = "verb:passive-state"
        elif frame.subj == ("nsubj",) and all(slot.startswith("prep:") for slot in frame.obj) and not _swaps(frame) \
                and (holders := _copular_participle_holders(token)):
            # "X remains allied with Y", "X became affiliated with Y": the participle states the relation, as
            # "is allied with" does (verb:passive-state), of the linking verb's subject
            subjects = [r for c in holders for r in np_refs(c, res, ACTOR)]
            objects = [r for slot in frame.obj for r in _slot(token, slot, res, obj_role)]
            rule = "verb:copular-state"
        elif _ascription_gap(token):
            continue  # "struck tankers they link to X": the tankers are tied to X; "they" only say so
        else:
            subjects = _subjects(token, frame, res)
            objects = [r for slot in frame.obj for r in _slot(anchor if slot != "nsubj" else token, slot, res, obj_role)]
            if frame.predicate == "supports":
                objects = _supported(token, lemma, frame, objects, res)
            if not objects and anchor != token:  # "took control | of X": the PP hangs on the verb
                objects = [r for slot in frame.obj if slot.startswith("prep:") for r in _slot(token, slot, res, obj_role)]
            if not objects and frame.predicate == "negotiates_with" and "prep:with" in frame.obj:
                # "signed the Naivasha Agreement with N": the parser hangs the partner on the accord's name
                objects = [r for d in children_of(token) if d.dep_ == "dobj" and _names_an_accord(d)
                           for r in _slot(d, "prep:with", res, obj_role)]
            if not objects and "dobj" in frame.obj and (raised := _raised_object(token)) is not None:
                objects = np_refs(raised, res, obj_role)  # "Hamas attacked and captured X": X, attacked too
            fronted = _fronted_whose_object(token) if not objects and "dobj" in frame.obj else None
            if fronted is not None:  # "N, whose al-Qaeda network Washington blames": the network, not N
                objects = np_refs(fronted, res, obj_role, conjuncts=False)
            elif not objects and "dobj" in frame.obj and _reduced_relative(token):
                objects = np_refs(token.head, res, obj_role, conjuncts=False)  # "Goma, the city the M23 took"
            if not objects and "dobj" in frame.obj and frame.designation and _reduced_relative_labelled(token):
                objects = np_refs(token.head, res, obj_role, conjuncts=False)  # "X, a group W designated a ..."
            if not objects and "dobj" in frame.obj and token.dep_ == "relcl" and any(
                    c.tag_ in ("WDT", "WP") and c.dep_ not in ("nsubj", "nsubjpass") for c in children_of(token)):
                # "the ELN, which Venezuela shelters"; "a neighbour of Somalia, which X attacks": Somalia
                objects = [r for t in res.relative_antecedents(token) for r in np_refs(t, res, obj_role, conjuncts=False)]
            if not objects and "dobj" in frame.obj and token.lemma_ not in ACT_STANCE_VERBS:
                # "attack departing US troops", misparsed as a complement (not "opposed arming X": an act, neg36)
                objects = [r for c in children_of(token) if c.dep_ == "xcomp" and c.tag_ == "VBG"
                           for r in _slot(c, "dobj", res, obj_role)]
            # an intransitive "withdrew": from the place just talked about, unless in an adverbial clause ("after
            # X left, ..."), which sets a time, and whose place, if any, the main clause names
            # ("held X before withdrawing towards the border", "... withdrawing under a deal": a heading or manner
            # says where to or how; the place left is the one just taken in the same sentence; with such a phrase
            # the bare verb reaches no place named sentences before)
            if not objects and _intransitive_withdrawal(token, frame, heading=True) and not passive:
                bare = _intransitive_withdrawal(token, frame)
                objects = _place_just_taken(token, res, taken_only=not bare)
                # (not under a denial: "has not withdrawn" says nothing of a place named sentences before)
                if not objects and bare and token.dep_ != "advcl" and not any(
                        c.dep_ == "neg" or c.lower_ in NEGATIVE_ADVERBS for c in children_of(token)) \
                        and not _relative_misread_as_complement(token, res):
                    objects = _recent_place(token, res)
            rule = "verb:active"
        targets = [c for c in children_of(token) if c.dep_ == "dobj"]
        # "shelled dozens of villages in X", "hit a string of posts around Y", "bombed several of X's camps": a count,
        # partitive or subset of unnamed
        # targets leaves where they lie to the noun after "of"
        targets += [p for t in targets if not res.named(t) and (
            t.pos_ == "NUM" or t.lower_ in QUANTITY_WORDS or t.lower_ in PARTITIVES or t.lower_ in SUBSET_WORDS) for p in _preps(t, "of")
            if not res.named(p)]
        # "struck radar sites, launch sites and depots in X": the "in" may hang on any of the listed targets
        targets += [c for t in targets if not res.named(t) for c in t.conjuncts
                    if c.i > t.i and c.pos_ == "NOUN" and not res.named(c) and c not in targets]
        owners = [] if objects or passive else verb_owners(anchor, frame, res)
        if frame.predicate == "attacks" and not passive:
            # "struck the Iranian frigate Jamaran", "attacked the Ardanian navy submarine Orca": a named warship,
            # base or convoy of a state or force (its kind before its name) is that owner's, as an unnamed one is
            owners += [r for t in targets if t.dep_ == "dobj" and res.named(t) and any(
                c.dep_ in ("compound", "amod") and c.i < t.i and c.lemma_.lower() in MODIFIED_OWNED_OBJECTS
                for c in children_of(t)) for r in _modifier_owner(t, res) if r not in owners]
        # "struck an agreement with X in Beijing": a deal struck is no strike on where it was struck ("the deal
        # they struck in Doha": nor the deal a relative clause describes)
        dealt = token.dep_ == "relcl" and token.head.lemma_.lower() in DEAL_NOUNS
        if not objects and frame.predicate == "attacks" and not dealt and not any(t.lemma_.lower() in DEAL_NOUNS for t in targets) \
                and not _against_armed_foe([*targets, token]) and not _body_launched(token, targets):
            # "raided a clinic in the village of Tarn"
            # "struck targets around X", "hit sites across X": where unnamed targets lie is what was hit
            # ("raided the police base at X": a post or base "at" a place stands there)
            # ("killed 20 soldiers at X", "massacred villagers at Y": an "at" that sets the act at a named place is
            # where it struck, as "in" is; hit46)
            preps = "prep:in|around|across|inside|at" if any(t.lower_ in STRIKE_TARGET_NOUNS for t in targets) else "prep:in|at"
            # "in X and Y": both; but not "on the town of A, in X district": X says where A lies (the parse
            # hangs it on the verb), and A, not the district, was hit
            # (a range, valley or forest where unnamed camps lie is a wide area, not the place hit: "raided camps in
            # the X valley")
            objects = next((found for t in [*targets, token] if (found := [
                r for p in _preps(t, preps[5:]) if not _places_a_place(p, res) and p.lower_ not in LANDFORM_NOUNS
                for r in np_refs(p, res, PLACE) if r.actor.type == "LOCATION"])), [])
            objects = [o for o in objects if not _own_ground(token, targets, o, subjects, res)]
            if not objects and not owners:  # "bombed targets across Georgia", "struck several points inside Pakistan"
                objects = _struck_inside_state(token, targets, subjects, res)
            rule += ":place"
        if not objects and frame.predicate in ("captures", "withdraws_from") and not passive:
            # "seized villages in X", "took control of districts across X", "overran a string of towns across Y": where the
            # unnamed stretches of land taken lie is what was taken (a region or town, never a state); so is what is
            # left ("pulled out of several towns in the X region")
            objects = _taken_area_places(token, anchor, frame, res)
            rule += ":area-in" if objects else ""
        if owners:  # "bombed Hamas's headquarters in Gaza City": Hamas, and Gaza City where it lies
            objects, rule = [*objects, *(o for o in owners if o not in objects)], "verb:owner"
        if frame.predicate == "designates" and (operators := _listed_things_operators(anchor, res)):
            objects = [o for o in objects if o.actor.id not in operators]
        if frame.predicate in ("designates", "sanctions") and rule == "verb:active":
            objects = [*objects, *listed_alongside(token, objects, res, obj_role)]
        subjects, objects = _typed_ends(frame, subjects, objects)
        if frame.predicate == "attacks" and objects and (served := _mission_served_states(
                _passive_subjects(passive_head) if passive else [c for c in children_of(anchor) if c.dep_ == "dobj"], res)):
            # "killing a Kessan peacekeeper", "ambushed two Ghanaian peacekeepers": a mission's soldiers serve the
            # mission; the state they come from is not the one attacked (prec49)
            objects = [o for o in objects if o.actor.id not in served]
        if frame.predicate == "member_of" and not passive and (movers := [
                t for s in clause_subjects(token) for t in (s, *(_preps(s, "of") if s.pos_ == "NUM" or s.lower_ in
                                                                 QUANTITY_WORDS or s.like_num else ()))
                if t.pos_ == "NOUN" and t.lower_ in DEFECTOR_NOUNS]):
            # "a commander of X defected to Y", "X fighters joined Y": the people move, their body does not join
            moved = {r.actor.id for t in movers for r in np_refs(t, res, ACTOR) if r.actor.type != "PERSON"}
            subjects = [s for s in subjects if s.actor.id not in moved]
        if frame.predicate in ("attacks", "captures") and _struck_place_relative(token, res):
            subjects = []  # "bombed Beirut, which killed N": what killed him is the bombing, not the city
        if frame.object_place and _accord_named_as_object(anchor, frame):
            objects = []  # "withdrew from the Rome Statute": a treaty left is no ground given up
        if frame.predicate == "withdraws_from" and not passive and any(
                c.lemma_.lower() in VISITING_NOUNS for c in [*(c for c in children_of(token) if c.dep_ == "nsubj"),
                                                              *([token.head] if token.dep_ in ("acl", "relcl") else [])]):
            # "the Qatari negotiators left Doha": a visit ends, no forces withdraw ("a commander left X", read as a
            # reduced relative, or "the minister, who left X": the noun the clause hangs on)
            objects = []
        if frame.predicate == "member_of" and any(c.dep_ == "dobj" and c.lemma_.lower() in SIDE_NOUNS for c in children_of(token)):
            objects = []  # "joined the army's side": a side taken is an ally's (fresh38d:joined-side), not its ranks
        if frame.predicate == "withdraws_from" and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in EVACUEE_NOUNS or c.lower_ in EVACUEE_NOUNS) for c in children_of(token)):
            objects = []  # "evacuated civilians from X": people moved to safety, the side does not withdraw
        if frame.predicate == "leads" and any(c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(c) for c in children_of(token)):
            continue  # "leading China and Thailand to seal the border": a cause, no command
        if frame.predicate == "leads" and (_delegation(token, targets) or _owned_formation(token, targets, res)) and not any(
                _known_head(s.actor, res.entry(o.actor), res) for s in subjects for o in objects):
            frame = replace(frame, predicate="member_of")  # "led Kenya's delegation": one of its officials
        if frame.predicate == "captures" and lemma in HOLDING_VERBS and (
                _held_place_anaphor(token) or _unbroken_hold(token) or _held_against(token) or _present_hold_denied(token)):
            objects = []  # "the city is held by A": which city is a guess, and a held place is no taking
        if frame.predicate == "captures" and any(p.lower_ in BESIEGING_STATES for p in _preps(token, "under")):
            objects = []  # "held X under siege": a siege of X, read as an attack, takes nothing
        if frame.predicate == "captures" and not passive:
            # "seized several Syrian army positions": the positions a state's forces held are taken, not the state
            # (a state is taken only by its name: "the Taliban seized Afghanistan")
            objects = [o for o in objects if o.actor.type != "STATE" or not any(
                c.dep_ == "dobj" and res.named(c) is None and any(
                    m.dep_ in ("compound", "amod", "nmod") and (res.named(m) or res.gazetteer.by_demonym(m.text))
                    for m in c.subtree) for c in children_of(anchor))]
        # (goods, or their delivery: "took delivery of drones from X" names a supplier)
        goods = [c for c in children_of(token) if c.dep_ == "dobj" and (c.lemma_.lower() in SUPPORT_GOODS or c.lower_ in SUPPORT_GOODS
                                                                   or c.lower_ in RECEIPT_NOUNS)]
        directives = [c for c in children_of(token) if c.dep_ == "dobj" and c.lower_ in DIRECTIVE_NOUNS]
        if frame.predicate == "captures" and subjects and not passive and not goods and not directives \
                and any(c.dep_ == "dobj" for c in children_of(token)):  # "retook the palace from the RSF": enemies
            # (not "secured military aid from X", "gained support from Y": goods won come from a giver; nor "took
            # over from X" with nothing taken: a successor, not an enemy; nor "takes its orders from X": a master)
            holders = [token, *(c for c in children_of(token) if c.dep_ == "dobj")]  # "from" may hang on the object
            losers = [r for t in holders for r in _slot(t, "prep:from", res, ACTOR) if r.actor.type != "LOCATION"]
            if losers:
                yield Candidate(subjects, "opposes", losers, token, "captures-from", 0.75, negatable=False)
        if subjects and not objects and frame.predicate == "allied_with":
            # "fought alongside Russian-backed separatists against Ukrainian forces": an ally the text does not name
            # still shares the subject's fight, whose "against" the parser hung on the ally (own38)
            enemies = [r for c in children_of(token) if c.lower_ in COMPANION_PREPOSITIONS for p in children_of(c)
                       for r in _slot(p, "prep:against", res, ACTOR)]
            if enemies:
                yield Candidate(subjects, "opposes", enemies, token, "verb:alongside-against", 0.8, negatable=False)
                return
        if subjects and objects and _one_list_both_ends(subjects, objects, token):
            return
        if subjects and objects:
            yield Candidate(subjects, frame.predicate, objects, token, rule, frame.confidence,
                            designation=_designation(token) if frame.designation else None, negated=frame.negated)
            if frame.predicate != "allied_with":
                return  # one reading per verb
            # "fought alongside X against Y": both X and the subject oppose Y
            holders = [token, *(p for c in children_of(token) if c.lower_ in COMPANION_PREPOSITIONS for p in children_of(c))]
            enemies = [r for t in holders for r in _slot(t, "prep:against", res, ACTOR)]
            # "fights the M23 alongside the militias": what the subject fights, the ally fights too
            if any(c.lower_ in COMPANION_PREPOSITIONS for c in children_of(token)):  # (a joined army is an ally, not an enemy)
                enemies += [r for r in _slot(token, "dobj", res, ACTOR) if r.actor.type != "LOCATION"]
            if enemies:
                # (a denied fight alongside, "did not fight alongside X against Y", denies the alliance in the fight;
                # that the subject, or X, fights Y at all it leaves open)
                yield Candidate(subjects + objects, "opposes", enemies, token, "verb:alongside-against", 0.8,
                                negatable=False)
            return


def _typed_ends(frame: Frame, subjects: list[Ref], objects: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """The ends of the entity types the trigger's record allows (all, where it names none)."""
    if frame.subject_types:
        subjects = [r for r in subjects if r.actor.type in frame.subject_types]
    if frame.object_types:
        objects = [o for o in objects if o.actor.type in frame.object_types]
    return subjects, objects


def _taken_area_places(token: Token, anchor: Token, frame: Frame, res: Resolver) -> list[Ref]:
    """The places in which unnamed stretches of land at the frame's object slots lie: "seized villages in X",
    "took control of districts across X", "captured a cluster of districts across Y" (TAKEN_AREA_NOUNS; a count, a
    partitive or a collective noun before "of" is read through, AREA_COLLECTIVES). Only LOCATION places: a part
    of a state is not the state; a place right after a named place says where that one lies."""
    taken: list[Token] = []
    for slot in frame.obj:
        if slot == "dobj":
            toks = [c for c in children_of(anchor) if c.dep_ == "dobj"]
        elif slot.startswith("prep:"):
            toks = _preps(anchor, slot[5:]) or (_preps(token, slot[5:]) if anchor != token else [])
        else:
            continue
        toks = [t for t in toks if not res.named(t)]
        counted = [(t, p) for t in toks if t.pos_ == "NUM" or t.lower_ in QUANTITY_WORDS or t.lower_ in PARTITIVES
                   or t.lower_ in AREA_COLLECTIVES for p in _preps(t, "of") if not res.named(p)]
        toks += [p for _, p in counted]
        toks += [c for t in toks for c in t.conjuncts if c.i > t.i and not res.named(c)]
        taken += [t for t in toks if t.lower_ in TAKEN_AREA_NOUNS and t not in taken]
        # "a belt | of hamlets | in X": the place may hang on the counting noun
        taken += [t for t, p in counted if p in taken and t not in taken]
    # "seized villages | in X": the parser may hang the place on the verb
    holders = [*taken, *((anchor, token) if taken else ())]
    return next((found for h in holders if (found := [
        r for p in _preps(h, "in|across|throughout" if h in (anchor, token) else "in|across|throughout|of")
        # (a name, not a description: "half of the town" is no taking of the town meant)
        if (res.named(p) is not None or any(res.named(c) for c in children_of(p) if c.dep_ in ("compound", "poss")))
        and not _places_a_place(p, res)
        for r in np_refs(p, res, PLACE) if r.actor.type == "LOCATION"])), [])


def struck_sites(things: list[Token], res: Resolver) -> list[Ref]:
    """"A strike on a mosque in Kabul", "the bombing of the market in Tal Afar": where an unnamed thing struck lies
    is what was hit, as "bombed a mosque in Kabul" reads it (a named thing is the target itself)."""
    # ("a strike on the enrichment plant at X", "the raid on the air base at Y", "the attack on the border post at
    # Z": a site or a post "at" a place stands there)
    return [r for t in things if t.pos_ == "NOUN" and not res.named(t)
            for p in _preps(t, "in|at" if t.lower_ in STRIKE_TARGET_NOUNS or t.lower_ in TAKEN_POST_NOUNS else "in")
            if not _places_a_place(p, res) for r in np_refs(p, res, PLACE) if r.actor.type == "LOCATION"]


def _places_a_place(pobj: Token, res: Resolver) -> bool:
    """Whether the object of "in" is where a place named just before it lies: "the town of A, in X district"
    (the preposition follows a comma that follows a named place)."""
    prep = pobj.head
    if prep.i < 2 or prep.doc[prep.i - 1].text != ",":
        return False
    before = res.named(prep.doc[prep.i - 2])
    return before is not None and before.type == "LOCATION"


def _owners(predicate: str, things: list[Token], res: Resolver) -> list[Ref]:
    """"shelled Israel's border posts", "struck the people of Kharkiv", "endorsed Morocco's plan", "Israel's bases
    were hit", "a strike on Hezbollah's headquarters": the owner of an unnamed thing of an actor (OWNED_OBJECTS)
    reached by an act of ``predicate``, where the thing itself is no actor."""
    nouns = OWNED_OBJECTS.get(predicate)
    if not nouns:
        return []
    out: list[Ref] = []
    for thing in things:
        force_thing = predicate == "attacks" and _force_facility(thing)
        if (thing.lemma_.lower() not in nouns and not force_thing) or np_refs(thing, res, ACTOR):
            continue
        owners = [c for c in children_of(thing) if c.dep_ == "poss"] or _of_objects(thing)
        role = PLACE if predicate == "attacks" else ACTOR  # "Kyiv's power grid" is Kyiv's, not its government's
        if not owners and (thing.lemma_.lower() in MODIFIED_OWNED_OBJECTS or force_thing):
            out += [r for r in _modifier_owner(thing, res) if r not in out]
        for t in owners:
            for r in np_refs(t, res, role):
                if t.pos_ == "PRON" and (state := res.speaking_capital_state(t, r.actor)) is not None:
                    r = Ref(state, r.kind)  # "Quito said that X had shelled its post": Ecuador's post
                if r not in out:
                    out.append(r)
    return out


def _verb_hung_targets(noun: Token) -> list[Token]:
    """hit50: "carried out several air strikes | on the militia's caves": the "on" ("against") the parser hung on
    the verb whose direct object is a strike noun, right after that noun, is the noun's own; the objects of that
    preposition, for the owner reading of :func:`_owners` (as "spearheaded the assault | on Hama" reads a named
    object). Only a preposition that follows the noun with nothing between but the noun's own words."""
    verb = noun.head
    last = max(t.i for t in noun.subtree)
    return [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("on", "against") and c.i == last + 1
            for p in children_of(c) if p.dep_ == "pobj"]


def _force_facility(thing: Token) -> bool:
    """Whether an unnamed facility is a force's by the word before it ("Serbian police stations", "a Kosovo police
    station", "the army's border station"), though the bare noun need not be ("a radio station") (FORCE_FACILITY_NOUNS)."""
    kinds = FORCE_FACILITY_NOUNS.get(thing.lemma_.lower())
    return bool(kinds) and any(c.dep_ in ("compound", "amod") and c.i < thing.i and c.lower_ in kinds
                               for c in children_of(thing))


def verb_owners(anchor: Token, frame: Frame, res: Resolver) -> list[Ref]:
    """The owners (:func:`_owners`) of what a verb whose frame takes a direct object reaches; never the verb's
    own subject ("Paris listed the militia and has bombed its depots": "its" is the militia's, or no one's)."""
    things = [c for c in children_of(anchor) if c.dep_ == "dobj"] if "dobj" in frame.obj else []
    if frame.predicate == "attacks":  # "laid siege to the UN compound", "fired on Israeli army posts"
        # (an idiom's preposition may hang on its verb: "laid siege | to X")
        holders = [anchor, anchor.head] if anchor.dep_ == "dobj" else [anchor]
        things += [p for slot in frame.obj if slot.startswith("prep:") for h in holders for p in _preps(h, slot[5:])]
    if not things:
        return []
    owners = _owners(frame.predicate, things, res)
    if owners:
        own = {r.actor.id for s in clause_subjects(anchor) for role in (ACTOR, PLACE) for r in np_refs(s, res, role)}
        owners = [r for r in owners if r.actor.id not in own]
    return owners


def _modifier_owner(thing: Token, res: Resolver) -> list[Ref]:
    """"an Israeli army post", "a US base", "a Hamas checkpoint": the one state or body named or meant by
    the words before an owned thing; none for a place ("a Gaza hospital") or for two ("a joint US-Iraqi base")."""
    mods = [t for t in thing.doc[thing.left_edge.i:thing.i] if t.dep_ in ("amod", "compound", "nmod")]
    # "Syrian rebel positions", "Kurdish militia posts": a people's insurgents, not its state
    insurgent = any(t.lower_ in REBEL_NOUNS or t.lower_ in UNCERTAIN_FORCE_NOUNS for t in mods)
    # "M23-held positions", "Houthi-controlled villages": the holder hangs on the holding participle
    mods += [c for m in mods if COMPOUND_ADJ.get(m.lower_, ("",))[0] == "captures"
             for c in children_of(m) if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < m.i]
    if not insurgent and (army := _named_army_modifier(thing, mods, res)):
        return army
    owners: dict[str, Ref] = {}
    for mod in mods:
        if _hyphen_prefix(mod) in STANCE_PREFIXES:
            continue  # "a pro-Islamic State group camp": a group that sides with the name, not the name's camp
        named = res.named(mod)
        state = res.gazetteer.by_demonym(mod.text) if named is None and not insurgent else None
        actor = res.state_actor(state) if state is not None and state.type == "STATE" else named
        if actor is not None:
            owners.setdefault(actor.id, Ref(actor, "head"))
    if not owners and not insurgent:
        # "attacked army posts", "ambushed a military convoy": the bare army noun is the army the text is about
        for mod in mods:
            if mod.lower_ in ARMY_NOUNS and mod.dep_ in ("compound", "amod") and mod.head == thing:
                for r in np_refs(mod, res, ACTOR):
                    # (the army the text names for that government's state, if one: "the Kenya Defence Forces")
                    actor = (res.army_named(r.actor) if r.actor.type == "GOVERNMENT" else None) or r.actor
                    owners.setdefault(actor.id, Ref(actor, "head"))
    refs = list(owners.values())
    return refs if len(refs) == 1 and refs[0].actor.type in ("STATE", "GOVERNMENT", "ARMED_GROUP", "IGO") else []


def _named_army_modifier(thing: Token, mods: list[Token], res: Resolver) -> list[Ref]:
    """"a Chadian army post", "Kenyan military positions": the state's army a demonym right before the army
    noun names (the force "the Chadian army" reads as: its government, or the army the text names for it, as
    "the Kenya Defence Forces"), not the state the demonym alone names. None without such a pair."""
    for army in mods:
        if army.lower_ not in ARMY_NOUNS or army.head != thing or army.i == 0:
            continue
        demonym = thing.doc[army.i - 1]
        if demonym.dep_ not in ("amod", "compound") or res.named(demonym) is not None:
            continue
        state = res.gazetteer.by_demonym(demonym.text)
        if state is None or state.type != "STATE":
            continue
        gov = res.government(state, f"{demonym.text} {army.lower_}")
        named = res.army_named(gov)
        return [Ref(named if named is not None else gov, "head")]
    return []


def _delegation(verb: Token, targets: list[Token]) -> bool:
    """Whether what is led is a party's delegation or team: "led Kenya's delegation", "the Kenyan delegation,
    led by N", "the government team is led by N"."""
    nouns = targets if targets else [verb.head] if verb.dep_ == "acl" else [
        c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    return any(n.lemma_.lower() in DELEGATION_NOUNS or n.lower_ in DELEGATION_NOUNS for n in nouns)


def _two_objects(verb: Token, res: Resolver) -> bool:
    """Whether the parser gave a verb a relative pronoun for its object as well as an object of its own, both
    actors ("X, which A, B and the EU list as a terrorist group, has fought the state": "list" read as a noun, the
    clause's verb "fought"): a misparse whose subjects and objects belong to two clauses. ("the arms which Iran
    sends the Houthis": goods and a receiver, one of them no actor.)"""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return len(objects) > 1 and any(c.tag_ in ("WDT", "WP") for c in objects) \
        and all(np_refs(c, res, ACTOR) for c in objects)


def _owned_formation(verb: Token, targets: list[Token], res: Resolver) -> bool:
    """Whether what is led is an unnamed formation of a body: "heads a Hezbollah unit", "commands Kenya's 5th
    battalion", "the brigade of X led by N". Its commander is one of the body's officers, not its leader; a formation
    with a name of its own is the body led."""
    nouns = targets if targets else [verb.head] if verb.dep_ == "acl" else []
    return any(n.lemma_.lower() in UNIT_NOUNS and res.named(n) is None and not _named_formation(n, res)
               and not res.head_named(n, verb) for n in nouns)


def _named_formation(noun: Token, res: Resolver) -> bool:
    """Whether a formation noun is in apposition to the formation's own name, with no owner of its own ("the X
    Regiment, a volunteer unit commanded by N": N leads X), unlike "the X Brigade, a unit of Y led by N"."""
    return noun.dep_ == "appos" and res.named(noun.head) is not None and not any(
        c.dep_ in ("poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
        or c.dep_ == "compound" and (c.pos_ == "PROPN" or res.named(c) is not None) for c in children_of(noun))


# Predicates whose verbs keep their reading in the passive even where the object may also be a preposition's
# ("Goma was attacked by the M23", "a convoy ambushed by al-Shabaab", "X was fought by Y"); a transfer's is not
# ("weapons were supplied to Y": the weapons are no actor).
_PASSIVE_SWAPS = {"attacks", "opposes"}


def _swaps(frame: Frame) -> bool:
    """Whether a passive of ``frame``'s verb takes its object from the passive subject, its subject from "by"."""
    return _direct(frame) or ("dobj" in frame.obj and frame.predicate in _PASSIVE_SWAPS)


def _direct(frame: Frame) -> bool:
    """A frame whose object is the verb's direct object ("designated the Houthis (as) ..."): passives swap it."""
    return set(frame.obj) <= {"dobj", "dative"} and "dobj" in frame.obj


def _subjects(token: Token, frame: Frame, res: Resolver) -> list[Ref]:
    if frame.subj == ("nsubj",):
        toks = clause_subjects(token)
        return [r for t in toks for r in np_refs(t, res, ACTOR)]
    return [r for slot in frame.subj for r in _slot(token, slot, res, ACTOR)]


def _coordinated_passive(verb: Token) -> Token | None:
    """"Goma was surrounded, shelled and captured by X", "X was founded in 2012 and is backed by Y": the
    passive verb whose subject a past participle coordinated with it, with no subject or object of its own
    and no auxiliary but a passive one, shares; None for any other verb. A link the tagger read as an adjective
    ("X is sheltered, armed and funded by Y": ``adjectival_participles``) carries the list on."""
    node = verb
    while _list_participle(node) and _list_participle(node.head) and (node.dep_ == "conj" or node.pos_ == "ADJ") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj") for c in children_of(node)) and (
            any(c.dep_ == "auxpass" for c in children_of(node)) or not any(c.dep_ == "aux" for c in children_of(node))):
        node = node.head
        if _is_passive(node):
            return node
    return None


def adjectival_link(tok: Token) -> bool:
    """A participle the tagger read as an adjective inside a list of participles ("is not sheltered, *armed* or
    funded by Y": ``adjectival_participles``); the parser hangs it as a conjunct or, after the first participle,
    an adverbial clause."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("conj", "advcl") and tok.lower_ in ADJECTIVAL_PARTICIPLES


def _list_participle(tok: Token) -> bool:
    """A link of a list of participles: a verb, or a participle the tagger read as an adjective in the list
    ("is sheltered, *armed* and funded by Y")."""
    if tok.pos_ == "ADJ":
        return adjectival_link(tok)
    return tok.pos_ in _VERBAL and (tok.tag_ == "VBN" or tok.dep_ != "conj")


def _passive_subjects(verb: Token) -> list[Token]:
    """A passive verb's subject, else, for one coordinated with another verb, that verb's ("X, which sent
    troops and was aligned with Y", "X attacked Y and was condemned by Z")."""
    own = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    if not own and verb.dep_ == "xcomp" and verb.head.pos_ in _VERBAL and any(c.dep_ == "auxpass" for c in children_of(verb)):
        return clause_subjects(verb.head)  # "X denies being backed by Y", "X hopes to be armed by Y": X is the one
    if own or verb.dep_ != "conj" or verb.head.pos_ not in _VERBAL:
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"] or clause_subjects(verb.head)


def _fronted_whose_object(verb: Token) -> Token | None:
    """The object a relative clause fronts with "whose" where the parser folded it into the clause's subject as a
    compound ("bin Laden, whose al-Qaeda network Washington blames", "N, whose group Delhi accuses"): the possessed
    noun is what the verb acts on, not the noun the clause describes; None where no such phrase is folded in."""
    if verb.dep_ != "relcl":
        return None
    for subject in children_of(verb):
        whose = subject.left_edge
        if subject.dep_ != "nsubj" or whose.tag_ != "WP$" or whose.dep_ != "poss":
            continue
        if whose.head != subject:
            return whose.head
        # ("whose PKK movement Ankara blamed": the true subject taken for an apposition right after the noun)
        if any(c.dep_ == "appos" and c.i == subject.i + 1 and c.pos_ == "PROPN" for c in children_of(subject)):
            return subject
        # ("whose LeT group India blames", all three on the name: the common noun just before the name)
        if subject.pos_ == "PROPN" and (noun := subject.doc[subject.i - 1]).pos_ == "NOUN" and noun.head == subject \
                and noun.dep_ == "compound":
            return noun
    return None


def _reduced_relative(verb: Token) -> bool:
    """"Goma, the city the M23 captured", "the group he leads": a relative clause without a relative word,
    with a subject and no object of its own, whose object is the noun it describes. Not where "whose" opens the
    subject ("N, whose group fought for years", "N, whose HTS group toppled X" with X misparsed as a complement):
    the relative word is the subject's possessor, so the noun described is no object of the clause (back46)."""
    return verb.dep_ == "relcl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children_of(verb)) \
        and not any(c.dep_ == "nsubj" and c.left_edge.tag_ == "WP$" for c in children_of(verb)) \
        and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "mark") or c.tag_ in ("WDT", "WP", "WRB")
                    for c in children_of(verb))


def _reduced_relative_labelled(verb: Token) -> bool:
    """tie51: "X, a group Washington designated a terrorist organisation in 2008": a relative clause without a
    relative word whose one object is the designation's label, not the body labelled: the body is the noun the clause
    describes (as "X, a group that W designated a ..." reads through the relative word). Only a label
    (``designation_label_words``), a subject of the clause's own that is no relative word, and no other clause."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = children_of(verb)
    if not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.left_edge.tag_ != "WP$" for c in kids) \
            or any(c.dep_ in ("dative", "ccomp", "xcomp", "mark", "oprd") or c.tag_ in ("WDT", "WP", "WRB")
                   for c in kids):
        return False
    objects = [c for c in kids if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].pos_ == "NOUN" and objects[0].ent_type_ == "" \
        and any(w.lemma_ in DESIGNATION_LABEL_WORDS for w in objects[0].subtree)


def _listed_participle_noun(verb: Token) -> Token | None:
    """The noun a list of participles describes, for one coordinated after the first ("the mission, led by Kenya and
    backed by the UN"; "X, armed, financed and directed by Y": up the whole list); None for any other verb."""
    node = verb
    while node.dep_ == "conj" and node.tag_ == "VBN" and node.head.tag_ == "VBN":
        node = node.head
    return node.head if node is not verb and node.dep_ == "acl" else None


def _held_event(noun: Token) -> bool:
    """A gathering one holds (HELD_EVENT_NOUNS), or a count of them ("two rounds of talks", "a series of
    meetings"): what a participle of holding describes there took place; it was not taken (w50b). The parser may hang
    the participle on the last party named in the gathering ("talks between A and B, held in C": on B): a party
    under 'between' or 'among' of such a noun stands for it."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("between", "among") and noun.head.dep_ == "prep":
        noun = noun.head.head
    words = [noun] + [g for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                      for g in children_of(p) if g.dep_ == "pobj"]
    return any(w.lower_ in HELD_EVENT_NOUNS or w.lemma_.lower() in HELD_EVENT_NOUNS for w in words)


def _listed_agents(verb: Token, res: Resolver) -> list[Ref]:
    """A participle's "by" phrase, else, in a list of participles with no object of their own that state one
    relation, the one a later participle holds ("X, armed, financed and directed by Y": Y arms X too; not "X, armed
    and loathed by Y")."""
    own = _slot(verb, "agent", res, ACTOR)
    if own:
        return own
    first = verb
    while first.dep_ == "conj" and first.tag_ == "VBN" and first.head.tag_ == "VBN":
        first = first.head
    listed = [first]
    while (nxt := next((c for c in listed[-1].children if c.dep_ == "conj" and c.i > listed[-1].i and c.tag_ == "VBN"
                        and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for g in children_of(c))), None)):
        listed.append(nxt)
        if nxt.i > verb.i and (agents := _slot(nxt, "agent", res, ACTOR)):
            return agents if verb in listed and one_relation_list(listed) else []
    return []


def _passive_agents(verb: Token, passive_head: Token, res: Resolver) -> list[Ref]:
    """The "by" phrase of a passive verb; in a coordination of participles sharing one passive subject,
    the one the next participle has ("surrounded and captured *by X*"), else the one of the verb they share
    ("attacked by X and captured")."""
    own = _slot(verb, "agent", res, ACTOR)
    if own:
        return own
    # "hit by Israeli fire", "struck by Russian missiles": the one state or body the weapon's words name
    weapons = [p for a in children_of(verb) if a.dep_ == "agent" for p in children_of(a) if p.dep_ == "pobj"
               and (p.lemma_.lower() in ATTACK_NOUNS or p.lemma_.lower() in PROJECTILE_NOUNS or p.lower_ in GUNFIRE_NOUNS)]
    own = [r for p in weapons for r in _modifier_owner(p, res)]
    if own:
        return own
    for nxt in children_of(verb):
        if (nxt.dep_ == "conj" or nxt.pos_ == "ADJ") and nxt.i > verb.i and _coordinated_passive(nxt) == passive_head:
            if nxt.pos_ == "ADJ" and not one_relation_list([verb, _agent_holder(nxt)]):
                continue  # "sheltered, armed and loathed by Y": Y only loathes
            found = _passive_agents(nxt, passive_head, res)
            if found:
                return found
    return _slot(passive_head, "agent", res, ACTOR) if passive_head != verb else []


def _agent_holder(participle: Token) -> Token:
    """The participle of a list that holds its "by" phrase, from ``participle`` on ("armed, paid and *directed* by
    Y"); the last one where none does."""
    node = participle
    while not any(c.dep_ == "agent" for c in children_of(node)) and (
            nxt := next((c for c in children_of(node) if c.dep_ == "conj" and c.i > node.i), None)) is not None:
        node = nxt
    return node


def _supported(verb: Token, lemma: str, frame: Frame, objects: list[Ref], res: Resolver) -> list[Ref]:
    """Who a verb of support supports where its object is not that party: what is given ("supplied the S-400
    to India": send-materiel reads the recipient, when it is aid or arms), a helped party the parser makes the
    subject of a complement clause ("Russia helps Mali fight the jihadists"), an attack's agent ("helped the
    Houthis attack Saudi Arabia", parsed as one noun phrase with the target in apposition: never the target)."""
    if frame.obj == ("dobj",) and _slot(verb, "prep:to", res, ACTOR):
        objects = []
    if not objects and lemma in OBJECT_CONTROL_VERBS:
        objects = [r for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i
                   for n in children_of(c) if n.dep_ == "nsubj" for r in np_refs(n, res, ACTOR)]
    events = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in ATTACK_NOUNS]
    if events:
        objects = [r for e in events for slot in ("poss", "named_compound") for r in _slot(e, slot, res, ACTOR)]
    if _sheltered_with_civilians(verb, lemma):
        objects = []
    return objects


def _sheltered_with_civilians(verb: Token, lemma: str) -> bool:
    """Whether a verb of sheltering takes for its first object people under protection ("are sheltering civilians
    and some soldiers who surrendered"): those listed with them are kept safe, not backed (``sheltering_verbs``)."""
    if lemma not in SHELTERING_VERBS:
        return False
    first = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    return first is not None and first.lower_ in PROTECTED_TARGETS and bool(first.conjuncts)


def _raised_object(verb: Token) -> Token | None:
    """"Hamas attacked and captured X", "shelled, stormed and seized X": a transitive verb with no object
    nor phrase of its own shares the direct object of the verb coordinated right after it, with no
    subject of its own (the parser hangs the shared object on the last)."""
    if any(c.dep_ in ("dobj", "prep", "dative", "ccomp", "xcomp", "prt", "agent") and not _fronted_adverbial(c, verb)
           for c in children_of(verb)):
        return None
    # (the conjuncts after it, in order: chained "attacked and captured" or a flat series "arms, trains, funds and
    # advises X", where the parser hangs every conjunct on the first)
    before = verb
    for nxt in sorted((c for c in verb.conjuncts if c.i > verb.i), key=lambda t: t.i):
        if nxt.pos_ != "VERB" or not _same_verb_form(verb, nxt) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children_of(nxt)):
            return None
        if any(t.dep_ not in ("cc", "punct", "advmod") for t in verb.doc[before.i + 1:nxt.i]):
            return None
        obj = next((c for c in children_of(nxt) if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
        if any(c.dep_ in ("prep", "dative", "ccomp", "xcomp", "prt", "agent") for c in children_of(nxt)):
            return None
        before = nxt
    return None


def _fronted_adverbial(child: Token, verb: Token) -> bool:
    """Whether a phrase on ``verb`` opens its clause before the subject with a date ("In 2019 Kestria armed and paid
    X"): a time said of the whole clause, not the verb's own object phrase. (Not any opening phrase: "Before the
    landing, helicopters attacked and disabled the submarine N" shares an object the tool misreads.)"""
    return child.dep_ == "prep" and child.i < verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and child.i < c.i < verb.i for c in children_of(verb)) and any(
        o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in children_of(child))


def _same_verb_form(verb: Token, nxt: Token) -> bool:
    """Whether two coordinated verbs share one form: the same tag, or a perfect's participle and a second verb the
    tagger read as a past tense ("has armed and paid X": the auxiliary serves both, so "paid" is a participle too),
    or a clause's main verb with a subject of its own and no auxiliary, which the tagger read as a participle before
    a past tense ("Kestria armed and paid X": both past tenses)."""
    if nxt.tag_ == verb.tag_:
        return True
    if verb.tag_ != "VBN" or nxt.tag_ != "VBD":
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb)):
        return True
    return verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < verb.i for c in children_of(verb)) \
        and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))


def _own_ground(token: Token, targets: list[Token], place: Ref, subjects: list[Ref], res: Resolver) -> bool:
    """Whether a state's forces fire on unnamed people or buildings in a town of their own state, as police or at a
    crowd ("Kenyan police fired on homes in Nairobi", "troops opened fire on protesters in Kampala"): policing or
    repression at home, not an attack on the town from outside. The town must be the state's by the gazetteer; a
    war's shelling of homes in a town ("troops shelled homes in X") stays an attack."""
    entry = res.entry(place.actor)
    home = res.gazetteer.lookup(entry.state) if entry is not None and entry.state else None
    if home is None or not subjects:
        return False
    for ref in subjects:
        own = res.entry(ref.actor)
        if own is None or home.name not in (own.name, own.state, own.metonym_of):
            return False
    policing = any(t.lemma_.lower() in POLICING_FORCE_NOUNS or t.lower_ in POLICING_FORCE_NOUNS
                   for s in clause_subjects(token) for t in (s, *s.conjuncts))
    return policing or any(t.lemma_.lower() in CROWD_NOUNS or t.lower_ in CROWD_NOUNS for t in targets)


def _struck_inside_state(token: Token, targets: list[Token], subjects: list[Ref], res: Resolver) -> list[Ref]:
    """"Bombed targets across Georgia", "struck several points inside Pakistan", "shelled villages across Y": unnamed
    targets hit across or inside a state's territory attack that state (``state_ground_prepositions``). Only things
    struck (strike_target_nouns) or settlements, never people or forces there ("killed militants inside Syria" hits
    the militants), and never a state's own ground (its army striking rebel sites across it)."""
    kinds = STRIKE_TARGET_NOUNS | SETTLEMENT_NOUNS
    things = [t for t in targets if not (t.pos_ == "NUM" or t.lower_ in QUANTITY_WORDS or t.lower_ in PARTITIVES
                                         or t.lower_ in SUBSET_WORDS)]
    if not things or any(res.named(t) or (t.lemma_.lower() not in kinds and t.lower_ not in kinds) for t in things):
        return []
    # "struck Hezbollah positions across Lebanon", "jihadist camps inside Mali", "its bases across X": an owner's
    # things, which attack the owner, not the state they stand in
    if any(c.dep_ in ("compound", "nmod", "poss") or c.dep_ == "amod" and c.lower_ not in PLAIN_TARGET_MODIFIERS
           or c.dep_ == "prep" and c.lower_ == "of" for t in things for c in children_of(t)):
        return []
    states = [r for t in [*targets, token] for p in _preps(t, STATE_GROUND_PREPOSITIONS)
              for r in np_refs(p, res, PLACE) if r.actor.type == "STATE"]
    own = {n for ref in subjects if (e := res.entry(ref.actor)) is not None for n in (e.name, e.state, e.metonym_of) if n}
    out = []
    for ref in states:
        entry = res.entry(ref.actor)
        if entry is None or entry.name in own or ref.actor.name in own or ref in out:
            continue
        out.append(ref)
    return out if subjects else []


def _idiom_complement(token: Token) -> bool:
    """Whether a complement makes the verb an idiom none of its frames reads ("took X *to task*", "held X *to
    account*", the parser's "to account" as a clause or a phrase): a rebuke, no capture or hold."""
    words = IDIOM_COMPLEMENTS.get(token.lemma_, ())
    return any(g.lemma_.lower() in words for c in children_of(token)
               for g in ((c,) if c.dep_ == "xcomp" else children_of(c) if c.dep_ == "prep" else ())
               if g.dep_ in ("pobj", "xcomp"))


def _idiom_particle(token: Token) -> bool:
    """Whether the verb's particle makes it a phrasal verb of another sense ("took *in* refugees", "took *on* the
    army"): none of its frames without a particle of their own reads it (``idiom_particles``)."""
    words = IDIOM_PARTICLES.get(token.lemma_, ())
    return any(c.dep_ == "prt" and c.lower_ in words for c in children_of(token))


def _idiom_matched(token: Token, frames) -> bool:
    """Whether one of the verb's frames is an idiom whose particle is a word of the verb's own clause, not a
    preposition ("held France *responsible*", "pointed the *finger* at"): the idiom, not the verb's literal sense
    ("held" a place), is what the clause says."""
    for frame in frames:
        if frame.particle is None:
            continue
        wanted = frame.particle.split("|")
        # (never a verb coordinated with it: "seized X and controls Y" is no "seized control")
        if any((c.lower_ in wanted or c.lemma_ in wanted) and c.dep_ not in ("prep", "agent", "advmod", "conj")
               for c in (*children_of(token), *_postposed_adjectives(token))):
            return True
    return False


def _postposed_adjectives(token: Token) -> list[Token]:
    """Adjectives the parser hung after the verb's object as its modifiers: the object's complement misparsed
    ("holds Somalia *responsible* for the raid", read as "responsible Somalia"); an English adjective before its
    noun modifies it, one after it completes the verb.

    >>> # "Ethiopia holds Somalia responsible": [responsible]
    """
    return [a for o in children_of(token) if o.dep_ == "dobj"
            for a in children_of(o) if a.dep_ == "amod" and a.i > o.i and a.pos_ == "ADJ"]


def _particle_anchor(token: Token, frame: Frame) -> Token | None:
    """Where the object is read from, once a required particle is found ("take *control* of")."""
    if frame.particle is None:
        return token
    wanted = frame.particle.split("|")
    for child in children_of(token):
        if (child.lower_ in wanted or child.lemma_ in wanted) and child.dep_ != "conj":
            return child if child.dep_ == "dobj" else token
        # "imposed a travel ban and an asset freeze on N": the particle may be the object's conjunct
        for conj in child.conjuncts if child.dep_ == "dobj" else ():
            if conj.lower_ in wanted or conj.lemma_ in wanted:
                return conj
    return None


# Prepositions that name the place a withdrawal leaves ("withdrew from X", "pulled out of Y"); any other ("withdrew
# towards the border", "pulled back to the hills", "withdrew under a deal") says where to, or how, not what was left.
_SOURCE_PREPOSITIONS = ("from", "out", "of", "off")


def _intransitive_withdrawal(token: Token, frame: Frame, heading: bool = False) -> bool:
    """A withdrawal verb used alone ("the rebels withdrew"): one that can leave a place unsaid (its frame reads a
    preposition, unlike "surrendered", "abandoned", whose bare use is no leaving), and that names no object or
    phrase, its own or its particle's ("pulled back | from the outskirts": the place is said, if unnamed), nor a
    particle other than one of leaving ("pulled out" leaves; "pulled up" stops). With ``heading``, a phrase of where
    or how the force went ("withdrew towards X", "pulled back to the hills", "withdrew under a deal") is allowed,
    but none of what it left ("from", "out of")."""
    if frame.predicate != "withdraws_from" or not any(slot.startswith("prep:") for slot in frame.obj):
        return False
    holders = [token, *(c for c in children_of(token) if c.dep_ == "advmod" and c.lower_ in _PARTICLES)]
    return not any(c.dep_ == "dobj" or c.dep_ == "prt" and (c.lower_ not in LEAVING_PARTICLES or any(children_of(c)))
                   or c.dep_ == "prep" and not (heading and c.lower_ not in _SOURCE_PREPOSITIONS)
                   for h in holders for c in children_of(h))


def _relative_misread_as_complement(verb: Token, res: Resolver) -> bool:
    """"X occupied districts in Y that the army had left": a "that"-clause hung on a verb as its complement, right
    after that verb's unnamed direct object (a thing, no actor), is a relative clause on that object misparsed; what the
    clause's verb left is that object, not a place named sentences before."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ in ("that", "which") for c in children_of(verb)):
        return False
    mark = next(c for c in children_of(verb) if c.dep_ == "mark")
    return any(c.dep_ == "dobj" and c.i < mark.i and c.pos_ == "NOUN" and not res.refs(c, ACTOR)
               for c in verb.head.children)


def _held_place_anaphor(verb: Token) -> bool:
    """Whether what a stative verb of holding ("held", "controls") holds is a bare "the city" / "the town":
    resolved to the settlement named last, which in explainers is often not the one meant."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
               and c.lemma_.lower() in SETTLEMENT_NOUNS | REGION_NOUNS
               and not any(g.dep_ in ("prep", "appos", "poss", "compound", "amod") for g in children_of(c))
               for c in children_of(verb))


def _one_list_both_ends(subjects: list[Ref], objects: list[Ref], verb: Token) -> bool:
    """prec51: the same two or more actors read as the verb's subjects and as its objects ("the donors that support
    Chad's recovery, including A and B": the parser hangs the list on the object, and the relative's antecedent takes
    it too): one list read twice, no act of its members on each other -- unless the verb takes a reciprocal pronoun
    ("A and B attacked each other", ``reciprocal_pronouns``)."""
    ids = {r.actor.id for r in subjects}
    if len(ids) < 2 or ids != {r.actor.id for r in objects}:
        return False
    doc = verb.doc
    return not any(w.lower_ in RECIPROCAL_PRONOUNS and w.i + 1 < len(doc) and doc[w.i + 1].lower_ == RECIPROCAL_PRONOUNS[w.lower_]
                   for w in verb.subtree)


def _present_hold_denied(verb: Token) -> bool:
    """prec51: a verb of holding denied in the present simple ("X, which does not control the border area,", "the
    rebels do not hold Kessa"): a present state the text denies, not a taking it denies (a denied capture is told by
    a verb of taking, or by a past or perfect: "has not taken", "did not seize")."""
    return any(c.dep_ == "neg" for c in children_of(verb)) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP") for c in children_of(verb))


def _unbroken_hold(verb: Token) -> bool:
    """Whether a holding verb states a hold kept, not taken: "still held by", "has long controlled",
    "held throughout the war", "held for the entire war", "continued to hold"."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CONTINUATION_WORDS:
        return True
    for c in children_of(verb):
        if c.dep_ == "advmod" and c.lower_ in CONTINUATION_WORDS:
            return True
        if c.dep_ == "prep" and (c.lower_ in CONTINUATION_WORDS or (c.lower_ == "for" and any(
                m.lower_ in CONTINUATION_WORDS for p in children_of(c) if p.dep_ == "pobj" for m in children_of(p)))):
            return True
    return False


def _participle_described(described: Token, participle: Token, res: Resolver, role: str) -> list[Ref]:
    """What a participle describes: its noun and the nouns coordinated with it, less those coordinated after the
    participle ("UNITA, led by Savimbi, and the FNLA": the FNLA is not led by him; "UNITA and the FNLA, both backed by
    Pretoria": both are)."""
    refs = _members_collective(described, res, role) or np_refs(described, res, role)
    later = [r for c in _with_conjuncts(described) if c.i > participle.i > described.i
             for r in np_refs(c, res, role, conjuncts=False)]
    # "The brigade, commanded by N, retook X": the parser made the clause's verb a compound of its object's name and
    # that name the noun's apposition; the name is what the noun did something to, not what it is called (w45a)
    misread = [r for c in children_of(described) if c.dep_ == "appos" and c.i > participle.i
               and any(w.dep_ == "compound" and w.is_lower and past_only_frame_verb(w.lower_) for w in children_of(c))
               for r in np_refs(c, res, role, conjuncts=False)]
    refs = [r for r in refs if r not in misread]
    kept = [r for r in refs if r not in later]
    return kept or refs


def _members_collective(members: Token, res: Resolver, role: str) -> list[Ref]:
    """"X, an alliance of armed groups led by N": where the members a participle hangs on name no one (a plural of
    GROUP_NOUNS after "of"), what it tells is the collective's (COALITION_NOUNS) they make up (fresh41a)."""
    body = members.head.head if members.dep_ == "pobj" and members.head.lower_ == "of" else None
    if body is None or members.lower_ not in GROUP_NOUNS or members.tag_ != "NNS" or body.lower_ not in COALITION_NOUNS:
        return []
    return np_refs(body, res, role)


def _names_an_accord(tok: Token) -> bool:
    """Whether ``tok`` is the name of an accord ("the Naivasha Agreement", "the Lusaka Protocol", "the Arusha
    Accords"): a proper name whose last word is an accord noun (``accord_name_heads``)."""
    return tok.pos_ == "PROPN" and tok.text.split()[-1].lower() in ACCORD_NAME_HEADS


def _body_launched(verb: Token, targets: list[Token]) -> bool:
    """Whether a verb of launching (``launching_verbs``) launches a body or an outlet (``launched_body_nouns``) --
    "launched a new coalition in Kampala", "an alliance launched in Accra by X" --: a body founded where the "in"
    phrase says, no place struck (prec49)."""
    if verb.lemma_.lower() not in LAUNCHING_VERBS:
        return False
    launched = [*targets, *([verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else [])]
    return any(t.lemma_.lower() in LAUNCHED_BODY_NOUNS or t.lower_ in LAUNCHED_BODY_NOUNS for t in launched)


def _mission_served_states(hit: list[Token], res: Resolver) -> set[str]:
    """The states that the nationality of a mission's soldiers (``mission_personnel_nouns``) names among the nouns
    an attack hit ("a Kessan peacekeeper", "two Ghanaian peacekeepers"): their home states, which the attack on the
    mission did not target (prec49). Not a state named apart ("peacekeepers and Kessan soldiers")."""
    served: set[str] = set()
    for tok in hit:
        if tok.lemma_.lower() not in MISSION_PERSONNEL_NOUNS and tok.lower_ not in MISSION_PERSONNEL_NOUNS:
            continue
        if not any(c.dep_ in ("amod", "compound") and c.i < tok.i for c in children_of(tok)):
            continue
        served |= {r.actor.id for r in np_refs(tok, res, ACTOR, conjuncts=False)
                   if r.kind == "head" and r.actor.type in ("STATE", "GOVERNMENT")}
    return served


def _struck_place_relative(verb: Token, res: Resolver) -> bool:
    """Whether ``verb`` is a relative clause whose "which" hangs on a named place that is some verb's or
    preposition's object and whose verb tells a toll ("carried out strikes on the suburbs of Beirut, which killed
    N", "shelled Kyiv, which destroyed a depot": ``hitting_verbs``): the clause tells what the act on the place
    did; the place, read as its state, did nothing (a place that is the clause's subject, "Kyiv, which struck
    back", or a relative of another verb, "strikes on Tehran, which retaliated", may stand for its state)."""
    place = verb.head
    actor = res.named(place)
    return verb.dep_ == "relcl" and verb.lemma_ in HITTING_VERBS and place.dep_ in ("dobj", "pobj") and actor is not None \
        and actor.type == "LOCATION" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in children_of(verb))


def _accord_named_as_object(anchor: Token, frame: Frame) -> bool:
    """Whether the place slot of a verb of moving holds an accord's name ("pulled out of the Paris Agreement",
    "withdrew from the Rome Statute"): a treaty is left or joined, never taken or held, and its name's first word
    ("Rome", "Paris") is no place the side moved from."""
    held = [t for slot in frame.obj for t in (_preps(anchor, slot[5:]) if slot.startswith("prep:") else
                                              [c for c in children_of(anchor) if c.dep_ == slot])]
    return any(_names_an_accord(t) for h in held for t in (h, *(c for c in children_of(h) if c.dep_ == "pobj")))


def _held_against(verb: Token) -> bool:
    """Whether a holding verb is a defence: "held the town against a siege", "held Avdiivka against the assault" --
    what was held was kept from an enemy, not taken (the "against" may hang on the verb or on what was held)."""
    return any(c.dep_ == "prep" and c.lower_ == "against"
               for h in (verb, *(c for c in children_of(verb) if c.dep_ == "dobj")) for c in children_of(h))


def _kept_in_control(noun: Token) -> bool:
    """"X remained in control of Y", "X is still in control of Y", "stayed in full control of Y": the noun after
    "in" under a verb that states continuation (CONTINUATION_WORDS, or a holding verb's unbroken hold) states a
    hold kept, not a taking -- as "remains under X's control" (_under) does."""
    verb = _verb_of_in_phrase(noun)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() in CONTINUATION_WORDS or _unbroken_hold(verb)


def _verb_of_in_phrase(noun: Token) -> Token | None:
    """The verb an "in" phrase with ``noun`` (or the first of its conjuncts) hangs on ("are in control of Y"); None
    where the noun is no such phrase's object."""
    if noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.dep_ != "prep":
        return None
    return noun.head.head


def _own_hold_claimed(noun: Token) -> bool:
    """"X says it is in control of Y", "X said its units were in full control of Y", "X says its men beat back the
    raid and are in control of Y": a body's own word that it (a pronoun, or its own men) is in control states a hold
    claimed, no taking (prec49) -- the noun after "in" under a plain "be" reported by a verb of saying whose
    subject the holder's pronoun continues."""
    verb = _verb_of_in_phrase(noun)
    if verb is None or verb.lemma_.lower() != "be":
        return False
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    holders = clause_subjects(verb)
    return bool(holders) and all(h.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(h))
                                 for h in holders)


def _place_just_taken(token: Token, res: Resolver, taken_only: bool = False) -> list[Ref]:
    """A bare withdrawal after a taking or an attack in its own sentence leaves the place that act was on: "seized X
    but withdrew two days later", "held X before pulling back", "took X, before they pulled out". Only the same
    actor's withdrawal: a coordinated verb with no subject of its own, a gerund, or a clause whose subject is a
    pronoun. ``taken_only`` (a withdrawal with a heading, "withdrew towards X") reads only a taking: a place shelled
    before is no place held."""
    if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token)):
        verb = token.head
    elif token.dep_ == "pcomp" and token.head.lower_ in SEQUEL_MARKERS:
        verb = token.head.head
    elif token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in SEQUEL_MARKERS for m in children_of(token)) \
            and all(c.pos_ == "PRON" for c in children_of(token) if c.dep_ == "nsubj"):
        verb = token.head
    else:
        return []
    acts = ("captures",) if taken_only else ("captures", "attacks")
    if verb.pos_ != "VERB" or not any(f.predicate in acts for f in VERB_FRAMES.get(verb.lemma_.lower(), ())):
        return []
    places = []
    objs = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if verb.dep_ == "conj" and objs and all(o.pos_ == "PRON" for o in objs) and any(
            f.predicate == "captures" for f in VERB_FRAMES.get(verb.head.lemma_.lower(), ())):
        # "captured X and held it before withdrawing": "it" is the place the first verb took
        objs = [c for c in verb.head.children if c.dep_ == "dobj"]
    # ("took control of X before withdrawing": the taking's idiom noun is no place; the place is its "of" object,
    # which the parser may hang on the verb)
    idiom_nouns = {f.particle for f in VERB_FRAMES.get(verb.lemma_.lower(), ())
                   if f.predicate in acts and f.particle and "prep:of" in f.obj}
    for obj in objs:
        # "held parts of X": the part's whole
        if obj.lower_ in idiom_nouns:
            holders = _preps(obj, "of") or _preps(verb, "of")
        else:
            holders = _preps(obj, "of") if obj.lemma_.lower() in PART_NOUNS else [obj]
        places += [Ref(r.actor, "anaphor") for h in holders for r in np_refs(h, res, PLACE)
                   if r.actor.type == "LOCATION" and all(r.actor.id != p.actor.id for p in places)]
    return places


def _recent_place(token: Token, res: Resolver) -> list[Ref]:
    """An intransitive "withdrew": from the place the text was just talking about -- in its own section (a round-up's
    "MOLDOVA ... near X" is no place the "BALTICS" section's states withdrew from), and not where its sentence tells
    of leaving something else first ("voted to leave the treaty, following A, which withdrew last year": A left the
    treaty, not the place named before)."""
    sent = token.sent
    claim = claim_span_at(token.doc, token.idx)
    if _echoed_leaving(token, res):
        return []
    opened = next((h[1] for h in reversed(getattr(token.doc._, "headings", ())) if h[1] <= token.idx), -1)
    for prev in reversed(list(token.doc[max(0, sent.start - 80):sent.start])):
        if prev.idx < opened:
            return []
        if claim_span_at(token.doc, prev.idx) != claim:
            return []  # a fact-check's quoted claim and its checker's text are told apart: no place crosses them
        if _unread_place_taken(prev, res):
            return []  # "X shelled A. Y took Sake. Y later withdrew": from the place it took, unread, not from A
        # (a place is a noun: a lone rating tagged as a place, a fact-check's "Unproven.", is none)
        refs = res.refs(prev, PLACE) if res.named(prev) and prev.pos_ in ("PROPN", "NOUN") else []
        if refs and refs[0].actor.type == "LOCATION" and not _capital_as_state(prev, res):
            if _talks_venue(prev):
                return []  # "hosted talks between A and B in X. B pulled out": B left the talks, not X
            return [Ref(refs[0].actor, "anaphor")]
    return []


def _talks_venue(place: Token) -> bool:
    """Whether a place named last is where talks are held ("hosted talks between A and B in X", "the two sides met in
    Y", "negotiations in Z"): a bare "pulled out" after it leaves the talks, not a place held by force."""
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    # (up through the nouns it may hang on: "talks between A and B in X" hangs "in X" on B)
    for gov in prep.ancestors:
        if gov.lower_ in TALK_NOUNS or gov.lemma_.lower() in DEAL_NOUNS:
            return True
        if gov.pos_ in ("VERB", "AUX"):
            return gov.lemma_.lower() in AGREEING_VERBS or gov.lemma_.lower() in BROKER_VERBS or any(
                c.dep_ == "dobj" and (c.lower_ in TALK_NOUNS or c.lemma_.lower() in DEAL_NOUNS) for c in children_of(gov))
    return False


def _echoed_leaving(token: Token, res: Resolver) -> bool:
    """Whether a verb of leaving with an object that is no place, earlier in ``token``'s sentence ("voted to quit
    the pact, after A, which withdrew in 2024"), is what the bare withdrawal repeats: what was left is that object."""
    return any(t.i < token.i and t.pos_ == "VERB" and any(
        f.predicate == "withdraws_from" for f in VERB_FRAMES.get(t.lemma_.lower(), ()))
        and any(c.dep_ == "dobj" and not any(r.actor.type == "LOCATION" for r in np_refs(c, res, PLACE))
                for c in children_of(t)) for t in token.sent)


def _unread_place_taken(token: Token, res: Resolver) -> bool:
    """Whether ``token`` is a capitalised name, read as no name, that a verb of capture takes ("took Sake", NER missing
    the town): the place last talked about, which the resolver cannot name."""
    # (a capitalised word, whatever the tagger made of it: "took Sake" is tagged as the noun "sake")
    return token.dep_ == "dobj" and token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() \
        and not token.is_sent_start and res.named(token) is None and any(
        f.predicate == "captures" for f in VERB_FRAMES.get(token.head.lemma_.lower(), ()))


# Predicates whose verbs take a place as a place; the others take it, when a capital, as its state.
_PLACE_PREDICATES = {"attacks", "captures", "withdraws_from", "located_in"}


def _capital_as_state(token: Token, res: Resolver) -> bool:
    """Whether a capital named at ``token`` stands for its state: acting ("Beijing then cut trade") or acted on by
    a verb that takes no place ("Nairobi accused Mogadishu of ..."). No place the text was talking about."""
    if res.acting_capital(token):
        return True
    entry = res.entry(res.named(token))
    frames = VERB_FRAMES.get(token.head.lemma_.lower(), ()) if token.dep_ == "dobj" else ()
    return entry is not None and bool(entry.metonym_of) and bool(frames) \
        and not any(f.predicate in _PLACE_PREDICATES for f in frames)


def _designation(token: Token) -> str | None:
    """"designated X as a terrorist organisation" -> "terrorist organisation"."""
    for child in children_of(token):
        targets = []
        if child.dep_ == "prep" and child.lower_ == "as":
            targets = [p for p in children_of(child) if p.dep_ == "pobj"]
        elif child.dep_ in ("oprd", "attr", "ccomp", "xcomp") or (child.dep_ == "dobj" and child.pos_ == "NOUN"):
            targets = [child]
        for t in targets:
            words = [w.text for w in t.subtree if w.dep_ not in ("det", "punct") and w.i <= t.i]
            if words and any(w.lemma_ in DESIGNATION_LABEL_WORDS
                             for w in t.subtree):
                return " ".join(words)
    return None


def noun_key(token: Token) -> str | None:
    """The trigger lexicon's key for a noun: its lemma, else its own form -- the lexicon lists plurals that
    name the event ("talks", "clashes"), which the lemmatiser reduces to another word ("talk")."""
    for key in (token.lemma_.lower(), token.lower_):
        if key in NOUN_FRAMES:
            return key
    return None


def _branch_parents(stated: list[Ref], modifiers: list[Ref]) -> list[Ref]:
    """The bodies a branch noun makes its parents, from those its "of" or possessor names (``stated``) and the names
    before it (``modifiers``): a place among either tells where the branch works once a body names its parent
    ("Somalia's al-Qaeda affiliate": al-Qaeda's; "the Khorasan affiliate of the Islamic State": the Islamic
    State's); with no body but places, the places stand ("Iran's branch")."""
    def body(r: Ref) -> bool:
        return r.actor.type not in ("STATE", "LOCATION")
    if any(body(r) for r in stated):
        return [r for r in stated if body(r)]
    if any(body(r) for r in modifiers):
        return [r for r in modifiers if body(r)]
    return stated + modifiers


def _leads_noun_object(participle: Token, noun: Token, res: Resolver) -> bool:
    """Whether ``participle`` is a leading participle ("led", "headed", "commanded") set off by a comma right
    after an actor the noun's own preposition names ("the attack on the X Front, led by N", "a raid on the Y
    Movement, headed by M"): the parser hung it on the act noun, but a body is what one leads, so its "by"
    names the body's leader, not the act's agent (prec52). Only an armed group or a government's force counts: a
    place, or a name of unknown kind, before the comma leaves the participle the act's ("the assault on Kesset,
    led by General N")."""
    i = participle.i
    if participle.lemma_.lower() not in LEADING_PARTICIPLES or i < 2 or participle.doc[i - 1].text != ",":
        return False
    before = participle.doc[i - 2]
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.i > i or before not in prep.subtree:
            continue
        for obj in children_of(prep):
            refs = np_refs(obj, res, ACTOR) if obj.dep_ == "pobj" else []
            if refs and all(r.actor.type in ("ARMED_GROUP", "GOVERNMENT") for r in refs):
                return True
    return False


def _own_object_phrase(token: Token, slots: Iterable[str]) -> bool:
    """Whether a noun has an object phrase of its own at one of ``slots``' prepositions, whatever it names:
    "the Front's siege of Telmar and the shelling of farms by the army" -- the shelling's target is the farms,
    so it does not borrow Telmar from the siege it is coordinated with (prec54). "Weapons and aid to X" has
    none of its own, and shares X."""
    wanted = {w for slot in slots if slot.startswith("prep:") for w in slot[5:].split("|")}
    return any(c.dep_ == "prep" and c.lower_ in wanted and any(p.dep_ == "pobj" for p in children_of(c))
               for c in children_of(token))


def noun_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """Noun triggers: "the capture of X by Y", "Y's takeover of X", "support from Y", "a NATO member"."""
    key = noun_key(token) if token.pos_ in ("NOUN", "PROPN") else None
    if key is None or res.named(token):
        return
    if token.dep_ == "appos" and any(g.i < token.i and quantified_over_them(g) and g.lower_ not in DESCRIBING_QUANTIFIERS
                                     for g in children_of(token)):
        return  # "the X militias, some of them members of Y": a part of the group, not the group (desc37)
    for frame in NOUN_FRAMES[key]:
        if frame.predicate == "attacks" and (_traded(token) or _figurative_attack(token)):
            continue
        obj_role = PLACE if frame.object_place else ACTOR
        own = [r for slot in frame.subj if slot not in ("gov_subj", "gov_subj_attr") for r in _slot(token, slot, res, ACTOR)]
        # "X condemned the incursion by Y", "X has not joined Y's coalition against Z": where the noun's own
        # phrase names its agent, the subject of the verb that governs it is someone else.
        subjects = own or [r for slot in frame.subj for r in _slot(token, slot, res, ACTOR)]
        if not own and _own_by_phrase(token):
            subjects = []  # read from the by-phrase below, however the parser hung it
        objects = [r for slot in frame.obj if slot != "named_compound" for r in _slot(token, slot, res, obj_role)]
        if "named_compound" in frame.obj:
            objects = _branch_parents(objects, _slot(token, "named_compound", res, obj_role))
        if frame.predicate == "attacks":
            objects += _repeated_targets(token, frame, objects, res, obj_role)
        if token.dep_ == "conj" and token.head.pos_ == "NOUN":  # "weapons and aid from Russia"
            subjects = subjects or [r for slot in frame.subj if slot.startswith("prep:")
                                    for r in _slot(token.head, slot, res, ACTOR)]
            if not _own_object_phrase(token, frame.obj):  # (not "the siege of A and the shelling of farms by Y")
                objects = objects or [r for slot in frame.obj for r in _slot(token.head, slot, res, obj_role)]
        # (not "the attack on the X Front, led by N": the leading participle after the named body is the body's)
        participles = [c for c in _doer_participles(token) if not _leads_noun_object(c, token, res)]
        if participles:  # "the sanctions imposed on Russia by the EU"
            subjects = subjects or [r for c in participles for r in _slot(c, "agent", res, ACTOR)]
            objects = objects or [r for c in participles for slot in frame.obj if slot.startswith("prep:")
                                  for r in _slot(c, slot, res, obj_role)]
        if not subjects and objects:  # "the capture of Raqqa | by the SDF": "by" misattached below
            # (not a "by" inside a noun coordinated with this one: "looting by militia members in A and the
            # abductions by the Front in B" -- the Front's abductions are their own)
            subjects = [r for o in token.subtree if o.dep_ == "prep" and o.lower_ == "by" and o.head != token
                        and not _through_conjunct(o, token) and not _leads_noun_object(o.head, token, res)
                        for p in children_of(o) if p.dep_ == "pobj" for r in np_refs(p, res, ACTOR)]
        if not objects and frame.predicate == "attacks" and token.dep_ == "nsubj" and token.head.lemma_ in HITTING_VERBS:
            # "a Kenyan air strike killed three al-Shabaab commanders": the victims are the target
            objects = _slot(token.head, "dobj", res, obj_role)
        if not objects and token.dep_ in ("dobj", "attr"):  # "spearheaded the assault | on Hama": the PP hangs on the verb
            objects = [r for slot in frame.obj if slot.startswith("prep:") for r in _slot(token.head, slot, res, obj_role)]
        elif not objects and token.dep_ == "pobj" and token.head.head.pos_ in _VERBAL:  # "spent money on aid | to X"
            # only a phrase after the noun can be its own: "sided with X in the war" is the verb's "with"
            wanted = {w for slot in frame.obj if slot.startswith("prep:") for w in slot[5:].split("|")}
            if any(c.dep_ == "prep" and c.lower_ in wanted and c.i > token.i for c in token.head.head.children):
                objects = [r for slot in frame.obj if slot.startswith("prep:")
                           for r in _slot(token.head.head, slot, res, obj_role)]
            if not objects and token.lemma_.lower() in JOINT_ACTION_NOUNS and "prep:with" in frame.obj:
                # "fights X in alliance | with Y": the "with" the parse hangs on the verb is the alliance's
                objects = [r for c in token.head.head.children if c.dep_ == "prep" and c.i == token.i + 1
                           and c.lower_ == "with" for p in children_of(c) if p.dep_ == "pobj" for r in np_refs(p, res, obj_role)]
        elif not objects and (verb := _role_verb(token)) is not None:  # "was at the forefront of the assault | on X"
            objects = [r for slot in frame.obj if slot.startswith("prep:") for r in _slot(verb, slot, res, obj_role)]
        rule = "noun"
        if not objects and frame.predicate == "attacks":
            # "an air strike on Hezbollah's headquarters": the owner of an unnamed thing of an actor struck, as
            # "struck Hezbollah's headquarters" reads it
            things = [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("on", "against")
                      for p in children_of(c) if p.dep_ == "pobj"]
            if not things and token.dep_ == "dobj":
                things = _verb_hung_targets(token)
            owners = _owners("attacks", things, res)
            if owners:
                objects, rule = owners, "noun:owner"
            else:
                things += [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("of", "at")
                           for p in children_of(c) if p.dep_ == "pobj"]
                objects = struck_sites(things, res)
                rule = "noun:place" if objects else rule
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
            held = _copula_subjects(under) or clause_subjects(verb)
            if not held and frame.predicate != "captures":  # (a town "under X's control" is a hold, no taking)
                held = _set_off_holder(under)
            objects = [r for t in held for r in np_refs(t, res, obj_role)]
            if frame.predicate == "negotiates_with":
                objects += [r for t in _met_parties(verb) for r in np_refs(t, res, obj_role)]
            venues = _venue_names(token, res)
            subjects = [r for slot in ("compound", "poss", "prep:of|by|from") for r in _slot(token, slot, res, ACTOR)
                        if not (slot == "compound" and r.actor.id in venues)] + _participle_agents(token, res)
            if token.dep_ == "conj" and res.named(token.head):
                subjects = np_refs(token.head, res, ACTOR, conjuncts=False) + subjects
            rule = "noun:under"
            if frame.predicate == "captures" and (verb.lemma_.lower() in CONTINUATION_WORDS or _unbroken_hold(verb)):
                objects = []  # "the town remains / is still under Bessarian control": a hold kept, no taking
        if frame.predicate == "captures" and (_kept_in_control(token) or _own_hold_claimed(token)):
            objects = []  # "troops remain in full control of X", "are still in control of Y": a hold kept, no taking
        # ("the SDF, Washington's partner in Syria": a partner in a body, not a place)
        subjects, objects = _typed_ends(frame, subjects, objects)
        subjects = [s for s in subjects if s not in objects]
        if subjects and objects:
            # "Turkey, a NATO member": an apposition is a phrase of its own, outside the clause; so is
            # "Y's coalition against Z" in "X has not joined Y's coalition against Z" (X's clause, not Y's).
            # (a clause whose subject is the noun's other end is its own: "the Houthis are not Iran's proxies")
            clausal = token.dep_ != "appos" and not (own and rule == "noun" and _anothers_clause(token, subjects + objects, res))
            if (not clausal or own and not _agents_clause(token, own, res)) \
                    and any(c.dep_ == "det" and c.lower_ in OPEN_EVENT_DETERMINERS for c in children_of(token)):
                # "would join no Israeli strike on X", "Indicators to watch: any X seizure of Y": no
                # event in particular, none of its agent's ("X denied any X support for Y" is X's own clause)
                return
            if not clausal and _wished_for(token):
                return  # "Y called for the withdrawal of X from Z": Y wants it; it has not happened
            if (not clausal or _denied_in_passive(token)) and (verb := _governor(token)) is not None \
                    and verb.lemma_ in DENYING_VERBS and token.lemma_.lower() not in CLAIM_NOUNS:
                # "Y denied X's support for Z": a third party disputes it; neither stated nor denied here (not an
                # accusation: "Y dismissed the accusations by X against Z" disputes what X said, not that X said it)
                return
            # "Armenia, a former foe of Turkey": the noun's own "former" holds outside a clause too
            former = any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS for c in children_of(token))
            # An apposition's own modifiers, or those the parser hung on its head between the two: an adverb of the
            # past makes it history ("Russia, once Armenia's protector,", "Iran, formerly the main backer of Hamas,"),
            # a negation denies what it states ("Kenya, never a member of the League,", "Kenya, not a member of ...")
            own_mods = [c for c in (*children_of(token), *token.head.children)
                        if c.head == token or token.head.i < c.i < token.i] if token.dep_ == "appos" else []
            former = former or any(c.dep_ == "advmod" and c.lower_ in FORMER_WORDS for c in own_mods)
            # a prefix that denies the noun it joins: "Ukraine, a non-member of NATO," is no member
            denied = any(c.dep_ == "neg" for c in own_mods) or _hyphen_prefix(token) in NEGATING_PREFIXES
            yield Candidate(subjects, frame.predicate, objects, token, rule, frame.confidence * 0.95,
                            clausal=clausal, negated=frame.negated or denied, former=former)
            enemies = [o for o in _slot(token, "prep:against", res, ACTOR) if o.actor.type not in ("LOCATION",)]
            # "an offensive against government forces": hostility too; "drone strikes against X" is an act only.
            # An offensive denied says nothing of the hostility ("held off on its offensive against X", "did not
            # launch a campaign against Y"): the act is what the clause denies, so the stance is dropped, not negated
            if frame.predicate == "attacks" and enemies and token.lemma_.lower() in HOSTILITY_NOUNS:
                # (in another's clause as the act is: "Egypt refused to join X's offensive against Y" denies nothing of X)
                yield Candidate(subjects, "opposes", enemies, token, "noun:against", frame.confidence * 0.9, clausal=clausal,
                                negatable=False)
            return


def _denied_in_passive(noun: Token) -> bool:
    """Whether an act noun is the passive subject of a verb that denies it happened ("the reported capture of X by
    Y was denied"): disputed as in the active "Z denied the capture of X by Y" (prec58). Not a denial denied ("was
    not denied"), nor a verb that disputes what was done rather than that it was ("the annexation remains
    disputed", "was rejected by the assembly": it happened)."""
    return noun.dep_ == "nsubjpass" and noun.head.lemma_ in PROPOSITION_DENYING_VERBS \
        and not any(c.dep_ == "neg" for c in noun.head.children)


def _traded(noun: Token) -> bool:
    """Whether the parser took a headline's verb of mutual action for a modifier of the attack noun after it
    ("Peru and Ecuador trade fire on the Cenepa": "trade fire" one noun): the two fire at each other, and what
    follows "on" or "at" is where, not a target of either."""
    return any(c.dep_ == "compound" and c.i == noun.i - 1 and c.lemma_.lower() in MUTUAL_VERBS for c in children_of(noun))


def _figurative_attack(noun: Token) -> bool:
    """Whether a modifier makes the attack noun a campaign of persuasion or trade ("Qatar's charm offensive in
    Washington", "a diplomatic offensive on the Gulf states"): no armed act, so no target is attacked."""
    return any(c.dep_ in ("amod", "compound") and c.i < noun.i and c.lower_ in FIGURATIVE_ATTACK_MODIFIERS
               for c in children_of(noun))


def _repeated_targets(noun: Token, frame: Frame, objects: list[Ref], res: Resolver, role: str) -> list[Ref]:
    """More targets of an attack noun after its first: "strikes on A's posts and on B's bases" (B, the owner of
    a thing struck, where the first target named an actor itself) and "launched an assault on posts at X and
    on the town of Y" (the repeated preposition hung by the parser on the verb's own preposition of place)."""
    wanted = "|".join(w for slot in frame.obj if slot.startswith("prep:") for w in slot[5:].split("|"))
    if not wanted:
        return []
    out = [r for r in _owners("attacks", _preps(noun, wanted), res) if r not in objects] if objects else []
    own = {c.lower_ for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in wanted.split("|")}
    if noun.dep_ == "dobj" and own:
        again = [c for p in noun.head.children if p.dep_ == "prep" and p.i > noun.i and p.lower_ not in own
                 for c in children_of(p) if c.dep_ == "conj" and c.lower_ in own
                 and not any(n.dep_ == "neg" for n in children_of(c))]
        out += [r for c in again for p in children_of(c) if p.dep_ == "pobj"
                for r in np_refs(p, res, role) if r not in objects and r not in out]
    return out


def _anothers_clause(noun: Token, subjects: list[Ref], res: Resolver) -> bool:
    """Whether ``noun`` is an argument of a verb whose own subject is another actor than the noun's ends."""
    verb = _governor(noun)
    if verb is None:
        return False
    theirs = [r.actor.id for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)]
    return bool(theirs) and not {r.actor.id for r in subjects} & set(theirs)


def _agents_clause(noun: Token, own: list[Ref], res: Resolver) -> bool:
    """Whether the verb that governs ``noun`` has one of ``own`` (the agents the noun's own phrase names) among its
    subjects: "X denied any X support for Y" is X's clause, "analysts watch for any X seizure of Y" is not."""
    verb = _governor(noun)
    if verb is None:
        return False
    theirs = {r.actor.id for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)}
    return bool({r.actor.id for r in own} & theirs)


def _wished_for(noun: Token) -> bool:
    """Whether the verb ``noun`` hangs from asks for it, intends it or fears it ("demanded the pullout of X",
    "feared an assault by A on X")."""
    verb = _governor(noun)
    return verb is not None and (verb.lemma_ in INTENT_VERBS or verb.lemma_ in DREADING_VERBS)


def _own_by_phrase(noun: Token) -> bool:
    """Whether a "by" phrase after ``noun`` belongs to its own phrase ("the incursion into Chad by Y"),
    reached through prepositions and their objects only (not "the town held by Y")."""
    for prep in noun.subtree:
        if prep.i <= noun.i or prep.lower_ != "by" or prep.dep_ not in ("prep", "agent"):
            continue
        node = prep.head
        while node != noun and node.dep_ in ("prep", "pobj", "compound", "amod", "conj", "appos") \
                and node.pos_ not in _VERBAL:
            node = node.head
        if node == noun:
            return True
    return False


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


def _same_kind_named(noun: Token, res: Resolver) -> list[Ref]:
    """"Hezbollah and other Iran-backed militias": the bodies named before a plural noun that "other" sets after
    them in one list are of its kind, and bear its modifier too (only names, not descriptions)."""
    if noun.dep_ != "conj" or not any(c.dep_ == "amod" and c.lower_ in SAME_KIND_MODIFIERS for c in children_of(noun)):
        return []
    first, named = noun.head, [noun.head]
    # (a list the parser read as an apposition, "A, B and other ...": B hangs on A as a name beside a name)
    while first.head.i < first.i and (first.dep_ == "conj" or (
            first.dep_ == "appos" and res.named(first) is not None and res.named(first.head) is not None)):
        first = first.head
        named.append(first)
    named = sorted((t for t in {*named, *first.conjuncts} if t.i < noun.i and res.named(t) is not None), key=lambda t: t.i)
    return [r for t in named for r in np_refs(t, res, ACTOR, conjuncts=False)]


def _regional_authorities(noun: Token, res: Resolver) -> bool:
    """Whether a government noun is set "in" a place of a state that is not its capital nor stands for it ("the
    authorities in Donetsk", "the administration in Afrin"): the rulers of that region, not the state's government."""
    if noun.lower_ not in GOVERNMENT_NOUNS:
        return False
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for place in children_of(prep):
            actor = res.named(place) if place.dep_ == "pobj" else None
            entry = res.gazetteer.lookup(actor.name) if actor is not None else None
            if entry is None or entry.type != "LOCATION" or not entry.state or entry.metonym_of:
                continue
            state = res.gazetteer.lookup(entry.state)
            if state is not None and state.capital != entry.name:
                return True
    return False


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
    if predicate != "captures" and modifier.is_lower and res.named(modifier) is None \
            and any(c.dep_ == "poss" for c in token.head.children):
        return  # "Sudan's army-led government": the possessor's own army, not a body named before
    actors = res.refs(modifier, ACTOR)
    if not actors:
        state = res.gazetteer.by_demonym(modifier.text)
        if state and COMPOUND_ADJ_PERSON.get(token.lower_) and token.head.lower_ in NATIONALITY_LED_NOUNS:
            return  # "a Ugandan-led group": its leaders are Ugandans; Uganda is no member of it
        actors = [Ref(res.state_actor(state), "name")] if state else []
    place = predicate == "captures"
    if place and (modifier.lower_ in ARMY_NOUNS or modifier.lower_ in GOVERNMENT_NOUNS):
        return  # "the army-held cities of A and B", "government-controlled towns": a state's hold on its own towns, no capture
    if not res.named(token.head) and any(a.dep_ == "appos" and a.conjuncts for a in token.head.children):
        # "on the Kenya-led mission, the G9 and its rival, announced ...": a list is no apposition of one noun
        return
    nouns = np_refs(token.head, res, PLACE if place else ACTOR, conjuncts=False)
    if not nouns and not place:
        nouns = _same_kind_named(token.head, res)
    if not nouns and predicate == "supports" and (body := _one_of(token.head)) is not None:
        # "the SNA is a coalition of Turkish-backed factions": whoever backs its members backs the body made of them
        # (not "a coalition of Iran-aligned militias": an alignment of the members, no tie of the body's own)
        nouns = np_refs(body, res, ACTOR, conjuncts=False)
    if place:  # "rebel-held Yemen" is the part of the country they hold, not its capture
        nouns = [n for n in nouns if n.actor.type != "STATE"]
    if predicate == "supports" and _regional_authorities(token.head, res):
        # "the Russian-backed authorities in Luhansk": a region's own rulers, whom the backer installs or keeps,
        # not the government of the state the region lies in (prec34a)
        nouns = [n for n in nouns if n.actor.type != "GOVERNMENT"]
    if predicate == "supports" and token.head.lower_ == "authorities" and not any(
            res.named(c) is not None for c in token.head.children if c.dep_ in ("compound", "poss", "amod", "nmod")) \
            and not any(res.named(p) is not None for p in _preps(token.head, "of")):
        # "the Iranian-backed authorities (in Sanaa)": those the backer keeps in power, whom the text leaves
        # unnamed; not the government of a state read from the context (prec35)
        nouns = [n for n in nouns if n.actor.type != "GOVERNMENT"]
    if not actors or not nouns:
        return
    person_predicate = COMPOUND_ADJ_PERSON.get(token.lower_)
    if person_predicate and noun_is_object:  # "the Hemedti-led RSF": the person leads it, a state is a member
        persons = [a for a in actors if a.actor.type == "PERSON"]
        if persons:
            yield Candidate(persons, person_predicate, nouns, token, "compound-adjective", 0.8, clausal=False)
        # "a NATO-led force", "the army-led Joint Force": a bloc or a government at the head of a force commands
        # it; the force is not one of its members' (only a state leads a coalition as one of its members)
        actors = [a for a in actors if a.actor.type not in ("PERSON", "IGO", "GOVERNMENT")]
        if not actors:
            return
    if noun_is_object:
        yield Candidate(actors, predicate, nouns, token, "compound-adjective", 0.85, clausal=False)
    else:
        yield Candidate(nouns, predicate, actors, token, "compound-adjective", 0.8, clausal=False)


def _state_named_after(person: Token, res: Resolver) -> Actor | None:
    """The state "of X" names after a titled person's name ("President N of Sanvera"): X read as a state, or
    the state of that name the text has already shown (NER often leaves the second mention untyped), or one
    unknown word NER took for a body or a place, made a state (``Resolver.as_state``). None for anything else:
    a body of several words ("of the Bar Association"), a place the text told as a town."""
    for prep in children_of(person):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in children_of(prep):
            if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN":
                continue
            actor = res.named(pobj)
            if actor is not None:
                if actor.type == "STATE":
                    return actor
                if actor.type in ("ORGANIZATION", "LOCATION") and len(actor.name.split()) == 1:
                    return res.as_state(pobj)
                return None
            words = [t for t in pobj.subtree if t.dep_ == "compound" or t.i == pobj.i]
            if len(words) != pobj.i - words[0].i + 1:
                return None
            text = normalize_name(" ".join(t.text for t in words))
            return next((a for a in list(res.actors.values()) if a.type == "STATE"
                         and text in {normalize_name(n) for n in a.names}), None)
    return None


def _verb_read_as_root_noun(tok: Token) -> bool:
    """"The EU sanctions Russian general N": a verb form the tagger read as the noun at the root of a sentence with no
    verb (verb:mistagged reads it as the verb). It ends the words of a title read leftwards from a name: what stands
    before it is the clause's subject, not a word of the title."""
    return tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.lower_ in MISTAGGED_VERBS


def title_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"HTS commander Hassan Abdul-Ghani", "Russian President Vladimir Putin"."""
    person = res.named(token)
    if person is None or person.type != "PERSON":
        return
    government = _government_above(token)
    if government is not None and token.dep_ == "poss" and government.lower_ not in STATE_GOVERNMENT_NOUNS:
        return  # "Syrian President Bashar al-Assad's regime": he leads the regime (government-of-person)
    mods = [c for c in children_of(token) if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    mods += [g for c in mods for g in children_of(c) if g.dep_ in ("compound", "amod", "nmod", "poss") and g.i < c.i]
    if government is not None and mods:
        # "Kenya's government of President N", "the Zimbabwean government of President N": the state is
        # named on the government noun
        mods += [c for c in children_of(government) if c.dep_ in ("poss", "amod", "compound") and c.i < government.i
                 and (res.named(c) is not None or res.gazetteer.by_demonym(c.text))]
    if mods:  # "Veltria's President N", the possessor hung on the name
        mods += [c for c in children_of(token) if c.dep_ == "poss" and c.i < token.i and res.named(c) is not None]
    # The parser sometimes hangs the title beside the name; read the words just before it too.
    left = token.i - 1
    # (a body's name the tagger took for a verb, "ECOWAS chairman N", is read too)
    while left >= 0 and token.i - left <= 5 and (token.doc[left].pos_ in ("PROPN", "NOUN", "ADJ") or _body_named(
            token.doc[left], res)) \
            and not token.doc[left].is_sent_end and (res.named(token.doc[left]) is None or token.i - left > 1) \
            and not _verb_read_as_root_noun(token.doc[left]):
        if token.doc[left] not in mods:
            mods.append(token.doc[left])
        left -= 1
    words = {m.lower_ for m in mods}
    if any("".join(t.lower_ for t in m.subtree) in IRREALIS_MODIFIERS for m in mods):
        return  # "would-be X leader N", "X's presumptive chief N": a post not (yet) held
    if left >= 0 and token.i - left > 1 and _hyphened_before(token.doc[left + 1]).endswith(tuple(IRREALIS_MODIFIERS)):
        return  # "Would-be President N of X": the hyphened word the parser split before the title, left of its words
    # a known name that holds its own title ("King Salman", one token): the title is read as if before it
    leading = {w.lower() for w in token.text.split()[:-1]} if res.entry(person) else set()
    own_title = leading & LEADER_TITLES
    words |= leading if own_title else set()  # ("Senior General N": the rank too)
    # what the title names, less the person's own name ("King Salman", a known name that holds its title)
    words |= _two_word_titles(words)
    # "Supreme Leader N": a word of a two-word title that NER took for a body ("Supreme") names no one he leads
    title_parts = {w for t in _two_word_titles(words) for w in t.split()}
    named = [m for m in mods if m.lower_ not in title_parts and (
        (a := res.named(m)) is not None and a.id != person.id or res.gazetteer.by_demonym(m.text))]
    # a former commander led what his title names, if it names it: kept as history, never as the present
    former = bool(words & FORMER_TITLE_WORDS)
    if not mods and not own_title:
        yield from _affiliation(person, token, res)
        return
    ranks = words & RANK_MODIFIERS
    if ranks == SHARED_TITLE_PREFIXES and words & CO_SHARED_TITLES:
        ranks = set()  # "HDP co-chair N": a co-chair leads with another; a co-founder is one of several
    if ranks and ranks <= SUBNATIONAL_MODIFIERS and _regions_own_title(token, mods, res):
        ranks = set()  # "Jubaland's regional president N": the region's own head, not one of the state's many
    # ("Houthi delegation head N": he heads the party the body sends, one of its officials)
    if words & LEADER_TITLES and not ranks and not words & DELEGATION_NOUNS:
        predicate = "leads"
    elif words & (MEMBER_TITLES | LEADER_TITLES | PEER_TITLES):  # "senior commander X" is one of many
        predicate = "member_of"
    elif words & MILITARY_RANKS and any(_named_force(m, res) for m in mods):
        predicate = "member_of"  # "Former PKK captain N", "KDF Colonel N": a rank held in the force named with it
    else:
        return
    head_of_state = bool(words & HEAD_OF_STATE_TITLES)
    # "Sudanese army chief X": the army, an arm of the state's government, is what he leads.
    army = bool(words & ARMY_TITLE_MODIFIERS)
    possessors = [c for t in (token, *mods) for c in children_of(t) if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if any(res.named(p) is None for p in possessors):
        return  # "Orvik's President N", Orvik unknown: whose president the text does not say
    # "the Canadian general N", "army general N": a rank -- he serves what the title names, and a state only
    # through its army, so the state itself is not read
    rank_only = predicate == "leads" and not possessors and not own_title and all(
        _rank(m) for m in mods if m.lower_ in LEADER_TITLES) and not words & TWO_WORD_LEADER_TITLES
    if rank_only:
        predicate = "member_of"
    if former and not named and not (head_of_state and predicate == "leads"):
        return  # whose former officer, the text does not say (a former head of state: the gazetteer may know)
    if head_of_state and predicate == "leads" and not named:
        if any(c.dep_ == "prep" and c.lower_ == "of" for m in mods for c in children_of(m)):
            return  # "Chancellor of the Exchequer N": an office the title names, not a state's head
        # "President Volodymyr Zelensky": the gazetteer knows which state he heads
        state, rule = res.state_of(person), "title:gazetteer"
        if state is None and (body := res.body_of(person)) is not None and body.type == "GOVERNMENT":
            # "Prime Minister N" of a rival government the gazetteer knows him to head: a government's head
            # bears a state's titles
            yield from _gazetteer_body(person, body, token, res, "title:gazetteer-body")
            return
        if state is None and (_leads_by(token) or government is not None or _named_government_of(token, res)):
            # "the X council, headed by President N", "the administration of President N", "the Government of
            # National Salvation of Prime Minister N": he is read as leading what the verb, the government noun or
            # the named government says (leads:body-of-person), not a state guessed from the text
            return
        if state is None and res.entry(person) is None and words & STATE_LEADER_TITLES \
                and (owner := _state_named_after(token, res)) is not None:
            # "President N of Sanvera", Sanvera a state the text has shown (or one unknown word NER took for a
            # body or a place, which only a state's president is "of"): he heads that state
            res.note_leader(person, owner)
            if (entry := res.entry(owner)) is not None and entry.type == "STATE":
                res.note_person_state(person, entry)  # ("President N of Sanvera ... His government": Sanvera's, ref56)
            yield Candidate([Ref(person, "name")], "leads", [Ref(owner, "name")], token, "title:name-of-state", 0.7,
                            clausal=False, former=former)
            return
        if state is None and res.entry(person) is None and words & STATE_LEADER_TITLES:
            # a president the gazetteer does not know, in an article that names one state only
            state, rule = res.only_state(), "title:salient"
            if state is not None and (_other_party(token, res.state_actor(state), res) or res.only_a_venue(state)
                                      or _spoken_elsewhere(token, res.state_actor(state), res)
                                      or res.told_as_other(state) or res.faced_by_bare_government(state)
                                      or not res.told_by(state, token) or any(c.dep_ == "prep" and c.lower_ == "of"
                                                                         for c in children_of(token))):
                # a state told only as the place of talks ("He met X in Havana") or as another than the article's
                # own ("neighbouring Chad") is no one's to lead, nor one where the title names its own ("of Kestria"),
                # nor one the text names only further on (a bystander: the president may be of a state it never knew)
                return
        if state is not None:
            res.note_leader(person, res.state_actor(state))
            res.note_person_state(person, state)
            yield Candidate([Ref(person, "name")], "leads", [Ref(res.state_actor(state), "name")], token,
                            rule, 0.8 if rule == "title:gazetteer" else 0.7, clausal=False, former=former)
        elif words & STATE_LEADER_TITLES:  # a person the gazetteer places nowhere
            yield from _paragraph_leader(person, token, res)
        return
    # "Kenyan opposition leader N", "Iraqi Kurdish leader M": the demonym says where he leads, not that he
    # leads the state -- only a body named among the words is read
    where_only = bool(words & NON_STATE_TITLE_MODIFIERS) or bool(words & COMPASS_ADJECTIVES) or res.names_community(
        [w for m in sorted(mods, key=lambda t: t.i) for w in m.text.split()])
    # "Colombian FARC commander N", "Kenyan Red Cross chief N": a body named among the words is what he heads
    # or serves, not the state of the demonym before it
    # "Kenyan UN ambassador N", "Sudan's UN envoy N": where a state owns a posting title, the intergovernmental
    # body named with it is his posting, not what he serves
    if words & POSTING_TITLES and any((n := res.named(m)) is not None and n.type == "STATE"
                                      or res.gazetteer.by_demonym(m.text) is not None for m in mods):
        mods = [m for m in mods if (n := res.named(m)) is None or n.type != "IGO"]
    owners = [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
              for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if owners and predicate == "member_of" and not former and words & MINISTER_TITLES and res.entry(person) is None \
            and not any(res.gazetteer.by_demonym(m.text) or res.named(m) is not None and res.named(m).type == "STATE"
                        for m in mods):
        # "Foreign Minister N of Veltria spoke in Vienna": the title's own "of" says whose minister he is -- that
        # state's where the text knows it as one, never the venue's nor the article's, nor a word of the title
        # read as a body ("Interior", "Defence") (prec35)
        named = res.named(owners[0])
        if named is not None and named.type == "STATE" and (entry := res.entry(named)) is not None:
            res.note_person_state(person, entry)
            yield Candidate([Ref(person, "name")], "member_of", [Ref(res.government(entry), "name")], token,
                            "title:portfolio-of", 0.75, clausal=False)
        return
    if (owner := _whose_state(token, res)) is not None:
        mods.append(owner)  # "India, whose Foreign Secretary N": India's, as "India's Foreign Secretary N"
    if words & PRESS_TITLES and any(c.dep_ == "poss" for m in (token, *mods) for c in children_of(m) if c.i < token.i):
        # "our UN correspondent N": the owner employs him; a body named with the title is his beat (prec58)
        mods = [m for m in mods if m.dep_ == "poss"]
    for mod in sorted(mods, key=lambda t: (not _body_named(t, res), t.i)):
        if where_only and res.named(mod) is None or mod.lower_ in title_parts:
            continue
        if words & MINISTER_TITLES and mod.lower_ in GOVERNMENT_NOUNS:
            continue  # "Cabinet Secretary N": a word of the post names no state (his is the portfolio reading's)
        ref = _organisation(mod, res, army)
        if ref is not None and head_of_state and mod.dep_ == "poss" and ref.actor.type == "ORGANIZATION" \
                and res.entry(ref.actor) is None and len(ref.actor.name.split()) == 1:
            # "Veltria's President N", Veltria taken for an organisation: a state, unless a town
            state = res.as_state(mod) if predicate == "leads" else None
            if state is None:
                return
            ref = Ref(state, "name")
        if ref is None and head_of_state and predicate == "leads" and mod.dep_ == "poss":
            state = res.as_state(mod)  # "Veltria's President N": a state the gazetteer does not know
            ref = Ref(state, "name") if state is not None else None
        if ref is not None and predicate == "leads" and ref.actor.type == "STATE" and not head_of_state \
                and words & LEADER_TITLES <= COMMAND_TITLES:
            return  # "Libyan commander N": he commands a force of that state, he does not lead it
        if ref is not None and (rank_only or former and predicate != "leads") and ref.actor.type == "STATE":
            # a state's former official is background the text rarely dates; its former head is read, as history
            return
        if ref is not None and ref.actor.type in ("STATE", "GOVERNMENT") and res.entry(person) is not None \
                and res.state_of(person) is None and not _names_state(mods, ref.actor, res):
            return  # "Defence Minister N", N a figure the gazetteer places in no state: not the article's state's
        if ref is not None:
            entry = res.entry(ref.actor)
            if head_of_state and entry is not None and entry.type == "STATE":
                res.note_person_state(person, entry)
            if words & PEER_TITLES and predicate == "member_of" and _known_head(person, entry, res) \
                    and not any(t.lower_ in MINISTER_TITLES for t in token.sent if t.i < token.i):
                # (a minister's counterpart is a minister, whatever office the gazetteer knows him for)
                predicate = "leads"  # "his Russian counterpart N", N the head of state the gazetteer knows
            if army and predicate == "leads" and res.entry(person) is None:
                predicate, ref = _army_official(ref, res)
            if predicate == "leads" and not former:
                res.note_leader(person, ref.actor)
            _note_served_state(person, predicate, ref, words, former, res)
            yield Candidate([Ref(person, "name")], predicate, [ref], token, "title", 0.9, clausal=False, former=former)
            return
    if predicate == "leads" and not former and not possessors and not head_of_state and not named \
            and (body := res.body_of(person)):
        # "Secretary-General N", "rebel chief N": a leader's title that names no body -- the one the gazetteer
        # knows him to head
        yield from _gazetteer_body(person, body, token, res, "title:gazetteer-body")
        return
    if army and not former and not possessors:
        yield from _home_army(person, predicate, token, res)
        return
    # "Defence Minister N", "Foreign Secretary N": an official of the government -- of the state the
    # gazetteer knows him for, else of the state the article is clearly about.
    if predicate == "member_of" and not former and words & MINISTER_TITLES and not words & LEADER_TITLES \
            and words - MINISTER_TITLES <= PORTFOLIO_WORDS | MINISTER_TITLE_EXTRAS:
        state = res.state_of(person)
        if state is None and res.entry(person) is not None:
            return  # a figure the gazetteer knows but places in no state: not the article's by default
        own = res.unknown_governed_state(token) if state is None else False
        if own is not False:
            # "the government of Ardavia and X met in Baku ... Deputy Foreign Minister N": the state whose
            # government the text told, which no gazetteer knows, is the portfolio's -- not the known host or
            # neighbour the gazetteer counts; where it cannot be read, no state is
            if own is not None:
                yield Candidate([Ref(person, "name")], "member_of", [Ref(own, "anaphor")], token,
                                "title:portfolio", 0.75, clausal=False)
            return
        labelled = res.label_state(token) if state is None else None
        if labelled is not None:  # a round-up's "Kenya: Interior Minister N said": the item's state
            state = res.entry(labelled) or res.gazetteer.lookup(labelled.name)
        dominant = _title_home(token, res)
        if state is None and dominant is not None and res.told_by(dominant, token):
            state = dominant  # (not a state the text names only later: a bystander, perhaps)
        if state is not None and res.state_of(person) is None and labelled is None and (
                _other_party(token, res.state_actor(state), res) or _voices_other_state(token, res.state_actor(state), res)):
            # "Secretary of State N flew to Kigali": that state is another party, his may be another; "In London,
            # Foreign Secretary N said Britain would ...": he speaks for another state than the article's
            return
        if state is not None:
            res.note_person_state(person, state)
            yield Candidate([Ref(person, "name")], "member_of", [Ref(res.government(state), "anaphor")], token,
                            "title:portfolio", 0.75, clausal=False)


def _whose_state(person: Token, res: Resolver) -> Token | None:
    """The state a "whose" before a titled name stands for ("India, whose Foreign Secretary N, ..."): the noun the
    relative clause describes, or, where the parser made no relative clause of it, the name just before ", whose";
    None where it is no state (a body's own officers are read by other rules)."""
    whose = next((c for c in children_of(person) if c.dep_ == "poss" and c.tag_ == "WP$"), None)
    if whose is None:
        return None
    clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None)
    owner = clause.head if clause is not None else (
        person.doc[whose.i - 2] if whose.i >= 2 and person.doc[whose.i - 1].text == "," else None)
    named = res.named(owner) if owner is not None else None
    return owner if named is not None and named.type == "STATE" else None


def _names_state(mods: list[Token], actor: Actor, res: Resolver) -> bool:
    """Whether a title's words name ``actor`` or its state by name or demonym ("GNA Prime Minister", "Kenyan
    Defence Minister", "Kenya's minister"), not through a word standing for the article's state ("Defence")."""
    entry = res.entry(actor)
    state = res.gazetteer.lookup(entry.state) if entry is not None and entry.type == "GOVERNMENT" and entry.state else entry
    for mod in (t for m in mods for t in m.subtree):
        named = res.named(mod)
        if named is not None and named.id == actor.id and normalize_name(mod.text) in map(normalize_name, actor.names):
            return True  # "GNA Prime Minister N": the body by its own name
        if named is not None and named.type == "STATE" and state is not None and res.entry(named) == state:
            return True
        if state is not None and res.gazetteer.by_demonym(mod.text) == state:
            return True
    return False


def _body_named(token: Token, res: Resolver) -> bool:
    """Whether ``token`` names a body other than a state: an armed group, an organisation, an IGO."""
    actor = res.named(token)
    return actor is not None and actor.type in ("ARMED_GROUP", "ORGANIZATION", "IGO")


def _serves_only(person: Actor, res: Resolver) -> bool:
    """Whether the gazetteer places ``person`` in a state only as one of its officials (``serves``: a minister, a
    spokesman, an army chief), never as its head."""
    known = res.entry(person)
    return known is not None and not known.state and bool(known.serves)


def _known_head(person: Actor, state: Entry | None, res: Resolver) -> bool:
    """Whether the gazetteer knows ``person`` as the head of ``state``."""
    known = res.entry(person)
    return known is not None and state is not None and bool(known.state) and res.gazetteer.lookup(known.state) == state


# What a person named with no title may be read as one of: a state's or a body's.
_AFFILIATIONS = {"poss": ("STATE",), "of": ("STATE", "IGO", "ORGANIZATION", "ARMED_GROUP", "GOVERNMENT"),
                 "from": ("IGO", "ORGANIZATION")}  # "N, from Amnesty International": not "N from Kenya", a native
_AFFILIATION_RULES = {f"affiliation:{how}" for how in _AFFILIATIONS}


def _regions_own_title(token: Token, mods: list[Token], res: Resolver) -> bool:
    """Whether a title's possessor or name modifier is a self-governing region, whose "regional" or "local" office is
    the region's own ("Jubaland's regional president", "Puntland regional leader N"): a place that stands for a
    government."""
    possessors = [c for t in (token, *mods) for c in children_of(t) if c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN"]
    return bool(possessors) and all(
        (a := res.named(p)) is not None and (entry := res.entry(a)) is not None and entry.type == "LOCATION"
        and entry.metonym_of is not None and entry.state is not None and entry.metonym_of != entry.state
        for p in possessors)


def _affiliation(person: Actor, token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Kenya's N", "N of Peru", "N of the Red Cross": a person named without a title, his state or body hung
    on his name -- one of its officials, delegates or staff. A head of state the gazetteer knows leads his own
    state; a figure it knows otherwise, or one the text has shown leading a body ("the rebel chief N ...
    Sudan's N"), is not read: whose man he is, the possessive does not say."""
    if any(c.pos_ == "NOUN" and c.lower_ in WEAPON_SYSTEM_NOUNS for c in token.conjuncts):
        return  # "Israel's Arrow and David's Sling batteries": a weapon system's name, no person's
    bodies = [(c, "poss") for c in children_of(token) if c.dep_ == "poss" and c.pos_ == "PROPN"]
    bodies += [(g, c.lower_) for c in children_of(token) if c.dep_ == "prep" and c.lower_ in _AFFILIATIONS
               for g in children_of(c) if g.dep_ == "pobj"]
    if not bodies or res.led_by(person) is not None:
        return
    body, how = bodies[0]
    actor = res.named(body)
    if actor is None or actor.type not in _AFFILIATIONS[how]:
        return
    if res.entry(person) is not None:
        if _known_head(person, res.entry(actor), res):
            res.note_leader(person, actor)
            yield Candidate([Ref(person, "name")], "leads", [Ref(actor, "name")], token, "affiliation:gazetteer",
                            0.75, clausal=False)
        elif how == "poss" and actor.type == "STATE" and _international_official(res.entry(person), res):
            # "Ethiopia's Tedros Adhanom": the head of an intergovernmental body, hung on a state's name -- his
            # own state's man (no armed leader: "Sudan's Hemedti" is no official of Sudan)
            yield Candidate([Ref(person, "name")], "member_of", [Ref(actor, "name")], token, "affiliation:home-state",
                            0.65, clausal=False)
        return
    entry = res.entry(actor)
    if actor.type == "STATE" and entry is not None:
        res.note_person_state(person, entry)  # "N of Peru said his government ...": Peru's government
    yield Candidate([Ref(person, "name")], "member_of", [Ref(actor, "name")], token, f"affiliation:{how}", 0.7,
                    clausal=False)


def _international_official(entry: Entry, res: Resolver) -> bool:
    """Whether the gazetteer knows a person only as the head of an intergovernmental body (no state of his own)."""
    body = res.gazetteer.lookup(entry.heads) if entry.heads else None
    return not entry.state and body is not None and body.type == "IGO"


def leaders_unaffiliated(candidates: list[Candidate], res: Resolver) -> list[Candidate]:
    """The candidates, less the titleless affiliations ("Kenya's N") of a person the text shows leading a body
    anywhere ("the rebel chief N"): a leader hung on a state's name is not read as its official."""
    leaders = {r.actor.id for c in candidates if c.predicate == "leads" and not c.negated for r in c.subjects}
    return [c for c in candidates if not ((c.rule in _AFFILIATION_RULES or c.rule in _OWNED_BODY_RULES)
                                          and c.predicate == "member_of" and any(
        r.actor.id in leaders or res.led_by(r.actor) is not None for r in c.subjects))]


def heads_not_members(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, less a member reading of an agency head's title ("the coordinator of the X Front, N",
    "X's coordinator, N") where the same title is read as heading the same body, or where the body is an armed
    group or an organisation (a front's, a movement's or a charity's coordinator may well be its head): a bare
    'coordinator' or 'director' of a body leads it; one of an intergovernmental body's or a state's staff ("the
    UN humanitarian coordinator", "Kenya's refugee coordinator") is a member."""
    heads = {(s.actor.id, o.actor.id, c.trigger.sent.start) for c in candidates
             if c.predicate == "leads" and not c.negated for s in c.subjects for o in c.objects}
    return [c for c in candidates if not (
        c.predicate == "member_of" and not c.negated and c.rule in ("title", "apposition:title")
        and _agency_head_titled(c.trigger)
        and all((s.actor.id, o.actor.id, c.trigger.sent.start) in heads or o.actor.type in ("ARMED_GROUP", "ORGANIZATION")
                for s in c.subjects for o in c.objects))]


def _agency_head_titled(token: Token) -> bool:
    """Whether a title reading's trigger is, or is titled by, an agency head's title: the title itself, the
    title the name stands in apposition to ("the coordinator, N"), or one before the name or after it in
    apposition ("X coordinator N", "N, the X coordinator")."""
    near = [token, *children_of(token)] + ([token.head] if token.dep_ == "appos" else [])
    return any(t.lemma_.lower() in AGENCY_HEAD_TITLES and t.pos_ == "NOUN" for t in near)


# "His party, X": the owner's membership, which a leadership the text or the gazetteer states says better
_OWNED_BODY_RULES = {"session31:owners-party-named"}


def home_states_stated(candidates: list[Candidate], res: Resolver) -> list[Candidate]:
    """The candidates, less a title's guessed home state (``title:home-army``: the gazetteer's or the article's
    main state) for a person the text itself ties to another state by a title ("Defence Minister N" in a headline,
    "N, defence minister of X" below it): the state the text names is his."""
    stated: dict[str, set[str]] = {}
    for c in candidates:
        if c.rule != "title:home-army" and c.predicate in ("member_of", "leads") and not c.negated:
            for s in c.subjects:
                if s.actor.type == "PERSON":
                    stated.setdefault(s.actor.id, set()).update(
                        _state_name(o.actor, res) for o in c.objects if o.actor.type in ("STATE", "GOVERNMENT"))
    return [c for c in candidates if not (c.rule == "title:home-army" and any(
        stated.get(s.actor.id, set()) - {_state_name(o.actor, res) for o in c.objects} for s in c.subjects))]


def _state_name(actor: Actor, res: Resolver) -> str:
    """The name of the state an actor is, or whose government it is."""
    entry = res.entry(actor)
    return (entry.state or entry.name) if entry is not None and actor.type == "GOVERNMENT" and entry.state else (
        entry.name if entry is not None else actor.name)


def _chosen_post(title: Token) -> bool:
    """Whether a title is the post a verb of choosing gives ("the Front named a new military commander, N"): the
    chooser's post, not a state's army's (``choosing_verbs``)."""
    return title.dep_ == "dobj" and title.head.lemma_.lower() in CHOOSING_VERBS


def _staff_of_army(title: Token) -> bool:
    """"The Chief of Army Staff, General N": a title whose of-phrase is an army's staff (the parser hangs "Army" on
    "Staff"), as "the army chief of staff" is; the army of no named state."""
    return any(p.dep_ == "pobj" and p.lower_ == "staff" and any(
                   c.dep_ == "compound" and c.lower_ in ARMY_NOUNS and not list(children_of(c)) for c in children_of(p))
               for prep in children_of(title) if prep.dep_ == "prep" and prep.lower_ == "of" for p in children_of(prep))


def _home_army(person: Actor, predicate: str, token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Army spokesman Colonel N", "army chief N": a title in an army that names no state -- the army (its
    government) of the state the gazetteer places him in, else of the article's home state."""
    entry = res.state_of(person)
    own = res.unknown_governed_state(token) if entry is None else False
    if own is not False:
        # "the government of Tessaly sent envoys to Muscat ... Defence Minister N": the state only the text
        # knows is his, not the host the gazetteer counts (an army chief there leads no state: nothing)
        if own is not None and predicate == "member_of":
            yield Candidate([Ref(person, "name")], predicate, [Ref(own, "anaphor")], token, "title:home-army", 0.7,
                            clausal=False)
        return
    if entry is None and res.label_state(token) is None and (dominant := _title_home(token, res)) is not None \
            and res.told_by(dominant, token):
        entry = dominant  # (not a state the text names only later: a bystander, perhaps; nor past an item's label)
    state = res.state_actor(entry) if entry is not None else _home_state(token, res)
    labelled = res.label_state(token)  # (the item's label is no other party: "Colombia: Defence Minister N said")
    if state is None or (_other_party(token, state, res) and (labelled is None or labelled.id != state.id)) \
            or (entry is not None and _home_state(token, res, entry, so_far=predicate == "member_of") is None):
        return
    known = res.entry(state) or res.gazetteer.lookup(state.name)
    if predicate == "leads" and _serves_only(person, res):
        predicate = "member_of"  # "army chief N", N a state's official the gazetteer knows: one of its officials
    if known is not None and predicate == "leads" and (army := res.army_named(state)) is not None:
        # "army chief N" where the text names the state's land force ("the Veltrian Armed Forces"): he commands
        # that force, not the government
        yield Candidate([Ref(person, "name")], predicate, [Ref(army, "name")], token, "title:home-army", 0.7,
                        clausal=False)
    elif known is not None:
        yield Candidate([Ref(person, "name")], predicate, [Ref(res.government(known), "anaphor")], token,
                        "title:home-army", 0.7, clausal=False)


def _name_clause(token: Token) -> tuple[Token, Token]:
    """The phrase a person's name stands in (up through nouns and prepositions: "Foreign Minister N of X") and the
    word that phrase hangs on, its clause's verb."""
    phrase = token
    while phrase.head != phrase and phrase.head.pos_ in ("NOUN", "PROPN", "ADP"):
        phrase = phrase.head
    return phrase, phrase.head


def _other_party(token: Token, state: Actor, res: Resolver) -> bool:
    """Whether ``state`` is another argument of the clause that holds the person's name: "President N
    accused X", "X helped the government of President N" -- X is another state, not his. What he says
    ("N said the army attacked Y in X") is not his clause's argument."""
    phrase, clause = _name_clause(token)
    reported = [c for c in children_of(clause) if c.dep_ in ("ccomp", "advcl", "parataxis", "relcl", "conj")]
    for t in clause.subtree:
        if phrase.left_edge.i <= t.i <= phrase.right_edge.i or any(c.left_edge.i <= t.i <= c.right_edge.i
                                                                     for c in reported):
            continue
        if _clause_venue(t, clause):
            continue  # "In X's capital, Prime Minister N said ...": where he speaks, no party to his clause
        if state.id in res.states_between(t.i, t.i + 1):  # by name, capital ("flew to Kigali") or demonym
            return True
    return False


def _voices_other_state(token: Token, state: Actor, res: Resolver) -> bool:
    """Whether the clause that holds the person's name speaks from or for another state than ``state``: he
    announces what another state will do ("Foreign Secretary N said Britain would release the assets": a
    commitment is made for one's own state), or speaks in a place the gazetteer puts in another state ("In
    London, Foreign Secretary N said ..."). An official of no state the gazetteer knows is then not the article's
    state's. What another state did is not enough: "Foreign Minister N said Turkey backed the rebels" is the
    article's state's minister accusing Turkey."""
    phrase, clause = _name_clause(token)
    if phrase.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # (the subject of a reported clause whose verb carries a commitment modal: "said Britain would ...")
    announced = [s for c in children_of(clause) if c.dep_ == "ccomp"
                 and any(a.dep_ == "aux" and a.lower_ in COMMITMENT_MODALS for a in children_of(c))
                 for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass")]
    venues = [t for t in clause.subtree if _clause_venue(t, clause)]
    for t in (*announced, *venues):
        found = res.states_between(t.i, t.i + 1)
        if found and state.id not in found:
            return True
    return False


def _spoken_elsewhere(token: Token, state: Actor, res: Resolver) -> bool:
    """Whether the clause that holds the person's name is set in a named place that is not in ``state`` ("In
    Senjar's capital, Prime Minister N said ..."): he speaks at home there, not for the one state the text names."""
    _, clause = _name_clause(token)
    # (a state, or the owner of the place: "in X's capital"; a bare town, "In Tarsk", may well lie in ``state``)
    return any(_clause_venue(t, clause) and (named := res.named(t)) is not None and (
        named.type in ("STATE", "GOVERNMENT") or t.dep_ == "poss") and state.id not in res.states_between(t.i, t.i + 1)
               for t in clause.subtree)


def _clause_venue(tok: Token, clause: Token) -> bool:
    """Whether ``tok`` is in a place adjunct of ``clause`` ("in X's capital", "in X"): the place preposition
    (``PLACE_PREPOSITIONS``) hangs on the clause's verb, and only nouns and their owners lie between."""
    while tok.head != tok and tok.dep_ in ("poss", "compound", "pobj", "amod", "nmod"):
        if tok.dep_ == "pobj":
            prep = tok.head
            return prep.lower_ in PLACE_PREPOSITIONS and prep.dep_ == "prep" and prep.head == clause
        tok = tok.head
    return False


def _paragraph_leader(person: Actor, token: Token, res: Resolver) -> Iterator[Candidate]:
    """"President N" unknown to the gazetteer, in a paragraph that names one state, the one the article
    names most: its president; else the article's home state, if his paragraph puts no other in play."""
    if _title_owned(token):
        return  # "Vosk's president, N": the owner the title names, unread, is no one else's state to guess
    # the paragraph that introduces him says whose president he is: a later one that names one state only may be
    # his rival's ("X denied it. Its minister said President N was lying")
    # (a headline or paragraph that introduces him naming no state says nothing either way)
    first = res.first_named(person)
    told = first is not None and first.i < token.i and bool(res.paragraph_states(first))
    state, rule = res.paragraph_state(first if told else token), "title:paragraph"
    if state is None:
        state, rule = _home_state(token, res, later_local=True), "title:home"
    if state is not None and not _other_party(token, state, res):
        if rule == "title:paragraph":  # a guess from the article as a whole does not make him speak for it
            res.note_leader(person, state)
        yield Candidate([Ref(person, "name")], "leads", [Ref(state, "name")], token, rule, 0.65,
                        clausal=False)


def _title_owned(token: Token) -> bool:
    """Whether the title of a person's name has a proper name for its owner ("Vosk's president, N", "N, Vosk's
    president"): the title says whose he is, even where the owner's name was read as no actor."""
    titles = [token, *(c for c in children_of(token) if c.dep_ in ("appos", "compound"))]
    if token.dep_ == "appos":
        titles.append(token.head)
    # ("the President of the Commission, N": a body's organ, whose owner the resolver reads or, with two, leaves)
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for t in titles for c in children_of(t)) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lower_ in IGO_ORGAN_NOUNS for p in children_of(c))
        for t in titles for c in children_of(t))


def _title_home(token: Token, res: Resolver) -> Entry | None:
    """The state whose official a bare minister's or army title is ("Interior Minister N said"): the one the
    article dominates with, else the state it is filed from (``Resolver.home_state``) where the title's sentence
    names no other state but as a party to his own clause -- "Minister N said Xian forces were on alert" may be a
    Xian minister's words, whatever the dateline."""
    dominant = res.dominant_state()
    if dominant is not None:
        return None if _opens_on_other_state(dominant, res) else dominant
    home = res.home_state()
    if home is None:
        return None
    sent = token.sent
    if any(s.id != res.state_actor(home).id and not _other_party(token, s, res)
           for s in res.states_between(sent.start, sent.end).values()):
        return None
    return home


def _opens_on_other_state(dominant: Entry, res: Resolver) -> bool:
    """Whether the headline and lead name one state only, and not ``dominant``: a story that opens on Mozambique and
    then tells at length of Rwanda's troops there leaves whose a bare "Defence Minister N" is open, as
    ``_home_state`` does (ref44f)."""
    opening = res.opening_state()
    return opening is not None and opening.id != res.state_actor(dominant).id


def _home_state(token: Token, res: Resolver, dominant: Entry | None = None, so_far: bool = False,
                later_local: bool = False) -> Actor | None:
    """The state a title naming none belongs to: the one state the article's opening (headline, dateline, lead)
    names, if no other dominates the article -- unless the title's paragraph names another state that is not
    merely a party to the titled person's own clause ("President N accused X")."""
    if dominant is not None:  # the caller's own home: the state the article clearly dominates with
        home = res.state_actor(dominant)
    elif (labelled := res.label_state(token)) is not None:  # a round-up's "Israel: ... Defence Minister N said"
        home = labelled
    else:
        home, dominant = res.opening_state(), res.dominant_state()
        if home is None or (dominant is not None and res.state_actor(dominant).id != home.id):
            return None
    # (with ``so_far``, a minister's or an army officer's title: a state the paragraph names only after his
    # sentence cannot have told the reader whose he is)
    named = res.paragraph_states_so_far(token) if so_far else res.paragraph_states(token)
    if later_local:  # (with ``later_local``, a president's title: a state the text alone makes one ("neighbouring
        # X"), named only after his sentence in a list's paragraph, did not tell whose he is (type47))
        told = res.paragraph_states_so_far(token)
        named = {k: s for k, s in named.items() if k in told or not res.is_local(s)}
    others = [s for s in named.values() if s.id != home.id]
    if any(not _other_party(token, s, res) for s in others):
        return None
    return home


def _leads_by(token: Token) -> bool:
    """Whether the name is the agent of a verb of leading ("the council, headed by President N")."""
    agent = token.head if token.dep_ == "pobj" else None
    verb = agent.head if agent is not None and agent.dep_ == "agent" else None
    return verb is not None and any(f.predicate == "leads" and f.particle is None
                                     for f in VERB_FRAMES.get(verb.lemma_.lower(), ()))


def _two_word_titles(words: set[str]) -> set[str]:
    """The two-word titles whose words are all among ``words`` ("prime" and "minister": "prime minister")."""
    return {t for t in TWO_WORD_LEADER_TITLES if set(t.split()) <= words}


def _bare_head_of_state(person: Actor, title: Token, res: Resolver) -> Iterator[Candidate]:
    """"The Prime Minister, Mrs N,": a head of state's title that names no state -- the state the gazetteer
    knows him for, else, for a person it does not know, the one state of his paragraph."""
    words = {title.lower_} | {c.lower_ for c in children_of(title) if c.dep_ in ("compound", "amod") and c.i < title.i}
    words |= _two_word_titles(words)
    if not words & STATE_LEADER_TITLES or words & (FORMER_TITLE_WORDS | RANK_MODIFIERS) \
            or any(c.dep_ in ("poss", "prep", "compound", "amod") and res.gazetteer.by_demonym(c.text)
                   for c in children_of(title)):
        return
    entry = res.state_of(person)
    if entry is not None:
        state = res.state_actor(entry)
        res.note_leader(person, state)
        yield Candidate([Ref(person, "name")], "leads", [Ref(state, "name")], title, "apposition:gazetteer", 0.75,
                        clausal=False)
    elif res.entry(person) is None:
        yield from _paragraph_leader(person, title, res)


def _gazetteer_body(person: Actor, body: Entry, token: Token, res: Resolver, rule: str) -> Iterator[Candidate]:
    """``person`` leads ``body``, the one the gazetteer knows him to head."""
    actor = res.state_actor(body)  # (registers any entry, not only a state's)
    res.note_leader(person, actor)
    yield Candidate([Ref(person, "name")], "leads", [Ref(actor, "name")], token, rule, 0.75, clausal=False)


def _bare_body_head(person: Actor, title: Token, res: Resolver) -> Iterator[Candidate]:
    """"The Secretary-General, N,": a leader's title that names no body -- the body the gazetteer knows him to
    head. Not a rank ("the general, N,"), a former or a deputy's title, nor a head of state's."""
    words = {title.lemma_.lower()} | {c.lower_ for c in children_of(title) if c.dep_ in ("compound", "amod")}
    if title.lemma_.lower() not in LEADER_TITLES or _rank(title) or words & (FORMER_TITLE_WORDS | RANK_MODIFIERS | HEAD_OF_STATE_TITLES) \
            or any(c.dep_ in ("poss", "prep", "compound", "amod") and (res.named(c) or res.gazetteer.by_demonym(c.text))
                   for c in children_of(title)):
        return
    body = res.body_of(person)
    if body is not None:
        yield from _gazetteer_body(person, body, title, res, "apposition:gazetteer-body")


def _bare_minister(person: Actor, title: Token, res: Resolver) -> Iterator[Candidate]:
    """"The defence minister, N,": a portfolio that names no state -- an official of the state the gazetteer
    knows him for, else of the one the article clearly dominates with, else of its home state."""
    if title.lemma_.lower() not in MINISTER_TITLES or any(c.lower_ in FORMER_TITLE_WORDS | RANK_MODIFIERS for c in children_of(title)):
        return
    if _title_owned(title):
        return  # "Almara's foreign minister, N": the owner the title names, unread, is no other state to guess
    portfolio = _portfolio_of_unnamed_ministry(title, res)
    if any(c.dep_ == "prep" for c in children_of(title)) and not portfolio:
        return  # "the Minister of Defence, N": annotators read him as heading the ministry as often as not
    words = {c.lower_ for c in children_of(title) if c.dep_ in ("compound", "amod")} | portfolio
    if not words or not words <= PORTFOLIO_WORDS | DEPUTY_MODIFIERS:
        return  # "the minister", "the opposition's shadow minister": whose, the text does not say
    entry = res.state_of(person) or res.dominant_state()
    state = res.state_actor(entry) if entry is not None else _home_state(title, res)
    if portfolio and state is not None and res.state_of(person) is not None:
        # ("the Minister of Defence, N": the text's own state, never a namesake's the gazetteer knows elsewhere)
        text = res.dominant_state()
        text_state = res.state_actor(text) if text is not None else _home_state(title, res)
        if text_state is None or text_state.id != state.id:
            return
    if state is not None and not _other_party(title, state, res):
        yield Candidate([Ref(person, "name")], "member_of", [Ref(state, "name")], title, "apposition:portfolio",
                        0.7, clausal=False)


def _portfolio_of_unnamed_ministry(title: Token, res: Resolver) -> set[str]:
    """"The Minister of Defence, N", "the Minister of Foreign Affairs, N": a minister's title whose only
    phrase is "of" a portfolio (``portfolio_words``, no state among them) is read as "the defence minister, N"
    is -- unless the text, before him, names that portfolio's ministry as a body with its state ("the Ministry of
    Defence of X", ``_ministry_named_with_state``), which he then heads, as annotators read it (off49)."""
    preps = [c for c in children_of(title) if c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].lower_ not in ("of", "for"):
        return set()  # ("the Minister for Defence", "the Minister for the Interior" too: typ59)
    objs = [p for p in children_of(preps[0]) if p.dep_ == "pobj"]
    # (the line break that ends a signature line hangs on its last word: no word of the portfolio)
    if len(objs) != 1 or not all(c.dep_ in ("compound", "amod", "cc", "conj") or c.is_space
                                 or (c.dep_ == "det" and c.lower_ == "the") for c in children_of(objs[0])):
        return set()
    words = {w for t in objs[0].subtree for w in t.lower_.split()} - {"the"}  # (a merged name: "Foreign Affairs")
    if not words <= PORTFOLIO_WORDS or "state" in words:
        return set()  # ("Minister of State": no portfolio; "Minister of Defence of X": the state it names)
    if any(_ministry_named_with_state(tok, words, res) for tok in title.doc[:title.i]):
        return set()
    return words


def _ministry_named_with_state(tok: Token, portfolio: set[str], res: Resolver) -> bool:
    """Whether a token opens the full name of the portfolio's ministry with its state: "the Ministry of Defence of
    (the Republic of) X", "the Xian Ministry of Defence" (a token or a merged name, ``ministry_heads``); not a bare
    "Ministry of Defence" heading a statement, its state after a comma, which names no body of its own."""
    words = tok.lower_.removeprefix("the ").split()
    head = next((k for k, w in enumerate(words[:2]) if w in MINISTRY_HEADS), None)
    if head is None or not tok.text[:1].isupper():
        return False
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and end < tok.i + 10 and not doc[end].is_space and (
            doc[end].text.removeprefix("the ")[:1].isupper() or doc[end].lower_ in MINISTRY_NAME_LINKS):
        end += 1
    name = words + " ".join(t.lower_ for t in doc[tok.i + 1:end]).split()
    own = portfolio - MINISTRY_NAME_LINKS - {"affairs", "national", "public"}
    if not own or not own <= set(name[head + 1:head + 2 + len(portfolio)]) | set(words[:head]):
        return False
    if head == 1:  # "the Xian Ministry of Defence": the demonym or state its name opens with
        return res.gazetteer.by_demonym(tok.text.split()[-len(words)]) is not None or bool(res.states_between(tok.i, tok.i + 1))
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i and res.states_between(c.i, c.i + 1)
           for c in children_of(tok)):
        return True  # ("the Xian Ministry of Defence", "X's Ministry of Defence": the owner before its head)
    rest = name[head + 2:]
    return "of" in rest and (bool(res.states_between(tok.i + 1, end)) or any(
        (e := res.gazetteer.lookup(" ".join(rest[k + 1:]).title())) is not None and e.type == "STATE"
        for k, w in enumerate(rest) if w == "of"))


def _paired_heads(first: Token, title: Token, res: Resolver) -> Iterator[Candidate]:
    """"A and B, the two prime ministers": each leads, in order, one of the states of the nearest coordination
    of as many states before them, in this sentence or the last ("the British and Irish governments")."""
    words = {title.lemma_.lower()} | {c.lower_ for c in children_of(title) if c.dep_ in ("compound", "amod")}
    words |= _two_word_titles(words)
    if title.tag_ != "NNS" or not words & HEAD_OF_STATE_TITLES or words & (FORMER_TITLE_WORDS | RANK_MODIFIERS):
        return
    people = sorted((t for t in (first, *first.conjuncts) if (a := res.named(t)) is not None and a.type == "PERSON"),
                    key=lambda t: t.i)
    if len(people) < 2:
        return
    sent = first.sent
    start = first.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(first.doc[start:first.i]):
        group = sorted({tok, *tok.conjuncts}, key=lambda t: t.i)
        states = [found[0] for g in group if len(found := list(res.states_between(g.i, g.i + 1).values())) == 1]
        if len(states) == len(group) == len(people) and len({s.id for s in states}) == len(states):
            pairs = list(zip(people, states))
            if any((known := res.state_of(res.named(p))) is not None and res.state_actor(known).id != s.id
                   for p, s in pairs):
                return  # the gazetteer places one of them elsewhere: the order is not theirs
            for p, s in pairs:
                yield Candidate([Ref(res.named(p), "name")], "leads", [Ref(s, "name")], title, "apposition:pair", 0.7,
                                clausal=False)
            return


def _government_above(token: Token) -> Token | None:
    """The government noun a name hangs from: "N's government", "the government of N"."""
    head = token.head if token.dep_ == "poss" else token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return head if head is not None and head.lower_ in GOVERNMENT_NOUNS else None


def _named_government_of(token: Token, res: Resolver) -> bool:
    """Whether a name hangs by "of" from a named government ("the Government of National Unity of Prime Minister N",
    "the Transitional Government of President N"): the title is his post in that body, which may be one of two
    rival governments of a divided state; which state he heads, the text does not say (prec37a)."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    named = res.named(head) if head is not None else None
    # (NER may type the body an organisation: its name says it governs)
    return named is not None and (named.type == "GOVERNMENT" or named.type == "ORGANIZATION" and any(
        w in GOVERNING_NAME_WORDS for w in named.name.lower().split()))


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


def _peer_apposition(person: Actor, title: Token, res: Resolver) -> Iterator[Candidate]:
    """"his Rwandan counterpart, N", "the Somali counterpart, N": a peer title in apposition reads as it does before
    the name (title_rule) -- one of the officials of the one state its demonym names, and that state's head where
    the gazetteer knows him as its head and no minister was the counterpart's peer, or where his peer is a head of
    state the text has named (ref40)."""
    refs = [r for c in children_of(title) if c.dep_ in ("amod", "compound") and c.i < title.i
            and res.gazetteer.by_demonym(c.text) is not None and (r := _organisation(c, res, False)) is not None]
    entry = res.entry(refs[0].actor) if len(refs) == 1 else None
    if entry is None or entry.type != "STATE":
        return
    minister = any(t.lower_ in MINISTER_TITLES for t in title.sent if t.i < title.i)
    # ("her Ecuadorian counterpart, N", "her" a head of state the text has named: he heads his state as she does hers)
    peers = [r.actor for c in children_of(title) if c.dep_ == "poss" and c.pos_ == "PRON" for r in res.refs(c, ACTOR)
             if r.actor.type == "PERSON"]
    peer_heads = len(peers) == 1 and (led := res.led_by(peers[0])) is not None and led.type == "STATE"
    predicate = "leads" if _known_head(person, entry, res) and not minister or peer_heads else "member_of"
    if predicate == "leads":
        res.note_leader(person, refs[0].actor)
    yield Candidate([Ref(person, "name")], predicate, refs, title, "apposition:peer", 0.85, clausal=False)


def _title_body(title: Token, res: Resolver, slots: tuple[str, ...]) -> tuple[str, list[Ref]]:
    """What a title noun says: "the leader of Y" leads Y; "a senior commander of Y" is a member of Y."""
    shared = title.lemma_.lower() in CO_SHARED_TITLES  # "the co-chair of X" leads it with another
    # (a title in apposition is another post: "its leader, N, once M's deputy," is no deputy of its own body)
    # ("the group's top commander": the one at its head; "a top commander": one of several)
    definite = title.tag_ == "NN" and title.lemma_.lower() not in RANK_LEADER_TITLES and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in children_of(title))
    ranked = any(c.lower_ in RANK_MODIFIERS | {"a", "an"} and not (shared and c.lower_ in SHARED_TITLE_PREFIXES) and c.dep_ != "appos"
                 and not (definite and c.lower_ in DEFINITE_RANK_MODIFIERS) for c in children_of(title)) \
        or (_prefixed_rank(title) and not shared)
    if ranked and all(c.lower_ in SUBNATIONAL_MODIFIERS for c in children_of(title) if c.lower_ in RANK_MODIFIERS | {"a", "an"}) \
            and _regions_own_title(title, [], res):
        ranked = False  # "Jubaland's regional president": the region's own head, not one of the state's many
    if title.lemma_.lower() in POSTING_TITLES:  # "the UN envoy for Yemen": Yemen is his posting
        slots = tuple("prep:of" if s.startswith("prep:") else s for s in slots)
    if _hyphen_cut_compound(title):  # "the SSC-Khatumo leader": the name cut at its hyphen is no body of its own
        slots = tuple(s for s in slots if s != "compound")
    orgs = [r for slot in slots for r in _slot(title, slot, res, ACTOR)]
    if title.lemma_.lower() in PRESS_TITLES:  # "our Moscow correspondent, N": a posting; "a Reuters correspondent": his employer
        orgs = [r for r in orgs if r.actor.type not in ("STATE", "GOVERNMENT", "LOCATION")]
        if any(c.dep_ == "poss" for c in children_of(title)):
            orgs = _press_employers(title, orgs, res)
    if not orgs and "prep:of|for" in slots and (portfolio := _portfolio_of_title(title)) is not None:
        orgs = _slot(portfolio, "prep:of", res, ACTOR)  # "the Minister of Defence of X": X's, past the portfolio
    if not orgs and "prep:of|for" in slots and (forces := _forces_of_phrase(title, res)) is not None \
            and forces.head.head.lower_ in STAFF_NOUNS:
        orgs = _slot(forces.head.head, "prep:of", res, ACTOR)  # "the chief of staff of Ghana's armed forces": Ghana's
    if "poss" in slots and (own := _participle_owner(title, res)) is not None:
        # "the Front, led by its chairman N", "the view of the Front, voiced by its spokesman N": the pronoun
        # owns the title for the body the participle's "by" phrase follows, whatever the sentence's subject
        orgs = [own, *(r for slot in slots if slot != "poss" for r in _slot(title, slot, res, ACTOR))]
    if definite and any(r.actor.type in ("STATE", "GOVERNMENT") for r in orgs) and any(
            c.lower_ in DEFINITE_RANK_MODIFIERS for c in children_of(title)):
        ranked = True  # "Kenya's top commander": he commands its forces, one of the state's officials
    if not orgs and _prefixed_rank(title):  # "the group's co-founder": the parse may hang the owner on "co"
        orgs = [r for slot in slots if slot == "poss" for r in _slot(title.doc[title.i - 2], slot, res, ACTOR)]
    if any(c.dep_ == "compound" and c.lower_ in DEPARTMENT_MODIFIERS for c in children_of(title)):
        ranked = True  # "the UN human rights chief": the head of a department, a member of the body
    if _service_branch_title(title, res):
        ranked = True  # "X's navy commander, N": he commands one branch of X's forces, one of its officials (off50)
    if _rank(title) and not any(c.dep_ == "poss" for c in children_of(title)):
        # "the Canadian general, N": a rank; he serves a body the title names, not his state
        return "member_of", [r for r in orgs if r.actor.type != "STATE"]
    # "Ethiopia's prime minister, N": a compound title ("prime minister") may lead where its head does not
    names = {title.lemma_.lower(), *(f"{c.lower_} {title.lemma_.lower()}" for c in children_of(title)
                                     if c.dep_ in ("compound", "amod") and c.i == title.i - 1)}
    # "X's chief of staff", "head of communications": a post on the staff, not the head of the body
    # ("the army chief of staff", "the general staff" of a state's forces: its commander)
    staff = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lower_ in STAFF_TITLE_COMPLEMENTS and not any(m.lower_ in GENERAL_STAFF_MODIFIERS for m in children_of(g)) for g in children_of(c))
        for c in children_of(title)) and not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ARMY_NOUNS
                                             for c in children_of(title))
    # "the head of X's delegation", "X's delegation chief": he leads the party X sends, one of its officials
    staff = staff or _delegation_head(title) or _commands_in_place(title, res)
    predicate = "leads" if names & LEADER_TITLES and not ranked and not staff else "member_of"
    return predicate, orgs


def _portfolio_of_title(title: Token) -> Token | None:
    """The portfolio a minister's title names in its of-phrase, whose own of-phrase names the state ("the Minister
    of Foreign Affairs of X", "the Secretary of Defence of X": ``portfolio_words``, ``minister_titles``); None where
    the of-phrase is no portfolio ("the minister of a rebel government")."""
    if title.lemma_.lower() not in MINISTER_TITLES:
        return None
    for prep in children_of(title):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in children_of(prep):
            words = [w for t in pobj.subtree if t.i <= pobj.i for w in t.lower_.split()]
            if pobj.dep_ == "pobj" and words and set(words) <= PORTFOLIO_WORDS and pobj.text[:1].isupper():
                return pobj
    return None


def _participle_owner(title: Token, res: Resolver) -> Ref | None:
    """The body a neuter possessive ("its", "their") owning ``title`` stands for where the title is the object of a
    participle's "by" phrase set off by a comma right after that body's name ("the Front, led by its chairman N",
    "the stance of the Front, voiced by its spokesman N"): the name before the comma, an armed group, an
    organisation or an IGO; None elsewhere (and where no name stands there, or a person's or a place's)."""
    owner = next((c for c in children_of(title) if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None or owner.lower_ not in BODY_POSSESSIVES or title.dep_ != "pobj":
        return None
    by = title.head
    if by.lower_ != "by" or by.dep_ != "agent":
        return None
    participle = by.head
    if participle.tag_ != "VBN" or participle.dep_ not in ("acl", "advcl") or participle.i < 2:
        return None
    comma, name = title.doc[participle.i - 1], title.doc[participle.i - 2]
    if comma.text != "," or res.named(name) is None:
        return None
    refs = [r for r in res.refs(name, ACTOR) if r.actor.type in ("ARMED_GROUP", "ORGANIZATION", "IGO")]
    return refs[0] if len(refs) == 1 else None


def _press_employers(title: Token, orgs: list[Ref], res: Resolver) -> list[Ref]:
    """The bodies a journalist's title owned by someone names as his employer: the owner's, never a body named
    before the title, which is his beat ("our UN correspondent, N", "the paper's NATO reporter, N": he covers the
    UN or NATO; "the BBC's Africa correspondent, N" serves the BBC) (prec58)."""
    beats = {r.actor.id for r in _slot(title, "compound", res, ACTOR)}
    owners = {r.actor.id for r in _slot(title, "poss", res, ACTOR)}
    return [r for r in orgs if r.actor.id not in beats or r.actor.id in owners]


def _hyphen_cut_compound(title: Token) -> bool:
    """Whether a name before a title runs on past an unspaced hyphen into a capitalised word the title also has
    for modifier ("the SSC-Khatumo leader", "the Ahlu-Sunna commander"): the tokenizer cut one name in two, and
    the part the recogniser read as a body ("SSC") is not the body the title serves (prec37a)."""
    doc = title.doc
    for c in children_of(title):
        if c.dep_ != "compound" or c.i < 2 or c.pos_ != "PROPN" or not c.text[:1].isupper():
            continue
        hyphen, before = doc[c.i - 1], doc[c.i - 2]
        if hyphen.text == "-" and not hyphen.whitespace_ and not before.whitespace_ and before.pos_ == "PROPN":
            return True
    return False


def _delegation_head(title: Token) -> bool:
    """Whether a title heads a body's delegation or team, not the body: "head of the X delegation", "the
    team leader", "chief of X's negotiating team"."""
    return any(c.dep_ == "compound" and c.lower_ in DELEGATION_NOUNS for c in children_of(title)) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in DELEGATION_NOUNS
                                                      for g in children_of(c)) for c in children_of(title))


def _commands_in_place(title: Token, res: Resolver) -> bool:
    """Whether a commander's title is held in a place ("X's commander in Gao", "the group's chief in the
    north-east region of Y"; adv37: "the Argentine commander on the islands", "the Turkish commander at the
    base"): he commands X's forces there, one of its officers, not X."""
    return title.lemma_.lower() in COMMAND_TITLES and any(
        c.dep_ == "prep" and c.lower_ in COMMAND_PLACE_PREPOSITIONS and any(
            _held_place(p, res) for p in children_of(c) if p.dep_ == "pobj")
        for c in children_of(title))


def _held_place(pobj: Token, res: Resolver) -> bool:
    """A named place, or a definite common noun of a place or a landform ("the islands", "the base")."""
    named = res.named(pobj)
    if named is not None:
        return named.type in ("LOCATION", "STATE")
    return pobj.pos_ == "NOUN" and pobj.lemma_.lower() in PLACE_NOUNS | LANDFORM_NOUNS | REGION_NOUNS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(pobj))


def counted_titles(title: Token) -> bool:
    """Whether a plural title is counted out of a set by the word its "of" hangs from ("*one* of the commanders of
    X", "two of the leaders of Y"): a person named for it holds one of several such posts, none of them the head.

    >>> # "One of the commanders of the Velmar Front, N, was killed": N is a member, not the Front's leader
    """
    prep = title.head if title.dep_ == "pobj" else None
    return title.tag_ == "NNS" and prep is not None and prep.lower_ == "of" and (
        prep.head.like_num or prep.head.lower_ in COUNTING_QUANTIFIERS)


def _title_over(body: Token) -> Token | None:
    """The title noun whose "of"/"for" phrase ``body`` ends: "a spokesman for *the army*"."""
    prep = body.head if body.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("of", "for") or prep.head.pos_ != "NOUN":
        return None
    title = prep.head
    return title if title.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES else None


def _prefixed_rank(title: Token) -> bool:
    """A title with a rank prefix the tokenizer split off ("co-founder", "vice-president"): one of several."""
    return _hyphen_prefix(title) in RANK_MODIFIERS


def _possessor_of(title: Token, ref: Ref, res: Resolver) -> bool:
    """Whether ``ref`` is what the title's possessor names ("Syria" in "Syria's opposition leader")."""
    return any(c.dep_ == "poss" and any(r.actor.id == ref.actor.id for r in res.refs(c, ACTOR)) for c in children_of(title))


def _rank(title: Token) -> bool:
    """A leader's title that is a military rank ("general"), not part of a compound title ("Secretary-General")."""
    joined = title.i > 0 and title.doc[title.i - 1].text in ("-", "‐", "–") and not title.doc[title.i - 1].whitespace_
    # "Secretary General N", without the hyphen
    compound = title.i > 0 and title.doc[title.i - 1].lower_ in GENERAL_COMPOUND_HEADS
    return title.lemma_.lower() in RANK_LEADER_TITLES and not joined and not compound


def _service_branch_title(title: Token, res: Resolver) -> bool:
    """prec50: a leader title after a branch of a state's forces told by common nouns ("Ukraine's ground forces
    commander, N", "Chile's navy chief, N"; ``service_branch_modifiers``): he commands that branch, not the state.
    Not a branch the text names as a body of its own ("the Quds Force commander"): a name is no common noun."""
    for c in children_of(title):
        if c.dep_ != "compound" or c.i > title.i or res.named(c) is not None:
            continue
        words = list(c.subtree)
        # (the tagger may read "navy" as a proper noun; a branch told by a name of its own is an entity)
        if all(w.pos_ in ("NOUN", "ADJ", "PROPN") and not w.ent_type_ for w in words) \
                and " ".join(w.lower_ for w in words) in SERVICE_BRANCH_MODIFIERS:
            return True
    return False


def _forces_of_phrase(title: Token, res: Resolver) -> Token | None:
    """off57: the forces of a state, or one of their branches, told by common nouns in a leader title's of-phrase
    ("N, the commander of Iran's army", "the head of Uganda's navy", "chief of the Kenyan armed forces";
    ``army_nouns``, ``service_branch_modifiers``), or past a staff ("the chief of staff of Ghana's armed forces"):
    he commands the state's forces, one of its officials, as "Iran's army chief" reads -- not the head of the
    state or of its government. None for a force told by a name of its own ("the commander of the Kenya Defence
    Forces": he leads it).

    >>> # "Samuel Obote, the head of Uganda's navy,": Obote member_of Uganda, not leads
    """
    for pobj in _of_objects(title):
        if pobj.lower_ in STAFF_NOUNS:
            pobj = next(iter(_of_objects(pobj)), None)
            if pobj is None:
                continue
        if pobj.ent_type_ or res.named(pobj) is not None:
            continue
        words = [w.lower_ for w in pobj.subtree if w.i < pobj.i and w.dep_ in ("amod", "compound")] + [pobj.lower_]
        if pobj.lower_ in ARMY_NOUNS or pobj.lower_ in SERVICE_BRANCH_MODIFIERS or " ".join(words[-2:]) in SERVICE_BRANCH_MODIFIERS:
            return pobj
    return None


def _of_objects(token: Token) -> list[Token]:
    """The objects of ``token``'s "of" phrases ("chief of staff": [staff])."""
    return [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]


def _state_command_title(title: Token, ref: Ref) -> bool:
    """prec51: a bare title of command whose owner is a state told by its name ("Kenya's commander, N", "the
    commander of Velia, N"; ``command_titles``): he commands the state's forces, one of its officials, not the head of
    the state (read as an army chief's title is). Not "commander-in-chief", the head of state's own title."""
    if ref.actor.type != "STATE" or ref.kind != "name" or title.lemma_.lower() not in COMMAND_TITLES:
        return False
    doc = title.doc
    return not (title.i + 2 < len(doc) and doc[title.i + 1].text in ("-", "‐", "–") and not title.whitespace_
                and doc[title.i + 2].lower_ == "in")


def _named_state_unit(c: Token, title: Token, res: Resolver) -> bool:
    """w50c: a unit of a state's forces or services told by a name of its own between the state's possessive and a
    title ("Iran's Quds Force commander, N", "Veltria's Sentinel Bureau chief, N"): the title is the unit's, not the
    state's (the gazetteer types such a unit GOVERNMENT, as it types the state's government, which is not meant:
    "Veltria's Government spokesman")."""
    if c.dep_ != "compound" or c.i > title.i or c.pos_ != "PROPN":
        return False
    named = res.named(c)
    if named is None or named.type != "GOVERNMENT":
        return False
    for p in children_of(title):
        if p.dep_ != "poss":
            continue
        for r in res.refs(p, ACTOR):
            if r.actor.type == "STATE" and r.actor.id != named.id:
                state = res.entry(r.actor)
                own = res.gazetteer.government_of(state) if state is not None else None
                return own is None or own.name != named.name
    return False


def _army_official(ref: Ref, res: Resolver) -> tuple[str, Ref]:
    """What an army chief's title says of the body it names: "Kenya's army chief N" commands the state's
    forces, which the text names by no name of their own and the graph holds as the state's government --
    an official of the state, not the head of its government. A named army ("the Veltrian Defence
    Forces") he leads, as he leads the one army the text names for the state ("the Kenya Defence Forces ...
    Kenya's army chief, N": :meth:`Resolver.army_named`)."""
    if ref.actor.type in ("STATE", "GOVERNMENT") and (army := res.army_named(ref.actor)) is not None:
        return "leads", Ref(army, ref.kind)
    if ref.actor.type == "STATE":  # "Kenya's defence chief N": the state itself named -- one of its officials
        return "member_of", ref
    entry = res.entry(ref.actor)
    state = res.gazetteer.governed_state(entry)
    if state is not None and state.type == "STATE":
        return "member_of", Ref(res.state_actor(state), ref.kind)
    return "leads", ref


def _states_differ(person: Actor, body: Actor, res: Resolver, head_title: bool = False) -> bool:
    """Whether the gazetteer ties ``person`` to one state (``"state"``: its head of state or government) and
    ``body`` -- a state, or a government or force of one -- belongs to another; with ``head_title`` (he is
    called its president, its prime minister), an armed group is no state's either."""
    own = res.entry(person)
    if own is None or own.type != "PERSON" or not own.state:
        return False
    if head_title and body.type == "ARMED_GROUP":
        return True
    theirs = res.entry(body)
    if theirs is None:
        return False
    state = theirs.name if theirs.type == "STATE" else theirs.state if theirs.type == "GOVERNMENT" else None
    mine = res.gazetteer.lookup(own.state)
    return bool(state) and mine is not None and mine.name != state


def _titled(person: Actor, predicate: str, orgs: list[Ref], title: Token, res: Resolver, rule: str,
            confidence: float) -> Iterator[Candidate]:
    # "Secretary of State", "Minister of State": a portfolio the tagger took for a body
    orgs = [r for r in orgs if r.actor.type not in ("PERSON", "LOCATION") and r.actor.name.lower() not in PORTFOLIO_WORDS]
    # "Syria's opposition leader N", "Yemen's Houthi leader N", "Libya's eastern commander N": a word between the
    # state and the title that makes it a non-state body's or a region's says where he leads, not that he
    # leads the state
    # "Sudan's UN envoy": a body named before a posting title is where the state that owns it posts him
    posting = title.lemma_.lower() in POSTING_TITLES and any(
        r.actor.type == "STATE" and _possessor_of(title, r, res) for r in orgs)
    if posting:
        orgs = [r for r in orgs if r.actor.type != "IGO"]
    if any(c.dep_ in ("amod", "compound", "nmod") and c.i < title.i and (
            c.lower_ in NON_STATE_TITLE_MODIFIERS or c.lower_ in COMPASS_ADJECTIVES
            or ((named := res.named(c)) is not None and named.type not in ("STATE", "GOVERNMENT", "LOCATION")
                and not (posting and named.type == "IGO"))
            or _named_state_unit(c, title, res))
           for c in children_of(title)):
        orgs = [r for r in orgs if r.actor.type != "STATE" or not _possessor_of(title, r, res)]
    if any(c.lower_ in ETHNICITY_MODIFIERS for t in (title, *children_of(title)) if t.i <= title.i for c in children_of(t)
           if c.i < title.i):
        # "N, an ethnic Tajik commander": the demonym names his people, not a state he serves
        orgs = [r for r in orgs if r.actor.type != "STATE"]
    before = [c for c in children_of(title) if c.i < title.i]
    if predicate == "leads" and title.lemma_.lower() in COMMAND_TITLES \
            and any(c.dep_ == "amod" and res.gazetteer.by_demonym(c.text) for c in before) \
            and all(c.dep_ == "det" or c.dep_ == "amod" and res.gazetteer.by_demonym(c.text) for c in before):
        # "under the Malian commander N", "N, the Chadian commander,": a demonym alone says whose forces he commands,
        # as the title rule reads "Libyan commander N"; he does not lead the state (not "the Zambian defence chief",
        # whose other modifier says which of the state's bodies he heads: read below)
        orgs = [r for r in orgs if r.actor.type != "STATE"]
    if predicate == "leads" and title.lemma_.lower() in OUTLAW_TITLES:
        # "the Liberian warlord N", "a Somali militia boss": a title of command leads a force, never a state
        orgs = [r for r in orgs if r.actor.type != "STATE"]
    # "Kenya's former president N": what he led, as history (a state's former official: not read)
    former = any(c.lower_ in FORMER_TITLE_WORDS for c in children_of(title) if c.i < title.i)
    if former and predicate != "leads":
        orgs = [r for r in orgs if r.actor.type != "STATE"]
    if orgs and predicate == "leads" and orgs[0].kind == "anaphor" and orgs[0].actor.type == "STATE" \
            and orgs[0].actor.external_ids and res.entry(person) is None:
        # "Its leader, N" after a sentence about a state and a group: a pronoun read as a state the gazetteer
        # knows (and whose leaders it knows), for a man it does not know as any state's leader, is more often
        # the group's; neither is read
        return
    if orgs and predicate == "leads" and orgs[0].kind == "anaphor" and orgs[0].actor.type in ("GOVERNMENT", "STATE") \
            and title.lemma_.lower() in COMMAND_TITLES and res.entry(person) is None:
        # "Its commander, N" after a sentence about a government and an armed group: a commander the gazetteer
        # does not know as the state's, told by a pronoun, is more often the group's; neither is read. So too where
        # the pronoun was read as the state itself ("X, a republic ruled by its army, banned the Y. Its commander,
        # N, ...": a state's commander is at most one of its officials, and the pronoun more often the group's; w51a)
        return
    # ("Veltria's military ruler, N": a ruler heads the state, whatever force brought him to power)
    if orgs and predicate == "member_of" and res.entry(person) is None and orgs[0].actor.type == "GOVERNMENT" \
            and (forces := _forces_of_phrase(title, res)) is not None and forces.head.head.lower_ in STAFF_NOUNS:
        # "N, the chief of staff of Ghana's armed forces": a post on the forces' staff, one of the state's officials
        predicate, first = _army_official(orgs[0], res)
        orgs = [first]
    if orgs and predicate == "leads" and res.entry(person) is None and title.lemma_.lower() not in HEAD_OF_STATE_TITLES \
            and (any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.lower_ in ARMY_TITLE_MODIFIERS for c in children_of(title))
                 or _service_branch_title(title, res) or _state_command_title(title, orgs[0])
                 or _forces_of_phrase(title, res) is not None):
        predicate, first = _army_official(orgs[0], res)
        orgs = [first]
    if orgs and orgs[0].kind != "name" and _states_differ(person, orgs[0].actor, res,
                                                         title.lemma_.lower() in HEAD_OF_STATE_TITLES):
        # "The army's chief, General N", "its president, N": a body told by no name of its own, resolved to one
        # state's (or, under a head of state's title, to an armed group), for a man the gazetteer ties to
        # another state, was resolved wrong (a round-up's salient state is not his); nothing is read
        return
    if orgs and predicate == "leads" and orgs[0].kind != "name" and _heads_another_body(person, orgs[0].actor, title, res):
        # "its leader, N" (adv37): a body told by no name of its own, for a man the gazetteer knows to head another
        # body the text has named before -- the pronoun was resolved wrong; he leads the one the gazetteer knows (a
        # body the text never names may be one he led later: the pronoun's stands)
        yield from _gazetteer_body(person, res.body_of(person), title, res, f"{rule.split(':')[0]}:gazetteer-body")
        return
    if orgs:
        if predicate == "leads" and not former:
            res.note_leader(person, orgs[0].actor)
        _note_served_state(person, predicate, orgs[0], {title.lemma_.lower()}, former, res)
        yield Candidate([Ref(person, "name")], predicate, orgs[:1], title, rule, confidence, clausal=False,
                        former=former)


def _heads_another_body(person: Actor, body: Actor, title: Token, res: Resolver) -> bool:
    """Whether the gazetteer knows ``person`` to head a body, not a state, other than ``body``, and the text names
    that body before ``title``."""
    known, entry = res.body_of(person), res.entry(body)
    return known is not None and known.type != "STATE" and (entry is None or entry.name != known.name) \
        and res.named_before(known, title.i)


def _note_served_state(person: Actor, predicate: str, ref: Ref, words: set[str], former: bool, res: Resolver) -> None:
    """"Kestria's defence minister, N", "Lusk's envoy M", "Chadian Defence Minister N", "Chad's president, N": a
    serving title (or a head of state's) that names
    its state or government by name or demonym (not by a pronoun or as the article's salient state) tells whose
    government his later "his government" is."""
    if not former and ref.kind in ("name", "head") and ref.actor.type in ("STATE", "GOVERNMENT") and (
            predicate == "member_of" and words & STATE_SERVING_TITLES or predicate == "leads" and words & HEAD_OF_STATE_TITLES):
        res.note_official_state(person, ref.actor)


def _listed_titled(person: Actor, name: Token, predicate: str, orgs: list[Ref], title: Token,
                   res: Resolver) -> Iterator[Candidate]:
    """"Two Veltrian officers, Captain N and Major M,": a plural title in apposition to a list of names
    describes each of them, not only the first. Only a membership and one body: a title whose modifiers are
    themselves coordinated ("Kenyan and Ugandan officers, N and M") does not say who serves which. A plural title
    of leading over the list ("the PKK's leaders, N and M", "its two commanders, N and M") says each leads it (off58)."""
    if predicate not in ("member_of", "leads") or title.tag_ not in ("NNS", "NNPS") or len({r.actor.id for r in orgs}) != 1:
        return
    if any(m.conjuncts for m in children_of(title) if m.dep_ in ("amod", "compound", "poss", "nmod")):
        return
    for other in name.conjuncts:
        if other.i > name.i and (named := res.named(other)) is not None and named.type == "PERSON":
            yield from _titled(named, predicate, orgs, title, res, "apposition:title-list", 0.8)


def _in_name_list(head: Token, appos: Token, res: Resolver) -> bool:
    """Whether a name in apposition is one of a list of three or more ("Darfur, Kordofan, Blue Nile"), however
    parsed: another name after it past a comma or "and", or another name between it and its head."""
    doc = appos.doc
    end = appos.right_edge.i
    while end > appos.i and doc[end].is_punct:  # (the parse may end the phrase on the comma after it)
        end -= 1
    after, before = end + 1, appos.left_edge.i - 1
    def name(t: Token) -> bool:
        return t.pos_ == "PROPN" or t.is_title or res.named(t) is not None

    if after + 1 < len(doc) and doc[after].lower_ in (",", "and") and name(doc[after + 1]):
        return True
    # "in Ituri, North Kivu and around Beni": a list whose last item has a preposition of its own (the parser
    # may hang the "and", or the whole last item, on the appositive)
    own_end = max([appos.i, *(c.right_edge.i for c in children_of(appos)
                              if c.i > appos.i and c.dep_ not in ("cc", "conj", "punct"))])
    if own_end + 3 < len(doc) and doc[own_end + 1].lower_ == "and" \
            and doc[own_end + 2].lower_ in LOCATING_PREPOSITIONS and name(doc[own_end + 3]):
        return True
    return before - 1 > head.i and doc[before].text == "," and name(doc[before - 1])


def _including_set_body(title: Token, res: Resolver) -> list[Ref] | None:
    """The body whose members a plural noun counts, where a title with a possessive pronoun is one of them
    ("froze the assets of four Wagner commanders, including its founder, N", "sanctioned three officials of the
    junta, including its leader"): the pronoun is the set's body, not the clause's subject; an empty list where
    the set names none; None where the title is no such member (prec35)."""
    if title.dep_ != "pobj" or title.head.lower_ != "including" or not any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(title)):
        return None
    group = title.head.head
    counted = group.tag_ not in ("NNS", "NNPS") and (group.pos_ == "NUM" or group.lower_ in QUANTITY_WORDS | SUBSET_WORDS)
    if counted:
        # w46a: "sanctioned several of the group's leaders, including its spokesman N": the set is the one counted
        group = next((p for p in _preps(group, "of") if p.tag_ in ("NNS", "NNPS")), group)
    if group.tag_ not in ("NNS", "NNPS") or res.named(group) is not None:
        return None
    body = [r for c in children_of(group) if c.dep_ in ("compound", "amod", "nmod", "poss") and res.named(c) is not None
            for r in res.refs(c, ACTOR)]
    # ("the group's leaders": the body a possessive description stands for, where the resolver finds one)
    body += [r for c in children_of(group) if c.dep_ == "poss" and c.pos_ == "NOUN" and res.named(c) is None
             for r in res.refs(c, ACTOR)]
    body += [r for p in _preps(group, "of|from") if res.named(p) is not None for r in res.refs(p, ACTOR)]
    body = [r for r in dict.fromkeys(body) if r.actor.type not in ("PERSON", "LOCATION")]
    owned = any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in children_of(group))
    return None if counted and not body and not owned else body  # ("several of its own officials": as before)


def _subject_after_fronted_place(appositive: Token) -> bool:
    """Whether ``appositive`` is the clause's subject after a fronted phrase of place the parser read as a name
    ("Outside Kharkiv, Russia's shelled villages emptied", the opening preposition hung on the name as its
    modifier or read as the name's own): no comma closes it, so it describes no place (false39: no Kharkiv in
    Russia). One a comma closes does ("Near Kessa, the seat of Velia province, fighting raged")."""
    name, doc = appositive.head, appositive.doc
    after = appositive.right_edge.i + 1
    openers = [c for c in children_of(name) if c.dep_ in ("compound", "amod", "nmod")]
    if name.dep_ == "pobj":
        openers.append(name.head)
    return any(o.i == name.sent.start and o.lower_ in LOCATING_PREPOSITIONS for o in openers) \
        and not (after < len(doc) and doc[after].text == ",")


def _capitalised_state_kind(token: Token) -> bool:
    """Whether an appositive read as a name is a noun of a state's kind under a modifier that makes it a part of a
    whole (``state_kind_nouns``, ``sub_state_kind_modifiers``: "a Member State", "a Federal State")."""
    words = [*(c.lower_ for c in children_of(token) if c.dep_ in ("compound", "amod") and c.i < token.i),
             *token.lower_.split()]  # (the name reader may have merged the words into one token)
    return len(words) >= 2 and words[-1] in STATE_KIND_NOUNS and all(w in SUB_STATE_KIND_MODIFIERS for w in words[:-1])


def _named_force(word: Token, res: Resolver) -> bool:
    """Whether ``word`` names an armed force or a government's body ("PKK", "KDF"), not a state or a place: the
    force a rank beside it is held in."""
    return (named := res.named(word)) is not None and named.type in ("ARMED_GROUP", "GOVERNMENT")


def _named_force_rank(title: Token, res: Resolver) -> bool:
    """Whether ``title`` is a military rank whose compound names the force it is held in ("N, a former PKK
    captain,", "N, a KDF colonel,"): he is (or was) one of its members. A demonym ("a Kenyan colonel") or a state's
    name says where he comes from, not which force he serves: not read."""
    return title.lower_ in MILITARY_RANKS and any(
        c.dep_ == "compound" and c.i < title.i and _named_force(c, res) for c in children_of(title))


def _reason_about_acted_on(verb: Token) -> bool:
    """Whether ``verb``, a passive whose subject is "they", is the reason an act's doer gives through a participle of
    saying for what it acted on ("seized two tankers, saying they were linked to X", "fired on the convoys, claiming
    they were tied to Y"): "they" are the unnamed things acted on, not the doer. "X said they were linked to Y" (no
    act with a plural thing acted on) keeps its reading (prec56).

    >>> # "The Houthis detained three freighters, saying they were tied to Israel": the freighters, not the Houthis
    """
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "they" for c in children_of(verb)) or verb.dep_ != "ccomp":
        return False
    saying = verb.head
    if saying.dep_ != "advcl" or saying.tag_ != "VBG" or saying.lemma_.lower() not in SPEECH_VERBS:
        return False
    act = saying.head
    acted_on = [t for c in children_of(act) if c.dep_ in ("dobj", "prep")
                for t in ((c,) if c.dep_ == "dobj" else tuple(p for p in children_of(c) if p.dep_ == "pobj"))]
    acted_on += [k for t in acted_on for k in t.conjuncts]
    return any(t.tag_ == "NNS" and not t.ent_type_ for t in acted_on)


def _ascription_gap(verb: Token) -> bool:
    """Whether ``verb`` is an active verb of ascribing a tie (``ascribing_verbs``) whose thing ascribed is missing:
    the gap of a contact relative clause the parser hung as a clause of its own ("fired at ships they link to X",
    the verb a conjunct, a parataxis or a relative of "ships"). Its subject says who is tied to X; it is not tied.
    "X is linked to Y" (passive) and "a group linked to Y" (participle) are read elsewhere (prec56).

    >>> # "The Velmar Front shelled trucks they link to Kestria": no tie of the Front to Kestria
    """
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ASCRIBING_VERBS and verb.tag_ in ("VBP", "VBZ", "VBD") \
        and any(c.dep_ == "nsubj" for c in children_of(verb)) \
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in children_of(verb))


def apposition_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"Doha, Qatar"; "Hama, Syria's fourth-largest city"; "X, the leader of Y"; "the leader of Y, X"."""
    if token.dep_ != "appos" or contrasted(token) or listed_apart(token) or _subject_after_fronted_place(token):
        return
    if any(c.tag_ in ("WDT", "WP") and c.i < token.i for c in children_of(token)):
        return  # "X counties, which border Somalia,": a relative clause the parser flattened, no apposition
    head = token.head
    a, b = res.named(head), res.named(token)
    if a is not None and _capitalised_state_kind(token):
        return  # "the Republic of X, a Member State,": a kind of state, capitalised as charters write it, no place
    if b is None and (called := res.given_name(token)) is not None:
        b = res.named(called)  # "its commander, a former teacher named N,": N
    over = _title_over(head)
    if b is not None and b.type == "PERSON" and over is not None and counted_titles(over):
        return  # "one of the commanders of X, N": one of its members (member58:one-of-titles-fronted), no head
    if b is not None and b.type == "PERSON" and over is not None and (a is None or a.type != "PERSON"):
        # "a spokesman for the Veltrian army, N": the parser hangs the name on the title's body
        predicate, orgs = _title_body(over, res, ("poss", "prep:of|for"))
        orgs = [r for r in orgs if r.actor.id != b.id]  # the body's noun, read as the name hung on it
        if not orgs and (head.lower_ in ARMY_NOUNS or head.lower_ in GOVERNMENT_NOUNS):
            # "for the Veltrian army", "the head of Veltria's junta, N": its state's government
            orgs = [r for c in children_of(head) if c.dep_ in ("amod", "compound", "poss")
                    and (r := _organisation(c, res, True)) is not None]
        yield from _titled(b, predicate, orgs, over, res, "apposition:title", 0.85)
        return
    if a is not None and b is not None:
        if _in_name_list(head, token, res):
            return  # "Sahel, Great Lakes, Horn": a list of names, not a place and the one it lies in
        if any(c.dep_ == "amod" and c.tag_ == "VBG" for c in children_of(token)):
            return  # "shelled Goma, leading Burundi and Uganda to ...": a participle's clause, misparsed
        pa, pb = res.refs(head, PLACE), res.refs(token, PLACE)
        if pa and pb and pa[0].actor.type == "LOCATION" and pb[0].actor.type in ("STATE", "LOCATION"):
            yield Candidate(pa, "located_in", pb, token, "apposition:place", 0.85, clausal=False)
        return
    if a is None and b is not None and b.type == "LOCATION" and head.lemma_.lower() in CAPITAL_NOUNS:
        yield from _capital_before_name(head, token, res)
        return
    person, title = (a, token) if a is not None else (b, head)
    if person is not None and a is None and title.dep_ == "appos" and res.named(title.head) is None \
            and title.lemma_.lower() not in LEADER_TITLES and title.head.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES:
        # "its leader, the former police officer N": the title the description of him stands by (what he once
        # was, a rank or a trade, says nothing of the body he leads now)
        title = title.head
    if person is not None and person.type == "PERSON":
        # "N, the governor of X and leader of Y,": each title coordinated with the first describes him too (and
        # before him: "the Special Representative of the Secretary-General and Head of X, N", fresh41a)
        for other in title.conjuncts:
            # (a capitalised title too, as press releases write them: "Special Representative ... and Head of X")
            if other.i > title.i and other.pos_ in ("NOUN", "PROPN") and other.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES \
                    and res.named(other) is None and not _titles_own_person(other, person, res):
                predicate, orgs = _title_body(other, res, ("poss", "prep:of|for"))
                if not orgs:
                    orgs = _shared_title_body(title, other, res)
                orgs = [r for r in orgs if r.kind == "name"]  # (a body told by its own name, not a reference)
                yield from _titled(person, predicate, orgs, other, res, "apposition:title-conjunct", 0.8)
    if person is not None and person.type == "PERSON" and title.lemma_.lower() in PEER_TITLES:
        yield from _peer_apposition(person, title, res)
        return
    # "N, a Malian army captain,": a rank is a title where the army it is held in is named with it
    army_rank = title.lower_ in MILITARY_RANKS and any(c.dep_ == "compound" and c.lower_ in ARMY_NOUNS
                                                       for c in children_of(title)) or _named_force_rank(title, res)
    if person is not None and person.type == "PERSON" and (title.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES
                                                           or army_rank):
        predicate, orgs = _title_body(title, res, ("poss", "prep:of|for", "compound"))
        set_body = _including_set_body(title, res)
        if set_body is not None:  # "the assets of four Wagner commanders, including its founder, N": Wagner's
            if not set_body:
                return
            orgs = set_body
        if any(c.lower_ in ARMY_NOUNS for c in children_of(title)):
            orgs = [Ref(res.government(e), "name") if (e := res.entry(r.actor)) and e.type == "STATE" else r for r in orgs]
        if not orgs and predicate == "member_of" and any(
                c.dep_ in ("compound", "amod") and c.i < title.i and c.lower_ in GOVERNMENT_NOUNS for c in children_of(title)) \
                and (home := _title_home(title, res)) is not None and not _other_party(title, res.state_actor(home), res) \
                and not res.told_as_other(home) and not res.faced_by_bare_government(home):
            # "A government spokesman, N,", "N, a junta spokesman,": a title whose only owner is a government noun is
            # the government's of the state the article is about (_title_home: the one it dominates with, else the
            # one it is filed from), as the title before a name reads it -- not a state the article names as
            # another party, to his clause or to a bare "the government" ("accused X of arming them") (role46)
            orgs = [Ref(res.government(home), "anaphor")]
        yield from _titled(person, predicate, orgs, title, res, "apposition:title", 0.9)
        yield from _listed_titled(person, head if a is not None else token, predicate, orgs, title, res)
        if not orgs:
            yield from _bare_head_of_state(person, title, res)
            yield from _bare_body_head(person, title, res)
            yield from _bare_minister(person, title, res)
            yield from _paired_heads(head if a is not None else token, title, res)
            # "the army chief of staff, General N", "Colonel N, the army's spokesman": an army that names no
            # state is the home state's, as the title before a name reads it (title:home-army)
            if (any(c.dep_ in ("compound", "amod", "poss") and c.lower_ in ARMY_NOUNS and not list(children_of(c))
                    for c in children_of(title)) or _staff_of_army(title)) \
                    and not any(c.lower_ in FORMER_TITLE_WORDS for c in children_of(title)) \
                    and not _chosen_post(title) and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(title)):
                # ("its army chief, General N" where "its" found no body: the owner the text means is unknown)
                yield from _home_army(person, predicate, title, res)
        return
    if a is not None and token.tag_ == "CD":
        # "A and B, two of Velia's provinces", "A, one of the towns in Velia": the places the count is taken from
        token = next((p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                      if p.dep_ == "pobj" and p.tag_ == "NNS" and p.lemma_.lower() in PLACE_NOUNS), token)
    if a is not None and (token.lemma_.lower() in PLACE_NOUNS or token.lemma_.lower() in PART_NOUNS):
        place = res.refs(head, PLACE)
        # (an owner that is no place says whose it is, not where: "X, the army's last stronghold in Y" lies in Y)
        containers = [r for slot in ("poss", "prep:of|in") for r in _slot(token, slot, res, PLACE)
                      if slot != "poss" or r.actor.type in ("LOCATION", "STATE")]
        if not containers:
            containers = _unit_named_in_kind_phrase(token, res)
        if not containers:
            containers = _bearing_owner(token, res)
        if not containers:  # "X, a Tajik enclave": the state a people's adjective names, never a place "Tajik"
            containers = _people_demonym_state(token, res)
        if not containers and not any(c.dep_ in ("compound", "nmod") and c.conjuncts for c in children_of(token)):
            # "Nyala, the South Darfur capital": the place the noun's name modifier names -- unless the modifiers
            # are a list ("Mandera, Wajir and Garissa counties": the places the plural noun counts, no container)
            containers = [r for r in _slot(token, "compound", res, PLACE) if r.actor.type in ("LOCATION", "STATE")]
        if not containers and token.lemma_.lower() in PLACE_NOUNS:  # "a port city on the Dnipro in southern Ukraine"
            containers = [r for p in _preps(token, "on|along|near|at") for r in _slot(p, "prep:in", res, PLACE)]
        if not containers and token.lemma_.lower() in PLACE_NOUNS:  # "X, a fishing town on the Y peninsula"
            containers = [r for r in _on_landform(token, res) if r.actor != res.named(head)]
        if not containers and token.lemma_.lower() in CAPITAL_NOUNS:  # "Bukavu, the provincial capital"
            containers = _level_capital_region(token, res)
        for child in children_of(token):
            state = res.gazetteer.by_demonym(child.text) if child.dep_ in ("amod", "compound") else None
            if state is not None:
                containers.append(Ref(res.state_actor(state), "name"))
        last = max((head, *head.conjuncts), key=lambda t: t.i)
        if token.tag_ == "NNS":  # "Kessa and Mornu, two towns in Velia": each of the places so described
            place = [r for t in (head, *head.conjuncts) for r in res.refs(t, PLACE) if r.actor.type == "LOCATION"]
        elif last.i > head.i and token.i > last.i:  # "took Kessa and Mornu, the Velia capital": Mornu is
            place = [r for r in res.refs(last, PLACE) if r.actor.type == "LOCATION"]
        then = any(c.dep_ == "advmod" and c.lower_ in THEN_WORDS for c in children_of(token))  # "then the capital of X"
        # "A and B, the territory's two main cities": the territory is none of the places it describes
        listed = {r.actor.id for t in (head, *head.conjuncts) for r in res.refs(t, PLACE)}
        containers = [r for r in containers if r.actor.id not in listed]
        if place and place[0].actor.type == "LOCATION" and containers and not then:
            yield Candidate(place, "located_in", containers[:1], token, "apposition:place", 0.85, clausal=False)


def _unit_named_in_kind_phrase(noun: Token, res: Resolver) -> list[Ref]:
    """act59: the unit an apposition's "in" names by a lower-case kind phrase, where the parse hangs the unit's name
    off the phrase's words ("Kessa, a village in *Tarvo* local government area": Tarvo, which ``_slot`` misses as
    no compound of "area"). Only a name the kind phrase names the kind of (``_named_in_kind_phrase``).

    >>> _unit_named_in_kind_phrase(village, res)  # "Kessa, a village in Tarvo local government area"  # doctest: +SKIP
    [Ref(Tarvo)]
    """
    return [r for p in _preps(noun, "in") for m in _named_in_kind_phrase(p, res) for r in np_refs(m, res, PLACE)
            if r.actor.type in ("LOCATION", "STATE")]


def _people_demonym_state(noun: Token, res: Resolver) -> list[Ref]:
    """near53: the state a people's adjective before a place noun in apposition names ("Barza, a Tajik enclave
    surrounded by Y": Tajikistan), for the ethnic adjectives the gazetteer keeps from the states
    (``people_state_demonyms``: an ethnic Tajik serves no state), which NER may read as a place of their own.
    A place noun with an "in" of its own ("an Uzbek village in Afghanistan") is read by that first."""
    for c in children_of(noun):
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and c.lower_ in PEOPLE_STATE_DEMONYMS:
            state = res.gazetteer.lookup(PEOPLE_STATE_DEMONYMS[c.lower_])
            if state is not None:
                return [Ref(res.state_actor(state), "name")]
    return []


def _bearing_owner(noun: Token, res: Resolver) -> list[Ref]:
    """act52: "X, the largest town in the north of Y", "X, a market town in Y's far west": a place described as
    lying in a part of another by its bearing (COMPASS_NOUNS) lies in the place that owns the part, through the
    bearing's possessive or its "of" (a place or a state only; a bare "in the north" names no container). The owner
    must be named: "in the north of the state" may mean a state of a federation as well as the country, so a
    description or pronoun there is left unread."""
    return [r for p in _preps(noun, "in") if p.lower_ in COMPASS_NOUNS
            for slot in ("poss", "prep:of") for r in _slot(p, slot, res, PLACE)
            if r.actor.type in ("LOCATION", "STATE") and r.kind == "name"]


def _titles_own_person(title: Token, person: Actor, res: Resolver) -> bool:
    """Whether a title coordinated with another names a person of its own in apposition ("X's president, N, and the
    Front's commander, M,"): the second title is M's, not N's (prec49)."""
    return any(c.dep_ == "appos" and (named := res.named(c)) is not None and named.type == "PERSON" and named.id != person.id
               for c in children_of(title))


def _shared_title_body(first: Token, last: Token, res: Resolver) -> list[Ref]:
    """"N, the former vice-president and chairman of the National Democratic Movement", "N, the late colonel's son
    and commander of the Kasai Defence Brigades": the parse hangs the body's "of" on the first of two coordinated
    titles, but it is written after the last, whose body it names; none where the first has a body of its own
    before it ("the son of the party's founder and a businessman")."""
    preps = [c for c in children_of(first) if c.dep_ == "prep" and c.lower_ in ("of", "for")]
    if not preps or any(c.i < last.i for c in preps):
        return []
    return _slot(first, "prep:of|for", res, ACTOR)


def _capital_before_name(capital: Token, name: Token, res: Resolver) -> Iterator[Candidate]:
    """"The Kenyan capital, Nairobi", "the Vestmark capital, Aldor", "the regional capital, Bahir Dar": the
    description opens the apposition and the name follows it, so the capital is the name's place and the state or
    region the description names (a demonym, a name before the noun, "of Y", the level's one region) holds it."""
    place = res.refs(name, PLACE)
    if name.i == 0 or name.doc[name.i - 1].text != ",":
        return  # only a name the comma sets off is the apposition ("the Nigerian capital Abuja" is left unread)
    if not place or place[0].actor.type != "LOCATION" or any(c.dep_ == "advmod" and c.lower_ in THEN_WORDS
                                                             for c in children_of(capital)):
        return
    containers = [r for slot in ("poss", "prep:of|in") for r in _slot(capital, slot, res, PLACE)]
    if not containers:  # (a demonym first: "the Veltrian capital" is Veltria's, though NER named the word apart)
        containers = [Ref(state, "name") for c in children_of(capital) if c.dep_ in ("amod", "compound") and c.i < capital.i
                      and (state := res.state_of_modifier(c)) is not None]
    if not containers:
        containers = [r for r in _slot(capital, "compound", res, PLACE) if r.actor.type in ("LOCATION", "STATE")]
    if not containers:
        containers = _level_capital_region(capital, res)
    containers = [r for r in containers if r.actor.id != place[0].actor.id]
    if containers:
        yield Candidate(place, "located_in", containers[:1], name, "apposition:place", 0.85, clausal=False)


def _level_capital_region(capital: Token, res: Resolver) -> list[Ref]:
    """"Bukavu, the provincial capital", "X, the state capital": the capital of the one region of the kind its
    modifier names (CAPITAL_LEVEL_MODIFIERS) named with that kind's noun ("North Kivu province") in its sentence
    or the one before; none where two such regions are named, or where the capital names its own ("of Y")."""
    levels = {CAPITAL_LEVEL_MODIFIERS[c.lower_] for c in children_of(capital)
              if c.dep_ in ("amod", "compound") and c.i < capital.i and c.lower_ in CAPITAL_LEVEL_MODIFIERS}
    if len(levels) != 1 or any(c.dep_ in ("prep", "poss") for c in children_of(capital)):
        return []
    level = levels.pop()
    sent = capital.sent
    start = sent.start if sent.start == 0 else capital.doc[sent.start - 1].sent.start
    found: dict[str, Ref] = {}
    for tok in capital.doc[start:capital.i]:
        named = res.named(tok)
        if named is None or named.type not in ("LOCATION", "STATE"):  # ("Niger state" may read as the country)
            continue
        # the region's noun after its name ("North Kivu province"), or inside the name's own token
        if (tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.lemma_.lower() == level) \
                or tok.text.lower().split()[-1] == level:
            found.setdefault(named.id, Ref(named, "name"))
    return [r for r in found.values() if r.actor.type == "LOCATION"] if len(found) == 1 else []


def _government_organ_named(actor: Actor) -> bool:
    """A name ending in a government body's noun ("the Defence Ministry", "the Interior Ministry") names an organ of
    a state, never a place, though a place's "of" or "in" may take it ("under the control of the Defence Ministry in
    Moscow": the ministry sits there, and lies in nothing; fresh42)."""
    return actor.name.split()[-1].lower() in GOVERNMENT_NOUNS


def place_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"the Central Prison in Goma", "Yemen's Hodeidah province", "Bamako, Mali"."""
    place = res.named(token)
    if place is None and token.lemma_.lower() in PLACE_NOUNS and any(
            c.dep_ == "poss" and res.named(c) for c in children_of(token)):
        place = next(iter(r.actor for r in res.refs(token, PLACE)), None)  # "Kabul's airport": the airport named before
    if place is None or _government_organ_named(place):
        return
    here = res.refs(token, PLACE)
    if not here or here[0].actor.type != "LOCATION":
        return
    containers = [r for r in _slot(token, "prep:in", res, PLACE) if r.actor.type in ("LOCATION", "STATE")]
    listed = _first_conjunct(token)  # ("the towns of X and Z in Y": Z's kind noun is X's)
    if not containers and listed.dep_ == "pobj" and listed.head.lower_ == "of" \
            and listed.head.head.lemma_.lower() in SETTLEMENT_NOUNS | REGION_NOUNS \
            and (listed == token or listed.head.head.tag_ == "NNS"):
        # "the village of X in Y": the "in" hangs on the noun that names X's kind; "the towns of X and Z in Y", a
        # plural kind, names where each of its listed places lies (fresh40a)
        containers = [r for r in _slot(listed.head.head, "prep:in", res, PLACE)
                      if r.actor.type in ("LOCATION", "STATE") and r.actor != place]
    if not containers and listed.dep_ == "pobj" and listed.head.lower_ == "of" and listed.head.head.tag_ == "NNS":
        containers = _named_kind_owner(listed.head.head, place, res)
    listed_in = _listed_after_unit(token)
    if not containers and listed_in is not None:
        # "Kessa in the Ardel province and Mornu in the Tarvo district": the parse hangs Mornu, and its own "in",
        # on the first unit's noun; that "in" places Mornu (w51c)
        containers = [r for p in children_of(listed_in) if p.dep_ == "pobj" for r in _place_refs([p], res)
                      if r.actor.type in ("LOCATION", "STATE") and r.actor != place]
    designator = _region_designator(token)
    if not containers and designator is not None \
            and not any(c.dep_ == "det" and c.lower_ != "the" for c in children_of(designator)):
        # "Kessa district in Ardel province": the "in" hangs on the noun that names Kessa's kind (not "a largely
        # Tarni province in Velia": a description, its modifier no name); "Bama Local Government Area of Borno
        # State": a unit's capitalised kind, the whole its "of" names
        containers = [r for r in _slot(designator, "prep:in", res, PLACE)
                      if r.actor.type in ("LOCATION", "STATE") and r.actor != place
                      and not _in_of_listed_name(designator)]
        if not containers and (designator.text[:1].isupper() or designator.lower_ in UNIT_OF_NOUNS
                               or kind_phrase_end(token.doc, token.i + 1, capitalised=False) == designator.i + 1):
            # (and a unit's kind phrase in lower case, as local papers write it: "Gwoza local government area of
            # Borno State"; not a bare "region of" in lower case, "the Bari region of Puntland", which papers use of
            # regions a text may not hold to lie there)
            containers = [r for r in _slot(designator, "prep:of", res, PLACE)
                          if r.actor.type in ("LOCATION", "STATE") and r.actor != place]
    if not containers and token.dep_ == "dobj" and place.name.split()[-1].lower() in FACILITY_TYPES:
        # "stormed the Veltria Hotel in central Pellor": the parse hangs the facility's "in" on the verb
        containers = [r for r in _slot(token.head, "prep:in", res, PLACE)
                      if r.actor.type in ("LOCATION", "STATE") and r.actor != place]
    phrase = designator if designator is not None and designator.dep_ == "dobj" else token
    kinded = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "dobj" \
        and token.head.head.lemma_.lower() in SETTLEMENT_NOUNS \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.head.head.children)
    if not containers and kinded:
        # "seized the town of Kessa in Ardel": the parse hangs the "in" of a settlement named by its kind on the
        # verb; the place taken or struck is where the act was, so Ardel holds Kessa (any place, not only a region)
        containers = [r for c in _preps(token.head.head.head, "in") for r in _place_refs([c], res)
                      if r.actor != place and r.actor.type in ("LOCATION", "STATE")]
    if not containers and phrase.dep_ == "dobj":
        # "shelled Kessa in the Ardel region" (or "raided Kessa territory in the Ardel province": the designated
        # place's phrase), "retook Moro in Velia": a town's "in" hung on the verb, when it
        # names a state or a region by its kind (not another town: "struck Kessa in Pellor" may be a sequence)
        containers = [r for c in _preps(phrase.head, "in") if not _earlier_place_in(c, phrase, res)
                      for r in _place_refs([c], res) if r.actor != place
                      and (r.actor.type == "STATE" or r.actor.type == "LOCATION"
                           and (_region_by_kind(c, res) or _region_just_after(phrase, c, r.actor, place, res)))]
    if not containers:  # "took Kessa and several other towns in Ardel": the places of its kind lie there, and so does it
        containers = [r for c in children_of(token) if c.dep_ == "conj" and c.tag_ == "NNS" and c.lemma_.lower() in PLACE_NOUNS
                      and any(m.dep_ == "amod" and m.lower_ == "other" for m in children_of(c))
                      for r in _slot(c, "prep:in", res, PLACE) if r.actor.type in ("LOCATION", "STATE") and r.actor != place]
    if not containers:
        containers = _placed_after_comma(token, place, res)
    if not containers:
        containers = _second_in(token, place, res)
    if not containers:  # "Tarsa on Mersa Island", "the port of Kessa on the Velian peninsula"
        containers = [r for r in _on_landform(token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of"
                                              and token.head.head.lemma_.lower() in SETTLEMENT_NOUNS else token, res)
                      if r.actor != place]
    if not containers and token.lower_.split()[-1] in REGION_NOUNS | LANDFORM_NOUNS:
        # "the Amhara region of Ethiopia": a region named with its kind lies in the place its "of" names; act56: so
        # does a landform whose name ends in its kind ("the Aberdare Mountains of Kenya")
        containers = [r for r in _slot(token, "prep:of", res, PLACE) if r.actor.type in ("LOCATION", "STATE") and r.actor != place]
    rule = "place:in"
    if not containers:
        owners = [token.doc[_possessor(c)] for c in children_of(token) if c.dep_ == "poss"]
        containers = [r for c in owners if res.named(c) or _place_anaphor(c)
                      for r in (np_refs(c, res, PLACE) if c.dep_ == "poss" else res.refs(c, PLACE))
                      if r.actor.type in ("LOCATION", "STATE") and r.actor != place]
        rule = "place:possessive"
    if not containers and token.dep_ == "compound" and (token.head.lemma_.lower() in PLACE_NOUNS
                                                        or _possessed_landform(token)):
        # "Mozambique's northern Cabo Delgado province" (a named possessor, not "its"); "Egypt's Sinai peninsula",
        # "Kenya's Aberdare mountains": a landform named with its kind's noun (place50)
        containers = [r for c in token.head.children if c.dep_ == "poss" and (res.named(c) or _place_anaphor(c))
                      for r in np_refs(c, res, PLACE) if r.actor.type in ("LOCATION", "STATE") and r.actor != place]
        rule = "place:possessive"
    if not containers and designator is not None:
        containers = _possessed_kind_phrase(designator, place, res)
        rule = "place:possessive"
    if containers and res.named(token) is None and _capital_of(place, containers[0].actor, res):
        return  # "Libya's capital": the gazetteer's knowledge that found the city, not a statement of where it lies
    if containers:
        yield Candidate(here, "located_in", containers[:1], token, rule, 0.8, clausal=False)


def _possessed_kind_phrase(designator: Token, place: Actor, res: Resolver) -> list[Ref]:
    """act53: the place that owns a unit's kind phrase ("Borno's Mobbar *local government area*"): the parse hangs
    the possessive on the phrase's last noun, not on the unit's name, which the phrase names the kind of."""
    if designator.lemma_.lower() not in REGION_NOUNS and designator.lower_ not in UNIT_KIND_NOUNS:
        return []
    return [r for c in children_of(designator) if c.dep_ == "poss" and (res.named(c) or _place_anaphor(c))
            for r in np_refs(c, res, PLACE) if r.actor.type in ("LOCATION", "STATE") and r.actor != place]


def _named_kind_owner(kind: Token, place: Actor, res: Resolver) -> list[Ref]:
    """act53: the place a definite plural kind noun is named by, before the "of" that lists its places: "the Tigray
    towns of A and B" (a place's name, LISTED_SETTLEMENT_KINDS), "the Afghan provinces of A and B" (a state's
    demonym): each lies there. Not "the A and B districts of Y": a unit's kind after names lists the units, and
    its "of" names their whole."""
    settlements = kind.lemma_.lower() in LISTED_SETTLEMENT_KINDS
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(kind)) \
            or not (settlements or kind.lemma_.lower() in REGION_NOUNS):
        return []
    refs = []
    if settlements and not any(c.dep_ == "compound" and c.conjuncts for c in children_of(kind)):
        refs = [r for r in _slot(kind, "compound", res, PLACE) if r.actor.type in ("LOCATION", "STATE")]
    refs += [Ref(res.state_actor(state), "name") for c in children_of(kind) if c.dep_ == "amod" and c.i < kind.i
             and (state := res.gazetteer.by_demonym(c.text)) is not None and state.type == "STATE"]
    return [r for r in refs if r.actor != place]


def _listed_after_unit(token: Token) -> Token | None:
    """w51c: the "in" right after a name the parse coordinated with a unit's lower-case noun that is the object of an
    "in" ("Kessa in the Ardel province and *Mornu in* the Tarvo district"): a list of places, each with its unit,
    where the second name's "in" hangs on the first unit's noun."""
    head, doc = token.head, token.doc
    if token.dep_ != "conj" or token.pos_ != "PROPN" or head.i >= token.i or token.i + 1 >= len(doc):
        return None
    if not (head.pos_ == "NOUN" and head.is_lower and head.dep_ == "pobj" and head.head.lower_ == "in"
            and (head.lemma_.lower() in REGION_NOUNS or head.lower_ in UNIT_KIND_NOUNS)):
        return None
    prep = doc[token.i + 1]
    # (or on the verb the first "in" hangs on: "attacked Kessa in the Ardel region and Mornu in the Tarvo region")
    return prep if prep.lower_ == "in" and prep.dep_ == "prep" and prep.head in (head, token, head.head.head) else None


def _in_of_listed_name(designator: Token) -> bool:
    """w51c: whether a unit's noun has a name coordinated with it whose own "in" the parse hung on the noun ("Kessa in
    the Ardel province and Mornu in the Tarvo district"): that "in" is Mornu's, not Ardel's."""
    return any(c.dep_ == "conj" and _listed_after_unit(c) is not None for c in children_of(designator))


def _possessed_landform(token: Token) -> bool:
    """place50: a name hung as a compound on a landform's noun ("Sinai *peninsula*", "Aberdare *mountains*",
    LANDFORM_NOUNS) right after it, which a possessive opens ("Egypt's Sinai peninsula"): the landform is the name's."""
    head = token.head
    # (not a landform named after a water, "Kenya's Tana River delta": the delta is the river's)
    return head.i == token.i + 1 and head.pos_ == "NOUN" and head.lower_ in LANDFORM_NOUNS \
        and not any(w in WATERCOURSE_NAME_WORDS or w in WATER_BODY_WORDS for w in token.lower_.split()) \
        and any(c.dep_ == "poss" for c in children_of(head))


def _earlier_place_in(obj: Token, phrase: Token, res: Resolver) -> bool:
    """prec51: whether another "in" of the same verb, between the object's phrase and the "in" of ``obj``, already
    names a place ("seized Teshi in the Gondar zone and Amara in the Ruvo province": the second "in" places Amara,
    listed after the first, not Teshi): a verb's later "in" is then another object's."""
    prep = obj.head
    if prep.dep_ != "prep":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and phrase.i < c.i < prep.i
               and _place_refs([p for p in children_of(c) if p.dep_ == "pobj"], res)
               for c in children_of(prep.head))


def _region_by_kind(token: Token, res: Resolver) -> bool:
    """Whether ``token`` names a region by its kind: the kind's noun ("the Ardel region"), or a name that ends in it
    ("Ardel Oblast", "Kessa Region", "Velia State": the kind written into the name)."""
    return token.lemma_.lower() in REGION_NOUNS or (
        res.named(token) is not None and " " in token.text and token.text.lower().split()[-1] in REGION_NOUNS)


def _region_just_after(phrase: Token, obj: Token, region: Actor, place: Actor, res: Resolver) -> bool:
    """act53: whether ``obj``, the object of an "in" right after a lone place's phrase, names ``region`` itself, a
    region known by name (``_known_region``): "retook Kessa in South Kivu"; not "shelled Kessa in March and North
    Darfur in April" (the region a date's conjunct), nor "attacked Gwoza in Borno and Mubi in Adamawa" (after a
    list, the "in" is its last member's)."""
    named = res.named(obj)
    return named is not None and named.id == region.id and obj.dep_ == "pobj" \
        and obj.head.i == phrase.right_edge.i + 1 and not any(c.dep_ == "conj" for c in children_of(phrase)) \
        and _known_region(region, place, res)


def _known_region(container: Actor, place: Actor, res: Resolver) -> bool:
    """act53: whether the gazetteer knows ``container`` as a state's first-level region (``iso_region``), though its
    name holds no kind's noun ("retook Kessa in South Kivu", "near Mubi in Adamawa"): not one that is also a town's
    one-word name (``towns()``: "in Kandahar", "in Idlib" may be the city, and a town may be the next in a list,
    "shelled X in May and El Obeid in June"), and of the same state as ``place`` where that is known."""
    entry = res.entry(container)
    if entry is None or not iso_region(entry) or any(normalize_name(n) in towns() for n in entry.names):
        return False
    own = res.entry(place)
    return own is None or not own.state or own.state == entry.state


def _region_designator(token: Token) -> Token | None:
    """The lower-case noun of a region's kind right after a place's name, which names that kind ("Kessa *district*",
    "Ardel *province*"), or a settlement's or an island's ("Kessa *town*", "Tarsa *island*": ``settlement_nouns``,
    ``surface_landforms``), if there is one."""
    head = token.head
    if token.dep_ in ("compound", "amod") and head.i == token.i + 1 and head.text.islower() \
            and head.lemma_.lower() in REGION_NOUNS | SETTLEMENT_NOUNS | SURFACE_LANDFORMS:
        return head
    doc = token.doc
    end = kind_phrase_end(doc, token.i + 1) if token.i + 1 < len(doc) else None
    if end is not None and token.head.i == end - 1:
        return head  # "Bama Local Government Area", "Zurmi and Maradun Local Government Areas"
    end = kind_phrase_end(doc, token.i + 1, capitalised=False) if token.i + 1 < len(doc) else None
    if end is not None and token.i < token.head.i < end and token.dep_ in ("compound", "nmod", "amod"):
        # "Gwoza local government area of Borno State": the kind in lower case (the name hung on any of its words)
        return doc[end - 1]
    kind = next((c for c in children_of(token) if c.dep_ == "conj" and c.tag_ == "NNPS" and closes_kind_phrase(doc, c.i)), None)
    if kind is not None:
        return kind  # "Zurmi and Maradun LGAs": the parse hangs the shared kind on the first name
    # "Kunar and Nangarhar provinces": names coordinated before their kind's plural share it
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    if first.dep_ in ("compound", "nmod") and head.i > token.i and head.tag_ == "NNS" and head.text.islower() \
            and head.lemma_.lower() in REGION_NOUNS and any(c.dep_ == "conj" for c in children_of(first)) \
            and all(t.dep_ in ("cc", "punct", "conj", "compound") for t in doc[first.i + 1:head.i]):
        return head
    return None


def _placed_after_comma(token: Token, place: Actor, res: Resolver) -> list[Ref]:
    """"fighting in Kessa territory, in Ardel province", "a camp near Bria, in Vakaga", "clashes at Dori, in the
    country's north": an "in" just after the comma that closes a place's phrase says where that place lies."""
    if token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in PLACE_NOUNS:
        token = token.head  # "Kessa territory": the phrase is the place noun's
    if not (token.dep_ == "pobj" and token.head.lower_ in LOCATING_PREPOSITIONS) and not _place_verb_object(token):
        return []
    doc, after = token.doc, token.right_edge.i + 1
    if after + 2 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ != "in" \
            or doc[after + 1].head not in (token, *token.ancestors):
        return []
    objs = [c for c in doc[after + 1].children if c.dep_ == "pobj"]
    # "X, in the hills / mountains / north of Y": where the landform or the part lies
    objs = [next(iter(_of_objects(o)), o)
            if o.lemma_.lower() in LANDFORM_NOUNS or o.lower_ in LANDFORM_NOUNS | COMPASS_NOUNS else o for o in objs]
    return [r for r in _place_refs(objs, res) if r.actor.type in ("LOCATION", "STATE") and r.actor != place]


def _place_anaphor(token: Token) -> bool:
    """"the country's", "the province's", "the island's": a definite noun of a state's, a region's or a
    landform's kind, which refers back to one named before."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in REGION_NOUNS | SURFACE_LANDFORMS or token.lower_ in STATE_PLACE_ANAPHORS) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))


def _second_in(token: Token, place: Actor, res: Resolver) -> list[Ref]:
    """"hideouts in a national park in eastern Congo", "raids on villages in Tarvo in the Selva region", "camps around
    Tessit in eastern Mali", "a convoy near Djibo in the Soum province", "the hub of Kessalo in the Varn region": an
    "in" right after the place's phrase, which the parser hangs on a word above it (the verb, the noun the place's
    preposition modifies), says where that place lies, when it names a state or a region by its kind (not another
    town: "in Kessa in Pellor" may be a list)."""
    phrase = _kind_phrase_of(token)
    if not (phrase.dep_ == "pobj" and phrase.head.lower_ in PLACE_PREPOSITIONS and phrase.head.dep_ == "prep"):
        return []  # (not "talks on Darfur in Ethiopia", "refugees from Darfur in Chad": a topic, an origin)
    after = token.right_edge.i + 1
    preps = [c for c in token.doc[after:after + 1] if c.dep_ == "prep" and c.lower_ == "in"
             and c.head in (phrase, *phrase.head.ancestors)]
    # Beside a first "in", the parse hangs the second where it belongs; hung higher, on a "near" or an "around", only
    # a container named outright places the town ("near Kessabo in the far east of the country": the country may be
    # the story's, not the town's; "near Talmor in neighbouring Orvania": the event's side of a border)
    beside = phrase is token and token.head.lower_ == "in" and all(c.head == token.head.head for c in preps)
    objs = [p for c in preps for p in children_of(c) if p.dep_ == "pobj"
            if beside or not any(m.lower_ in OTHER_REFERENT_MODIFIERS for m in children_of(p))]
    return [r for p in objs for r in _place_refs([p], res) if r.actor != place and (beside or r.kind == "name") and (
        r.actor.type == "STATE" or r.actor.type == "LOCATION" and (
            p.lemma_.lower() in REGION_NOUNS or p.lower_.split()[-1] in REGION_NOUNS
            or _region_just_after(token, p, r.actor, place, res)))]


def _kind_phrase_of(token: Token) -> Token:
    """The noun a place is named as one of its kind by ("the town of Kessa", "the logistics hub of Kessalo"), whose
    phrase the place's own is; else the place's token."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PLACE_NOUNS \
            and token.head.head.dep_ == "pobj":
        return token.head.head
    return token


def _on_landform(token: Token, res: Resolver) -> list[Ref]:
    """The island, peninsula or plateau (SURFACE_LANDFORMS) a place noun or name lies "on": "a town on the Y
    peninsula", "Z on Mersa Island"; not a river, lake or road it lies on ("a port on Lake Kivu")."""
    # only a landform named whole ("Mersa Island"): the town a landform is named after is not the landform ("the
    # Jaffna peninsula" is not Jaffna)
    objs = [p for p in _preps(token, "on") if p.dep_ == "pobj" and res.named(p) is not None
            and p.lower_.split()[-1] in SURFACE_LANDFORMS]
    return [r for p in objs for r in np_refs(p, res, PLACE) if r.actor.type == "LOCATION"]


def _place_verb_object(token: Token) -> bool:
    """Whether ``token`` is (one of the listed) direct objects of a verb of taking, leaving or striking a place
    ("took Chipwi and Pangwa, in Y": each lies in Y)."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "dobj" and any(f.predicate in ("captures", "withdraws_from", "attacks")
                                        for f in VERB_FRAMES.get(token.head.lemma_, ()))


def _place_refs(tokens: list[Token], res: Resolver) -> list[Ref]:
    """The places ``tokens`` refer to; an unnamed place noun by the name modifying it ("in the Soum province",
    "in Kenya's North Eastern province"), a bearing by its owner ("in the country's west")."""
    def named_by(c: Token) -> list[Token]:
        if res.named(c):
            return [c]
        if c.lower_ in COMPASS_NOUNS:  # "in the country's west", "in the north of Mali"
            return [c, *(m for m in children_of(c) if m.dep_ in ("compound", "amod", "poss")), *_preps(c, "of")]
        return [c, *(m for m in children_of(c) if m.dep_ in ("compound", "amod") and res.named(m)),
                *_named_in_kind_phrase(c, res)]
    return [r for c in tokens for t in named_by(c) for r in np_refs(t, res, PLACE)]


def _named_in_kind_phrase(noun: Token, res: Resolver) -> list[Token]:
    """act53: the unit's name that a kind phrase ending in ``noun`` names the kind of, where the parse hung it off
    the phrase's words rather than as the noun's compound ("in Borno's *Mobbar* local government area")."""
    return [m for m in noun.doc[noun.left_edge.i:noun.i] if m.dep_ == "nmod" and res.named(m)
            and _region_designator(m) == noun]


def _capital_of(place: Actor, state: Actor, res: Resolver) -> bool:
    """Whether the gazetteer knows ``place`` as the capital of ``state``."""
    entry = res.entry(state)
    return entry is not None and entry.capital is not None and res.gazetteer.lookup(entry.capital) == res.entry(place)


def _bracketed(token: Token) -> bool:
    """Whether ``token`` stands alone in brackets ("(FARC)")."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in "([" and doc[token.i + 1].text in ")]"


def _title_holder_named(title: Token, res: Resolver) -> Token | None:
    """The name a phrase on a title gives its holder, where no apposition does: "its commander, known as N,"
    (a naming participle, ``Resolver.given_name``), "the group's spokesman, who gave his name as N," (a verb
    stating the name through a name noun and "as", ``name_stating_verbs``): the name's token if it is a person's,
    else None (lead48). Not "their spokesman, who called himself N": the one annotated text with it took the
    self-chosen name for its leader's, so the title says too little of which relation holds."""
    given = res.given_name(title)
    if given is None:
        for rel in (c for c in children_of(title) if c.dep_ == "relcl"):
            kids = list(children_of(rel))
            if not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in kids):
                continue  # ("whom the army called N": another's label for him, not the name he gives)
            if rel.lemma_ in NAME_STATING_VERBS and any(c.dep_ == "dobj" and c.lower_ in NAME_FORM_NOUNS for c in kids):
                given = next((p for c in kids if c.dep_ == "prep" and c.lower_ == "as"
                              for p in children_of(c) if p.dep_ == "pobj"), None)
            if given is not None:
                break
    named = res.named(given) if given is not None else None
    return given if named is not None and named.type == "PERSON" else None


def _titles_listing_holders(title: Token, res: Resolver) -> list[Token]:
    """The people a plural title of one named body lists after it by an example marker: "the leaders of the X
    Front, including A and B", "the X Front's leaders, among them A": A and B, each a named person, however the
    parser hung the marker (on the title, on the body or on the clause's verb); none where the marker does not
    follow the body's name at once, or lists no person (lead48)."""
    bodies = [p for p in _preps(title, "of") if res.named(p) is not None] or \
        [c for c in children_of(title) if c.dep_ == "poss" and c.i < title.i and res.named(c) is not None]
    if len(bodies) != 1 or bodies[0].conjuncts:
        return []  # ("the leaders of A and B, including N": whose leader he is, the list does not say)
    doc, after = title.doc, max(title.i, bodies[0].i) + 1
    if after + 2 >= len(doc) or doc[after].text != ",":
        return []
    for words in HOLDER_LIST_MARKERS:
        end = after + 1 + len(words)
        if end < len(doc) and tuple(t.lower_ for t in doc[after + 1:end]) == words:
            first = doc[end]
            break
    else:
        return []
    named = res.named(first)
    if named is None or named.type != "PERSON":
        return []
    return [t for t in (first, *first.conjuncts) if t.i >= first.i and (n := res.named(t)) is not None and n.type == "PERSON"]


def title_then_name_rule(token: Token, res: Resolver) -> Iterator[Candidate]:
    """"the leader of the FARC, Rodrigo Londoño," when the parser did not see the apposition."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in LEADER_TITLES | MEMBER_TITLES:
        return
    if token.tag_ == "NNS" and token.lemma_.lower() not in COMMAND_TITLES | MILITARY_RANKS \
            and (holders := _titles_listing_holders(token, res)):
        # "sanctions on the leaders of the X Front, including A and B": each listed person holds the title (lead48);
        # not commanders or ranks, of which a body has many below its head ("its commanders, among them A")
        predicate, orgs = _title_body(token, res, ("poss", "prep:of"))
        if len(orgs) == 1:
            for holder in holders:
                yield from _titled(res.named(holder), predicate, orgs, token, res, "lead48:titles-including", 0.8)
        return
    if token.dep_ != "appos" and token.tag_ == "NN" and (given := _title_holder_named(token, res)) is not None:
        # "Its commander, known as N, spoke", "its spokesman, who gave his name as N,": the holder the phrase names
        # (an apposition's title is the apposition rule's) (lead48)
        predicate, orgs = _title_body(token, res, ("poss", "prep:of|for"))
        yield from _titled(res.named(given), predicate, orgs, token, res, "lead48:title-holder-named", 0.8)
        return
    if token.tag_ == "NNS":
        return  # "Fighters of X, N said, ...": many are not one person
    end = token.right_edge.i
    doc = token.doc
    if end + 1 < len(doc) and doc[end + 1].text in ")]" and doc[end].dep_ == "appos":
        end += 1  # "the leader of the X Front (XF), N": the closing bracket the parser hung elsewhere
    # (an acronym in brackets the parser hung on the title, "the leader of the X Front (XF), N,", is no apposition)
    if end + 2 >= len(doc) or doc[end + 1].text != "," or any(c.dep_ == "appos" and not _bracketed(c)
                                                              for c in children_of(token)):
        return
    person = res.named(doc[end + 2])
    name = doc[end + 2]
    if person is None or person.type != "PERSON" or name.dep_ == "nsubj" or (name.dep_ == "appos" and name.head == token):
        # ("we will defeat the commander of X, N said": N speaks, he is not the title's holder; an apposition to the
        # title is the apposition rule's, one the parser hung elsewhere -- "A and the leader of X, N, signed" -- ours)
        return
    predicate, orgs = _title_body(token, res, ("poss", "prep:of|for"))
    yield from _titled(person, predicate, orgs, token, res, "title-then-name", 0.8)


RULES = [
    verb_rule,
    noun_rule,
    compound_adjective_rule,
    title_rule,
    apposition_rule,
    place_rule,
    title_then_name_rule,
]

# Each rule returns at once, having read nothing, at most tokens. A guard says where a rule may find
# something: the same first test the rule makes (it makes it again), cheap and free of side effects, so the
# relation component calls the rule only there. A rule without a guard is called at every token.
_TITLE_NOUNS = LEADER_TITLES | MEMBER_TITLES
GUARDS = {
    # a verb's own lemma, or a noun with a subject or heading a relative clause (read as a verb the tagger
    # missed: see _verb_lemma)
    verb_rule: lambda t, res: (t.lemma_ in VERB_FRAMES) if t.pos_ in _VERBAL else (t.pos_ == "NOUN" and (
        t.dep_ == "relcl" or any(c.dep_ == "nsubj" for c in children_of(t)))) or (
        t.pos_ == "ADJ" and t.dep_ == "relcl" and t.lemma_ in VERB_FRAMES),
    noun_rule: lambda t, res: t.pos_ in ("NOUN", "PROPN") and noun_key(t) is not None,
    compound_adjective_rule: lambda t, res: t.lower_ in COMPOUND_ADJ,
    title_rule: lambda t, res: res.named(t) is not None,
    apposition_rule: lambda t, res: t.dep_ == "appos",
    place_rule: lambda t, res: res.named(t) is not None or t.lemma_.lower() in PLACE_NOUNS,
    title_then_name_rule: lambda t, res: t.pos_ == "NOUN" and t.lemma_.lower() in _TITLE_NOUNS,
}



def guarded_calls(doc, res: Resolver, rules: list) -> Iterator[tuple[Token, list]]:
    """The tokens of ``doc`` in order, each with the ``rules`` (in their order) whose guard holds there: what
    testing ``GUARDS`` at every token gives, read from the doc's attribute arrays with each distinct lemma and
    form looked up once, and a Token made only where some guard holds. (The resolver's named tokens are
    fixed once it is made.) A rule this does not know keeps its guard, tested at every token."""
    from spacy.attrs import DEP, LEMMA, LOWER, POS
    from spacy.parts_of_speech import IDS as _POS_IDS, NAMES as pos_names

    known = all(rule in _FAST_GUARDS for rule in rules)
    if not known:
        for token in doc:
            fired = [rule for rule in rules if GUARDS.get(rule) is None or GUARDS[rule](token, res)]
            if fired:
                yield token, fired
        return
    named = res._named
    if rules == [title_rule]:  # its guard is a name: the named tokens, in order (no token is named anew)
        for i in sorted(named):
            if named[i] is not None:
                yield doc[i], [title_rule]
        return
    strings = doc.vocab.strings
    appos = strings["appos"]
    # (POS, lemma, form, dependency, named) -> the rules that fire: each distinct combination tested once, and
    # kept from doc to doc (what fires depends on the strings the hashes stand for and on the word lists only)
    lemmas, lowers, fires = _guard_memo(tuple(rules))
    want = [_FAST_GUARDS[rule] for rule in rules]
    rows = res.columns.rows(POS, LEMMA, LOWER, DEP)
    # verb_rule reads a noun only as a verb the tagger missed: one with a subject, or a relative clause's
    # (see _verb_lemma); at any other noun it reads nothing, and is not called
    nsubj, relcl, noun, adj = strings["nsubj"], strings["relcl"], _POS_IDS["NOUN"], _POS_IDS["ADJ"]
    heads = res.columns.heads
    verbal_nouns = {heads[i] for i, row in enumerate(rows) if row[3] == nsubj and heads[i] != i}
    for i, row in enumerate(rows):
        key = (*row, named.get(i) is not None)
        if key in fires:
            fired = fires[key]
        else:
            fired = fires[key] = _fired(key, rules, want, lemmas, lowers, strings, appos, pos_names)
        if fired is not None and row[0] == noun and row[3] != relcl and i not in verbal_nouns and verb_rule in fired:
            fired = [rule for rule in fired if rule is not verb_rule] or None
        elif fired is not None and row[0] == adj and row[3] != relcl and verb_rule in fired:  # adjective: relcl only
            fired = [rule for rule in fired if rule is not verb_rule] or None
        if fired is not None:
            yield doc[i], fired


# rules -> (lemma hash -> its tests, form hash -> its tests, (POS, lemma, form, dependency, named) -> what fires)
_GUARD_MEMO: dict[tuple, tuple[dict, dict, dict]] = {}
_GUARD_MEMO_SIZE = 200_000  # combinations kept per list of rules before the memo starts afresh (a bound on memory)


def _guard_memo(rules: tuple) -> tuple[dict, dict, dict]:
    memo = _GUARD_MEMO.get(rules)
    if memo is None or len(memo[2]) > _GUARD_MEMO_SIZE:
        memo = _GUARD_MEMO[rules] = ({}, {}, {})
    return memo


def _fired(key: tuple, rules: list, want: list[int], lemmas: dict[int, tuple], lowers: dict[int, tuple], strings,
           appos: int, pos_names: dict) -> list | None:
    """The ``rules`` whose guard holds at a token of these POS, lemma, form, dependency and name (None if none)."""
    pos, lemma, lower, dep, is_named = key
    tag = pos_names[pos]
    lem = lemmas.get(lemma)
    if lem is None:
        text = strings[lemma]
        low = text.lower()
        lem = lemmas[lemma] = (text in VERB_FRAMES, low in NOUN_FRAMES, low in PLACE_NOUNS, low in _TITLE_NOUNS)
    form = lowers.get(lower)
    if form is None:
        text = strings[lower]
        form = lowers[lower] = (text in NOUN_FRAMES, text in COMPOUND_ADJ)
    fired = None
    for rule, kind in zip(rules, want):
        if kind == 0:  # verb_rule
            ok = lem[0] if tag in _VERBAL else tag == "NOUN" or (tag == "ADJ" and lem[0])
        elif kind == 1:  # noun_rule
            ok = tag in ("NOUN", "PROPN") and (lem[1] or form[0])
        elif kind == 2:  # compound_adjective_rule
            ok = form[1]
        elif kind == 3:  # title_rule
            ok = is_named
        elif kind == 4:  # apposition_rule
            ok = dep == appos
        elif kind == 5:  # place_rule
            ok = is_named or lem[2]
        else:  # title_then_name_rule
            ok = tag == "NOUN" and lem[3]
        if ok:
            if fired is None:
                fired = []
            fired.append(rule)
    return fired


# The guards above, as guarded_calls reads them (keep the two in step).
_FAST_GUARDS = {verb_rule: 0, noun_rule: 1, compound_adjective_rule: 2, title_rule: 3, apposition_rule: 4,
                place_rule: 5, title_then_name_rule: 6}
