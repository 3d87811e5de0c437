"""The English trigger lexicon and word classes, compiled from ``graph/lang/en/``.

The words live in data (``triggers.jsonl``, ``words.jsonl``); this module turns them
into the tables the mechanisms in ``rules.py``, ``resolve.py`` and ``relations.py``
read. A :class:`Frame` says which word (by lemma and part of speech) signals a
predicate and where its two ends sit in the dependency parse. Slots name dependency
paths from the trigger word:

* ``nsubj``, ``dobj``, ``attr``, ``agent`` (the pobj of "by"), ``poss``, ``compound``
* ``prep:on`` -- the object of the preposition "on" (``prep:on|against`` for either)
* ``next:in`` -- the object of "in" only where the preposition comes right after the trigger ("an offensive in X")
* ``gov_subj`` -- the subject of the verb that governs a noun trigger
  ("Azerbaijan *launched* its offensive on ...")
"""

from __future__ import annotations

from dataclasses import dataclass

from conflictkg.graph.lang import LanguageData, load_language
from conflictkg.errors import LanguageDataError
from conflictkg.ontology import ARMED_GROUP_KINDS

__all__ = ["LANGUAGE", "AGREEING_VERBS", "ENDING_VERBS", "PARTITIVES", "QUANTITY_WORDS", "CONDITION_MARKERS", "LANGUAGE_NAMES", "WEAPON_MODEL_NAMES", "BARE_INFINITIVE_VERBS", "WISHED_LIST_NOUNS", "AWAITED_MARKERS", "SUBSET_WORDS", "FALSE_ADVERBS", "Frame", "VERB_FRAMES", "NOUN_FRAMES", "COMPOUND_ADJ", "COMPOUND_ADJ_PERSON", "OFFSHOOT_HEADS", "INDEFINITE_ARTICLES", "TIME_ZONES", "VERIFYING_VERBS", "TAKEN_UP_DETERMINERS",
           "NEGATING_VERBS", "NEGATIVE_QUANTIFIERS", "NEGATIVE_OBJECTS", "TIME_POINT_NOUNS", "CONTRAST_WORDS", "NOR_WORDS", "FRAME_PREPOSITIONS", "ADDITIVE_CONJUNCTIONS", "REJOINDER_VERBS", "RELUCTANCE_VERBS", "EXCLUSIVE_WORDS", "ALTERNATIVE_MARKERS", "NEAR_NEGATORS", "HABIT_NEGATORS", "RESTRICTING_ADVERBS", "NEGATION_LIMITS", "FRONTED_NEGATION_LIMITS", "ANAPHORIC_SINCE_TIMES", "NAME_PARTICLES", "PENDING_ADVERBS", "PARTICIPATION_VERBS", "IRREALIS_MODIFIERS", "REALISING_VERBS", "AVERTING_VERBS", "CONTEST_NOUNS", "INVERTING_CONDITIONALS", "OCCURRENCE_VERBS", "PASSIVE_OCCURRENCE_VERBS", "REPEATING_OCCURRENCES", "ABSENCE_NOUNS", "ENDING_NOUNS", "UNIVERSAL_WORDS", "EXCEPTIVE_WORDS", "ADVERBIAL_GERUND_PREPS", "DEGREE_VERBS", "REVERSING_VERBS", "ACCUSATION_VERBS", "CHARGE_NOUNS", "DENIED_PRONOUNS", "OWNED_OBJECTS", "MODIFIED_OWNED_OBJECTS", "FORCE_FACILITY_NOUNS", "PART_NOUNS", "OFFICIAL_TITLES", "REALISED_PURPOSES", "JOURNEY_VERBS", "REALISED_SIDES", "HEDGE_ADVERBS", "CLAIM_NOUNS", "DENYING_VERBS", "SPEECH_VERBS", "MODAL_AUX", "REFUSAL_MODALS", "GERUND_PREPS", "GERUND_BRIDGES", "RAISING_VERBS", "STANCE_PREFIXES", "INTENT_VERBS", "GATHERING_PARTICIPLES", "GATHERING_PREPOSITIONS", "DREADING_VERBS", "CIVILIAN_BODY_NOUNS", "PROPOSAL_VERBS", "INTENT_NOUNS", "VISITING_NOUNS", "UNDERTAKING_VERBS", "LOSING_VERBS", "EVACUEE_NOUNS", "RETRACTING_VERBS", "ACKNOWLEDGING_VERBS", "OUTCOME_HOSTILITY_VERBS", "OPPOSING_PREFIXES", "CIVIC_CONTEST_NOUNS", "ARENA_PREPOSITIONS", "WITHHOLDING_VERBS", "PROSPECT_PHRASES", "LINKING_VERBS", "UNREAL_COMPLEMENTS", "WANTED_COMPLEMENTS",
           "FORMER_WORDS", "THEN_WORDS", "NAMING_PARTICIPLES", "GROUP_NOUNS", "GROUP_MODIFIERS", "GOVERNMENT_NOUNS", "MINISTRY_HEADS", "ORGANIZATION_NAME_HEADS", "DECLINING_VERBS", "APPRAISING_VERBS", "REPETITION_ADVERBS", "CONTINUING_VERBS", "HABITUAL_VERBS", "GROUND_CAMPAIGN_NOUNS", "SEIZURE_NOUNS", "FAILURE_VERBS", "GROUP_NAME_HEADS", "FORCE_NOUNS", "PROJECTILE_NOUNS", "ANAPHORS", "LEADER_TITLES", "PERSON_SUBJECT_PRONOUNS", "PERSON_POSSESSIVES", "SETTLING_VERBS",
           "MEMBER_TITLES", "PLACE_NOUNS", "DISTRIBUTIVE", "EVENT_GOVERNORS", "RECEIVING_VERBS", "MATERIEL_NOUNS", "BETWEEN_NOUNS", "CAPITAL_LEVEL_MODIFIERS",
           "AGENT_NOUNS", "SPEAKER_NOUNS", "PROXY_NOUNS", "QUOTE_PRONOUNS", "AGENT_COMPOUNDS", "REBEL_NOUNS", "UNCERTAIN_FORCE_NOUNS", "ALIAS_HEADS",
           "GOVERNMENT_ALIAS_NOUNS", "GOVERNMENT_ALIAS_MODIFIERS", "OUSTED_WORDS", "FACILITY_NOUNS", "FACILITY_TYPES", "GUARDED_POST_MODIFIERS", "STRIKE_TARGET_NOUNS", "TAKEN_POST_NOUNS", "STATE_GROUND_PREPOSITIONS", "PLAIN_TARGET_MODIFIERS", "OPEN_EVENT_DETERMINERS", "ALTERNATIVE_CONJUNCTIONS", "INDEFINITE_DETERMINERS", "INTRODUCING_DETERMINERS", "HOLDING_VERBS", "HOLD_ENDS", "ROLE_LEAVING_VERBS", "SUPERSEDED_TEXTS", "SUPERSEDED_TEXT_MODIFIERS", "CORRECTION_LABELS", "OWN_TEXT_NOUNS", "OWN_TEXT_DETERMINERS", "PROPOSITION_DENYING_VERBS", "CONTINUATION_WORDS", "FALSE_ADJECTIVES", "VERDICT_LABELS", "FALSE_CLAIM_LABELS", "EVIDENCE_NOUNS", "TRUE_RATINGS", "PORTFOLIO_WORDS", "RANK_LEADER_TITLES", "CO_SHARED_TITLES",
           "SET_NUMBERS", "SET_NOUNS", "NAME_NOUNS", "DEAL_NOUNS", "BROKER_VERBS", "BROKER_NOUNS", "GO_BETWEEN_ENVOYS", "GENERIC_FORCE_NAME_WORDS", "GENRE_LABELS", "DEAL_PARTS", "COMMAND_VERBS", "ATTACK_EVENT_NOUNS", "CONDEMNED_EVENT_NOUNS", "ATTACKER_NOUNS", "NEIGHBOUR_NOUNS", "CONDEMN_VERBS", "FACING_VERBS", "SPEAKER_ACT_VERBS", "ATTACK_NOUNS", "EVENT_SMEAR_WORDS", "SMEAR_NOUNS", "GRATITUDE_NOUNS",
           "LABELLING_VERBS", "ARMED_BODY_NOUNS", "ARMED_DESCRIPTION_MODIFIERS", "ROUTE_NOUNS",
           "SETTLEMENT_NOUNS", "NAMING_PLACE_NOUNS", "EXAMPLE_MARKERS", "OTHER_CAPITALS", "REGION_NOUNS", "UNIT_OF_NOUNS", "LISTED_UNIT_PLURALS", "LISTED_LABEL_PLURALS", "TAKEN_DECISION_NOUNS", "OPEN_DECISION_DETERMINERS", "DECISION_UNDOING_VERBS", "FACILITY_ANAPHORS", "OTHER_REFERENT_MODIFIERS", "STATEMENT_NOUNS", "AVOWAL_NOUNS", "MERIT_VERBS", "BEHALF_NOUNS", "TARGET_PREPOSITIONS", "ARMED_EFFORT_PREPOSITIONS", "ISSUING_VERBS", "NAME_OF_HEADS",
           "NAME_CONNECTORS", "PLACE_COORDINATORS", "COMPASS_NOUNS", "LOCATING_PREPOSITIONS", "PLACE_DESIGNATORS", "ORGANIZATION_APPOSITIVES", "REGION_ADJECTIVES",
           "RULER_NOUNS", "COMMAND_TITLES", "OUTLAW_TITLES", "STAFF_TITLE_COMPLEMENTS", "GIVEN_NAMES", "NOUN_LEMMAS", "BARE_BODY_NAMES", "ARMY_NOUNS", "LEADING_PARTICIPLES", "LANDFORM_NOUNS", "WATER_BODY_WORDS", "SHORE_NOUNS", "CONTINENT_NAMES", "PEOPLE_STATE_DEMONYMS", "COMMAND_PREPOSITIONS", "COMMAND_NOUNS", "RIVAL_GOVERNMENT_MODIFIERS",
           "HONORIFICS", "COURT_PARTY_NOUNS", "REMAINDER_WORDS", "LABELLING_ASSAULT_VERBS", "ACT_PURPOSE_NOUNS", "SELF_RULE_HEADS", "HOSTILITY_NOUNS", "ROLE_PREPS", "PERSON_ROLE_NOUNS", "ALIAS_MARKERS", "MANDATE_PARTICIPLES", "MANDATE_CONNECTORS", "MANDATE_NOUNS", "MANDATE_SUBJECT_PREPS", "COMPASS_WORDS", "COMPASS_ADJECTIVES", "COALITION_NOUNS", "GENERIC_BODY_NOUNS",
           "STATE_NAME_HEADS", "COUNTED_BLOC_NAMES", "STATE_NAME_EPITHETS", "STATE_POSSESSIONS", "STATE_OFFICE_TITLES", "POWER_SEIZURES", "POSTING_PREPOSITIONS", "STATE_DEMONYM_HEADS", "MILITARY_RANKS", "PERSON_TITLES", "PARTICIPATION_GOVERNORS",
           "PARTICIPATION_NOUNS", "ACHIEVING_VERBS", "COMPLEMENT_ADJECTIVES",
           "SUBJECT_GERUND_PREPS", "OBJECT_CONTROL_VERBS", "SPENDING_VERBS", "TRUCE_NOUNS", "STATE_FORM_MODIFIERS", "EVENT_CARRIERS", "ENTERING_VERBS",
           "AVOWAL_VERBS", "PERMITTING_VERBS", "DELIBERATION_VERBS", "WIDENING_VERBS",
           "REFERENCE_WINDOWS", "PERSON_EPITHET_SUFFIXES", "ORDINAL_ANAPHORS", "SET_SIZE_NOUNS", "INSTRUMENT_PREDICATES", "POSTING_TITLES", "DEPARTMENT_MODIFIERS", "DESCRIPTION_TYPE_MODIFIERS", "STATE_AGENCY_HEADS", "AGENCY_HEAD_TITLES", "STATE_AGENCY_DOMAINS", "COMMUNITY_DEMONYMS", "RIVAL_KIND_ANAPHORS",
           "NON_STATE_TITLE_MODIFIERS", "PEER_TITLES", "GENERAL_COMPOUND_HEADS", "DELEGATION_NOUNS", "UNIT_NOUNS", "SIDE_MODIFIERS", "ACRONYM_NAME_CONNECTORS", "PLACE_PREPOSITIONS", "SUBNATIONAL_MODIFIERS", "ENVOY_NOUNS", "DISPATCH_VERBS", "LED_BODY_NOUNS", "COMMITMENT_VERBS", "COMMITMENT_MODALS",
           "SUPPORT_GOODS", "JOINT_ACTION_NOUNS", "COMRADE_NOUNS", "TALK_HALTING_VERBS", "MEMBER_BODY_NOUNS", "NAMED_KIND_ANAPHORS", "ANAPHOR_KINDS", "EXTENT_ADJECTIVES", "BELONGING_PARTICIPLES", "REACTION_VERBS", "STATE_EPITHET_MODIFIERS", "STATE_LEADER_EPITHETS", "MUTUAL_VERBS", "TALK_NOUNS", "FOUNDING_VERBS", "EVENT_PHASE_NOUNS", "NAME_FIRST_HEADS", "ARMED_MEMBER_NOUNS", "ARMED_APPOSITIVES", "FACILITY_OF_NOUNS", "NAME_FIRST_OF_HEADS", "BAND_NAME_HEADS", "ENCOUNTER_VERBS", "MODEL_DESIGNATION_PREFIXES", "STATECRAFT_ENVOYS", "REASON_PREPOSITIONS", "PAIR_SET_NOUNS", "PAIR_DETERMINERS", "PAIR_PRONOUNS", "CREED_WORDS", "REMAINS_NOUNS", "ARMED_REMNANT_NOUNS", "PLACE_OBJECT_VERBS", "PLACE_ENTERING_VERBS", "DRIVING_OUT_VERBS", "PLACE_EDGE_NOUNS", "PLACE_GOAL_VERBS", "DISTANCE_UNITS", "RESEARCH_POSTS", "SPAN_NOUNS", "DECEASED_MODIFIERS", "DEATH_VERBS", "SET_QUANTIFIERS", "SET_MEMBER_PREPOSITIONS", "DESCRIBING_QUANTIFIERS", "COMPOSITION_ADVERBS", "LISTING_HEADER_WORDS", "CAPTION_LINE_SMALL_WORDS", "FIGURATIVE_ATTACK_MODIFIERS", "frames_of"]


