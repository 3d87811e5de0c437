"""The ``trim_entities`` component: entity spans drawn too wide or too narrow.

``en_core_web_sm`` sometimes swallows a locative phrase into a name ("the National
Penitentiary in Port-au-Prince" as one ORG). Names from the gazetteer are exact and
left alone; a statistical span that contains " in ", " near " or " at " followed by a
capitalised word is cut there, and the place after the preposition becomes its own
entity (GPE), so "X in Y" can be read as two places.

The gazetteer can also draw a name too narrow: "Sudan" inside "the Sudan Shield Forces"
or "the Sudan Liberation Movement". A state or place match followed at once by
capitalised words ending in an organisation's head noun becomes one new ORG entity.

NER also stops short before a place that ends a body's name: "the Movement for the Rebirth"
| "of Cameroon" (the gazetteer claimed "Cameroon"). A name that begins with a body's head
word and runs through capitalised and function words up to "of <place>" takes the place
back in. And a place name the parse joins to the next capitalised word ("Tal" compound of
"Abyad") is one name, "Tal Abyad".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple

from spacy.attrs import DEP, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflictkg.graph.lemmas import all_lemmas, past_only, verb_form_tag
from conflictkg.graph.model import normalize_name
from conflictkg.graph.segment import BULLETS, TIME_STAMP, doc_text
from conflictkg.graph.dates import MONTHS, SEASONS, WEEKDAYS
from conflictkg.graph.lexicon import GENRE_LABELS, LANGUAGE_NAMES, WEAPON_MODEL_NAMES, BARE_INFINITIVE_VERBS, SPEAKER_ACT_VERBS, TIME_ZONES
from conflictkg.graph.lexicon import MISTAGGED_SUPPORT_FIRSTS, MISTAGGED_SUPPORT_SECONDS, RELATIVE_SUBJECT_FILLERS
from conflictkg.graph.lexicon import LIST_COVERING_QUANTIFIERS, NEGATIVE_QUANTIFIERS, DEMONYM_SUFFIXES
from conflictkg.graph.lexicon import COMPANION_PREPOSITIONS, MEMBER_BODY_GLOSS_NOUNS, BLOC_GLOSS_NOUNS, MEMBER_STATE_NOUNS, MEMBERSHIP_CLAUSE_VERBS, BLOC_NAME_HEADS, PAIR_PRONOUNS
from conflictkg.graph.lexicon import FINDING_VERBS, SANCTIONING_VERBS, WRONGDOER_NOUNS
from conflictkg.graph.lexicon import APPRAISING_VERBS, DEAL_NOUNS, TALK_NOUNS
from conflictkg.graph.lexicon import SET_NUMBERS, IRREALIS_MODIFIERS
from conflictkg.graph.lexicon import LEADER_TITLES, MEMBER_TITLES, TIME_POINT_NOUNS, IGO_ORGAN_NOUNS, SUBJECT_PRONOUNS, POINT_IN_TIME_ADVERBS
from conflictkg.graph.lexicon import OPENING_SUBORDINATORS, PERFECT_ADVERBS_READ_AS_PREPOSITIONS, PERFECT_TIME_PREPOSITIONS, PLACE_ONLY_OF_NOUNS
from conflictkg.graph.lexicon import COLLECTIVE_OFFICE_TITLES, MANNER_PHRASE_NOUNS, MERIT_VERBS
from conflictkg.graph.lexicon import CAPTIVE_PERSON_NOUNS, PERSON_ROLE_NOUNS, UNNAMED_PERSON_NOUNS
from conflictkg.graph.lexicon import SURFACE_LANDFORMS
from conflictkg.graph.lexicon import COMMUNITY_BAND_PEOPLES, REBEL_NOUNS, FORCE_NOUNS, GIVEN_NAMES, GOVERNMENT_NOUNS, GROUP_NOUNS, PLACE_COORDINATORS, REGION_NOUNS, SETTLEMENT_NOUNS, example_marker
from conflictkg.graph.lexicon import MINISTER_TITLES, HONORIFICS, PORTFOLIO_WORDS, NAME_OPENING_TITLES, COUNTED_BLOC_NAMES
from conflictkg.graph.lexicon import UNIT_KIND_NOUNS, PLACE_PART_NOUNS, PART_PLACE_PREPOSITIONS, REPORT_MEDIUM_NOUNS, PROPOSITION_DENYING_VERBS
from conflictkg.graph.lexicon import ADJECTIVAL_PARTICIPLES, APPOINTING_VERBS, HEADING_VERBS, ORDINAL_WORDS
from conflictkg.graph.lexicon import STATE_NAME_EPITHETS, STATE_NAME_HEADS, NAME_FIRST_HEADS, NAME_FIRST_OF_HEADS, BAND_NAME_HEADS, ARMED_NAME_OPENERS, NAME_ARTICLE_PREFIXES, ACRONYM_NAME_CONNECTORS, NAMING_PLACE_NOUNS, PLACE_PREPOSITIONS, VERB_FRAMES, COMPASS_ADJECTIVES, COMPASS_WORDS, FACILITY_TYPES, GUARDED_POST_MODIFIERS, NAME_CONNECTORS, NAME_OF_HEADS, ORGANIZATION_NAME_HEADS, GROUP_NAME_HEADS, PERSON_TITLES, SELF_RULE_HEADS
from conflictkg.graph.lexicon import NAME_PARTICLES, PLACE_DESIGNATORS, PLACE_KIND_PHRASES, COMPANY_NAME_HEADS
from conflictkg.graph.lexicon import CONDEMN_VERBS, LABELLING_VERBS
from conflictkg.graph.lexicon import ANAPHORS, OTHER_REFERENT_MODIFIERS, CREED_WORDS, MINISTRY_HEADS, ORGANIZATION_KIND_NOUNS, ARMED_KIND_NOUNS, PERSON_NAMED_UNIT_NOUNS, SPEECH_VERBS, ATTACK_NOUNS, TARGET_PREPOSITIONS
from conflictkg.graph.lexicon import STANCE_PREFIXES, OPPOSING_PREFIXES, PERSON_RELATIVES, GIVING_VERBS, SUPPORT_GOODS, CLAIM_NOUNS, ALLEGATION_NOUNS, DENYING_VERBS
from conflictkg.graph.lexicon import NAMING_VERBS, NAME_ENDING_TITLES, TWO_WORD_LEADER_TITLES, FACILITY_NAME_HEADS, ORGANIZATION_BODY_HEADS, SAYING_VERBS, TIME_ADVERBS, TIME_UNITS
from conflictkg.graph.lexicon import FRONTIER_POST_MODIFIERS, ROMANCE_NAME_CONNECTORS, HEDGED_MODIFIERS, ACCUSATION_VERBS, RAISING_VERBS, BETWEEN_NOUNS
from conflictkg.graph.lexicon import PLACE_NOUNS, POINT_PREPOSITIONS, ACCORD_DOCUMENT_HEADS, PLACE_OBJECT_VERBS, PLACE_ENTERING_VERBS, DRIVING_OUT_VERBS, PLACE_EDGE_NOUNS

__all__ = ["trim_entities", "repair_arguments", "compass_prefix", "ordinal_figure"]

_PROPN_ID = _POS_IDS["PROPN"]


def compass_prefix(tok: Token) -> bool:
    """A capitalised compass word that is part of the place name after it ("South Georgia", "Western Tigray");
    an adjective opening a sentence is only a direction ("Northern Syria was shelled")."""
    if not tok.text[:1].isupper():
        return False
    return tok.lower_ in COMPASS_WORDS or (tok.lower_ in COMPASS_ADJECTIVES and not tok.is_sent_start)

_CUT = {"in", "near", "at", "outside"}
_GROUP_HEADS = GROUP_NOUNS | FORCE_NOUNS
_GENERIC_HEADS = GOVERNMENT_NOUNS | FORCE_NOUNS | IGO_ORGAN_NOUNS  # "the Government" (of Haiti), "the Army": no name alone
_CUT_ENDS = _CUT | {"the", "of", "and", "between"}  # (unions made once, not at every entity or token)
_NAME_HEAD_WORDS = NAME_OF_HEADS | SELF_RULE_HEADS
_PLACE_LABELS = {"STATE", "LOCATION", "GPE", "LOC"}
# the nouns of places a text may describe side by side ("the port of A and the town of B"; near54)
_PARALLEL_PLACE_NOUNS = PLACE_NOUNS | FACILITY_TYPES | SETTLEMENT_NOUNS


def _date_before_dash(ent: Span) -> Span:
    """A chronology entry's date, without what follows the dash that sets it off ("April 2024 - Russian
    peacekeepers begin leaving X": NER's date runs on over the dash into "Russian", which hides the people): a date
    or time ends at a dash spaced on both sides."""
    if ent.label_ not in ("DATE", "TIME"):
        return ent
    dash = next((t for t in ent[1:] if t.text in ("-", "–", "—") and t.whitespace_
                 and ent.doc[t.i - 1].whitespace_), None)
    return ent if dash is None else Span(ent.doc, ent.start, dash.i, label=ent.label_)


def _opens_two_word_title(ent: Span) -> bool:
    """Whether a one-word name no gazetteer entry holds is the first word of a two-word leader title whose second
    word follows it ("an adviser to Supreme Leader N", NER reading "Supreme" as a body): the title, not a name."""
    doc = ent.doc
    return not ent.ent_id_ and len(ent) == 1 and ent.end < len(doc) \
        and f"{ent[0].lower_} {doc[ent.end].lower_}" in TWO_WORD_LEADER_TITLES


_ORDINAL = re.compile(r"\d+(st|nd|rd|th)$")


def ordinal_figure(word: str) -> bool:
    """Whether ``word`` is an ordinal written in figures: "3rd", "101st" (not "Fourth": words are a word class's).

    >>> ordinal_figure("101st"), ordinal_figure("Fourth")
    (True, False)
    """
    return bool(_ORDINAL.match(word.lower()))


def _numbered_unit_after_demonym(ent: Span) -> Span:
    """"elements of the Russian 2nd Combined Arms Army": NER may take the people's adjective (and its article) into
    the name of a numbered unit, which is "2nd Combined Arms Army" as it reads without them; the demonym says whose
    it is, as it does when NER leaves it out. NER may also leave the unit's number out ("the Ethiopian 24th |
    Mechanized Division"): an ordinal no other name holds, just before, is the name's first word."""
    doc = ent.doc
    if not ent.ent_id_ and ent.label_ == "ORG" and ent.start > 0 and ordinal_figure(doc[ent.start - 1].text) \
            and not doc[ent.start - 1].ent_type_ and ent[0].text[:1].isupper():
        return Span(doc, ent.start - 1, ent.end, label="ORG")
    start = ent.start + (ent[0].pos_ == "DET")
    if ent.ent_id_ or ent.label_ not in ("ORG", "NORP") or ent.end - start < 3:
        return ent
    demonym, number = ent.doc[start], ent.doc[start + 1]
    if not (demonym.text[:1].isupper() and (demonym.tag_ == "JJ" or demonym.lower_.endswith(DEMONYM_SUFFIXES)))\
            or not ordinal_figure(number.text):
        return ent
    return Span(ent.doc, start + 1, ent.end, label="ORG")


@Language.component("trim_entities", requires=["doc.ents"], assigns=["doc.ents"])
def trim_entities(doc: Doc) -> Doc:
    ents = []
    changed = False
    spans = _widen(doc)
    # (the name repairs look up word positions; no repair changes a word)
    before, _WORD_INDEX[0] = _WORD_INDEX[0], _WordIndex(doc)
    try:
        for repair in _NAME_REPAIRS:  # (in this order: each reads the names the ones before it left)
            spans = repair(doc, spans)
    finally:
        _WORD_INDEX[0] = before
    for ent in spans:
        speaker = _speaker_after_comma(ent)
        if speaker is not None:  # "sent advisers to the Legion, Moravi said": a body, then the one who speaks
            ents.append(Span(doc, ent.start, speaker.start - 1, label=ent.label_))
            ent, changed = speaker, True
        person = _person_before_time(ent)
        if person is not None:
            ent, changed = person, True
        if (unlabelled := _without_outline_label(ent)) is not ent:
            ent, changed = unlabelled, True
        untimed = _without_time_stamp(ent)
        if untimed is not ent:
            changed = True
            if untimed is None:
                continue
            ent = untimed
        if not ent.ent_id_ and ent.label_ in _NAME_LABELS and any(t.is_alpha and t.is_lower for t in ent) \
                and all(t.is_lower or t.pos_ == "DET" or not t.is_alpha for t in ent) \
                and not any(ordinal_figure(t.text) for t in ent):  # (a number names: "the 18th front")
            changed = True  # "pulled back from the west bank of the Dnipro" (NER: a place): no name is all lower case
            continue
        if (dated := _date_before_dash(ent)) is not ent:
            ent, changed = dated, True
        if ent.label_ in ("DATE", "TIME") and ent[-1].pos_ in ("DET", "ADP", "CCONJ"):
            changed = True  # "at the end of a three-week push": NER's "the end of a" is no date, and hides the phrase
            continue
        if ent.label_ in ("DATE", "TIME") and len(ent) > 2 and ent[0].pos_ == "DET" and ent[1].pos_ == "NOUN" \
                and ent[1].lemma_.lower() in ANAPHORS:
            ent = Span(doc, ent.start + 2, ent.end, label=ent.label_)  # "took the mosque days later": no date's noun
            changed = True
        if ent.label_ in _NON_ACTOR_LABELS and _party_to_conflict(ent):
            ent = Span(doc, ent.start, ent.end, label="GPE" if ent[0].dep_ == "pobj" else "ORG")
            changed = True  # "Troops from Vosgary attacked X" (NER: a date), "Marlin rebels seized Y" (a product)
        if not ent.ent_id_ and ent.start > 0 and doc[ent.start - 1].morph.get("Definite") == ["Ind"] \
                and ent[-1].is_lower and ent[-1].lemma_ in _GROUP_HEADS:
            changed = True  # "X, a Tarn militia,": a description of a body named elsewhere, not a name
            continue
        if ent.label_ in ("NORP", "PERSON", "ORG") and not ent.ent_id_ and len(ent) > 1 \
                and (ent[0].tag_ == "JJ" or ent[0].lower_.endswith(DEMONYM_SUFFIXES)) \
                and ent[0].text[:1].isupper() and not ent[0].like_num and any(
                ch.isdigit() for t in ent[1:] for ch in t.text) and all("-" in t.text for t in ent[1:]):
            ent = Span(doc, ent.start, ent.start + 1, label="NORP")  # "Russian Su-24": the people, then a model
            changed = True
        if _people_word_read_as_person(ent):
            ent, changed = Span(doc, ent.start, ent.end, label="NORP"), True
        if (unit := _numbered_unit_after_demonym(ent)) is not ent:
            ent, changed = unit, True
        if ent.label_ == "NORP" and not ent.ent_id_ and len(ent) == 1 and ent[0].lower_ in ANAPHORS \
                and ent[0].dep_ not in ("amod", "compound") and ent.start > 0 and doc[ent.start - 1].pos_ == "DET":
            changed = True  # "the Islamists" (capitalised): a description that refers back, not a people
            continue
        if not ent.ent_id_ and ent.text.lower() in LANGUAGE_NAMES:
            changed = True  # "translated from Swahili", "a statement in Tamasheq": a language, no place nor body
            continue
        if _names_a_document(ent):
            ent, changed = Span(doc, ent.start, ent.end, label="LAW"), True  # "the Tarn Accord signed with X": no actor
        if not ent.ent_id_ and ent.text.lower() in WEAPON_MODEL_NAMES:
            changed = True  # "Mirage fighters bombed X", "Bayraktar drones hit Y": a machine's name, not who flies it
            continue
        if not ent.ent_id_ and ent.text.lower() in GENRE_LABELS and ent.end < len(doc) and doc[ent.end].text == ":" \
                and (ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws):
            changed = True  # "Explainer: who runs northern Mali": the kind of article, no actor
            continue
        if not ent.ent_id_ and ent.label_ in _NAME_LABELS and len(ent) == 1 and ent[0].is_sent_start \
                and ent[0].pos_ == "NOUN" and ent[0].is_title and all_lemmas(ent[0].lower_):
            changed = True  # "Groups fighting X include Y": a common noun capitalised only to open the sentence
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "PERSON" and not ent.ent_id_ and before is not None and before.pos_ == "PROPN" \
                and not before.ent_type_ and before.is_title and before.lower_ in GIVEN_NAMES \
                and not any(e.start <= before.i < e.end for e in ents):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Ana Morev", NER reading only "Morev"
            changed = True
        elif ent.label_ == "PERSON" and not ent.ent_id_ and before is not None and before.pos_ == "PROPN" \
                and not before.ent_type_ and before.is_title and before.text.isalpha() and not all_lemmas(before.lower_) \
                and before.dep_ == "compound" and ent.start <= before.head.i < ent.end and not before.is_sent_start \
                and doc[before.i - 1].is_punct and not any(e.start <= before.i < e.end for e in ents) \
                and before.lower_ not in PERSON_TITLES | HONORIFICS:
            # "its leader, Abdiwali Gedi Farah,": a capitalised word no dictionary knows, opening the name after a
            # comma, is the first name NER left out (never a word of English: "Spokesman", "General"; nor a rank
            # the dictionary lacks: "its chief of staff, Brigadier N," is N)
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
            changed = True
        if ent.label_ == "PERSON" and not ent.ent_id_ and len(ent) == 1 and len(ent.text) >= 4 and ent.text.isalpha() \
                and ent.text.isupper() and not ent[0].is_sent_start:
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "known as AMIMER": an acronym inside a sentence, no person
            changed = True
        if ent.label_ == "PERSON" and not ent.ent_id_ and ent[-1].lower_ in NAME_ENDING_TITLES:
            changed = True  # "Azerbaijani President" is a title, not a name
            continue
        if _opens_two_word_title(ent):
            changed = True  # "Supreme Leader N": the title's first word, not a body's name
            continue
        if not ent.ent_id_ and _office_title(ent) in COLLECTIVE_OFFICE_TITLES:
            changed = True  # "The Heads of State of the EAC condemned ...": a summit's office holders, no name
            continue
        words = [t for t in ent if t.pos_ != "DET"]
        while len(words) > 3 and words[-1].lower_ == "of":
            words = words[:-1]  # ("the Minister of Foreign Affairs of": NER ran on to the state's "of")
        if ent.label_ in ("PERSON", "ORG") and not ent.ent_id_ and 3 <= len(words) <= 4 and words[0].lower_ in PERSON_TITLES \
                and words[1].lower_ == "of" and not any(t.lower_ in GIVEN_NAMES for t in words[2:]):
            # "the Head of Mission", "Chief of Staff": a title, not a name (nor a body's, as NER may read it: fresh41d)
            changed = True
            continue
        if not ent.ent_id_ and ent.label_ in ("ORG", "NORP", "GPE") and all(  # (NER's span may end on "of")
                t.pos_ == "DET" or t.lower_ in _GENERIC_HEADS or t.lower_ in _CUT_ENDS
                for t in ent) and any(t.lower_ in _GENERIC_HEADS for t in ent):
            changed = True  # "the Government" (of Haiti), "the Army": a generic head, read through its phrase
            continue
        if ent.label_ == "PERSON" and not ent.ent_id_ and (any(
                t.text[:1].isupper() and t.lower_ in _NAME_HEAD_WORDS for t in ent)
                or (len(ent) > 1 and ent[-1].text in ORGANIZATION_NAME_HEADS)):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "X Republic of Y", "the Z Front", "Civic Watch": no person
            changed = True
        if ent.label_ in ("NORP", "GPE", "LOC") and not ent.ent_id_ and _leader_nom_de_guerre(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "led by a commander known as Tavish": a person
            changed = True
        if ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC") and not ent.ent_id_ and _given_named(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Halima Kesse", "Mamadou Traore": a person
            changed = True
        if ent.label_ in ("PERSON", "FAC", "LOC", "GPE") and not ent.ent_id_ and len(ent) > 1 \
                and ent[-1].text in GROUP_NAME_HEADS and _capitalised_before_head(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "the Tihama Brigades" is neither a person nor a site
            changed = True
        if ent.label_ in _NON_ACTOR_LABELS and not ent.ent_id_ and _body_named_as_work(ent):
            ent = _body_named_as_work(ent)  # "The Vell Brigades" read as a title, "the Dawn Coalition" as a law
            changed = True
        elif ent.label_ == "ORG" and _without_members(ent):
            ent = _without_members(ent)
            changed = True
        paren = next((t.i for t in ent if t.text in "()[]"), None)
        if paren is not None:  # "Eastern Front for Justice (EFJ": a name never holds a bracket
            changed = True
            if paren == ent.start:
                continue
            ent = Span(doc, ent.start, paren, label=ent.label_)
        cut = None
        while not ent.ent_id_ and len(ent) > 1 and ent[-1].lower_ in _CUT_ENDS:
            # "the National Penitentiary in"; "The Ministry of Interior of the" before a state's formal name the
            # gazetteer took (typ58): every word a name never ends on
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
            changed = True
        if not ent.ent_id_ and len(ent) > 1 and ((ent.label_ == "ORG" and ent[-1].text in FACILITY_NAME_HEADS) or (
                ent.label_ == "PERSON" and ent[0].lower_ not in GIVEN_NAMES and ent[-1].is_title
                and ent[-1].lower_ in FACILITY_TYPES)):  # ("the Kessan Wharf": no person either)
            ent = Span(doc, ent.start, ent.end, label="FAC")  # "the National Penitentiary": a place, not a body
            changed = True
        if not ent.ent_id_ and not (ent.label_ == "ORG" and (_spelled(doc, ent.start, ent.end)
                                                            or _abbreviated(doc, ent.start, ent.end))):  # "... in Liberia (MODEL)"
            for tok in ent[1:-1]:
                if tok.lower_ in _CUT and doc[tok.i + 1].text[:1].isupper():
                    cut = tok.i
                    break
        if cut is None:
            ents.append(_with_qualifier(doc, ent))
            continue
        changed = True
        ents.append(Span(doc, ent.start, cut, label=ent.label_))
        ents.append(Span(doc, cut + 1, ent.end, label="GPE"))
    kept: list[Span] = []
    for ent in ents:  # a name that took in its bracketed qualifier covers the qualifier's own entity
        if not kept or ent.start >= kept[-1].end:
            kept.append(ent)
    changed = changed or len(kept) != len(ents) or any(e.end != o.end for e, o in zip(kept, doc.ents))
    ents = kept
    if changed or ents != list(doc.ents):
        doc.ents = ents
        for ent in ents:  # a widened span is no longer the gazetteer's entry
            if ent.label_ in ("ORG", "FAC") and any(t.ent_id_ for t in ent):
                for tok in ent:
                    tok.ent_id_ = ""
    return doc


# NER labels of a proper name (a gazetteer match carries its own id and is not judged by these)
_NAME_LABELS = {"GPE", "LOC", "ORG", "NORP", "PERSON", "FAC"}
_NON_ACTOR_LABELS = {"DATE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}


def _capitalised_before_head(ent: Span) -> bool:
    """Whether the word before a name's last word is capitalised, past a possessive ("the Sarn People's Army", "the
    Workers' Front": the owner word before the "'s" is the name's)."""
    before = ent[-2]
    if before.tag_ == "POS" and len(ent) > 2:
        before = ent[-3]
    return before.text[:1].isupper()


def _party_to_conflict(ent: Span) -> bool:
    """Whether a one-word name NER labelled a date, a product or a work is a party to a conflict verb: the
    subject or object of a verb that signals a relation ("Vosgary shelled X", "X accused Vosgary"), the owner of
    the forces that are ("Vosgary forces attacked X", "Marlin rebels seized Y"), or the place they come from
    ("troops from Vosgary attacked X"). A capitalised word that is no month, weekday or season nor any common
    word; never the object of a preposition of time ("on Sunday", "during Ramadan" are left to NER)."""
    if len(ent) != 1 or ent.ent_id_:
        return False
    tok = ent[0]
    lower = tok.lower_
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper() or lower in MONTHS or lower in WEEKDAYS \
            or lower in SEASONS or all_lemmas(lower):
        return False
    head = tok.head
    if tok.dep_ in ("compound", "amod", "nmod") and {head.lemma_.lower(), head.lower_} & (_GROUP_HEADS | REBEL_NOUNS) and head.i > tok.i:
        tok = head  # "Vosgary forces", "Marlin rebels": the forces are the party
    elif tok.dep_ == "pobj" and head.lower_ == "from" and {head.head.lemma_.lower(), head.head.lower_} & (_GROUP_HEADS | REBEL_NOUNS):
        tok = head.head  # "troops from Vosgary"
    elif tok.dep_ not in ("nsubj", "dobj"):
        return False
    verb = tok.head
    return tok.dep_ in ("nsubj", "dobj") and verb.pos_ == "VERB" and verb.lemma_ in VERB_FRAMES


def _possessed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """"The Ashan Front's Kel Otta said ...", NER reading one name: a body's name (ending in its head word), its
    possessive, then a person's shape (two to four capitalised words) are the body and its man."""
    out = []
    for ent in ents:
        k = next((t.i for t in ent if t.lower_ in ("'s", "’s")), None)
        if k is None or ent.ent_id_ or k - ent.start < 2 or doc[k - 1].text not in _ANY_BODY_NAME_HEADS \
                or not _person_shaped(doc[k + 1:ent.end]):
            out.append(ent)
            continue
        out += [Span(doc, ent.start, k, label="ORG"), Span(doc, k + 1, ent.end, label="PERSON")]
    return out


_DOCUMENT_MISLABELS = {"WORK_OF_ART", "PRODUCT", "EVENT"}


def _names_a_document(ent: Span) -> bool:
    """"the Northern Corridor Agreement", "the Blue River Treaty": a name NER took for a body, a place, a work, a
    product or an event (``_DOCUMENT_MISLABELS``: "signed the Tarn Accord, mediated by C" is a deal) whose last,
    capitalised word names a signed document (``accord_document_heads``) names no actor, so that nothing is read of
    it as a party ("the X Agreement signed with Y" is no deal between X and Y). A gazetteer entry keeps its type."""
    return not ent.ent_id_ and ent.label_ in _NAME_LABELS | _DOCUMENT_MISLABELS and len(ent) > 1 \
        and ent[-1].is_title and ent[-1].lower_ in ACCORD_DOCUMENT_HEADS and not _glossed_as_bloc(ent)


def _blocs_named_by_their_members(doc: Doc, ents: list[Span]) -> list[Span]:
    """w56c: "the Tasman Compact's member states, A and B", "the Amber Group's members, A, B and C": two or more
    capitalised words after "the" whose possessive owns members or member states (``MEMBER_STATE_NOUNS``) are
    a body's name, though NER saw none there. Not a name the gazetteer knows whole, nor a person's ("the
    President's members" is no name)."""
    out = ents
    for i in _positions(doc, LOWER, ("'s", "’s")):
        owner = doc[i - 1] if i > 0 else None
        if owner is None or doc[i].dep_ != "case" or owner.dep_ != "poss" or not _owns_members(owner.head):
            continue
        start = i
        while start > 0 and doc[start - 1].is_title and _letters(doc[start - 1].text) and doc[start - 1].lower_ != "the":
            start -= 1
        if i - start < 2 or start == 0 or doc[start - 1].lower_ != "the":
            continue
        inside = [e for e in out if e.start < i and e.end > start]
        if any(e.start < start - 1 or e.end > i or e.ent_id_ and e.label_ not in ("LOCATION", "GPE", "LOC")
               or e.label_ in ("PERSON", "ORG") for e in inside) or all(doc[k].ent_id_ for k in range(start, i)):
            continue
        out = sorted([e for e in out if e not in inside] + [Span(doc, start, i, label="ORG")], key=lambda e: e.start)
    return out


def _blocs_named_by_their_count(doc: Doc, ents: list[Span]) -> list[Span]:
    """typ57: "the so-called Quartet of A, B, C and D", "the Troika of A, B and C": a capitalised word that names a bloc
    by how many states it holds (``counted_bloc_names``), after "the" and before "of" and a list of exactly that
    many states, is the bloc's name, though NER saw none there (or took it for another kind of name).

    >>> [e.text for e in nlp("The Quartet of Chad, Mali, Niger and Benin met.").ents]  # doctest: +SKIP
    ['Quartet', 'Chad', 'Mali', 'Niger', 'Benin']
    """
    out = ents
    for i in _positions(doc, LOWER, tuple(COUNTED_BLOC_NAMES), end=len(doc) - 2):
        tok = doc[i]
        if not tok.is_title or i == 0 or doc[i - 1].lower_ not in ("the", "called") or doc[i + 1].lower_ != "of" \
                or _listed_states(doc[i + 1]) != COUNTED_BLOC_NAMES[tok.lower_]:
            continue
        inside = [e for e in out if e.start <= i < e.end]
        if any(e.ent_id_ or e.start < i - 1 or e.end > i + 2 for e in inside):
            continue  # (a name the gazetteer knows, or NER's longer one: "the Middle East Quartet"; "the Quartet of" is cut)
        out = sorted([e for e in out if e not in inside] + [Span(doc, i, i + 1, label="ORG")], key=lambda e: e.start)
    return out


def _listed_states(of: Token) -> int:
    """How many states an of-phrase lists ("of A, B and C": 3), if every name in it is one; else 0."""
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if of.dep_ != "prep" or len(objects) != 1:
        return 0
    names = [objects[0], *(t for t in objects[0].subtree if t.dep_ == "conj")]
    return len(names) if all(t.ent_type_ in ("GPE", "STATE") for t in names) else 0


def _owns_members(noun: Token) -> bool:
    """Whether a possessed noun names members ("its members", "its founding members") or member states ("its
    member states", "its member countries")."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return False
    return noun.lemma_.lower() == "member" or noun.lemma_.lower() in MEMBER_STATE_NOUNS and any(
        c.dep_ == "compound" and c.lower_ == "member" for c in noun.children)


def _glossed_as_bloc(ent: Span) -> bool:
    """Whether a name is set off by a comma before a gloss of a bloc in apposition to it ("the Andes Pact, an
    alliance of A and B": ``BLOC_GLOSS_NOUNS``), which says it names a body, whatever its last word."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    return any(t.dep_ == "appos" and t.pos_ == "NOUN" and t.lower_ in BLOC_GLOSS_NOUNS and t.left_edge.i == ent.end + 1
               for t in ent.root.children)


def _body_named_as_work(ent: Span) -> Span | None:
    """A name NER took for a work, a law, a product or an event that ends in a body's capitalised head word
    after another capitalised word ("The Vell Brigades", "the Dawn Coalition"): the body's name, as an
    organisation; a plural common noun and "of the" opening it ("Fighters of the Tarn Front") are no part of
    the name. None for anything else."""
    words = [t for t in ent if t.is_alpha or "-" in t.text]
    if len(words) < 2 or ent[-1].text not in ORGANIZATION_BODY_HEADS | GROUP_NAME_HEADS \
            or not ent[-2].text[:1].isupper() or any(t.like_num for t in ent):
        return None
    return _without_members(ent) or Span(ent.doc, ent.start, ent.end, label="ORG")


def _without_members(ent: Span) -> Span | None:
    """"Fighters of the Tarn Front", "Members of the Dawn Movement" read as one name: the fighters are the body's,
    the name is the body's (a plural noun of fighters or members and "of the" are no part of it); else None."""
    if len(ent) < 5 or ent.ent_id_ or ent[1].lower_ != "of" or ent[2].lower_ != "the" \
            or ent[0].lower_ not in _GROUP_HEADS | REBEL_NOUNS or ent[-1].text not in ORGANIZATION_BODY_HEADS | GROUP_NAME_HEADS:
        return None
    return Span(ent.doc, ent.start + 3, ent.end, label="ORG")


def _surnames_read_as_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Jonas Savimbi founded UNITA ... would not talk to Savimbi again", "Ibrahim Traoré ... Traore's government": a
    one-word "organisation" or "place" NER found after the text named a person in full with that last name (folded),
    and that the gazetteer does not know, is that person."""
    first: dict[str, int] = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            first.setdefault(normalize_name(e[-1].text), e.start)
    if not first:
        return ents
    out = []
    for ent in ents:
        if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) == 1 and not ent.ent_id_ and ent[0].pos_ == "PROPN" \
                and ent[0].text[:1].isupper() and first.get(normalize_name(ent[0].text), ent.start) < ent.start:
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


_SURNAMED_BODY_LABELS = ("ARMED_GROUP", "ORG", "ORGANIZATION", "IGO")


def _gazetteer_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the foreign minister, Anna Maria Wagner, signed ...", "Nadia Kolbe Hamas said": a one-word body the gazetteer
    knows, written right after capitalised proper nouns that the parser hangs on it as its compounds, is a person's
    last name, not the body, where those words are two or more, or one is a given name (``given_names``) or a person
    NER found (talk48). The words before it are then the person's own; no other name of the gazetteer's is among them."""
    out = list(ents)
    for ent in ents:
        if len(ent) != 1 or not ent.ent_id_ or ent.label_ not in _SURNAMED_BODY_LABELS or ent.start == 0:
            continue
        body = ent[0]
        start = ent.start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and all(w.isalpha() and w[:1].isupper() for w in doc[start - 1].text.split()) \
                and ent.start >= doc[start - 1].head.i >= start:
            start -= 1  # (a word, or given names NER merged into one token: "Klaus Dieter")
        if start == ent.start or body.dep_ == "compound":
            continue
        words = [w for t in doc[start:ent.start] for w in t.text.split()]
        before = [e for e in out if e.start < ent.start and e.end > start]
        if any(e.ent_id_ or e.label_ not in ("PERSON", "NORP", "ORG") or e.start < start for e in before):
            continue
        if not (len(words) >= 2 or words[0].lower() in GIVEN_NAMES or any(e.label_ == "PERSON" for e in before)):
            continue
        gone = {(e.start, e.end) for e in before} | {(ent.start, ent.end)}
        out = [e for e in out if (e.start, e.end) not in gone] + [Span(doc, start, ent.end, label="PERSON")]
        out.sort(key=lambda e: e.start)
    return out


def _coordinated_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the towns of Kessa and Mornu", "fighting in Dolba, Tarik and Mornu": NER may read places listed with
    commas and "and" as one name. A name no gazetteer entry holds, typed a place or named after a plural noun
    of places, made of short capitalised names none of which ends as a body's name does, is one place each."""
    out = []
    for ent in ents:
        plural = _agrees_in_plural(ent)
        end = ent.end - 1 if plural and len(ent) > 2 and (ent[-1].lower_ in PLACE_COORDINATORS or ent[-1].text == ",") \
            else ent.end  # ("Tolvath, Korvany and" before the list's last name: the "and" is no name's)
        joins = [t.i for t in doc[ent.start + 1:end - 1] if t.lower_ in PLACE_COORDINATORS or t.text == ","]
        edges = [ent.start - 1, *joins, end]
        parts = [doc[a + 1:b] for a, b in zip(edges, edges[1:])]
        before = doc[ent.start - 2:ent.start] if ent.start >= 2 else None
        listed = before is not None and before[1].lower_ == "of" and before[0].tag_ == "NNS" \
            and before[0].lemma_.lower() in SETTLEMENT_NOUNS | REGION_NOUNS or _listed_beside_place(ent, ents)
        if not joins or ent.ent_id_ or not (ent.label_ in ("GPE", "LOC") or listed or plural) or not all(
                0 < len(part) <= 2 and all(t.is_title for t in part) and part[-1].text not in ORGANIZATION_NAME_HEADS
                and part[-1].text not in GROUP_NAME_HEADS for part in parts):
            out.append(ent)
            continue
        label = "GPE" if ent.label_ in ("GPE", "LOC") or listed else ent.label_  # (a body's list stays bodies)
        out += [Span(doc, part.start, part.end, label=label) for part in parts]
    return out


def _listed_beside_place(ent: Span, ents: list[Span]) -> bool:
    """typ58: "air bases at Sargodha, Jacobabad and Bholari", "retook Minembwe, Bijombo and Mikenge": NER may
    read two names of a list of places as one body's or work's name. A name coordinated with a place that is no
    state's (one NER typed a place, or a gazetteer location) is listed with places ("Hamas, Hezbollah and Syria"
    lists a state: no sign the others are places)."""
    if ent.label_ == "PERSON":
        return False
    places = {t.i for e in ents if e.label_ in ("GPE", "LOC", "LOCATION") and (e.start, e.end) != (ent.start, ent.end)
              for t in e}
    return any(t.i in places for t in ent.root.conjuncts if not ent.start <= t.i < ent.end)


def _portfolio_state_name(doc: Doc, title: int) -> int | None:
    """Where the state's one-word name stands after a capitalised minister's title and its portfolio ("Minister of
    Defence of X", "Minister of the Interior of X", "Secretary of Foreign Affairs of X"): after "of", the portfolio's
    capitalised words (one a ``portfolio_words`` word: "Minister of State" names a portfolio too), then "of". None
    where the words after the title are no portfolio or no one capitalised word follows it ("of the X Republic")."""
    i = title + 1
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    start = i
    while i < len(doc) and (doc[i].is_title or (i > start and doc[i].lower_ == "and")) and doc[i].is_alpha:
        i += 1
    portfolio = doc[start:i]
    if not 1 <= len(portfolio) <= 3 or not all(t.lower_ in PORTFOLIO_WORDS for t in portfolio) \
            or i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    name = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    if not (name.is_title and name.is_alpha and len(name) > 2) or (after is not None and after.is_title and after.is_alpha):
        return None
    return name.i


def titled_portfolio_of(tok: Token) -> bool:
    """Whether a name stands where ``_portfolio_state_name`` finds a state's ("the Minister of Defence of X")."""
    doc = tok.doc
    return any(doc[j].lower_ in MINISTER_TITLES and doc[j].is_title and _portfolio_state_name(doc, j) == tok.i
               for j in range(max(0, tok.i - 8), tok.i))


def _states_owning_portfolios(doc: Doc, ents: list[Span]) -> list[Span]:
    """typ58: "the Minister of Defence of Kessaria, Tomas Varga", "met the Minister of the Interior of Ruvonia": a
    capitalised minister's title with its portfolio is a state's, and the one capitalised word after it that
    state's name, whatever NER made of the phrase (nothing, "the Interior of X", or a body's name running on to the
    minister's own name, which stays a person's). A name the gazetteer holds keeps its entry."""
    out = list(ents)
    for i in _positions(doc, ORTH, {w.title() for w in MINISTER_TITLES}):
        at = _portfolio_state_name(doc, i)
        if at is None:
            continue
        own = [e for e in out if e.start <= at < e.end]
        if own and (own[0].ent_id_ or own[0].label_ in ("GPE", "STATE", "LOC", "LOCATION") and len(own[0]) == 1):
            continue  # (a known state, or the name NER already read as a place: nothing to mend)
        covering = [e for e in out if e.start < at + 1 and e.end > i]  # (NER's names across the title and the name)
        if any(e.ent_id_ for e in covering):
            continue
        added = [Span(doc, at, at + 1, label="GPE")]
        for e in covering:
            rest = doc[at + 2:e.end] if at + 1 < e.end and doc[at + 1].text == "," else None
            if rest is not None and 2 <= len(rest) <= 4 and all(t.is_title and t.is_alpha for t in rest):
                added.append(Span(doc, rest.start, rest.end, label="PERSON"))  # "..., Lars Brenner": the minister
        out = sorted([e for e in out if e not in covering] + added, key=lambda e: e.start)
    return out


def _agrees_in_plural(ent: Span) -> bool:
    """near57: "the Compact, of which Corvath and Ostrany are both members", "Corvath, Dravany and Tessin have
    joined": a name NER read across "and" or a comma that is the subject of a plural verb ("are", "were", "have")
    names several actors, not one ("Marks and Spencer is a member" agrees in the singular)."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    listed = {root.i, *(t.i for t in root.conjuncts)}
    names = [t for t in ent if t.lower_ not in PLACE_COORDINATORS and t.text != ","]
    if sum(t.i in listed or _first_member_hung_on_of_which(t) is not None for t in names) < 2:
        return False  # ("of which A, B and C are members" parsed with A on "of": the list is not the subject's)
    verb = root.head
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))))


def _first_member_hung_on_of_which(tok: Token) -> Token | None:
    """near57: "the Union, of which Brenn, Pellany and Tessin are members": the parser may hang the list's first
    name on "of" beside "which", as if the Union were "of Brenn". The subject of the relative clause the list's
    next name after a comma is, where ``tok`` is so hung; else None (``_first_member_read_as_of_object`` mends it)."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or not any(
            c.dep_ == "pobj" and c.lower_ in ("which", "whom") and c.i < tok.i for c in of.children):
        return None
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    second = doc[tok.i + 2]
    return second if second.dep_ in ("nsubj", "nsubjpass") and second.head.dep_ == "relcl" else None


def _first_member_read_as_of_object(ent: Span) -> None:
    """"of which Brenn, Pellany and Tessin are members" with Brenn hung on "of": Brenn is the relative clause's
    subject, and the names after it its conjuncts (so that no one reads "members of Brenn")."""
    if len(ent) != 1:
        return
    first = ent[0]
    second = _first_member_hung_on_of_which(first)
    if second is None:
        return
    verb = second.head
    first.head, first.dep_ = verb, second.dep_
    first.doc[first.i + 1].head = first
    second.head, second.dep_ = first, "conj"


def _given_named(ent: Span) -> bool:
    """A name NER gave a body or a place that reads as a person's: two to four capitalised words, the first a
    given name (``given_names``), none a head that names a body, a facility or a group."""
    words = [t for t in ent if t.text not in ("-", "‐")]
    if not 2 <= len(words) <= 4 or words[0].lower_ not in GIVEN_NAMES:
        return False
    return all(t.is_alpha and t.text[:1].isupper() for t in words) and not any(
        t.text in _ANY_BODY_NAME_HEADS or t.text in FACILITY_NAME_HEADS for t in words)


def _stance_prefixes_cut_off(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name NER drew over a capitalised stance prefix opening a sentence ("Pro-Haftar militias shelled X",
    "Anti-Taliban fighters held Y") is no body's: the prefixed word says whom the band sides with or fights, so it
    is read as NER reads its lower-case form ("pro-Turkish": a people's stance, NORP); a span of the prefix alone
    ("Anti-", the name after it NER's own) is none. A prefixed word of English opens a body's own name ("the
    Anti-Terrorism Unit"), and so does a span that is no modifier of a noun after it."""
    out = []
    for ent in ents:
        if not ent.ent_id_ and len(ent) in (2, 3) and ent[1].text == "-" and ent[0].is_title \
                and ent[0].lower_ in STANCE_PREFIXES | OPPOSING_PREFIXES and _modifies_noun_after(ent):
            if len(ent) == 2 and any(e.start == ent.end for e in ents):
                continue
            if len(ent) == 3 and ent[2].is_title and not all_lemmas(ent[2].lower_):
                out.append(Span(doc, ent.start, ent.end, label="NORP"))
                continue
        out.append(ent)
    return out


def _modifies_noun_after(ent: Span) -> bool:
    """Whether the span's words all hang, as modifiers, on a common noun after it ("Pro-Haftar militias")."""
    heads = {t.head.i for t in ent if t.head.i >= ent.end or t.head.i < ent.start}
    return len(heads) == 1 and (head := ent.doc[heads.pop()]).i >= ent.end and head.pos_ == "NOUN" \
        and all(t.dep_ in ("amod", "compound", "nmod", "punct") for t in ent if t.head.i == head.i)


def _places_read_as_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word "person" where a place stands ("attacked Kessa", "fighting near Bria"), whom the text
    never names in full as a person ("Charles Taylor" ... "Taylor"), is a place; so is a capitalised word
    NER left unread as the object of a verb of taking a place ("the rebels captured Nyanzale"). A one-word
    "person" or "organisation" that a place noun names ("the towns of Gao and Kessa", "its strongholds of
    X and Y") is a place too."""
    # (a full name has two words or more: NER's "Zemria -" after a dateline's city is one word and a dash, no name)
    people = {t.lower_ for e in ents if e.label_ == "PERSON" and sum(t.is_alpha for t in e) > 1 for t in e}
    # ("VESK, Zemria - ... attacked Vesk": the places a dateline names are places wherever the text names them)
    datelined = {t.lower_ for a, b in doc._.datelines for t in doc.char_span(a, b, alignment_mode="expand") or ()
                 if t.is_alpha and t.text[:1].isupper()}
    out = []
    for ent in ents:
        tok = ent[0]
        if ent.label_ in ("PERSON", "ORG", "NORP") and len(ent) == 1 and not ent.ent_id_ and tok.lower_ in datelined \
                and tok.lower_ not in people and not any(a <= tok.idx < b for a, b in doc._.datelines):
            out.append(Span(doc, ent.start, ent.end, label="GPE"))
            continue
        if ent.label_ == "ORG" and len(ent) == 1 and not ent.ent_id_ and tok.is_title and not tok.is_upper \
                and (_forces_withdrawn_from(tok) or _entered_by_force(tok) or _driven_out_of(tok) or _lost_to_taker(tok)
                     or _taken_place_antecedent(tok)):
            # "the group withdrew its troops from Mogoke": forces leave a place, where NER read an unknown town as a
            # body (not an acronym: "withdrew its troops from UNAMID" leaves a mission)
            out.append(Span(doc, ent.start, ent.end, label="GPE"))
            continue
        if ent.label_ in _UNPLACED_NAME_LABELS and len(ent) == 1 and not ent.ent_id_ and tok.is_title \
                and tok.lower_ not in people and _place_edge_of(tok):
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "the outskirts of Kessa", whatever NER took it for
            continue
        if ent.label_ == "NORP" and len(ent) == 1 and not ent.ent_id_ and _names_island(tok):
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "held on Tarsa island": no people's island
            continue
        if (ent.label_ in ("PERSON", "ORG") or _named_people(tok, ent.label_)) and len(ent) == 1 \
                and not ent.ent_id_ and tok.lower_ not in people and tok.is_title and _named_by_place_noun(tok):
            start = ent.start  # "the dam at Tarn | Ford": the capitalised word NER left out is the name's
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == tok \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_:
                start -= 1
            ent = Span(ent.doc, start, ent.end, label="GPE")
        # (never an "organisation": "seized X" may name the body whose property was seized)
        # (a "people" NER made of a town's name, "near Andulo", "pulled out of Kessa", is one too)
        if ent.label_ in ("PERSON", "NORP") and len(ent) == 1 and not ent.ent_id_ and tok.lower_ not in people and (
                _place_pobj(tok) or _place_object(tok, ("captures", "withdraws_from")) or _place_passive_subject(tok)
                or _forces_withdrawn_from(tok) or _struck_place_of(tok) or _entered_by_force(tok)
                or _names_region(tok) or _taken_place_antecedent(tok)
                or _listed_with_taken_place(tok)) and (ent.label_ == "PERSON" or (tok.is_title and tok.pos_ == "PROPN")):
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        elif ent.label_ == "PERSON" and 1 < sum(t.is_alpha for t in ent) <= 3 and not ent.ent_id_ and ent[0].lower_ not in GIVEN_NAMES \
                and not _title_before(doc, ent) and _place_pobj(ent.root):
            # "fighting in Bahir Dar", "flown out of Wadi Kel" (not "captured N M": a man is taken as often as a town)
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        elif ent.label_ in ("PERSON", "ORG") and not ent.ent_id_ and (
                _settlement_appositive(ent) or (len(ent) > 1 and _named_by_place_noun(ent.root))
                or (ent.label_ == "PERSON" and _facility_namer(ent))) and _unowned_name(ent, ents):
            # "the Dorvani capital, Sel Amara", "districts such as Cite Lumiere", "the Kolomi military airfield"
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    out = _names_listed_with_places(out, people)
    taken = {i for e in out for i in range(e.start, e.end)}
    dobj = doc.vocab.strings["dobj"]  # (Tokens made only for proper-noun objects)
    pobj = doc.vocab.strings["pobj"]
    tags = doc.to_array([POS, DEP]).tolist()  # (read once for the three passes below: no token changes between them)
    objects = [i for i, (pos, dep) in enumerate(tags) if pos == _PROPN_ID and (dep == dobj or dep == pobj) and i not in taken]
    unread = [Span(doc, t.i, t.i + 1, label="GPE") for t in map(doc.__getitem__, objects)
              if t.is_title and t.is_alpha and not t.is_sent_start
              and ((t.dep_ == "dobj" and (_place_object(t, ("captures",)) or _entered_by_force(t))) or _unread_struck_name(t)
                   or _place_edge_of(t)
                   or (t.dep_ == "pobj" and _named_by_place_noun(t)))  # "the village of X", X unread (plc52)
              and t.lower_ not in people and not any(c.dep_ in ("compound", "amod") for c in t.children)]
    unread += _unread_taken_subjects(doc, taken, people, tags)
    # "seized Kessa and Mornu": a capitalised word NER left unread, joined to a place, is a place
    places = {i for e in out if e.label_ in ("GPE", "LOC") for i in range(e.start, e.end)}
    conj = doc.vocab.strings["conj"]
    for i, (pos, dep) in enumerate(tags):
        if pos == _PROPN_ID and dep == conj and i not in taken and doc[i].head.i in places and doc[i].is_title \
                and doc[i].is_alpha and doc[i].lower_ not in people and not any(c.dep_ == "compound" for c in doc[i].children):
            unread.append(Span(doc, i, i + 1, label="GPE"))
    # "the Soum province", "in Lower Kessa district": the capitalised words NER left unread before a region's
    # kind are the region's name
    for i in _positions(doc, LOWER, REGION_NOUNS):
        if closes_kind_phrase(doc, i):
            continue  # ("Bama Local Government Area": the unit's name is read with its kind)
        start = i
        # ("the Dand Patan district": "Dand" hangs on "Patan", a word of the name, not on the kind)
        while start > 0 and start - 1 not in taken and (
                (_names_region(doc[start - 1]) and doc[start - 1].head.i == i) or (start < i and _opens_name(doc[start - 1], start, i))):
            start -= 1
        if start < i and not any(u.start < i and u.end > start for u in unread):
            # ("in Adamawa State": a kind written with a capital is part of the name, as NER would have read it)
            end = i + 1 if _kind_ends_name(doc[i]) else i
            unread.append(Span(doc, start, end, label="GPE"))
    return sorted(out + unread, key=lambda e: e.start) if unread else out


def _bodies_named_before_kind(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the Mothers of Zepa association", "the Tarn Widows Relief society": two or more capitalised words (joined
    by "of", "the", "and") between "the" and a lower-case noun of an organisation's kind are the organisation's
    name, NER's pieces inside it ("Zepa") given up; a run the gazetteer names whole is left alone. So are they
    before an armed body's kind ("the Red Oak militia"), unless a people's name is among them; and before a unit's
    kind named after a commander ("the Ramon Ortega front") where NER read the whole run as a person's name."""
    for i in _positions(doc, LOWER, ORGANIZATION_KIND_NOUNS | ARMED_KIND_NOUNS | PERSON_NAMED_UNIT_NOUNS):
        if not doc[i].is_lower or doc[i].pos_ != "NOUN" or i < 3:
            continue
        if doc[i].lower_ in PERSON_NAMED_UNIT_NOUNS and not _commander_named_unit(doc, i, ents):
            continue
        start = i
        while start > 0 and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
                             or doc[start - 1].lower_ in ("of", "and", "the") and start < i):
            start -= 1
        while start < i and (not doc[start].text[:1].isupper() or doc[start].lower_ == "the"):
            start += 1  # (the run opens on a capitalised word: "The Tarn Widows" opening a sentence)
        if start == 0 or doc[start - 1].lower_ != "the" or sum(t.text[:1].isupper() for t in doc[start:i]) < 2 \
                or not doc[i - 1].text[:1].isupper():
            continue
        inside = [e for e in ents if e.start < i and e.end > start - 1]
        if doc[i].lower_ in ARMED_KIND_NOUNS and any(e.ent_id_ or e.label_ == "NORP" for e in inside):
            continue  # ("the Central African militia": a people's; "the Islamic State militia": a known body's)
        if any(e.ent_id_ and e.start <= start and e.end == i for e in inside) \
                or any(e.start < start - 1 or e.end > i for e in inside):
            continue
        # (a unit named after a commander is known by its kind too: "the Ramon Ortega front", no person's)
        new = Span(doc, start, i + 1 if doc[i].lower_ in PERSON_NAMED_UNIT_NOUNS else i, label="ORG")
        ents = sorted([e for e in ents if e not in inside] + [new], key=lambda e: e.start)
    return ents


def _blocs_named_by_their_gloss(doc: Doc, ents: list[Span]) -> list[Span]:
    """w56c: "The Sahel Compact, a bloc formed by A, B and C, ...", "the Andes Pact, an alliance of A and B": two or
    more capitalised words after "the", set off by a comma before a gloss of a bloc (``BLOC_GLOSS_NOUNS``) that
    the parser sets in apposition to them, are the bloc's name, though NER saw none there or read a law or an
    event ("Pact") or only a place ("Sahel"). Not a name the gazetteer knows whole, nor a person's, nor one the
    gloss only plans ("a proposed bloc": ``IRREALIS_MODIFIERS``)."""
    out = ents
    for i in _positions(doc, LOWER, BLOC_GLOSS_NOUNS):
        noun = doc[i]
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.head.i >= i \
                or any(c.dep_ == "amod" and c.lower_ in IRREALIS_MODIFIERS for c in noun.children):
            continue
        out = _with_bloc_name(doc, out, noun.left_edge.i - 1, noun.head)
    return out


def _blocs_named_by_their_members_clause(doc: Doc, ents: list[Span]) -> list[Span]:
    """w56c: "The Sahel Compact, made up of A, B and C, ...", "the Andes Concord, comprising A, B and C,", "the X
    Compact, which groups A, B and C,", "the X Compact, of which A and B are members,": two or more capitalised
    words after "the" ending in a bloc's head word (``bloc_name_heads``: no place's, plan's or meeting's), set off
    by a comma before a clause on them whose verb tells members (``membership_clause_verbs``, or "be" with
    "members") and which names two or more states, are a bloc's name, though NER saw none there. Not a name the
    gazetteer knows whole, nor a person's, nor one NER read as a law or an event."""
    out = ents
    for i in _positions(doc, DEP, ("acl", "relcl")):
        clause = doc[i]
        if clause.head.i >= clause.i or not _tells_members(clause) \
                or sum(1 for t in clause.subtree if t.ent_type_ == "STATE" and t.ent_iob_ == "B") < 2:
            continue
        comma = clause.left_edge.i - 1
        if comma > 0 and doc[comma - 1].text in BLOC_NAME_HEADS and not any(
                e.label_ in _NON_ACTOR_LABELS for e in ents if e.start < comma and e.end > clause.head.i - 1):
            out = _with_bloc_name(doc, out, comma, clause.head)
    return out


def _tells_members(verb: Token) -> bool:
    """Whether a clause's verb tells the members of what it describes: "made up of", "comprising", "which groups",
    "to which A and B belong", "of which A and B are members" (``membership_clause_verbs``)."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() == "member" for c in verb.children)
    if lemma not in MEMBERSHIP_CLAUSE_VERBS:
        return False
    particle = MEMBERSHIP_CLAUSE_VERBS[lemma]
    return not particle or any(c.lower_ == particle and c.dep_ in ("prt", "advmod") for c in verb.children)


def _blocs_named_by_their_set_off_list(doc: Doc, ents: list[Span]) -> list[Span]:
    """w57e: "the Tokyo Co-Chairs - A, B, C and D - met", "the Nile Troika (A, B and C) said": two or more
    capitalised words after "the", right before a dash or a bracket that opens a list of two or more states or
    intergovernmental bodies, closed by the same mark, are a body's name, though NER saw none there; the
    member constructions (member27:dash-listed-members, w56c:bracketed-member-list) then read the list.
    Not a name the gazetteer knows whole, nor a person's, nor a list left open."""
    out = ents
    closers = {"-": "-", "–": "–", "—": "—", "--": "--", "(": ")"}
    labels = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    for i in range(3, len(doc) - 4):
        if doc[i].text not in closers:
            continue
        names, k = 0, i + 1
        while k < len(doc) and doc[k].text != closers[doc[i].text]:
            if labels.get(k) in ("STATE", "IGO"):
                names += k == i + 1 or labels.get(k - 1) != labels.get(k) or doc[k].ent_iob_ == "B"
            elif not (doc[k].text == "," or doc[k].lower_ in ("and", "the")):
                names = -1
                break
            k += 1
        if names >= 2 and k < len(doc):
            out = _with_bloc_name(doc, out, i, doc[i - 1], mark=doc[i].text)
    return out


def _joining_hyphen(tok: Token) -> bool:
    """Whether ``tok`` is a hyphen the tokenizer split from inside one word ("Co-Chairs"), no dash between words."""
    return tok.text == "-" and 0 < tok.i < len(tok.doc) - 1 and not tok.doc[tok.i - 1].whitespace_ \
        and not tok.whitespace_


def _with_bloc_name(doc: Doc, ents: list[Span], comma: int, head: Token, mark: str = ",") -> list[Span]:
    """``ents`` with the bloc's name that runs from "the" to ``comma`` and whose words hold ``head``: two or more
    capitalised words, not all known to the gazetteer, taking in NER's pieces inside (a place: "Sahel"; a law:
    "the Andes Pact"); ``ents`` as they were where no such name ends there or NER read it whole as a body."""
    if comma < 3 or doc[comma].text != mark:
        return ents
    start = comma
    while start > 0 and (doc[start - 1].is_title and _letters(doc[start - 1].text) and doc[start - 1].lower_ != "the"
                         or _joining_hyphen(doc[start - 1])):  # ("the Tokyo Co-Chairs")
        start -= 1
    if comma - start < 2 or start == 0 or doc[start - 1].lower_ != "the" or not start <= head.i < comma \
            or _joining_hyphen(doc[start]):
        return ents
    if mark != "," and doc[comma - 1].text.split("-")[-1] not in BLOC_NAME_HEADS:
        return ents  # (a set-off list after a meeting's or a place's name: "the Lisbon Summit - A, B and C -")
    inside = [e for e in ents if e.start < comma and e.end > start]
    if any(e.start < start - 1 or e.end > comma or e.ent_id_ and e.label_ not in ("LOCATION", "GPE", "LOC") for e in inside) \
            or all(doc[k].ent_id_ for k in range(start, comma)) \
            or any(e.label_ == "ORG" and (e.start, e.end) == (start, comma) for e in inside):
        return ents  # (a name the gazetteer knows, or NER's own: "the European Union, a bloc of ...")
    return sorted([e for e in ents if e not in inside] + [Span(doc, start, comma, label="ORG")], key=lambda e: e.start)


def _units_named_by_ordinal_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the Ninth Dawn Brigade": a capitalised ordinal word (``ordinal_words``) after "the", then capitalised words
    up to a group's head noun (``group_name_heads``), is one body's name. NER may read the ordinal alone and the
    rest as another name or as nothing, so the body goes by "Dawn Brigade" or is never read. Not a lower-case
    ordinal ("for the ninth time") nor a run with no group's head ("the Second Chamber").

    >>> [e.text for e in nlp("The Ninth Dawn Brigade raided Orsk.").ents]  # doctest: +SKIP
    ['Ninth Dawn Brigade', 'Orsk']
    """
    for i in _positions(doc, LOWER, ORDINAL_WORDS):  # (the ordinal words looked up, no Token made of the rest)
        if not (0 < i < len(doc) - 1 and doc[i].is_title and doc[i - 1].lower_ == "the"):
            continue
        end = next((j + 1 for j in range(i + 1, min(i + 5, len(doc)))
                    if doc[j].text in GROUP_NAME_HEADS and all(t.is_title for t in doc[i + 1:j + 1])), None)
        if end is None or any(e.start <= i and e.end >= end for e in ents):
            continue
        inside = [e for e in ents if e.start < end and e.end > i]
        if any(e.ent_id_ or e.start < i - 1 or e.end > end or (e.label_ == "ORDINAL" and len(e) != 1) for e in inside):
            continue  # (a gazetteer's name, or a name that runs past the head, is NER's own reading)
        new = Span(doc, i, end, label="ORG")
        ents = sorted([e for e in ents if e not in inside] + [new], key=lambda e: e.start)
    return ents


def _numbered_fronts(doc: Doc, ents: list[Span]) -> list[Span]:
    """A front numbered in figures is a unit's name, number and all: "the 18th front", "the EMC's 36th Front".
    NER reads the number apart (an ordinal) and the head alone, or nothing, so "Front" would name the unit;
    the number is joined to the head, or to the body's name NER opened on the head. A lower-case head that
    modifies a noun names no unit ("the 2nd front line").

    >>> [e.text for e in nlp("The ELN attacked the 7th front in Arauca.").ents]  # doctest: +SKIP
    ['ELN', '7th front', 'Arauca']
    """
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    # (only the words before a unit's kind: the heads looked up in the word index, no Token made of the rest)
    for i in (h - 1 for h in _positions(doc, LOWER, PERSON_NAMED_UNIT_NOUNS) if h > 0):
        number, head = doc[i], doc[i + 1]
        if not ordinal_figure(number.text):
            continue
        own, body = by_token.get(i), by_token.get(i + 1)
        if own is not None and (own.label_ != "ORDINAL" or len(own) != 1):
            continue
        if body is None:
            if head.dep_ == "compound" or i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "PROPN"):
                continue  # ("the 2nd front line")
            new = Span(doc, i, i + 2, label="ORG")
        elif body.start == i + 1 and body.label_ == "ORG" and not body.ent_id_:
            new = Span(doc, i, body.end, label="ORG")
        else:
            continue
        ents = sorted([e for e in ents if e is not own and e is not body] + [new], key=lambda e: e.start)
        by_token.update((k, new) for k in range(new.start, new.end))
    return ents


def _commander_named_unit(doc: Doc, i: int, ents: list[Span]) -> bool:
    """Whether the unit's kind at ``i`` ("front") heads "the <person's name> front": a run of two or three capitalised
    words after "the" that NER read whole as a person's, or left untagged with a given name first ("the Lucia
    Barrera front"). Not a place's front ("the Upper Vessa front") nor the kind as a modifier ("... front line")."""
    if doc[i].dep_ == "compound" or (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")):
        return False
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ != "the":
        start -= 1
    if i - start < 2 or start == 0 or doc[start - 1].lower_ != "the":
        return False
    inside = [e for e in ents if e.start < i and e.end > start]
    if not inside:
        return doc[start].lower_ in GIVEN_NAMES
    return len(inside) == 1 and inside[0].label_ == "PERSON" and inside[0].end == i \
        and inside[0].start in (start, start - 1)


def _unowned_name(ent: Span, ents: list[Span]) -> bool:
    """Whether a name NER gave a person or a body could be a place's: capitalised words, the first no given name,
    the last no body's head ("Front", "Brigades"), no title before it, no word of another name the text gives a
    person in full ("Pavel Grodno" ... "the Grodno camp" may be his)."""
    words = [t for t in ent if t.is_alpha]
    if not words or not all(t.text[:1].isupper() or (t.is_lower and t.i > ent.start) for t in words) \
            or ent[0].lower_ in GIVEN_NAMES or ent[-1].text in ORGANIZATION_NAME_HEADS \
            or ent[-1].text in GROUP_NAME_HEADS or _title_before(ent.doc, ent):
        return False
    people = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 and e.start != ent.start for t in e}
    return not any(t.lower_ in people for t in words)


def _settlement_appositive(ent: Span) -> bool:
    """A name set off by commas right after a noun of a settlement or of a named place, its appositive however
    parsed: "the Dorvani capital, Sel Amara,", "the main town, Varnoshk."; not "the town's mayor, N" (the noun
    next to it is the mayor), nor "left the town, N said" (the name speaks)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[ent.start - 2].pos_ != "NOUN" \
            or doc[ent.start - 2].lower_ not in (SETTLEMENT_NOUNS | NAMING_PLACE_NOUNS):
        return False
    return ent.end >= len(doc) or doc[ent.end].is_punct


def _facility_namer(ent: Span) -> bool:
    """A one-word name after "the" that names the facility after it ("the Kolomi military airfield", "the Tarn
    air base"): the place the facility is at, however the words between are parsed."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return False
    for tok in doc[ent.end:ent.end + 3]:
        if not tok.is_lower or tok.pos_ not in ("NOUN", "ADJ"):
            return False
        if tok.lower_ in FACILITY_TYPES:
            return True
    return False


def _opens_name(tok: Token, start: int, end: int) -> bool:
    """Whether ``tok`` is a capitalised proper noun hung on a word of the name ``doc[start:end]`` just after it."""
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.is_sent_start \
        and start <= tok.head.i < end


def _names_region(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised proper noun naming the region its head is the kind of ("Soum province")."""
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha \
        and tok.head.lemma_.lower() in REGION_NOUNS and tok.head.i > tok.i


def _names_island(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised proper noun naming the island (or peninsula, atoll: ``surface_landforms``) its
    lower-case head right after it is the kind of ("Tarsa island"), with no article before it ("the Druze
    plateau" may be a people's)."""
    # (the tagger may read an unknown name before the kind as an adjective: "Tarsa/ADJ island", if no English word)
    return (tok.dep_ == "compound" and tok.pos_ == "PROPN" or tok.dep_ == "amod" and not all_lemmas(tok.lower_)) \
        and tok.is_title and tok.is_alpha \
        and tok.head.i == tok.i + 1 and tok.head.is_lower and tok.head.lower_ in SURFACE_LANDFORMS \
        and not any(c.dep_ == "det" for c in tok.head.children)


def _named_by_place_noun(tok: Token) -> bool:
    """Whether ``tok`` (or the list it ends) is the of-phrase or the examples of a noun that names a place by
    them ("the town of X", "the towns of X and Y", "towns such as X"), or the place a facility stands at
    ("the airstrip at X")."""
    while tok.dep_ == "conj":
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.head.pos_ != "NOUN":
        return False
    if prep.lower_ == "at":  # "the airstrip at X", "the dam at X"
        return prep.head.lower_ in FACILITY_TYPES or _guarded_post(prep.head)
    return (prep.lower_ == "of" or example_marker(prep)) and prep.head.lower_ in NAMING_PLACE_NOUNS


def _taken_place_antecedent(tok: Token) -> bool:
    """A name that a relative clause says was taken: "X, which the Front seized in May," or "X, which was overrun by
    the Front," (typ57). The relative pronoun is the object of a verb of taking a place (a frame whose object is a
    place), or its passive subject with the taker named, so X is the place taken, as "seized X" would make it; a verb that may take a man ("X, whom the army arrested") or a clause of
    attack ("X, which the army shelled") is left alone.

    >>> _taken_place_antecedent(nlp("Talvo, which the Front seized in May, is deserted.")[0])  # doctest: +SKIP
    True
    """
    return any(c.dep_ == "relcl" and c.i > tok.i and any(
        o.lower_ in ("which", "that") and (_place_object(o, ("captures",)) or _place_passive_subject(o)) for o in c.children)
        for c in tok.children)


def _named_people(tok: Token, label: str) -> bool:
    """A bare name NER read as a people where a place noun names it ("the village of X"): no article before it ("the
    villages of the X" may name a people's), no known demonym (plc52). (Not a name read as a product: one such, a
    port in a hypothetical scenario, gave a false capture.)"""
    return label == "NORP" and tok.pos_ == "PROPN" and not any(c.dep_ == "det" for c in tok.children)


def _facility_kind(noun: Token) -> bool:
    """Whether ``noun`` is the kind of a facility a name before it may name: "the Tamar air base", "the Kowri border
    post" (a post named by the crossing it guards, ``frontier_post_modifiers``; never a post alone, "his Kabul post"
    is a job, nor a police post, "the Mandera police post" standing for its town)."""
    return noun.lower_ in FACILITY_TYPES or noun.lower_ == "post" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in FRONTIER_POST_MODIFIERS for c in noun.children)


def _guarded_post(noun: Token) -> bool:
    """"The border post", "a customs post": a post whose kind (``guarded_post_modifiers``) makes it a facility, not a
    job ("her post at the embassy")."""
    return noun.lower_ in ("post", "posts") and any(c.dep_ in ("compound", "amod") and c.lower_ in GUARDED_POST_MODIFIERS
                                                    for c in noun.children)


def _place_pobj(tok: Token) -> bool:
    """The object of a preposition of place: "near X", "in X", "out of X", "north of X"."""
    return tok.dep_ == "pobj" and (tok.head.lower_ in PLACE_PREPOSITIONS
                                   or f"{tok.head.head.lower_} {tok.head.lower_}" in PLACE_PREPOSITIONS)


def _forces_withdrawn_from(tok: Token) -> bool:
    """Where a verb of leaving takes forces from: "withdrew its troops from X", "pulled out from X" (attack32). Only
    with no object, or forces as its object (``force_nouns``): "withdrew its support from N" withdraws from a man."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if not _leaving_verb(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return all(o.lower_ in FORCE_NOUNS or o.lemma_.lower() in ("troop", "soldier", "unit") for o in objects)


def _entered_by_force(tok: Token) -> bool:
    """The object of a verb of entering whose subject is a force: "M23 fighters entered Kessa", "the militants
    entered Varn" (w54c). What troops, rebels or an armed group walk into is a place, never a man or a body
    ("entered Kessa's compound" enters the compound, no name). The subject is the verb's own, or that of the verb
    it is coordinated with ("seized Mornu and entered Kessa"); a modal or a condition is left to the reading."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in PLACE_ENTERING_VERBS:
        return False
    owner = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    return any(c.dep_ == "nsubj" and _force_subject(c) for c in owner.children)


def _driven_out_of(tok: Token) -> bool:
    """Where armed men are driven out of, or leave by their own move: "the army drove M23 fighters out of Kessa",
    "the rebels were chased out of Varn", "the militants pulled out of Mornu" (w54c). Only armed men driven or
    leaving (a force or rebel noun, an armed group; a state driven): "kicked the striker out of N" may leave a club,
    "Burundi pulled out of N" a treaty's body."""
    of, out = tok.head, tok.head.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or out.lower_ != "out" or out.head.pos_ != "VERB":
        return False
    verb = out.head
    if verb.lemma_.lower() in DRIVING_OUT_VERBS:
        return any(c.dep_ in ("dobj", "nsubjpass") and (_force_subject(c) or c.ent_type_ in ("GPE", "NORP"))
                   for c in verb.children)
    return _leaving_verb(verb) and not any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "nsubj" and _force_subject(c) for c in verb.children)


_UNPLACED_NAME_LABELS = ("PERSON", "ORG", "NORP", "PRODUCT", "LANGUAGE", "WORK_OF_ART", "EVENT")  # names NER gives no place's type


def _place_edge_of(tok: Token) -> bool:
    """The "of" of a noun of a place's fringe: "the outskirts of Kessa", "the suburbs of Varn" (w54c,
    ``place_edge_nouns``): only a town has outskirts, so a one-word name NER took for a man or a body there is one."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in PLACE_EDGE_NOUNS


def _lost_to_taker(tok: Token) -> bool:
    """The object of a verb of losing a place with the taker named after its preposition: "the army lost Kessa to
    the rebels" (w54c; the frame whose subject is "prep:to" and whose object is a place). The taker must be armed
    men or a named side: "lost N to injury" names no taker."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    preps = {slot[5:] for f in VERB_FRAMES.get(verb.lemma_, ()) if f.object_place and f.predicate == "captures"
             for slot in f.subj if slot.startswith("prep:")}
    return any(p.dep_ == "prep" and p.lower_ in preps and any(
        o.dep_ == "pobj" and (_force_subject(o) or o.ent_type_ in ("GPE", "NORP", "ORG")) for o in p.children)
        for p in verb.children)


def _force_subject(tok: Token) -> bool:
    """A subject that names armed men: a force or rebel noun ("troops", "the militants") or an armed group the
    gazetteer knows ("M23")."""
    return tok.lower_ in FORCE_NOUNS or tok.lower_ in REBEL_NOUNS or tok.ent_type_ == "ARMED_GROUP"


def _struck_place_of(tok: Token) -> bool:
    """The "of" of a noun of an act done only to a place: "the shelling of X", "the siege of Y" (PLACE_ONLY_OF_NOUNS)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_ONLY_OF_NOUNS


def _place_object(tok: Token, predicates: tuple[str, ...]) -> bool:
    """The direct object of a verb of ``predicates`` whose object is a place: "took X" (a body may be left:
    "left X" makes no place of an unknown X; nor is a conjunct followed: "captured X and N" may name a man)."""
    return tok.dep_ == "dobj" and any(f.object_place and f.predicate in predicates for f in VERB_FRAMES.get(tok.head.lemma_, ()))


def _place_passive_subject(tok: Token) -> bool:
    """The subject of a passive verb of taking a place with its taker named: "X was overrun by the Front" (the
    passive of "took X", which a place is; "X was captured" with no taker may be a man, and so is a given name:
    "Omar was captured by the Front")."""
    verb = tok.head
    return tok.dep_ == "nsubjpass" and tok.lower_ not in GIVEN_NAMES and any(c.dep_ == "agent" for c in verb.children) \
        and any(f.object_place and f.predicate == "captures" for f in VERB_FRAMES.get(verb.lemma_, ()))


def _unread_taken_subjects(doc: Doc, taken: set[int], people: set[str], tags: list[list[int]]) -> list[Span]:
    """"Maungra was overrun by the Front": a capitalised one-word name NER left unread, the subject of a passive
    verb of taking a place with its taker named (``_place_passive_subject``), is a place, as the object of the
    active verb is ("the Front overran Maungra"). Sentence-initial as such subjects mostly are, it must be no
    English word ("Security was seized by ..." names no place) and have no words of its own. ``tags``: the document's
    POS and DEP columns, as its caller read them."""
    nsubjpass = doc.vocab.strings["nsubjpass"]  # (Tokens made only for proper-noun passive subjects)
    subjects = [doc[i] for i, (pos, dep) in enumerate(tags) if pos == _PROPN_ID and dep == nsubjpass and i not in taken]
    return [Span(doc, t.i, t.i + 1, label="GPE") for t in subjects if t.is_title and t.is_alpha
            and not all_lemmas(t.lower_) and t.lower_ not in people and _place_passive_subject(t)
            and not any(c.dep_ in ("compound", "amod", "det", "poss") for c in t.children)]


def _unread_struck_name(tok: Token) -> bool:
    """"The Front attacked Sedda on Monday", "the attack on Sedda", NER reading no name: a capitalised word that is
    no English word, the object of a verb that only attacks or of an attack noun's "on", is a name -- read as a
    place's (what is struck is a place more often than not, and an attack is read on either)."""
    if all_lemmas(tok.lower_):
        return False
    if tok.dep_ == "pobj":  # "the attack on Sedda", "a raid against Sedda"
        return tok.head.lower_ in TARGET_PREPOSITIONS and tok.head.head.lemma_.lower() in ATTACK_NOUNS
    frames = VERB_FRAMES.get(tok.head.lemma_, ())
    return tok.dep_ == "dobj" and bool(frames) and all(f.predicate == "attacks" for f in frames)


def _names_listed_with_places(ents: list[Span], people: set[str]) -> list[Span]:
    """"pulled out of Tessa and Varn", "bases in Gao and Ain Kessa": a name of one to three words NER read as a
    person, a body, a people or a product, listed after a place where only a place stands, is a place (act54).
    Not a name the gazetteer knows, one the text names in full as a person, or one that opens with a given name."""
    places = {i for e in ents if e.label_ in ("GPE", "LOC", "LOCATION") for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        if ent.label_ in ("PERSON", "ORG", "NORP", "PRODUCT") and not ent.ent_id_ and len(ent) <= 3 and ent.root.is_title \
                and not ent.root.is_upper and ent[0].lower_ not in GIVEN_NAMES \
                and not any(t.lower_ in people for t in ent) and _listed_with_place(ent.root, places):
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    return out


def _listed_with_place(tok: Token, places: set[int]) -> bool:
    """A name listed after a place that stands where only a place does: "pulled out of Tessa and Varn", "fighting in
    Gao, Kessa and Mornu", "withdrew from Bria and Ndele" (act54), "the rebels entered Kessa and Varn" (w54c). The
    first of the list must be a place already, and the object of a preposition of place, of a leaving verb's "from"
    or of a force's entering; "talks in Doha and N" keeps N a person only
    where the text names him in full (the caller's ``people``)."""
    if tok.dep_ != "conj":
        return False
    first = tok.head
    while first.dep_ == "conj":
        first = first.head
    return first.i in places and (_place_pobj(first) or _left_from(first) or _entered_by_force(first))


def _left_from(tok: Token) -> bool:
    """The object of the "from" of a verb of leaving, with or without its particle: "withdrew from X", "pulled back
    from X" (the parser hangs that "from" on "back")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from":
        return False
    verb = prep.head.head if prep.head.dep_ in ("advmod", "prt") else prep.head
    return _leaving_verb(verb)


def _leaving_verb(verb: Token) -> bool:
    """Whether a verb is one of leaving a place (a ``withdraws_from`` frame whose object is a place): "withdrew",
    "pulled out", "retreated"."""
    return verb.pos_ == "VERB" and any(f.object_place and f.predicate == "withdraws_from"
                                       for f in VERB_FRAMES.get(verb.lemma_, ()))


def _listed_with_taken_place(tok: Token) -> bool:
    """A name coordinated with a place that a verb of taking or leaving has as its object: "took Sake and Minova"
    (a man taken with a town is named in full elsewhere, and the caller leaves such names alone)."""
    head = tok.head
    return tok.dep_ == "conj" and head.dep_ == "dobj" and _place_object(head, ("captures", "withdraws_from")) \
        and (head.ent_type_ in ("GPE", "LOC", "LOCATION", "FAC") or (head.pos_ == "PROPN" and head.is_title
                                                                    and not head.ent_type_))


class _WordIndex:
    """The positions of each word (its ``ORTH`` and its ``LOWER`` hash) in one doc, listed once while
    ``trim_entities`` runs its name repairs, which ask ``_positions`` some twenty times a doc: each ask a few
    dictionary look-ups, not a copy and a scan of a whole column. Only the words: they never change there
    (the repairs relabel names and tokens, no word is merged or split); labels such as ``DEP`` and ``POS``
    are read from the doc at each ask."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.at: dict[int, dict[int, list[int]]] = {}  # attribute -> word hash -> its positions, ascending
        for attr, column in zip((ORTH, LOWER), doc.to_array([ORTH, LOWER]).T.tolist()):
            where: dict[int, list[int]] = {}
            for i, value in enumerate(column):
                where.setdefault(value, []).append(i)
            self.at[attr] = where

    def positions(self, attr: int, wanted: set[int], end: int | None) -> list[int]:
        where = self.at[attr]
        found = sorted(i for value in wanted if value in where for i in where[value])
        if end is not None:
            limit = len(range(len(self.doc))[:end])  # (``end`` as a slice reads it: negative from the doc's end)
            found = [i for i in found if i < limit]
        return found


_WORD_INDEX: list[_WordIndex | None] = [None]  # the index of the doc trim_entities is repairing, if any


def _positions(doc: Doc, attr: int, words, end: int | None = None) -> list[int]:
    """The indices (before ``end``) of the tokens whose ``attr`` string is one of ``words``, no Token made: the
    passes below look at a few words of a long document. (The column's hashes tested against the words'
    hashes: looking up the string of each of the column's distinct values cost a fifth of trim_entities.)
    Inside ``trim_entities``, words (``ORTH``, ``LOWER``) are looked up in its ``_WordIndex``."""
    strings = doc.vocab.strings
    wanted = {strings[word] for word in words}
    index = _WORD_INDEX[0]
    if index is not None and index.doc is doc and attr in index.at:
        return index.positions(attr, wanted, end)
    return [i for i, value in enumerate(doc.to_array(attr).tolist()[:end]) if value in wanted]


_BODY_NAME_HEADS = ORGANIZATION_BODY_HEADS | ORGANIZATION_NAME_HEADS  # ("the Kivu Front", "the Helios Rights Watch")
# with an armed group's heads too: the words that close a body's name, never a place's or a person's
_ANY_BODY_NAME_HEADS = _BODY_NAME_HEADS | GROUP_NAME_HEADS


def _plural_owner_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"The Southern Tribes' Alliance", "the Free Peasants' Militia": NER stops a name at the apostrophe of a
    plural owner, leaving its head word out; a name ending in that apostrophe runs on to the body's head word
    (GROUP_NAME_HEADS) just after it, capitalised, which no other name holds."""
    starts = {e.start for e in ents}
    out = []
    for ent in ents:
        after = ent.end
        if len(ent) >= 2 and ent[-1].text in ("'", "’") and ent[-2].lower_.endswith("s") and ent[-2].text[:1].isupper() \
                and after < len(doc) and doc[after].text in GROUP_NAME_HEADS and after not in starts \
                and ent.label_ in ("ORG", "NORP", "GPE", "PERSON", "FAC", "LOC"):
            ent = Span(doc, ent.start, after + 1, label="ORG")
        out.append(ent)
    return out


def _missed_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body's name NER missed: "the Kivu Front", "the Sarn Valley Brigades" -- capitalised words
    after "the" ending in a body's head word. A place's name among them is taken in ("Kivu"); a name
    made only of demonyms or states is not a name ("the Congolese Army" is the state's army)."""
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    out, taken = list(ents), set()
    for i in _positions(doc, ORTH, _BODY_NAME_HEADS):
        head = doc[i]
        if head.i in by_token or head.i == 0 or (i + 1 < len(doc) and doc[i + 1].text in _ANY_BODY_NAME_HEADS):
            continue  # ("the Ogaro Resistance Front": the name runs on to its last head)
        start, words = head.i, 0
        while start > 0 and words < 4:
            step = _name_word_before(doc, start)
            if not step:
                break
            start -= step
            words += 1
        if start == 0 or doc[start - 1].lower_ != "the":
            start = _name_modifying_members(doc, head, start)
        if start is None or start == head.i:
            continue
        inner = {by_token[i] for i in range(start, head.i) if i in by_token}
        if any(e.start < start or (e.label_ not in ("GPE", "LOC", "LOCATION", "FAC") and not _unknown_word_read_as_person(e))
               for e in inner):
            continue  # a person's or body's name, or one running on before "the"
        if all(t.ent_type_ in ("NORP", "GPE", "STATE") or (t.i in by_token and by_token[t.i].label_ in ("GPE", "STATE"))
               for t in doc[start:head.i]):
            continue  # "the Congolese Army", "the Kenya Police": the state's own
        out = [e for e in out if e not in inner]
        out.append(Span(doc, start, head.i + 1, label="ORG"))
        taken.update(range(start, head.i + 1))
    return sorted(out, key=lambda e: e.start) if taken else ents


def _name_word_before(doc: Doc, start: int) -> int:
    """How many tokens the word of a name just before ``doc[start]`` takes: 1 for a capitalised word, 3 for a
    capitalised word joined by a hyphen to a short lower-case particle ("al-Sahil", "el-Nur"), 2 for a capitalised
    word with its possessive ("People's", "Martyrs'"; not a title's: "the President's Guard" is a state's); 0 where the name
    cannot run on ("the", a sentence's start)."""
    prev = doc[start - 1]
    if prev.is_title and _letters(prev.text) and prev.lower_ != "the" and not prev.is_sent_start:
        if start >= 3 and prev.i == doc[start - 2].i + 1 and doc[start - 2].text == "-" \
                and not doc[start - 2].whitespace_ and doc[start - 3].is_lower and doc[start - 3].is_alpha \
                and len(doc[start - 3]) <= 3 and not doc[start - 3].whitespace_ \
                and doc[start - 3].lower_ not in STANCE_PREFIXES:  # ("the pro-Tarn Party": a stance, no particle)
            return 3
        if _hyphened_name_word(doc, start):
            return 3
        return 1
    if (prev.lower_ in ("'s", "’s") or (prev.text in ("'", "’") and doc[start - 2].lower_.endswith("s"))) and start >= 2 and doc[start - 2].is_title and doc[start - 2].is_alpha \
            and doc[start - 2].lower_ not in PERSON_TITLES and not doc[start - 2].is_sent_start:
        return 2
    return 0


def _hyphened_name_word(doc: Doc, start: int) -> bool:
    """Whether the capitalised word just before ``doc[start]`` is the second half of a word of two capitalised
    halves joined by a hyphen with no space ("the Marosh Self-Defence Council", "the Tarn Counter-Terror Brigade"),
    whose first half NER reads as no name of its own (not "the Kenya-Uganda Force": two states' names)."""
    if start < 3 or doc[start - 2].text != "-" or doc[start - 2].whitespace_ or doc[start - 3].whitespace_:
        return False
    first = doc[start - 3]
    return first.is_title and _letters(first.text) and not first.is_sent_start and not first.ent_type_ \
        and first.lower_ != "the"


def _name_modifying_members(doc: Doc, head: Token, start: int) -> int | None:
    """Where a body's name with no "the" opens, if it modifies a noun of its fighters, members or officers
    ("Kadri Front fighters seized X", "Tarn Brigades commander N"): ``start``, or one word earlier for a first
    word that opens the sentence and is no English word; None where the name modifies nothing of the kind."""
    if head.i + 1 >= len(doc) or head.head.i != head.i + 1 or not head.head.is_lower \
            or head.head.lower_ not in _GROUP_HEADS | REBEL_NOUNS | PERSON_TITLES:
        return None
    if start > 0 and doc[start - 1].is_sent_start and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and doc[start - 1].pos_ == "PROPN" and not all_lemmas(doc[start - 1].lower_):
        return start - 1
    return start if start == 0 or not doc[start - 1].text[:1].isupper() else None


def _letters(word: str) -> bool:
    """Letters only, an apostrophe inside allowed: "Kessa", "N'Dari" (not "Front's", split off by the tokenizer)."""
    return word.replace("'", "").replace("’", "").isalpha() and word[:1].isalpha() and word[-1:].isalpha()


def _people_word_read_as_person(ent: Span) -> bool:
    """A people's adjective (``community_band_peoples``) NER read as a person before a lower-case noun: "Bedouin
    tribesmen stormed X" names a people's men, no one called Bedouin."""
    tok = ent[0]
    return ent.label_ == "PERSON" and len(ent) == 1 and not ent.ent_id_ and tok.text in COMMUNITY_BAND_PEOPLES \
        and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i and tok.head.is_lower


def _unknown_word_read_as_person(ent: Span) -> bool:
    """A one-word "person" or "organisation" inside a body's name ("the Jund al-Sahil Brigades", NER reading
    "Jund"; "Kadri Front fighters", NER reading "Kadri"): nothing the gazetteer knows, no given name -- a word
    of the body's name."""
    return ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and not ent.ent_id_ and ent[0].lower_ not in GIVEN_NAMES


def _name_first_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body's name NER missed that opens on its head word: "the Movement for Justice and Equality", "the
    Patriotic Rally for Unity", "the Front of National Salvation" -- "the", a few capitalised words, a head word
    that opens names, "for" (or "of", for some heads), then capitalised words and name connectors. A place named
    inside is taken in; a name made only of the head and places is a state's ("the Army of Mali"), no name."""
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    out, taken = list(ents), set()
    for i in _positions(doc, ORTH, NAME_FIRST_HEADS | BAND_NAME_HEADS):
        head = doc[i]
        if i == 0 or i + 2 >= len(doc) or i in taken:
            continue
        prep, band = doc[i + 1].lower_, head.text in BAND_NAME_HEADS
        if not (prep == "of" if band else (prep == "for" or (prep == "of" and head.text in NAME_FIRST_OF_HEADS))):
            continue
        start = i
        while start > 0 and i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and doc[start - 1].lower_ != "the":
            start -= 1
        if doc[start - 1].lower_ != "the" if start > 0 else True:
            continue
        end, last = i + 2, None
        while end < len(doc) and end - i <= 8 and (
                (doc[end].is_title and not doc[end].is_punct) or doc[end].lower_ in NAME_CONNECTORS):
            if doc[end].is_title:
                last = end
            end += 1
        if last is None:
            continue
        end = last + 1
        end = _acronym_name_end(doc, start, end) or end  # "the Front for Justice in West Kordavia (FJWK)"
        inner = {by_token[k] for k in range(start - 1, end) if k in by_token}
        if i in by_token and by_token[i].end >= end:
            continue  # NER has the whole name already
        if any(e.start < start - 1 or e.end > end or e.ent_id_ and e.label_ not in _PLACE_LABELS
               or e.label_ == "PERSON" and not _place_read_as_person(e) for e in inner):
            continue  # a person's name, a known body's, or one running on beyond these words
        if not band and all(t.lower_ in NAME_CONNECTORS or t.ent_type_ in ("NORP", "GPE", "STATE", "LOCATION", "LOC")
                            for t in doc[i + 1:end]):
            continue  # "the Army of Mali", "the Forces of Kestria": a state's own (not "the Sons of the Delta")
        out = [e for e in out if e not in inner]
        out.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
    return sorted(out, key=lambda e: e.start) if taken else ents


# "Liwa al-Karama", "Saraya al-Nasr al-Mubin", "Lashkar-e-Hind": an opener, then words with an article or link
_ARTICLE = "(?:" + "|".join(re.escape(a) for a in sorted(NAME_ARTICLE_PREFIXES, key=len, reverse=True)) + ")"
_OPENER_NAME = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ARMED_NAME_OPENERS)) + r")(?:[ -]" + _ARTICLE
                          + r"[A-Z][\w'’]+)+")


def _opener_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """An armed group's name NER missed or cut that opens on an Arabic or Urdu word of armed bodies ("Fighters of
    Liwa al-Karama shelled X", NER reading nothing or "Karama"): the opener and the words with an article after it
    are one name, unless a name the gazetteer knows overlaps it."""
    text = doc_text(doc)  # (``doc.text`` joins every token anew at each access)
    if not any(w in text for w in ARMED_NAME_OPENERS):
        return ents
    out, changed = list(ents), False
    for m in _OPENER_NAME.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is None:
            continue
        inner = [e for e in out if e.start < span.end and e.end > span.start]
        if any(e.ent_id_ or e.start < span.start or e.end > span.end for e in inner) \
                or any(e.start == span.start and e.end == span.end for e in inner):
            continue  # a known name, one running on beyond these words, or NER's own
        out = [e for e in out if e not in inner] + [Span(doc, span.start, span.end, label="ORG")]
        changed = True
    return sorted(out, key=lambda e: e.start) if changed else ents


def _place_read_as_person(ent: Span) -> bool:
    """One unknown word NER called a person right after "of" inside a body's name ("the Union for the Defence of
    Lomara"): the place the name is of, no given name."""
    return len(ent) == 1 and not ent.ent_id_ and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "of" \
        and ent[0].lower_ not in GIVEN_NAMES


_STATE_HEADS = {w.capitalize() for w in STATE_NAME_HEADS}


def _firms_named_after_states(doc: Doc, ents: list[Span]) -> list[Span]:
    """"sanctions on Iran Air", "Kenya Airways said": a state's name with a firm's last word after it, the state's
    name its compound, names the firm (an organisation), not the state."""
    out: list[Span] = []
    for ent in ents:
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ in ("STATE", "GPE") and after is not None and after.text in COMPANY_NAME_HEADS \
                and not after.ent_type_ and ent[-1].dep_ == "compound" and ent[-1].head == after:
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")
            for tok in ent:
                tok.ent_id_ = ""  # (no longer the gazetteer's state)
        out.append(ent)
    return out


def _office_title(ent: Span) -> str:
    """A name's words, lower case, without an article before them or the "of", "and" or "the" NER ran on to after them:
    "The Heads of State of" -> "heads of state"."""
    words = [t.lower_ for t in ent]
    while words and words[0] in ("the", "its", "their"):
        words = words[1:]
    while words and words[-1] in ("of", "and", "the"):
        words = words[:-1]
    return " ".join(words)


def _places_named_after_states(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the hamlet of Puerto Jordan", "Nueva Colombia": a state's name right after one capitalised word NER read as
    a place of its own, which modifies it, names a place after the state (a town, a district), not the state. Never
    a compass word ("northern Syria" is the state's region) nor a name the gazetteer knows."""
    out: list[Span] = []
    merged = False
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and ent.label_ == "STATE" and ent.ent_id_ and prev.end == ent.start and not prev.ent_id_ \
                and prev.label_ in ("GPE", "LOC") and len(prev) == 1 and prev[0].dep_ == "compound" \
                and ent.start <= prev[0].head.i < ent.end and prev[0].is_title and not compass_prefix(prev[0]):
            out[-1] = Span(doc, prev.start, ent.end, label="GPE")
            for tok in out[-1]:
                tok.ent_id_ = ""  # (no longer the gazetteer's state)
            merged = True
            continue
        out.append(ent)
    return out if merged else ents


_KIND_PHRASE_OPENERS = {phrase[0] for phrase in PLACE_KIND_PHRASES}


_KIND_PHRASE_LONGEST = max(len(phrase) for phrase in PLACE_KIND_PHRASES)


def kind_phrase_end(doc: Doc, i: int, capitalised: bool = True) -> int | None:
    """The end of the capitalised place-kind phrase (PLACE_KIND_PHRASES: "Local Government Area", "LGA") that
    starts at token ``i``, if one does; with ``capitalised`` False, of the phrase written in lower case, as local
    papers write it ("Gwoza local government area"), which NER leaves apart from the name."""
    for phrase in PLACE_KIND_PHRASES:
        end = i + len(phrase)
        if end <= len(doc) and all(t.lower_ == w and t.text[:1].isupper() == capitalised
                                   for t, w in zip(doc[i:end], phrase)):
            return end
    return None


def closes_kind_phrase(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the last word of a capitalised place-kind phrase ("Bama Local Government *Area*")."""
    return any(kind_phrase_end(doc, k) == i + 1 for k in range(max(i + 1 - _KIND_PHRASE_LONGEST, 0), i + 1))


def _places_before_kind_phrases(doc: Doc, ents: list[Span]) -> list[Span]:
    """"in Bama Local Government Area of Borno State", "Zurmi and Maradun LGAs": NER reads a unit's name and its
    kind as one body ("Maradun Local Government Areas of Zamfara State", an organisation) or leaves the name unread;
    the name before the kind is a place of its own, the kind part of no name, and what follows its "of" is named
    apart."""
    phrases = {i: end for i in _positions(doc, LOWER, _KIND_PHRASE_OPENERS) if (end := kind_phrase_end(doc, i))}
    if not phrases:
        return ents
    out: list[Span] = []
    for ent in ents:
        inside = [i for i in phrases if ent.start <= i < ent.end]
        if not inside:
            out.append(ent)
            continue
        i, end = inside[0], phrases[inside[0]]
        if i > ent.start and all(t.is_title for t in doc[ent.start:i]):
            out.append(Span(doc, ent.start, i, label="GPE"))
        rest = end + 1 if end < ent.end and doc[end].lower_ == "of" else end
        if rest < ent.end and doc[rest].is_title:
            out.append(Span(doc, rest, ent.end, label="GPE"))
    wholes = {end + 1 for end in phrases.values() if end < len(doc) and doc[end].lower_ == "of"}
    out = [Span(doc, e.start, e.end, label="GPE") if e.start in wholes and e.label_ == "ORG" and not e.ent_id_ else e
           for e in out]  # ("... LGA of Katsina State": NER's organisation is the unit's state)
    taken = {k for e in out for k in range(e.start, e.end)}
    for i in phrases:
        start = i
        while start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and not doc[start - 1].is_sent_start:
            start -= 1
        if start < i:  # ("Zurmi and Maradun LGAs": a name NER left unread)
            out.append(Span(doc, start, i, label="GPE"))
    return sorted(out, key=lambda e: e.start)


_UNIT_NAME_PARTICLES = {"de", "du", "del", "da", "des", "la", "le", "el", "al"}  # ("Norte de Santander department")
_RETYPED_UNIT_LABELS = {"ORG", "PERSON"}


def _unit_name_run(doc: Doc, end: int, floor: int) -> int:
    """The start of the run of capitalised proper nouns ending just before ``end`` (joined by hyphens and a
    place name's lower-case particles: "Ouham-Pende", "Norte de Santander"), not before ``floor``; ``end`` where
    there is none."""
    start = end
    while start > floor:
        tok = doc[start - 1]
        if _unit_name_word(tok):
            start -= 1
        elif start < end and start - 1 > floor and (tok.text in ("-", "‐") or tok.lower_ in _UNIT_NAME_PARTICLES) \
                and _unit_name_word(doc[start - 2]):
            start -= 1
        else:
            break
    while start < end and not _unit_name_word(doc[start]):  # (a run opens on a name, never a hyphen or a particle)
        start += 1
    return start


def _unit_name_word(tok: Token) -> bool:
    """A capitalised proper noun of letters (the name reader may have merged a name's words into one token)."""
    return tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and not tok.is_upper \
        and tok.text.replace("-", "").replace(" ", "").isalpha()


def _places_before_unit_kinds(doc: Doc, ents: list[Span]) -> list[Span]:
    """"in Korsa district", "the Ouham-Pende prefecture", "Melsk and Orran counties of Vell State": the capitalised
    proper nouns written just before a lower-case noun of an administrative unit's kind (``unit_kind_nouns``), the
    head of its phrase, are the unit's name, a place -- where NER typed the name an organisation or a person, or
    split it at a hyphen or a particle; before a plural kind, each name of the list; and, after a plural kind or a
    kind in the singular, a name its "of" takes that NER typed so. Never a name the gazetteer knows, one ending in a
    body's head word ("the Tarvek Front district commander": the kind a modifier), an acronym, or one whose run
    holds a sentence's first word that no entity covers."""
    # each kind as (where the name before it ends, where the kind ends): a noun, or a kind phrase in lower case or
    # capitalised ("Augie and Argungu local government areas of Kebbi State", "Tangaza and Gudu LGAs of Sokoto State")
    kinds = [(i, i + 1) for i in _positions(doc, LOWER, UNIT_KIND_NOUNS) if i > 0 and doc[i].is_lower
             and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ not in ("compound", "amod")]
    kinds += [(i, end) for i in _positions(doc, LOWER, _KIND_PHRASE_OPENERS) if i > 0
              and (end := kind_phrase_end(doc, i, capitalised=False) or kind_phrase_end(doc, i))]
    if not kinds:
        return ents
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    replace: dict[tuple[int, int], Span | None] = {}  # (an entity's start and end -> what stands for it)
    added: list[Span] = []

    def retype(start: int, end: int) -> bool:
        if start >= end:
            return False
        words = doc[start:end]
        if words[-1].text in _ANY_BODY_NAME_HEADS or words[-1].text in FACILITY_NAME_HEADS \
                or any(t.is_upper and len(t) > 1 for t in words):
            return False
        overlapping = list(dict.fromkeys(by_token[i] for i in range(start, end) if i in by_token))
        if any(e.ent_id_ or e.end > end or e.start < start - (doc[e.start].lower_ == "the")
               or e.label_ not in _RETYPED_UNIT_LABELS | _PLACE_LABELS for e in overlapping):
            return False
        if overlapping and all(e.label_ in _PLACE_LABELS for e in overlapping) \
                and sum(len(e) for e in overlapping) + (doc[overlapping[0].start].lower_ == "the") >= end - start:
            return False  # (a place already, whole)
        if not overlapping and doc[start].is_sent_start:
            return False
        for e in overlapping:
            replace[(e.start, e.end)] = None
        added.append(Span(doc, start, end, label="GPE"))
        return True

    for k, kind_end in kinds:
        if kind_end + 1 < len(doc) and doc[kind_end].lower_ == "of" and doc[kind_end + 1].is_lower \
                and doc[kind_end + 1].lower_ != "the":
            continue  # ("the Morvan Brothers zone of influence": a body's sphere, no unit)
        start = _unit_name_run(doc, k, 0)
        if not retype(start, k) and not any(s.start == start and s.end == k for s in added) \
                and not (start < k and start in by_token and by_token[start].label_ in _PLACE_LABELS):
            continue
        if doc[kind_end - 1].lower_.endswith("s"):  # "Melsk, Orran and Dastan counties": each name of the list
            while start >= 2 and (doc[start - 1].lower_ in PLACE_COORDINATORS or doc[start - 1].text == ","):
                join = start - 1
                if doc[join].lower_ == "and" and join >= 1 and doc[join - 1].text == ",":
                    join -= 1
                before = _unit_name_run(doc, join, 0)
                if before == join or not (retype(before, join) or (before in by_token and by_token[before].label_ in _PLACE_LABELS)):
                    break
                start = before
        if kind_end + 1 < len(doc) and doc[kind_end].lower_ == "of":  # "... counties of Vell State"
            first = kind_end + 2 if doc[kind_end + 1].lower_ == "the" else kind_end + 1
            whole = by_token.get(first)
            if whole is not None and whole.start == first and whole.label_ in _RETYPED_UNIT_LABELS \
                    and not whole.ent_id_ and len(whole) <= 4 and all(_unit_name_word(t) for t in whole) \
                    and whole[-1].text not in _ANY_BODY_NAME_HEADS:
                replace[(whole.start, whole.end)] = None
                added.append(Span(doc, whole.start, whole.end, label="GPE"))
    if not added:
        return ents
    out = [e for e in ents if (e.start, e.end) not in replace]
    taken: set[int] = set()
    for span in sorted(added, key=lambda s: (s.start, -len(s))):
        if not taken.intersection(range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return sorted(out, key=lambda e: e.start)


def _places_before_part_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the Dassel division of the Orvania region", "the Tarbeen neighbourhood of Kolvara": the capitalised proper
    nouns just before a lower-case noun of a part of a place that also follows a body's name (``place_part_nouns``:
    a division, a neighbourhood, a quarter) are the part's name, a place, where NER typed them a body or a person
    or left them untyped -- but only where the noun's "of" names a place NER already typed so ("the Hamza division
    of the national army" names a body's unit), and a division only after "in", "across", "near" and the like
    (``part_place_prepositions``: "the Kadri division of Marovia crossed the river" is an army's). Never a name the
    gazetteer knows, one ending in a body's or a facility's head word, an acronym, or an untyped run holding its
    sentence's first word."""
    parts = [i for i in _positions(doc, LOWER, PLACE_PART_NOUNS) if i > 0 and doc[i].is_lower
             and doc[i].pos_ == "NOUN" and doc[i].dep_ not in ("compound", "amod") and i + 2 < len(doc)
             and doc[i + 1].lower_ == "of" and (not doc[i].lower_.startswith("division") or (
                 doc[i].dep_ == "pobj" and doc[i].head.lower_ in PART_PLACE_PREPOSITIONS))]
    if not parts:
        return ents
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    drop: set[tuple[int, int]] = set()
    added: list[Span] = []
    for k in parts:
        first = k + 3 if doc[k + 2].lower_ == "the" and k + 3 < len(doc) else k + 2
        whole = by_token.get(first)
        if whole is None or whole.start != first or whole.label_ not in _PLACE_LABELS:
            continue
        start = _unit_name_run(doc, k, 0)
        if start >= k:
            continue
        words = doc[start:k]
        if words[-1].text in _ANY_BODY_NAME_HEADS or words[-1].text in FACILITY_NAME_HEADS \
                or any(t.is_upper and len(t) > 1 for t in words):
            continue
        overlapping = list(dict.fromkeys(by_token[i] for i in range(start, k) if i in by_token))
        if any(e.ent_id_ or e.end > k or e.start < start - (doc[e.start].lower_ == "the")
               or e.label_ not in _RETYPED_UNIT_LABELS | _PLACE_LABELS for e in overlapping):
            continue
        if overlapping and all(e.label_ in _PLACE_LABELS for e in overlapping):
            continue  # (a place already)
        if not overlapping and doc[start].is_sent_start:
            continue
        drop.update((e.start, e.end) for e in overlapping)
        added.append(Span(doc, start, k, label="GPE"))
    if not added:
        return ents
    out = [e for e in ents if (e.start, e.end) not in drop]
    taken = {i for e in out for i in range(e.start, e.end)}
    for span in added:
        if not taken.intersection(range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return sorted(out, key=lambda e: e.start)


def _places_in_named_units(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Tarvo in the Melsk region, Dastan in the Orran district": a lone capitalised name written just before "in the"
    and a place's name with a lower-case kind of administrative unit (``unit_kind_nouns``, singular) is a place
    within that unit, where NER typed the unfamiliar name an organisation or a person, or left it unread. Only a
    one-word name (never the gazetteer's, an acronym or a given name) after a comma, a coordinator, a verb or a
    preposition (not after a title or another capitalised word: "Governor Abdi in the Melsk region"), not read as
    the subject of a verb of speech, and never a name the text types as a person or a body elsewhere (inside a
    longer person's or body's name, or after a title)."""
    kinds = [i for i in _positions(doc, LOWER, UNIT_KIND_NOUNS) if i > 3 and doc[i].is_lower
             and doc[i].pos_ == "NOUN" and not doc[i].lower_.endswith("s") and doc[i].dep_ == "pobj"]
    if not kinds:
        return ents
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    out, changed = list(ents), False
    for k in kinds:
        start = _unit_name_run(doc, k, 0)
        if start == k or start < 3 or doc[start - 1].lower_ != "the" or doc[start - 2].lower_ != "in":
            continue
        unit = by_token.get(start)
        if unit is None or unit.label_ not in _PLACE_LABELS or unit.end != k:
            continue
        n = start - 3
        name = doc[n]
        if not _unit_name_word(name) or " " in name.text or name.lower_ in GIVEN_NAMES:
            continue
        before = doc[n - 1] if n > 0 else None
        if before is None or name.is_sent_start or not (before.is_punct and before.text == ","
                or before.pos_ in ("CCONJ", "VERB", "ADP")):
            continue
        if name.dep_ in ("nsubj", "nsubjpass") and (name.head.lemma_ in SPEECH_VERBS or name.head.lemma_ in SAYING_VERBS):
            continue
        ent = by_token.get(n)
        if ent is not None and (ent.label_ not in _RETYPED_UNIT_LABELS or ent.ent_id_ or len(ent) != 1):
            continue
        elsewhere = [e for e in ents if e.start != n and any(t.text == name.text for t in e)]
        if any(e.label_ in _RETYPED_UNIT_LABELS and len(e) > 1 for e in elsewhere) \
                or any(t.text == name.text and t.i != n and t.i > 0 and (doc[t.i - 1].lower_ in PERSON_TITLES
                       or doc[t.i - 1].lower_ in LEADER_TITLES or doc[t.i - 1].lower_ in MEMBER_TITLES) for t in doc):
            continue
        if ent is not None:
            out = [e for e in out if e is not ent]
        out.append(Span(doc, n, n + 1, label="GPE"))
        changed = True
    return sorted(out, key=lambda e: e.start) if changed else ents


def _places_described_as_settlements(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Dravik is a river port in Osmeria", "Maseno was a farming district": the subject of a copula whose complement
    is a noun of a settlement or an administrative unit (``settlement_nouns``, ``unit_kind_nouns``) is a place,
    however NER typed an unfamiliar name (an organisation, a person) or left it unread mid-sentence. Never a name the
    gazetteer knows, one ending in a body's head word, or an acronym."""
    attrs = [i for i in _positions(doc, LOWER, SETTLEMENT_NOUNS | UNIT_KIND_NOUNS) if doc[i].dep_ == "attr"
             and doc[i].pos_ == "NOUN" and doc[i].head.lemma_ == "be"]
    if not attrs:
        return ents
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    out, changed = list(ents), False
    for i in attrs:
        subject = next((c for c in doc[i].head.children if c.dep_ == "nsubj" and c.i < i), None)
        if subject is None or not _unit_name_word(subject):
            continue
        ent = by_token.get(subject.i)
        if ent is None:
            if subject.is_sent_start or any(c.dep_ in ("compound", "det", "poss") for c in subject.children):
                continue
            out.append(Span(doc, subject.i, subject.i + 1, label="GPE"))
            changed = True
            continue
        if ent.label_ not in _RETYPED_UNIT_LABELS or ent.ent_id_ or ent.root.i != subject.i \
                or not all(_unit_name_word(t) for t in ent) or ent[-1].text in _ANY_BODY_NAME_HEADS:
            continue
        out = [Span(doc, e.start, e.end, label="GPE") if e is ent else e for e in out]
        changed = True
    return sorted(out, key=lambda e: e.start) if changed else ents


def _kind_ends_name(kind: Token) -> bool:
    """A capitalised noun of a region's kind that closes a place's name ("Adamawa *State*"), not one inside a longer
    name ("the Ohio State University", "the Bangsamoro Autonomous Region in Muslim Mindanao", "the Kurdistan Region
    of Iraq": a name that goes on with "in" or "of" and a capitalised word)."""
    doc = kind.doc
    if not (kind.is_title and kind.lower_ in PLACE_DESIGNATORS) or kind.dep_ == "compound" \
            or any(c.dep_ == "compound" and c.i > kind.i for c in kind.children):
        return False
    return not (kind.i + 2 < len(doc) and doc[kind.i + 1].lower_ in ("in", "of") and doc[kind.i + 2].is_title)


def _places_named_with_their_kind(doc: Doc, ents: list[Span]) -> list[Span]:
    """"in Adamawa State", "Kunar Province": a capitalised noun of a region's kind right after a place's name, the
    head the name modifies, is part of the name; NER and the gazetteer's ruler stop at the place, so "Niger State"
    (a state of Nigeria) read as the state Niger and the kind as a place named "State". Never where the kind opens a
    longer name ("Ohio State University") or is a name's own ("the Islamic State": no place before it)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    joined = False
    for ent in ents:
        kind = doc[ent.end] if ent.end < len(doc) else None
        if kind is not None and ent.label_ in _PLACE_LABELS and kind.i not in taken and _kind_ends_name(kind) \
                and ent.root.head.i == kind.i and ent.root.dep_ in ("compound", "nmod"):
            ent = Span(doc, ent.start, kind.i + 1, label="GPE")
            for tok in ent:
                tok.ent_id_ = ""  # (no longer the gazetteer's state)
            joined = True
        out.append(ent)
    return out if joined else ents


def _states_named_before_their_head(doc: Doc, ents: list[Span]) -> list[Span]:
    """A state's formal name NER missed that puts its name before its head: "the Tarsen Republic", "the Kingdom"
    being "the Norvell Kingdom" -- "the", one or two capitalised names untyped (or typed as a people or place),
    then the head. Never a kind of polity ("the Islamic Republic", "the Federal Republic")."""
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    out, taken = list(ents), set()
    for i in _positions(doc, ORTH, _STATE_HEADS):
        if i < 2 or i in by_token or (i + 1 < len(doc) and doc[i + 1].lower_ == "of"):
            continue
        start = i
        while start > 0 and i - start < 2 and doc[start - 1].is_title and doc[start - 1].tag_ in ("NNP", "NNPS") \
                and doc[start - 1].text.replace("-", "").isalpha() and not doc[start - 1].is_sent_start:
            start -= 1
        if start == i or start == 0 or doc[start - 1].lower_ != "the":
            continue
        if any(t.lower_ in STATE_NAME_EPITHETS for t in doc[start:i]):
            continue
        inner = {by_token[k] for k in range(start, i) if k in by_token}
        if any(e.ent_id_ or e.start < start or e.end > i or e.label_ not in ("NORP", "GPE", "LOC") for e in inner):
            continue
        out = [e for e in out if e not in inner]
        out.append(Span(doc, start, i + 1, label="GPE"))
        taken.update(range(start, i + 1))
    return sorted(out, key=lambda e: e.start) if taken else ents


# Words that close a span of time counted back from the story's events ("days later", "a week earlier").
_RELATIVE_TIME_ENDS = {"later", "earlier", "ago", "afterwards"}


def _speaker_after_comma(ent: Span) -> Span | None:
    """"... sent advisers to the Legion, Moravi said", "... fought the Front, Haddad told reporters": NER may read
    the name ending a clause and the speaker after its comma as one name. Where a name no gazetteer entry holds
    has a comma inside, followed by one to three capitalised words that are the subject of a verb of saying right
    after them, those words are the speaker, a person; the words before the comma keep their own name."""
    if ent.ent_id_ or ent.label_ not in ("ORG", "GPE", "PERSON", "NORP", "LOC"):
        return None
    commas = [t.i for t in ent[1:-1] if t.text == ","]
    doc = ent.doc
    if len(commas) != 1 or ent.end >= len(doc) or doc[ent.end].lemma_ not in SAYING_VERBS:
        return None
    words = doc[commas[0] + 1:ent.end]
    before = doc[ent.start:commas[0]]
    if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
            or not any(t.text[:1].isupper() for t in before):
        return None
    return Span(doc, words.start, words.end, label="PERSON")


def _person_before_time(ent: Span) -> Span | None:
    """"imposed sanctions on Burhan days later", read by NER as one event or body: the surname of a person the text named
    in full, as a PERSON entity, without the time after it; None where the entity is no such thing."""
    if ent.ent_id_ or ent[-1].lower_ not in _RELATIVE_TIME_ENDS:  # (no name ends so, whatever NER's label)
        return None
    cut = next((t.i for t in ent if t.is_lower), ent.end)
    if cut - ent.start != 1 or not ent[0].is_title:
        return None
    surname = ent[0].text
    named = any(e.label_ == "PERSON" and e.end <= ent.start and any(
        t.text == surname or t.text.endswith("-" + surname) for t in e) for e in ent.doc.ents)
    return Span(ent.doc, ent.start, cut, label="PERSON") if named else None


_OUTLINE_LABEL = re.compile(r"(?:[A-Z]|[IVX]{1,4})\.$")


def _without_outline_label(ent: Span) -> Span:
    """A report's heading "B. The Kessar Front" without its section's letter or numeral: NER reads the label that
    opens the line into the body's name, which then names another actor than "the Kessar Front" below it. Only
    at a line's start, and never a person's initial ("A. Rahim"); ``ent`` itself if it has no label.

    >>> [e.text for e in nlp("C. The Kessar Front\n\nThe Kessar Front holds Orsk.").ents]  # doctest: +SKIP
    ['The Kessar Front', 'The Kessar Front', 'Orsk']
    """
    doc, first = ent.doc, ent[0]
    if ent.ent_id_ or ent.label_ == "PERSON" or len(ent) < 2 or not _OUTLINE_LABEL.match(first.text) \
            or not ent[1].text[:1].isupper() or (first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws):
        return ent
    return Span(doc, ent.start + 1, ent.end, label=ent.label_)


def _without_time_stamp(ent: Span) -> Span | None:
    """A live blog's "13:40 - Lomar Defence Force" entity without its time stamp, its time zone ("10:40 GMT —",
    ``time_zones``) and dash (None if nothing is left); ``ent`` itself if it has none."""
    start = ent.start
    while start < ent.end and (TIME_STAMP.fullmatch(ent.doc[start].text) or ent.doc[start].text in "-–—" or (
            ent.doc[start].lower_ in TIME_ZONES and ent.doc[start].text.isupper() and start > 0
            and TIME_STAMP.fullmatch(ent.doc[start - 1].text))):
        start += 1
    if start == ent.start:
        return ent
    if start >= ent.end:
        return None
    rest = ent.doc[start:ent.end]
    # "10:05 - Basem Naim, a senior official": NER reads the stamp and the name as one quantity or time; what is
    # left, two to four capitalised words none of which heads a body, a facility or a group, is a person's name
    label = "PERSON" if ent.label_ in _STAMPED_NAME_LABELS and _bare_personal_name(rest) else ent.label_
    return Span(ent.doc, start, ent.end, label=label)


_STAMPED_NAME_LABELS = {"QUANTITY", "CARDINAL", "TIME", "DATE", "MONEY", "PERCENT", "ORDINAL"}


def _bare_personal_name(span: Span) -> bool:
    """Two to four capitalised words (with the particles of a name: "Izzat al-Rishq"), none a head that names a
    body, a facility or a group."""
    words = [t for t in span if t.text not in ("-", "‐") and t.lower_ not in NAME_PARTICLES]
    return 2 <= len(words) <= 4 and all(t.is_alpha and t.is_title for t in words) \
        and not any(t.text in _ANY_BODY_NAME_HEADS or t.text in FACILITY_NAME_HEADS for t in words)


def _heading_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A section heading or a list item's label that is a body's name ("Kestrian Liberation Front" over a
    list of its deeds, "- Kestrian Liberation Front: ...") is one ORG entity: NER reads a line with no sentence around it poorly. Only a heading made of
    capitalised words and name connectors that ends in an organisation's head noun ("Army of the
    Southern Hills" begins with one)."""
    heads = ORGANIZATION_BODY_HEADS | set(ORGANIZATION_NAME_HEADS)
    for start, end in (*getattr(doc._, "headings", ()), *getattr(doc._, "labels", ())):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
        paren = next((k for k, t in enumerate(words) if t.text == "("), None)
        name = words[:paren] if paren is not None else words
        headed = len(name) >= 2 and (name[-1].text in heads or (name[0].text in heads and name[1].lower_ == "of"))
        if not headed \
                or not all(t.text[:1].isupper() or t.lower_ in NAME_CONNECTORS for t in name):
            continue
        if any(e.start == name[0].i and e.end == name[-1].i + 1 for e in ents):
            continue
        new = Span(doc, name[0].i, name[-1].i + 1, label="ORG")
        ents = sorted([e for e in ents if e.end <= new.start or e.start >= new.end] + [new], key=lambda e: e.start)
    return ents


def _titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names after a person's title are persons: "President N" or "its chairman, N" that NER typed as a
    body or a place, "former presidents M and N" (N joined to a titled name), and "Colonel N" that NER
    did not tag at all (two or more untagged proper nouns after a capitalised title)."""
    out: list[Span] = []
    plural_title = False  # "former presidents M and N": N is titled too
    for ent in ents:
        lead = 0  # "General Kamal Doro" typed a body: the title NER took in is no part of the name
        while ent.label_ != "PERSON" and not ent.ent_id_ and lead < len(ent) - 2 and ent[lead].text[:1].isupper() \
                and (ent[lead].lower_ in PERSON_TITLES or _courtesy_title(ent[lead])):
            lead += 1  # ("Ms Ilse Varnholt" typed a body: a courtesy title is no body's word either)
        if lead and _person_shaped(ent[lead:]):
            ent = Span(doc, ent.start + lead, ent.end, label="PERSON")
        elif _title_and_mononym(ent):  # "General Wiranto" typed a body: the title is no part of the name
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
        ent = _without_opening_titles(ent)  # "Archbishop Tomas Okonkwo", "Spokeswoman Ilona Sarre": no part of the name
        title = _title_before(doc, ent) if ent.label_ != "PERSON" or not ent.ent_id_ else None
        joined = plural_title and ent.root.dep_ == "conj" and ent[0].lower_ != "the" and any(
            o.label_ == "PERSON" and o.start <= ent.root.head.i < o.end for o in out[-3:])  # "M, N and O"
        if ent.label_ != "PERSON" and not ent.ent_id_ and _person_shaped(ent) and (title is not None or joined):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        plural_title = (title is not None and title.tag_ == "NNS") or (plural_title and joined)
        last = out[-1] if out else None
        if last is not None and last.label_ == "PERSON" and not last.ent_id_ and not ent.ent_id_ and len(ent) == 1 \
                and ent.start == last.end and last.root.dep_ == "compound" and last.root.head.i == ent.start \
                and ent[0].is_alpha and ent[0].text[:1].isupper() and _person_shaped(doc[last.start:ent.end]):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")  # "Ama Tejan" + "Kiru": one name
            continue
        out.append(ent)
    by_start = {ent.start: n for n, ent in enumerate(out)}
    taken = {i for ent in out for i in range(ent.start, ent.end)}
    for i in sorted({*_positions(doc, LOWER, PERSON_TITLES, end=len(doc) - 2), *_positions(doc, LOWER, HONORIFICS, end=len(doc) - 2)}):
        tok = doc[i]
        if not (tok.text[:1].isupper() and (tok.lower_ in PERSON_TITLES or _courtesy_title(tok))) or tok.i + 1 in taken:
            continue
        end = tok.i + 1
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and doc[end].lower_ not in PERSON_TITLES and end - tok.i <= 4:
            end += 1
        rest = out[by_start[end]] if end in by_start and end > tok.i + 1 else None
        if rest is not None and not rest.ent_id_ and rest.label_ != "PERSON":  # "Colonel Ama Ba" + "Kiru"
            end = rest.end
        elif rest is not None:
            continue
        span = _without_opening_titles(Span(doc, tok.i + 1, end, label="PERSON"))  # ("Deputy Prosecutor N")
        if (len(span) >= 2 and _person_shaped(span) or len(span) == 1 and rest is None and _mononym(span[0])) \
                and doc[end - 1].text not in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS:
            out = [e for e in out if e is not rest]
            out.append(span)
            taken.update(range(span.start, span.end))
    for i in _positions(doc, ORTH, (",",), end=len(doc) - 2):
        span = _named_after_title(doc, i, taken)
        if span is not None:  # "The Minister of Defence, Lena Sarov, met ...": a name NER did not tag, titled before
            out.append(span)
            taken.update(range(span.start, span.end))
            continue
        span = _mistyped_name_after_title(doc, i, out)
        if span is not None:  # "its defence minister, Sofia Okello, said": a name NER typed a place or a body
            out = [e for e in out if e.end <= span.start or e.start >= span.end] + [span]
            taken.update(range(span.start, span.end))
    for i in _positions(doc, LOWER, PERSON_TITLES):
        span = _named_before_title(doc, doc[i], taken)
        if span is not None:  # "Adolfo Macias, the leader of X,": a name NER did not tag, titled in apposition
            out.append(span)
            taken.update(range(span.start, span.end))
    for i in _positions(doc, LOWER, PERSON_RELATIVES):
        span = _named_before_relative(doc, i, taken)
        if span is not None:  # "Morr Deek, who heads the X Front,": a name NER did not tag, that only a person's is
            out.append(span)
            taken.update(range(span.start, span.end))
    for i in _positions(doc, POS, ("PROPN",)):
        span = _speaker_of_state(doc, doc[i], taken) or _leader_named(doc, doc[i], taken)
        if span is not None:  # "Makarim Wibisono of Indonesia said": a delegate NER did not tag
            out.append(span)
            taken.update(range(span.start, span.end))
    out = [_with_caption_given_name(doc, _with_titled_given_names(doc, _with_lone_first_name(doc, e, taken), taken), taken)
           for e in out]
    return sorted(out, key=lambda e: e.start)


def _without_opening_titles(ent: Span) -> Span:
    """A person's name without the titles NER took in before it ("Deputy Prosecutor Ines Varga" -> "Ines Varga"):
    capitalised person titles or ``name_opening_titles`` leading a name of two words or more. ``ent`` itself when
    none leads it, or when what is left is no name's shape ("Archbishop Okonkwo" keeps its one word whole).

    >>> _without_opening_titles(nlp("Spokeswoman Ilona Sarre said so.")[0:3]).text  # doctest: +SKIP
    'Ilona Sarre'
    """
    if ent.label_ != "PERSON" or ent.ent_id_:
        return ent
    lead = 0
    while lead < len(ent) - 2 and ent[lead].is_title and ent[lead].lower_ in PERSON_TITLES | NAME_OPENING_TITLES:
        lead += 1
    if not lead or not _person_shaped(ent[lead:]):
        return ent
    return Span(ent.doc, ent.start + lead, ent.end, label="PERSON")


def _courtesy_title(tok: Token) -> bool:
    """A courtesy title written before a name ("Ms", "Mr", "Dr": ``honorifics``), not in capitals ("DR Congo")."""
    return tok.lower_ in HONORIFICS and not tok.is_upper


def _speaker_of_state(doc: Doc, name: Token, taken: set[int]) -> Span | None:
    """The untagged name of a speaker hung on a state's name ("N of Indonesia said", "N of Chad told the council"):
    a person, as a delegate named by his country; only two to four untagged capitalised words as the subject of a
    verb of saying, with "of" and a state or country right after them."""
    if name.dep_ != "nsubj" or name.head.lemma_ not in SAYING_VERBS or name.i in taken or name.i + 2 >= len(doc) \
            or doc[name.i + 1].lower_ != "of" or doc[name.i + 1].head.i != name.i \
            or doc[name.i + 2].ent_type_ not in ("STATE", "GPE") or doc[name.i + 2].head.i != name.i + 1:
        return None
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == name.i and start - 1 not in taken:
        start -= 1
    span = Span(doc, start, name.i + 1, label="PERSON")
    return span if _person_shaped(span) and not any(t.ent_type_ for t in span) \
        and doc[name.i].text not in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS else None




def _lone_first_name(doc: Doc, i: int, taken: set[int]) -> bool:
    """Whether ``doc[i]`` is a first name the parser cut off as a sentence of its own ("Vell | Doran said ...", at a
    paragraph's start): an untagged capitalised proper noun that is no English word, a root with no dependents,
    right before the rest of the name."""
    tok = doc[i]
    return i not in taken and tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title and tok.is_alpha \
        and tok.dep_ == "ROOT" and tok.is_sent_start and not any(True for _ in tok.children) and not all_lemmas(tok.lower_)


def _with_lone_first_name(doc: Doc, ent: Span, taken: set[int]) -> Span:
    """A person's name with the first name the parser cut off before it taken back in ("Vell Doran")."""
    if ent.label_ != "PERSON" or ent.ent_id_ or ent.start == 0 or not _lone_first_name(doc, ent.start - 1, taken) \
            or not _person_shaped(doc[ent.start - 1:ent.end]):
        return ent
    taken.add(ent.start - 1)
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


def _with_caption_given_name(doc: Doc, ent: Span, taken: set[int]) -> Span:
    """A person's name with the given name NER left out at the start of a caption line ("- Kwame | Asante
    Boateng, Minister of Defence" in a witness list): one untagged capitalised proper noun, no English word,
    that opens the line and hangs on the name, whose title closes the line (``_caption_title``)."""
    if ent.label_ != "PERSON" or ent.ent_id_ or ent.start == 0 or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return ent
    first, title = doc[ent.start - 1], doc[ent.end + 1:ent.end + 4].root
    opens = first.is_sent_start or (first.i > 0 and doc[first.i - 1].is_sent_start and doc[first.i - 1].is_punct)
    if first.i in taken or first.pos_ != "PROPN" or first.ent_type_ or not (first.is_title and first.is_alpha) \
            or all_lemmas(first.lower_) or first.head.i not in range(ent.start, ent.end) or not opens \
            or title.dep_ != "appos" or title.lower_ not in PERSON_TITLES or not _caption_title(title) \
            or not _person_shaped(doc[first.i:ent.end]):
        return ent
    taken.add(first.i)
    return Span(doc, first.i, ent.end, label="PERSON")


def _with_titled_given_names(doc: Doc, ent: Span, taken: set[int]) -> Span:
    """A person's name with the given names NER left out between it and a title that ends in a portfolio
    ("Minister of Defence Ahmed Moalim | Fiqi", "Minister of Foreign Affairs Abdi Nur | Warsame"): one or two
    untagged capitalised proper nouns, no English words, right after the title's last word (``portfolio_words``,
    ``person_titles``), are the name's start."""
    if ent.label_ != "PERSON" or ent.ent_id_:
        return ent
    start = ent.start
    while start > 0 and ent.start - start < 2 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" \
            and not doc[start - 1].ent_type_ and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ not in PORTFOLIO_WORDS and doc[start - 1].lower_ not in PERSON_TITLES \
            and not all_lemmas(doc[start - 1].lower_):
        start -= 1
    if start == ent.start or start == 0 or not (doc[start - 1].lower_ in PORTFOLIO_WORDS or doc[start - 1].lower_ in PERSON_TITLES) \
            or not _person_shaped(doc[start:ent.end]):
        return ent
    taken.update(range(start, ent.start))
    return Span(doc, start, ent.end, label="PERSON")


def _leader_named(doc: Doc, name: Token, taken: set[int]) -> Span | None:
    """The untagged name of the subject of a verb that only a person's leading takes ("Ngozi Aku heads the X
    Brigade"): two to four capitalised words, the first no English word, is a person."""
    verb = name.head
    frames = VERB_FRAMES.get(verb.lemma_, ())
    if name.dep_ != "nsubj" or name.i in taken or name.ent_type_ or not frames \
            or not all(f.predicate == "leads" for f in frames):
        return None
    start = name.i
    while start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ and (
            (doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i) or _lone_first_name(doc, start - 1, taken)):
        start -= 1
    span = Span(doc, start, name.i + 1, label="PERSON")
    return span if _person_shaped(span) and not all_lemmas(doc[start].lower_) \
        and doc[name.i].text not in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS else None


def _named_before_relative(doc: Doc, rel: int, taken: set[int]) -> Span | None:
    """Two to four untagged capitalised proper nouns before a comma and a relative pronoun only a person takes,
    whose clause hangs on the last of them ("Morr Deek, who heads the X Front, ..."): a person; never words
    after "the" (a body or a place: "the Tarn Valley, whom ..." is a misparse), nor a body's or a site's head."""
    if rel < 3 or doc[rel - 1].text != "," or doc[rel].head.dep_ != "relcl" or doc[rel].head.head.i != rel - 2:
        return None
    start = end = rel - 1
    while start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
            and doc[start - 1].is_title and doc[start - 1].is_alpha and end - start < 4:
        start -= 1
    if start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ == "the"):
        return None
    span = Span(doc, start, end, label="PERSON")
    return span if _person_shaped(span) and doc[end - 1].text not in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS \
        and not any(t.lower_ in PERSON_TITLES for t in span) else None


def _named_before_title(doc: Doc, title: Token, taken: set[int]) -> Span | None:
    """The untagged name a person's title of a body stands in apposition to, right after it and a comma ("N,
    the group's leader,", "N, the commander of X,", "N, an MP for X,"), if it has the shape of a name; else None."""
    name = title.head
    if title.dep_ != "appos" or not (title.tag_ == "NN" or _acronym_title(title) or _caption_title(title)) \
            or name.pos_ != "PROPN" or name.i in taken \
            or name.i + 2 >= len(doc) or doc[name.i + 1].text != "," or title.left_edge.i != name.i + 2 \
            or not (any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "for")) for c in title.children)
                    or _described_one(title) or _caption_title(title)):
        return None  # (a bare title, "N, the president,", says too little to make a name of untagged words)
    start = name.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and start - 1 not in taken and (
            (doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i)
            or (doc[start - 1].is_sent_start and start == name.i and doc[start - 1].is_title and doc[start - 1].is_alpha)):
        start -= 1  # ("Dak Morro, a ...": the parser may make the first name a root of its own)
    span = Span(doc, start, name.i + 1, label="PERSON")
    return span if _person_shaped(span) and doc[name.i].text not in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS else None


def _caption_title(title: Token) -> bool:
    """A capitalised title tagged a proper noun that ends a signature or caption line of its own: the name opens
    the line and the title's of- or for-phrase closes it ("Amaru Quispe, Minister of Defence of the Republic of
    Pelaru" under "Witnesses:"), or the name follows the party a signatory signs for ("For the Government of
    Kenya: Abdi Gure, Chief Negotiator"). It can hang on no next line (``segment._caption_line`` ends the
    line's sentence)."""
    doc, sent, name = title.doc, title.sent, title.head
    last = sent.end - 1
    while last > title.i and (doc[last].is_space or doc[last].is_punct):
        last -= 1
    left = name.i
    while left > sent.start and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == name.i:
        left -= 1  # (the name's own words: a "For ...:" label before it hangs on it too)
    signatory = left > sent.start and doc[left - 1].text == ":" and doc[sent.start].lower_ == "for"
    opening = left == sent.start or (left == sent.start + 1 and doc[sent.start].is_punct) or signatory
    return title.tag_ == "NNP" and opening and title.right_edge.i >= last \
        and (signatory or any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in title.children))


def _acronym_title(title: Token) -> bool:
    """A person's title written as an acronym ("MP", "MEP"), which the tagger takes for a proper noun. Only an
    acronym: a capitalised title tagged a proper noun ("Deputy Prime Minister" in a signature block) may hang on an
    of- or for-phrase of the next line, a party the person does not belong to."""
    return title.tag_ == "NNP" and title.text.isupper() and len(title.text) >= 2


def _described_one(title: Token) -> bool:
    """"a rebel commander", "the rebel spokesman", "a former army officer": one person of a kind, a title a word
    modifies (which "N, the president," lacks: a bare definite title may be a role the name is compared with)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in title.children) \
        and any(c.dep_ in ("amod", "compound", "nmod") and c.i < title.i for c in title.children)


def _title_and_mononym(ent: Span) -> bool:
    """Whether NER typed a capitalised person's title or honorific and one name as a body or a place ("General
    Wiranto", "Mr Aideed"): the name is a person known by one word, if that word is no English word, no given name
    (the rest of the name may be elsewhere) and no body's or site's head ("General Command", "General Motors")."""
    if len(ent) != 2 or ent.label_ == "PERSON" or ent.ent_id_:
        return False
    title, name = ent[0], ent[1]
    return title.text[:1].isupper() and (title.lower_ in PERSON_TITLES or title.lower_ in HONORIFICS) \
        and _one_word_name(name) and name.lower_ not in PERSON_TITLES \
        and name.text not in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS


def _mononym(tok: Token) -> bool:
    """A lone untagged proper noun after a capitalised title that is no English word ("General Wiranto", not
    "General Assembly"): a person known by one name."""
    return not tok.ent_type_ and _one_word_name(tok)


def _one_word_name(tok: Token) -> bool:
    """Whether a capitalised proper noun is a whole person's name of one word: no English word, no given name (the
    rest of the name may be elsewhere), and the phrase ends with it (punctuation, a verb, a preposition follows)."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not all_lemmas(tok.lower_) \
        and tok.lower_ not in GIVEN_NAMES and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].is_punct
                                                or tok.doc[tok.i + 1].pos_ in ("VERB", "AUX", "ADP", "CCONJ"))


def _named_after_title(doc: Doc, comma: int, taken: set[int], typed_ok: bool = False) -> Span | None:
    """Two to four untagged capitalised words set off by commas right after a person's title, bare or with its
    of-phrase ("The Minister of Defence, Lena Sarov, met ...", "its commander, Ilya Dorn."): a person. With
    ``typed_ok``, words NER typed count too (``_mistyped_name_after_title`` has vetted them)."""
    end = comma + 1
    while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and (typed_ok or not doc[end].ent_type_) \
            and (doc[end].is_alpha or "-" in doc[end].text) and doc[end].text[:1].isupper() and end - comma <= 4:
        end += 1
    if end - comma < 3 or end >= len(doc) or not doc[end].is_punct or comma + 1 in taken:
        return None
    title = doc[comma - 1]
    if title.dep_ == "amod" and doc[comma - 2].text == "-" and title.head.i == comma - 3:
        title = title.head  # "secretary-general": the title is the hyphened compound's first word
    while title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.i < title.i:
        title = title.head.head  # "the Minister of Defence": the title the of-phrase hangs on
    if title.pos_ not in ("NOUN", "PROPN") or title.lemma_.lower() not in PERSON_TITLES or title.i == comma - 1 \
            and doc[comma - 1].lower_ not in PERSON_TITLES and doc[comma - 1].lemma_.lower() not in PERSON_TITLES:
        return None
    start = comma + 2 if doc[comma + 1].lower_ in HONORIFICS else comma + 1  # "Dame N": the name is reported without it
    span = Span(doc, start, end, label="PERSON")
    return span if _person_shaped(span) and span[0].lower_ not in PERSON_TITLES else None


def _mistyped_name_after_title(doc: Doc, comma: int, ents: list[Span]) -> Span | None:
    """Two to four capitalised words set off by commas right after a person's title, read by NER as a place or a
    body ("Uganda's defence minister, Sofia Okello, said", "the Minister of Foreign Affairs of X, Marta Kovin,"):
    a person, as ``_named_after_title`` reads untagged ones. A word may be NER's own guess, or the gazetteer's
    one-word place opening the name (a given name that is a town's: "Sofia", "Lima"), never a name the gazetteer
    knows whole ("the President of the Council, Sierra Leone,": a state holds the chair); the first word is no
    English word ("the chair of the bloc, South Tessavia,")."""
    end = comma + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and (doc[end].is_alpha or "-" in doc[end].text) \
            and doc[end].text[:1].isupper() and end - comma <= 4:
        end += 1
    if end - comma < 3 or end >= len(doc) or not doc[end].is_punct or all_lemmas(doc[comma + 1].lower_) \
            or doc[comma + 1].lower_ in HONORIFICS:
        return None
    inside = [e for e in ents if e.start < end and e.end > comma + 1]
    if not inside or any(e.start <= comma or e.end > end or e.label_ == "PERSON" for e in inside) \
            or any(e.ent_id_ and (e.start != comma + 1 or len(e) != 1) for e in inside) \
            or all(e.ent_id_ for e in inside) and all(e.start != end - 1 for e in inside) and len(inside) == end - comma - 1:
        return None
    if inside[0].ent_id_ and any(doc[i].ent_type_ for i in range(comma + 2, end)):
        return None  # (a gazetteer place opens the name only before words nobody typed: "Sofia Okello")
    span = _named_after_title(doc, comma, {i for e in ents if e not in inside for i in range(e.start, e.end)},
                              typed_ok=True)
    if span is None or span.start != comma + 1 or span.end != end:
        return None
    for tok in span:  # (the given name is no longer the gazetteer's place)
        tok.ent_id_ = ""
    return span


def _person_shaped(ent: Span) -> bool:
    """Two to four capitalised words, none a body's or a facility's head, no digit: the shape of a name."""
    words = [t for t in ent if t.lower_ not in ("the", "'s")]
    return 2 <= len(words) <= 4 and all(t.text[:1].isupper() and t.is_alpha or "-" in t.text for t in words) \
        and not any(t.text in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS or t.lower_ in NAME_OF_HEADS | SELF_RULE_HEADS
                    for t in words)


def _title_before(doc: Doc, ent: Span) -> Token | None:
    """The title that stands before the name: "president N", or "the chairman of the bloc, N" (apposition)."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_TITLES and root.head.pos_ == "NOUN":
        return root.head
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ in PERSON_TITLES or before.lemma_.lower() in PERSON_TITLES) \
            and before.head.i in range(ent.start, ent.end):
        return before
    # "N, a senior official of X," / "N, the group's spokesman,": one person's title in apposition after the name
    return next((c for c in root.children if c.dep_ == "appos" and c.tag_ == "NN" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in PERSON_TITLES and c.left_edge.i == ent.end + 1
                 and doc[ent.end].text == ","), None) if ent.end + 1 < len(doc) else None


def _runs_to_acronym(doc: Doc, ent: Span) -> int | None:
    """Where a body's name NER cut short ends, when a bracketed acronym a few words on spells the longer
    name ("Movement for Democracy | in Liberia (MODEL)": M, D, L in order): the end of the longer name."""
    end = _name_run_end(doc, ent.end)
    return end if end > ent.end and (_spelled(doc, ent.start, end) or _abbreviated(doc, ent.start, end)) else None


def _name_run_end(doc: Doc, start: int) -> int:
    """Where a name's words run on to from ``start``, up to a bracket and at most six words on: capitalised words
    and the connectors a name or an acronym's name takes ("for", "of", "in")."""
    end = start
    while end < len(doc) and end - start < 6 and doc[end].text != "(" and (
            doc[end].text[:1].isupper() or doc[end].lower_ in NAME_CONNECTORS | ACRONYM_NAME_CONNECTORS):
        end += 1
    return end


def _abbreviated(doc: Doc, start: int, end: int) -> bool:
    """Whether a bracketed acronym right after ``doc[start:end]``, a name with a place after "in", abbreviates it
    by some of its words' initials, in order, the first one first ("the Union for Peace in Central Africa (UPC)", an
    acronym of the name in another language; "the Front for Justice in West Kordavia (FJK)"): three letters at
    least, each the initial of a capitalised word of the name, the last of them within the place (prec49)."""
    close = next((i for i in range(end + 2, min(end + 5, len(doc))) if doc[i].text == ")"), None)
    if end + 2 >= len(doc) or doc[end].text != "(" or close is None or any(t.whitespace_ for t in doc[end + 1:close - 1]):
        return False
    acronym = doc[end + 1:close].text
    if not (acronym.isupper() and acronym.isalpha() and 3 <= len(acronym) <= 8):
        return False
    ins = [k for k in range(start + 1, end) if doc[k].lower_ in ACRONYM_NAME_CONNECTORS]
    if not ins:
        return False
    words = [t for t in doc[start:end] if t.text[:1].isupper() and t.lower_ != "the"]
    if not words or words[0].text[0] != acronym[0]:
        return False
    k, matched = 0, []
    for letter in acronym:
        while k < len(words) and words[k].text[0] != letter:
            k += 1
        if k == len(words):
            return False
        matched.append(words[k])
        k += 1
    return matched[-1].i > ins[0]


def _acronym_name_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a body's name runs on to, past "in" and a place, when a bracketed acronym right after the place
    spells or abbreviates the whole ("the Front for Justice | in West Kordavia (FJWK)"); None otherwise (prec49)."""
    if end >= len(doc) or doc[end].lower_ not in ACRONYM_NAME_CONNECTORS:
        return None
    stop = _name_run_end(doc, end)
    return stop if stop > end + 1 and (_spelled(doc, start, stop) or _abbreviated(doc, start, stop)) else None


def _hyphened_body_end(doc: Doc, ent: Span) -> int | None:
    """Where a body's name ends that the tokenizer cut at an unspaced hyphen, and NER or the gazetteer (which may
    know the shorter name as another body) stopped at: "the Sudan People's Liberation Movement" + "-In Opposition
    (SPLM-IO)". The capitalised words after the hyphen are the name's only where a bracketed acronym right after
    them spells the whole; a pair ("the Russia-Ukraine talks") has none."""
    end = ent.end
    if end + 1 >= len(doc) or doc[end].text not in ("-", "\u2010") or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    end += 1
    while end < len(doc) and end - ent.end <= 4 and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    return end if end > ent.end + 1 and _spelled(doc, ent.start, end) else None


def _spelled(doc: Doc, start: int, end: int) -> bool:
    """Whether a bracketed acronym right after ``doc[start:end]`` spells it: every capitalised word's
    initial, in order, within the acronym, the first one first ("MODEL": Movement, Democracy, Liberia)."""
    close = next((i for i in range(end + 2, min(end + 5, len(doc))) if doc[i].text == ")"), None)
    if end + 2 >= len(doc) or doc[end].text != "(" or close is None \
            or any(t.whitespace_ for t in doc[end + 1:close - 1]):
        return False
    acronym = doc[end + 1:close].text.replace("-", "")  # "SPLM-IO", cut at its hyphen by the tokenizer
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
        return False
    initials = [t.text[0] for t in doc[start:end] if t.text[:1].isupper() and t.lower_ != "the"]
    letters = iter(acronym)
    return len(initials) >= 2 and initials[0] == acronym[0] and all(c in letters for c in initials)


def _given_name_before(doc: Doc, ent: Span) -> bool:
    """Whether a one-word person's name follows a capitalised given name (``given_names``) that no entity holds
    and that opens the name (no capitalised word before it: "his aide, Mira Talvi"), which NER left out."""
    if len(ent) != 1 or ent.start == 0:
        return False
    given = doc[ent.start - 1]
    if given.ent_type_ or not given.is_alpha or not given.is_title or given.lower_ not in GIVEN_NAMES:
        return False
    before = doc[ent.start - 2] if ent.start >= 2 else None
    return before is None or not (before.is_alpha and before.text[:1].isupper()) or before.is_sent_start is True and before.pos_ != "PROPN"


def _widen(doc: Doc) -> list[Span]:
    out: list[Span] = []
    ents = list(doc.ents)
    skip_until = -1
    for n, ent in enumerate(ents):
        if ent.start < skip_until:
            continue
        named = _name_of_place(doc, ent, ents[n + 1] if n + 1 < len(ents) else None)
        if named is not None:  # "the Movement for the Rebirth" + "of Cameroon"
            out[:] = [o for o in out if o.end <= named.start]
            out.append(named)
            skip_until = named.end
            continue
        romance = _romance_name_end(doc, ent)
        if romance is not None:  # "Frente Campesino" + "del Occidente": one body's name
            out.append(Span(doc, ent.start, romance, label="ORG"))
            skip_until = romance
            continue
        hyphened = _hyphened_body_end(doc, ent) if ent.label_ not in ("PERSON", "GPE", "DATE") else None
        if hyphened is not None:  # "the Sudan People's Liberation Movement" + "-In Opposition (SPLM-IO)": another body
            out.append(Span(doc, ent.start, hyphened, label="ORG"))
            skip_until = hyphened
            continue
        spelled = _runs_to_acronym(doc, ent) if ent.label_ == "ORG" and not ent.ent_id_ else None
        if spelled is not None:  # "the Movement for Democracy" + "in Liberia (MODEL)": the name the acronym spells
            out.append(Span(doc, ent.start, spelled, label="ORG"))
            skip_until = spelled
            continue
        section = _national_section(doc, ent, ents[n + 1] if n + 1 < len(ents) else None)
        if section is not None:  # "Amnesty International" + "Indonesia": the body's national section
            out.append(section)
            skip_until = section.end
            continue
        joined = _joint_portfolio_end(doc, ent)
        if joined is not None:  # "the Ministry of Foreign Affairs" + "and Defence": one ministry of two portfolios
            out.append(Span(doc, ent.start, joined, label="ORG"))
            skip_until = joined
            continue
        end = ent.end
        if ent.label_ == "ORG" and not ent.ent_id_ and ent.start > 0 and doc[ent.start - 1].is_digit \
                and ent[0].tag_ == "NNP" and ent[-1].text in ORGANIZATION_BODY_HEADS and doc[ent.start - 1].ent_type_ in ("", "CARDINAL") \
                and (ent.start == 1 or doc[ent.start - 2].pos_ == "DET") and (ent.end == len(doc) or doc[ent.end].pos_ != "NOUN"):
            # "the 32 County Sovereignty Movement": a number that opens a body's name (not a count: "Brigades")
            if out and out[-1].end > ent.start - 1:
                out.pop()
            out.append(Span(doc, ent.start - 1, ent.end, label="ORG"))
            continue
        if ent.label_ in ("GPE", "LOC") and not ent.ent_id_ and _runs_on(doc, ent):  # "Tal" + "Abyad"
            out.append(Span(doc, ent.start, ent.end + 1, label=ent.label_))
            skip_until = ent.end + 1
            continue
        if ent.label_ == "PERSON" and not ent.ent_id_:  # "Mohammed bin Abdulrahman | Al Thani"
            while True:
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                        and not doc[end].ent_type_ and doc[end].is_alpha:
                    end += 1
                joined = _hyphened_name_end(doc, ent, end)  # "Pierre-Alain Mbeki" + "-Tanu", "Simon" + "-Pierre" + ...
                if joined is None:
                    break
                end = joined
            first = ent.start
            if _given_name_before(doc, ent) and (not out or out[-1].end < first):
                first -= 1  # "his aide, Mira | Talvi,": NER left the given name out of the name
            if end > ent.end or first < ent.start:
                out.append(Span(doc, first, end, label="PERSON"))
                skip_until = end
                continue
        around = _name_around_armed_group(doc, ent)
        if around is not None:  # "the Wollo" + "Fano" + "Popular Movement": another body than the one named inside
            out[:] = [o for o in out if o.end <= around.start - 1]
            out.append(around)
            skip_until = around.end
            continue
        first = _name_before_generic_body(doc, ent)
        if first is not None:  # "the Highland" + "Self-Defence Forces": another body than the one the gazetteer knows so
            if out and out[-1].end > first:
                out.pop()
            out.append(Span(doc, first, ent.end, label="ORG"))
            continue
        start = ent.start
        if ent.ent_id_ and ent.label_ in ("STATE", "LOCATION") and start > 0 and compass_prefix(doc[start - 1]) \
                and (start < 2 or not doc[start - 2].text[:1].isupper()):
            # NER may have taken the compass word alone ("the Lower" + "Juba"): it belongs to the name after it
            stray = out[-1] if out and out[-1].end == start and not out[-1].ent_id_ \
                and all(t.pos_ == "DET" or compass_prefix(t) for t in out[-1]) else None
            if not doc[start - 1].ent_type_ or stray is not None:
                if stray is not None:
                    out.pop()
                out.append(Span(doc, start - 1, ent.end, label="LOC"))  # "South Georgia" is not Georgia
                continue
        if ent.ent_id_ and ent.label_ in ("STATE", "LOCATION", "GPE", "PERSON"):  # "Hamid Karzai International Airport"
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end > ent.end and doc[end - 1].text in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS:
                label = "ORG" if doc[end - 1].text in ORGANIZATION_BODY_HEADS else "FAC"  # "Hama Central Prison"
                out.append(Span(doc, ent.start, end, label=label))
                skip_until = end
                continue
        end = _facility_type_end(doc, ent)
        if end is not None:  # "the al-Kadra air base": the kind is part of the facility's name
            out.append(Span(doc, ent.start, end, label="FAC"))
            skip_until = end
            continue
        out.append(ent)
    return out  # entities come sorted, so a widened span only covers the ones it skipped


def _hyphened_name_end(doc: Doc, ent: Span, end: int) -> int | None:
    """Where a person's name ends that the tokenizer cut at an unspaced hyphen and NER stopped at ("Pierre-Alain
    Mbeki" + "-Tanu"): a capitalised word in lower case after its first letter that no one read as a name. Only a
    name the gazetteer does not know, and not a pair ("the Mbeki-Tanu talks": a noun that states a relation between
    two sides follows); None where nothing runs on. (An acronym's second part, "the SSC" + "-Khatumo", is left cut:
    joined, it let a true capture through under a facility name another sentence gives otherwise -- see names36.)"""
    if ent.ent_id_ or ent.label_ != "PERSON":
        return None
    start = end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        piece = doc[end + 1]
        if not (piece.is_alpha and piece.text[:1].isupper() and piece.text[1:].islower() and len(piece) > 1) \
                or piece.ent_type_ or piece.pos_ not in ("PROPN", "NOUN", "ADJ"):
            break
        end += 2
    if end == start or (end < len(doc) and (doc[end].lower_ in BETWEEN_NOUNS or doc[end].lemma_ in BETWEEN_NOUNS)):
        return None
    return end


def _name_words(name: str) -> list[str]:
    """The words of a name as a dictionary holds them: lower case, hyphens split, a possessive "'s" dropped
    ("People's Defence Force" is made of "people", "defence", "force")."""
    return [w.removesuffix("'s").removesuffix("\u2019s") for w in name.lower().replace("-", " ").split()]


def _name_around_armed_group(doc: Doc, ent: Span) -> Span | None:
    """A body's name that holds an armed group the gazetteer knows as one of its words, between capitalised words
    after "the" and capitalised words that end on a body's head ("the Wollo Fano Popular Movement", "the Ituri
    Mai-Mai Resistance Movement"): the whole is another body, a branch or a merger, not the group named inside.
    None unless words stand on both sides ("the Fano fighters", "the Ituri Mai-Mai", "Fano Popular Movement").

    >>> _name_around_armed_group(doc, fano).text  # "The Wollo Fano Popular Movement attacked ..."  # doctest: +SKIP
    'Wollo Fano Popular Movement'
    """
    if not ent.ent_id_ or ent.label_ != "ARMED_GROUP":
        return None
    end = ent.end
    while end < len(doc) and end - ent.end < 4 and _bare_name_word(doc[end]):
        end += 1
    if end == ent.end or doc[end - 1].text not in ORGANIZATION_BODY_HEADS:
        return None
    first = ent.start
    while first > 1 and ent.start - first < 2 and doc[first - 1].is_title and doc[first - 1].is_alpha \
            and doc[first - 1].pos_ in ("PROPN", "ADJ") and doc[first - 1].ent_type_ != "PERSON" \
            and (not doc[first - 1].ent_id_ or doc[first - 1].ent_type_ == "LOCATION"):
        first -= 1  # (NER may have read "the Wollo" alone as a body; a region the gazetteer knows opens one too)
    if first == ent.start or doc[first - 1].lower_ != "the":
        return None
    return Span(doc, first, end, label="ORG")


def _bare_name_word(tok: Token) -> bool:
    """A capitalised word no gazetteer entry holds, that may carry on a body's name ("Popular", "Movement")."""
    return tok.is_title and tok.is_alpha and not tok.ent_id_ and tok.ent_type_ in ("", "ORG")


def _name_before_generic_body(doc: Doc, ent: Span) -> int | None:
    """Where a body's name opens that runs on into a gazetteer name made only of common words ("the Highland" +
    "Self-Defence Forces", which the gazetteer knows as Japan's): capitalised words no one read as a name, after
    "the" and outside a title-case headline. The whole is another body; None where nothing runs on."""
    if not ent.ent_id_ or ent.start < 2 or ent.start_char < doc._.headline_end \
            or not all(all_lemmas(w) for w in _name_words(ent.text)):
        return None
    first = ent.start
    while first > 1 and doc[first - 1].pos_ in ("PROPN", "ADJ") and doc[first - 1].is_title and doc[first - 1].is_alpha \
            and (not doc[first - 1].ent_type_ or (doc[first - 1].ent_type_ == "ORG" and not doc[first - 1].ent_id_)) \
            and not doc[first - 1].is_sent_start:
        first -= 1  # (NER may have read "the Northern" alone as a body)
    return first if first < ent.start and doc[first - 1].lower_ == "the" else None


def _joint_portfolio_end(doc: Doc, ent: Span) -> int | None:
    """Where a ministry's name ends that NER cut at its "and": "the Ministry of Foreign Affairs" + "and Defence"
    (then a lower-case word, a preposition or the end: "and Defence of X", "and Defence condemns"). Capitalised
    words after the "and" that NER read as a place, a people or a person are another actor ("the Ministry of
    Defence and Russia's envoy")."""
    words = [t for t in ent if t.pos_ != "DET"]
    if ent.label_ != "ORG" or ent.ent_id_ or not words or words[0].lower_ not in MINISTRY_HEADS \
            or not any(t.lower_ == "of" for t in words) or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    end = ent.end + 1
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].is_title \
            and doc[end].ent_type_ in ("", "ORG") and doc[end].tag_ in ("NNP", "NNPS", "NN", "NNS"):
        end += 1
    if end == ent.end + 1 or end - ent.end > 3 or (end < len(doc) and doc[end].tag_ == "POS"):
        return None
    return end


# Names a facility's kind may follow: places and names NER could not type; never a state's or a known body's
# ("a US base", "the Wagner camp" are the actor's), whose gazetteer entries carry their own labels.
_FACILITY_NAMERS = {"GPE", "LOC", "FAC", "ORG", "LOCATION", "PERSON", "PRODUCT"}


def _unnamed_facilities(doc: Doc, ents: list[Span]) -> list[Span]:
    """Facilities named by capitalised words NER left untyped: a run of them before a lower-case kind ("the
    Jebel Aulia dam", "the Saltmarsh bridge") or ending in a capitalised one ("the Kalven Crossing"), as
    ``_facility_type_end`` widens a typed name. Never a run that opens a sentence alone ("Dam" as a heading), one
    an indefinite article makes one of many ("a Kivu camp"), or words inside another entity."""
    # A proper noun NER gave a people's or a law's label before a facility's kind ("the Hmeimim air base",
    # "the Shayrat air base"): no demonym (those are adjectives), so an untyped word of the facility's name.
    loose = {i for ent in ents if not ent.ent_id_ and ent.label_ in _LOOSE_LABELS
             and all(t.tag_ in ("NNP", "NNPS") and t.lower_ not in CREED_WORDS for t in ent) for i in range(ent.start, ent.end)}
    taken = {i for ent in ents for i in range(ent.start, ent.end)} - loose
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if i in taken or not _facility_word(doc[i], i in loose):
            i += 1
            continue
        start = i
        while i < len(doc) and i not in taken and _facility_word(doc[i], i in loose):
            i += 1
        end = i  # the run is doc[start:end]
        last = doc[end - 1]
        if last.text in FACILITY_NAME_HEADS and end - start >= 2:
            head = last
            span_end = end
        else:
            head = last.head
            between = doc[end:head.i]
            if last.dep_ != "compound" or head.i < end or not _facility_kind(head) or not head.is_lower \
                    or head.i in taken or any(t.head.i != head.i or t.dep_ not in ("compound", "amod") or not t.is_lower
                                              or t.i in taken for t in between):
                continue
            span_end = head.i + 1
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) or _kind_of_named_place(head):
            continue
        if any(t.head.i < start or t.head.i >= span_end for t in doc[start:span_end] if t != head):
            continue  # the run hangs together on the kind, nothing else
        found.append(Span(doc, start, span_end, label="FAC"))
        i = span_end
    if not found:
        return ents
    covered = {i for span in found for i in range(span.start, span.end)}
    kept = [ent for ent in ents if not any(i in covered for i in range(ent.start, ent.end))]
    return sorted([*kept, *found], key=lambda e: e.start)


def _facility_names_cut_after_first_word(doc: Doc, ents: list[Span]) -> list[Span]:
    """near57: "the Adji Kossei base", "the Sarki Tamba air base": NER may leave a facility's first name word
    out of it (untyped, or a one-word place or person of its own). A capitalised proper noun right after "the" and
    right before a facility's name that ends in its kind, hung on that name by the parser, is the name's first
    word. Never a name the gazetteer knows ("the US Bagram base" is the state's), nor a people's adjective."""
    out = list(ents)
    for fac in ents:
        first = doc[fac.start - 1] if fac.start > 1 else None
        if fac.label_ != "FAC" or fac.ent_id_ or first is None or doc[first.i - 1].lower_ != "the" \
                or not (_facility_kind(fac[-1]) or fac[-1].text in FACILITY_NAME_HEADS) or not fac[0].is_title:
            continue
        if first.pos_ != "PROPN" or not first.is_title or not first.is_alpha or not fac.start <= first.head.i < fac.end:
            continue
        own = [e for e in out if e.start <= first.i < e.end]
        if own and (len(own[0]) != 1 or own[0].ent_id_ or own[0].label_ not in ("GPE", "LOC", "PERSON", "ORG")):
            continue
        out = sorted([e for e in out if e not in own and e != fac] + [Span(doc, first.i, fac.end, label="FAC")],
                     key=lambda e: e.start)
    return out


def _facility_word(tok: Token, loose: bool = False) -> bool:
    """A capitalised word of a facility's name: a proper noun, letters and hyphens ("al-Asad"), untyped or
    ``loose`` (typed by NER as no place: see ``_LOOSE_LABELS``)."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() \
        and (loose or not tok.ent_type_) and tok.i != tok.sent.start


# NER labels a proper noun before a facility's kind may wrongly carry ("Hmeimim" NORP, "Shayrat" LAW)
_LOOSE_LABELS = {"NORP", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT"}


def _facility_type_end(doc: Doc, ent: Span) -> int | None:
    """Where a facility's name ends when a lower-case kind follows the name it modifies ("the Tamar air base",
    "Asker airport", "the Halden oil terminal"): just after the kind. None when no kind follows, when the name is
    a state's or a known body's, or when an indefinite article makes it one of many ("a Kyiv hospital")."""
    last = ent[-1]
    head = last.head
    if ent.label_ not in _FACILITY_NAMERS or (ent.label_ in ("ORG", "PERSON") and ent.ent_id_):
        return None
    if last.dep_ not in ("compound", "amod", "nmod") or head.i <= last.i or not _facility_kind(head):
        return None
    between = doc[ent.end:head.i]
    if any(t.head.i != head.i or t.dep_ not in ("compound", "amod") or not t.is_lower or t.ent_type_ for t in between):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) or _kind_of_named_place(head):
        return None
    return head.i + 1


def _kind_of_named_place(kind: Token) -> bool:
    """Whether a facility's kind names the place in its of-phrase ("the Black Sea port of Odesa" is Odesa, not a
    port named "Black Sea"): the words before the kind describe that place."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
               for c in kind.children)


def _romance_name_end(doc: Doc, ent: Span) -> int | None:
    """Where a body's name in Romance word order ends that NER cut at its connector ("Frente Campesino" + "del
    Occidente", "Movimiento Popular" + "de los Andes"): its first capitalised word a body's head (``name_of_heads``),
    then connectors (``romance_name_connectors``) and capitalised words. None for any other name."""
    words = [t for t in ent if t.text[:1].isupper()]
    if ent.ent_id_ or not words or words[0].lower_ not in NAME_OF_HEADS:
        return None
    i = ent.end
    while i < len(doc) and doc[i].lower_ in ROMANCE_NAME_CONNECTORS and doc[i].is_lower:
        i += 1
    if i == ent.end:
        return None
    end = i
    while end < len(doc) and doc[end].is_alpha and doc[end].is_title and doc[end].sent == ent.sent:
        end += 1
    return end if end > i else None


def _national_section(doc: Doc, ent: Span, following: Span | None) -> Span | None:
    """"Amnesty International Indonesia", "Oxfam India": a known civic body's name run straight on into a state's name
    the parser hangs it on is the body's section in that state, one name, not the state (whose government would
    otherwise speak, accuse and be accused in its place). Only a body the gazetteer types as an organisation, the
    state's name with no punctuation between and not owning what follows ("Oxfam India's report" is still the
    section; "Oxfam India's" is rare, but "Amnesty Indonesia office" keeps its head noun outside the name)."""
    if following is None or ent.label_ != "ORGANIZATION" or following.label_ != "STATE" or following.start != ent.end:
        return None
    if ent.root.head.i != following.root.i or ent.root.dep_ != "compound":
        return None
    return Span(doc, ent.start, following.end, label="ORG")


def _name_of_place(doc: Doc, ent: Span, following: Span | None) -> Span | None:
    """The body's name that ends in "of <place>" where NER cut it before the place: from the body's
    head word ("Movement", "Front", "Union") through capitalised and function words to the place.
    ``ent`` is either the name's cut-short NER span or the place itself (NER found no name)."""
    place = following if ent.label_ in ("ORG", "GPE", "NORP", "PERSON") and not ent.ent_id_ and following is not None \
        and following.start in (ent.end + 1, ent.end) else ent
    if place.label_ not in _PLACE_LABELS or place.start < 2 or doc[place.start - 1].lower_ != "of":
        return None
    if place is following and ent.end not in (place.start - 1, place.start):  # (NER may keep the "of")
        return None
    start = place.start - 1
    while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].sent == place.sent:
        start -= 1
    while start < place.start and (not doc[start].text[:1].isupper() or doc[start].lower_ in NAME_CONNECTORS):
        start += 1  # a name begins with a capitalised word ("The" before it stays out)
    words = [t for t in doc[start:place.start] if t.text[:1].isupper()]
    if place is following:  # NER's own name: a body's head word anywhere in it ("the Communist Party")
        heads = [t for t in ent if t.text[:1].isupper() and t.lower_ in NAME_OF_HEADS | SELF_RULE_HEADS]
    else:
        heads = words[:1] if words and words[0].lower_ in NAME_OF_HEADS | SELF_RULE_HEADS \
            and not any(t.ent_type_ for t in words) else []
    if not heads or (len(words) < 2 and heads[0].lower_ not in SELF_RULE_HEADS):  # "the Republic of X" is enough
        return None
    if place is following and ent.start < start:
        start = ent.start  # "The Movement for the Rebirth": NER's own start, with its article
    return Span(doc, start, place.end, label="ORG")


def _name_word(tok: Token) -> bool:
    """A word that may stand inside a body's name: a capitalised word, or a function word of names."""
    if tok.lower_ in NAME_CONNECTORS:
        return True
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") \
        and tok.ent_type_ in ("", "ORG")


def _runs_on(doc: Doc, ent: Span) -> bool:
    """Whether the parse joins a place name to the next, unnamed capitalised word: "Tal" compound of "Abyad"."""
    if ent.end >= len(doc):
        return False
    nxt, last = doc[ent.end], ent[-1]
    return last.dep_ == "compound" and last.head.i == nxt.i and nxt.pos_ == "PROPN" and nxt.is_alpha \
        and nxt.text[:1].isupper() and not nxt.ent_type_ and nxt.text not in ORGANIZATION_BODY_HEADS | FACILITY_NAME_HEADS


def _with_qualifier(doc: Doc, ent: Span) -> Span:
    """A body's name with the one-word qualifier in brackets that ends it: "the Communist Party of
    Nepal (Maoist)", "X Movement (North)" -- a capitalised word that is no acronym, nor another name."""
    end = ent.end
    if ent.label_ != "ORG" or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return ent
    word = doc[end + 1]
    if not (word.is_alpha and word.text[:1].isupper() and not word.text.isupper() and word.ent_type_ in ("", "NORP")):
        return ent
    return Span(doc, ent.start, end + 3, label=ent.label_)


def _object_of_bare_preposition(tok: Token) -> bool:
    """"Russia's reported capture of Vuhledar dismayed Kyiv": a name right after a preposition that has no object,
    which the parser hung on the verb as an adverbial, or as a second subject beside the noun phrase the preposition
    ends in ("Fano's capture of Debre Tabor worried Sudan"), is that preposition's object (so "capture of" has its
    place again). Whether it was so mended."""
    prep = tok.doc[tok.i - 1] if tok.i else None
    if prep is None or prep.dep_ != "prep" or prep.pos_ != "ADP" \
            or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return False
    if tok.dep_ == "nsubj" and not any(c.dep_ == "nsubj" and c != tok and prep in c.subtree for c in tok.head.children):
        return False
    tok.head, tok.dep_, tok.pos_ = prep, "pobj", "PROPN"
    return True


# Names that can be a clause's subject or object (not dates, numbers or peoples' adjectives).
_ARGUMENT_LABELS = {"STATE", "LOCATION", "GPE", "LOC", "FAC", "ORG", "ARMED_GROUP", "GOVERNMENT", "IGO",
                    "ORGANIZATION", "PERSON"}


@Language.component("repair_arguments", requires=["token.dep", "doc.ents"], assigns=["token.dep", "token.pos", "token.head"])
def repair_arguments(doc: Doc) -> Doc:
    """A name the parser hangs on the verb beside it as an adverb: its object or its subject.

    The small English parser reads a place name it does not know as an adverb or a noun-phrase
    adverbial ("Ukrainian troops recaptured Kupiansk", "Bakhmut fell to Russian forces"). A name
    just after a verb that has no object is the object; one just before a verb with no subject,
    at its clause's start, is the subject."""
    for ent in doc.ents:  # (after merge_entities: one token each)
        if len(ent) != 1:
            continue
        tok = ent[0]
        verb = tok.head
        if tok.dep_ == "nsubj" and verb.pos_ == "VERB" and _object_of_bare_preposition(tok):
            continue
        if tok.dep_ not in ("advmod", "npadvmod") or verb.pos_ != "VERB":
            continue
        # (any name: one NER typed a product after "capture of" is a place as much as the verb's)
        if _object_of_bare_preposition(tok) or ent.label_ not in _ARGUMENT_LABELS:
            continue
        deps = {c.dep_ for c in verb.children}
        if tok.i == verb.i + 1 and not deps & {"dobj", "obj", "dative"}:
            tok.dep_, tok.pos_ = "dobj", "PROPN"
        elif tok.i == verb.i - 1 and not deps & {"nsubj", "nsubjpass", "csubj", "expl"} \
                and (tok.is_sent_start or doc[tok.i - 1].dep_ in ("det", "punct", "cc")):
            tok.dep_, tok.pos_ = "nsubj", "PROPN"
    labels = dict(getattr(doc._, "labels", ()))
    for ent in doc.ents:
        if ent.start_char in labels:
            _label_read_as_subject(ent, labels[ent.start_char])
        _label_inner_name_read_as_subject(ent, getattr(doc._, "labels", ()))
        _name_read_as_sentence(ent)
        _clause_read_as_phrase(ent)
        _name_read_as_verb(ent)
        _name_read_as_its_first_words_verb(ent)
        _agent_read_as_second_subject(ent)
        _prepositions_name_read_as_verb(ent)
        _name_read_as_copula(ent)
        _subject_read_as_a_dates_noun(ent)
        _object_read_as_verb(ent)
        _subject_read_as_verb(ent)
        _clause_read_as_noun_phrase(ent)
        _apposition_read_as_places(ent)
        _first_member_read_as_of_object(ent)
    for tok in doc:  # (the per-token repairs, each with its token test, are listed in ``_token_repairs``)
        _repair_token(tok)
    return doc


def _root_verb_read_as_noun(tok: Token) -> None:
    """"The Heads of Government of the Caribbean Community condemn the attacks": after a long plural subject the
    tagger read the plural present as a noun, though the parser made it the sentence's root with that subject. A
    common noun that roots its sentence with one plural subject before it, which a phrase of its own follows, and is
    the base form of a verb, is that verb. So is one whose subject is two or more names joined ("Kenya and Uganda
    supply most of its troops": ref55) and that the parser gave an object of its own."""
    if tok.dep_ != "ROOT" or tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_lower or not tok.is_alpha:
        return
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    names = [c for c in tok.children if c.dep_ in ("nsubj", "nmod", "compound") and c.i < tok.i]
    if len(names) == 1 and len(subjects) <= 1 and _joined_names_before_object(names[0], tok):
        names[0].dep_ = "nsubj"  # (hung on the noun as its modifier: the verb's subject)
        for child in tok.children:
            if _object_of_noun(child):
                child.dep_ = "dobj"
    elif len(subjects) != 1 or subjects[0].tag_ not in ("NNS", "NNPS") or not any(c.dep_ == "prep" for c in subjects[0].children):
        return  # (only past a subject's own phrase: a headline's "Gunmen storm hotel" may be a noun phrase)
    if tok.lower_ in all_lemmas(tok.lower_).get("VERB", ()):
        tok.pos_, tok.tag_ = "VERB", "VBP"


# the labels a verb read as a noun after "did" comes with: its own clause's ("conj", "ROOT", ...), or the object
# of "did" or that object's modifier ("dobj", "compound")
_DONE_VERB_DEPS = frozenset({"conj", "dobj", "compound", "ROOT", "ccomp", "advcl", "relcl", "xcomp"})


def _verb_after_do_read_as_noun(tok: Token) -> None:
    """"X never attacked A, but it did bomb B", "Y did sanction Z": after an emphatic "do" the tagger may read the
    verb's base form as a noun, either the verb of its own clause with "did" as its auxiliary and an object of its
    own, or the object of "did" taken for the main verb ("did | sanction Z", "did | fire rockets"). A lower-case noun
    just after a form of "do" that is the base form of a verb is that verb: in the second parse it takes the place of
    "did" (which becomes its auxiliary) and its name or noun (the apposition "Z", or the noun it modifies, "rockets")
    as its object (w58f). A noun with a determiner or adjective of its own ("did a deal", "did serious damage") is no
    verb, nor one with a preposition ("did damage to homes", "did battle with")."""
    if tok.i == 0 or tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_lower or not tok.is_alpha \
            or tok.dep_ not in _DONE_VERB_DEPS:
        return
    do = tok.doc[tok.i - 1]
    if do.lemma_.lower() != "do" or do.lower_ not in ("do", "does", "did") \
            or tok.lower_ not in all_lemmas(tok.lower_).get("VERB", ()) \
            or any(c.dep_ in ("det", "amod", "prep", "poss", "nummod") for c in tok.children):
        return
    if do.head == tok and do.dep_ == "aux":  # "it did | bomb Tyre": the verb of its clause, mistagged
        if any(c.dep_ == "dobj" for c in tok.children):
            tok.pos_, tok.tag_ = "VERB", "VB"
        return
    if do.pos_ not in ("VERB", "AUX") or tok.head not in (do, *(c for c in do.children if c.dep_ == "dobj")):
        return
    if tok.dep_ == "dobj" and tok.head == do:  # "did | sanction | Georgia"
        objects = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    elif tok.dep_ == "compound" and tok.head.head == do and tok.head.i == tok.i + 1:  # "did | fire rockets"
        objects = [tok.head]
    else:
        return
    if len(objects) != 1:
        return
    obj = objects[0]
    tok.head, tok.dep_ = (tok, "ROOT") if do.dep_ == "ROOT" else (do.head, do.dep_)
    for child in list(do.children):
        if child != tok and child != obj:
            child.head = tok
    obj.head, obj.dep_ = tok, "dobj"
    do.head, do.dep_, do.pos_ = tok, "aux", "AUX"
    tok.pos_, tok.tag_ = "VERB", "VB"
    tok.lemma_ = all_lemmas(tok.lower_)["VERB"][0]


def _joined_names_before_object(subject: Token, noun: Token) -> bool:
    """Whether ``subject`` is a name with names joined to it and ``noun``, the root it is the subject of, has a direct
    object ("Chad and Niger supply most of ..."): a plural subject and an object make the noun a verb."""
    return subject.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subject.children) \
        and any(_object_of_noun(c) for c in noun.children)


def _object_of_noun(child: Token) -> bool:
    """Whether ``child`` of a noun the tagger took for a verb's plural present is its object: a direct object, or a
    share with its "of" phrase the parser made an adverbial or an apposition ("supply most of its troops")."""
    return child.i > child.head.i and (child.dep_ == "dobj" or (child.dep_ in ("npadvmod", "appos") and child.pos_ in ("ADJ", "NOUN")
                                       and any(g.dep_ == "prep" and g.lower_ == "of" for g in child.children)))


def _joined_name_and_verb_read_as_conjunct(tok: Token) -> None:
    """"Kenya and Uganda supply most of its troops": with two names joined before a plural present, the parser may
    make the first name the sentence's root and read the last name and the verb as one noun ("Uganda supply"), or the
    verb alone, as its conjunct or apposition, hanging the object on either. A lower-case noun that is the base form of
    a verb, with only the list's last name just before it, conjunct or apposition of a name that roots its sentence,
    with a share and its "of" phrase (or a direct object) after it, is that verb: the first name its subject, the last
    name a conjunct of the list, the share its object.
    (w55d; ``_root_verb_read_as_noun`` mends the same verb where the parser kept it the root.)"""
    if tok.dep_ not in ("conj", "appos") or tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_lower or not tok.is_alpha:
        return
    first = tok.head
    if first.dep_ != "ROOT" or first.pos_ != "PROPN" or not first.ent_type_ or tok.lower_ not in all_lemmas(tok.lower_).get("VERB", ()):
        return
    second = tok.doc[tok.i - 1]
    if second.pos_ != "PROPN" or not second.ent_type_ or any(c.i != second.i for c in tok.lefts) \
            or not ((second.head.i == tok.i and second.dep_ in ("compound", "nmod"))
                    or (second.dep_ == "conj" and second in first.conjuncts)):
        return  # (only the last name itself before the verb, its modifier or a conjunct of the first: "the supply" is a noun)
    objects = [c for c in (*first.rights, *tok.rights) if c.i > tok.i and _object_of_noun(c)]
    if len(objects) != 1:
        return
    later = [c for c in first.rights if c.i > tok.i]
    tok.head, tok.dep_, tok.pos_, tok.tag_ = tok, "ROOT", "VERB", "VBP"
    first.head, first.dep_ = tok, "nsubj"
    second.head, second.dep_ = first, "conj"
    for child in later:  # (the share and the closing stop belong to the verb's clause)
        child.head = tok
    objects[0].dep_ = "dobj"


def _object_after_manner_phrase(tok: Token) -> None:
    """"X condemn in the strongest terms the attacks carried out by Y": a set phrase of manner between a verb and its
    object, which the parser took for the verb's only complement, leaving the noun phrase after it an adverbial or
    an apposition of "terms". With no object of its own, the verb's object is that noun phrase."""
    if tok.dep_ not in ("npadvmod", "appos") or tok.pos_ not in ("NOUN", "PROPN") or tok.left_edge.i < 1:
        return
    before = tok.doc[tok.left_edge.i - 1]
    if before.is_punct and before.i > 0:
        before = tok.doc[before.i - 1]
    if before.lower_ not in MANNER_PHRASE_NOUNS or before.dep_ != "pobj" or before.head.lower_ != "in":
        return
    verb = before.head.head
    if verb.pos_ != "VERB" or tok.head not in (verb, before) or any(c.dep_ == "dobj" for c in verb.children):
        return
    tok.head, tok.dep_ = verb, "dobj"


def _demonym_read_as_name_before_pair(tok: Token) -> None:
    """tie59: "Emirati and Saudi mediators brought A and B together", "under Kuwaiti and Omani mediation": the
    tagger may read the first of two coordinated demonyms as a name, and the noun they share as its conjunct, so
    the first people's state was lost. A capitalised word NER labels a place or people (no gazetteer name), with a
    demonym's ending (``demonym_suffixes``), whose conjunct noun has a people's adjective right after the
    coordinator, is that noun's modifier, coordinated with the adjective."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "NORP") or not tok.is_title \
            or not tok.lower_.endswith(DEMONYM_SUFFIXES) or tok.i + 3 >= len(tok.doc):
        return
    doc = tok.doc
    cc, second, noun = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    if cc.head != tok or cc.dep_ != "cc" or noun.head != tok or noun.dep_ != "conj" or noun.pos_ != "NOUN" \
            or second.head != noun or second.dep_ != "amod" or second.ent_type_ != "NORP" \
            or any(c.i < tok.i for c in tok.children):
        return
    if tok.head == tok:
        noun.head, noun.dep_ = noun, tok.dep_
    else:
        noun.head, noun.dep_ = tok.head, tok.dep_
    tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "amod", "ADJ", "JJ"
    second.head, second.dep_ = tok, "conj"


def _place_conjunct_hung_on_first_name(tok: Token) -> None:
    """near54: "drones hit the airport of Tabqa and the town of Mansura", "the port of Sevastopol and Crimea's
    airbase": the parser hung the second place's noun on the first place's name, so the second description read as
    a part of the first's name and its place was lost. A place noun that names its own place ("of" + name, or a
    name's "'s"), coordinated to a name that is "of" another place noun, is that noun's conjunct: the two
    descriptions are parallel."""
    if tok.dep_ != "conj" or tok.pos_ != "NOUN" or tok.lower_ not in _PARALLEL_PLACE_NOUNS:
        return
    name = tok.head
    first = _place_noun_of(name)
    if first is None or not any(_names_its_place(c) for c in tok.children):
        return
    for cc in [c for c in name.children if c.dep_ == "cc" and name.i < c.i < tok.i]:
        cc.head = first
    tok.head = first


def _possessed_place_hung_on_first_name(tok: Token) -> None:
    """near54: "jets bombed the port of Mukalla and Aden's airport": the parser read "Mukalla and Aden" as the
    airport's two owners, so the port was lost. After "the port of", a named place that owns a place noun jointly
    with a conjunct in "'s" is the port's own name, and the possessed noun the port's conjunct, owned by the
    conjunct alone."""
    if tok.dep_ != "poss" or tok.ent_type_ not in _PLACE_LABELS:
        return
    possessed = tok.head
    first = _place_noun_of(possessed)
    if first is None or possessed.lower_ not in _PARALLEL_PLACE_NOUNS or tok.i != possessed.head.i + 1:
        return
    owners = [c for c in tok.children if c.dep_ == "conj" and c.ent_type_ in _PLACE_LABELS
              and any(g.dep_ == "case" for g in c.children)]
    if len(owners) != 1:
        return
    of = possessed.head
    for cc in [c for c in tok.children if c.dep_ == "cc"]:
        cc.head = first
    tok.head, tok.dep_ = of, "pobj"
    possessed.head, possessed.dep_ = first, "conj"
    owners[0].head, owners[0].dep_ = possessed, "poss"


def _names_its_place(child: Token) -> bool:
    """Whether ``child`` of a place noun names the place: "of Mansura" (in "the town of Mansura"), "Crimea's"."""
    if child.dep_ == "poss":
        return child.ent_type_ in _PLACE_LABELS
    return child.dep_ == "prep" and child.lower_ == "of" and any(
        g.dep_ == "pobj" and g.ent_type_ in _PLACE_LABELS for g in child.children)


def _place_noun_of(tok: Token) -> Token | None:
    """The place noun whose "of" takes ``tok`` ("the airport of Tabqa": airport for Tabqa); None if there is none."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    first = of.head
    return first if first.pos_ == "NOUN" and first.lower_ in _PARALLEL_PLACE_NOUNS else None


def _companion_hung_on_place(tok: Token) -> None:
    """"X has fought in the Donbas alongside Russian troops", "battled near Kidal beside the army": the parser hung
    the companion's preposition on the named place the verb's locative phrase ends with, so the verb had no ally.
    A place names no one to fight beside; the companion is the verb's."""
    if tok.dep_ != "prep" or tok.lower_ not in COMPANION_PREPOSITIONS:
        return
    place, locative = tok.head, tok.head.head
    if place.dep_ != "pobj" or place.ent_type_ not in _PLACE_LABELS or locative.dep_ != "prep" \
            or locative.lower_ not in PLACE_PREPOSITIONS or locative.head.pos_ != "VERB" or tok.i != place.i + 1:
        return
    tok.head = locative.head


def _parties_hung_on_verb_of_told_talks(tok: Token) -> None:
    """talk49: "welcomed the talks held in Geneva on Monday between A and B", "praised the truce signed last week in
    Doha between A and B", "hailed the round of talks held on 3 May between A and B": the parties' "between" comes
    after the phrases of the participle that tells where or when talks or a deal were held, and the parser hung it on
    the last of them (a named venue or a date) or on the verb by which an onlooker judges the talks
    (``appraising_verbs``: welcomed, praised, hailed), so the talks had no parties. The participle must be a past
    participle on a talk or deal noun (``talk_nouns``, ``deal_nouns``; or a noun "of" one: "the round of talks"),
    everything from it to "between" its own phrases; the parties are the participle's, as in "talks held between A
    and B". The parser's "between" read as a passive's agent ("held ... between A and B") is a preposition too."""
    if tok.lower_ != "between" or tok.dep_ not in ("prep", "agent"):
        return
    told = _told_talks_participle(tok)
    if told is None:
        return
    head = tok.head
    if head != told and not (head.ent_type_ in _PLACE_LABELS | {"DATE", "TIME"} and told in head.ancestors) \
            and not (head.pos_ == "VERB" and head.lemma_.lower() in APPRAISING_VERBS and head in told.ancestors) \
            and not (head.pos_ == "NOUN" and told.head.dep_ == "pobj" and told.head.head.lower_ == "of"
                     and told.head.head.head == head):  # "the round of talks held in P between A and B"
        return
    if any(t != told and told not in t.ancestors for t in tok.doc[told.i:tok.i]):
        return
    tok.head, tok.dep_ = told, "prep"


def _told_talks_participle(tok: Token) -> Token | None:
    """The past participle on talks or a deal, before ``tok`` and in its sentence, whose phrases run up to ``tok``
    (see ``_parties_hung_on_verb_of_told_talks``): the nearest such participle back from ``tok``."""
    for told in reversed(tok.doc[tok.sent.start:tok.i]):
        if told.dep_ == "acl" and told.tag_ == "VBN" and told.head.i < told.i:
            event = told.head
            if event.lower_ in TALK_NOUNS or event.lower_ in DEAL_NOUNS:
                return told
            return None
    return None


def _preposition_after_closed_examples(tok: Token) -> None:
    """list46: "imposed targeted sanctions, including a travel ban and an asset freeze, on N", "launched raids,
    including drone strikes and shelling, on X": a preposition right after the comma that closes an aside of
    examples ('including', 'such as': example_markers) set off by commas belongs to the noun the aside lists
    examples of, not to the aside's last example, where the parser hung it; the comma ends the aside."""
    doc = tok.doc
    if tok.dep_ != "prep" or tok.i < 4 or doc[tok.i - 1].text != ",":
        return
    item = tok.head
    while item.dep_ == "conj" and item.head.i < item.i:
        item = item.head
    marker = item.head
    if item.dep_ != "pobj" or not example_marker(marker) or marker.head.pos_ not in ("NOUN", "PROPN"):
        return
    opening = min(marker.i, *(c.i for c in marker.children if c.i < marker.i)) if any(
        c.i < marker.i for c in marker.children) else marker.i
    # (the aside opens with its own comma and runs, all of it the marker's, up to the comma before the preposition)
    if opening < 1 or doc[opening - 1].text != "," or marker.head.i >= opening - 1 \
            or any(t != tok and t.i < tok.i - 1 and marker not in t.ancestors and t != marker
                   for t in doc[opening:tok.i - 1]):
        return
    tok.head = marker.head


def _title_after_time_phrase(tok: Token) -> None:
    """"chaired by N, at the time the deputy leader of X": the parser hung the title set off after a name on the
    time phrase that opens it (a second object of "at", or the apposition of "the time"), so the name had no title.
    A definite title right after "at" and a time noun (``time_point_nouns``), the phrase set off by a comma after a
    name, is that name's apposition, as it is without the time phrase ("N, then the deputy leader of X")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in LEADER_TITLES | MEMBER_TITLES or tok.dep_ not in ("pobj", "appos"):
        return
    start = tok.left_edge.i
    doc = tok.doc
    if start < 5 or doc[start].lower_ != "the" or doc[start - 1].lower_ not in TIME_POINT_NOUNS:
        return
    at, comma, name = doc[start - 3], doc[start - 4], doc[start - 5]
    if at.lower_ != "at" or comma.text != "," or name.pos_ != "PROPN" or tok.head not in (at, doc[start - 1]):
        return
    tok.head, tok.dep_ = name, "appos"


def _subject_read_into_time_opening(tok: Token) -> None:
    """"Since then Los Zetas, a splinter of the Gulf Cartel, have fought X": after a preposition of time that its
    adverb completes ("since then", ``point_in_time_adverbs``), the parser took the subject set off by an apposition
    for a second object of the preposition, and the clause had no subject. A noun phrase so hung, before a verb the
    preposition modifies and which has no subject of its own, is that verb's subject."""
    if tok.dep_ != "pobj" or tok.pos_ not in ("PROPN", "NOUN"):
        return
    prep = tok.head
    if prep.dep_ != "prep" or prep.i != tok.left_edge.i - 2 or not any(
            c.dep_ in ("pcomp", "advmod") and c.lower_ in POINT_IN_TIME_ADVERBS and c.i == prep.i + 1 for c in prep.children):
        return
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < tok.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    tok.head, tok.dep_ = verb, _subject_label(verb)


class _Word(NamedTuple):
    """What the first test of a per-token repair reads of its token alone: its word and its labels, none of its
    neighbours. A repair whose first test fails on these returns at once, whatever the rest of the parse says."""

    lower: str
    lemma: str
    dep: str
    tag: str
    pos: str
    ent_type: str
    is_alpha: bool
    is_lower: bool
    is_title: bool


def _word(tok: Token) -> _Word:
    return _Word(tok.lower_, tok.lemma_, tok.dep_, tok.tag_, tok.pos_, tok.ent_type_, tok.is_alpha, tok.is_lower,
                 tok.is_title)


def _word_key(tok: Token) -> tuple[int, ...]:
    """The token's word and labels as string ids: all a ``_Word`` is made of (the flags come with the form)."""
    return tok.orth, tok.lemma, tok.dep, tok.tag, tok.pos, tok.ent_type


def _verb_lemma(lower: str) -> str | None:
    return all_lemmas(lower).get("VERB", (None,))[0]


@lru_cache(maxsize=1)
def _token_repairs() -> tuple[tuple[Callable[[Token], None], Callable[[_Word], bool]], ...]:
    """The per-token repairs in the order they run, each with the part of its first test that reads only the token
    itself (``_Word``): a test that must hold for the repair to change anything. Every token used to go through all
    of them (some fifty calls a token, most returning at their first line); ``_repair_token`` now calls a repair only
    where this test holds. Keep each test a copy of (or weaker than) the repair's own first test: a test stricter than
    the repair's would skip a repair that fires (``tests/test_speed39.py`` checks them on sentences of its own)."""
    return (
        (_name_read_as_its_article, lambda w: w.dep == "det" and " " in w.lower and w.ent_type in _ARGUMENT_LABELS),
        (_subject_read_into_time_opening, lambda w: w.dep == "pobj" and w.pos in ("PROPN", "NOUN")),
        (_between_conjunct_read_as_subject, lambda w: w.dep == "cc" and w.lower == "and"),
        (_contrasted_gerund_left_unattached, lambda w: w.dep == "dep" and w.tag == "VBG"),
        (_past_root_read_as_adjective, lambda w: w.dep == "ROOT" and w.tag == "JJ"),
        (_perfect_participle_read_as_adjective,
         lambda w: w.dep == "amod" and w.tag in ("VBN", "VBD") and "VERB" in all_lemmas(w.lower)),
        (_verbs_paired_by_neither_nor, lambda w: w.lower == "neither"),
        (_pair_pronoun_read_as_modifier, lambda w: w.lower in PAIR_PRONOUNS and w.dep in ("advmod", "preconj")),
        (_perfect_participle_after_time_phrase,
         lambda w: w.tag in ("VBN", "VBD", "JJ") and w.is_lower and w.lower.endswith("ed")
         and _verb_lemma(w.lower) is not None),
        (_main_verb_read_inside_description,
         lambda w: w.tag in ("VBD", "VBN") and w.dep in ("amod", "acl", "relcl") and _verb_lemma(w.lower) is not None),
        (_title_and_name_read_as_two_subjects, lambda w: w.dep == "nsubj" and w.ent_type == "PERSON"),
        (_clause_hung_on_auxiliary, lambda w: w.dep in ("aux", "auxpass") and w.pos == "AUX"),
        (_subject_of_an_aside, lambda w: w.pos in ("VERB", "AUX")),
        (_verb_read_as_adverb, lambda w: w.pos in ("ADV", "ADP", "NOUN") and w.lemma.lower() in VERB_FRAMES),
        (_verb_read_as_name,
         lambda w: w.tag in ("NNP", "NNPS") and w.is_lower and w.is_alpha and w.dep == "compound"),
        (_participle_read_as_name, lambda w: w.tag in ("NN", "NNP", "VBN") and w.is_lower and w.dep == "compound"
         and _verb_lemma(w.lower) in PLACE_OBJECT_VERBS),
        (_report_continued_as_clause, lambda w: w.dep == "conj" and w.pos == "VERB" and w.tag in ("VBD", "VBZ")
         and w.lemma.lower() in VERB_FRAMES),
        (_report_continued_past_progressive,
         lambda w: w.dep == "conj" and w.pos == "VERB" and w.tag == "VBD" and w.lemma.lower() in VERB_FRAMES),
        (_description_continued_by_speaker,
         lambda w: w.dep == "conj" and w.pos == "VERB" and w.lemma.lower() in SPEAKER_ACT_VERBS),
        (_quantifier_read_as_relative_subject,
         lambda w: w.lower in LIST_COVERING_QUANTIFIERS and w.dep in ("nsubj", "appos")),
        (_negative_quantifier_read_as_apposition, lambda w: w.lower in NEGATIVE_QUANTIFIERS and w.dep == "appos"),
        (_relative_read_as_adverbial, lambda w: w.tag in ("WDT", "WP")),
        (_object_relative_that_read_as_mark, lambda w: w.lower == "that" and w.dep in ("mark", "dobj")),
        (_appointing_verb_read_as_naming_participle, lambda w: w.dep == "acl" and w.tag in ("VBD", "VBN")),
        (_apposition_across_verb, lambda w: w.dep == "appos" and w.pos in ("NOUN", "PROPN")),
        (_person_hung_on_posting, lambda w: w.dep == "appos" and w.ent_type == "PERSON"),
        (_subject_read_as_agent_apposition, lambda w: w.dep == "appos" and w.pos == "NOUN"),
        (_apposition_read_as_complement, lambda w: w.dep == "attr" and w.pos == "NOUN"),
        (_apposition_read_as_conjunct, lambda w: w.dep == "conj" and w.pos == "NOUN" and w.tag == "NN"),
        (_names_read_as_conjuncts_of_plural_title, lambda w: w.dep == "conj" and w.ent_type == "PERSON"),
        (_apposition_read_as_second_subject, lambda w: w.dep == "nsubj" and w.pos == "NOUN" and w.tag == "NN"),
        (_apposition_read_as_conjunct_subject, lambda w: w.dep == "nsubj" and w.pos == "NOUN" and w.tag == "NN"),
        (_list_head_read_as_second_subject,
         lambda w: w.dep == "nsubj" and w.pos == "PROPN" and w.ent_type in _ARGUMENT_LABELS),
        (_subject_read_as_apposition_of_person, lambda w: w.dep == "appos" and w.tag == "NNS" and w.pos == "NOUN"),
        (_apposition_read_as_second_object,
         lambda w: w.dep in ("dobj", "appos") and w.pos == "NOUN" and w.tag == "NN"),
        (_count_of_places_read_as_second_object,
         lambda w: w.dep in ("dobj", "dep", "appos", "conj") and w.tag == "NNS"),
        (_relative_passive_subject_read_as_active, lambda w: w.dep == "nsubj" and w.tag in ("WDT", "WP")),
        (_relative_report_read_as_main_clause, lambda w: w.dep == "relcl" and w.pos == "VERB"
         and (w.lemma.lower() in SPEECH_VERBS or w.lemma.lower() in DENYING_VERBS)),
        (_quantified_description_read_as_second_subject, lambda w: w.dep in ("nsubj", "nsubjpass")),
        (_name_read_as_complement, lambda w: w.dep in ("xcomp", "oprd", "ccomp", "advcl", "npadvmod")
         and w.ent_type in _ARGUMENT_LABELS),
        (_verb_read_as_modifier, lambda w: w.dep == "amod" and w.tag in ("VBD", "VBN", "JJ")),
        (_recipient_read_as_modifier, lambda w: w.dep in ("compound", "nmod") and w.lower in GOVERNMENT_NOUNS),
        (_claim_read_as_clause,
         lambda w: w.dep == "ccomp" and (w.lower if w.lower in CLAIM_NOUNS else w.lemma) in CLAIM_NOUNS),
        (_denied_charge_read_as_name, lambda w: w.pos == "VERB" and w.lemma in DENYING_VERBS),
        (_denial_read_as_subject_noun, lambda w: w.tag in ("NNS", "VBZ") and not w.ent_type and w.dep == "nsubj"
         and w.lower.endswith("s") and _verb_lemma(w.lower) in DENYING_VERBS),
        (_plural_noun_read_as_verb,
         lambda w: w.pos == "VERB" and w.tag == "VBZ" and w.dep in ("nsubj", "nsubjpass")),
        (_opening_noun_read_as_name, lambda w: w.pos == "PROPN" and not w.ent_type and w.is_title
         and w.lower in _BODY_STANDING_NOUNS),
        (_item_verb_read_as_name, lambda w: w.tag in ("NNP", "NNPS") and not w.ent_type and w.is_title),
        (_relative_verb_read_as_noun,
         lambda w: w.tag == "NNS" and w.lower.endswith("s") and _verb_lemma(w.lower) in VERB_FRAMES),
        (_relative_past_verb_read_as_noun, lambda w: w.pos in ("NOUN", "PROPN") and not w.ent_type and w.is_alpha
         and w.is_lower and _verb_lemma(w.lower) in VERB_FRAMES),
        (_report_read_as_relative_of_medium, lambda w: w.lower == "that" and w.dep in ("mark", "dobj")),
        (_relative_that_read_as_conjunction,
         lambda w: w.lower == "that" and w.tag != "WDT" and w.dep in ("dobj", "nsubj", "nsubjpass")),
        (_relative_after_acronym_read_on_earlier_noun, lambda w: w.dep == "relcl"),
        (_relative_on_landmark_read_on_located_place, lambda w: w.dep == "relcl"),
        (_owned_attack_noun_read_as_adjective, lambda w: w.tag == "JJ" and w.lower in ATTACK_NOUNS),
        (_listed_subject_verb_read_as_noun, lambda w: w.pos == "NOUN" and w.tag == "NN" and w.dep == "relcl"
         and w.is_alpha and _verb_lemma(w.lower) == w.lower),
        (_participle_read_as_adjective, lambda w: (w.pos == "ADJ" or w.tag == "VBN") and w.dep in ("amod", "acl")
         and w.lower.endswith("ed") and _verb_lemma(w.lower) in VERB_FRAMES),
        (_listed_participle_read_as_adverbial, lambda w: w.dep == "advcl" and w.tag == "VBN"),
        (_listed_verb_read_as_adverbial, lambda w: w.dep == "advcl" and (w.tag in ("VBN", "VBD") or w.pos == "ADJ")),
        (_agent_participle_read_as_past, lambda w: w.tag == "VBD" and w.dep in ("acl", "advcl", "conj")),
        (_fronted_relative_verb_read_as_conjunct, lambda w: w.dep == "conj" and w.is_lower and not w.ent_type),
        (_body_gloss_hung_on_earlier_noun, lambda w: w.dep == "appos" and w.lemma.lower() in MEMBER_BODY_GLOSS_NOUNS),
        (_plural_subject_relative_read_as_noun, lambda w: w.pos == "NOUN" and w.tag == "NN" and w.is_alpha
         and w.dep in ("relcl", "conj") and _verb_lemma(w.lower) in VERB_FRAMES),
        (_participle_read_as_main_verb,
         lambda w: w.dep == "ROOT" and w.tag == "VBD" and w.lemma.lower() in VERB_FRAMES),
        (_set_off_participle_read_as_main_verb,
         lambda w: w.dep == "ROOT" and w.tag == "VBD" and w.lemma.lower() in VERB_FRAMES),
        (_set_off_report_read_as_main_verb,
         lambda w: w.dep == "ROOT" and w.tag == "VBD" and w.lemma.lower() in RAISING_VERBS),
        (_second_clause_subject_read_as_conjunct, lambda w: w.dep == "conj" and w.pos == "PROPN"),
        (_accusing_relative_read_as_noun, lambda w: w.pos == "NOUN" and w.dep == "relcl" and w.is_alpha
         and w.lower.endswith("s") and _verb_lemma(w.lower) in ACCUSATION_VERBS),
        (_relative_read_as_participle, lambda w: w.dep == "relcl" and w.tag == "VBD"),
        (_coordinated_verb_read_as_noun, lambda w: w.tag == "NNS" and not w.ent_type),
        (_verb_series_read_as_nouns, lambda w: w.tag in ("NNS", "VBZ") and not w.ent_type and w.is_lower),
        (_conjunct_hung_on_governor, lambda w: w.dep == "conj" and w.pos == "VERB"),
        (_sanction_hung_on_finding,
         lambda w: w.dep == "conj" and w.pos == "VERB" and w.lemma.lower() in SANCTIONING_VERBS),
        (_merit_verb_read_as_noun, lambda w: w.tag == "NNS" and w.is_lower and _verb_lemma(w.lower) in MERIT_VERBS),
        (_date_read_as_object, lambda w: w.ent_type in ("DATE", "TIME")),
        (_name_read_as_a_times_compound, lambda w: w.ent_type in ("DATE", "TIME") or w.lower in TIME_UNITS),
        (_other_modifier_read_as_verb,
         lambda w: w.lower in OTHER_REFERENT_MODIFIERS and w.pos == "VERB" and w.dep in ("compound", "xcomp")),
        (_object_read_as_root, lambda w: w.pos == "VERB" and w.tag in ("VBD", "VBN") and w.dep == "amod"),
        (_pair_verb_read_as_modifier_of_talks, lambda w: w.dep == "amod" and w.tag in ("VBD", "VBN")),
        (_perfect_read_as_since_phrase, lambda w: w.dep == "amod" and w.tag == "VBN"),
        (_hedged_modifier_read_as_verb, lambda w: w.lower in HEDGED_MODIFIERS and w.pos == "VERB"),
        (_censured_attack_split_from_its_modifier, lambda w: w.lower in ATTACK_NOUNS and w.is_lower
         and w.dep in _SPLIT_ATTACK_DEPS),
        (_label_hung_on_labelled_thing, lambda w: w.lower == "as" and w.dep == "prep"),
        (_attack_label_read_as_second_object, lambda w: w.dep in ("dobj", "appos") and w.pos == "NOUN"),
        (_name_read_as_modifier_before_article,
         lambda w: w.dep in ("nmod", "compound") and w.ent_type in _ARGUMENT_LABELS),
        (_contact_relative_read_as_apposition, lambda w: w.dep == "appos" and w.ent_type in _ARGUMENT_LABELS),
        (_name_read_as_adjective_of_verb,
         lambda w: w.dep == "amod" and w.pos in ("ADJ", "PROPN") and w.ent_type in _ARGUMENT_LABELS),
        (_finite_verb_coordinated_with_gerund,
         lambda w: w.dep == "conj" and w.pos == "VERB" and w.tag in _FINITE_FORMS),
        (_bare_infinitive_read_as_compound, lambda w: w.dep == "compound" and w.pos == "NOUN" and w.is_lower
         and w.is_alpha and w.lower in all_lemmas(w.lower).get("VERB", ())),
        (_title_after_time_phrase, lambda w: w.pos == "NOUN" and w.dep in ("pobj", "appos")
         and w.lemma.lower() in LEADER_TITLES | MEMBER_TITLES),
        (_clause_read_into_its_opening,
         lambda w: w.is_alpha and w.is_lower and past_only_frame_verb(w.lower) is not None),
        (_clause_read_into_its_subordinator, lambda w: w.dep in _NOMINAL_DEPS and w.is_alpha and w.is_lower
         and past_only_frame_verb(w.lower) is not None),
        (_root_verb_read_as_noun,
         lambda w: w.dep == "ROOT" and w.pos == "NOUN" and w.tag == "NN" and w.is_lower and w.is_alpha),
        (_verb_after_do_read_as_noun, lambda w: w.pos == "NOUN" and w.tag == "NN" and w.is_lower and w.is_alpha
         and w.dep in _DONE_VERB_DEPS),
        (_joined_name_and_verb_read_as_conjunct,
         lambda w: w.dep in ("conj", "appos") and w.pos == "NOUN" and w.tag == "NN" and w.is_lower and w.is_alpha),
        (_object_after_manner_phrase, lambda w: w.dep in ("npadvmod", "appos") and w.pos in ("NOUN", "PROPN")),
        (_demonym_read_as_name_before_pair, lambda w: w.pos == "PROPN" and w.ent_type in ("GPE", "NORP")
         and w.is_title and w.lower.endswith(DEMONYM_SUFFIXES)),
        (_place_conjunct_hung_on_first_name,
         lambda w: w.dep == "conj" and w.pos == "NOUN" and w.lower in _PARALLEL_PLACE_NOUNS),
        (_possessed_place_hung_on_first_name, lambda w: w.dep == "poss" and w.ent_type in _PLACE_LABELS),
        (_companion_hung_on_place, lambda w: w.dep == "prep" and w.lower in COMPANION_PREPOSITIONS),
        (_parties_hung_on_verb_of_told_talks, lambda w: w.dep in ("prep", "agent") and w.lower == "between"),
        (_preposition_after_closed_examples, lambda w: w.dep == "prep" and w.pos == "ADP"),
    )


# the numbers (in ``_token_repairs``) of the repairs whose token test holds, by ``_word_key`` (the same few thousand
# words and labels come back in every document; emptied when it grows past its bound)
_REPAIRS_BY_WORD: dict[tuple[int, ...], tuple[int, ...]] = {}
_REPAIRS_BY_WORD_BOUND = 200_000


def _repairs_due(tok: Token, key: tuple[int, ...]) -> tuple[int, ...]:
    due = _REPAIRS_BY_WORD.get(key)
    if due is None:
        word = _word(tok)
        due = tuple(n for n, (_, test) in enumerate(_token_repairs()) if test(word))
        if len(_REPAIRS_BY_WORD) >= _REPAIRS_BY_WORD_BOUND:
            _REPAIRS_BY_WORD.clear()
        _REPAIRS_BY_WORD[key] = due
    return due


def _repair_token(tok: Token) -> None:
    """Run on ``tok`` the per-token repairs whose token test holds, in their order, as if every repair were called.
    A repair that fires may relabel the token itself, so after each call its labels are read again and, if they
    changed, the repairs still to come are chosen anew by the new labels; later tokens are looked up only when their
    turn comes, after every change made before."""
    repairs = _token_repairs()
    key = _word_key(tok)
    due = _repairs_due(tok, key)
    k = 0
    while k < len(due):
        n = due[k]
        repairs[n][0](tok)
        now = _word_key(tok)
        if now != key:
            key = now
            due, k = tuple(m for m in _repairs_due(tok, key) if m > n), 0
        else:
            k += 1


def _name_read_as_its_article(tok: Token) -> None:
    """"The Kremlin spokesman N said ...", "The X Liberation Army leader, N, told ...": the tagger took the article
    into the name, and the merged name kept the article's label (a determiner of the title noun after it), so no
    reading of titles saw the body the title names. The name is the title noun's modifier, as the parser reads it
    without the article ("Kremlin spokesman N") (off52)."""
    head = tok.head
    words = tok.text.split()
    if tok.dep_ != "det" or len(words) < 2 or words[0].lower() != "the" or tok.ent_type_ not in _ARGUMENT_LABELS \
            or head.i != tok.i + 1 or head.pos_ not in ("NOUN", "PROPN") \
            or head.lemma_.lower() not in LEADER_TITLES | MEMBER_TITLES:
        return  # (only before a title: "the Centre-Nord region" is left as the parser read it)
    tok.dep_, tok.pos_, tok.tag_ = "compound", "PROPN", "NNP"


# how the parser hangs an attack noun it split from the word before it ("air | strikes", "Ethiopian | shelling")
_SPLIT_ATTACK_DEPS = ("dobj", "oprd", "ccomp", "advcl", "xcomp", "dep")
# the labels the parser gives a noun's modifiers, which move with the noun when it becomes the object again
_NOUN_MODIFIER_DEPS = ("det", "amod", "poss", "compound", "nmod", "nummod")


def _censured_attack_split_from_its_modifier(tok: Token) -> None:
    """"Togo called the Ghanaian air strikes a war crime", "Kenya condemned the Ethiopian shelling of Moyale": after
    a verb of condemnation or labelling the parser split the attack noun from the word before it, and made that word
    ("air", "artillery", or the demonym "Ethiopian" read as a name) the verb's object and the attack noun a second
    verb ("strikes" with "a war crime" for its object) or a second object. The attack noun is the object, the word
    before it its modifier, and what it governed after it the verb's label (as the parser reads "the Gambian strikes
    a war crime"), so the readings of a condemned or labelled attack see whose attack it was.

    >>> # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Laos called the Thai artillery strikes an outrage.")][3:8]
    [('Thai', 'amod', 'strikes'), ('artillery', 'compound', 'strikes'), ('strikes', 'dobj', 'called'),
     ('an', 'det', 'outrage'), ('outrage', 'oprd', 'called')]
    """
    verb = tok.head
    if tok.lower_ not in ATTACK_NOUNS or tok.dep_ not in _SPLIT_ATTACK_DEPS or tok.i == 0 or verb.pos_ != "VERB" \
            or verb.i >= tok.i or verb.lemma_.lower() not in CONDEMN_VERBS | LABELLING_VERBS:
        return
    before = tok.doc[tok.i - 1]
    if before.dep_ != "dobj" or before.head != verb or before == tok:
        return
    named = before.ent_type_ in _NAME_LABELS | _ARGUMENT_LABELS and before.text[:1].isupper()
    if not (named or (before.pos_ == "NOUN" and before.is_lower and before.is_alpha)):
        return  # (only a noun or a name: "called them strikes" is not split)
    if any(c.dep_ not in _NOUN_MODIFIER_DEPS for c in before.children):
        return  # (the word before has its own phrase: "condemned the attack on Moyale, shelling ...")
    if not (named or any(_names_an_agent(c) for c in before.children)):
        return  # (no agent named on it: "called the shelling a slaughter" is left to the parse it has)
    forms = all_lemmas(tok.lower_)
    noun = forms.get("NOUN", (tok.lemma_,))[0]
    labelling = verb.lemma_.lower() in LABELLING_VERBS
    for child in list(tok.children):
        if child.dep_ == "dobj" and child.i > tok.i and labelling:
            child.head, child.dep_ = verb, "oprd"  # "a war crime": the label the verb gives
        elif child.dep_ == "prep" and child.lower_ == "as" and labelling:
            child.head = verb  # "as terrorism"
    for child in list(before.children):
        child.head = tok
    tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS" if tok.lower_ != noun else "NN", noun
    tok.head, tok.dep_ = verb, "dobj"
    before.head, before.dep_ = tok, "amod" if named else "compound"


def _names_an_agent(tok: Token) -> bool:
    """Whether a modifier before an attack noun names who carried it out: a name or demonym ("the Thai artillery
    strikes", "Turkey's drone strikes"), not a pronoun or a common word ("its drone strikes", "the night raids")."""
    return tok.dep_ in ("amod", "poss", "compound", "nmod") and tok.ent_type_ in _NAME_LABELS | _ARGUMENT_LABELS \
        and tok.text[:1].isupper()
def _label_hung_on_labelled_thing(tok: Token) -> None:
    """"Japan described the Chinese missile strikes as terrorism": the parser hung the label's "as" on the object
    the verb of labelling describes, not on the verb, and no reading of a label looks there. A labelling verb's "as"
    phrase is its label ("described X as Y"), so it is the verb's, as in "described them as terrorism" (not "such as",
    "as well as": no object of its own).

    >>> # doctest: +SKIP
    >>> [(t.text, t.head.text) for t in nlp("Japan described the Chinese missile strikes as terrorism.")][6:8]
    [('as', 'described'), ('terrorism', 'as')]
    """
    thing = tok.head
    verb = thing.head
    if tok.lower_ != "as" or tok.dep_ != "prep" or thing.dep_ != "dobj" or thing.i >= tok.i or verb.pos_ != "VERB" \
            or verb.i >= thing.i or verb.lemma_.lower() not in LABELLING_VERBS:
        return
    if not any(c.dep_ == "pobj" for c in tok.children) or tok.doc[tok.i - 1].lower_ in ("such", "as", "well") \
            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("well", "if", "though", "part", "of")):
        return
    tok.head = verb


def _attack_label_read_as_second_object(tok: Token) -> None:
    """"Somalia branded the Kenyan air raids a violation of its sovereignty": the parser read the label a verb of
    labelling gives an attack as the verb's second object, where no reading of a label looks. After an attack noun
    that is the verb's object, a second object noun is the label ("called the raids a crime", the parser's "oprd");
    so is a noun the parser hung on the attack as its apposition with no comma between ("branded the border
    attacks a criminal act"; "the raids, a criminal act" is left an apposition).

    >>> # doctest: +SKIP
    >>> [(t.text, t.dep_) for t in nlp("Greece branded the Turkish naval raids an act of aggression.")][5:8]
    [('raids', 'dobj'), ('an', 'det'), ('act', 'oprd')]
    """
    if tok.dep_ == "appos":
        attack = tok.head
        if attack.dep_ != "dobj" or attack.lower_ not in ATTACK_NOUNS or attack.i > tok.i \
                or tok.doc[tok.left_edge.i - 1].is_punct or attack.head.lemma_.lower() not in LABELLING_VERBS:
            return
        tok.head = attack.head
    verb = tok.head
    if tok.dep_ not in ("dobj", "appos") or tok.pos_ != "NOUN" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in LABELLING_VERBS:
        return
    if any(c.dep_ == "dobj" and c.i < tok.i and c.lower_ in ATTACK_NOUNS for c in verb.children):
        tok.dep_ = "oprd"


def _name_read_as_modifier_before_article(tok: Token) -> None:
    """"Japan designated Wagner a criminal organisation": the parser hung the name on the noun phrase after it as its
    modifier, though the phrase's article stands between them, and no noun phrase has a modifier before its
    article. The name is the verb's first object and the phrase its second (as the parser reads the same clause with
    a better known name)."""
    phrase = tok.head
    if tok.dep_ not in ("nmod", "compound") or tok.ent_type_ not in _ARGUMENT_LABELS or phrase.i <= tok.i + 1 \
            or phrase.pos_ != "NOUN" or phrase.dep_ not in ("dobj", "oprd") or phrase.head.pos_ != "VERB":
        return
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") and tok.i < c.i < phrase.i for c in phrase.children):
        return
    tok.head, tok.dep_ = phrase.head, "dobj"


def _contact_relative_verb(verb: Token, subject: Token | None = None) -> bool:
    """Whether ``verb`` can head a contact relative clause of ``_contact_relative_read_as_apposition``: a past verb of
    a standing tie or stance (``_CONTACT_RELATIVE_PREDICATES``) with no subject of its own (but ``subject``, the
    description the parser made its subject), no passive and no coordinator of its own."""
    frames = VERB_FRAMES.get(verb.lemma_.lower())
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and bool(frames) \
        and all(f.predicate in _CONTACT_RELATIVE_PREDICATES for f in frames) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass", "agent", "cc")
                    and (subject is None or c.i != subject.i) for c in verb.children)


# the acts a contact relative clause is read for: standing ties and stances, not captures or attacks, whose verbs
# ("a city Kinshasa once held") tell a hold as often as a taking
_CONTACT_RELATIVE_PREDICATES = frozenset({"supports", "designates", "sanctions", "condemns", "allied_with",
                                          "affiliated_with", "negotiates_with"})


def _contact_relative_read_as_compound(tok: Token) -> None:
    """tie51: "X, a militia Kampala designated as a terrorist organisation, ...": the other parse of the contact
    relative clause: the description's noun hung on the second name as its compound (with the article), the name on
    X as its apposition. A lower-case noun with its article right before the name, a compound of it, is the
    description (X's apposition) and the name is then read by ``_contact_relative_read_as_apposition``."""
    noun, det = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if noun.dep_ != "compound" or noun.head.i != tok.i or noun.pos_ != "NOUN" or not noun.is_lower \
            or not noun.is_alpha or det.dep_ != "det" or det.head.i != tok.i or tok.i + 1 >= len(tok.doc) \
            or noun.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES:
        return
    verb = tok.doc[tok.i + 1]
    if verb.dep_ != "acl" or verb.head.i != tok.i or not _contact_relative_verb(verb):
        return
    noun.head, noun.dep_ = tok.head, "appos"
    det.head = noun
    tok.head = verb.head = noun


def _contact_relative_read_as_subject(tok: Token) -> None:
    """tie51: "... to X, the insurgent group the United States designated a terrorist organisation in 2008": a third
    parse of the contact relative clause: the description's noun made the verb's subject and the name its apposition,
    though the description follows a name and a comma. The noun is then X's apposition (read on by
    ``_contact_relative_read_as_apposition``), and the verb's subject the name after it."""
    noun = tok.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or tok.i - noun.i not in (1, 2) or tok.i + 1 >= len(tok.doc):
        return
    verb = tok.doc[tok.i + 1]
    edge = noun.left_edge
    if verb.i != noun.head.i or not _contact_relative_verb(verb, subject=noun) or edge.i < 2 \
            or tok.doc[edge.i - 1].text != "," or edge.dep_ != "det" or edge.head.i != noun.i \
            or noun.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES:
        return
    named = tok.doc[edge.i - 2]
    if named.ent_type_ not in _ARGUMENT_LABELS or named.dep_ not in ("pobj", "dobj") or named.head.i > named.i:
        return
    noun.head, noun.dep_ = named, "appos"
    verb.dep_ = "acl"
    verb.head = noun


def _contact_relative_read_as_apposition(tok: Token) -> None:
    """tie51: "X, a group Washington designated a terrorist organisation in 2008, ...", "Y, the militia Kampala
    armed in 2019, ...": a description set off after a name, then a name and a past verb with no relative pronoun
    between them (a contact relative clause). The parser hung the second name on the description as a second
    apposition and the verb on the description as a participle with no subject, or on the main verb as its
    conjunct or adverbial clause, so the verb's act had no doer. A name right after the description's noun and right
    before a past verb without a subject, where that noun is itself an apposition with its article (or coordinated
    with one: "X, the largest faction and a group W designated ..."), is the relative clause's subject, and the clause
    is the description's (as the parser reads it with "that")."""
    if tok.dep_ == "appos" and tok.i >= 2 and tok.head.i < tok.i:
        _contact_relative_read_as_compound(tok)
        _contact_relative_read_as_subject(tok)
    noun = tok.head
    if tok.dep_ != "appos" or tok.ent_type_ not in _ARGUMENT_LABELS or not 0 < tok.i - noun.i <= 2 \
            or any(t.head.i != tok.i or t.dep_ != "det" for t in tok.doc[noun.i + 1:tok.i]) or noun.pos_ != "NOUN" \
            or not (noun.dep_ == "appos" or noun.dep_ == "conj" and noun.head.dep_ == "appos") \
            or noun.lemma_.lower() in LEADER_TITLES | MEMBER_TITLES \
            or not any(c.dep_ == "det" for c in noun.children) or tok.i + 1 >= len(tok.doc):
        return
    verb = tok.doc[tok.i + 1]
    if not _contact_relative_verb(verb):
        return
    if verb.dep_ == "acl" and verb.head.i == noun.i:
        pass
    elif verb.dep_ == "conj" and verb.head.i < noun.i and not any(t.dep_ == "cc" for t in tok.doc[verb.head.i:verb.i]
                                                                   if t.head.i == verb.head.i):
        pass
    elif verb.dep_ == "advcl" and verb.head.i < noun.i and not any(c.dep_ == "mark" for c in verb.children):
        pass  # ("... to X, the militant group the United States designated ...": a clause of the main verb's)
    else:
        return
    tok.head, tok.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = noun, "relcl"


def _name_read_as_adjective_of_verb(tok: Token) -> None:
    """"The rebels took the town in 2024. Kigali denies backing them": after a sentence ending in a year, the tagger
    took the capital opening the next for an adjective (or kept it a name) and the parser hung it on the finite verb
    after it as its modifier. No verb has an adjective modifier before it: a name so hung, just before a finite verb
    with no subject of its own, is that verb's subject."""
    verb = tok.head
    if tok.dep_ != "amod" or tok.pos_ not in ("ADJ", "PROPN") or tok.ent_type_ not in _ARGUMENT_LABELS \
            or verb.i != tok.i + 1 or verb.pos_ != "VERB" or verb.tag_ not in _FINITE_FORMS or verb.tag_ == "VB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    tok.dep_, tok.pos_, tok.tag_ = _subject_label(verb), "PROPN", "NNP"


# the tags a verb coordinated with another bears when both share one subject ("deny ... and accuse", "denies ...
# and accuses", "denied ... and accused"): the base form stands for the plural present
_FINITE_FORMS = {"VBP": "present", "VB": "present", "VBZ": "singular", "VBD": "past"}


def _bare_infinitive_read_as_compound(tok: Token) -> None:
    """"Russian advisers helped the Malian army repel JNIM fighters": the tagger read the bare infinitive after the
    helped party as a noun and the parser made the whole run one object ("army repel JNIM fighters"), so the helper
    backed the fighters it helped repel. A base form with a verb's reading, hung as a compound on the object of a
    verb that takes a bare infinitive, right after a noun or name of the same phrase, is that party's act: the noun
    its subject, the rest of the phrase its object."""
    obj = tok.head
    if tok.dep_ != "compound" or tok.pos_ != "NOUN" or not tok.is_lower or not tok.is_alpha or tok.i < 1 \
            or obj.dep_ != "dobj" or obj.i <= tok.i or obj.head.lemma_ not in BARE_INFINITIVE_VERBS:
        return
    if tok.lower_ not in all_lemmas(tok.lower_).get("VERB", ()):
        return  # (only a base form: "repel", not "repels" nor a noun without a verb's reading)
    verb, party = obj.head, tok.doc[tok.i - 1]
    if party.head not in (obj, tok) or party.pos_ not in ("NOUN", "PROPN") or party.i <= verb.i \
            or any(not verb.i < t.head.i <= obj.i for t in tok.doc[verb.i + 1:tok.i]):
        return
    for t in tok.doc[verb.i + 1:party.i]:
        t.head = party
    party.head, party.dep_ = tok, "nsubj"
    tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "ccomp", "VERB", "VB"
    obj.head = tok


def _finite_verb_coordinated_with_gerund(tok: Token) -> None:
    """"The rebels deny shelling the town and accuse the army of lying": the parser hung the second finite verb on the
    gerund the first governs ("shelling ... and accuse"), so the first verb's denial reached the accusation. A finite
    or base form cannot be coordinated with a gerund: it is the governing verb's conjunct, when the two agree in
    form, and the "and" between them goes with it."""
    gerund = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in _FINITE_FORMS or gerund.tag_ != "VBG" \
            or gerund.dep_ not in ("xcomp", "pcomp", "dobj") or gerund.i > tok.i:
        return
    governor = gerund.head
    if gerund.dep_ == "pcomp":
        governor = governor.head
    if governor.pos_ != "VERB" or _FINITE_FORMS.get(governor.tag_) != _FINITE_FORMS[tok.tag_] or governor.i > gerund.i:
        return
    for child in gerund.children:
        if child.dep_ == "cc" and gerund.i < child.i < tok.i:
            child.head = governor
    tok.head = governor


# Tags of the words of a short noun phrase (a clause's subject or object read in word order) and of its head.
_PHRASE_TAGS = frozenset({"DT", "PRP$", "NNP", "NNPS", "NN", "NNS", "POS", "JJ", "CD"})
_NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Dependencies a word keeps when it is hung back on the head of its own phrase.
_PHRASE_DEPS = frozenset({"det", "poss", "case", "amod", "compound", "nummod", "nmod", "punct"})
# Dependencies of a word read as part of a noun phrase (a verb the tagger read as a noun or a name's modifier).
_NOMINAL_DEPS = frozenset({"compound", "amod", "appos", "nmod", "npadvmod", "pobj", "dobj", "nsubj", "attr", "poss"})


def _opening_comma(verb: Token) -> int | None:
    """The comma that ends a phrase set off at the start of ``verb``'s sentence: a phrase of two words or more
    opened by a preposition ("In Darfur,", "Near Goma," -- which the tagger may read as a name --, "East of
    Aleppo,"), an adverb or a participle ("Backed by Iran,", "After weeks of fighting,"), with no finite verb
    of its own; the only comma before the verb."""
    sent, doc = verb.sent, verb.doc
    commas = [t.i for t in doc[sent.start:verb.i] if t.text == ","]
    if len(commas) != 1 or commas[0] - sent.start < 2:
        return None
    first = doc[sent.start]
    two_words = f"{first.lower_} {doc[first.i + 1].lower_}"
    if first.tag_ not in ("IN", "RB", "VBN", "VBG") and first.lower_ not in PLACE_PREPOSITIONS \
            and two_words not in PLACE_PREPOSITIONS:
        return None
    if any(t.tag_ in _FINITE_TAGS for t in doc[sent.start:commas[0]]):
        return None
    return commas[0]


def _phrase_head(doc: Doc, start: int, end: int) -> int | None:
    """The head of the noun phrase ``doc[start:end]`` read in word order (its last word), if every word is one a
    short noun phrase is made of ("the RSF's fighters", "Rwanda's army", "the M23", "Russian units")."""
    if not 0 < end - start <= 6 or any(t.tag_ not in _PHRASE_TAGS for t in doc[start:end]):
        return None
    return end - 1 if doc[end - 1].tag_ in _NOUN_TAGS else None


def _object_end(doc: Doc, start: int, sent_end: int) -> int:
    """Where the noun phrase that opens at ``start`` ends: at the first word no such phrase is made of, or a date."""
    end = start
    while end < sent_end and doc[end].tag_ in _PHRASE_TAGS and doc[end].ent_type_ not in ("DATE", "TIME"):
        end += 1
    while end > start and doc[end - 1].tag_ not in _NOUN_TAGS:
        end -= 1
    return end


def past_only_frame_verb(word: str) -> str | None:
    """The lemma of ``word`` where it is a past form and nothing else ("retook", "overran"; not "cut", a present
    too) of a verb the lexicon has frames for; None otherwise: parse38's repairs read such a form as the verb,
    whatever the tagger made of it."""
    lemma = all_lemmas(word).get("VERB", (None,))[0]
    return lemma if lemma is not None and lemma in VERB_FRAMES and past_only(word, lemma) else None


def _clause_read_into_its_opening(tok: Token) -> None:
    """"Near Goma, Rwanda's army overran Sake", "In Amhara, Fano's fighters overran Gondar", "After weeks of
    fighting, Ukraine's army retook Kupiansk": after a phrase set off at the sentence's start, the parser ran the
    clause into the opening -- the subject made the preposition's object or the opening name's apposition, or the
    past verb a noun or a name's compound -- so that the verb has no subject or none at all. The clause is read in
    word order: the noun phrase between the comma (or the sentence's start) and a past-only verb form of a verb with
    frames is its subject, the noun phrase just after it its object, and the opening hangs on the verb. So is a
    clause with a second verb after "and" ("Ukraine's army retook Kherson and shelled Nova Kakhovka"), where the
    parser made the first object the second verb's subject. Only where the form is not already a verb with its
    subject, and no other finite verb stands between the clause's start and the end of its object's phrase. w55f:
    so is a sentence that is one clause with no opening, where the parser hung the subject's owner on the form
    ("Ukraine's army retook Sudzha": the possessive, "army" and the form one noun phrase, the state no owner of the
    army); other such clauses verb:mistagged reads as they stand."""
    if not tok.is_alpha or not tok.is_lower:
        return
    lemma = past_only_frame_verb(tok.lower_)
    if lemma is None:
        return
    doc, sent = tok.doc, tok.sent
    comma = _opening_comma(tok)
    if comma is None and any(t.text == "," for t in doc[sent.start:tok.i]):
        return
    start = sent.start if comma is None else comma + 1
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _NOMINAL_DEPS \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= start for c in tok.children):
        return  # (read as it is written: a verb with its subject, not a noun phrase's word)
    subject, of = _subject_head(doc, start, tok.i)
    end = _object_end(doc, tok.i + 1, sent.end)
    if subject is None or end == tok.i + 1:
        return
    if any(t.tag_ in _FINITE_TAGS or t.pos_ == "AUX" for t in doc[start:end] if t != tok):
        return
    clause_end = next((t.i for t in doc[end:sent.end] if t.is_punct), sent.end)
    second = _second_verb(doc, end, clause_end)
    if second is None and any(t.tag_ in _FINITE_TAGS or t.pos_ == "AUX" for t in doc[end:clause_end]):
        return
    if sent.root.pos_ in ("VERB", "AUX") and sent.root.i >= clause_end:
        return  # (the sentence's verb comes after the clause: "..., officials said")
    if comma is None and second is None and of is None and tok.pos_ != "VERB" \
            and not any(c.dep_ == "poss" and c.i < tok.i for c in tok.children):
        return  # (one clause read as a noun phrase: verb:mistagged reads it as it stands, its subject's owner kept)
    heads, deps = _clause_in_word_order(tok, comma, subject, end - 1, end, second, of)
    if heads is None:
        return
    for i in _top_down(heads, tok.i):
        doc[i].head, doc[i].dep_ = doc[heads[i]], deps[i]
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma
    if comma is not None and deps[sent.start] == "prep":
        doc[sent.start].pos_, doc[sent.start].tag_ = "ADP", "IN"
    if second is not None:
        verb = doc[second]
        verb.pos_, verb.tag_ = "VERB", "VBD"
        verb.lemma_ = all_lemmas(verb.lower_)["VERB"][0]


def _subject_head(doc: Doc, start: int, end: int) -> tuple[int | None, int | None]:
    """The head of the subject ``doc[start:end]`` read in word order, and the index of the one "of" it may hold
    ("A unit of Myanmar's army", "Troops of the Ethiopian army": the head is the noun before "of", the phrase after
    it the preposition's object)."""
    ofs = [t.i for t in doc[start:end] if t.lower_ == "of"]
    if not ofs:
        return _phrase_head(doc, start, end), None
    if len(ofs) != 1 or _phrase_head(doc, ofs[0] + 1, end) is None:
        return None, None
    return _phrase_head(doc, start, ofs[0]), ofs[0]


def _second_verb(doc: Doc, end: int, clause_end: int) -> int | None:
    """The verb of a second clause that shares the first one's subject, right after its object's phrase: "and"
    (and an adverb: "and then"), a past form of a verb with frames, the rest of the clause no other finite verb."""
    if end >= clause_end or doc[end].lower_ != "and":
        return None
    i = end + 2 if end + 2 < clause_end and doc[end + 1].tag_ == "RB" else end + 1
    if i >= clause_end or not doc[i].is_alpha or not doc[i].is_lower or doc[i].tag_ not in ("VBD", "VBN", "NN", "NNP"):
        return None
    lemma = past_only_frame_verb(doc[i].lower_)
    if lemma is None:
        return None
    if any(t.tag_ in _FINITE_TAGS or t.pos_ == "AUX" for t in doc[i + 1:clause_end]):
        return None
    return i


def _clause_read_into_its_subordinator(tok: Token) -> None:
    """"After Russia's army retook Kupiansk, ...", "Since Mali's army retook Kidal, ...": in a subordinate clause set
    off before the main one, the tagger read the past-only verb after a singular noun as a noun, and the parser made
    the clause one noun phrase, the subordinator's object. It is the clause's verb, hung on the main verb: the noun
    phrase between the subordinator and the form its subject, the noun phrase from the form to the comma its object.
    Only where the main clause has its verb after the comma and the subordinate clause no finite verb."""
    if tok.dep_ not in _NOMINAL_DEPS or not tok.is_alpha or not tok.is_lower:
        return
    lemma = past_only_frame_verb(tok.lower_)
    if lemma is None:
        return
    doc, sent = tok.doc, tok.sent
    opener, root = doc[sent.start], sent.root
    comma = next((t.i for t in doc[tok.i + 1:sent.end] if t.text == ","), None)
    if opener.lower_ not in OPENING_SUBORDINATORS or comma is None or root.pos_ not in ("VERB", "AUX") \
            or root.i <= comma or any(t.text == "," for t in doc[sent.start:tok.i]):
        return
    subject = _phrase_head(doc, opener.i + 1, tok.i)
    if subject is None or _object_end(doc, tok.i + 1, comma) != comma or comma == tok.i + 1:
        return
    if doc[subject].pos_ == "PROPN":
        return  # ("Since Azerbaijan retook Shusha,": a name right before the form, which recall30a's construction reads)
    if any(t.tag_ in _FINITE_TAGS or t.pos_ == "AUX" for t in doc[opener.i:comma] if t != tok):
        return
    heads = {t.i: t.head.i for t in sent}
    deps = {t.i: t.dep_ for t in sent}
    heads[tok.i], deps[tok.i] = root.i, "advcl"
    heads[opener.i], deps[opener.i] = tok.i, "mark"
    heads[comma], deps[comma] = root.i, "punct"
    for first, head, dep in ((opener.i + 1, subject, "nsubj"), (tok.i + 1, comma - 1, "dobj")):
        for t in doc[first:head]:
            if not first <= t.head.i <= head or t.head == t:
                heads[t.i], deps[t.i] = head, t.dep_ if t.dep_ in _PHRASE_DEPS else "compound"
        heads[head], deps[head] = tok.i, dep
    if not _is_tree(heads, root.i):
        return
    for i in _top_down(heads, root.i):
        doc[i].head, doc[i].dep_ = doc[heads[i]], deps[i]
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma
    opener.pos_ = "SCONJ"


def _clause_in_word_order(verb: Token, comma: int | None, subject: int, obj: int, obj_end: int,
                          second: int | None = None, of: int | None = None) \
        -> tuple[dict[int, int] | None, dict[int, str]]:
    """The heads and dependencies of the sentence of ``verb`` read as [opening ,] [subject] verb [object] [and
    second verb ...] [rest]: each phrase keeps the arcs it holds inside itself, and a word whose head lay outside its
    phrase hangs on the phrase's head (the opening's on its preposition, as its object, or on the verb)."""
    doc, sent = verb.doc, verb.sent
    start = sent.start
    heads = {t.i: t.head.i for t in sent}
    deps = {t.i: t.dep_ for t in sent}

    def hang(i: int, head: int, dep: str) -> None:
        heads[i], deps[i] = head, dep

    hang(verb.i, verb.i, "ROOT")
    if comma is not None:
        first = doc[start]
        if first.tag_ == "IN" or first.lower_ in PLACE_PREPOSITIONS:
            hang(start, verb.i, "prep")
        else:
            hang(start, verb.i, {"VBN": "advcl", "VBG": "advcl"}.get(first.tag_, "advmod"))
        for t in doc[start + 1:comma]:
            if not start <= t.head.i < comma or t.head == t:
                prep = next((p for p in doc[start:t.i] if (p.tag_ == "IN" or p.i == start and deps[p.i] == "prep")
                             and not any(heads[c] == p.i and deps[c] == "pobj" for c in range(start, comma))), None)
                hang(t.i, prep.i if prep is not None else start, "pobj" if prep is not None else "npadvmod")
        hang(comma, verb.i, "punct")
    opens = start if comma is None else comma + 1
    for t in doc[opens:subject]:
        if not opens <= t.head.i <= subject or t.head == t:
            hang(t.i, subject, t.dep_ if t.dep_ in _PHRASE_DEPS else "compound")
    hang(subject, verb.i, "nsubj")
    if of is not None:  # "A unit | of | Myanmar's army": the phrase after "of" is its object
        inner = verb.i - 1
        hang(of, subject, "prep")
        for t in doc[of + 1:inner]:
            if not of < t.head.i <= inner or t.head == t:
                hang(t.i, inner, t.dep_ if t.dep_ in _PHRASE_DEPS else "compound")
        hang(inner, of, "pobj")
    for t in doc[verb.i + 1:obj]:
        if not verb.i < t.head.i <= obj or t.head == t:
            hang(t.i, obj, t.dep_ if t.dep_ in _PHRASE_DEPS else "compound")
    hang(obj, verb.i, "dobj")
    rest = obj_end
    if second is not None:
        hang(obj_end, verb.i, "cc")
        for t in doc[obj_end + 1:second]:
            hang(t.i, second, "advmod")
        hang(second, verb.i, "conj")
        end = _object_end(doc, second + 1, sent.end)
        if end > second + 1:
            for t in doc[second + 1:end - 1]:
                if not second < t.head.i < end or t.head == t:
                    hang(t.i, end - 1, t.dep_ if t.dep_ in _PHRASE_DEPS else "compound")
            hang(end - 1, second, "dobj")
        rest = max(end, second + 1)
    for t in doc[rest:sent.end]:
        if not rest <= t.head.i < sent.end and not verb.i <= t.head.i < rest or t.head == t:
            dep = t.dep_ if t.dep_ in ("prep", "punct", "npadvmod", "advmod", "advcl") else "npadvmod"
            hang(t.i, second if second is not None and dep != "punct" else verb.i, dep)
    if not _is_tree(heads, verb.i):
        return None, deps
    return heads, deps


def _is_tree(heads: dict[int, int], root: int) -> bool:
    """Whether every word of ``heads`` reaches ``root`` by its heads (no cycle)."""
    for i in heads:
        seen = 0
        while i != root and seen <= len(heads):
            i, seen = heads[i], seen + 1
        if i != root:
            return False
    return True


def _top_down(heads: dict[int, int], root: int) -> list[int]:
    """The words of ``heads`` in an order in which each comes after its head, the root first: setting their heads
    in this order never makes a cycle on the way."""
    children: dict[int, list[int]] = {}
    for i, head in heads.items():
        if i != root:
            children.setdefault(head, []).append(i)
    order, queue = [], [root]
    while queue:
        i = queue.pop(0)
        order.append(i)
        queue.extend(children.get(i, ()))
    return order


def _hedged_modifier_read_as_verb(tok: Token) -> None:
    """"Jets bombed suspected militant hideouts", "drones struck alleged rebel depots": a participle of suspicion
    between a verb and the noun phrase it qualifies, which the small parser reads as a second verb (hung on the first
    as a clause, or with the first made its auxiliary) with the noun phrase as its own object. It is the noun's
    modifier and the noun the first verb's object: the doubt is about who or what was hit, not about the striking.
    Only with no word between the two verbs, the noun after the participle with nothing but its own modifiers
    between, and a first verb with no object of its own."""
    if tok.lower_ not in HEDGED_MODIFIERS or tok.pos_ != "VERB" or tok.i == 0:
        return
    doc = tok.doc
    first = doc[tok.i - 1]
    if first.pos_ not in ("VERB", "AUX") or first.lemma_ in ("be", "have", "do", "get", "become", "remain", "seem") \
            or first.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VB", "VBN"):
        return
    nouns = [c for c in tok.rights if c.dep_ in ("dobj", "ccomp", "obj") and c.pos_ in ("NOUN", "PROPN")]
    if len(nouns) != 1:
        return
    noun = nouns[0]
    if any(t.head != noun for t in doc[tok.i + 1:noun.i]):
        return
    if tok.head == first and tok.dep_ in ("advcl", "xcomp", "ccomp", "conj", "dep"):
        verb = first
    elif first.head == tok and first.dep_ in ("aux", "auxpass"):
        verb = first
        verb.head = verb if tok.dep_ == "ROOT" or tok.head == tok else tok.head
        verb.dep_, verb.pos_ = ("ROOT" if verb.head == verb else tok.dep_), "VERB"
        for child in list(tok.children):
            if child != noun and child != verb:
                child.head = verb
    else:
        return
    if any(c.dep_ in ("dobj", "obj") for c in verb.children if c != tok):
        return
    noun.head, noun.dep_ = verb, "dobj"
    tok.head, tok.dep_, tok.pos_ = noun, "amod", "ADJ"
    for child in list(tok.children):
        child.head = verb


def _past_root_read_as_adjective(tok: Token) -> None:
    """arm47: "Uganda armed and trained the rebels", "Chad armed and paid the militia": a trigger verb's past
    that an adjective shares ("armed"), tagged an adjective though the parser made it the sentence's root with a
    named subject before it and a direct object after it. An adjective takes no object: it is the verb's past (and
    a participle coordinated after it, with no auxiliary, is a past too)."""
    if tok.dep_ != "ROOT" or tok.tag_ != "JJ" or not tok.is_lower or not tok.is_alpha:
        return
    lemma = _verb_lemma(tok.lower_)
    if lemma is None or lemma == tok.lower_ or lemma not in VERB_FRAMES or not tok.lower_.endswith("ed"):
        return
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if len(subjects) != 1 or subjects[0].ent_type_ not in _ARGUMENT_LABELS \
            or not any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children) and not any(
                c.dep_ == "conj" and (c.pos_ == "VERB" or c.tag_ == "JJ" and _verb_lemma(c.lower_) in VERB_FRAMES)
                and any(d.dep_ == "dobj" for d in c.children)
                and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children) for c in tok.children) \
            or any(c.dep_ in ("aux", "auxpass", "cop") for c in tok.children):
        return
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma
    for conj in tok.children:
        if conj.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conj.children):
            continue
        if conj.tag_ == "VBN" and conj.pos_ == "VERB":
            conj.tag_ = "VBD"
        elif conj.tag_ == "JJ" and conj.is_lower and conj.lower_.endswith("ed") and _verb_lemma(conj.lower_) in VERB_FRAMES \
                and any(d.dep_ == "dobj" for d in conj.children):
            conj.pos_, conj.tag_, conj.lemma_ = "VERB", "VBD", _verb_lemma(conj.lower_)


def _perfect_participle_read_as_adjective(tok: Token) -> None:
    """"Government jets had since shelled rebel trenches", "Both sides have since signed a truce": an adverb between a
    perfect auxiliary and its participle (perfect_adverbs_read_as_prepositions) that the tagger read as a preposition,
    so that the parser made the participle an adjective of the noun after it, and that noun the preposition's object
    or the sentence's root (parse37). "Have" with a participle is a perfect tense: the participle is the clause's
    verb, in the place of the word the parser made the clause's head (the auxiliary, the adverb, or the noun), with
    that word's subject and the rest of its clause; the noun is its object and the adverb its modifier. Only with
    nothing between the participle and the noun but the noun's own modifiers, and no other object for the adverb."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD") or tok.i < 2 or "VERB" not in all_lemmas(tok.lower_):
        return
    doc = tok.doc
    adverb, have, noun = doc[tok.i - 1], doc[tok.i - 2], tok.head
    if adverb.lower_ not in PERFECT_ADVERBS_READ_AS_PREPOSITIONS or adverb.tag_ != "IN" or have.lemma_ != "have" \
            or have.tag_ not in ("VBZ", "VBP", "VBD") or noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") \
            or any(doc[i].head != noun for i in range(tok.i + 1, noun.i)) \
            or any(c.dep_ == "pobj" and c != noun for c in adverb.children):
        return
    top = have if have.dep_ == "ROOT" else have.head if have.dep_ == "aux" else None
    if top is None or top not in (tok, adverb, have):
        return
    if top == tok:  # "had since | shelled trenches ...": the noun made the root, the participle its adjective
        if noun.head != noun and noun.head.pos_ in ("VERB", "AUX"):
            return
        moved = [c for c in noun.children if c.i > noun.i
                 and any(t.text == "," for t in doc[noun.i + 1:c.left_edge.i + 1])]
        moved += [c for c in noun.children if c.i > noun.i and c.is_punct and c.i == noun.sent.end - 1]
        for child in moved:
            child.head = tok
        if noun.dep_ == "ROOT":
            tok.head, tok.dep_ = tok, "ROOT"
        else:
            tok.head, tok.dep_ = noun.head, noun.dep_
    elif top == have:  # "have | since held talks": the auxiliary made the root, the noun the adverb's object
        if noun.head != adverb or adverb.head != have:
            return
        for child in list(have.children):
            child.head = tok
        tok.head, tok.dep_ = (tok, "ROOT") if have.dep_ == "ROOT" else (have.head, have.dep_)
        have.head, have.dep_ = tok, "aux"
    else:  # "X, which ..., has since | pledged allegiance ... and is seen as ...": the adverb made the modifier of
        later, root = adverb.head, noun.sent.root  # a later verb, the root or hung on the sentence's root noun
        if later.pos_ != "VERB" or later.i <= noun.i or adverb.dep_ != "advmod":
            return
        if later == root:  # the subject made the later verb's
            subjects = [c for c in later.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < have.i]
            if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
                return
            subject, moved = subjects[0], [later, *(c for c in later.children if c.is_punct and c.i == later.sent.end - 1)]
        elif later.head == root and root.pos_ in ("NOUN", "PROPN") and root.i < have.i:
            subject, moved = root, [c for c in root.children if c.i >= later.i]
        else:
            return
        for child in list(adverb.children):
            if child != noun:
                child.head = tok
        _subject_of_new_root(subject, tok, moved)
        later.dep_ = "conj"
    tok.pos_, tok.tag_ = "VERB", "VBN"
    adverb.head, adverb.dep_, adverb.pos_, adverb.tag_ = tok, "advmod", "ADV", "RB"
    noun.head, noun.dep_ = tok, "dobj"


def _paired_verb_form(word: Token) -> str | None:
    """The tag a word between "neither" and "nor" takes as a verb of a clause ("arms" VBZ, "armed" VBD), or None
    where it is no verb's form."""
    if not word.is_alpha or not word.is_lower or _verb_lemma(word.lower_) is None:
        return None
    return "VBZ" if word.lower_.endswith("s") else "VBD" if word.lower_.endswith("ed") else None


def _verbs_paired_by_neither_nor(tok: Token) -> None:
    """tie53: "Egypt neither arms nor funds Hamas", "it neither trains nor equips the militia", "Uganda neither
    backed nor armed the M23": two verbs paired by "neither ... nor" after a subject, which the tagger read as
    plural nouns (the subject made the root, the "verbs" its appositions or the object's), or whose second, a past,
    it read as a participle. Read in word order: the first verb heads the clause in the place of whichever word
    of it hung on the rest of the sentence, the noun before "neither" its subject, the second verb its conjunct
    and the phrase after the second verb that verb's object (the first shares it). Only with a noun for subject
    that is nobody's object ("gave Hamas neither arms nor funds" pairs nouns), not a pronoun (whose antecedent the
    resolver may miss in such a clause), and an object after the second verb."""
    doc = tok.doc
    sent = tok.sent
    if tok.i + 4 >= sent.end or doc[tok.i + 2].lower_ != "nor" or tok.i == sent.start:
        return
    first, second = doc[tok.i + 1], doc[tok.i + 3]
    form = _paired_verb_form(first)
    if form is None or _paired_verb_form(second) != form:
        return
    have = doc[tok.i - 1] if doc[tok.i - 1].lemma_ == "have" and doc[tok.i - 1].tag_ in ("VBZ", "VBP", "VBD") else None
    subject = doc[tok.i - 2] if have is not None and tok.i - 2 >= sent.start else doc[tok.i - 1]
    if subject.pos_ not in ("PROPN", "NOUN") or subject.dep_ in ("dobj", "dative", "pobj", "attr", "oprd"):
        return  # (a pronoun subject is left: "the assurance of X that it neither arms nor ..." may find the wrong "it")
    if have is not None:
        form = "VBN"
    if first.pos_ == "VERB" and first.tag_ == form and second.head == first and second.dep_ == "conj" \
            and second.pos_ == "VERB" and second.tag_ == form:
        return  # (read as written)
    end = next((t.i for t in doc[second.i + 1:sent.end] if t.is_punct), sent.end)
    after = doc[second.i + 1] if second.i + 1 < end else None
    if after is None or after.pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADP", "ADJ", "NUM"):
        return
    start = subject.left_edge.i if subject.left_edge.i >= sent.start else subject.i
    region = range(start, end)
    outer = {(t.head.i, t.dep_) for t in doc[start:end] if t.head == t or t.head.i not in region}
    if len(outer) != 1:
        return
    head, dep = outer.pop()
    top = (first.i, "ROOT") if dep == "ROOT" or head in region else (head, "ccomp" if doc[head].pos_ in ("VERB", "AUX") else dep)
    heads = {t.i: t.head.i for t in sent}
    deps = {t.i: t.dep_ for t in sent}
    heads[first.i], deps[first.i] = top
    heads[subject.i], deps[subject.i] = first.i, "nsubj"
    heads[tok.i], deps[tok.i] = first.i, "preconj"
    heads[tok.i + 2], deps[tok.i + 2] = first.i, "cc"
    heads[second.i], deps[second.i] = first.i, "conj"
    if have is not None:
        heads[have.i], deps[have.i] = first.i, "aux"
    paired = {subject.i, tok.i, first.i, tok.i + 2, second.i} | ({have.i} if have is not None else set())
    for i in range(subject.i + 1, end):
        if i in paired:
            continue
        if i > second.i and (heads[i] in paired or heads[i] not in range(second.i + 1, end)):
            heads[i] = second.i  # (the phrase after the second verb: its object)
            if deps[i] not in ("prep", "advmod", "npadvmod"):
                deps[i] = "dobj"
    for t in sent:
        if t.i not in region and heads[t.i] in paired and t.i != heads[t.i]:
            heads[t.i] = first.i
    root = next((i for i, h in heads.items() if i == h), None)
    if root is None or not _is_tree(heads, root) or sum(d == "dobj" and heads[i] == second.i for i, d in deps.items()) > 1:
        return  # (not one tree, or no one object: leave the parse as it was)
    for i in _top_down(heads, root):
        doc[i].head, doc[i].dep_ = doc[heads[i]], deps[i]
    for verb in (first, second):
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", form, _verb_lemma(verb.lower_)
    tok.pos_, doc[tok.i + 2].pos_ = "CCONJ", "CCONJ"


def _pair_pronoun_read_as_modifier(tok: Token) -> None:
    """ref54: "Washington placed both under sanctions", "the EU listed both as terrorist groups", "the council
    condemned both for the killings": a pair pronoun standing as a verb's object, just before a preposition, which
    the parser read as a modifier of the preposition ("both under", "both as"), leaving the verb without an object.
    Made the verb's direct object. Only right after a verb of no other object, with a childless pronoun and a
    preposition with one object and nothing coordinated ("fought both in Idlib and in Hama", "both before and
    after the truce" pair what follows)."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or list(tok.children):
        return
    prep, verb = doc[tok.i + 1], doc[tok.i - 1]
    if tok.head.i != prep.i or prep.dep_ != "prep" or prep.head.i != verb.i:
        return
    if verb.pos_ != "VERB" or verb.lemma_ == "be" or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr")
                                                        for c in verb.children):
        return
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1 or any(c.dep_ in ("cc", "conj") for c in (*prep.children, *objects[0].children)):
        return
    tok.head, tok.dep_ = verb, "dobj"


def _time_phrase_before(tok: Token) -> tuple[Token, Token] | None:
    """The perfect auxiliary and the preposition of a time phrase just before ``tok`` ("has | for | years | funded",
    "had | over the past decade | armed"), or None. The phrase is a few words of a noun phrase (no verb, no
    punctuation) ending on a date or a span of time."""
    doc, start = tok.doc, tok.sent.start
    last = doc[tok.i - 1]
    if last.ent_type_ != "DATE" and last.lower_ not in TIME_UNITS:
        return None
    for k in range(tok.i - 2, max(start, tok.i - 7), -1):
        prep, have = doc[k], doc[k - 1]
        if prep.lower_ in PERFECT_TIME_PREPOSITIONS and have.lemma_ == "have" and have.tag_ in ("VBZ", "VBP", "VBD"):
            if all(t.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN") for t in doc[k + 1:tok.i]):
                return have, prep
            return None
    return None


def _perfect_participle_after_time_phrase(tok: Token) -> None:
    """tie53: "Iran has for years funded the Houthis", "Qatar had for decades hosted Hamas", "Uganda has for months
    negotiated with the rebels": a time phrase between a perfect auxiliary and its participle, on which the parser
    hung the participle (a clause of the time noun, the preposition's complement, an adjective of the noun after
    it), leaving "have" the clause's verb; or the participle made the root but tagged an adjective. "Have", a
    preposition of time with its noun phrase, then a participle: a perfect tense. The participle is the clause's
    verb in the place of "have", with its subject and the rest of its clause, the time phrase its modifier and a
    noun left on "have" or the preposition its object."""
    if tok.i < 3 or tok.pos_ == "VERB" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in tok.children):
        return
    lemma = _verb_lemma(tok.lower_)
    found = _time_phrase_before(tok) if lemma is not None else None
    if found is None:
        return
    have, prep = found
    doc, sent = tok.doc, tok.sent
    if have.dep_ == "ROOT" or have.head == tok and tok.dep_ == "ROOT":
        top = (tok.i, "ROOT")
    elif prep.i <= have.head.i:
        return  # ("have" hung on a word of its own clause: a parse this repair does not know)
    else:
        top = (have.head.i, have.dep_)
    phrase = range(prep.i + 1, tok.i)
    left = {have.i, prep.i, *phrase}
    heads = {t.i: t.head.i for t in sent}
    deps = {t.i: t.dep_ for t in sent}
    heads[tok.i], deps[tok.i] = top
    heads[have.i], deps[have.i] = tok.i, "aux"
    heads[prep.i], deps[prep.i] = tok.i, "prep"
    heads[tok.i - 1], deps[tok.i - 1] = prep.i, "pobj"
    for i in phrase[:-1]:
        if heads[i] not in phrase:
            heads[i] = tok.i - 1
    for t in sent:
        if t.i not in left and t != tok and heads[t.i] in left:
            heads[t.i] = tok.i
            if deps[t.i] == "pobj":
                deps[t.i] = "dobj"
    root = next((i for i, h in heads.items() if i == h), None)
    if root is None or not _is_tree(heads, root):
        return  # (not one tree: leave the parse as it was)
    for i in _top_down(heads, root):
        doc[i].head, doc[i].dep_ = doc[heads[i]], deps[i]
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBN", lemma
    have.pos_, prep.pos_ = "AUX", "ADP"


_SETTING_OFF = (",", "\u2014", "\u2013")  # a comma, an em or en dash: what sets a description off from its noun


def _main_verb_read_inside_description(tok: Token) -> None:
    """"The Tarn Front, a coalition of hill militias, seized Kessa", "Ostrava, which listed the group in 2019, added
    its wing to the list", "The envoy's team, led by N, negotiated with the rebels": a subject set off by commas from
    its description (an apposition, a participle, a relative clause, an age), which the parser left as the sentence's
    root, hanging the main verb after the closing comma inside the description (a clause on its last noun, or an
    adjective of the object), or on the subject as a relative clause with a word of the description for subject
    ("X, many of them backed by Y, fought Z"); between dashes as between commas (parse37). A past tense after the comma
    (or dash) that closes a description is the sentence's verb: the root, with the set-off noun its subject, the noun
    it qualified its object, and what the parser hung on the subject after it the verb's. Not a participle with its
    own agent or auxiliary (a second description: "X, captured by A, retaken by B, ..."), nor where a verb of the
    subject's follows."""
    if tok.tag_ not in ("VBD", "VBN") or tok.dep_ not in ("amod", "acl", "relcl") or tok.i < 4 \
            or tok.doc[tok.i - 1].text not in _SETTING_OFF:
        return
    lemma = all_lemmas(tok.lower_).get("VERB", (None,))[0]
    if lemma is None or not (tok.tag_ == "VBD" or past_only(tok.lower_, lemma)):
        return
    doc, comma = tok.doc, tok.doc[tok.i - 1]
    root = tok.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i + 1 >= comma.i or doc[root.i + 1].text != comma.text \
            or any(root not in t.ancestors for t in doc[tok.sent.start:root.i]) \
            or any(root not in t.ancestors for t in doc[root.i + 1:comma.i]):
        return
    if any(c.dep_ in ("agent", "aux", "auxpass", "nsubjpass", "mark", "expl") for c in tok.children):
        return
    inside = range(root.i + 1, comma.i)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if subjects and (len(subjects) != 1 or subjects[0].i not in inside or subjects[0].tag_ not in ("JJ", "DT", "CD")
                     or not any(c.dep_ == "prep" and any(g.tag_ == "PRP" for g in c.children) for c in subjects[0].children)):
        return  # (only "many of them": a part of the description's own noun phrase)
    noun = None
    if tok.dep_ == "amod":
        noun = tok.head
        if noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") or any(doc[i].head != noun for i in range(tok.i + 1, noun.i)):
            return
        if noun.head != root and noun.head.i not in inside:
            return
    elif tok.head != root and tok.head.i not in inside:
        return
    moved = [c for c in root.children if c.i > tok.i and c != noun]
    covered = {t.i for t in tok.subtree} | ({t.i for t in noun.subtree} if noun is not None else set())
    covered |= {t.i for c in moved for t in c.subtree}
    if any(i not in covered for i in range(tok.i + 1, tok.sent.end)) \
            or any(c.tag_ in ("VBD", "VBZ", "VBP") or c.dep_ in ("conj", "cc") for c in moved) \
            or (noun is None and not any(c.i > tok.i for c in tok.children)):
        return
    for subject in subjects:
        subject.head, subject.dep_ = root, "appos"
    _subject_of_new_root(root, tok, moved)
    tok.pos_, tok.tag_ = "VERB", "VBD"
    comma.head = root
    if noun is not None:
        noun.head, noun.dep_ = tok, "dobj"


def _title_and_name_read_as_two_subjects(tok: Token) -> None:
    """"Its spokesman N urged calm": a possessed title right before a person's name, with no comma, which the parser
    reads as a second subject of the verb. The name is the title's apposition, as with commas ("Its spokesman, N,"),
    where the parser may read it so too ("X's president, N, refused to ...")."""
    if tok.dep_ != "nsubj" or tok.ent_type_ != "PERSON" or tok.i == 0:
        return
    title = tok.doc[tok.i - 1]
    if title.text == "," and tok.i >= 2 and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ",":
        title = tok.doc[tok.i - 2]
    if title.dep_ != "nsubj" or title.head not in (tok.head, tok) or title.pos_ != "NOUN" \
            or title.lower_ not in PERSON_TITLES or not any(c.dep_ == "poss" for c in title.children):
        return
    title.head = tok.head  # (with commas the parser may hang the title on the name: the verb's subject still)
    tok.head, tok.dep_ = title, "appos"


def _clause_hung_on_auxiliary(tok: Token) -> None:
    """"A and B are not allied": the small parser sometimes hangs a clause's "not" (and its subject, and its modal) on the
    auxiliary rather than on the verb the auxiliary serves, where no reading of the verb sees them (the alliance
    read as stated). They are the verb's: hung on it, unless it has its own."""
    if tok.dep_ not in ("aux", "auxpass") or tok.pos_ != "AUX" or tok.head == tok or tok.head.pos_ not in ("VERB", "AUX"):
        return
    verb = tok.head
    own = {c.dep_ for c in verb.children}
    for child in list(tok.children):
        if child.dep_ == "neg" and "neg" not in own:
            child.head = verb
        elif child.dep_ in ("nsubj", "nsubjpass") and not own & {"nsubj", "nsubjpass", "csubj", "expl"}:
            child.head = verb
            child.dep_ = "nsubjpass" if tok.dep_ == "auxpass" else "nsubj"
        elif child.dep_ == "aux" and child.tag_ == "MD" and child.i < tok.i and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            # adv37: "Russia would never have annexed X": the modal hung on "have" with the "never" -- the verb's, so
            # the perfect after it reads as a counterfactual, not as a stated refusal
            child.head = verb


def _perfect_read_as_since_phrase(tok: Token) -> None:
    """"Qatar has since hosted talks between A and B", "the bloc ... and has since convened talks with C": the small
    parser reads "since" between a perfect's auxiliary and its participle as a preposition or as the participle's
    adverb, the participle as an adjective of the object after it ("since [hosted talks]", "[since convened] talks")
    and "has", "since" or the noun as the clause's head, where no reading sees the verb. After "has / have / had
    since", a participle the parser hung as a modifier on the noun after it is the clause's verb: it takes the place
    of whichever of the three words headed the clause, "has" is its auxiliary, "since" its adverb, the noun its
    object, and what hung on "has" or "since" (the subject, a "but", a conjunct link) is the verb's."""
    if tok.dep_ != "amod" or tok.tag_ != "VBN" or tok.i < 2:
        return
    since, have, noun = tok.doc[tok.i - 1], tok.doc[tok.i - 2], tok.head
    if since.lower_ != "since" or have.lemma_ != "have" or have.tag_ not in ("VBZ", "VBP", "VBD"):
        return
    if noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("pobj", "pcomp") and c != noun for c in since.children):
        return
    group = (have, since, noun, tok)
    tops = [t for t in (have, since, noun) if t.head == t or t.head not in group]
    if len(tops) != 1 or any(t.head not in group for t in (have, since, noun) if t not in tops):
        return  # (the three hang together, on one head outside them, or are the sentence's root)
    top = tops[0]
    if top is noun and noun.dep_ not in ("conj", "ROOT"):
        return  # ("... after the group has since armed fighters": a noun whose own place is an object's)
    others = [c for t in (have, since) for c in t.children if c not in group]
    if top.head == top:
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = top.head, top.dep_
    if top is noun:
        others += [c for c in noun.children if c.dep_ in ("cc", "punct") and c.i < tok.i]
    for child in others:
        child.head = tok
    have.head, have.dep_, have.pos_ = tok, "aux", "AUX"
    since.head, since.dep_, since.pos_, since.tag_ = tok, "advmod", "ADV", "RB"
    noun.head, noun.dep_ = tok, "dobj"


def _object_read_as_root(tok: Token) -> None:
    """"The Taliban sheltered al-Qaeda.": a past-tense verb with its own subject that the parser hung as a modifier on
    the name just after it, which it made the sentence's root. The verb is the root, the name its object, and what
    hung on the name after it (the final stop, a time phrase) the verb's."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN") or tok.dep_ != "amod":
        return
    name = tok.head
    if name.i != tok.i + 1 or name.dep_ != "ROOT" or name.pos_ != "PROPN" or name.ent_type_ not in _ARGUMENT_LABELS:
        return
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if len(subjects) != 1 or subjects[0].ent_type_ not in _ARGUMENT_LABELS:
        return
    subject = subjects[0]
    if any(c.i < subject.i and c.dep_ != "det" for c in name.children):
        return
    for child in list(name.children):
        if child.i < subject.i:
            child.head = subject  # "The" of "The Taliban"
        elif child.i > name.i:
            child.head = tok
    tok.head, tok.dep_, tok.tag_ = tok, "ROOT", "VBD"
    name.head, name.dep_ = tok, "dobj"


def _pair_verb_read_as_modifier_of_talks(tok: Token) -> None:
    """"Chad and the FACT held talks brokered by Togo": the small parser makes the first name of a coordinated
    subject the sentence's root, the verb after the second name an adjective of the talks noun after it, that
    noun the first name's conjunct and the second name the verb's own subject, so no reading sees the pair's talks
    or their go-between's. A past verb form with that second name for its only subject, hung as a modifier on a
    talks noun (talk_nouns) just after it, which is the conjunct of the root name whose "and" comes before the
    second name, is the root: the first name its subject, the second the first's conjunct, the noun its object
    (what hung on the noun before the verb, "the" of "the FACT", is the second name's; what hung on the root
    name after the noun, the stop, the verb's)."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.i < 3:
        return
    forms = all_lemmas(tok.lower_)
    if "VERB" not in forms or forms["VERB"][0] == tok.lower_:
        return
    noun, doc = tok.head, tok.doc
    if noun.i != tok.i + 1 or noun.lower_ not in TALK_NOUNS or noun.dep_ != "conj":
        return
    first, subjects = noun.head, [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if first.dep_ != "ROOT" or first.ent_type_ not in _ARGUMENT_LABELS or len(subjects) != 1:
        return
    second = subjects[0]
    if second.i != tok.i - 1 or second.ent_type_ not in _ARGUMENT_LABELS or first.i >= second.i:
        return
    if any(c.i < tok.i and c.dep_ not in ("nsubj", "nsubjpass") for c in tok.children):
        return
    ccs = [c for c in first.children if c.dep_ == "cc" and first.i < c.i < second.i]
    if len(ccs) != 1 or ccs[0].lower_ != "and":
        return
    if any(t.pos_ in ("VERB", "AUX") and t.i < tok.i for t in doc[first.sent.start:tok.i]):
        return
    for child in list(noun.children):
        if child.i < second.i and ccs[0].i < child.i:
            child.head = second
    _subject_of_new_root(first, tok, [c for c in first.children if c.i > noun.i])
    tok.tag_, tok.pos_ = "VBD", "VERB"
    second.head, second.dep_ = first, "conj"
    noun.head, noun.dep_ = tok, "dobj"


def _other_modifier_read_as_verb(tok: Token) -> None:
    """"Uganda accused neighbouring Rwanda of ...": a modifier that points to another actor (other_referent_modifiers)
    which the tagger read as a verb and the parser as the compound of the name after it. It is the name's
    adjective, as it is where the parser reads it so ("condemned neighbouring Rwanda"). Where the parser made it a
    participle clause of the verb with the name for its object ("accused neighbouring Chad on Tuesday of arming
    X"), the name is the verb's object and the participle's other phrases the verb's."""
    if tok.lower_ not in OTHER_REFERENT_MODIFIERS or tok.pos_ != "VERB" or tok.dep_ not in ("compound", "xcomp"):
        return
    if tok.dep_ == "xcomp":
        _modifier_read_as_participle_clause(tok)
        return
    name = tok.head
    if name.i != tok.i + 1 or name.pos_ != "PROPN" or name.ent_type_ not in _ARGUMENT_LABELS:
        return
    tok.pos_, tok.tag_, tok.dep_ = "ADJ", "JJ", "amod"


def _modifier_read_as_participle_clause(tok: Token) -> None:
    """The xcomp case of ``_other_modifier_read_as_verb``: only a participle whose object is the name just after
    it, under a verb with no object of its own ("hoped to rival China" is a verb: no participle)."""
    name = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    verb = tok.head
    if tok.tag_ != "VBG" or name is None or name.head != tok or name.dep_ != "dobj" or name.pos_ != "PROPN" \
            or name.ent_type_ not in _ARGUMENT_LABELS or verb.pos_ != "VERB" \
            or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return
    for child in list(tok.children):
        if child.i > name.i:
            child.head = verb
    name.head, name.dep_ = verb, "dobj"
    tok.head, tok.pos_, tok.tag_, tok.dep_ = name, "ADJ", "JJ", "amod"


def _name_read_as_a_times_compound(tok: Token) -> None:
    """"Washington sanctioned N days later", "Iran armed the Houthis years later": a name just before a time phrase
    that modifies the verb, which the parser hangs on the time phrase as its compound, leaving the verb without an
    object. The name is the verb's object, the time phrase an adverbial (only where the verb has no object)."""
    timed = tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in TIME_UNITS
    if not timed:
        return  # (before the next token is made: this runs on every token)
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # "sanctioned N days | later": the time noun itself made the object, its adverb hung on the verb
    as_object = tok.dep_ == "dobj" and tok.lower_ in TIME_UNITS and after is not None \
        and after.lower_ in TIME_ADVERBS and after.head.i == tok.head.i
    # "sanctioned N days later" as one time phrase made the object
    whole = tok.dep_ == "dobj" and tok.ent_type_ in ("DATE", "TIME") and tok.lower_.split()[-1] in TIME_ADVERBS
    # "imposed sanctions on N days | later" (the time noun made the preposition's object, the name its compound),
    # "imposed a freeze on N weeks-later" (one time phrase hung on the verb, the preposition left without object)
    split = tok.dep_ == "pobj" and tok.lower_ in TIME_UNITS and after is not None and after.lower_ in TIME_ADVERBS
    if split or (tok.ent_type_ in ("DATE", "TIME") and tok.dep_ in ("advmod", "npadvmod")
                 and tok.lower_.split()[-1] in TIME_ADVERBS):
        names = [c for c in tok.children if c.dep_ == "compound"]
        name = names[0] if len(names) == 1 else None
        prep = tok.head if split else tok.doc[name.i - 1] if name is not None and name.i > 0 else None
        if name is not None and name.i == tok.i - 1 and name.pos_ == "PROPN" and name.ent_type_ in _ARGUMENT_LABELS \
                and prep is not None and prep.dep_ == "prep" and (split or not any(c.dep_ == "pobj" for c in prep.children)):
            for child in list(tok.children):
                if child.i < name.i:
                    child.head = name
            name.head, name.dep_ = prep, "pobj"
            if split:
                tok.head, tok.dep_ = after, "npadvmod"
            return
        if split:
            return  # (a preposition's object is read as the preposition's, below or not at all)
    if not timed or (tok.dep_ not in ("advmod", "npadvmod") and not as_object and not whole):
        return
    verb = tok.head if tok.head.pos_ == "VERB" else tok.head.head if tok.head.dep_ in ("advmod", "npadvmod") else None
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") and c.i != tok.i for c in verb.children):
        return
    names = [c for c in tok.children if c.dep_ == "compound"]
    if len(names) != 1 or names[0].i != tok.i - 1 or names[0].pos_ != "PROPN" \
            or names[0].ent_type_ not in _ARGUMENT_LABELS or verb.i > names[0].i:
        return
    name = names[0]
    if any(t.pos_ == "VERB" for t in tok.doc[verb.i + 1:name.i]):
        return  # another verb between: the name is not this one's object
    for child in list(tok.children):
        if child.i < name.i:
            child.head = name  # "the"
    name.head, name.dep_ = verb, "dobj"
    if tok.head.i == verb.i:
        tok.dep_ = "npadvmod"
    if as_object:
        tok.head = after  # "days" measures "later"


def _date_read_as_object(tok: Token) -> None:
    """"The army took the mosque days later": a time phrase the parser made the object, with the noun before it
    (a place or an actor's anaphor) as its compound. The noun is the object, the time phrase an adverbial."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return
    nouns = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in ANAPHORS]
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if len(nouns) != 1 or nouns[0].i != tok.i - 1 or verb is None:
        return
    noun = nouns[0]
    start = min([noun.i, *(c.i for c in tok.children if c.i < noun.i)])
    before = tok.doc[start - 1] if start > 0 else None
    if tok.dep_ in ("dobj", "pobj"):
        head, dep = tok.head, tok.dep_
    elif before is not None and before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children):
        head, dep = before, "pobj"  # "seized the remains of | the fort weeks later": the bare "of" is the noun's
    else:
        return
    for child in list(tok.children):
        if child.i < noun.i:
            child.head = noun  # "the"
    noun.head, noun.dep_ = head, dep
    tok.head, tok.dep_ = verb, "npadvmod"


def _relative_read_as_adverbial(tok: Token) -> None:
    """"Kenya is no member of the Economic Community of West African States (ECOWAS), which has begun ...": a
    relative pronoun after a comma whose clause the parser hangs on the main verb (as an adverbial or a
    conjunct), or on a noun before that verb, relates to the name just before the comma (inside the parentheses
    of an acronym). A clause opened by a quantifier over the pronoun ("A and B, both of which X lists as terrorist
    groups": _quantifier_over_relative) is read the same way, from the quantifier."""
    if tok.tag_ not in ("WDT", "WP"):
        return
    tok = _quantifier_over_relative(tok) or tok
    if tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return
    verb = tok.head
    before = tok.doc[tok.i - 2]
    if before.text == ")" and tok.i >= 3:
        before = tok.doc[tok.i - 3]
    if before.pos_ not in ("PROPN", "NOUN") or not before.ent_type_ or before.i >= verb.left_edge.i \
            or verb in before.ancestors:
        return
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return
    if verb.dep_ in ("advcl", "ccomp", "conj", "parataxis"):
        verb.head, verb.dep_ = before, "relcl"
    elif verb.dep_ == "relcl" and verb.head != before \
            and before in verb.head.subtree and _through_a_verb(before, verb.head):
        # "the brigades fought beside the forces of X, which Y backed": hung on the subject across its own verb
        verb.head = before


def _quantifier_over_relative(tok: Token, quantifiers: frozenset[str] = LIST_COVERING_QUANTIFIERS) -> Token | None:
    """The quantifier that opens a relative clause over ``tok``, a "which" or "whom" right after its "of"
    ("both of which", "each of whom": list_covering_quantifiers by default; "neither of which" with
    negative_quantifiers), or None.

    >>> # "A and B, both of which Canada lists as terrorist groups": "both", the clause's object
    """
    if tok.tag_ not in ("WDT", "WP") or tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.i != tok.i - 1:
        return None
    quantifier = tok.head.head
    if quantifier.i != tok.i - 2 or quantifier.lower_ not in quantifiers:
        return None
    return quantifier


def _quantifier_read_as_relative_subject(tok: Token) -> None:
    """"A and B, all of which Canada lists as terrorist groups", "A and B, each of which Kenya designated": a
    quantifier over a fronted "which" or "whom" (_quantifier_over_relative) is the clause's object where a name of
    its own stands before the verb. The parser takes the quantifier for the subject (and the name for a compound of
    the verb, or for a second subject), so that A "lists" B; or for an apposition of the list, with the clause hung on it, which then reads
    nothing. The name becomes the subject, the quantifier the object, and the clause is hung on the name before the
    comma (as ``_relative_read_as_adverbial`` does for a clause hung elsewhere)."""
    doc = tok.doc
    if tok.lower_ not in LIST_COVERING_QUANTIFIERS or tok.dep_ not in ("nsubj", "appos") or tok.i < 2 \
            or doc[tok.i - 1].text != "," or tok.i + 3 >= len(doc) \
            or _quantifier_over_relative(doc[tok.i + 2]) != tok:
        return
    if tok.dep_ == "nsubj":
        verb = tok.head
        # (the name a compound of the verb, or a second subject: "all of which the EU designates")
        names = [c for c in verb.children if c.dep_ in ("compound", "nsubj") and c.ent_type_ in _ARGUMENT_LABELS
                 and tok.i + 2 < c.i < verb.i]
        if len(names) != 1 or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return
        names[0].dep_, tok.dep_ = "nsubj", "dobj"
        if verb.tag_ == "NNS":  # "all of which the US lists as ...": the clause's verb read as a plural noun
            verb.tag_, verb.pos_ = "VBZ", "VERB"
        return
    verb = next((c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i + 2), None)
    if verb is None or not any(c.dep_ == "nsubj" and c.ent_type_ in _ARGUMENT_LABELS and c.i < verb.i for c in verb.children):
        return
    before = doc[tok.i - 2]
    if before.pos_ not in ("PROPN", "NOUN") or not before.ent_type_ or verb in before.ancestors:
        return
    verb.head = before
    tok.head, tok.dep_ = verb, "dobj"


def _negative_quantifier_read_as_apposition(tok: Token) -> None:
    """"Iran armed A and B, neither of which has attacked Israel", "X funded A and B, none of which struck Y": a
    negative quantifier over "of which" or "of whom", which the parser hangs on the list as an apposition while it
    joins the clause's verb to the main verb (as a conjunct or an adverbial clause), is that verb's subject. Left as it is, the verb takes the main
    clause's subject and the denial is read as its act, a fact ("Iran attacks Israel"); as the subject it names no
    one, as it does where the parser itself makes it one.

    >>> # "X armed A and B, neither of which has attacked Y": no attack by X
    """
    doc = tok.doc
    if tok.i + 3 >= len(doc) or tok.i < 1 or doc[tok.i - 1].text != "," \
            or _quantifier_over_relative(doc[tok.i + 2], NEGATIVE_QUANTIFIERS) != tok:
        return
    verb = next((w for w in doc[tok.i + 3:tok.sent.end] if w.pos_ in ("VERB", "AUX") and w.dep_ not in ("aux", "auxpass")), None)
    if verb is None or verb.dep_ not in ("conj", "advcl") or verb.head.i >= tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    tok.head, tok.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _through_a_verb(tok: Token, top: Token) -> bool:
    """Whether a verb stands between ``tok`` and its ancestor ``top``."""
    return any(a.pos_ in ("VERB", "AUX") for a in tok.ancestors if top in a.ancestors)


def _apposition_across_verb(tok: Token) -> None:
    """"The panel praised the role of N and the Peace Institute (PI), the body he chairs, which ...": a noun in
    apposition, after a comma, that the parser hangs on the subject across its own verb describes the name just
    before the comma (inside the parentheses of an acronym): an apposition never spans its head's verb. A
    singular one hung on the first of a list of names describes the last, just before the comma; a name hung so
    names the last, where that is a description ("A and its political wing, the B Council")."""
    if tok.dep_ != "appos" or tok.pos_ not in ("NOUN", "PROPN") or tok.head.i >= tok.i:
        return
    start = tok.left_edge.i
    if start < 2 or tok.doc[start - 1].text != ",":
        return
    before = tok.doc[start - 2]
    if tok.pos_ == "PROPN":  # "A and its armed wing, the B": B names the description just before the comma
        if tok.ent_type_ and tok.head.ent_type_ and before.pos_ == "NOUN" and not before.ent_type_ \
                and before in tok.head.conjuncts and before.i == max(c.i for c in tok.head.conjuncts):
            tok.head = before
        return
    if before.text == ")" and start >= 3:
        before = tok.doc[start - 3]
        while before.head.i < before.i and before.head.ent_type_ and before.dep_ == "appos":
            before = before.head  # "the Peace Institute (PI)": the name the acronym follows
    if before.pos_ not in ("PROPN", "NOUN") or not before.ent_type_ or before.i <= tok.head.i:
        return
    verb = tok.head.head
    if tok.tag_ == "NN" and before in tok.head.conjuncts and before.i == max(c.i for c in tok.head.conjuncts):
        tok.head = before  # "N and the X Institute, the body he chairs": one body, the last conjunct's description
    elif verb.pos_ in ("VERB", "AUX") and tok.head.i < verb.i < before.i and verb in before.ancestors \
            and tok.head not in before.ancestors:
        tok.head = before


def _person_hung_on_posting(tok: Token) -> None:
    """"The UN envoy for Veltria, N, met the rebels": a person's name the parser hangs, as apposition, on the
    place or body a title is posted to ("for", "to", "in") describes the title, which is the clause's doer: a
    state or body has no person for apposition, and the envoy who met the rebels is N."""
    if tok.dep_ != "appos" or tok.ent_type_ != "PERSON":
        return
    body, start = tok.head, tok.left_edge.i
    prep = body.head
    title = prep.head
    if body.dep_ != "pobj" or body.ent_type_ in ("", "PERSON") or start - 2 < body.i or tok.doc[start - 2].head != body \
            and tok.doc[start - 2] != body or tok.doc[start - 1].text != "," or prep.dep_ != "prep" or prep.lower_ not in ("for", "to", "in") \
            or title.pos_ != "NOUN" or title.lemma_.lower() not in LEADER_TITLES | MEMBER_TITLES:
        return
    tok.head = title


def _subject_read_as_agent_apposition(tok: Token) -> None:
    """"Led by General N, the army, which calls itself X, still holds Y": the definite noun after the fronted
    participle's agent and its comma, which the parser hangs on the agent in apposition when a relative clause
    follows it, is the subject of the main verb, which has none (the participle says who leads it)."""
    if tok.dep_ != "appos" or tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return
    agent = tok.head.head
    participle = agent.head
    if tok.head.dep_ != "pobj" or agent.dep_ != "agent" or participle.dep_ != "advcl" or participle.tag_ != "VBN" \
            or participle.i != participle.left_edge.i or participle.i != participle.sent.start:
        return
    verb, end = participle.head, tok.right_edge.i
    if verb.i <= end or end + 1 >= len(tok.doc) or tok.doc[end + 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    tok.head = verb
    tok.dep_ = "nsubj"


def _apposition_read_as_complement(tok: Token) -> None:
    """"X is distinct from the Y Front, a smaller group which ...": a noun after a comma closing a name that the
    parser made a second complement of a copula that has one already (an adjective before it) describes that
    name, in apposition."""
    if tok.dep_ != "attr" or tok.pos_ != "NOUN" or tok.i < 2 or tok.left_edge.i < 2 \
            or tok.doc[tok.left_edge.i - 1].text != ",":
        return
    copula, before = tok.head, tok.doc[tok.left_edge.i - 2]
    if not any(c.dep_ == "acomp" and c.i < before.i for c in copula.children) \
            or before.pos_ not in ("PROPN", "NOUN") or not before.ent_type_ or copula not in before.ancestors:
        return
    tok.head, tok.dep_ = before, "appos"


def _apposition_read_as_conjunct(tok: Token) -> None:
    """"after the X Front, a rebel group, and the army accused each other": an indefinite noun set off by commas
    right after a name, which the parser made the name's conjunct, describes that name, in apposition (a list's
    item names someone; "a rebel group" between two commas, before "and", is what the name is)."""
    if tok.dep_ != "conj" or tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.head.ent_type_ \
            or tok.head.ent_type_ not in _ARGUMENT_LABELS:
        return
    doc, start, end = tok.doc, tok.left_edge.i, tok.right_edge.i
    if start < 2 or doc[start - 1].text != "," or doc[start - 2] != tok.head or doc[start].lower_ not in ("a", "an") \
            or end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].dep_ != "cc" \
            or any(c.dep_ == "cc" for c in tok.head.children if c.i < tok.i):
        return
    tok.dep_ = "appos"


def _names_read_as_conjuncts_of_plural_title(tok: Token) -> None:
    """"The PKK's leaders, N and M, rejected the offer": a list of names set off by a comma right after a plural
    title, which the parser made the title's conjuncts, names the title's holders: the first name is in apposition
    to the title (the others stay its conjuncts). "the leaders and N" (no comma) and a list the comma does not
    close are left as parsed.

    >>> # "Hamas's two senior commanders, N and M, were killed": N in apposition to "commanders"
    """
    title, doc = tok.head, tok.doc
    if tok.dep_ != "conj" or tok.ent_type_ != "PERSON" or title.tag_ not in ("NNS", "NNPS") \
            or title.lemma_.lower() not in LEADER_TITLES | MEMBER_TITLES or title.ent_type_:
        return
    if tok.left_edge.i != title.i + 2 or doc[title.i + 1].text != "," \
            or any(c.dep_ == "cc" and c.i < tok.i for c in title.children):
        return
    others = [c for c in tok.conjuncts if c.i > tok.i]
    if not others or any(c.ent_type_ != "PERSON" for c in others):
        return  # (one name alone is read in apposition by the parser already)
    end = max(c.right_edge.i for c in (tok, *others)) + 1
    if end < len(doc) and doc[end].text not in (",", ".", ";"):
        return
    tok.dep_ = "appos"


def _apposition_read_as_second_subject(tok: Token) -> None:
    """"X, the party led by N, signed the deal", "Y, a militia armed by Z, seized the town": a definite or indefinite
    noun set off by a comma right after a name, which the parser made a second subject of the name's verb (rel36). A
    clause has one subject and the two are no list (no conjunction joins them): the noun is the name's apposition,
    so that what modifies it (a participle, a relative clause) describes the name."""
    if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return
    doc, start = tok.doc, tok.left_edge.i
    if start < 2 or doc[start].lower_ not in ("the", "a", "an") or doc[start - 1].text != ",":
        return
    name = doc[start - 2]
    if name.head != tok.head or name.dep_ != "nsubj" or name.pos_ != "PROPN" or name.ent_type_ not in _ARGUMENT_LABELS \
            or any(c.dep_ in ("cc", "conj") for c in (*name.children, *tok.children)):
        return
    tok.head, tok.dep_ = name, "appos"
    doc[start - 1].head = name


def _name_before_comma(comma: Token) -> Token | None:
    """The name a comma follows, past a parenthesised short form ("the Forces for X (FDLR), a militia"): the long
    name is the one the apposition describes."""
    doc, last = comma.doc, comma.i - 1
    if last >= 2 and doc[last].text == ")" and doc[last - 2].text == "(":
        last -= 3
    if last < 0:
        return None
    name = doc[last]
    return next((ent.root for ent in doc.ents if ent.start <= last < ent.end), name)


def _apposition_read_as_conjunct_subject(tok: Token) -> None:
    """"Kigali says its forces guard the border from the FDLR, a Hutu militia, and accuses Kinshasa of sheltering the
    group": a noun with an article set off by a comma right after a name that ends an object or a phrase, which the
    parser made the subject of the verb conjoined to the sentence's own. The conjunct shares the first verb's
    subject and the noun, with no verb of its own, is the name's apposition: Kigali accuses, not the militia
    (fresh40a)."""
    if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return
    doc, start, verb = tok.doc, tok.left_edge.i, tok.head
    if start < 2 or doc[start].lower_ not in ("the", "a", "an") or doc[start - 1].text != "," \
            or verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.i < tok.i:
        return
    name = _name_before_comma(doc[start - 1])
    if name is None or name.ent_type_ not in _ARGUMENT_LABELS or name.dep_ in ("nsubj", "nsubjpass") or verb.head not in name.ancestors:
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < name.i for c in verb.head.children) \
            or not any(c.dep_ == "cc" for c in (*tok.subtree, *verb.head.children) if tok.i < c.i < verb.i):
        return
    tok.head, tok.dep_ = name, "appos"
    doc[start - 1].head = name


_TIME_PHRASE_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until"})


def _subject_read_as_apposition_of_person(tok: Token) -> None:
    """"After the fall of N, the men who now run X are trying ...": a plural noun with an article set off by a comma
    after one person's name that ends an opening phrase, which the parser made the name's apposition while the main
    verb after it has no subject. Many people are no description of one: the noun is the main clause's subject."""
    if tok.dep_ != "appos" or tok.tag_ != "NNS" or tok.pos_ != "NOUN":
        return
    doc, start, name = tok.doc, tok.left_edge.i, tok.head
    if start < 2 or doc[start].lower_ != "the" or doc[start - 1].text != "," or doc[start - 2] != name:
        return
    if name.ent_type_ != "PERSON" or name.tag_ != "NNP" or name.dep_ != "pobj":
        return
    verb = tok.sent.root
    if verb.i < tok.right_edge.i or verb not in list(name.ancestors):
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    # "After the overthrow of N, the men ... are": the parser may make the time phrase's noun the subject and its
    # "after" a conjunction; the noun is the preposition's object
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _TIME_PHRASE_PREPOSITIONS), None)
    if subjects and not (len(subjects) == 1 and mark is not None and mark.i < subjects[0].i < name.i
                         and name in subjects[0].subtree):
        return
    if subjects:
        mark.dep_ = "prep"
        subjects[0].head, subjects[0].dep_ = mark, "pobj"
    tok.head, tok.dep_ = verb, "nsubj"
    doc[start - 1].head = verb


def _apposition_read_as_second_object(tok: Token) -> None:
    """"its drones watch the frontier against the PKK, a Kurdish militia it accuses Y of tolerating": a noun with an article
    set off by a comma right after a name that ends a phrase, which the parser made a second object of the verb
    (whose object came before). A verb has one direct object and the two are no list: the noun is the name's
    apposition, so that the drones watch the frontier against the militia, not the militia itself (ref38)."""
    if tok.dep_ not in ("dobj", "appos") or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return
    doc, start = tok.doc, tok.left_edge.i
    if start < 2 or doc[start].lower_ not in ("the", "a", "an") or doc[start - 1].text != ",":
        return
    name = doc[start - 2]
    if name.pos_ != "PROPN" or name.ent_type_ not in _ARGUMENT_LABELS or name.dep_ not in ("pobj", "dobj") \
            or name.right_edge.i != name.i or any(c.dep_ in ("cc", "conj") for c in (*name.children, *tok.children)):
        return
    head = tok.head
    if head == name or name not in head.subtree:
        return
    # (only a name that ends the object's own prepositional phrase; past a participle -- "killed soldiers serving
    # with X, the Y force" -- the parser's reading is left as it stands)
    if name.dep_ != "pobj" or name.head.dep_ != "prep" or not (_prep_on_object(name.head, head)
                                                                 or _prep_on_verb_with_object(name.head, head)):
        return
    if tok.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i < name.i and c != tok for c in head.children):
        return
    # (or the apposition hung on the object whose phrase the name ends: "protect the frontier against the PKK, a
    # Kurdish militia": the militia is the PKK, not the frontier)
    tok.head, tok.dep_ = name, "appos"
    doc[start - 1].head = name


def _count_of_places_read_as_second_object(tok: Token) -> None:
    """act53: "gunmen attacked Kessa and Mornu, two towns in Velia": a counted plural noun of settlements or regions
    set off by a comma right after a list of names that is the verb's object, which the parser made a second object
    of the verb. A verb has one direct object: the count describes the places listed, as it does after a subject's
    list ("Kessa and Mornu, two towns in Velia, were attacked"), where the parser reads it as their apposition.
    w55f: so is one after a list that a preposition governs ("a siege of Kessa and Mornu, two towns in Velia",
    "raids around Kessa and Mornu, two towns in ...") which the parser made a conjunct of a word before the list;
    there the count must be the list's own (``_count_names_its_list``), as a second item of a list would not be."""
    if tok.dep_ not in ("dobj", "dep", "appos", "conj") or tok.tag_ != "NNS" \
            or tok.lemma_.lower() not in SETTLEMENT_NOUNS | REGION_NOUNS:
        return
    if tok.dep_ == "conj":
        _count_of_places_read_as_conjunct(tok)
        return
    doc, start = tok.doc, tok.left_edge.i
    if not (doc[start].tag_ == "CD" or doc[start].lower_ == "both"):
        return
    first = _list_opening_before(doc, start)
    if first is None or first.dep_ != "dobj" or first.pos_ != "PROPN":
        return
    # (hung on the verb as a second object or a loose dependent, or on a word before the list as its apposition)
    if not (tok.head == first.head and tok.dep_ in ("dobj", "dep") or tok.dep_ == "appos" and tok.head.i < first.i):
        return
    tok.head, tok.dep_ = first, "appos"
    doc[start - 1].head = first


def _count_of_places_read_as_conjunct(tok: Token) -> None:
    """"a blockade of Kessa and Mornu, two towns in western Velia": the counted plural noun of places right after
    a list of names a preposition governs, which the parser made a conjunct of a word before the list (the noun the
    "of" hangs on, or the verb), is the list's apposition -- where its number is the list's length."""
    doc, start = tok.doc, tok.left_edge.i
    if tok.head.i >= start:
        return
    first = _list_opening_before(doc, start)
    if first is None or first.dep_ != "pobj" or first.pos_ != "PROPN" or tok.head.i >= first.i \
            or not _count_names_its_list(doc[start], first):
        return
    tok.head, tok.dep_ = first, "appos"
    doc[start - 1].head = first


def _list_opening_before(doc: Doc, start: int) -> Token | None:
    """The first name of a list of proper names that ends right before a comma at ``start - 1``: "Kessa" in
    "Kessa and Mornu, two towns"; None where no such list stands there."""
    if start < 4 or doc[start - 1].text != ",":
        return None
    last = doc[start - 2]
    if last.dep_ != "conj" or last.pos_ != "PROPN" or last.right_edge.i != last.i:
        return None
    first = last
    while first.dep_ == "conj":
        first = first.head
    return first


def _count_names_its_list(count: Token, first: Token) -> bool:
    """Whether ``count`` ("two", "four", "both": ``set_numbers``) is the number of names in the list that ``first``
    opens: "Kessa and Mornu, two towns" (2), not "Kessa and Mornu, three towns" (a further item)."""
    names = [first, *first.conjuncts]
    return count.dep_ == "nummod" and SET_NUMBERS.get(count.lower_) == len(names) \
        and all(n.pos_ == "PROPN" for n in names)


def _prep_on_object(prep: Token, verb: Token) -> bool:
    """Whether ``prep`` hangs on the noun object of ``verb`` (or of the verb above it): "protect the frontier
    against the PKK"."""
    return prep.head.dep_ == "dobj" and prep.head.pos_ == "NOUN" and prep.head.head in (verb, verb.head)


def _prep_on_verb_with_object(prep: Token, verb: Token) -> bool:
    """Whether ``prep`` hangs on ``verb`` itself after its noun object: "protecting its border from the FDLR, a
    militia": the phrase is the verb's and the object came before it, so a second object after the name is the
    name's apposition (fresh40a)."""
    return prep.head == verb and verb.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < prep.i for c in verb.children)


def _relative_report_read_as_main_clause(tok: Token) -> None:
    """"The RSF, which Abu Dhabi denies is supplied by the UAE, shelled El Fasher": the parser made the reported
    passive the sentence's root, with the subject of the main clause for its passive subject, the main verb its
    conjunct and the speaker's verb a relative clause with "which" for its object. What "which" stands for is what
    the speaker says (or denies) is supplied: the passive is the speaker's report, "which" its subject, and the
    verb after the relative clause is the sentence's own, with the subject before it -- as the parser reads the same
    sentence with another name ("Hezbollah, which Beirut denies is armed by Iran, fired rockets"). So the denial is
    read, not a supply stated as fact (own38)."""
    if tok.dep_ != "relcl" or tok.pos_ != "VERB" or (tok.lemma_.lower() not in SPEECH_VERBS and tok.lemma_.lower() not in DENYING_VERBS) \
            or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return
    subject, report = tok.head, tok.head.head
    if subject.dep_ != "nsubjpass" or report.tag_ != "VBN" or report.i <= tok.i or report.dep_ != "ROOT" \
            or not any(c.dep_ == "auxpass" and tok.i < c.i < report.i for c in report.children) \
            or not any(c.dep_ == "agent" for c in report.children):
        return
    relative = [c for c in tok.children if c.tag_ in ("WDT", "WP") and c.dep_ in ("dobj", "nsubj") and c.i < tok.i]
    main = [c for c in report.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > report.i]
    if len(relative) != 1 or len(main) != 1:
        return
    speakers = [c for c in tok.children if c.i < tok.i and c.dep_ in ("nsubj", "amod", "compound", "nmod") and c.pos_ == "PROPN"]
    for c in report.children:  # (the "and" or comma before the main verb goes with it)
        if c.dep_ in ("cc", "punct") and c.i > main[0].i - 2 and c.i < main[0].i:
            c.head = main[0]
    main[0].head, main[0].dep_ = main[0], "ROOT"
    subject.head, subject.dep_ = main[0], "nsubj"
    report.head, report.dep_ = tok, "ccomp"
    relative[0].head, relative[0].dep_ = report, "nsubjpass"
    if len(speakers) == 1 and not any(c.dep_ == "nsubj" and c.i != speakers[0].i for c in tok.children):
        speakers[0].dep_ = "nsubj"


def _relative_passive_subject_read_as_active(tok: Token) -> None:
    """"X, which Y says is backed by Z, ...": with a speaker inside the relative clause the parser makes both verbs
    relative clauses of X and the relative pronoun the active subject of the passive participle ("which" nsubj of
    "backed", beside "is" as its passive auxiliary). The speaker's verb is the relative clause, the participle what
    it reports, and its subject passive: what is backed is X, as Y says (or denies: "which Y denies is backed by Z")
    (ref38)."""
    if tok.dep_ != "nsubj" or tok.tag_ not in ("WDT", "WP"):
        return
    verb = tok.head
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or not any(c.dep_ == "agent" for c in verb.children):
        return
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and verb.head.i < verb.i and tok.i < verb.head.i:
        tok.dep_ = "nsubjpass"  # (the speaker's clause read right, its relative pronoun not)
        return
    if verb.dep_ != "relcl":
        return
    speech = [c for c in verb.head.children if c.dep_ == "relcl" and tok.i < c.i < verb.i and c.pos_ == "VERB"
              and any(s.dep_ == "nsubj" for s in c.children)
              and not any(o.dep_ in ("dobj", "ccomp", "xcomp") for o in c.children)]
    if len(speech) != 1:
        return
    verb.head, verb.dep_ = speech[0], "ccomp"
    tok.dep_ = "nsubjpass"


def _list_head_read_as_second_subject(tok: Token) -> None:
    """"Chad, Cameroon and Nigeria formed a joint force": the parser may make the list's first name one subject of
    the verb and the rest ("Cameroon and Nigeria") another. A clause has one subject: a name set off by a comma
    before a second subject name that opens a coordination is the list's first item, so that "the three armies"
    later finds three names said together (ref38)."""
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.ent_type_ not in _ARGUMENT_LABELS \
            or any(c.dep_ in ("cc", "conj", "appos") for c in tok.children):
        return
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return
    second = doc[tok.i + 2]
    if second.head != tok.head or second.dep_ != "nsubj" or second.pos_ != "PROPN" \
            or second.ent_type_ not in _ARGUMENT_LABELS or second.left_edge.i != second.i \
            or not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in second.children) \
            or not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in second.children):
        return
    second.head, second.dep_ = tok, "conj"
    doc[tok.i + 1].head = tok


def quantified_over_them(tok: Token) -> bool:
    """"many of them", "some of whom": a word with "of" and a bare "them" or "whom" right after it, and nothing before."""
    preps = [c for c in tok.children if c.i < tok.i or c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].dep_ != "prep" or preps[0].lower_ != "of" or preps[0].i != tok.i + 1:
        return False
    pobjs = list(preps[0].children)
    return len(pobjs) == 1 and pobjs[0].i == tok.i + 2 and pobjs[0].lower_ in ("them", "whom") and not list(pobjs[0].children)


def _quantified_description_read_as_second_subject(tok: Token) -> None:
    """"The X, many of them backed by Y, took Z", "the X, most of them Pashtuns, seized Z", "the X, some of them
    trained abroad, attacked Z" (desc37): a quantifier over "them" set off by a comma right after a subject, which
    the parser made a second subject of the same verb. It describes the subject (what the group is, or a part of
    it), and never acts: it is the subject's apposition, so that the clause has one subject and what modifies the
    quantifier (a participle, a noun) is read at the description (rules._quantified_apposition)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i < 2 or tok.doc[tok.i - 1].text not in _SETTING_OFF:
        return
    doc = tok.doc
    if not quantified_over_them(tok):
        return
    verb = tok.head
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and verb.head.i < tok.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # ("the X's gunmen, many of them trained by Y, ...": the parser hung the participle on the noun, with the
        # quantifier its subject: the quantifier is the noun's apposition, and the participle the quantifier's)
        noun = verb.head
        tok.head, tok.dep_ = noun, "appos"
        verb.head, verb.dep_ = tok, "acl"
        doc[tok.i - 1].head = noun
        return
    subject = next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.i < tok.i and c.right_edge.i in (tok.i - 2, tok.i - 1)), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("cc", "conj") for c in subject.children):
        return
    tok.head, tok.dep_ = subject, "appos"
    doc[tok.i - 1].head = subject


def _name_read_as_complement(tok: Token) -> None:
    """"quit the regional bloc X a year later": a name right after a definite description of a body, which
    the parser made a complement of the verb, names that body, in apposition ("the bloc", the ANAPHORS' nouns of
    bodies). Not after a verb of naming ("called the group Daesh"), whose second object is the name given."""
    if tok.dep_ not in ("xcomp", "oprd", "ccomp", "advcl", "npadvmod") or tok.ent_type_ not in _ARGUMENT_LABELS or tok.i < 2:
        return
    noun = tok.doc[tok.i - 1]
    if noun.pos_ != "NOUN" or noun.head != tok.head or noun.dep_ not in ("dobj", "nsubj", "nsubjpass") \
            or noun.lemma_.lower() not in ANAPHORS or not any(c.lower_ == "the" for c in noun.children) \
            or tok.head.lemma_.lower() in NAMING_VERBS:
        return
    tok.head, tok.dep_ = noun, "appos"


def _report_continued_as_clause(tok: Token) -> None:
    """"N said the measures did not help and denounced the cabinet": a past tense after "and" that
    the parser coordinates with a reported clause's bare verb ("did not go") cannot share its auxiliary; where the
    reported clause's subject is no actor ("the reforms", not "Russia"), it goes on with the speaker's own verb,
    of the same tense, and the report's negation is not its own. So does an "-s" verb coordinated with a clause
    whose subject is plural ("X says the hilltops are needed and accuses Y of ...")."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") \
            or tok.lemma_.lower() not in VERB_FRAMES or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
        return
    clause = tok.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # ("X says the hilltops are needed and accuses Y": a plural subject agrees with no "-s" verb)
    disagrees = tok.tag_ == "VBZ" and bool(subjects) and all(s.tag_ in ("NNS", "NNPS") for s in subjects)
    if clause.dep_ != "ccomp" or not disagrees and (clause.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in clause.children)):
        return
    speech = clause.head
    if speech.lemma_.lower() not in SPEECH_VERBS or speech.tag_ != tok.tag_ \
            or not any(c.dep_ == "nsubj" for c in speech.children) \
            or not subjects or any(s.ent_type_ or s.pos_ in ("PRON", "PROPN") for s in subjects):
        return
    for c in clause.children:  # the "and" before the verb goes with it
        if c.dep_ == "cc" and c.i == tok.i - 1:
            c.head = speech
    tok.head = speech


def _report_continued_past_progressive(tok: Token) -> None:
    """"The council said N had been touring the camps and accused the army of ...": a simple past the tagger read as
    one (not a participle) after "and", which the parser coordinates with a reported clause's progressive ("had been
    touring"). It cannot share the progressive's "been"; it goes on with the speaker's own verb, of the same tense, as
    "said ... and accused" does where the report's verb is bare (_report_continued_as_clause). Only a verb of a
    relation with no subject or auxiliary of its own, and a speaker's verb with its own subject (prec37a)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ != "VBD" or tok.lemma_.lower() not in VERB_FRAMES \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.tag_ != "VBG" or not any(
            c.dep_ == "aux" and c.lower_ == "been" for c in clause.children):
        return
    speech = clause.head
    if speech.lemma_.lower() not in SPEECH_VERBS or speech.tag_ != "VBD" \
            or not any(c.dep_ == "nsubj" for c in speech.children):
        return
    for c in clause.children:  # the "and" before the verb goes with it
        if c.dep_ == "cc" and c.i == tok.i - 1:
            c.head = speech
    tok.head = speech


def _description_continued_by_speaker(tok: Token) -> None:
    """"The spokesman said the rebels were \"a gang\" and accused Kestria of arming them": an act of speech
    (``speaker_act_verbs``) after "and" that the parser coordinates with a reported clause which only says what
    its subject is (a copula with a complement) is the speaker's own, of the same tense as his verb of saying:
    the described are not the accusers."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEAKER_ACT_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
        return
    clause = tok.head
    # (or a clause in the past perfect, which reported speech backshifts, followed by a verb in the simple past of
    # the speaker's own verb: "said it had not shelled X and accused Y of lying": the speaker accuses)
    backshifted = clause.tag_ == "VBN" and tok.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in clause.children)
    passive = _passive_report_continued(tok, clause)
    if clause.dep_ != "ccomp" or not backshifted and not passive and (
            clause.lemma_ != "be" or not any(c.dep_ in ("attr", "acomp") for c in clause.children)):
        return
    speech = clause.head
    # (a passive's participle form, "would be crushed and accused X", is the speaker's simple past)
    tense = "VBD" if passive and tok.tag_ == "VBN" else tok.tag_
    # (a pledge or a warning is a saying too, before a passive: "vowed that the rebels would be crushed and ...")
    if speech.lemma_.lower() not in SPEECH_VERBS and not (passive and speech.lemma_.lower() in SPEAKER_ACT_VERBS) \
            or speech.tag_ != tense \
            or not any(c.dep_ == "nsubj" for c in speech.children):
        return
    tok.tag_ = tense
    for c in clause.children:  # the "and" before the verb goes with it
        if c.dep_ == "cc" and c.i < tok.i and not any(c.i < t.i < tok.i and t.dep_ == "conj" for t in clause.children):
            c.head = speech
    tok.head = speech


def _passive_report_continued(tok: Token, clause: Token) -> bool:
    """"The junta said the jihadists had been routed and accused Kestria of arming them", "vowed that the rebels
    would be crushed and blamed N": a reported clause in the passive, whose subject is acted on, and after "and" an
    act of speech with a direct object of its own, which no passive participle takes (so not "had been arrested and
    accused of treason"). A person or a pronoun told of in the passive may well go on to speak ("said he had been
    detained and denied the charges", "the hostages were freed and accused X"): only things, groups and places are
    left to the speaker."""
    if not any(c.dep_ == "auxpass" for c in clause.children) or clause.tag_ != "VBN" \
            or tok.tag_ not in ("VBD", "VBN", "VBZ") or tok.tag_ == "VBN" and not tok.lower_.endswith("ed") \
            or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and not any(_told_of_a_person(s) for s in subjects)


def _told_of_a_person(noun: Token) -> bool:
    """"he", "N", "the activist", "the commander", "the hostages": a person, or people (who may speak for
    themselves)."""
    return noun.pos_ == "PRON" or noun.ent_type_ == "PERSON" or noun.lower_ in CAPTIVE_PERSON_NOUNS or noun.lemma_.lower() in (
        UNNAMED_PERSON_NOUNS | PERSON_ROLE_NOUNS | LEADER_TITLES | MEMBER_TITLES)


def _verb_read_as_modifier(tok: Token) -> None:
    """"Rwanda's support for the M23 angered Burundi", "Iran's aid to Hamas worried Egypt": a sentence with no
    verb, its root a noun, whose past-tense verb the parser hung as a modifier on the name after it (read as the
    object of the noun's preposition: "support for ... Burundi"). An inflected verb form between two names, in
    a sentence whose root is a noun before it and which has no other verb, is the root: the noun phrase before it
    its subject (the name before it the preposition's object), the name after it its object. (Where the parser
    makes the first name a compound of the second instead, ``_verb_between_names`` repairs it.)"""
    if tok.dep_ != "amod" or tok.i == 0 or tok.tag_ not in ("VBD", "VBN", "JJ"):
        return
    obj, root, prev = tok.head, tok.sent.root, tok.doc[tok.i - 1]
    if obj.i != tok.i + 1 or obj.ent_type_ not in _ARGUMENT_LABELS or root.pos_ != "NOUN" or root.i > prev.i \
            or prev.pos_ not in ("PROPN", "NOUN") or prev == root:
        return
    if any(t.pos_ in ("VERB", "AUX") and t != tok and t.dep_ != "amod" for t in tok.sent):
        return  # (a participle modifying a noun is no verb of the sentence: "X's reported capture of A")
    prep = obj.head if obj.dep_ == "pobj" else prev.head if prev.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head != root or not prep.i < prev.i:
        return
    forms = all_lemmas(tok.lower_)
    if "VERB" not in forms or forms["VERB"][0] == tok.lower_:
        return  # (an adjective, or a verb's base form: no past tense)
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", forms["VERB"][0]
    dets = [t for t in tok.doc[prep.i + 1:prev.i] if t.head == obj]
    _subject_of_new_root(root, tok, [c for c in root.children if c.dep_ == "punct" and c.i > tok.i])
    prev.head, prev.dep_ = prep, "pobj"
    for det in dets:
        det.head = prev
    obj.head, obj.dep_ = tok, "dobj"


def _recipient_read_as_modifier(tok: Token) -> None:
    """"Russia sold the junta attack helicopters", "Moscow sent the regime fighter jets": the small parser reads a
    government's noun between the goods' determiner and the goods as a modifier of the goods. Just after "the",
    in the object of a verb of giving that has no recipient of its own, it is the recipient: the determiner is
    its, and it hangs on the verb. ("sent army trucks": no "the" before it; "the army trucks" may be the army's
    own, so only a government's noun.)"""
    if tok.dep_ not in ("compound", "nmod") or tok.lower_ not in GOVERNMENT_NOUNS:
        return
    goods = tok.head
    while goods.dep_ == "compound" and goods.head.i > goods.i:
        goods = goods.head
    start = tok.i  # "the Malian junta fighter jets": the recipient's own modifiers come with it
    while start > 0 and tok.doc[start - 1].dep_ == "amod" and tok.doc[start - 1].head in (tok, goods):
        start -= 1
    if start == 0:
        return
    det = tok.doc[start - 1]
    verb = goods.head
    if det.lower_ != "the" or det.head != goods or goods.dep_ != "dobj" or verb.lemma_ not in GIVING_VERBS \
            or (goods.lemma_ not in SUPPORT_GOODS and goods.lower_ not in SUPPORT_GOODS):
        return
    if any(c.dep_ in ("dative", "iobj") or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return
    det.head = tok
    for mod in tok.doc[start:tok.i]:
        mod.head = tok
    tok.head, tok.dep_ = verb, "dative"


def _claim_read_as_clause(tok: Token) -> None:
    """"Iran dismissed the US claim that it had armed X", "Y disputes the UN finding that it ...": the small parser
    reads a claim noun after "the" and a name as the verb of a clause, the name its subject. The claim is the
    object, the name its modifier, and the "that"-clause its content."""
    noun = tok.lower_ if tok.lower_ in CLAIM_NOUNS else tok.lemma_
    if tok.dep_ != "ccomp" or noun not in CLAIM_NOUNS or tok.head.pos_ not in ("VERB", "AUX"):
        return
    owner = next((c for c in tok.children if c.dep_ in ("nsubj", "compound") and c.i == tok.i - 1), None)
    content = next((c for c in tok.children if c.dep_ in ("ccomp", "acl") and c.i > tok.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if owner is None or content is None or owner.i == 0 or not owner.ent_type_:
        return
    det = tok.doc[owner.i - 1]
    if det.lower_ != "the" or det.head not in (owner, tok):
        return
    det.head = tok
    owner.dep_ = "compound"
    tok.dep_, tok.pos_, tok.tag_, tok.lemma_ = "dobj", "NOUN", "NN", noun
    content.dep_ = "acl"


def _denied_charge_read_as_name(tok: Token) -> None:
    """"A accused B of arming C, a charge B denies": the small parser reads the charge noun as a modifier of the
    name after it (the name an apposition to C, or the subject of a denial that takes the accusation for its
    clause). The charge is the denial's object and the name its subject, as in "..., a claim Kigali rejects", so
    the denial reaches the charge (the act B is accused of), never the accusation itself. With auxiliaries or
    adverbs before the denial ("a charge B has repeatedly denied") the parser may make the denial the root and the
    accusation its complement, denying the accusation: the accusation is made the root again."""
    if tok.pos_ != "VERB" or tok.lemma_ not in DENYING_VERBS or tok.i < 4 \
            or any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return
    doc = tok.doc
    start = _verb_group_start(tok)  # "..., a charge B has repeatedly denied": the name before the verb group
    if start < 4:
        return
    name = doc[start - 1]
    opening = _denier_phrase_start(name)
    if opening < 3:
        return
    comma, det, noun = doc[opening - 3], doc[opening - 2], doc[opening - 1]
    if comma.lower_ != "," or det.lower_ not in ("a", "an", "the") or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in ALLEGATION_NOUNS:
        return
    if _charge_read_as_second_subject(tok, comma, noun, name):
        return
    if name.head != noun and noun.head != name:
        return
    accusation = _accusation_under_denial(tok, noun)
    if accusation is not None and noun.head == name:
        if name.head in (tok, name):
            return
        # the charge hangs on the name, which moves to the denial: the charge takes the name's place in the
        # accusation, in apposition (as the parser reads "arming C, a charge B denies" when it reads it well)
        noun.head, noun.dep_ = name.head, "appos"
    det.head, det.dep_ = noun, "det"
    name.head, name.dep_ = tok, "nsubj"
    comma.head, comma.dep_ = tok, "punct"
    if accusation is None:
        noun.head, noun.dep_ = tok, "dobj"
        return
    # The parser took the accusation for the denial's clause, the denial for the root: the accusation is the
    # sentence's root again, and the denial a relative clause on the charge (its gap the charge itself).
    for child in [c for c in tok.children if c.dep_ == "punct" and c.i > tok.i]:
        child.head = accusation
    accusation.head, accusation.dep_ = accusation, "ROOT"
    tok.head, tok.dep_ = noun, "relcl"


def _charge_read_as_second_subject(denial: Token, comma: Token, charge: Token, name: Token) -> bool:
    """"A accused B of arming C, a charge B rejected": the parser may hang the charge and the name both on the
    denial as its subjects, and the denial on the accusation as an adverbial clause. As it reads the sentence when it
    reads it well, the charge is in apposition to the noun before the comma and the denial a relative clause on it
    (its gap the charge), with the name its one subject. Whether the repair was made."""
    before = comma.doc[comma.i - 1]
    if charge.head != denial or name.head != denial or charge.dep_ != "nsubj" or name.dep_ != "nsubj" \
            or denial.dep_ not in ("advcl", "conj") or before.pos_ not in ("NOUN", "PROPN") \
            or denial.head.lemma_ not in ACCUSATION_VERBS:
        return False
    charge.head, charge.dep_ = before, "appos"
    comma.head, comma.dep_ = before, "punct"
    denial.head, denial.dep_ = charge, "relcl"
    return True


def _denier_phrase_start(name: Token) -> int:
    """Where the denier of "a charge B denies" begins, ``name`` its last word: a name alone ("a charge Kigali
    denies"), or a definite description of a state's body held by its demonym or name ("a charge the Xian foreign
    ministry has denied", "a claim the Yian government rejects"), which the resolver reads as that state. Returns
    ``name.i + 1`` when the words before the verb are no such denier."""
    if name.ent_type_:
        return name.i
    if name.pos_ not in ("NOUN", "PROPN"):
        return name.i + 1
    start = name.i
    while start > 0 and name.doc[start - 1].head == name and name.doc[start - 1].dep_ in ("amod", "compound", "nmod"):
        start -= 1  # ("the Xian foreign ministry": the parser may hang the demonym on the noun as an nmod)
    owner = _held_by_name(name, start)
    if owner is not None:  # "a charge Chad's foreign ministry has denied": the body held by a state's name
        return owner
    article = name.doc[start - 1] if start > 0 else None
    held_by_state = any(w.ent_type_ for w in name.doc[start:name.i])
    if article is None or article.lower_ != "the" or article.head != name or not held_by_state:
        return name.i + 1
    return start - 1


def _held_by_name(noun: Token, start: int) -> int | None:
    """Where "X's" begins, X a name, when it holds ``noun`` just before ``start`` (the noun's own modifiers):
    "Chad's foreign ministry" begins at Chad. None where no name's possessive does."""
    if start < 2 or noun.doc[start - 1].dep_ != "case":
        return None
    owner = noun.doc[start - 2]
    return owner.i if owner.head == noun and owner.dep_ == "poss" and owner.ent_type_ else None


def _verb_group_start(verb: Token) -> int:
    """Where the auxiliaries, negations and adverbs right before ``verb`` (and hung on it) begin."""
    start = verb.i
    while start > 0 and verb.doc[start - 1].head == verb and verb.doc[start - 1].dep_ in ("aux", "neg", "advmod"):
        start -= 1
    return start


def _accusation_under_denial(denial: Token, charge: Token) -> Token | None:
    """The clause the parser hung on a root denial as its complement, when that clause holds the charge noun
    after it: "A accused B of arming C, a charge B has long denied" read with "denied" the root."""
    if denial.dep_ != "ROOT":
        return None
    return next((c for c in denial.children if c.dep_ == "ccomp" and c.i < charge.i
                 and c.left_edge.i <= charge.i <= c.right_edge.i), None)


def _denial_read_as_subject_noun(tok: Token) -> None:
    """"Pakistan rejects charges that it harbours X", "Kigali denies claims that it backs Y": after a name opening
    the sentence, the tagger reads a denial's "-s" form as a plural noun, the subject of the claim noun after it
    (itself the root, or read as the verb with the content its complement). The denial is the verb, the name its
    subject and the claim its object, so the claim's content is denied rather than stated (or lost)."""
    if tok.tag_ not in ("NNS", "VBZ") or tok.ent_type_ or tok.i < 1 or tok.i + 2 >= len(tok.doc) or tok.dep_ != "nsubj":
        return  # (an earlier repair may have retagged it a verb and left it the claim's subject)
    forms = all_lemmas(tok.lower_)
    if "VERB" not in forms or forms["VERB"][0] not in DENYING_VERBS or not tok.lower_.endswith("s"):
        return
    doc = tok.doc
    name, claim = doc[tok.i - 1], doc[tok.i + 1]
    noun = claim.lower_ if claim.lower_ in CLAIM_NOUNS else all_lemmas(claim.lower_).get("NOUN", [claim.lower_])[0]
    if claim != tok.head or claim.dep_ != "ROOT" or noun not in ALLEGATION_NOUNS or not name.ent_type_ \
            or name.ent_type_ not in _ARGUMENT_LABELS or name.head != tok or name.dep_ not in ("compound", "nmod") \
            or any(t.dep_ != "det" or t.head not in (name, tok) for t in doc[tok.sent.start:name.i]):
        return
    content = next((c for c in claim.children if c.dep_ in ("ccomp", "acl") and c.i > claim.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if content is None:
        return
    _subject_of_new_root(name, tok, [c for c in claim.children if c.i > claim.i and c.dep_ == "punct"])
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", forms["VERB"][0]
    for t in doc[tok.sent.start:name.i]:
        t.head = name
    claim.head, claim.dep_, claim.pos_, claim.tag_, claim.lemma_ = tok, "dobj", "NOUN", "NNS", noun
    content.dep_ = "acl"


def _relative_after_acronym_read_on_earlier_noun(tok: Token) -> None:
    """"talks between the army and the Myanmar National Democratic Alliance Army (MNDAA), which handed X back":
    a name's acronym in brackets pushes the relative clause after it onto a noun further back ("talks"), where the
    same sentence without the brackets has it on the name. A "which"/"who" clause right after "NAME (ACRONYM),"
    describes the name."""
    if tok.dep_ != "relcl":
        return
    pronoun = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who")), None)
    if pronoun is None or pronoun.i < 4:
        return
    doc = tok.doc
    comma, close, acronym = doc[pronoun.i - 1], doc[pronoun.i - 2], doc[pronoun.i - 3]
    if comma.text != "," or close.text != ")" or acronym.dep_ != "appos" or not acronym.ent_type_:
        return
    name = acronym.head
    if name.i >= acronym.i or name.ent_type_ not in _ARGUMENT_LABELS or doc[name.i + 1].text != "(" \
            or tok.head == name or tok.head.i > name.i:
        return
    tok.head = name


_LOCATED_LABELS = {"GPE", "LOC", "FAC", "LOCATION"}  # (no state: "Ivanivka near Bakhmut" locates a place, not a country)


def _located_place(tok: Token) -> Token | None:
    """The place a point preposition's phrase hangs on: a place name ("Ivanivka near Bakhmut"), or the name a place
    noun is "of" ("the village of Ivanivka near Bakhmut"); None where it hangs on anything else ("fighting near X")."""
    if tok.ent_type_ in _LOCATED_LABELS:
        return tok
    if tok.lower_ not in PLACE_NOUNS and tok.lower_ not in SETTLEMENT_NOUNS:
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ in _LOCATED_LABELS), None)


def _relative_on_landmark_read_on_located_place(tok: Token) -> None:
    """"the village of Ivanivka near Bakhmut, which the rebels seized in May": the parser hangs a set-off relative
    clause on the nearest name, the landmark a point preposition ("near") gives, but the clause tells of the place
    the landmark locates -- the phrase's topic, the landmark only a way of finding it. Where the phrase hangs on
    no place ("fighting near Bakhmut, which fell in 2023") the landmark keeps the clause."""
    if tok.dep_ != "relcl" or tok.head.dep_ != "pobj" or tok.head.head.lower_ not in POINT_PREPOSITIONS:
        return
    pronoun = next((c for c in tok.children if c.tag_ == "WDT" and c.lower_ == "which"), None)
    if pronoun is None or pronoun.i < 2 or tok.doc[pronoun.i - 1].text != "," or tok.doc[pronoun.i - 2] != tok.head:
        return
    located = _located_place(tok.head.head.head)
    if located is not None and located.i < tok.head.i:
        tok.head = located


def _owned_attack_noun_read_as_adjective(tok: Token) -> None:
    """"Israel's offensive hit Rafah", "Ethiopia's offensive targeted X": after a possessive, the tagger reads an
    attack noun that is also an adjective ("offensive") as the adjective, either as the subject it is or, with the
    verb after it, as modifiers of the object name, the whole sentence one noun phrase ("Rafah located in
    Israel"). After "'s" it is the noun: the subject, the verb its clause's root and the name that verb's object."""
    if tok.tag_ != "JJ" or tok.lower_ not in ATTACK_NOUNS or tok.i < 2 or tok.doc[tok.i - 1].tag_ != "POS":
        return
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        tok.pos_, tok.tag_ = "NOUN", "NN"
        return
    doc = tok.doc
    if tok.i + 2 >= len(doc) or tok.dep_ != "amod":
        return
    verb, name = doc[tok.i + 1], tok.head
    forms = all_lemmas(verb.lower_)
    if verb.dep_ != "amod" or verb.head != name or verb.tag_ not in ("VBN", "VBD") or "VERB" not in forms \
            or name.dep_ != "ROOT" or name.i != verb.i + 1 or name.ent_type_ not in _ARGUMENT_LABELS:
        return
    owner = next((c for c in name.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is None:
        return
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", forms["VERB"][0]
    _subject_of_new_root(tok, verb, [c for c in name.children if c.i > name.i])
    tok.pos_, tok.tag_ = "NOUN", "NN"
    owner.head = tok
    name.head, name.dep_ = verb, "dobj"


def _clause_read_as_noun_phrase(ent: Span) -> None:
    """"Al-Shabaab pledged allegiance to al-Qaeda in 2012": a sentence the parser read as one noun phrase, its
    object noun the root, its past-tense verb (tagged a verb or an adjective) a modifier of that noun and the name before it the noun's
    modifier. A name that opens its sentence (after at most a determiner), then a verb tagged past tense
    hung on the root noun as a modifier, is that verb's subject; the verb heads the sentence and the noun is
    its object, with the phrases after the noun its own."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS:
        return
    tok = ent[0]
    noun = tok.head
    doc = tok.doc
    if tok.dep_ == "compound" and noun.dep_ == "pobj" and noun.ent_type_ in _ARGUMENT_LABELS:
        _verb_between_names(tok, noun)
        return
    if tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and tok.i + 2 < len(doc):
        _named_root_before_trigger(tok)
        return
    if tok.dep_ == "nsubj" and noun.dep_ == "amod" and noun.i == tok.i + 1:
        noun = noun.head  # "Sudan | sheltered LRA commanders": the name made the modifier's own subject
    named = noun.pos_ == "PROPN" and noun.ent_type_ in _ARGUMENT_LABELS and noun.ent_iob_ == "B"
    if tok.dep_ not in ("nmod", "compound", "nsubj") or noun.dep_ != "ROOT" or noun.pos_ != "NOUN" and not named \
            or tok.i + 1 >= noun.i:
        return
    verb = doc[tok.i + 1]
    forms = all_lemmas(verb.lower_)
    if named and (noun.i != verb.i + 1 or "VERB" not in forms or forms["VERB"][0] not in VERB_FRAMES
                  or not _sole_verb(verb)):
        return  # arm47: "Kenya armed Hamas." -- a named root, the trigger's past read as its modifier, no other verb
    # (a past participle or a word also an adjective, "sheltered", "armed", only where the verb is a trigger:
    # the sentence has no other verb, so the noun phrase reading would leave it saying nothing)
    if verb.head != noun or verb.dep_ != "amod" or not verb.is_lower or "VERB" not in forms \
            or forms["VERB"][0] == verb.lower_ or verb.lower_.endswith("ing") or not (
                (verb.tag_ in ("VBD", "JJ") and set(forms) == {"VERB"})
                or (verb.tag_ in ("VBD", "VBN", "JJ", "NNP") and forms["VERB"][0] in VERB_FRAMES)):
        return
    if any(noun not in doc[i].ancestors or doc[i].dep_ not in ("det", "amod", "compound", "nummod", "poss", "case")
           for i in range(verb.i + 1, noun.i)):  # (the object's own words: "the cartel's accountants")
        return
    before = [doc[i] for i in range(tok.sent.start, tok.i)]
    if any(t.dep_ != "det" or t.head != noun for t in before):
        return
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", forms["VERB"][0]
    _subject_of_new_root(tok, verb, [c for c in noun.children if c.i > noun.i and c.dep_ in ("prep", "punct", "npadvmod", "advmod")])
    for t in before:
        t.head = tok
    noun.head, noun.dep_ = verb, "dobj"


def _named_root_before_trigger(tok: Token) -> None:
    """arm47: "Zambia armed Hamas.": the first of two names made the sentence's root, the trigger's past between them
    (an adjective's form too, "armed") the second's modifier, and the second the first's object or apposition. In a
    sentence with no verb, that opens on the first name, the past is the root, the first name its subject and the
    second its object."""
    doc = tok.doc
    verb, obj = doc[tok.i + 1], doc[tok.i + 2]
    if tok.i != tok.sent.start or verb.dep_ != "amod" or verb.head != obj or not verb.is_lower \
            or obj.head != tok or obj.dep_ not in ("dobj", "appos") or obj.pos_ != "PROPN" \
            or obj.ent_type_ not in _ARGUMENT_LABELS or obj.ent_iob_ != "B":
        return
    forms = all_lemmas(verb.lower_)
    if "VERB" not in forms or forms["VERB"][0] == verb.lower_ or forms["VERB"][0] not in VERB_FRAMES \
            or verb.lower_.endswith("ing") or not _sole_verb(verb):
        return
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", forms["VERB"][0]
    _subject_of_new_root(tok, verb, [c for c in tok.children if c.i > obj.i])
    obj.head, obj.dep_ = verb, "dobj"


def _sole_verb(verb: Token) -> bool:
    """Whether no other word of ``verb``'s sentence is a verb or an auxiliary: a verbless line ("Kenya armed
    Hamas."), whose noun phrase reading would leave it saying nothing (arm47)."""
    return not any(t.pos_ in ("VERB", "AUX") and t != verb for t in verb.sent)


def _past_form(verb: Token, forms: dict) -> bool:
    """Whether ``verb`` is a verb's past between two names: a form only a verb has ("alarmed"), or one an adjective
    shares ("worried", "troubled") that no present form of the verb shares -- an adjective before a bare name, with
    no determiner, is no reading a sentence gives."""
    if "VERB" not in forms or forms["VERB"][0] == verb.lower_ or set(forms) - {"VERB", "ADJ"}:
        return False
    return set(forms) == {"VERB"} or past_only(verb.lower_, forms["VERB"][0])


def _verb_between_names(tok: Token, obj: Token) -> None:
    """"Iran's support for the Houthis angered Riyadh": the parser may read the verb between two names as an
    adjective of the second and the first as its modifier, all inside the phrase of the sentence's root noun.
    With that noun the root and no verb, the first name ends its phrase, the verb heads the sentence with the
    noun its subject, and the second name is the verb's object. (Where the first name stays the preposition's
    object and the verb modifies the second, ``_verb_read_as_modifier`` repairs it.)"""
    doc = tok.doc
    root = tok.sent.root
    if tok.i + 2 != obj.i or root.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",) for t in tok.sent):
        return
    verb = doc[tok.i + 1]
    forms = all_lemmas(verb.lower_)
    if verb.head != obj or verb.dep_ != "amod" or verb.tag_ not in ("VBD", "JJ") or not _past_form(verb, forms) \
            or verb.lower_.endswith("ing") or root not in obj.ancestors:
        return
    prep = obj.head
    for child in list(obj.children):
        if child.i < tok.i and child.dep_ == "det":
            child.head = tok
    tok.head, tok.dep_ = prep, "pobj"
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", forms["VERB"][0]
    _subject_of_new_root(root, verb, [c for c in root.children if c.i > obj.i and c.dep_ == "punct"])
    obj.head, obj.dep_ = verb, "dobj"


def _apposition_read_as_places(ent: Span) -> None:
    """"Hamas's leader in Gaza, N, said ...": a person's name set off by commas after a title's place phrase,
    which the parser hangs on the place as its apposition, is the apposition of the title: a place is no person."""
    if len(ent) != 1 or ent.label_ != "PERSON":
        return
    tok = ent[0]
    place = tok.head
    if tok.dep_ != "appos" or place.ent_type_ not in _PLACE_LABELS or place.dep_ != "pobj" or place.i > tok.i:
        return
    prep, doc = place.head, tok.doc
    title = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "in" or title.pos_ != "NOUN" or title.i > prep.i or doc[tok.i - 1].text != "," \
            or any(doc[i].head != place and doc[i].head.head != place and doc[i].text != ","
                   for i in range(place.i + 1, tok.i)):
        return
    tok.head = title


def _plural_noun_read_as_verb(tok: Token) -> None:
    """"African Union envoys held talks with N": a plural noun after a name, which the tagger read as a verb in
    the present tense with the name for its subject, while it is itself the subject of the verb after it, is
    the name's noun: the head of the subject, the name its modifier."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBZ" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i <= tok.i \
            or tok.head.pos_ not in ("VERB", "AUX") or tok.i == 0:
        return
    name = tok.doc[tok.i - 1]
    forms = all_lemmas(tok.lower_)
    if name.head != tok or name.dep_ not in ("nsubj", "compound") or name.ent_type_ not in _ARGUMENT_LABELS \
            or "NOUN" not in forms or any(c.dep_ not in ("nsubj", "compound", "det", "amod") for c in tok.children):
        return
    tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS", forms["NOUN"][0]
    name.dep_ = "compound"


_BODY_STANDING_NOUNS = frozenset(FORCE_NOUNS | GROUP_NOUNS)


def _opening_noun_read_as_name(tok: Token) -> None:
    """"KINSHASA - Gangs loyal to X seized Y": the capitalised first word of a sentence (a dateline's text starts
    one), one of the nouns that stand for a body ("gangs", "fighters", "troops"), that the tagger read as a proper
    noun outside any name, is that common noun (the readings of forces and groups take nouns only)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title or not tok.is_sent_start \
            or tok.lower_ not in _BODY_STANDING_NOUNS:
        return
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) or tok.dep_ == "compound":
        return  # ("Gangs Of The Valley", a title; "Fighters Union ...")
    forms = all_lemmas(tok.lower_)
    if "NOUN" not in forms:
        return
    tok.pos_, tok.lemma_ = "NOUN", forms["NOUN"][0]
    tok.tag_ = "NN" if tok.lemma_ == tok.lower_ else "NNS"


def _item_verb_read_as_name(tok: Token) -> None:
    """"The Lake Force / - Funded largely by the EU.", "- Split from X in 2017.", "- Holds villages near Y": a list
    item's capitalised first word that the tagger read as a proper noun outside any name, where it is a verb's
    participle or third-person present with the item's words hung on it, is that verb. The item leaves its
    heading's actor out (statements.participle_item_topic), and the readings of verbs take verbs only."""
    if tok.tag_ not in ("NNP", "NNPS") or tok.ent_type_ or not tok.is_title or tok.dep_ != "ROOT" or tok.i == 0:
        return
    text = doc_text(tok.doc)
    before = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx].strip()
    if len(before) != 1 or before not in BULLETS:
        return  # (only an item's first word: a heading or a sentence's may be a name)
    forms = all_lemmas(tok.lower_)
    lemma = forms.get("VERB", (None,))[0]
    tag = verb_form_tag(tok.lower_, lemma) if lemma is not None else None
    if tag is None or any(c.dep_ == "compound" for c in tok.children) \
            or not any(c.dep_ in ("prep", "agent", "dobj") for c in tok.children):
        return
    tok.tag_, tok.pos_, tok.lemma_ = tag, "VERB", lemma
    for child in tok.children:
        if tag == "VBN" and child.dep_ == "prep" and child.lower_ == "by":
            child.dep_ = "agent"  # "Funded by X": the passive's agent


def _relative_verb_read_as_noun(tok: Token) -> None:
    """"The Tarn Front, which N heads, ...", "the militia N commands": a relative clause's present-tense verb after
    its subject's name, which the tagger read as a plural noun with the name for its compound (both hung on the
    noun before as appositions), when the clause ends there. It is the verb, the name its subject, and the relative
    pronoun (if any) its object; the clause describes the noun before it."""
    if tok.tag_ != "NNS" or tok.i < 2 or not tok.lower_.endswith("s") or tok.i + 1 >= len(tok.doc):
        return
    second = _coordinated_present_verb(tok)
    if not tok.doc[tok.i + 1].is_punct and second is None:
        return
    forms = all_lemmas(tok.lower_)
    if "VERB" not in forms or forms["VERB"][0] not in VERB_FRAMES:
        return
    name, before = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    article = before if before.lower_ == "the" and before.head == tok and tok.i >= 3 else None
    if article is not None:
        before = tok.doc[tok.i - 3]  # "which the United Arab Emirates backs": the name's article hung on the verb
    state_body = ()
    if name.ent_type_ not in _ARGUMENT_LABELS and name.is_lower and name.lower_ in _GENERIC_HEADS and article is None:
        # "that the Kestrian government arms": a state's body, its demonym and article before it
        start = name.i
        while start - 1 > 0 and tok.doc[start - 1].dep_ in ("det", "amod", "compound") \
                and tok.doc[start - 1].head.i in (name.i, tok.i) and tok.doc[start - 1].lower_ not in ("that", "which"):
            start -= 1
        state_body = tuple(tok.doc[start:name.i])
        if not any(t.lower_ == "the" for t in state_body):
            return
        before = tok.doc[start - 1]
    elif name.ent_type_ not in _ARGUMENT_LABELS:
        return
    coordination = (*((second,) if second is not None else ()),
                    *(c for c in tok.children if c.dep_ in ("cc", "punct") and c.i > tok.i))
    if name.head != tok or name.dep_ != "compound" \
            or any(c.dep_ != "compound" and c not in (article, before, *state_body, *coordination) for c in tok.children):
        return
    if before.tag_ in ("WDT", "WP") and before.lower_ in ("which", "that", "whom") and before.i >= 2 \
            and tok.doc[before.i - 1].text == ",":
        noun = tok.head if tok.head.i < before.i else None
        if noun is None and second is not None and tok.doc[before.i - 2].pos_ == "PROPN" \
                and tok.doc[before.i - 2].ent_type_ in _ARGUMENT_LABELS:
            noun = tok.doc[before.i - 2]  # "X, which Kestria arms and pays, holds Y": the name before the comma
        pronoun = before
    elif before.lower_ == "that" and before.i >= 2 and tok.doc[before.i - 1].pos_ == "NOUN" \
            and tok.doc[before.i - 1].is_lower and (tok.doc[before.i - 1].dep_ in ("appos", "attr")
                                                    or _heading_relative(tok, forms["VERB"][0])) \
            and (tok.doc[tok.i + 1].is_punct or second is not None):
        # "X, a militia that Kestria arms, ...", "X is a militia that Kestria arms and pays": "that" right after
        # the described noun (no comma), read as a subordinator of the next verb
        noun, pronoun = tok.doc[before.i - 1], before
        pronoun.tag_ = "WDT"
    elif before == tok.head and before.pos_ == "NOUN" and tok.dep_ == "appos":
        noun, pronoun = before, None  # "Kessa, the town the Front holds": a contact clause
    else:
        return
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", forms["VERB"][0]
    tok.head, tok.dep_ = noun, "relcl"
    name.dep_ = "nsubj"
    if article is not None:
        article.head = name
    for t in state_body:
        t.head = name
    if pronoun is not None:
        pronoun.head, pronoun.dep_ = tok, "dobj"


def _heading_relative(tok: Token, lemma: str) -> bool:
    """Whether ``tok``, a verb of heading read as a plural noun (``heading_verbs``: "heads", "commands"), closes a
    restrictive relative clause on the noun before "that" whatever that noun's role ("deserted the junta that N
    heads", off58): what a person heads is a body, never the content of a report."""
    return lemma in HEADING_VERBS and tok.dep_ in ("ccomp", "relcl", "dobj", "conj") and tok.i + 1 < len(tok.doc)


def _object_relative_that_read_as_mark(tok: Token) -> None:
    """"The Republican Guard that N once commanded was dissolved", "armed the brigade that N led": a "that" after a
    noun opening a clause of heading (``heading_verbs``) with a subject of its own and no object, which the parser
    read as a subordinator, is the relative clause's object: the noun is what the subject heads (off58). A clause
    with an object of its own ("the report that N commanded the unit") is a complement, left as parsed.

    >>> # "Iran armed the brigade that N once led": "that" the object of "led", the clause on "brigade"
    """
    verb, doc = tok.head, tok.doc
    if tok.lower_ != "that" or tok.dep_ not in ("mark", "dobj") or tok.tag_ == "WDT" \
            or verb.dep_ not in ("relcl", "acl", "ccomp") \
            or verb.lemma_.lower() not in HEADING_VERBS or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return
    # (or a clause hung on the main verb as its complement, the noun right before "that" that verb's object)
    noun = verb.head if verb.dep_ != "ccomp" else doc[tok.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= tok.i or noun not in (doc[tok.i - 1], doc[tok.i - 1].head) \
            or verb.dep_ == "ccomp" and (noun.dep_ not in ("dobj", "pobj") or noun.head != verb.head):
        return
    deps = [c.dep_ for c in verb.children if c != tok]
    if set(deps) & {"dobj", "nsubjpass", "auxpass", "ccomp", "xcomp", "attr"} \
            or not any(c.dep_ == "nsubj" and tok.i < c.i < verb.i for c in verb.children):
        return
    tok.tag_, tok.pos_, tok.dep_ = "WDT", "PRON", "dobj"
    verb.head, verb.dep_ = noun, "relcl"
    if verb.tag_ == "VBN" and "aux" not in deps:
        verb.tag_ = "VBD"  # (no auxiliary: a past tense, not a participle)


def _appointing_verb_read_as_naming_participle(tok: Token) -> None:
    """"The ELN named N as its leader": a verb of appointing right after a body's name, with a person and "as" its
    (or their) title after it, which the parser read as a naming participle on the name ("a group named N") and
    the name as the sentence's head. The verb is the root, the body its subject, the person its object (off58).
    "a man named N" (no body's name) and a title owned by no pronoun ("named N as the leader of Y") are left.

    >>> # "Al-Shabaab named N as its new leader": al-Shabaab the subject of "named", N its object
    """
    body, doc = tok.head, tok.doc
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or tok.lemma_.lower() not in APPOINTING_VERBS \
            or body.dep_ != "ROOT" or body.i != tok.i - 1 or body.ent_type_ not in _ARGUMENT_LABELS \
            or body.ent_type_ == "PERSON":
        return
    people = [c for c in tok.children if c.dep_ in ("oprd", "dobj") and c.ent_type_ == "PERSON"]
    # ("as" may hang on the verb or, past it, on the name)
    titles = [t for c in (*tok.children, *(c for c in body.children if c.i > tok.i)) if c.dep_ == "prep" and c.lower_ == "as"
              for t in c.children if t.dep_ == "pobj" and any(p.dep_ == "poss" and p.lower_ in ("its", "their")
                                                             for p in t.children)]
    if len(people) != 1 or not titles or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return
    _subject_of_new_root(body, tok, [c for c in body.children if c.i > tok.i])
    tok.tag_ = "VBD"
    people[0].dep_ = "dobj"


def _coordinated_present_verb(tok: Token) -> Token | None:
    """"... that Kestria arms and pays, ...": the one "-s" verb of a frame coordinated right after ``tok`` by "and"
    (the tagger's verb, or its plural noun), closing the clause (punctuation right after it), else None."""
    doc = tok.doc
    if tok.i + 3 >= len(doc) or doc[tok.i + 1].lower_ != "and" or not doc[tok.i + 3].is_punct:
        return None
    nxt = doc[tok.i + 2]
    if nxt.head != tok or nxt.dep_ != "conj" or nxt.tag_ not in ("VBZ", "NNS") or not nxt.lower_.endswith("s") \
            or not nxt.is_lower or "VERB" not in all_lemmas(nxt.lower_):
        return None
    return nxt


def _participle_read_as_main_verb(tok: Token) -> None:
    """"The X Council chaired by N met on Sunday": a past participle with its by-agent right after the noun it
    modifies, which the parser read as the sentence's past-tense main verb (the noun its subject) and the real main
    verb, which has no subject of its own, as a clause on it (rel36). An active past tense takes no by-agent: the
    word is the participle on the noun, and the later verb the root, with the noun its subject."""
    if tok.dep_ != "ROOT" or tok.tag_ != "VBD" or tok.lemma_.lower() not in VERB_FRAMES:
        return
    deps = [c.dep_ for c in tok.children]
    if deps.count("agent") != 1 or set(deps) & {"aux", "auxpass", "dobj", "nsubjpass", "neg", "mark"}:
        return
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i != tok.i - 1 or subjects[0].pos_ not in ("PROPN", "NOUN"):
        return
    agent = next(c for c in tok.children if c.dep_ == "agent")
    verbs = [c for c in tok.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB" and c.i > agent.right_edge.i
             and c.tag_ in ("VBD", "VBZ", "VBP")
             and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") and g.i < c.i for g in c.children)]
    if len(verbs) != 1 or any(t.is_punct or t.pos_ == "CCONJ" for t in tok.doc[agent.right_edge.i + 1:verbs[0].i]):
        return
    verb, subject = verbs[0], subjects[0]
    _subject_of_new_root(subject, verb, [c for c in tok.children if c.i > verb.i])
    tok.head, tok.dep_, tok.tag_ = subject, "acl", "VBN"


def _report_read_as_relative_of_medium(tok: Token) -> None:
    """"N said in a message that his fighters had left X", "told reporters in a statement that its men had pulled out
    of Y": the parser hung the reported clause on the thing said in as a relative clause ("that" its mark, or its
    object with the clause's own subject beside it), so the report had no speaker and read nothing (refo51). A "that"
    right after a noun of ``REPORT_MEDIUM_NOUNS`` under "in" on a verb of saying, opening a clause with a subject of
    its own, opens what was said: the clause is the verb of saying's complement. As the object of a relation verb
    with no other object ("a message that the front had withdrawn from Y") it is the same conjunction; a verb outside
    ``VERB_FRAMES`` ("a video that the front had posted") keeps its relative reading. A verb of denial whose object is
    a statement (``PROPOSITION_DENYING_VERBS``: "denied in a message that his men had withdrawn from X") reports the
    same way: left as a relative clause, the denied withdrawal was read as a positive fact (w51a); given back to the
    verb, it is the denied clause."""
    if tok.lower_ != "that" or tok.dep_ not in ("mark", "dobj"):
        return
    verb = tok.head
    if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB" or not tok.i < verb.i:
        return
    medium = verb.head
    if medium.i != tok.i - 1 or medium.lemma_.lower() not in REPORT_MEDIUM_NOUNS or medium.dep_ != "pobj" \
            or medium.head.lower_ != "in" or (medium.head.head.lemma_.lower() not in SPEECH_VERBS
                                              and medium.head.head.lemma_.lower() not in PROPOSITION_DENYING_VERBS):
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
    if len(subjects) != 1 or subjects[0].tag_ in ("WDT", "WP") or not tok.i < subjects[0].i < verb.i:
        return
    if tok.dep_ == "dobj" and (verb.lemma_.lower() not in VERB_FRAMES
                               or any(c.dep_ == "dobj" and c.i != tok.i for c in verb.children)):
        return
    verb.head, verb.dep_ = medium.head.head, "ccomp"
    tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "mark", "SCONJ", "IN"


def _relative_that_read_as_conjunction(tok: Token) -> None:
    """"X, a pro-government militia that the army armed in 2020": the relative word "that" the parser hung on a relative
    clause's verb as its object or subject while the tagger read it as a conjunction (rel36). As the clause's
    argument it is the relative pronoun, which stands for the noun the clause describes."""
    if tok.lower_ != "that" or tok.tag_ == "WDT" or tok.dep_ not in ("dobj", "nsubj", "nsubjpass") \
            or tok.head.dep_ != "relcl" or tok.i > tok.head.i:
        return
    tok.pos_, tok.tag_ = "PRON", "WDT"


def _set_off_participle_read_as_main_verb(tok: Token) -> None:
    """"X, designated a terrorist group by W in 2021, fired missiles", "Y, branded a terrorist organisation by Z, rejected
    the plan": a past participle set off by commas right after a name, with a by-phrase naming its agent, which the
    parser read as the main verb (the name its subject) and the real main verb, after the closing comma, as its
    conjunct (rel36). An active past tense takes no by-agent: the word is the participle on the name, and the verb
    after the comma the root, with the name its subject."""
    if tok.dep_ != "ROOT" or tok.tag_ != "VBD" or tok.lemma_.lower() not in VERB_FRAMES or tok.i < 2:
        return
    doc = tok.doc
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].ent_type_ not in _ARGUMENT_LABELS \
            or doc[tok.i - 2] not in subjects[0].subtree or doc[tok.i - 1].text != ",":
        return
    if any(c.dep_ in ("aux", "auxpass", "neg", "mark", "agent") for c in tok.children):
        return
    verbs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
             and (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "aux" and g.tag_ in ("VBD", "VBZ", "VBP") for g in c.children))
             and doc[_clause_opening(c) - 1].text == "," and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)]
    if len(verbs) != 1:
        return
    verb, subject = verbs[0], subjects[0]
    opening = _clause_opening(verb)
    by = [t for t in doc[tok.i + 1:opening] if t.lower_ == "by" and t.dep_ in ("prep", "agent")
          and any(c.dep_ == "pobj" and c.ent_type_ in _ARGUMENT_LABELS for c in t.children)]
    if len(by) != 1 or any(t.pos_ in ("CCONJ", "VERB", "AUX") for t in doc[tok.i + 1:opening - 1]):
        return
    _subject_of_new_root(subject, verb, [c for c in tok.children if c.i > verb.i])
    tok.head, tok.dep_, tok.tag_ = subject, "acl", "VBN"
    doc[tok.i - 1].head = subject
    doc[opening - 1].head = subject
    if by[0].head == tok:
        by[0].dep_ = "agent"


def _clause_opening(verb: Token) -> int:
    """Where the clause of ``verb`` opens: its auxiliaries, negation and adverbs before it included ("has fought",
    "then rejected")."""
    return min([verb.i] + [g.i for g in verb.children if g.dep_ in ("aux", "neg", "advmod") and g.i < verb.i])


def _second_clause_subject_read_as_conjunct(tok: Token) -> None:
    """"A, a founding member of B, offered to host talks, but C has not replied": the parser joined the second clause's
    subject to the first's as a list ("A ... but C") and made the first clause's verb a participle on A (rel36). A
    "but" between two clauses joins the clauses: the first verb is the root, with A its subject, and the second verb
    its conjunct, with C its subject (else the apposition describing A describes C too)."""
    if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.head.pos_ != "PROPN" or tok.head.dep_ != "nsubj":
        return
    name, verb = tok.head, tok.head.head
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or not tok.i < verb.i:
        return
    but = [c for c in name.children if c.dep_ == "cc" and c.lower_ == "but" and name.i < c.i < tok.i]
    first = [c for c in name.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and name.i < c.i < tok.i
             and c.doc[c.i - 1].text == ","
             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    if len(but) != 1 or len(first) != 1 or tok.doc[but[0].i - 1].text != "," \
            or any(t.dep_ not in ("aux", "neg", "advmod") for t in tok.doc[tok.i + 1:verb.i]):
        return
    clause = first[0]
    _subject_of_new_root(name, clause, [])
    clause.tag_ = "VBD"
    verb.head, verb.dep_ = clause, "conj"
    tok.head, tok.dep_ = verb, "nsubj"
    but[0].head = clause
    tok.doc[but[0].i - 1].head = clause


def _relative_past_verb_read_as_noun(tok: Token) -> None:
    """"X, which the army retook in May", "the town that A and B overran": an object relative clause whose past-tense
    verb the tagger, not knowing the form, read as a noun, so that the parser made the clause's subject its modifier or
    hung it elsewhere (rel36). A word that can only be an inflected trigger verb, after a relative word and a noun
    phrase and before no object of its own, is the clause's verb: the phrase its subject (with the names coordinated
    in it), the relative word its object, and the clause a description of the noun before the relative word."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ or not tok.is_alpha or not tok.is_lower or tok.i < 4:
        return
    forms = all_lemmas(tok.lower_)
    if set(forms) != {"VERB"} or forms["VERB"][0] == tok.lower_ or forms["VERB"][0] not in VERB_FRAMES:
        return
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and not (after.is_punct or after.pos_ == "ADP" or after.pos_ == "ADV"):
        return
    start = tok.i - 1
    while start > 0 and (doc[start].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM")
                         or doc[start].text == "," and doc[start + 1].pos_ in ("PROPN", "DET")):
        start -= 1
    pronoun = doc[start]
    phrase = doc[start + 1:tok.i]
    if pronoun.lower_ not in ("which", "that", "whom") or len(phrase) == 0 or phrase[-1].pos_ not in ("NOUN", "PROPN"):
        return
    before = doc[pronoun.i - 1]
    noun = doc[pronoun.i - 2] if before.text == "," and pronoun.i >= 2 else before
    if tok.dep_ == "relcl" and tok.head.i < pronoun.i:
        noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return
    tops = [t for t in phrase if t.head.i not in range(phrase.start, phrase.end) or t.head == t]
    names = [t for t in tops if t.pos_ in ("NOUN", "PROPN")]
    if not names or any(t.pos_ not in ("NOUN", "PROPN", "CCONJ", "PUNCT", "DET") for t in tops) \
            or any(t.pos_ == "DET" and t.i > names[0].i for t in tops):
        return
    subject = names[0]
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", forms["VERB"][0]
    tok.head, tok.dep_ = noun, "relcl"
    subject.head, subject.dep_ = tok, "nsubj"
    for t in tops:
        if t != subject:
            t.head, t.dep_ = subject, {"NOUN": "conj", "PROPN": "conj", "CCONJ": "cc", "DET": "det"}.get(t.pos_, "punct")
    pronoun.head, pronoun.dep_, pronoun.tag_, pronoun.pos_ = tok, "dobj", "WDT", "PRON"


def _participle_read_as_adjective(tok: Token) -> None:
    """"X, armed and funded by Y, fired missiles": the first of two coordinated participles set off after a name,
    which the tagger read as an adjective ("armed") while the second, with the by-agent they share, is a participle
    (rel36). It is a participle too, describing the name: the agent is both participles'."""
    # (or tagged a participle but hung as a modifier: "The RSF, armed and funded by the UAE, ...")
    if not (tok.pos_ == "ADJ" or tok.tag_ == "VBN" and tok.dep_ == "amod") or tok.dep_ not in ("amod", "acl") \
            or tok.i < 2 or tok.doc[tok.i - 1].text != "," \
            or tok.head.pos_ != "PROPN" or tok.head.i != tok.i - 2 and tok.doc[tok.i - 2] not in tok.head.subtree:
        return
    forms = all_lemmas(tok.lower_)
    if "VERB" not in forms or forms["VERB"][0] not in VERB_FRAMES or not tok.lower_.endswith("ed"):
        return
    if not _agent_down_conjuncts(tok):
        return
    tok.pos_, tok.tag_, tok.lemma_, tok.dep_ = "VERB", "VBN", forms["VERB"][0], "acl"


def _agent_down_conjuncts(tok: Token) -> bool:
    """Whether a past participle coordinated after ``tok`` -- the next one, or the last of a list ("armed, financed
    and directed by Y") -- has the by-agent the list shares."""
    for c in tok.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and (any(g.dep_ == "agent" for g in c.children) or _agent_down_conjuncts(c)):
            return True
    return False


def _listed_participle_read_as_adverbial(tok: Token) -> None:
    """"X is armed, financed and directed by Y", "X was trained, funded and armed by Y": in a list of three passive
    participles the parser hangs the second on the first as an adverbial clause, so the by-agent the last one holds
    never reaches the first (fresh40e). It is the first one's conjunct, and the list shares its passive subject and
    its agent."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return
    first = tok.head
    if first.tag_ != "VBN" or first.i != tok.i - 2 or not any(c.dep_ == "auxpass" for c in first.children):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "agent", "dobj", "advmod") for c in tok.children):
        return
    if not any(c.dep_ == "cc" for c in tok.children) or not _agent_down_conjuncts(tok):
        return
    if not one_relation_list([first, tok, *tok.conjuncts]):
        return  # "X is armed, disciplined and feared by Y": the agent is only the last one's
    tok.dep_ = "conj"


def _listed_verb_read_as_adverbial(tok: Token) -> None:
    """"Benin has never trained, sheltered or armed X", "Y never supplied, financed or protected Z": the active
    twin of ``_listed_participle_read_as_adverbial``. In a list of three verbs sharing the object after the last,
    the parser hangs the second on the first as an adverbial clause, so the first one's subject, auxiliaries and
    "never" reach the list's end only as far as that clause. It is the first one's conjunct: the first right before
    its comma, neither with an object, subject, auxiliary or marker of its own, the last link holding the object."""
    # (a middle link the tagger read as an adjective is one too: "Iran trained, *armed* and funded X")
    if tok.dep_ != "advcl" or (tok.tag_ not in ("VBN", "VBD") and not (tok.pos_ == "ADJ" and tok.lower_ in ADJECTIVAL_PARTICIPLES)) \
            or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return
    first = tok.head
    if first.pos_ != "VERB" or first.tag_ not in ("VBN", "VBD") or first.i != tok.i - 2 \
            or any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prt", "auxpass", "agent") for c in first.children):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "agent", "dobj", "advmod", "neg") for c in tok.children):
        return
    last = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBD")), None)
    if last is None or not any(c.dep_ == "cc" and c.i < last.i for c in tok.children) \
            or not any(c.dep_ == "dobj" for c in last.children) or not one_relation_list([first, tok, last]):
        return  # ("X has never wavered, refused or hesitated": no object shared; "stood firm, armed and trained Y")
    tok.dep_ = "conj"


def _agent_participle_read_as_past(tok: Token) -> None:
    """off54: "the X Front, led since 2019 by N, ...", "fought the Y Army, commanded for a decade by N": a time
    phrase between a set-off participle and its by-agent makes the tagger read the participle as a simple past
    (VBD), so no rule takes it for the passive it is. A past form that is also its verb's past participle, hung as
    a modifier or adverbial clause with a by-agent of its own and neither subject nor auxiliary, is that participle.

    >>> [t.tag_ for t in nlp("The X Front, led since 2019 by N, holds the hills.") if t.lower_ == "led"]  # doctest: +SKIP
    ['VBN']

    w54a: the same past form joined to a set-off participle is one more participle ("the Y Movement, founded by M
    and led since 2015 by N,"): a conjunct whose head is a participle hung as a modifier or adverbial clause.
    """
    if tok.tag_ != "VBD" or tok.pos_ != "VERB" or not (tok.dep_ in ("acl", "advcl") or _joined_to_participle(tok)):
        return
    if not any(c.dep_ == "agent" for c in tok.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children):
        return
    if verb_form_tag(tok.lower_, tok.lemma_.lower()) != "VBN":
        return  # ("took", "wrote": a past that is no participle)
    tok.tag_ = "VBN"


def _joined_to_participle(tok: Token) -> bool:
    """Whether a word is a later conjunct of a participle that modifies a noun or sets off a clause ("founded by M
    and led by N": "led" on "founded")."""
    head = tok.head
    return tok.dep_ == "conj" and head.i < tok.i and head.tag_ == "VBN" and head.dep_ in ("acl", "advcl")


def _body_gloss_hung_on_earlier_noun(tok: Token) -> None:
    """w54a: "talks brokered by the X Council (XC), a regional bloc to which A and B belong, ...": the parser hangs
    a gloss of a body of members on a common noun further back ("talks"), not on the name just before its comma,
    so the gloss's relative clause describes no name. A gloss (``MEMBER_BODY_GLOSS_NOUNS``) set off by a comma
    right after a name (or the name's bracketed acronym) that its head governs is hung on that name."""
    head = tok.head
    if tok.dep_ != "appos" or tok.lemma_.lower() not in MEMBER_BODY_GLOSS_NOUNS:
        return  # (not "A spokesman for Kenya, Colonel N, said": a person set off after a name is no gloss)
    if head.i > tok.i or head.pos_ == "PROPN" or head.ent_type_:
        return
    doc, j = tok.doc, tok.left_edge.i - 1
    if j < 1 or doc[j].text != ",":
        return
    j -= 1
    if doc[j].text == ")" and j >= 3 and doc[j - 2].text == "(":
        j -= 3  # "the X Council (XC), a bloc": the name before its acronym
    name = doc[j]
    if name.pos_ != "PROPN" or not name.ent_type_ or name.dep_ != "pobj" or head not in name.ancestors:
        return
    tok.head = name


def _fronted_relative_verb_read_as_conjunct(tok: Token) -> None:
    """"The Arab League, to which Egypt and Jordan belong, met on Monday", "X, a bloc of which A and B are members,
    ...": after a relative fronted by its preposition, the parser reads the relative's verb ("belong") as one more
    conjunct of its coordinated subjects, and the main verb after the comma as the relative clause, so the members
    become the main verb's subjects (fresh40e). The word is the relative's verb, on the noun the relative describes,
    and the verb after the comma is the sentence's root, with the name (the one an apposition describes) its
    subject."""
    if tok.dep_ != "conj" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return
    forms = all_lemmas(tok.lower_)
    if "VERB" not in forms or "NOUN" in forms or tok.ent_type_:
        return
    subject, verb = tok.head, tok.head.head
    if subject.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.i <= tok.i or subject.i > tok.i:
        return
    fronted = next((c for c in verb.children if c.dep_ == "prep" and c.i < subject.i and c.lower_ in ("to", "of")
                    and any(p.dep_ == "pobj" and p.tag_ == "WDT" for p in c.children)), None)
    if fronted is None or any(t.pos_ in ("VERB", "AUX") for t in tok.doc[fronted.i:tok.i]):
        return
    described = verb.head
    name = described
    while name.dep_ == "appos":
        name = name.head
    if name.dep_ != "ROOT" or name.head != name:
        return
    tok.head, tok.dep_, tok.pos_, tok.lemma_ = described, "relcl", "VERB", forms["VERB"][0]
    tok.tag_ = "VBZ" if tok.lower_.endswith("s") else "VBP"
    subject.head = fronted.head = tok
    tok.doc[tok.i + 1].head = tok
    _subject_of_new_root(name, verb, [c for c in name.children if c.i > verb.i])


def one_relation_list(participles: list[Token]) -> bool:
    """Whether two participles of a list state one relation (``verb_frames``: "armed, financed and directed by Y"
    arm and finance), so the by-agent one of them holds is the list's, not only its own ("armed and loathed by Y")."""
    predicates = [{f.predicate for f in VERB_FRAMES.get(p.lemma_.lower(), ())} for p in participles]
    return any(a & b for n, a in enumerate(predicates) for b in predicates[n + 1:])


def _set_off_report_read_as_main_verb(tok: Token) -> None:
    """"X, said to be backed by Y, fired missiles", "X, believed to arm Y, denied it": a participle of report or belief
    (raising_verbs) with its infinitive, set off by commas right after a name, which the parser read as the main
    verb, the name its subject ("X said ..."), and the real main verb after the closing comma as its conjunct (rel36).
    It is the participle on the name, whose infinitive states what is reported (never a fact), and the verb after the
    comma is the root."""
    if tok.dep_ != "ROOT" or tok.tag_ != "VBD" or tok.lemma_.lower() not in RAISING_VERBS or tok.i < 2:
        return
    doc = tok.doc
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or doc[tok.i - 1].text != "," \
            or doc[tok.i - 2] not in subjects[0].subtree:
        return
    if any(c.dep_ in ("aux", "auxpass", "neg", "mark", "dobj", "ccomp") for c in tok.children) or not any(
            c.dep_ == "xcomp" and c.i > tok.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in tok.children):
        return
    verbs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.left_edge.i > 0
             and doc[_clause_opening(c) - 1].text == ","
             and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)]
    if len(verbs) != 1:
        return
    verb, subject = verbs[0], subjects[0]
    _subject_of_new_root(subject, verb, [c for c in tok.children if c.i > verb.i and c.dep_ != "conj"])
    tok.head, tok.dep_, tok.tag_ = subject, "acl", "VBN"
    doc[tok.i - 1].head = subject


def _listed_subject_verb_read_as_noun(tok: Token) -> None:
    """"X, whose members A, B, C and D supply most of its troops": a relative clause's present-tense verb after a
    list of names, which the tagger read as a noun, with the list's last name for its compound (rel36). The name
    after "and" is the list's last item, not the word's modifier."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ != "relcl" or not tok.is_alpha or tok.i < 3:
        return
    forms = all_lemmas(tok.lower_)
    if "VERB" not in forms or forms["VERB"][0] != tok.lower_:
        return
    last, cc = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if last.dep_ != "compound" or last.head != tok or last.pos_ != "PROPN" or last.ent_type_ not in _ARGUMENT_LABELS \
            or cc.lower_ != "and" or cc.dep_ != "cc" or cc.head.pos_ != "PROPN" or cc.head.dep_ not in ("conj", "appos"):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cc.i for c in tok.children):
        return
    last.head, last.dep_ = cc.head, "conj"  # (the word stays as tagged: who its verb's object is, the parse says not)


def _plural_subject_relative_read_as_noun(tok: Token) -> None:
    """"X, which A and B list as a terrorist group, ...", "Y, which London and Ottawa sanction, ...": an object
    relative clause whose subject is a list of names, and so whose present-tense verb has its bare form, which the
    tagger read as a singular noun with the names for its modifiers (rel36). When the word is a trigger verb, the
    clause opens with a relative word right before the names and ends at the word or at a preposition, object or
    comma after it, it is the verb, the names its subject and the relative word its object."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_alpha or tok.i < 4 \
            or not (tok.dep_ == "relcl" or tok.dep_ == "conj" and tok.head.dep_ == "relcl"):
        return
    forms = all_lemmas(tok.lower_)
    if "VERB" not in forms or forms["VERB"][0] not in VERB_FRAMES:
        return
    subjects = [c for c in tok.children if c.i < tok.i and c.dep_ in ("nmod", "nsubj", "compound")
                and c.pos_ in ("PROPN", "NOUN") and any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children)]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return
    subject = subjects[0]
    start = subject.left_edge.i
    pronoun = tok.doc[start - 1]
    if pronoun.lower_ not in ("which", "that", "whom") or pronoun.tag_ not in ("WDT", "WP") \
            or tok.doc[start - 2].text not in (",", "and"):
        return
    between = tok.doc[subject.right_edge.i + 1:tok.i]
    if any(t.lower_ not in RELATIVE_SUBJECT_FILLERS for t in between):
        return
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and not (after.is_punct or after.dep_ == "prep" and after.head == tok):
        return
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBP", forms["VERB"][0]
    subject.dep_ = "nsubj"
    pronoun.head, pronoun.dep_ = tok, "dobj"


def _accusing_relative_read_as_noun(tok: Token) -> None:
    """"Y, which the army accuses of backing Z, ...", "X, which the junta blames for the raid": a relative clause's
    present-tense verb of accusing (accusation_verbs) that the tagger read as a plural noun, with the clause's subject
    noun for its compound and the relative word for its subject, while the preposition that brings the charge ("of",
    "for") hangs on it. It is the verb, the noun before it its subject (with that noun's article and modifiers), and
    the relative word its object."""
    if tok.pos_ != "NOUN" or tok.dep_ != "relcl" or not tok.is_alpha or not tok.lower_.endswith("s") or tok.i < 2:
        return
    forms = all_lemmas(tok.lower_)
    lemma = forms["VERB"][0] if "VERB" in forms else None
    if lemma not in ACCUSATION_VERBS:
        return
    subject = tok.doc[tok.i - 1]
    relatives = [c for c in tok.children if c.i < subject.i and c.dep_ in ("nsubj", "dobj")
                 and c.lower_ in ("which", "that", "whom", "who")]
    if subject.head != tok or subject.dep_ != "compound" or subject.pos_ not in ("NOUN", "PROPN") or len(relatives) != 1 \
            or not any(c.dep_ == "prep" and c.lower_ == ACCUSATION_VERBS[lemma] and c.i > tok.i for c in tok.children):
        return
    for c in list(tok.children):
        if relatives[0].i < c.i < subject.i and c.dep_ in ("det", "amod", "compound", "poss", "nummod"):
            c.head = subject  # ("which the Sudanese army accuses": the article and the modifier are the subject's)
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", lemma
    subject.dep_ = "nsubj"
    relatives[0].dep_ = "dobj"


def _relative_read_as_participle(tok: Token) -> None:
    """"X, a militia that the federal authorities armed in 2019, attacked Y": a relative clause's past-tense trigger verb the
    parser read as a participle on its subject ("the authorities [who were] armed"), making the main verb after the
    comma the relative clause, with that subject. The participle is the relative clause (its object the relative
    word); the verb after the comma is the main verb, of the name the clause describes."""
    if tok.dep_ != "relcl" or tok.tag_ != "VBD" or tok.head.pos_ != "NOUN":
        return
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    marks = [c for c in tok.children if c.dep_ in ("mark", "nsubj", "dobj") and c.lower_ in ("that", "which")
             and c.i < tok.i]
    if len(subjects) != 1 or len(marks) != 1 or not marks[0].i < subjects[0].i:
        return
    subject = subjects[0]
    participles = [c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > subject.i
                   and c.lemma_.lower() in VERB_FRAMES
                   and not any(g.dep_ in ("dobj", "agent", "auxpass", "nsubjpass") for g in c.children)]
    if len(participles) != 1:
        return
    participle = participles[0]
    if not any(t.text == "," for t in tok.doc[participle.right_edge.i + 1:tok.i]) \
            or any(t.pos_ in ("VERB", "AUX") and t not in (participle, tok) for t in tok.doc[marks[0].i:tok.i]):
        return
    noun = tok.head
    participle.head, participle.dep_, participle.tag_ = noun, "relcl", "VBD"
    subject.head = participle
    marks[0].head, marks[0].dep_, marks[0].tag_ = participle, "dobj", "WDT"
    for t in tok.doc[participle.right_edge.i + 1:tok.i]:
        if t.text == "," and t.head == subject:
            t.head = noun
    if noun.dep_ == "appos" and noun.head.dep_ == "ROOT" and noun.head.pos_ in ("PROPN", "NOUN"):
        root = noun.head  # "X, a militia that ..., attacked Y": the verb is the root, X its subject
        _subject_of_new_root(root, tok, [c for c in root.children if c.i > tok.i and c.dep_ == "punct"])


def _third_person_verb(tok: Token) -> str | None:
    """The lemma of a word that is a present tense's "-s" form of a verb with a frame ("arms", "trains"), else None."""
    if not tok.is_alpha or not tok.is_lower or not tok.lower_.endswith("s"):
        return None
    forms = all_lemmas(tok.lower_)
    lemma = forms["VERB"][0] if "VERB" in forms else None
    return lemma if lemma in VERB_FRAMES and lemma != tok.lower_ else None


_ARMS_MISTAGGED_FIRST = frozenset(MISTAGGED_SUPPORT_FIRSTS)
_ARMS_MISTAGGED_SECOND = _ARMS_MISTAGGED_FIRST | frozenset(MISTAGGED_SUPPORT_SECONDS)


def _coordinated_verb_read_as_noun(tok: Token) -> None:
    """"Kabul trains and arms the Northern Alliance", "The UAE arms and finances the RSF": two present-tense verbs
    joined by "and" after a name, one of which the tagger read as a plural noun (parse36): the first as the root
    or the second verb's subject, with the name its compound, or the second as a compound of the object name.
    Two "-s" forms of verbs with frames, joined by "and", between a name and the object's article or name, with no
    other finite verb in the clause, are the clause's verbs: the name their subject, the name after them the
    second's object (the first shares it, as the parse of two verbs has it)."""
    if tok.tag_ != "NNS" or tok.ent_type_ or tok.i < 1 or tok.i + 2 >= len(tok.doc) or _third_person_verb(tok) is None:
        return
    doc = tok.doc
    before, cc = doc[tok.i - 1], doc[tok.i + 1]
    if cc.lower_ == "and" and (before.pos_ in ("PROPN", "ADJ") or before.pos_ == "NOUN" and before.text[:1].isupper()) \
            and before.ent_type_ in _ARGUMENT_LABELS \
            and before.head == tok and before.dep_ in ("compound", "amod", "nmod") \
            and (before.i == 0 or doc[before.i - 1].pos_ == "DET" or before.ent_iob_ == "B" and before.is_sent_start
                 or doc[before.i - 1].ent_type_ == before.ent_type_ or doc[before.i - 1].is_sent_start
                 and doc[before.i - 1].pos_ == "DET"):
        # (the first verb: "[The] UAE arms and finances ...")
        second = doc[tok.i + 2]
        if _third_person_verb(second) is None or second.tag_ not in ("VBZ", "NNS") or doc[second.i + 1:second.i + 2] \
                and doc[second.i + 1].pos_ not in ("DET", "PROPN"):
            return
        named = None  # arm47: "Kenya trains and arms Hamas": the second verb a compound of the name, that name the conjunct
        if tok.dep_ == "ROOT" and second.head == tok and second.dep_ == "conj":
            pass
        elif tok.dep_ == "nsubj" and tok.head == second and second.dep_ == "ROOT":
            pass
        elif tok.dep_ == "ROOT" and second.dep_ == "compound" and second.head.i == second.i + 1 \
                and second.head.dep_ == "conj" and second.head.head == tok and second.head.pos_ == "PROPN" \
                and second.head.ent_type_ in _ARGUMENT_LABELS and not any(c.dep_ == "dobj" for c in tok.children):
            named = second.head
        else:
            return
        clause_end = next((t.i for t in doc[second.i + 1:tok.sent.end] if t.is_punct), tok.sent.end)
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[second.i + 1:clause_end]) \
                or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[tok.sent.start:before.i]):
            return
        subject = before
        while subject.dep_ in ("compound", "amod", "nmod") and subject.head.i < tok.i and subject.head != tok:
            subject = subject.head
        objects = [t for t in doc[second.i + 1:clause_end] if t.head in (tok, second) and (t.dep_ in ("dobj", "appos")
                   or t.dep_ == "npadvmod" and t.i == second.i + 1 and t.ent_type_ in _ARGUMENT_LABELS)
                   and t.pos_ in ("PROPN", "NOUN")]
        if named is not None:
            objects = [named]
        if len(objects) != 1:
            return
        if named is None and tok.dep_ == "ROOT" and before.dep_ == "compound" and tok.lower_ in _ARMS_MISTAGGED_FIRST \
                and second.lower_ in _ARMS_MISTAGGED_SECOND and objects[0].pos_ == "PROPN":
            return  # (a noun root with its compound subject and a named object: supports:arms-mistagged reads it)
        if any(c.dep_ == "nsubj" and c != tok for c in second.children):
            return
        for c in list(tok.children):
            if c.dep_ == "det" and c.i < before.i:
                c.head = before
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", _third_person_verb(tok)
        second.pos_, second.tag_, second.lemma_ = "VERB", "VBZ", _third_person_verb(second)
        punct = [c for c in second.children if c.dep_ == "punct" and c.i > second.i] if second.dep_ == "ROOT" else []
        _subject_of_new_root(before, tok, punct)
        before.pos_ = "PROPN"
        second.head, second.dep_ = tok, "conj"
        cc.head, cc.dep_ = tok, "cc"
        objects[0].head, objects[0].dep_ = second, "dobj"
        return
    if before.lower_ == "and" and tok.dep_ == "conj" and tok.i >= 3:
        _second_verb_with_appositive_object(tok)
        return
    # (the second verb: "Kabul trains and arms the Northern Alliance", "arms" a compound of the object name)
    if before.lower_ != "and" or tok.dep_ != "compound" or tok.i < 3:
        return
    name, verb = tok.head, doc[tok.i - 2]
    if name.i <= tok.i or name.ent_type_ not in _ARGUMENT_LABELS or verb.tag_ != "VBZ" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in VERB_FRAMES or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) \
            or name.dep_ not in ("conj", "dobj") or name.head != verb \
            or any(t.pos_ not in ("PROPN", "DET") for t in doc[tok.i + 1:name.i]) \
            or not any(c.dep_ == "nsubj" for c in verb.children):
        return
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", _third_person_verb(tok)
    tok.head, tok.dep_ = verb, "conj"
    before.head, before.dep_ = verb, "cc"
    name.head, name.dep_ = tok, "dobj"
    for t in doc[tok.i + 1:name.i]:
        if t.head == tok:
            t.head = name


def _series_verb(tok: Token) -> bool:
    """Whether ``tok`` may be a present tense's "-s" form of a verb ("hosts", "arms", "advises")."""
    return tok.is_alpha and tok.is_lower and tok.lower_.endswith("s") and not tok.ent_type_ \
        and tok.tag_ in ("NNS", "VBZ") and "VERB" in all_lemmas(tok.lower_)


def _verb_series_read_as_nouns(tok: Token) -> None:
    """"Algeria hosts, arms and funds the Polisario", "Iran trains, arms and funds the Houthis": a series of three
    or more present-tense verbs with frames, set off by commas and closed by "and", between a name and a named
    object, which the tagger read (but for one) as plural nouns, so the sentence has no verb that takes the object.
    They are the clause's verbs: the name their subject, the first the root, the others its conjuncts, and the name
    after the last its object (the conjuncts share it, as the parse of coordinated verbs has it). Not where another
    finite verb is in the sentence, or where the words are a list of nouns ("its hosts, arms and funds")."""
    doc = tok.doc
    if tok.i < 1 or not _series_verb(tok) or tok.i + 4 >= len(doc) or doc[tok.i + 1].text != ",":
        return
    subject = doc[tok.i - 1]
    if not (subject.ent_type_ in _ARGUMENT_LABELS and subject.pos_ in ("PROPN", "NOUN")
            or subject.lower_ in SUBJECT_PRONOUNS and subject.lower_ not in ("i", "you")):
        return
    verbs, marks, i = [tok], [], tok.i + 1
    while i + 1 < len(doc) and doc[i].text == "," and _series_verb(doc[i + 1]):
        marks.append(doc[i])
        verbs.append(doc[i + 1])
        i += 2
    if doc[i].text == ",":  # (a serial comma before "and")
        marks.append(doc[i])
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "and" or not _series_verb(doc[i + 1]):
        return
    marks.append(doc[i])
    verbs.append(doc[i + 1])
    k = i + 2 + (doc[i + 2].pos_ == "DET" if i + 2 < len(doc) else 0)
    sent = tok.sent
    series = {t.i for t in (subject, *verbs, *marks)} | {k}
    # (the clause's own head: one word of the series hangs outside it -- the sentence's root, or a verb of saying)
    tops = [t for t in doc[subject.i:k + 1] if t.i in series and (t.head == t or t.head.i not in series)]
    if len(verbs) < 3 or not any(_third_person_verb(v) for v in verbs) or k >= sent.end \
            or doc[k].ent_type_ not in _ARGUMENT_LABELS or doc[k].pos_ != "PROPN" or len(tops) != 1 \
            or any(t.tag_ in ("VBD", "VBP", "MD") or t.tag_ == "VBZ" and t not in verbs for t in doc[subject.i:k]):
        return
    top, first, obj = tops[0], verbs[0], doc[k]
    outer, outer_dep = (top.head, top.dep_) if top.head != top else (None, "ROOT")
    for verb in verbs:
        verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ", all_lemmas(verb.lower_)["VERB"][0]
    moved = [t for t in sent if t.head in (*verbs, subject) and t not in (*verbs, *marks, subject, obj)]
    _subject_of_new_root(subject, first, moved)  # (the full stop, "that" of a reported clause)
    if outer is not None:
        first.head, first.dep_ = outer, outer_dep
    for t in (*verbs[1:], *marks):
        t.head, t.dep_ = first, "punct" if t.is_punct else ("cc" if t.lower_ == "and" else "conj")
    obj.head, obj.dep_ = verbs[-1], "dobj"
    for t in sent:
        if t.dep_ == "det" and t.i == obj.i - 1:
            t.head = obj


# verb forms that may share one clause as conjuncts ("had armed and trained": a participle and the past it is spelt as)
VERB_FORM_CLASSES = {"VBD": "past", "VBN": "past", "VBZ": "present", "VBP": "present", "VB": "base", "VBG": "gerund"}


def _conjunct_hung_on_governor(tok: Token) -> None:
    """"Rwanda denied it had armed and trained the M23": the second of two verbs coordinated inside a reported
    clause, which the parser hung on the clause's governor ("denied ... and trained"), so that it read as the
    governor's subject's own act. A verb right after "and"/"or" that follows the governor's complement verb, with no
    subject of its own, where that complement verb has no object of its own, is the complement's conjunct (the two
    share the object after them)."""
    doc = tok.doc
    if tok.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    gov, cc, before = tok.head, doc[tok.i - 1], doc[tok.i - 2]
    # (one verb form, the first transitive and plain: not "said the ceasefire did not hold and blamed X", "says the
    # convoys were looted and accuses Y" -- the governor's own second verb)
    if cc.lower_ not in ("and", "or") or before.head != gov or before.dep_ not in ("ccomp", "xcomp") \
            or before.pos_ != "VERB" or before.tag_ not in ("VBD", "VBN", "VBZ") \
            or VERB_FORM_CLASSES.get(before.tag_) != VERB_FORM_CLASSES.get(tok.tag_) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt", "dative", "neg", "auxpass") for c in before.children) \
            or not any(c.dep_ == "dobj" for c in tok.children):
        return
    tok.head = before
    if cc.head == gov:
        cc.head = before


def _sanction_hung_on_finding(tok: Token) -> None:
    """"The EU concluded that Wagner fighters had killed civilians and froze the assets of N": a verb of sanction
    (``sanctioning_verbs``) after "and", which the parser coordinated with the verb of the finding's "that" clause,
    so that the armed actors found at fault sanctioned N. Where the finding verb (``finding_verbs``) has a subject
    of its own, the sanction has none, and the clause's subject is an armed actor (a named armed group in it, or a
    noun of ``rebel_nouns`` or ``wrongdoer_nouns``), the sanction is the finder's second act."""
    before = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.lemma_.lower() not in SANCTIONING_VERBS \
            or before.dep_ != "ccomp" or before.pos_ != "VERB" or before.i > tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    gov = before.head
    if gov.lemma_.lower() not in FINDING_VERBS or gov.i > before.i \
            or not any(c.dep_ == "nsubj" for c in gov.children) \
            or any(c.dep_ == "neg" for c in gov.children):
        return
    subject = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.lower_ in REBEL_NOUNS or subject.lower_ in WRONGDOER_NOUNS
                               or any(t.ent_type_ == "ARMED_GROUP" for t in subject.subtree)):
        return
    cc = next((c for c in before.children if c.dep_ == "cc" and before.i < c.i < tok.i), None)
    tok.head = gov
    if cc is not None:
        cc.head = gov


def _merit_verb_read_as_noun(tok: Token) -> None:
    """"Mali thanks Russia for its support", "Kenya condemns the attack and thanks Uganda for its help": the present
    tense of a verb of thanks or praise (``merit_verbs``) the tagger read as a plural noun -- the sentence's root with
    the thanker hung on it and the thanked as an adverbial, or, after "and", a compound of the thanked name, which
    the parser joined to the first verb's object (so that Kenya "condemned" Uganda). With a named thanked one right
    after it and "for" after that, it is the verb, the name its object."""
    doc = tok.doc
    if tok.tag_ != "NNS" or not tok.is_lower or _verb_lemma(tok.lower_) not in MERIT_VERBS or tok.i + 2 >= len(doc):
        return
    k = tok.i + 1 + (doc[tok.i + 1].pos_ == "DET")
    thanked = doc[k]
    if thanked.ent_type_ not in _ARGUMENT_LABELS or not any(t.lower_ == "for" for t in doc[k + 1:min(k + 7, tok.sent.end)]):
        return
    lemma = _verb_lemma(tok.lower_)
    if tok.dep_ == "ROOT" and thanked.head == tok and thanked.dep_ in ("npadvmod", "dobj", "appos", "attr"):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "compound", "nmod") and c.i < tok.i
                        and (c.ent_type_ in _ARGUMENT_LABELS or c.pos_ in ("PROPN", "NOUN"))), None)
        if subject is None:
            return
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", lemma
        subject.dep_ = "nsubj"
        thanked.dep_ = "dobj"
        return
    cc = doc[tok.i - 1] if tok.i > 0 else None
    if tok.dep_ == "compound" and tok.head == thanked and thanked.dep_ == "conj" and cc is not None \
            and cc.lower_ == "and" and cc.head == thanked.head:
        # (the first verb: the head of the object the name was joined to)
        obj = thanked.head
        verb = obj.head if obj.dep_ in ("dobj", "pobj") and obj.head.pos_ == "VERB" else None
        if verb is None:
            return
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", lemma
        tok.head, tok.dep_ = verb, "conj"
        cc.head = verb
        thanked.head, thanked.dep_ = tok, "dobj"
        for t in doc[k + 1:tok.sent.end]:  # ("for its help": the thanking's reason, not the first verb's)
            if t.dep_ == "prep" and t.lower_ == "for" and t.head in (verb, obj, thanked):
                t.head = tok
                break


def _second_verb_with_appositive_object(tok: Token) -> None:
    """"Iran trains and arms Kataib Hezbollah": the second "-s" verb after "and" read as a plural noun conjoined to
    the first verb, the object name hung on it as an apposition. With the first a present-tense verb with a frame,
    its subject stated and no object of its own, and the name right after the noun, the noun is the second verb and
    the name its object."""
    verb, doc = tok.head, tok.doc
    objects = [c for c in tok.children if not c.is_punct]
    if verb.i != tok.i - 2 or verb.tag_ != "VBZ" or verb.pos_ != "VERB" or verb.lemma_.lower() not in VERB_FRAMES \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) \
            or not any(c.dep_ == "nsubj" for c in verb.children) or len(objects) != 1 \
            or objects[0].dep_ != "appos" or objects[0].i != tok.i + 1 or objects[0].ent_type_ not in _ARGUMENT_LABELS:
        return
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", _third_person_verb(tok)
    objects[0].dep_ = "dobj"


def _verb_read_as_name(tok: Token) -> None:
    """"The Kessa Front (KF), a Tarn militia, overran Velio": a sentence the parser read as one long name, its
    past-tense verb as a proper noun modifying the name after it. A lower-case word tagged a proper noun, that
    only a verb's past can be, between a comma and a name, in a sentence whose root is a name, is the root;
    the root name its subject, the name after it its object."""
    if tok.tag_ not in ("NNP", "NNPS") or not tok.is_lower or not tok.is_alpha or tok.dep_ != "compound" \
            or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return
    obj, root = tok.head, tok.sent.root
    if obj.i != tok.i + 1 or not obj.ent_type_ or not root.ent_type_ or root.ent_type_ not in _ARGUMENT_LABELS \
            or obj.ent_type_ not in _ARGUMENT_LABELS or root.i > tok.i:
        return
    forms = all_lemmas(tok.lower_)
    if set(forms) != {"VERB"} or forms["VERB"][0] == tok.lower_:
        return
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", forms["VERB"][0]
    _subject_of_new_root(root, tok, [c for c in root.children if c.i > tok.i and c.dep_ == "punct"])
    obj.head, obj.dep_ = tok, "dobj"


def _participle_read_as_name(tok: Token) -> None:
    """"JNIM fighters have overrun Boulkessi", "the army had overrun Paletwa": a participle whose form is also a
    noun ("an overrun"), right after the perfect's "have" and before a name, that the parser hung on the name as a
    modifier (tagged a noun or a participle), so that "have" is the verb and the name its object. Where the word
    can be a verb that takes a place (``place_object_verbs``), "have" has a subject and the name is its object, the
    word is the verb and "have" its auxiliary; "have" followed by a noun and a name whose head is another word ("have overrun Gao's
    clinics") is left as it is."""
    if tok.tag_ not in ("NN", "NNP", "VBN") or not tok.is_lower or tok.dep_ != "compound" or tok.i == 0:
        return
    lemma = _verb_lemma(tok.lower_)
    have, obj = tok.doc[tok.i - 1], tok.head
    if lemma not in PLACE_OBJECT_VERBS or have.lemma_ != "have" or have.pos_ not in ("VERB", "AUX") \
            or obj.i != tok.i + 1 or obj.dep_ != "dobj" or obj.head != have or not obj.ent_type_:
        return
    if not any(c.dep_ == "nsubj" and c.i < have.i for c in have.children):
        return
    moved = [c for c in have.children if c != obj]
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBN", lemma
    if have.head == have:
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = have.head, have.dep_
    for child in moved:
        child.head = tok
    have.head, have.dep_, have.pos_ = tok, "aux", "AUX"
    obj.head = tok


def _verb_read_as_adverb(tok: Token) -> None:
    """"Egypt and Turkey back the army", "the US and the UK list X as a terrorist group": a trigger verb the tagger
    read as an adverb, a preposition or a noun, with a subject before it and an object after it, is the verb the
    parse already makes it (a noun takes no direct object). Not in a headline, whose strings of nouns the tagger
    reads no worse than this would ("gunmen storm city hotel": a facility that NER may run into its city)."""
    if tok.pos_ not in ("ADV", "ADP", "NOUN") or tok.lemma_.lower() not in VERB_FRAMES:
        return
    if tok.pos_ == "NOUN" and tok.sent.start == 0:
        return
    deps = {c.dep_: c for c in tok.children}
    if "nsubj" not in deps or "dobj" not in deps or deps["nsubj"].i > tok.i or deps["dobj"].i < tok.i:
        return
    tok.pos_ = "VERB"
    tok.tag_ = "VBZ" if tok.lower_.endswith("s") else "VBP"


def _subject_read_as_verb(ent: Span) -> None:
    """"Jose Eduardo dos Santos said he would ...": a merged name the parser read as the sentence's verb ("Santos"
    a VBZ), with the real verb right after it hung as its complement and left without a subject, is that verb's
    subject; the verb heads the sentence."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS:
        return
    tok = ent[0]
    doc = tok.doc
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ROOT" or tok.i + 1 >= len(doc):
        return
    verb = doc[tok.i + 1]
    if verb.head != tok or verb.dep_ not in ("ccomp", "conj", "xcomp") or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children) \
            or any(c != verb and c.dep_ != "punct" for c in tok.children):
        return
    _subject_of_new_root(tok, verb, [c for c in tok.children if c != verb])  # (a final stop hung on the name)
    tok.pos_, tok.tag_ = "PROPN", "NNP"


def _object_read_as_verb(ent: Span) -> None:
    """"signed the accord with Jose Eduardo dos Santos": a merged name after a preposition left without its object,
    which the parser read as a verb of a clause of its own ("Santos" as a verb), is the preposition's object."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS:
        return
    tok = ent[0]
    doc = tok.doc
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "ROOT" or any(c.dep_ not in ("punct", "compound") for c in tok.children):
        return
    start = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound")])  # "with President N"
    if start == 0 or any(doc[i].head != tok for i in range(start, tok.i)):
        return
    prep = doc[start - 1]
    if prep.dep_ != "prep" or prep.pos_ != "ADP" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children) \
            or prep in tok.subtree:
        return
    tok.head = prep
    tok.dep_, tok.pos_, tok.tag_ = "pobj", "PROPN", "NNP"


def _subject_of_an_aside(verb: Token) -> None:
    """"Egypt, locked in a dispute with Ethiopia, has signed a pact": a participle set off by commas is an
    aside on the subject, which the parser sometimes makes the participle's own; it is the clause's."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    for aside in verb.children:
        if aside.dep_ != "advcl" or aside.i > verb.i or aside.tag_ not in ("VBN", "VBG"):
            continue
        subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
        doc = verb.doc
        if subject is None or doc[aside.i - 1].text != "," or not any(
                doc[i].text == "," and doc[i].head in (aside, subject) for i in range(aside.i + 1, verb.i)):
            continue
        subject.head = verb
        subject.dep_ = "nsubj"
        return


def _label_read_as_subject(ent: Span, label_end: int | None = None) -> None:
    """"- Sudan: The RSF shelled El Fasher": a list item's label (``doc._.labels``) the parser made a second
    subject of the item's verb is no subject when the verb has its own after the colon (the label names the
    item's topic; an item with no subject of its own keeps it: "- Kenya: sent troops")."""
    tok = ent.root
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > ent.end for c in tok.head.children):
        tok.dep_ = "dep"
        return
    # "- Somalia: Al-Shabaab fighters overran a base": the item's subject, read as the label's apposition (not the
    # date of a timeline's label, before its colon: "- Kenya, 2011: sent troops" keeps Kenya, prec47)
    end = ent.end_char if label_end is None else label_end
    subject = next((c for c in tok.children if c.dep_ == "appos" and c.i > ent.end
                    and not (c.idx < end and c.ent_type_ == "DATE")), None)
    if subject is not None and tok.head != tok:
        subject.head, subject.dep_ = tok.head, tok.dep_
        tok.dep_ = "dep"
        return
    # "Somalia: Fighters linked to X overran a base": the item's subject, read as the subject of a participle
    # hung on the label (tagged as a past tense); the participle describes that subject
    for described in tok.children:
        subject = next((c for c in described.children if c.dep_ == "nsubj" and c.i < described.i), None)
        if described.dep_ == "acl" and described.tag_ in ("VBN", "VBD") and subject is not None and subject.i > ent.end \
                and tok.head != tok:
            subject.head, subject.dep_ = tok.head, tok.dep_
            described.head = subject
            tok.dep_ = "dep"
            return


def _label_inner_name_read_as_subject(ent: Span, labels: tuple[tuple[int, int], ...]) -> None:
    """"QUESTION (AFP): Hamas said it fired rockets": a name inside a transcript's speaker label (the asker's
    outlet in brackets) the parser made the subject of the verb after the colon, with that verb's own subject hung
    on the label. The label says who speaks; the subject after the colon is the verb's."""
    label = next(((a, b) for a, b in labels if a < ent.start_char < b), None)
    tok = ent.root
    if label is None or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.idx < label[1]:
        return
    verb, doc = tok.head, tok.doc
    # (hung on the label as its apposition or its own subject)
    subject = next((t for t in doc[tok.i:verb.i] if t.idx > label[1] and t.dep_ in ("appos", "nsubj", "dep")
                    and t.head.idx < label[1] and t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if subject is None:
        return
    subject.head, subject.dep_ = verb, tok.dep_
    tok.dep_ = "dep"


def _name_read_as_sentence(ent: Span) -> None:
    """"N | has led the X Front since 2023": the parser may end a sentence after a name that opens a paragraph
    (a headline without a stop before it), leaving the name alone and the next sentence without a subject. A
    name that is a sentence by itself, followed by one that opens with its verb or auxiliary and has no subject,
    is that verb's subject (which joins the two)."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS:
        return
    tok = ent[0]
    doc = tok.doc
    # ("N, a former army officer, | heads the X Front": the name's appositive set off by commas goes with it)
    rights = [t for t in tok.rights if not t.is_space]
    described = len(rights) == 3 and rights[0].text == "," and rights[1].dep_ == "appos" and rights[2].text == ","
    end = rights[-1].i if described else tok.i
    if tok.dep_ != "ROOT" or end + 1 >= len(doc) or not doc[end + 1].is_sent_start \
            or (rights and not described) or tok.left_edge != tok:
        return
    first = doc[end + 1]
    verb = first if first.pos_ == "VERB" else first.head
    if first.pos_ not in ("AUX", "VERB") or verb.pos_ != "VERB" or verb.dep_ != "ROOT" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    tok.head, tok.dep_ = verb, "nsubj"


def _clause_read_as_phrase(ent: Span) -> None:
    """"The Saudi-led coalition bombed Sanaa": a sentence whose only verb the parser hung on the name before
    it as a reduced relative ("the coalition [that was] bombed") has that verb for its root and the name for
    its subject, when the verb takes an object (a passive participle takes none) and no agent."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS:
        return
    tok = ent[0]
    if tok.dep_ != "ROOT" or tok.i + 1 >= len(tok.doc):
        return
    verb = tok.doc[tok.i + 1]
    if verb.head != tok or verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return
    deps = {c.dep_ for c in verb.children}
    if "dobj" not in deps or deps & {"agent", "aux", "auxpass", "nsubj", "nsubjpass", "mark"}:
        return
    # (the sentence's closing stop belongs to its new root)
    _subject_of_new_root(tok, verb, [c for c in tok.children if c.i > verb.i and c.dep_ == "punct"])


def _subject_label(verb: Token) -> str:
    """The label a subject hung on ``verb`` takes: "nsubjpass" under a passive's auxiliary, else "nsubj"."""
    return "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _subject_of_new_root(name: Token, verb: Token, moved: list[Token]) -> None:
    """Make ``verb`` its sentence's root and ``name`` its subject, with ``moved`` (tokens hung on the name that
    belong to the clause) hung on the verb: the repairs of a name the parser took for the sentence's head."""
    for child in moved:
        child.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"


def _name_read_as_verb(ent: Span) -> None:
    """An acronym the tagger read as a verb or an auxiliary ("IGAD [had] condemned the attack", "ECOWAS
    [imposing] imposed sanctions on Niger"): a name the gazetteer or NER found is its verb's subject. As an
    auxiliary, its verb is the next word's; as the root, with the verb after it hung as a modifier on the
    root's object ("imposed sanctions"), that verb is the root."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS:
        return
    tok = ent[0]
    if tok.i + 1 >= len(tok.doc):
        return
    verb = tok.doc[tok.i + 1]
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    if tok.dep_ == "aux" and tok.head == verb and tok.pos_ in ("VERB", "AUX") and ent.text.isupper():
        tok.dep_, tok.pos_, tok.tag_ = "nsubj", "PROPN", "NNP"
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            verb.tag_ = "VBD"  # (the auxiliary it seemed to have was the name)
            for child in verb.children:
                if child.dep_ == "agent":
                    child.dep_ = "prep"  # "condemned the attack on Goma by the M23": no passive's agent
        return
    obj = verb.head
    if tok.dep_ != "ROOT" or verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or obj.head != tok \
            or obj.dep_ != "dobj" or obj.i <= verb.i:
        return
    # (the object, the stop, any phrase after: the verb's now)
    _subject_of_new_root(tok, verb, [c for c in tok.children if c.i > tok.i])
    verb.tag_, tok.pos_, tok.tag_ = "VBD", "PROPN", "NNP"


def _name_read_as_its_first_words_verb(ent: Span) -> None:
    """"Saw Chit Thu was sanctioned by X", "led by its chairman, Saw Kwe Htoo Win": a name of several words whose
    first is also a verb ("Saw", "Will") keeps that verb's tag once merged, and the parser made it a clause's head:
    the root, with the real verb hung on it as a complement (and a title before it, "Its leader, N, was ...", as the
    root's subject), or a conjunct of the verb before it, after a title and a comma. The name is the real verb's
    subject (or the title's apposition); after a title and a comma, the title's apposition."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS or " " not in ent.text:
        return
    tok = ent[0]
    if not tok.tag_.startswith("VB"):
        return
    doc = tok.doc
    title = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "," else None
    if title is not None and (title.pos_ != "NOUN" or not title.is_lower):
        title = None
    if tok.dep_ == "conj" and title is not None and tok.head in (title.head, title.head.head):
        tok.head, tok.dep_, tok.pos_, tok.tag_ = title, "appos", "PROPN", "NNP"
        return
    if tok.dep_ != "ROOT":
        return
    verb = next((c for c in tok.children if c.dep_ in ("ccomp", "conj", "xcomp") and c.i > tok.i and c.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    aside = {t.i for c in tok.children if c.dep_ == "appos" and c.i > tok.i for t in c.subtree}  # ("N, its chief, was")
    if any(not (t.head == verb and t.dep_ in ("aux", "auxpass", "neg", "advmod") or t.text == "," and t.head == tok
                or t.i in aside) for t in doc[tok.i + 1:verb.i]):
        return
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is not None and (title is None or subject != title):
        return
    _subject_of_new_root(tok, verb, [c for c in tok.children if c.i > tok.i and c != verb and c.text != "," and c.i not in aside])
    tok.pos_, tok.tag_ = "PROPN", "NNP"
    if subject is not None:  # "Its leader, N, was sanctioned": the title is the subject, the name its apposition
        subject.head = verb
        tok.head, tok.dep_ = subject, "appos"
        subject.dep_ = _subject_label(verb)
        for c in tok.children:
            if c.text == ",":
                c.head = subject
    else:
        tok.dep_ = _subject_label(verb)


def _agent_read_as_second_subject(ent: Span) -> None:
    """"The junta led by General N calls the KNU a terrorist group": the parser left the participle's "by" with no
    object and made the name after it a second subject of the main verb, beside the noun the participle describes.
    The name is the "by"'s object: the noun alone is the subject."""
    if len(ent) != 1 or ent.start < 3:
        return
    tok = ent[0]
    by = tok.doc[tok.i - 1]
    if tok.dep_ != "nsubj" or by.lower_ != "by" or by.dep_ not in ("agent", "prep") or any(c.dep_ == "pobj" for c in by.children):
        return
    participle = by.head
    if participle.tag_ != "VBN" or participle.dep_ != "acl" or participle.head.head != tok.head \
            or participle.head.dep_ not in ("nsubj", "nsubjpass"):
        return
    tok.head, tok.dep_ = by, "pobj"


def _contrasted_gerund_left_unattached(tok: Token) -> None:
    """"it is hunting ADF militants, not backing the M23": the gerund a ", not" sets against the one before it is
    left by the parser as an unlabelled dependent ("dep"), which no reading takes a subject for. It is that verb's
    adverbial clause, as the parser reads "were protecting the border, not supporting the M23": its denied act is the
    same subject's."""
    if tok.dep_ != "dep" or tok.tag_ != "VBG" or tok.head.tag_ != "VBG" or tok.head.i > tok.i or tok.i < 2:
        return
    neg, comma = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if neg.dep_ == "neg" and neg.head == tok and comma.text == ",":
        tok.dep_ = "advcl"


def _between_conjunct_read_as_subject(cc: Token) -> None:
    """"since the war between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) began": after a
    bracketed acronym the parser leaves the "and" on the first party of "between" with nothing coordinated, and makes
    the second party the subject of the verb after it. The second party is the first's conjunct."""
    first = cc.head
    if cc.dep_ != "cc" or cc.lower_ != "and" or first.dep_ != "pobj" or first.head.lower_ != "between" \
            or any(c.dep_ == "conj" for c in first.children):
        return
    second = next((t for t in cc.doc[cc.i + 1:cc.i + 4] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if second is None or second.left_edge.i != cc.i + 1 or second.head.i < second.i or second.is_ancestor(first):
        return
    second.head, second.dep_ = first, "conj"


def _prepositions_name_read_as_verb(ent: Span) -> None:
    """"signed the accords with President José Eduardo dos Santos in 1991": a name whose last word looks like a
    verb form ("Santos") the tagger read as a verb hung on the clause's verb, leaving the preposition before it
    (past its title) with no object. The name is that object; the phrases after it stay the clause's."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS | {"PERSON"}:
        return
    tok = ent[0]
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("ROOT", "pobj"):
        return
    before = tok.i - 1
    while before >= 0 and tok.doc[before].head == tok and tok.doc[before].dep_ in ("compound", "amod", "det"):
        before -= 1  # its title: "President", "the former"
    prep = tok.doc[before] if before >= 0 else None
    if prep is None or prep.dep_ != "prep" or prep.pos_ != "ADP" or any(c.dep_ == "pobj" for c in prep.children) \
            or tok.is_ancestor(prep):
        return
    clause = tok.head
    for child in [c for c in tok.children if c.i > tok.i and c.dep_ in ("prep", "npadvmod", "advmod", "punct")]:
        child.head = clause
    tok.head, tok.dep_, tok.pos_, tok.tag_ = prep, "pobj", "PROPN", "NNP"


def _name_read_as_copula(ent: Span) -> None:
    """"strikes on IS hideouts", "killed IS fighters": an acronym the tagger read as the copula "is", with the noun
    after it for its complement, is that noun's modifier; the noun takes the clause's place as the object of the
    preposition or the verb before it."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS or not ent.text.isupper():
        return
    tok = ent[0]
    doc = tok.doc
    if tok.pos_ not in ("AUX", "VERB") or tok.i == 0 or tok.i + 1 >= len(doc):
        return
    noun, before = doc[tok.i + 1], doc[tok.i - 1]
    if noun.head != tok or noun.pos_ != "NOUN" or noun.dep_ not in ("attr", "acomp", "nsubj", "dobj"):
        return
    if before.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in before.children):
        if tok.is_ancestor(before):
            # "carried out strikes on IS hideouts": the noun the preposition hangs on was read as the copula's
            # subject; it is the object of the verb the copula hung on
            owner = next((c for c in tok.children if c.dep_ == "nsubj" and c.is_ancestor(before)), None)
            verb = tok.head
            if owner is None or tok.dep_ == "ROOT" or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
                return
            owner.head, owner.dep_ = verb, "dobj"
        noun.head, noun.dep_ = before, "pobj"
    elif tok.dep_ in ("ccomp", "advcl", "xcomp") and tok.head.pos_ == "VERB" and tok.head == before \
            and not any(c.dep_ == "dobj" for c in tok.head.children):
        noun.head, noun.dep_ = tok.head, "dobj"
    else:
        return
    for child in list(tok.children):
        if child.i > noun.i:
            child.head = noun
    tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "compound", "PROPN", "NNP"


def _subject_read_as_a_dates_noun(ent: Span) -> None:
    """"In 2011 Abu Bakr al-Baghdadi sent him to Syria": the parser makes the year a modifier of the name and
    the name the preposition's object; the year is the object, the name the subject of the verb that has none."""
    if len(ent) != 1 or ent.label_ not in _ARGUMENT_LABELS | {"PERSON"}:
        return
    tok = ent[0]
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.i != tok.sent.start or prep.lower_ not in ("in", "on", "by"):
        return
    year = next((c for c in tok.children if c.dep_ in ("nummod", "compound") and c.like_num and prep.i < c.i < tok.i), None)
    verb = prep.head
    if year is None or verb.pos_ != "VERB" or verb.i < tok.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    year.head, year.dep_ = prep, "pobj"
    tok.head, tok.dep_ = verb, _subject_label(verb)


def _untagged_namesakes(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word place or state name NER tagged at some mentions and missed at others ("Tarvel" tagged after "in",
    left untagged as the subject of "Tarvel accuses Y of ..."): an untagged capitalised proper noun spelled as a
    one-word GPE entity of the same document, never as a person, and standing alone (no capitalised proper noun
    beside it, no compound of another noun), is that name again; so is such a word the tagger took for a common
    noun, if it is no English word. A name the gazetteer knows is tagged everywhere."""
    labels: dict[str, set[str]] = {}
    for ent in ents:
        if len(ent) == 1:
            labels.setdefault(ent.text, set()).add(ent.label_)
    names = {text for text, found in labels.items() if "GPE" in found and "PERSON" not in found
             and text.isalpha() and text[:1].isupper() and not text.isupper() and len(text) > 2}
    names |= _dateline_state_words(doc, labels)
    names |= _state_cued_words(doc, labels)
    if not names:
        return ents
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    added = []
    for tok in map(doc.__getitem__, _positions(doc, ORTH, names)):  # (the tokens spelled as one of the names)
        if tok.text not in names or tok.i in taken or tok.dep_ == "compound" \
                or not (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not all_lemmas(tok.lower_))):
            continue  # (a name the tagger took for a noun is still no English word)
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() for t in (before, after)):
            continue  # ("New Tarvel", "Tarvel Airways": part of a longer name)
        added.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


def _state_cued_words(doc: Doc, labels: dict[str, set[str]]) -> set[str]:
    """"accused neighbouring Nyabure of ...", "Kesvaro's foreign ministry said": a one-word proper noun NER tagged at
    no mention, standing once where only a state stands (the resolver's ``_state_context``, asked as of a name NER
    read as an organisation's, so no head of state's title and no cue only a place name earns counts), is that
    state's name; at its untagged mentions it is tagged as a place (``_untagged_namesakes``), which the resolver
    then types a state by the same cue. Not a word of English, nor a given name, nor a word of a longer name."""
    from conflictkg.graph.resolve import _state_context  # (the resolver imports this module: read at call time)
    words = set()
    # (only proper and common nouns: ``_lone_unknown_name`` refuses any other word at its first test)
    for tok in map(doc.__getitem__, _positions(doc, POS, ("PROPN", "NOUN"))):
        if tok.text in labels or tok.text in words or tok.ent_type_ or not _lone_unknown_name(tok):
            continue
        if _state_context(doc, Span(doc, tok.i, tok.i + 1, label="ORG")):
            words.add(tok.text)
    return words


def _lone_unknown_name(tok: Token) -> bool:
    """Whether a token is one capitalised name no dictionary knows (a proper noun, or a noun the tagger took it
    for), standing alone ("Nyabure", not "Army", "Jean", nor "New" of "New Tarvel")."""
    doc = tok.doc
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text.isalpha() or not tok.is_title or len(tok.text) < 4 \
            or all_lemmas(tok.lower_) or tok.lower_ in GIVEN_NAMES or tok.dep_ == "compound":
        return False
    return not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() for j in (tok.i - 1, tok.i + 1))


def _dateline_state_words(doc: Doc, labels: dict[str, set[str]]) -> set[str]:
    """"MARVEN, Tessivar - ...": the one-word name after a dateline's capitalised city is the state (or region) the
    story is filed from, whatever NER made of it there ("Tessivar -" as a person or a body, the dash taken in); at
    its untagged mentions it is that place's name (``_untagged_namesakes``). Only the word between the comma and
    the dash ("QUITO, Jan 9 -" names a month), not a word of a name the text tags as a person's, nor a word of
    English."""
    words = set()
    for start, end in doc._.datelines:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span[1:-1]:
            after = doc[tok.i + 1]
            if tok.is_alpha and tok.is_title and len(tok.text) > 2 and doc[tok.i - 1].text == "," \
                    and (after.is_punct and after.text not in (",", ".")) and not all_lemmas(tok.lower_):
                words.add(tok.text)
    people = {t.text for e in doc.ents if e.label_ == "PERSON" and not any(a <= e[0].idx < b for a, b in doc._.datelines)
              for t in e}
    return words - people


# The repairs of NER's names that trim_entities runs, in order, each on the names the one before left.
_NAME_REPAIRS = (_numbered_fronts, _units_named_by_ordinal_words, _stance_prefixes_cut_off, _places_before_kind_phrases, _places_before_unit_kinds, _places_before_part_nouns, _places_in_named_units, _places_described_as_settlements, _firms_named_after_states, _places_named_after_states, _places_named_with_their_kind,
                 _possessed_people, _plural_owner_names, _bodies_named_before_kind, _blocs_named_by_their_gloss, _blocs_named_by_their_count, _blocs_named_by_their_members_clause, _blocs_named_by_their_members, _blocs_named_by_their_set_off_list, _unnamed_facilities, _heading_names, _titled_names,
                 _missed_bodies, _opener_names, _name_first_bodies, _states_named_before_their_head,
                 _places_read_as_people, _surnames_read_as_bodies, _gazetteer_surnames, _coordinated_places, _states_owning_portfolios, _untagged_namesakes,
                 _facility_names_cut_after_first_word)


def _leader_nom_de_guerre(ent: Span) -> bool:
    """"a commander known as Tavish", "headed by a chief known as Varro": one capitalised word a leader's title
    (``leader_titles``) is known or called by is that person's nom de guerre, whatever people or place NER made
    of it. Not a body's or a place's name ("a unit known as X", "a valley known as X" name no leader's title)."""
    if len(ent) != 1 or not ent[0].is_title or not ent[0].text.isalpha() or ent[0].dep_ != "pobj":
        return False
    as_ = ent[0].head
    known = as_.head
    owner = known.head
    return as_.lower_ == "as" and known.lemma_ in NAMING_VERBS and known.dep_ == "acl" and owner.pos_ == "NOUN" \
        and owner.lemma_.lower() in LEADER_TITLES
