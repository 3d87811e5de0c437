"""Resolving mentions to canonical actors, within one spaCy ``Doc``.

The resolver answers one question for the relation rules: *which actors does this
token stand for?* It knows

* named mentions: entity tokens (the pipeline merges each entity into one token),
  found by the gazetteer's EntityRuler or by spaCy's NER, and acronyms defined in
  the text ("the Rapid Support Forces (RSF)");
* generic heads that stand for their modifier: "Turkish forces" -> Turkey,
  "fighters from Hezbollah" -> Hezbollah, "the Syrian government" -> the
  government of Syria;
* anaphors: nominal ("the group", "the city", "the regime") and pronouns ("it",
  "their"), resolved to the most recent earlier mention of a compatible type,
  preferring subjects, within a window of sentences -- and to none where two actors
  named together ("A and B attacked ...") are equally good antecedents;
* discourse references (the ``_discourse_refs`` section): sets ("the three countries",
  "both groups", "the two neighbours": the actors of that kind named together, else
  last), possessive anaphors ("its fighters", "the group's commanders" stand for the
  possessor) and descriptions taken from a name ("the kingdom", "the Islamic
  Republic"). Events referred back to ("the deal was brokered by Qatar") are read
  in ``discourse.py``.

Places that stand for a state ("Moscow said") become the state only where an actor
is wanted; where a place is wanted ("seized Kabul") they stay places.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterator

from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, IS_SPACE, LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.strings import get_string_id, hash_string
from spacy.tokens import Doc, Span, Token

from conflictkg.graph.lexicon import example_marker, SMALL_SETTLEMENT_NOUNS, ANAPHOR_KINDS, ANAPHORS, FORCE_NOUNS, GOVERNMENT_NOUNS, GROUP_NOUNS, MINISTRY_HEADS, MINISTRY_NAME_LINKS, ORGANIZATION_NAME_HEADS, PLACE_NOUNS, SHORT_NAME_CUTS, LANDFORM_NOUNS
from conflictkg.graph.lexicon import CONTINENT_NAMES, ETHNICITY_MODIFIERS, SHORE_NOUNS, WATER_BODY_WORDS
from conflictkg.graph.lexicon import ORDINAL_WORDS, UNIT_NOUNS, ROLE_LEAVING_VERBS, FOUNDING_VERBS
from conflictkg.graph.lexicon import CREED_WORDS, LIST_COVERING_QUANTIFIERS
from conflictkg.graph.lexicon import STATE_DESCRIPTION_NOUNS, SOVEREIGN_STATE_MODIFIERS, NEIGHBOUR_STATE_MODIFIERS, STATE_SERVING_TITLES, FORMER_TITLE_WORDS, GENERIC_FORCE_NAME_WORDS, DIVISION_VERBS, OUTCOME_HOSTILITY_VERBS, INTENT_VERBS, LED_BODY_NOUNS
from conflictkg.graph.lexicon import EVENT_PRONOUN_VERBS, EVENT_TIME_MARKERS
from conflictkg.graph.lexicon import APPRAISING_VERBS, DISMISSING_VERBS, ATTACK_EVENT_NOUNS, ATTACK_NOUNS, LIST_ANNOUNCING_WORDS, STATEMENT_NOUNS
from conflictkg.graph.lexicon import COLLECTIVE_BODY_NOUNS, GOVERNMENT_AFFILIATION_PARTICIPLES
from conflictkg.graph.lexicon import QUOTED_ENEMY_LABELS, TALK_WITH_VERBS, NEGATING_VERBS, NEGATIVE_ADVERBS
from conflictkg.graph.lexicon import BAND_NOUNS, STATE_FORCE_NAMES, COMPANY_ADVERBS, COMPANION_PREPOSITIONS
from conflictkg.graph.lexicon import BODY_OWNED_TITLES, TITLE_OWNER_KINDS
from conflictkg.graph.lexicon import BARE_BODY_NAMES, ALIAS_MARKERS, COALITION_NOUNS, GENERIC_BODY_NOUNS, LEADER_TITLES, MEMBER_TITLES, PERSON_ROLE_NOUNS
from conflictkg.graph.lexicon import (
    AGENT_COMPOUNDS, AGENT_NOUNS, ENVOY_NOUNS, OFFICIAL_TITLES, PERSON_GENDERS, PERSON_GENDER_TITLES, SPEAKER_ANTECEDENTS, UNNAMED_PERSON_NOUNS, ALIAS_HEADS, SPEAKER_NOUNS, PROXY_NOUNS, FACILITY_NOUNS, MODIFIED_OWNED_OBJECTS, GOVERNMENT_ALIAS_MODIFIERS, GOVERNMENT_ALIAS_NOUNS,
    OUSTED_WORDS, PERSON_POSSESSIVES, PORTFOLIO_WORDS, REBEL_NOUNS, UNCERTAIN_FORCE_NOUNS,
)
from conflictkg.graph.lexicon import PORTFOLIO_QUALIFIERS
from conflictkg.graph.dates import MONTHS
from conflictkg.graph.entities import closes_kind_phrase
from conflictkg.graph.lexicon import HOME_DESCRIPTION_NOUNS, RIVAL_REFERENT_MODIFIERS, MEMBER_STATE_NOUNS
from conflictkg.graph.lexicon import DOMAIN_POSSESSION_NOUNS, SUBSET_WORDS, AGENT_HELD_NOUNS, COUNTERING_VERBS, OVERRUNNING_VERBS, LIST_KINDS
from conflictkg.graph.lexicon import NAME_CONNECTORS, NAME_NOUNS, ORGANIZATION_APPOSITIVES, PLACE_DESIGNATORS, SET_NOUNS, SET_NUMBERS
from conflictkg.graph.lexicon import PARTING_FRAMES
from conflictkg.graph.lexicon import ACCUSATION_VERBS, AVOWAL_NOUNS, BEHALF_NOUNS, CLAIM_NOUNS, TARGET_PREPOSITIONS, DENYING_VERBS, MERIT_VERBS, COMMAND_VERBS, QUOTE_PRONOUNS, SELF_RULE_HEADS, SPEECH_VERBS, STANCE_PREFIXES, OPPOSING_PREFIXES
from conflictkg.graph.statements import _QUOTE_MARKS, participle_item_topic, quote_speaker
from conflictkg.graph.lexicon import PROPOSITION_DENYING_VERBS, OTHER_CAPITALS, INTERSTATE_NAME_WORDS, INTERSTATE_BODY_HEADS, STATE_KIND_NOUNS, SUB_STATE_KIND_MODIFIERS, STATE_DEMONYM_HEADS, STATE_NAME_EPITHETS, STATE_NAME_HEADS, STATE_POSSESSIONS, NAMED_HEAD_TITLES, STATE_OFFICE_TITLES, STATE_FORM_MODIFIERS, POWER_SEIZURES, POSTING_PREPOSITIONS
from conflictkg.graph.lexicon import COMPOUND_ADJ, FACING_VERBS, HEAD_OF_STATE_TITLES, INTRODUCING_DETERMINERS
from conflictkg.graph.lexicon import OBJECT_CONTROL_VERBS, ARMED_DESCRIPTION_MODIFIERS, ROUTE_NOUNS, ARMED_BODY_NOUNS, ARMY_NOUNS, HONORIFICS, COURT_PARTY_NOUNS, LEADING_PARTICIPLES, COMMAND_PREPOSITIONS, COMMAND_NOUNS, REGION_ADJECTIVES, RIVAL_GOVERNMENT_MODIFIERS, RULER_NOUNS
from conflictkg.graph.lexicon import GIVEN_NAMES, SAYING_VERBS
from conflictkg.graph.lexicon import CAPTIVE_PERSON_NOUNS, COLLECTIVE_OFFICE_TITLES, GROUND_FEATURE_NOUNS, QUANTITY_WORDS
from conflictkg.graph.lexicon import COLLECTIVE_BAND_NOUNS, COMBATANT_PLURALS
from conflictkg.graph.lexicon import RECIPROCAL_PRONOUNS
from conflictkg.graph.lexicon import INDEFINITE_ARTICLES, OFFSHOOT_HEADS, RULING_VERBS, EVENT_GOVERNORS, ABETTING_VERBS, CAMPAIGN_NOUNS
from conflictkg.graph.lexicon import SECEDED_POLITY_MODIFIERS, SECEDED_POLITY_NOUNS
from conflictkg.graph.lexicon import ROLE_PREPS, PLACE_OBJECT_VERBS, PLACE_GOAL_VERBS, DISTANCE_UNITS, COMPASS_NOUNS, ARMED_APPOSITIVES, ARMED_MEMBER_NOUNS, FACILITY_ANAPHORS, FACILITY_OF_NOUNS, NAMING_PLACE_NOUNS, OTHER_REFERENT_MODIFIERS, REGION_NOUNS, SETTLEMENT_NOUNS
from conflictkg.graph.lexicon import PEOPLE_NOUNS
from conflictkg.graph.lexicon import MANDATE_PARTICIPLES, MANDATE_CONNECTORS, MANDATE_NOUNS, MANDATE_SUBJECT_PREPS
from conflictkg.graph.lexicon import ACRONYM_NAME_CONNECTORS, COMMUNITY_DEMONYMS, DESCRIPTION_TYPE_MODIFIERS, DISTRIBUTIVE, RIVAL_KIND_ANAPHORS, SIDE_MODIFIERS, SUBNATIONAL_MODIFIERS, STATE_AGENCY_DOMAINS, STATE_AGENCY_HEADS
from conflictkg.graph.lexicon import GROUP_NAME_HEADS, RESEARCH_POSTS, FOUNDING_VERBS
from conflictkg.graph.lexicon import COMPASS_WORDS, CONTRAST_WORDS, NAMED_KIND_ANAPHORS, REACTION_VERBS, STATE_EPITHET_MODIFIERS, STATE_LEADER_EPITHETS
from conflictkg.graph.lexicon import ATTACKER_NOUNS, DEAL_NOUNS, DELEGATION_NOUNS, NEIGHBOUR_NOUNS, GROUP_MODIFIERS, VERB_FRAMES, NOUN_FRAMES, MUTUAL_VERBS, PLACE_PREPOSITIONS, TALK_NOUNS, ENCOUNTER_VERBS, AGREEING_VERBS, BROKER_VERBS, BROKER_NOUNS, GO_BETWEEN_ENVOYS, PEER_TITLES, MODEL_DESIGNATION_PREFIXES, STATECRAFT_ENVOYS, REASON_PREPOSITIONS
from conflictkg.graph.lexicon import FORMER_TITLE_WORDS, UNSEATED_TITLE_WORDS, ORDINAL_ANAPHORS, PERSON_EPITHET_SUFFIXES, PERSON_TITLES, REFERENCE_WINDOWS, SET_SIZE_NOUNS
from conflictkg.graph.lexicon import OPEN_ARMED_NOUNS
from conflictkg.graph.lexicon import PAIR_DETERMINERS, PAIR_PRONOUNS, PAIR_SET_NOUNS, PERSON_SET_PRONOUNS, NEGATIVE_QUANTIFIERS
from conflictkg.graph.lexicon import SET_QUANTIFIERS, UNIVERSAL_WORDS, COMPOSITION_ADVERBS
from conflictkg.graph.lexicon import BELONGING_PARTICIPLES, GATHERING_PARTICIPLES, GATHERING_PREPOSITIONS, NAMING_PARTICIPLES, FORCE_ANTECEDENT_HEADS, OWN_FORCE_VERBS, UNOWNED_FORCE_MODIFIERS, UNOWNED_FORCE_NOUNS
from conflictkg.graph.lexicon import NAMING_VERBS, NAME_GIVING_PARTICIPLES, NAME_FORM_NOUNS, LED_FORCE_NOUNS, NICKNAMING_VERBS, SELF_NAMING_VERBS, APPEAL_VERBS, SIDE_NOUNS, SIDE_PLURALS, SIDE_TAKING_VERBS, CAPITAL_NOUNS
from conflictkg.graph.lexicon import BARE_REBEL_PLURALS, REBEL_MODIFIERS, FORCE_HEADS, SECURITY_MODIFIERS, MEMBER_PLURALS, TROOP_NOUNS, RULING_MODIFIERS
from conflictkg.graph.lexicon import REGIME_NOUNS, JUNTA_NOUNS, LOYALTY_ADJECTIVES, REGION_NAME_FILLERS, MINISTER_TITLES, REPRESENTATIVE_NOUNS, FALLING_VERBS, LOCATING_VERBS
from conflictkg.graph.lexicon import POSSESSED_PLACE_NOUNS, PART_WHOLE_NOUNS, HEADING_VERBS, STATEMENT_VERBS, SPLINTER_MODIFIERS, INDEFINITE_MODIFIERS
from conflictkg.graph.lexicon import SPLINTER_PART_MODIFIERS
from conflictkg.graph.lexicon import GOVERNING_NAME_WORDS, BARE_ANAPHOR_PLURALS, BODY_NOUNS, ORGANIZATION_NOUNS, PLACE_OF_NOUNS, PLACED_ROLE_NOUNS, PLURAL_PRONOUNS
from conflictkg.graph.lexicon import SENT_PERSONNEL_NOUNS
from conflictkg.graph.lexicon import SEATED_OFFICIAL_NOUNS, SEAT_PREPOSITIONS
from conflictkg.graph.lexicon import SMEAR_NOUNS, GRATITUDE_NOUNS
from conflictkg.graph.lexicon import LANGUAGE_NAMES, CIVILIAN_BODY_NOUNS, COMMUNITY_BAND_PEOPLES, SETTLER_NOUNS, PEOPLE_BAND_NOUNS, PEOPLE_FORCE_NOUNS, IGO_AGENT_NOUNS, IGO_ORGAN_NOUNS, HOST_PLACE_PREPOSITIONS, MILITARY_SPEAKER_NOUNS, REPORTING_VERBS
from conflictkg.graph.lexicon import DENYING_SUBJECT_WORDS
from conflictkg.graph.lexicon import RULED_BODY_HEADS, RULING_PARTICIPLES
from conflictkg.graph.lexicon import COPULAR_VERBS
from conflictkg.graph.lexicon import VAGUE_REGION_NOUNS, POINT_PREPOSITIONS, PARTY_NOUNS, TIE_NOUNS
from conflictkg.graph.lexicon import NAMED_UNIT_NOUNS, LOCATED_UNIT_NOUNS, LOCATING_PREPOSITIONS
from conflictkg.graph.lexicon import PLACE_PRONOUN_VERBS
from conflictkg.graph.lexicon import THIRD_PERSON_PRONOUNS, PERSON_SUBJECT_PRONOUNS, PERSON_POSSESSIVES, PERSON_OBJECT_PRONOUNS, SUBJECT_PRONOUNS, NEUTER_PRONOUNS, BODY_POSSESSIVES, REFLEXIVE_PRONOUNS
from conflictkg.graph.lexicon import ARMED_NAME_WORDS, IGO_NAME_WORDS, LAND_FORCE_NAMES, ARMED_OVER_IGO_WORDS, LOOSE_IGO_NAME_WORDS, \
    SHARED_ARMED_NAME_WORDS
from conflictkg.graph.lexicon import ARMED_NAME_OPENERS, NAME_ARTICLE_PREFIXES, BAND_NAME_HEADS, MEMBERSHIP_APPOSITIVES
from conflictkg.graph.lexicon import TRAINED_PERSONNEL_NOUNS, TRAINING_VERBS, OWNED_ALLY_NOUNS
from conflictkg.graph.lexicon import HARBOURING_VERBS
from conflictkg.graph.lemmas import all_lemmas
from conflictkg.graph.model import Actor, Mention, normalize_name
from conflictkg.graph.columns import DocColumns, children_of, columns_of
from conflictkg.graph.gazetteer import Entry, Gazetteer, region_only, alpha3, towns, iso_region
from conflictkg.graph.lexicon import FEDERAL_UNIT_NOUNS
from conflictkg.graph.entities import compass_prefix, ordinal_figure, titled_portfolio_of
from conflictkg.graph.segment import BULLET_ITEM, BULLETS, doc_sents, doc_text

__all__ = ["Resolver", "Ref", "ACTOR", "PLACE", "DISTRIBUTIVE_ACTOR", "PARTIES_ACTOR", "no_longer_the_group"]

ACTOR = "actor"
PLACE = "place"

_SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART",
                "LAW", "LANGUAGE", "EVENT", "PRODUCT"}


def _words_pattern(words: frozenset[str], gap: str = " ") -> re.Pattern:
    """A pattern that finds any of ``words`` (a lexicon class) as whole words, in any case; the space inside a
    phrase of the class matches ``gap`` (one space, or r"\\s+" for any spacing)."""
    return re.compile(r"\b(" + "|".join(gap.join(map(re.escape, w.split())) for w in sorted(words)) + r")\b", re.I)


# Heuristic types for organisations NER finds but the gazetteer does not know.
_ARMED_HEADS = _words_pattern(ARMED_NAME_WORDS)
# "Veltrian Defence Forces", "Kestria Armed Forces": the owner, then a regular army's head words.
_STATE_FORCES = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:National\s+)?(?:Defen[cs]e|Armed|"
                           r"Security|Defen[cs]e\s+and\s+Security)\s+Forces?|Army|Navy|Air\s+Force|Police)", re.I)
# A state's forces that "the army" may name (not its air force, navy or police).
_LAND_FORCES = _words_pattern(LAND_FORCE_NAMES, r"\s+")
# A land force's one-word name ("the Army", "the Military") is how the press writes a state's own army: never the
# short form of a named group's name that ends in it ("the New People's Army", "the Arakan Army")
_LONE_FORCE_SHORT_FORMS = frozenset(n for n in LAND_FORCE_NAMES if " " not in n)
_IGO_HEADS = _words_pattern(IGO_NAME_WORDS)
_LOOSE_IGO_HEADS = _words_pattern(LOOSE_IGO_NAME_WORDS)
_SHARED_ARMED_HEADS = _words_pattern(SHARED_ARMED_NAME_WORDS)
_ARMED_OVER_IGO = _words_pattern(ARMED_OVER_IGO_WORDS)
# Labels the small model gives to unfamiliar town names ("the town of Mirebalais" as PRODUCT).
_MAYBE_PLACE = {"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"}
_GOVERNING_NAME = _words_pattern(GOVERNING_NAME_WORDS)
_PROPN = _POS_IDS["PROPN"]
_NOUN = _POS_IDS["NOUN"]
_PERSON_PRONOUNS = PERSON_SUBJECT_PRONOUNS | PERSON_POSSESSIVES  # (as subject or possessive: a person's, or an unnamed speaker's)
# (only ever a person: a body named beside the one person is no rival antecedent for them)
_PERSON_ONLY_PRONOUNS = _PERSON_PRONOUNS | PERSON_OBJECT_PRONOUNS
_UNNAMED_SPEAKER_NOUNS = frozenset(SPEAKER_ANTECEDENTS) | frozenset(UNNAMED_PERSON_NOUNS)


@dataclass(frozen=True)
class Ref:
    """An actor as referred to at one token: by name, by a generic head, or by an anaphor."""

    actor: Actor
    kind: str  # "name", "head" or "anaphor"


# the words that end a name's first part, whose last word is its head: "Mission in X", "Front for Y"
_NAME_HEAD_ENDS = frozenset((*NAME_CONNECTORS, *ACRONYM_NAME_CONNECTORS)) - {"and", "the"}
# Unions of word classes the readers of each token test (made once, not at every test)
_COMMUNITY_HEADS = frozenset(FORCE_NOUNS | GROUP_NOUNS | GOVERNMENT_NOUNS | REBEL_NOUNS | UNCERTAIN_FORCE_NOUNS
                             | AGENT_NOUNS | ARMY_NOUNS)
_DESCRIBED_HEADS = frozenset(FORCE_NOUNS | GROUP_NOUNS | set(ANAPHORS))
_BODY_HEADS = frozenset(REBEL_NOUNS | UNCERTAIN_FORCE_NOUNS | FORCE_NOUNS | GROUP_NOUNS | AGENT_NOUNS)
_FIGHTER_HEADS = frozenset(REBEL_NOUNS | UNCERTAIN_FORCE_NOUNS | FORCE_NOUNS)
_REBEL_HEADS = frozenset(REBEL_NOUNS | UNCERTAIN_FORCE_NOUNS)
# nouns of armed men a people's adjective makes a party of ("Serb gunmen", "Bedouin tribes"); no generic "groups"
_ARMED_MEN_HEADS = frozenset(REBEL_NOUNS | ARMED_MEMBER_NOUNS | PEOPLE_BAND_NOUNS)
_STATE_BODY_HEADS = frozenset(FORCE_NOUNS | GOVERNMENT_NOUNS)
# Of those, the words that name the body itself ("the army", "government troops"), not a thing of it
# ("its positions", "army depots"): only these become aliases.
_STATE_BODY_ALIAS_HEADS = frozenset((FORCE_NOUNS & ALIAS_HEADS) | GOVERNMENT_NOUNS)


def _phrase_root(token: Token) -> Token:
    """The head of the noun phrase ``token`` stands in, through appositions, conjuncts, possessors, "of" phrases
    and relative clauses (up to the clause)."""
    while token.head != token:
        if token.dep_ in ("relcl", "acl") or token.head.dep_ in ("relcl", "acl") or (
                token.dep_ in ("appos", "conj", "pobj", "prep", "poss", "compound", "nmod", "amod")
                and token.head.pos_ not in ("VERB", "AUX")):
            token = token.head  # (and through a relative clause: "X and Y, who had pledged allegiance to Z")
            continue
        break
    return token


def _singular_name(token: Token) -> bool:
    """A plural-looking name that its verb treats as one body: "The Sons of the Delta, a group ..., is not part
    of it", "The Friends of X has said" (the subject of a third-person singular verb)."""
    verb = token.head
    return token.tag_ == "NNPS" and token.dep_ in ("nsubj", "nsubjpass") and (
        verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in children_of(verb)))


@dataclass
class _Seen:
    token: int
    sent: int
    actor: Actor
    subject: bool


def contrasted(appos: Token) -> bool:
    """Whether an apposition is set against its head ("the army, not the RSF, shelled X"; "struck A, not B";
    "A rather than B"): it names who did not, never the noun's referent nor a place it lies in."""
    if appos.dep_ != "appos":
        return False
    lo, hi = sorted((appos.head.i, appos.i))
    return any(c.dep_ == "neg" for c in children_of(appos)) or any(
        w.lower_ in CONTRAST_WORDS for w in appos.doc[lo + 1:hi])


def listed_apart(appos: Token) -> bool:
    """Whether an apposition is set off from its head by a semicolon ("To: President N; the leaders of the rebels;
    members of the council"): a semicolon parts the items of a list, so the noun after it is another addressee or
    item, never a title or description of the name before it."""
    if appos.dep_ != "appos":
        return False
    lo, hi = sorted((appos.head.i, appos.i))
    return any(w.text == ";" for w in appos.doc[lo + 1:hi])


_MODIFIER_DEPS = ("compound", "nmod", "amod", "poss")


def composition_apposition(appos: Token) -> bool:
    """"Hundreds of fighters, mostly Hutus, attacked X", "the volunteers, largely Chechens, held Y" (desc37): a name
    set off after a plural noun behind an adverb of make-up (COMPOSITION_ADVERBS) tells what the group is mostly
    made of, not who it is ("fighters, mostly members of Z" is left to the noun's own reading)."""
    return appos.dep_ == "appos" and appos.head.tag_ in ("NNS", "NNPS") and appos.pos_ == "PROPN" and any(
        c.dep_ == "advmod" and c.i < appos.i and c.lower_ in COMPOSITION_ADVERBS for c in children_of(appos))


def _set_aside(tok: Token) -> bool:
    """Whether a name is set aside by the words right before its phrase ("A rather than B", "A, not B", "A but not
    B", "A instead of B", "not B but A"): B is named as who is not meant, and is no candidate of a description after."""
    start = tok.left_edge.i
    if start == 0:
        return False
    doc, last = tok.doc, tok.doc[start - 1].lower_  # (two Tokens at most: no Span of them)
    return last == "not" or start >= 2 and (doc[start - 2].lower_, last) in _SETTING_ASIDE_PAIRS


_SETTING_ASIDE_PAIRS = {("rather", "than"), ("instead", "of")}
_RULING_LEMMAS = frozenset(RULING_VERBS)  # (the forms DocColumns.positions finds the ruling verbs by)


def _ordinal(word: str) -> bool:
    """Whether ``word`` is an ordinal: "Fourth", "3rd", "101st"."""
    return word.lower() in ORDINAL_WORDS or ordinal_figure(word)


def _capitalised(text: str) -> bool:
    """Whether a word begins with a capital letter (the test DocColumns.where lists the capitalised words by)."""
    return text[:1].isupper()


def _described_name(owner: Token, named: dict) -> Token | None:
    """The named token ``owner`` is or describes: itself, or the name a chain of descriptions in apposition
    climbs to ("X, an ethnic force whose ...", "X, a regional bloc whose mediators ..."); None where none."""
    while owner.i not in named and owner.dep_ == "appos" and owner.pos_ == "NOUN" \
            and owner.head != owner and owner.head.i < owner.i:
        owner = owner.head
    return owner if owner.i in named else None


def _owns_body_title(token: Token) -> bool:
    """ref52: whether ``token`` is a possessive "its" owning a title only a body holds (``body_owned_titles``:
    "its commander", "its founder", "its spokesman"), never a place."""
    return token.lower_ == "its" and token.dep_ == "poss" and token.head.pos_ == "NOUN" \
        and token.head.lemma_.lower() in BODY_OWNED_TITLES


def _title_owner_kinds(token: Token) -> tuple[str, ...]:
    """w55c: the kinds of body that may own the title a possessive "its"/"their" owns (``title_owner_kinds``), by
    the whole hyphened word: "its commander" an armed group, an army, a mission or a body; "its secretary-general"
    no state ("its commander-in-chief", another title, none). Empty for a title that fits any owner, and for a
    plural title, which names no one holder."""
    if token.dep_ != "poss" or token.lower_ not in ("its", "their") or token.head.i <= token.i \
            or token.head.tag_ != "NN":
        return ()  # ("sheltering its commanders": a plural names no holder whose post the owner would tell)
    title, doc = token.head, token.doc
    start, end = title.i, title.i  # (the parse owns "secretary-general" by either half)
    while start - 1 > token.i and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and "-" in (doc[end].text, doc[end + 1].text):
        end += 1
    word = "".join(t.text for t in doc[start:end + 1]).lower() if end > start else title.lemma_.lower()
    return TITLE_OWNER_KINDS.get(word, ())


def _described_aside(noun: Token) -> bool:
    """talk50: whether an appositive after a definite description is an indefinite common noun set off by a comma
    ("the legion, a clan militia raised in 2019, ...", "the front, a splinter of X, ..."): like a relative clause
    between commas it says more of the body, not which one; a name or a definite noun in apposition does say which."""
    edge = noun.left_edge
    return noun.pos_ == "NOUN" and edge.i > 0 and noun.doc[edge.i - 1].text == "," and noun.head.i < edge.i \
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in children_of(noun)) \
        and not any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" for c in children_of(noun))


def _aside_kind(noun: Token) -> str | None:
    """talk50: the kind of body an indefinite appositive (``_described_aside``) says the description is: an armed
    group for a part broken from a body ("a splinter of X", "a breakaway faction of Y": offshoot_heads); None for
    anything else, which the description is not read past. (Any armed body's noun, "a clan militia", was measured
    too: the body so found then owned an offensive told in the next sentence that its event anaphora misread.)"""
    return "ARMED_GROUP" if noun.lemma_.lower() in OFFSHOOT_HEADS else None


def _armed_aside(noun: Token) -> bool:
    """ref55: whether an indefinite appositive (``_described_aside``) says the description is an armed body of any
    kind: "a clan militia" (``armed_appositives``), "an alliance of local militias", "a rebel movement"."""
    return _aside_kind(noun) == "ARMED_GROUP" or noun.lemma_.lower() in ARMED_APPOSITIVES or _armed_description(noun)


def _set_off(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma before it ("the front, whose fighters ..."): it adds to
    a description, not restricts it."""
    edge = clause.left_edge.i
    return edge > 0 and clause.doc[edge - 1].text == "," and clause.head.i < edge


def _set_off_participle(clause: Token) -> bool:
    """Whether a past participle is set off by commas on both sides ("the front, led by N, holds ..."): like a
    relative clause between commas it adds to a description, not restricts it, so "the front" still stands for
    the one front named before (off52). A participle with no closing comma ("the front led by N") may pick one
    front out of several, and keeps the description unresolved."""
    if clause.tag_ != "VBN" or not _set_off(clause):
        return False
    end = clause.right_edge.i
    return end + 1 < len(clause.doc) and clause.doc[end + 1].text == ","


def _opens_after_time(token: Token) -> bool:
    """Whether ``token`` opens its sentence or follows no more than a time phrase of its own clause's verb ("Last
    month militants bombed ...", "On Sunday, insurgents shelled ...", "Overnight gunmen stormed ..."): each word
    before it is a date or time NER read, punctuation, a preposition whose object is one, or a lone adverb of the
    verb (prec37a)."""
    sent = token.sent
    if token.i == sent.start:
        return True
    verb = token.head
    for tok in token.doc[sent.start:token.i]:
        if tok.ent_type_ in ("DATE", "TIME") or tok.is_punct:
            continue
        if tok.pos_ == "ADP" and tok.head == verb and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")
                                                           for c in children_of(tok)):
            continue
        if tok.pos_ == "ADV" and tok.dep_ in ("advmod", "npadvmod") and tok.head == verb and not any(children_of(tok)):
            continue
        return False
    return True


def _definite_or_bare(token: Token) -> bool:
    """Whether a noun has no determiner or "the" ("state television", "the state broadcaster"; not "a state radio")."""
    return all(c.lower_ == "the" for c in children_of(token) if c.dep_ == "det")


def _land_demonym(name: str, word: str) -> bool:
    """Whether ``word`` is the "-ish" demonym of a "-land" name ("Tarnland": "Tarnish", as Poland gives Polish and
    Finland Finnish), both lower case."""
    stem = name[:-4] if name.endswith("land") and " " not in name else ""
    return len(stem) >= 3 and word in (f"{stem}ish", f"{stem}{stem[-1]}ish")


def _body_owned_agent(token: Token) -> bool:
    """Whether ``token`` is an agent noun (``agent_nouns``: an envoy, a bomber, a spokesman) owned by a body's
    possessive pronoun ("its envoy", "their negotiators"): the agent acts for the body, as "the league's envoy" does
    for the league. Not a peer ("its counterpart" is another's), nor a person's possessive ("his envoy")."""
    lower = token.lower_
    return lower in AGENT_NOUNS and lower not in PEER_TITLES and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in BODY_POSSESSIVES and c.i < token.i for c in children_of(token))


def verb_companions(verb: Token) -> list[Token]:
    """The nouns that name who shares ``verb``'s act (or its subject's) with its subject: "together with X" (wherever the parser hangs
    "together": on the "with" or, fronted, beside it on the verb), "along with X", "alongside X", "beside X"
    (``company_adverbs``, ``companion_prepositions``). A comrade in the act is never its object.

    >>> # "Together with the Orvan Guard, the Marsh Front fought the rebels": the Orvan Guard
    """
    out = []
    for c in children_of(verb):
        if c.dep_ == "prep" and (c.lower_ in COMPANION_PREPOSITIONS or c.lower_ == "with" and (
                c.i > 0 and c.doc[c.i - 1].lower_ in COMPANY_ADVERBS and c.doc[c.i - 1].head == verb)):
            out += [p for p in children_of(c) if p.dep_ == "pobj"]  # "alongside X"; "together | with X", fronted
        else:
            out += company_named(c)
    return out


def company_named(prep: Token) -> list[Token]:
    """The nouns a phrase of company names ("along with B", "together with B": company_adverbs), or none."""
    if prep.dep_ in ("prep", "advmod") and prep.lower_ in COMPANY_ADVERBS:
        return [p for w in children_of(prep) if w.lower_ == "with" for p in children_of(w) if p.dep_ == "pobj"]
    if prep.dep_ == "prep" and prep.lower_ == "with" and any(w.lower_ in COMPANY_ADVERBS for w in children_of(prep)):
        return [p for p in children_of(prep) if p.dep_ == "pobj"]
    return []


def _prepositional_relative_antecedent(which: Token) -> Token | None:
    """"Niger turned to Mali and Chad, with which it formed X": a relative "which" after a preposition that opens
    the clause, right after a comma, when the parser took the clause for an adverbial one (no relative clause
    over it): the noun that closes the phrase before the comma (with its list: Mali and Chad).

    >>> # "Niger turned to Mali and Chad, with which it formed the Union": Mali and Chad
    """
    prep, doc = which.head, which.doc
    if which.tag_ != "WDT" or which.dep_ != "pobj" or prep.dep_ != "prep" or prep.i < 2 or doc[prep.i - 1].text != "," \
            or prep.head.dep_ != "advcl" or prep.head.left_edge.i != prep.i:
        return None
    before = doc[prep.i - 2]
    return before if before.pos_ == "PROPN" else None


@dataclass
class Resolver:
    """Actors of one document, and which token refers to which."""

    doc: Doc
    gazetteer: Gazetteer
    actors: dict[str, Actor] = field(default_factory=dict)
    # the document's attribute columns, taken once for all its readers (made here if not given)
    columns: DocColumns | None = field(default=None, repr=False, compare=False)
    # anaphors with two equally good antecedents: they refer to neither (nor to anyone else)
    _ambiguous: set[int] = field(default_factory=set, init=False, repr=False)
    # anaphors whose own clause settles that they refer to an actor the text does not name or leaves open
    # ("assurances by an unnamed body that it ...", "an alliance of armed groups said it ..."): no section's
    # topic stands in for them
    _unbound: set[int] = field(default_factory=set, init=False, repr=False)
    # ref55: title owners read past an armed aside: read for the title alone, never a mention later anaphors find
    _aside_owners: set[int] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.columns is None:
            self.columns = DocColumns(self.doc)
        self._sent_of = {}
        for n, sent in enumerate(doc_sents(self.doc)):  # (by ranges: iterating a sentence makes its Tokens)
            self._sent_of.update(dict.fromkeys(range(sent.start, sent.end), n))
        self._entries: dict[str, Entry] = {}  # actor id -> gazetteer entry (for metonyms, states)
        self._named: dict[int, Actor] = {}
        # the statement's issuer and whether the names were read when it was (``_statement_issuer``)
        self._issuer: tuple[list[Ref], bool] | None = None
        self._acronyms: dict[str, Actor] = {}
        self._person_state: dict[str, Entry] = {}
        self._official_state: dict[str, str] = {}  # person id -> the state a title in this text says he serves
        self._led_by: dict[str, Actor] = {}
        self._dateline_places: list[Token] = []
        self._memo: dict[tuple[int, str], list[Ref]] = {}
        self._peoples: dict[str, Actor] = {}  # demonym -> the unnamed group of that people's fighters
        self._facility_city: dict[str, str] = {}  # unnamed facility id -> the id of the place holding it
        self._regional: set[str] = set()  # governments of a region of a state ("the government of southern X")
        self._armies: set[str] = set()  # a state's forces named in the text, of a state the gazetteer does not know
        self._gendered: list[int] | None = None  # the tokens whose form PERSON_GENDERS knows (made when first needed)
        self._rulers: dict[str, Actor] | None = None  # state name -> the movement the text says rules it (when first needed)
        self._subjects: list[Token] | None = None  # the tokens whose dependency is nsubj (made when first needed)
        self._quote_mark_ids: list[int] | None = None  # the tokens holding a quotation mark (made when first needed)
        self._nouns_by_form: dict[int, list[int]] | None = None  # lowered form -> its nouns, in order (when first needed)
        self._nouns_by_lemma: dict[str, list[int]] | None = None  # lowered lemma -> its nouns, in order (when first needed)
        # the proper nouns, in order: the readers of names look at no other token
        pos_column = self.columns.column(POS)
        self._propns = [self.doc[i] for i, pos in enumerate(pos_column) if pos == _PROPN]
        self._nouns = [i for i, pos in enumerate(pos_column) if pos == _NOUN]  # (for names the tagger took for nouns)
        self._ents = self.doc.ents  # (listed once: Doc.ents makes its Spans anew at each access)
        self._read_names()
        self._read_facilities()
        # "Islamic State-linked insurgents" names Islamic State only as a modifier: not an antecedent.
        self._head_words: set[str] | None = None  # (the head words of the names read: _name_head_words)
        self._history = sorted(
            (_Seen(i, self._sent_of[i], a, _subject_like(self.doc[i]))
             for i, a in self._named.items() if not _hyphen_modifier(self.doc[i])),
            key=lambda s: s.token,
        )
        self.salient_state = self._salient_state()
        self._read_portfolios()

    # -- named mentions -----------------------------------------------------------
    def _read_names(self) -> None:
        self._place_votes = _PlaceVotes(self._propns, self._ents)
        self._unplaced: dict[str, bool] = {}  # person id -> titled head of a state the text does not name
        self._owner_unread: bool | None = None  # whether the text names a government of a name it shows as no state
        self._gov_owners: list[Token] | None = None  # one-word unknown names owning a government ("Ivoria's government")
        self._town_votes()
        unknown = self._unknown_states()
        self._local_states = {e.name for e in unknown}
        if unknown:  # this document's own states, looked up like the gazetteer's
            self.gazetteer = self.gazetteer.copy().add(unknown)
        datelines, headline_end = self.doc._.datelines, self.doc._.headline_end  # (each doc._ makes an object)
        for ent in self._ents:
            if len(ent) != 1:
                continue
            if ent.label_ in _SKIP_LABELS and not (ent.label_ in _MAYBE_PLACE and (
                    _place_score(ent[0]) > 0 or _clean_name(ent.text) in self._local_states)):
                continue  # (a name the text itself makes a state is read whatever NER took it for: type47)
            token = ent[0]
            if any(a <= token.idx < b for a, b in datelines):
                self._dateline_places.append(token)
                continue
            if token.idx < headline_end and not token.ent_id_:
                continue  # a title-case headline fools NER ("Second Major City"); trust only the gazetteer there
            if not token.ent_id_ and token.dep_ == "compound" and token.head.lower_ in PEOPLE_NOUNS:
                continue  # "drawn from the Tebu community": a people, not an actor the gazetteer knows
            actor = self._actor_for_entity(token)
            if actor is not None:
                self._named[token.i] = actor
        # "Petro" after "Gustavo Petro", where NER saw no name; where the tagger took an unknown name for a common
        # noun ("Debretsion accused X"), only a short name the gazetteer gives a person, never a mere part of a name
        for tok in sorted((*self._propns, *map(self.doc.__getitem__, self._nouns)), key=lambda t: t.i):
            if not tok.ent_type_ and tok.i not in self._named and tok.text[:1].isupper():
                person = self._known_person(tok.text, short_only=tok.pos_ == "NOUN")
                if person is not None and any(i < tok.i for i, a in self._named.items() if a.id == person.id):
                    self._named[tok.i] = person
        for tok, name in _bare_place_names(self.doc, self._propns):
            entry = self.gazetteer.lookup(name)
            actor = self._register(entry.actor(), entry) if entry else self._register(Actor.create(name, "LOCATION"))
            self._named[tok.i] = actor
        self._read_unread_places()
        # "the Rapid Support Forces (RSF)": the acronym names the same actor from here on.
        for i, actor in sorted(self._named.items()):
            if i + 3 <= len(self.doc) and self.doc[i + 1].text == "(" and self.doc[i + 3].text == ")":
                acro = self.doc[i + 2]
                if _is_acronym_of(acro.text, actor.name):
                    self._acronyms[acro.text] = actor
                    self._add_alias(actor, acro.text)
                    for j, other in list(self._named.items()):
                        if self.doc[j].text == acro.text:
                            self._named[j] = self.actors[actor.id]
                            if other.id != actor.id and other.id not in self._entries:
                                self.actors.pop(other.id, None)
        self._type_defined_acronyms()
        self._type_loose_heads_by_text()
        self._read_unread_acronyms()
        self._read_spelled_acronyms()
        self._read_described_names()
        self._read_bare_acronyms()
        self._read_short_names()
        self._read_generic_force_names()
        self._read_state_force_names()
        self._read_leading_names()
        self._read_known_as()
        self._read_alias_markers()
        self._read_mandated_titles()
        self._read_compass_names()
        self._read_landform_names()
        self._read_qualifier_names()
        self._unify_people()
        self._read_unit_short_names()
        self._read_armed_descriptions()
        self._read_armed_takers()
        self._read_neuter_named_bodies()
        for i, actor in list(self._named.items()):
            self._named[i] = self.actors.setdefault(actor.id, actor)
        self._read_designated_places()

    def _read_unit_short_names(self) -> None:
        """"the Fourth Division of the Carsavian Army", "the 3rd Armoured Brigade of the Armed Forces of X": a numbered
        formation named with its parent is known by its own part too ("the Fourth Division"), so that part is one of
        its aliases. Only a formation whose name opens with an ordinal and ends with a unit noun (``unit_nouns``):
        "the Brigade of the Martyrs" is a name of its own."""
        for actor in list(self.actors.values()):
            if actor.id in self._entries or actor.type not in ("ARMED_GROUP", "GOVERNMENT", "ORGANIZATION"):
                continue
            own, of, parent = actor.name.partition(" of ")
            words = own.split()
            if of and parent and len(words) >= 2 and _ordinal(words[0]) and words[-1].lower() in UNIT_NOUNS:
                self._add_alias(actor, own)

    def _read_generic_force_names(self) -> None:
        """"The Chief of Defence Forces, General N": a force name made only of generic words names the one force
        the text names in full that ends with it ("Uganda People's Defence Forces"), else no actor (no body is
        called just that). The gazetteer's own names stay."""
        for i, actor in list(self._named.items()):
            words = normalize_name(actor.name).split()
            if actor.id in self._entries or actor.type not in ("ARMED_GROUP", "GOVERNMENT", "ORGANIZATION") \
                    or not words or not all(w in GENERIC_FORCE_NAME_WORDS for w in words):
                continue
            tail = " " + " ".join(words)
            full = {a.id: a for a in self._named.values() if a.id != actor.id
                    and any((" " + normalize_name(n)).endswith(tail) for n in a.names)}
            if len(full) == 1:
                self._named[i] = next(iter(full.values()))
            else:
                del self._named[i]
            if not any(a.id == actor.id for a in self._named.values()):
                self.actors.pop(actor.id, None)

    def _read_state_force_names(self) -> None:
        """"Major General N of the Australian Army", "the Pakistan Air Force struck X": a name the gazetteer does not
        know, made only of a state's name or adjective and the name of a force (``STATE_FORCE_NAMES``), is that
        state's own forces (a GOVERNMENT, as an unknown defence force of a state is), and carries the state's name
        as an alias: the state is whom it fights or serves for. Not a name with any other word ("the Libyan
        National Army", "the Free Syrian Army": bodies of their own)."""
        for i, actor in sorted(self._named.items()):
            if actor.id in self._entries or actor.type != "GOVERNMENT":
                continue
            words = normalize_name(actor.name).split()
            state = next((entry for k in range(1, min(3, len(words) - 1) + 1)
                          if " ".join(words[k:]) in STATE_FORCE_NAMES
                          and (entry := self.gazetteer.by_demonym(" ".join(words[:k]))
                               or self.gazetteer.lookup(" ".join(words[:k]))) is not None
                          and entry.type == "STATE"), None)
            if state is not None and normalize_name(state.name) not in {normalize_name(n) for n in self.actors[actor.id].names}:
                self._add_alias(actor, state.name)
                for j, other in list(self._named.items()):
                    if other.id == actor.id:
                        self._named[j] = self.actors[actor.id]

    def _read_designated_places(self) -> None:
        """"Kordofan's Abu Zabad district", "in Ostra province": the place keeps its designator as an alias
        ("Abu Zabad district"), the form annotators and gazetteers often give it."""
        for i, actor in self._named.items():
            tok = self.doc[i]
            head = tok.head
            if actor.type != "LOCATION" or tok.dep_ != "compound" or head.i != i + 1 \
                    or head.lower_ not in PLACE_DESIGNATORS or not head.text.islower():
                continue
            alias = f"{_clean_name(tok.text)} {head.text}"
            if normalize_name(alias) not in {normalize_name(n) for n in self.actors[actor.id].names}:
                self._add_alias(actor, alias)
                self._named[i] = self.actors[actor.id]

    def _read_unread_acronyms(self) -> None:
        """"the Movement for Peace and Renewal (MPR)", NER reading neither: the capitalised name before a bracketed
        acronym it spells is a body of its own (named at the name's head and at the acronym, and by the acronym
        from then on), of the kind its head words say."""
        for tok in self._propns:
            i = tok.i
            if (i in self._named and not self._foreign_acronym(tok)) or tok.ent_type_ in _SKIP_LABELS \
                    or not tok.text.isupper() or i < 3 \
                    or self.doc[i - 1].text != "(" or i + 1 >= len(self.doc) or self.doc[i + 1].text != ")":
                continue
            span = self._name_before(i - 1)
            if span is None or span.root.i in self._named or span.root.ent_type_ in ("GPE", "LOC", "PERSON") \
                    or span.root.pos_ != "PROPN" or not _is_acronym_of(tok.text, span.text):
                continue  # (names inside it may be read: "the United Nations Support Mission in X")
            type_ = _kind_of_name(span.text, tok)
            if type_ is None:
                continue
            actor = self._register(Actor.create(_clean_name(span.text), type_, [tok.text]))
            old = self._named.get(i)
            if old is not None:  # the text's own definition wins over the gazetteer's reading of the letters
                for j, other in list(self._named.items()):
                    if other.id == old.id and self.doc[j].text == tok.text:
                        self._named[j] = actor
            self._acronyms[tok.text] = actor
            self._named[tok.i] = actor
            self._named[span.root.i] = actor

    def _read_spelled_acronyms(self) -> None:
        """"the Qesh Liberation Army ... The QLA, which ...": an acronym the text never defines, read as a body of
        its own, that spells the initials of one body named before it (its capitalised words', in order) is that
        body, there and wherever it stands alone; with two such bodies it is neither."""
        for i, actor in sorted(self._named.items()):
            text = _clean_name(self.doc[i].text)
            if actor.id in self._entries or actor.type in ("PERSON", "LOCATION") or actor.name != text \
                    or not text.isalpha() or not text.isupper() or len(text) < 2 or text in self._acronyms:
                continue
            bodies = {a.id: a for j, a in self._named.items() if j < i and a.id != actor.id
                      and a.type not in ("PERSON", "LOCATION") and any(_initials(n) == text for n in a.names)}
            if len(bodies) != 1:
                continue
            body = self.actors.get(next(iter(bodies)), next(iter(bodies.values())))
            self._acronyms[text] = body
            self._add_alias(body, text)
            for j, other in list(self._named.items()):
                if other.id == actor.id:
                    self._named[j] = self.actors[body.id]
            self.actors.pop(actor.id, None)

    def _foreign_acronym(self, tok: Token) -> bool:
        """"the Highland People's Guard (HPG)", where the gazetteer knows "HPG" as another body's alias that none of
        that body's names spells: the letters the text defines are not the gazetteer's (its own name is read
        as the body, by ``_read_unread_acronyms``, if it spells them)."""
        actor = self._named.get(tok.i)
        return actor is not None and actor.id in self._entries and self._acronyms.get(tok.text) is None \
            and not any(_is_acronym_of(tok.text, name) for name in self.actors.get(actor.id, actor).names)

    def _read_unread_places(self) -> None:
        """"The Front attacked X on Monday. Fighting in X went on": a one-word place of the text's own (the
        gazetteer does not know it) is that place wherever the name stands alone, NER reading it or not."""
        places = {normalize_name(a.name): a for i, a in self._named.items()
                  if a.type == "LOCATION" and a.id not in self._entries and " " not in a.name}
        if not places:
            return
        for tok in self._propns:
            if tok.i in self._named or tok.ent_type_ or tok.dep_ in ("compound", "poss") or not tok.is_title \
                    or not tok.is_alpha:  # ("X's President": the possessor is read by the title's own rules)
                continue
            actor = places.get(normalize_name(tok.text))
            if actor is not None:
                self._named[tok.i] = actor

    def _described_by_peoples(self, token: Token, text: str) -> bool:
        """w52b: whether NER's name of two or more words is only peoples' and faiths' words (demonyms the gazetteer
        knows, ``creed_words``) before a lower-case head of a group's kind (``group_nouns``) that "the" opens: "the
        Sunni Kessan group", "the Tarvian Shiite militia" describe a body the text names elsewhere, they name none.
        A capitalised head ("the Kessan Liberation Army") is the name's own word, so NER's name holds it."""
        words = text.split()
        head = token.head
        if len(words) < 2 or token.dep_ not in ("compound", "amod", "nmod") or head.i <= token.i \
                or not head.is_lower or head.lower_ not in GROUP_NOUNS:
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" and c.i < token.i for c in children_of(head)):
            return False
        return all(w.lower() in CREED_WORDS or self.gazetteer.demonym_place(w)
                   for w in words)

    def _read_armed_descriptions(self) -> None:
        """"UNITA, the rebel movement, ...", "the Tarvik Union, an armed group,": a body the gazetteer or its head
        word made an organisation (or a union of states) that an appositive describes as an armed body is an armed
        group in this text -- so "the movement", "the group" can refer to it. A known union of states stays one, as
        does a known place; a name NER read as a place that the gazetteer does not know ("the Frente Rojo del Sur,
        a rebel group,") is no place the text describes so."""
        for i, actor in list(self._named.items()):
            current = self.actors.get(actor.id, actor)
            tok = self.doc[i]
            if current.type == "PERSON" and actor.id not in self._entries and self._described_body(tok):
                # "Saraya al-Huda, a faction of Kataib Hezbollah", "the Jabal Guard, a Druze militia": a name NER took
                # for a person's that an appositive describes as an armed body (a body noun, not "a militant")
                self.actors[actor.id] = replace(current, type="ARMED_GROUP")
                continue
            if current.type not in ("ORGANIZATION", "IGO", "LOCATION") \
                    or (current.type in ("IGO", "LOCATION") and actor.id in self._entries):
                continue
            heads = [tok] + [c for c in children_of(tok) if c.dep_ == "appos" and c.text.isupper()]  # (its acronym)
            if any(c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN" and _armed_description(c)
                   for h in heads for c in children_of(h)):
                self.actors[actor.id] = replace(current, type="ARMED_GROUP")

    def _read_neuter_named_bodies(self) -> None:
        """neg48: a one-word name of the text's own that NER took for a person's ("Vennmark", "Dalvara"), that the
        text speaks of as a thing -- the subject of a verb of saying whose reported clause has "it" for its subject
        ("Vennmark said it had never armed X", "N denied the charge and said it ...") -- is a body, not a person:
        a state, or an organisation where the name is written in capitals ("HPM"). Never a name the gazetteer
        knows, a given name, a name some mention has a title or honorific before, nor one any mention has
        "he"/"she"/"who" for. (Not a set-off "which" after the name: retyped so, a later object "it" of the name's
        own clause would be bound to it -- "N, which hosts X's leaders, denies arming it".)"""
        for actor_id in {a.id for a in self._named.values()}:
            current = self.actors.get(actor_id)
            if current is None or current.type != "PERSON" or actor_id in self._entries or len(current.name.split()) != 1 \
                    or current.name.lower() in GIVEN_NAMES:
                continue
            tokens = [self.doc[i] for i, a in self._named.items() if a.id == actor_id]
            if any(t.i > 0 and (self.doc[t.i - 1].lower_.rstrip(".") in HONORIFICS or self.doc[t.i - 1].lower_ in PERSON_TITLES)
                   for t in tokens) or any(self._personal_mention(t) for t in tokens):
                continue
            if any(self._speaks_of_itself(t) for t in tokens):
                # (a word in capitals is a body's letters; a capitalised word so spoken of is most often a state's
                # name -- "Belorn says it sells drones only for ...": typed a firm, drones "supplied by Belorn" would
                # be no backing)
                self._retype(replace(current, type="ORGANIZATION" if current.name.isupper() else "STATE"))

    def _speaks_of_itself(self, tok: Token) -> bool:
        """Whether ``tok`` is the subject of a verb of saying (or of the verb such a verb is coordinated with: "N
        denied the charge and said it ...") whose reported clause has a neuter "it" for its own subject."""
        if tok.dep_ != "nsubj":
            return False
        verbs = [tok.head] + [c for c in children_of(tok.head) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))]
        for verb in verbs:
            if verb.lemma_.lower() not in SAYING_VERBS:
                continue
            for clause in children_of(verb):
                # (not a copular clause: "N said it was a dark day" -- an "it" of no referent, said by anyone)
                if clause.dep_ == "ccomp" and clause.lemma_.lower() not in COPULAR_VERBS and any(
                        g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in NEUTER_PRONOUNS
                        and g.i > tok.i for g in children_of(clause)):
                    return True
        return False

    def _personal_mention(self, tok: Token) -> bool:
        """Whether a mention is spoken of as a person: a relative "who" set off after it, or the subject of a verb
        of saying whose reported clause has "he"/"she" for its subject."""
        if tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "," and self.doc[tok.i + 2].tag_ == "WP":
            return True
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SAYING_VERBS:
            return any(c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ in PERSON_SUBJECT_PRONOUNS for g in children_of(c))
                       for c in children_of(tok.head))
        return False

    def _described_body(self, tok: Token) -> bool:
        """Whether an appositive after the name describes an armed body: one an armed word describes ("an armed
        group"), a body noun only armed ones are called ("a militia", "a cartel"), or a part of a named armed group
        ("a faction / wing of X") -- the first appositive, so that a person's own ("N, the founder of X, the insurgent
        movement ...", the parser hanging both on N) keeps him a person."""
        c = next((c for c in children_of(tok) if c.dep_ == "appos" and c.i > tok.i), None)
        if c is None or c.pos_ != "NOUN" or contrasted(c):
            return False
        lemma = c.lemma_.lower()
        if _armed_description(c) or lemma in BODY_NOUNS & set(ARMED_APPOSITIVES):
            return True
        return lemma in OFFSHOOT_HEADS and any(
            p.dep_ == "pobj" and p.i in self._named and self.actors.get(self._named[p.i].id, self._named[p.i]).type == "ARMED_GROUP"
            for prep in children_of(c) if prep.dep_ == "prep" and prep.lower_ == "of" for p in children_of(prep))

    def _read_armed_takers(self) -> None:
        """"The Kestrel Patriotic Union seized Dalmo": a body of the text's own whose name made it an organisation
        or a union of states, that takes a named place as the subject of a verb of taking, is an armed group in this
        text (a union of states takes no town; "seized assets" takes no place)."""
        for i, actor in list(self._named.items()):
            current = self.actors.get(actor.id, actor)
            tok = self.doc[i]
            if current.type not in ("ORGANIZATION", "IGO") or actor.id in self._entries or tok.dep_ != "nsubj" \
                    or not any(f.object_place and f.predicate == "captures" for f in VERB_FRAMES.get(tok.head.lemma_, ())):
                continue
            if any(c.dep_ == "dobj" and c.i in self._named and self._named[c.i].type == "LOCATION" for c in tok.head.children):
                self.actors[actor.id] = replace(current, type="ARMED_GROUP")

    def _read_described_names(self) -> None:
        """"The Y Rangers, a clan militia, ...": a capitalised name NER did not read, that an
        appositive describes as an armed body or an organisation, is that body."""
        for tok in self._propns:
            if tok.i in self._named or tok.ent_type_ or not tok.text[:1].isupper() or tok.dep_ == "compound":
                continue
            kind = next((k for c in children_of(tok) if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN"
                         and (k := _appositive_kind(c)) is not None), None)
            words = [c for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i]
            if kind is None or not words or not all(w.text[:1].isupper() and w.i not in self._named for w in words):
                continue
            name = self.doc[min(w.i for w in words):tok.i + 1].text
            self._named[tok.i] = self._register(Actor.create(_clean_name(name), kind))

    def _name_before(self, end: int):
        """The capitalised name that ends just before token ``end`` ("... the Movement for Peace and Renewal"):
        capitalised words and a name's connectors, opening with a capitalised word; None if there is none."""
        connectors = NAME_CONNECTORS | ACRONYM_NAME_CONNECTORS
        start = end
        while start > 0 and not self.doc[start].is_sent_start and (
                self.doc[start - 1].text[:1].isupper() or self.doc[start - 1].lower_ in connectors
                or self.doc[start - 1].lower_ in ("'s", "’s")):  # "the Kestrian People's Front"
            start -= 1
        while start < end and (not self.doc[start].text[:1].isupper() or self.doc[start].lower_ == "the"):
            start += 1  # "of the Movement for ...": the name opens with its first capitalised word
        return self.doc[start:end] if end - start >= 2 else None

    def _type_defined_acronyms(self) -> None:
        """"the Movement for Justice and Renewal (MJR)", NER reading only the acronym: the name it stands for says
        what kind of body it is (an armed movement, an intergovernmental mission), not the bare letters."""
        for i, actor in list(self._named.items()):
            tok = self.doc[i]
            if actor.id in self._entries or actor.type != "ORGANIZATION" or not tok.text.isupper() \
                    or i < 2 or self.doc[i - 1].text != "(" or i + 1 >= len(self.doc) or self.doc[i + 1].text != ")":
                continue
            span = self._name_before(i - 1)
            name = span.text if span is not None else ""
            if not _is_acronym_of(tok.text, name) or _described_as(tok, ORGANIZATION_APPOSITIVES):
                continue
            type_ = "IGO" if _igo_name(name) else "ARMED_GROUP" if _ARMED_HEADS.search(name) or _armed_union(name) else None
            if type_ is None:
                continue
            self._retype(replace(self.actors.get(actor.id, actor), type=type_).with_aliases([name]))

    def _retype(self, typed: Actor) -> Actor:
        """``typed`` (an actor given another type, or more aliases) put wherever the text's names and its defined
        acronyms hold its id."""
        self.actors[typed.id] = typed
        for i, named in self._named.items():
            if named.id == typed.id:
                self._named[i] = typed
        for acro, named in self._acronyms.items():
            if named.id == typed.id:
                self._acronyms[acro] = typed
        return typed

    def _type_loose_heads_by_text(self) -> None:
        """An actor's type from what the text says of it, where its name's head is one several kinds share (a vote
        over its mentions; with no word either way the head's type stands; a gazetteer entry's type is never
        changed). A name typed intergovernmental only by a loose head ("union", "league", "coalition":
        loose_igo_name_words) is an armed group where the text speaks of its armed men ("fighters of the X", "X
        gunmen") or describes it as armed at any mention, and nowhere of its member states. A name typed armed only
        by a head parties share ("front", "movement", "alliance": shared_armed_name_words) is an organisation where
        the text describes it as a party ("X, the main opposition party", "X is a political party"), and nowhere
        speaks of its fighters or calls it armed."""
        mentions: dict[str, list[Token]] = {}
        for i, actor in self._named.items():
            if actor.id not in self._entries and actor.type in ("IGO", "ARMED_GROUP"):
                mentions.setdefault(actor.id, []).append(self.doc[i])
        for actor_id, tokens in mentions.items():
            actor = self.actors.get(actor_id)
            if actor is None:
                continue
            armed = any(_has_fighters(t) or _described_armed(t) for t in tokens)
            if actor.type == "IGO" and _loose_igo_only(actor.name) and not _interstate_name(actor.name):
                type_ = "ARMED_GROUP" if armed and not any(_has_state_members(t) for t in tokens) else None
            elif actor.type == "ARMED_GROUP" and _shared_armed_only(actor.name):
                type_ = "ORGANIZATION" if not armed and any(_described_as_party(t) for t in tokens) else None
            else:
                type_ = None
            if type_ is None:
                continue
            self._retype(replace(actor, type=type_))

    def _read_bare_acronyms(self) -> None:
        """A defined acronym later used where NER saw no name ("... (FACT). FACT was founded ..."): that actor."""
        if not self._acronyms:
            return
        # (the tokens spelt as a defined acronym, found from the form column: a Token made only for them)
        wanted = {hash_string(text) for text in self._acronyms}
        for i in [i for i, orth in enumerate(self.columns.column(ORTH)) if orth in wanted]:
            tok = self.doc[i]
            actor = self._acronyms.get(tok.text)
            if actor is None or tok.i in self._named or tok.ent_type_ or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            if not tok.text.isupper() or any(a <= tok.idx < b for a, b in self.doc._.datelines):
                continue
            if tok.idx < self.doc._.headline_end or not any(i < tok.i for i, a in self._named.items() if a.id == actor.id):
                continue  # only after the definition
            self._named[tok.i] = self.actors[actor.id]

    def _read_short_names(self) -> None:
        """"the Peace and Security Council ... the Council": a definite short form made of the last words of
        one body's name, named before it, is that body; with two such bodies it is neither (and never a
        body of its own). (NER's names the tagger took for nouns count: "accused the Front".) So is the lone head
        of one body's name modifying a force noun ("the Morvan Legion ... shelled Legion positions")."""
        nouns = [self.doc[i] for i in self._named if self.doc[i].pos_ == "NOUN"
                 or (self.doc[i].pos_ == "ADJ" and _name_head_modifier(self.doc[i]))]
        headline_end = self.doc._.headline_end
        for tok in sorted({*self._propns, *nouns}, key=lambda t: t.i):
            # ("Legion positions": the lone head of a name modifying a force noun, with no article, counts too)
            bare_head = _name_head_modifier(tok)
            if not tok.text[:1].isupper() or (tok.dep_ == "compound" and not bare_head) \
                    or tok.idx < headline_end:
                continue
            current = self._named.get(tok.i)
            det = tok.text.split()[0].lower() == "the" or (tok.i > 0 and self.doc[tok.i - 1].lower_ == "the")
            # ("the Clan", read as a person's name: a person's name takes no article)
            if current is not None and (current.id in self._entries or (current.type == "PERSON" and not det)):
                continue
            if current is None and tok.ent_type_:
                continue
            words = normalize_name(_clean_name(tok.text)).split()
            if not (det or bare_head) or not words or len(words) > 3:
                continue
            if len(words) == 1 and words[0] in IGO_ORGAN_NOUNS:
                continue  # "the Commission": the organ of the body whose organ was named (Resolver._organ_refs)
            if len(words) == 1 and words[0] in _LONE_FORCE_SHORT_FORMS:
                continue  # ("the Army's 403rd Brigade" after the New People's Army: the state's army, as the press writes it)
            bodies = {a.id: a for i, a in self._named.items() if i < tok.i and a.type not in ("PERSON", "LOCATION")
                      and any((len(head) > len(words) or (part and len(head) == len(words))) and head[-len(words):] == words
                              for n in a.names for part, head in enumerate(_name_heads(n)))}
            if current is None and not bodies:
                continue
            if len(bodies) > 1 and (used := self._short_form_used_for(tok, words, bodies)) is not None:
                bodies = {used.id: used}
            if len(bodies) == 1:
                body = next(iter(bodies.values()))
                self._named[tok.i] = self.actors[body.id]
            elif current is not None:
                if not bodies:
                    continue
                del self._named[tok.i]
            else:
                continue
            if current is not None and current.id not in {a.id for a in self._named.values()}:
                self.actors.pop(current.id, None)

    def _short_form_used_for(self, tok: Token, words: list[str], bodies: dict[str, Actor]) -> Actor | None:
        """The one of several bodies a short form was used for before ("The Presidential Leadership Council met.
        The Council said ... the Southern Transitional Council ... The Council condemns X": the PLC still): a
        text that has used a short form for one body goes on using it so, though another body's name ends alike."""
        used = {self._named[t.i].id for t in self.doc[:tok.i] if t.i in self._named and t.text[:1].isupper()
                and self._named[t.i].id in bodies and normalize_name(_clean_name(t.text)).split() == words}
        return bodies[next(iter(used))] if len(used) == 1 else None

    def _read_leading_names(self) -> None:
        """"Greyline Security ... Greyline pilots": the first word of one company's or organisation's name
        ("<Name> Security", "<Name> Solutions"), named before, is that body; with two such bodies, neither."""
        for tok in self._propns:
            if not tok.text[:1].isupper() or " " in tok.text or tok.is_sent_start:
                continue
            current = self._named.get(tok.i)
            if current is not None and (current.id in self._entries or current.type not in ("ORGANIZATION", "LOCATION")):
                continue
            bodies = {a.id: a for i, a in self._named.items() if i < tok.i and a.type in ("ORGANIZATION", "ARMED_GROUP")
                      and len(a.name.split()) > 1 and a.name.split()[0] == tok.text
                      and a.name.split()[-1] in ORGANIZATION_NAME_HEADS}
            if len(bodies) != 1:
                continue
            self._named[tok.i] = self.actors[next(iter(bodies))]
            if current is not None and current.id not in {a.id for a in self._named.values()}:
                self.actors.pop(current.id, None)

    def _read_known_as(self) -> None:
        """"Mohamed Hamdan Dagalo, widely known as Hemedti": the second name is an alias of the first."""
        for i, actor in list(self._named.items()):
            tok = self.doc[i]
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in NAMING_VERBS | NICKNAMING_VERBS:
                owner = tok.head.head.head
                if owner.i not in self._named and owner.dep_ == "appos":  # "X, a former officer known as Barbecue"
                    owner = owner.head
                target = self._named.get(owner.i)
                if target is None and actor.type == "ORGANIZATION" and actor.id not in self._entries \
                        and tok.text.isupper() and _IGO_HEADS.fullmatch(owner.lemma_.lower()):
                    # "the AU mission, known as AMIMER": the acronym of an intergovernmental mission is one
                    typed = self.actors[actor.id] = replace(self.actors.get(actor.id, actor), type="IGO")
                    for j, other in list(self._named.items()):
                        if other.id == actor.id:
                            self._named[j] = typed
                    continue
                if target is None and actor.type != "PERSON" and actor.id not in self._entries and \
                        owner.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES | PERSON_ROLE_NOUNS:
                    # "a commander known as Calarca": a person's nom de guerre, whatever NER made of it
                    person = self.actors[actor.id] = replace(self.actors.get(actor.id, actor), type="PERSON")
                    for j, other in list(self._named.items()):
                        if other.id == actor.id:
                            self._named[j] = person
                    continue
                if target is not None and target.id != actor.id and actor.id not in self._entries:
                    self._add_alias(target, actor.name)
                    self.actors.pop(actor.id, None)
                    for j, other in list(self._named.items()):
                        if other.id == actor.id:
                            self._named[j] = self.actors[target.id]

    def _read_compass_names(self) -> None:
        """"the capital of North Darfur" with only "Darfur" tagged: the place is North Darfur, not Darfur
        (and "Western Tigray" inside a sentence, where the capital on the adjective is the name's)."""
        for i, actor in list(self._named.items()):
            prev = self.doc[i - 1] if i else None
            if actor.type != "LOCATION" or prev is None or prev.i in self._named \
                    or prev.head.i != i or prev.dep_ not in ("compound", "amod") or not compass_prefix(prev):
                continue
            name = f"{prev.text} {_clean_name(self.doc[i].text)}"
            entry = self.gazetteer.lookup(name)
            self._named[i] = self._register(entry.actor(), entry) if entry else self._register(Actor.create(name, "LOCATION"))

    def _landform_modifier(self, tok: Token) -> tuple[Token, bool] | None:
        """The one capitalised word naming the landform noun ``tok`` ("the Korin valley"): its modifier right before
        it, under "the"; or, where the parser split the phrase ("controls much of the Korin highlands", the landform
        noun made a second object or a verb), the word right before it that "the" hangs on, if the tagger made that
        word no known actor (an unknown one-word name is no organisation before a landform noun)."""
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
            mods = [c for c in children_of(tok) if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
            return (mods[0], False) if len(mods) == 1 and mods[0].i == tok.i - 1 else None
        if tok.i < 2 or tok.head.i == tok.i - 1:
            return None
        mod, det = self.doc[tok.i - 1], self.doc[tok.i - 2]
        if det.lower_ != "the" or det.head.i != mod.i or mod.head.i == tok.i or any(c.i > mod.i for c in children_of(mod)):
            return None
        actor = self._named.get(mod.i)
        if actor is not None and (actor.id in self._entries or mod.ent_iob_ != "B" or mod.i + 1 < len(self.doc)
                                  and self.doc[mod.i + 1].ent_iob_ == "I"):
            return None
        return mod, True

    def _read_landform_names(self) -> None:
        """"the Korin valley", "the Sambisa forest", "the Qandil mountains": a capitalised word no rule read (or read
        as a place the landform is named after), right before a lowercase landform noun (LANDFORM_NOUNS) under "the", names the landform, a place (never a
        people's: "the Kurdish mountains")."""
        for tok in map(self.doc.__getitem__, self.columns.positions(LOWER, LANDFORM_NOUNS)):
            if not tok.text.islower() or tok.i in self._named:
                continue
            found = self._landform_modifier(tok)
            if found is None:
                continue
            mod, split = found
            # ("the Jaffna peninsula": a landform named after a town is not the town)
            if (mod.i in self._named and self._named[mod.i].type != "LOCATION" and not split) or not mod.is_title or not mod.is_alpha \
                    or mod.is_sent_start \
                    or self.gazetteer.demonym_place(mod.text):
                continue
            # ("the Cal Miskaad mountains": the modifier's own compounds are the name's too)
            words = [c for c in mod.subtree if c.i < mod.i and c.dep_ == "compound" and c.is_title and c.is_alpha
                     and c.i not in self._named]
            if any(c.i != mod.i - len(words) + k for k, c in enumerate(words)):
                continue
            name = " ".join([*(c.text for c in words), mod.text, tok.text])
            entry = self.gazetteer.lookup(name)
            actor = self._register(entry.actor(), entry) if entry else self._register(Actor.create(name, "LOCATION"))
            if actor.type != "LOCATION":
                continue
            misread = self._named.get(mod.i) if split else None
            if entry is None and (mod.i not in self._named or misread):  # ("the Cal Miskaad mountains" is "Cal Miskaad" too)
                self._add_alias(actor, " ".join([*(c.text for c in words), mod.text]))
                actor = self.actors[actor.id]
            for t in (*words, mod, tok):
                self._named[t.i] = actor
            if misread is not None and all(a.id != misread.id for a in self._named.values()):
                self.actors.pop(misread.id, None)  # (the organisation the tagger made of the name is no actor)

    def _read_alias_markers(self) -> None:
        """"Nestor Gregorio Vera, alias Ivan Mordisco": a person's second name, whatever NER made of it."""
        doc = self.doc
        for i, actor in list(self._named.items()):
            if actor.type != "PERSON" or i + 3 >= len(doc) or doc[i + 1].text != "," \
                    or doc[i + 2].lower_ not in ALIAS_MARKERS:
                continue
            j = next((k for k in range(i + 3, min(i + 7, len(doc))) if k in self._named), None)
            if j is None or any(not doc[k].text[:1].isupper() for k in range(i + 3, j + 1)):
                continue
            other = self._named[j]
            if other.id == actor.id or (actor.id in self._entries and other.id in self._entries):
                continue
            keep, drop = (other, actor) if other.id in self._entries else (actor, other)  # a known name wins
            person = self.actors[keep.id] = self.actors.get(keep.id, keep).with_aliases([drop.name])
            self.actors.pop(drop.id, None)
            for k, seen in list(self._named.items()):
                if seen.id in (keep.id, drop.id):
                    self._named[k] = person

    def _read_mandated_titles(self) -> None:
        """"the Security Council Committee established pursuant to resolution 1533 (2004) concerning the Democratic
        Republic of the Congo": a body the text names by its long title, the act that set it up and what it concerns
        run on from its name. That title is the body's alias (the form official texts and annotators give it); the
        body, its name and its relations stay as they are. A number must follow the resolution noun; "on" or
        "concerning" must take a name, else the title ends after the number (or its bracketed year)."""
        doc = self.doc
        for i, actor in list(self._named.items()):
            if actor.type not in ("IGO", "ORGANIZATION") or i + 3 >= len(doc) or doc[i + 1].lower_ not in MANDATE_PARTICIPLES:
                continue
            k = i + 2
            while k < len(doc) and k - i <= 5 and doc[k].lower_ in MANDATE_CONNECTORS:
                k += 1
            if k == i + 2 or k + 1 >= len(doc) or doc[k].lower_ not in MANDATE_NOUNS or not doc[k + 1].like_num:
                continue
            end = k + 2
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].like_num and doc[end + 2].text == ")":
                end += 3
            if end + 1 < len(doc) and doc[end].lower_ in MANDATE_SUBJECT_PREPS:
                j = end + 1 + (doc[end + 1].pos_ == "DET")
                if j < len(doc) and j in self._named and self._named[j].type != "PERSON":
                    end = j + 1
            title = _clean_name(doc[i:end].text)
            current = self.actors.get(actor.id, actor)
            if normalize_name(title) not in {normalize_name(n) for n in current.names}:
                self._retype(current.with_aliases([title]))

    def _read_qualifier_names(self) -> None:
        """"the Communist Party of Nepal (Maoist) ... the Maoists": after a body whose name ends in a bracketed
        qualifier, that qualifier (or its plural) names the body, as its alias; with two such bodies, neither."""
        bodies: dict[str, set[str]] = {}
        for actor in self._named.values():
            m = re.search(r"\((\w+)\)$", actor.name)
            if m and actor.type not in ("PERSON", "LOCATION"):
                bodies.setdefault(m.group(1).lower(), set()).add(actor.id)
        if not bodies:
            return  # no token can name one
        for tok in self.doc:
            word = tok.text.lower()
            ids = bodies.get(word) or bodies.get(word[:-1] if word.endswith("s") else "")
            current = self._named.get(tok.i)  # (NER may take "the Marxists" for a person)
            if not ids or len(ids) != 1 or (current is not None and (current.id in self._entries or current.id in ids)) \
                    or not tok.text[:1].isupper() or tok.dep_ == "compound" or not tok.is_alpha:
                continue
            actor = self.actors[next(iter(ids))]
            if any(i < tok.i for i, a in self._named.items() if a.id == actor.id):
                self._add_alias(actor, tok.text)
                self._named[tok.i] = self.actors[actor.id]
                if current is not None and current.id not in {a.id for a in self._named.values()}:
                    self.actors.pop(current.id, None)

    def _unify_people(self) -> None:
        """"Assad" and "Bashar al-Assad" in one article are one person: the fuller name wins."""
        people = [a for a in self.actors.values() if a.type == "PERSON"]
        for short in people:
            words = short.name.split()
            for full in people:
                names = full.name.split()
                if short.id in self._entries and full.id in self._entries:
                    continue  # two people the gazetteer tells apart ("Idriss Déby", "Mahamat Idriss Déby")
                if full.id != short.id and len(words) < len(names) and (
                        names[-len(words):] == words or names[-1].split("-")[-1] == short.name):
                    self.actors[full.id] = self.actors[full.id].with_aliases([short.name])
                    for i, actor in self._named.items():
                        if actor.id == short.id:
                            self._named[i] = full
                    self.actors.pop(short.id, None)
                    break
        self._surnames_of_people_named()
        self._surnames_as_places()

    def _surnames_of_people_named(self) -> None:
        """"Rebel leader Paul Mbeki ... the EU sanctioned Mbeki": a bare surname the gazetteer gives to a person the
        text never names in full is the person of that surname the text named in full before it."""
        text_people = {a.name.split()[-1]: a for a in self.actors.values() if a.type == "PERSON"
                       and a.id not in self._entries and len(a.name.split()) > 1}
        if not text_people:
            return
        written = {i: self.doc[i].text for i in self._named}
        for known in [a for a in self.actors.values() if a.type == "PERSON" and a.id in self._entries]:
            spans = [i for i, a in self._named.items() if a.id == known.id]
            surname = written[spans[0]] if spans else ""
            person = text_people.get(surname)
            if person is None or any(written[i] != surname for i in spans) \
                    or not any(a.id == person.id and i < spans[0] for i, a in self._named.items()):
                continue
            self.actors[person.id] = self.actors[person.id].with_aliases([surname])
            for i in spans:
                self._named[i] = self.actors[person.id]
            self.actors.pop(known.id, None)

    def _town_votes(self) -> None:
        """A one-word name NER read that the gazetteer does not know, and that is a town of a state the document
        names ("Gao" in an article that names Mali), leans to the place: one vote, which its own uses outweigh
        ("Gao said": a speaker). Not a word of a person's full name in the document."""
        codes = {code for entry in self._entity_states(demonyms=True) if (code := alpha3(entry))}
        if not codes:
            return
        table = towns()
        people = {normalize_name(w) for ent in self._ents if ent.label_ == "PERSON" and " " in ent.text for w in ent.text.split()}
        voted = set()
        for ent in self._ents:
            if len(ent) != 1 or ent.ent_id_ or " " in ent.text.strip():
                continue
            key = normalize_name(_clean_name(ent.text))
            if key in voted or key in people or not codes.intersection(table.get(key, ())) \
                    or self.gazetteer.lookup(ent.text) is not None:
                continue
            self._place_votes[key] += 1
            voted.add(key)

    def _surnames_as_places(self) -> None:
        """"Colombia's Petro" in a headline, tagged a place, is the "Gustavo Petro" of the article: a bare
        surname of a person named in full, never used where only a place can stand, is that person; so is any
        other part of the full name by which the article calls them ("Murad" for "Al Haj Murad Ebrahim"), if no
        other person shares it. So is one the text alone made a state ("Almagro's interior minister": an unknown
        name owning a government noun), where the text names a person by it in full."""
        short: dict[str, Actor | None] = {}
        for p in [a for a in self.actors.values() if a.type == "PERSON"]:
            words = p.name.split()
            for w in set(words) if len(words) > 1 else ():
                key = normalize_name(w)
                short[key] = _fuller(short[key], p) if key in short else p  # two people's: neither's
        for i, actor in list(self._named.items()):
            key = normalize_name(actor.name)
            person = short.get(key)
            # ("Almagro's interior minister": a surname owning a government noun, made this text's own state)
            place = actor.type == "LOCATION" and actor.id not in self._entries
            if person is None or not (place or self.is_local(actor) and actor.id in self._entries) \
                    or len(actor.name.split()) > 1 or self._place_votes[key] > 0:
                continue
            full = self.actors[person.id]
            if actor.name not in full.names:
                full = self.actors[person.id] = full.with_aliases([actor.name])
            self._named[i] = full
            self.actors.pop(actor.id, None)

    def _actor_for_entity(self, token: Token) -> Actor | None:
        text = _clean_name(token.text)
        if not text or not any(c.isalpha() for c in text):
            return None
        if text.lower() in HONORIFICS:
            return None  # "H.E." alone: a courtesy title NER took for a name, never an actor
        if normalize_name(text) in COURT_PARTY_NOUNS:
            return None  # "the Accused", "the Appellant": a party's role in a court's text, not a name
        if normalize_name(text) in _STATE_BODY_HEADS:
            return None  # "Army spokesman X": a generic head NER capitalised, read as one
        if token.text in self._acronyms:
            return self._acronyms[token.text]
        entry = self.gazetteer.get(token.ent_id_) if token.ent_id_ else None
        label = token.ent_type_
        if entry is None and label == "NORP" and _bare_the(token) and (
                token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "pobj" and token.head.dep_ == "agent")):
            # "the Russians sent weapons", "the Emiratis deny arming X", "struck by the Americans": a state's
            # people named as the doer stand for the state
            state = self.gazetteer.by_demonym(text[:-1] if text.endswith("s") else text) or self.gazetteer.by_demonym(text)
            if state is not None:
                return self.state_actor(state)
        if entry is None and token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.is_lower \
                and token.head.lower_ in PLACE_DESIGNATORS:
            # "in Kachin state", "Shan state": the gazetteer's "Kachin State", its designator written lower-case (the
            # people's name alone would be read as no place)
            entry = self.gazetteer.lookup(f"{text} {token.head.text.capitalize()}")
            entry = entry if entry is not None and entry.type == "LOCATION" else None
        if entry is not None and entry.type == "LOCATION" and token.dep_ == "compound" and token.head.i == token.i + 1 \
                and token.head.is_lower and token.head.lower_ in SETTLEMENT_NOUNS:
            # "Gaza city", "Kuwait city": the gazetteer's "Gaza City", its settlement noun written lower-case, is a
            # place of its own, not the territory or state the first word names alone
            longer = self.gazetteer.lookup(f"{text} {token.head.text.capitalize()}")
            entry = longer if longer is not None and longer.type == "LOCATION" else entry
        if entry is None and self.gazetteer.demonym_place(text):
            return None  # "Ukrainian" tagged GPE: a demonym, read through the noun it modifies
        if entry is None and self._described_by_peoples(token, text):
            return None  # w52b: "the Sunni Kessan group": a description of a body named elsewhere, no name
        if entry is None and token.lower_ in STATE_EPITHET_MODIFIERS and token.dep_ in ("compound", "amod", "nmod") \
                and token.head.i > token.i and ANAPHORS.get(token.head.lower_, ((),))[0] == ("STATE",):
            return None  # "the Gulf state", "the Baltic nation": a state described by its region, not the region
        if entry is None and normalize_name(text) in BARE_BODY_NAMES and not any(
                c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < token.i for c in children_of(token)):
            entry = self.gazetteer.lookup(BARE_BODY_NAMES[normalize_name(text)])  # "the Security Council": the UN's
        if entry is None:
            entry = self.gazetteer.lookup(text)
            if entry is not None and label == "PERSON" and region_only(entry) \
                    and entry.state not in {e.name for e in self._entity_states()}:
                entry = None  # "Clashes erupted in China. Gao said ...": a person, not Mali's region of that name
            if entry is None and label == "NORP" and self._place_votes[normalize_name(text)] <= 0:
                return None  # "Afghans", "Kurdish": people, not actors (demonyms are read via heads)
        if entry is not None:
            actor = self._register(entry.actor(), entry)
            if normalize_name(text) not in {normalize_name(n) for n in actor.names}:
                self._add_alias(actor, text)
            return self.actors[actor.id]
        if not (re.search(r"[A-Z]", text) or ordinal_figure(text.split()[0])) \
                or label not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"} | _MAYBE_PLACE:
            return None  # (a name opening on a number needs no capital: "the 18th front", entities._numbered_fronts)
        if self._demonym_of_named_place(token, text):
            return None  # "Kessan units" after the town of Kessa: a demonym, read through the noun it modifies (prec49)
        ministry = self._ministry(token, text)
        if ministry is not None:
            return ministry
        if token.dep_ == "compound" and token.head.lower_ in GROUP_NOUNS and (label in ("PERSON", "ORG", "NORP") or (
                label in ("GPE", "LOC") and self._place_votes[normalize_name(text)] <= 0)):
            # "Viv Ansanm gangs", "Zintan militias"; "the Ganda Izo militia", a name NER took for a place it never
            # shows as one
            return self._register(Actor.create(text, "ARMED_GROUP"))
        if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and _armed_opener(text):
            return self._register(Actor.create(text, "ARMED_GROUP"))  # "Liwa al-Jabal", "Ansar al-Tawhid"
        if label == "PERSON" and self._place_votes[normalize_name(text)] <= 0:
            person = self._known_person(text)
            if person is not None:
                return person
            if not re.search(r"[A-Z]", text) or len(text) < 3:
                return None
            words = text.split()
            if len(words) > 2 and words[0].lower() in HONORIFICS:  # "Mrs Jane Doe" is Jane Doe
                return self._register(Actor.create(" ".join(words[1:]), "PERSON").with_aliases([text]))
            return self._register(Actor.create(text, "PERSON"))
        if label in {"GPE", "LOC", "FAC", "NORP"} | _MAYBE_PLACE or self._place_votes[normalize_name(text)] > 0 \
                and not (label == "ORG" and self._state_forces(text)) \
                and not (label == "ORG" and text.split()[-1] in GROUP_NAME_HEADS and _ARMED_HEADS.fullmatch(text.split()[-1])):  # "served in the Veltrian Armed Forces", "years in the X Army"
            return self._register(Actor.create(text, "LOCATION"))
        if _looks_like_person(token, text):
            return self._register(Actor.create(text, "PERSON"))
        if _described_as(token, ORGANIZATION_APPOSITIVES):
            type_ = "ORGANIZATION"  # "the Movement for X, the main opposition party": a party, whatever its head
        elif _self_rule_name(text):
            type_ = "GOVERNMENT"  # "the self-declared Republic of X": a de facto government
        elif _igo_name(text) or _interstate_name(text):
            type_ = "IGO"
        elif _state_agency(text):
            type_ = "GOVERNMENT"  # "the X State Intelligence Bureau": a state's arm, whatever "State" suggests
        elif self._state_forces(text):  # "the Veltrian Defence Forces": a state's own forces, not a rebel group
            army = self._register(Actor.create(text, "GOVERNMENT"))
            self._armies.add(army.id)
            return army
        elif _ARMED_HEADS.search(text) or _armed_union(text) or _band_name(text) or _described_armed(token) \
                or _has_fighters(token):
            type_ = "ARMED_GROUP"  # (or "X, a militia led by N": an armed group, whatever its head)
        else:
            type_ = "ORGANIZATION"
        return self._register(Actor.create(text, type_))

    def _issuing_ministry(self, token: Token) -> Actor | None:
        """The government whose ministry the document named before ``token`` ("PRESS RELEASE / Ministry of Defence
        of the Republic of X ... 7. The Ministry thanks Y"): a ministry's statement calls itself "the Ministry". Only
        where every ministry named before with its state (on its own line) is one state's; None otherwise."""
        states: dict[str, Actor] = {}
        for t in self.doc[:token.i]:
            words = re.sub(r"^the ", "", t.lower_).split()
            if not words or words[0] not in MINISTRY_HEADS or not re.sub(r"^the ", "", t.text)[:1].isupper() or not (
                    words[1:2] == ["of"] or len(words) == 1 and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "of"):
                continue  # (a ministry named as such, a token or a merged name: "Ministry of ...")
            named = self._named.get(t.i)
            if named is not None and named.type == "GOVERNMENT":
                states.setdefault(named.id, named)
                continue
            # (a heading in capitals read as one name: "MINISTRY OF DEFENCE OF THE REPUBLIC OF X")
            parts = re.split(r"\s+of\s+(?:the\s+)?", t.text.strip(), flags=re.IGNORECASE)
            entry = next((e for k in (2, 1) if len(parts) > k
                          for e in [self.gazetteer.lookup(" of ".join(parts[-k:]).title())] if e is not None), None)
            if entry is not None and entry.type == "STATE":
                gov = self.government(entry)
                states.setdefault(gov.id, gov)
                continue
            # (a header line may set its state after a comma: "Ministry of Defence, Federal Republic of X" -- ref40)
            header = not doc_text(self.doc)[doc_text(self.doc).rfind("\n", 0, t.idx) + 1:t.idx].strip()
            for u in self.doc[t.i + 1:min(t.i + 12, token.i)]:
                # (its name's words only, on its line: "Ministry of Foreign Affairs and Defence of the Republic of X")
                word = re.sub(r"^the ", "", u.text)  # (a merged name may keep its article: "the Republic of X")
                if u.is_space or not (word[:1].isupper() or u.lower_ in MINISTRY_NAME_LINKS or header and u.text == ","):
                    break
                named = self._named.get(u.i)
                # (a state the text alone makes one has this document's own entry; a name not yet read, its lookup)
                entry = (self._entries.get(named.id) or self.gazetteer.lookup(named.name)) if named is not None \
                    else self.gazetteer.lookup(_clean_name(u.text)) if word[:1].isupper() else None
                if entry is not None and entry.type == "STATE":
                    gov = self.government(entry)
                    states.setdefault(gov.id, gov)
                    break
        return next(iter(states.values())) if len(states) == 1 else None

    def _ministry(self, token: Token, text: str) -> Actor | None:
        """"the Ministry of Defence of Kestria", "Kenya's Ministry of Interior", "the Malian Ministry of
        Defence": a part of the state's government, as "the Malian defence ministry" is -- that government,
        the name kept as its alias. A ministry whose state the phrase does not say stays as named."""
        words = text.split()
        head = next((i for i, w in enumerate(words[:2]) if w.lower() in MINISTRY_HEADS), None)
        last = len(words) >= 2 and words[-1].lower() in MINISTRY_HEADS and " of " not in text
        if not last and (head is None or len(words) < head + 3):
            return None
        if last:  # "Kenya's Defence Ministry", "the Kestrian Foreign Ministry": the state before the portfolio
            states = [self.gazetteer.by_demonym(words[0]) or self.gazetteer.lookup(re.sub(r"['’]s$", "", words[0]))] \
                if len(words) >= 3 else []
        else:
            states = [self.gazetteer.by_demonym(words[0]) or self.gazetteer.lookup(re.sub(r"['’]s$", "", words[0]))] if head else []
        if not last and " of " in text[len(" ".join(words[:head + 2])):]:  # "Ministry of Defence of (the Republic of) Kestria"
            owner = text.split(" of ", 2)[-1]
            states.append(self.gazetteer.lookup(re.sub(r"^the ", "", owner)))
        for child in children_of(token):
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and child.i < token.i):
                states.append(self.gazetteer.lookup(_clean_name(child.text)) or self.gazetteer.by_demonym(child.text))
            elif child.dep_ == "prep" and child.lower_ == "of":
                states.extend(self.gazetteer.lookup(_clean_name(p.text)) for p in children_of(child) if p.dep_ == "pobj")
        states = [s for s in states if s is not None and s.type == "STATE"]
        if not states and not last and token.i > 0 and not any(
                c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < token.i for c in children_of(token)):
            # "The Ministry of Defence announces ...", whose state the phrase does not say, in the statement of a
            # ministry the document named with its state: that state's government
            gov = self._issuing_ministry(token)
            if gov is not None:
                self._add_alias(gov, _clean_name(text))
                return gov
        if len(states) != 1:
            return None
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.i < token.i), None)
        if last and owner is not None:  # "Kenya's Defence Ministry": the name as written, its owner kept
            self._add_alias(self.government(states[0]), f"{_clean_name(owner.text)}'s {text}")
        return self.government(states[0], text)

    def _unknown_states(self) -> list[Entry]:
        """States the gazetteer does not know, as entries for this document: names the text treats as a
        state -- by a formal name ("the Federation of X"), by what only a state owns ("X's foreign
        ministry"), or by an adjective formed on the name before a state's noun ("the Xian army"), which
        becomes the state's demonym; or by its regular forces ("the X Armed Forces")."""
        votes: Counter[str] = Counter()
        names: dict[str, str] = {}  # normalised name -> the name as written
        formal: dict[str, list[str]] = {}
        # a name the text tells as a town ("the town of X", "X, a market town") owns no minister or army
        towns = {normalize_name(_clean_name(ent.text)) for ent in self._ents if len(ent) == 1 and _told_as_settlement(ent[0])}
        for ent in self._ents:
            text = _clean_name(ent.text)
            if ent.ent_id_ or self.gazetteer.lookup(text) is not None or ent.label_ == "NORP":
                continue
            m = _STATE_NAME.fullmatch(text)
            after = _STATE_NAME_AFTER.fullmatch(text) if m is None else None
            if after is not None and not _rival_modified(ent[0]) and not any(
                    w.lower() in STATE_NAME_EPITHETS for w in after.group(1).split()) \
                    and not self.gazetteer.lookup(after.group(1)) and not self.gazetteer.demonym_place(after.group(1)):
                key = normalize_name(after.group(1))  # "the Tarsen Republic": the state Tarsen
                votes[key] += 1
                names.setdefault(key, after.group(1))
                formal.setdefault(key, []).append(text)
                continue
            if m is not None:
                if not _rival_modified(ent[0]) and self.gazetteer.lookup(m.group(2)) is None:
                    key = normalize_name(m.group(2))
                    votes[key] += 1
                    names.setdefault(key, m.group(2))
                    formal.setdefault(key, []).append(text)
                continue
            if not _single_name(text) or (ent.label_ == "PERSON" and len(ent.text.split()) > 1):
                continue  # "President N's government" is a person's
            names.setdefault(normalize_name(text), text)
            if _state_context(self.doc, ent) and normalize_name(text) not in towns:
                votes[normalize_name(text)] += 1
        demonyms: dict[str, list[str]] = {}
        for ent in self._ents:  # "the X Armed Forces", "the Xian Defence Force": a state's own forces
            m = _STATE_FORCES.fullmatch(_clean_name(ent.text)) if ent.label_ == "ORG" and not ent.ent_id_ else None
            owner = m.group(1) if m is not None and " " not in m.group(1) else None
            if owner is None or self.gazetteer.lookup(owner) or self.gazetteer.demonym_place(owner):
                continue
            stem = _demonym_stem(owner)
            formed_on = [n for n in names if stem and n != owner.lower() and n.startswith(stem)
                         and len(n) - len(stem) <= 2]  # "Xian Defence Force": X's, not a state "Xian"
            for name in formed_on:
                votes[name] += 1
                demonyms.setdefault(name, []).append(owner)
            if not formed_on and normalize_name(owner) in names:
                votes[normalize_name(owner)] += 1
        strings = self.doc.vocab.strings
        modifiers = {strings["amod"], strings["compound"]}
        for i, (dep, alpha) in enumerate(self.columns.rows(DEP, IS_ALPHA)):  # "the Xian army": the adjective's stem is a name of the text
            if dep not in modifiers or not alpha:  # (alphabetic, as tested below: no Token made for the rest)
                continue
            tok = self.doc[i]
            if not (tok.text[:1].isupper() and tok.text.isalpha() and tok.dep_ in ("amod", "compound")
                    and (_head_phrase(tok.head) in STATE_DEMONYM_HEADS or tok.head.lemma_.lower() in STATE_DEMONYM_HEADS)) \
                    or self.gazetteer.demonym_place(tok.text) or self.gazetteer.lookup(tok.text):
                continue
            stem = _demonym_stem(tok.text)
            for name in names:  # (not a name told as a town: "Kessa, a market town" -- type47)
                if stem and name != tok.lower_ and name.startswith(stem) and len(name) - len(stem) <= 2 \
                        and name not in towns:
                    votes[name] += 1
                    demonyms.setdefault(name, []).append(tok.text)
        return [Entry(name=names[key], type="STATE", aliases=tuple(dict.fromkeys(formal.get(key, ()))),
                      demonyms=tuple(dict.fromkeys(demonyms.get(key, ()))))
                for key in votes if key in names]

    def _state_forces(self, text: str) -> bool:
        """Whether an unknown name is a state's regular forces: "<State or its demonym> (National) Defence /
        Armed / Security Forces", the state known to the gazetteer or named in the text ("Veltria" for
        "Veltrian Defence Forces"). "People's Defence Force", "Self-Defence Committees" are not."""
        m = _STATE_FORCES.fullmatch(text)
        if m is None:
            return False
        owner = m.group(1)
        entry = self.gazetteer.by_demonym(owner) or self.gazetteer.lookup(owner)
        if entry is not None:
            return entry.type == "STATE"
        if not owner[:1].isupper() or "'" in owner or "\u2019" in owner:
            return False
        stem = owner.lower()
        for suffix in ("ian", "an", "ese", "i", "n"):  # "Veltrian" -> "Veltria", "Kestrese" -> "Kestr..."
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                stem = stem[:-len(suffix)]
                break
        for tok in self.doc:
            if tok.ent_type_ in ("GPE", "LOC", "STATE") or (tok.pos_ == "PROPN" and tok.dep_ == "poss"):
                name = normalize_name(_clean_name(tok.text))
                if name == owner.lower() or (name.startswith(stem) and len(name) - len(stem) <= 2):
                    return True
        return False

    def _known_person(self, text: str, short_only: bool = False) -> Actor | None:
        """A later, shorter mention of a person already named ("Sullivan" after "Jake Sullivan"); with
        ``short_only``, only a short name the gazetteer gives the person ("Abiy")."""
        words = normalize_name(text).split()
        for actor in self.actors.values():
            if actor.type != "PERSON":
                continue
            for name in actor.names:  # (folded: "Traore" after "Ibrahim Traoré")
                names = normalize_name(name).split()
                if words == names and self._gazetteer_short_name(actor, name):
                    return actor
                if short_only:
                    continue
                if len(words) < len(names) and words == names[-len(words):]:
                    return actor
                if "-" in name.split()[-1] and text == name.split()[-1]:
                    return actor
        if short_only or len(words) != 1:
            return None
        # "Getachew Reda ... Getachew said": by Ethiopian or Eritrean usage a person of a given name and a father's
        # name is called by the first -- only a two-word name, and only where one person named so has that word (a
        # word ending a name is that one's, above; "Ali" after "Ali Lamine Zeine" may be anyone)
        first = {a.id: a for a in self.actors.values() if a.type == "PERSON"
                 for n in a.names if len(normalize_name(n).split()) == 2 and normalize_name(n).split()[0] == words[0]}
        return next(iter(first.values())) if len(first) == 1 else None

    def _gazetteer_short_name(self, actor: Actor, name: str) -> bool:
        """Whether ``name`` is a one-word short name the gazetteer gives a person ("Abiy" for "Abiy Ahmed", by
        Ethiopian usage; "Tedros")."""
        return actor.id in self._entries and name != actor.name and " " not in name

    def _register(self, actor: Actor, entry: Entry | None = None) -> Actor:
        if actor.id not in self.actors:
            self.actors[actor.id] = actor
        if entry is not None:
            self._entries[actor.id] = entry
        return self.actors[actor.id]

    def _add_alias(self, actor: Actor, alias: str) -> None:
        current = self.actors.get(actor.id, actor)
        self.actors[actor.id] = current.with_aliases([alias])

    def _entity_states(self, demonyms: bool = False) -> list[Entry]:
        """The states the document's entities name: by the gazetteer's id of the state or of its government, and,
        with ``demonyms``, by a people's name NER read ("Malian")."""
        out = []
        for ent in self._ents:
            entry = self.gazetteer.get(ent.ent_id_) if ent.ent_id_ else (
                self.gazetteer.by_demonym(ent.text) if demonyms and ent.label_ == "NORP" else None)
            entry = self.gazetteer.governed_state(entry) or entry
            if entry is not None and entry.type == "STATE":
                out.append(entry)
        return out

    def _salient_state(self) -> Entry | None:
        """The state the article is mostly about: the most mentioned, by name or through its places."""
        counts: Counter[str] = Counter()
        for i, actor in self._named.items():
            entry = self._entries.get(actor.id)
            if entry is None:
                continue
            if self._civil_home(self.doc[i]):
                continue  # "a club in Burundi", "a Tanzanian shipping firm": the home of a civil body, no party
            located = self.doc[i].dep_ == "pobj" and self.doc[i].head.lower_ == "in"
            if entry.type == "STATE":
                # where things happen ("in Syria") says more than who acts
                counts[entry.name] += 4 if located else 2
            elif entry.state and not region_only(entry):
                # a place where things happen ("clashed in Khartoum") counts as its state named there; a region known
                # only from ISO 3166-2 does not: a neighbour's province named in passing would make the article its
                counts[entry.state] += 3 if located else 1
        norp = self.doc.vocab.strings["NORP"]
        for i, ent_type in enumerate(self.columns.column(ENT_TYPE)):
            if ent_type != norp:
                continue
            tok = self.doc[i]
            if not self._civil_home(tok) and (state := self.gazetteer.by_demonym(tok.text)):
                counts[state.name] += 1
        for state in self._dateline_states():  # "YANGON, Dec 2 —": where the story is
            counts[state.name] += 3
        self._state_counts = counts
        if not counts:
            return None
        return self.gazetteer.lookup(counts.most_common(1)[0][0])

    def _dateline_states(self) -> list[Entry]:
        """The state of each dateline's place ("QUITO, Jan 9 -", "CUCUTA, Colombia -"): where the story is filed."""
        found = []
        for start, end in self.doc._.datelines:
            for part in doc_text(self.doc)[start:end].strip(" —–-").split(","):
                entry = self.gazetteer.lookup(part.strip().title())
                state = entry if entry is not None and entry.type == "STATE" else (
                    self.gazetteer.lookup(entry.state or entry.metonym_of or "") if entry is not None else None)
                if state is not None:
                    found.append(state)
                    break
        return found

    def home_state(self) -> Entry | None:
        """The state a title that names none belongs to ("Interior Minister N"): the dominant state, else the
        salient one where the story's first dateline is filed from it -- a wire report from its capital that also
        names a foreign power often (the one that strikes, sanctions or extradites) is still about the state it is
        filed from."""
        dominant = self.dominant_state()
        if dominant is not None or self.salient_state is None:
            return dominant
        datelines = self._dateline_states()
        if datelines and datelines[0].name == self.salient_state.name:
            return self.salient_state
        return self.salient_state if self._opens_with_salient_state() else None

    def _opens_with_salient_state(self) -> bool:
        """Whether the headline and lead name the salient state and no other: a story that opens on the state it
        is mostly about is that state's story, though a neighbour or a patron named often later keeps it from
        dominating -- its untitled "Interior Minister N" is that state's, as a dateline from its capital would say
        (ref44f)."""
        opening = self.opening_state()
        return opening is not None and self.salient_state is not None and opening.name == self.salient_state.name

    @staticmethod
    def _civil_home(tok: Token) -> bool:
        """Whether ``tok`` names a civil body's home ("a Tanzanian shipping firm", "a club in Burundi"): a state so
        told is no party to the conflict."""
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head
        return head.lower_ in CIVILIAN_BODY_NOUNS and (tok.dep_ in ("amod", "compound", "nmod") or head.i != tok.head.i)

    def dominant_state(self) -> Entry | None:
        """The salient state where it clearly dominates: at least twice the weight of any other state."""
        ranked = self._state_counts.most_common(2)
        if self.salient_state is None or not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return self.salient_state

    # -- resolution ---------------------------------------------------------------
    def entry(self, actor: Actor) -> Entry | None:
        return self._entries.get(actor.id)

    def state_actor(self, entry: Entry) -> Actor:
        return self._register(entry.actor(), entry)

    def government(self, state: Entry, alias: str | None = None) -> Actor:
        """The GOVERNMENT actor of ``state``; ``alias`` (a surface form naming it) is recorded."""
        gov_entry = self.gazetteer.government_of(state)
        actor = self._register(gov_entry.actor(), gov_entry)
        if alias and re.search(r"[A-Z]", alias):
            self._add_alias(actor, _clean_name(alias))
        return self.actors[actor.id]

    def refs(self, token: Token, role: str = ACTOR) -> list[Ref]:
        """The actors ``token`` refers to (one, or several for "either side"), as ``role`` wants."""
        key = (token.i, role)
        if key not in self._memo:
            self._memo[key] = []  # a reading that comes back to this token ("gunmen loyal to the gang" -> ...) finds nothing
            found = self._refs(token, role)
            if found and token.pos_ == "PRON" and token.lower_ in THIRD_PERSON_PRONOUNS:
                speaker = self._quoting_speaker(token)  # ('"We want them to weaken," an official of X said': not X)
                found = [r for r in found if r.actor.id not in speaker]
            if found and token.pos_ == "NOUN" and token.lower_ in SMEAR_NOUNS:
                # w47a: 'X said the terrorists had attacked Y': a label a speaker gives others never stands for
                # the speaker
                speaker = self._labelling_speaker(token)
                found = [r for r in found if r.actor.id not in speaker]
            if not found and self._leader_possessive(token):
                # "N leads X. His fighters seized Y and still hold it": read early (here for "it"), "his fighters"
                # wait for what N leads, which the rules note later; an empty reading kept now would hide it
                del self._memo[key]
                return found
            self._memo[key] = found
            self._note_surface(token, self._memo[key])
        return self._memo[key]

    def _led_body(self, token: Token) -> Actor | None:
        """"the coalition led by Saudi Arabia", "a force led by the US": the body known as "the Saudi-led coalition",
        "the US-led force" -- by the gazetteer, or by the text's actors -- for the state's name, a short name or a
        demonym and the same noun; None where no such body, or more than one, is known (no body is made up)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in LED_BODY_NOUNS:
            return None
        leaders = [p for c in children_of(token) if c.dep_ == "acl" and c.lemma_ == "lead" and c.tag_ == "VBN"
                   for a in children_of(c) if a.dep_ == "agent" for p in children_of(a) if p.dep_ == "pobj"]
        if len(leaders) != 1 or leaders[0].i not in self._named:
            return None
        entry = self.entry(self._named[leaders[0].i])
        if entry is None or entry.type != "STATE":
            return None
        names = {normalize_name(f"{form}-led {token.lower_}") for form in (entry.name, *entry.aliases, *entry.demonyms)}
        known = {e.id: e for n in names if (e := self.gazetteer.lookup(n)) is not None and e.type != "STATE"}
        if len(known) == 1:
            (body,) = known.values()
            return self._register(body.actor(), body)
        if known:
            return None
        in_text = {a.id: a for a in self.actors.values() if names & {normalize_name(n) for n in a.names}}
        return next(iter(in_text.values())) if len(in_text) == 1 else None

    def given_name(self, token: Token) -> Token | None:
        """The name a participle gives a common noun with no "as" ("a former officer named N", "a cleric called M",
        ``name_giving_participles``): that name's token, read before any title or description rule, which would
        take the noun for someone named before or for no one; None elsewhere."""
        if token.pos_ != "NOUN":
            return None
        given = next((c for child in children_of(token) if child.dep_ == "acl" and child.lemma_ in NAME_GIVING_PARTICIPLES
                      for c in children_of(child) if c.dep_ == "oprd" and c.i in self._named), None)
        if given is None:  # (or a person's name after "as": "its leader, a former commander known as N,")
            given = next((p for child in children_of(token) if child.dep_ == "acl" and child.lemma_ in NAMING_VERBS
                          for c in children_of(child) if c.dep_ == "prep" and c.lower_ == "as"
                          for p in children_of(c) if p.dep_ == "pobj" and p.i in self._named
                          and self._named[p.i].type == "PERSON"), None)
        return given

    def _named_by_form(self, token: Token) -> Actor | None:
        """The actor a naming participle's "by" phrase names through a noun of the name's form
        (``name_form_nouns``): "the militia, known by its initials X", "a group known by the acronym Y" -- the
        name, whether the parser hung it on the form noun (in apposition) or the form noun on it; initials the
        name reader left unread are the body named before whose name they spell ("the Lake Shore Union ... the
        union, known by its initials LSU"), if one does. None elsewhere."""
        if token.pos_ != "NOUN":
            return None
        for child in children_of(token):
            if child.dep_ != "acl" or child.lemma_ not in NAMING_VERBS:
                continue
            for by in (c for c in children_of(child) if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
                for pobj in (p for p in children_of(by) if p.dep_ == "pobj"):
                    if pobj.lower_ in NAME_FORM_NOUNS:
                        names = [a for a in children_of(pobj) if a.dep_ == "appos" and a.pos_ == "PROPN"]
                        after = token.doc[pobj.i + 1] if pobj.i + 1 < len(token.doc) else None
                        if not names and after is not None and after.text.isupper() and after.text.isalpha():
                            names = [after]  # (initials the parser took for a verb: the word after the noun)
                    elif pobj.pos_ == "PROPN" and any(c.dep_ in ("compound", "nmod") and c.lower_ in NAME_FORM_NOUNS
                                                      for c in children_of(pobj)):
                        names = [pobj]
                    else:
                        continue
                    if len(names) != 1:
                        continue
                    name = names[0]
                    actor = self._named.get(name.i) or self._spelt_by(name)
                    if actor is not None and actor.type not in ("PERSON", "LOCATION"):
                        return actor
        return None

    def _spelt_by(self, initials: Token) -> Actor | None:
        """The one body named before ``initials`` (an all-capital word the name reader left unread) whose name's
        capitalised words begin with those letters, in order ("LSU": the Lake Shore Union); None if none or two."""
        letters = initials.text
        if not (letters.isalpha() and letters.isupper() and len(letters) >= 2):
            return None
        found = {a.id: a for i, a in self._named.items() if i < initials.i and a.type not in ("PERSON", "LOCATION")
                 and "".join(w[0] for w in a.name.split() if w[:1].isupper()) == letters}
        return next(iter(found.values())) if len(found) == 1 else None

    def _refs(self, token: Token, role: str) -> list[Ref]:
        if token.i in self._named and _stance_prefixed(token):
            # "a pro-Islamic State group", "pro-Hamas militias": a name so prefixed tells whom others side with, and
            # the group it modifies (or swallowed) is another -- the name that group describes, where one stands
            # beside it ("Y, a pro-X group that Z fought"), else none named
            return self.refs(token.head, role) if token.dep_ == "appos" and token.head.i in self._named else []
        if token.i in self._named:
            actor = self._as_role(self._named[token.i], role)
            return [Ref(actor, "name")] if actor else []
        given = self.given_name(token)
        if given is not None:  # "a former officer named N", "a cleric called M": N, M
            return self.refs(given, role)
        by_name = self._named_by_form(token)  # "the militia, known by its initials X": X
        if by_name is not None:
            actor = self._as_role(by_name, role)
            return [Ref(actor, "anaphor")] if actor else []
        listed = self._listed_below(token, role)
        if listed:  # "designated the following groups as FTOs:" over a bulleted list: the groups listed
            return listed
        lower = token.lower_
        if role == PLACE and lower in CAPTIVE_PERSON_NOUNS and _counted(token):
            return []  # "18 of its soldiers were held by X": people counted out, no ground of their owner's
        if lower in MINISTRY_HEADS and role == ACTOR and token.text[:1].isupper() and _bare_the(token) \
                and not any(c.dep_ == "compound" for c in children_of(token)):
            gov = self._issuing_ministry(token)  # "The Ministry thanks X ...", in a ministry's own statement
            if gov is not None:
                return [Ref(gov, "anaphor")]
        if role == ACTOR and lower in SECEDED_POLITY_NOUNS and token.dep_ != "appos" and any(
                c.dep_ in ("amod", "compound") and c.lower_ in SECEDED_POLITY_MODIFIERS for c in children_of(token)):
            # "a deal with the breakaway region of X", "talks with the self-declared republic of Y": X's own
            # authority, the actor the name is (the plain "the region of X" stays the place)
            for pobj in (p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)):
                if pobj.dep_ == "pobj" and pobj.i in self._named:
                    found = self.refs(pobj, ACTOR)
                    if found:
                        return found
        if no_longer_the_group(token):
            return []
        if token.dep_ == "appos" and lower in OFFSHOOT_HEADS and token.head.i in self._named and not contrasted(token):
            # "Saraya al-Huda, a faction of Kataib Hezbollah,": the part described is its name's, not the body it
            # belongs to -- read as the body, it would make that body the sentence's mention a later "the group" takes
            return []
        if lower in OFFSHOOT_HEADS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(token)):
            # "Its ethnic Uzbek faction, led by N", "their armed wing": a part of the body the pronoun stands for, not
            # the body; what the part is, the text does not name here
            return []
        quoted = _scare_quoted(token, self.columns)
        if quoted and lower in QUOTED_ENEMY_LABELS and _refused_talks_party(token):
            return self._labelled_enemy_refs(token, role)  # 'X would not negotiate with "terrorists"' (ref47b)
        if quoted:
            # 'the army said "terrorist groups" attacked the city': the speaker's label, in quotes the text keeps
            # its distance with; whom it means the text does not say
            return []
        if token.dep_ == "amod" and token.pos_ == "ADJ" and lower in FORCE_NOUNS:
            return []  # "military ties", "military juntas": a kind of thing, not the army named before
        if lower in QUOTE_PRONOUNS:
            speaker = quote_speaker(token)  # '"We will not talk," a spokesman for X said': X
            if speaker is None and token.pos_ == "PRON" and not token.text.isupper():
                speaker = self._quotation_speaker(token)  # '"...," said N, X's spokesman. "Our men hold Y."': X
            if speaker is None and not self._quoted(token):
                return self._statement_issuer()  # "X Ministry of Defence -- Press Statement. Our forces retook Y"
            return self._represented(speaker) if speaker is not None else []
        found = self._named_places_of(token)  # "their strongholds of X and Y": the places, not "their"
        if found is not None:
            return found
        found = self._organ_refs(token, role)  # "the Commission of ECOWAS", then "the President of the Commission"
        if found is not None:
            return found
        found = self._any_armed_group(token, role)  # "has at no time armed any faction in Z": the one named
        if found is not None:
            return found
        found = self._discourse_refs(token, role)  # sets, possessive anaphors, name descriptions
        if found is not None:
            return found
        for child in children_of(token):  # "the insurgents, known locally as Ansar al-Sunna"
            if child.dep_ == "acl" and child.lemma_ in NAMING_VERBS and token.pos_ == "NOUN":
                named = [p for c in children_of(child) if c.lower_ == "as" for p in children_of(c) if p.i in self._named]
                if named:
                    return self.refs(named[0], role)
        for child in children_of(token):  # "the new coalition, which calls itself X": X, by its own name (what
            # others call it -- "which Y calls X" -- may be a label or a place: "ISIS-Mozambique")
            if child.dep_ == "relcl" and child.lemma_ in SELF_NAMING_VERBS and any(
                    c.dep_ == "dobj" and "Yes" in c.morph.get("Reflex") for c in children_of(child)):
                names = [c for c in children_of(child) if c.dep_ == "oprd" and (c.i in self._named or c.pos_ == "PROPN")]
                if names:  # a name not read is another actor, never one named before ("a gang" says nothing)
                    refs = self.refs(names[0], role) if names[0].i in self._named else []
                    return [r for r in refs if r.actor.type not in ("LOCATION", "STATE")]
        for child in children_of(token):  # "the armed group al-Shabaab" (not "the army, not the RSF")
            if child.dep_ == "appos" and child.i in self._named and token.pos_ in ("NOUN", "PROPN") and not contrasted(child) \
                    and not composition_apposition(child):
                actor = self._as_role(self._named[child.i], role)
                return [Ref(actor, "name")] if actor else []
        found = self._misattached_appos(token, role)
        if found is not None:
            return found
        found = self._led_body(token)
        if found is not None:
            return [Ref(found, "name")]
        found = self._described_name(token, role)
        if found is not None:
            return found
        found = self._community_refs(token, role)
        if found is not None:
            return found
        found = self._actor_refs(token, role)
        if found is not None:
            return found
        if token.ent_type_ == "NORP" or self.gazetteer.by_demonym(token.text):
            return []
        found = self._coordinated_governments(token)
        if found is not None:
            return found
        found = self._named_party(token)
        if found is not None:
            return found
        found = self._person_state_refs(token, role)
        if found is not None:
            return found
        found = self._state_described_of_name(token, role)
        if found is not None:
            return found
        if token.tag_ == "NNS" and token.lemma_.lower() in BODY_NOUNS and _bare_the(token):
            # "the militias" are several bodies, not one named before -- unless the text named one body with that
            # very plural ("Fano militias fought X ... the militias' strongholds")
            named = self._named_with_plural(token)
            if named is not None:
                return [Ref(named, "anaphor")]
        if lower in FORCE_NOUNS or lower in GOVERNMENT_NOUNS or lower in GROUP_NOUNS or lower in SIDE_NOUNS \
                or _trained_personnel(token) or self._owned_demonym_allies(token):
            found = self._head_refs(token, role)
            if found is not None:
                return found
        if lower in CAPITAL_NOUNS and token.dep_ != "appos" and (_definite(token) or any(c.dep_ == "poss" for c in children_of(token))):
            found = self._capital_refs(token, role)
            if found is not None:
                return found
        if lower in NAMING_PLACE_NOUNS and token.dep_ != "appos" and not (lower not in SETTLEMENT_NOUNS and any(
                c.dep_ == "compound" and c.i in self._named for c in children_of(token))):
            # "the town of Korit", "the Darfur city of El Fasher" (but "the Kherson region of Ukraine" is Kherson's)
            for pobj in (p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)):
                if pobj.dep_ == "pobj" and pobj.i in self._named:
                    return self.refs(pobj, PLACE)  # a place, even where an actor is wanted: not its state
        if lower in SETTLEMENT_NOUNS and _definite(token):
            place = self._where_place(token)
            if place is not None:
                # "Kidal, a desert town where the army shelled the town": the place the clause is about, where the
                # text or the gazetteer tells it is a settlement; else some city there ("Darfur, where the RSF
                # besieged the city"), not one named before
                settled = self._place_nouns(place) & (SETTLEMENT_NOUNS | CAPITAL_NOUNS)
                return [Ref(place, "anaphor")] if settled and self._place_fits(token, place) else []
        found = self._coordinated_places(token)
        if found is not None:
            return found
        if lower in PLACE_NOUNS or _named_unit_noun(token):  # "the Afungi site", "Hmeimim air base", "the Tarvo zone"
            for child in children_of(token):
                named = self._named.get(child.i)
                if child.dep_ == "compound" and named is not None and named.type == "LOCATION":
                    if _settlement_in(token, child) or self._town_of_region(token, named):
                        return []  # "a North Kivu town", "North Darfur market town": some town there, unnamed
                    return [Ref(named, "name")]
                if child.dep_ == "amod" and child.i == token.i - 1 and named is not None and named.type == "LOCATION" \
                        and child.text[:1].isupper():  # "Beni territory", the tagger taking the name for an adjective
                    return [Ref(named, "name")]
        if lower in ("which", "that", "who", "whom", "whose") and token.tag_ in ("WDT", "WP", "WP$"):
            for anc in token.ancestors:  # "the town, which the insurgents held"; "ECOWAS, of which Ghana is a member"
                if anc.dep_ == "relcl":  # ("X, a smaller group which Y has fought": X, the name described)
                    return [r for t in self.relative_antecedents(anc)
                            for r in self.refs(_described_name(t, self._named) or t, role)]
            if lower == "whose" and (before := self._name_before_relative_comma(token)) is not None:
                return self.refs(before, role)
            if (listed := _prepositional_relative_antecedent(token)) is not None:
                return [r for t in _list_tokens(listed) for r in self.refs(t, role)]
        if lower in ANAPHORS and self._unread_name_head(token):
            return self._closing_acronym(token, role)  # "the United Nations Support Mission in X (UNSMX)"
        if lower in ANAPHORS and (token.pos_ == "PRON" or _definite(token) or lower in BARE_ANAPHOR_PLURALS
                                  or (lower in GOVERNMENT_NOUNS and _stance_prefixed(token)) or _bare_titled_body(token)):
            if token.pos_ == "NOUN" and any(c.dep_ in ("amod", "det") and c.lower_ in OTHER_REFERENT_MODIFIERS
                                            for c in children_of(token) if c.i < token.i):
                return []  # "the neighbouring state", "the other group": not the one named before
            if ANAPHORS[lower][0] == ("LOCATION",) and any(
                    c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < token.i for c in children_of(token)):
                return []  # "the al-Nuri mosque": a place named here, not one named before
            if ANAPHORS[lower][0] == ("LOCATION",) and any(
                    (state := self.gazetteer.by_demonym(c.text)) is not None and state != self.salient_state
                    for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i):
                return []  # "the Chadian border town" in a Sudanese story: a place of another state, not the last one
            if token.pos_ == "NOUN" and any(
                    c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < token.i and c.i not in self._named
                    and c.text[:1].isupper() and not self.gazetteer.demonym_place(c.text) and not _creed_modifier(c)
                    and not (ANAPHORS[lower][0] == ("STATE",) and c.lower_ in STATE_EPITHET_MODIFIERS | COMPASS_WORDS)
                    for c in children_of(token)):
                return []  # "the Ganda Izo militia": a body named here by words no one read, not one named before
            if token.tag_ == "NNS" and token.lemma_.lower() in BODY_NOUNS:
                return []  # "the gangs" are several gangs, not the one named last (sets are read above)
            if lower in FEDERAL_UNIT_NOUNS and (region := self._federal_unit_region(token)) is not None:
                return [Ref(region, "anaphor")] if region else []  # "Biu, the state's second town", after Borno
            if ANAPHORS[lower][0] == ("STATE",) and token.pos_ == "NOUN":
                demonyms = [c for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
                            and c.text[:1].isupper()]
                words = [part for c in demonyms for w in c.subtree if w.text[:1].isupper() for part in w.lower_.split()]
                if words and (all(w in STATE_EPITHET_MODIFIERS or w in COMPASS_WORDS for w in words)
                              or any(w in COMPASS_WORDS | STATE_EPITHET_MODIFIERS for w in words[:-1])):
                    demonyms = []  # "the Gulf state", "the West African nation": the state named before, as "the country"
                if demonyms:  # "the Pakistani state", "the Burmese nation": the state the modifier names, else no one
                    state = self.gazetteer.by_demonym(demonyms[-1].text)
                    found = self.state_actor(state) if state is not None else self._unknown_state(
                        _clean_name(demonyms[-1].text))  # "the Veltrian state": Veltria, if the text names it
                    actor = self._as_role(found, role) if found is not None else None
                    return [Ref(actor, "head")] if actor else []
            if lower in GOVERNMENT_NOUNS:
                unknown = [c for c in children_of(token) if c.i < token.i and c.dep_ in ("amod", "compound")
                           and c.text[:1].isupper() and c.is_alpha and (c.ent_type_ in ("NORP", "GPE") or c.i in self._named or c.pos_ == "PROPN"
                                                                        or self._name_elsewhere(c))
                           and not self.gazetteer.by_demonym(c.text) and self._named.get(c.i, _NOBODY).id not in self._entries]
                unknown = unknown or self._unknown_owner(token)
                if unknown:  # "the Veltrian government": of a state the gazetteer does not know -- Veltria, if
                    demonym = _clean_name(unknown[-1].text)  # the text names it as one, else no one
                    state = self._unknown_state(demonym)
                    if state is None:
                        return []
                    self._add_alias(state, f"{demonym} {lower}")
                    return [Ref(self.actors[state.id], "head")]
                if any(c.lower_ in SUBNATIONAL_MODIFIERS for c in children_of(token) if c.i < token.i):
                    # "the Amhara regional government": that region's own; "the local authorities": unnamed
                    named = any(c.text[:1].isupper() and c.i < token.i for c in children_of(token) if c.dep_ != "det")
                    return [Ref(self._regional_government(token), "head")] if named else []
                gov = self._government_anaphor(token)
                if gov is not None and self._other_persons_government(token, gov):
                    return []
                return [Ref(gov, "anaphor")] if gov else []
            if self._own_personnel(token):
                return []  # "Russia, which deployed peacekeepers there, pulled them out": the peacekeepers
            place = self._taken_place(token)
            if place is not None:  # "X advanced on Goma. The rebels seized it": the place, by the verb
                self._ambiguous.discard(token.i)
                self._unbound.discard(token.i)
                actor = self._as_role(place, role)
                return [Ref(actor, "anaphor")] if actor else []
            spec = _described_kind(token) or _state_office_owner(token) or _founded_body_kind(token)
            if lower in PLURAL_PRONOUNS and token.dep_ == "pobj" and token.head.lower_ == "between" and spec is None:
                # "A and B clashed. C mediated talks between them": two sides, the set named before, not one of it
                together = self._pronoun_set(token, role, between=True)
                if together:
                    return together
            if lower in PLURAL_PRONOUNS and spec is None and (reported := self._reporters_set(token, role)):
                return reported  # "A and B said they had struck X": A and B (coord36)
            actor = self._antecedent(token, spec)
            if actor is not None and spec is None and token.pos_ == "PRON" and lower not in _PERSON_PRONOUNS \
                    and self._unread_speaker(token):
                actor = None  # "The smaller wing ... says it will keep fighting X": the wing, which names no one
            if spec is None and lower in _PERSON_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass", "poss"):
                actor = self._speaker_or(token, actor)  # "The envoy of Chad said ... He accused X": Chad
            if spec is None and (centered := self._centered_speaker(token)) is not None:
                actor = centered  # "The envoy of Chad said N's men ... He accused X": Chad, the center
            if actor is None and lower in PLURAL_PRONOUNS:
                together = self._pronoun_set(token, role)
                if not together and lower in PERSON_SET_PRONOUNS:
                    together = self._pronoun_set(token, role, ("PERSON",), objects=True) \
                        or self._pronoun_set(token, role, objects=True)
                if together:
                    return together
            if any(_creed_modifier(c) for c in children_of(token)):
                # "the Maoist rebels": the one group of that kind, or no one (never the generic rebels of a state)
                actor = actor if actor is not None and self._kind_fits(token, actor) else None
                return [Ref(a, "anaphor")] if actor is not None and (a := self._as_role(actor, role)) else []
            if actor is None and lower in BARE_REBEL_PLURALS and token.i not in self._ambiguous:
                actor = self._generic_rebels(token)
            if actor is not None:
                actor = self._as_role(actor, role)
                return [Ref(actor, "anaphor")] if actor else []
            return []
        actor = self._head_named(token)
        if actor is not None:
            actor = self._as_role(actor, role)
            return [Ref(actor, "anaphor")] if actor else []
        return []

    def _person_state_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"President N said his country would send troops", "her nation": the state the one person the
        possessive stands for governs or serves (the text or the gazetteer says which); no one for a person tied
        to no state, or where the possessive may be either of two persons. None for any other noun."""
        if token.pos_ != "NOUN" or ANAPHORS.get(token.lower_, ((),))[0] != ("STATE",):
            return None
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES), None)
        if owner is None:
            return None
        refs = self.refs(owner, ACTOR)
        state = self.state_of(refs[0].actor) if len(refs) == 1 and refs[0].actor.type == "PERSON" else None
        actor = self._as_role(self.state_actor(state), role) if state is not None else None
        if actor is None and len(refs) == 1 and refs[0].actor.type == "PERSON":
            served = self.served_state(refs[0].actor, token.i)  # "Kestria's foreign minister, N ... his country": Kestria
            actor = self._as_role(served, role) if served is not None else None
        return [Ref(actor, "anaphor")] if actor is not None else []

    def _state_described_of_name(self, token: Token, role: str) -> list[Ref] | None:
        """"the neighbouring state of Qatar", "the country of Veltria": a singular state noun whose "of" names one
        state (the gazetteer's or one the text has shown to be a state) -- that state; another name, nothing.
        "country" and "nation" are always a state's; "state" only with a modifier that says it is
        sovereign (``sovereign_state_modifiers``: "the neighbouring state of X"), never "the Indian state of X",
        "the northern state of X" or a bare "the state of X" (a federal unit, perhaps). None for any other noun."""
        lower = token.lower_
        if token.pos_ != "NOUN" or token.tag_ != "NN" or lower not in STATE_DESCRIPTION_NOUNS:
            return None
        of = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"]
        pobjs = [p for c in of for p in children_of(c) if p.dep_ == "pobj"]
        if len(of) != 1 or len(pobjs) != 1 or pobjs[0].i not in self._named or pobjs[0].conjuncts:
            return None
        modifiers = [c for c in children_of(token) if c.i < token.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
        if any(c.i in self._named or c.text[:1].isupper() or c.lower_ in COMPASS_WORDS or self.gazetteer.by_demonym(c.text)
               for c in modifiers):
            return None  # "the Indian state of Manipur", "Nigeria's northern state of Kebbi": a part of a state
        if lower == "state" and not any(c.lower_ in SOVEREIGN_STATE_MODIFIERS for c in modifiers):
            return None
        actor = self._named[pobjs[0].i]
        if actor.type != "STATE":
            return []  # (a name the text shows as no state is not made one here: "Varn's representative" stays his)
        found = self._as_role(self.actors.get(actor.id, actor), role)
        return [Ref(found, "anaphor")] if found is not None else []

    def chained_description(self, token: Token, role: str) -> list[Ref] | None:
        """"X, the backbone of Y, a coalition backed by Z": an indefinite description of the kind of body Y is, set
        off right after a first apposition that ends in "of Y", describes Y, though the parser hangs both
        appositions on X (then X, not Y, would be the one Z backs). None elsewhere (and where Y is a person, a
        place or a state, or of another kind: "Hezbollah, an ally of Iran, a militia backed by Tehran")."""
        lower = token.lower_
        if token.pos_ != "NOUN" or token.dep_ != "appos" or lower not in ANAPHORS or token.head.i not in self._named:
            return None
        if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in children_of(token)):
            return None
        start = token.left_edge.i
        if start < 3 or self.doc[start - 1].text != ",":
            return None
        last = self.doc[start - 2]
        owner = last if last.i in self._named else None
        if owner is None or owner.dep_ != "pobj" or owner.head.lower_ != "of" or owner.head.dep_ != "prep":
            return None
        first = owner.head.head
        if first.dep_ != "appos" or first.head != token.head or first.i >= token.i or first.i in self._named:
            return None
        body = self._named[owner.i]
        if body.type in ("PERSON", "LOCATION", "STATE") or body.type not in ANAPHORS[lower][0]:
            return None
        actor = self._as_role(body, role)
        return [Ref(actor, "name")] if actor else []

    def _misattached_appos(self, token: Token, role: str) -> list[Ref] | None:
        """"The UN mission in Mali, MINUSMA, said": the name in apposition that the parser hangs on the place
        closing the description ("in Congo") names the description's body -- where the description is an anaphor
        noun of the kind that name is ("the mission": a body, not a place) and the place is no body at all."""
        lower = token.lower_
        if token.pos_ != "NOUN" or lower not in ANAPHORS or not _definite(token):
            return None
        kinds = ANAPHORS[lower][0]
        for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("in", "for", "to", "on")):
            for place in (g for g in children_of(prep) if g.dep_ == "pobj" and g.i in self._named):
                if self._named[place.i].type not in ("LOCATION", "STATE"):
                    continue
                for appos in (a for a in children_of(place) if a.dep_ == "appos" and a.i in self._named):
                    body = self._named[appos.i]
                    if body.type in kinds and body.type not in ("LOCATION", "STATE", "PERSON") and not contrasted(appos):
                        actor = self._as_role(body, role)
                        return [Ref(actor, "name")] if actor else []
        return None

    def head_named(self, token: Token, aside: Token, role: str = ACTOR) -> list[Ref]:
        """"The X Front ... The front, led by N, ...": the one body a bare definite description stands for by its head
        noun, read for the participle ``aside`` set off by commas after it (``_set_off_participle``) -- what that
        participle tells of the description (who leads it), not what the rest of the sentence does (off52). No one
        where the description says more than its head, or where two bodies of that head were named before."""
        actor = self._head_named(token, aside) if _set_off_participle(aside) else None
        actor = self._as_role(actor, role) if actor is not None else None
        return [Ref(actor, "anaphor")] if actor is not None else []

    def _head_named(self, token: Token, aside: Token | None = None, *, armed_aside: bool = False) -> Actor | None:
        """"The Kivu Liberation Front seized Rubaya ... arming the front": a definite description whose noun
        heads the name of exactly one body named before it stands for that body (the head-match sieve of
        rule-based coreference). Its modifiers must be words of that name ("the liberation front", never "the
        international community"), and it says no more than the name ("the front of the queue" does).
        The capitalised head alone, modifying a force noun ("the Morvan Legion ... shelled Legion
        positions", "Front fighters"), stands for the body too. ``aside``, a participle :meth:`head_named` found set
        off by commas, says no more than the name either. With ``armed_aside``, an indefinite appositive of any armed
        body ("the legion, a clan militia raised in 2019, ...": ``_armed_aside``) says no more than an armed group's
        name (asked for the owner of a title only: :meth:`_titled_owner_center`)."""
        if not (token.pos_ == "NOUN" and _bare_definite(token)) and not _name_head_modifier(token):
            return None
        words = [c.lower_ for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
        described = [c for c in children_of(token) if c.dep_ == "appos" and _described_aside(c)]
        if any(c.dep_ in ("prep", "poss", "nummod", "appos", "acl") or (c.dep_ == "relcl" and not _set_off(c))
               for c in children_of(token) if c not in described and c != aside):
            return None  # (a relative clause between commas says more of the body, not which one: "the front, whose ...")
        noun = token.lemma_.lower()
        found = {seen.actor.id: seen.actor for seen in self._before(token.i)
                 if seen.token < token.i and seen.actor.type != "PERSON" and noun in _head_nouns(seen.actor)
                 and all(w in seen.actor.name.lower().split() for w in words)
                 and all(_aside_kind(c) == seen.actor.type or (armed_aside and seen.actor.type == "ARMED_GROUP"
                                                                and _armed_aside(c)) for c in described)}
        if len(found) > 1:
            self._ambiguous.add(token.i)
        return next(iter(found.values())) if len(found) == 1 else None

    def _name_before_relative_comma(self, token: Token) -> Token | None:
        """The name just before the comma that opens a "whose" clause the parser did not read as a relative clause
        ("ties with General N, whose X Army controls the east": the clause taken for a conjunct of the main verb;
        "the government of President N, whose Y Front led ...": for a complement): the man or body "whose" stands
        for, as a relative clause's head would be. Only where "whose" owns a name (a title noun after it is left alone);
        None where the word before the comma is no name (off51)."""
        doc = token.doc
        if token.tag_ != "WP$" or token.i < 2 or doc[token.i - 1].text != "," or token.head.pos_ != "PROPN":
            return None  # (only before a name: "Chile, whose former president, N," is left to the titles' readings)
        prev = doc[token.i - 2]
        return prev if prev.i in self._named else None

    def relative_antecedents(self, relcl: Token) -> list[Token]:
        """The nouns a relative clause after a comma closing a list refers to: "Qatar and Egypt, which mediated
        the talks, said" -- the subject's whole list of names of one type, unless the clause's verb agrees with
        one alone ("which borders Gaza"); "backs A and the B, which control X" -- the nearest name, wherever
        the parser hung the clause. Otherwise the noun the clause hangs on -- or, where that is a nickname
        ("the officer known as 'Tiger', who heads X"), the one the nickname is given to."""
        head = relcl.head
        over_place = self._persons_before_place(head, relcl)
        if over_place is not None:
            return over_place
        offshoot = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if offshoot is not None and offshoot.pos_ == "NOUN" and offshoot.lower_ in OFFSHOOT_HEADS and head.i in self._named \
                and not any(t.is_punct for t in relcl.doc[head.i + 1:relcl.left_edge.i]):
            # "X, a splinter of Y that joined Z": a clause right after the body, with no comma, tells the offshoot
            return [offshoot]
        described = self._partitive_apposition_name(head, relcl)
        if described is not None:
            return [described]  # "X, one of the factions in Y, which has ...": X, whom the partitive describes
        band = self._band_of_fighters_name(head, relcl)
        if band is not None:
            return [band]  # "X, a network of local fighters who have fought beside Y": X, whose fighters they are
        coalition = _coalition_against(head, relcl)
        if coalition is not None:
            return [coalition]
        called = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else head.head
        if head.dep_ in ("pobj", "oprd", "dobj", "attr") and called.dep_ == "acl" and called.lower_ in NAMING_PARTICIPLES \
                and called.head.pos_ == "NOUN" and (head.i not in self._named or self._nickname_of_named_person(called.head, head)):
            return [called.head]
        if head.dep_ in ("pobj", "oprd", "dobj", "attr") and called.dep_ == "acl" and called.lower_ in NAMING_PARTICIPLES \
                and called.head.pos_ == "NOUN" and self._nickname_of_untyped_name(called.head, head):
            return []
        first = _first_conjunct(head)
        listed = [first, *first.conjuncts]
        last = listed[-1]
        if len(listed) < 2 or relcl.i < last.i or not any(t.text == "," for t in relcl.doc[last.i + 1:relcl.i]):
            near = self._predicate_nominals_name(head, relcl)
            return [near] if near is not None else [head]
        if _reciprocal_clause(relcl) and all(t.i in self._named for t in listed):
            # hit49: "A and B, which had fought each other for years": what each did to the other is about the
            # whole list, whatever the names' types or the list's place in the sentence ("gangs such as A and B")
            return listed
        singular = any(c.tag_ == "VBZ" for c in (relcl, *children_of(relcl)) if c.i >= relcl.i or c.dep_ in ("aux", "auxpass"))
        types = {self._named[t.i].type if t.i in self._named else None for t in listed}
        if _opened_by_covering_quantifier(relcl) and len(types) == 1 and None not in types:
            return listed  # tie53: "A and B, both of which X has banned": each name listed
        if first.dep_ in ("nsubj", "nsubjpass") and not singular and len(types) == 1 and None not in types:
            return listed
        if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.tag_ == "NNS" and not singular \
                and len(types) == 1 and None not in types:
            return listed  # "the towns of A and B, which X took": the plural noun the names list says it is both
        return [last]

    def _nickname_of_named_person(self, described: Token, nickname: Token) -> bool:
        """"Omar Saleh, a former officer nicknamed The Hawk, who leads X": a nickname typed as a person of its
        own, given to a noun set in apposition to a named person, is that person's byname -- the relative clause
        after it speaks of the named person, not of a second one."""
        return self._named[nickname.i].type == "PERSON" and described.dep_ == "appos" \
            and described.head.i in self._named and self._named[described.head.i].type == "PERSON"

    def _nickname_of_untyped_name(self, described: Token, nickname: Token) -> bool:
        """prec50: "Ana Bello, a former judge called The Hammer, who heads X", where the tagger typed no entity on
        the name the described noun stands beside: the byname typed as a person is still that unnamed person's, so
        the clause after it is about no actor the resolver knows (not "Hammer leads X")."""
        name = described.head
        return self._named[nickname.i].type == "PERSON" and described.dep_ == "appos" \
            and name.pos_ == "PROPN" and not name.ent_type_ and name.i not in self._named

    def _persons_before_place(self, head: Token, relcl: Token) -> list[Token] | None:
        """"struck militants in Iraq, whom it accuses of ...", "the Houthis in Yemen, who fired ...": a "who" or
        "whom" clause the parser hung on a place or state named as where (the object of a place preposition) speaks
        of the people before that preposition -- the noun it modifies, or the verb's object right before it -- not
        of the place (a state is "which"). None where the clause is no such one; [] where no noun is found."""
        pronoun = next((c for c in relcl.subtree if c.tag_ in ("WP", "WDT") and c.i < relcl.i), None)
        if pronoun is None or pronoun.lower_ not in ("who", "whom") or head.dep_ != "pobj" \
                or head.head.lower_ not in PLACE_PREPOSITIONS or head.i not in self._named \
                or self._named[head.i].type not in ("STATE", "LOCATION"):
            return None
        prep = head.head
        if prep.head.pos_ in ("NOUN", "PROPN"):
            return [prep.head]
        objects = [c for c in children_of(prep.head) if c.dep_ == "dobj" and c.i < prep.i and c.right_edge.i == prep.i - 1]
        return objects[:1]

    def _partitive_apposition_name(self, head: Token, relcl: Token) -> Token | None:
        """"Kataib Hezbollah, one of the strongest factions in the PMF, which has ...": a relative clause after a
        comma that closes a name's partitive apposition ("one of the N", "one of the N in Y") is about the name,
        not the group the partitive counts it among."""
        pronoun = next((c for c in children_of(relcl) if c.tag_ in ("WDT", "WP") and c.i < relcl.i), None)
        if pronoun is None or pronoun.i < 1 or relcl.doc[pronoun.i - 1].text != ",":
            return None
        counted = head
        if counted.dep_ == "pobj" and counted.head.dep_ == "prep" and counted.head.lower_ != "of" \
                and counted.head.head.pos_ == "NOUN" and counted.head.head.tag_ == "NNS":
            counted = counted.head.head  # "one of the factions | in Y"
        if counted.dep_ != "pobj" or counted.head.lower_ != "of":
            return None
        one = counted.head.head
        # ("X, a founding member of the Y, which ...": a member, too, is counted among the body's members)
        counting = (one.lower_ == "one" and counted.tag_ == "NNS") or (
            one.lemma_.lower() in MEMBERSHIP_APPOSITIVES and one.tag_ == "NN")
        if not counting or one.dep_ != "appos" or one.head.i not in self._named:
            return None
        return one.head

    def _band_of_fighters_name(self, head: Token, relcl: Token) -> Token | None:
        """"X, a loose network of local fighters who have fought beside Y", "X: a battalion of foreign volunteers
        that fights alongside Y" (talk48): a relative clause right after the fighters (combatant_plurals) a band
        is made of (collective_band_nouns), where the band stands in apposition to a name, is about the named band,
        not about fighters who name no one. Not where the fighters are named themselves, nor after a comma (the
        clause may then be about anything before it)."""
        if head.dep_ != "pobj" or head.lower_ not in COMBATANT_PLURALS or head.i in self._named \
                or head.head.lower_ != "of":
            return None
        band = head.head.head
        if band.pos_ != "NOUN" or band.tag_ != "NN" or band.lower_ not in COLLECTIVE_BAND_NOUNS or band.dep_ != "appos":
            return None
        if any(t.is_punct for t in relcl.doc[head.i + 1:relcl.left_edge.i]) or relcl.left_edge.i <= head.i:
            return None
        named = band.head  # (the name, or the kind noun its name qualifies: "the Wazalendo militias")
        return named if named.i in self._named or any(
            c.dep_ == "compound" and c.i in self._named for c in children_of(named)) else None

    def _predicate_nominals_name(self, head: Token, relcl: Token) -> Token | None:
        """"Malawi is no member of the EAC, which has begun ...": a relative clause hung on a predicate nominal
        that names no one is about the name that closes its phrase just before the comma (or its acronym)."""
        if head.dep_ != "attr" or head.i in self._named:
            return None
        pronoun = next((c for c in children_of(relcl) if c.tag_ in ("WDT", "WP") and c.i < relcl.i), None)
        if pronoun is None or pronoun.i < 2 or relcl.doc[pronoun.i - 1].text != ",":
            return None
        before = relcl.doc[pronoun.i - 2]
        if before.text == ")" and pronoun.i >= 3:
            before = relcl.doc[pronoun.i - 3]
        return before if before.i in self._named and before in head.subtree else None

    def _unread_name_head(self, token: Token) -> bool:
        """Whether a capitalised anaphor noun heads a proper name NER did not read ("the United Nations
        Support Mission in X", "the Popular Liberation Front"): a capitalised modifier of its own that
        names no actor -- the name of another body, never one named before."""
        return token.pos_ == "PROPN" and token.text[:1].isupper() and any(
            c.dep_ == "compound" and c.i < token.i and c.text[:1].isupper() and c.i not in self._named
            for c in children_of(token))

    def _closing_acronym(self, token: Token, role: str) -> list[Ref]:
        """The acronym in brackets that closes the name ``token`` heads ("... Mission in X (UNMX)"), with
        nothing but the name's own words between; else no one."""
        for t in self.doc[token.i + 1:token.sent.end]:
            if t.text == "(":
                after = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
                if after is not None and after.i in self._named and after.text.isupper():
                    actor = self._as_role(self._named[after.i], role)
                    return [Ref(actor, "name")] if actor else []
                return []
            if t.is_punct or t.pos_ in ("VERB", "AUX") or not any(a.i == token.i for a in t.ancestors):
                return []
        return []

    def _generic_rebels(self, token: Token) -> Actor | None:
        """Unnamed rebels, when no group is named nearby: the armed group the article is about, if one
        clearly is; else "Syrian rebels", after where they are, else the article's state -- but never the
        rebels of a state that the same sentence names as an actor (it would stand on both ends)."""
        main = self._main_armed_group(token) or self._lead_group(token) or self._title_called_group(token)
        if main is not None:
            return main
        state, where, venues = None, None, set()
        for tok in token.sent:  # "rebel groups ... in northern Syria"
            entry = self._entries.get(self._named[tok.i].id) if tok.i in self._named else None
            if entry is not None and tok.dep_ == "pobj" and tok.head.lower_ == "in":
                if entry.type != "STATE" and _talks_venue(tok, token):
                    venues.add(entry.state or entry.metonym_of)  # where they meet says nothing of whose they are
                    continue
                state = entry if entry.type == "STATE" else self.gazetteer.lookup(entry.state or "")
                if state is not None:
                    where = tok.i
                    break
        state = state or (self.salient_state if self.salient_state is None or self.salient_state.name not in venues
                          else None)
        if state is None or not state.demonyms:
            return None
        for tok in token.sent:  # "Veltria resupplied the rebels": not Veltria's own rebels
            if tok.i == where or tok.i == token.i:
                continue
            actor = self._named.get(tok.i)
            entry = self._entries.get(actor.id) if actor is not None else None
            if entry is not None and state.name in (entry.name, entry.metonym_of, entry.state) and (
                    entry.type in ("STATE", "GOVERNMENT") or (entry.metonym_of and tok.dep_ in ("nsubj", "nsubjpass"))):
                return None  # (a capital counts only where it acts: "Moscow armed the rebels")
            if self.gazetteer.by_demonym(tok.text) is not None and self.gazetteer.by_demonym(tok.text).name == state.name \
                    and (tok.head.lower_ in FORCE_NOUNS | GOVERNMENT_NOUNS or tok.head in token.ancestors):
                return None  # (nor "Veltrian strikes on rebel positions": the demonym's noun governs the rebels)
            other = entry if entry is not None and entry.type in ("STATE", "GOVERNMENT") else self.gazetteer.by_demonym(tok.text)
            if where is None and other is not None and other.name != state.name \
                    and tok.head.lower_ in FORCE_NOUNS | GOVERNMENT_NOUNS:
                # "Chad's army clashed with rebels" in a story most about another state: whose rebels, the text
                # does not say (the army's own, or those of a state it fights in)
                return None
        rebels = self._register(Actor.create(f"{state.demonyms[0]} rebels", "ARMED_GROUP"))
        if "rebels" not in rebels.names:
            # "the rebels", as the text calls them: the bare description is their alias, as "the government" is a
            # state's government's
            self._add_alias(rebels, "rebels")
        return self.actors[rebels.id]

    def _labelled_enemy_refs(self, token: Token, role: str) -> list[Ref]:
        """ref47b: 'Chad said it would never negotiate with "terrorists"', 'has refused talks with "bandits"': a
        quoted plural label for the other party of talks refused or denied (``_refused_talks_party``) is the armed
        group the article is about (:meth:`_main_armed_group`, named often and far more than any other); no one
        where none clearly is, or where that group is the clause's own subject (it would stand on both ends)."""
        main = self._main_armed_group(token)
        if main is None:
            return []
        verb = _governing_verb(token)
        for v in (verb, verb.head):
            if any(c.dep_ in ("nsubj", "nsubjpass") and self._named.get(c.i) is main for c in children_of(v)):
                return []
        actor = self._as_role(main, role)
        return [Ref(actor, "anaphor")] if actor else []

    def _title_line(self) -> tuple[str, int, int]:
        """The doc's text, and where its opening line starts and ends (-1: the text is one line)."""
        text = doc_text(self.doc)
        first = len(text) - len(text.lstrip())
        return text, first, text.find("\n", first)

    def _lead_group(self, token: Token) -> Actor | None:
        """Rebels an opening title line names without a name ("Army retakes town from rebels", "X and rebels sign
        truce") are the one armed group the lead paragraph under it names: a headline sums up its lead (none where
        the lead names two, or none)."""
        text, first, line_end = self._title_line()
        if line_end < 0 or not first <= token.idx < line_end or text[first:line_end].rstrip()[-1:] in ".!?\"”:":
            return None
        lead_start = len(text) - len(text[line_end:].lstrip())
        lead_end = text.find("\n", lead_start)
        lead_end = len(text) if lead_end < 0 else lead_end
        groups = {a.id: a for i, a in self._named.items()
                  if lead_start <= self.doc[i].idx < lead_end and a.type == "ARMED_GROUP"}
        return next(iter(groups.values())) if len(groups) == 1 else None

    def _title_called_group(self, token: Token) -> Actor | None:
        """The one armed group an opening title line calls by the very noun ``token`` is ("X rebels enter Y",
        "Army pounds Z insurgents"): a headline tells whom the story's bare "the rebels" means -- where the text
        names no other armed group before ``token`` (then whose rebels, the reader cannot tell)."""
        _, _, line_end = self._title_line()
        if line_end < 0 or token.idx < line_end:
            return None
        groups = {self._named[c.i].id: self._named[c.i] for t in self.doc if t.idx < line_end
                  and t.lower_ == token.lower_ and t.pos_ == "NOUN" for c in children_of(t)
                  if c.dep_ in ("compound", "amod", "nmod") and c.i in self._named and self._named[c.i].type == "ARMED_GROUP"}
        if len(groups) != 1:
            return None
        actor = next(iter(groups.values()))
        if any(a.type == "ARMED_GROUP" and a.id != actor.id for i, a in self._named.items() if i < token.i):
            return None
        return actor

    def _labelled_group(self, token: Token) -> Actor | None:
        """The armed group a list item's label names ("- ADF: Ugandan rebels ..."), where ``token`` is the first
        phrase of the item's text, no other name between them."""
        label = self._item_label(token)
        span = self.doc.char_span(*label, alignment_mode="expand") if label is not None else None
        if span is None or any(span.end <= i < token.i for i in self._named) \
                or any(not t.is_punct for t in self.doc[span.end:token.left_edge.i]):
            return None
        groups = {self._named[i].id: self._named[i] for i in range(span.start, span.end)
                  if i in self._named and self._named[i].type == "ARMED_GROUP"}
        return next(iter(groups.values())) if len(groups) == 1 else None

    def _group_of(self, token: Token, state: Entry, home: bool = False) -> Actor | None:
        """The one armed group named in the last few sentences before ``token`` that is tied to ``state``: its
        name or an alias holds the state's name or demonym ("Lebanese Hezbollah"), or a mention of it is modified
        by them ("Yemen's Houthis", "the Somali group al-Shabaab"), or (with ``home``) the gazetteer gives it that
        home state ("al-Shabaab ... the Somali militant group"); None if none or two."""
        sent = self._sent_of[token.i]
        words = {normalize_name(w) for w in (state.name, *state.demonyms)}
        found: dict[str, Actor] = {}
        homeless: set[str] = set()  # groups whose home no one knows: they may be of that state as well
        by_home = False
        for seen in self._before(token.i):
            if seen.actor.type != "ARMED_GROUP" or sent - seen.sent > REFERENCE_WINDOWS.get("described_group", 3):
                continue
            tok = self.doc[seen.token]
            named = any(w in normalize_name(n).split() for n in seen.actor.names for w in words)
            modified = any(c.dep_ in ("amod", "compound", "poss", "nmod") and normalize_name(c.text) in words
                           for t in (tok, tok.head) for c in children_of(t))
            entry = self._entries.get(seen.actor.id) if home else None
            if named or modified:
                found[seen.actor.id] = seen.actor
            elif entry is not None and entry.home == state.name:
                found[seen.actor.id] = seen.actor
                by_home = True
            elif entry is None or entry.home is None:
                homeless.add(seen.actor.id)
        if by_home and homeless - set(found):
            return None  # "FARC dissidents and the ELN ... the Colombian group": either, as far as anyone knows
        return next(iter(found.values())) if len(found) == 1 else None

    def _main_armed_group(self, token: Token) -> Actor | None:
        """The armed group the article is about: named at least three times before ``token``, and more
        than twice as often as any other armed group named so far."""
        counts: Counter[str] = Counter()
        for i, actor in self._named.items():
            if i < token.i and actor.type == "ARMED_GROUP" and not _hyphen_modifier(self.doc[i]):
                tok = self.doc[i]  # (the acronym after a name, "the Alliance (AFC)", is the same mention)
                if tok.dep_ == "appos" and self._named.get(tok.head.i) is actor:
                    continue
                counts[actor.id] += 1
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1] + 1):
            return None
        return self.actors.get(ranked[0][0])

    def _local_community(self, head: Token, demonym: Token, state: Actor) -> bool:
        """Whether a named place other than the demonym's ``state`` stands before ``demonym`` in the phrase
        ``head`` heads ("Kosovo Albanian forces")."""
        return any(t.i < demonym.i and t.dep_ in ("compound", "nmod") and (a := self._named.get(t.i)) is not None
                   and a.type in ("LOCATION", "STATE") and a.id != state.id for t in (*children_of(head), *children_of(demonym)))

    def _coordinated_governments(self, token: Token) -> list[Ref] | None:
        """"the British and Irish governments", "the Rwandan and Congolese governments": a plural government noun
        after coordinated demonyms is each state's government. None for any other noun."""
        if token.tag_ != "NNS" or token.lower_ == token.lemma_.lower() or token.lemma_.lower() not in GOVERNMENT_NOUNS:
            return None
        first = next((c for c in children_of(token) if c.dep_ in ("amod", "compound") and self.gazetteer.by_demonym(c.text)), None)
        if first is None:
            return None
        states = [self.gazetteer.by_demonym(first.text)] + [
            s for c in (*first.conjuncts, *_coordinated_modifiers(token, first)) if (s := self.gazetteer.by_demonym(c.text))]
        states = list(dict.fromkeys(states))
        if len(states) < 2:
            return None
        return [Ref(self.government(s), "head") for s in states]

    def _named_party(self, token: Token) -> list[Ref] | None:
        """"the ruling Dream party", "the opposition PTI party": a party noun (``party_nouns``) with an organisation's
        name for its modifier is that organisation, as "the Hamas movement" is Hamas. None for any other noun, and
        for a name of another kind ("the Kenyan party", "the Hamas party" is left to the other readings)."""
        if token.tag_ != "NN" or token.lower_ not in PARTY_NOUNS:
            return None
        names = [c for c in children_of(token) if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i
                 and c.i in self._named]
        if len(names) != 1 or self._named[names[0].i].type != "ORGANIZATION" or _hyphen_modifier(names[0]):
            return None
        return [Ref(self._named[names[0].i], "head")]

    def _coordinated_places(self, token: Token) -> list[Ref] | None:
        """"the Bakool and Gedo regions", "the Kharkiv and Sumy provinces": a plural place noun after coordinated
        place names is each of those places, as "the Gedo region" is Gedo (the parser hangs the first name on the
        noun as a modifier and the others on it as conjuncts). None for any other noun, or where a modifier names
        no place ("the Kidal and Menaka rebel-held towns" is not read: a settlement noun names places in them)."""
        if token.tag_ != "NNS" or token.lower_ == token.lemma_.lower() or token.lemma_.lower() not in PLACE_NOUNS \
                or token.lemma_.lower() in SETTLEMENT_NOUNS:
            return None
        first = next((c for c in children_of(token) if c.dep_ in ("nmod", "compound") and c.i < token.i), None)
        if first is None:
            return None
        names = [first, *first.conjuncts, *_coordinated_modifiers(token, first)]
        places = [self._named.get(t.i) for t in names]
        if len(places) < 2 or any(p is None or p.type != "LOCATION" for p in places):
            return None
        return [Ref(p, "name") for p in {p.id: p for p in places}.values()]

    def _split_parts(self, token: Token) -> bool:
        """Whether the text told, before ``token``, a body broken into parts named by its noun ("the front split
        into two factions", "splintered into rival camps"): "either faction" is then one of those unnamed parts,
        not a side of the conflict."""
        lemma = token.lemma_.lower()
        return any(t.lemma_.lower() == lemma and t.dep_ == "pobj" and t.head.lower_ == "into"
                   and t.head.head.lemma_.lower() in DIVISION_VERBS for t in self.doc[:token.i])

    def _owned_demonym_allies(self, token: Token) -> bool:
        """"Mali and its Russian allies", "the army and their Burundian partners": allies an owner holds, named by a
        foreign state's demonym, are that state's forces (as "Russian troops" are). Without an owner ("Russian
        allies of X"), with a people's demonym ("its Kurdish allies"), or with the demonym of the state the story
        is about or a place of the sentence lies in ("Turkey and its Syrian allies took Afrin": local factions) the
        noun names no state, so it is read so only here."""
        if token.lower_ not in OWNED_ALLY_NOUNS:
            return False
        children = children_of(token)
        if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children):
            return False
        state = next((s for c in children if c.dep_ in ("amod", "compound") and c.i < token.i
                      and (s := self.gazetteer.by_demonym(c.text)) is not None), None)
        if state is None:
            return False
        host = self._hosts_allies(token.head) if token.dep_ == "conj" else None
        if host is None or host.name == state.name:
            return False
        # the allies fight in their host's state, where a place of the sentence lies; one in their own state makes
        # them its factions
        places = [e for t in token.sent if (a := self._named.get(t.i)) is not None and a.type == "LOCATION"
                  and (e := self._entries.get(a.id)) is not None and e.state]
        return bool(places) and all(e.state == host.name for e in places) and not self._names_arm_of(state)

    def _names_arm_of(self, state: Entry) -> bool:
        """Whether the text names a body that fights for ``state`` other than its government ("Africa Corps", an
        armed group at home there): "its Russian allies" may then be that body, not the state."""
        government = self.gazetteer.government_of(state).name
        return any(e.name not in (state.name, government) and e.type in ("ARMED_GROUP", "GOVERNMENT")
                   and state.name in (e.home, e.state) for a in self._named.values()
                   if (e := self._entries.get(a.id)) is not None)

    def _hosts_allies(self, head: Token) -> Entry | None:
        """The state of the forces ``head`` names, which hold allies coordinated after it: by its demonym ("Malian
        soldiers and their Russian allies"), its name, or the story's state for a bare army ("the army and its ...")."""
        for c in (head, *children_of(head)):
            if c.i > head.i or (c.i != head.i and c.dep_ not in ("amod", "compound", "poss")):
                continue
            if (entry := self.gazetteer.by_demonym(c.text)) is not None:
                return entry
            if (a := self._named.get(c.i)) is not None and (e := self._entries.get(a.id)) is not None:
                return e if e.type == "STATE" else (self.gazetteer.lookup(e.state) if e.state else None)
        if head.lower_ in ARMY_NOUNS or head.lower_ in FORCE_NOUNS or head.lower_ in GOVERNMENT_NOUNS:
            return self.salient_state
        return None

    def _head_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"Turkish forces", "the Syrian regime", "fighters from Hezbollah", "government troops"."""
        lower = token.lower_
        if lower in ARMY_NOUNS:
            found = self._army_refs(token)
            if found is not None:
                return found
        # the army, the security forces: arms of the government
        wants_government = lower in GOVERNMENT_NOUNS or lower in ARMY_NOUNS or (
            lower in FORCE_HEADS and any(c.lower_ in SECURITY_MODIFIERS for c in children_of(token)))
        # "both sides", "either party", "each camp" (distributive): the sides of the conflict
        if lower in DISTRIBUTIVE and any(c.lower_ in ("either", "both", "each", "neither") for c in children_of(token)):
            if self._split_parts(token):
                return []  # "X split into two factions ... backs neither faction": X's unnamed parts
            return [Ref(_DISTRIBUTIVE, "distributive")]
        if lower in DISTRIBUTIVE and token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(token)) \
                and token.dep_ == "dobj" and any(c.dep_ == "neg" for c in token.head.children):
            return [Ref(_DISTRIBUTIVE, "distributive")]  # "does not back any side": neither of the conflict's two
        if lower in SIDE_PLURALS and token.dep_ == "dobj" and token.head.lemma_ in SIDE_TAKING_VERBS and not any(
                c.dep_ in ("det", "poss", "amod", "nummod") for c in children_of(token)):
            return [Ref(_DISTRIBUTIVE, "distributive")]  # "will not take sides": the sides of the conflict
        if lower in GOVERNMENT_NOUNS or lower in ARMY_NOUNS:
            # "the government of (President) N": his state's, if the gazetteer knows it; "the army of General N"
            # too (prec53), and else no one: an army is never the man it serves
            people = [self._named.get(g.i) for p in children_of(token) if p.dep_ == "prep" and p.lower_ == "of"
                      for g in children_of(p) if g.dep_ == "pobj"]
            state = next((s for a in people if a is not None and a.type == "PERSON" and (s := self.state_of(a))), None)
            if state is not None:
                return [Ref(self.government(state, _span_text(token)), "head")]
            if lower in ARMY_NOUNS and any(a is not None and a.type == "PERSON" for a in people):
                return []
        nested = _nested_group_name(token)
        if nested is not None and nested.i in self._named and self._named[nested.i].type == "ARMED_GROUP":
            return [Ref(self._named[nested.i], "head")]  # "the Viv Ansanm gang coalition": Viv Ansanm
        # "Nigeria's Boko Haram group": the name in the compound, not the possessor, is the group.
        order = {"compound": 0, "nmod": 1, "amod": 2, "npadvmod": 3, "poss": 4}
        for child in sorted(children_of(token), key=lambda c: order.get(c.dep_, 9)):
            if child.dep_ not in order or child.i > token.i:
                continue
            if lower in MEMBER_PLURALS and child.i in self._named and self._named[child.i].type == "IGO":
                continue  # "NATO members" are member states, not NATO; "ISIS-K members" are ISIS-K
            if child.i in self._named:
                if _hyphen_modifier(child) or _opposing_prefixed(child):
                    continue  # "Islamic State-linked insurgents", "the anti-Houthi coalition" are not the name
                actor = self._named[child.i]
                entry = self._entries.get(actor.id)
                if actor.type == "PERSON" and child.dep_ == "poss" and lower in _FIGHTER_HEADS:
                    # "Hemedti's fighters", "N's militia": the armed group he leads, as the text or the gazetteer says
                    body = self.led_by(actor)
                    if body is None and (known := self.body_of(actor)) is not None and known.type == "ARMED_GROUP":
                        body = self.state_actor(known)
                    if body is not None and body.type == "ARMED_GROUP":
                        return [Ref(self.actors.get(body.id, body), "head")]
                if actor.type == "PERSON" and (wants_government or lower in TROOP_NOUNS):
                    if self.state_of(actor) is None and len(actor.name.split()) == 1 and actor.id not in self._entries:
                        return []  # "Veltria's government": one unknown word NER called a person -- a place, maybe
                    # "President N's government": his state if known, else the article's only state
                    state = self.state_of(actor) or self.only_state()
                    if state is not None:
                        return [Ref(self.government(state, _span_text(token)), "head")]
                    return []
                if entry is not None and entry.metonym_of and (stood := self._stood_for(actor, entry)) is not None:
                    entry, actor = self.gazetteer.lookup(entry.metonym_of), stood
                if actor.type == "STATE" and wants_government and entry is not None:
                    return [Ref(self.government(entry, _span_text(token)), "head")]
                if actor.type in ("LOCATION",):
                    continue
                if child.dep_ == "poss" and actor.type == "STATE" and (lower in GROUP_NOUNS or any(
                        c.dep_ == "compound" and (c.lower_ in GROUP_NOUNS or c.lower_ in GROUP_MODIFIERS)
                        for c in children_of(token))):
                    continue  # "Haiti's gangs", "Haiti's gang leaders", "Sudan's militia commanders" are not the state
                if _irregulars_named_for_place(child, actor, lower):
                    continue  # false39: "the Uganda rebels", "the Katanga militia" are of the place, not its state
                if child.dep_ == "poss" and lower in COALITION_NOUNS:
                    return []  # "joined the NUG's coalition": a body of many, not the NUG
                if child.dep_ == "compound" and lower in COALITION_NOUNS and token.pos_ == "PROPN" and token.text[:1].isupper():
                    return []  # adv37: "the Fatah Alliance", "the Hezbollah Coalition": a name of its own, not the first word's body
                if actor.type == "PERSON":
                    if child.dep_ == "compound" and lower in GROUP_NOUNS and lower not in FORCE_NOUNS:
                        # "the Mordisco faction": the body the man leads, if the text says which; never another
                        # group named before (an anaphor)
                        body = self.led_by(actor)
                        return [Ref(body, "head")] if body is not None else []
                    continue
                return [Ref(actor, "head"), *self._coordinated_forces(token, child, actor)]
            if _name_head_modifier(child) and (body := self._head_named(child)) is not None \
                    and body.type not in ("LOCATION", "STATE"):
                return [Ref(body, "anaphor")]  # "the X Legion ... Legion positions": the Legion's
            state = self.gazetteer.by_demonym(child.text)
            if state is not None and child.dep_ in ("amod", "compound", "nmod") and any(
                    c.lower_ in REBEL_MODIFIERS and child.i < c.i < token.i and c.dep_ in ("amod", "compound")
                    for c in children_of(token)):
                continue  # "Sudanese rebel camps": the rebels' people, read with the rebel word below, not the state
            if state is not None and child.dep_ in ("amod", "compound", "nmod"):
                if self._local_community(token, child, self.state_actor(state)):
                    return []  # "Karabakh Armenian forces": that place's community in arms, not the demonym's state
                if lower in GROUP_NOUNS and lower not in FORCE_NOUNS | REBEL_NOUNS:
                    # "the Saudi coalition", "a Mexican cartel": a body of many, not the state; "the Lebanese group"
                    # after Hezbollah: the one group named before that the text or the gazetteer ties to Lebanon
                    group = self._group_of(token, state, home=_home_description(token)) if _definite(token) else None
                    if group is not None:
                        return [Ref(group, "anaphor")]
                    continue
                if wants_government:
                    return [Ref(self.government(state, _span_text(token)), "head")]
                # "Rwandan and Mozambican forces": one force per state
                states = [state] + [s for c in (*child.conjuncts, *_coordinated_modifiers(token, child))
                                    if (s := self.gazetteer.by_demonym(c.text))]
                states = list(dict.fromkeys(states))
                return [Ref(self.state_actor(s), "head") for s in states] + self._coordinated_forces(token, child, None)
            if child.lower_ in RULING_MODIFIERS and (lower in FORCE_NOUNS or (
                    lower in ENVOY_NOUNS and token.tag_ == "NNS" and child.dep_ == "compound")):
                # "government troops" (the text's army, if it names one); "government negotiators", "regime
                # envoys": the government's people at talks, never its army
                # (the demonym on "government" or, the parser's other reading, on the force noun before it)
                owner = next((st for c in (*children_of(child), *(m for m in children_of(token) if m.i < child.i))
                              if c.dep_ in ("amod", "compound", "nmod")
                              and (st := self.gazetteer.by_demonym(c.text)) is not None), None)
                if owner is not None and lower in ENVOY_NOUNS:
                    # "Ukrainian government officials": the demonym's government, not the last one named
                    return [Ref(self.government(owner, _span_text(token)), "head")]
                army = self._text_army(token) if lower in FORCE_NOUNS else None
                if owner is not None and lower in FORCE_NOUNS and (army is None or not any(
                        normalize_name(n) and normalize_name(n) in normalize_name(army.name)
                        for n in (*owner.names, *owner.demonyms))):
                    # "Liberian government troops" after "the Sierra Leone Army": the demonym's government's
                    # forces, not the army the text named for another state
                    return [Ref(self.government(owner, _span_text(token)), "head")]
                gov = army or self._government_anaphor(child)
                return [Ref(gov, "head")] if gov else []
            if child.lower_ in GROUP_MODIFIERS and lower in FORCE_NOUNS | GROUP_NOUNS and not any(
                    p.i in self._named for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for p in children_of(c)):  # "rebel fighters of the X Front" are X's (read below)
                # "other rebel groups", "several rebel groups" are new referents; "the rebel forces" refer back;
                # "the M-19 guerrilla group" is named by a word we could not read: another group, not an anaphor
                # "an Islamist group" introduces one (the indefinite article, as the parser's morphology has it)
                indefinite = any(c.lower_ in INDEFINITE_MODIFIERS or (c.dep_ == "det" and "Ind" in c.morph.get("Definite"))
                                 for c in children_of(token)) or any(
                    c.dep_ in ("compound", "nmod") and c.i < child.i and c.text[:1].isupper() for c in children_of(token))
                if _describes_unread_name(token, self._named):
                    return []  # "the Frente Sur, the rebel group that ...": the name we could not read, no one else
                actor = None if indefinite else self._antecedent(token, ANAPHORS["rebels"])
                if actor is None and indefinite and _describes_subject(token):
                    return []  # "The M23 is a rebel group": what the named group is, not the rebels of a place
                described = self._named.get(token.head.i) if indefinite and token.dep_ == "appos" else None
                if described is not None and described.type == "ARMED_GROUP":
                    return [Ref(described, "anaphor")]  # "the X Army, a rebel group that ...": X, not a place's rebels
                if actor is None and child.lower_ in REBEL_MODIFIERS and token.i not in self._ambiguous and not any(
                        c.lower_ in OTHER_REFERENT_MODIFIERS for c in children_of(token)):
                    # (not "other rebel factions": those besides the ones named, which the text does not say)
                    people = next((c for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod")
                                   and c.i < child.i and c.i not in self._named
                                   and self.gazetteer.demonym_place(c.text)),
                                  None)
                    # "Syrian rebel positions", "Kurdish rebel camps": the demonym before the rebel word names the
                    # rebels' people (a region's: the group named nearby for it, if one is)
                    actor = self._people_group(people.text, child, self.gazetteer.region_by_demonym(people.text)) \
                        if people is not None else self._generic_rebels(token)
                return [Ref(actor, "anaphor")] if actor else []
        for child in (*children_of(token), *_misattached_in(token), *_fronted_seat(token)):
            if child.dep_ == "poss" and child.lower_ in ("his", "her") and lower in FORCE_NOUNS | GOVERNMENT_NOUNS:
                people = [r.actor for r in self.refs(child, ACTOR) if r.actor.type == "PERSON"]
                state = self.state_of(people[0]) if people else None  # "fighting his forces": Assad's
                if state is not None:
                    return [Ref(self.government(state), "anaphor")]
                if len(people) == 1 and lower in GOVERNMENT_NOUNS and (own := self._served_government(people[0], token.i)):
                    return [Ref(own, "anaphor")]  # "Kestria's defence minister, N, said his government ..."
                spoken = [r.actor for r in self.refs(child, ACTOR)]  # an unnamed speaker's: "his government"
                if not people and len(spoken) == 1 and lower in GOVERNMENT_NOUNS:
                    entry = self._entries.get(spoken[0].id)
                    if spoken[0].type == "GOVERNMENT":
                        return [Ref(spoken[0], "anaphor")]
                    if spoken[0].type == "STATE" and entry is not None:
                        return [Ref(self.government(entry), "anaphor")]
                    if spoken[0].type == "STATE" and entry is None and spoken[0].id in self.actors:
                        # "Varn's representative denied that his government ...": a state the gazetteer does not
                        # know stands for its own government, as "the Varnish government" does
                        return [Ref(self.actors[spoken[0].id], "anaphor")]
            if child.dep_ == "poss" and child.lower_ == "whose":  # "President Assad, whose forces"
                owner = next((a.head for a in child.ancestors if a.dep_ == "relcl"), None)
                person = self._named.get(owner.i) if owner is not None else None
                if person is not None and person.type == "PERSON":
                    state = self.state_of(person)
                    if state is not None:
                        return [Ref(self.government(state), "head")]
                    return []
                elif owner is not None:
                    body = self._name_around(owner)  # "the Alliance for a Free Congo, whose fighters": the alliance's
                    if body is not None:
                        return self.refs(body, role) if body.i in self._named else []
                    described = _described_name(owner, self._named)  # "X, a regional bloc whose mediators": X's
                    return self.refs(described if described is not None else owner, role)
            # "the government of Mali"
            if child.dep_ == "prep" and child.lower_ == "of" and wants_government:
                for pobj in children_of(child):
                    named = self._named.get(pobj.i)
                    entry = self._entries.get(named.id) if named else None
                    region = [c for c in children_of(pobj) if c.dep_ in ("amod", "compound") and c.lower_ in REGION_ADJECTIVES]
                    if entry is not None and entry.type == "STATE" and region:
                        # "the government of southern Sudan": a region's own government, not the state's
                        name = f"{token.lower_} of {region[0].lower_} {_clean_name(pobj.text)}"
                        regional = self._register(Actor.create(name, "GOVERNMENT"))
                        self._regional.add(regional.id)
                        return [Ref(regional, "head")]
                    if entry is not None and entry.type == "STATE" and entry.name not in self._local_states:
                        # (a state known from this text alone may be its seat's name: "the government in X")
                        return [Ref(self.government(entry), "head")]
            if child.dep_ == "prep" and child.lower_ == "in" and wants_government:
                # "the government in Khartoum": the state whose capital or territory is named (not "talks with the
                # government in A, B and C": places the talks were held)
                for pobj in children_of(child):
                    if any(c.dep_ == "conj" for c in children_of(pobj)):
                        continue
                    entry = self._entries.get(self._named[pobj.i].id) if pobj.i in self._named else None
                    state = entry if entry is not None and entry.type == "STATE" else (
                        self.gazetteer.lookup(entry.metonym_of or entry.state or "") if entry is not None else None)
                    if state is not None and state.type == "STATE" and (home := self._home_met_abroad(token, state)):
                        return [Ref(self.government(home), "head")]  # false39: Havana the venue, Colombia the party
                    if state is not None and state.type == "STATE" and not self._form_unfit(token, state):
                        # (kept as written: "government in Khartoum")
                        return [Ref(self.government(state, f"{_span_text(token)} in {_clean_name(pobj.text)}"), "head")]
            # "fighters from Hezbollah", "members of ISIS-K", "forces loyal to Assad"
            if child.dep_ == "prep" and child.lower_ in ("of", "from") and lower in FORCE_NOUNS | GROUP_NOUNS:
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj" and token.tag_ == "NNS" and token.lower_ in ENVOY_NOUNS and (
                            pobj.i in self._named or self._named_government(token, pobj)):
                        return self._envoys_of(token, pobj, role)  # "representatives of A and B": each side's
                    if pobj.dep_ == "pobj" and pobj.i in self._named:
                        # ("troops from Chad and Niger", "the leaders of A and B": each's; "fighters of X and Y" stay
                        # the first's, so that later descriptions of them find one antecedent)
                        each = token.tag_ == "NNS" and (child.lower_ == "from" or token.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES)
                        return self._owners_named(pobj, role, each)
                    # "fighters of the SDF alliance", "members of the G9 federation": the body its name says
                    if pobj.dep_ == "pobj" and pobj.lower_ in GROUP_NOUNS and any(
                            c.dep_ == "compound" and c.i in self._named for c in children_of(pobj)):
                        return self.refs(pobj, role)
                    # "members of the Somali army", "soldiers of the Malian forces": the force named by its modifier
                    if (pobj.dep_ == "pobj" and lower in FORCE_NOUNS and pobj.lower_ in ARMED_BODY_NOUNS
                            and any(c.dep_ in ("amod", "compound", "poss") for c in children_of(pobj))):
                        return self.refs(pobj, role)
            if child.dep_ == "acl" and child.lemma_ in BELONGING_PARTICIPLES and lower in FORCE_NOUNS | GROUP_NOUNS:
                named = [p for c in children_of(child) if c.dep_ == "prep" for p in children_of(c)
                         if p.dep_ == "pobj" and p.i in self._named and self._named[p.i].type not in ("PERSON", "LOCATION")]
                if len(named) == 1:
                    return self.refs(named[0], role)  # "militants belonging to the TTP": the TTP's, as "of the TTP"
            if child.dep_ == "acl" and child.lemma_ in GOVERNMENT_AFFILIATION_PARTICIPLES and lower in FORCE_NOUNS \
                    and lower not in GROUP_NOUNS:
                # (a government the text alone names may be typed as an organisation: its name says what it is)
                owners = [r for c in children_of(child) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj"
                          for r in self.refs(p, role) if r.actor.type in ("STATE", "GOVERNMENT")
                          or r.actor.type == "ORGANIZATION" and _GOVERNING_NAME.search(r.actor.name)]
                if len({r.actor.id for r in owners}) == 1:
                    return owners[:1]  # "forces affiliated with the GNU": a government's, as "loyal to" makes them
            if child.dep_ == "acl" and child.lemma_ in GATHERING_PARTICIPLES and lower in FORCE_NOUNS | GROUP_NOUNS:
                # "gangs allied in the Viv Ansanm coalition", "militias grouped under the X umbrella": the body's
                bodies = [p for c in children_of(child) if c.dep_ == "prep" and c.lower_ in GATHERING_PREPOSITIONS
                          for p in children_of(c) if p.dep_ == "pobj"]
                named = [t for b in bodies for t in (b, *(c for c in children_of(b) if c.dep_ == "compound"))
                         if t.i in self._named and self._named[t.i].type not in ("PERSON", "LOCATION")]
                if len({self._named[t.i].id for t in named}) == 1:
                    return self.refs(named[0], role)
            if child.dep_ == "amod" and child.lower_ in LOYALTY_ADJECTIVES:
                for prep in children_of(child):
                    for pobj in children_of(prep):
                        if pobj.i in self._named and self._named[pobj.i].type not in ("PERSON", "LOCATION"):
                            return self.refs(pobj, role)  # "forces loyal to the GNA"
                        if pobj.i in self._named and self._named[pobj.i].type == "PERSON":
                            if self._formerly_titled(self._named[pobj.i]):
                                return [Ref(self._named[pobj.i], "head")]
                            state = self.state_of(self._named[pobj.i]) or self.salient_state
                            if state is not None:
                                return [Ref(self.government(state), "head")]
        framed = self._framing_state(token) if lower in REGIME_NOUNS | ARMY_NOUNS or lower in UNOWNED_FORCE_NOUNS \
            else None
        if framed is not None and (lower in REGIME_NOUNS | ARMY_NOUNS or self._unowned(token)):
            # "In Chad, the army fought X", "In Mali, troops retook Y": the state the clause is set in
            if lower in UNOWNED_FORCE_NOUNS and lower not in REGIME_NOUNS | ARMY_NOUNS:
                army = self._named_army(framed)
                return [Ref(framed if army is None else army, "anaphor")] if army is not _NOBODY else []
            entry = self._entries.get(framed.id)
            gov = self.government(entry) if entry is not None else framed
            return [Ref(self._army_of_government(token, gov) if lower in ARMY_NOUNS else gov, "anaphor")]
        if lower in REGIME_NOUNS | ARMY_NOUNS or (lower in FORCE_NOUNS and _definite(token) and lower in ARMY_NOUNS):
            gov = self._commanded_army(token) if lower in ARMY_NOUNS else None
            if gov is None:
                gov = self._government_anaphor(token)
                if gov is not None and lower in ARMY_NOUNS:
                    gov = self._same_army(token, gov)
                    gov = self._army_of_government(token, gov)
            return [Ref(gov, "anaphor")] if gov else []
        if lower in UNOWNED_FORCE_NOUNS and self._unowned(token):
            actor = self._unowned_force(token)
            if actor is not None:
                return [Ref(actor, "anaphor")]
        return None

    def _framing_state(self, token: Token) -> Actor | None:
        """The one state a sentence opens with as its setting, "In Chad, ...", where ``token`` heads the subject of
        the clause that phrase belongs to: its unowned army or regime is that state's, whoever's forces the
        sentences before named."""
        verb = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in ("poss", "amod", "compound") for c in children_of(token)):
            return None
        sent = doc_sents(self.doc)[self._sent_of[token.i]]
        first = self.doc[sent.start]
        if first.lower_ != "in" or first.head != verb or first.dep_ != "prep":
            return None
        places = [c for c in children_of(first) if c.dep_ == "pobj"]
        if len(places) != 1 or places[0].i not in self._named or self._named[places[0].i].type != "STATE" \
                or places[0].right_edge.i + 1 >= token.i or self.doc[places[0].right_edge.i + 1].text != ",":
            return None
        return self._named[places[0].i]

    def _owner(self, actor: Actor) -> str:
        """The state whose body ``actor`` is (its own name for a state), else its id: "the Veltrian army" and
        Veltria are one owner's."""
        entry = self._entries.get(actor.id)
        if entry is not None:
            return entry.state or entry.name
        if actor.id in self._armies and (m := _STATE_FORCES.fullmatch(_clean_name(actor.name))) is not None:
            # the forces a text names for a state the gazetteer does not know ("the Veltrian Defence Forces"): that
            # state's, as its government is
            state = self.gazetteer.by_demonym(m.group(1)) or self.gazetteer.lookup(m.group(1))
            if state is not None and state.type == "STATE":
                return state.name
        return actor.id

    def _same_army(self, token: Token, gov: Actor) -> Actor:
        """"The army" in what a government says stands for the one army every earlier "army" of the text stood for,
        not for the speaker's, where the text never named the speaker's forces ("the Sudanese army retook X ... the
        US administration sanctioned N, saying the army had shelled schools": Sudan's, not the US's)."""
        if not _bare_the(token) or not self._told_by(token, gov):
            return gov
        before: dict[str, Actor] = {}
        forces: set[str] = set()  # the owners whose forces the text named before
        for t in self.doc[:token.i]:
            if t.lower_ in FORCE_ANTECEDENT_HEADS and t.pos_ == "NOUN" and t.i not in self._named:
                refs = self.refs(t, ACTOR)
                forces |= {self._owner(r.actor) for r in refs}
                if t.lower_ in ARMY_NOUNS:  # "the Sudanese army", "the army", "the military"
                    before.update((self._owner(r.actor), r.actor) for r in refs)
            elif t.i in self._named and _LAND_FORCES.search(self._named[t.i].name):
                forces.add(self._owner(self._named[t.i]))
        if len(before) != 1:
            return gov
        earlier = next(iter(before.values()))
        return earlier if self._owner(gov) not in forces and self._owner(earlier) != self._owner(gov) else gov

    def _army_of_government(self, token: Token, gov: Actor) -> Actor:
        """"The army", "the military" read as a government stands for the one army of that government's state the
        text named by name before it ("the Sudanese Armed Forces", "the Veltrian army"): "X has fought the Sudanese
        Armed Forces since April ... accused the army of shelling Y" is the army's act, not the cabinet's. Two such
        armies named, or none, leave the government."""
        if not _bare_army(token) or gov.type != "GOVERNMENT" or not _GOVERNING_NAME.search(gov.name):
            return gov
        owner = self._owner(gov)
        armies = {a.id: a for i, a in self._named.items() if i < token.i and a.id != gov.id
                  and _named_army(a) and self._owner(a) == owner}
        return next(iter(armies.values())) if len(armies) == 1 else gov

    def _army_chain(self, token: Token, seen: _Seen) -> bool:
        """Whether ``seen`` is an earlier bare "the army" read as a state's named army (:meth:`_army_of_government`),
        which a later bare "the army" continues."""
        return _bare_army(token) and token.lower_ in ARMY_NOUNS and self.doc[seen.token].lower_ in ARMY_NOUNS \
            and _named_army(seen.actor) and self._owner(seen.actor) != seen.actor.id

    def _told_by(self, token: Token, actor: Actor) -> bool:
        """Whether ``token`` stands in what ``actor`` (or a body of its state) says: "X said (that) the army ...",
        "X sanctioned N, saying the army ..."."""
        for verb in token.ancestors:
            if verb.lemma_.lower() not in SPEECH_VERBS:
                continue
            subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ in ("advcl", "xcomp", "conj"):
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "..., saying the army ..."
            return any(self._owner(r.actor) == self._owner(actor) for s in subjects for r in self.refs(s, ACTOR))
        return False

    def _unowned(self, token: Token) -> bool:
        """"Troops retook X", "killing twelve soldiers", "the security forces": a force noun that names no
        owner -- no possessor, no name or demonym, no modifier but those of unowned_force_modifiers, no "of"
        or "from" after it, no adjective it hangs on ("troops loyal to N") -- that is neither a part of a
        quantity ("thousands of soldiers") nor the object of a verb that makes them the subject's own
        ("Veltria sent troops", "still has 900 troops there")."""
        if token.pos_ != "NOUN" or token.i in self._named:
            return False
        marked = modified = False
        for c in token.lefts:
            if c.dep_ == "det" and c.lower_ == "the":
                marked = True
            elif c.dep_ in ("amod", "compound") and c.lower_ in UNOWNED_FORCE_MODIFIERS:
                marked = modified = True
            elif c.dep_ != "nummod":
                return False
        if any(t.i in self._named or t.pos_ == "PROPN" or t.ent_type_ for t in self.doc[token.left_edge.i:token.i]
               if t.dep_ != "nummod" and t.head.dep_ != "nummod"):
            return False
        if any(c.dep_ in ("poss", "appos", "amod", "compound", "nmod") for c in token.rights):
            return False
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if after is not None and after.lower_ in ("of", "from") and not any(
                c.dep_ == "pcomp" or c.pos_ == "VERB" for c in children_of(after)):
            return False  # "troops from the four countries", "soldiers of the Veltrian army" (not "accused the
            # soldiers of killing ...")
        if not {"bare": True, "definite": marked, "modified": modified}.get(UNOWNED_FORCE_NOUNS[token.lower_], False):
            return False  # "joined forces": an idiom; "backing the forces": any forces, maybe
        if token.head.pos_ == "ADJ" or (token.dep_ == "pobj" and token.head.lower_ == "of"):
            return False
        if token.dep_ == "conj" and (token.head.pos_ != "NOUN" or any(
                c.dep_ in ("poss", "amod", "compound", "nmod") and c.lower_ not in UNOWNED_FORCE_MODIFIERS
                for c in token.head.lefts)):
            return False  # "South African and Malawian soldiers", "Haitian police and soldiers": owned as the first is
        return not (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in OWN_FORCE_VERBS)

    def _unowned_force(self, token: Token) -> Actor | None:
        """The one body whose forces the last few sentences before ``token`` named ("the Veltrian army", "Kenyan
        troops", "the Kenya Defence Forces", the forces a state sent): a state, its government or army, or an
        intergovernmental force. None where none was named, or the forces of two bodies (or an armed group's
        "forces") were."""
        window = REFERENCE_WINDOWS.get("unowned_force", 4)
        sents = doc_sents(self.doc)
        sent = self._sent_of[token.i]
        start = sents[max(0, sent - window)].start
        found: dict[str, Actor] = {}
        for t in self.doc[start:token.i]:
            actors: list[Actor] = []
            if t.i in self._named:
                actor = self._named[t.i]
                if actor.type == "GOVERNMENT" and (actor.id in self._armies or _LAND_FORCES.search(actor.name)) \
                        or actor.type == "ARMED_GROUP" and t.head.lower_ in FORCE_ANTECEDENT_HEADS:
                    actors = [actor]
            elif t.lower_ in FORCE_ANTECEDENT_HEADS and t.pos_ == "NOUN" and not _denied_forces(t):
                if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in OWN_FORCE_VERBS:
                    # "Veltria sent 500 troops": the sender's forces
                    actors = [r.actor for s in t.head.children if s.dep_ in ("nsubj", "agent")
                              for r in self.refs(s if s.dep_ == "nsubj" else next(iter(children_of(s)), s), ACTOR)]
                else:
                    actors = [r.actor for r in self.refs(t, ACTOR) if r.kind != "distributive"]
            for actor in actors:
                found[self._owner(actor)] = actor  # (the latest mention of it)
        if len(found) != 1:
            return None
        actor = next(iter(found.values()))
        if actor.type not in ("STATE", "GOVERNMENT", "IGO"):
            return None
        army = self._named_army(actor)
        return actor if army is None else (army if army is not _NOBODY else None)

    def army_named(self, actor: Actor) -> Actor | None:
        """The one land force the text names for the state of ``actor`` (a state or its government), or None:
        "army chief N" in a text that names "the Veltrian Armed Forces" commands that force."""
        army = self._named_army(actor)
        return army if army is not None and army is not _NOBODY else None

    def _named_army(self, actor: Actor) -> Actor | None:
        """The one army the text names for the state of ``actor`` (a state or its government): "the Veltrian
        Armed Forces", "the Veltria Defence Force" -- its members are that body's, not the government's."""
        entry = self._entries.get(actor.id)
        state = self.gazetteer.lookup(entry.state or entry.name) if entry is not None else None
        if state is None or actor.type == "IGO":
            return None
        words = {normalize_name(w) for w in (state.name, *state.demonyms)}
        stem = normalize_name(state.name)[:-1]  # "Veltrian" of Veltria, where the gazetteer knows no demonym

        def of_state(owner: str) -> bool:
            return owner in words or (not state.demonyms and len(stem) >= 4 and owner.startswith(stem))
        armies = {a.id: a for a in self._named.values()
                  if ((m := _STATE_FORCES.fullmatch(_clean_name(a.name))) and of_state(normalize_name(m.group(1)))
                      or self._gazetteer_army_of(a, state))
                  and _LAND_FORCES.search(a.name)}
        if not armies:
            return None
        army = next(iter(armies.values()))
        # (an army read as something else -- a place, "served in the Veltrian Armed Forces" -- or two armies:
        # whose members these are is not clear)
        return army if len(armies) == 1 and army.type in ("GOVERNMENT", "ARMED_GROUP") else _NOBODY

    def _gazetteer_army_of(self, actor: Actor, state: Entry) -> bool:
        """Whether the gazetteer files ``actor`` as a government body of ``state`` (its forces, named in a way
        :data:`_STATE_FORCES` does not read: "the Somali National Army" is Somalia's, though "the Libyan
        National Army", an armed group, is no state's)."""
        entry = self._entries.get(actor.id)
        return entry is not None and entry.type == "GOVERNMENT" and entry.state == state.name

    def _army_refs(self, token: Token) -> list[Ref] | None:
        """"the Veltrian army", "the army": the forces of a state the gazetteer does not know, as the text
        names them -- never the government of another, known state the article mentions. None where the
        gazetteer's states decide (no unknown modifier, no army named in the text)."""
        if any(c.dep_ == "poss" for c in children_of(token)):
            return None  # "Veltria's army", "its army": the possessor decides
        mods = [c for c in children_of(token) if c.i < token.i and c.dep_ in ("amod", "compound", "nmod")
                and c.text[:1].isupper() and c.is_alpha]
        if not mods:
            army = self._text_army(token)
            # ("army convoys": a bare noun modifier is as definite as "the army's convoys")
            definite = _definite(token) or (token.dep_ == "compound" and token.head.pos_ == "NOUN")
            return [Ref(army, "anaphor")] if army is not None and definite else None
        named = self._named.get(mods[-1].i)
        if (named is not None and (named.id in self._entries or named.type not in ("LOCATION", "PERSON"))) \
                or any(self.gazetteer.demonym_place(m.text) for m in mods):
            return None  # "the Sudanese army", "Mali's army": the gazetteer's state decides
        # "the Veltrian army": Veltria's, if the text names Veltria as well; else an unknown owner
        mod = _clean_name(mods[-1].text)
        if not self._state_forces(f"{mod} Army") or not self._names_other_place(mod):
            return []
        same = [self.actors[a] for a in self._armies if self.actors[a].name.split()[0].lower() == mod.lower()
                and _LAND_FORCES.search(self.actors[a].name)]  # (its air force is not its army)
        if same:
            return [Ref(same[0], "head")]
        army = self._register(Actor.create(f"{mod} {token.lower_}", "GOVERNMENT"))
        self._armies.add(army.id)
        return [Ref(army, "head")]

    def _demonym_of_named_place(self, token: Token, text: str) -> bool:
        """Whether an untyped one-word name before a force noun is the demonym of a place the text names ("Kessan
        units", "Tamban troops" after the town of Kessa or Tamba): the adjective of that place, which NER took for an
        organisation's name, not a body of its own (prec49)."""
        return " " not in text and token.dep_ == "compound" and token.head.i > token.i \
            and token.head.lower_ in FORCE_NOUNS and token.ent_type_ in ("ORG", "NORP", "PERSON") \
            and bool(_demonym_stem(text)) and self._names_other_place(text)

    def _names_other_place(self, demonym: str) -> bool:
        """Whether the text names a place other than ``demonym`` itself that it may be the demonym of
        ("Veltria" for "Veltrian"): "the Ostra army", Ostra a town, is no state's."""
        word = demonym.lower()
        for tok in self.doc:
            name = normalize_name(_clean_name(tok.text))
            place = tok.ent_type_ in ("GPE", "LOC", "STATE") or (tok.i in self._named and self._named[tok.i].type != "PERSON")
            if name != word and len(name) >= 4 and word.startswith(name[:-1]) and place:
                return True
        return False

    def _text_army(self, token: Token) -> Actor | None:
        """The one state's forces the text named before ``token`` (of a state the gazetteer does not know)."""
        if not self._armies:
            return None  # (no such force named: none of the sets below could hold one)
        ids = {a.id for i, a in self._named.items() if i < token.i and a.id in self._armies}
        ids |= {s.actor.id for s in self._history if s.token < token.i and s.actor.id in self._armies}
        # any other force named like a state's ("the Ardovan Defence Forces", if not read as one) competes
        # (an armed group named like one -- "the Delta Liberation Army" -- is read as no state's: it does not)
        others = {a.id for i, a in self._named.items() if i < token.i and a.type != "ARMED_GROUP"
                  and _STATE_FORCES.fullmatch(_clean_name(a.name))}
        ids = {a for a in ids if _LAND_FORCES.search(self.actors[a].name)}  # "the army" is not its air force
        return self.actors[next(iter(ids))] if len(ids) == 1 and others <= ids else None

    def _coordinated_forces(self, token: Token, first: Token, actor) -> list[Ref]:
        """The other sides of a force noun whose modifiers mix a name and a demonym ("Malian and Wagner
        fighters", "Wagner and Malian troops"): each conjunct of ``first`` is a force of its own, the named
        armed group or state it names, or the state of its demonym; other words add nothing. Of a group noun
        ("Hamas and Fatah factions") each named body is one; a demonym there names no body ("the Saudi coalition")."""
        group = token.lower_ in GROUP_NOUNS and token.lower_ not in FORCE_NOUNS  # "Hamas and Fatah factions"
        if token.lower_ not in FORCE_NOUNS and not group:
            return []
        types = ("ARMED_GROUP", "ORGANIZATION") if group else ("ARMED_GROUP", "STATE")
        out: list[Ref] = []
        for c in dict.fromkeys((*first.conjuncts, *_coordinated_modifiers(token, first))):
            if c.i > token.i:
                continue
            named = self._named.get(c.i)
            if named is not None:
                if named.type in types and named != actor:
                    out.append(Ref(named, "head"))
            elif actor is not None and not group and (state := self.gazetteer.by_demonym(c.text)) is not None:
                out.append(Ref(self.state_actor(state), "head"))
        return out

    def _government_owner_unread(self) -> bool:
        """Whether the text names the government of a one-word name that it does not show to be a state ("the
        government of Altamira", "the Ostmark government"): the country whose government a bare "the government"
        or "the army" is, is then one we cannot read, not the most named state (a bystander, perhaps)."""
        if self._owner_unread is None:
            self._owner_unread = any(
                owner for tok in map(self.doc.__getitem__, self.columns.positions(LOWER, GOVERNMENT_NOUNS))
                for owner in [*self._unknown_owner(tok), *(c for c in children_of(tok) if c.i < tok.i and c.dep_ in (
                    "amod", "compound") and c.text[:1].isupper() and c.is_alpha and self._name_elsewhere(c)
                    and c.i not in self._named and not self.gazetteer.by_demonym(c.text))]
                if self._unknown_state(_clean_name(owner.text)) is None)
        return self._owner_unread

    def _name_elsewhere(self, tok: Token) -> bool:
        """Whether a capitalised word the tagger read as an adjective ("the Ostmark government") is a name the text
        names elsewhere: a name, not a description."""
        return not tok.is_sent_start and any(len(a.name.split()) == 1 and a.name == tok.text
                                             for a in self._named.values())

    def _unknown_owner(self, token: Token) -> list[Token]:
        """"the government of Altamira": the owner "of" names, where it is a one-word name that is neither a state,
        a government nor a place the gazetteer knows, nor a titled or full-named person ("the government of
        President N" is read by his title): the government is that name's, not the last one named. So is the
        owner in "Ivoria's government", a possessive one-word name the gazetteer does not know."""
        for owner in children_of(token):
            actor = self._named.get(owner.i)
            if owner.dep_ == "poss" and owner.i < token.i and actor is not None and actor.id not in self._entries \
                    and actor.type not in ("STATE", "GOVERNMENT", "PERSON") and len(actor.name.split()) == 1:
                return [owner]
        for prep in children_of(token):
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != token.i + 1:
                continue
            for owner in children_of(prep):
                actor = self._named.get(owner.i)
                words = [w.text for w in owner.subtree if w.i <= owner.i and w.dep_ in ("compound", "pobj")]
                if owner.dep_ == "pobj" and owner.pos_ == "PROPN" and owner.ent_type_ not in ("PERSON", "NORP") \
                        and len(" ".join(words).split()) > 1 and all(w[:1].isupper() for w in " ".join(words).split()) \
                        and (actor is None or (actor.id not in self._entries and actor.type not in ("STATE", "GOVERNMENT", "PERSON"))) \
                        and self.gazetteer.lookup(" ".join(words)) is None:
                    return [owner]  # (a name of several words no gazetteer knows: "the government of Upper X" is its own)
                if owner.dep_ != "pobj" or actor is None or actor.id in self._entries \
                        or actor.type in ("STATE", "GOVERNMENT") or len(actor.name.split()) > 1 \
                        or any(c.dep_ == "compound" for c in children_of(owner)):
                    continue
                return [owner]
        return []

    def _text_state_owner(self, token: Token) -> list[Token]:
        """"the government of Tessaly", "Tessaly's government": the owner, where the text has already made it a
        state that no gazetteer knows (:meth:`_unknown_owner` takes only the names it has not)."""
        owners = [*(c for c in children_of(token) if c.dep_ == "poss" and c.i < token.i),
                  *(p for prep in children_of(token) if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == token.i + 1
                    for p in children_of(prep) if p.dep_ == "pobj")]
        return [o for o in owners if (a := self._named.get(o.i)) is not None and a.type == "STATE"
                and a.id not in self._entries and len(a.name.split()) == 1]

    def _other_persons_government(self, token: Token, gov: Actor) -> bool:
        """Whether "the government of President N" (N a person the text places in no state) is another's than
        ``gov``, the government its own sentence named before it ("X's foreign ministry said it backs the
        government of President N"): a state's voice backing, arming or fighting the government of a named
        person speaks of another state's, which the text does not name."""
        owners = [p for prep in children_of(token) if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == token.i + 1
                  for p in children_of(prep) if p.dep_ == "pobj"]
        person = self._named.get(owners[0].i) if owners else None
        if person is None or person.type != "PERSON" or self.state_of(person) is not None:
            return False
        sent, entry = self._sent_of[token.i], self._entries.get(gov.id)
        state = entry.state if entry is not None else None  # (or the state itself: "Qatar's emir said his country ...")
        return any((seen.actor.id == gov.id or (state and seen.actor.type == "STATE" and seen.actor.name == state))
                   and seen.sent == sent and seen.token < token.i for seen in self._history)

    def _commanded_army(self, token: Token) -> Actor | None:
        """"President N ordered the army to ...": the army a head of state commands is his state's, whatever
        state the article is about -- a bare "the army" as the object of a verb of command whose one subject
        is a named person the text or gazetteer places in a state."""
        if token.dep_ != "dobj" or token.head.lemma_.lower() not in COMMAND_VERBS or not _bare_the(token):
            return None
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        person = self._named.get(subjects[0].i) if len(subjects) == 1 else None
        state = self.state_of(person) if person is not None and person.type == "PERSON" else None
        return self.government(state) if state is not None and state.type == "STATE" else None

    def bare_government(self, token: Token) -> Actor | None:
        """Whose "the government" (or "the regime") ``token`` is, read as a bare government noun wherever the parser hung
        it ("accusations the government rejects", parsed as a compound); None where unclear."""
        bare = _bare_the(token) or (token.i > 0 and self.doc[token.i - 1].lower_ == "the" and not any(
            c.dep_ in ("det", "poss", "nummod", "prep", "appos", "relcl", "acl", "amod", "compound") for c in children_of(token)))
        return self._government_anaphor(token) if bare else None

    def _government_anaphor(self, token: Token) -> Actor | None:
        """"the regime", "the government": the last government named, else the salient state's; never the one of
        the state that acts on it ("Washington eased sanctions, rewarding the government of President N": another's)."""
        government = self._government_anaphor_read(token)
        if government is not None and self._acted_on_by_own_state(token, government):
            return None
        if government is not None and any(
                self.gazetteer.government_of(state).actor().id == government.id for state in self._backers_of(token)):
            return None  # "the Russian-backed authorities": the backed party's, never the backer's own (prec34a)
        return government

    def _government_by_its_head(self, token: Token) -> Actor | None:
        """near55: the government a participle of heading names by its head ("the interim government led by N",
        "the government headed by N"), where the text or the gazetteer tells which state N governs or serves
        (``state_of``): that state's government, not the last one the text named. None for a head no state is known
        of, for several heads, and for a head that is no person.

        "Talks with Ruritania stalled. The government led by N (of Freedonia) asked for aid": Freedonia's."""
        if token.lower_ not in GOVERNMENT_NOUNS:
            return None
        heads = [p for c in children_of(token) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in HEADING_VERBS
                 for a in children_of(c) if a.dep_ == "agent" for p in children_of(a) if p.dep_ == "pobj"]
        if len(heads) != 1 or heads[0].conjuncts or heads[0].i not in self._named:
            return None
        person = self._named[heads[0].i]
        state = self.state_of(person) if person.type == "PERSON" else None
        return self.government(state) if state is not None and state.type == "STATE" else None

    def _backers_of(self, token: Token) -> list[Entry]:
        """The states a hyphened participle of backing on ``token`` names before its hyphen ("the Russian-backed
        authorities", "Moscow-backed officials"): the noun is another's, whom they back."""
        doc, out = token.doc, []
        for c in children_of(token):
            if c.dep_ != "amod" or COMPOUND_ADJ.get(c.lower_, ("",))[0] != "supports" or c.i < 2:
                continue
            if doc[c.i - 1].text not in ("-", "‐", "–") or doc[c.i - 1].whitespace_ or doc[c.i - 2].whitespace_:
                continue
            word = doc[c.i - 2].text
            entry = self.gazetteer.by_demonym(word) or self.gazetteer.lookup(word)
            if entry is not None and entry.type != "STATE" and entry.state:
                entry = self.gazetteer.lookup(entry.state)
            if entry is not None and entry.type == "STATE":
                out.append(entry)
        return out

    def _acted_on_by_own_state(self, token: Token, government: Actor) -> bool:
        """Whether ``token``, a verb's object, is acted on by the clause's named subject that is ``government``'s own
        state or that government itself: a state rewards, arms or fights another's government, not its own. The
        subject is looked for through subjectless clauses ("X eased sanctions, rewarding the government"), and the
        object may own or hold the government ("lifted sanctions on the junta's leader"). Not a force noun: a state
        deploys its own army ("Mali sent the army to Kidal")."""
        if token.lower_ in FORCE_NOUNS or token.lower_ in ARMY_NOUNS:
            return False
        node = token
        for _ in range(6):  # (through an owner, a preposition and its noun: "sanctions on the junta's leader")
            if node.dep_ not in ("poss", "pobj", "prep", "compound") or node.head == node:
                break
            node = node.head
        if node.dep_ != "dobj" or node.head.pos_ != "VERB":
            return False
        verb = node.head
        for _ in range(3):
            if any(c.dep_ == "nsubj" for c in children_of(verb)) or verb.dep_ not in ("advcl", "xcomp", "conj"):
                break
            verb = verb.head
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        actor = self._named.get(subject.i) if subject is not None else None
        entry = self._entries.get(government.id)
        if actor is None or entry is None or not entry.state:
            return False
        # (a capital that stands for its state or government: "Washington eased ...")
        own = self._entries.get(actor.id)
        metonym = own.metonym_of if own is not None else None
        return actor.id == government.id or (actor.type == "STATE" and actor.name == entry.state) \
            or metonym in (government.name, entry.state)

    def _government_anaphor_read(self, token: Token) -> Actor | None:
        window = ANAPHORS["regime"][1]
        sent = self._sent_of[token.i]
        ruler = token.lower_ in RULER_NOUNS
        heading = self._heading(token)
        section = self._section_state(heading)  # a roundup's "SOMALIA" section: Somalia's, not the last section's
        label = self._item_label(token) if section is None else None
        if label is not None:  # a roundup's item "- Myanmar: China brokered a truce between the junta and ..."
            heading = self.doc.char_span(*label, alignment_mode="expand")
            section = self._section_state(heading)
        opens = heading.start if section is not None else -1
        if section is None and (formed := self._government_of_form(token)) is not None:
            return formed  # "the federal government": whose form it names tells more than which was named last
        if (led := self._government_by_its_head(token)) is not None:
            return led  # "the interim government led by N": N's state's, whichever state was named last
        if section is None and (where := self._where_state(token)) is not None:
            return self.government(where)  # "fighters in Mali, where they fight alongside the army": Mali's
        if section is None and token.lower_ in GOVERNMENT_NOUNS and (placed := self._host_state(token)) is not None:
            return self.government(placed)  # "fighting in Upper Nile between government troops and X": the host's
        for seen in reversed(self._history):
            if seen.token < opens:
                break
            if seen.token < token.i and sent - seen.sent <= window and self._army_chain(token, seen):
                return seen.actor  # "the army accused X ... Y backs the army": the army the first was read as
            if seen.token < token.i and sent - seen.sent <= window and seen.actor.type == "GOVERNMENT" \
                    and _GOVERNING_NAME.search(seen.actor.name):  # a government, not an army that is one's arm
                if ruler and not self._rules_its_state(seen.actor):
                    continue  # "the junta" is not the National Unity Government that opposes it
                if self._government_faced(seen.actor):
                    continue  # "if the Meridians mediate ... talks with the government": not theirs, when "the
                    # government" accuses or fights Meridia elsewhere in the text
                if self._regional_among_states(seen.actor):
                    return None  # "the X Regional Government ... the government": the region's, or the state's?
                if token.lower_ in FORCE_NOUNS and seen.token < _paragraph(token)[0] and self._off_topic(seen.actor):
                    # a profile of a Libyan commander that told of "Sudan's army" a paragraph before: "his brother
                    # commands the army's ground forces" is not Sudan's, and the text does not say whose it is
                    return None
                if token.lower_ in FORCE_NOUNS and seen.sent != sent and self.doc[seen.token].lower_ not in FORCE_NOUNS:
                    army = self._army_named_before(seen, token, window)
                    if army is not None:  # "X fought the Sudanese army. The Emirati government denied Y. The army
                        return army       # said Z": the army the text named, not the last government
                if self._told_only_abroad(seen.actor, token):
                    return None
                government = self._government_of_sentence(token, seen, ruler)
                told = self._acting_state_of_sentence(token) if seen.sent != sent else None
                if told is False and government is not None and not self._told_in_sentence(token, government):
                    return None  # another state acts in its sentence, beside a third: whose, the text does not say
                if told and (government is None or self.gazetteer.government_of(told).actor().id != government.id):
                    # "Somali officials say government forces retook X", "an Ethiopian drone strike hit Y; the
                    # government said ...": the one state its own sentence tells acting or speaking, not the
                    # government named sentences before
                    return self.government(told)
                return government
        if section is not None:
            return self.government(section)
        state = self._text_state(token)  # before the gazetteer's: a known state may only be a bystander
        if state is not None:
            return state
        if self._government_owner_unread():
            return None  # "fought the government of Altamira ... the army": Altamira's, which the text never makes a state
        if any(o.i < token.i for o in self._possessed_governments()):
            return None  # "Ivoria's government and the X swapped prisoners ... the government": that name's, not a broker's
        state = self.salient_state
        if state is not None and state.name in self._local_states and self._armies_of_states(token) > 1:
            return None  # the forces of two states the text alone makes states: whose is unclear
        # (before the phrase: "the Saudi-backed government" tells no state of its own)
        told = self._states_told_before(token.left_edge) if state is not None else {}
        if state is not None and self.faced_by_bare_government(state, hostile=bool(told)):
            # "The group signed a deal with the government ... The government accused Tarvonia of harbouring its
            # leaders": a state named only later, which a bare "the government" faces as another party, is not its
            # (the one other state told before it is: "Kestrian troops ... The army said ... President N accused
            # Tarvonia")
            others = [entry for name, entry in told.items() if name != state.name]
            if len(others) != 1:
                return None
            state = others[0]
        if state is not None and not told:
            # "The army retook Kidal" opening a text that names Algeria later: before any state is told, the
            # forces are those of the one state whose places the sentence names, not the article's most named
            sent = doc_sents(self.doc)[self._sent_of[token.i]]
            here = {entry.state for i, a in self._named.items() if sent.start <= i < sent.end
                    and (entry := self._entries.get(a.id)) is not None and entry.type == "LOCATION" and entry.state}
            if len(here) == 1 and state.name not in here:
                state = self.gazetteer.lookup(next(iter(here))) or state
            elif not here and self._state_counts[state.name] == 2 and any(
                    (entry := self._entries.get(a.id)) is not None and entry.type == "STATE" and entry.name == state.name
                    for a in self._named.values()):
                # named once by name, only later, as a party, and told in no other way (no place, body or people of
                # it: "The insurgents fought the junta. China urged the group to stop"): a bystander, maybe
                return None
        elif state is not None and len(told) == 1 and state.name not in told:
            state = next(iter(told.values()))  # the one state told so far, not one the text names only later
        elif state is not None and (token.lower_ in FORCE_NOUNS or token.head.lower_ in FORCE_NOUNS):
            # "X seized Kabul after an offensive against government forces" in a story most about the US: the
            # forces of the one told state whose places the sentence names, not the article's most named
            sent = doc_sents(self.doc)[self._sent_of[token.i]]
            here = {entry.state for i, a in self._named.items() if sent.start <= i < sent.end
                    and (entry := self._entries.get(a.id)) is not None and entry.type == "LOCATION" and entry.state}
            if len(here) == 1 and state.name not in here and next(iter(here)) in told:
                state = told[next(iter(here))]
        if state is not None and self._speaker_state_competes(state, token):
            # "France said its jets struck targets in Syria. The government condemned ...": France speaks, Syria is
            # only where things happen; which of the two governs is unclear
            return None
        if state is not None and self.only_a_venue(state):
            # "The government held talks with the ELN in Caracas": a host, not whose government -- the home state
            # of the group it deals with, where the gazetteer knows one, else none
            home = self._partner_home(token)
            return self.government(home) if home is not None and home.name != state.name else None
        if state is not None and self.told_as_other(state):
            return None  # "families crossed into neighbouring Tendar": the refuge, not the state whose government it is
        if state is not None and self._brokers_talks_of(state, token):
            # "X thanked Malaysia for its role as facilitator of the talks between the government and the MILF": the
            # go-between is no side; the one other state told so far is the government's
            others = [e for name, e in self._states_told_before(token).items() if name != state.name]
            state = others[0] if len(others) == 1 else None
        if state is not None and self._named_after_in_sentence(state, token):
            # "the junta relied on Russia and China": the state its own sentence names after it is another
            # party; the one state the text told before it (by name or through a body or place of it) is its own
            told = self._states_told_before(token)
            state = next(iter(told.values())) if len(told) == 1 and state.name not in told else None
        return self.government(state) if state is not None else None

    def _acting_state_of_sentence(self, token: Token) -> Entry | bool | None:
        """The one state ``token``'s own sentence tells as the doer or speaker of a clause: a demonym or a body of
        the state's own the gazetteer knows on a subject ("Somali officials say", "an Ethiopian drone strike hit",
        "an SSPDF spokesman says"), or that body as the subject; None where none; False where it tells two, or
        another state in any other way besides (by name, demonym or body: "... and accused Libya of ...")."""
        sent = doc_sents(self.doc)[self._sent_of[token.i]]
        acting: dict[str, Entry] = {}
        other: set[str] = set()
        for t in sent:
            if t.i == token.i:
                continue
            actor = self._named.get(t.i)
            entry = self._entries.get(actor.id) if actor is not None else None
            named_state = False  # (a state named outright only competes; its demonym, or a body of it, may act)
            if (demonym := self.gazetteer.by_demonym(t.text)) is not None:
                state = demonym
            elif entry is not None and entry.type in ("STATE", "GOVERNMENT"):
                state = entry if entry.type == "STATE" else self.gazetteer.lookup(entry.state or "")
                named_state = entry.type == "STATE"
            else:
                state = None
            if state is None or state.type != "STATE":
                continue
            head = t.head
            while head.dep_ == "compound" and head.head != head:  # ("an Ethiopian drone strike")
                head = head.head
            subject = t if t.dep_ in ("nsubj", "nsubjpass") else head if t.dep_ in ("amod", "compound", "nmod") \
                and head.dep_ in ("nsubj", "nsubjpass") and _state_agent_head(head) else None
            if subject is not None and not named_state:
                acting[state.name] = state
            else:
                other.add(state.name)
        if not acting:
            return None
        if len(acting) != 1 or other - set(acting):
            return False  # (a state acts here, but beside another: "Chadian officials ... accused Libya of ...")
        return next(iter(acting.values()))

    def _told_in_sentence(self, token: Token, government: Actor) -> bool:
        """Whether ``token``'s sentence tells ``government``'s state (by name, demonym or a body of it)."""
        owner = self._owner(government)
        sent = doc_sents(self.doc)[self._sent_of[token.i]]
        for t in sent:
            actor = self._named.get(t.i)
            entry = self._entries.get(actor.id) if actor is not None else None
            demonym = self.gazetteer.by_demonym(t.text)
            if (demonym is not None and demonym.name == owner) or (entry is not None and owner in (entry.name, entry.state)):
                return True
        return False

    def _where_place(self, token: Token) -> Actor | None:
        """The named place (not a state) a "where" clause holding ``token`` hangs on ("fled Timbuktu, where the
        group has besieged the city"); None elsewhere."""
        verb = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if verb is None or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(verb)):
            return None
        actor = self._named.get(verb.head.i)
        return actor if actor is not None and actor.type == "LOCATION" else None

    def _host_state(self, token: Token) -> Entry | None:
        """The one state a bare government's own clause is set in ("fighting spread in Upper Nile between government
        troops and the militia", "the government retook two towns in Kidal region"): a place there that the gazetteer
        puts in one state, or that state's name, makes the government that state's, the host's, whatever foreign
        government the story named last. Not a venue of talks ("the government met the rebels in Doha"); None
        where the clause names places of two states or none."""
        node = token
        while node.dep_ in ("compound", "amod", "poss") and node.head != node:
            node = node.head  # "government troops": the troops' clause
        verb = next((a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or any(f.predicate == "negotiates_with" for f in VERB_FRAMES.get(verb.lemma_.lower(), ())):
            return None
        # (a clause of war only: fighting, strikes, captures -- "the regime's leader arrived in Moscow", "the
        # government concluded an accord in Doha" are visits and talks, whose place is no host's)
        warring = {f.predicate for f in VERB_FRAMES.get(verb.lemma_.lower(), ())} | {
            f.predicate for c in children_of(verb) if c.dep_ in ("nsubj", "dobj") and c.pos_ != "PROPN"
            for f in (*NOUN_FRAMES.get(c.lemma_.lower(), ()), *NOUN_FRAMES.get(c.lower_, ()))}  # ("fighting", a VBG)
        if not warring & _HOST_PREDICATES:
            return None
        states: set[str] = set()
        for host in (verb, *(c for c in children_of(verb) if c.dep_ in ("nsubj", "dobj"))):  # ("fighting in X spread")
            for prep in (c for c in children_of(host) if c.dep_ == "prep" and c.lower_ in HOST_PLACE_PREPOSITIONS):
                if any(t.lemma_.lower() in TALK_NOUNS for t in prep.head.subtree):
                    return None
                for pobj in (p for p in children_of(prep) if p.dep_ == "pobj"):
                    for t in (pobj, *pobj.conjuncts, *(c for c in children_of(pobj) if c.dep_ == "compound")):
                        actor = self._named.get(t.i)
                        entry = self._entries.get(actor.id) if actor is not None else None
                        if entry is not None and entry.type == "LOCATION" and entry.state:
                            states.add(entry.state)
                        elif entry is not None and entry.type == "STATE":
                            states.add(entry.name)
        if len(states) != 1:
            return None
        entry = self.gazetteer.lookup(next(iter(states)))
        return entry if entry is not None and entry.type == "STATE" else None

    def _where_state(self, token: Token) -> Entry | None:
        """The state a "where" clause holding ``token`` hangs on ("has fighters in Mali, where they fight alongside
        the army"): a bare government or army noun there is that state's."""
        for verb in token.ancestors:
            if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(verb)):
                continue
            actor = self._named.get(verb.head.i)
            entry = self._entries.get(actor.id) if actor is not None else None
            return entry if entry is not None and entry.type == "STATE" else None
        return None

    def _told_only_abroad(self, gov: Actor, token: Token) -> bool:
        """Whether ``gov``, the last government named before a bare "the government", was told only through the
        organs a state speaks abroad with ("Kyrgyzstan's foreign ministry said ...": ``STATE_OFFICE_TITLES``) in a
        story whose opening (else its salient state) places it in another state: a neighbour's voice, and the government at home as
        likely meant -- which one is unclear."""
        opening = self.opening_state() or self.salient_state  # (the salient one weighs a dateline's state)
        entry = self._entries.get(gov.id)
        if opening is None or entry is None or entry.state == opening.name or opening.name == gov.name:
            return False
        mentions = [self.doc[s.token] for s in self._history if s.token < token.i
                    and (s.actor.id == gov.id or (s.actor.type == "STATE" and s.actor.name == entry.state))
                    and self.doc[s.token].pos_ != "PRON"]  # ("it said": whatever "it" stands for was told before)
        return bool(mentions) and all(_head_phrase(t) in STATE_OFFICE_TITLES or (t.dep_ == "poss" and t.head.i > t.i and " ".join(
            w.lower_ for w in self.doc[t.i + 1:t.head.i + 1] if w.tag_ != "POS") in STATE_OFFICE_TITLES) for t in mentions)

    def _called_government(self, tok: Token) -> bool:
        """Whether a mention calls a state's government so by a government noun ("the government", "Rwanda's
        government", "the Tarnese authorities"), not by the organs it speaks abroad with ("its foreign ministry")."""
        if tok.lower_ in GOVERNMENT_NOUNS:
            return _head_phrase(tok) not in STATE_OFFICE_TITLES
        if tok.dep_ in ("poss", "amod", "compound") and tok.head.i > tok.i and tok.head.lower_ in GOVERNMENT_NOUNS:
            owned = " ".join(w.lower_ for w in self.doc[tok.i + 1:tok.head.i + 1] if w.tag_ != "POS")
            return owned not in STATE_OFFICE_TITLES and _head_phrase(tok.head) not in STATE_OFFICE_TITLES
        return False

    def _army_named_before(self, last: _Seen, token: Token, window: int) -> Actor | None:
        """The government whose forces the text named as such ("the Sudanese army") before ``last``, a mention of
        another government by a word that is no force's, within ``window`` sentences of ``token``."""
        sent = self._sent_of[token.i]
        for seen in reversed(self._history):
            if seen.token >= last.token or seen.actor.id == last.actor.id or seen.actor.type != "GOVERNMENT":
                continue
            if sent - seen.sent > window:
                return None
            if self.doc[seen.token].lower_ in FORCE_NOUNS:
                return seen.actor
        return None

    def _home_met_abroad(self, government: Token, state: Entry) -> Entry | None:
        """The home state of the group that signs or talks "with" "the government in X", where X lies in another
        state: X is then the talks' venue, not the government's seat ("the ELN signed a truce with the government
        in Havana": Colombia's government, met in Cuba) -- a group wars with and talks to its own state's
        government. None where the group's home is not known or is X's."""
        prep = government.head
        if government.dep_ != "pobj" or prep.lower_ != "with":
            return None
        verb = prep.head
        while verb.pos_ in ("NOUN", "ADP") and verb.dep_ in ("dobj", "pobj", "prep") and verb.head != verb:
            verb = verb.head  # "signed a declaration of principles with": the verb whose subject is the other party
        home = self._single_home([r.actor for c in children_of(verb) if c.dep_ == "nsubj" for r in self.refs(c, ACTOR)])
        return home if home is not None and home.name != state.name else None

    def _partner_home(self, government: Token) -> Entry | None:
        """The home state of the group a subject "government" signs or talks "with" ("The government signed a deal
        with the M23 in Doha": the DR Congo's), as :meth:`_home_met_abroad` reads the object's side; None where the
        gazetteer knows no single home."""
        verb = government.head
        if government.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            return None
        hosts = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
        return self._single_home([r.actor for h in hosts for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "with"
                                  for g in children_of(p) if g.dep_ == "pobj" for r in self.refs(g, ACTOR)])

    def _single_home(self, parties: list[Actor]) -> Entry | None:
        """The one home state the gazetteer gives the parties (``Entry.home``: the state a group wars with and talks
        to); None where it gives none, or several."""
        homes = {entry.home for a in parties if (entry := self._entries.get(a.id)) is not None and entry.home}
        home = self.gazetteer.lookup(homes.pop()) if len(homes) == 1 else None
        return home if home is not None and home.type == "STATE" else None

    @staticmethod
    def _form_unfit(token: Token, state: Entry) -> bool:
        """Whether a government noun's form modifier is none of ``state``'s formal names' ("signed a deal with the
        federal government in Pretoria": South Africa is no federation, so Pretoria is where, not whose)."""
        forms = {c.lower_ for c in children_of(token) if c.dep_ == "amod" and c.lower_ in STATE_FORM_MODIFIERS}
        return bool(forms) and not any(forms & {w.lower() for w in name.split()} for name in state.names)

    def _government_of_form(self, token: Token) -> Actor | None:
        """"the federal government" in a text naming Eritrea and Ethiopia: the government of the one state named
        before whose formal names carry the modifier (STATE_FORM_MODIFIERS); None where none or several do."""
        forms = {c.lower_ for c in children_of(token) if c.dep_ == "amod" and c.lower_ in STATE_FORM_MODIFIERS}
        if not forms:
            return None
        states = {entry.name: entry for i, a in self._named.items() if i < token.i
                  and (entry := self._entries.get(a.id)) is not None and entry.type == "STATE"}
        fits = [entry for entry in states.values()
                if any(forms & {w.lower() for w in name.split()} for name in entry.names)]
        return self.government(fits[0]) if len(fits) == 1 else None

    def told_as_other(self, state: Entry) -> bool:
        """Whether the text names ``state`` as another than the one it is about ("neighbouring Chad")."""
        return self._told_as_other_actor(self.state_actor(state))

    def _told_as_other_actor(self, actor: Actor) -> bool:
        """``told_as_other`` of a state's actor (one the text alone shows to be a state, too)."""
        return any(a.id == actor.id and i > 0 and self.doc[i - 1].lower_ in OTHER_REFERENT_MODIFIERS
                   for i, a in self._named.items())

    def faced_by_bare_government(self, state: Entry, hostile: bool = False) -> bool:
        """Whether a bare "the government" (or "the regime", "the junta", or "a government spokesman") is the
        subject of a clause that names ``state`` as an argument of its verb, not as a place ("the government
        accused Tarvonia of ...", "the junta has fought Tarvonia"): a government is no party to its own state."""
        return self._faced_by_government(self.state_actor(state), hostile)

    def _unplaced_head_of_state(self, tok: Token) -> bool:
        """Whether ``tok`` names a person the text titles head of a state it does not name ("President N" of a
        country the gazetteer does not know): like a bare "the government", he speaks for the article's state, so
        a state he accuses or fights is another ("N accused Xland of sheltering rebels")."""
        person = self._named.get(tok.i)
        if person is None or person.type != "PERSON":
            return False
        if person.id not in self._unplaced:  # (asked for every subject of the text: found once per person)
            self._unplaced[person.id] = self.state_of(person) is None and any(
                a.id == person.id and any(c.dep_ == "compound" and c.lower_ in HEAD_OF_STATE_TITLES
                                          for c in self.doc[i].children) for i, a in self._named.items())
        return self._unplaced[person.id]

    def _government_faced(self, government: Actor) -> bool:
        """Whether ``government``'s state is one a bare "the government" faces as another party."""
        entry = self._entries.get(government.id)
        if entry is None or not entry.state:
            return False
        # (a state the text alone shows to be one is no gazetteer's: its actor is found by name)
        state = next((a for a in self.actors.values() if a.type == "STATE" and a.name == entry.state), None)
        return state is not None and self._faced_by_government(state, hostile=True)

    def _faced_by_government(self, actor: Actor, hostile: bool = False) -> bool:
        """``faced_by_bare_government`` of a state's actor (one the text alone shows to be a state, too);
        ``hostile``: only by a verb that faces an adversary (``facing_verbs``), which outweighs the state's
        being told before -- "the government vowed to defend Kestria" is Kestria's."""
        if self._subjects is None:  # (asked for each state the text names: the subjects listed once)
            nsubj = self.doc.vocab.strings["nsubj"]
            self._subjects = [self.doc[i] for i, dep in enumerate(self.columns.column(DEP)) if dep == nsubj]
        for tok in self._subjects:
            # (a head of state the text places nowhere, only by a verb facing an adversary)
            bare = _bare_government(tok) or _bare_government_speaker(tok)
            # (a bare "the army" too, only by a verb facing an adversary: "the army accused X of arming the group")
            if not bare and not self._unplaced_head_of_state(tok) and not (tok.lower_ in ARMY_NOUNS and _bare_the(tok)):
                continue
            inside = {t.i for t in tok.subtree}
            for t in tok.head.subtree:
                verb = None
                if t.i not in inside and t.dep_ == "dobj" and t.tag_ == "WDT" and tok.head.dep_ == "relcl" and bare:
                    # "Ruvania, which the government accuses of arming X": the relative's noun, faced by the clause
                    t, verb = tok.head.head, tok.head
                if t.i in inside or (verb is None and t.dep_ not in ("dobj", "pobj")) or t.i not in self._named:
                    continue
                if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS:
                    continue  # (a place where it acts, "signed a deal in Doha", is left to the venue rule)
                verb = verb or _governing_verb(t)
                if self._named[t.i].id == actor.id and (bare and not hostile or verb.lemma_.lower() in FACING_VERBS):
                    return True
        return False

    def _speaker_state_competes(self, state: Entry, token: Token) -> bool:
        """Whether a bare "the government" that is its clause's subject follows, in the text before it, another
        state named as the subject of a clause (the one who speaks or acts, "France said ...") while ``state``,
        the article's most told, was told before it only as a place ("struck targets in Syria"): two states
        compete, and the place does not win."""
        if token.dep_ not in ("nsubj", "nsubjpass") or not _bare_the(token):
            return False
        sent = self._sent_of[token.i]
        window = ANAPHORS["regime"][1]
        actor = self.state_actor(state)
        other = False
        for i, a in self._named.items():
            if i >= token.i:
                continue
            entry = self._entries.get(a.id)
            if entry is None:
                continue
            if a.id == actor.id and not _in_place_phrase(self.doc[i]):
                return False  # told as a party, it is no bystander
            if entry.type == "LOCATION" and entry.state == state.name:
                if _in_clause_subject(self.doc[i]):
                    return False  # through a place that acts or speaks ("Khartoum said")
            elif entry.type == "STATE" and sent - self._sent_of[i] <= window and _in_clause_subject(self.doc[i]):
                other = True
        demonymed = [(t, self.gazetteer.by_demonym(t.text)) for t in self.doc[:token.i] if t.text[:1].isupper()]
        other = other or any(  # "The Egyptian foreign ministry said ..."
            s is not None and s != state and _in_clause_subject(t) and sent - self._sent_of[t.i] <= window
            for t, s in demonymed)
        # a body of the state ("the Syrian army") tells it as a party too
        return other and not any(s == state for _, s in demonymed)

    def only_a_venue(self, state: Entry) -> bool:
        """Whether the text tells ``state`` only through places where talks or meetings are held ("talks in
        Caracas", "met M23 envoys in Nairobi") or as the subject of a verb of brokering ("Norway mediated")."""
        actor = self.state_actor(state)
        mentions = [i for i, a in self._named.items() if a.id == actor.id or (
            (entry := self._entries.get(a.id)) is not None and entry.type == "LOCATION" and entry.state == state.name)]
        sents = doc_sents(self.doc)
        brokering = [i for i in mentions if self._brokers(self.doc[i])]
        return bool(mentions) and all(
            (place := _first_conjunct(self.doc[i])).dep_ == "pobj" and place.head.lower_ in PLACE_PREPOSITIONS and (any(
                t.lower_ in TALK_NOUNS or t.lemma_ in ENCOUNTER_VERBS for t in sents[self._sent_of[i]])
                or _deal_venue(self.doc[i]))
            # (or as the go-between: "Norway brokered a ceasefire. The rebels then held talks with the government":
            # not Norway's, whose part was to bring the two together)
            or i in brokering
            # (and, once told as the go-between, through its envoy: "a truce brokered by Qatar ... Qatar's envoy said
            # both sides would meet": still the go-between)
            or brokering and self.doc[i].dep_ == "poss" and self.doc[i].head.lower_ in GO_BETWEEN_ENVOYS
            for i in mentions)

    @staticmethod
    def _brokers(name: Token) -> bool:
        """Whether ``name`` is told as the go-between: the subject of a verb of brokering ("Norway mediated") or
        the agent of one in the passive ("a truce brokered by Kazakhstan", "talks hosted by Qatar")."""
        head = name.head
        if name.dep_ == "nsubj":
            return head.lemma_.lower() in BROKER_VERBS
        return name.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent" \
            and head.head.tag_ == "VBN" and head.head.lemma_.lower() in BROKER_VERBS

    def _brokers_talks_of(self, state: Entry, token: Token) -> bool:
        """Whether ``token`` is a side of talks "between" two sides that a word of brokering governs ("facilitated
        the talks between ...", "its role as mediator of the talks between ...") and ``state`` is named in that
        sentence outside them, not as a place: the go-between, not the side."""
        side = _first_conjunct(token)
        if side.dep_ != "pobj" or side.head.lower_ != "between" or side.head.head.lower_ not in TALK_NOUNS:
            return False
        talks = side.head.head
        if not any(a.lemma_.lower() in BROKER_VERBS or a.lower_ in BROKER_NOUNS for a in talks.ancestors):
            return False
        sent = doc_sents(self.doc)[self._sent_of[token.i]]
        sides = {t.i for t in side.head.subtree}
        actor = self.state_actor(state)
        return any(a.id == actor.id and sent.start <= i < sent.end and i not in sides and not _in_place_phrase(self.doc[i])
                   for i, a in self._named.items())

    def _named_after_in_sentence(self, state: Entry, token: Token) -> bool:
        """Whether ``state`` is named after ``token`` in its sentence and not before it in the text."""
        sent = doc_sents(self.doc)[self._sent_of[token.i]]
        actor = self.state_actor(state)
        # (by its name, as an actor: not a place where things happen, "clashed in Khartoum", "fighting in Sudan")
        party = any(a.id == actor.id and not _in_place_phrase(self.doc[i]) for i, a in self._named.items() if token.i < i < sent.end)
        return party and state.name not in self._states_told_before(token)

    def told_by(self, state: Entry, token: Token) -> bool:
        """Whether the text told ``state`` before ``token`` or in its sentence (by name, capital, demonym, a place
        or body of it): a state named only further on may be a bystander, not the home of a bare title."""
        end = doc_sents(self.doc)[self._sent_of[token.i]].end
        return state.name in self._states_told_before(self.doc[end - 1]) or any(
            (entry := self._entries.get(a.id)) is not None and entry.name == state.name
            for a in self.states_between(token.i, end, parties=True).values())

    def _states_told_before(self, token: Token) -> dict[str, Entry]:
        """The states the text named before ``token`` -- by name, capital or demonym, or through a place or body
        of it (the "Tatmadaw": Myanmar's) -- keyed by name."""
        found = {}
        for actor in self.states_between(0, token.i, parties=True).values():
            entry = self._entries.get(actor.id)
            if entry is not None:
                found[entry.name] = entry
        for i, actor in self._named.items():
            entry = self._entries.get(actor.id)
            if i < token.i and entry is not None and entry.state and (state := self.gazetteer.lookup(entry.state)):
                found[state.name] = state
        return found

    def _section_state(self, heading: Span | None) -> Entry | None:
        """The state whose name alone is a section's ``heading`` (a roundup's "SOUTH SUDAN"), if the gazetteer
        knows it: "the government" there is that state's."""
        entry = self.gazetteer.lookup(heading.text) if heading is not None else None  # (in capitals, NER reads none)
        return entry if entry is not None and entry.type == "STATE" else None

    def _regional_government(self, token: Token) -> Actor:
        """A region's own government, named as the text describes it ("Amhara regional government")."""
        actor = self._register(Actor.create(_phrase_text(token), "GOVERNMENT"))
        self._regional.add(actor.id)
        return actor

    def _off_topic(self, government: Actor) -> bool:
        """Whether ``government`` is not that of the state the text is clearly about (dominant_state)."""
        dominant = self.dominant_state()
        return dominant is not None and self.gazetteer.government_of(dominant).id != government.id

    def _government_of_sentence(self, token: Token, last: _Seen, ruler: bool) -> Actor | None:
        """The government a bare "the government" takes from the sentence that named ``last``: where that sentence
        names two ("X's government ordered the Y Regional Government to ..."), its subject's; none if neither
        is the subject."""
        here = {}
        for seen in self._before(token.i):
            if seen.sent == last.sent and seen.token < token.i and seen.actor.type == "GOVERNMENT" \
                    and _GOVERNING_NAME.search(seen.actor.name) and not (ruler and not self._rules_its_state(seen.actor)):
                here.setdefault(seen.actor.id, seen)
        if len(here) < 2:
            return last.actor
        subjects = [s for s in here.values() if s.subject]
        if len(subjects) == 1 and _clause_verb(self.doc[subjects[0].token]).lemma_.lower() in REPORTING_VERBS:
            return None  # "Uganda's military said ..., as fighting spread between government troops and X": the
            # subject only reports what the other's forces do; whose is "the army" after it?
        return subjects[0].actor if len(subjects) == 1 else None

    def _regional_among_states(self, actor: Actor) -> bool:
        """Whether ``actor`` is a region's own government (not its state's) in an article about another
        state: a bare "the government" may then mean either."""
        entry = self._entries.get(actor.id)
        if actor.id in self._regional:  # "the Amhara regional government ... the government": the state's, or its?
            return self.salient_state is not None
        return entry is not None and self.salient_state is not None and not self._rules_its_state(actor) \
            and entry.state != self.salient_state.name

    def _armies_of_states(self, token: Token) -> int:
        """How many states' own forces the text named before ``token`` (of states the gazetteer does not know)."""
        owners = {normalize_name(a.name.split()[0]) for i, a in self._named.items() if i < token.i and a.id in self._armies}
        return len(owners)

    def state_of_modifier(self, modifier: Token) -> Actor | None:
        """The state a capitalised modifier names or is the demonym of ("Kenyan", "Veltrian" where the text names
        Veltria), or None."""
        if not modifier.text[:1].isupper():
            return None
        state = self.gazetteer.by_demonym(modifier.text)
        return self.state_actor(state) if state is not None else self._unknown_state(_clean_name(modifier.text))

    def _unknown_state(self, word: str) -> Actor | None:
        """The place the text names that ``word`` names or is the demonym of ("Veltria" for "Veltria",
        "Veltrian"), as a state -- one the text alone makes a state (this document's own gazetteer entry),
        or a place the gazetteer does not know that the text does not call a town."""
        local = self._local_entry(word)
        if local is not None:
            return self.state_actor(local)
        word = word.lower()
        for i, actor in sorted(self._named.items()):
            name = normalize_name(actor.name)
            if actor.type not in ("LOCATION", "STATE") or len(name) < 4 or not (
                    name == word or (word.startswith(name[:-1]) and len(word) - len(name) <= 3)
                    or _land_demonym(name, word)):
                continue
            if actor.id in self._entries and not self.is_local(actor):
                return None  # a known place: the gazetteer decides
            return self.actors[actor.id] if actor.type == "STATE" else self.as_state(self.doc[i])
        return None

    def _local_entry(self, word: str) -> Entry | None:
        """This document's own state that ``word`` names or is the demonym of."""
        entry = self.gazetteer.lookup(word) or self.gazetteer.by_demonym(word)
        return entry if entry is not None and entry.name in self._local_states else None

    def _possessed_governments(self) -> list[Token]:
        """The one-word names the gazetteer does not know that own a government noun ("Ivoria's government"):
        a state the text names by what it governs through, found once per document."""
        if self._gov_owners is None:
            strings = self.doc.vocab.strings
            nouns = {strings[w] for w in GOVERNMENT_NOUNS if w in strings}
            # (the gazetteer asked, not the entries: reading the name may since have made it this text's state)
            self._gov_owners = [o for i, lower in enumerate(self.columns.column(LOWER)) if lower in nouns
                                for o in self.doc[i].children if o.dep_ == "poss" and o.i < i and o.i in self._named
                                and self._named[o.i].type in ("LOCATION", "STATE") and " " not in self._named[o.i].name
                                and self.gazetteer.lookup(_clean_name(o.text)) is None]
        return self._gov_owners

    def _unread_government_owner(self, token: Token) -> bool:
        """Whether a name before ``token`` owns a government noun yet was read as no state, place or person
        ("Talvera's government", Talvera taken for an organisation): a state the text tells that may be the
        one meant, so the one state found otherwise is not the only candidate."""
        return any(o.dep_ == "poss" and o.i in self._named and self._named[o.i].type in ("ORGANIZATION", "IGO")
                   for t in self.doc[:token.i] if t.lower_ in GOVERNMENT_NOUNS for o in children_of(t))

    def is_local(self, actor: Actor) -> bool:
        """Whether ``actor`` is a state the text alone makes one: this document's gazetteer entry, or a
        place the gazetteer does not know that the text has since shown to be a state."""
        entry = self._entries.get(actor.id)
        if entry is not None:
            return entry.type == "STATE" and entry.name in self._local_states
        return actor.type == "STATE"

    def unknown_governed_state(self, token: Token) -> Actor | None | bool:
        """The state of the one name the gazetteer does not know whose government the text told before ``token``
        ("delegations of the government of Ardavia", "Ardavia's government"); None where two such names, or
        one that is no state; False where the text told none."""
        owners = {normalize_name(_clean_name(o.text)): o for t in self.doc[:token.i] if t.lower_ in GOVERNMENT_NOUNS
                  for o in (*self._unknown_owner(t), *self._text_state_owner(t))}
        if not owners:
            return False
        return self._unknown_state(_clean_name(next(iter(owners.values())).text)) if len(owners) == 1 else None

    def _text_state(self, token: Token) -> Actor | None:
        """The one state the gazetteer does not know that the text named before ``token``: a place the text
        shows to be a state, or the owner of the state's forces it named ("the Veltrian Defence Forces").
        A state of this document's own gazetteer stands as its government, as a known state would."""
        found: dict[str, Actor] = {}
        for i, actor in self._named.items():
            if i >= token.i:
                continue
            actor = self.actors.get(actor.id, actor)
            if self.is_local(actor):
                found[actor.id] = actor
            elif actor.id in self._armies:
                state = self._unknown_state(actor.name.split()[0])
                if state is None:
                    return None  # an army of a known state, or of no state the text names: unclear
                found[state.id] = state
            elif actor.id not in self._entries and actor.type != "ARMED_GROUP" \
                    and _STATE_FORCES.fullmatch(_clean_name(actor.name)):
                # forces named like a state's, of a state the text does not show: unclear (an armed group named like
                # one -- "the Coastal Liberation Army", read as rebels -- is no state's force, as in ``_text_army``)
                return None
        for seen in self._history:  # "the war between the Tarnese government and X": a local state told by its adjective
            if seen.token < token.i and seen.token not in self._named and self.is_local(seen.actor) \
                    and self._called_government(self.doc[seen.token]):
                found[seen.actor.id] = self.actors.get(seen.actor.id, seen.actor)
        for owner in self._possessed_governments():  # "Ivoria's government and the X exchanged prisoners"
            if owner.i < token.i and (state := self._unknown_state(_clean_name(owner.text))) is not None:
                found[state.id] = state
        if len(found) != 1 or self._unread_government_owner(token):
            return None
        state = next(iter(found.values()))
        if self._faced_by_government(state, hostile=True):
            return None  # "a government spokesman accused Meridia of ...": Meridia is another than the government's
        if self._told_as_other_actor(state):
            return None  # "families crossed into neighbouring Tendar": the refuge, not the government's own state
        entry = self._entries.get(state.id)
        return self.government(entry) if entry is not None else state

    def _rival(self, actor: Actor) -> bool:
        """A government that does not rule its state: regional, rival, or a self-declared republic."""
        if actor.id not in self._entries and any(w.lower() in SELF_RULE_HEADS for w in actor.name.split()):
            return True
        return not self._rules_its_state(actor)

    def _rules_its_state(self, actor: Actor) -> bool:
        """Whether a government is the one that rules its state, not a rival or regional one: a gazetteer
        government of a state that is not the state's government, or "the government of southern X"."""
        if actor.id in self._regional:
            return False
        entry = self._entries.get(actor.id)
        state = self.gazetteer.lookup(entry.state) if entry is not None and entry.state else None
        if state is None or state.type != "STATE":
            return True
        return self.gazetteer.government_of(state).id == actor.id

    def _antecedent(self, token: Token, spec: tuple[tuple[str, ...], int] | None = None, *,
                    past: bool = False) -> Actor | None:
        """The actor an anaphor refers back to; under a section heading that names one actor (an
        explainer's "who's who"), the heading's actor is the subject an item leaves to its heading."""
        topic = self._section_topic(token, (spec or ANAPHORS[token.lower_])[0])
        if topic is not None and (self._opens_item(token) or self._first_after_label(token)
                                  or self._alone_in_item(token, (spec or ANAPHORS[token.lower_])[0])):
            return topic  # "Kestrian Front / - It is led by N": the item's first word is its heading's topic
        if topic is None and self._takes_up_unknown_label(token):
            self._ambiguous.add(token.i)
            return None  # "- The Hill Rangers: a splinter of the KDU. It attacked ...": the Rangers, not the KDU
        if (described := self._participle_item_actor(token, (spec or ANAPHORS[token.lower_])[0])) is not None:
            return described
        if (repelled := self._repelled_attempter(token)) is not None:
            return repelled
        if (parent := self._parent_named_within(token)) is not None:
            return parent
        if _place_named_by_of(token, (spec or ANAPHORS[token.lower_])[0]):
            return None  # "the invented state of Morvania", "the town of Kostela": it names its own place
        found = self._antecedent_in_text(token, spec, past=past)
        if found is not None and found.type == "LOCATION" and _owns_body_title(token):
            found = self._body_title_owner(token, spec, past)
        if (kinds := _title_owner_kinds(token)) and (found is None and token.i in self._ambiguous
                                                     or found is not None and found.type not in kinds):
            found = self._fitting_title_owner(token, spec, kinds, found, past)
        if found is not None and found.type == "ARMED_GROUP" and token.pos_ == "NOUN" and token.tag_ == "NNS" \
                and _opens_after_time(token) and not self._plural_used_before(token) \
                and token.dep_ in ("nsubj", "nsubjpass") and not any(
                    c.dep_ in ("det", "poss", "amod", "compound", "nmod", "prep", "acl", "relcl")
                    and c.ent_type_ not in ("DATE", "TIME") for c in children_of(token)) \
                and self._sent_of[token.i] > 0 and found.id not in {
                    self._named[i].id for i in range(token.sent.start, token.sent.end) if i in self._named}:
            # "Militants seized a gas plant in X on Monday": a bare plural opening its sentence brings in new people,
            # not the group the text told of last; so does one after no more than a time ("Last week gunmen
            # stormed ...", "On Sunday, insurgents shelled ...": _opens_after_time)
            return None
        if found is not None and self._set_apart_before(token, found):
            return None  # "X speaks for the movement. N led the movement": the movement is not X
        if found is not None and self._told_apart_by_modifier(token, found):
            return None  # "AMISOM ... The mission in Mali closed": a mission of its own, not AMISOM
        if found is not None and (formed := self._body_just_formed(token)) is not None and formed.id != found.id \
                and formed.type == found.type:
            # "A faction of X broke away to form Y. Its leader, N, ...": Y, the body the sentence before brought in
            return formed
        if found is None and (center := self._titled_owner_center(token, (spec or ANAPHORS[token.lower_])[0])) is not None:
            self._ambiguous.discard(token.i)  # "X, which Y has fought since 2016, draws recruits. Its leader, N": X
            found = center
        if found is None and (listed := self._designated_group(token)) is not None \
                and (topic is None or topic.id == listed.id):  # (under a heading's actor, that one or none)
            self._ambiguous.discard(token.i)  # "X, a militia formed in 2014, ... The US designated it a terrorist group": X
            found = listed
        if found is not None and found.type == "LOCATION" and self._across_dateline(token, found):
            return None  # a caption series' "LISAN - ... striking the town": Lisan, not the town of the caption before
        if found is not None and found.type == "PERSON" and token.pos_ == "PRON" \
                and self._known_gender(found, token) not in (None, PERSON_GENDERS.get(token.lower_)):
            self._ambiguous.add(token.i)
            return None  # "Mrs N met M. Mrs N said his ...": not hers, whichever he is
        if found is not None and topic is None and self._asked_about_only(token, found):
            self._ambiguous.add(token.i)
            return None  # "Who backs the Kestrian Front? / A neighbour. It sent drones": "it" is the answer
        if found is None and topic is not None and token.i not in self._unbound:
            self._ambiguous.discard(token.i)
            return topic  # "- A militia formed in 2019. It is led by N": no other antecedent
        if found is not None and self._one_among_many(token, found):
            self._ambiguous.add(token.i)
            return None
        if found is not None and (other := self._set_against(token, found)) is not None:
            return other
        if found is None and topic is None and token.i not in self._unbound and token.i not in self._ambiguous:
            return self._named_later(token)
        return found

    def _participle_item_actor(self, token: Token, types: tuple[str, ...]) -> Actor | None:
        """The actor a list item that opens with a bare participle describes, for a definite description later in
        the item ("Al-Shabaab / - Affiliated with al-Qaeda; the US designated the group ..."): the item's left-out
        subject, its heading's actor, is the most prominent candidate -- not the body its participle's phrase
        names (ref40)."""
        if token.pos_ != "NOUN" or not _definite(token):
            return None
        first = next((t for t in token.sent if not (t.is_punct or t.is_space)), None)
        if first is None or first.i >= token.i or token in first.subtree:
            return None
        topic = participle_item_topic(first)
        actor = self._named.get(topic.i) if topic is not None else None
        return actor if actor is not None and actor.type in types else None

    def _noun_attackers(self, act: Token) -> set[str]:
        """The actors a noun of attack names as its own doer ("an ISWAP raid on his hideout", "Turkey's strike on
        his base"): they, not the subject of the clause around it, are who would not attack their own (the man who
        died during the raid may own the hideout) (fresh40a). Empty for a verb or a noun that names no doer."""
        if act.pos_ != "NOUN":
            return set()
        doers = [c for c in children_of(act) if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < act.i]
        return {r.actor.id for c in doers for r in self.refs(c, ACTOR) if r.actor.type != "LOCATION"}

    def _parent_named_within(self, token: Token) -> Actor | None:
        """The body a branch's name begins with, for a possessive description in the branch's apposition: "Islamic
        State Khorasan Province, the jihadist movement's regional branch" (the Islamic State, whichever movement the
        text told of last), "al-Qaeda in the Arabian Peninsula, the network's Yemeni arm"."""
        if token.pos_ not in ("NOUN", "PROPN") or token.i in self._named or token.dep_ != "poss" or token.head.dep_ != "appos" \
                or (branch := self._named.get(token.head.head.i)) is None or branch.type != "ARMED_GROUP":
            return None
        words = _clean_name(branch.name).split()
        for k in range(len(words) - 1, 0, -1):
            entry = self.gazetteer.lookup(" ".join(words[:k]))
            if entry is not None and entry.type == "ARMED_GROUP" and normalize_name(entry.name) != normalize_name(branch.name):
                return self._register(entry.actor(), entry)
        return None

    def _plural_used_before(self, token: Token) -> bool:
        """Whether a bare plural after a time phrase ("Last week insurgents raided X") repeats the word the text
        used before, within its window, of a group it named ("The insurgents, known locally as the Y, ..."): the
        same word again takes the group up. (A bare plural opening its sentence is new people all the same.)"""
        if token.i == token.sent.start or token.lower_ not in ANAPHORS:
            return False
        first = doc_sents(self.doc)[max(0, self._sent_of[token.i] - ANAPHORS[token.lower_][1])].start
        return any(t.lower_ == token.lower_ for t in self.doc[first:token.sent.start])

    def _set_apart_before(self, token: Token, found: Actor) -> bool:
        """Whether an earlier sentence within the description's window set ``found`` against the same definite
        description as another argument of one verb: "The X, an umbrella of left-wing groups, speaks for the
        movement. N led the movement": the subject of a verb and its object (or the object of a preposition on
        it) are two, so the movement X speaks for, and so the one N led, is not X. Not through a linking verb ("X
        is the movement's armed wing", "X became the movement"), where the two may be one (prec37a)."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
            return False
        sent, window = self._sent_of[token.i], ANAPHORS[token.lower_][1] if token.lower_ in ANAPHORS else 0
        start = token.sent.start
        for t in map(self.doc.__getitem__, self._same_nouns(token)):
            if t.i >= start:
                break
            if t.lower_ != token.lower_ or t.pos_ != "NOUN" or sent - self._sent_of[t.i] > window \
                    or [c.lower_ for c in t.lefts if not c.is_punct] != ["the"]:
                continue  # (only the same bare description: "X replaced the previous mission" sets X apart from
                # that mission, not from "the mission" later)
            if t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in COPULAR_VERBS \
                    and found.id in self._verb_object_actors(t.head):
                return True  # "the group pledged allegiance to X": the group is not X
            verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
            if t.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or verb.lemma_.lower() in COPULAR_VERBS:
                continue
            if any(s.dep_ in ("nsubj", "nsubjpass") and s.i in self._named and self._named[s.i].id == found.id
                   for s in children_of(verb)):
                return True
        return False

    def _verb_object_actors(self, verb: Token) -> set[str]:
        """The ids of the actors named as ``verb``'s object, or as the object of a preposition on the verb or on its
        object: "pledged allegiance to X", "fought X", "broke away from X" -- the other party of its subject."""
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        preps = [c for h in (verb, *objects) for c in children_of(h) if c.dep_ in ("prep", "agent")]
        objects += [p for c in preps for p in children_of(c) if p.dep_ == "pobj"]
        return {self._named[o.i].id for o in objects if o.i in self._named}

    def _told_apart_by_modifier(self, token: Token, found: Actor) -> bool:
        """Whether a description's own modifiers make it another actor than ``found``, the one named before: a
        body or state named as its compound ("the UN mission" after the African Union), a post-modifier pointing
        away ("rebels from another group", "fighters of a rival faction": other_referent_modifiers), or a mission
        placed in another state than the one its antecedent's name places it in ("the mission in Mali" after the
        AU Mission in Somalia). A description the text uses for a new actor is that actor, never the last one."""
        if token.pos_ != "NOUN":
            return False
        names = [f" {n.lower()} " for n in (found.name, *found.aliases)]
        for child in children_of(token):
            named = self._named.get(child.i)
            if child.dep_ == "compound" and named is not None and named.type in ("IGO", "STATE") \
                    and self.actors.get(named.id, named).id != found.id and child.i < token.i \
                    and not any(f" {m.lower()} " in n for m in (named.name, *named.aliases, child.text) for n in names):
                return True  # (not "the UN mission" after the UN Mission in X: the parent its own name holds)
            if child.dep_ != "prep" or child.i < token.i:
                continue
            for obj in children_of(child):
                if obj.dep_ != "pobj":
                    continue
                if child.lower_ in ("from", "of") and any(
                        c.dep_ in ("amod", "det") and c.lower_ in OTHER_REFERENT_MODIFIERS for c in children_of(obj)):
                    return True
                place = self._named.get(obj.i)
                if child.lower_ == "in" and found.type == "IGO" and place is not None and place.type == "STATE" \
                        and any(" in " in n for n in names) and not any(f" {place.name.lower()} " in n for n in names):
                    return True
        return False

    def _same_nouns(self, token: Token) -> list[int]:
        """The nouns, in order, spelt as ``token`` (lowered): the readers of a repeated description look at no
        other token (an index of the doc's nouns by form, made once per doc)."""
        if self._nouns_by_form is None:
            lowers = self.columns.column(LOWER)
            self._nouns_by_form = {}
            for i in self._nouns:
                self._nouns_by_form.setdefault(lowers[i], []).append(i)
        return self._nouns_by_form.get(token.lower, [])

    def _nouns_of_lemma(self, lemma: str) -> list[int]:
        """The nouns, in order, whose lowered lemma is ``lemma`` (an index of the doc's nouns, made once per doc)."""
        if self._nouns_by_lemma is None:
            strings, lemmas = self.doc.vocab.strings, self.columns.column(LEMMA)
            self._nouns_by_lemma = {}
            for i in self._nouns:
                self._nouns_by_lemma.setdefault(strings[lemmas[i]].lower(), []).append(i)
        return self._nouns_by_lemma.get(lemma, [])

    def _titled_owner_center(self, token: Token, types: tuple[str, ...]) -> Actor | None:
        """The owner of a title that opens its sentence with its holder named beside it ("Its leader, N, ...",
        "Their spokesman, N, ...", "Its armed wing, the X, ..."): the one body the sentence before has for its main
        subject (by name or a description the resolver read). A title owned so is the topic's, and the main subject
        of the sentence before is that topic: it outranks the objects, obliques and phrases inside its own phrase
        that the general reading counts as rivals ("The front, which the army has fought since 2016, draws recruits
        from Y. Its leader ..."). Not across a paragraph break, nor past an open "it" of that sentence, either of
        which may hold another owner ("The X rebuilt it. Its spokesman ..."). Only a body that holds such
        titles of its own (an armed group, an international or civic body), one main subject of that number, and
        nothing but punctuation before the pronoun; a state or a government as that subject is left to the general
        reading ("Oskeria designated the X Front a terrorist group. Its commander ...": the front's) (ref44a)."""
        if token.pos_ != "PRON" or token.dep_ != "poss" or token.lower_ not in BODY_POSSESSIVES \
                or self._sent_of[token.i] == 0:
            return None
        title = token.head
        lemma = title.lemma_.lower()
        if lemma not in LEADER_TITLES and lemma not in MEMBER_TITLES and lemma not in OFFSHOOT_HEADS:
            return None
        if title.dep_ not in ("nsubj", "nsubjpass") or not _main_subject(title) \
                or any(not (t.is_punct or t.is_space) for t in token.sent if t.i < token.i):
            return None
        holders = [t for c in children_of(title) if c.dep_ == "appos" for t in c.subtree if t.i in self._named]
        if not any(self._named[t.i].type in ("PERSON", "ARMED_GROUP") for t in holders):
            return None
        before = doc_sents(self.doc)[self._sent_of[token.i] - 1]
        root = before.root
        if before.text.rstrip().endswith("?") or root.pos_ not in ("VERB", "AUX"):
            return None  # (a question or a heading is no sentence with a topic of its own)
        words = [t for t in before if not t.is_space]
        if words and "\n" in doc_text(self.doc)[words[-1].idx + len(words[-1].text):token.sent.start_char]:
            return None  # (a new paragraph may turn to another body named there)
        if any(t.pos_ == "PRON" and t.dep_ != "poss" and t.lower_ in NEUTER_PRONOUNS for t in before):
            return None  # ("The X rebuilt it. Its spokesman ...": an open "it" may own the title)
        verbs = [root, *(c for c in children_of(root) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        subjects = [c for v in verbs for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or any(c.dep_ in ("conj", "cc") for c in children_of(subjects[0])):
            return None
        if any(c.dep_ == "ccomp" for v in verbs for c in children_of(v)):
            return None  # ("The ministry notes that the group gets arms from X. Its leader ...": the clause told may hold the topic)
        subject = subjects[0]
        if (subject.tag_ in ("NNS", "NNPS")) != (token.lower_ in PLURAL_PRONOUNS) and subject.i not in self._named:
            return None
        actor = self._sole_actor(subject)
        if actor is None and subject.i not in self._named:
            # ref55: "The legion, a clan militia raised in 2019, has sided with the army. Its chief, N, ...": the
            # armed aside the general reading does not read past says no more than the brigade named before
            actor = self._head_named(subject, armed_aside=True)
            if actor is not None:
                self._aside_owners.add(token.i)
        if actor is None or actor.type not in types or actor.type not in ("ARMED_GROUP", "IGO", "ORGANIZATION") \
                or any(self._named[t.i].id == actor.id for t in holders):
            return None
        return actor

    def _sole_actor(self, token: Token) -> Actor | None:
        """The one actor ``token`` stands for: the actor it names, else the one its references resolve to (None for
        none or several)."""
        if token.i in self._named:
            return self._named[token.i]
        actors = {r.actor.id: r.actor for r in self.refs(token, ACTOR)}
        return next(iter(actors.values())) if len(actors) == 1 else None

    def _designated_group(self, token: Token) -> Actor | None:
        """The body an object "it" of a verb of designating refers back to, where the designation names a kind of body
        ("The US designated it a terrorist organisation", "Washington lists it as a terrorist group", "blacklisted it
        as a terrorist group"): the verb says the pronoun is an armed group, as a verb of taking says it is a place
        (:meth:`_taken_place`), so the persons, states and places named since are no rivals. It is the one armed group
        or organisation the latest sentence (within the pronoun's window) to name one names, never the verb's own
        subject; nothing where that sentence names two, unless one is a subject and the rest only obliques (ref44a)."""
        if token.pos_ != "PRON" or token.lower_ not in NEUTER_PRONOUNS or token.lower_ in PLURAL_PRONOUNS \
                or token.dep_ not in ("dobj", "dative"):
            return None
        verb = token.head
        if not _both_designate(verb, verb):
            return None
        kinds = [t for c in children_of(verb) if c.i != token.i and c.dep_ in ("dobj", "oprd", "attr", "prep", "xcomp")
                 for t in c.subtree if t.pos_ == "NOUN"
                 and (t.lemma_.lower() in GROUP_NOUNS or t.lemma_.lower() in ORGANIZATION_NOUNS)]
        if not kinds:
            return None
        own = self._own_clause_subjects(token)
        sent, window = self._sent_of[token.i], ANAPHORS[token.lower_][1]
        latest: dict[str, tuple[int, Actor]] = {}  # (the rank of its most prominent mention there, the body)
        named_there: set[str] = set()
        described_there: set[str] = set()
        for seen in reversed(self._before(token.i)):
            if seen.token >= token.i or seen.actor.id in own or seen.actor.type not in ("ARMED_GROUP", "ORGANIZATION"):
                continue
            if sent - seen.sent > window or (latest and seen.sent != latest_sent):
                break
            mention = self.doc[seen.token]  # (a verbless item's head is its topic: "- X: the strongest faction")
            # (a pronoun the resolver read is a link, no ground to choose by: "The group says it swore loyalty to X")
            rank = SALIENCE_OBLIQUE if mention.pos_ == "PRON" else SALIENCE_MAIN_SUBJECT if mention.dep_ == "ROOT" \
                else _salience(mention)
            latest[seen.actor.id] = (max(rank, latest.get(seen.actor.id, (-1, None))[0]), seen.actor)
            latest_sent, start = seen.sent, seen.token
            if seen.token in self._named:
                named_there.add(seen.actor.id)
            elif mention.pos_ != "PRON":
                described_there.add(seen.actor.id)
        ranked = sorted(latest.values(), key=lambda r: -r[0])
        if not ranked or ranked[0][0] < SALIENCE_OBJECT or self._unknown_name_between(token, start):
            # ("The group says it swore loyalty to X's emir. Y lists it": not X, an oblique, while the group is
            # unread; "A banned Samidoun, and B designated it": Samidoun, whatever it is)
            return None
        if ranked[0][1].id in named_there & described_there:
            # ("The group says it swore loyalty to the X's emir": a description read as X beside X's own name there
            # is a reading to doubt -- a group seldom swears loyalty to itself)
            return None
        if len(ranked) > 1 and ranked[1][0] > SALIENCE_OBLIQUE:
            # ("The group is a branch of X; Y lists it": the subject, X only an oblique beside it -- but "A attacked B.
            # Y designated it": A or B, the reader cannot tell)
            return None
        return ranked[0][1]

    def _unknown_name_between(self, token: Token, start: int) -> bool:
        """Whether a proper noun between ``start`` and ``token`` is an argument (a subject, an object, an apposition)
        that names no actor the resolver knows ("A also banned Samidoun in 2023, and B designated it"): it may be what
        a pronoun after it means; or any object of a verb of designating, the act the pronoun's verb may repeat."""
        return any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj")
                   and not t.ent_type_ in _SKIP_LABELS and t.i not in self._named and not self.refs(t, ACTOR)
                   or t.dep_ in ("dobj", "dative") and _both_designate(t.head, t.head)  # (another designated since)
                   for t in self.doc[start + 1:token.i])

    def _body_title_owner(self, token: Token, spec: tuple[tuple[str, ...], int] | None, past: bool) -> Actor | None:
        """ref52: the owner of "its commander", "its founder" (``_owns_body_title``) where the reading found a place:
        a place holds no such title, so the antecedent is sought again among the other kinds the pronoun may mean
        ("The town of X was held by the Y Battalion. Its commander, N, ...": the battalion); None where none is
        left, or two are (the ordinary reading decides between them, as for any pronoun)."""
        types, window = spec or ANAPHORS[token.lower_]
        kinds = tuple(t for t in types if t not in ("LOCATION", "PERSON"))
        if not kinds:
            return None
        self._ambiguous.discard(token.i)
        return self._antecedent_in_text(token, (kinds, window), past=past)

    def _fitting_title_owner(self, token: Token, spec: tuple[tuple[str, ...], int] | None, kinds: tuple[str, ...],
                             found: Actor | None, past: bool) -> Actor | None:
        """w55c: the owner of a possessed title (``_title_owner_kinds``) sought again among the kinds of body the
        title fits, where the ordinary reading ``found`` another kind or could not choose: "The village was held by
        the X Company, a unit since merged into Moldova's border police. Its commander, N, ...": the company's,
        a state holding no commander. The nearest that fits, as for any pronoun; None where two fit equally; the
        ordinary reading kept where none fits ("Pakistan ... Its founder, N": the state's, the only candidate)."""
        types, window = spec or ANAPHORS[token.lower_]
        fitting = tuple(t for t in types if t in kinds)
        if not fitting:
            return found
        was_ambiguous = token.i in self._ambiguous
        self._ambiguous.discard(token.i)
        owner = self._antecedent_in_text(token, (fitting, window), past=past)
        if owner is None and token.i not in self._ambiguous:
            if was_ambiguous:
                self._ambiguous.add(token.i)
            return found  # (no body the title fits: today's reading stands)
        return owner

    def _body_just_formed(self, token: Token) -> Actor | None:
        """A possessive "its" opening its sentence after one whose verb of founding (``FOUNDING_VERBS``: "broke away
        to form Y", "founded Y") has a named body for object: that body."""
        if token.pos_ != "PRON" or token.dep_ != "poss" or token.i != token.sent.start or self._sent_of[token.i] == 0:
            return None
        before = doc_sents(self.doc)[self._sent_of[token.i] - 1]
        formed = {self._named[o.i].id: self._named[o.i] for v in before if v.pos_ == "VERB"
                  and v.lemma_.lower() in FOUNDING_VERBS for o in children_of(v)
                  if o.dep_ == "dobj" and o.i in self._named and self._named[o.i].type not in ("PERSON", "LOCATION", "STATE")}
        return self.actors.get(next(iter(formed)), next(iter(formed.values()))) if len(formed) == 1 else None

    def _taken_place(self, token: Token) -> Actor | None:
        """The place an object pronoun of a verb of taking or leaving ground refers back to (``place_pronoun_verbs``):
        "The M23 advanced on Goma in January. The rebels seized it", "Houthi fighters entered Aden. They withdrew
        from it in July". The verb says the pronoun is a place; it is the one place the latest sentence (within
        the pronoun's window) to name a place makes an argument of -- a subject's or object's, or a noun's ("the
        siege of X"), or a reaching preposition's on a verb ("advanced on X") -- never one named only as where
        something happened ("the deal was signed in Vienna. The US withdrew from it"). Nothing where that sentence
        makes two places arguments, or where a singular thing ("the deal", "a tanker"), an unresolved pronoun or,
        for a verb of leaving, an intergovernmental or civic body ("the bloc") stands between the place and the pronoun as
        another argument: which of them is meant, the text does not say."""
        if token.tag_ != "PRP" or token.lower_ not in NEUTER_PRONOUNS or token.dep_ not in ("dobj", "pobj"):
            return None
        verb, leaving = token.head, False
        if token.dep_ == "pobj":  # "withdrew from it", "pulled out of it"
            prep = token.head
            verb = prep.head if prep.head.dep_ != "prt" else prep.head.head
            if verb.dep_ == "prt" or verb.pos_ == "ADP":
                verb = verb.head
            leaving = True
            if prep.lower_ not in ("from", "of") or verb.lemma_.lower() not in PLACE_PRONOUN_VERBS["leaving"]:
                return None
        elif verb.lemma_.lower() in PLACE_PRONOUN_VERBS["leaving"]:
            leaving = True
        elif verb.lemma_.lower() not in PLACE_PRONOUN_VERBS["taking"]:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        sent, window = self._sent_of[token.i], ANAPHORS[token.lower_][1]
        places = [i for i, a in self._named.items() if i < token.i and a.type == "LOCATION"
                  and 0 <= sent - self._sent_of[i] <= window and self.doc[i].head.i != token.i]
        if not places:
            return None
        last = max(self._sent_of[i] for i in places)
        argued = [i for i in places if self._sent_of[i] == last and self._place_argument(self.doc[i])]
        found = {self._named[i].id: self._named[i] for i in argued}
        if len(found) != 1:
            return None
        (place,) = found.values()
        first = min(argued)
        subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ in ("conj", "xcomp", "advcl"):  # ("entered X and seized it", "moved to take it")
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        own = {t.i for s in subjects for t in s.subtree}
        start = self.doc[first].sent.start
        for t in self.doc[start:token.i]:
            if t.i in own or t.i in argued or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") \
                    or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY") \
                    or t.tag_ in ("NNS", "NNPS") or any(self.doc[i] in t.subtree for i in argued) \
                    or t.dep_ == "dobj" and any(self.doc[i].head.head == t.head for i in argued):
                continue  # (nor "laid siege to X", "launched an assault on X": the event whose target the place is)
            if t.i in self._named:
                other = self._named[t.i]
                if other.type == "LOCATION" and self._sent_of[t.i] == last and not self._place_argument(t):
                    continue  # ("advanced on Goma in North Kivu": where, not what)
                if other.type == "PERSON" or other.id == place.id or other.type != "LOCATION" and (
                        not leaving or other.type not in ("IGO", "ORGANIZATION")):
                    continue
                if t.i < first and t.dep_ in ("nsubj", "nsubjpass"):
                    continue  # ("The Taliban attacked Kunduz. Troops abandoned it": the one who acted on the place)
                return None
            if t.pos_ == "PRON":
                if t.tag_ != "PRP" or t.lower_ not in NEUTER_PRONOUNS:
                    continue
                seen = [r.actor for r in self.refs(t, ACTOR)]
                if seen and all(a.id == place.id or a.type not in ("LOCATION", "PERSON") and (
                        not leaving or a.type not in ("IGO", "ORGANIZATION")) for a in seen):
                    continue
                return None
            if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP"):
                kinds = ANAPHORS[t.lower_][0] if t.lower_ in ANAPHORS else ()
                if t.lower_ in SPEAKER_NOUNS or kinds and "LOCATION" not in kinds and (
                        not leaving or not {"IGO", "ORGANIZATION"} & set(kinds)):
                    continue  # ("a spokesman for the junta": a person, a body no one takes or leaves)
                seen = [r.actor for r in self.refs(t, ACTOR)]
                if seen and all(a.id == place.id or a.type == "PERSON" or a.type != "LOCATION" and (
                        not leaving or a.type not in ("IGO", "ORGANIZATION")) for a in seen):
                    continue
                return None
        return place

    def _own_personnel(self, token: Token) -> bool:
        """Whether a plural object pronoun is the personnel its clause's subject sent or keeps, named as the nearest
        plural before it in its sentence ("Russia, which deployed peacekeepers to X, pulled them out of it", "Chad
        posted soldiers on the border and later recalled them"; ``sent_personnel_nouns``, ``own_force_verbs``): those
        forces, no actor named before -- not the pair of states a plural pronoun would otherwise take."""
        if token.lower_ not in PLURAL_PRONOUNS or token.dep_ != "dobj":
            return False
        plural = next((t for t in reversed(self.doc[token.sent.start:token.i]) if t.tag_ in ("NNS", "NNPS")), None)
        if plural is None or plural.lower_ not in SENT_PERSONNEL_NOUNS or plural.dep_ != "dobj" \
                or plural.i in self._named or plural.head.lemma_.lower() not in OWN_FORCE_VERBS:
            return False
        senders = self._own_clause_subjects(plural)
        return bool(senders & self._own_clause_subjects(token))

    def _place_argument(self, tok: Token) -> bool:
        """Whether a place name is an argument of its clause (what a verb or noun is about: "advanced on X",
        "entered X", "the siege of X", "X fell"), not only where something happened ("signed in Vienna")."""
        while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            return True
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in PLACE_PRONOUN_VERBS["reaching"]:
            return True
        return prep.head.pos_ in ("NOUN", "PROPN") and prep.lower_ not in PLACE_PREPOSITIONS  # "the siege of X", not "fighting around X"

    def _across_dateline(self, token: Token, found: Actor) -> bool:
        """Whether a dateline other than the article's first ("LISAN, Veltria - " opening a caption or an entry)
        stands between ``token`` and the last mention of ``found``: a new dated item tells of its own place, and
        the dateline's place is no mention the anaphor could reach."""
        starts = sorted(a for a, _ in self.doc._.datelines)[1:]
        last = max((a for a in starts if a < token.idx), default=None)
        if last is None:
            return False
        mentions = [seen.token for seen in self._history if seen.actor.id == found.id and seen.token < token.i]
        return bool(mentions) and self.doc[max(mentions)].idx < last

    def _repelled_attempter(self, token: Token) -> Actor | None:
        """"X pushed back the militia when it tried to take Y", "X repelled Z as it stormed W": the subject pronoun
        of a "when/as" clause on a verb of repelling (``OUTCOME_HOSTILITY_VERBS``) is the one repelled, its named
        object -- the one who tried, not the one who fought it off."""
        clause = token.head
        if token.pos_ != "PRON" or token.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(
                c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while") for c in children_of(clause)):
            return None
        governor = clause.head
        if governor.lemma_.lower() not in OUTCOME_HOSTILITY_VERBS or not (clause.lemma_ in INTENT_VERBS or any(
                f.predicate == "attacks" for f in VERB_FRAMES.get(clause.lemma_, ()))):
            return None  # (an attempt or an assault only: "... when it retook Y" may be either side's success)
        repelled = {r.actor.id: r.actor for c in children_of(governor) if c.dep_ == "dobj"
                    for r in self.refs(c, ACTOR) if r.actor.type not in ("LOCATION", "PERSON")}
        return next(iter(repelled.values())) if len(repelled) == 1 else None

    def _misparsed_apposition(self, token: Token, types: tuple[str, ...]) -> Actor | None:
        """"the STC, the separatist movement backed by the UAE that controls Aden": a modified description right
        after a name and a comma is that name's apposition, wherever the parser hung it (here as the subject of
        the relative clause) -- never an actor named before the name. Not a speaker's subject ("X struck Y,
        the group said"): that one is the description of another."""
        if token.pos_ != "NOUN" or token.dep_ == "appos" or not _definite(token) or token.dep_ == "nsubj" \
                and token.head.lemma_.lower() in SPEECH_VERBS:
            return None
        if not any(c.dep_ in ("amod", "acl", "relcl") for c in children_of(token)):
            return None
        edge = token.left_edge.i
        named = self._named.get(edge - 2) if edge >= 2 and self.doc[edge - 1].text == "," else None
        if named is None or named.type not in types or self.doc[edge - 2].head.i == token.i:
            return None
        return named

    def _any_armed_group(self, token: Token, role: str) -> list[Ref] | None:
        """ref57: "X has at no point shipped guns to any rebel faction in Z", "X denies arming any faction", "vowed
        not to back any militia": an armed body "any" opens under a denied backing is the one armed group the
        text has named before (the rule reads the backing denied); with two or more named, None (left as before).
        Only under a backing verb (``VERB_FRAMES`` "supports") that is negated or denied: "any group that attacks
        us", "has not attacked any group" are left alone."""
        if role != ACTOR or token.pos_ != "NOUN" or token.lower_ not in OPEN_ARMED_NOUNS or not any(
                c.dep_ == "det" and c.lower_ == "any" for c in children_of(token)):
            return None
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or not any(
                f.predicate == "supports" for f in VERB_FRAMES.get(verb.lemma_.lower(), ())):
            return None
        # (its own negation, or a denying verb right above it: "denies arming any"; not "denies it, but admits it
        # has armed any group that asked", where the denial governs another clause)
        if not any(c.dep_ == "neg" for c in children_of(verb)) and not (
                verb.dep_ in ("xcomp", "ccomp", "pcomp") and verb.head.lemma_.lower() in DENYING_VERBS):
            return None
        groups = {a.id: a for i, a in self._named.items() if i < token.i and a.type == "ARMED_GROUP"}
        if len(groups) != 1:
            return None
        actor = next(iter(groups.values()))
        return [Ref(self.actors.get(actor.id, actor), "anaphor")]

    def _named_later(self, token: Token) -> Actor | None:
        """"The town fell to the militants in 2020 ... The insurgents, who call themselves X, ...": a rebel
        description that found no antecedent stands for the armed group a later rebel description names (a
        nickname participle, "who call themselves X", an apposition) within a few sentences -- only where the
        text named no other armed group before that naming, and the naming gives one."""
        if token.pos_ != "NOUN" or token.lower_ not in REBEL_NOUNS or token.tag_ != "NNS" or not _bare_the(token):
            return None
        window = REFERENCE_WINDOWS.get("named_later", 3)
        sent = self._sent_of[token.i]
        for t in self.doc[token.i + 1:]:
            if self._sent_of[t.i] - sent > window:
                return None
            if not self._names_itself(t):
                continue
            refs = [r for r in self.refs(t, ACTOR) if r.kind == "name"]
            if len(refs) != 1 or refs[0].actor.type != "ARMED_GROUP":
                return None
            actor = refs[0].actor
            if any(a.type == "ARMED_GROUP" and a.id != actor.id for i, a in self._named.items()
                   if i < t.i and not _hyphen_modifier(self.doc[i])):
                return None  # ("The rebels ... X's fighters ... the insurgents, known as Y": X's rebels, or Y?)
            return actor
        return None

    def _set_against(self, token: Token, found: Actor) -> Actor | None:
        """"X, the group the US designated ... He was also charged with funding Y, a smaller militia. The militia
        has fought ...": an armed group the text brings in by comparison with another ("a smaller militia",
        "another group") is set beside the one the story is about; a definite singular description in a later
        sentence is that one, the armed group named before it."""
        # ("the militia, which has fought X, ...": a relative clause may follow; nothing may qualify it before)
        if token.pos_ != "NOUN" or token.tag_ != "NN" or found.type != "ARMED_GROUP" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)) or any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in children_of(token)):
            return None
        mentions = sorted(i for i, a in self._named.items() if a.id == found.id and i < token.i)
        if not mentions or self._sent_of[mentions[0]] == self._sent_of[token.i]:
            return None
        first = self.doc[mentions[0]]
        compared = any(c.dep_ == "appos" and c.pos_ == "NOUN" and any(
            m.tag_ == "JJR" or m.dep_ == "det" and m.lower_ == "another" for m in children_of(c)) for c in children_of(first))
        if not compared:
            return None
        before = [a for i, a in sorted(self._named.items()) if i < mentions[0] and a.type == "ARMED_GROUP"
                  and a.id != found.id]
        return before[-1] if len({a.id for a in before}) == 1 else None

    def _one_among_many(self, token: Token, found: Actor) -> bool:
        """"the separatists" after "X, one of the biggest armed groups": a plural description of a movement of
        many refers to them all, not to the one group the text names as one among them."""
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lower_ not in _REBEL_HEADS or found.type != "ARMED_GROUP":
            return False
        for i, actor in self._named.items():
            if i >= token.i or actor.id != found.id:
                continue
            for appos in self.doc[i].children:
                if appos.dep_ == "appos" and appos.lower_ == "one" and any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in children_of(appos)):
                    return True
        return False

    def _section_topic(self, token: Token, types: tuple[str, ...]) -> Actor | None:
        """The actor ``token``'s section heading is -- the heading is its name and nothing else, or asks
        "Who/What is <name>?" -- of a type the anaphor accepts; not "Who backs the Kestrian Front?" (the
        answer's "it" is the backer). Only for a subject or possessive anaphor: an object pronoun may
        mean a thing the resolver does not know."""
        if token.dep_ not in ("nsubj", "nsubjpass", "poss") or token.lower_ in _PERSON_ONLY_PRONOUNS:
            return None
        label = self._item_label(token)
        span = self.doc.char_span(*label, alignment_mode="expand") if label is not None else self._heading(token)
        if span is None:
            return None
        actors = {a.id: a for i, a in self._named.items() if span.start <= i < span.end}
        if not actors and not span.text.endswith("?"):
            # "The Congolese army (FARDC)": a heading that is one description of one actor
            root = span.root
            refs = self.refs(root, ACTOR) if root.pos_ in ("NOUN", "PROPN") else []
            words = [t for t in span if not (t.is_punct or t.is_space)]
            # (not a description read back to a body named earlier: "THE REBELS" over a list of rebel groups
            # heads what follows, and is not the army the paragraph before named)
            if len(refs) == 1 and refs[0].actor.type in types and refs[0].kind != "anaphor" \
                    and all(root in t.ancestors or t == root for t in words):
                return refs[0].actor
        if len(actors) != 1:
            return None
        actor = next(iter(actors.values()))
        if actor.type not in types:
            return None
        # "Who are the Houthis?" asks what the name is: the same topic as the bare name
        asked = 2 if len(span) > 3 and span[-1].text == "?" and span[0].tag_ in ("WP", "WDT") and span[1].lemma_ == "be" else 0
        named = [t for t in span[asked:] if t.i in self._named or t.is_punct or t.lower_ == "the"
                 or (t.text.isupper() and t.text in actor.aliases)]
        return actor if len(named) == len(span) - asked else None

    def _asked_about_only(self, token: Token, actor: Actor) -> bool:
        """Whether a subject anaphor's antecedent is named, in its section, only by a question heading
        whose subject is its "who"/"what" ("Who backs X?"): the answer's "it" is the one asked for."""
        if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return False
        span = self._heading(token)
        if span is None or span[-1].text != "?" or span[0].tag_ not in ("WP", "WDT") \
                or span[0].dep_ != "nsubj" or span[0].head.lemma_ == "be":
            return False
        named_in = [i for i, a in self._named.items() if a.id == actor.id and i < token.i]
        return bool(named_in) and all(span.start <= i < span.end for i in named_in if i >= span.start)

    def _heading(self, token: Token):
        """The last section heading before ``token``, as a span (None if there is none)."""
        heading = next((h for h in reversed(getattr(self.doc._, "headings", ())) if h[1] <= token.idx), None)
        return self.doc.char_span(*heading, alignment_mode="expand") if heading is not None else None

    def _item_label(self, token: Token) -> tuple[int, int] | None:
        """The label of ``token``'s list item ("- Kestrian Front: ... it ..."), if it has one before ``token``."""
        line_start = doc_text(self.doc).rfind("\n", 0, token.idx) + 1
        return next((span for span in getattr(self.doc._, "labels", ()) if line_start <= span[0] and span[1] <= token.idx),
                    None)

    def _first_after_label(self, token: Token) -> bool:
        """Whether ``token`` opens a sentence of a labelled item with no other name between the label and it
        ("- Kestrian Front: the largest group. It holds Pellor")."""
        label = self._item_label(token)
        if label is None or token.left_edge.i != token.sent.start:
            return False
        span = self.doc.char_span(*label, alignment_mode="expand")
        if span is None:
            return False
        described = self._label_description(span, token)
        return not any(span.end <= i < token.i and not (described is not None and i < described.end)
                       for i in self._named)

    def _takes_up_unknown_label(self, token: Token) -> bool:
        """Whether ``token``, an "it"/"its" opening the sentence right after a list item's label and its description,
        takes up a label that names no actor: "- The Hill Rangers: a splinter of the KDU set up in 2021. It now
        raids ...", "- Outside help: a network run by X that arms Y. It also trains Z". The sentence goes on about
        the label (the resolver made no actor of it), not about a body its description names (ref59)."""
        if token.lower_ not in ("it", "its") or token.dep_ not in ("nsubj", "nsubjpass", "poss") \
                or token.left_edge.i != token.sent.start or (label := self._item_label(token)) is None:
            return False
        span = self.doc.char_span(*label, alignment_mode="expand")
        return span is not None and not any(span.start <= i < span.end for i in self._named) \
            and self._label_description(span, token) is not None

    def _label_description(self, label, token: Token):
        """The description a list item gives its label, as the sentence that holds both, when ``token``'s sentence
        comes right after it: "- The Red Hand: a splinter of the VDF set up in 2021. It now raids ...". The
        description says what the label is (its root is the label's name), so the bodies it names to say so (the
        VDF) are not what the next sentence's subject pronoun takes up. None where a sentence with a verb of its
        own comes between, or the label's sentence goes on to say what someone did; none either for a bare label (a
        transcript's "A: It is ...": a speaker's label, which says nothing of what "it" is)."""
        sent = self.doc[label.start].sent
        if not (label.start <= sent.root.i < label.end) or sent.end > token.sent.start \
                or all(t.is_punct or t.is_space for t in self.doc[label.end:sent.end]):
            return None
        if any(not (t.is_space or t.is_punct) for t in self.doc[sent.end:token.sent.start]):
            return None
        return sent

    def _listed_below(self, token: Token, role: str) -> list[Ref]:
        """"The Department designated the following groups as terrorist organisations:" over bulleted lines that each
        open with a name ("- Los Zetas", "- the Gulf Cartel (CDG)"): a plural noun announcing a list
        (``list_announcing_words``) in a sentence that ends with a colon stands for the actors the items below name;
        [] elsewhere, or where an item opens with no name (a list of reasons, of dates)."""
        if token.tag_ not in ("NNS", "NNPS") or not any(
                c.dep_ in ("amod", "det", "compound") and c.lower_ in LIST_ANNOUNCING_WORDS for c in children_of(token)):
            return []
        text = doc_text(self.doc)
        closing = text[token.idx:token.sent.end_char].rstrip()
        if not closing.endswith(":"):
            return []
        colon = token.idx + len(closing) - 1
        starts = sorted(i for i in self._named if self.doc[i].idx > colon)
        out: list[Ref] = []
        for line_start, line in _lines_after(text, colon):
            if not line.strip():
                continue
            item = BULLET_ITEM.match(line)
            if item is None:
                break  # the list has ended
            first = line_start + item.end()
            first += 4 if text[first:first + 4].lower() == "the " else 0
            name = next((i for i in starts if self.doc[i].idx == first), None)
            if name is None:
                return []
            out.extend(r for r in self.refs(self.doc[name], role) if r not in out)
        return out

    def _alone_in_item(self, token: Token, types: tuple[str, ...]) -> bool:
        """Whether ``token`` sits in a list item ("- Led by N, its commander, ...") where no actor of a type it
        may refer to is named before it: under a heading that names one actor, the item speaks of that actor."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, token.idx) + 1
        if not text[line_start:token.idx].lstrip(" \t")[:1] in BULLETS or not text[line_start:token.idx].strip():
            return False
        return not any(line_start <= self.doc[i].idx < token.idx and a.type in types for i, a in self._named.items())

    def _opens_item(self, token: Token) -> bool:
        """Whether ``token``'s phrase opens a list item or paragraph ("- It was founded ...", "The group ...")."""
        text, start = doc_text(self.doc), token.left_edge.idx
        return not text[text.rfind("\n", 0, start) + 1:start].strip(BULLETS + " \t")

    def _antecedent_in_text(self, token: Token, spec: tuple[tuple[str, ...], int] | None = None, *,
                            past: bool = False) -> Actor | None:
        types, window = spec or ANAPHORS[token.lower_]
        avowed = self._avowal_speaker(token, types)
        if avowed is not None:
            if avowed is False:
                self._unbound.add(token.i)
            return avowed or None
        speaker = _speaker_of(token)
        plural_speaker: set[str] = set()
        if speaker is not None and token.dep_ in ("nsubj", "nsubjpass") and _plural_speaker(speaker, token):
            # "UN officials say it is backed by X": "it" agrees with no plural speaker, and so is not the body
            # the speakers serve (read as elsewhere, that body left out)
            plural_speaker = {r.actor.id for r in self.refs(speaker, ACTOR)} | {
                self._named[t.i].id for t in speaker.subtree if t.i in self._named}
            speaker = None
        if speaker is not None and self._singular_state_speaker(speaker, token):
            plural_speaker = {r.actor.id for r in self.refs(speaker, ACTOR)}
            speaker = None
        if speaker is not None:
            # "Sudan's army said it had recaptured...", "the ministry said its forces had...": the speaker
            # is the subject of what it says ("She said his fighters ...": his is not hers).
            refs = self.refs(speaker, ACTOR)
            if refs and token.lower_ in _PERSON_ONLY_PRONOUNS and speaker.pos_ == "NOUN" \
                    and speaker.lemma_.lower() in _UNNAMED_SPEAKER_NOUNS and all(r.actor.type != "PERSON" for r in refs):
                # "Malaysia's representative said his country ...": his is the unnamed speaker's, whom the
                # resolver reads only as the body he speaks for -- no person named before
                self._unbound.add(token.i)
                return None
            if refs and speaker.lower_ in SEATED_OFFICIAL_NOUNS and speaker.tag_ == "NNS" and token.dep_ == "nsubjpass":
                # "Officials in Paris believe they are held by X": who is held, hit or taken is seldom the state
                # whose officials say so (hostages, nationals): left open
                self._unbound.add(token.i)
                return None
            if refs and not (refs[0].actor.type == "PERSON" and self._gender_contradicts(token, speaker, refs[0].actor)):
                if refs[0].actor.type in types:
                    return self._unless_coordinated(token, speaker, refs[0].actor)
            elif not refs and speaker.pos_ == "NOUN" and not (
                    speaker.tag_ == "NNS" and token.morph.get("Number") == ["Sing"]
                    and not any(t.i in self._named for t in speaker.subtree)) and not (
                    # "X has not joined the talks. A spokesman said it would ...": a person says "it" of the
                    # body he speaks for, never of himself -- read as elsewhere
                    speaker.tag_ == "NN" and speaker.lemma_.lower() in SPEAKER_ANTECEDENTS
                    and token.lower_ not in _PERSON_ONLY_PRONOUNS and token.lower_ not in PLURAL_PRONOUNS
                    and not any(c.dep_ == "prep" for c in children_of(speaker))):
                # ("Experts say it is backed by X": many unnamed speakers are no "it"; it is read as elsewhere --
                # but not past "UN experts", whose body the sentence names)
                self._unbound.add(token.i)
                return None  # "An alliance of armed groups said it...": it is that unnamed speaker
        if token.lower_ in THIRD_PERSON_PRONOUNS - {"he", "him", "his", "she", "her"}:
            local = self._local_antecedent(token, types)
            if local is not None:
                if local is False:
                    self._unbound.add(token.i)
                return local or None
        sent = self._sent_of[token.i]
        beside = self._misparsed_apposition(token, types)
        if beside is not None:
            return beside
        # An anaphor never refers to the phrase it sits in ("Turkey, its closest ally").
        # (a conjunct before the one it sits in is another phrase: "A and the B, the body he chairs" may be A)
        excluded, listed = set(), set()
        for a, below in zip(token.ancestors, (token, *token.ancestors)):
            if a.i in self._named:
                (listed if below.dep_ == "conj" else excluded).add(self._named[a.i].id)
        # nor to a name inside its own phrase ("Islamic State-linked insurgents")
        excluded |= {self._named[t.i].id for t in token.subtree if t.i in self._named and t.i != token.i}
        if token.pos_ == "NOUN":  # nor a description to a name it is listed with ("X and the militia": two bodies)
            excluded |= listed | {self._named[t.i].id for t in token.conjuncts if t.i in self._named}
        # nor, as an object, to the subject of its own clause ("Hamas condemned the group" is not Hamas);
        # a pronoun there may mean a thing the resolver does not know ("seized the ship ... seized it")
        own_subjects = self._own_clause_subjects(token)
        if token.pos_ != "PRON" or _parting_object(token) or _agent_object(token) and any(
                a.id not in own_subjects and a.type != "LOCATION" and self._sent_of[i] == self._sent_of[token.i]
                and self.doc[i].dep_ not in ("amod", "compound", "poss", "nmod") for i, a in self._named.items() if i < token.i):
            # (the accused is an actor its sentence names, not as a modifier: "Kosovo turned back a (Serbian) convoy,
            # accusing it of ...": the convoy, neither an actor named sentences before nor the convoy's owner)
            excluded |= own_subjects
        elif token.dep_ == "poss" and (_attack_target(token.head) or _owner_framed_as_object(token.head)):
            # "Uganda launched an offensive against its camps": no one attacks its own camps (nor is the named
            # operation launched against them their owner: "launched Operation N against its camps"); nor freezes
            # its own assets ("placed X under sanctions, freezing its assets": X's, poss35)
            act = token.head.head.head if token.head.dep_ == "pobj" else token.head.head  # (the verb or noun of attack)
            attackers = self._noun_attackers(act) or self._own_clause_subjects(token.head)
            excluded |= attackers | self._counterparts(attackers) | {
                self._named[c.i].id for c in children_of(act) if c.dep_ == "dobj" and c.i in self._named}
        elif token.dep_ == "poss" and _appraised_act(token.head):
            # "Britain commended its operations against X": an onlooker judges another's act, not its own
            excluded |= self._own_clause_subjects(token.head)
        elif token.dep_ == "poss" and _dismissed_talks(token.head):
            # "X quit Y after rejecting its talks with Z": one sets oneself against another's talks, not its own
            excluded |= self._own_clause_subjects(token.head) | self._gerund_subjects(token.head.head)
        excluded |= self._copula_subjects(token) | self._coordinated_own_subjects(token)
        passed = self._past_own_subjects(token, own_subjects) if past else set()
        excluded |= passed | plural_speaker | self._names_in_reported_quotation(token) | self._quoting_speaker(token)
        head = token.head
        if token.dep_ == "poss" and head.i in self._named:
            excluded.add(self._named[head.i].id)
        if token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "relcl":
            # nor, as the subject of a relative clause, to what the clause is about ("X, of which it is a member",
            # "a smaller group which it has fought", "the force it had agreed to accept"): they are two
            # (and its acronym in apposition, and the name that closes the phrase before the comma, wherever the
            # parser hung the clause: "the principles of the Council of X (CX), of which it is a member")
            antecedents = [t for a in self.relative_antecedents(head) if a.i != token.i
                           for t in (a, *(c for c in children_of(a) if c.dep_ == "appos"))]
            relative = next((c for c in head.subtree if c.tag_ in ("WDT", "WP") and c.i < token.i), None)
            before = relative.i - 1 if relative is not None else -1
            while before > 0 and (self.doc[before].is_punct or self.doc[before].tag_ == "IN"):  # (", of which")
                before -= 1
            if relative is not None and before >= 0 and before in self._named:
                closing = self.doc[before]
                antecedents += [closing, *(closing.head,) * (closing.dep_ == "appos")]
            excluded |= {r.actor.id for t in antecedents
                         for r in ([Ref(self._named[t.i], "name")] if t.i in self._named else self.refs(t, ACTOR))}
        if token.pos_ == "PRON" and token.dep_ in ("nsubj", "nsubjpass"):
            # a subject pronoun is none of the names its clause goes on to use ("He broke with Baghdadi": not
            # Baghdadi); a name after it in the clause it governs would be a pronoun if it were the same
            excluded |= {self._named[t.i].id for t in head.subtree if t.i > token.i and t.i in self._named}
            excluded |= {self._named[t.i].id for c in _fronted_modifiers(head, token) for t in c.subtree
                         if t.i in self._named}
        # The sentence of the most recent compatible mention; within it, the most prominent
        # mention (a subject, else the one closest to the root) -- "Wad Madani, the capital
        # of Gezira state ... the city" is Wad Madani, not Gezira.
        if token.pos_ == "NOUN":  # "the alliance" is the Three Brotherhood Alliance, if one was named
            noun = token.lemma_.lower()
            ahead = self._named_ahead(token, noun, types)
            if ahead is not None:
                return ahead
            # (a coalition named so is remembered longer: "the alliance" is the Alliance of X named paragraphs
            # before, not a group named since that is no alliance)
            reach = 3 * window if token.lower_ in COALITION_NOUNS else window
            for seen in reversed(self._before(token.i)):
                if seen.token >= token.i or seen.actor.id in excluded or seen.actor.type not in types:
                    continue
                if sent - seen.sent > reach:
                    break
                head = _name_head(seen.actor.name)
                if head == noun or head == noun + "s":  # the name's own head noun: "Three Brotherhood Alliance",
                    if token.lower_ not in COALITION_NOUNS and self._subject_of_kind_since(seen, token):
                        break  # ("the Wagner Group ... Al-Shabaab raided X. The group ...": the later subject, read below)
                    if token.lower_ not in COALITION_NOUNS and self._passing_beside_topic(seen, excluded, reach):
                        # ("The Y Army raided X. Hostages were freed by the Z Group. N accused M of arming the
                        # group": the topic, or the name in passing? two live candidates, neither)
                        self._ambiguous.add(token.i)
                        return None
                    return seen.actor                   # "Alliance of Sahel States"
        if token.pos_ == "NOUN" and _definite(token):
            described = self._described_by_noun(token, types, excluded, window)
            if described is not None:  # "X, a Druze militia, ... Y's offensive ... the militia": X, called so
                if described is False:
                    self._ambiguous.add(token.i)
                return described or None
        if token.pos_ == "NOUN" and token.lower_ in VAGUE_REGION_NOUNS and self._unnamed_ground_before(token):
            self._ambiguous.add(token.i)  # "held a hill near the temple and would not leave the area": the hill's, maybe
            return None
        found: list[_Seen] = []
        kind_words = set(NAMED_KIND_ANAPHORS.get(token.lower_, ())) if token.pos_ in ("NOUN", "PROPN") else set()  # ("the Mission", capitalised)
        reach = 2 * window if kind_words else window  # (a body of that kind, named so, is remembered longer)
        for seen in reversed(self._before(token.i)):
            if seen.token >= token.i:
                continue
            if sent - seen.sent > reach or (found and seen.sent != found[0].sent):
                break
            if kind_words and not any(w in kind_words for n in seen.actor.names for w in n.lower().split()) \
                    and not self._described_as(seen.actor, kind_words):
                continue  # "the mission" is no bloc or union named before, only a mission or force
            if token.pos_ == "NOUN" and _names_only_modified(token.lower_, seen.actor):
                continue  # "the X Democratic Alliance Army ... a member of the alliance": another body
            if token.pos_ == "NOUN" and _set_aside(self.doc[seen.token]):
                continue  # "A rather than B was the threat, and the group ...": never B, named as who is not meant
            if seen.actor.type in types and seen.actor.id not in excluded and self._place_fits(token, seen.actor) \
                    and self._number_fits(token, seen) and self._gender_fits(token, seen) and self._kind_fits(token, seen.actor) \
                    and not (token.pos_ == "NOUN" and self._acting_capital(seen)):
                found.append(seen)
        if found and self._harboured_pronoun(token) and any(self._state_speaker(f) for f in found):
            # "X's attackers hide abroad, officials in X say. Y denied sheltering them": the ones sheltered, never
            # the state whose officials told it; an armed body among the candidates if it is the only one
            found = [f for f in found if f.actor.type == "ARMED_GROUP"]
            if len({f.actor.id for f in found}) != 1:
                self._ambiguous.add(token.i)
                return None
        if not found:
            return None
        if any(self._group_of_another_state(token, f) for f in found):
            # "backing the ADF rebels in eastern Congo ... the insurgents overran Karonga" (in Malawi): a group of
            # another conflict, or another beside it -- which one, the reader cannot tell
            self._ambiguous.add(token.i)
            return None
        if kind_words and len({f.actor.id for f in found
                               if f.token in self._named and self.doc[f.token].dep_ not in _MODIFIER_DEPS}) > 1:
            # "X, an umbrella of militias, and Y, an umbrella of factions, ... the umbrella": two of its kind named,
            # neither (a name modifying another's description is none: "X, the United Nations force, ... the mission")
            self._ambiguous.add(token.i)
            return None
        ruled_out = self._gender_ruled_out(token, found) if token.pos_ == "PRON" and "PERSON" in types else None
        if ruled_out is not None:  # "Mrs A met Mr B. She ...": not Mr B
            found = [f for f in found if f.actor.id != ruled_out]
        if token.pos_ == "NOUN" and len(types) > 1 and len({f.actor.type for f in found}) > 1 \
                and token.lower_ in RIVAL_KIND_ANAPHORS:
            self._ambiguous.add(token.i)  # "X attacked AU troops. The organisation ...": the group or the AU?
            return None
        if token.lower_ in THIRD_PERSON_PRONOUNS and len(found) > 1 and found[0].sent == sent:
            found = [f for f in found if f.sent == sent]
            if token.dep_ == "poss" and _appraised_act(token.head) and len({f.actor.id for f in found}) > 1:
                # "Britain praised Kenya's support for the Somali army and commended its operations": the backer's,
                # or the backed army's?
                self._ambiguous.add(token.i)
                return None
        bound = self._bound_to_clause_subject(token, found, excluded)
        if bound is not None:  # "Hamas said Israel must end its offensive": Israel's, its own clause's subject
            return bound
        best = min(found, key=lambda s: (not s.subject, _depth(self.doc[s.token]), -s.token))
        if token.lower_ in THIRD_PERSON_PRONOUNS and _subject_of_relative_aside(self.doc[best.token], token, types):
            # "The militia, which Canada lists as a terrorist group, raided X; its fighters ...": the militia's,
            # left unnamed -- never the state of the aside (prec54)
            self._ambiguous.add(token.i)
            return None
        if token.dep_ == "poss" and _owner_framed_as_object(token.head) and not _attack_target(token.head) \
                and (best.sent != sent or best.subject):
            # "A sanctioned X, and B froze its assets" (X unknown): the owner acted on is a party of its own sentence
            # the clause acts on, not another subject nor an actor of a sentence before (poss35)
            self._ambiguous.add(token.i)
            return None
        if any(f.actor.id in listed and f.actor.id != best.actor.id for f in found):
            self._ambiguous.add(token.i)  # "N met M and the X Institute, the body he chairs": N's, or M's?
            return None
        parallel = self._parallel_object(token, best, found)
        if parallel is not None:  # "A accused X of ... B also accused it": the object of the same verb, as before
            if parallel is False:
                self._ambiguous.add(token.i)
            return parallel or None
        if token.pos_ == "NOUN" and token.lower_ in REBEL_NOUNS:
            called = self._called_rebels(token, reach)
            if called and best.actor.id not in called:
                # "The insurgents, who call themselves X, ... Y has claimed their attacks ... the militants
                # stormed Z": the one group the text called insurgents, not the last one named
                self._ambiguous.add(token.i)
                return None
            if not best.subject and self._open_subject_of(self.doc[best.token]):
                # "The group gets arms from X, a coalition of ... Z gives the rebels nothing": the subject that
                # took X from, left open, carries a topic the rebels may be -- not X it named
                self._ambiguous.add(token.i)
                return None
            if self._set_apart(token, best):
                # "The engineers are held by X, a group allied with the rebels. ... The rebels' leader ...": the
                # text told X beside another it called "the rebels", so X is not what that word means
                self._ambiguous.add(token.i)
                return None
            named = {a.id for a in self._named.values()}  # (a group the text names, not "Kassarian rebels")
            same = {i for i in self._called_rebels(token, sent, token.lower_) if i in named}
            if same and best.actor.id not in same:
                # ("The insurgents, known as X, ... [paragraphs on] the Y rebels ... insurgents attacked Z": the
                # group the text called by that very noun, however long ago, may be meant as well as the last one)
                self._ambiguous.add(token.i)
                return None
        if token.pos_ == "NOUN" and types == ("STATE",) and len(
                {f.actor.id for f in found if f is best or not self._locates_place(self.doc[f.token])}) > 1:
            self._ambiguous.add(token.i)  # "Sudan accused the UAE of arming X. The country denied it": which?
            return None
        if token.lower_ in THIRD_PERSON_PRONOUNS and best.sent != sent and _reacts(token) and any(
                f.actor.id != best.actor.id for f in found):
            self._ambiguous.add(token.i)  # "X shelled Y. It retaliated with drones": X, or Y answering?
            return None
        if token.lower_ in THIRD_PERSON_PRONOUNS and best.sent != sent and (
                self._open_pronoun_between(token, best.token) or self._topic_kept_beside(best, found)
                or self._coordinated_clause_subject(best, found)):
            # "X was founded in 2009. Y's army has fought it. Its commander ...": a pronoun there left open may
            # keep X the topic, the subject brought in Y -- which one "its" continues, the reader cannot tell
            self._ambiguous.add(token.i)
            return None
        if token.lower_ in THIRD_PERSON_PRONOUNS and best.token < _paragraph(token)[0] and not _main_subject(self.doc[best.token]) \
                and not (len({f.actor.id for f in found}) == 1 and any(
                    s.actor.id == best.actor.id and _main_subject(self.doc[s.token]) for s in self._before(best.token))):
            # past a paragraph break only the main subject before it stays salient enough -- or the one
            # candidate there, when it was a main subject before ("He joined X. N sent him to Y. // He broke...")
            self._ambiguous.add(token.i)
            return None
        if token.lower_ in THIRD_PERSON_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and not best.subject \
                and self._other_kind_subject(token, best, types):
            self._ambiguous.add(token.i)
            return None
        if token.lower_ in THIRD_PERSON_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and not best.subject:
            rival = self._prominent_subject(token, best, types)
            if rival is not None:  # an unnamed subject since: the pronoun continues it, not a name it mentioned
                if rival is False:
                    self._ambiguous.add(token.i)
                return rival or None
        # Past its own subjects an object pronoun takes only the subject of an earlier sentence, with no thing
        # named since ("seized a tanker ... released it") and no name beside it ("A and B met. C condemned
        # them": both?) -- "The Brigades [unknown] broke away from the Front. X condemned them" is not the Front.
        coordinated = [t for t in self._coordinated(self.doc[best.token]) if t.i != best.token and t.i in self._named]
        # (a person pronoun past its clause's subject to the one other person of its sentence is that person:
        # "X sacked Y, accusing him of treason")
        alone = types == ("PERSON",) and best.sent == sent and {f.actor.id for f in found} == {best.actor.id}
        # (or to the one person of an earlier sentence that its own subject's gender leaves: "Mrs A met Mr B. She
        # condemned him")
        alone = alone or (types == ("PERSON",) and bool(passed) and token.pos_ == "PRON"
                          and {f.actor.id for f in found} == {best.actor.id}
                          and PERSON_GENDERS.get(token.lower_) is not None
                          and all(self._known_gender(self.actors[p], token) not in (None, PERSON_GENDERS[token.lower_])
                                  for p in passed if p in self.actors))
        # (a pronoun owning that subject counts as it: "Her fighters seized X. N called her a criminal")
        owner = self.doc[best.token]
        topic = best.subject or (owner.dep_ == "poss" and owner.lower_ in THIRD_PERSON_PRONOUNS and owner.head.dep_ in ("nsubj", "nsubjpass")
                                 and types == ("PERSON",))
        if passed and not alone and not self._sole_accused(token, best, found, coordinated) and (not topic or coordinated or (
                types != ("PERSON",) and self._thing_between(token, best.token))):
            self._ambiguous.add(token.i)
            return None
        if best.actor.id in own_subjects and not past and self._past_own_subjects(token, own_subjects):
            return self._antecedent_in_text(token, spec, past=True)  # "The government designated it": not itself
        if best.actor.id in own_subjects or self._unknown_center(token, best, types):
            self._ambiguous.add(token.i)
            return None
        if token.lower_ in THIRD_PERSON_PRONOUNS and (self._unresolved_between(token, best.token, self._centered(
                token, best, {f.actor.id for f in found if f.actor.type != "LOCATION"} <= {best.actor.id})) or (
                not passed and self._other_local_subject(token, best.actor, types,
                                                         self._sole_past_binding(token, best, found)))):
            self._ambiguous.add(token.i)
            return None
        if token.dep_ == "poss" and token.pos_ == "PRON" and best.sent == sent and _opens_adverbial_clause(token) \
                and (any(f.actor.id != best.actor.id for f in found if f.sent == sent)
                     or self._other_main_clause_party(token, best.actor)):
            # "A will not talk to B while its fighters hold X": the owner of the adverbial clause's subject
            # may be either actor of the main clause
            self._ambiguous.add(token.i)
            return None
        reason = self._reason_of_two_parties(token, best.actor) if token.dep_ == "poss" and token.pos_ == "PRON" \
            and best.sent == sent and token.lower_ in THIRD_PERSON_PRONOUNS else None
        if reason is not None:
            if reason is not False and reason.type in types:
                return reason  # "the US sanctioned Iran over its support for Y": the one punished, for its conduct
            # "Turkey is at odds with Washington over its backing of X": the reason may be either party's conduct
            self._ambiguous.add(token.i)
            return None
        if token.pos_ == "NOUN" and _definite(token) and self._unnamed_described(token, best):
            self._ambiguous.add(token.i)  # "The Carlos front, a dissident faction, ... X ... The faction": that front
            return None
        if token.pos_ == "NOUN" and self._unnamed_namesake_between(token, best.token):
            self._ambiguous.add(token.i)  # "X backs southern separatists. The separatists took Y": those, unnamed
            return None
        if token.pos_ == "NOUN" and self._rival_between(token, best, types, excluded):
            self._ambiguous.add(token.i)
            return None
        if token.tag_ == "NNS" and ANAPHORS.get(token.lower_, ((),))[0] == ("ARMED_GROUP",) \
                and self._rival_group_nearby(token, best, excluded):  # "the militants", "the paramilitaries"
            self._ambiguous.add(token.i)
            return None
        if token.pos_ == "PRON" and token.lower_ in PLURAL_PRONOUNS and token.dep_ in ("dobj", "pobj") and best.sent == sent \
                and self._unnamed_plural_subject(token):
            # "the gunmen belonged to groups the party organised ...; the party denied arming them", "the patrols took up
            # arms against X, and the army supplied many of them": the unnamed plural told in the sentence, not X
            self._ambiguous.add(token.i)
            return None
        if token.lower_ in _PERSON_PRONOUNS and best.sent != sent and best.subject and self._met_another_person(best, ruled_out):
            self._ambiguous.add(token.i)  # "N met her Somali counterpart. She said ...": N, or the counterpart?
            return None
        if token.pos_ == "PRON" and token.dep_ == "poss" and not best.subject and best.sent == sent and any(
                s.subject and s.sent == best.sent and s.token < token.i and s.actor.type == "ORGANIZATION"
                and s.actor.type not in types and s.actor.id not in excluded for s in self._history):
            # "The committees refused to join the insurgents, and their leader said ...": the subject, a body this
            # pronoun is not read for, is as likely meant as the object it would otherwise fall to
            self._ambiguous.add(token.i)
            return None
        return self._unambiguous(token, best, found)

    def _unnamed_plural_subject(self, token: Token) -> bool:
        """Whether a clause of ``token``'s sentence, before it, has for subject a plural common noun that refers to no
        actor and is no speaker ("the gunmen belonged to ...", "the village patrols took up arms"): a body of people
        an object "them" may well mean."""
        for t in token.sent:
            if t.i >= token.i:
                break
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and t.pos_ == "NOUN" and t.i not in self._named \
                    and t.lower_ not in SPEAKER_NOUNS and t.lemma_.lower() not in SPEAKER_NOUNS \
                    and t.head.lemma_.lower() not in REPORTING_VERBS and not self.refs(t, ACTOR):
                return True
        return False

    def _bound_to_clause_subject(self, token: Token, found: list[_Seen], excluded: set[str]) -> Actor | None:
        """A neuter possessive ("its", "their") owning its verb's direct object, or the place a verb with no object
        moves from ("pulled back from their positions"), is the subject of that same clause where the subject is one
        actor of its number among the candidates (binding within the clause, before salience): "The rebels said the
        army must end its blockade" -- the army's, though the rebels are the main subject. Not where the verb is one of
        acting on another (attacking, taking, backing, blaming, listing: "X said Y seized its ships" may be X's), nor
        where the verb has an object of its own ("drove the militia from its base": the militia's, maybe), nor for a
        noun owned for a domain or counterpart (``domain_possession_nouns``: "its airspace", "its rivals"); only for what an
        actor does or holds itself (``agent_held_nouns``: "its offensive", "their bases", not "its children") and not on a
        verb of countering another (``countering_verbs``: "surrounded their positions"); nor for a relative pronoun or
        coordinated subjects (poss35)."""
        if token.dep_ != "poss" or token.pos_ != "PRON" or token.lower_ not in BODY_POSSESSIVES:
            return None
        noun = token.head
        if noun.lower_ in DOMAIN_POSSESSION_NOUNS or noun.lemma_.lower() in DOMAIN_POSSESSION_NOUNS \
                or _attack_target(noun) or _appraised_act(noun):
            return None
        if noun.lower_ not in AGENT_HELD_NOUNS and noun.lemma_.lower() not in AGENT_HELD_NOUNS:
            return None  # (only what an actor does or holds itself: "its offensive", "their bases", not "its children")
        if noun.dep_ == "dobj":
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.dep_ == "prep":
            verb = noun.head.head
            if verb.dep_ in ("prt", "advmod") and verb.head.pos_ == "VERB":
                verb = verb.head  # ("pulled back from their positions")
        else:
            return None
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") and c.i != noun.i for c in children_of(verb)):
            return None
        if verb.lemma_.lower() in COUNTERING_VERBS or any(f.predicate in _ACTING_ON_PREDICATES for f in VERB_FRAMES.get(verb.lemma_, ())):
            return None  # ("the army surrounded their positions": maybe the rebels')
        subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].i > token.i:
            return None
        subj = subjects[0]
        if subj.tag_ in ("WDT", "WP") or len(self._coordinated(subj)) > 1 \
                or any(c.dep_ in ("conj", "cc") for c in children_of(subj)):
            return None
        plural = token.lower_ in PLURAL_PRONOUNS
        if subj.pos_ == "PRON":
            if subj.lower_ not in SUBJECT_PRONOUNS or (subj.lower_ in PLURAL_PRONOUNS) != plural \
                    or subj.lower_ in _PERSON_ONLY_PRONOUNS:
                return None
        elif subj.tag_ not in (("NNS", "NNPS") if plural else ("NN", "NNP")):
            return None
        actor = self._sole_actor(subj)
        if actor is None or actor.id in excluded or actor.id not in {f.actor.id for f in found}:
            return None
        return actor

    def _parallel_object(self, token: Token, best: _Seen, found: list[_Seen]) -> Actor | bool | None:
        """For an object pronoun whose salient candidate is the subject of an earlier sentence that also has
        an object among the candidates: that object where the pronoun's verb repeats the verb (parallel roles:
        in "A backed X. B backed it too" it is X, not A); False (either) where the verb is another ("A armed
        X. B condemned it": X, or A?); None where there is no such object. Two verbs of designating are one act
        told again ("A listed X as a terrorist group in 2019. B banned it in 2006": X; :func:`_both_designate`),
        and the patient of a passive one is the object of the one coordinated with it ("X was banned by A in 2003,
        and B proscribed it": X)."""
        # (the subject of a passive with its doer named is the patient too: "A condemned X. It was also condemned
        # by B" is X, as "B also condemned it" would be)
        passive = token.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in token.head.children)
        verb, before = token.head, self.doc[best.token].head
        if token.pos_ == "PRON" and token.dep_ == "dobj" and best.subject and self.doc[best.token].dep_ == "nsubjpass" \
                and verb.dep_ == "conj" and verb.head == before and _both_designate(verb, before):
            return best.actor  # ("X was designated by A, and B listed it": X, the patient of both acts)
        if token.pos_ != "PRON" or (token.dep_ != "dobj" and not passive) or not best.subject \
                or best.sent == self._sent_of[token.i] and not (verb.dep_ == "conj" and verb.head == before and (
                    verb.lemma_ == before.lemma_ or _both_designate(verb, before))
                    and self.doc[best.token].dep_ != "nsubjpass"):
            return None  # (in its own sentence, only a clause coordinated with the subject's that repeats its act:
            # "A banned X, and B designated it" -- not where that subject is the patient: "X was banned by A, and B ...")
        fitting = {f.token: f.actor for f in found}
        # (the designated of "A designated X a terrorist group" is parsed a dative, the kind its direct object)
        objects = [fitting[c.i] for c in children_of(before) if c.dep_ in ("dobj", "dative") and c.i in fitting]
        if passive and verb.lemma_ != before.lemma_:
            return None  # (another verb: a subject pronoun may well continue the subject)
        if verb.lemma_ != before.lemma_ and not _both_designate(verb, before):
            # (a place object competes only with a place: "X shelled Idlib. Y condemned it" is X)
            return False if len(objects) == 1 and objects[0].id != best.actor.id and (
                (objects[0].type == "LOCATION") == (best.actor.type == "LOCATION")) else None
        own = self._own_clause_subjects(token)
        if not objects and self.doc[best.token].dep_ != "nsubjpass" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and (
                self._named[c.i].id not in own if c.i in self._named else not self.refs(c, ACTOR)) for c in children_of(before)):
            # ("A banned Samidoun [a body of no kind the pronoun takes]. B designated it": that object, not A; but
            # "A attacked B. B attacked it" is A, the object being the pronoun's own subject)
            return False
        return objects[0] if len(objects) == 1 else None

    def _singular_state_speaker(self, speaker: Token, token: Token) -> bool:
        """Whether a plural pronoun ("they", "their") reports the words of one state named alone ("London said they
        had shipped drones to X", "Washington said they supplied arms"): a state speaks of itself as "it", so "they"
        are others -- the firms or men just named -- and never the speaker (the mirror of :func:`_plural_speaker`;
        :meth:`_number_fits` says the same of a state named before)."""
        if token.lower_ not in PLURAL_PRONOUNS or len(self._coordinated(speaker)) > 1:
            return False
        refs = self.refs(speaker, ACTOR)
        if not (len(refs) == 1 and refs[0].actor.type == "STATE" and refs[0].kind == "name"):
            return False
        # (only past a plural the text has just brought in, of no actor: "Washington insists they will not engage
        # X", after "Some forty instructors ...", may speak of its own men, as the annotators read it)
        sent = self._sent_of[token.i]
        return any(self._new_plural(t) for t in self.doc[_paragraph(token)[0]:speaker.i]
                   if self._sent_of[t.i] >= sent - 1)

    def _new_plural(self, t: Token) -> bool:
        """Whether ``t`` brings in a counted plural set of no actor ("three Sudanese companies", "four men"): new
        referents a later "they" most often takes up -- not a state's own troops or personnel ("200 troops")."""
        lemma = t.lemma_.lower()
        if t.pos_ != "NOUN" or t.tag_ != "NNS" or t.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") \
                or t.i in self._named or self.refs(t, ACTOR) \
                or lemma in FORCE_NOUNS or lemma in TROOP_NOUNS or lemma in SENT_PERSONNEL_NOUNS:
            return False
        return any(c.dep_ == "nummod" for c in children_of(t)) and not any(c.dep_ in ("det", "poss") for c in children_of(t))

    def named_speaker(self, pronoun: Token) -> Actor | None:
        """The actor that the subject of the verb of saying names, where ``pronoun`` is the subject of what it
        says and refers to it ("The GNA says it will not ...": the GNA), else None: a pronoun bound as firmly
        as a name."""
        speaker = _speaker_of(pronoun)
        if speaker is None:
            return None
        spoken = [r.actor for r in self.refs(speaker, ACTOR) if r.kind == "name"]
        bound = [r.actor for r in self.refs(pronoun, ACTOR)]
        return spoken[0] if len(spoken) == 1 and [a.id for a in bound] == [spoken[0].id] else None

    def _avowal_speaker(self, token: Token, types: tuple[str, ...]) -> Actor | bool | None:
        """"assurances by X that it provides no arms", "Y's pledge that it would withdraw its troops": the one
        who gives its word (``AVOWAL_NOUNS``, by "by"/"from"/"of" X or X's) is the subject pronoun of the that-clause
        and owns that clause's possessives -- not the main clause's subject ("The UN noted assurances by X
        that it ..."). False where the giver is no actor the pronoun may mean (a person, an unnamed body);
        None where no such noun governs the pronoun."""
        if token.pos_ != "PRON" or "PERSON" in types:  # (a person gives his word through no such noun here)
            return None
        if token.dep_ in ("nsubj", "nsubjpass"):
            clause = token.head
        elif token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            clause = token.head.head  # "that its forces would leave", "that it would halt its support"
            if token.head.dep_ == "dobj" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ == token.lower_[:2]
                    for c in children_of(clause)):
                return None
        else:
            return None
        if clause.dep_ not in ("acl", "relcl", "ccomp"):  # (a that-clause the parser took for a relative one)
            return None
        mark = next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ == "that" and c.i < token.i), None)
        if mark is None or mark.i == 0:
            return None
        # the noun whose phrase ends just before "that" (the parser may hang the clause on the main verb)
        stray = []  # a giver's phrase the parser hung on the main verb ("welcomed assurances | by X | that it ...")
        walked = False  # the clause hung on the giver inside "<noun> of/by/from <giver>" instead of on the noun
        if clause.dep_ in ("acl", "relcl"):
            noun = clause.head if clause.head.pos_ == "NOUN" and _giver_noun(clause.head) else None
            holder = clause.head.head if clause.head.dep_ == "pobj" else None
            if noun is None and holder is not None and holder.dep_ == "prep" \
                    and holder.lower_ in ("by", "from", "of") and holder.head.pos_ == "NOUN" \
                    and _giver_noun(holder.head) and holder.head.i < holder.i \
                    and clause.head.right_edge.i >= mark.i and clause.head.left_edge.i > holder.i \
                    and max((t.i for t in clause.head.subtree if t.i < mark.i), default=-1) == mark.i - 1:
                # "the admission of X that it had shelled Z": the parser read "that" as a relative pronoun of X
                noun, walked = holder.head, True
        else:
            before = self.doc[mark.i - 1]
            noun = next((a for a in (before, *before.ancestors) if a.pos_ == "NOUN" and _giver_noun(a)
                         and a.right_edge.i == mark.i - 1 and a in clause.head.subtree), None)
            if noun is None:
                prep = next((a for a in before.ancestors if a.dep_ == "prep"), None)
                if prep is not None and prep.lower_ in ("by", "from", "of") and prep.head == clause.head \
                        and prep.right_edge.i == mark.i - 1 and prep.i > 0:
                    noun = next((a for a in (self.doc[prep.i - 1], *self.doc[prep.i - 1].ancestors)
                                 if a.pos_ == "NOUN" and _giver_noun(a) and a.right_edge.i == prep.i - 1
                                 and a.head == clause.head and a.dep_ == "dobj"), None)
                    stray = [p for p in children_of(prep) if p.dep_ == "pobj"] if noun is not None else []
        if noun is None:
            return None
        givers = [c for c in children_of(noun) if c.dep_ == "poss"] + [
            p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for p in children_of(c) if p.dep_ == "pobj"] + stray
        if len(givers) != 1:
            if walked:  # "Y's admission of X that it ...": the clause is the avowal's, but whose word is it?
                self._ambiguous.add(token.i)
                return False
            return None
        governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None and governor.lemma_.lower() in DENYING_VERBS:
            if CLAIM_NOUNS.get(noun.lemma_.lower()) == "claimed" and token.dep_ in ("nsubj", "nsubjpass") and any(
                    f.predicate == "captures" for f in VERB_FRAMES.get(token.head.lemma_, ())):
                # "X rejected Y's claim that it had taken Z": ground is claimed by the side that says it took it,
                # and lost by the other -- either may be meant (a claim that it armed or shelled Z charges X)
                self._ambiguous.add(token.i)
                return False
            return None  # "X rejected reports by Y that it had shelled Z": the one who denies is the one spoken of
        if CLAIM_NOUNS.get(noun.lemma_.lower()) == "alleged":
            return None  # "X faced accusations from Y that its soldiers ...": one accuses another, never oneself
        if noun.lemma_.lower() in CLAIM_NOUNS or not (noun.lemma_.lower() in AVOWAL_NOUNS or noun.lower_ in AVOWAL_NOUNS):
            # "reports from Y that it had shelled Z", "claims by Y that it ...": a source may speak of itself or of
            # another -- neither Y nor the main clause's subject
            self._ambiguous.add(token.i)
            return False
        refs = self.refs(givers[0], ACTOR)
        if len(refs) == 1 and refs[0].actor.type in types:
            actor = self._unless_coordinated(token, givers[0], refs[0].actor)
            return actor if actor is not None else False
        self._ambiguous.add(token.i)
        return False

    def _names_itself(self, t: Token) -> bool:
        """Whether a rebel noun is given its group's name where it stands: a nickname participle ("the insurgents,
        known as X"), "who call themselves X", an apposition ("the rebels, the X Front,")."""
        return t.pos_ == "NOUN" and t.lower_ in REBEL_NOUNS and t.i not in self._named and any(
            (c.dep_ == "acl" and c.lower_ in NAMING_PARTICIPLES)
            or (c.dep_ == "relcl" and any("Yes" in g.morph.get("Reflex") for g in children_of(c) if g.dep_ == "dobj"))
            or (c.dep_ == "appos" and c.i in self._named) for c in children_of(t))

    def _set_apart(self, token: Token, best: _Seen) -> bool:
        """Whether a sentence that told ``best`` also used ``token``'s very noun ("the rebels") for another
        actor: the text then set ``best`` apart from what that noun names."""
        told = {seen.sent for seen in self._before(token.i) if seen.actor.id == best.actor.id}
        sents = doc_sents(self.doc)
        # (each such noun read now if no relation has read it yet, and set apart whether it is read as another
        # or left open: "X, which supplies the rebels with fuel")
        return any(t.lower_ == token.lower_ and t.i < token.i and t.pos_ == "NOUN"
                   and all(r.actor.id != best.actor.id for r in self.refs(t, ACTOR))
                   for n in told for t in sents[n])

    def _called_rebels(self, token: Token, reach: int, word: str | None = None) -> dict[str, Actor]:
        """The armed groups the text itself called by a rebel noun (or by ``word`` only) where it named them ("the
        insurgents, who call themselves X", "X militants"; not a rebel noun read as an anaphor) in the ``reach``
        sentences before ``token``."""
        sent = self._sent_of[token.i]
        nouns = {word} if word else REBEL_NOUNS
        called = {seen.actor.id: seen.actor for seen in self._before(token.i)
                  if seen.actor.type == "ARMED_GROUP" and sent - seen.sent <= reach and seen.token not in self._named
                  and self.doc[seen.token].lower_ in nouns
                  and any(r.kind in ("name", "head") for r in self._memo.get((seen.token, ACTOR), ()))}
        # (and those named so whether or not a relation has used the mention yet)
        start = doc_sents(self.doc)[max(0, sent - reach)].start
        nouns_at = self.columns.positions(LOWER, REBEL_NOUNS)  # (only a rebel noun names itself: see _names_itself)
        for i in nouns_at[bisect_left(nouns_at, start):bisect_left(nouns_at, token.i)]:
            t = self.doc[i]
            if (not word or t.lower_ == word) and self._names_itself(t):
                called.update((r.actor.id, r.actor) for r in self.refs(t, ACTOR)
                              if r.kind == "name" and r.actor.type == "ARMED_GROUP")
        return called

    def _gender_fits(self, token: Token, seen: _Seen) -> bool:
        """Whether a mention may be what a person pronoun refers to as far as gender goes: not where the mention
        is itself a person pronoun of the other gender ("She said his fighters ...": his is not hers)."""
        mine = PERSON_GENDERS.get(token.lower_) if token.pos_ == "PRON" else None
        other = self.doc[seen.token]
        return mine is None or other.pos_ != "PRON" or PERSON_GENDERS.get(other.lower_) in (None, mine)

    def _gender_ruled_out(self, token: Token, found: list[_Seen]) -> str | None:
        """Of exactly two persons a "he"/"she" may refer to, the one whose known gender (``_known_gender``) is
        not the pronoun's, where the other's is not known to contradict it too ("Mrs A met Mr B. She ...": not
        B); None where the genders do not tell (unknown, both contradicting, the pronoun says none)."""
        gender = PERSON_GENDERS.get(token.lower_)
        persons = {f.actor.id: f.actor for f in found if f.actor.type == "PERSON"}
        if gender is None or len(persons) != 2:
            return None
        other = [i for i, actor in persons.items() if self._known_gender(actor, token) not in (None, gender)]
        return other[0] if len(other) == 1 else None

    def _gender_contradicts(self, token: Token, speaker: Token, actor: Actor) -> bool:
        """Whether the person pronoun ``token`` says another gender than the ``speaker`` that refers to ``actor``
        does, by its own pronoun or by what the text said of ``actor`` (``_known_gender``)."""
        gender = PERSON_GENDERS.get(token.lower_) if token.pos_ == "PRON" else None
        if gender is None:
            return False
        said = PERSON_GENDERS.get(speaker.lower_) if speaker.pos_ == "PRON" else None
        return said not in (None, gender) or self._known_gender(actor, token) not in (None, gender)

    def _known_gender(self, actor: Actor, before: Token) -> str | None:
        """The gender the text before ``before`` gives a person: a title before its name ("Mrs N", "King N":
        ``PERSON_GENDER_TITLES``), or a person pronoun in an earlier sentence bound to it where it was the only
        person that pronoun could mean ("N said she would ..."). Never a first name; None where the text says
        nothing, or says both."""
        genders: set[str] = set()
        for seen in self._before(before.i):
            if seen.actor.id != actor.id or self._named.get(seen.token) is None \
                    or self._named[seen.token].id != actor.id:
                continue
            name = self.doc[seen.token]  # (a name is one token here; a title is before it or read into it)
            words = [w.lower().rstrip(".") for w in name.text.split()]
            previous = self.doc[name.i - 1] if name.i > 0 and name.i - 1 not in self._named else None
            for title in ([previous.lower_.rstrip(".")] if previous is not None else []) + words[:-1][:1]:
                if title in PERSON_GENDER_TITLES:
                    genders.add(PERSON_GENDER_TITLES[title])
        sents = doc_sents(self.doc)
        if self._gendered is None:  # the tokens spelt as a gendered word, found once per doc from the form column
            strings = self.doc.vocab.strings
            self._gendered = [i for i, lower in enumerate(self.columns.column(LOWER))
                              if strings[lower] in PERSON_GENDERS]
        start = sents[self._sent_of[before.i]].start
        for t in map(self.doc.__getitem__, [i for i in self._gendered if i < start]):
            gender = PERSON_GENDERS.get(t.lower_)
            if t.pos_ != "PRON" or gender is None or t.dep_ not in ("nsubj", "nsubjpass", "poss"):
                continue
            speaker = _speaker_of(t)
            if speaker is not None:  # "N said she would ...": she is N (a named speaker, not a pronoun)
                if speaker.i in self._named and self._named[speaker.i].id == actor.id:
                    genders.add(gender)
                continue
            window = ANAPHORS[t.lower_][1]
            near = {s.actor.id for s in self._before(t.i)
                    if s.actor.type == "PERSON" and self._sent_of[t.i] - s.sent <= window and s.token in self._named}
            if near == {actor.id} and self._unnamed_speaker(t) is None:
                genders.add(gender)  # the only person it could mean, with no unnamed one ("a spokeswoman")
        return next(iter(genders)) if len(genders) == 1 else None

    def _met_another_person(self, best: _Seen, ruled_out: str | None = None) -> bool:
        """Whether the subject ``best`` met or talked with another person in its clause ("N met her counterpart",
        "N held talks with President M", "N phoned M"): a later "he"/"she" may be either of the two -- unless the
        other is ``ruled_out`` by gender (``_gender_ruled_out``)."""
        subject = self.doc[best.token]
        verb = subject.head
        if subject.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in ENCOUNTER_VERBS | MUTUAL_VERBS \
                and not any(c.dep_ == "dobj" and c.lower_ in TALK_NOUNS for c in children_of(verb)):
            return False
        person_nouns = SPEAKER_ANTECEDENTS | UNNAMED_PERSON_NOUNS | LEADER_TITLES | MEMBER_TITLES | PERSON_ROLE_NOUNS | PEER_TITLES
        inside = {t.i for t in subject.subtree}
        for t in verb.subtree:
            if t.i in inside or t.dep_ not in ("dobj", "pobj", "conj"):
                continue
            if t.dep_ == "pobj" and t.head.lower_ not in ("with", "to"):
                continue
            named = self._named.get(t.i)
            if named is not None:
                if named.type == "PERSON" and named.id not in (best.actor.id, ruled_out):
                    return True
                continue
            if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in person_nouns:
                return True
        return False

    def _reason_of_two_parties(self, token: Token, actor: Actor) -> Actor | bool | None:
        """For a possessive pronoun in a phrase of reason or topic ("over its support for X") of a clause that names,
        outside that phrase, a party other than ``actor``: that party where the clause's verb condemns, sanctions,
        thanks or praises it as its object (``MERIT_VERBS``: "thanked B for its support") and the phrase is the verb's (one is punished for one's own conduct); else False (either
        party's). None where the pronoun is in no such phrase."""
        prep = next((a for a in token.ancestors if a.dep_ == "prep" and a.lower_ in REASON_PREPOSITIONS), None)
        if prep is None:
            return None
        inside = {t.i for t in prep.subtree}
        clause = prep.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        others = [(t, party) for t in clause.subtree if t.i not in inside
                  and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr")
                  and (named := self.named(t)) is not None and (party := self.as_actor(named)) is not None
                  and party.id != actor.id and party.type not in ("LOCATION", "PERSON")]
        if not others:
            return None
        if len({p.id for _, p in others}) == 1 and others[0][0].dep_ == "dobj" and others[0][0].head == clause == prep.head \
                and (clause.lemma_.lower() in MERIT_VERBS or any(
                    f.predicate in ("condemns", "sanctions") and not f.negated for f in VERB_FRAMES.get(clause.lemma_, ()))):
            return others[0][1]
        thanked = self._thanked_party(clause, prep)
        if thanked is not None and thanked.id != actor.id:
            return thanked
        return False

    def _thanked_party(self, clause: Token, prep: Token) -> Actor | None:
        """w47a: the one party a clause's thanks go to ("A expressed its gratitude to B for its support to C":
        B), where the clause's object is a noun of thanks (``gratitude_nouns``), its "to" phrase hung on the noun
        or on the verb, and the reason phrase ``prep`` on the verb or the noun; None elsewhere."""
        nouns = [c for c in children_of(clause) if c.dep_ == "dobj" and c.lemma_.lower() in GRATITUDE_NOUNS]
        if len(nouns) != 1 or prep.head not in (clause, nouns[0]):
            return None
        tos = [p for h in (nouns[0], clause) for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "to"
               and c.i < prep.i for p in children_of(c) if p.dep_ == "pobj"]
        parties = {party.id: party for p in tos if (named := self.named(p)) is not None
                   and (party := self.as_actor(named)) is not None and party.type not in ("LOCATION", "PERSON")}
        return next(iter(parties.values())) if len(parties) == 1 else None

    def _other_main_clause_party(self, token: Token, actor: Actor) -> bool:
        """Whether the main clause that an adverbial clause hangs on names a party other than ``actor`` as its
        subject ("Veltria refuses to talk to the Orvik Brigades as long as their units hold X"): a body whose
        name gives no number (a state, an unknown name) may still be what "their" means."""
        clause = token.head
        while clause.dep_ != "advcl" and clause.head != clause:
            clause = clause.head
        main = clause.head  # the verb it hangs on, through "as long as", "to talk", "and"
        while main.head != main and (main.pos_ not in ("VERB", "AUX") or main.dep_ in ("xcomp", "ccomp", "conj")):
            main = main.head
        inside = {t.i for t in clause.subtree}
        return any(t.i not in inside and t.dep_ in ("nsubj", "nsubjpass") and (named := self.named(t)) is not None
                   and named.id != actor.id and named.type != "LOCATION" for t in main.subtree)

    def _rival_group_nearby(self, token: Token, best: _Seen, excluded: set[str]) -> bool:
        """Whether "the militants" (a bare plural description) has another armed group than ``best``'s named in
        its sentence or the two before ("X's fighters ... Islamic State has claimed several of its attacks.
        In March the militants stormed Y"): which group is meant is unclear, unless ``best`` is the group the
        article is about."""
        sent = self._sent_of[token.i]
        # (not a group named in best's own phrase: "X, a member of the Y alliance", "militants of X and Y")
        phrase = _phrase_root(self.doc[best.token])
        # (nor one past a paragraph break where ``best`` is a subject of the description's own paragraph: "The ELN
        # struck X. // In Nigeria, Boko Haram raided Y. The rebels ..." -- the paragraph has moved on to its subject)
        start = _paragraph(token)[0]
        moved_on = best.subject and best.token >= start
        others = {s.actor.id for s in self._before(token.i) if sent - s.sent <= 2 and s.actor.type == "ARMED_GROUP"
                  and s.actor.id != best.actor.id and s.actor.id not in excluded
                  and _phrase_root(self.doc[s.token]) != phrase and not (moved_on and s.token < start)}
        if not others:
            return False
        main = self._main_armed_group(token)
        return main is None or main.id != best.actor.id

    def _rival_between(self, token: Token, best: _Seen, types: tuple[str, ...], excluded: set[str]) -> bool:
        """Whether a description's antecedent has a rival of another kind named after it: "the movement"
        after a subject typed as another kind of body ("The M Union [an organisation] took X. Veltria armed the
        movement"), "that state" after a polity's name read as a place ("the seat of the Union Republic of Y")."""
        kinds = set(RIVAL_KIND_ANAPHORS.get(token.lower_, ()))
        for seen in self._history:
            if not best.token < seen.token < token.i or seen.actor.id in excluded or seen.actor.type in types:
                continue
            if seen.subject and seen.actor.type in kinds:
                return True
            if "STATE" in types and any(w in STATE_NAME_HEADS | SELF_RULE_HEADS
                                        for w in normalize_name(seen.actor.name).split()):
                return True
        return False

    def _past_own_subjects(self, token: Token, own_subjects: set[str]) -> set[str]:
        """The actors an object pronoun looks past: its clause's subjects and the states whose governments
        they are ("The group emerged in 2019. The government designated it a terrorist organisation":
        not the government, nor its state). Empty for a subject, a possessive or a reflexive."""
        # ("sanctions on it"; "talks with it", "fought with them", "has no ties to it": one does not deal or clash
        # with oneself, nor has ties to oneself; only a pronoun is read past here)
        aimed_at = token.dep_ == "pobj" and (token.head.lower_ in TARGET_PREPOSITIONS or _party_object(token))
        if token.pos_ != "PRON" or token.dep_ not in ("dobj", "dative") and not aimed_at and not _acted_for(token) \
                or not own_subjects:
            return set()
        governed = (self._entries.get(i) for i in own_subjects)
        states = {state.id for entry in governed if entry is not None and entry.type == "GOVERNMENT" and entry.state
                  and (state := self.gazetteer.lookup(entry.state)) is not None}
        return own_subjects | states

    def _thing_between(self, token: Token, start: int) -> bool:
        """Whether a noun between ``start`` and the pronoun ``token``, of the pronoun's number, is the
        subject or object of its clause and names no actor: "The navy seized a tanker. The navy released
        it" -- the tanker, a thing the resolver does not know."""
        plural = token.morph.get("Number") == ["Plur"]
        own = {a.i for a in token.ancestors}  # ("waged a campaign against it": not the campaign)
        for t in self.doc[start + 1:token.i]:
            if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos") or t.i in own:
                continue
            if self._describes_mention(t, start):
                continue  # "X is a rebel group. Chad attacked it": the group is X, no thing of its own
            if (t.morph.get("Number") == ["Plur"]) == plural and t.i not in self._named and not self.refs(t, ACTOR):
                return True
        return False

    def _describes_mention(self, noun: Token, start: int) -> bool:
        """Whether ``noun`` describes the actor (not a place) named at ``start``: the copula's complement of a clause whose
        subject names it ("The X Movement is a rebel group"), the complement of its passive ("X was declared
        a terrorist group") or a noun set beside its name ("X, a militia, ..."). Such a noun is the actor
        itself, never another thing a later pronoun could mean.

        >>> # "The Sarn Movement is a rebel group. Chad attacked it": "it" is the Sarn Movement
        """
        actor = self._named.get(start)
        if actor is None or actor.type == "LOCATION":
            return False  # (a place described so stays a rival's ground: "X, a river town, fell to Y. The rebels held it")
        if noun.dep_ == "appos":
            named = [noun.head]
        elif noun.dep_ in ("attr", "oprd"):
            named = [c for c in children_of(noun.head) if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            return False
        return any(self._named.get(t.i) is not None and self._named[t.i].id == actor.id for t in named)

    def _subject_of_kind_since(self, seen: _Seen, token: Token) -> bool:
        """Whether another actor of ``seen``'s type was a subject in a sentence after ``seen``'s and before
        ``token``'s, ``seen``'s actor named once only: a name whose head is a common noun ("the X Group"),
        named in passing, does not draw "the group" back past a later subject of its kind ("The Y Group has
        bases in A. The Z movement raided B. The group ..."); a name the text comes back to does, and a
        coalition's name does ("the alliance" is remembered longer)."""
        sent = self._sent_of[token.i]
        before = self._before(token.i)
        if sum(s.actor.id == seen.actor.id for s in before) > 1:
            return False  # (a name the text has come back to is its topic: "the group" goes on being it)
        return any(s.subject and seen.sent < s.sent < sent and s.actor.id != seen.actor.id
                   and s.actor.type == seen.actor.type for s in before)

    def _passing_beside_topic(self, seen: _Seen, excluded: set[str], reach: int) -> bool:
        """Whether ``seen``, an armed group, was named once only and in passing -- as the agent of a participle that
        tells of something else ("the rescue, carried out by the X Group"), never as a subject -- where another
        armed group was a subject in the ``reach`` sentences before it: "The Y Army raided B. Hostages were freed in
        an operation carried out by the X Group. N accused M of arming the group" may mean either, so the head noun
        or the nearness alone does not decide (prec47)."""
        if seen.actor.type != "ARMED_GROUP":
            return False
        before = self._before(seen.token + 1)
        mentions = [s for s in before if s.actor.id == seen.actor.id]
        named = [s for s in mentions if s.token in self._named]
        if any(s.subject for s in mentions) or len(named) != 1:
            return False  # (a subject, or a name the text comes back to, is no name in passing)
        name = self.doc[named[0].token]
        if not (name.dep_ == "pobj" and name.head.dep_ == "agent" and name.head.head.tag_ == "VBN"
                and name.head.head.dep_ in ("acl", "advcl")):
            return False
        return any(s.subject and seen.sent - reach <= s.sent <= seen.sent and s.actor.id != seen.actor.id
                   and s.actor.id not in excluded and s.actor.type == seen.actor.type for s in before)

    def _named_ahead(self, token: Token, noun: str, types: tuple[str, ...]) -> Actor | None:
        """"The alliance that includes X, the Congo River Alliance (AFC), said...": a description whose own
        clause goes on to name, in apposition, an actor of its kind with its head noun names that actor."""
        for t in token.subtree:  # (the parse may take the apposition for a conjunct of the name before it)
            actor = self._named.get(t.i)
            if t.i > token.i and actor is not None and t.dep_ in ("appos", "conj") and actor.type in types \
                    and any(n.lower().split()[-1] in (noun, noun + "s") for n in actor.names if n.split()):
                return actor
        return None

    def _unread_speaker(self, token: Token) -> bool:
        """Whether a pronoun subject of what is said has for speaker a description we read as no one ("the
        smaller wing says it will fight on"): the speaker speaks of itself, so the pronoun is no one either."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
            return False
        said = verb.head
        subjects = [c for c in children_of(said) if c.dep_ == "nsubj"] or (
            [c for c in said.head.children if c.dep_ == "nsubj"] if said.dep_ == "conj" else [])
        return len(subjects) == 1 and subjects[0].pos_ == "NOUN" and _definite(subjects[0]) \
            and subjects[0].i not in self._named and not self.refs(subjects[0], ACTOR)

    def _speaker_or(self, token: Token, actor: Actor | None) -> Actor | None:
        """A subject or possessive "he"/"she" after an unnamed speaker ("The representative of Chad said ...
        He accused X"; "A spokesman for the army said his troops ..."): the body the speaker speaks for,
        where the speaker is the one unnamed person in the pronoun's window and no named person is a
        candidate. A named person the pronoun takes wins, as before; two unnamed persons of different
        bodies, or one of none ("a resident"), make it nobody."""
        speaker = self._unnamed_speaker(token)
        if speaker is None:
            return actor
        body = speaker[1]
        if actor is not None:
            return actor  # "The envoy of Chad met N. He said ...": N, as before (the envoy stays unread)
        if body is False or token.i in self._ambiguous:
            return None
        window = ANAPHORS[token.lower_][1]
        sent = self._sent_of[token.i]
        if any(s.actor.type == "PERSON" and sent - s.sent <= window for s in self._before(token.i)):
            return None  # a named person the pronoun did not take (its own clause's, say): no guess
        return body

    def _centered_speaker(self, token: Token) -> Actor | None:
        """A person's subject pronoun that opens its sentence's main clause, active, right after a sentence whose
        main subject is an unnamed speaker who says something ("The representative of Chad said the front, led by
        N, had broken the truce. He accused X of ..."): the pronoun continues that speaker, the center of the
        discourse (centering), and stands for the one body the speaker speaks for -- a person named only inside
        what the speaker said (an object, an oblique, an apposition) is outranked by him. Nothing where a named
        person is a subject in either sentence (he may continue that one), where the speaker noun says another
        gender, where the speaker speaks for several bodies or none, or past a paragraph break."""
        if token.pos_ != "PRON" or token.dep_ != "nsubj" or token.lower_ not in PERSON_SUBJECT_PRONOUNS \
                or not _main_subject(token) or token.head.dep_ == "conj":
            return None
        sent = self._sent_of[token.i]
        if sent == 0 or any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in token.sent if t.i < token.i):
            return None
        previous = doc_sents(self.doc)[sent - 1]
        if previous.start < _paragraph(token)[0]:
            return None
        said = previous.root
        if said.pos_ != "VERB" or said.lemma_.lower() not in SPEECH_VERBS:
            return None
        speakers = [c for c in children_of(said) if c.dep_ == "nsubj"]
        if len(speakers) != 1:
            return None
        speaker = speakers[0]
        if speaker.pos_ != "NOUN" or speaker.tag_ != "NN" or speaker.i in self._named \
                or speaker.lemma_.lower() not in SPEAKER_ANTECEDENTS or self._names_person(speaker) \
                or any(c.dep_ in ("conj", "cc") for c in children_of(speaker)) \
                or PERSON_GENDERS.get(speaker.lower_) not in (None, PERSON_GENDERS.get(token.lower_)):
            return None
        refs = self.refs(speaker, ACTOR)
        if len(refs) != 1 or refs[0].actor.type in ("PERSON", "LOCATION"):
            return None
        if any(self._named[t.i].type == "PERSON" and (_subject_itself(t) or t.i >= previous.end)
               for t in self.doc[previous.start:token.i] if t.i in self._named):
            return None  # ("The envoy of Chad said General N had ordered it. He ...": N may be meant)
        return refs[0].actor

    def _unnamed_speaker(self, token: Token) -> tuple[int, Actor | bool] | None:
        """The unnamed persons before a person pronoun, within its window ("the representative of Chad", "a
        resident"): None if there is none; else the last one's position and the one body all of them speak
        for -- False if one is no speaker (SPEAKER_ANTECEDENTS) for one body, or they speak for several, or
        one's noun says another gender than the pronoun's ("a spokeswoman ... He")."""
        window = ANAPHORS[token.lower_][1]
        sents = doc_sents(self.doc)
        first = sents[max(0, self._sent_of[token.i] - window)].start
        person_nouns = SPEAKER_ANTECEDENTS | UNNAMED_PERSON_NOUNS | LEADER_TITLES | MEMBER_TITLES | PERSON_ROLE_NOUNS
        last, bodies = None, set()
        for t in self.doc[first:token.i]:
            if t.pos_ != "NOUN" or t.tag_ != "NN" or t.dep_ == "compound" or t.i in self._named \
                    or t.lemma_.lower() not in person_nouns or self._names_person(t):
                continue
            refs = self.refs(t, ACTOR)
            if len(refs) == 1 and refs[0].actor.type == "PERSON":
                continue  # "the president" that a named person is: the history has him
            last = t.i
            gender = PERSON_GENDERS.get(t.lower_)
            if t.lemma_.lower() not in SPEAKER_ANTECEDENTS or len(refs) != 1 \
                    or refs[0].actor.type in ("PERSON", "LOCATION") \
                    or gender not in (None, PERSON_GENDERS.get(token.lower_)):  # "a spokeswoman ... He said"
                bodies.add(None)  # "a resident", "an official" of no one we know
            else:
                bodies.add(refs[0].actor)
        if last is None:
            return None
        ids = {b.id if b is not None else None for b in bodies}
        return last, (next(iter(bodies)) if len(ids) == 1 and None not in ids else False)

    def _names_person(self, t: Token) -> bool:
        """Whether a person noun is a named person's title or description ("Chad's envoy, N", "N, the
        envoy", "envoy N")."""
        near = [c for c in children_of(t) if c.dep_ in ("appos", "compound", "flat")]
        if t.dep_ in ("appos", "conj"):
            near.append(t.head)
        return any(c.i in self._named and self._named[c.i].type == "PERSON" for c in near)

    def _prominent_subject(self, token: Token, best: _Seen, types: tuple[str, ...]) -> Actor | bool | None:
        """A subject pronoun whose nearest name is no subject ("It pledged allegiance to al-Qaeda. This year
        the group launched an offensive. In April it seized X"; "A smaller group, which broke away from Y. It is
        led by Z"; "The representative of A said the QVF, led by Q, had broken the truce. He accused B"): a
        subject (or verbless head) since that name's sentence, described rather than named, is the more
        likely antecedent -- the actor it refers to, if it resolves to one of the pronoun's types; else False
        (the pronoun stays unresolved); None if there is no such subject."""
        nouns = (LEADER_TITLES | MEMBER_TITLES | PERSON_ROLE_NOUNS) if types == ("PERSON",) else (
            GROUP_NOUNS | FORCE_NOUNS | GOVERNMENT_NOUNS | BAND_NOUNS)  # ("A column in the valleys of X ... it")
        sents = doc_sents(self.doc)
        for sent in sents[self._sent_of[best.token]:self._sent_of[token.i] + 1]:
            root = sent.root
            heads = [c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass")] + (
                [root] if root.pos_ == "NOUN" else [])
            for t in heads:
                if t.i < token.i and t.pos_ == "PRON" and t.lower_ in THIRD_PERSON_PRONOUNS and (
                        t.lower_ in PLURAL_PRONOUNS) == (token.lower_ in PLURAL_PRONOUNS):
                    # "They never fought the army. They clashed with X": the pronoun continues the subject
                    # pronoun before it -- what that one found, or nothing if it found nothing
                    refs = [r for r in self.refs(t, ACTOR) if r.actor.type in types]
                    if not refs:
                        return False
                    if refs[0].actor.id != best.actor.id:
                        return refs[0].actor
                    continue
                if t.i < token.i and t.i != best.token and types != ("PERSON",) and self._unread_subject_name(token, t):
                    return False  # "The Sons of the Delta, a group ..., is not part of it. It attacked X": them?
                if t.i < token.i and types != ("PERSON",) and self._thing_done_by(t, best, token):
                    return False  # "The raid was condemned by X. It was not condemned by Y": the raid, not X
                if t.i >= token.i or t.i == best.token or t.i in self._named or t.pos_ != "NOUN" \
                        or t.lemma_.lower() not in nouns and t.lower_ not in nouns:
                    continue
                refs = [r for r in self.refs(t, ACTOR) if r.actor.type in types]
                if refs and not self._number_fits(token, _Seen(t.i, self._sent_of[t.i], refs[0].actor, True)):
                    return False  # "Sudan's army shelled X. They responded ...": no plural continues "the army"
                return refs[0].actor if refs and refs[0].actor.id != best.actor.id else (
                    None if refs else False)
        return None

    def _thing_done_by(self, subject: Token, best: _Seen, pronoun: Token) -> bool:
        """Whether ``subject`` is a thing (a noun naming no actor, of the pronoun's number) that a passive says was
        done by ``best``, named in its agent phrase: the thing is the topic the pronoun continues, the agent a
        mention ("The shelling was condemned by the EU. It was not condemned by Russia")."""
        if subject.dep_ != "nsubjpass" or subject.pos_ != "NOUN" or subject.i in self._named or self.refs(subject, ACTOR):
            return False
        if (subject.tag_ == "NNS") != (pronoun.lower_ in PLURAL_PRONOUNS):
            return False
        return any(c.dep_ == "agent" and best.token in {t.i for t in c.subtree} for c in subject.head.children)

    def _unread_subject_name(self, pronoun: Token, t: Token) -> bool:
        """Whether subject ``t`` is a capitalised name no one read ("The Sons of the Delta", "The Friends of X")
        whose number fits ``pronoun``: the body the pronoun most likely continues, unknown to the resolver."""
        if t.pos_ != "PROPN" or t.i in self._named or not t.text[:1].isupper() or t.ent_type_ in _SKIP_LABELS \
                or t.idx < self.doc._.headline_end or not _definite(t):
            return False
        plural = pronoun.lower_ in PLURAL_PRONOUNS
        if (t.tag_ == "NNPS" and not _singular_name(t)) != plural:
            return False
        return not self.refs(t, ACTOR)

    def _other_kind_subject(self, token: Token, best: _Seen, types: tuple[str, ...]) -> bool:
        """Whether a subject pronoun whose nearest name is no subject has, since that name's sentence, a named
        subject of a kind it does not take ("The Y Scouts [an organisation] fought the Z Front. They are led by
        N"): its kind may be misread -- the pronoun more likely continues that subject than the object."""
        sent = self._sent_of[token.i]
        plural = token.lower_ in PLURAL_PRONOUNS
        # (a person's pronoun is no body the gazetteer knows, nor one of a kind no person is misread as: "The
        # Mission praised N and X, the body he chairs")
        person = token.lower_ in _PERSON_ONLY_PRONOUNS
        return any(best.sent <= s.sent <= sent and s.token < token.i and s.subject and s.actor.type not in types
                   and s.actor.type not in ("PERSON", "LOCATION") and not _hyphen_modifier(self.doc[s.token])
                   and _plural_name(self.doc[s.token]) == plural
                   and not (person and (s.actor.id in self._entries or s.actor.type in ("IGO", "GOVERNMENT")))
                   for s in self._history)

    def _holds_own_subject(self, token: Token, actors: list[Actor]) -> bool:
        """Whether a pair an object's "either country" or "neither side" was read as holds the subject of its own
        clause, or the state that subject leads or serves: one deals with, backs or fights "either" of two others,
        never a pair it is one of, so the pair named last is not the one meant."""
        own = self._own_clause_subjects(token)
        for actor in [self.actors[i] for i in own if i in self.actors]:
            if actor.type == "PERSON" and (state := self.state_of(actor)) is not None:
                own = own | {self.state_actor(state).id}
        return any(a.id in own for a in actors)

    def _office_holders_body(self, token: Token) -> Token | None:
        """The named body after a summit's office holders' title ("the Heads of State of the EAC", "the heads of state
        and government of the AU"): its members' heads speak and act for it."""
        office = next((p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
                       for p in children_of(c) if p.dep_ == "pobj"), None)
        if office is None or f"{token.lower_} of {office.lower_}" not in COLLECTIVE_OFFICE_TITLES:
            return None
        for host in (office, *office.conjuncts, token):
            for p in (p for c in children_of(host) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)):
                if p.dep_ == "pobj" and p != office and p.i in self._named:
                    return None if p.conjuncts else p  # (of two blocs at one summit, whose act is whose?)
        return None

    def _gerund_subjects(self, verb: Token) -> set[str]:
        """The actors of the subject of the clause a gerund after a preposition hangs on ("X quit Y after
        *rejecting* ...": X), which the gerund shares; none for another verb."""
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep" or verb.head.head.pos_ not in ("VERB", "AUX"):
            return set()
        return self._actor_ids([t for c in children_of(verb.head.head) if c.dep_ in ("nsubj", "nsubjpass")
                                for t in self._coordinated(c)])

    def _actor_ids(self, tokens: list[Token]) -> set[str]:
        """The actors ``tokens`` stand for: those they were read as, and the names among them (a name acting for
        another is its own actor too)."""
        return {r.actor.id for t in tokens for r in self.refs(t, ACTOR)} | {
            self._named[t.i].id for t in tokens if t.i in self._named}

    def _own_clause_subjects(self, token: Token) -> set[str]:
        """The actors of the subject of the clause whose object (or oblique) ``token`` is: a pronoun or a
        description there is never that subject ("X waged an offensive against it", "X condemned the
        militants"). Possessives may be ("X withdrew its troops")."""
        # ("sent drones to Russia to help it attack X": the subject of the act a verb of helping or making lets
        # another do is that verb's object)
        raised = token.dep_ == "nsubj" and token.head.dep_ in ("ccomp", "xcomp") and token.head.head.lemma_ in OBJECT_CONTROL_VERBS
        if not raised and (token.dep_ not in ("dobj", "pobj", "dative") and not _acted_for(token)) or token.lower_ in REFLEXIVE_PRONOUNS:
            return set()  # ("X intervened on its behalf": one acts for another, as on an object)
        verb = token.head.head if raised else next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        for _ in range(3):  # "X attacked A and condemned it", "X vowed to fight them": the subject is shared
            if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
                break
            # "X sacked Y, accusing him of ...": a participle's clause shares its governor's subject
            # (and so does a purpose: "X sent drones to Y to help it ...")
            shares = verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and (
                verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))))
            verb = verb.head if shares and verb.head != verb else None
        if verb is None:
            return set()
        subjects = [t for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for t in self._coordinated(c)]
        # (the name itself too, where it acts for another: "Ankara condemned it" -- neither Turkey nor Ankara)
        own = self._actor_ids(subjects)
        if subjects:  # (and the subject's comrades in the act: "Together with X, A fought the rebels" -- not X)
            # ("A, together with X, fought the rebels": the parser may hang the phrase on the subject)
            own |= self._actor_ids([t for h in (verb, *subjects) for c in verb_companions(h) if c.i != token.i
                                    for t in self._coordinated(c)])
        # (a pronoun object is neither the subject's state nor its government; a description may name a place of
        # the subject's state: "The army shelled positions in the capital")
        if token.pos_ != "PRON":
            return own
        # (nor the state the subject governs or serves: "X's foreign minister, N, condemned it" -- not X)
        states = [s for a in own if a in self.actors and self.actors[a].type == "PERSON"
                  and (s := self.state_of(self.actors[a])) is not None]
        own |= {self.state_actor(s).id for s in states} | self._titled_states(subjects)
        return own | self._counterparts(own)

    def _titled_states(self, subjects: list[Token]) -> set[str]:
        """The states whose officials a title in apposition to a subject makes it ("X's foreign minister, N,
        condemned it", "N, X's envoy, ..."): X, as the title owned by X itself would be."""
        out: set[str] = set()
        for subj in subjects:
            titles = [c for c in children_of(subj) if c.dep_ == "appos"] + ([subj.head] if subj.dep_ == "appos" else [])
            for title in (*titles, subj):
                for owner in (c for c in children_of(title) if c.dep_ == "poss" and c.i in self._named):
                    if self._named[owner.i].type == "STATE":
                        out.add(self._named[owner.i].id)
        return out

    def _counterparts(self, ids: set[str]) -> set[str]:
        """The government of each state among ``ids`` and the state of each government: the one acts for the
        other ("federal troops [Russia's government] drove them back": not Russia either)."""
        out: set[str] = set()
        for actor_id in ids:
            entry = self._entries.get(actor_id)
            if entry is None:
                continue
            if entry.type == "STATE":
                out.add(self.gazetteer.government_of(entry).id)
            elif entry.type == "GOVERNMENT" and entry.state and self._rules_its_state(self.actors[actor_id]) \
                    if actor_id in self.actors else False:
                state = self.gazetteer.lookup(entry.state)
                if state is not None and state.type == "STATE":
                    out.add(state.id)
        return out

    def _unknown_center(self, token: Token, best: _Seen, types: tuple[str, ...]) -> bool:
        """Whether an unresolved subject stands between ``best`` and the anaphor and may be what the anaphor
        continues: the main subject of a sentence in between ("It [unclear] swore loyalty to X. It is led by
        N" -- not X), or of ``best``'s own sentence where ``best`` is not its subject ("A smaller group,
        which broke away from X, ... It is led by N"). The text's topic is unknown there: nothing."""
        if ANAPHORS.get(token.lower_, ((), 0))[0] == ("LOCATION",) or token.lower_ in _PERSON_ONLY_PRONOUNS:
            return False
        sent = self._sent_of[token.i]
        sents = doc_sents(self.doc)
        for n in range(best.sent, sent):
            root = sents[n].root
            verbs = [root, *(c for c in children_of(root) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
            subjects = [c for v in verbs for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")]
            if root.pos_ == "NOUN" and _definite(root) and not subjects:
                # ("The front, made up of X, split from the Y Party": the verb taken for a modifier, the noun for
                # the root -- the sentence's subject all the same)
                subjects = [root]
            if n == best.sent and (own := _own_clause_subject(self.doc[best.token])) is not None and own not in subjects:
                # ("The ministry said the group gets arms from X. Its leader ...": an object or an oblique is
                # outranked by its own clause's subject, which may be what the pronoun continues)
                subjects.append(own)
            for subj in subjects:
                if n == best.sent and (_salience(self.doc[best.token]) == SALIENCE_MAIN_SUBJECT
                                       or best.subject and not _salience(subj) == SALIENCE_MAIN_SUBJECT
                                       or subj.i >= best.token):
                    # (a subject after the antecedent does not outrank it, nor one of a clause inside; the main
                    # subject outranks the subject of a clause inside: "The union, known by its initials X, was
                    # formed against Y, a group the government has listed. Its leader ...": not the government's)
                    continue
                if self._unknown_referent(subj, token, types):
                    return True
        return False

    def _unknown_referent(self, subj: Token, token: Token, types: tuple[str, ...]) -> bool:
        """Whether ``subj`` refers to an actor the resolver cannot name and ``token`` might mean it: a pronoun
        left unresolved, or an unnamed body ("a smaller group", "the faction") of the anaphor's number."""
        if subj.i in self._named or self.refs(subj, ACTOR):
            return False
        plural = token.lower_ in PLURAL_PRONOUNS or token.tag_ in ("NNS", "NNPS")
        if subj.pos_ == "PRON":
            wanted = ("it", "they") if token.lower_ in PLURAL_PRONOUNS else ("they",) if plural else ("it",)
            return subj.lower_ in wanted and subj.i in self._ambiguous
        if subj.pos_ == "PROPN" and token.pos_ == "PRON" and _definite(subj) and subj.text[:1].isupper() \
                and not subj.ent_type_ and any(c.dep_ == "compound" and c.text[:1].isupper() for c in children_of(subj)):
            return True  # "The Y Rangers [a name NER missed] fought the Z Front. They ...": maybe that body
        if subj.pos_ == "PROPN" and token.pos_ == "PRON" and _definite(subj) and subj.text[:1].isupper() \
                and subj.ent_type_ in ("", "ORG") and subj.lower_ in _BODY_HEADS:
            return True  # "The Brigade [a short name left unread] is paid by X. Its leader ...": not X
        if subj.pos_ != "NOUN" or (subj.tag_ == "NNS") != plural and not token.lower_ in PLURAL_PRONOUNS:
            return False
        if (kinds := _modifier_kinds(subj)) and not kinds & set(types):
            return False  # "Aid groups warned of famine": organisations, never the armed group the anaphor means
        if subj.lower_ in ANAPHORS:
            return bool(set(ANAPHORS[subj.lower_][0]) & set(types) - {"LOCATION"})
        if token.pos_ == "PRON":  # "the X forces [unknown] waged an offensive on Y. They ...": maybe those forces
            # (or a body's name's own head noun, left unread: "The front, known by its initials X, broke away from
            # the Y Movement. Its founder ...": the front the text named before, maybe, never the movement)
            return subj.lower_ in GROUP_NOUNS or subj.lower_ in FORCE_NOUNS or (
                _definite(subj) and subj.lower_ in self._name_head_words())
        return subj.lower_ in GROUP_NOUNS and "ARMED_GROUP" in types

    def _name_head_words(self) -> set[str]:
        """The head words of the bodies' names the text names ("front" for the Northern Liberation Front), as
        :meth:`walk_refs` reads them: a description by one may mean that body."""
        if self._head_words is None:
            self._head_words = {a.name.split()[-1].lower() for a in self._named.values()
                                if a.type not in ("PERSON", "LOCATION") and " " in a.name}
        return self._head_words

    def _coordinated_own_subjects(self, token: Token) -> set[str]:
        """"The force was set up in 2015. Chad and Niger supply most of its troops": a singular possessive is none
        of the names its own clause's subject coordinates (of them it would be "their"), so it reaches past them."""
        if token.dep_ != "poss" or token.lower_ not in NEUTER_PRONOUNS:
            return set()
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return set()
        out: set[str] = set()
        for subject in (c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i):
            names = [t for t in self._coordinated(subject) if t.i in self._named]
            if len(names) > 1:
                out |= {self._named[t.i].id for t in names}
        return out

    def _copula_subjects(self, token: Token) -> set[str]:
        """The subject of the copula whose complement a possessive pronoun owns: "Qatar is its biggest donor",
        "Algeria has long been its main backer" -- what a subject is called is no thing of its own (that takes
        "own": "its own worst enemy")."""
        if token.dep_ != "poss" or token.head.dep_ != "attr" or any(c.lower_ == "own" for c in token.head.children):
            return set()
        return {r.actor.id for c in token.head.head.children if c.dep_ == "nsubj"
                for r in ([Ref(self._named[c.i], "name")] if c.i in self._named else self.refs(c, ACTOR))}

    def _other_local_subject(self, token: Token, actor: Actor, types: tuple[str, ...], sole: bool = False) -> bool:
        """Whether the pronoun's own clause has a subject of another compatible actor: "Turkey said the
        Syrian government had stepped up its attacks" -- Turkey's, or the government's? Neither."""
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        own = {a.i for a in token.ancestors}
        # an object pronoun never means its own clause's subject ("The Taliban took Kabul. Pakistan accuses them":
        # not Pakistan) -- where the antecedent is the only candidate ``sole`` (else the subject stands in for
        # the doubt: "A designated X, and B added it to its list" -- A or X?)
        own_subjects = self._own_clause_subjects(token) if token.pos_ == "PRON" and sole else set()
        if token.dep_ == "poss" and (_attack_target(token.head) or _owner_framed_as_object(token.head)):  # ("X attacked its bases": not X's)
            own_subjects |= self._own_clause_subjects(token.head)
        own_subjects |= self._copula_subjects(token) | self._coordinated_own_subjects(token)
        for subj in (c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and c.i not in own):
            refs = self.refs(subj, ACTOR)
            if any(r.actor.id != actor.id and r.actor.type in types and r.actor.id not in own_subjects for r in refs):
                return True
        return False

    def _sole_past_binding(self, token: Token, best: _Seen, found: list[_Seen]) -> bool:
        """Whether ``best`` is the one candidate among ``found`` an object pronoun ("it", "them", "him", "her" as
        a direct object, a dative or the object of a preposition) can mean, once binding and agreement have spoken:
        it is never the subject of its own clause, so that subject is no candidate beside ``best`` ("The Delta
        Front took the port. Kestria says it will never talk to it": the front, not Kestria); nor is a name that
        only modifies a noun, an anaphoric island, nor a phrase of the other number (:meth:`_disagreeing_mention`:
        "Vessara shelters many Red Hand figures, and Orlan accuses it of ...": Vessara). Two others left stay two
        ("A designated X, and B added it to its list"); a place (not a capital standing for its state) is none for
        the accused of a verb of accusing (:meth:`_accused_object`); and ``best`` must be a name the text gives, not a
        description or pronoun the resolver read (a reading is no ground to build on: "The rebels took X ...
        before troops drove them out") -- but for a sentence-opening subject pronoun continuing the named main subject
        of the sentence just before (:meth:`_named_subject_pronoun`, bind35)."""
        ids = {f.actor.id for f in found}
        if token.pos_ == "PRON" and token.dep_ in ("dobj", "pobj", "dative") and len(ids) > 1 and (
                best.token in self._named or self._named_subject_pronoun(best)):
            accused = self._accused_object(token)
            ids = {f.actor.id for f in found
                   if f.actor.id == best.actor.id or not (self._disagreeing_mention(token, self.doc[f.token])
                                                          or accused and self._placed_only(f))}
            own = self._own_clause_subjects(token)
            ids -= own
            if ids == {best.actor.id} and self._center_before(token, best, own):
                return False
        return ids == {best.actor.id}

    def _named_subject_pronoun(self, best: _Seen) -> bool:
        """Whether ``best`` is a subject pronoun opening its own sentence that continues the main subject of the
        sentence just before, a name ("X, a faction from the hills, is not part of the alliance. It has attacked Y,
        and Z says it will never work with it"): a chain of one link from a name, as firm as the name (bind35)."""
        mention = self.doc[best.token]
        if mention.pos_ != "PRON" or mention.dep_ != "nsubj" or not _main_subject(mention) \
                or mention.i != mention.sent.start:
            return False
        return any(s.sent == best.sent - 1 and s.token in self._named and _main_subject(self.doc[s.token])
                   and s.actor.id == best.actor.id for s in self._before(best.token))

    def _center_before(self, token: Token, best: _Seen, own: set[str]) -> bool:
        """Whether the sentence before ``token``'s, in its paragraph, has for main subject another actor of the
        pronoun's kinds, where ``best`` is in the pronoun's own sentence: that center may be carried on by the
        pronoun past the names its own sentence brings ("X was founded in 1947. A has sheltered its refugees, and
        B has bombed it": X, or A?)."""
        sent = self._sent_of[token.i]
        if best.sent != sent:
            return False
        types = ANAPHORS.get(token.lower_, ((),))[0]
        return any(s.sent == sent - 1 and s.token >= _paragraph(token)[0] and _main_subject(self.doc[s.token])
                   and s.actor.type in types and s.actor.id != best.actor.id and s.actor.id not in own
                   for s in self._before(token.i))

    @staticmethod
    def _accused_object(token: Token) -> bool:
        """Whether the pronoun ``token`` is the direct object of a verb of accusing that brings its charge ("accused
        it of", "blamed it for"): the accused, an agent."""
        verb = token.head
        return token.pos_ == "PRON" and token.dep_ == "dobj" and verb.lemma_ in ACCUSATION_VERBS and any(
            c.dep_ == "prep" and c.lower_ == ACCUSATION_VERBS[verb.lemma_] for c in children_of(verb))

    def _placed_only(self, seen: _Seen) -> bool:
        """Whether the mention ``seen`` is a place as the text uses it: a mere place, or a capital that only says
        where something is ("trains officers at a base in Mogadishu"), not the state it may stand for elsewhere --
        no candidate for the accused, an agent."""
        return self._mere_place(seen.actor) or (
            seen.actor.type == "LOCATION" and _in_place_phrase(self.doc[seen.token]))

    def _mere_place(self, actor: Actor) -> bool:
        """Whether ``actor`` is a place and no more -- not a capital standing for its state ("Paris")."""
        entry = self.entry(actor)
        return actor.type == "LOCATION" and not (entry is not None and entry.metonym_of)

    def _disagreeing_mention(self, pronoun: Token, mention: Token) -> bool:
        """Whether ``mention`` is no phrase the pronoun can take up: a name that only modifies a common noun (an
        anaphoric island: "PFR positions", "Hamas officials" -- the phrase is the positions, the officials), where
        that noun names no actor or differs from the pronoun in number; or a common noun of the other number
        ("it" ... "Hamas officials", read as Hamas)."""
        plural = pronoun.morph.get("Number") == ["Plur"]
        head = mention.head
        if mention.dep_ in ("compound", "amod", "nmod") and head != mention and head.pos_ == "NOUN":
            return head.i not in self._named and (not self.refs(head, ACTOR) or (head.tag_ == "NNS") != plural)
        return mention.pos_ == "NOUN" and mention.i not in self._named and (mention.tag_ == "NNS") != plural

    def _sole_accused(self, token: Token, best: _Seen, found: list[_Seen], coordinated: list[Token]) -> bool:
        """Whether the object pronoun ``token`` of a verb of accusing that brings its charge ("accused it of ..."),
        or the other party of talks or ties (:func:`_party_object`: "X has not recognised Y and will not hold talks
        with it"), means ``best``, the one actor its own sentence names before it besides the clause's subject (already set
        aside: binding): the accused is an agent, and one named just before is the one meant ("Kenya recalled its
        envoy from Somalia and accused it of ..."). Only where every subject before it in the sentence is a name (a
        description read may be another body), for a name (not a reading of another anaphor),
        a name standing alone, an actor or a capital standing for its state, with no thing of the pronoun's number
        told as a subject or object before it in the sentence ("The navy seized a tanker off X and accused it of
        smuggling": the tanker) -- but the subject's own ("X closed its border with Y and accused it of ...")."""
        if not self._accused_object(token) and not _party_object(token):
            return False
        if best.sent != self._sent_of[token.i] or best.token not in self._named or coordinated \
                or {f.actor.id for f in found} != {best.actor.id}:
            return False
        if self._mere_place(best.actor):
            return False
        subjects = [t for t in self.doc[token.sent.start:token.i] if t.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(t.i not in self._named for t in subjects):
            return False  # (a subject the resolver read from a description may be another body: "The junta ...")
        own = self._own_clause_subjects(token)
        plural = token.morph.get("Number") == ["Plur"]
        for t in self.doc[token.sent.start:token.i]:
            if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos") \
                    or (t.morph.get("Number") == ["Plur"]) != plural or t.i in self._named or self.refs(t, ACTOR):
                continue
            if any(c.dep_ == "poss" and any(r.actor.id in own for r in self.refs(c, ACTOR)) for c in children_of(t)):
                continue  # (the subject's own thing is none it accuses: "X closed its border with Y and accused it")
            return False
        return True

    def _centered(self, token: Token, best: _Seen, sole: bool = False) -> bool:
        """Whether a subject pronoun continues ``best`` as the center of the discourse (centering theory): the
        pronoun opens its clause as the subject -- of its sentence's main clause, with ``best`` the main-clause
        subject of the sentence before ("X took Y in May. It has since attacked Z"), or of a clause coordinated
        with its sentence's main clause, with ``best`` that main clause's subject ("X took Y, and it has since
        attacked Z"). A main-clause subject outranks an object or an oblique by the margin
        ``SALIENCE_MARGIN``; another subject (of a clause inside, or named with it) ties with it: not centered."""
        if token.pos_ == "PRON" and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass") \
                and _main_subject(token.head) and best.sent == self._sent_of[token.i] - 1 \
                and self.doc[best.token].dep_ == "poss" and _main_subject(self.doc[best.token].head) \
                and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in token.sent if t.i < token.head.i):
            # "The movement's spokesman accused the government of war crimes. Its fighters ...": the possessor of one
            # main subject continued by the possessor of the next (an object in between is outranked)
            return _paragraph(token)[0] <= best.token
        if sole and token.pos_ == "PRON" and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass") \
                and _main_subject(token.head) and best.sent == self._sent_of[token.i] - 1 \
                and _salience(self.doc[best.token]) == SALIENCE_MAIN_SUBJECT \
                and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in token.sent if t.i < token.head.i):
            # "The front has fought beside the Narvian army for years. Its leader, N, says ...": the owner of the
            # main subject continues the main subject of the sentence before (a name, or a description the resolver
            # read), and an object or an oblique there is outranked by it, as a subject pronoun's would be -- where
            # that subject is the one actor of the pronoun's types the sentence names, places aside (``sole``):
            # "Oskeria designated the X Front a terrorist group. Its commander ...": the front's, the object the
            # sentence is about
            return _paragraph(token)[0] <= best.token
        if token.pos_ != "PRON" or token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in SUBJECT_PRONOUNS:
            return False
        sent, antecedent = self._sent_of[token.i], self.doc[best.token]
        if best.token not in self._named or _salience(antecedent) != SALIENCE_MAIN_SUBJECT \
                or best.sent not in (sent - 1, sent):
            return False  # (a name: a description the resolver read is no center to build on)
        if any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in token.sent if t.i < token.i and t.i > best.token):
            return False  # (a subject before it in its own sentence: "After the army left, it ...")
        if best.sent == sent - 1:
            if not _main_subject(token) or token.head.dep_ == "conj":
                return False
            return _paragraph(token)[0] <= best.token
        # the same sentence: the pronoun's clause coordinated with the main clause ("X took Y, and it ...")
        return token.head.dep_ == "conj" and _main_subject(token) and token.head.head == antecedent.head

    def _named_with_plural(self, token: Token) -> Actor | None:
        """The one body named within the anaphor's window with ``token``'s own plural noun as its head ("Fano
        militias"), not its clause's subject; None if none or two."""
        sent, window = self._sent_of[token.i], ANAPHORS.get(token.lemma_.lower(), ((), 0))[1]
        excluded = self._own_clause_subjects(token)
        found: dict[str, Actor] = {}
        for seen in self._before(token.i):
            if seen.token >= token.i or sent - seen.sent > window or seen.actor.id in excluded:
                continue
            mention = self.doc[seen.token]
            noun = mention.head if mention.dep_ in ("compound", "nmod", "amod") else mention  # (the name, or its noun)
            if noun.lower_ == token.lower_ and noun.i != token.i and any(
                    c.i in self._named and c.dep_ in ("compound", "nmod", "amod") for c in children_of(noun)):
                found[seen.actor.id] = seen.actor
        return next(iter(found.values())) if len(found) == 1 else None

    def _described_body_plural(self, token: Token) -> bool:
        """Whether ``token`` is a plural of armed bodies (``set_nouns`` of that kind) described by a word before it
        and nothing that says whose ("the holdout rebel groups", "the remaining armed factions"): "the" alone (a bare
        plural, "Turkey armed rebel groups", is read as before), no number, no possessor, no name before it, no phrase
        or clause after it, and no body of the text called by that plural ("Fano militias ... the Fano-aligned
        militias": :meth:`_named_with_plural`)."""
        if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.i in self._named \
                or SET_NOUNS.get(token.lower_) != ("ARMED_GROUP",):
            return False
        children = children_of(token)
        dets = [c for c in children if c.dep_ in ("det", "poss", "nummod", "predet", "quantmod")]
        if [c.lower_ for c in dets] != ["the"] or any(
                c.dep_ in ("prep", "appos", "relcl", "acl", "conj") for c in children):
            return False
        described = [c for c in children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
        if not described or any(c.i in self._named or c.ent_type_ or c.pos_ == "PROPN"
                                or any(k.i in self._named or k.pos_ == "PROPN" for k in c.subtree) for c in described):
            return False
        return self._named_with_plural(token) is None

    def _topic_kept_beside(self, best: _Seen, found: list[_Seen]) -> bool:
        """Whether ``best``'s sentence keeps, by a pronoun, another actor that a sentence before it had as its
        main subject ("X was founded in 2009. Y's army has fought it."): the topic goes on beside ``best``."""
        return any(f.sent == best.sent and f.actor.id != best.actor.id and self.doc[f.token].pos_ == "PRON"
                   and any(s.actor.id == f.actor.id and s.sent < best.sent and _main_subject(self.doc[s.token])
                           for s in self._before(f.token)) for f in found)

    def _coordinated_clause_subject(self, best: _Seen, found: list[_Seen]) -> bool:
        """Whether ``best``'s sentence coordinates a second clause with a subject of its own, another candidate ("A
        wants a joint command, but B has shown no interest. Its leader ..."): the first clause's subject is the more
        prominent, the second's the more recent -- which one the pronoun continues, the reader cannot tell."""
        verb = self.doc[best.token].head
        return self.doc[best.token].dep_ in ("nsubj", "nsubjpass") and any(
            f.sent == best.sent and f.subject and f.actor.id != best.actor.id and f.token > best.token
            and (other := self.doc[f.token]).dep_ in ("nsubj", "nsubjpass") and other.head.dep_ == "conj"
            and other.head.head == verb for f in found)

    def _open_subject_of(self, token: Token) -> bool:
        """Whether the subject of the clause ``token`` is an object or oblique in points back -- a third-person
        pronoun, or "the group" -- and was left unbound: the topic it carries is another than ``token``."""
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb is not None and any(
            t.dep_ in ("nsubj", "nsubjpass") and (
                (t.pos_ == "PRON" and t.lower_ in THIRD_PERSON_PRONOUNS and t.lower_ not in _PERSON_ONLY_PRONOUNS)
                or (t.pos_ == "NOUN" and t.lower_ in GROUP_NOUNS and _definite(t))) and not self.refs(t)
            for t in children_of(verb))

    def _open_pronoun_between(self, token: Token, start: int) -> bool:
        """Whether a pronoun of ``token``'s number between ``start`` and it was left unbound: the chain of
        pronouns may go on from it, to an actor other than the one at ``start``."""
        if token.lower_ in _PERSON_ONLY_PRONOUNS:
            return False  # ("his" continues no "it")
        plural = token.lower_ in PLURAL_PRONOUNS
        # (the object of a verb denying a statement is that statement, never an actor: "X denied it. Its
        # spokesman, N," -- no chain goes on from it; ``proposition_denying_verbs``)
        return any(t.pos_ == "PRON" and t.i in self._ambiguous and t.lower_ in THIRD_PERSON_PRONOUNS
                   and (t.lower_ in PLURAL_PRONOUNS) == plural and t.lower_ not in _PERSON_ONLY_PRONOUNS
                   and not (t.dep_ == "dobj" and t.head.lemma_.lower() in PROPOSITION_DENYING_VERBS)
                   for t in self.doc[start + 1:token.i])

    def _unresolved_between(self, token: Token, start: int, centered: bool = False) -> bool:
        """Whether a phrase between ``start`` and the pronoun ``token`` could be its antecedent but names
        no known actor ("the self-declared Republic of X", "the Veltrian government", "Veltria's armed
        forces"): then the pronoun may mean it, and the resolver cannot tell (precision first). Where the
        antecedent is the center the pronoun continues (``centered``: :meth:`_centered`), an object or an
        oblique is outranked by it and is no rival ("X fought the army near Y. It later accused Z": X)."""
        plural = token.lower_ in PLURAL_PRONOUNS
        person = token.lower_ in _PERSON_ONLY_PRONOUNS
        own = {a.i for a in token.ancestors}
        subject_side = token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"))
        for t in self.doc[start + 1:token.i]:
            if t.i in self._named or t.i in own or t.i in self._ambiguous or self._describes_named(t):
                continue
            if subject_side and _inside_own_description(t, self.doc[start]):
                # (refs51: "X, a militia raised among former soldiers of the old army. Its commander": background to X, for a
                # pronoun on its clause's subject side, which continues a subject; an object may mean another)
                continue
            # (a phrase the pronoun cannot agree with in kind is no rival: a singular "he" or "she" never means a
            # body, an arm or a movement -- "Her exit was a blow to the rebellion. She has since condemned X")
            if person and t.pos_ == "NOUN" and t.lower_ in COLLECTIVE_BODY_NOUNS:
                continue
            if centered and SALIENCE_MAIN_SUBJECT - _salience(t) >= SALIENCE_MARGIN:
                continue
            if t.tag_ not in (("NNS", "NNPS") if plural else ("NN", "NNP")) and not (not plural and _singular_name(t)):
                continue
            if t.pos_ == "PROPN":
                if not t.text[:1].isupper() or t.dep_ in ("compound", "poss") or t.ent_type_ in _SKIP_LABELS \
                        or t.idx < self.doc._.headline_end:
                    continue
                if not (_definite(t) or t.dep_ in ("nsubj", "nsubjpass")):
                    continue
            elif t.pos_ == "NOUN":
                if ANAPHORS.get(t.lower_, ((),))[0] == ("STATE",) and not any(c.dep_ == "det" for c in children_of(t)) \
                        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(t)) and _in_place_phrase(t):
                    continue  # ("formed in Kachin state": a region its name's first word says, no state to refer to)
                if not (t.lower_ in GOVERNMENT_NOUNS or t.lower_ in FORCE_NOUNS or t.lower_ in GROUP_NOUNS
                        or (t.lower_ in ANAPHORS and not set(ANAPHORS[t.lower_][0]) <= {"LOCATION"})):
                    continue
                if not (_definite(t) or any(c.dep_ == "poss" for c in children_of(t)) or any(
                        c.dep_ in ("amod", "compound") and c.pos_ in ("PROPN", "ADJ")
                                            and c.text[:1].isupper() for c in children_of(t))):
                    continue
            else:
                continue
            if not self.refs(t, ACTOR):
                return True
        return False

    def _locates_place(self, t: Token) -> bool:
        """Whether the mention ``t`` only says where a place lies ("Russia's Kursk region", "the Syrian town of X")."""
        head = t.head
        if t.dep_ not in ("poss", "compound", "nmod", "amod") or head == t:
            return False
        named = self._named.get(head.i)
        return (named is not None and named.type == "LOCATION") or head.lower_ in REGION_NOUNS | SETTLEMENT_NOUNS \
            or head.lower_ in NAMING_PLACE_NOUNS

    def _unnamed_namesake_between(self, token: Token, start: int) -> bool:
        """Whether a description ("the separatists", "the militia") has its own head noun used since its
        antecedent, as a verb's argument, for a body that names no actor -- indefinite ("The Houthis took X. The UAE
        backs southern separatists. The separatists took Y"), or definite and referring to no one itself: the
        description continues that unnamed body, not the name before it."""
        lemma = token.lemma_.lower()
        own = {a.i for a in token.ancestors}
        wanted = _modifier_kinds(token) or set(ANAPHORS.get(token.lower_, ((), 0))[0])
        # (the antecedent itself may be such a body, which the resolver took for an anaphor: "Niger recruited
        # insurgents. The insurgents attacked Y" -- as a verb's object only: "Insurgents stormed X" may be a group's)
        for t in self.doc[start:token.i]:
            if t.i == start and t.dep_ != "dobj":
                continue
            # (or any indefinite one a preposition takes: "a sponsorship from a shipping firm ended when the firm ...")
            indefinite_pobj = t.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(t))
            if t.pos_ != "NOUN" or t.lemma_.lower() != lemma or (t.dep_ not in ("nsubj", "nsubjpass", "dobj") \
                    or t.head.pos_ not in ("VERB", "AUX")) and not indefinite_pobj or t.i in own or t.i in self._named \
                    or self._describes_named(t):
                continue  # (a bare one is no anaphor, whatever the resolver made of it: "recruited insurgents")
            if any(c.dep_ == "poss" for c in children_of(t)) or (_definite(t) and self.refs(t, ACTOR)):
                continue  # (a definite one may itself refer back: "the rebels ... the rebels"; one that found no
                # antecedent is an unnamed body too: "The rebels fought the jihadists. The jihadists get arms from X")
            if any(c.i in self._named or self.refs(c, ACTOR) for c in children_of(t) if c.dep_ in ("compound", "amod", "nmod")):
                continue  # ("Houthi rebels": a named body's own)
            if (kinds := _modifier_kinds(t)) and wanted and not kinds & wanted:
                continue  # ("Rights groups accused X": organisations, not the armed group "the group" means)
            return True
        return False

    def _unnamed_described(self, token: Token, best: _Seen) -> bool:
        """Whether the text, before ``token`` and within its window, gave the description's head noun to a phrase
        that names no actor ("The Carlos Patino front, a dissident faction, ..."), and never to ``best``'s actor: "the
        faction" may continue that unnamed body rather than the name last seen."""
        lemma = token.lemma_.lower()
        first = doc_sents(self.doc)[max(0, self._sent_of[token.i] - ANAPHORS.get(token.lower_, ((), 2))[1])].start
        nouns = self._nouns_of_lemma(lemma)
        for t in map(self.doc.__getitem__, nouns[bisect_left(nouns, first):bisect_left(nouns, token.i)]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or t.dep_ != "appos" or t.head.i in self._named:
                continue
            described = t.head
            if described.pos_ not in ("NOUN", "PROPN") or any(c.i in self._named for c in children_of(described) if c.dep_ == "poss") \
                    or self.refs(described, ACTOR):
                continue  # (a described name or anaphor: "the group, a faction of X,")
            if not any(c.dep_ in ("compound", "det", "nmod") and (c.pos_ == "PROPN" or c.i in self._named or c.ent_type_)
                       for c in children_of(described) if c.i < described.i):  # (a merged name may be tagged "det")
                continue  # only a named body the resolver does not know: "The Carlos Patino front"
            return not self._described_as(best.actor, {lemma})
        return False

    def _describes_named(self, t: Token) -> bool:
        """Whether ``t`` only describes an actor named beside it -- a predicate noun ("Hezbollah is a Shia
        movement") or an apposition ("Hezbollah, a Shia movement,"): the same referent, no rival for a pronoun."""
        if t.dep_ == "attr":
            return any(c.dep_ == "nsubj" and (c.i in self._named or self.refs(c, ACTOR)) for c in t.head.children)
        if t.dep_ == "appos":
            return t.head.i in self._named
        # (or a name in apposition to it: "hired a security firm, X,": the firm is X)
        return any(c.dep_ == "appos" and c.i in self._named and not contrasted(c) for c in children_of(t))

    @staticmethod
    def _harboured_pronoun(token: Token) -> bool:
        """Whether ``token`` is "them" as the object of a verb of sheltering, arming or paying a body
        (``HARBOURING_VERBS``): "denied sheltering them", "accused of arming them"."""
        return token.lower_ == "them" and token.dep_ == "dobj" and token.head.lemma_.lower() in HARBOURING_VERBS

    def _state_speaker(self, seen: _Seen) -> bool:
        """Whether ``seen`` is a state or government told as the speaker of a report ("officials in X say",
        "X's ministers said"): who told of a body, not the body."""
        if seen.actor.type not in ("STATE", "GOVERNMENT"):
            return False
        root = _phrase_root(self.doc[seen.token])
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS | SPEECH_VERBS

    def _number_fits(self, token: Token, seen: _Seen) -> bool:
        """Whether a plural pronoun agrees with a mention: "they" is never one state named alone by its
        singular name ("The Houthis control northern Yemen. They ..." -- the Houthis, not Yemen)."""
        if token.lower_ in NEUTER_PRONOUNS:  # nor is "it" a state's people in the plural ("Ukrainian officials said")
            mention = self.doc[seen.token]
            return not (mention.tag_ == "NNS" and seen.token not in self._named and token.pos_ == "PRON" and any(
                c.dep_ in ("amod", "compound") and self.gazetteer.by_demonym(c.text) for c in children_of(mention)))
        if token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in BODY_NOUNS:
            # nor is "the group" a body the text named only in the plural ("backs other rebel factions"): several
            mention = self.doc[seen.token]
            return not (seen.token not in self._named and mention.tag_ == "NNS" and mention.lemma_.lower() in BODY_NOUNS)
        if token.lower_ in ("they", "them", "their") and seen.actor.type == "GOVERNMENT" and seen.token not in self._named:
            # nor one government told by a singular noun ("Congo's army refused to talk to the rebels, and their
            # leader ...": the rebels')
            return self.doc[seen.token].tag_ != "NN"
        if token.lower_ not in ("they", "them", "their") or seen.actor.type != "STATE":
            return True
        mention = self.doc[seen.token]
        return mention.tag_ in ("NNS", "NNPS") or len(self._coordinated(mention)) > 1

    def _described_as(self, actor: Actor, kinds: set[str]) -> bool:
        """Whether the text calls an actor by one of ``kinds`` where it names it: "the Viv Ansanm coalition",
        "X, an alliance of gangs", "X is a coalition of ..."."""
        for i, named in self._named.items():
            if named.id != actor.id:
                continue
            tok = self.doc[i]
            if tok.dep_ in ("compound", "nmod") and tok.head.lower_ in kinds:
                return True
            if any(c.dep_ == "appos" and c.lemma_.lower() in kinds for c in children_of(tok)):
                return True
            if _introduced_by_description(tok, kinds):
                return True  # "a breakaway faction of X, the Y": Y, introduced as a faction
            apposed = self._apposed_description(tok)
            if apposed is not None and apposed.lemma_.lower() in kinds:
                return True  # "X (XJ), the regional coalition that ...", the description hung elsewhere by the parser
            if tok.dep_ in ("nsubj", "nsubjpass"):  # "X is a coalition of ...", "X was formed as an alliance"
                described = [c for c in tok.head.children if c.dep_ == "attr"]
                described += [p for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ROLE_PREPS
                              for p in children_of(c) if p.dep_ == "pobj"]
                if any(d.lemma_.lower() in kinds for d in described):
                    return True
        return False

    def _described_by_noun(self, token: Token, types: tuple[str, ...], excluded: set[str], window: int) -> Actor | bool | None:
        """The one candidate within ``window`` sentences that the text itself described by the description's own noun
        ("the Jabal Guard, a Druze militia", "X is a faction of Y") when it is not the nearest candidate: "the
        militia" is the body called a militia, not a nearer one never called so. None where none was called so, or
        where the nearest candidate is one; False where two were, the nearest neither (the reader cannot tell which)."""
        lemma = token.lemma_.lower()
        if lemma in GENERIC_BODY_NOUNS or token.lower_ in GENERIC_BODY_NOUNS:
            return None  # ("X, a jihadist group, ... the group's leadership": any body is called a group)
        sent = self._sent_of[token.i]
        candidates: dict[str, Actor] = {}
        for seen in reversed(self._before(token.i)):
            if seen.token >= token.i:
                continue
            if sent - seen.sent > window:
                break
            tok = self.doc[seen.token]
            if seen.token in self._named and tok.dep_ not in _MODIFIER_DEPS and seen.actor.type in types \
                    and seen.actor.id not in excluded and not _set_aside(tok):  # (names, not a modifier: "a Druze militia")
                candidates.setdefault(seen.actor.id, seen.actor)
        if len(candidates) < 2:
            return None
        called = [a for a in candidates.values() if self._described_as(a, {lemma})]
        if called and self._introductions(token, window) > 1:
            return False  # ("a faction, the X, and another faction, the Y ... the faction": which, unknown)
        if len(called) == 1:
            return called[0]  # (even the nearest: "A fought a faction of B, the C. The faction ...": C, not the subject A)
        if not called or next(iter(candidates)) in {a.id for a in called}:
            return None
        return False  # (two called so, the nearest neither: which, unknown)

    def _introductions(self, token: Token, window: int) -> int:
        """How many indefinite phrases of the description's noun ("a faction", "another faction") the text used within
        ``window`` sentences before it: two bodies so introduced leave "the faction" open, even where one is unnamed."""
        first = doc_sents(self.doc)[max(0, self._sent_of[token.i] - window)].start
        nouns = self._nouns_of_lemma(token.lemma_.lower())
        return sum(1 for i in nouns[bisect_left(nouns, first):bisect_left(nouns, token.i)]
                   if any(c.dep_ == "det" and c.lower_ in INTRODUCING_DETERMINERS for c in children_of(self.doc[i])))

    def _apposed_description(self, name: Token) -> Token | None:
        """The head noun of a description set off right after a name (and its bracketed acronym) by a comma -- "the
        Lake Force (LF), the regional coalition that ...", "X, a militia armed by Y" -- however the parser hung it
        (often as an object of the verb before the name); None when there is none, or when it is a speaker's
        subject ("X struck Y, the group said": the description of another)."""
        after = name.i + 1
        if after < len(self.doc) and self.doc[after].text == "(":
            close = next((t.i for t in self.doc[after:min(after + 6, len(self.doc))] if t.text == ")"), None)
            if close is None:
                return None
            after = close + 1
        if after + 1 >= len(self.doc) or self.doc[after].text != "," or self.doc[after + 1].dep_ != "det" \
                or self.doc[after + 1].lower_ not in ("the", "a", "an"):
            return None
        noun = self.doc[after + 1].head
        if noun.pos_ != "NOUN" or noun.i <= after + 1 or noun.left_edge.i != after + 1 or noun.i in self._named:
            return None
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in SPEECH_VERBS:
            return None
        return noun

    def _kind_fits(self, token: Token, actor: Actor) -> bool:
        """Whether a description of an armed group ("the jihadists", "the rebel forces") may mean ``actor`` as far
        as the gazetteer's ``kind`` goes (``ANAPHOR_KINDS``): "the jihadists" are no mercenary force or
        paramilitary the gazetteer knows, unless the text called it so; "the rebels" are no cartel."""
        if actor.type != "ARMED_GROUP" or token.pos_ not in ("NOUN", "PROPN"):
            return True
        words = [token.lower_, *(c.lower_ for c in children_of(token) if c.dep_ in ("amod", "compound"))]
        rule = next((ANAPHOR_KINDS[w] for w in words if w in ANAPHOR_KINDS), None)
        if rule is None:
            return True
        entry = self._entries.get(actor.id)
        kind = entry.kind if entry is not None else None
        if kind is not None and kind in rule.get("not", ()):
            return False
        creed = next((c for c in children_of(token) if _creed_modifier(c)), None)
        if creed is not None:
            # "the Maoist rebels", the creed word parsed as part of a name: only a group the gazetteer knows to be
            # of that kind, or one the text calls so, or whose name carries the word -- never a group it cannot check
            strict = ANAPHOR_KINDS[creed.lower_]
            return kind in strict["only"] or self._called(actor, set(strict.get("called", ()))) \
                or any(creed.lower_ in _name_words(n) for n in actor.names)
        if "only" not in rule or entry is None or kind in rule["only"]:
            return True
        return self._called(actor, set(rule.get("called", ())))

    def _called(self, actor: Actor, words: set[str]) -> bool:
        """Whether the text calls ``actor`` by one of ``words`` where it names it: "X jihadists", "the jihadist
        group X", "X, a jihadist movement"."""
        for i, named in self._named.items():
            if named.id != actor.id:
                continue
            tok = self.doc[i]
            nouns = [c for c in children_of(tok) if c.dep_ == "appos"]
            if tok.dep_ in ("compound", "nmod", "appos"):
                nouns.append(tok.head)
            if any(n.lower_ in words or any(m.dep_ in ("amod", "compound") and m.lower_ in words for m in children_of(n))
                   for n in nouns):
                return True
            if any(m.dep_ in ("amod", "compound") and m.lower_ in words for m in children_of(tok)):
                return True
        return False

    def acting_capital(self, token: Token) -> bool:
        """Whether the capital named at ``token`` stands for its state there ("Beijing cut trade"): no place."""
        actor = self._named.get(token.i)
        return actor is not None and self._acting_capital(
            _Seen(token.i, self._sent_of[token.i], actor, _subject_like(token)))

    def _group_of_another_state(self, token: Token, seen: _Seen) -> bool:
        """Whether an armed group that "the insurgents" or "the group" might mean belongs to another conflict than
        the one the sentence speaks of: every time the text named the group before, it placed it in some states
        ("backing the ADF rebels in eastern Congo", "the X fighters active in its eastern provinces"), and the
        sentence of the description names states, by their names, places, capitals, governments or leaders, none
        of them those ("Malawi's president ruled out talks with the group"), or, naming none, the story's home
        state is none of them. A group the text placed nowhere, or placed where the sentence is, stays a
        candidate; so does any where neither the sentence nor the story's home tells a state."""
        if seen.actor.type != "ARMED_GROUP" or token.pos_ != "NOUN" or token.lower_ not in REBEL_NOUNS | GROUP_NOUNS:
            return False
        mentions = [self.doc[i] for i, named in self._named.items() if named.id == seen.actor.id and i < token.i]
        if not mentions:
            return False
        placed: set[str] = set()
        for mention in mentions:
            states = self._states_placing(mention)
            if not states:
                return False
            placed |= states
        sent = doc_sents(self.doc)[self._sent_of[token.i]]
        datelines = self.doc._.datelines  # ("BRUSSELS, May 2 - ...": where the story is filed, not what it is about)
        here = {state for t in sent if t.i != token.i and not any(a <= t.idx < b for a, b in datelines)
                for state in self._states_of_name(t)}
        if not here:  # ("the insurgents attacked a town the gazetteer does not know"): the story's own state
            home = self.home_state()
            here = {home.name} if home is not None else set()
        return bool(here) and not here & placed

    def _states_of_name(self, t: Token) -> set[str]:
        """The state a named token stands for or lies in: a state, its government, its capital, a place in it; or
        the state a people's word names ("the Brennian government")."""
        named = self._named.get(t.i)
        entry = self._entries.get(named.id) if named is not None else None
        if entry is None and t.text[:1].isupper() and t.is_alpha and t.i not in self._named:
            entry = self.gazetteer.by_demonym(t.text) or next(
                (e for e in self._entries.values() if e.type == "STATE" and t.text in e.demonyms), None)
        if entry is None:
            return set()
        if entry.type == "STATE":
            return {entry.name}
        found = set()
        for name in (entry.state, entry.metonym_of):
            state = self.gazetteer.lookup(name) if name else None
            if state is not None and state.type == "STATE":
                found.add(state.name)
        if entry.type == "GOVERNMENT":
            state = self.gazetteer.governed_state(entry)
            if state is not None:
                found.add(state.name)
        return found

    def _states_placing(self, mention: Token) -> set[str]:
        """The states an "in" phrase right after a mention's noun phrase places it in ("the X rebels in eastern
        Congo", "X fighters active in its eastern provinces"): its named places, or a possessive's state."""
        if mention.dep_ in ("compound", "nmod", "amod") and mention.head.pos_ == "NOUN" and mention.head.lower_ not in REBEL_NOUNS | GROUP_NOUNS:
            return set()  # ("Hezbollah positions in southern Lebanon": the positions are placed, not the group)
        phrase = mention.head if mention.dep_ in ("compound", "nmod", "amod") and mention.head.pos_ == "NOUN" else mention
        preps = [c for c in children_of(phrase) if c.dep_ == "prep" and c.lower_ == "in"]
        preps += [g for c in children_of(phrase) if c.dep_ in ("acl", "amod", "relcl")
                  for g in children_of(c) if g.dep_ == "prep" and g.lower_ == "in"]
        preps += [c for c in children_of(phrase.head) if c.dep_ == "prep" and c.lower_ == "in"
                  and c.i == phrase.right_edge.i + 1 and phrase.dep_ == "dobj"]  # (the parser's "backing X | in Y")
        states: set[str] = set()
        for prep in preps:
            for w in prep.subtree:
                states |= self._states_of_name(w)
                if w.dep_ == "poss" and w.pos_ == "PRON":
                    owners = set()
                    for ref in self.refs(w, ACTOR):
                        entry = self._entries.get(ref.actor.id)
                        if entry is not None and entry.type in ("STATE", "GOVERNMENT"):
                            state = entry if entry.type == "STATE" else self.gazetteer.governed_state(entry)
                            if state is not None:
                                owners.add(state.name)
                    if not owners:  # "the X rebels fighting in its eastern provinces", "its" left open: a state the
                        # sentence names
                        owners = {state for t in mention.sent for state in self._states_of_name(t)}
                    states |= owners
        return states

    def _acting_capital(self, seen: _Seen) -> bool:
        """Whether a mention of a capital stands for its state there, not for the place: the subject of a verb
        that acts on something ("the troops Kigali sent", "Moscow accused X of ...") -- no antecedent for "the
        city" or "the town" ("Khartoum fell to the RSF. The city ...": a place, still)."""
        entry = self._entries.get(seen.actor.id)
        tok = self.doc[seen.token]
        if entry is None or not entry.metonym_of:
            return False
        verbs = [c for c in children_of(tok) if c.dep_ == "relcl"]  # "Nairobi, which accused X of ..."
        if tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):  # "welcomed by Nairobi"
            verbs.append(tok.head if tok.dep_ == "nsubj" else tok.head.head)
        for verb in verbs:
            if verb.pos_ != "VERB":
                continue
            if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in children_of(verb)) or verb.dep_ == "relcl" \
                    and tok.dep_ == "nsubj" and verb.head.ent_type_ not in ("DATE", "TIME"):
                return True  # ("the soldiers that Kigali sent": its object is the noun the clause describes)
            if tok.dep_ == "pobj":
                return True  # (a passive's doer)
        return False

    def _unnamed_ground_before(self, token: Token) -> bool:
        """Whether the sentence of a vague place anaphor ("the area") tells, before it, of a feature of ground no
        name marks ("a hill near the temple", "a ridge", "the checkpoint"): the area may be that feature's, and a
        place named sentences before is no surer antecedent than it."""
        return any(t.pos_ == "NOUN" and t.lower_ in GROUND_FEATURE_NOUNS and t.i not in self._named
                   and not any(c.i in self._named for c in children_of(t) if c.dep_ in ("compound", "poss", "amod"))
                   for t in token.sent if t.i < token.i)

    def _place_fits(self, token: Token, actor: Actor) -> bool:
        """Whether a place anaphor agrees in kind with a place: "the region" is never a city or a capital,
        "the town" never a province, "the base" only a place named or described as one ("Bagram air base")."""
        if actor.type != "LOCATION" or token.pos_ != "NOUN":
            return True
        noun = token.lemma_.lower()
        if noun not in WATER_BODY_WORDS and (water_body(actor) or _shore(actor)):
            return False  # "a desert strip on Africa's Atlantic coast. Y annexed the territory": land, not the sea or its coast
        if noun != "continent" and _continent(actor):
            return False  # ... nor the continent it lies in, or a quarter of it ("north-west Africa")
        nouns = self._place_nouns(actor)
        if noun in FACILITY_ANAPHORS or token.lower_ in FACILITY_ANAPHORS:
            return noun in nouns
        kinds = {"settlement" if n in SETTLEMENT_NOUNS else "region" if n in REGION_NOUNS - VAGUE_REGION_NOUNS
                 else "facility" for n in nouns if n in SETTLEMENT_NOUNS | REGION_NOUNS | FACILITY_NOUNS}
        if not kinds and noun in REGION_NOUNS - VAGUE_REGION_NOUNS and self._only_a_point(actor):
            return False  # "an ambush near Tessit ... withdrew from the region": the region is not that town
        if len(kinds) != 1:
            return True  # unknown, or described both ways: the text decides
        if noun in REGION_NOUNS:
            return not kinds & {"settlement", "facility"}
        if noun in SETTLEMENT_NOUNS:
            return not kinds & {"region", "facility"}
        return True

    def _town_of_region(self, noun: Token, place: Actor) -> bool:
        """Whether a settlement noun a place name modifies ("M23 takes South Kivu town") names some town in that
        place, the text describing the place elsewhere only as a region ("in South Kivu province"): a province is
        no town, so the town is unnamed (fresh40a). "Beni town", a name described no other way, stays Beni; so does
        "Sweida city" in "Sweida province"."""
        if noun.lemma_.lower() not in SMALL_SETTLEMENT_NOUNS:
            return False  # ("Sweida city": a city often bears its province's name)
        kinds = self._place_nouns(place) - {noun.lemma_.lower()}
        return bool(kinds & (REGION_NOUNS - VAGUE_REGION_NOUNS)) and not kinds & (SETTLEMENT_NOUNS | CAPITAL_NOUNS)

    def _only_a_point(self, actor: Actor) -> bool:
        """Whether the text names a place only after a preposition that locates by a point ("near X")."""
        mentions = [self.doc[i] for i, named in self._named.items() if named.id == actor.id]
        mentions = [_first_conjunct(t) for t in mentions]  # ("near X and Y": Y too)
        return bool(mentions) and all(t.dep_ == "pobj" and t.head.lower_ in POINT_PREPOSITIONS for t in mentions)

    def _place_nouns(self, actor: Actor) -> set[str]:
        """The nouns that describe a place: the last word of its name ("Marib Province"), "capital" for a
        capital or seat of power, and the text's own descriptions ("X, a market town", "the town of X",
        "X province", "X air base")."""
        if not hasattr(self, "_described"):
            self._described: dict[str, set[str]] = {}
        if actor.id in self._described:
            return self._described[actor.id]
        nouns = {w for n in actor.names for w in normalize_name(n).split()[-1:]}
        if actor.id in self._facility_city:
            nouns |= set(normalize_name(actor.name).split()) & FACILITY_NOUNS
        entry = self._entries.get(actor.id)
        state = self.gazetteer.lookup(entry.state) if entry is not None and entry.state else None
        if entry is not None and (entry.metonym_of or (state is not None and state.capital == entry.name)):
            nouns |= CAPITAL_NOUNS
        for i, named in self._named.items():
            if named.id != actor.id:
                continue
            tok = self.doc[i]
            nouns |= {c.lemma_.lower() for c in children_of(tok) if c.dep_ == "appos"}
            if tok.dep_ == "compound":
                nouns.add(tok.head.lemma_.lower())
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in NAMING_PLACE_NOUNS:
                nouns.add(tok.head.head.lemma_.lower())  # "the town of X" (not "the capital of X")
        self._described[actor.id] = nouns
        return nouns

    def _local_antecedent(self, token: Token, types: tuple[str, ...]) -> Actor | bool | None:
        """Syntax that settles a pronoun: the actor, False for "no antecedent", None where it says nothing.

        * "A and its backer B": the conjunct just before;
        * "X was founded by Y, who still leads it": the subject of the clause the relative clause hangs on.
        """
        head = token.head
        sent_forces = self._sent_forces(token)
        if sent_forces is not None:
            return self._local_actor(token, sent_forces, types)
        if token.dep_ == "poss" and head.dep_ == "conj" and head.head != head:
            before = [c for c in (head.head, *head.head.conjuncts) if c.i < head.i]
            if before:
                prev = max(before, key=lambda c: c.i)
                return self._local_actor(token, prev, types)
        if token.dep_ == "poss":
            # "the RSF's deputy commander and the brother of its leader": a possessive deeper in a noun phrase
            # coordinated with one whose owner is named is that owner's
            for a in token.ancestors:
                if a.pos_ in ("VERB", "AUX"):
                    break
                if a.dep_ == "conj" and a.head.pos_ in ("NOUN", "PROPN") and a.head.i < a.i and a != head:
                    owners = [c for c in a.head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
                    if len(owners) == 1:
                        return self._local_actor(token, owners[0], types)
                    break
        if token.dep_ == "poss" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "own":
            # "its own troops" is its clause subject's ("Rwanda, which deployed its own troops": Rwanda's)
            verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
            if len(subjects) == 1:
                subject = subjects[0]
                if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    subject = verb.head
                if subject.i < token.i and (subject.i in self._named or self.refs(subject, ACTOR)):
                    return self._local_actor(token, subject, types)
        if token.dep_ == "poss":
            # "urged Rwanda to end its support", "called on Iran to halt its strikes": the possessive in the
            # complement of an object it controls is that object's
            complement = next((a for a in token.ancestors if a.dep_ in ("xcomp", "ccomp", "advcl") or a.dep_ == "ROOT"), None)
            # ("calls on Chad to end its support for X", the parser hanging the infinitive as a purpose: Chad's, mood37)
            appealed = complement is not None and complement.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children_of(complement))
            if complement is not None and (complement.dep_ == "xcomp" or appealed):
                governor = complement.head
                controllers = [c for c in children_of(governor) if c.dep_ == "dobj" and c.i < complement.i] \
                    if governor.lemma_ in OBJECT_CONTROL_VERBS and not appealed else \
                    [p for c in children_of(governor) if c.dep_ == "prep" and f"{governor.lemma_} {c.lower_}" in APPEAL_VERBS
                     for p in children_of(c) if p.dep_ == "pobj" and p.i < complement.i]
                # (not what an attack is aimed at: "prompted A and B to launch strikes on their positions" are the
                # first clause's, not the attackers'; and a plural after several controllers is each one's own,
                # "forced A and B to reinforce their troops": no one the relation could name)
                if len(controllers) == 1 and not _attack_target(token.head):
                    if token.lower_ in PLURAL_PRONOUNS and controllers[0].conjuncts:
                        self._ambiguous.add(token.i)
                        return False
                    return self._local_actor(token, controllers[0], types)
        if token.dep_ == "poss" and (act := next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)) is not None \
                and act.dep_ == "acl" and act.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(act)):
            # "welcomed Ethiopia's decision to end its blockade of X": the act a named owner's decision, plan or
            # offer is to do is that owner's, and so is its possessive (not the welcomer's: own38)
            owners = [c for c in act.head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i in self._named] or [
                g for p in act.head.children if p.dep_ == "prep" and p.lower_ in ("of", "by") and p.i < act.i
                for g in children_of(p) if g.dep_ == "pobj" and g.i in self._named]
            # (false39: "the decision of the EU to lift its sanctions", "a plan by Chad to pull out its troops" too)
            if len(owners) == 1 and self._named[owners[0].i].type in types:
                return self._named[owners[0].i]
        if token.dep_ == "poss" and token.head.dep_ == "pobj" and token.head.head.lower_ == "in" \
                and token.head.lower_ in CAMPAIGN_NOUNS | ATTACK_NOUNS and token.head.head.head.lemma_ in ABETTING_VERBS:
            # "Egypt backed the LNA in its offensive on Tripoli": the act one is backed in is one's own
            helped = [c for c in token.head.head.head.children if c.dep_ == "dobj" and c.i < token.i]
            if len(helped) == 1:
                plural = helped[0].tag_ in ("NNS", "NNPS") or bool(helped[0].conjuncts)
                refs = [r for r in self.refs(helped[0], ACTOR) if r.kind != "distributive"]
                # (a name may be either number: "the Houthis ... its", "M23 ... their")
                if helped[0].pos_ == "PROPN" or plural == (token.lower_ in PLURAL_PRONOUNS):
                    # (the helped who are no actor known, "helped the rebels in their offensive": no one's)
                    return refs[0].actor if len(refs) == 1 and refs[0].actor.type in types else False
        if token.dep_ == "poss" and token.head.dep_ == "dobj" and token.head.head.lemma_ in EVENT_GOVERNORS:
            # "let Russian troops launch their assault on Kyiv", "Iraq allowed Turkey to launch its offensive": the act
            # a verb's own subject launches, wages or resumes is that subject's, where the two agree in number
            subjects = [c for c in token.head.head.children if c.dep_ == "nsubj" and c.i < token.i]
            # (a coordinated subject, "A, B and C completed their withdrawal", is a set: read as elsewhere)
            if len(subjects) == 1 and subjects[0].pos_ in ("NOUN", "PROPN") and not subjects[0].conjuncts \
                    and (subjects[0].tag_ in ("NNS", "NNPS")) == (token.lower_ in PLURAL_PRONOUNS):
                refs = [r for r in self.refs(subjects[0], ACTOR) if r.kind != "distributive"]
                if len(refs) == 1 and refs[0].actor.type in types:
                    return refs[0].actor
        relcl = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if relcl is not None and token.dep_ in ("dobj", "pobj", "poss") and relcl.head.i in self._named \
                and self._named[relcl.head.i].type == "PERSON":
            verb = relcl.head.head
            while verb.dep_ in ("prep", "agent", "pobj", "dobj") and verb.head != verb:
                verb = verb.head
            subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < relcl.head.i]
            if verb.pos_ in ("VERB", "AUX") and len(subjects) == 1:
                return self._local_actor(token, subjects[0], types)
        if relcl is not None and token.dep_ == "nsubj" and token.head == relcl and relcl.head.dep_ in ("dobj", "pobj") \
                and not any(c.tag_ in ("WDT", "WP") for c in children_of(relcl)) and (subject := self._object_owner(relcl)) is not None \
                and (subject.pos_ == "PROPN" or (subject.tag_ in ("NNS", "NNPS")) == (token.lower_ in PLURAL_PRONOUNS)):
            # "X said that Y must respect the truce it signed with Z": the subject of a contact clause on an object
            # is the subject of the verb that object hangs on (Y), nearer than the speaker or the sentence's topic
            # (a name may be either number: "the Houthis ... it"; a noun must agree)
            return self._local_actor(token, subject, types)
        if relcl is not None and token.dep_ == "nsubj" and token.lower_ in PLURAL_PRONOUNS and relcl.head.dep_ in ("dobj", "pobj"):
            # "herders fleeing X, which they accuse of theft": "they" are the unnamed plural subject of the verb
            # whose object the relative clause describes, not an actor named before
            verb = relcl.head.head
            while verb.dep_ in ("prep", "agent", "pobj") and verb.head != verb:
                verb = verb.head
            subjects = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < relcl.head.i]
            if len(subjects) == 1 and subjects[0].tag_ == "NNS" and subjects[0].pos_ == "NOUN" \
                    and subjects[0].i not in self._named and not self.refs(subjects[0], ACTOR):
                return False
        if self._unnamed_conjunct_subject(token):
            return False
        return None

    def _unnamed_conjunct_subject(self, token: Token) -> bool:
        """Whether a plural subject pronoun of a verb coordinated with an earlier one continues that verb's own
        subject, a bare plural noun no actor is: in "the mutineers praised X, which had attacked Y, and they accused
        Z", "they" are the mutineers, not X named in passing (prec57), so no one a relation could name."""
        if token.lower_ not in PLURAL_PRONOUNS or token.dep_ != "nsubj" or token.head.dep_ != "conj":
            return False
        first = token.head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        subjects = [c for c in children_of(first) if c.dep_ == "nsubj" and c.i < first.i]
        if len(subjects) != 1:
            return False
        subject = subjects[0]
        # (a noun its modifiers tie to a body, "fighters of X", "RSF gunmen", is left to the ordinary reading)
        return subject.tag_ == "NNS" and subject.pos_ == "NOUN" and not subject.conjuncts \
            and all(c.dep_ == "det" or c.dep_ == "amod" and c.is_lower for c in children_of(subject)) \
            and subject.i not in self._named and not self.refs(subject, ACTOR)

    def _object_owner(self, relcl: Token) -> Token | None:
        """The one named subject, before it, of the verb whose object (or its preposition's object) a relative
        clause describes ("Y must respect the truce ...", "Y is bound by the ceasefire ..."): Y, or None."""
        verb = relcl.head.head
        while verb.dep_ in ("prep", "agent", "pobj") and verb.head != verb:
            verb = verb.head
        subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < relcl.head.i]
        if verb.pos_ not in ("VERB", "AUX") or len(subjects) != 1 or subjects[0].conjuncts \
                or not (subjects[0].i in self._named or self.refs(subjects[0], ACTOR)):
            return None
        return subjects[0]

    def _sent_forces(self, token: Token) -> Token | None:
        """"Kenya keeps 800 officers in Haiti, where they fight X", "Rwanda sent troops to Y, and they retook Z": a
        plural subject pronoun whose nearest plural noun before it, in its sentence, is personnel its clause's
        governor sent, keeps or deployed (``own_force_verbs``, ``sent_personnel_nouns``) is those forces: the sender
        (the subject token returned), where its own clause hangs on the sending one."""
        if token.lower_ not in PLURAL_PRONOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        start = token.sent.start
        plural = next((t for t in reversed(self.doc[start:token.i]) if t.tag_ in ("NNS", "NNPS")), None)
        if plural is None or plural.lower_ not in SENT_PERSONNEL_NOUNS or plural.dep_ not in ("dobj", "nsubjpass") \
                or plural.head.lemma_.lower() not in OWN_FORCE_VERBS \
                or any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and not c.is_lower)
                       for c in children_of(plural) if c.i < plural.i):
            return None  # ("sent Kenyan troops", "sent its soldiers": owned, read as such; "police officers" is none)
        sender = plural.head
        if not any(a == sender for a in token.head.ancestors) or any(c.dep_ == "neg" for c in children_of(sender)):
            return None
        subjects = [c for c in children_of(sender) if c.dep_ == "nsubj" and c.lower_ not in PLURAL_PRONOUNS]
        return subjects[0] if len(subjects) == 1 else None

    def _local_actor(self, token: Token, antecedent: Token, types: tuple[str, ...]) -> Actor | bool:
        refs = [r for r in self.refs(antecedent, ACTOR) if r.kind != "distributive"]
        if len(refs) == 1 and refs[0].actor.type in types:
            return refs[0].actor
        if antecedent.i in self._named and self._named[antecedent.i].type in types:
            return self._named[antecedent.i]
        self._ambiguous.add(token.i)
        return False

    def named_before(self, entry: Entry, i: int) -> bool:
        """adv37: whether the text names the gazetteer's ``entry`` (by any of its names) before token ``i``."""
        return any(j < i and self._entries.get(a.id) is entry for j, a in self._named.items())

    def _federal_unit_region(self, token: Token) -> Actor | bool | None:
        """near55: the region a definite "the state" owning a place refers back to, where the last state or region
        named before it (in its sentence or the one before) is a federation's first-level region (``iso_region``, or
        a name the text gives with "State"): "Militants took Maiduguri, the capital of Borno, and Biu, the state's
        second town": Borno, not a sovereign state named earlier. After a state ("Kenya's president said Lamu, the
        state's oldest town, ...") it is left to the reading of a state (None); after two regions named together,
        it is either (False)."""
        if token.dep_ != "poss" or any(c.dep_ not in ("det", "case") for c in token.children) or not _definite(token) \
                or token.head.lemma_.lower() not in PLACE_NOUNS | SETTLEMENT_NOUNS:
            return None
        sent, described = self._sent_of[token.i], {a.i for a in token.ancestors}
        for seen in reversed(self._before(token.i)):
            if sent - seen.sent > 1:
                return None
            if seen.token in described:
                continue  # ("Lamu, the state's oldest town": the place described, not the one it lies in)
            if seen.actor.type in ("STATE", "GOVERNMENT"):
                return None
            if seen.actor.type == "LOCATION" and self._federal_region(seen.actor):
                # (one of two regions named together, "Sokoto and Zamfara": which one, the text does not say)
                paired = any(c.i in self._named and self._federal_region(self._named[c.i])
                             for c in self.doc[seen.token].conjuncts)
                return False if paired else seen.actor
        return None

    def _federal_region(self, actor: Actor) -> bool:
        """Whether ``actor`` is a state's first-level region: the gazetteer's (``iso_region``) or one the text names
        with "State" ("Kachin State", "Velmar State")."""
        entry = self.entry(actor) or self.gazetteer.lookup(actor.name)
        return entry is not None and iso_region(entry) or actor.name.split()[-1] == "State"

    def _before(self, i: int) -> list[_Seen]:
        """The mentions before token ``i``, in order (the history is kept in token order: a backward scan
        starts here, not past every later mention)."""
        return self._history[:bisect_left(self._history, i, key=_seen_token)]

    def note(self, token: Token, actor: Actor) -> None:
        """Record that ``token`` refers to ``actor``, so later anaphors can find it."""
        at = bisect_left(self._history, token.i, key=_seen_token)  # (the history is kept in token order)
        if at < len(self._history) and self._history[at].token == token.i:
            return
        self._history.insert(at, _Seen(token.i, self._sent_of[token.i], actor, _subject_like(token)))

    def state_of(self, person: Actor) -> Entry | None:
        """The state a person governs or serves: from a title in this text, else the gazetteer (the state he heads,
        or the one whose official he is)."""
        if person.id in self._person_state:
            return self._person_state[person.id]
        entry = self._entries.get(person.id)
        state = (entry.state or entry.serves) if entry is not None else None
        return self.gazetteer.lookup(state) if state else None

    def state_containing(self, place: Actor) -> Entry | None:
        """The state a place lies in, as the gazetteer knows it (Borno: Nigeria), or None."""
        entry = self._entries.get(place.id)
        if entry is None or entry.type != "LOCATION" or not entry.state:
            return None
        state = self.gazetteer.lookup(entry.state)
        return state if state is not None and state.type == "STATE" else None

    def body_of(self, person: Actor) -> Entry | None:
        """The body, not a state, the gazetteer knows a person to head ("Secretary-General N": the UN's)."""
        entry = self._entries.get(person.id)
        return self.gazetteer.lookup(entry.heads) if entry is not None and entry.heads else None

    def note_person_state(self, person: Actor, state: Entry) -> None:
        self._person_state.setdefault(person.id, state)

    def note_official_state(self, person: Actor, state: Actor) -> None:
        """Record that a title in this text names the state ``person`` serves ("Kestria's defence minister, N",
        "Lusk's envoy N"): read only by a later possessive of his ("his government", "her country"). The first
        title wins; a person the gazetteer places in a state keeps that state."""
        if state.type == "GOVERNMENT":  # "Chadian Defence Minister N": of the government of Chad -- Chad's man
            entry = self._entries.get(state.id)
            own = self.gazetteer.lookup(entry.state) if entry is not None and entry.state else None
            state = self.state_actor(own) if own is not None and own.type == "STATE" else state
        if state.type == "STATE":
            self._official_state.setdefault(person.id, state.id)

    def served_state(self, person: Actor, before: int | None = None) -> Actor | None:
        """The state actor a title in this text says ``person`` serves (:meth:`note_official_state`), else the one
        a serving title in apposition to one of his mentions before ``before`` names, or None."""
        state_id = self._official_state.get(person.id)
        if state_id is not None:
            return self.actors.get(state_id)
        return self._appositive_served_state(person, len(self.doc) if before is None else before)

    def _appositive_served_state(self, person: Actor, before: int) -> Actor | None:
        """"Kestria's defence minister, Maro Dunst, ..." / "Maro Dunst, the Kestrian envoy, ...": the one state a
        serving title (``STATE_SERVING_TITLES``) or a head of state's (``HEAD_OF_STATE_TITLES``) in apposition to a
        mention of ``person`` before ``before`` names by its possessor, its demonym or "of"; None where no such
        title, a former one, or titles naming two states."""
        found: set[str] = set()
        for i, actor in self._named.items():
            if actor.id != person.id or i >= before:
                continue
            token = self.doc[i]
            titles = [token.head] if token.dep_ == "appos" else []
            titles += [c for c in children_of(token) if c.dep_ == "appos"]
            for title in titles:
                if title.lemma_.lower() not in STATE_SERVING_TITLES | HEAD_OF_STATE_TITLES or title.i in self._named or any(
                        c.lower_ in FORMER_TITLE_WORDS for c in children_of(title) if c.i < title.i):
                    continue
                for c in children_of(title):
                    owner = None
                    if c.dep_ == "poss" and c.i < title.i:
                        owner = self._named.get(c.i)
                    elif c.dep_ in ("amod", "compound") and c.i < title.i and (entry := self.gazetteer.by_demonym(c.text)):
                        owner = self.state_actor(entry)
                    elif c.dep_ == "prep" and c.lower_ == "of":
                        owner = next((self._named[p.i] for p in children_of(c) if p.dep_ == "pobj" and p.i in self._named), None)
                    if owner is not None and owner.type == "STATE":
                        found.add(owner.id)
        return self.actors.get(next(iter(found))) if len(found) == 1 else None

    def _served_government(self, person: Actor, before: int) -> Actor | None:
        """"his government" for a person a title showed to serve a state: that state's government (a state the
        gazetteer does not know stands for its own government, as "the Veltrian government" does)."""
        state = self.served_state(person, before)
        if state is None or state.type != "STATE":
            return None
        entry = self._entries.get(state.id)
        return self.government(entry) if entry is not None else state

    def as_state(self, token: Token) -> Actor | None:
        """A place the gazetteer does not know, shown by the text to be a state ("Veltria's President N"):
        from now on the state of that name, everywhere in the document."""
        actor = self._named.get(token.i)
        if actor is None or actor.id in self._entries or actor.id in self._facility_city:
            return None
        if actor.type == "ORGANIZATION":
            # one unknown word NER took for an organisation: a state, unless the text puts it where a
            # town stands ("in Orvik", "Orvik, a town ...": then it is a mayor's town, not a state)
            if len(actor.name.split()) != 1 or _ARMED_HEADS.search(actor.name) or _IGO_HEADS.search(actor.name) \
                    or _armed_opener(actor.name) \
                    or any(self._place_votes[normalize_name(_clean_name(self.doc[i].text))] > 0
                           for i, a in self._named.items() if a.id == actor.id):
                return None
        elif actor.type != "LOCATION":
            return None
        if self._place_nouns(actor) & (SETTLEMENT_NOUNS | REGION_NOUNS | FACILITY_NOUNS):
            return None  # described as a town or a province: a regional president
        state = self._retype(replace(actor, type="STATE"))
        for seen in self._history:
            if seen.actor.id == actor.id:
                seen.actor = state
        self._memo.clear()
        return state

    def _near_window(self, token: Token) -> tuple[int, int]:
        """The tokens of ``token``'s sentence and the one before it."""
        sents = doc_sents(self.doc)
        n = self._sent_of[token.i]
        return sents[max(n - 1, 0)].start, sents[n].end

    def near_state(self, token: Token) -> Actor | None:
        """The state a clause that names none is about ("N seized power in a coup"): the one state named (by
        name, capital or demonym) in ``token``'s sentence and the one before, where it is also the state the
        article is mostly about -- a state named there only as a foreign commentator is not the one seized."""
        found = self.states_between(*self._near_window(token))
        if len(found) != 1 or self.salient_state is None:
            return None
        state = next(iter(found.values()))
        return state if state.id == self.state_actor(self.salient_state).id else None

    def near_named(self, token: Token, types: tuple[str, ...]) -> Actor | None:
        """The one actor of ``types`` named in ``token``'s sentence and the one before ("The GCC has six
        states. Oman has been a member since 1981."); none where two are."""
        start, end = self._near_window(token)
        found = {a.id: a for i, actor in self._named.items() if start <= i < end
                 and (a := self.actors.get(actor.id, actor)).type in types}
        return next(iter(found.values())) if len(found) == 1 else None

    def only_state(self) -> Entry | None:
        """The salient state, if the document names no other state (by name, capital or demonym)."""
        state = self.salient_state
        if state is None:
            return None
        for i, actor in self._named.items():
            entry = self._entries.get(actor.id)
            other = actor.type == "STATE" or (entry is not None and entry.metonym_of)
            if other and (entry is None or (entry.metonym_of or entry.name) != state.name):
                return None
        for tok in self.doc:
            # a demonym in a title-case headline is often not tagged NORP: any capitalised one counts
            found = (tok.ent_type_ == "NORP" or tok.text[:1].isupper()) and self.gazetteer.by_demonym(tok.text)
            if found and found.name != state.name:
                return None
        return state

    def paragraph_state(self, token: Token) -> Actor | None:
        """The one state named (by name, capital or demonym) in ``token``'s paragraph, if it is also the
        state the document names most: a bare "President N" there is most likely its president."""
        found = self.states_between(*_paragraph(token))
        if len(found) != 1:
            return None
        state = next(iter(found.values()))
        if any(a.id == state.id and i > 0 and self.doc[i - 1].lower_ in NEIGHBOUR_STATE_MODIFIERS
               for i, a in self._named.items()):
            return None  # ("neighbouring X": the text's neighbour of another state, not the home of a bare title: type47)
        counts = Counter(a.id for actor in self._named.values() if (a := self._state_named(actor)) is not None)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][0] != state.id or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return state

    def states_between(self, start: int, end: int, parties: bool = False) -> dict[str, Actor]:
        """The states named between two tokens, by name, capital or demonym, keyed by id; with ``parties``, not
        those a demonym names as a civil body's home only ("a Tanzanian shipping firm")."""
        found = {a.id: a for i, actor in self._named.items() if start <= i < end
                 and (a := self._state_named(actor)) is not None}
        capitalised = self.columns.where(ORTH, _capitalised)  # (only a capitalised word is a demonym read here)
        for tok in map(self.doc.__getitem__, capitalised[bisect_left(capitalised, start):bisect_left(capitalised, end)]):
            if parties and self._civil_home(tok):
                continue
            entry = self.gazetteer.by_demonym(tok.text)
            if entry is not None:
                actor = self.state_actor(entry)
                found[actor.id] = actor
        return found

    def first_named(self, actor: Actor) -> Token | None:
        """The token that names ``actor`` first in the text: where the article introduces him."""
        return next((self.doc[i] for i in sorted(self._named) if self._named[i].id == actor.id), None)

    def paragraph_states(self, token: Token) -> dict[str, Actor]:
        """The states named in ``token``'s paragraph, keyed by id."""
        return self.states_between(*_paragraph(token))

    def paragraph_states_so_far(self, token: Token) -> dict[str, Actor]:
        """The states named in ``token``'s paragraph up to the end of its sentence, keyed by id: those a reader has
        met when he meets the token (a state named only further on cannot have told him whose it is)."""
        return self.states_between(_paragraph(token)[0], doc_sents(self.doc)[self._sent_of[token.i]].end)

    def opening_state(self) -> Actor | None:
        """The one state the opening names -- the headline and the lead sentence, with its dateline: where
        the story is, and so the home of a title that names no state."""
        end = 0
        for sent in doc_sents(self.doc)[:3]:
            end = sent.end
            last = next((t for t in reversed(sent) if not t.is_space), None)
            if last is not None and last.is_punct and last.text not in (",", ":", ";", "-", "—", "–"):
                break  # the lead sentence ends here; a headline has no full stop
        found = self.states_between(0, end)
        return next(iter(found.values())) if len(found) == 1 else None

    def speaking_capital_state(self, token: Token, actor: Actor) -> Actor | None:
        """The state of a capital ``actor`` that a pronoun ``token`` refers back to, where the capital was last
        named, within two sentences, as the subject of a clause ("Quito said that Peruvian patrols had shelled its
        post": the post is Ecuador's, the state speaking through its capital, not the city's)."""
        last = next((s for s in reversed(self._before(token.i)) if s.token < token.i and s.actor.id == actor.id), None)
        if last is None or actor.type != "LOCATION" or self._sent_of[token.i] - last.sent > 2 \
                or not self._named_as_subject(last):
            return None
        return self._state_named(actor)

    def label_state(self, token: Token) -> Actor | None:
        """The one state the label of ``token``'s list item names (a round-up's "Israel: ... Defence Minister N
        said"): the item speaks for that state; None where the item has no label or it names no single state."""
        label = self._item_label(token)
        span = self.doc.char_span(*label, alignment_mode="expand") if label is not None else None
        if span is None:
            return None
        found = {a.id: a for i, actor in self._named.items() if span.start <= i < span.end
                 and (a := self._state_named(actor)) is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def _state_named(self, actor: Actor) -> Actor | None:
        """The state a name stands for: a state's own, or its capital's ("Kyiv said")."""
        entry = self._entries.get(actor.id)
        if entry is not None and entry.metonym_of:
            return self._stood_for(actor, entry)
        return self.actors.get(actor.id, actor) if actor.type == "STATE" else None

    def note_leader(self, person: Actor, body: Actor) -> None:
        """Record that ``person`` leads ``body`` (a head of state speaks and signs for it)."""
        self._led_by.setdefault(person.id, body)

    def led_by(self, person: Actor) -> Actor | None:
        return self._led_by.get(person.id)

    def _as_role(self, actor: Actor, role: str) -> Actor | None:
        entry = self._entries.get(actor.id)
        if role == ACTOR and entry is not None and (ruler := self._capital_ruler(entry)) is not None:
            return ruler  # "the Taliban, who rule Afghanistan ... Kabul denies it": the movement ruling from there
        if role == ACTOR and entry is not None and entry.metonym_of:
            return self._stood_for(actor, entry)
        return actor

    def _stood_for(self, place: Actor, entry: Entry) -> Actor | None:
        """The actor a place stands for (``metonym_of``): a capital's state, a self-governing region's government.
        A region so named is a name of its government ("Puntland's forces", "Somaliland accused X"), as annotators
        and readers give it: kept as an alias."""
        target = self.gazetteer.lookup(entry.metonym_of or "")
        if target is None:
            return None
        found = self.state_actor(target)
        if found.type == "GOVERNMENT" and normalize_name(place.name) not in {normalize_name(n) for n in found.names}:
            self._add_alias(found, place.name)
            found = self.actors[found.id]
        return found

    def _capital_ruler(self, entry: Entry) -> Actor | None:
        """The armed movement the text says rules the state whose capital ``entry`` is, where a capital stands
        for an actor: "the Taliban, who rule Afghanistan", "the movement that governs Yemen", "the Houthis, who
        control Sanaa" -- in the present tense ("seized Bangui in 2013", "ruled it until 2001" say nothing of now).
        Read from the text once; None where the text says no such thing, or names two movements so (a capital
        stands for its state then, as before)."""
        state = self.gazetteer.lookup(entry.metonym_of or entry.state or "") if (
            entry.type == "LOCATION") else None
        if state is None or state.type != "STATE" or (not entry.metonym_of and state.capital != entry.name):
            return None
        if self._rulers is None:
            self._rulers = {}  # (a reading that comes back here while the rulers are read finds none)
            self._rulers = self._read_rulers()
        return self._rulers.get(state.name)

    def _read_rulers(self) -> dict[str, Actor]:
        found: dict[str, dict[str, Actor]] = {}
        for verb in map(self.doc.__getitem__, self.columns.positions(LEMMA, _RULING_LEMMAS)):
            if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") \
                    or any(c.dep_ == "neg" for c in children_of(verb)):
                continue
            objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.i in self._named]
            if len(objects) != 1:
                continue
            place = self._entries.get(self._named[objects[0].i].id)
            if place is None:
                continue
            if place.type == "STATE" and RULING_VERBS[verb.lemma_] == "rule":
                state = place  # "who rule Afghanistan"
            elif place.type == "LOCATION" and (state := self.gazetteer.lookup(place.metonym_of or place.state or "")) \
                    is not None and state.capital == place.name:
                pass  # "who control Sanaa": the capital itself
            else:
                continue
            subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
            if verb.dep_ == "relcl" and (not subjects or subjects[0].tag_ in ("WDT", "WP")):
                subjects = [verb.head]  # "the Taliban, who rule X", "the movement that rules X"
            if len(subjects) != 1:
                continue
            movers = {r.actor.id: r.actor for r in self.refs(subjects[0], ACTOR) if r.actor.type == "ARMED_GROUP"}
            if len(movers) == 1 and len(self.refs(subjects[0], ACTOR)) == 1:
                (mover,) = movers.values()
                found.setdefault(state.name, {})[mover.id] = mover
        return {name: next(iter(m.values())) for name, m in found.items() if len(m) == 1}

    def named(self, token: Token) -> Actor | None:
        return self._named.get(token.i)

    def as_actor(self, actor: Actor) -> Actor | None:
        """``actor`` where an actor is wanted: a capital stands for its state."""
        return self._as_role(actor, ACTOR)

    def mentions(self, offset: int = 0) -> list[Mention]:
        """Every token that refers to an actor -- by name or as a resolved anaphor -- as a Mention."""
        refs = {i: a for i, a in self._named.items()}
        refs.update({s.token: s.actor for s in self._history})
        out = []
        sentences: dict[int, str] = {}  # sentence number -> its text, built once
        sents, text = doc_sents(self.doc), doc_text(self.doc)  # (token.sent finds its sentence anew each time)
        for i, actor in sorted(refs.items()):
            tok = self.doc[i]
            final = self.actors.get(actor.id, actor)
            n = self._sent_of[i]
            if n not in sentences:
                sentences[n] = text[sents[n].start_char:sents[n].end_char].strip()
            out.append(Mention(tok.text, offset + tok.idx, offset + tok.idx + len(tok.text), sentences[n],
                               final.id, tok.ent_type_ or "anaphor"))
        return out

    def walk_refs(self) -> None:
        """Resolve every token once in document order, so anaphors see earlier resolved anaphors."""
        words = set().union(ANAPHORS, FORCE_NOUNS, GROUP_NOUNS, AGENT_NOUNS, PROXY_NOUNS, REBEL_NOUNS, NAME_NOUNS,
                            ORDINAL_ANAPHORS, PERSON_TITLES)
        suffixes = tuple(PERSON_EPITHET_SUFFIXES)
        doc, strings, named = self.doc, self.doc.vocab.strings, self._named
        # (and the head word of a name in the text: "the committees" after the Puno Defence Committees)
        words |= {a.name.split()[-1].lower() for a in named.values() if a.type != "PERSON" and " " in a.name}
        walked: dict[int, bool] = {}  # a form's hash -> whether it may refer (each distinct form tested once)
        for i, lower in enumerate(self.columns.column(LOWER)):
            if i in named:
                continue
            walk = walked.get(lower)
            if walk is None:
                text = strings[lower]
                walk = walked[lower] = text in words or text.endswith(suffixes)
            if walk:
                token = doc[i]
                if self._leader_possessive(token):
                    continue
                if _event_pronoun(token):
                    continue  # prec50: "It came days after the raid, as X weighed ...": the event told, no actor
                refs = self.refs(token, ACTOR)
                if len(refs) == 1 and refs[0].kind != "distributive" and i not in self._aside_owners:
                    self.note(token, refs[0].actor)

    # -- actors: surface forms, agent nouns, peoples, unnamed places ----------------------
    def _note_surface(self, token: Token, refs: list[Ref]) -> None:
        """Keep the words that named an actor here as its alias: "Kigali" (for Rwanda), "Turkish
        forces", "UN peacekeepers", "the junta", "the military government". Never pronouns."""
        for ref, alias in self._surface_forms(token, refs):
            actor = ref.actor
            if actor.id in self.actors and alias and normalize_name(alias) not in {
                    normalize_name(n) for n in self.actors[actor.id].names}:
                self._add_alias(actor, alias)

    def _surface_forms(self, token: Token, refs: list[Ref]) -> Iterator[tuple[Ref, str]]:
        if not refs or token.pos_ == "PRON" or any(r.kind == "distributive" for r in refs):
            return
        if token.i in self._named:
            named = self._named[token.i]
            if len(refs) == 1 and refs[0].actor.id != named.id and refs[0].actor.type in ("STATE", "GOVERNMENT"):
                yield refs[0], _clean_name(token.text)  # a capital or seat of power acting for its state
            return
        lower = token.lower_
        mods = [c for c in children_of(token) if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
        if len(refs) == 1 and refs[0].actor.type == "GOVERNMENT" and lower in _STATE_BODY_ALIAS_HEADS \
                and refs[0].kind in ("head", "anaphor"):
            # "the federal army", "government troops", "Ethiopian federal troops": how the text names the state's forces
            words = sorted({t for m in mods for t in m.subtree if t.i < token.i and t.dep_ in ("compound", "amod", "nmod")
                            and t.is_alpha}, key=lambda t: t.i)
            if words or refs[0].actor.id in self._entries:  # (a regional government is not "the government")
                yield refs[0], " ".join([*(w.text for w in words), token.text])
        if refs[0].kind == "head" and (lower in ALIAS_HEADS or lower in AGENT_NOUNS):
            phrase = _phrase_text(token)
            if len(refs) == 1 and phrase != token.text and self._phrase_names(token, refs[0].actor):
                yield refs[0], phrase  # "Senegal's armed forces", "the Chadian defence and security forces"
            for mod in mods:
                words = [mod] + list(mod.conjuncts)
                for word in words:
                    state = self.gazetteer.by_demonym(word.text)
                    named = self._named.get(word.i)
                    target = self.state_actor(state).id if state is not None else (named.id if named else None)
                    for ref in refs:
                        if target is not None and ref.actor.id == target:
                            yield ref, f"{_clean_name(word.text)} {token.text}"
                            if len(mods) > 1 and all(m.is_alpha for m in mods) and not any(
                                    m.i != word.i and self.gazetteer.by_demonym(m.text) for m in mods):  # "Ethiopian federal troops"
                                yield ref, " ".join([*(m.text for m in mods), token.text])
            return
        if len(refs) == 1 and refs[0].actor.type == "GOVERNMENT" and lower in GOVERNMENT_ALIAS_NOUNS \
                and _definite(token):
            extra = [w.lower_ for m in mods if m.lower_ in GOVERNMENT_ALIAS_MODIFIERS  # ("internationally recognised")
                     for w in sorted([*(a for a in children_of(m) if a.dep_ == "advmod" and a.i < m.i and a.is_alpha), m],
                                     key=lambda t: t.i)]
            if extra or lower in JUNTA_NOUNS:
                yield refs[0], " ".join([*extra, lower])

    def _phrase_names(self, token: Token, actor: Actor) -> bool:
        """Whether the words before ``token`` name ``actor`` and no other: its name or demonym, as a
        possessor or a modifier ("Senegal's armed forces", "Chadian defence and security forces")."""
        found = False
        for t in token.doc[token.left_edge.i:token.i]:
            named = self._named.get(t.i)
            state = self.gazetteer.by_demonym(t.text) if named is None else None
            if named is None and state is None:
                continue
            owner = named if named is not None else self.state_actor(state)
            entry = self._entries.get(owner.id)
            if owner.id != actor.id and not (entry is not None and entry.type == "STATE"
                                             and self.gazetteer.government_of(entry).actor().id == actor.id):
                return False
            found = True
        return found

    def _actor_refs(self, token: Token, role: str) -> list[Ref] | None:
        """Agent nouns, peoples' fighters, ousted governments; None where these rules say nothing."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        found = self._run_by_refs(token)
        if found is not None:
            return found
        lower = token.lower_
        if lower in NAMING_PLACE_NOUNS and any(p.pos_ == "PROPN" and p.i not in self._named for c in children_of(token)
                                                if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)):
            return []  # "the town of X", X unknown: that town, not the last place named
        if lower in GOVERNMENT_NOUNS:  # "the Government of X", X a proper noun NER missed: X's, never an anaphor
            owners = [p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                      if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            if owners and not any(p.i in self._named for p in owners):
                entry = self.gazetteer.lookup(_clean_name(owners[0].text))
                if entry is not None and entry.type == "STATE":
                    return [Ref(self.government(entry, _span_text(token)), "head")]
                return []
        if lower in GOVERNMENT_NOUNS and any(c.lower_ in OUSTED_WORDS for c in children_of(token) if c.i < token.i):
            return []  # "the ousted government" is not the junta that ousted it
        if lower in GOVERNMENT_NOUNS and any(t.lower_ in RIVAL_GOVERNMENT_MODIFIERS
                                             for t in self.doc[token.left_edge.i:token.i]):
            return self._rival_government(token)  # "the separatist government" is not the state's
        if lower in GOVERNMENT_NOUNS and _definite(token) and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                                        for c in children_of(token)):
            for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "in"):
                for pobj in children_of(prep):  # "the junta in Veltria": that state's government
                    if any(c.dep_ == "conj" for c in children_of(pobj)):
                        continue  # "talks with the government in A, B and C": places the talks were held, no seat
                    named = self._named.get(pobj.i)
                    entry = self._entries.get(named.id) if named is not None else None
                    if entry is not None and entry.type == "STATE" and entry.name not in self._local_states:
                        # (a state known from this text alone may be its seat's name: "the government in X")
                        return [Ref(self.government(entry), "head")]
        if lower in _BODY_HEADS:
            found = self._loyal_refs(token, role)
            if found is not None:
                return found
            found = self._led_refs(token, role)
            if found is not None:
                return found
        if lower in _FIGHTER_HEADS:
            body = next((p for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i == token.i + 1
                         for p in children_of(c)
                         if p.dep_ == "pobj" and p.i in self._named
                         and self._named[p.i].type in ("ARMED_GROUP", "ORGANIZATION")), None)
            if body is not None and any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
                                        and self.gazetteer.demonym_place(c.text)
                                        for c in children_of(token)):
                return self.refs(body, role)  # "Russian mercenaries of the Wagner Group": the body, whatever its men's people
            found = self._people_refs(token)
            if found is not None:
                return found
        if lower in PEOPLE_BAND_NOUNS and lower not in _FIGHTER_HEADS:
            found = self._people_refs(token)  # "Bedouin tribes": only after a people's adjective
            if found:
                return found
        if lower in SETTLER_NOUNS:
            found = self._settlers_refs(token)
            if found:
                return found
        modifiers = {c.lower_ for c in children_of(token) if c.dep_ in ("compound", "amod")}
        if lower in PROXY_NOUNS and _acting(token):
            found = self._owner_refs(token)
            if found is not None:
                return found
        if lower in AGENT_NOUNS or AGENT_COMPOUNDS.get(lower) in modifiers or (
                token.i not in self._named and _model_designation(token.text)):
            found = self._agent_refs(token, role)  # ("Turkish F-16s" as "Turkish warplanes")
            return found or self._bare_state_medium(token) or found
        if lower in STATECRAFT_ENVOYS and _unnamed_official(token) and token.dep_ == "nsubj" and _statecraft_argument(token):
            # "The Iranian ambassador condemned X", "Russia's ambassador accused Y": the state's voice, where
            # a state condemns or deals (not "its ambassador left X": no withdrawal of the state)
            found = [r for r in self._agent_refs(token, role) if r.actor.type in ("STATE", "GOVERNMENT", "IGO")]
            return found or None
        if lower in OFFICIAL_TITLES and _unnamed_official(token):
            # "Chad's president accused X", "the Rwandan foreign minister condemned Y": a state's unnamed
            # official speaks and acts for it (a named one is read by the title rules)
            found = [r for r in self._agent_refs(token, role) if r.actor.type in ("STATE", "GOVERNMENT", "IGO")]
            return found or None
        body = self._office_holders_body(token)
        if body is not None:  # "the Heads of State of the EAC condemned X": the body they head
            return self._owners_named(body, role, True)
        if lower in IGO_AGENT_NOUNS:  # "UN experts accused X": the body's voice (not "Russian experts": academics)
            found = [r for r in self._agent_refs(token, role) if r.actor.type == "IGO"]
            return found or None
        if lower in MILITARY_SPEAKER_NOUNS and token.dep_ == "nsubj" and _unnamed_official(token) and (
                _statecraft_argument(token) or token.head.lemma_.lower() in REPORTING_VERBS):
            # "Xian officers accused B", "a Xian army officer said ...": the state's voice (not "Xian officers left X",
            # police or election officers as often, nor "fought X's generals")
            found = [r for r in self._agent_refs(token, role) if r.actor.type in ("STATE", "GOVERNMENT")]
            return found or None
        return None

    def _organ_refs(self, token: Token, role: str) -> list[Ref] | None:
        """An intergovernmental body's executive organ (``igo_organ_nouns``) acts and speaks for the body: the one
        its phrase names ("the Commission of ECOWAS condemns X"), or, for a definite capitalised organ that names
        none ("The President of the Commission, N,"), the one body whose organ of that kind the text named before
        (none where it named two: "the AU Commission and the Commission of ECOWAS ..."). None where the word is
        no organ noun, is a name, or no owner was named (an indefinite "a commission", one of inquiry)."""
        if token.lower_ not in IGO_ORGAN_NOUNS or token.i in self._named:
            return None
        found = [r for r in self._agent_refs(token, role) if r.actor.type == "IGO"]
        if found:
            return found
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)) or not token.text[:1].isupper():
            return None
        owners: dict[str, list[Ref]] = {}
        for earlier in token.doc[:token.sent.start]:
            if earlier.text.split()[-1:] != [token.text]:
                continue
            if earlier.i in self._named:  # "the African Union Commission", "the SADC Secretariat": one name
                hosts = [earlier] if " " in earlier.text else []
            else:  # "the Commission of ECOWAS", "ECOWAS's Commission"
                hosts = [p for c in children_of(earlier) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                         if p.dep_ == "pobj"] + [c for c in children_of(earlier) if c.dep_ in ("poss", "compound")]
            for host in hosts:
                named = self._named.get(host.i)
                if named is not None and named.type == "IGO":
                    owners.setdefault(named.name, self.refs(host, role))
        if not owners:
            return None
        return next(iter(owners.values())) if len(owners) == 1 else []

    def _bare_state_medium(self, token: Token) -> list[Ref] | None:
        """"State television accused X", "state media said": a state's own medium that names no owner (no demonym,
        possessor or name beside "state") is the government's voice, read as "the government" is
        (:meth:`_government_anaphor`) where the text has told one state only before it (not "Ukrainian officials said
        state media lied" after Russian strikes: whose medium?). None for any other noun, where the phrase names an
        owner, or where two states were told."""
        if AGENT_COMPOUNDS.get(token.lower_) != "state" or not _definite_or_bare(token):
            return None
        mods = [c for c in children_of(token) if c.i < token.i and c.dep_ not in ("det", "punct")]
        if [c.lower_ for c in mods] != ["state"] or self.doc[token.i - 1].lower_ != "state":
            return None
        government = self._government_anaphor(token)
        entry = self._entries.get(government.id) if government is not None else None
        if entry is None or government.type != "GOVERNMENT" or set(self._states_told_before(token)) != {entry.state}:
            return None  # ("Ukrainian officials said state media lied", after Russian strikes: whose medium?)
        return [Ref(government, "anaphor")]

    def _run_by_refs(self, token: Token) -> list[Ref] | None:
        """"The Taliban-run foreign ministry condemned X", "the Houthi-controlled news agency accused Y": a body of
        government or a medium (ruled_body_heads) that a name hyphened to a ruling participle (ruling_participles)
        says an actor runs speaks and acts for that actor -- one armed group, state, government or body, not a person
        or a place. None where the noun has no such modifier."""
        if token.lower_ not in RULED_BODY_HEADS:
            return None
        for mod in children_of(token):
            if mod.i >= token.i or mod.dep_ not in ("amod", "nmod", "compound") or mod.lemma_.lower() not in RULING_PARTICIPLES:
                continue
            owners = [c for c in children_of(mod) if c.i == mod.i - 2 and c.i in self._named
                      and self.doc[c.i + 1].text == "-"]
            refs = [r for o in owners for r in self.refs(o, ACTOR) if r.actor.type not in ("PERSON", "LOCATION")]
            if len(refs) == 1:
                return [Ref(refs[0].actor, "head")]
        return None

    def _community_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"the Bosnian Serb army", "Iraqi Kurdish fighters": two demonyms in a row name a community inside
        a state and its forces, never the state of either demonym -- the actor known by that very phrase, else
        no one. None where the phrase has no such pair."""
        if token.pos_ != "NOUN" or token.lower_ not in _COMMUNITY_HEADS:
            return None
        left = [c for c in children_of(token) if c.i < token.i and c.dep_ in ("amod", "compound", "nmod")]
        if not left or self._coordinated_demonyms(token) or any(
                c.i in self._named and self._named[c.i].type not in ("STATE", "LOCATION") for c in left):
            return None  # (a body named in the phrase is read as such: "Malian Tuareg rebels", NER's one name)
        start = min(c.left_edge.i for c in left)
        words = [w for t in self.doc[start:token.i] for w in _clean_name(t.text).split()]
        if not self.names_community(words):
            return None
        phrase = normalize_name(" ".join([*words, token.text]))
        for actor in list(self.actors.values()):
            if any(normalize_name(n) == phrase for n in actor.names):
                found = self._as_role(actor, role)
                return [Ref(found, "head")] if found else []
        entry = self.gazetteer.lookup(phrase)
        if entry is not None:
            found = self._as_role(self._register(entry.actor(), entry), role)
            return [Ref(found, "head")] if found else []
        return []

    def names_community(self, words: list[str]) -> bool:
        """Whether two words in a row are a state's demonym and a community's ("Bosnian Serb", "Iraqi Kurdish")."""
        return any(self._community(a, b) for a, b in zip(words, words[1:]))

    def _community(self, first: str, second: str) -> bool:
        """Whether ``first second`` is a state's demonym and then a community's: "Bosnian Serb", "Iraqi Kurdish"."""
        if not (first[:1].isupper() and second[:1].isupper()):
            return False
        state = self.gazetteer.demonym_place(first)
        other = self.gazetteer.demonym_place(second)
        return state is not None and (second in COMMUNITY_DEMONYMS or (other is not None and other.name != state.name))

    def _coordinated_demonyms(self, token: Token) -> bool:
        """Whether the modifiers before ``token`` are joined by a coordinator ("Rwandan and Mozambican troops")."""
        return any(t.dep_ == "cc" or t.text == "," for t in self.doc[token.left_edge.i:token.i])

    def _described_name(self, token: Token, role: str) -> list[Ref] | None:
        """"MINUSMA, the UN force stationed in Gao": a description right after a name and a comma is that
        name's, whatever the parse made of it -- not the body in its modifier (the UN)."""
        if token.pos_ != "NOUN" or token.lower_ not in _DESCRIBED_HEADS:
            return None
        start = token.left_edge.i
        if start < 2 or self.doc[start].dep_ != "det" or self.doc[start - 1].text != "," \
                or any(c.dep_ in ("conj", "cc") for c in children_of(token)):
            return None
        if token.dep_ == "appos" and token.head.i in self._named:
            return None  # read as an appositive already
        named = self._named.get(start - 2)
        modifiers = [c for c in children_of(token) if c.dep_ in ("compound", "amod") and c.i in self._named]
        if named is None or named.type in ("PERSON", "LOCATION") or not modifiers \
                or any(self._named[m.i].id == named.id for m in modifiers):
            return None
        before = self.doc[start - 2]
        if token.dep_ in ("nsubj", "nsubjpass") and before.dep_ == "pobj" and before.head.dep_ == "prep" \
                and before.head.is_sent_start:
            return None  # "Unlike the ELN, the X faction is still negotiating": a fronted phrase, no apposition
        actor = self._as_role(named, role)
        return [Ref(actor, "name")] if actor else []

    def _rival_government(self, token: Token) -> list[Ref]:
        """"the separatist government", "the rebel administration in Tskhinvali": not the state's. The
        one rival government named before (a self-declared republic), if only one was; else a body of
        its own, named as the text describes it."""
        window = ANAPHORS["government"][1]
        sent = self._sent_of[token.i]
        # ("backs a rival government in X": an indefinite one is brought in here, never one named before)
        indefinite = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in children_of(token))
        rivals = {} if indefinite else {
            s.actor.id: s.actor for s in self._before(token.i) if s.token < token.i and sent - s.sent <= window
            and s.actor.type == "GOVERNMENT" and self._rival(s.actor)}
        if len(rivals) == 1:
            return [Ref(next(iter(rivals.values())), "anaphor")]
        if rivals:
            return []  # two rival governments: either could be meant
        name = _phrase_text(token)
        for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("in", "of")):
            for pobj in children_of(prep):
                place = self._named.get(pobj.i)
                if (place is not None and place.type in ("LOCATION", "STATE")) or (
                        place is None and pobj.pos_ == "PROPN" and pobj.text[:1].isupper()):  # (a place NER missed)
                    name = f"{name} {prep.lower_} {_clean_name(pobj.text)}"
        if indefinite and name == _phrase_text(token):
            return []  # adv37: "backed by a rival administration in the east": a description placed nowhere named is no actor
        actor = self._register(Actor.create(name, "GOVERNMENT"))
        self._regional.add(actor.id)
        return [Ref(actor, "head")]

    def _loyal_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"forces loyal to the GNA" are the GNA; "a faction loyal to X" is X's own body, never a state by default."""
        for child in children_of(token):
            if not (child.dep_ in ("amod", "acl", "relcl") and child.lower_ in LOYALTY_ADJECTIVES):
                continue
            for pobj in (p for prep in children_of(child) if prep.lower_ == "to" for p in children_of(prep)):
                named = self._named.get(pobj.i)
                if named is None:
                    refs = self.refs(pobj, ACTOR) if pobj.pos_ == "NOUN" else []
                    return [r for r in refs if r.actor.type not in ("PERSON", "LOCATION")]
                if named.type == "LOCATION":
                    return []
                if named.type != "PERSON":
                    return self.refs(pobj, role)
                body = self.led_by(named)
                if body is not None and body.type != "STATE":
                    return [Ref(self.actors.get(body.id, body), "head")]  # the body he leads
                known = self.body_of(named) if body is None else None
                if known is not None and known.type in ("ARMED_GROUP", "ORGANIZATION"):
                    return [Ref(self.state_actor(known), "head")]  # the armed body the gazetteer knows him to lead
                if self._formerly_titled(named):
                    return [Ref(named, "head")]  # "forces loyal to the ousted president N": his own, not his state's
                state = self.state_of(named)  # "forces loyal to the president": his government
                if state is not None and token.lower_ in FORCE_NOUNS and token.lower_ not in UNCERTAIN_FORCE_NOUNS:
                    return [Ref(self.government(state), "head")]
                return []  # "a faction loyal to X": X's followers, unnamed
        return None

    def _led_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"fighters led by X and Y": an unnamed force with no owner of its own stands for the body its
        commander leads, else for the commanders themselves (they act through it). Not a state's
        regular forces ("troops led by General X"): those are the state's."""
        if token.lower_ not in _REBEL_HEADS:
            return None
        if _definite(token):
            return None  # "the group, led by X": the group named before, read as an anaphor
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and (c.i in self._named or self.gazetteer.by_demonym(c.text))
               for c in children_of(token)):
            return None  # "Russian troops led by General X": Russia's
        for child in children_of(token):
            if child.dep_ == "prep" and child.lower_ in COMMAND_PREPOSITIONS:
                # "fighters under N", "fighters under N's command", "troops under the command of N": as "led by N";
                # only a named commander ("fighters under fire / pressure" name none, and keep their other readings)
                leaders = [t for p in children_of(child) if p.dep_ == "pobj" for t in _commanders(p)]
                if not any(t.i in self._named and self._named[t.i].type != "LOCATION" for t in leaders):
                    continue
            elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in LEADING_PARTICIPLES:
                leaders = [t for a in children_of(child) if a.dep_ == "agent" for p in children_of(a) if p.dep_ == "pobj"
                           for t in (p, *p.conjuncts)]
            else:
                continue
            leaders = [next((c for c in children_of(t) if c.dep_ == "appos" and c.i in self._named), t)
                       for t in leaders]  # "led by the commander X"
            refs = [r for t in leaders for r in self.refs(t, role)]
            if not refs or any(r.actor.type == "LOCATION" for r in refs):
                return []
            out = []
            for ref in refs:
                body = self.led_by(ref.actor) if ref.actor.type == "PERSON" else None
                out.append(Ref(self.actors.get(body.id, body), "head") if body is not None and body.type != "STATE"
                           else Ref(ref.actor, "head"))
            return list({r.actor.id: r for r in out}.values())
        return None

    def _people_refs(self, token: Token) -> list[Ref] | None:
        """"Veltrian rebels" are not Veltria; "Tigrayan forces", "Kurdish fighters" are their people's group."""
        lower = token.lower_
        if lower in REBEL_NOUNS | UNCERTAIN_FORCE_NOUNS and (labelled := self._labelled_group(token)) is not None:
            return [Ref(labelled, "anaphor")]  # "- ADF: Ugandan Islamist rebels ...": the item's group
        for mod in (c for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i):
            state = self.gazetteer.by_demonym(mod.text)
            if state is not None and mod.i not in self._named:
                if lower in REBEL_NOUNS:
                    # "the Somali militants" after al-Shabaab: the one group named before whose home is Somalia
                    group = self._group_of(token, state, home=True) if _definite(token) and _home_description(token) \
                        else None
                    if group is not None and self._kind_fits(token, group):
                        return [Ref(group, "anaphor")]
                    return [Ref(self._people_group(mod.text, token, None), "head")]
                if lower in UNCERTAIN_FORCE_NOUNS:
                    # "Veltrian fighters", "a Veltrian militia": not the state, and unnamed -- but "the Lebanese
                    # group" after Hezbollah is the one group named before that is tied to Lebanon
                    group = self._group_of(token, state, home=_home_description(token)) if _definite(token) else None
                    return [Ref(group, "anaphor")] if group is not None else []
                if _ethnic(mod):
                    return []  # "held by ethnic Armenian forces": the people's fighters, unnamed, not the state's army
                return None
            region = self.gazetteer.region_by_demonym(mod.text)
            if region is None and mod.i in self._named and (entry := self._entries.get(self._named[mod.i].id)):
                region = entry if entry.type == "LOCATION" and entry.demonyms else None  # "Rakhine rebels"
            if region is not None and lower in REBEL_NOUNS | UNCERTAIN_FORCE_NOUNS | PEOPLE_FORCE_NOUNS:
                if _describes_subject(token):
                    return []  # "Fano is an Amhara militia": what the named group is, not another group
                return [Ref(self._people_group(mod.text, token, region), "head")]
            if region is None and lower in _ARMED_MEN_HEADS and self._stateless_people(mod) and not _describing(token):
                return [Ref(self._people_group(mod.text, token, None), "head")]
        return None

    def _settlers_refs(self, token: Token) -> list[Ref]:
        """"Israeli settlers", "Moroccan settlers": the settlers of a state's people, one party named so each time,
        never the state; a bare "the settlers" is left to reference."""
        for mod in (c for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i):
            if mod.i not in self._named and self.gazetteer.by_demonym(mod.text) is not None and not _describing(token):
                return [Ref(self._people_group(mod.text, token, None), "head")]
        return []

    def _stateless_people(self, mod: Token) -> bool:
        """Whether a modifier is a people's adjective with no state or region of its name (``community_band_peoples``):
        "Serb gunmen", "Fulani militias", "Bedouin fighters" are that people's armed men, named so each time;
        not "Serbian gunmen" (a state's), nor a word already read as a body ("Druze" tagged an organisation keeps
        that reading); a people's word the tagger took for a person's name is no person."""
        named = self._named.get(mod.i)
        return mod.text in COMMUNITY_BAND_PEOPLES and (named is None or named.type == "PERSON") \
            and mod.dep_ in ("amod", "compound") \
            and self.gazetteer.by_demonym(mod.text) is None and not any(
                c.dep_ in ("amod", "compound") and c.i < mod.i and self.gazetteer.demonym_place(c.text)
                for c in children_of(mod.head) if c.i != mod.i)

    def _people_group(self, demonym: str, token: Token, region: Entry | None) -> Actor:
        """The group a people's fighters belong to: one named nearby for the region, else one named for them."""
        if region is not None:
            stems = {w.lower()[:5] for w in (*region.name.split(), *region.demonyms)
                     if len(w) >= 4 and w.lower() not in REGION_NAME_FILLERS}
            sent = self._sent_of[token.i]
            found = {}
            for i, actor in self._named.items():
                if actor.type == "ARMED_GROUP" and i < token.i and sent - self._sent_of[i] <= 8 and any(
                        w.lower().startswith(stem) for n in actor.names for w in n.split() for stem in stems):
                    found[actor.id] = actor
            if len(found) == 1:
                return self.actors.get(next(iter(found)), next(iter(found.values())))
        noun = token.lower_ if token.lower_.endswith("s") or token.lower_.endswith("men") else token.lower_ + "s"
        key = normalize_name(demonym)
        actor = self._peoples.get(key)
        name = f"{_clean_name(demonym)} {noun}"
        if actor is None:
            actor = self._register(Actor.create(name, "ARMED_GROUP"))
            self._peoples[key] = actor
        else:
            self._add_alias(actor, name)
        # "Abkhaz separatist forces": the words between the demonym and the head are part of the form used
        mod = next((c for c in children_of(token) if c.text == demonym and c.i < token.i), None)
        if mod is not None and token.i - mod.i > 1 and all(
                t.head == token and t.dep_ in ("amod", "compound") and t.is_alpha and t.is_lower for t in token.doc[mod.i + 1:token.i]):
            self._add_alias(actor, token.doc[mod.i:token.i + 1].text)
        return self.actors[actor.id]

    def _named_government(self, token: Token, pobj: Token) -> bool:
        """Whether ``pobj`` is "the government of X", X a state named there, or "the Congolese government", its
        state named by a modifier, after a plural of ``envoy_nouns`` ("representatives of the Government of X"): the
        envoys are that government's."""
        if token.tag_ != "NNS" or token.lower_ not in ENVOY_NOUNS or pobj.lemma_.lower().split()[-1] not in GOVERNMENT_NOUNS:
            return False
        if not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.i in self._named for p in children_of(c)) for c in children_of(pobj)) \
                and not any(c.dep_ in ("amod", "compound", "poss") and c.i < pobj.i for c in children_of(pobj)):
            return False  # (nor "the Congolese government", "Kenya's government": the state named by its modifier)
        refs = self.refs(pobj, ACTOR)
        return len(refs) == 1 and refs[0].actor.type == "GOVERNMENT"

    def _envoys_of(self, token: Token, pobj: Token, role: str) -> list[Ref]:
        """The actors of "N of X": X's; for a plural of ``envoy_nouns`` every body coordinated with X as well
        ("talks between representatives of A and B", where the parser hangs B on A: the envoys of each side; "talks
        with envoys of A and of B", the preposition said again). Only bodies after X are added, never a person or a place: "officials of Kenya and Nairobi's mayor" keeps Kenya alone."""
        found = self.refs(pobj, role)
        if not found or token.tag_ != "NNS" or token.lower_ not in ENVOY_NOUNS:
            return found
        others = [o for o in pobj.conjuncts if o.i > pobj.i]
        prep = pobj.head
        if prep.dep_ == "prep":
            # "representatives of A and of B": the preposition said again, which the parser makes the first's conjunct
            # (or hangs on the envoys' own preposition: "with envoys of A and of B")
            preps = [*prep.conjuncts, *(token.head.conjuncts if token.head.dep_ == "prep" else ())]
            others += [o for p in preps if p.i > pobj.i and p.lower_ == prep.lower_
                       for g in children_of(p) if g.dep_ == "pobj" for o in (g, *g.conjuncts)]
        for other in others:
            if other.pos_ in ("NOUN", "PROPN"):
                found = [*found, *(r for r in self.refs(other, role)
                                   if r not in found and r.actor.type not in ("PERSON", "LOCATION"))]
        return found

    def _agent_refs(self, token: Token, role: str) -> list[Ref]:
        """"UN peacekeepers", "Veltrian envoys", "the mission's peacekeepers", "peacekeepers from Veltria"."""
        found = self._head_refs(token, role)
        if found:
            return found
        for child in children_of(token):
            if child.dep_ == "poss" and token.lower_ in SPEAKER_NOUNS:
                found = self._person_spoken_for(child)
                if found:
                    return found
            if child.dep_ == "poss" and child.i not in self._named and (
                    child.pos_ in ("NOUN", "PROPN") or (child.lower_ in BODY_POSSESSIVES and (
                        token.lower_ in SPEAKER_NOUNS or (token.lower_ in OFFICIAL_TITLES and _unnamed_official(token))
                        or (token.lower_ in ENVOY_NOUNS and token.tag_ == "NNS" and token.dep_ in ("dobj", "pobj", "nsubj")
                            and _met_or_talked_with(token))))):
                # ("its spokesman", "its foreign minister": the body a pronoun continues speaks; "its envoys" may be
                # sent by another -- but those met or talked with, or meeting and talking, are the pronoun's body's: "N has
                # met its envoys", "its mediators held talks with N")
                refs = self.refs(child, ACTOR)
                if len(refs) == 1 and refs[0].actor.type not in ("PERSON", "LOCATION"):
                    return refs
            if child.dep_ == "poss" and token.tag_ == "NNS" and (found := self._set_owners(child, role)):
                return found  # "the two countries' foreign ministers met": each of the set's own
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                for pobj in children_of(child):
                    if pobj.dep_ == "pobj" and token.tag_ == "NNS" and (found := self._set_owners(pobj, role)):
                        return found  # "envoys from both countries", "officials of the two governments": each one's
                    if pobj.dep_ == "pobj" and pobj.i not in self._named and self._named_government(token, pobj):
                        return self._envoys_of(token, pobj, role)  # "envoys of the Government of X and Y"
                    named = self._named.get(pobj.i)
                    if pobj.dep_ == "pobj" and named is not None and named.type not in ("PERSON",):
                        if token.tag_ == "NNS" and token.lower_ in ENVOY_NOUNS:
                            return self._envoys_of(token, pobj, role)  # (bodies coordinated after it, named or not)
                        # "the leaders of Chad and Niger", "envoys from Qatar and Egypt": each state's
                        return self._owners_named(pobj, role, token.tag_ == "NNS")
            if child.dep_ == "prep" and child.lower_ in ("for", "of") and token.lower_ in SPEAKER_NOUNS:
                return self._spoken_for(child)  # "a spokesman for X" (but "the envoy for Syria" is no Syrian)
            if child.dep_ == "prep" and child.lower_ in SEAT_PREPOSITIONS and token.lower_ in SEATED_OFFICIAL_NOUNS \
                    and not any(c.dep_ == "poss" for c in children_of(token)):
                # "officials in Kyiv said ...": the government whose seat the capital is (a state's name, as
                # "Kyiv" reads); officials in a town are its local ones, no state's; and an owner says whose they
                # are ("the group's leaders in Beirut" are the group's, wherever they sit)
                seats = [r for p in children_of(child) if p.dep_ == "pobj" and p.i in self._named and not p.conjuncts
                         for r in self.refs(p, ACTOR)]
                if len(seats) == 1 and seats[0].actor.type in ("STATE", "GOVERNMENT"):
                    return seats
        return []

    def _capital_refs(self, token: Token, role: str = PLACE) -> list[Ref] | None:
        """"the capital": the capital of the article's state; "the Ukrainian capital", "Yemen's capital", "the
        capital of Yemen": of the one state named there. Nothing for another kind of capital ("the provincial
        capital", "the rebels' de facto capital"); None where a place not a state owns it ("the capital of
        Darfur": read as that place's). Where an actor is wanted, a capital whose state the phrase names stands
        for that state, as its name does ("shelled the Ukrainian capital", as "shelled Kyiv"), the city's
        name kept as the state's alias; "the capital" alone stays the city ("stormed the capital overnight")."""
        owners = _owners_of(token)
        mods = [c for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
        if any(m.lower_ in OTHER_CAPITALS for m in mods):
            # "raided the district capital of Macomia": a town named as the capital of its own district is that
            # town (not "the regional capital of Tigray": a region's capital, unnamed)
            towns_named = [t for t in owners if t.dep_ == "pobj" and self._names_town(t)]
            return [Ref(self._named[towns_named[0].i], "name")] if len(owners) == 1 and towns_named else []
        words = owners + [m for m in mods if m.text[:1].isupper()]
        if not words:
            state = self.salient_state  # "an offensive on the capital"
            subjects = self._own_clause_subjects(token)
            if state is not None and any(i == state.id for i in subjects):
                # "Russian forces shelled the capital": not Moscow, a state's forces abroad ("the army
                # shelled the capital", a government's in a civil war, may be its own)
                return []
            if state is not None and any(self._other_states_government(i, state) for i in subjects) \
                    and self.state_actor(state).id not in self.states_between(*_paragraph(token)):
                # "Tessaly's army fired on protesters in the capital", in a paragraph about Tessaly of a text
                # mostly about Mali: whose capital is unclear, and Bamako is least likely
                return []
        elif len(words) == 1:
            named = self._named.get(words[0].i)
            state = self._entries.get(named.id) if named is not None else self.gazetteer.by_demonym(words[0].text)
            if state is None or state.type != "STATE":
                return None if owners else []
        else:
            return []
        entry = self.gazetteer.lookup(state.capital) if state is not None and state.capital else None
        if entry is None:
            return []
        city = self.state_actor(entry)
        if role == ACTOR and words and (actor := self._as_role(city, ACTOR)) is not None and actor.type == "STATE":
            self._add_alias(actor, city.name)
            return [Ref(self.actors.get(actor.id, actor), "anaphor")]
        return [Ref(city, "anaphor")]

    def _names_town(self, token: Token) -> bool:
        """Whether ``token`` names a place that is a town (GeoNames' towns, ``towns()``) of the state the gazetteer
        puts it in, or, for a place it does not know, of a state the text names -- not a region ("Tigray") or a
        town of that name elsewhere ("Gedo" in Ethiopia, for Somalia's Gedo region)."""
        actor = self._named.get(token.i)
        if actor is None or actor.type != "LOCATION":
            return False
        codes = towns().get(normalize_name(actor.name), ())
        entry = self._entries.get(actor.id)
        if entry is not None:
            state = self.gazetteer.lookup(entry.state) if entry.state else None
            return state is not None and alpha3(state) in codes
        return any(entry is not None and entry.type == "STATE" and alpha3(entry) in codes
                   for entry in (self._entries.get(a.id) for a in self._named.values()))

    def _other_states_government(self, actor_id: str, state: Entry) -> bool:
        """Whether ``actor_id`` is the government (or forces) of a state other than ``state``."""
        actor = self.actors.get(actor_id)
        entry = self._entries.get(actor_id)
        return actor is not None and actor.type == "GOVERNMENT" and entry is not None and bool(entry.state) \
            and entry.state != state.name

    def _owner_refs(self, token: Token) -> list[Ref] | None:
        """"Netanyahu's office said", "the office of the Kenyan president": the one owner an office speaks
        and acts for (a person, a state's unnamed official, a body; no place); None where it names none."""
        owners = _owners_of(token)
        if len(owners) != 1:
            return None
        refs = self.refs(owners[0], ACTOR)
        return refs if len(refs) == 1 and refs[0].actor.type != "LOCATION" else []

    def _quote_marks(self, start: int, end: int) -> list[int]:
        """The quotation marks among the tokens ``start``..``end`` (a mark may be glued to a word): a slice of the
        doc's marks, found once (the quotation readers ask for a paragraph's marks token by token)."""
        if start < 0 or end < 0:  # (Python's slice from the end, as ``doc[start:end]`` reads it)
            start, end, _ = slice(start, end).indices(len(self.doc))
        marks = self._quote_mark_tokens()
        return marks[bisect_left(marks, start):bisect_left(marks, end)]

    def _quote_mark_tokens(self) -> list[int]:
        """The tokens, in order, whose text holds a quotation mark, read from the form column (no Token made)."""
        if self._quote_mark_ids is None:
            strings = self.doc.vocab.strings
            self._quote_mark_ids = [i for i, orth in enumerate(self.columns.column(ORTH))
                                    if any(m in strings[orth] for m in _QUOTE_MARKS)]
        return self._quote_mark_ids

    def _reporting_subject(self, opening: int, closing: int, before: int) -> Token | None:
        """The subject of the clause that reports the quotation between the marks ``opening`` and ``closing``: a
        verb of saying right after it, in the sentence the closing mark ends ('..." he said', '..." said N'), else
        one before it, in the sentence it opens in ('N said: "..."'), no earlier than ``before``; outside every
        quotation, with one subject. None where no such clause reports it."""
        doc = self.doc
        after = doc[closing].sent
        # (right after the closing mark: '," he said', '," said N', '," the minister told reporters' -- no other verb
        # between; right before the opening mark: 'N said: "', 'N told reporters, "' -- no clause between, as in
        # 'X announced that it had "completed its mission"', a fragment quoted in what the writer reports)
        for t in doc[closing + 1:min(after.end, closing + 6)]:
            if self._quote_marks(t.i, t.i + 1):
                break
            if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS:
                subjects = [c for c in children_of(t) if c.dep_ == "nsubj" and c.i > closing]
                return subjects[0] if len(subjects) == 1 else None
            if t.pos_ in ("VERB", "AUX"):
                break
        for t in reversed(doc[max(doc[opening].sent.start, before):opening]):
            if self._quote_marks(t.i, t.i + 1):
                break
            if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS:
                subjects = [c for c in children_of(t) if c.dep_ == "nsubj" and c.i < t.i]
                return subjects[0] if len(subjects) == 1 else None
            if t.pos_ in ("VERB", "AUX") or t.dep_ == "mark" or t.lower_ == "that":
                break
        return None

    def _names_in_reported_quotation(self, token: Token) -> set[str]:
        """The actors named in the quotation a subject pronoun's verb of saying reports ('"We will not talk to N,"
        he said': he is not N -- a speaker speaks of himself as "I" or "we", not by his name). So too for the body's
        possessive on the speaker ('"We will keep fighting the regime of N," its leader, M, said': "its" is not N),
        where the quotation speaks of the speaker's body as "we" (``QUOTE_PRONOUNS``): what it names beside "we" is
        another party, where the text names it there first (w51a; without "we", a speaker may name his own body:
        '"The front will fight on," its chief said', and with it, one named before: '"Our men are no part of X"')."""
        owned = token.dep_ == "poss" and token.lower_ in BODY_POSSESSIVES and token.head.dep_ == "nsubj" \
            and token.head.head.pos_ == "VERB" and token.head.head.lemma_.lower() in SPEECH_VERBS
        if not owned and (token.pos_ != "PRON" or token.dep_ != "nsubj" or token.head.pos_ != "VERB"
                          or token.head.lemma_.lower() not in SPEECH_VERBS):
            return set()
        start = _paragraph(token)[0]
        marks = [m for m in self._quote_marks(max(start, token.sent.start), token.i)]
        if not marks or any(self._quote_marks(m + 1, token.i) for m in marks[-1:]) or len(
                self._quote_marks(start, marks[-1])) % 2 == 0:
            return set()  # (the pronoun follows no closing mark of its sentence)
        opening = self._quote_marks(start, marks[-1])[-1]
        if owned and not any(self.doc[i].lower_ in QUOTE_PRONOUNS for i in range(opening + 1, marks[-1])):
            return set()
        quoted = {self._named[i].id for i in range(opening + 1, marks[-1]) if i in self._named}
        if owned:  # (only a party the text names first in the quotation: '"Those who attack us are not part of
            # the front," its chairman said' after a sentence about the front may name the speaker's own body)
            quoted -= {a.id for i, a in self._named.items() if i < opening}
        return quoted

    def _quoting_speaker(self, token: Token) -> set[str]:
        """For a third-person pronoun inside a quotation, the actors its speaker is ('"His army bombs our villages,"
        N said': his is not N's -- a speaker says "my" of his own): none of them is what it refers to."""
        if token.pos_ != "PRON" or token.lower_ not in THIRD_PERSON_PRONOUNS:
            return set()
        speaker = self._quotation_speaker(token)
        if speaker is None or speaker.i == token.i:
            return set()
        ids = {self._named[speaker.i].id} if speaker.i in self._named else set()
        if speaker.i < token.i or speaker.pos_ != "PRON":
            ids |= {r.actor.id for r in self.refs(speaker, ACTOR)}
        return ids

    def _labelling_speaker(self, token: Token) -> set[str]:
        """For a label noun (``smear_nouns``) inside what a speaker is reported to say ("X said the terrorists had
        attacked Y"), the actors the speaker is: the clause's nearest speech verb's subject."""
        verb = token
        while verb.head.i != verb.i:
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
                subjects = [c for c in children_of(verb.head) if c.dep_ == "nsubj"]
                ids = {self._named[s.i].id for s in subjects if s.i in self._named}
                return ids | {r.actor.id for s in subjects if s.i != token.i for r in self.refs(s, ACTOR)}
            verb = verb.head
        return set()

    def _quoted(self, token: Token) -> bool:
        """Whether ``token`` stands inside quotation marks of its paragraph (an odd number of them before it)."""
        start, end = _paragraph(token)
        return len([m for m in self._quote_marks(start, end) if m < token.i]) % 2 == 1

    def _statement_issuer(self) -> list[Ref]:
        """The body a statement speaks as, for its own first-person words outside any quotation ("Ministry of
        Defence, Republic of X / Press Statement ... Our forces retook Y; we will not negotiate with Z"): the one
        body (no person, no place) the document's heading -- its first paragraph -- names, where that heading
        names a statement (``statement_nouns``); nothing otherwise (a news story's "we" is no party's)."""
        if self._issuer is None or not self._issuer[1]:
            start, end = _paragraph(self.doc[0])
            heading = self.doc[start:end]
            bodies = {self._named[t.i].id: self._named[t.i] for t in heading if t.i in self._named
                      and self._named[t.i].type not in ("PERSON", "LOCATION")}
            stated = any(t.lower_ in STATEMENT_NOUNS for t in heading)
            self._issuer = ([Ref(next(iter(bodies.values())), "anaphor")] if stated and len(bodies) == 1 else [], bool(self._named))
        return self._issuer[0]

    def _quotation_speaker(self, token: Token) -> Token | None:
        """The speaker of a quotation that runs over several sentences, for a first-person pronoun in a sentence of
        it that no verb of saying governs ('"We hold the airport road," he said. "But we have not taken the town."';
        '"X is not our enemy. We have never fought X," said N'): the subject of the clause reporting that
        quotation (:meth:`_reporting_subject`), else, for a quotation no clause reports, that of the quotation
        just before it in the paragraph, where only its reporting clause stands between them -- one speaker
        goes on. None outside a quotation, for a quotation running on past its paragraph, or with no such
        clause (an unattributed quotation stays open)."""
        start, end = _paragraph(token)
        marks = self._quote_marks(start, end)
        before = [m for m in marks if m < token.i]
        if len(before) % 2 == 0:
            return None
        opening = before[-1]
        closing = next((m for m in marks if m > token.i), None)
        if closing is None:
            return None
        speaker = self._reporting_subject(opening, closing, start)
        if speaker is not None or len(before) < 3:
            return speaker
        previous_close, previous_open = before[-2], before[-3]
        between = self.doc[previous_close + 1:opening]
        speaker = self._reporting_subject(previous_open, previous_close, start)
        if speaker is None or not previous_close < speaker.i < opening:
            return None  # (the quotation before was reported before it, or by no one: another may speak now)
        if any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and t != speaker.head for t in between):
            return None
        return speaker

    def _represented(self, speaker: Token) -> list[Ref]:
        """The actor a speaker speaks for: a body or state as itself, a person as :meth:`_person_spoken_for`
        reads him; no place, and nothing for several."""
        refs = self.refs(speaker, ACTOR)
        if len(refs) != 1 or refs[0].actor.type == "LOCATION":
            return []
        if refs[0].actor.type != "PERSON":
            return refs
        first = self.first_named(refs[0].actor)
        # (a spokesman introduced as one speaks for his body when named again: '"...," said N, a spokesman for X.
        # ... "...," N said')
        return self._person_spoken_for(speaker) or self._titled_speaker_for(speaker) or (
            self._titled_speaker_for(first) if first is not None and first.i < speaker.i else []) \
            or self._described_owner_of_speaker_title(speaker)

    def _described_owner_of_speaker_title(self, speaker: Token) -> list[Ref]:
        """'"We will not talk to X," said N, the front's leader': a named person whose appositive title (a leader's
        or a speaker's) is owned by a description ("the front's", "the movement's", "leader of the rebels") speaks
        for the one body (no person, no place) that description resolves to (refo51). Not a pronoun owner ("its
        leader", whose antecedent a quotation may hide), and nothing where the description resolves to several."""
        for title in (c for c in children_of(speaker) if c.dep_ == "appos" and c.i > speaker.i
                      and (c.lower_ in LEADER_TITLES or c.lower_ in SPEAKER_NOUNS)):
            owners = [c for c in children_of(title) if c.dep_ == "poss"] + [
                p for c in children_of(title) if c.dep_ == "prep" and c.lower_ in ("of", "for")
                for p in children_of(c) if p.dep_ == "pobj"]
            if len(owners) != 1 or owners[0].pos_ != "NOUN" or owners[0].i in self._named:
                continue
            found = self.refs(owners[0], ACTOR)
            if len(found) == 1 and found[0].actor.type not in ("PERSON", "LOCATION", "STATE", "GOVERNMENT"):
                return found
        return []

    def _titled_speaker_for(self, speaker: Token) -> list[Ref]:
        """"X spokesman N said", "N, a spokesman for X, said": a named person whose own title is a speaker noun
        speaks for the one body (no person, no place) that title names; nothing where it names several."""
        for title in (c for c in children_of(speaker) if c.dep_ in ("compound", "appos") and c.lower_ in SPEAKER_NOUNS):
            bodies = {self._named[t.i].id for t in title.subtree
                      if t.i in self._named and t.i != speaker.i and self._named[t.i].type != "LOCATION"}
            found = self._agent_refs(title, ACTOR)
            if len(bodies) == 1 and len(found) == 1 and found[0].actor.type not in ("PERSON", "LOCATION"):
                return found
        return []

    def _person_spoken_for(self, owner: Token) -> list[Ref]:
        """"His spokesman", "the president's spokesman": a leader's spokesman speaks for the body he leads,
        else for the state he serves; nothing for a person the text ties to neither."""
        refs = self.refs(owner, ACTOR)
        if len(refs) != 1 or refs[0].actor.type != "PERSON":
            return []
        body = self.led_by(refs[0].actor)
        if body is not None:
            return [Ref(self.actors.get(body.id, body), "head")]
        state = self.state_of(refs[0].actor)
        return [Ref(self.state_actor(state), "head")] if state is not None else []

    def _set_owners(self, owner: Token, role: str) -> list[Ref]:
        """The members of a numbered set that owns a plural of people or forces ("ministers of the two countries",
        "both governments' envoys", "the two neighbours' officials"): each member, as "officials of A and B" names
        each, where the set resolves to bodies named before (``_set_refs``); nothing for the sides of the conflict
        read later ("officials from both sides"), for a set of persons or places, or for one that does not resolve."""
        if owner.i in self._named or owner.tag_ != "NNS" or owner.lower_ not in SET_NOUNS:
            return []
        found = self._set_refs(owner, role) or []
        if len(found) < 2 or any(r.kind != "anaphor" or r.actor.type in ("PERSON", "LOCATION") for r in found):
            return []
        return found

    def _owners_named(self, pobj: Token, role: str, each: bool) -> list[Ref]:
        """What the object of "troops from X", "the leaders of X" names; with ``each`` (a plural head), the named
        conjuncts after it too ("from Chad and Niger")."""
        conjuncts = [c for c in pobj.conjuncts if c.i in self._named] if each else []
        return [r for t in (pobj, *conjuncts) for r in self.refs(t, role)]

    def _spoken_for(self, prep: Token) -> list[Ref]:
        """"a spokesman for Veltria's defence ministry", "a spokeswoman for the rebels": the one actor, no
        person or place, that the speaker speaks for."""
        for pobj in (p for p in children_of(prep) if p.dep_ == "pobj"):
            refs = self.refs(pobj, ACTOR)
            if len(refs) == 1 and refs[0].actor.type not in ("PERSON", "LOCATION"):
                return refs
        return []

    def _read_portfolios(self) -> None:
        """"Interior Minister N", "Veltria's Defence Minister N": the portfolio stands for the government."""
        for i, actor in list(self._named.items()):
            tok = self.doc[i]
            words = normalize_name(tok.text).split()
            nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
            if words and set(words) <= PORTFOLIO_WORDS and actor.id not in self._entries and tok.dep_ == "pobj" \
                    and tok.head.lower_ == "of" and tok.head.head.lower_ in MINISTER_TITLES:
                # "Secretary of State N", "Minister of Defence N": the portfolio after the title names no actor
                # of its own, nor one an anaphor may take up (prec47); the title's readings tell whose he is
                self.actors.pop(actor.id, None)
                del self._named[i]
                self._history = [s for s in self._history if s.token != i]
                continue
            if len(words) > 1 and words[0] in PORTFOLIO_QUALIFIERS and tok.text[:1].isupper():
                words = words[1:]  # ("Union Home Minister N", NER reading "Union Home" as a body: the state's level)
            if not words or not set(words) <= PORTFOLIO_WORDS or nxt is None \
                    or nxt.lower_ not in MINISTER_TITLES or actor.id in self._entries:
                continue
            self.actors.pop(actor.id, None)
            state = None
            for title in (nxt, nxt.head):
                for c in children_of(title):
                    entry = self._entries.get(self._named[c.i].id) if c.i in self._named else None
                    if c.dep_ == "poss" and entry is not None and entry.type == "STATE":
                        state = entry  # "Veltria's Interior Minister"
                    elif c.dep_ in ("amod", "compound") and self.gazetteer.by_demonym(c.text):
                        state = self.gazetteer.by_demonym(c.text)  # "the Veltrian Interior Minister"
            if state is None:
                state = self._titled_official_state(nxt)
            if state is None and self.salient_state is not None and self.told_by(self.salient_state, tok):
                # a portfolio that names no state is the one told so far: "Interior Minister N" opening a story
                # about an unknown country is not the bystander's the text names only later
                state = self.salient_state
            if state is None:
                del self._named[i]
            else:
                self._named[i] = self.government(state)

    def _titled_official_state(self, title: Token) -> Entry | None:
        """The state the gazetteer says the person named right after a portfolio's title serves or heads ("Home
        Minister Amit Shah" in a story about another country: India's minister still), or None."""
        for j in (title.i + 1, title.head.i):
            actor = self._named.get(j) if j < len(self.doc) else None
            if actor is not None and actor.type == "PERSON" and actor.id in self._entries:
                return self.state_of(actor)
        return None

    def _read_facilities(self) -> None:
        """Unnamed places named by what holds them: "Kestria's international airport", "the airport in
        Kestria", "the Northern Command headquarters", "the Ministry of Defence building"."""
        strings = self.doc.vocab.strings
        facility = {h for h in set(self.columns.column(LOWER)) if strings[h] in FACILITY_NOUNS}
        for i, lower in enumerate(self.columns.column(LOWER)):
            if lower not in facility or i in self._named:
                continue
            tok = self.doc[i]
            if tok.pos_ != "NOUN":
                continue
            if tok.lower_ in NAMING_PLACE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.dep_ == "pobj" and p.pos_ == "PROPN" for p in children_of(c)) for c in children_of(tok)):
                continue  # "Puntland's port of Bosaso": the port is the place its "of" names, no facility of Puntland (prec52)
            mods = [c for c in children_of(tok) if c.i < tok.i and (c.dep_ in ("compound", "amod", "nmod") or (
                c.dep_ == "det" and c.i in self._named))]  # "the Ministry of Defence" merged, parsed as det
            if any(m.i in self._named and self._named[m.i].type == "LOCATION" for m in mods):
                continue  # "Hmeimim air base": the named place itself
            if any(not (m.pos_ in ("ADJ", "NOUN") or m.i in self._named) for m in mods):
                continue
            if any(m.tag_ in ("JJS", "RBS") for m in mods) or any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(tok)):
                continue  # "its largest base in X": a description of the owner's base, not a facility's name
            if tok.lemma_.lower() in MODIFIED_OWNED_OBJECTS and any(
                    m.i in self._named and self._named[m.i].type in ("IGO", "ARMED_GROUP") for m in mods):
                continue  # "the UN compound in X", "a Hamas base in Y": the holder's thing (rules._owners), no name
            words = [m.text for m in mods if m.i not in self._named and m.pos_ in ("ADJ", "NOUN")]
            owners = [m for m in mods if m.i in self._named and self._named[m.i].type in ("ORGANIZATION", "GOVERNMENT")]
            city = None
            for c in children_of(tok):
                named = self._named.get(_possessor(c)) if c.dep_ == "poss" else None
                if named is not None and named.type == "LOCATION":
                    city = named  # "Kestria's international airport"
            if city is None and _definite(tok):
                wheres = ("in", "near", "outside", "of") if tok.lower_ in FACILITY_OF_NOUNS else ("in", "near", "outside")
                for prep in (c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in wheres):
                    for pobj in children_of(prep):
                        named = self._named.get(pobj.i)
                        if pobj.dep_ == "pobj" and named is not None and named.type == "LOCATION":
                            city = named  # "the military base in Kestria"
            if owners and not any(c.dep_ == "poss" for c in children_of(tok)):
                name = " ".join([_clean_name(self._named[owners[-1].i].name), *words[-1:], tok.lower_])
            elif city is not None and not owners:
                name = " ".join([city.name, *words, tok.lower_])
            else:
                continue
            if owners and any(c.dep_ == "poss" for c in children_of(tok)):
                city = None  # (a possessor's facility, unnamed here: see above)
            earlier = self._earlier_facility(tok, city) if city is not None and not owners else None
            if earlier is not None:  # "Hamid Karzai International Airport in Kabul ... Kabul's airport"
                self._add_alias(earlier, name)
                self._named[tok.i] = self.actors[earlier.id]
                continue
            actor = self._register(Actor.create(name, "LOCATION"))
            self._facility_city[actor.id] = city.id if city is not None else ""
            self._named[tok.i] = actor

    def _earlier_facility(self, tok: Token, city: Actor) -> Actor | None:
        """The one facility of this kind named in the last few sentences in ``city``, if there is exactly one."""
        noun = tok.lemma_.lower()
        sent = self._sent_of[tok.i]
        found = {}
        for i, actor in self._named.items():
            if i >= tok.i or sent - self._sent_of[i] > 6 or actor.type != "LOCATION" \
                    or noun not in normalize_name(actor.name).split():
                continue
            if actor.id in self._facility_city:
                same = self._facility_city[actor.id] == city.id
            else:  # a named facility: in the same city if its name or its sentence says so
                same = normalize_name(city.name) in normalize_name(actor.name) or any(
                    self._named.get(t.i) is not None and self._named[t.i].id == city.id for t in self.doc[i].sent)
            if same:
                found[actor.id] = actor
        return next(iter(found.values())) if len(found) == 1 else None

    # -- discourse: sets, possessive anaphors, descriptions from a name, ambiguity ----------
    def _named_places_of(self, token: Token) -> list[Ref] | None:
        """"the town of X", "the group's strongholds of X and Y": the places its of-phrase names (a plural
        noun names each conjunct), before any reading of its possessor or of the noun as an anaphor. None
        unless every one is a named place (not a state: "the Tigray region of Ethiopia" is Tigray)."""
        if token.pos_ != "NOUN" or token.lower_ not in NAMING_PLACE_NOUNS or token.dep_ == "appos":
            return None
        if token.lemma_.lower() not in SETTLEMENT_NOUNS and any(
                c.dep_ == "compound" and c.i in self._named for c in children_of(token)):
            return None
        for prep in children_of(token):
            pobjs = [p for p in children_of(prep) if p.dep_ == "pobj"] if prep.dep_ == "prep" and prep.lower_ == "of" else []
            if len(pobjs) != 1:
                continue
            items = [pobjs[0], *pobjs[0].conjuncts] if token.tag_ == "NNS" else pobjs
            if any(t.i not in self._named or self._named[t.i].type != "LOCATION" for t in items):
                return None
            return [r for t in items for r in self.refs(t, PLACE)]
        return None

    def _discourse_refs(self, token: Token, role: str) -> list[Ref] | None:
        """References that need the document's memory of actors; None where none applies."""
        for read in (self._set_refs, self._quantified_set_refs, self._both_refs, self._bloc_owner_refs, self._possessive_refs, self._name_noun_refs, self._whose_refs,
                     self._ordinal_refs, self._epithet_refs, self._attacker_refs, self._neighbour_refs,
                     self._leader_envoy_refs):
            found = read(token, role)
            if found is not None:
                return found
        return None

    def _attacker_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"The attackers", "the gunmen" (bare): the one actor that the sentences just before (or its own, before
        it) make the subject or agent of an attack verb, stated, not denied; none where two are or none is."""
        if token.lower_ not in ATTACKER_NOUNS or token.pos_ != "NOUN" or not _bare_the(token):
            return None
        sent, window = self._sent_of[token.i], REFERENCE_WINDOWS["attacker"]
        found: dict[str, Actor] = {}
        for seen in self._before(token.i):
            if seen.token >= token.i or sent - seen.sent > window or seen.actor.type in ("LOCATION", "PERSON"):
                continue
            if _attack_doer(self.doc[seen.token]):
                found[seen.actor.id] = seen.actor
        if len(found) != 1:
            return []
        actor = self._as_role(next(iter(found.values())), role)
        return [Ref(actor, "anaphor")] if actor else []

    def _leader_envoy_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"His negotiators held talks with X", "her envoys": the armed group the one person named lately leads,
        where the text has said so (as "his fighters" are, :meth:`_possessive_refs`); None otherwise."""
        lower = token.lower_
        if token.pos_ != "NOUN" or token.tag_ != "NNS" or not (lower in ENVOY_NOUNS or lower in DELEGATION_NOUNS):
            return None
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.i < token.i), None)
        if owner is None or owner.lower_ not in ("his", "her"):
            return None
        sent, window = self._sent_of[token.i], ANAPHORS[owner.lower_][1]
        people = list({s.actor.id: s.actor for s in self._before(token.i) if s.token < token.i
                       and sent - s.sent <= window and s.actor.type == "PERSON"}.values())
        body = self.led_by(people[0]) if len(people) == 1 else None
        if body is None or body.type != "ARMED_GROUP":
            return None
        actor = self._as_role(body, role)
        return [Ref(actor, "anaphor")] if actor else []

    def _neighbour_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"Addis Ababa accuses its neighbour of ...", "Sudan's western neighbour": the one state other than the
        possessor's that the sentences just before, or its own before it, name (by name, capital or demonym);
        none where two are, where the possessor is no state, or the noun says more ("a neighbour", "its new
        neighbour")."""
        if token.lower_ not in NEIGHBOUR_NOUNS or token.pos_ != "NOUN":
            return None
        owners = [c for c in children_of(token) if c.dep_ == "poss"]
        if len(owners) != 1 or any(c.dep_ in ("appos", "relcl", "acl", "conj") for c in children_of(token)) or any(
                c.dep_ in ("amod", "compound", "nummod") and c.lower_ not in REGION_ADJECTIVES for c in children_of(token)):
            return []
        states = [s for r in self.refs(owners[0], ACTOR) if (s := self._state_named(r.actor) or (
            self.state_actor(e) if (e := self._entries.get(r.actor.id)) is not None and e.type == "STATE" else None))]
        own = {self._state_named(r.actor).id if self._state_named(r.actor) else r.actor.id for r in self.refs(owners[0], ACTOR)}
        if len(states) != 1:
            return []
        sents = doc_sents(self.doc)
        start = sents[max(self._sent_of[token.i] - REFERENCE_WINDOWS["neighbour"], 0)].start
        others = {i: a for i, a in self.states_between(start, token.i).items() if i not in own and i != states[0].id}
        if len(others) != 1:
            return []
        actor = self._as_role(next(iter(others.values())), role)
        return [Ref(actor, "anaphor")] if actor else []

    def _set_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"the three countries", "both groups", "the two neighbours": the set of that kind named last.

        "the two sides" / "both sides" are the sides of the conflict (resolved after all rules ran).
        An indefinite number ("two factions of X") introduces new referents: nothing.
        """
        lower = token.lower_
        if any(c.dep_ in ("compound", "nmod") and c.i in self._named for c in children_of(token)):
            return None  # "the Hamas and Fatah movements": the names before the noun say which (the head readers)
        if lower in PAIR_SET_NOUNS and token.tag_ == "NN" and any(
                c.dep_ in ("det", "preconj") and c.lower_ in PAIR_DETERMINERS for c in children_of(token)):
            # "refused to back either country", "neither government": each of the two of that kind named last
            # (named together, or the two most recent with no third beside them); else no one
            actors = self._last_set(token, tuple(SET_NOUNS[PAIR_SET_NOUNS[lower]]), 2)
            if self._holds_own_subject(token, actors):
                return []  # "Trump said he would sign no deal with either country": not a pair he is one of
            return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        if lower in SET_NUMBERS and token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and any(c.lower_ == "all" and c.dep_ in ("det", "predet") for c in children_of(token)) \
                and not any(c.dep_ == "prep" for c in children_of(token)):
            # "all three" standing alone: the set of that number named together last (not "all three of them")
            actors = self._last_set(token, (), SET_NUMBERS[lower])
            return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        if SET_NUMBERS.get(lower, 0) > 2 and token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass") \
                and _bare_the(token) and not any(c.dep_ in ("compound", "nmod") for c in children_of(token)):
            # row43c: "A withdrew from X together with B and C; the three now form Y": "the three" standing alone as
            # a subject is, as "all three" is, the set of that number named together last -- in its own sentence
            # only (a later sentence's "the three would not negotiate with ..." may be any three told before)
            actors = self._last_set(token, (), SET_NUMBERS[lower], 0) or self._accompanied_subject(token, SET_NUMBERS[lower])
            return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        if SET_NUMBERS.get(lower) == 2 and token.dep_ in ("nsubj", "nsubjpass") and (
                token.pos_ == "NUM" and _bare_the(token) and not any(c.dep_ in ("prep", "compound", "nmod") for c in children_of(token))
                or token.pos_ in ("PRON", "DET") and not any(children_of(token))):
            # "the two" standing alone as a subject: the pair alone named together just before, or the pair one
            # clause sets against each other ("Eritrea no longer arms the TPLF, and the two now fight each other")
            if token.pos_ in ("PRON", "DET"):
                # a bare "both": the pair one clause sets against each other, else :meth:`_both_refs`'s reading
                # (the pair named together as a subject, with no plural rival between)
                return [Ref(r, "anaphor") for a in self._clause_pair(token, ()) if (r := self._as_role(a, role))] or None
            actors = [a for a in self._only_named_together(token) if a.type != "PERSON"]
            actors = actors if len(actors) == 2 else self._clause_pair(token, ())
            return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        if lower in DISTRIBUTIVE and token.tag_ == "NNS" and any(
                c.dep_ == "amod" and c.lower_ in SIDE_MODIFIERS for c in children_of(token)):
            return [Ref(_DISTRIBUTIVE, "distributive")]  # "the warring parties": the two sides, as "both sides"
        if lower in SET_SIZE_NOUNS:  # "the pair": the actors of any kind named together just before
            if not _bare_the(token):
                return None
            actors = self._last_set(token, (), SET_SIZE_NOUNS[lower], REFERENCE_WINDOWS["unnumbered_set"])
            return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        sides = lower in DISTRIBUTIVE and token.tag_ == "NNS" and (lower in SIDE_PLURALS or any(
            c.lower_ == "both" for c in children_of(token)))  # "both sides", "both parties", "both camps"
        if lower not in SET_NOUNS and not sides:
            return None
        # ("attacked both the militias and the army": a "both" that pairs two conjuncts counts neither)
        numbers = [SET_NUMBERS[c.lower_] for c in children_of(token) if c.lower_ in SET_NUMBERS and c.i < token.i
                   and not (c.dep_ == "preconj" and any(k.dep_ == "conj" for k in children_of(token)))]
        if not numbers and not sides and _bare_the(token) and SET_NOUNS[lower]:
            # "the neighbours", "the countries": the actors of that kind named together just before
            actors = self._named_together(token, SET_NOUNS[lower])
            named = self._named_with_plural(token) if token.lemma_.lower() in BODY_NOUNS else None
            if not actors and named:
                actors = [named]  # ("Fano militias fought X ... the militias": the one body named with that plural)
            elif named and named.id not in {a.id for a in actors}:
                # ("the Kora militias joined ... A and its allies B and C ambushed ... X attacked the militias": the
                # body the text called by that very plural, or the set named last? no one)
                actors = []
            elif not actors and token.dep_ in ("nsubj", "nsubjpass"):
                actors = self._clause_pair(token, SET_NOUNS[lower])  # ("A accused B of X. The neighbours ...")
            return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        if not numbers and not sides and _bare_the(token):
            # "the allies", "the rivals": a noun of any kind of actor, without a number -- only the bodies the
            # last sentence to name any names together, and nothing else
            actors = self._only_named_together(token)
            if not actors and token.dep_ in ("nsubj", "nsubjpass"):
                actors = self._clause_pair(token, ())  # ("A once fought B. The rivals signed a deal in 1979")
            return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        if not numbers and not sides and self._described_body_plural(token):
            # w51d: "talks between the government and (the) holdout rebel groups", "the remaining armed factions": a
            # plural of bodies described, not counted, is a set of several; the one group the text told of last is
            # fewer than it says, and no set of that kind named together tells which -- no one (not that one group)
            return []
        if not numbers or (not _definite(token) and not any(c.lower_ == "both" for c in children_of(token))):
            return None
        if sides:
            if numbers[0] != 2:
                return []
            # (a pair set against each other earlier in the sentence of "the two sides" only: one a sentence
            # before is most often the conflict's own sides, read as such later)
            pair = self._paired_sides(token) or (
                self._clause_pair(token, (), previous=False) if token.dep_ in ("nsubj", "nsubjpass") else [])
            if pair:
                return [Ref(r, "anaphor") for a in pair if (r := self._as_role(a, role))]
            return [Ref(_DISTRIBUTIVE, "distributive")]
        actors = self._last_set(token, SET_NOUNS[lower], numbers[0])
        if not actors and numbers[0] == 2 and token.dep_ in ("nsubj", "nsubjpass"):
            actors = self._clause_pair(token, SET_NOUNS[lower])
        return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]

    def _quantified_set_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"A, B and C fought X. Each of them backs Y", "Z condemned all of them", "all three of them" (coord36): a
        quantifier over "them" is each member of the list named last (:meth:`_last_list`); "both" only a pair, a
        number ("all three of them") only a list of that size. "Any of them" is not read: hypothetical in a clause
        not denied ("X may strike any of them"), and under a denial most often said by a leader of what "his
        government" will not do, whom the annotators credit and the resolver does not. None where the token is
        no such phrase."""
        number = SET_NUMBERS.get(token.lower_) if token.pos_ == "NUM" else None
        words = token.lower_.split()
        if token.pos_ == "NUM" and len(words) == 2 and words[0] in UNIVERSAL_WORDS:
            number = SET_NUMBERS.get(words[1])  # ("all three" merged into one token as a number)
        if token.lower_ not in SET_QUANTIFIERS and number is None:
            return None
        if token.pos_ not in ("PRON", "DET", "NUM") or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return None
        preps = [c for c in children_of(token) if c.dep_ == "prep"]
        others = [c for c in children_of(token) if c.dep_ not in ("prep", "punct")
                  and not (number is not None and c.dep_ in ("det", "predet") and c.lower_ in UNIVERSAL_WORDS)]
        if len(preps) != 1 or preps[0].lower_ != "of" or others:
            return None
        pobjs = [p for p in preps[0].children if p.dep_ == "pobj"]
        if len(pobjs) != 1 or pobjs[0].lower_ not in PLURAL_PRONOUNS or list(pobjs[0].children):
            return None
        if number is None and token.lower_ in PAIR_PRONOUNS:
            number = 2  # "both of them"
        actors = self._last_list(token, number)
        return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]

    def _reporters_set(self, token: Token, role: str) -> list[Ref]:
        """"A and B said they had struck X", "A and B announced that they were joining forces" (coord36): a plural
        pronoun, the subject of what a verb of saying reports, whose own subject is a list of bodies all named, is
        that list -- with nothing between the list and the pronoun that may be "they" (a plural noun, another name).
        None for a pronoun of a clause no list says ("A and B accused the rebels, saying they ...")."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
            return []
        verb = token.head.head
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return []
        subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].i > token.i:
            return []
        listed = self._coordinated(subjects[0])
        # ("A and its old rival, the B, said they ...": an item that names no one is the name in apposition to it)
        named = [self._named.get(t.i) or next((self._named[c.i] for c in children_of(t) if c.dep_ == "appos"
                                                and c.i in self._named and not contrasted(c)), None) for t in listed]
        if len(listed) == 1 and subjects[0].i not in self._named:
            named = self._set_speaker(subjects[0])  # "the two governments said they ..."
        elif len(listed) < 2:
            return []
        if len(named) < 2 or any(a is None or a.type in ("LOCATION", "PERSON") for a in named):
            return []
        between = self.doc[subjects[0].right_edge.i + 1:token.i]
        if any(t.i in self._named or t.tag_ in ("NNS", "NNPS") or t.lower_ in PLURAL_PRONOUNS for t in between):
            return []
        actors = list({a.id: a for a in named}.values())
        return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))] if len(actors) > 1 else []

    def _set_speaker(self, subject: Token) -> list[Actor]:
        """The members of a set a description names as one speaker ("the two governments", "both countries", "the
        three juntas", resolved to the bodies named together before): a plural pronoun in what they say is all of
        them, as for a list of names (ref38). Only a plural common noun read as two or more actors."""
        if subject.pos_ != "NOUN" or subject.tag_ != "NNS":
            return []
        actors = list({r.actor.id: r.actor for r in self.refs(subject, ACTOR)}.values())
        return actors if len(actors) > 1 else []

    def _last_list(self, token: Token, size: int | None = None) -> list[Actor]:
        """The actors of the nearest list of two or more bodies named together before ``token``, in its sentence
        or the one before in its paragraph (of ``size`` members, if given; a single name between is passed over):
        none where a plural noun stands between (it may be what "them" means), where the nearest list is of places
        or persons, or where the clause's own subject is a member ("A and B met; A condemned each of them")."""
        sent = self._sent_of[token.i]
        start = _paragraph(token)[0]
        recent = [s for s in reversed(self._before(token.i)) if s.token < token.i and s.token >= start
                  and sent - s.sent <= 1 and s.actor.type not in ("LOCATION", "PERSON")]
        by_token = {s.token: s.actor for s in self._history}
        own = self._own_clause_subjects(token)
        for seen in recent:
            listed = _list_tokens(self.doc[seen.token])
            first = listed[0]
            if first.dep_ == "appos" and first.pos_ == "PROPN" and first.head.pos_ == "PROPN" and first.head.i < first.i \
                    and first.i >= 1 and self.doc[first.i - 1].text == "," and first.conjuncts and not first.head.conjuncts:
                listed = [first.head, *listed]  # ("A, the B and the C": the parser hangs "the B and the C" on A)
            members = [t for t in listed if t.i in by_token]
            actors = list({by_token[t.i].id: by_token[t.i] for t in members}.values())
            if len(listed) < 2:
                continue  # a single body between is no "them" of several
            # (an item named by no known name, "A, B and 19 other groups", yields itself nothing, not the whole list)
            if len(actors) < 2 or (size is not None and not len(listed) == len(actors) == size) \
                    or any(a.type in ("LOCATION", "PERSON") for a in actors) or any(a.id in own for a in actors):
                return []
            span = self.doc[max(t.i for t in listed) + 1:token.i]
            # (the subject of a clause "them" stands in is not "them": "the juntas said they had condemned all of them")
            speakers = {t.i for a in token.ancestors for c in children_of(a) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
            # (a number that fits the list leaves out only a plural of that number: "A, B and C sent police units.
            # All three of them ..." are A, B and C; "... sent three battalions. All three of them" are not clear)
            if any(t.tag_ in ("NNS", "NNPS") and t.i not in by_token and t.i not in speakers
                   and (size is None or any(c.dep_ == "nummod" for c in children_of(t))) for t in span):
                return []  # ("A and B backed the rebels. Each of them ...": the rebels, perhaps)
            return actors
        return []

    def _clause_pair(self, token: Token, types: tuple[str, ...], previous: bool = True) -> list[Actor]:
        """"The faction was once allied with the ELN; the two groups have since fought each other", "A split from
        B in 2013. Since then the two have fought": the two bodies one clause sets against each other -- its
        subject and its object -- in ``token``'s sentence before it or, where that names no body, in the sentence
        just before (unless not ``previous``). Only where that stretch names no third body (every mention, pronouns and descriptions
        included, is one of the two), neither is a person or place, both are of ``types`` (if any), and the
        clause is not ``token``'s own; else none: which two is meant is unclear."""
        sent = self._sent_of[token.i]
        before = [s for s in self._before(token.i) if s.actor.type != "LOCATION" and sent - s.sent <= 1]
        here = [s for s in before if s.sent == sent] or [s for s in before if previous and s.sent == sent - 1]
        if not here:
            return []
        pair = {self._body_key(s.actor): s.actor for s in here}
        if len(pair) != 2 or any(a.type == "PERSON" or (types and a.type not in types) for a in pair.values()):
            return []
        mentions = {s.token: self._body_key(s.actor) for s in here}
        for i, key in mentions.items():
            subject = self.doc[i]
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i == token.head.i:
                continue
            verb = subject.head
            for j, other in mentions.items():
                if other != key and self._clause_object(self.doc[j], verb):
                    return list(pair.values())
        return []

    def _clause_object(self, token: Token, verb: Token) -> bool:
        """Whether ``token`` is an object of ``verb``'s own clause: its direct object, or the object of a preposition
        on it or on a noun or adjective of that clause ("allied with X", "broke away from X", "formed an alliance
        with X"), with no other verb between them but one whose subject is the clause's own ("stopped arming X")."""
        if token.dep_ not in ("dobj", "pobj"):
            return False
        head = token.head
        while head.i != verb.i:
            if head.dep_ == "xcomp" and head.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in children_of(head)):
                head = head.head
                continue
            if head.pos_ in ("VERB", "AUX") or head.dep_ in ("ROOT", "relcl", "acl", "advcl", "ccomp", "xcomp", "conj"):
                return False
            head = head.head
        return True

    def _paired_sides(self, token: Token) -> list[Actor]:
        """"Russia and Ukraine swapped prisoners. The two sides have fought since 2022": a subject "the two
        sides" / "both sides" is the pair named together in a sentence just before -- two bodies, no third one
        named in that sentence (then they may be one side: "A and B struck C") nor any other since. Else none
        (the sides of the conflict are read later)."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return []
        sent, window = self._sent_of[token.i], REFERENCE_WINDOWS["unnumbered_set"]
        before = [s for s in self._before(token.i) if s.token < token.i and s.actor.type != "LOCATION"]
        if not before or before[-1].sent == sent or sent - before[-1].sent > window:
            return []
        last = before[-1].sent  # the sentence the pair must stand in: the last to name a body
        named = {s.token: s.actor for s in before if s.sent == last}
        heads = {self._coordinated(self.doc[i])[0].i for i in named}
        if len(heads) != 1:
            return []
        head = self.doc[heads.pop()]
        members = [t for t in self._coordinated(head) if t.i in named]
        actors = list({named[t.i].id: named[t.i] for t in members}.values())
        if len(actors) != 2 or {a.id for a in named.values()} != {a.id for a in actors} \
                or any(a.type == "PERSON" for a in actors) or not _mutual_subject(head):
            return []
        return actors

    def _only_named_together(self, token: Token) -> list[Actor]:
        """The bodies named together ("A and B", "A, B and C") in the last sentence before ``token``'s that names
        any body, within a short window -- where that sentence names no other body: "Russia and Iran deepened
        their ties. The allies ..." is Russia and Iran; "Russia and Iran armed Syria. The allies ..." is unclear."""
        sent, window = self._sent_of[token.i], REFERENCE_WINDOWS["unnumbered_set"]
        before = [s for s in self._before(token.i) if s.token < token.i and s.actor.type != "LOCATION"
                  and (s.token in self._named or self.doc[s.token].dep_ not in ("amod", "compound"))]
        if not before or before[-1].sent == sent or sent - before[-1].sent > window:
            return []
        last = before[-1].sent
        named = {s.token: s.actor for s in before if s.sent == last}
        heads = {self._coordinated(self.doc[i])[0].i for i in named}
        if len(heads) != 1:
            return []
        members = [t for t in self._coordinated(self.doc[heads.pop()]) if t.i in named]
        actors = list({named[t.i].id: named[t.i] for t in members}.values())
        if len(actors) < 2 or {a.id for a in named.values()} != {a.id for a in actors}:
            return []
        return actors

    def _named_together(self, token: Token, types: tuple[str, ...]) -> list[Actor]:
        """The last actors of ``types`` named together ("A and B", "A, B and C") within a short window,
        if every one of that group is of those types; else none."""
        sent, window = self._sent_of[token.i], REFERENCE_WINDOWS["unnumbered_set"]
        by_token = {s.token: s.actor for s in self._history}
        for seen in reversed(self._before(token.i)):
            if seen.token >= token.i:
                continue
            if sent - seen.sent > window:
                break
            members = [t for t in self._coordinated(self.doc[seen.token]) if t.i in by_token]
            # (a capital among them acts for its state where places are not wanted: "Washington and London")
            found = [a if a.type in types else (self._as_role(a, ACTOR) or a) for a in (by_token[t.i] for t in members)]
            actors = list({a.id: a for a in found}.values())
            if len(members) > 1 and len(actors) > 1:
                return actors if all(a.type in types for a in actors) else []
        return []

    def _set_outsiders(self, token: Token, window: int) -> set[str]:
        """The actors told acting on a numbered set before ``token`` ("Peru, which borders both countries",
        "Chile called on the two sides to ..."): they stand outside that set, so none of them is one of a later
        "the two countries" gathered from separate sentences."""
        sent = self._sent_of[token.i]
        out: set[str] = set()
        for tok in self.doc[:token.i]:
            if sent - self._sent_of[tok.i] > window or tok.tag_ != "NNS" or not (
                    tok.lower_ in SET_NOUNS or tok.lower_ in DISTRIBUTIVE):
                continue
            if any(c.lower_ == "both" or c.lower_ in SET_NUMBERS for c in children_of(tok) if c.i < tok.i):
                out |= self._own_clause_subjects(tok)
        return out

    def _bloc_owner_refs(self, token: Token, role: str) -> list[Ref] | None:
        """w57c: "Kenya, Uganda and Tanzania met in Arusha. Their East African Community ...": a "their" that owns a
        bloc's name (an intergovernmental body) stands for the states named together last, in its sentence or the one
        before, where no state is named after them; none for one state alone ("Chad ... their"), a bloc the
        sentence has them leave ("quit their X", ``role_leaving_verbs``), or a "their" that owns anything else."""
        body = token.head
        if token.lower_ != "their" or token.dep_ != "poss" or body.i <= token.i or body.pos_ != "PROPN" or \
                body.i not in self._named or self._named[body.i].type != "IGO":
            return None
        if body.head.lemma_ in ROLE_LEAVING_VERBS or (body.dep_ == "pobj" and body.head.lower_ in ("from", "of")):
            return []  # ("A and B quit their bloc", "walked out of their X": members once, which the leaving reads)
        sent = self._sent_of[token.i]
        states = [s for s in reversed(self._before(token.i))
                  if s.token < token.i and sent - s.sent <= 1 and s.actor.type == "STATE"]
        if not states:
            return []
        by_token = {s.token: s.actor for s in states}
        listed = [t for t in _list_tokens(self.doc[states[0].token]) if t.i in by_token]
        actors = list({by_token[t.i].id: by_token[t.i] for t in listed}.values())
        if len(actors) < 2:
            return []
        return [Ref(a, "anaphor") for actor in actors if (a := self._as_role(actor, role))]

    def _last_set(self, token: Token, types: tuple[str, ...], n: int, window: int = 3) -> list[Actor]:
        """The ``n`` actors of ``types`` named last before ``token`` (within three sentences).

        Actors named together ("Chad, Niger and Nigeria") are the best antecedent of a set of their
        number; otherwise the ``n`` most recent, unless one more of the kind stands in the sentence of
        the ``n``-th (then which ``n`` is meant is unclear). Nouns of any type ("the two rivals") take
        only a set named together.
        """
        sent = self._sent_of[token.i]
        wanted = types or ("STATE", "GOVERNMENT", "ARMED_GROUP", "IGO", "ORGANIZATION", "PERSON")
        by_token = {s.token: s.actor for s in self._history}
        # (a set its own clause's subject acts on leaves that subject out: "C tried to mediate between the two
        # neighbours" -- not C)
        own = self._own_clause_subjects(token)
        recent = [s for s in reversed(self._before(token.i))
                  if s.token < token.i and sent - s.sent <= window and s.actor.type in wanted and s.actor.id not in own]
        if types and "STATE" in wanted:  # "Asmara accused Ethiopian troops ... Both countries": a capital that acts is its state
            capitals = self._acting_capitals(token, sent, window)
            by_token.update((s.token, s.actor) for s in capitals)
            recent = sorted([*recent, *capitals], key=lambda s: -s.token)
        done: set[int] = set()
        for seen in recent:
            listed = _list_tokens(self.doc[seen.token])
            tok = listed[0]
            if tok.i in done:
                continue
            done.add(tok.i)
            members = [t for t in listed if t.i in by_token]
            actors = list({by_token[t.i].id: by_token[t.i] for t in members if by_token[t.i].type in wanted}.values())
            if len(members) > 1 and len(actors) == n:
                if types and self._set_passed_over(token, seen, actors, recent):
                    break  # ("A and B welcomed the talks. C accused X of aiding D; X denied helping either army")
                if self._paragraph_names_its_own_set(token, seen, n, wanted, own | {a.id for a in actors}):
                    return []  # ("A and B traded fire.  [new paragraph] C struck D. E hosted talks between the two countries")
                return actors
        if not types:
            return []
        outsiders = self._set_outsiders(token, window)
        distinct: list[_Seen] = []
        for seen in (s for s in recent if s.actor.id not in outsiders):
            # ("Algeria condemned strikes by the Malian military, and Bamako recalled its envoy. The two
            # governments ...": Mali's government and Mali are one of the two)
            if all(self._body_key(seen.actor) != self._body_key(d.actor) for d in distinct):
                distinct.append(seen)
        if len(distinct) < n or (len(distinct) > n and distinct[n].sent == distinct[n - 1].sent):
            return []
        if token.dep_ in ("nsubj", "nsubjpass") and len({d.sent for d in distinct[:n]}) > 1 and not all(
                any(s.subject and s.actor.id == d.actor.id for s in recent) for d in distinct[:n]):
            # "X did A. Y did too. Z cut its ties with W. The three states formed B": a set that acts, gathered
            # over several sentences, is of actors told acting; with one named there only as what another acted
            # on (W), which three is unclear ("A split from B. The two groups ..." in one sentence stays A and B)
            return []
        if self._splits_a_list(distinct[:n], by_token):
            return []
        return [d.actor for d in distinct[:n]]

    def _paragraph_names_its_own_set(self, token: Token, listed: _Seen, n: int, wanted: tuple[str, ...],
                                     own: set[str]) -> bool:
        """Whether a set named together in an earlier paragraph than ``token``'s is crossed over by it: ``token``'s own
        paragraph, before it, names ``n`` or more other actors of the kinds it takes ("India and Pakistan traded
        fire.  [new paragraph] Israel struck Iran. Oman hosted talks between the two countries": the two are this
        paragraph's, not the list of the one before). Which ``n`` is meant is then unclear: no one. (``own``: the
        actors that do not count, its clause's subjects and the list's own members, named again in this paragraph
        without a list the parser saw: "A and B deepen ties / [paragraph] A and B signed a pact. Both kingdoms ...")"""
        start = _paragraph(token)[0]
        if listed.token >= start:
            return False
        kept = {self._body_key(self.actors[i]) for i in own if i in self.actors}
        here = {self._body_key(s.actor) for s in self._before(token.i)
                if start <= s.token < token.i and s.actor.type in wanted and s.actor.id not in own} - kept
        return len(here) >= n

    def _splits_a_list(self, chosen: list[_Seen], by_token: dict[int, Actor]) -> bool:
        """Whether a set gathered from the most recent mentions takes one member of a list that names other
        actors ("The AU and the US welcomed it. Japan backed the two countries' efforts": the US was named with
        the AU, as one of a pair of another kind) together with an actor named outside that list: a reader
        takes the list's members together or none of them, so which set is meant is unclear. A set that takes the
        whole list splits nothing where each actor it adds is a clause's subject, the list its partners: "Kenya
        signed a pact with Uganda and Rwanda. The three states ..." (ref54; not an actor told by a demonym or an
        object beside the list: "X expelled French forces and, with A and B, formed Y")."""
        ids = {c.actor.id for c in chosen}
        for seen in chosen:
            listed = {by_token[t.i].id for t in _list_tokens(self.doc[seen.token]) if t.i in by_token}
            if len(listed) > 1 and not ids <= listed and not (
                    listed <= ids and all(c.subject for c in chosen if c.actor.id not in listed)):
                return True
        return False

    def _set_passed_over(self, token: Token, named: _Seen, actors: list[Actor], recent: list[_Seen]) -> bool:
        """Whether a set named together in an earlier sentence than ``token``'s is passed over by it: the token's
        own sentence names, before it, another actor of the kinds it takes ("Colombia and Chile welcomed the
        talks. Ecuador accused the group of guiding a Peruvian patrol; the group denied helping either army":
        the two it speaks of are those its sentence names, not the pair named before)."""
        sent = self._sent_of[token.i]
        if named.sent == sent:
            return False
        ids = {self._body_key(a) for a in actors}
        # (not its own clause's subject, which no set it takes can hold: "Moscow backs the three juntas")
        own = {self._body_key(self.actors[i]) if i in self.actors else i for i in self._own_clause_subjects(token)}
        return any(s.sent == sent and self._body_key(s.actor) not in ids | own for s in recent)

    def _body_key(self, actor: Actor) -> str:
        """One key for a state and its government (the gazetteer's "Government of X" entry of state X), so that a
        set counts them once; any other actor is its own."""
        entry = self._entries.get(actor.id)
        if actor.type == "GOVERNMENT" and entry is not None and entry.state:
            state = self.gazetteer.lookup(entry.state)
            if state is not None and self.gazetteer.government_of(state).name == entry.name:
                return self.state_actor(state).id
        return actor.id

    def _named_as_subject(self, seen: _Seen) -> bool:
        """Whether a mention is a clause's subject, or the first of coordinated ones is ("Washington and Beijing
        said")."""
        return seen.subject or _first_conjunct(self.doc[seen.token]).dep_ in ("nsubj", "nsubjpass")

    def _acting_capitals(self, token: Token, sent: int, window: int) -> list[_Seen]:
        """The capitals named as the subject of a clause ("Asmara has accused ...", "Kyiv said") within ``window``
        sentences before ``token``, as mentions of their states."""
        out = []
        for seen in self._before(token.i):
            if seen.token >= token.i or sent - seen.sent > window or seen.actor.type != "LOCATION":
                continue
            if not self._named_as_subject(seen):  # ("Washington and Beijing said")
                continue
            state = self._state_named(seen.actor)
            if state is not None:
                out.append(_Seen(seen.token, seen.sent, state, seen.subject))
        return out

    def _possessive_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"its fighters", "the group's commanders", "their troops": forces that stand for their possessor."""
        lower = token.lower_
        if token.pos_ == "NOUN" and token.tag_ == "NN" and ANAPHORS.get(lower, ((),))[0] == ("STATE",):
            # "Malaysia's envoy said his country would send troops": the state an unnamed speaker's possessive
            # is read for (a person's own possessive names no state)
            owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.i < token.i), None)
            if owner is not None and owner.lower_ in PERSON_POSSESSIVES and owner.i not in self._named:
                states = {r.actor.id: r.actor for r in self.refs(owner, ACTOR)}
                if len(states) == 1 and all(a.type == "STATE" for a in states.values()):
                    return [Ref(found, "anaphor") for a in states.values() if (found := self._as_role(a, role))]
        if token.pos_ == "NOUN" and lower in GOVERNMENT_NOUNS and lower not in FORCE_NOUNS:
            return self._own_government(token)
        led = lower in LED_FORCE_NOUNS  # ("his men": only the armed group he leads, below)
        if token.pos_ != "NOUN" or not (lower in FORCE_NOUNS or lower in GROUP_NOUNS or led or _body_owned_agent(token)):
            return None
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.i < token.i), None)
        if owner is None or owner.i in self._named or led and owner.lower_ not in PERSON_POSSESSIVES | BODY_POSSESSIVES:
            return None
        # (a speaker's or a statement's "our troops" are its body's, as "we" is: ``quote_pronouns``)
        spoken = (owner.lower_ in ("his", "her") or owner.lower_ in QUOTE_PRONOUNS) and bool(self.refs(owner, ACTOR)) and all(
            r.actor.type not in ("PERSON", "LOCATION") for r in self.refs(owner, ACTOR))
        if owner.lower_ in ("his", "her") and (not spoken or led):  # "his fighters": the armed group he leads, if the
            # text says so (gender is not known: only where one person was named lately is "his" clear);
            # an unnamed speaker's "his troops" are his body's, as "its troops" (below)
            people = self._possessing_people(token, owner)
            body = self.led_by(people[0]) if len(people) == 1 else None
            if body is not None and body.type == "ARMED_GROUP" and lower not in GOVERNMENT_NOUNS:
                return [Ref(self._as_role(body, role) or body, "anaphor")]
            return None  # else a person's forces are his state's (see _head_refs)
        if not (spoken or owner.lower_ in BODY_POSSESSIVES or (owner.pos_ == "NOUN" and _definite(owner))):
            return None
        refs = [r for r in self.refs(owner, ACTOR) if r.kind != "distributive"]
        if not refs:
            return None
        wants_government = lower in ARMY_NOUNS or (
            lower in FORCE_HEADS and any(c.lower_ in SECURITY_MODIFIERS for c in children_of(token)))
        out: list[Ref] = []
        for ref in refs:
            actor, entry = ref.actor, self._entries.get(ref.actor.id)
            if actor.type in ("LOCATION", "PERSON"):
                return []
            if led and actor.type != "ARMED_GROUP":
                return []  # ("its men", "their men": an armed group's own, as "his men" are the group he leads; hit46)
            if actor.type == "IGO" and lower in REPRESENTATIVE_NOUNS:
                return []  # "the alliance's members" are its member states
            if actor.type == "STATE" and lower in GROUP_NOUNS and lower not in FORCE_NOUNS:
                return []  # "the country's gangs" are not the country
            if actor.type == "STATE" and wants_government and entry is not None:
                actor = self.government(entry)
            actor = self._as_role(actor, role)
            if actor is not None:
                out.append(Ref(actor, "anaphor"))
        return out

    def _own_government(self, token: Token) -> list[Ref] | None:
        """"Iraq is torn: its government relies on X": the government of the one state "its" refers to, not the
        last government named ("... backs the government of Syria. Iraq ... its government" is Iraq's). None
        where "its" is not read as one state (the government anaphor decides, as before)."""
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.i < token.i), None)
        if owner is None or owner.i in self._named or owner.lower_ not in BODY_POSSESSIVES or owner.tag_ != "PRP$":
            return None
        refs = [r for r in self.refs(owner, ACTOR) if r.kind != "distributive"]
        if len(refs) != 1 or refs[0].actor.type != "STATE":
            return None
        entry = self._entries.get(refs[0].actor.id)
        return [Ref(self.government(entry), "anaphor")] if entry is not None else None

    def _possessing_people(self, token: Token, owner: Token) -> list[Actor]:
        """The people a "his"/"her" owning ``token`` may stand for: the persons named in the pronoun's window, or
        where there are several, the one the sentence settles (:meth:`_speaking_person`)."""
        sent, window = self._sent_of[token.i], ANAPHORS[owner.lower_][1]
        people = list({s.actor.id: s.actor for s in self._before(token.i) if s.token < token.i
                       and sent - s.sent <= window and s.actor.type == "PERSON"}.values())
        return people if len(people) == 1 else self._speaking_person(owner)

    def _leader_possessive(self, token: Token) -> bool:
        """"his fighters" where the text has not yet said what he leads: left to the rules, which read
        leadership on the way ("N, who heads the X", "N, the leader of X, says his fighters ...")."""
        lower = token.lower_
        if token.pos_ != "NOUN" or not (lower in FORCE_NOUNS or lower in ENVOY_NOUNS or lower in DELEGATION_NOUNS
                                        or lower in _FIGHTER_HEADS or lower in LED_FORCE_NOUNS) or lower in GOVERNMENT_NOUNS:
            return False  # ("his negotiators" too: :meth:`_leader_envoy_refs`)
        owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None and lower in _FIGHTER_HEADS:  # "Mbala's fighters", read once the rules know what he leads
            owner = next((c for c in children_of(token) if c.dep_ == "poss" and c.i in self._named
                          and self._named[c.i].type == "PERSON"), None)
        if owner is None:
            return False
        people = [r.actor for r in self.refs(owner, ACTOR) if r.actor.type == "PERSON"]
        if not people and owner.lower_ in ("his", "her") and not self.refs(owner, ACTOR):
            # ("Its commander, N, said his fighters had left X": "his" is left to the speaker the resolver read as
            # his body, so "his fighters" wait, as :meth:`_possessive_refs` would read them, for what N leads)
            people = self._possessing_people(token, owner)
        return len(people) == 1 and self.led_by(people[0]) is None

    def _whose_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"X, an ethnic force whose commander, N, ...": "whose" is X, through the description in
        apposition to it; also where the parser hung the titled noun on X as an apposition (no relative
        clause). None where this says nothing (the relative clause reading below decides)."""
        if token.lower_ != "whose" or token.tag_ != "WP$":
            return None
        relcl = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if relcl is not None:
            owner = relcl.head
            body = self._name_around(owner)
            if body is not None:  # "the Alliance of Patriots for a Free Congo, whose fighters": the alliance's
                return self.refs(body, role) if body.i in self._named else []
        elif token.head.dep_ == "appos" and token.head.head != token.head:
            owner = token.head.head
        else:
            return None
        owner = _described_name(owner, self._named)  # "an ethnic force", "a group": the name they describe
        if owner is None:
            return None
        actor = self._as_role(self._named[owner.i], role)
        return [Ref(actor, "anaphor")] if actor else []

    def _name_around(self, place: Token) -> Token | None:
        """The body whose name ends with the place ``place`` ("the Alliance of Patriots for a Free and Sovereign
        Congo", "the Front for the Liberation of X"): its head, where only capitalised words and a name's
        connectors stand between; None where ``place`` ends no such name."""
        actor = self._named.get(place.i)
        if actor is None or actor.type not in ("LOCATION", "STATE") or place.dep_ != "pobj":
            return None
        head = place.head.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in NAME_CONNECTORS:
            head = head.head.head  # "... for the Liberation of X": up through the name's inner phrases
        if head.pos_ != "PROPN" or head.i >= place.i or not head.text[:1].isupper():
            return None
        named = self._named.get(head.i)
        if named is not None and named.type in ("LOCATION", "STATE", "PERSON"):
            return None
        inside = self.doc[head.i + 1:place.i]
        if any(not (t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS or t.lower_ == "a") for t in inside):
            return None
        return head

    def _speaking_person(self, owner: Token) -> list[Actor]:
        """The one person a "his"/"her" stands for where the sentence settles it: "X leader N said his
        fighters ...": the only person named in the pronoun's sentence before it, who is also what the
        pronoun resolves to (several people named there, or another reading: none)."""
        sent = self._sent_of[owner.i]
        here = {s.actor.id: s.actor for s in self._before(owner.i)
                if s.token < owner.i and s.sent == sent and s.actor.type == "PERSON"}
        if len(here) != 1:
            return []
        refs = [r.actor for r in self.refs(owner, ACTOR)]
        return refs if len(refs) == 1 and refs[0].id in here else []

    def _name_noun_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"the kingdom", "the Islamic Republic": the last actor whose own name has these words."""
        if token.lower_ not in NAME_NOUNS or not _definite(token):
            return None
        if any(c.dep_ == "compound" and c.i in self._named and self._named[c.i].type != "LOCATION" for c in children_of(token)):
            return None  # "the G9 federation": the name before it says which body (the head readers take it)
        modifiers = [c for c in children_of(token) if c.dep_ in ("amod", "compound") and c.i < token.i]
        words = {token.lower_} | {c.lower_ for c in modifiers}
        # (a modifier that names no state or actor may describe rather than name: "the Gulf kingdom" is the Kingdom
        # of X -- where no name has it, the noun alone decides)
        describing = not any((c.i in self._named and self._named[c.i].type != "LOCATION")
                             or self.gazetteer.by_demonym(c.text) for c in modifiers)
        sent = self._sent_of[token.i]
        matches: list[_Seen] = []
        for pattern in (words, {token.lower_}) if describing and modifiers else (words,):
            for seen in reversed(self._before(token.i)):
                if seen.token >= token.i:
                    continue
                if sent - seen.sent > 8 or (matches and seen.sent != matches[0].sent):
                    break
                if any(pattern <= _name_words(name) for name in (seen.actor.name, *seen.actor.aliases)):
                    matches.append(seen)
            if matches:
                break
        if len({m.actor.id for m in matches}) != 1:
            return []  # none, or two equally recent ("Jordan and Saudi Arabia ... the kingdom")
        actor = self._as_role(matches[0].actor, role)
        return [Ref(actor, "anaphor")] if actor else []

    # -- descriptions of people and of pairs: "the president", "the 58-year-old", "the latter" ------------
    def _epithet_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"the president", "the general", "the prime minister": the one person named lately with that
        title ("President N", "the warlord N", "N, the group's commander"); "the 58-year-old": the one
        person named lately. Two compatible people, or none: no one. None where this says nothing."""
        phrase = _title_phrase(token)
        if not (phrase or _epithet_word(token)) or not self._bare_description(token):
            return None
        states = [s for c in children_of(token) if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
                  and (s := self.gazetteer.by_demonym(c.text)) is not None]
        if not states and any(c.dep_ in ("compound", "nmod", "amod") and c.i < token.i and (
                c.pos_ == "PROPN" or c.i in self._named or c.ent_type_) for c in children_of(token)):
            return None  # "the Wagner commander", "the US envoy": the body's (the agent-noun reading decides)
        sent, window = self._sent_of[token.i], REFERENCE_WINDOWS["person_epithet"]
        excluded = self._own_clause_subjects(token)
        # "the leader", "the Russian leader" (no other modifier): where no one is so titled in the text, any head
        # of state or government the gazetteer knows ("Putin visited Beijing. The leader ...")
        bare = all(c.dep_ == "det" or (c.i < token.i and c.dep_ in ("amod", "compound", "nmod") and self.gazetteer.by_demonym(c.text))
                   for c in children_of(token))
        people: dict[str, Actor] = {}
        for by_gazetteer in (False, True) if phrase in STATE_LEADER_EPITHETS and bare else (False,):
            for seen in reversed(self._before(token.i)):
                if seen.token >= token.i or seen.actor.type != "PERSON" or seen.actor.id in excluded:
                    continue
                if sent - seen.sent > window:
                    break
                if phrase and phrase not in self._titles(seen.actor) and not (by_gazetteer and self._led_a_state(seen.actor)):
                    continue
                if states and (self.state_of(seen.actor) is None or self.state_of(seen.actor).name != states[0].name):
                    continue  # "the Ugandan president" is not Kenya's
                people.setdefault(seen.actor.id, seen.actor)
            if people:
                break
        if len(people) != 1:
            if people:
                self._ambiguous.add(token.i)
            return [] if people else None  # (no one so titled: what the other readings make of it)
        actor = self._as_role(next(iter(people.values())), role)
        return [Ref(actor, "anaphor")] if actor else []

    def _led_a_state(self, person: Actor) -> bool:
        """Whether the gazetteer knows ``person`` as a head of state or government (not from a title in the text:
        "Foreign Minister N of X" serves X, he does not lead it)."""
        entry = self._entries.get(person.id)
        return entry is not None and entry.type == "PERSON" and bool(entry.state)

    def _bare_description(self, token: Token) -> bool:
        """"the president" as a phrase of its own: after "the", owning nothing it names ("the president of
        X", "Kenya's president", "the president, N," say who is meant), not a title before a name."""
        if token.dep_ in ("compound", "amod", "appos", "attr", "npadvmod", "nmod") or token.i in self._named:
            return False
        dets = [c for c in children_of(token) if c.dep_ in ("det", "poss")]
        if len(dets) != 1 or dets[0].lower_ != "the":
            return False
        return not any(c.dep_ in ("prep", "appos", "relcl", "acl") or c.lower_ in FORMER_TITLE_WORDS
                       for c in children_of(token))

    def _titles(self, person: Actor) -> set[str]:
        """The titles the text gives ``person`` where it names them: "President N", "the warlord N",
        "N, the group's leader," (a former title is not a present one)."""
        if not hasattr(self, "_title_cache"):
            self._title_cache: dict[str, set[str]] = {}
            for i, actor in self._named.items():
                if actor.type == "PERSON":
                    self._title_cache.setdefault(actor.id, set()).update(self._titles_at(self.doc[i]))
        return self._title_cache.get(person.id, set())

    def _formerly_titled(self, person: Actor) -> bool:
        """Whether the text gives ``person`` a title he no longer holds ("former president N", "N, the ousted
        leader", "the late N") and no present one."""
        if not hasattr(self, "_former_cache"):
            self._former_cache: dict[str, bool] = {}
            for i, actor in self._named.items():
                if actor.type == "PERSON" and self._former_at(self.doc[i]):
                    self._former_cache[actor.id] = True
        return self._former_cache.get(person.id, False) and not self._titles(person)

    def _title_start(self, name: Token) -> int:
        """The first of the title words written just before ``name`` ("army chief General N": "army")."""
        j = name.i
        while j > 0 and self.doc[j - 1].dep_ == "compound" and self.doc[j - 1].is_alpha:
            j -= 1
        return j

    def _former_at(self, name: Token) -> bool:
        j = self._title_start(name) - 1
        words = UNSEATED_TITLE_WORDS
        if j >= 0 and j < name.i - 1 and self.doc[j].lower_ in words:
            return True  # "former president N", "ousted leader N"
        titles = [c for c in children_of(name) if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN"]
        if name.dep_ == "appos" and name.head.pos_ == "NOUN" and name.head.i < name.i:
            titles.append(name.head)  # "the ousted president, N"
        return any(c.lower_ in words for t in (name, *titles) for c in children_of(t) if c.dep_ in ("amod", "advmod"))

    def _titles_at(self, name: Token) -> Iterator[str]:
        start = self._title_start(name)
        words = list(self.doc[start:name.i])
        j = start - 1
        if j >= 0 and self.doc[j].lower_ in FORMER_TITLE_WORDS or any(c.lower_ in FORMER_TITLE_WORDS for c in children_of(name)):
            return
        lowered = [w.lower_ for w in words]
        for k in range(len(lowered)):  # "army chief General N": chief, general
            if " ".join(lowered[k:k + 2]) in PERSON_TITLES:
                yield " ".join(lowered[k:k + 2])
            elif lowered[k] in PERSON_TITLES:
                yield lowered[k]
        nouns = [c for c in children_of(name) if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if name.dep_ == "appos" and name.head.pos_ == "NOUN" and name.head.i < name.i:
            nouns.append(name.head)  # "the warlord N"
        for noun in nouns:
            phrase = _title_phrase(noun)
            if phrase and not any(c.lower_ in FORMER_TITLE_WORDS for c in children_of(noun)):
                yield phrase

    def _ordinal_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"the former", "the latter": the first or second of the two actors the sentence before (or this
        one, before it) names -- the pair named together if it names more; else no one."""
        if token.lower_ not in ORDINAL_ANAPHORS or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
            return None
        pair = self._last_pair(token)
        if pair is None:
            self._ambiguous.add(token.i)
            return []
        actor = self._as_role(pair[ORDINAL_ANAPHORS[token.lower_]], role)
        return [Ref(actor, "anaphor")] if actor else []

    def _last_pair(self, token: Token) -> tuple[Actor, Actor] | None:
        sent = self._sent_of[token.i]
        # only names count, never what a reference (another "the former") meant, nor, in its own sentence, its own
        # clause's subject ("Egypt backs the latter" is not Egypt); a sentence naming fewer than two is passed over:
        # "A and B clashed. X backs the former. Y backs the latter."
        own = self._own_clause_subjects(token)  # (by what they stand for: "Kinshasa backs the latter" is Congo's)
        own_tokens = {s.token for s in self._history if s.sent == sent and s.token < token.i and (
            s.actor.id in own or (own and any(r.actor.id in own for r in self.refs(self.doc[s.token], ACTOR))))}
        for back in range(REFERENCE_WINDOWS["ordinal"] + 1):
            seen = [s for s in self._history if s.sent == sent - back and s.token < token.i and s.token not in own_tokens
                    and self.doc[s.token].lower_ not in ORDINAL_ANAPHORS and self.doc[s.token].pos_ != "PRON"]
            if len({s.actor.id for s in seen}) < 2:
                continue
            by_token = {s.token: s.actor for s in seen}
            pairs = {tuple(t.i for t in self._coordinated(self.doc[s.token])) for s in seen}
            pairs = {p for p in pairs if len(p) == 2 and all(i in by_token for i in p)
                     and by_token[p[0]].id != by_token[p[1]].id}
            if len(pairs) == 1:
                first, second = sorted(next(iter(pairs)))
                return by_token[first], by_token[second]
            distinct = list({s.actor.id: s.actor for s in seen}.values())
            return (distinct[0], distinct[1]) if not pairs and len(distinct) == 2 else None
        return None

    def _coordinated(self, tok: Token) -> list[Token]:
        """``tok`` and the names coordinated with it ("A and B", "A, B and C")."""
        return _list_tokens(tok)

    def _unambiguous(self, token: Token, best: _Seen, found: list[_Seen]) -> Actor | None:
        """``best``'s actor, unless another candidate is as good: then no antecedent (precision first).

        Actors named together ("Al-Shabaab and the ADF attacked ...") are equally good antecedents of
        "the group", "it" or "their" (a plural pronoun may mean them all, or either: nothing is read).
        """
        together = {t.i for t in self._coordinated(self.doc[best.token])} | _names_modifying_list(self.doc[best.token])
        if token.pos_ == "NOUN":  # (a name set aside is no rival of a description: "A rather than B ... the group" is A)
            together -= {t.i for t in self._coordinated(self.doc[best.token]) if _set_aside(t)}
        if any(f.actor.id != best.actor.id and f.token in together for f in found):
            self._ambiguous.add(token.i)
            return None
        if token.lower_ in PLURAL_PRONOUNS and any(
                (a := self._named.get(i)) is not None and a.id != best.actor.id and a.type != "LOCATION" for i in together):
            self._ambiguous.add(token.i)  # "Hamas and Fatah [a party] met. X condemned them": both, not Hamas alone
            return None
        if best.actor.type != "ORGANIZATION" and token.lower_ not in _PERSON_ONLY_PRONOUNS and any(
                (a := self._named.get(i)) is not None and a.id != best.actor.id and a.type == "ORGANIZATION"
                and not _GOVERNING_NAME.search(a.name) for i in together):
            # "Hamas and Fatah [a party, with gunmen of its own] met. The group ...": which? (not a government the
            # text alone names, typed as an organisation: "signed by the Government of X and the Y Front. The
            # movement ..." is the Front -- its name says it is no group or movement)
            self._ambiguous.add(token.i)
            return None
        return best.actor

    def _accompanied_subject(self, token: Token, n: int) -> list[Actor]:
        """"A withdrew from X together with B and C; the three now form Y": the named subject of a clause before
        ``token`` in its sentence with the companions "together with" / "along with" adds to it, when they are
        ``n`` actors in all (the last such clause; none where its count differs)."""
        sent = doc_sents(self.doc)[self._sent_of[token.i]]
        for verb in reversed(self.doc[sent.start:token.i]):
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i in self._named]
            if len(subjects) != 1 or subjects[0].conjuncts:
                continue
            companions = [t for w in children_of(verb) if w.dep_ == "prep" and w.lower_ == "with"
                          and any(a.lower_ in COMPANY_ADVERBS for a in children_of(w))
                          for p in children_of(w) if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
            if not companions or any(t.i not in self._named for t in companions):
                continue
            actors = list({self._named[t.i].id: self._named[t.i] for t in (*subjects, *companions)}.values())
            return actors if len(actors) == n else []
        return []

    def _both_refs(self, token: Token, role: str) -> list[Ref] | None:
        """"A and B imposed sanctions on X. Both accused X of ...": "both" standing alone as a subject is the pair
        the sentence before names together as its main subject (:meth:`_pronoun_set`); None for "both" in a phrase."""
        if token.lower_ not in PAIR_PRONOUNS or token.pos_ not in ("PRON", "DET") or any(
                not _relative_of(c) for c in children_of(token)):
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "relcl" and token.lower_ not in NEGATIVE_QUANTIFIERS:
            # "A and B clashed. The X, of which both are members, met": the two named together last -- never the
            # body the clause is about
            about = {r.actor.id for t in self.relative_antecedents(token.head) for r in self.refs(t, ACTOR)}
            actors = self._last_set(token, (), 2)
            if any(a.id in about for a in actors):
                return []
            return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        if list(children_of(token)):  # (", of which" hung on "both" only in a relative clause)
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "conj" and token.lower_ not in NEGATIVE_QUANTIFIERS:
            # "A and B are its closest partners, and both joined the coalition": the pair the clause it is
            # coordinated with has for subject (and no other subject between)
            first = token.head.head
            subjects = [c for c in children_of(first) if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i]
            names = [t for t in self._coordinated(subjects[0]) if t.i in self._named] if len(subjects) == 1 else []
            actors = list({self._named[t.i].id: self._named[t.i] for t in names}.values())
            if len(subjects) == 1 and subjects[0].lower_ == token.lower_ and not names:  # "Both are X, and both joined Y"
                actors = list({r.actor.id: r.actor for r in self.refs(subjects[0], role)}.values())
                names = [subjects[0]]
            if len(actors) == 2 and len(names) == len(self._coordinated(subjects[0])) and not any(
                    t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[first.i + 1:token.i]):
                return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]
        if token.dep_ in ("nsubj", "nsubjpass"):  # "Neither has imposed sanctions": the pair, the clause denied
            together = self._pronoun_set(token, role, ANAPHORS["they"][0] + ("IGO",))
            return together if len(together) == 2 else []
        if token.dep_ not in ("dobj", "pobj"):
            return None
        # "A and B clashed. X condemned both / refused to arm either": the two bodies named together last, never
        # the clause's own subject ("A and B condemned both" names no object)
        own = self._own_clause_subjects(token)
        if self._pair_told_before_in_sentence(token):
            # "X refused to choose between the two, and will keep talking to both": the pair its own sentence
            # already told, which may not be the last two bodies named together
            return []
        actors = self._last_set(token, (), 2)
        if any(a.id in own for a in actors):
            return []
        return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role))]

    def _pair_told_before_in_sentence(self, token: Token) -> bool:
        """Whether ``token``'s sentence tells a pair before it by a bare number or a pair word ("between the two",
        "both sides", "either side"): a later "both" is most likely that pair again."""
        sent = doc_sents(self.doc)[self._sent_of[token.i]]

        def pair(t: Token) -> bool:
            return SET_NUMBERS.get(t.lower_) == 2 or t.lower_ in PAIR_PRONOUNS or t.lower_ in PAIR_DETERMINERS

        for t in self.doc[sent.start:token.i]:
            # ("between the two": a number standing alone after a definite article)
            bare = pair(t) and t.dep_ in ("pobj", "dobj", "nsubj") and (t.lower_ in PAIR_PRONOUNS or _definite(t))
            if bare or (t.pos_ == "NOUN" and any(pair(c) for c in children_of(t) if c.i < t.i)):
                return True
        return False

    def _pronoun_set(self, token: Token, role: str, types: tuple[str, ...] | None = None, *,
                     objects: bool = False, between: bool = False) -> list[Ref]:
        """"A and B invaded X in 1998. They backed rival groups.": a plural pronoun, the main subject of its
        sentence, continuing the previous sentence's main subject that named several bodies together, is
        that set (:meth:`_named_together`) -- with nothing plural between (precision first: "A and B backed
        the rebels. They ..." may be the rebels).

        With ``objects``, also the object of the main verb whose subject is one actor named by a singular name
        ("A and B met. C accused them"): an object never is its own clause's subject, so that name is no rival.
        With ``between``, the object of "between" anywhere in its sentence ("C hosted talks between them"): what
        lies between two sides is never one of them, so the clause's own subject is no rival either."""
        own: set[int] = set()
        if between:
            own = {t.i for t in token.sent if t.i < token.i}
        elif objects and not _main_subject(token):
            verb = _first_conjunct(token.head)
            subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if token.dep_ != "dobj" or verb != token.sent.root or len(subjects) != 1 \
                    or len(self.refs(subjects[0], ACTOR)) != 1 or subjects[0].tag_ not in ("NNP", "NN") \
                    or subjects[0].conjuncts or subjects[0].i > token.i:
                return []
            own = {t.i for t in subjects[0].subtree}
            if any(t.dep_ in ("nsubj", "nsubjpass") and t.i not in own for t in token.sent if t.i < token.i):
                return []
        elif not _main_subject(token) or any(t.dep_ in ("nsubj", "nsubjpass") for t in token.sent if t.i < token.i):
            return []
        sents = doc_sents(self.doc)
        n = self._sent_of[token.i]
        if n == 0 or sents[n - 1].start < _paragraph(token)[0]:
            return []
        subjects = [t for t in sents[n - 1] if _main_subject(t) and t.i in self._named]
        names = [t for t in self._coordinated(subjects[0]) if t.i in self._named] if len(subjects) == 1 else []
        actors = self._named_together(token, types or ANAPHORS[token.lower_][0]) if len(names) > 1 else []
        # (a capital in the list stands for its state there, as the set read back does: "Washington and London")
        if not actors or {a.id for a in actors} != {(self._as_role(self._named[t.i], ACTOR) or self._named[t.i]).id
                                                   for t in names}:
            return []
        # (a plural the set's own copula says it is describes the set, no rival: "A and B are neighbours. Both ...")
        said_of = {t.i for t in names}
        between = [t for t in self.doc[max(t.i for t in names) + 1:token.i] if t.i not in own
                   and not _predicated_of(t, said_of)]
        others = {self._named[t.i].id for t in between
                  if t.i in self._named and self._named[t.i] not in actors and self._named[t.i].type != "LOCATION"}
        if objects and own and any(r.actor in actors for t in own for r in self.refs(self.doc[t], ACTOR)):
            return []  # "A and B met. A condemned them": not the set its own subject stands in
        if objects and own:  # "A and B took X from the army. C hit them": a body read between, named or not, is a rival
            others |= {r.actor.id for t in between if t.pos_ == "NOUN" and t.i not in self._named
                       for r in self.refs(t, ACTOR) if r.actor not in actors and r.actor.type != "LOCATION"}
        if token.lower_ in PAIR_PRONOUNS and len(others) < 2 and not any(
                t.tag_ in ("NNS", "NNPS") or t.lower_ in PLURAL_PRONOUNS for t in between):
            pass  # "A and B criticised C. Neither has sanctioned it": one other body is no pair
        elif others or any(t.tag_ in ("NNS", "NNPS") or t.lower_ in PLURAL_PRONOUNS for t in between):
            return []
        return [Ref(r, "anaphor") for a in actors if (r := self._as_role(a, role)) is not None]

    def _unless_coordinated(self, token: Token, speaker: Token, actor: Actor) -> Actor | None:
        """The speaker of "X said it ..." -- unless X is one of several named together."""
        others = [a for t in self._coordinated(speaker) if t.i != speaker.i
                  for a in (r.actor for r in self.refs(t, ACTOR)) if a.id != actor.id]
        if not others:
            return actor
        self._ambiguous.add(token.i)
        return None


_NOBODY = Actor("\0nobody", "nobody", "PERSON")
# A stand-in for "either side" / "both sides", replaced by the two sides of the conflict.
_DISTRIBUTIVE = Actor("\0sides", "either side", "ARMED_GROUP")
DISTRIBUTIVE_ACTOR = _DISTRIBUTIVE
# A stand-in for the parties to the talks a mediator mediates, replaced by the article's negotiating pair.
PARTIES_ACTOR = Actor("\0parties", "the parties", "ARMED_GROUP")


def _event_pronoun(token: Token) -> bool:
    """prec50: "It came days after the raid, and while X was weighing the sanctions it had imposed on Y", "It
    happened as X talked to Y": a subject "it" of a verb of occurring (``event_pronoun_verbs``) that a phrase or
    clause of time alone (``event_time_markers``) completes is the event just told, not the last sentence's actor,
    so the resolver notes no actor for it and a later "it" in the sentence is not drawn to that actor. Not "it came
    under fire", "it came into the town" (another phrase: an actor), nor a verb with an object."""
    verb = token.head
    if token.lower_ != "it" or token.dep_ != "nsubj" or verb.lemma_ not in EVENT_PRONOUN_VERBS:
        return False
    timed = False
    for c in children_of(verb):
        if c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp", "dative", "prt", "agent"):
            return False
        if c.dep_ == "prep":
            if c.lower_ not in EVENT_TIME_MARKERS:
                return False
            timed = True
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in EVENT_TIME_MARKERS for m in children_of(c)):
            timed = True
    return timed


def _fronted_modifiers(verb: Token, subject: Token) -> list[Token]:
    """The phrases put before a verb's subject pronoun that take that subject for their own: a participle clause
    with no subject of its own, or a preposition ("Fighting alongside X, it seized Y", "Backed by X, it ...",
    "Together with X, it ..."). No one fights beside or is backed by itself, so a name inside them is not the
    pronoun's (a clause with its own subject, "After X took Y, it ...", may be)."""
    return [c for c in children_of(verb) if c.i < subject.i and (c.dep_ == "prep" or c.dep_ == "advcl" and c.tag_ in (
        "VBG", "VBN") and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in children_of(c)))]


def _lines_after(text: str, start: int):
    """(offset, line) of each line of ``text`` after the one ``start`` falls in."""
    pos = text.find("\n", start)
    while pos != -1:
        nxt = text.find("\n", pos + 1)
        end = len(text) if nxt == -1 else nxt
        yield pos + 1, text[pos + 1:end]
        pos = nxt


_PLACE_PREPS = {"in", "near", "at", "outside", "around", "into", "across", "inside", "towards", "toward"}


def _relative_of(tok: Token) -> bool:
    """Whether ``tok`` is the fronted "of which" / "of whom" of a relative clause, wherever the parser hung it."""
    return tok.dep_ == "prep" and tok.lower_ == "of" and any(
        c.dep_ == "pobj" and c.tag_ in ("WDT", "WP") for c in children_of(tok))


def _predicated_of(tok: Token, subjects: set[int]) -> bool:
    """Whether ``tok`` is the noun a copula predicates of one of ``subjects`` (token indices) or a conjunct of it
    ("A and B are neighbours", "are rivals and trading partners"): it says what they are, and names no one else."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.i in subjects for c in tok.head.children)


def _list_tokens(tok: Token) -> list[Token]:
    """The first item of the list ``tok`` stands in and every item ("A and B", "A, B and C") -- also where the
    parser hung the second name of "A, B and C" on A as an apposition with C coordinated to it."""
    while tok.head != tok and (tok.dep_ == "conj" or (tok.dep_ == "appos" and _listed_appos(tok))):
        tok = tok.head
    out = [tok, *tok.conjuncts]
    for appos in (c for c in children_of(tok) if c.dep_ == "appos" and _listed_appos(c)):
        out += [appos, *appos.conjuncts]
    return sorted(set(out), key=lambda t: t.i)


def _names_modifying_list(tok: Token) -> set[int]:
    """The names that modify the common nouns of the list ``tok`` stands in, or that ``tok`` modifies ("the M23 and
    the Wazalendo militias", "Hezbollah and the Amal movement"): a name so told is an item of the list as much as a
    bare one, and as good an antecedent of "the group" (ref40)."""
    anchor = tok.head if tok.dep_ in ("compound", "nmod") and tok.head.pos_ == "NOUN" else tok
    items = _list_tokens(anchor)
    if len(items) < 2:
        return set()
    return {t.i for t in items} | {c.i for t in items if t.pos_ == "NOUN" for c in children_of(t)
                                   if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"}


def _listed_appos(tok: Token) -> bool:
    """Whether an apposition is a list's second name: a proper noun right after its head's comma, with a name
    coordinated by "and"/"or" after it ("Mali, Burkina Faso and Niger")."""
    head = tok.head
    return tok.pos_ == "PROPN" and head.pos_ == "PROPN" and tok.i >= 2 and tok.doc[tok.i - 1].text == "," \
        and tok.doc[tok.i - 2].i == head.i and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in children_of(tok)) \
        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in children_of(tok))


def _in_clause_subject(tok: Token) -> bool:
    """Whether a name is a verb's subject or names the owner of one ("France said", "Egypt's foreign ministry
    said", "the foreign ministry of Egypt said", "the Egyptian ministry said"), not a place in it."""
    if _in_place_phrase(tok):
        return False
    while tok.dep_ in ("poss", "compound", "amod", "pobj") and tok.head != tok:
        if tok.dep_ == "pobj":
            if tok.head.lower_ != "of":
                return False
            tok = tok.head
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX")


def _ethnic(demonym: Token) -> bool:
    """Whether a demonym is marked as a people's (``ethnicity_modifiers``: "ethnic Armenian forces", "ethnically
    Serb police"), not a state's."""
    return any(t.lower_ in ETHNICITY_MODIFIERS for t in (*children_of(demonym), *demonym.head.children)
               if t.i < demonym.i and t.dep_ in ("amod", "advmod"))


def water_body(place: Actor) -> bool:
    """Whether a place's name is a body of water's (``water_body_words``): "the Red Sea", "the Gulf of Aden",
    "the Caribbean"; not "the Red Sea coast" or "Port Sudan"."""
    words = normalize_name(place.name).split()  # (a leading "the" already gone)
    return bool(words) and (words[-1] in WATER_BODY_WORDS or (len(words) > 2 and words[0] in WATER_BODY_WORDS
                                                               and words[1] == "of"))


def _continent(place: Actor) -> bool:
    """Whether a place is a continent (``continent_names``) or a quarter of one told by compass words ("north-west
    Africa", "southern Asia")."""
    words = normalize_name(place.name).split()
    while len(words) > 1 and words[0] in COMPASS_WORDS:
        words = words[1:]
    return " ".join(words) in CONTINENT_NAMES


def _shore(place: Actor) -> bool:
    """Whether a place's name ends in a noun of the strip along a water (``shore_nouns``: "the Atlantic coast")."""
    words = normalize_name(place.name).split()
    return bool(words) and words[-1] in SHORE_NOUNS


def _in_place_phrase(tok: Token) -> bool:
    """Whether a name stands in a phrase of place ("in Khartoum", "in North Kivu, Congo", "near Goma and Bunia")."""
    while tok.head != tok and (tok.dep_ in ("appos", "conj", "compound") or (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj")):
        tok = tok.head if tok.dep_ != "pobj" else tok.head.head  # ("in the north of Mozambique")
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS


def _describes_unread_name(token: Token, named: dict) -> bool:
    """Whether ``token`` is a description set, after a comma, beside a proper name the text gives but we could not
    read as an armed group ("the Frente Sur, the rebel group that ...", "members of the Liga Roja, the rebel group
    that ..."; the parser may hang it on another noun): it is that name's, never some state's rebels."""
    doc, start = token.doc, token.left_edge.i
    if token.dep_ in ("nsubj", "nsubjpass") or start < 2 or doc[start - 1].text != ",":
        return False  # ("N, the rebel group said": the group is the speaker)
    name = doc[start - 2]
    if name.pos_ != "PROPN":
        return False
    while name.i > 0 and doc[name.i - 1].pos_ == "PROPN":
        name = doc[name.i - 1]  # the whole name before the comma: none of its words read as an actor
    # (a name read as an armed group is the description's antecedent, found as any other; one read as some other
    # kind, "the Liga Roja" taken for a club, is still the name the description is of)
    return not any(t in named and named[t].type == "ARMED_GROUP" for t in range(name.i, start - 1))


def _describing(token: Token) -> bool:
    """Whether a people's description is said of some other party rather than naming one: indefinite ("a Druze
    militia", "an Alawite gunman"), in apposition ("the X Guard, a Druze militia"), or a copula's complement."""
    return token.dep_ in ("appos", "attr") or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(token))


def _describes_subject(token: Token) -> bool:
    """Whether ``token`` is an indefinite description of its copula's subject ("X is an Amhara militia")."""
    return token.dep_ == "attr" and token.head.lemma_ == "be" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(token)) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)


def _attack_doer(tok: Token) -> bool:
    """Whether a mention is the doer of an attack verb: its subject ("X stormed", "X fighters stormed", "X and Y
    shelled") or its agent ("was attacked by X"), the verb not denied."""
    while tok.dep_ in ("compound", "poss", "nmod", "conj", "appos") and tok.head != tok:
        tok = tok.head  # "Al-Shabaab fighters", "the group's gunmen", "X and Y"
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        verb = tok.head.head
    elif tok.dep_ == "nsubj":
        verb = tok.head
    else:
        return False
    attack = any(f.predicate == "attacks" for f in VERB_FRAMES.get(verb.lemma_.lower(), ()))
    return attack and verb.pos_ == "VERB" and not any(c.dep_ == "neg" for c in children_of(verb))


def _talks_venue(place: Token, rebels: Token) -> bool:
    """Whether ``place`` ("in X", a town rather than a state) is where ``rebels`` meet or hold talks ("talks between A
    and the rebels collapsed in Mexico City", "met the rebels in Oslo", "the rebels walked out of the talks in
    Havana"): a venue, often a third state's, not their home."""
    def meeting(tok: Token) -> bool:
        return any(t.lemma_.lower() in TALK_NOUNS or t.lower_ in TALK_NOUNS or t.pos_ == "VERB" and (
            t.lemma_ in ENCOUNTER_VERBS or any(c.dep_ == "dobj" and c.lower_ in TALK_NOUNS for c in children_of(t)))
            for t in tok.ancestors)
    return meeting(rebels) or meeting(place) and not any(t.i == rebels.i for t in place.ancestors)


def _coordinated_modifiers(head: Token, first: Token) -> list[Token]:
    """Modifiers of ``head`` after ``first`` that the parser left as its siblings although a coordinator
    joins them ("Rwandan and Mozambican troops", both read as modifiers of "troops"), with their conjuncts."""
    siblings = [c for c in children_of(head) if first.i < c.i < head.i and c.dep_ in ("amod", "compound", "nmod")
                and any(t.dep_ == "cc" or t.text == "," for t in head.doc[first.i + 1:c.i])]
    return [t for c in siblings for t in (c, *c.conjuncts) if t.i > first.i]


def _fuller(a: Actor | None, b: Actor) -> Actor | None:
    """Of two people sharing a name part, the one whose full name holds the other's ("Halima Kesse" and
    "Halima Oduya Kesse" are one woman); None if neither does."""
    if a is None:
        return None
    wa, wb = set(a.name.split()), set(b.name.split())
    return a if wb <= wa else b if wa <= wb else None


def _mutual_subject(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb its coordinated subjects do to each other: "A and B exchanged
    prisoners", "met", "held talks", "reached a deal", "accused each other" (not "A and B urged restraint")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = token.head
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "attr")] + [
        p for c in children_of(verb) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj"]
    return verb.lemma_.lower() in MUTUAL_VERBS or any(
        o.lower_ in TALK_NOUNS or o.lemma_.lower() in DEAL_NOUNS or o.lower_ in ("other", "another") for o in objects)


def _reacts(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb of answering what another did ("It retaliated", "they hit back")."""
    if token.dep_ != "nsubj" or token.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = token.head
    particles = [c.lower_ for c in children_of(verb) if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1]  # "hit back"
    return verb.lemma_.lower() in REACTION_VERBS or any(f"{verb.lemma_.lower()} {p}" in REACTION_VERBS for p in particles)


# Salience of a mention for a subject pronoun after it (centering theory): a main-clause subject, another
# subject (of a clause inside, or the owner of a subject), an object, an oblique or anything else.
SALIENCE_MAIN_SUBJECT, SALIENCE_SUBJECT, SALIENCE_OBJECT, SALIENCE_OBLIQUE = 3, 2, 1, 0
SALIENCE_MARGIN = SALIENCE_MAIN_SUBJECT - SALIENCE_OBJECT  # the lead a center needs over any rival


def _salience(token: Token) -> int:
    """The grammatical rank of the phrase ``token`` heads or stands in (a conjunct or an apposition ranks as the
    phrase it joins): :data:`SALIENCE_MAIN_SUBJECT` for the subject of its sentence's main clause (or of a clause
    coordinated with it), :data:`SALIENCE_SUBJECT` for any other subject or a word inside a subject's phrase
    ("the army's commander"), :data:`SALIENCE_OBJECT` for a direct or indirect object, else
    :data:`SALIENCE_OBLIQUE` (a preposition's object, a modifier)."""
    head = token
    while head.dep_ in ("conj", "appos") and head.head != head:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        return SALIENCE_MAIN_SUBJECT if _main_subject(head) else SALIENCE_SUBJECT
    if any(a.dep_ in ("nsubj", "nsubjpass", "csubj") for a in head.ancestors):
        return SALIENCE_SUBJECT
    if head.dep_ in ("dobj", "dative", "attr", "oprd"):
        return SALIENCE_OBJECT
    return SALIENCE_OBLIQUE


def _subject_itself(token: Token) -> bool:
    """Whether ``token`` is itself a clause's subject (or a conjunct or an apposition of one), not a word inside
    a subject's phrase ("the front, led by N, ...": N is none)."""
    head = token
    while head.dep_ in ("conj", "appos", "compound", "flat") and head.head != head:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _main_subject(token: Token) -> bool:
    """Whether ``token`` is the subject of its sentence's main verb (or of one coordinated with it), not
    of a clause inside ("a town where the AU has troops")."""
    verb = _first_conjunct(token.head)
    return token.dep_ in ("nsubj", "nsubjpass") and verb == token.sent.root


_LAST_BREAKS: list = [None, 0, []]  # the last doc asked for, its length, and its blank-line tokens


def _name_head(name: str) -> str:
    """The head noun of a body's name: its last word, or the word before its "of" ("Alliance of Sahel States")."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _paragraph(token: Token) -> tuple[int, int]:
    """The token span of ``token``'s paragraph: between blank lines (tokens holding one, listed once per doc)."""
    doc = token.doc
    if _LAST_BREAKS[0] is not doc or _LAST_BREAKS[1] != len(doc):
        _LAST_BREAKS[0], _LAST_BREAKS[1] = doc, len(doc)  # (a token's trailing whitespace is one space at most)
        _LAST_BREAKS[2] = [i for i, space in enumerate(doc.to_array(IS_SPACE).tolist())
                           if space and "\n\n" in doc[i].text_with_ws]
    breaks = _LAST_BREAKS[2]
    at = bisect_left(breaks, token.i)  # the first break at or after the token
    start = breaks[at - 1] + 1 if at else 0
    end = breaks[at] if at < len(breaks) else len(doc)
    return start, min(end + 1, len(doc))


_LAST_PARTS: list = [None, 0, False]  # the last doc asked for, its length, and whether a token of it is "part"


def _has_part(doc: Doc) -> bool:
    """Whether some token of ``doc`` is "part" (once per doc: else no subject's clause needs walking)."""
    if _LAST_PARTS[0] is not doc or _LAST_PARTS[1] != len(doc):
        _LAST_PARTS[0], _LAST_PARTS[1] = doc, len(doc)
        _LAST_PARTS[2] = bool({doc.vocab.strings[w] for w in PART_WHOLE_NOUNS} & set(doc.to_array(LOWER).tolist()))
    return _LAST_PARTS[2]


def _place_score(tok: Token) -> int:
    """How strongly the position of ``tok`` says it is a place ("in X", "X, a city", "seized X")."""
    head, score = tok.head, 0
    # ("a researcher at X": the body he works for, not a place)
    if tok.dep_ == "pobj" and head.lower_ in _PLACE_PREPS and head.head.lemma_.lower() not in PLACED_ROLE_NOUNS | RESEARCH_POSTS:
        score += 1
    elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_OF_NOUNS:
        score += 1
    elif tok.dep_ == "dobj" and head.lemma_ in PLACE_OBJECT_VERBS:
        score += 1
    elif tok.dep_ == "nsubj" and head.lemma_ in FALLING_VERBS and any(c.lower_ == "to" for c in children_of(head)):
        score += 2
    elif tok.dep_ == "pobj" and head.lower_ in ("to", "from") and (head.head.lemma_.lower() in ROUTE_NOUNS or (
            head.i > 0 and tok.doc[head.i - 1].lemma_.lower() in ROUTE_NOUNS and tok.doc[head.i - 1].head == head.head)):
        score += 1  # "the road to X" (the parse may hang "to X" on the verb: "cut the road | to X")
    elif tok.dep_ == "pobj" and head.dep_ == "prep" and _place_prep_of_frame(head):
        score += 1  # "retreated from X"
    elif tok.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB" and head.head.lemma_ in PLACE_GOAL_VERBS:
        score += 1  # "fled to X", "the fighting spread to X"
    elif tok.dep_ == "pobj" and _distance_anchor(head):
        score += 1  # "30 km from X", "some 60 miles north of X"
    if any(c.dep_ == "appos" and _distance(c) and any(p.lower_ == "from" for p in children_of(c)) for c in children_of(tok)):
        score += 1  # "X, 50 km from Y"
    if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "PROPN" and _place_score(tok.head) > 0:
        score += 1  # "seized X and Y", "near X, Y and Z": a name coordinated with one placed as a place
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in children_of(tok)):
        score += 2
    if tok.dep_ == "compound" and head.lemma_.lower() in PLACE_NOUNS:
        score += 2
    elif tok.dep_ in ("compound", "nmod") and head.i > tok.i and head.text.islower() and (
            head.lemma_.lower() in REGION_NOUNS or head.lower_ in LANDFORM_NOUNS):
        score += 2  # "the Kurram valley", "the Kayes and Sikasso regions": a name before a region's or landform's noun
    if tok.dep_ == "poss" and head.lemma_.lower() in POSSESSED_PLACE_NOUNS:
        score += 1
    if _located_in_named_place(tok):
        score += 2
    if tok.dep_ in ("nsubj", "nsubjpass") and _has_part(tok.doc):  # "Crimea is (recognised as) part of Ukraine"
        for w in head.subtree:
            if w.lower_ in PART_WHOLE_NOUNS and w.dep_ in ("attr", "pobj") and (w.head == head or w.head.lower_ == "as"):
                wholes = [p for c in children_of(w) if c.lower_ == "of" for p in children_of(c)]
                if any(p.ent_type_ in ("GPE", "LOC", "STATE", "LOCATION") for p in wholes):
                    score += 2
    if tok.ent_type_ in ("PERSON", "ORG") and tok.dep_ == "nsubj" and head.lemma_ in SPEECH_VERBS:
        score -= 2  # "X said", "X claimed": a speaker, not a place
    return score


def _named_unit_noun(token: Token) -> bool:
    """A lower-case singular noun of a unit's kind kept out of the place nouns (``named_unit_nouns``: "the Tarvo
    zone"; ``located_unit_nouns`` only as the object of a locating preposition with no possessive owner: "a town in
    the Tarvo division", not "the army's Tarvo division"), which names the place its name modifier names (w51c)."""
    lower = token.lower_
    if not token.is_lower or token.pos_ != "NOUN":
        return False
    if lower in NAMED_UNIT_NOUNS:
        return True
    return lower in LOCATED_UNIT_NOUNS and token.dep_ == "pobj" and token.head.lower_ in LOCATING_PREPOSITIONS \
        and not any(c.dep_ == "poss" for c in children_of(token))


def _dismissed_talks(noun: Token) -> bool:
    """Whether ``noun`` is talks a verb of dismissing governs ("after rejecting its talks with X", "opposing their
    dialogue with Y", ``dismissing_verbs``): another's talks, which the rejecter is no party to."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_ in DISMISSING_VERBS and (
        noun.lemma_.lower() in TALK_NOUNS or noun.lower_ in TALK_NOUNS)


def _appraised_act(noun: Token) -> bool:
    """Whether ``noun`` is an act of war an onlooker judges: the object of a verb of appraisal ("commended its
    operations against X", "praised its offensive")."""
    return noun.dep_ == "dobj" and noun.head.lemma_ in APPRAISING_VERBS and (
        noun.lemma_.lower() in ATTACK_EVENT_NOUNS or noun.lower_ in ATTACK_NOUNS)


def _both_designate(verb: Token, other: Token) -> bool:
    """Whether the verbs ``verb`` and ``other`` are both verbs of designating ("list", "ban", "proscribe",
    ``designation`` frames of ``designates``): one act, told of two designators, with parallel objects."""
    def designating(v: Token) -> bool:
        return v.pos_ == "VERB" and (any(f.predicate == "designates" and not f.negated for f in VERB_FRAMES.get(v.lemma_, ()))
                                     or _listing(v))
    return designating(verb) and designating(other)


_PUTTING_ON_LIST_VERBS = frozenset({"add", "put", "place", "include"})
_LIST_NOUNS = frozenset({"list", "blacklist", "register", "registry"})


def _listing(verb: Token) -> bool:
    """Whether ``verb`` puts its object on a list of terrorists ("added it to its terrorist list", "put them on its
    terror blacklist", "added it to its list of terrorist organisations"): a verb of designating, as "designated"
    is, for :func:`_both_designate` (bind35). Not a list of another kind ("its list of partners", "its sanctions
    list": sanctioning is another act)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PUTTING_ON_LIST_VERBS:
        return False
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "on"):
            continue
        for lst in children_of(prep):
            if lst.dep_ != "pobj" or lst.lemma_.lower() not in _LIST_NOUNS:
                continue
            kinds = [c for c in children_of(lst) if c.dep_ in ("amod", "compound", "nmod")]
            kinds += [k for of in children_of(lst) if of.dep_ == "prep" and of.lower_ == "of"
                      for o in children_of(of) if o.dep_ == "pobj" for k in children_of(o) if k.dep_ in ("amod", "compound")]
            if any(LIST_KINDS.get(k.lower_) == "designates" for k in kinds):
                return True
    return False


def _tie_partner(token: Token) -> bool:
    """Whether ``token`` is the object of "with" or "to" after a noun of ties ("no links to it", "ties with them"),
    or after a verb whose object is one ("rejected any link | with it", the parser hanging the preposition on the
    verb): the other party of the ties."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("with", "to"):
        return False
    governor = prep.head
    return governor.lower_ in TIE_NOUNS or governor.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in TIE_NOUNS and c.i < prep.i for c in children_of(governor))


def _party_object(token: Token) -> bool:
    """Whether the pronoun ``token`` is the other party of talks or ties -- "talks with it", "no links to it",
    "will not negotiate with them" -- a role only an actor fills, as the accused of a charge is (poss35)."""
    if token.pos_ != "PRON" or token.dep_ != "pobj":
        return False
    prep, governor = token.head, token.head.head
    return _tie_partner(token) or prep.lower_ == "with" and (
        governor.lower_ in TALK_NOUNS or governor.pos_ == "VERB" and governor.lemma_ in MUTUAL_VERBS)


def _parting_object(token: Token) -> bool:
    """back49: whether a pronoun is the body a verb of parting from (or binding to) a body brings by its preposition
    ("Y split from it", "Y, which broke away from it,", "Y pledged allegiance to it": parting_frames). Such a pronoun
    is another body, never the clause's own subject (which would say "itself"), and never a thing."""
    if token.pos_ != "PRON" or token.dep_ != "pobj" or token.lower_ in REFLEXIVE_PRONOUNS:
        return False
    prep = token.head
    if prep.dep_ != "prep":
        return False
    host = prep.head  # the verb, or what hangs on it: "broke away from it", "pledged allegiance to it"
    verb = host.head if host.dep_ in ("advmod", "prt", "dobj") and host.pos_ != "VERB" else host
    return verb.pos_ == "VERB" and prep.lower_ in PARTING_FRAMES.get(verb.lemma_.lower(), ())


def _agent_object(token: Token) -> bool:
    """Whether a pronoun object can only mean an actor, never a thing, and its clause's subject is the one its
    participle shares: the accused of a subjectless participle of accusing with the preposition that brings the
    charge ("X cut ties with Y, accusing it of ..."). Such a pronoun is never that subject, which would say
    "itself". (A coordinated verb of accusing, "X tore up its pacts with Y and accused it of ...", is left as it was
    read: its subject may be a description read elsewhere.)"""
    verb = token.head
    return token.dep_ == "dobj" and verb.lemma_ in ACCUSATION_VERBS and verb.tag_ == "VBG" and verb.dep_ == "advcl" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) and any(
            c.dep_ == "prep" and c.lower_ == ACCUSATION_VERBS[verb.lemma_] for c in children_of(verb))


def _state_agent_head(noun: Token) -> bool:
    """Whether ``noun``, modified by a demonym or a state body's name, is what a state acts or speaks through: its
    officials or spokesmen, its regular forces, its strikes ("Somali officials", "an Ethiopian drone strike") --
    not rebels, fighters or militias a people's word may only place ("Rwandan rebels")."""
    lower = noun.lower_
    return lower in SEATED_OFFICIAL_NOUNS or lower in SPEAKER_NOUNS or lower in ATTACK_NOUNS or (
        lower in FORCE_NOUNS and lower not in UNCERTAIN_FORCE_NOUNS and lower not in REBEL_NOUNS)


# (the predicates of a verb acting on another party: a possessive on its object may be that party's, poss35)
_ACTING_ON_PREDICATES = frozenset({"attacks", "captures", "sanctions", "condemns", "designates", "opposes", "supports"})


def _owner_framed_as_object(noun: Token) -> bool:
    """Whether a verb's frame makes the owner of its direct object ``noun`` the relation's object ("froze its assets",
    "blocked their accounts": frames whose object is ``poss`` with the noun as particle): the owner is the party acted
    on, never the verb's own subject (poss35)."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    lemma = noun.lemma_.lower()
    return any("poss" in f.obj and (f.particle is None or lemma in f.particle.split("|") or noun.lower_ in f.particle.split("|"))
               for f in VERB_FRAMES.get(noun.head.lemma_, ()))


def _attack_target(noun: Token) -> bool:
    """Whether ``noun`` is what an attack is aimed at: the object of a verb of attacking ("struck its bases") or of
    "against"/"on" after one or after an attack noun ("an offensive against its camps")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep" and head.head.dep_ in ("dobj", "pobj") \
            and (head.head.lower_ in SUBSET_WORDS or head.head.pos_ == "NUM"):
        return _attack_target(head.head)  # ("bombed several of its camps", "struck two of their bases": the camps, poss35)
    if noun.dep_ == "pobj" and head.lower_ in ("against", "on"):
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    frames = (VERB_FRAMES if head.pos_ == "VERB" else NOUN_FRAMES).get(head.lemma_.lower(), ())
    if head.pos_ == "VERB" and head.lemma_.lower() in OVERRUNNING_VERBS and noun.lemma_.lower() in MODIFIED_OWNED_OBJECTS:
        return True  # ("overran its bases": a force's post, overrun by another, ref56)
    return any(f.predicate == "attacks" for f in frames)


def _distance_anchor(prep: Token) -> bool:
    """Whether ``prep`` places its object by a distance: "from" measured ("30 km from"), or "of" after a bearing
    so measured ("60 miles north of")."""
    anchor = prep if prep.lower_ == "from" else prep.head if prep.lower_ == "of" and prep.head.lower_ in COMPASS_NOUNS else None
    return anchor is not None and any(c.dep_ == "npadvmod" and _distance(c) for c in children_of(anchor))


def _distance(tok: Token) -> bool:
    """Whether ``tok`` is a measured distance ("30 km", "some 60 miles")."""
    return tok.ent_type_ == "QUANTITY" and tok.text.split()[-1].lower() in DISTANCE_UNITS


def _place_prep_of_frame(prep: Token) -> bool:
    """Whether ``prep`` opens the place argument of its verb's frame ("withdrew from X", "pulled out of X"), the
    verb taking no object ("withdrew its support from X" may name a body)."""
    verb = prep.head
    return verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in children_of(verb)) and any(
        f.object_place and not f.particle and any(o.startswith("prep:") and prep.lower_ in o[5:].split("|") for o in f.obj)
        for f in VERB_FRAMES.get(verb.lemma_, ()))


def _located_in_named_place(tok: Token) -> bool:
    """act59: whether ``tok`` is said to lie in a named place: the subject of a locating verb (``LOCATING_VERBS``)
    with an "in" whose phrase holds a place's name ("Kessa lies in Tarvo's Ardel province"), or the name a relative
    clause on such a verb describes ("Kessa, which is located in the Ardel region"). NER often takes an unknown
    town for a body; the verb says it is a place.

    >>> _located_in_named_place(kessa)  # "Kessa lies in Tarvo's Ardel province"      # doctest: +SKIP
    True
    """
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verbs = [tok.head]
    else:
        verbs = [c for c in children_of(tok) if c.dep_ == "relcl" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("which", "that") for s in children_of(c))]
    places = ("GPE", "LOC", "STATE", "LOCATION")
    return any(v.lemma_.lower() in LOCATING_VERBS and any(
        p.dep_ == "pobj" and (p.ent_type_ in places or any(m.ent_type_ in places for m in children_of(p)
                                                          if m.dep_ in ("compound", "nmod", "poss", "amod")))
        for i in children_of(v) if i.dep_ == "prep" and i.lower_ in ("in", "inside", "within") for p in children_of(i))
        for v in verbs)


def _place_votes(doc: Doc, propns: list[Token] | None = None, ents: tuple[Span, ...] | None = None) -> Counter:
    """For each name, the sum of its place scores over the document: of its one-word mentions NER read, and of
    those it left unread ("attacked X ... fighting in X", the second not read), which name the same thing.
    ``propns``, the doc's proper nouns in order, if known (only they are looked at for the unread); ``ents``, its
    entities, if listed."""
    votes: Counter[str] = Counter()
    for ent in (ents if ents is not None else doc.ents):
        if len(ent) == 1:
            votes[normalize_name(_clean_name(ent.text))] += _place_score(ent[0])
    names = set(votes)
    for tok in (propns if propns is not None else doc):
        if not tok.ent_type_ and tok.pos_ == "PROPN" and tok.dep_ != "compound" and tok.is_title and tok.is_alpha:
            key = normalize_name(tok.text)
            if key in names:
                votes[key] += _place_score(tok)
    return votes


class _PlaceVotes(dict):
    """:func:`_place_votes` of a doc, each name's sum found when first asked for: the resolver asks for few
    names (persons', peoples', unknown one-word names), and a place score walks a token's neighbours (some
    two-fifths of the resolver's set-up time went to scoring every one-word entity). What is stored is the
    name's sum, to which the resolver may add votes of its own."""

    def __init__(self, propns: list[Token], ents: tuple[Span, ...]) -> None:
        super().__init__()
        # name -> the tokens whose scores make its sum: its one-word entities, then the unread proper nouns
        # that spell it (as _place_votes: only names some one-word entity has)
        self._scored: dict[str, list[Token]] = {}
        for ent in ents:
            if len(ent) == 1:
                self._scored.setdefault(normalize_name(_clean_name(ent.text)), []).append(ent[0])
        for tok in propns:
            if not tok.ent_type_ and tok.pos_ == "PROPN" and tok.dep_ != "compound" and tok.is_title and tok.is_alpha:
                tokens = self._scored.get(normalize_name(tok.text))
                if tokens is not None:
                    tokens.append(tok)

    def __missing__(self, key: str) -> int:
        tokens = self._scored.get(key)
        if tokens is None:
            return 0  # (as a Counter: no vote, nothing stored)
        votes = self[key] = sum(_place_score(tok) for tok in tokens)
        return votes


def _bare_place_names(doc: Doc, propns: list[Token] | None = None) -> Iterator[tuple[Token, str]]:
    """Proper nouns NER missed that stand where only a place can ("captured Aleppo"); ``propns``, the doc's
    proper nouns in order, if known."""
    for tok in (propns if propns is not None else doc):
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound" or not tok.text[:1].isupper():
            continue
        if tok.lower_ in LANGUAGE_NAMES or _place_score(tok) <= 0:  # ("a statement in Tamasheq": a language)
            continue
        if _day_of_month(tok):
            continue  # "- 4 May, Gao: ...": an incident log's date, the place after it its appositive
        if closes_kind_phrase(doc, tok.i):
            continue  # "in Bama Local Government Area": the unit's kind, no name
        left = [c for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
        start = min([c.i for c in left] + [tok.i])
        if any(t.ent_type_ for t in doc[start:tok.i]):
            continue
        yield tok, doc[start:tok.i + 1].text


def _coalition_against(head: Token, relcl: Token) -> Token | None:
    """"The coalition against the Islamic State, which has backed the SDF": a relative clause after a comma that
    closes a coalition's phrase "against Y" is about the coalition, which the phrase names by its enemy (the parser
    hangs it on Y, the nearest noun)."""
    against = head.head
    if head.dep_ != "pobj" or against.lower_ != "against" or against.head.lower_.split()[-1] not in COALITION_NOUNS \
            or relcl.left_edge.i < 1 or relcl.doc[relcl.left_edge.i - 1].text != ",":
        return None
    return against.head


def _day_of_month(tok: Token) -> bool:
    """Whether ``tok`` is a month's name with its day or year beside it ("4 May", "May 4", "May 2025"): a date,
    never a place, though the parse may hang a place on it as its appositive ("4 May, Gao: ...")."""
    if tok.lower_ not in MONTHS:
        return False
    doc = tok.doc
    beside = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.like_num for t in beside) or any(c.dep_ == "nummod" for c in children_of(tok))


_SHORT_NAME_CUTS = tuple(SHORT_NAME_CUTS)


def _name_heads(name: str) -> list[list[str]]:
    """The words a short form of ``name`` may end with: the whole name, and the part before "of" or "for"
    ("Economic Community of West African States" -> "the Community", "Front for the Liberation of X" -> "the Front")."""
    words = normalize_name(name).split()
    heads = [words]
    cut = next((k for k, w in enumerate(words) if k > 0 and w in _SHORT_NAME_CUTS), None)
    if cut is not None:  # (the part before "of"/"for" is a short form of its own: "the Brotherhood of X" -> "the Brotherhood")
        heads.append(words[:cut])
    return heads


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, in order: "QLA" for "Qesh Liberation Army"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\-]*", name) if w[0].isupper())


def _is_acronym_of(acronym: str, name: str) -> bool:
    """"RSF" for "Rapid Support Forces"; "FARC" for "Revolutionary Armed Forces of Colombia" (Spanish order)."""
    if not re.fullmatch(r"[A-Z][A-Za-z0-9\-]{1,9}", acronym) or sum(c.isupper() for c in acronym) < 2:
        return False
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = re.findall(r"[A-Za-z][\w'\-]*", name)
    initials = {w[0].upper() for w in words}  # "AA" for "Arakan Army": two words, one initial
    return len(words) >= 2 and len(letters) >= 2 and sum(c in initials for c in letters) >= 0.6 * len(letters)


# (a state's form before the head: "the Federal Republic of X", "the Islamic Republic of X": STATE_FORM_MODIFIERS; plc52)
_STATE_NAME = re.compile(r"(?:the\s+)?(?:(?:" + "|".join(sorted(w.capitalize() for w in STATE_FORM_MODIFIERS)) +
                         r")\s+)?(" + "|".join(sorted(w.capitalize() for w in STATE_NAME_HEADS)) +
                         r")\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


_STATE_NAME_AFTER = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(" +
                               "|".join(sorted(w.capitalize() for w in STATE_NAME_HEADS)) + r")")


def _self_rule_name(text: str) -> bool:
    """Whether a name is a polity's ("the Republic of X", "the Islamic Emirate"): a self-rule head with no armed
    group's word after it ("the Sahel Emirate Front" is a front)."""
    words = text.split()
    return any(w.lower() in SELF_RULE_HEADS and not _ARMED_HEADS.search(" ".join(words[i + 1:]))
               for i, w in enumerate(words))


def _single_name(text: str) -> bool:
    """One or two capitalised words and nothing else: the shape of a state's short name."""
    words = text.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and not _ARMED_HEADS.search(text) and not _IGO_HEADS.search(text) and not _armed_opener(text)


def _igo_name(text: str) -> bool:
    """Whether an unknown body's name says it is intergovernmental: a word of igo_name_words, unless the only such
    words are loose ones ("union", "league", "coalition") beside a word of armed struggle ("the Union for the Defence
    of Lomara", "the Kivu Patriots Union", "the Highland Defence League": armed groups)."""
    return bool(_IGO_HEADS.search(text)) and not _armed_union(text)


def _armed_union(text: str) -> bool:
    """A name whose only intergovernmental words are loose ones ("union", "league", "coalition"), beside a word of
    armed struggle: an armed group's ("the Lomami Defence Union"), not a union of states's."""
    found = {m.group(0).lower() for m in _IGO_HEADS.finditer(text)}
    return bool(found) and all(_LOOSE_IGO_HEADS.fullmatch(w) for w in found) and bool(_ARMED_OVER_IGO.search(text))


def _loose_igo_only(text: str) -> bool:
    """Whether a name's only intergovernmental words are loose ones ("union", "league", "coalition"): a head that
    unions of states and armed movements share."""
    found = {m.group(0).lower() for m in _IGO_HEADS.finditer(text)}
    return bool(found) and all(_LOOSE_IGO_HEADS.fullmatch(w) for w in found)


def _shared_armed_only(text: str) -> bool:
    """Whether a name's only armed words are heads parties share ("front", "movement", "alliance"), with no
    intergovernmental word: "the Sabel Renewal Front", not "the Sabel Liberation Front"."""
    found = {m.group(0).lower() for m in _ARMED_HEADS.finditer(text)}
    return bool(found) and all(_SHARED_ARMED_HEADS.fullmatch(w) for w in found) and not _IGO_HEADS.search(text)


def _described_as_party(token: Token) -> bool:
    """"X, the main opposition party", "X (XP), a party founded in 1990", "X is a political party": the name
    described as an organisation_appositives noun by apposition or an affirmed copula -- not "a party to the
    accord" (a side in it)."""
    nouns = [c for h in [token] + [c for c in children_of(token) if c.dep_ == "appos" and c.text.isupper()]
             for c in children_of(h) if c.dep_ == "appos"]
    if token.dep_ == "nsubj" and token.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in token.head.children):
        nouns += [c for c in token.head.children if c.dep_ == "attr"]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in ORGANIZATION_APPOSITIVES
               and not any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(n)) for n in nouns)


def _has_state_members(token: Token) -> bool:
    """"the member states of the X", "the X's member governments", "X member countries": the name's members are
    states, so it is a union of states whatever else the text says of it."""
    owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else \
        token.head if token.dep_ in ("poss", "compound") else None
    return owner is not None and owner.lemma_.lower() in MEMBER_STATE_NOUNS


def _interstate_name(text: str) -> bool:
    """"the Highland Cooperation Organisation", "the Council of Northern States", "the Coastal Nations Forum": a
    capitalised name with a word of states together (``INTERSTATE_NAME_WORDS``) and a body's head
    (``INTERSTATE_BODY_HEADS``) at its end or before its of-phrase: an intergovernmental organisation."""
    words = [w for w in text.split() if w[:1].isupper()]
    lower = [w.lower() for w in words]
    if len(words) < 2 or not any(w in INTERSTATE_NAME_WORDS for w in lower):
        return False
    head = text.split(" of ", 1)[0].split()[-1].lower() if " of " in text else lower[-1]
    return head in INTERSTATE_BODY_HEADS


def _rival_modified(token: Token) -> bool:
    """"the self-declared Republic of X": a rival government's polity, not a state."""
    before = token.doc[max(0, token.i - 4):token.i].text.lower() + " " + token.text.lower()
    return any(re.search(rf"\b{re.escape(m)}\b", before) for m in RIVAL_GOVERNMENT_MODIFIERS)


# the predicates of the clauses that set a bare government in its host state (Resolver._host_state)
_HOST_PREDICATES = frozenset({"attacks", "opposes", "captures", "withdraws_from"})


def _clause_verb(token: Token) -> Token:
    """The word whose clause a name or its modifier opens ("the Ugandan military said": "said")."""
    while token.dep_ in ("compound", "amod", "poss", "nsubj", "nsubjpass") and token.head != token:
        token = token.head
    return token


def _head_phrase(head: Token) -> str:
    """The noun with its modifiers as one lower-case phrase ("foreign ministry", "armed forces")."""
    mods = [c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.pos_ != "PROPN"
            and not c.text[:1].isupper()]
    return " ".join([*mods[-2:], head.lemma_.lower() if head.lemma_.lower() in STATE_DEMONYM_HEADS else head.lower_])


def _told_as_settlement(tok: Token) -> bool:
    """Whether a name is told as a town, city or village (``SETTLEMENT_NOUNS``, a capital aside, which may stand for
    its state): "the town of X", "X, a market town", "X town", "X is a small town"."""
    kinds = SETTLEMENT_NOUNS - CAPITAL_NOUNS
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in kinds and head.head.i == head.i - 1:
        return True
    if tok.dep_ == "compound" and head.lemma_.lower() in kinds:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in kinds for c in children_of(tok)):
        return True
    return tok.dep_ == "nsubj" and head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in kinds for c in children_of(head))


def _state_context(doc: Doc, ent) -> bool:
    """Whether one mention of an unknown name stands where only a state does."""
    tok, head = ent[0], ent[0].head
    if tok.dep_ == "poss":
        phrase = " ".join(t.lower_ for t in doc[ent.end:head.i + 1] if t.text not in ("'s", "’s", "'", "’"))
        if phrase in STATE_POSSESSIONS:
            return True
        if phrase in NAMED_HEAD_TITLES and ent.label_ != "ORG" and _titled_name_beside(head):
            # "X's president, N,": a head of state's title set beside a person's name (not a name NER read as an
            # organisation's: "the Velmar Institute's president, N") (role46)
            return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in STATE_POSSESSIONS \
            and head.head.i == head.i - 1:
        return True  # "the Government of X"
    if len(ent) == 1 and ent.label_ in ("GPE", "LOC", "ORG", "PERSON") and (
            _seat_of_power(tok) or _diplomatic_post_in(tok) or _portfolio_of(tok) or titled_portfolio_of(tok)):
        return True  # (whatever NER took the name for: only a country is where power is seized or an embassy kept)
    if len(ent) == 1 and ent.label_ in ("GPE", "LOC", "ORG", "PERSON") and _listed_among_states(tok):
        return True  # (whatever NER took the name for: the list's noun says what it is)
    if len(ent) == 1 and ent.label_ in ("GPE", "LOC", "ORG", "PERSON", "PRODUCT") and (
            _neighbouring_name(tok) or (ent.label_ != "PERSON" and _owner_of_whose_state_title(tok, ent.label_ != "ORG"))):
        return True  # (whatever NER took the name for: "neighbouring X", "X, whose foreign minister ..." (type47))
    if len(ent) == 1 and ent.label_ in ("GPE", "LOC") and _said_a_member(tok):
        return True  # "X and Y are members of the League": no town is a member of anything (near57)
    return (ent.label_ == "GPE" and len(ent) == 1 and (_statecraft_argument(tok) or _state_cue_of_place(tok))) \
        or _described_as_state(ent.root) or _followed_by_state_kind(doc, ent.end)


def _said_a_member(tok: Token) -> bool:
    """"X is a member of the League", "the Council, of which A, B and X are members": a name (or a conjunct
    of it) that is the subject of "be" with a member as its complement. "X hosts a member of the League" is not."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() == "member" for c in children_of(verb))


def _neighbouring_name(tok: Token) -> bool:
    """"Arms from neighbouring X", "accused neighbouring X of ...": a bare proper name set straight after a
    neighbour's adjective (``NEIGHBOUR_STATE_MODIFIERS``) is a state -- not where a place noun follows ("neighbouring
    Tolvo district"), nor where the adjective has a determiner ("the neighbouring X province") (type47)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ not in NEIGHBOUR_STATE_MODIFIERS or not (
            tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title and not all_lemmas(tok.lower_))):
        return False  # (a name the tagger took for a common noun is still no English word: w55g)
    if tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ in PLACE_NOUNS or doc[tok.i + 1].pos_ in ("PROPN", "NOUN")):
        return False
    return not (tok.i >= 2 and doc[tok.i - 2].pos_ == "DET")


def _owner_of_whose_state_title(tok: Token, titles: bool = True) -> bool:
    """"X, whose foreign minister ...", "from X, whose president, N, ...": a name that a relative clause's
    possessive pronoun (tag WP$) makes the owner of what only a state has (``STATE_POSSESSIONS``), or, where
    ``titles``, of a head of state's title set beside a person's name (``NAMED_HEAD_TITLES``, as "X's president,
    N,") (type47). The caller leaves out a name NER read as a person's ("Brell, whose army ..."), and asks no title
    of one it read as an organisation's ("Velmax, whose president, N,": a firm has one too)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or doc[tok.i + 2].tag_ != "WP$":
        return False
    owned = doc[tok.i + 2].head
    if owned.i <= tok.i + 2 or owned.i > tok.i + 4:
        return False
    phrase = " ".join(t.lower_ for t in doc[tok.i + 3:owned.i + 1])
    return phrase in STATE_POSSESSIONS or (titles and phrase in NAMED_HEAD_TITLES and _titled_name_beside(owned))


def _titled_name_beside(title: Token) -> bool:
    """Whether a title has a person's name in apposition, set off by a comma ("X's president, N,"): the title
    is that person's post, not a word about an office in general."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i == title.i + 2 and title.doc[title.i + 1].text == ","
               for c in children_of(title))


def _listed_among_states(tok: Token) -> bool:
    """"The bloc has nine member states, including X and Y", "a body that groups seven states including X",
    "countries such as X" (both45d): a name listed by an example marker (``EXAMPLE_MARKERS``) in a plural noun of a state's kind
    (``STATE_KIND_NOUNS``) is a state -- not where a modifier makes the noun a part or a pretender ("federal
    states such as X", ``SUB_STATE_KIND_MODIFIERS``, save "member": a bloc's member states), a name or an owner
    makes them another's ("the Gulf states", "Tarsen's states"), or an "of"/"in" phrase places them ("the states
    of the federation")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or not example_marker(prep):
        return False
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in STATE_KIND_NOUNS or noun.i > prep.i:
        return False
    for c in children_of(noun):
        if c.dep_ in ("amod", "compound", "nmod", "poss") and (
                (c.lower_ in SUB_STATE_KIND_MODIFIERS and c.lower_ != "member") or c.pos_ == "PROPN" or c.dep_ == "poss"):
            return False
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "within", "inside"):
            return False
    return True


def _portfolio_of(tok: Token) -> bool:
    """Whether a name is what a government portfolio is of ("N, defence minister of X", "the foreign secretary of
    X"; ``PORTFOLIO_WORDS``, ``MINISTER_TITLES``): only a state has a defence or foreign minister."""
    holder = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.i == tok.i - 1 == holder.i + 1 \
        and holder.lower_ in MINISTER_TITLES and any(
            c.dep_ in ("compound", "amod") and c.is_lower and c.lower_ in PORTFOLIO_WORDS - {"and", "state"}
            for c in children_of(holder) if c.i < holder.i)


def _diplomatic_post_in(tok: Token) -> bool:
    """Whether a place-like name is where a state keeps an embassy or sends an ambassador ("the Dalmian embassy in
    X", "ambassador to X"; ``POSTING_PREPOSITIONS``): one state's post in another."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and POSTING_PREPOSITIONS.get(prep.head.lower_) == prep.lower_


def _seat_of_power(tok: Token) -> bool:
    """Whether a place-like name is where power is seized or a coup staged ("soldiers seized power in X", "the
    coup in X"): a state's (``POWER_SEIZURES``; the parser hangs "in" on the verb or on its object)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    governor = tok.head.head
    if governor.dep_ == "dobj" and POWER_SEIZURES.get(governor.head.lemma_) == governor.lower_:
        return True  # ("seized [power in X]")
    needed = POWER_SEIZURES.get(governor.lemma_)
    if needed is None or governor.pos_ not in ("VERB", "NOUN"):
        return False
    return needed == "" if governor.pos_ == "NOUN" else any(
        c.dep_ == "dobj" and c.lower_ == needed for c in children_of(governor))


def _state_cue_of_place(tok: Token) -> bool:
    """Whether a place-like name is what only a state is: the backer a participle names ("the X-backed militia":
    a town backs no one) or the country a head of state's title is of ("President N of X", "the president of X")."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
            and COMPOUND_ADJ.get(doc[tok.i + 2].lower_, ("",))[0] == "supports":
        return True
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "of" or head.i != tok.i - 1:
        return False
    holder = head.head
    if holder.lower_ in HEAD_OF_STATE_TITLES:
        return True
    if holder.pos_ != "PROPN":
        return False
    # the title's words before the name, one or two together ("President N", "Prime Minister N of X")
    words = [t.lower_ for t in doc[holder.left_edge.i:holder.i] if t.dep_ == "compound"]
    return any(w in HEAD_OF_STATE_TITLES for w in words) or any(
        f"{a} {b}" in HEAD_OF_STATE_TITLES for a, b in zip(words, words[1:]))


def _names_only_modified(noun: str, actor: Actor) -> bool:
    """Whether ``actor``'s names hold ``noun`` only as a modifier ("the X Democratic Alliance Army"), never as their
    head (the last word, or the word before "of", "for" or "in": "the Alliance of Sahel States"): "the alliance"
    then means another body, which the name says this one is not."""
    held = headed = False
    for name in actor.names:
        words = name.lower().split()
        for i, w in enumerate(words):
            if w == noun:
                held = True
                headed = headed or i == len(words) - 1 or words[i + 1] in ("of", "for", "in")
    return held and not headed


def _described_as_state(tok: Token) -> bool:
    """"Vesmaria, the small coastal state,", "Dravonia, a larger power to the north,": a name whose appositive is
    a noun of a state's kind (``STATE_KIND_NOUNS``), neither owned or placed ("a state of Y", "a state in Y")
    nor made a part or a pretender ("a federal state", "a breakaway republic"), is a state."""
    nouns = [c for c in children_of(tok) if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.lower_ not in STATE_KIND_NOUNS:
            continue
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") and (c.lower_ in SUB_STATE_KIND_MODIFIERS
               or c.pos_ == "PROPN" or c.dep_ == "poss") for c in children_of(noun)):
            continue  # "a federal state", "Tarsen's northern state"
        if any(c.dep_ == "prep" and c.lower_ in ("of", "in", "within", "inside") for c in children_of(noun)):
            continue  # "a state of the federation", "a state in northern Tarsen"
        return True
    return False


def _followed_by_state_kind(doc: Doc, end: int) -> bool:
    """"Vesmaria, the small coastal state, ...", however parsed: a comma, an article, lower-case modifiers (none
    of ``SUB_STATE_KIND_MODIFIERS``) and a state's kind noun that no "of"/"in" phrase or further noun follows."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    for i in range(end + 2, min(end + 6, len(doc))):
        tok = doc[i]
        if not tok.is_lower or tok.lower_ in SUB_STATE_KIND_MODIFIERS or tok.pos_ not in ("ADJ", "NOUN", "ADV"):
            return False
        if tok.pos_ == "NOUN" and tok.lower_ in STATE_KIND_NOUNS:
            after = doc[i + 1] if i + 1 < len(doc) else None
            return after is None or (after.lower_ not in ("of", "in", "within", "inside") and after.pos_ != "NOUN"
                                     and after.tag_ != "POS")  # ("X, the country's northern state": a region)
    return False


_STATECRAFT = frozenset({"condemns", "sanctions", "negotiates_with"})


def _statecraft_argument(tok: Token) -> bool:
    """Whether a place-like name is the doer of a state's act -- condemning, sanctioning, negotiating ("X
    condemned the raid", "X imposed sanctions on Y", "X negotiated with the rebels") -- or the one a state
    sanctions ("sanctioned X", "sanctions on X"): what a town or a region does not do. A frame with a
    particle ("impose sanctions") counts only with it."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        verb, role = head.head, "prep:" + head.lower_
    else:
        verb, role = head, tok.dep_
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for frame in VERB_FRAMES.get(verb.lemma_, ()):
        if frame.predicate not in _STATECRAFT or frame.negated:
            continue
        if frame.particle and not any(c.lemma_.lower() == frame.particle for c in children_of(verb)):
            continue
        if role in frame.subj:
            return True
        if frame.predicate == "sanctions" and any(role == o or (o.startswith("prep:") and role[5:] in o[5:].split("|"))
                                                  for o in frame.obj):
            return True
        if frame.predicate == "condemns" and role == "dobj" and role in frame.obj and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in children_of(c))
                for c in children_of(verb)):
            return True  # "X accused Y of arming the rebels": one accused of doing something acts, as no town does
    return False


def _demonym_stem(word: str) -> str:
    """"Veltrian" -> "veltr", "Norlandic" -> "norland"... the stem a state's adjective is formed on, or "" if it has
    no such ending."""
    stem = word.lower()
    for suffix in ("ian", "an", "ese", "ic", "i"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            return stem[:-len(suffix)]
    return ""


def _own_clause_subject(token: Token) -> Token | None:
    """The subject of the clause an object or an oblique ``token`` stands in, before it (through "to" and
    participles: "the group continues to receive arms from X": the group); None for a subject itself, for a word
    inside a subject's phrase, or where the clause has no subject of its own."""
    if _subject_itself(token):
        return None
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0] if subjects[0].i < token.i and token not in subjects[0].subtree else None
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` is one of ("X" for "Y" in "near X and Y")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _place_named_by_of(token: Token, types: tuple[str, ...]) -> bool:
    """Whether a description of a state or a place has an "of" phrase with a place's name ("the state of X", "the
    town of Y"): the phrase names that place, whatever the resolver makes of the name -- no earlier one."""
    if token.pos_ != "NOUN" or not set(types) & {"STATE", "LOCATION"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "LOC", "STATE", "LOCATION") for g in children_of(c))
               for c in children_of(token))


def _looks_like_person(token: Token, text: str) -> bool:
    """An "organisation" NER found where only a person fits: "led by Luckson Elan", "said Amina Diallo"."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or _ARMED_HEADS.search(text) \
            or _IGO_HEADS.search(text) or any(c.isdigit() for c in text):
        return False
    if words[-1] in ORGANIZATION_NAME_HEADS or words[-1] in GROUP_NAME_HEADS:
        return False  # "the X Diaspora Council said": a word no person's name ends with names a body
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_ in HEADING_VERBS:
        return True
    if token.dep_ == "conj" and _of_state(token) and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.ent_type_ == "PERSON":
        return True  # "Ali Khan of Pakistan and Retno Marsudi of Indonesia": the parse hangs the second on the state
    return token.dep_ == "nsubj" and head.lemma_ in STATEMENT_VERBS


def _of_state(token: Token) -> bool:
    """Whether ``token`` has an "of" phrase naming a state or country ("N of Indonesia")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ in ("STATE", "GPE")
                                                             for g in children_of(c)) for c in children_of(token))


def no_longer_the_group(token: Token) -> bool:
    """"former FARC fighters", "former members of the FARC" are no longer the FARC."""
    # ("the breakaway region of X" is no splinter of a group: a region that broke away from its state)
    return token.pos_ == "NOUN" and token.lower_ not in SECEDED_POLITY_NOUNS \
        and (any(c.lower_ in SPLINTER_MODIFIERS for c in children_of(token)) or _unnamed_splinter_part(token))


def _unnamed_splinter_part(token: Token) -> bool:
    """prec51: "a splinter faction of X held talks with Y", "a splinter group of X attacked Z": a part's noun with a
    splinter compound before it (``splinter_part_modifiers``) and the body it broke from in its "of" is not that
    body. Not a part the text names: one in apposition to a name, or one a comma follows inside or right after its
    phrase ("a splinter faction of X, the Y, ...": the name is the part's, rules._offshoot_named_after)."""
    if token.dep_ == "appos" or token.lemma_.lower() not in OFFSHOOT_HEADS | BODY_NOUNS:
        return False
    if not any(c.dep_ in ("compound", "amod") and c.i < token.i and c.lower_ in SPLINTER_PART_MODIFIERS for c in children_of(token)):
        return False
    # (the body by its name: not "accused the splinter group of banditry", an "of" the parser hung on the part)
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in children_of(c))
               for c in children_of(token)):
        return False
    doc = token.doc
    return not any(t.text == "," or t.dep_ == "appos" for t in doc[token.i:min(len(doc), token.right_edge.i + 2)])


def _described_as(token: Token, nouns: frozenset[str]) -> bool:
    """Whether an appositive describes the name as one of ``nouns`` ("X (XP), the main opposition party")."""
    heads = [token] + [c for c in children_of(token) if c.dep_ == "appos" and c.text.isupper()]  # (its acronym)
    return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for h in heads for c in children_of(h))


def _introduced_by_description(name: Token, nouns: set[str] | frozenset[str]) -> bool:
    """Whether a name is set off by a comma right after an indefinite description of one of ``nouns`` ("fought a
    splinter faction of X, the Y", "a rival militia, the Z"), however the parser hung it (an apposition, or a second
    object of the verb): the text introduces the name as one of them, so a later "the faction" may mean it. Never a
    definite description ("the faction, the Y" refers back itself)."""
    doc = name.doc
    start = name.i - 1 if name.i and doc[name.i - 1].lower_ == "the" and doc[name.i - 1].head.i == name.i else name.i
    if start < 2 or doc[start - 1].text != ",":
        return False
    heads = [name.head] if name.dep_ in ("appos", "conj") and name.head.i < name.i else []
    heads += [t for t in doc[max(0, start - 12):start - 1] if t.right_edge.i == start - 2 and t.pos_ == "NOUN"]
    return any(h.pos_ == "NOUN" and h.lemma_.lower() in nouns and any(
        c.dep_ == "det" and c.lower_ in INTRODUCING_DETERMINERS for c in children_of(h)) for h in heads)


def _described_armed(token: Token) -> bool:
    """Whether an appositive describes the name as an armed group ("X, a militia led by N", "X, a rebel group")."""
    heads = [token] + [c for c in children_of(token) if c.dep_ == "appos" and c.text.isupper()]  # (its acronym)
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and (c.lemma_.lower() in ARMED_APPOSITIVES or (
        c.lower_ in GROUP_NOUNS | UNCERTAIN_FORCE_NOUNS and any(m.lower_ in GROUP_MODIFIERS for m in children_of(c)
                                                                 if m.dep_ in ("amod", "compound"))))
               for h in heads for c in children_of(h))


def _has_fighters(token: Token) -> bool:
    """Whether the name's armed men are spoken of ("fighters of the X", "X gunmen"): an armed group's."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ARMED_MEMBER_NOUNS:
        return True
    return token.dep_ == "compound" and token.head.lower_ in ARMED_MEMBER_NOUNS


def _name_words(name: str) -> set[str]:
    """A name's words, each plural also in the singular: "the emirate" is one of the United Arab Emirates'."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    return words | {w[:-1] for w in words if w.endswith("s")}


def _home_description(token: Token) -> bool:
    """Whether a definite description with a demonym may mean the armed group whose gazetteer home is that
    demonym's state ("the Somali militant group" after al-Shabaab): one group or movement, or plural rebels
    ("the Nigerian jihadists"); never "the rival / other Somali group" (another than the one named), nor a
    militia, fighters or forces (a state's own, or a clan's, as likely)."""
    return token.lower_ in HOME_DESCRIPTION_NOUNS and not any(
        c.lower_ in OTHER_REFERENT_MODIFIERS or c.lower_ in RIVAL_REFERENT_MODIFIERS for c in children_of(token) if c.i < token.i)


def _creed_modifier(tok: Token) -> bool:
    """A capitalised creed word the parser took for part of a name ("the Maoist rebels", "the Jihadist group"):
    a word of ``ANAPHOR_KINDS`` that allows only groups of some kinds, modifying a noun of a group."""
    return tok.dep_ in ("compound", "nmod", "amod") and tok.pos_ == "PROPN" and tok.i < tok.head.i \
        and "only" in ANAPHOR_KINDS.get(tok.lower_, {}) and tok.head.lower_ in ANAPHORS


def _modifier_kinds(token: Token) -> set[str]:
    """The actor types a noun's modifiers fix ("rights groups", "the aid organisation": organisations)."""
    return {DESCRIPTION_TYPE_MODIFIERS[c.lower_] for c in children_of(token)
            if c.i < token.i and c.dep_ in ("amod", "compound", "nmod") and c.lower_ in DESCRIPTION_TYPE_MODIFIERS}


def _state_office_owner(token: Token) -> tuple[tuple[str, ...], int] | None:
    """"Dravia sent no troops to help the Front, and its prime minister said ...": "its" owning an office only a
    state or a government holds (``STATE_OFFICE_TITLES``) refers back to a state or a government, not to the body
    named nearer; None for any other anaphor."""
    if token.lower_ != "its" or token.dep_ != "poss" or _head_phrase(token.head) not in STATE_OFFICE_TITLES:
        return None
    return ("GOVERNMENT", "STATE"), ANAPHORS[token.lower_][1]


def _founded_body_kind(token: Token) -> tuple[tuple[str, ...], int] | None:
    """w57c: "Yemen is not a member of the Council, and the two states that founded it, A and B, ...": an "it" that
    a relative clause's founding verb (``founding_verbs``) takes as object is a body, never the state or place
    named nearer; None for any other anaphor."""
    verb = token.head
    if token.lower_ != "it" or token.dep_ != "dobj" or verb.dep_ != "relcl" or verb.lemma_ not in FOUNDING_VERBS:
        return None
    return ("ARMED_GROUP", "IGO", "ORGANIZATION"), ANAPHORS[token.lower_][1]


def _described_kind(token: Token) -> tuple[tuple[str, ...], int] | None:
    """The kinds a modified description refers back to: "the rights group", "the aid organisation" mean
    an organisation, never the armed group named before; None where no modifier says (the anaphor's own)."""
    kinds = _modifier_kinds(token)
    if not kinds or token.lower_ not in ANAPHORS:
        return None
    return tuple(sorted(kinds)), ANAPHORS[token.lower_][1]


def _armed_description(noun: Token) -> bool:
    """Whether an appositive noun describes an armed body: a body noun an armed word modifies ("the rebel
    movement", "an armed group"), never one a word of another kind does too ("a political and armed movement" is
    read, "a political movement" is not)."""
    # ("a rebel alliance", "an insurgent coalition": a noun that may mean a union of states or of armed groups,
    # which the armed word settles)
    if "ARMED_GROUP" not in ANAPHORS.get(noun.lemma_.lower(), ((),))[0] and noun.lemma_.lower() not in BODY_NOUNS:
        return False
    return (any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and c.lower_ in ARMED_DESCRIPTION_MODIFIERS
                for c in children_of(noun)) or _made_of_armed_bodies(noun)) and _described_kind(noun) is None


def _made_of_armed_bodies(noun: Token) -> bool:
    """"a coalition of militias", "an alliance of armed groups": a body made of armed ones is one too."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and (ANAPHORS.get(p.lemma_.lower(), ((),))[0] == ("ARMED_GROUP",) or _armed_description(p))
        for p in children_of(c)) for c in children_of(noun))


def _appositive_kind(noun: Token) -> str | None:
    """The kind of body an appositive noun describes: "an ethnic militia", "a rebel group" (an armed group), "a
    rights group", "an opposition party" (an organisation); None for anything else."""
    lemma, described = noun.lemma_.lower(), _described_kind(noun)
    if described is not None:
        return described[0][0]
    if lemma in ORGANIZATION_APPOSITIVES:
        return "ORGANIZATION"
    return "ARMED_GROUP" if lemma in BODY_NOUNS - ORGANIZATION_NOUNS else None


def _kind_of_name(text: str, acronym: Token) -> str | None:
    """The type a body's unknown name says it is; None for a state's own forces (read elsewhere)."""
    if _described_as(acronym, ORGANIZATION_APPOSITIVES):
        return "ORGANIZATION"
    if any(w.lower() in SELF_RULE_HEADS for w in text.split()) or _state_agency(text):
        return "GOVERNMENT"
    if _igo_name(text) or _interstate_name(text):
        return "IGO"
    if _STATE_FORCES.search(text):
        return None
    return "ARMED_GROUP" if _ARMED_HEADS.search(text) or _armed_union(text) or _band_name(text) else "ORGANIZATION"


def _band_name(text: str) -> bool:
    """Whether an unknown name is an armed band's by its opening ("Sons of the Delta", "Guardians of the Cedar"):
    a head of band_name_heads, then "of"."""
    words = text.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return len(words) > 2 and words[0] in BAND_NAME_HEADS and words[1] == "of"


def _armed_opener(text: str) -> bool:
    """Whether an unknown name is an armed group's by its first word ("Liwa al-Jabal", "Ansar al-Tawhid",
    "Lashkar-e-Jhangvi"): an opener of armed_name_openers, then a word with an article (not "Ansar Burney")."""
    words = text.split()
    first, _, rest = words[0].partition("-") if words else ("", "", "")
    if first not in ARMED_NAME_OPENERS:
        return False
    second = rest or (words[1] if len(words) > 1 else "")
    return any(second.lower().startswith(a) for a in NAME_ARTICLE_PREFIXES)


def _state_agency(text: str) -> bool:
    """Whether an unknown body's name makes it a state's agency ("the X State Intelligence Bureau", "the Y
    Border Guard"): a head word of an agency, and a word of what agencies do."""
    words = text.split()
    return len(words) > 1 and words[-1] in STATE_AGENCY_HEADS and any(w in STATE_AGENCY_DOMAINS for w in words[:-1])


def _plural_name(tok: Token) -> bool:
    """Whether a name reads as plural ("the Dorran Scouts", "the Houthis"), for agreement with "they"."""
    last = _clean_name(tok.text).split()[-1:] or [""]
    return tok.tag_ in ("NNS", "NNPS") or (last[0].endswith("s") and not last[0].endswith("ss") and not last[0].isupper())


def _subject_like(tok: Token) -> bool:
    """A subject, or the body a subject speaks or acts for ("the movement's spokesman said", "the group's
    leader, N, said"): what a later pronoun most likely continues."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = tok.head
    return tok.dep_ == "poss" and head.dep_ in ("nsubj", "nsubjpass") and (
        head.lemma_.lower() in SPEAKER_NOUNS | LEADER_TITLES | MEMBER_TITLES | PERSON_ROLE_NOUNS)


def _owners_of(token: Token) -> list[Token]:
    """Its possessors and the objects of its "of": "Yemen's capital", "the office of the president"."""
    return [c for c in children_of(token) if c.dep_ == "poss"] + [
        p for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]


def _acting(tok: Token) -> bool:
    """Whether ``tok`` is a clause's subject or a passive's agent ("condemned by X"): where a thing that
    speaks for its owner acts, unlike "struck the president's office"."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.dep_ == "nsubj"
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _acted_for(token: Token) -> bool:
    """Whether ``token`` owns the noun of one acted for ("intervened on *its* behalf", ``BEHALF_NOUNS``): like an
    object, it is someone other than its clause's subject."""
    return token.dep_ == "poss" and token.head.lower_ in BEHALF_NOUNS and token.head.dep_ == "pobj" \
        and not any(c.lower_ == "own" for c in token.head.children)


def _opens_adverbial_clause(token: Token) -> bool:
    """Whether ``token`` sits in the subject of an adverbial clause ("while its fighters hold X", "until their
    troops leave"), where a possessive may point to any actor of the main clause."""
    phrase = token.head
    while phrase.dep_ in ("compound", "amod", "pobj", "prep") and phrase.head != phrase:
        phrase = phrase.head
    return phrase.dep_ in ("nsubj", "nsubjpass") and phrase.head.dep_ == "advcl"


def _seen_token(seen: _Seen) -> int:
    return seen.token


def _hyphen_modifier(token: Token) -> bool:
    from conflictkg.graph.lexicon import COMPOUND_ADJ

    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–") and doc[token.i + 2].lower_ in COMPOUND_ADJ


def _subject_of_relative_aside(mention: Token, pronoun: Token, types: tuple[str, ...]) -> bool:
    """Whether ``mention`` is the subject of a relative clause that describes an unnamed body the pronoun may
    continue, the pronoun outside the clause: in "The militia, which Canada lists as a terrorist group, raided
    police posts; its fighters killed four guards", Canada is said of the militia in passing, and "its" is the
    militia's (prec54). A relative clause on a name, or on a noun no body is called by ("the report, which
    Canada published"), leaves the subject as it was."""
    # (the word before the clause's verb, whatever the parser made of it: "which the United States lists" may
    # come out with the name a compound of "lists")
    clause = next((a for a in mention.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ != "relcl" or mention.i > clause.i or pronoun in clause.subtree:
        return False
    described = clause.head
    if described.pos_ != "NOUN" or described.ent_type_ or described.lower_ not in ANAPHORS:
        return False
    return bool(set(ANAPHORS[described.lower_][0]) & set(types))


def _inside_own_description(t: Token, antecedent: Token) -> bool:
    """Whether ``t`` lies inside the antecedent's own description -- its appositive, or a relative or participial
    clause hung on it or on that appositive ("the X Legion, a militia raised among former soldiers of the old army",
    "the group, which recruits among herders of the south,"): a phrase that only tells what the antecedent is stays in
    its background, no rival a later pronoun continues over it (refs51)."""
    if t.sent.start != antecedent.sent.start:
        return False
    described = False
    for below, a in zip((t, *t.ancestors), t.ancestors):
        if below.dep_ in ("relcl", "acl", "appos"):
            described = True
        if a == antecedent:
            return described
    return False


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token and depth < 20:
        token = token.head
        depth += 1
    return depth


def _hyphen_prefix(token: Token) -> str:
    """The word a hyphen joins to a token from before it ("non" in "non-member"), or ""."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text in ("-", "‐", "–") and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_:
        return doc[token.i - 2].lower_
    return ""


def _hyphened_before(token: Token) -> str:
    """The hyphened word written just before ``token`` ("would-be" in "would-be President"), lower-cased and
    joined again where the tokenizer split it at its hyphens; "" where the word before holds no hyphen."""
    doc, j = token.doc, token.i - 1
    if j < 1 or not doc[j].whitespace_:
        return ""
    start = j
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_sent_end and start > j - 4:
        start -= 1
    words = [t.lower_ for t in doc[start:j + 1]]
    return "".join(words) if "-" in words else ""


def _opposing_prefixed(token: Token) -> bool:
    """"the anti-Houthi coalition": a name its prefix sets against the noun it modifies."""
    return _hyphen_prefix(token) in OPPOSING_PREFIXES


def _stance_prefixed(token: Token) -> bool:
    """"pro-government": the government the article speaks of, as "the government" would be."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in STANCE_PREFIXES


def _irregulars_named_for_place(child: Token, actor: Actor, lower: str) -> bool:
    """Whether ``child``, a state's or place's name compounded on an irregular band's noun ("the Uganda rebels",
    "the Katanga militia", "the Zaire insurgents"), says where the band is from, not who it is: a state fields an
    army or forces, never rebels or a militia of its own name (a coalition or a force noun is left to the rules
    above it)."""
    return (child.dep_ == "compound" and actor.type == "STATE" and lower in GROUP_NOUNS
            and lower not in FORCE_NOUNS and lower not in COALITION_NOUNS)


def _misattached_in(token: Token) -> tuple[Token, ...]:
    """"criticised the authorities in Kinshasa for ...": the parser may hang the "in" that says whose a bare
    government noun is on its verb; right after the noun, with nothing else to say whose, it is the noun's.
    "backed by Russian advisers and fighters from Hezbollah": the "from" right after a bare coordinated force
    noun, hung on the first conjunct, is the force noun's own."""
    if token.i + 1 >= len(token.doc) or any(
            c.dep_ in ("prep", "poss", "amod", "compound", "nmod") for c in children_of(token)):
        return ()
    nxt = token.doc[token.i + 1]
    if token.lower_ in FORCE_NOUNS and token.dep_ == "conj" and token.tag_ == "NNS":
        return (nxt,) if nxt.lower_ in ("from", "of") and nxt.dep_ == "prep" and nxt.head == token.head else ()
    if token.lower_ not in GOVERNMENT_NOUNS:
        return ()
    return (nxt,) if nxt.lower_ == "in" and nxt.dep_ == "prep" and nxt.head == token.head and _definite(token) else ()


def _fronted_seat(token: Token) -> tuple[Token, ...]:
    """"In Damascus, the foreign ministry condemned X": a seat fronted before the clause and set off by a comma says
    whose a government noun that is the clause's subject is, where nothing on the noun says it ("the foreign
    ministry", not "the Rwandan ministry" or "its ministry"): the "in" (read as "the ministry in Damascus")."""
    if token.lower_ not in GOVERNMENT_NOUNS or token.dep_ != "nsubj" or not _definite(token) or any(
            c.dep_ in ("prep", "poss") or (c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_))
            for c in children_of(token)):
        return ()
    fronted = token.doc[token.sent.start]
    if fronted.lower_ == "in" and fronted.dep_ == "prep" and fronted.head == token.head \
            and fronted.right_edge.i + 1 < token.i and token.doc[fronted.right_edge.i + 1].text == ",":
        return (fronted,)
    return ()


def _commanders(pobj: Token) -> list[Token]:
    """The commanders an "under" phrase names: "under N (and M)", "under N's command", "under the command of N"."""
    if pobj.lemma_.lower() in COMMAND_NOUNS or pobj.lower_ in COMMAND_NOUNS:
        owners = [c for c in children_of(pobj) if c.dep_ == "poss"]
        owners += [p for c in children_of(pobj) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
        return [t for o in owners for t in (o, *o.conjuncts)]
    return [pobj, *pobj.conjuncts]


def _settlement_in(noun: Token, name: Token) -> bool:
    """Whether a settlement noun a place name modifies is a settlement in that place rather than the place itself:
    one of a kind ("a North Kivu town") or kinded by another word after the name ("North Darfur market town",
    "the Ituri border town"); "Beni town", "the Goma town hall" are the place's own."""
    if noun.lemma_.lower() not in SETTLEMENT_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in children_of(noun)) or any(
        c.dep_ in ("compound", "amod") and name.i < c.i < noun.i for c in children_of(noun))


def _possessor(poss: Token) -> int:
    """The index of the word that owns by a "poss" arc. The parser hangs "the port of A and B's airport" on A, with
    B, which bears the "'s", as A's conjunct: the owner is the one conjunct bearing it."""
    if any(c.dep_ == "case" for c in children_of(poss)):
        return poss.i
    marked = [c for c in poss.conjuncts if c.i > poss.i and any(g.dep_ == "case" for g in children_of(c))]
    return marked[0].i if len(marked) == 1 else poss.i


def _bare_titled_body(token: Token) -> bool:
    """Whether a body noun with no determiner is what a leader's title is of ("the Head of Mission, N", "the chief
    of mission"): the set title of diplomats and monitors, whose bare noun is the body the text is about, as
    "the mission" would be (fresh41d)."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and not any(c.dep_ in ("det", "poss") for c in children_of(token)) \
        and prep.head.lemma_.lower() in LEADER_TITLES and prep.head.i == prep.i - 1


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
               for c in children_of(token))


def _model_designation(text: str) -> bool:
    """Whether a word is a military aircraft's or vehicle's model ("F-16s", "Su-25", "MiG-29s", "T-72s"): a
    short prefix of MODEL_DESIGNATION_PREFIXES, a hyphen, then a number (with its variant's letters)."""
    prefix, hyphen, rest = text.partition("-")
    return bool(hyphen) and prefix.lower() in MODEL_DESIGNATION_PREFIXES and prefix[:1].isupper() \
        and rest[:1].isdigit() and rest.rstrip("s").isalnum()


def _met_or_talked_with(token: Token) -> bool:
    """"met its envoys", "held talks with their negotiators", "spoke with its delegates": the object of a verb of
    meeting (``encounter_verbs``) or of 'with' after one or after a talk noun; and the subject of such a verb, of a
    verb of agreeing or of one whose object is a talk noun ("its mediators held talks with X", "their envoys met
    Y", "its negotiators signed with Z"): people at talks on their own body's behalf."""
    head = token.head
    if token.dep_ == "nsubj":
        return head.lemma_ in ENCOUNTER_VERBS or head.lemma_ in AGREEING_VERBS or any(
            c.dep_ == "dobj" and c.lower_ in TALK_NOUNS for c in children_of(head))
    if token.dep_ == "dobj":
        return head.lemma_ in ENCOUNTER_VERBS
    if token.dep_ == "pobj" and head.lower_ == "with":
        governor = head.head
        return governor.lemma_ in ENCOUNTER_VERBS or governor.lower_ in TALK_NOUNS
    return False


def _unnamed_official(title: Token) -> bool:
    """"Chad's president", "the Kenyan defence minister": a title with no name beside it (no apposition, no
    name in its compound, none right after it) and no past ("former")."""
    if any(c.dep_ in ("appos", "relcl") or (c.dep_ == "compound" and c.pos_ == "PROPN") or c.lower_ in FORMER_TITLE_WORDS
           for c in children_of(title)):
        return False
    after = title.nbor(1) if title.i + 1 < len(title.doc) else None
    return after is None or not (after.pos_ == "PROPN" or (after.is_punct and after.text == "," and title.i + 2 < len(title.doc)
                                                            and title.nbor(2).ent_type_ == "PERSON"))


def _bare_definite(token: Token) -> bool:
    """"the front", "the liberation front": "the" as its only determiner."""
    dets = [c for c in children_of(token) if c.dep_ in ("det", "poss", "nummod")]
    return len(dets) == 1 and dets[0].lower_ == "the"


@lru_cache(maxsize=16384)
def _heads_of(names: tuple[str, ...]) -> frozenset[str]:
    heads = set()
    for name in names:
        words = name.split()
        cut = next((k for k, w in enumerate(words) if k and w in _NAME_HEAD_ENDS), len(words))
        head = words[cut - 1].strip(".,'’") if cut else ""
        if head[:1].isupper() and not head.isupper():  # a name's word, not a description's ("Turkish forces")
            head = head.lower()
            heads.update((head, head[:-1]) if head.endswith("s") and len(head) > 3 else (head,))
    return frozenset(heads)


def _name_head_modifier(token: Token) -> bool:
    """Whether ``token`` is a lone capitalised word modifying a force noun ("*Legion* positions", "*Front*
    fighters"): a name's head standing for the name -- not a word that opens the clause after a colon, capitalised
    for where it stands ("Breaking: Army units withdrew")."""
    # (the tagger may take the word for an adjective, "Front positions"; never a people's word, "Congolese troops")
    return token.dep_ in ("compound", "amod", "nmod") and token.pos_ in ("PROPN", "ADJ", "NOUN") \
        and token.ent_type_ not in ("NORP", "GPE") and token.text[:1].isupper() and token.is_alpha \
        and not token.text.isupper() and not token.is_sent_start and not any(True for _ in children_of(token)) \
        and token.head.lower_ in FORCE_NOUNS and token.head.i > token.i \
        and not (token.i > 0 and token.nbor(-1).text == ":")  # ("Breaking: Army units ...": capitalised where it stands)


def _head_nouns(actor: Actor) -> frozenset[str]:
    """The head nouns of an actor's names, singular and as written: "Islamic Army of Aden" -> army, "Kivu
    Defence Forces" -> forces, force; a head before "of", "for", "in" or "on" ends the name's first part.
    Only capitalised heads count: "Turkish forces" and "the Islamic State group" are descriptions."""
    return _heads_of(tuple(actor.names))


_QUOTES = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}
# (as hashes, read from the document's ORTH and LOWER columns: no Token made of the words around a phrase)
_QUOTE_IDS = frozenset(get_string_id(q) for q in _QUOTES)
_QUOTE_DETERMINER_IDS = frozenset(get_string_id(w) for w in ("the", "these", "those"))


def _scare_quoted(token: Token, columns: DocColumns | None = None) -> bool:
    """Whether a description's phrase (its determiner and modifiers) stands alone in quotation marks
    ('"terrorist groups" attacked', 'the "extremists"'), the parser hanging the marks on it or not. ``columns``:
    the document's columns, where the caller holds them (the words are read from its ORTH and LOWER columns)."""
    if token.pos_ != "NOUN":
        return False
    doc = token.doc
    if columns is None or columns.doc is not doc:
        columns = columns_of(doc)
    orth, lower = columns.column(ORTH), columns.column(LOWER)
    left, right = token.left_edge.i, token.right_edge.i
    start = left
    if lower[left] in _QUOTE_DETERMINER_IDS and left < token.i:
        left += 1  # 'the "extremists"'
    opening = orth[left] in _QUOTE_IDS and left < token.i or left > 0 and orth[left - 1] in _QUOTE_IDS \
        or start > 0 and orth[start - 1] in _QUOTE_IDS and not doc[start - 1].whitespace_  # ('said "the terrorists"')
    closing = orth[right] in _QUOTE_IDS and right > token.i or right + 1 < len(doc) and orth[right + 1] in _QUOTE_IDS
    return opening and closing


def _refused_talks_party(token: Token) -> bool:
    """ref47b: whether ``token`` is what follows 'with' after a verb of talks ('negotiate with', words.jsonl
    talk_with_verbs) or a talk noun ('talks with', 'hold negotiations with'), in a clause that refuses or denies
    them: 'not' or 'never' on the verb or the one above it ('would not hold talks with', 'has never negotiated
    with'), or a negating verb above ('refused to negotiate with', 'ruled out talks with')."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    head = prep.head
    if head.pos_ == "VERB" and head.lemma_.lower() in TALK_WITH_VERBS:
        verb = head
    elif head.pos_ == "NOUN" and head.lower_ in TALK_NOUNS and head.dep_ in ("dobj", "pobj", "nsubjpass"):
        verb = head.head if head.dep_ == "dobj" else head.head.head if head.dep_ == "pobj" else head.head
    elif head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in TALK_NOUNS for c in children_of(head)):
        verb = head  # ("would not hold talks with X", the parser hanging 'with' on the verb)
    else:
        return False
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "pcomp") or verb.head.dep_ == "prep" else None):
        if v is None or v.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIVE_ADVERBS) for c in children_of(v)):
            return True
        particle = next((c.lower_ for c in children_of(v) if c.dep_ == "prt"), None)
        if v.lemma_ in NEGATING_VERBS or (particle and f"{v.lemma_} {particle}" in NEGATING_VERBS):
            return True
    return False


def _governing_verb(token: Token) -> Token:
    """The verb whose argument ``token`` is, through prepositions ("accused X", "fought against X")."""
    while token.head != token and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def _deal_venue(name: Token) -> bool:
    """Whether ``name``, a preposition's place, is where a deal was made: the place of its making ("the agreements
    signed in Caracas", "the truce agreed in Juba", "signed an accord in Doha") or of the deal itself ("the Doha
    agreement" is a name; "the deal in Doha"). A host, not a party (``Resolver.only_a_venue``)."""
    name = _first_conjunct(name)  # ("signed in Mexico and Caracas": each is where)
    if name.dep_ != "pobj":
        return False
    made = name.head.head
    if made.lemma_.lower() in DEAL_NOUNS:
        return True
    return made.pos_ == "VERB" and (
        (made.dep_ == "acl" and made.head.lemma_.lower() in DEAL_NOUNS)
        or any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DEAL_NOUNS for c in children_of(made)))


def _bare_government(token: Token) -> bool:
    """"the government", "the regime": a government noun that says no state."""
    return token.lemma_.lower() in GOVERNMENT_NOUNS and _bare_the(token)


def _bare_government_speaker(token: Token) -> bool:
    """"a government spokesman", "the government's spokeswoman": one who speaks for a government that says no
    state, as the bare government does."""
    return token.lower_ in SPEAKER_NOUNS and any(
        c.dep_ in ("compound", "poss") and c.lemma_.lower() in GOVERNMENT_NOUNS
        and not any(d.dep_ in ("poss", "compound", "amod", "nummod") for d in children_of(c)) for c in children_of(token))


def _denied_forces(token: Token) -> bool:
    """"No Russian troops have deployed": forces a determiner says are not there ("no", "none of") are nobody's
    forces on the ground, so the soldiers a later sentence names unowned are not theirs."""
    if any(c.dep_ == "det" and c.lower_ in DENYING_SUBJECT_WORDS for c in children_of(token)):
        return True
    return token.head.lower_ == "of" and token.head.head.lower_ in DENYING_SUBJECT_WORDS


def _nested_group_name(token: Token) -> Token | None:
    """The name the parser hung on a group noun that modifies a group noun ("the Viv Ansanm gang coalition", "the
    Fano militia alliance": the name on "gang", "gang" on "coalition"): the name is the body's, as it is where the
    parser hangs it on the head itself."""
    if token.lower_ not in GROUP_NOUNS:
        return None
    inner = [c for c in children_of(token) if c.dep_ == "compound" and c.i < token.i and c.lower_ in GROUP_NOUNS | GROUP_MODIFIERS]
    names = [n for c in inner for n in children_of(c) if n.dep_ == "compound" and n.i < c.i and n.pos_ == "PROPN"]
    return names[0] if len(names) == 1 else None


def _counted(token: Token) -> bool:
    """Whether ``token`` is what a number or a quantity counts out after "of" ("18 of its soldiers", "dozens of
    Kenya's officers")."""
    counter = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    return counter is not None and (counter.pos_ == "NUM" or counter.lower_ in QUANTITY_WORDS)


def _bare_the(token: Token) -> bool:
    """"the neighbours", "the pair": "the" and no possessor, number or of-phrase that says whose."""
    dets = [c for c in children_of(token) if c.dep_ in ("det", "poss", "nummod")]
    return len(dets) == 1 and dets[0].lower_ == "the" and not any(
        c.dep_ in ("prep", "appos", "relcl", "acl", "amod") for c in children_of(token))


def _named_army(actor: Actor) -> bool:
    """Whether ``actor`` is a state's land force named as such ("the Sudanese Armed Forces", "the Veltrian army"):
    a state's arm, not its government, and not its air force or navy."""
    return actor.type == "GOVERNMENT" and not _GOVERNING_NAME.search(actor.name) and bool(_LAND_FORCES.search(actor.name))


def _bare_army(token: Token) -> bool:
    """"the army", "the military" with nothing that says whose: :func:`_bare_the`, where an "of" the parser hangs
    on the noun may be the charge's ("accused the military of killing ...": a gerund after it), not an owner."""
    if _bare_the(token):
        return True
    dets = [c for c in children_of(token) if c.dep_ in ("det", "poss", "nummod")]
    rest = [c for c in children_of(token) if c.dep_ in ("prep", "appos", "relcl", "acl", "amod")]
    return len(dets) == 1 and dets[0].lower_ == "the" and bool(rest) and all(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in children_of(c))
        for c in rest)


@lru_cache(maxsize=65536)  # the same names again and again, at every entity and mention
def _clean_name(text: str) -> str:
    text = text.replace("\u2019", "'")
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    text = re.sub(r"(['’]s|['’])$", "", text).strip()
    return " ".join(text.split())


def _giver_noun(noun: Token) -> bool:
    """A noun whose that-clause tells what its giver ("by"/"from"/"of" X, X's) avows (``AVOWAL_NOUNS``) or
    reports (``CLAIM_NOUNS``)."""
    return noun.lemma_.lower() in AVOWAL_NOUNS or noun.lower_ in AVOWAL_NOUNS or noun.lemma_.lower() in CLAIM_NOUNS


def _speaker_of(token: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause ``token`` stands in (``_said_clause``): of the
    verb's subjects before ``token``, the one nearest the verb (the parser may also hang a dateline's place on it:
    "PORT X, May 3 - Y's army said it had ...")."""
    clause = _said_clause(token)
    if clause is None:
        return None
    return max((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < token.i), key=lambda c: c.i, default=None)


def _plural_speaker(speaker: Token, token: Token) -> bool:
    """Whether ``speaker`` is a plural noun ("officials", "experts") and ``token`` a singular neuter pronoun
    ("it"): the speakers are many, the pronoun one, so it is none of them nor the body they speak for."""
    return speaker.pos_ == "NOUN" and speaker.tag_ == "NNS" and token.morph.get("Number") == ["Sing"] \
        and token.morph.get("Gender") == ["Neut"]


def _said_clause(token: Token) -> Token | None:
    """The reported clause whose subject is ``token`` ("said *it* had") or is owned by it ("said *its* forces
    had"); None for any other pronoun."""
    if token.pos_ != "PRON":
        return None
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ccomp":
        return token.head
    if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.dep_ == "ccomp" \
            and token.head.head.head.lemma_ in SPEECH_VERBS:
        return token.head.head
    return None


def _phrase_text(token: Token) -> str:
    """The noun phrase headed by ``token`` up to it, as written, without a leading determiner:
    "Senegal's armed forces", "Chadian defence and security forces"."""
    start = token.left_edge.i
    while start < token.i and token.doc[start].dep_ in ("det", "predet", "punct"):
        start += 1
    if any(t.dep_ in ("nummod", "quantmod") or t.pos_ == "NUM" or t.tag_ in ("WP$", "PRP$")
           for t in token.doc[start:token.i]):
        return token.text  # "four Senegalese soldiers", "its troops": not a name of the actor
    return token.doc[start:token.i + 1].text


def _span_text(token: Token) -> str:
    """The words of the noun phrase headed by ``token`` that precede it, plus the head."""
    left = [c for c in children_of(token) if c.i < token.i and c.dep_ in ("compound", "amod", "poss", "nmod")]
    if not left:
        return token.text
    start = min(c.left_edge.i for c in left)
    while start < token.i and not any(ch.isalpha() for ch in token.doc[start].text):
        start += 1  # "14:30 - Rwanda's foreign ministry", "- Sudan's army": a time stamp or bullet the parse took in
    words = [t.text for t in token.doc[start:token.i + 1] if t.dep_ not in ("det",) and t.lower_ not in ("’s", "'s")]
    return " ".join(words)


def _title_phrase(token: Token) -> str | None:
    """The title a noun names, with the modifier that makes it one ("prime minister"), else None."""
    if token.pos_ != "NOUN":
        return None
    for child in children_of(token):
        if child.dep_ in ("amod", "compound") and child.i == token.i - 1 and f"{child.lower_} {token.lower_}" in PERSON_TITLES:
            return f"{child.lower_} {token.lower_}"
    return token.lower_ if token.lower_ in PERSON_TITLES else None


def _epithet_word(token: Token) -> bool:
    """A word that fits any person ("the 58-year-old")."""
    return any(token.lower_.endswith(s) for s in PERSON_EPITHET_SUFFIXES)


def _trained_personnel(token: Token) -> bool:
    """"Turkey trains Somali officers", "Malian cadets were trained by Russia": officers, cadets or recruits a training
    verb takes are the forces it builds up, their state's (as "Somali soldiers" always are); as the actors of any
    other verb they are men of their own ("officers who deserted"), so they are read so only here."""
    if token.lower_ not in TRAINED_PERSONNEL_NOUNS:
        return False
    verb = token.head
    if token.dep_ == "dobj":
        return verb.lemma_ in TRAINING_VERBS and verb.pos_ == "VERB"
    return token.dep_ == "nsubjpass" and verb.lemma_ in TRAINING_VERBS


def _opened_by_covering_quantifier(relcl: Token) -> bool:
    """Whether a relative clause opens with a quantifier over "which" or "whom" that covers every name of the list
    before it ("A and B, both of which X lists as terrorist groups", "A and B, each of which Y sanctioned":
    ``list_covering_quantifiers``), so that it is said of each name listed.

    >>> # "Nigeria fights A and B, both of which Britain has proscribed": Britain proscribed A and B
    """
    first = relcl.left_edge
    return first.lower_ in LIST_COVERING_QUANTIFIERS and first.i < relcl.i and any(
        c.lower_ == "of" and any(o.tag_ in ("WDT", "WP") for o in children_of(c)) for c in children_of(first))


def _reciprocal_clause(relcl: Token) -> bool:
    """hit49: whether a relative clause's own verb takes a reciprocal pronoun ("which had fought each other",
    "who blamed one another"; reciprocal_pronouns): its two words, one hung on the other, as the object of the
    verb or of a preposition on it, in no clause nested within."""
    for tok in relcl.subtree:
        partner = RECIPROCAL_PRONOUNS.get(tok.lower_)
        if partner is None or tok.dep_ not in ("dobj", "pobj"):
            continue
        if not any(c.lower_ == partner for c in children_of(tok)):
            continue
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i == relcl.i:
            return True
    return False