@dataclass(frozen=True)
class Frame:
    """A trigger lemma and where the subject and object of its predicate are found."""

    predicate: str
    subj: tuple[str, ...] = ("nsubj",)
    obj: tuple[str, ...] = ("dobj",)
    particle: str | None = None  # a required particle or preposition ("take *over*", "fall *to*")
    confidence: float = 0.85
    object_place: bool = False  # the object must be a place
    object_types: tuple[str, ...] = ()  # if set, the only entity types the object may have
    designation: bool = False  # read a designation ("as a terrorist organisation")
    negated: bool = False  # the words state that the relation does not hold ("severed ties with")
    subject_types: tuple[str, ...] = ()  # if set, the only entity types the subject may have


def example_marker(prep) -> bool:
    """Whether a preposition token lists examples of the noun it hangs on: "including", or "such as" (the
    preposition with its modifier before it)."""
    if prep.dep_ != "prep":
        return False
    lower = prep.lower_
    for before, last in _EXAMPLE_MARKER_WORDS:
        if lower == last and (not before or [c.lower_ for c in prep.children if c.i < prep.i][-len(before):] == before):
            return True
    return False


def partitive_marker(prep) -> bool:
    """Whether a preposition token is a partitive marker with its pronoun ("among them", "among whom")."""
    pronouns = _PARTITIVE_MARKER_WORDS.get(prep.lower_)
    return prep.dep_ == "prep" and bool(pronouns) and any(
        c.dep_ == "pobj" and c.lower_ in pronouns for c in prep.children)


def partitive_examples(prep) -> list:
    """The examples a partitive marker lists after its pronoun ("several states, among them A and B": A and B),
    where the parser hangs the pronoun and the names both on the preposition; none for any other preposition."""
    if not partitive_marker(prep):
        return []
    return [c for c in prep.children if c.dep_ == "pobj" and c.lower_ not in _PARTITIVE_MARKER_WORDS[prep.lower_]]


def frames_of(data: LanguageData, pos: str) -> dict[str, list[Frame]]:
    """The frames of every trigger lemma of part of speech ``pos``, in file order."""
    out: dict[str, list[Frame]] = {}
    for t in data.triggers:
        if t.pos != pos:
            continue
        frame = Frame(t.predicate, t.subject, t.object, t.particle, t.confidence, t.object_place,
                      t.object_types, t.designation, t.polarity == "negative", t.subject_types)
        for lemma in t.lemmas:
            out.setdefault(lemma, []).append(frame)
    return out


LANGUAGE = load_language("en")
_W = LANGUAGE.words

VERB_FRAMES = frames_of(LANGUAGE, "VERB")
NOUN_FRAMES = frames_of(LANGUAGE, "NOUN")
# "Turkey-backed HTS": the participle after the hyphen, the predicate, and whether the modified noun
# is the object (X-backed Y) or the subject (X-linked Y).
COMPOUND_ADJ: dict[str, tuple[str, bool]] = {
    lemma: (t.predicate, t.noun == "object") for t in LANGUAGE.triggers if t.pos == "ADJ" for lemma in t.lemmas
}
# the participles whose predicate is another where the actor before the hyphen is a person ("the Hemedti-led RSF")
COMPOUND_ADJ_PERSON: dict[str, str] = {
    lemma: t.person_predicate for t in LANGUAGE.triggers if t.pos == "ADJ" and t.person_predicate for lemma in t.lemmas
}

NEGATING_VERBS = _W["negating_verbs"]
CONTINUING_VERBS = _W["continuing_verbs"]
GROUND_CAMPAIGN_NOUNS = _W["ground_campaign_nouns"]
FAILURE_VERBS = _W["failure_verbs"]
SETTLING_VERBS = _W["settling_verbs"]
DECLINING_VERBS = _W["declining_verbs"]
APPRAISING_VERBS = _W["appraising_verbs"]
REPETITION_ADVERBS = _W["repetition_adverbs"]
REACTION_VERBS = _W["reaction_verbs"]
STATE_EPITHET_MODIFIERS = _W["state_epithet_modifiers"]
STATE_LEADER_EPITHETS = _W["state_leader_epithets"]
MUTUAL_VERBS = _W["mutual_verbs"]
TALK_NOUNS = _W["talk_nouns"]
ENCOUNTER_VERBS = _W["encounter_verbs"]
AGREEING_VERBS = _W["agreeing_verbs"]
MODEL_DESIGNATION_PREFIXES = _W["model_designation_prefixes"]
STATECRAFT_ENVOYS = _W["statecraft_envoys"]
REASON_PREPOSITIONS = _W["reason_prepositions"]
NEGATIVE_QUANTIFIERS = _W["negative_quantifiers"]
NEGATIVE_OBJECTS = _W["negative_objects"]
TIME_POINT_NOUNS = _W["time_point_nouns"]
CONTRAST_WORDS = _W["contrast_words"]
NOR_WORDS = _W["nor_words"]
FRAME_PREPOSITIONS = _W["frame_prepositions"]
ADDITIVE_CONJUNCTIONS = _W["additive_conjunctions"]
REJOINDER_VERBS = _W["rejoinder_verbs"]
RELUCTANCE_VERBS = _W["reluctance_verbs"]
EXCLUSIVE_WORDS = _W["exclusive_words"]
ALTERNATIVE_MARKERS = _W["alternative_markers"]
NEAR_NEGATORS = _W["near_negators"]
HABIT_NEGATORS = _W["habit_negators"]
PART_HOLDING_VERBS = _W["part_holding_verbs"]
__all__ += ["PART_HOLDING_VERBS"]
RESTRICTING_ADVERBS = _W["restricting_adverbs"]
NEGATION_LIMITS = _W["negation_limits"]
FRONTED_NEGATION_LIMITS = _W["fronted_negation_limits"]
ANAPHORIC_SINCE_TIMES = _W["anaphoric_since_times"]
NAME_PARTICLES = _W["name_particles"]
PENDING_ADVERBS = _W["pending_adverbs"]
PARTICIPATION_VERBS = _W["participation_verbs"]
IRREALIS_MODIFIERS = _W["irrealis_modifiers"]
REALISING_VERBS = _W["realising_verbs"]
CHOOSING_VERBS = _W["choosing_verbs"]
AVERTING_VERBS = _W["averting_verbs"]
CONTEST_NOUNS = _W["contest_nouns"]
INVERTING_CONDITIONALS = _W["inverting_conditionals"]
SCENARIO_FRAMES = _W["scenario_frames"]  # prec55
SCENARIO_HEADS = _W["scenario_heads"]  # w55e
SUPPOSITION_VERBS = _W["supposition_verbs"]  # w55e
SUPPOSITION_OPENERS = _W["supposition_openers"]  # w55e
SCENARIO_EXITS = _W["scenario_exits"]  # w55e
OCCURRENCE_VERBS = _W["occurrence_verbs"]
REPEATING_OCCURRENCES = _W["repeating_occurrences"]
PASSIVE_OCCURRENCE_VERBS = _W["passive_occurrence_verbs"]
ABSENCE_NOUNS = _W["absence_nouns"]
ENDING_NOUNS = _W["ending_nouns"]
WITHHOLDING_VERBS = _W["withholding_verbs"]
UNIVERSAL_WORDS = _W["universal_words"]
EXCEPTIVE_WORDS = _W["exceptive_words"]
JOINING_COORDINATORS = _W["joining_coordinators"]
ADVERBIAL_GERUND_PREPS = _W["adverbial_gerund_preps"]
DEGREE_VERBS = _W["degree_verbs"]
ENDING_VERBS = _W["ending_verbs"]
REVERSING_VERBS = _W["reversing_verbs"]
FALSE_ADVERBS = _W["false_adverbs"]
HEDGE_ADVERBS: dict[str, str] = LANGUAGE.maps["hedge_adverbs"]
LISTING_HEADER_WORDS: dict[str, str] = LANGUAGE.maps["listing_header_words"]
PEOPLE_STATE_DEMONYMS: dict[str, str] = LANGUAGE.maps["people_state_demonyms"]
CLAIM_NOUNS: dict[str, str] = LANGUAGE.maps["claim_nouns"]
CAPTION_LINE_SMALL_WORDS = _W["caption_line_small_words"]
DENYING_VERBS = _W["denying_verbs"]
DENIAL_NOUNS = _W["denial_nouns"]
DOUBTING_VERBS = _W["doubting_verbs"]
CHECKING_VERBS = _W["checking_verbs"]
RECEIPT_NOUNS = _W["receipt_nouns"]
DIRECTIVE_NOUNS = _W["directive_nouns"]
WEAPON_SYSTEM_NOUNS = _W["weapon_system_nouns"]
RETRACTING_VERBS = _W["retracting_verbs"]
VERIFYING_VERBS = _W["verifying_verbs"]
TAKEN_UP_DETERMINERS = _W["taken_up_determiners"]
ACKNOWLEDGING_VERBS = _W["acknowledging_verbs"]
OUTCOME_HOSTILITY_VERBS = _W["outcome_hostility_verbs"]
ACCUSATION_VERBS: dict[str, str] = LANGUAGE.maps["accusation_verbs"]
ACT_EVENT_VERBS: dict[str, list[str]] = LANGUAGE.maps["act_event_verbs"]
BREACH_VERBS = _W["breach_verbs"]
BREACHED_RULES = _W["breached_rules"]
REPORTING_VERBS = _W["reporting_verbs"]
HARBOURING_VERBS = _W["harbouring_verbs"]  # w52c: "denied sheltering them": "them" is the harboured body, never the speaking state
__all__ += ["HARBOURING_VERBS"]
DRAWING_VERBS = _W["drawing_verbs"]
PROVOKING_VERBS = _W["provoking_verbs"]
RESUMING_VERBS = _W["resuming_verbs"]
PRESUPPOSED_ACT_NOUNS = _W["presupposed_act_nouns"]  # noun36
EMPHATIC_REFLEXIVES = _W["emphatic_reflexives"]  # noun36
RESUMABLE_ACTS = _W["resumable_acts"]
CENSURE_NOUNS = _W["censure_nouns"]
ACT_CENSURE_LABELS = _W["act_censure_labels"]
IGO_AGENT_NOUNS = _W["igo_agent_nouns"]
IGO_ORGAN_NOUNS = _W["igo_organ_nouns"]
HOST_PLACE_PREPOSITIONS = _W["host_place_prepositions"]
MILITARY_SPEAKER_NOUNS = _W["military_speaker_nouns"]
CHARGE_NOUNS = _W["charge_nouns"]
DENIED_CHARGE_PRONOUNS = _W["denied_charge_pronouns"]
ALLEGATION_NOUNS = frozenset(CLAIM_NOUNS) | frozenset(CHARGE_NOUNS)  # a claim or a charge, either
DENIED_PRONOUNS = _W["denied_pronouns"]
SPEECH_VERBS = _W["speech_verbs"]
MODAL_AUX = _W["modal_aux"]
REFUSAL_MODALS = _W["refusal_modals"]
GERUND_PREPS = _W["gerund_preps"]
GERUND_BRIDGES = _W["gerund_bridges"]
RAISING_VERBS = _W["raising_verbs"]
STANCE_PREFIXES = _W["stance_prefixes"]
INTENT_VERBS = _W["intent_verbs"]
GATHERING_PARTICIPLES = _W["gathering_participles"]
GATHERING_PREPOSITIONS = _W["gathering_prepositions"]
DREADING_VERBS = _W["dreading_verbs"]
CIVILIAN_BODY_NOUNS = _W["civilian_body_nouns"]
PROPOSAL_VERBS = _W["proposal_verbs"]
INTENT_NOUNS = _W["intent_nouns"]
PROSPECT_PHRASES = _W["prospect_phrases"]
LINKING_VERBS = _W["linking_verbs"]
UNREAL_COMPLEMENTS = _W["unreal_complements"]
WANTED_COMPLEMENTS = _W["wanted_complements"]
VISITING_NOUNS = _W["visiting_nouns"]
UNDERTAKING_VERBS = _W["undertaking_verbs"]
LOSING_VERBS = _W["losing_verbs"]
EVACUEE_NOUNS = _W["evacuee_nouns"]
LEAVING_PARTICLES = _W["leaving_particles"]
SEQUEL_MARKERS = _W["sequel_markers"]
FORMER_WORDS = _W["former_words"]
THEN_WORDS = _W["then_words"]
NAMING_PARTICIPLES = _W["naming_participles"]
HABITUAL_VERBS = _W["habitual_verbs"]
FORMER_TITLE_WORDS = _W["former_title_words"]
UNSEATED_TITLE_WORDS = _W["unseated_title_words"]
FORCE_NOUNS = _W["force_nouns"]
OFFSHOOT_HEADS = _W["offshoot_heads"]
INDEFINITE_ARTICLES = _W["indefinite_articles"]
PROJECTILE_NOUNS = _W["projectile_nouns"]
BATTLE_INSTRUMENT_NOUNS = _W["battle_instrument_nouns"]
GOVERNMENT_NOUNS = _W["government_nouns"]
MINISTRY_HEADS = _W["ministry_heads"]
ORGANIZATION_NAME_HEADS = _W["organization_name_heads"]
GROUP_NAME_HEADS = _W["group_name_heads"]
STATE_GOVERNMENT_NOUNS = _W["state_government_nouns"]
GROUP_NOUNS = _W["group_nouns"]
PERSON_SUBJECT_PRONOUNS = _W["person_subject_pronouns"]
PERSON_POSSESSIVES = _W["person_possessives"]
GROUP_MODIFIERS = _W["group_modifiers"]
ARMED_DESCRIPTION_MODIFIERS = _W["armed_description_modifiers"]
ROUTE_NOUNS = _W["route_nouns"]
PLACE_NOUNS = _W["place_nouns"]
LEADER_TITLES = _W["leader_titles"]
RANK_MODIFIERS = _W["rank_modifiers"]
DEFINITE_RANK_MODIFIERS = _W["definite_rank_modifiers"]
MEMBER_TITLES = _W["member_titles"]
BODY_OWNED_TITLES = _W["body_owned_titles"]  # ref52: titles whose owner is a body, never a place
__all__ += ["BODY_OWNED_TITLES"]
# w55c: the kinds of body a possessed title fits ("its commander": an armed group, an army, a mission; not a state)
TITLE_OWNER_KINDS: dict[str, tuple[str, ...]] = {
    title: tuple(kinds) for title, kinds in LANGUAGE.maps["title_owner_kinds"].items()
}
__all__ += ["TITLE_OWNER_KINDS"]
PARTITIVES = _W["partitives"]
QUANTITY_WORDS = _W["quantity_words"]
CONDITION_MARKERS = _W["condition_markers"]
LANGUAGE_NAMES = _W["language_names"]
WEAPON_MODEL_NAMES = _W["weapon_model_names"]
BARE_INFINITIVE_VERBS = _W["bare_infinitive_verbs"]
WISHED_LIST_NOUNS = _W["wished_list_nouns"]
TIME_ZONES = _W["time_zones"]
AWAITED_MARKERS = _W["awaited_markers"]
SUBSET_WORDS = _W["subset_words"]
DISTRIBUTIVE = _W["distributive"]
EVENT_GOVERNORS = _W["event_governors"]
RECEIVING_VERBS = _W["receiving_verbs"]
MATERIEL_NOUNS = _W["materiel_nouns"]
BETWEEN_NOUNS: dict[str, str] = LANGUAGE.maps["between_nouns"]
CAPITAL_LEVEL_MODIFIERS: dict[str, str] = LANGUAGE.maps["capital_level_modifiers"]
ANAPHORS: dict[str, tuple[tuple[str, ...], int]] = {
    word: (tuple(v["types"]), v["window"]) for word, v in LANGUAGE.maps["anaphors"].items()
}
AGENT_NOUNS = _W["agent_nouns"]
MISSION_PERSONNEL_NOUNS = _W["mission_personnel_nouns"]  # prec49
__all__ += ["MISSION_PERSONNEL_NOUNS"]
SPEAKER_NOUNS = _W["speaker_nouns"]
PROXY_NOUNS = _W["proxy_nouns"]
QUOTE_PRONOUNS = _W["quote_pronouns"]
AGENT_COMPOUNDS: dict[str, str] = LANGUAGE.maps["agent_compounds"]
REBEL_NOUNS = _W["rebel_nouns"]
UNCERTAIN_FORCE_NOUNS = _W["uncertain_force_nouns"]
ALIAS_HEADS = _W["alias_heads"]
GOVERNMENT_ALIAS_NOUNS = _W["government_alias_nouns"]
GOVERNMENT_ALIAS_MODIFIERS = _W["government_alias_modifiers"]
OUSTED_WORDS = _W["ousted_words"]
FACILITY_NOUNS = _W["facility_nouns"]
FACILITY_TYPES = _W["facility_types"]
GUARDED_POST_MODIFIERS = _W["guarded_post_modifiers"]
STRIKE_TARGET_NOUNS = _W["strike_target_nouns"]
TAKEN_POST_NOUNS = _W["taken_post_nouns"]
STATE_GROUND_PREPOSITIONS = "|".join(sorted(_W["state_ground_prepositions"]))
PLAIN_TARGET_MODIFIERS = _W["plain_target_modifiers"]
TAKEN_AREA_NOUNS = _W["taken_area_nouns"]
BESIEGING_STATES = _W["besieging_states"]
SHORT_NAME_CUTS = _W["short_name_cuts"]
AREA_COLLECTIVES = _W["area_collectives"]
OPEN_EVENT_DETERMINERS = _W["open_event_determiners"]
ALTERNATIVE_CONJUNCTIONS = _W["alternative_conjunctions"]
INDEFINITE_DETERMINERS = _W["indefinite_determiners"]
INTRODUCING_DETERMINERS = _W["introducing_determiners"]
PART_NOUNS = _W["part_nouns"]
OFFICIAL_TITLES = _W["official_titles"]
SPEAKER_ANTECEDENTS = _W["speaker_antecedents"]
UNNAMED_PERSON_NOUNS = _W["unnamed_person_nouns"]
COLLECTIVE_BODY_NOUNS = _W["collective_body_nouns"]
PERSON_GENDERS: dict[str, str] = LANGUAGE.maps["person_genders"]
PERSON_GENDER_TITLES: dict[str, str] = LANGUAGE.maps["person_gender_titles"]
REALISED_PURPOSES = _W["realised_purposes"]
JOURNEY_VERBS = _W["journey_verbs"]
REALISED_SIDES: dict[str, list[str]] = LANGUAGE.maps["realised_sides"]
OWNED_OBJECTS: dict[str, frozenset[str]] = {p: frozenset(w) for p, w in LANGUAGE.maps["owned_objects"].items()}
MODIFIED_OWNED_OBJECTS = _W["modified_owned_objects"]
MISTAGGED_VERBS: frozenset[str] = frozenset(LANGUAGE.maps["mistagged_verbs"])
LIST_ANNOUNCING_WORDS = _W["list_announcing_words"]
ACCORD_NAME_HEADS = _W["accord_name_heads"]
ACCORD_DOCUMENT_HEADS = _W["accord_document_heads"]
FORCE_FACILITY_NOUNS: dict[str, frozenset[str]] = {w: frozenset(m) for w, m in LANGUAGE.maps["force_facility_nouns"].items()}
HOLDING_VERBS = _W["holding_verbs"]
HOLD_ENDS = _W["hold_ends"]
ROLE_LEAVING_VERBS = _W["role_leaving_verbs"]
SUPERSEDED_TEXTS = _W["superseded_texts"]
SUPERSEDED_TEXT_MODIFIERS = _W["superseded_text_modifiers"]
CORRECTION_LABELS = _W["correction_labels"]
OWN_TEXT_NOUNS = _W["own_text_nouns"]
OWN_TEXT_DETERMINERS = _W["own_text_determiners"]
PROPOSITION_DENYING_VERBS = _W["proposition_denying_verbs"]
CONTINUATION_WORDS = _W["continuation_words"]
FALSE_ADJECTIVES = _W["false_adjectives"]
VERDICT_LABELS = _W["verdict_labels"]
FALSE_CLAIM_LABELS = _W["false_claim_labels"]
EVIDENCE_NOUNS = _W["evidence_nouns"]
CIRCULATING_CONTENT_NOUNS = _W["circulating_content_nouns"]
QUOTE_FRAME_NOUNS = _W["quote_frame_nouns"]
RESULTATIVE_VERBS = _W["resultative_verbs"]
NATIONALITY_LED_NOUNS = _W["nationality_led_nouns"]
PASSING_VERBS = _W["passing_verbs"]
PURPORTING_WORDS = _W["purporting_words"]
DEPICTING_VERBS = _W["depicting_verbs"]
UNNAMED_TARGET_ATTACK_VERBS = _W["unnamed_target_attack_verbs"]
KILLING_EVENT_VERBS = _W["killing_event_verbs"]
KILLING_EVENT_NOUNS = _W["killing_event_nouns"]
ARMED_BODY_NOUNS = _W["armed_body_nouns"]
TRUE_RATINGS = _W["true_ratings"]
PORTFOLIO_WORDS = _W["portfolio_words"]
PORTFOLIO_QUALIFIERS = _W["portfolio_qualifiers"]
__all__ += ["PORTFOLIO_QUALIFIERS"]
SET_NUMBERS: dict[str, int] = LANGUAGE.maps["set_numbers"]
COUNTED_BLOC_NAMES: dict[str, int] = LANGUAGE.maps["counted_bloc_names"]
SET_NOUNS: dict[str, tuple[str, ...]] = {w: tuple(types) for w, types in LANGUAGE.maps["set_nouns"].items()}
NAME_NOUNS = _W["name_nouns"]
DEAL_NOUNS = _W["deal_nouns"]
BROKER_VERBS = _W["broker_verbs"]
HANDOVER_VERBS = _W["handover_verbs"]  # side58: constructions._handover_recipients
__all__ += ["HANDOVER_VERBS"]
BROKER_NOUNS = _W["broker_nouns"]
GO_BETWEEN_ENVOYS = _W["go_between_envoys"]  # a go-between state's people (resolve.Resolver.only_a_venue)
GENERIC_FORCE_NAME_WORDS = _W["generic_force_name_words"]
GENRE_LABELS = _W["genre_labels"]
DEAL_PARTS = _W["deal_parts"]
COMMAND_VERBS = _W["command_verbs"]
ATTACK_EVENT_NOUNS = _W["attack_event_nouns"]
CONDEMNED_EVENT_NOUNS = _W["condemned_event_nouns"]
ATTACKER_NOUNS = _W["attacker_nouns"]
NEIGHBOUR_NOUNS = _W["neighbour_nouns"]
CONDEMN_VERBS = _W["condemn_verbs"]
FACING_VERBS = _W["facing_verbs"]
SPEAKER_ACT_VERBS = _W["speaker_act_verbs"]
ATTACK_NOUNS = _W["attack_nouns"]
SEIZURE_NOUNS = _W["seizure_nouns"]
DOER_UNNAMED_PREPOSITIONS = _W["doer_unnamed_prepositions"]
EVENT_SMEAR_WORDS = _W["event_smear_words"]
SMEAR_NOUNS = _W["smear_nouns"]
GRATITUDE_NOUNS = _W["gratitude_nouns"]
LABELLING_VERBS = _W["labelling_verbs"]
SETTLEMENT_NOUNS = _W["settlement_nouns"]
LISTED_SETTLEMENT_KINDS = _W["listed_settlement_kinds"]
NAMING_PLACE_NOUNS = _W["naming_place_nouns"]
EXAMPLE_MARKERS = _W["example_markers"]
# each marker as (its words before the last, as a list, and its last word): split once, not at every preposition
_EXAMPLE_MARKER_WORDS = tuple((marker.split()[:-1], marker.split()[-1]) for marker in EXAMPLE_MARKERS)
PARTITIVE_EXAMPLE_MARKERS = _W["partitive_example_markers"]
# each marker as its preposition -> the pronouns it takes ("among" -> {"them", "whom"})
_PARTITIVE_MARKER_WORDS: dict[str, set[str]] = {}
for _marker in PARTITIVE_EXAMPLE_MARKERS:
    _PARTITIVE_MARKER_WORDS.setdefault(_marker.split()[0], set()).add(_marker.split()[-1])
OTHER_CAPITALS = _W["other_capitals"]
REGION_NOUNS = _W["region_nouns"]
UNIT_OF_NOUNS = _W["unit_of_nouns"]
LISTED_UNIT_PLURALS = _W["listed_unit_plurals"]
UNIT_KIND_NOUNS = _W["unit_kind_nouns"]
__all__ += ["UNIT_KIND_NOUNS"]
NAMED_UNIT_NOUNS = _W["named_unit_nouns"]
LOCATED_UNIT_NOUNS = _W["located_unit_nouns"]
__all__ += ["NAMED_UNIT_NOUNS", "LOCATED_UNIT_NOUNS"]
PLACE_PART_NOUNS = _W["place_part_nouns"]
PART_PLACE_PREPOSITIONS = _W["part_place_prepositions"]  # act51: "in the X division of Y": a place's part
__all__ += ["PLACE_PART_NOUNS", "PART_PLACE_PREPOSITIONS"]
LISTED_LABEL_PLURALS = _W["listed_label_plurals"]
TAKEN_DECISION_NOUNS = _W["taken_decision_nouns"]
OPEN_DECISION_DETERMINERS = _W["open_decision_determiners"]
DECISION_UNDOING_VERBS = _W["decision_undoing_verbs"]
POINT_PREPOSITIONS = _W["point_prepositions"]
FACILITY_ANAPHORS = _W["facility_anaphors"]
OTHER_REFERENT_MODIFIERS = _W["other_referent_modifiers"]
STATEMENT_NOUNS = _W["statement_nouns"]
AVOWAL_NOUNS = _W["avowal_nouns"]
MERIT_VERBS = _W["merit_verbs"]
BEHALF_NOUNS = _W["behalf_nouns"]
TARGET_PREPOSITIONS = _W["target_prepositions"]
ARMED_EFFORT_PREPOSITIONS = _W["armed_effort_prepositions"]
ISSUING_VERBS = _W["issuing_verbs"]
NAME_OF_HEADS = _W["name_of_heads"]
NAME_CONNECTORS = _W["name_connectors"]
PLACE_COORDINATORS = _W["place_coordinators"]
COMPASS_NOUNS = _W["compass_nouns"]
LOCATING_PREPOSITIONS = _W["locating_prepositions"]
PLACE_DESIGNATORS = _W["place_designators"]
ORGANIZATION_APPOSITIVES = _W["organization_appositives"]
REGION_ADJECTIVES = _W["region_adjectives"]
EXTENT_ADJECTIVES = _W["extent_adjectives"]
BELONGING_PARTICIPLES = _W["belonging_participles"]
GOVERNMENT_AFFILIATION_PARTICIPLES = _W["government_affiliation_participles"]
RULER_NOUNS = _W["ruler_nouns"]
COMMAND_TITLES = _W["command_titles"]
OUTLAW_TITLES = _W["outlaw_titles"]
GIVEN_NAMES = _W["given_names"]
NOUN_LEMMAS: dict[str, str] = LANGUAGE.maps["noun_lemmas"]
BARE_BODY_NAMES: dict[str, str] = LANGUAGE.maps["bare_body_names"]
ARMY_NOUNS = _W["army_nouns"]
UNOWNED_FORCE_NOUNS: dict[str, str] = LANGUAGE.maps["unowned_force_nouns"]
UNOWNED_FORCE_MODIFIERS = _W["unowned_force_modifiers"]
FORCE_ANTECEDENT_HEADS = _W["force_antecedent_heads"]
STATE_NAME_HEADS = _W["state_name_heads"]
STATE_NAME_EPITHETS = _W["state_name_epithets"]
STATE_POSSESSIONS = _W["state_possessions"]
NAMED_HEAD_TITLES = _W["named_head_titles"]
STATE_OFFICE_TITLES = _W["state_office_titles"]
POWER_SEIZURES: dict[str, str] = LANGUAGE.maps["power_seizures"]
RULING_VERBS: dict[str, str] = LANGUAGE.maps["ruling_verbs"]
POSTING_PREPOSITIONS: dict[str, str] = LANGUAGE.maps["posting_prepositions"]
STATE_DEMONYM_HEADS = _W["state_demonym_heads"]
STATE_KIND_NOUNS = _W["state_kind_nouns"]
SUB_STATE_KIND_MODIFIERS = _W["sub_state_kind_modifiers"]
INTERSTATE_NAME_WORDS = _W["interstate_name_words"]
INTERSTATE_BODY_HEADS = _W["interstate_body_heads"]
ORGANIZATION_KIND_NOUNS = _W["organization_kind_nouns"]
ARMED_KIND_NOUNS = _W["armed_kind_nouns"]
PERSON_RELATIVES = _W["person_relatives"]
MILITARY_RANKS = _W["military_ranks"]
RANK_LEADER_TITLES = _W["rank_leader_titles"]
CO_SHARED_TITLES = _W["co_shared_titles"]
# Words written before a person's name: "President N", "Colonel N", "the bloc's chairman, N".
PERSON_TITLES = LEADER_TITLES | MEMBER_TITLES | MILITARY_RANKS
LEADING_PARTICIPLES = _W["leading_participles"]
LANDFORM_NOUNS = _W["landform_nouns"]
WATER_BODY_WORDS = _W["water_body_words"]
SHORE_NOUNS = _W["shore_nouns"]
CONTINENT_NAMES = _W["continent_names"]
SURFACE_LANDFORMS = _W["surface_landforms"]
COMMAND_PREPOSITIONS = _W["command_prepositions"]
COMMAND_NOUNS = _W["command_nouns"]
RIVAL_GOVERNMENT_MODIFIERS = _W["rival_government_modifiers"]
HONORIFICS = _W["honorifics"]
COURT_PARTY_NOUNS = _W["court_party_nouns"]
REMAINDER_WORDS = _W["remainder_words"]
LABELLING_ASSAULT_VERBS = _W["labelling_assault_verbs"]
ROSTER_NOUNS = _W["roster_nouns"]
ACT_PURPOSE_NOUNS = _W["act_purpose_nouns"]
SELF_RULE_HEADS = _W["self_rule_heads"]
HOSTILITY_NOUNS = _W["hostility_nouns"]
ROLE_PREPS = _W["role_preps"]
PERSON_ROLE_NOUNS = _W["person_role_nouns"]
ALIAS_MARKERS = _W["alias_markers"]
MANDATE_PARTICIPLES = _W["mandate_participles"]
MANDATE_CONNECTORS = _W["mandate_connectors"]
MANDATE_NOUNS = _W["mandate_nouns"]
MANDATE_SUBJECT_PREPS = _W["mandate_subject_preps"]
COMPASS_WORDS = _W["compass_words"]
COMPASS_ADJECTIVES = _W["compass_adjectives"]
COALITION_NOUNS = _W["coalition_nouns"]
GENERIC_BODY_NOUNS = _W["generic_body_nouns"]
FOUNDING_VERBS = _W["founding_verbs"]
LAUNCHING_VERBS = _W["launching_verbs"]  # prec49
LAUNCHED_BODY_NOUNS = _W["launched_body_nouns"]
__all__ += ["LAUNCHING_VERBS", "LAUNCHED_BODY_NOUNS"]
EVENT_PHASE_NOUNS = _W["event_phase_nouns"]
CREED_WORDS = _W["creed_words"]
REMAINS_NOUNS = _W["remains_nouns"]
ARMED_REMNANT_NOUNS = _W["armed_remnant_nouns"]
PLACE_OBJECT_VERBS = _W["place_object_verbs"]
PLACE_ENTERING_VERBS = _W["place_entering_verbs"]  # w54c
DRIVING_OUT_VERBS = _W["driving_out_verbs"]  # w54c
PLACE_EDGE_NOUNS = _W["place_edge_nouns"]  # w54c
PLACE_GOAL_VERBS = _W["place_goal_verbs"]
DISTANCE_UNITS = _W["distance_units"]
PARTICIPATION_GOVERNORS: dict[str, list[str]] = LANGUAGE.maps["participation_governors"]
PARTICIPATION_NOUNS: dict[str, list[str]] = LANGUAGE.maps["participation_nouns"]
ACHIEVING_VERBS = _W["achieving_verbs"]
COMPLEMENT_ADJECTIVES: dict[str, str] = LANGUAGE.maps["complement_adjectives"]
SUBJECT_GERUND_PREPS = _W["subject_gerund_preps"]
OBJECT_CONTROL_VERBS = _W["object_control_verbs"]
SPENDING_VERBS = _W["spending_verbs"]
TRUCE_NOUNS = _W["truce_nouns"]
STATE_FORM_MODIFIERS = _W["state_form_modifiers"]
EVENT_CARRIERS = _W["event_carriers"]
ENTERING_VERBS: dict[str, str] = LANGUAGE.maps["entering_verbs"]
AVOWAL_VERBS = _W["avowal_verbs"]
PERMITTING_VERBS = _W["permitting_verbs"]
DELIBERATION_VERBS = _W["deliberation_verbs"]
WIDENING_VERBS = _W["widening_verbs"]
REFERENCE_WINDOWS: dict[str, int] = LANGUAGE.maps["reference_windows"]
PERSON_EPITHET_SUFFIXES = _W["person_epithet_suffixes"]
ORDINAL_ANAPHORS: dict[str, int] = LANGUAGE.maps["ordinal_anaphors"]
SET_SIZE_NOUNS: dict[str, int] = LANGUAGE.maps["set_size_nouns"]
PAIR_SET_NOUNS: dict[str, str] = LANGUAGE.maps["pair_set_nouns"]
PAIR_DETERMINERS = _W["pair_determiners"]
PAIR_PRONOUNS = _W["pair_pronouns"]
SET_QUANTIFIERS = _W["set_quantifiers"]  # coord36
SET_MEMBER_PREPOSITIONS = _W["set_member_prepositions"]  # coord36
DESCRIBING_QUANTIFIERS = _W["describing_quantifiers"]  # desc37
COMPOSITION_ADVERBS = _W["composition_adverbs"]  # desc37
PERSON_SET_PRONOUNS = _W["person_set_pronouns"]
INSTRUMENT_PREDICATES: dict[str, str] = LANGUAGE.maps["instrument_predicates"]
POSTING_TITLES = _W["posting_titles"]
PRESS_TITLES = _W["press_titles"]  # prec55
STAFF_TITLE_COMPLEMENTS = _W["staff_title_complements"]
DEPARTMENT_MODIFIERS = _W["department_modifiers"]
DESCRIPTION_TYPE_MODIFIERS: dict[str, str] = LANGUAGE.maps["description_type_modifiers"]
STATE_AGENCY_HEADS = _W["state_agency_heads"]
AGENCY_HEAD_TITLES = _W["agency_head_titles"]
STATE_AGENCY_DOMAINS = _W["state_agency_domains"]
COMMUNITY_DEMONYMS = _W["community_demonyms"]
RIVAL_KIND_ANAPHORS: dict[str, list[str]] = LANGUAGE.maps["rival_kind_anaphors"]
NON_STATE_TITLE_MODIFIERS = _W["non_state_title_modifiers"]
PEER_TITLES = _W["peer_titles"]
GENERAL_COMPOUND_HEADS = _W["general_compound_heads"]
DELEGATION_NOUNS = _W["delegation_nouns"]
UNIT_NOUNS = _W["unit_nouns"]
ORDINAL_WORDS = _W["ordinal_words"]
SIDE_MODIFIERS = _W["side_modifiers"]
ACRONYM_NAME_CONNECTORS = _W["acronym_name_connectors"]
NAME_FIRST_HEADS = _W["name_first_heads"]
ARMED_MEMBER_NOUNS = _W["armed_member_nouns"]
ARMED_APPOSITIVES = _W["armed_appositives"]
FACILITY_OF_NOUNS = _W["facility_of_nouns"]
NAME_FIRST_OF_HEADS = _W["name_first_of_heads"]
BAND_NAME_HEADS = _W["band_name_heads"]
PLACE_PREPOSITIONS = _W["place_prepositions"]
RESEARCH_POSTS = _W["research_posts"]
SPAN_NOUNS = _W["span_nouns"]
DECEASED_MODIFIERS = _W["deceased_modifiers"]
DEATH_VERBS = _W["death_verbs"]
JOINT_ACTION_NOUNS = _W["joint_action_nouns"]
COMRADE_NOUNS = _W["comrade_nouns"]
TALK_HALTING_VERBS = _W["talk_halting_verbs"]
MEMBER_BODY_NOUNS = _W["member_body_nouns"]
FIGURATIVE_ATTACK_MODIFIERS = _W["figurative_attack_modifiers"]
NAMED_KIND_ANAPHORS: dict[str, list[str]] = LANGUAGE.maps["named_kind_anaphors"]
LED_BODY_NOUNS = _W["led_body_nouns"]
ANAPHOR_KINDS: dict[str, dict[str, list[str]]] = LANGUAGE.maps["anaphor_kinds"]
for _word, _rule in ANAPHOR_KINDS.items():  # the kinds are the vocabulary's, checked once at load
    if set(_rule) - {"only", "not", "called"} or {*_rule.get("only", ()), *_rule.get("not", ())} - set(ARMED_GROUP_KINDS):
        raise LanguageDataError(f"words.jsonl anaphor_kinds: {_word!r} must give 'only' or 'not' kinds among "
                           f"{', '.join(ARMED_GROUP_KINDS)} (and 'called' words); got {_rule!r}")
SUBNATIONAL_MODIFIERS = _W["subnational_modifiers"]
ENVOY_NOUNS = _W["envoy_nouns"]
DISPATCH_VERBS = _W["dispatch_verbs"]
OWN_FORCE_VERBS = _W["own_force_verbs"]
COMMITMENT_VERBS = _W["commitment_verbs"]
COMMITMENT_MODALS = _W["commitment_modals"]
SUPPORT_GOODS = _W["support_goods"]
OPERATING_VERBS = _W["operating_verbs"]
HITTING_VERBS = _W["hitting_verbs"]
MINISTER_TITLES = _W["minister_titles"]
STATE_SERVING_TITLES = _W["state_serving_titles"]
STATE_DESCRIPTION_NOUNS = _W["state_description_nouns"]
SOVEREIGN_STATE_MODIFIERS = _W["sovereign_state_modifiers"]
NEIGHBOUR_STATE_MODIFIERS = _W["neighbour_state_modifiers"]
MEMBER_STATE_NOUNS = _W["member_state_nouns"]
CONTRIBUTED_FORCE_NOUNS = _W["contributed_force_nouns"]
MEMBER_BODY_GLOSS_NOUNS = _W["member_body_gloss_nouns"]
BLOC_GLOSS_NOUNS = _W["bloc_gloss_nouns"]
MEMBERSHIP_CLAUSE_VERBS: dict[str, str] = LANGUAGE.maps["membership_clause_verbs"]
BLOC_NAME_HEADS = _W["bloc_name_heads"]
MINISTER_TITLE_EXTRAS = _W["minister_title_extras"]
HEAD_OF_STATE_TITLES = _W["head_of_state_titles"]
COPULAR_VERBS = _W["copular_verbs"]
COMPANY_ADVERBS = _W["company_adverbs"]
JOINT_ADVERBS = _W["joint_adverbs"]
PART_TAKING_VERBS = _W["part_taking_verbs"]
NEGATIVE_ADVERBS = _W["negative_adverbs"]
NEGATIVE_PHRASES = _W["negative_phrases"]  # neg36: "at no point", "on no occasion", "under no circumstances"
COUNTED_TIME_ADVERBS = _W["counted_time_adverbs"]  # neg36: "not once", "never once"
ACT_STANCE_VERBS = _W["act_stance_verbs"]  # neg36: "has resisted negotiating with X", "opposed arming Y"
POLAR_ANSWERS: dict[str, str] = LANGUAGE.maps["polar_answers"]  # neg36: "Did X arm Y? No."
QUESTION_AUXILIARIES = _W["question_auxiliaries"]  # neg36
CLAIM_DISMISSING_VERBS = _W["claim_dismissing_verbs"]  # neg36: "brushed off reports that X armed Y"
COMPANION_PREPOSITIONS = _W["companion_prepositions"]
JOINING_VERBS = _W["joining_verbs"]
GUNFIRE_NOUNS = _W["gunfire_nouns"]
DESIGNATION_LABEL_WORDS = _W["designation_label_words"]
SHARED_TITLE_PREFIXES = _W["shared_title_prefixes"]
GENERAL_STAFF_MODIFIERS = _W["general_staff_modifiers"]
STATE_PLACE_ANAPHORS = _W["state_place_anaphors"]
LAPSE_COMPARATIVES = _W["lapse_comparatives"]
DEGREE_COMPARISON_NOUNS = _W["degree_comparison_nouns"]
CONDITION_DEGREE_ADVERBS = _W["condition_degree_adverbs"]
LAPSE_ADVERBS = _W["lapse_adverbs"]
ATTRIBUTION_HEADS = _W["attribution_heads"]
CONTESTED_SPEECH_VERBS = _W["contested_speech_verbs"]
DYING_VERBS = _W["dying_verbs"]
RESPONSIBILITY_NOUNS = _W["responsibility_nouns"]
CLAIMING_VERBS = _W["claiming_verbs"]
TERRITORIAL_ATTACK_NOUNS = _W["territorial_attack_nouns"]
NAMING_VERBS = _W["naming_verbs"]
NAME_GIVING_PARTICIPLES = _W["name_giving_participles"]
NAME_FORM_NOUNS = _W["name_form_nouns"]
LED_FORCE_NOUNS = _W["led_force_nouns"]
NICKNAMING_VERBS = _W["nicknaming_verbs"]
SELF_NAMING_VERBS = _W["self_naming_verbs"]
APPEAL_VERBS = _W["appeal_verbs"]
SIDE_NOUNS = _W["side_nouns"]
SIDE_PLURALS = _W["side_plurals"]
SIDE_TAKING_VERBS = _W["side_taking_verbs"]
CAPITAL_NOUNS = _W["capital_nouns"]
BARE_REBEL_PLURALS = _W["bare_rebel_plurals"]
REBEL_MODIFIERS = _W["rebel_modifiers"]
FORCE_HEADS = _W["force_heads"]
SECURITY_MODIFIERS = _W["security_modifiers"]
MEMBER_PLURALS = _W["member_plurals"]
BLOC_LIST_HEADS = _W["bloc_list_heads"]
TROOP_NOUNS = _W["troop_nouns"]
RULING_MODIFIERS = _W["ruling_modifiers"]
REGIME_NOUNS = _W["regime_nouns"]
JUNTA_NOUNS = _W["junta_nouns"]
LOYALTY_ADJECTIVES = _W["loyalty_adjectives"]
REGION_NAME_FILLERS = _W["region_name_fillers"]
REPRESENTATIVE_NOUNS = _W["representative_nouns"]
FALLING_VERBS = _W["falling_verbs"]
LOCATING_VERBS = _W["locating_verbs"]
POSSESSED_PLACE_NOUNS = _W["possessed_place_nouns"]
PART_WHOLE_NOUNS = _W["part_whole_nouns"]
HEADING_VERBS = _W["heading_verbs"]
STATEMENT_VERBS = _W["statement_verbs"]
SPLINTER_MODIFIERS = _W["splinter_modifiers"]
INDEFINITE_MODIFIERS = _W["indefinite_modifiers"]
SAME_KIND_MODIFIERS = _W["same_kind_modifiers"]
SEATED_OFFICIAL_NOUNS = _W["seated_official_nouns"]
SEAT_PREPOSITIONS = _W["seat_prepositions"]
GOVERNING_NAME_WORDS = _W["governing_name_words"]
BARE_ANAPHOR_PLURALS = _W["bare_anaphor_plurals"]
BODY_NOUNS = _W["body_nouns"]
ORGANIZATION_NOUNS = _W["organization_nouns"]
PLACE_OF_NOUNS = _W["place_of_nouns"]
PLACE_ONLY_OF_NOUNS = _W["place_only_of_nouns"]
PLACED_ROLE_NOUNS = _W["placed_role_nouns"]
PLURAL_PRONOUNS = _W["plural_pronouns"]
SENT_PERSONNEL_NOUNS = _W["sent_personnel_nouns"]
NAME_ENDING_TITLES = _W["name_ending_titles"]
FACILITY_NAME_HEADS = _W["facility_name_heads"]
ORGANIZATION_BODY_HEADS = _W["organization_body_heads"]
SAYING_VERBS = _W["saying_verbs"]
TIME_ADVERBS = _W["time_adverbs"]
TIME_UNITS = _W["time_units"]
TWO_WORD_LEADER_TITLES = _W["two_word_leader_titles"]
PEOPLE_FORCE_NOUNS = _W["people_force_nouns"]
PEOPLE_BAND_NOUNS = _W["people_band_nouns"]
COMMUNITY_BAND_PEOPLES = _W["community_band_peoples"]
SETTLER_NOUNS = _W["settler_nouns"]
ARMY_TITLE_MODIFIERS = _W["army_title_modifiers"]
STATE_LEADER_TITLES = _W["state_leader_titles"]
DEPUTY_MODIFIERS = _W["deputy_modifiers"]
LIGHT_VERBS = _W["light_verbs"]
DECLARING_VERBS = _W["declaring_verbs"]
VAGUE_REGION_NOUNS = _W["vague_region_nouns"]
THIRD_PERSON_PRONOUNS = _W["third_person_pronouns"]
PERSON_OBJECT_PRONOUNS = _W["person_object_pronouns"]
SUBJECT_PRONOUNS = _W["subject_pronouns"]
NEUTER_PRONOUNS = _W["neuter_pronouns"]
BODY_POSSESSIVES = _W["body_possessives"]
REFLEXIVE_PRONOUNS = _W["reflexive_pronouns"]
ARMED_NAME_WORDS = _W["armed_name_words"]
IGO_NAME_WORDS = _W["igo_name_words"]
ARMED_OVER_IGO_WORDS = _W["armed_over_igo_words"]
LOOSE_IGO_NAME_WORDS = _W["loose_igo_name_words"]
SHARED_ARMED_NAME_WORDS = _W["shared_armed_name_words"]
ARMED_NAME_OPENERS = _W["armed_name_openers"]
NAME_ARTICLE_PREFIXES = _W["name_article_prefixes"]
LAND_FORCE_NAMES = _W["land_force_names"]
ANSWERED_EVENT_WORDS = _W["answered_event_words"]
FIRING_PARTICIPLES = _W["firing_participles"]
NEGATING_PREFIXES = _W["negating_prefixes"]
OPPOSING_PREFIXES = _W["opposing_prefixes"]
CIVIC_CONTEST_NOUNS = _W["civic_contest_nouns"]
ARENA_PREPOSITIONS = _W["arena_prepositions"]
DENYING_SUBJECT_WORDS = _W["denying_subject_words"]
TRUE_ADJECTIVES = _W["true_adjectives"]
LAPSING_VERBS = _W["lapsing_verbs"]
__all__ += ["SAME_KIND_MODIFIERS", "SEATED_OFFICIAL_NOUNS", "SEAT_PREPOSITIONS", "SENT_PERSONNEL_NOUNS", "DEFINITE_RANK_MODIFIERS", "ALLEGATION_NOUNS", "OPERATING_VERBS", "HITTING_VERBS", "MINISTER_TITLES", "MINISTER_TITLE_EXTRAS", "HEAD_OF_STATE_TITLES", "COPULAR_VERBS", "COMPANY_ADVERBS", "JOINT_ADVERBS", "PART_TAKING_VERBS", "NEGATIVE_ADVERBS", "COMPANION_PREPOSITIONS", "JOINING_VERBS", "GUNFIRE_NOUNS", "DESIGNATION_LABEL_WORDS", "SHARED_TITLE_PREFIXES", "GENERAL_STAFF_MODIFIERS", "STATE_PLACE_ANAPHORS", "LAPSE_COMPARATIVES", "DEGREE_COMPARISON_NOUNS", "CONDITION_DEGREE_ADVERBS", "GOVERNMENT_AFFILIATION_PARTICIPLES", "LAPSE_ADVERBS", "ATTRIBUTION_HEADS", "CONTESTED_SPEECH_VERBS", "DYING_VERBS", "RESPONSIBILITY_NOUNS", "CLAIMING_VERBS", "TERRITORIAL_ATTACK_NOUNS", "NAMING_VERBS", "NAME_GIVING_PARTICIPLES", "NAME_FORM_NOUNS", "LED_FORCE_NOUNS", "NICKNAMING_VERBS", "SELF_NAMING_VERBS", "APPEAL_VERBS", "SIDE_NOUNS", "SIDE_PLURALS", "SIDE_TAKING_VERBS", "CAPITAL_NOUNS", "BARE_REBEL_PLURALS", "REBEL_MODIFIERS", "FORCE_HEADS", "SECURITY_MODIFIERS", "MEMBER_PLURALS", "BLOC_LIST_HEADS", "TROOP_NOUNS", "RULING_MODIFIERS", "REGIME_NOUNS", "JUNTA_NOUNS", "LOYALTY_ADJECTIVES", "REGION_NAME_FILLERS", "REPRESENTATIVE_NOUNS", "FALLING_VERBS", "LOCATING_VERBS", "POSSESSED_PLACE_NOUNS", "PART_WHOLE_NOUNS", "HEADING_VERBS", "STATEMENT_VERBS", "SPLINTER_MODIFIERS", "INDEFINITE_MODIFIERS", "GOVERNING_NAME_WORDS", "BARE_ANAPHOR_PLURALS", "BODY_NOUNS", "ORGANIZATION_NOUNS", "PLACE_OF_NOUNS", "PLACE_ONLY_OF_NOUNS", "PLACED_ROLE_NOUNS", "PLURAL_PRONOUNS", "NAME_ENDING_TITLES", "FACILITY_NAME_HEADS", "ORGANIZATION_BODY_HEADS", "SAYING_VERBS", "TIME_ADVERBS", "TIME_UNITS", "TWO_WORD_LEADER_TITLES", "PEOPLE_FORCE_NOUNS", "ARMY_TITLE_MODIFIERS", "STATE_LEADER_TITLES", "DEPUTY_MODIFIERS", "LIGHT_VERBS", "DECLARING_VERBS", "VAGUE_REGION_NOUNS", "THIRD_PERSON_PRONOUNS", "PERSON_OBJECT_PRONOUNS", "SUBJECT_PRONOUNS", "NEUTER_PRONOUNS", "BODY_POSSESSIVES", "REFLEXIVE_PRONOUNS", "ARMED_NAME_WORDS", "IGO_NAME_WORDS", "LAND_FORCE_NAMES", "DENIAL_NOUNS", "DOUBTING_VERBS", "CHECKING_VERBS", "RECEIPT_NOUNS", "ARMED_KIND_NOUNS", "PERSON_RELATIVES", "ANSWERED_EVENT_WORDS", "FIRING_PARTICIPLES", "NEGATING_PREFIXES", "DENYING_SUBJECT_WORDS", "TRUE_ADJECTIVES", "LAPSING_VERBS", "PARTITIVE_EXAMPLE_MARKERS", "ACT_EVENT_VERBS", "BREACH_VERBS", "BREACHED_RULES", "REPORTING_VERBS", "DRAWING_VERBS", "RESUMING_VERBS", "PRESUPPOSED_ACT_NOUNS", "EMPHATIC_REFLEXIVES", "RESUMABLE_ACTS", "CENSURE_NOUNS", "ACT_CENSURE_LABELS", "IGO_AGENT_NOUNS", "IGO_ORGAN_NOUNS", "HOST_PLACE_PREPOSITIONS", "MILITARY_SPEAKER_NOUNS", "CIRCULATING_CONTENT_NOUNS", "QUOTE_FRAME_NOUNS", "RESULTATIVE_VERBS", "NATIONALITY_LED_NOUNS", "PASSING_VERBS", "UNNAMED_TARGET_ATTACK_VERBS", "KILLING_EVENT_VERBS", "KILLING_EVENT_NOUNS", "POINT_PREPOSITIONS", "PURPORTING_WORDS", "DEPICTING_VERBS", "PROVOKING_VERBS", "ARMED_OVER_IGO_WORDS", "LOOSE_IGO_NAME_WORDS", "SHARED_ARMED_NAME_WORDS", "ARMED_NAME_OPENERS", "NAME_ARTICLE_PREFIXES", "DIRECTIVE_NOUNS", "WEAPON_SYSTEM_NOUNS"]
__all__ += ["NEGATIVE_PHRASES", "COUNTED_TIME_ADVERBS", "ACT_STANCE_VERBS", "POLAR_ANSWERS", "QUESTION_AUXILIARIES", "CLAIM_DISMISSING_VERBS"]
GIVING_VERBS = _W["giving_verbs"]
__all__ += ["GIVING_VERBS"]

# "took X to task": a verb's prepositional complement that makes it an idiom (rules._idiom_matched)
IDIOM_COMPLEMENTS: dict[str, frozenset[str]] = {v: frozenset(w) for v, w in LANGUAGE.maps["idiom_complements"].items()}
__all__ += ["IDIOM_COMPLEMENTS"]
# "took in refugees": a particle that makes the verb another one (rules._idiom_particle)
IDIOM_PARTICLES: dict[str, frozenset[str]] = {v: frozenset(w) for v, w in LANGUAGE.maps["idiom_particles"].items()}
__all__ += ["IDIOM_PARTICLES"]

# "Kenyan police fired on protesters in Nairobi": policing on the state's own ground (rules._own_ground)
POLICING_FORCE_NOUNS = _W["policing_force_nouns"]
CROWD_NOUNS = _W["crowd_nouns"]
__all__ += ["POLICING_FORCE_NOUNS", "CROWD_NOUNS"]

# "the militia split into two factions ... backed neither faction": the parts, not the sides (resolve._split_parts)
DIVISION_VERBS = _W["division_verbs"]
__all__ += ["DIVISION_VERBS"]

# "a commander of X defected to Y": the people of a body who join another move themselves, not their body
DEFECTOR_NOUNS = _W["defector_nouns"]
__all__ += ["DEFECTOR_NOUNS"]

# "Frente Campesino del Occidente": a body's name in Romance word order runs on through "del", "de la"
ROMANCE_NAME_CONNECTORS = _W["romance_name_connectors"]
__all__ += ["ROMANCE_NAME_CONNECTORS"]

ETHNICITY_MODIFIERS = _W["ethnicity_modifiers"]
__all__ += ["ETHNICITY_MODIFIERS"]

PEOPLE_NOUNS = _W["people_nouns"]
__all__ += ["PEOPLE_NOUNS"]

PLACE_PRONOUN_VERBS: dict[str, list[str]] = LANGUAGE.maps["place_pronoun_verbs"]
__all__ += ["PLACE_PRONOUN_VERBS"]

SECEDED_POLITY_NOUNS = _W["seceded_polity_nouns"]
SECEDED_POLITY_MODIFIERS = _W["seceded_polity_modifiers"]
__all__ += ["SECEDED_POLITY_NOUNS", "SECEDED_POLITY_MODIFIERS"]

HEDGED_MODIFIERS = _W["hedged_modifiers"]
__all__ += ["HEDGED_MODIFIERS"]

PLACE_KIND_PHRASES = tuple(tuple(p.split()) for p in _W["place_kind_phrases"])
__all__ += ["PLACE_KIND_PHRASES"]

OPEN_RECIPIENT_WORDS = _W["open_recipient_words"]
__all__ += ["OPEN_RECIPIENT_WORDS"]

MINISTRY_NAME_LINKS = _W["ministry_name_links"]
__all__ += ["MINISTRY_NAME_LINKS"]

RULED_BODY_HEADS = _W["ruled_body_heads"]
RULING_PARTICIPLES = _W["ruling_participles"]
__all__ += ["RULED_BODY_HEADS", "RULING_PARTICIPLES"]

DEAL_PRONOUNS = _W["deal_pronouns"]
PRONOUN_SIGNING_VERBS = _W["pronoun_signing_verbs"]
PRONOUN_BROKER_VERBS = _W["pronoun_broker_verbs"]
__all__ += ["DEAL_PRONOUNS", "PRONOUN_BROKER_VERBS", "PRONOUN_SIGNING_VERBS"]

HOME_DESCRIPTION_NOUNS = _W["home_description_nouns"]
RIVAL_REFERENT_MODIFIERS = _W["rival_referent_modifiers"]
__all__ += ["HOME_DESCRIPTION_NOUNS", "RIVAL_REFERENT_MODIFIERS"]

DOMAIN_POSSESSION_NOUNS = _W["domain_possession_nouns"]
__all__ += ["DOMAIN_POSSESSION_NOUNS"]

AGENT_HELD_NOUNS = _W["agent_held_nouns"]
COUNTERING_VERBS = _W["countering_verbs"]
OVERRUNNING_VERBS = _W["overrunning_verbs"]
__all__ += ["AGENT_HELD_NOUNS", "COUNTERING_VERBS", "OVERRUNNING_VERBS"]

LIST_KINDS: dict[str, str] = LANGUAGE.maps["list_kinds"]  # (bind35: "its terrorist list" designates)
__all__ += ["LIST_KINDS"]
MISTAGGED_SUPPORT_FIRSTS = _W["mistagged_support_firsts"]
MISTAGGED_SUPPORT_SECONDS = _W["mistagged_support_seconds"]
RELATIVE_SUBJECT_FILLERS = _W["relative_subject_fillers"]
__all__ += ["MISTAGGED_SUPPORT_FIRSTS", "MISTAGGED_SUPPORT_SECONDS", "RELATIVE_SUBJECT_FILLERS"]
BAND_NOUNS = _W["band_nouns"]
__all__ += ["BAND_NOUNS"]
STATE_FORCE_NAMES = _W["state_force_names"]
__all__ += ["STATE_FORCE_NAMES"]
PERFECT_ADVERBS_READ_AS_PREPOSITIONS = _W["perfect_adverbs_read_as_prepositions"]  # (parse37)
__all__ += ["PERFECT_ADVERBS_READ_AS_PREPOSITIONS"]
PERFECT_TIME_PREPOSITIONS = _W["perfect_time_prepositions"]  # (tie53)
__all__ += ["PERFECT_TIME_PREPOSITIONS"]
LIST_COVERING_QUANTIFIERS = _W["list_covering_quantifiers"]  # (tie53)
__all__ += ["LIST_COVERING_QUANTIFIERS"]
# mood37: what is all but done, and conditions of several words
ALL_BUT_ADVERBS = _W["all_but_adverbs"]
CONDITION_PHRASES = _W["condition_phrases"]
DUTY_RAISING_VERBS = _W["duty_raising_verbs"]
FORSWEARING_VERBS = _W["forswearing_verbs"]
__all__ += ["ALL_BUT_ADVERBS", "CONDITION_PHRASES", "DUTY_RAISING_VERBS", "FORSWEARING_VERBS"]

# adv37: a commander's title held in a place; an elliptic negated auxiliary that denies the act just stated
COMMAND_PLACE_PREPOSITIONS = _W["command_place_prepositions"]
ELLIPTIC_DENIAL_AUXILIARIES = _W["elliptic_denial_auxiliaries"]
__all__ += ["COMMAND_PLACE_PREPOSITIONS", "ELLIPTIC_DENIAL_AUXILIARIES"]

# own38: the helper's object is the owner of the act it is helped in
ABETTING_VERBS = _W["abetting_verbs"]
CAMPAIGN_NOUNS = _W["campaign_nouns"]
BOUNDARY_SIDE_NOUNS = _W["boundary_side_nouns"]
BOUNDARY_NOUNS = _W["boundary_nouns"]
COMPANY_NAME_HEADS = _W["company_name_heads"]
__all__ += ["COMPANY_NAME_HEADS", "ABETTING_VERBS", "CAMPAIGN_NOUNS", "BOUNDARY_SIDE_NOUNS", "BOUNDARY_NOUNS"]
# parse38: words that open a subordinate clause set off before the main one
OPENING_SUBORDINATORS = _W["opening_subordinators"]
__all__ += ["OPENING_SUBORDINATORS"]
# own39: captives and unnamed ground features, a summit's office holders, a statement's set phrase of manner, and
# what two parties form when one joins the other "in a coalition"
CAPTIVE_PERSON_NOUNS = _W["captive_person_nouns"]
GROUND_FEATURE_NOUNS = _W["ground_feature_nouns"]
COLLECTIVE_OFFICE_TITLES = _W["collective_office_titles"]
MANNER_PHRASE_NOUNS = _W["manner_phrase_nouns"]
ALLYING_NOUNS = _W["allying_nouns"]
__all__ += ["CAPTIVE_PERSON_NOUNS", "GROUND_FEATURE_NOUNS", "COLLECTIVE_OFFICE_TITLES", "MANNER_PHRASE_NOUNS", "ALLYING_NOUNS"]
# fresh40a: reports set against a denial by a concessive preposition
CONCESSIVE_PREPOSITIONS = _W["concessive_prepositions"]
SMALL_SETTLEMENT_NOUNS = _W["small_settlement_nouns"]
__all__ += ["CONCESSIVE_PREPOSITIONS", "SMALL_SETTLEMENT_NOUNS"]
EVENT_DETERMINERS = _W["event_determiners"]
__all__ += ["EVENT_DETERMINERS"]
POINT_IN_TIME_ADVERBS = _W["point_in_time_adverbs"]
__all__ += ["POINT_IN_TIME_ADVERBS"]
TRAINED_PERSONNEL_NOUNS = _W["trained_personnel_nouns"]
TRAINING_VERBS = _W["training_verbs"]
__all__ += ["TRAINED_PERSONNEL_NOUNS", "TRAINING_VERBS"]
OWNED_ALLY_NOUNS = _W["owned_ally_nouns"]
__all__ += ["OWNED_ALLY_NOUNS"]
MEMBERSHIP_APPOSITIVES = _W["membership_appositives"]
__all__ += ["MEMBERSHIP_APPOSITIVES"]
PARTY_NOUNS = _W["party_nouns"]
TIE_NOUNS = _W["tie_nouns"]
__all__ += ["PARTY_NOUNS", "TIE_NOUNS"]
PROTECTED_TARGETS = _W["protected_targets"]
SHELTERING_VERBS = _W["sheltering_verbs"]
__all__ += ["PROTECTED_TARGETS", "SHELTERING_VERBS"]
PARTING_VERBS = _W["parting_verbs"]
__all__ += ["PARTING_VERBS"]
NAME_KIND_NOUNS = _W["name_kind_nouns"]
__all__ += ["NAME_KIND_NOUNS"]

DISMISSING_VERBS = _W["dismissing_verbs"]
__all__ += ["DISMISSING_VERBS"]
QUOTED_ENEMY_LABELS = _W["quoted_enemy_labels"]
TALK_WITH_VERBS = _W["talk_with_verbs"]
__all__ += ["QUOTED_ENEMY_LABELS", "TALK_WITH_VERBS"]
REBEL_DESCRIPTION_PLURALS = _W["rebel_description_plurals"]
__all__ += ["REBEL_DESCRIPTION_PLURALS"]
COLLECTIVE_BAND_NOUNS = _W["collective_band_nouns"]
COMBATANT_PLURALS = _W["combatant_plurals"]
NAME_STATING_VERBS = _W["name_stating_verbs"]
# each marker as its words, split once
HOLDER_LIST_MARKERS = tuple(tuple(marker.split()) for marker in _W["holder_list_markers"])
__all__ += ["SETTLER_NOUNS", "COMMUNITY_BAND_PEOPLES", "PEOPLE_BAND_NOUNS", "COLLECTIVE_BAND_NOUNS", "COMBATANT_PLURALS", "NAME_STATING_VERBS", "HOLDER_LIST_MARKERS"]

# hit49: "A and B, which had fought each other": the reciprocal pronoun's two words, each mapped to its partner
RECIPROCAL_PRONOUNS: dict[str, str] = LANGUAGE.maps["reciprocal_pronouns"]
# hit49: "prices rose as A and B fought each other": a clause opener the parser may read as a preposition
PREPOSITIONAL_SUBORDINATORS = _W["prepositional_subordinators"]
# back49: a verb of parting from (or binding to) a body, with the prepositions that bring that body
PARTING_FRAMES: dict[str, frozenset[str]] = {v: frozenset(p) for v, p in LANGUAGE.maps["parting_frames"].items()}
__all__ += ["RECIPROCAL_PRONOUNS", "PREPOSITIONAL_SUBORDINATORS", "PARTING_FRAMES"]
# back50: a sanction coordinated after a finding about armed actors is the finder's act
FINDING_VERBS = _W["finding_verbs"]
SANCTIONING_VERBS = _W["sanctioning_verbs"]
WRONGDOER_NOUNS = _W["wrongdoer_nouns"]
# type50: "the Ramon Ortega front": a unit's kind after a dead commander's name, which the tagger reads as a person
PERSON_NAMED_UNIT_NOUNS = _W["person_named_unit_nouns"]
# prec50 and off50: a branch of a state's forces before a leader title ("the navy chief", "the ground forces commander")
SERVICE_BRANCH_MODIFIERS = _W["service_branch_modifiers"]
# prec50: "It came days after the raid": an event pronoun's verbs and the words that place it in time
EVENT_PRONOUN_VERBS = _W["event_pronoun_verbs"]
EVENT_TIME_MARKERS = _W["event_time_markers"]
# place50: a river's or a lake's name words ("the Tana River delta": the delta is the river's)
WATERCOURSE_NAME_WORDS = _W["watercourse_name_words"]
# w50b: gatherings a participle of holding describes ("talks held in Doha"): no capture
HELD_EVENT_NOUNS = _W["held_event_nouns"]
__all__ += ["FINDING_VERBS", "SANCTIONING_VERBS", "WRONGDOER_NOUNS", "PERSON_NAMED_UNIT_NOUNS", "SERVICE_BRANCH_MODIFIERS",
            "EVENT_PRONOUN_VERBS", "EVENT_TIME_MARKERS", "WATERCOURSE_NAME_WORDS", "HELD_EVENT_NOUNS"]
# refo51: "said in a statement that ...": what a speaker says a thing in
REPORT_MEDIUM_NOUNS = _W["report_medium_nouns"]
# off51: "the decision of the X Government, led by N": an act or stance whose "of" names the body that makes it
OWNED_ACT_NOUNS = _W["owned_act_nouns"]
# prec51: "a splinter faction of X" with no name of its own is not X; "on a large scale": a "not" denies the scale
SPLINTER_PART_MODIFIERS = _W["splinter_part_modifiers"]
SCALE_DEGREE_NOUNS = _W["scale_degree_nouns"]
__all__ += ["REPORT_MEDIUM_NOUNS", "OWNED_ACT_NOUNS", "SPLINTER_PART_MODIFIERS", "SCALE_DEGREE_NOUNS"]
# prec53: expelling a state's diplomats is no war on it
DIPLOMATIC_STAFF_NOUNS = _W["diplomatic_staff_nouns"]
__all__ += ["DIPLOMATIC_STAFF_NOUNS"]
# typ54: a clergy or court title NER took into a person's name is no part of it
NAME_OPENING_TITLES = _W["name_opening_titles"]
__all__ += ["NAME_OPENING_TITLES"]
# near55: 'the state' owning a place, after a federation's region: that region
FEDERAL_UNIT_NOUNS = _W["federal_unit_nouns"]
__all__ += ["FEDERAL_UNIT_NOUNS"]
# tie56: "X is sheltered, armed and funded by Y": an adjective-tagged participle inside a list (rules._coordinated_passive)
ADJECTIVAL_PARTICIPLES = _W["adjectival_participles"]
__all__ += ["ADJECTIVAL_PARTICIPLES"]
# side56: verbs whose object is the other party of a meeting, for a go-between's "under the mediation of C"
MEETING_VERBS = _W["meeting_verbs"]
__all__ += ["MEETING_VERBS"]
# prec56: 'tankers they link to X': the active subject ascribes the tie; it is no party to it
ASCRIBING_VERBS = _W["ascribing_verbs"]
__all__ += ["ASCRIBING_VERBS"]
# typ56: 'the Kowri border post': a post's kind that makes the name before it the post's own
FRONTIER_POST_MODIFIERS = _W["frontier_post_modifiers"]
__all__ += ["FRONTIER_POST_MODIFIERS"]
# off57: 'the chief of staff of Ghana's armed forces': the staff a title's of-phrase passes through to the forces
STAFF_NOUNS = _W["forces_staff_nouns"]
__all__ += ["STAFF_NOUNS"]
AERIAL_ATTACK_NOUNS = _W["aerial_attack_nouns"]  # ref57: discourse._aerial_act
AERIAL_ATTACK_MODIFIERS = _W["aerial_attack_modifiers"]
AERIAL_ATTACK_VERBS = _W["aerial_attack_verbs"]
AIRCRAFT_NOUNS = _W["aircraft_nouns"]
__all__ += ["AERIAL_ATTACK_NOUNS", "AERIAL_ATTACK_MODIFIERS", "AERIAL_ATTACK_VERBS", "AIRCRAFT_NOUNS"]
OPEN_ARMED_NOUNS = _W["open_armed_nouns"]  # ref57: Resolver._any_armed_group
__all__ += ["OPEN_ARMED_NOUNS"]
COUP_NOUNS = _W["coup_nouns"]
COUP_STAGING_VERBS = _W["coup_staging_verbs"]
__all__ += ["COUP_NOUNS", "COUP_STAGING_VERBS"]
APPOINTING_VERBS = _W["appointing_verbs"]  # off58: entities._appointing_verb_read_as_naming_participle
__all__ += ["APPOINTING_VERBS"]
IMPOSING_PARTICIPLES = _W["imposing_participles"]  # w58d: rules._participle_agents
__all__ += ["IMPOSING_PARTICIPLES"]
DEMONYM_SUFFIXES = tuple(_W["demonym_suffixes"])  # tie59: entities._demonym_read_as_name_before_pair
__all__ += ["DEMONYM_SUFFIXES"]
COUNTING_QUANTIFIERS = _W["counting_quantifiers"]  # prec59: rules.counted_titles
__all__ += ["COUNTING_QUANTIFIERS"]
STANCE_PARTICIPLES = _W["stance_participles"]  # near59: rules._doer_participles
__all__ += ["STANCE_PARTICIPLES"]
