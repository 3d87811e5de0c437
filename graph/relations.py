"""The ``conflict_relations`` spaCy component: relations read off the dependency parse.

Registered as a factory, added after the gazetteer's EntityRuler, NER and
``merge_entities``::

    nlp.add_pipe("conflict_relations", config={"gazetteer": ""})
    doc = nlp("Turkey backs HTS.")
    doc._.relations   # [Relation(Turkey supports Hayat Tahrir al-Sham)]

For each sentence it runs the rules of ``rules.py``, then reads around each trigger:
negation and refusal ("did not", "refused to"), modality (a modal, a verb of intent,
a condition: the relation is dropped, it has not happened), hedges and attribution
("reportedly", "X said": kept, with ``modality`` / ``attributed_to`` and a lower
confidence), "formerly", and dates, resolved against ``doc._.published``.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterator
from functools import partial
from dataclasses import replace

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflictkg.graph.columns import DocColumns, children_of, columns_of, reading
from conflictkg.graph.entities import VERB_FORM_CLASSES, one_relation_list
from conflictkg.graph.constructions import ConstructionMatcher
from conflictkg.graph.dates import resolve_date
from conflictkg.graph.lang import load_language
from conflictkg.graph.discourse import event_anaphora
from conflictkg.graph.listings import listed_targets
from conflictkg.graph.docdata import store
from conflictkg.graph.segment import TIME_STAMP, claim_at, doc_sents, doc_text
from conflictkg.graph.lexicon import SCALE_DEGREE_NOUNS, DIPLOMATIC_STAFF_NOUNS
from conflictkg.graph.lexicon import VERB_FRAMES
from conflictkg.graph.lexicon import CONCESSIVE_PREPOSITIONS, ALL_BUT_ADVERBS, CONDITION_PHRASES, DUTY_RAISING_VERBS, REPORTING_VERBS, FORSWEARING_VERBS
from conflictkg.graph.lexicon import CONDITION_MARKERS, AWAITED_MARKERS, ALLEGATION_NOUNS, CIRCULATING_CONTENT_NOUNS, QUOTE_FRAME_NOUNS, PASSING_VERBS
from conflictkg.graph.lexicon import PURPORTING_WORDS, DEPICTING_VERBS, JOURNEY_VERBS
from conflictkg.graph.lexicon import PARTITIVES, OPEN_EVENT_DETERMINERS
from conflictkg.graph.lexicon import NEGATIVE_ADVERBS, NEGATIVE_PHRASES, COUNTED_TIME_ADVERBS, ACT_STANCE_VERBS, POLAR_ANSWERS, QUESTION_AUXILIARIES, CLAIM_DISMISSING_VERBS, COPULAR_VERBS as _COPULAS, NEUTER_PRONOUNS as _IT_WORDS, LAPSE_COMPARATIVES, DEGREE_COMPARISON_NOUNS, CONDITION_DEGREE_ADVERBS, LAPSE_ADVERBS, ATTRIBUTION_HEADS, CONTESTED_SPEECH_VERBS, DYING_VERBS
from conflictkg.graph.lexicon import REBEL_DESCRIPTION_PLURALS, RESUMING_VERBS, RESUMABLE_ACTS, CHECKING_VERBS, BROKER_VERBS, PRESUPPOSED_ACT_NOUNS, PERSON_POSSESSIVES
from conflictkg.graph.lexicon import LIGHT_VERBS, DECLARING_VERBS, CIVIC_CONTEST_NOUNS, ARENA_PREPOSITIONS
from conflictkg.graph.lexicon import BODY_POSSESSIVES, ROLE_LEAVING_VERBS, DENYING_SUBJECT_WORDS, TRUE_ADJECTIVES, LAPSING_VERBS
from conflictkg.graph.lexicon import (
    VERIFYING_VERBS, TAKEN_UP_DETERMINERS, ACHIEVING_VERBS, TRUCE_NOUNS, COMPLEMENT_ADJECTIVES, PERMITTING_VERBS, CLAIM_NOUNS, DENYING_VERBS, RETRACTING_VERBS, ACKNOWLEDGING_VERBS, OUTCOME_HOSTILITY_VERBS, RAISING_VERBS, ENDING_VERBS, REALISED_PURPOSES, REALISED_SIDES, EVENT_GOVERNORS, FALSE_ADVERBS, RECEIVING_VERBS, FORMER_WORDS, HEDGE_ADVERBS, INTENT_NOUNS, INTENT_VERBS, DREADING_VERBS, PROPOSAL_VERBS, MODAL_AUX, NEGATING_VERBS, REFUSAL_MODALS, GERUND_BRIDGES, SPEECH_VERBS, FALSE_ADJECTIVES, NOR_WORDS, ADDITIVE_CONJUNCTIONS, REJOINDER_VERBS, FRAME_PREPOSITIONS, RELUCTANCE_VERBS, EXCLUSIVE_WORDS, ALTERNATIVE_MARKERS,
    NEAR_NEGATORS, HABIT_NEGATORS, RESTRICTING_ADVERBS, NEGATION_LIMITS, ANAPHORIC_SINCE_TIMES, PENDING_ADVERBS, PARTICIPATION_VERBS, FRONTED_NEGATION_LIMITS, IRREALIS_MODIFIERS, REALISING_VERBS, AVERTING_VERBS, CONTEST_NOUNS, INVERTING_CONDITIONALS, SCENARIO_FRAMES, SCENARIO_HEADS, SUPPOSITION_VERBS, SUPPOSITION_OPENERS, SCENARIO_EXITS, ORDINAL_WORDS, OCCURRENCE_VERBS, PASSIVE_OCCURRENCE_VERBS, REPEATING_OCCURRENCES, TALK_NOUNS, TALK_HALTING_VERBS, ABSENCE_NOUNS, ENDING_NOUNS, ADVERBIAL_GERUND_PREPS, EXCEPTIVE_WORDS, EVIDENCE_NOUNS, FORCE_NOUNS, GROUP_NOUNS, NEGATIVE_QUANTIFIERS, NEGATIVE_OBJECTS, PERSON_SUBJECT_PRONOUNS, DELIBERATION_VERBS, WIDENING_VERBS, WITHHOLDING_VERBS, PROSPECT_PHRASES, LINKING_VERBS, UNREAL_COMPLEMENTS, WANTED_COMPLEMENTS, DEAL_NOUNS, ALTERNATIVE_CONJUNCTIONS, INDEFINITE_DETERMINERS,
    PROVOKING_VERBS,
    DEGREE_VERBS, EVENT_CARRIERS, ENTERING_VERBS, PARTICIPATION_GOVERNORS, UNDERTAKING_VERBS, LOSING_VERBS, NON_STATE_TITLE_MODIFIERS,
    CONTINUING_VERBS, HABITUAL_VERBS, FAILURE_VERBS, SETTLING_VERBS, COMMITMENT_VERBS, COMMITMENT_MODALS, SUPPORT_GOODS, DISPATCH_VERBS,
    PARTICIPATION_NOUNS, PART_HOLDING_VERBS, MEMBER_TITLES, OFFICIAL_TITLES, LEADER_TITLES, HOLDING_VERBS, HOLD_ENDS, SPAN_NOUNS, DECEASED_MODIFIERS, DEATH_VERBS, PROPOSITION_DENYING_VERBS, STATEMENT_NOUNS, SUPERSEDED_TEXTS, SUPERSEDED_TEXT_MODIFIERS, CORRECTION_LABELS, REPETITION_ADVERBS, OWN_TEXT_DETERMINERS, OWN_TEXT_NOUNS,
    AGENT_NOUNS, DELEGATION_NOUNS, ENVOY_NOUNS, GOVERNMENT_NOUNS, DENIAL_NOUNS, DOUBTING_VERBS, WATER_BODY_WORDS, FACILITY_NOUNS,
)
from conflictkg.graph.lexicon import NAME_KIND_NOUNS, OFFSHOOT_HEADS
from conflictkg.graph.lexicon import TAKEN_DECISION_NOUNS, OPEN_DECISION_DETERMINERS, DECISION_UNDOING_VERBS
from conflictkg.graph.model import Actor, Evidence, Relation, normalize_name
from conflictkg.graph.resolve import ACTOR, DISTRIBUTIVE_ACTOR, PARTIES_ACTOR, Ref, Resolver, _title_phrase, water_body
from conflictkg.graph.rules import GUARDS, RULES, Candidate, _infinitive, _slot, clause_subjects, guarded_calls, in_clause, np_refs, title_rule
from conflictkg.graph.rules import heads_not_members, home_states_stated, leaders_unaffiliated, _named_owner, owned_by_another
from conflictkg.graph.rules import adjectival_link
from conflictkg.ontology import PLACE_TYPES
from conflictkg.graph.gazetteer import Gazetteer, cached_gazetteer
from conflictkg.graph.statements import _QUOTE_MARKS, wished_item

__all__ = ["RelationExtractor", "valid_ends"]

# relations, actors and mentions are getters over plain data (graph/docdata.py), so Docs cross processes.
for _name, _default in (("published", None), ("document_id", ""), ("char_offset", 0)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

_PLACES = PLACE_TYPES | {"STATE"}
# Predicates a purpose states by itself: who sends troops to fight X is hostile to X, won or not.
_PURPOSE_STATES = {"opposes", "allied_with"}
# Predicates a plain past trip's purpose states (``journey_verbs``): "flew to X to hold talks with Y" reports the talks.
_TRIP_STATES = {"negotiates_with"}
# Predicates of a move on the ground, which an undertaking to make ("agreed to withdraw from X") has not made.
_MOVES = {"captures", "withdraws_from"}
_EVENT_PREDICATES = {"attacks"}  # one act, done once: its cessation says it was done
# standing ties whose end, told of the tie itself ("X's support for Y ended"), denies them now (talks that ended were
# held; a war that ended was fought; a membership that lapsed was held: those are left as they are)
_STANDING_TIES = {"supports", "allied_with", "affiliated_with", "sanctions", "designates"}
_STANCES = {"opposes"}  # a standing stance read from acts ("fought X"): an act not yet done does not deny it
# Verbs through which a negation reaches a noun trigger ("did not join the offensive", "did not attend the talks
# with X", "was not involved in the attack on X"): those that make their subject take part in the event. Not verbs
# of claiming ("did not claim any attack" says nothing of whether there was one), of ending (read apart), nor of
# degree ("did not intensify its strikes on X": the strikes go on).
_LIGHT_VERBS = (EVENT_GOVERNORS | RECEIVING_VERBS | (EVENT_CARRIERS - ENDING_VERBS - NEGATING_VERBS)
                | frozenset(ENTERING_VERBS) | frozenset(PARTICIPATION_GOVERNORS)
                | LIGHT_VERBS) \
    - DECLARING_VERBS - DEGREE_VERBS


@Language.factory(
    "conflict_relations",
    assigns=["doc._.relations", "doc._.actors", "doc._.mentions"],
    requires=["token.dep", "token.ent_type"],
    default_config={"gazetteer": ""},
)
def make_relation_extractor(nlp: Language, name: str, gazetteer: str) -> "RelationExtractor":
    return RelationExtractor(cached_gazetteer(gazetteer), ConstructionMatcher(nlp.vocab, load_language(nlp.lang)))


class RelationExtractor:
    """Reads relations between resolved actors from each parsed ``Doc``."""

    def __init__(self, gazetteer: Gazetteer, constructions: ConstructionMatcher) -> None:
        self.gazetteer = gazetteer
        self.constructions = constructions

    def __call__(self, doc: Doc) -> Doc:
        columns = DocColumns(doc)
        with reading(columns):  # (the component changes no token: each head's dependents are listed once)
            return self._read(doc, Resolver(doc, self.gazetteer, columns=columns))

    def _read(self, doc: Doc, res: Resolver) -> Doc:
        # Titles first: "Syrian President Bashar al-Assad" tells whose regime "Assad's regime" is.
        candidates: list[Candidate] = [c for token, _ in guarded_calls(doc, res, [title_rule])
                                       for c in title_rule(token, res)]
        res.walk_refs()
        for token, fired in guarded_calls(doc, res, [rule for rule in RULES if rule is not title_rule]):
            for rule in fired:
                found = list(rule(token, res))
                _note_leaders(found, res)  # "N, who heads X, said his fighters ...": X's fighters
                candidates.extend(found)
        matches = self.constructions.matches(doc, res.columns)  # (once: the charges of accusations read them again)
        candidates.extend(self.constructions(doc, res, matches))
        # "the deal was brokered by Qatar"
        candidates.extend(event_anaphora(doc, candidates, res, partial(self.constructions.charged_acts, matches)))
        candidates.extend(listed_targets(doc, res))  # "Among those sanctioned today:\n- N, ..."
        candidates = heads_not_members(home_states_stated(leaders_unaffiliated(candidates, res), res))
        relations: dict[tuple, Relation] = {}
        reported: set[tuple] = set()  # relations read only from what someone is said to say ("experts say X armed Y")
        own_voice: set[tuple] = set()
        unsettled: set[tuple] = set()  # dealings denied only by a settlement not reached ("have not signed a truce")
        denied_otherwise: set[tuple] = set()
        for cand in candidates:
            # the sides as stated up to the candidate's sentence: a clash told later is not what "both sides" meant
            parties = any(r.kind == "parties" for r in cand.objects)
            distributive = any(r.kind in ("distributive", "parties") for r in (*cand.subjects, *cand.objects))
            sides = _conflict_sides(candidates, res, "negotiates_with" if parties else "opposes", cand.trigger.sent.end,
                                    sent=None if parties else cand.trigger.sent) if distributive else None
            if distributive and sides is None and not parties and not (
                    any(r.kind == "distributive" for r in cand.subjects) and any(r.kind == "distributive" for r in cand.objects)):
                # "X shelled Y's positions. Z hosted talks between the two sides": attacks told, no standing hostility,
                # one pair only (not "the two sides agreed", which may be any meeting's two)
                sides = _conflict_sides(candidates, res, "attacks", cand.trigger.sent.end, only=True)
            if parties and sides is None:  # no talks told yet: the parties are the conflict's sides, if it has only two
                sides = _only_sides(cand, candidates, res)
            if parties and sides is not None and {_side_key(r.actor, res) for r in sides} & {
                    _side_key(r.actor, res) for r in cand.subjects}:
                sides = None  # a go-between is no party to the talks it brokers: a pair with one of its own is other talks
            if parties and sides is not None and not _sides_hold_partner(cand.trigger, sides, res):
                sides = None  # "talks with C continue under the mediation of D": talks with C, whatever pair came before
            if parties and sides is not None and cand.rule in _UNTOLD_DEAL_RULES and (
                    _dated_deal(cand.trigger) or _talks_told_before(cand, candidates)):
                # "the ceasefire" after talks told is theirs (discourse._brokered reads it, or leaves it open);
                # "the 2015 accord" is a deal of its own time, not the conflict's last
                sides = None
            if sides is not None and not parties:
                sides = _local_sides(cand, sides, candidates, res)
            own = _own_sides(cand, sides, res) if sides is not None and not parties else set()
            if own:
                # "Kiir has not taken sides in Sudan's war": an actor that is itself one of the sides found is no third
                # party to them; the war meant is the one most stated without it, if any
                sides = _conflict_sides(candidates, res, "opposes", cand.trigger.sent.end, without=own, sent=cand.trigger.sent)
            for rel in self._relations(cand, res, doc, sides):
                key = rel.key
                relations[key] = relations[key].merge(rel) if key in relations else rel
                if not rel.negated:
                    (reported if _reported_speech(cand.trigger) else own_voice).add(key)
                elif cand.predicate == "negotiates_with" and cand.trigger.lemma_ in SETTLING_VERBS:
                    unsettled.add(key)
                else:
                    denied_otherwise.add(key)
        # An allegation the accused denies later in the text is not stated by it: the denial stands alone.
        # An act the text states as a fact in its own voice, the accused's denial does not undo: the fact stands alone.
        for key, rel in list(relations.items()):
            stated = relations.get((*key[:3], False)) if rel.negated and rel.rule == "denial:anaphoric" else None
            if stated is not None and (stated.modality in ("alleged", "claimed") or (*key[:3], False) not in own_voice
                                       and (*key[:3], False) in reported):
                # (also what the text only reports others saying: "UN experts say X armed Y; X denies it")
                del relations[(*key[:3], False)]
            elif stated is not None and stated.modality is None and stated.attributed_to is None:
                del relations[key]
        # "There were reports that A signed a deal with B. A has signed nothing with B.": a rumour the text goes on
        # to deny in a plain statement of its own is not stated by it; the later denial stands alone.
        # "A and B have reportedly fought alongside C, although both deny cooperating with it": what the text only
        # hedges, the same sentence denies; the denial stands alone (a hedged report is no fact to contradict it).
        for key, rel in list(relations.items()):
            stated = relations.get((*key[:3], False)) if rel.negated else None
            if stated is not None and (_rumour_denied_later(stated, rel) or _hedged_and_denied_together(stated, rel)):
                del relations[(*key[:3], False)]
            # "Reports say A arms B. The Government of A denies giving B any support": a state's government that
            # denies the rumour denies it for the state the reports name
            state = _governed_state(rel.subject, res) if rel.negated else None
            rumour = relations.get((state.id, *key[1:3], False)) if state is not None else None
            if rumour is not None and _rumour_denied_later(rumour, rel):
                del relations[(state.id, *key[1:3], False)]
        # "A and B held talks in Cairo ... A and B have not agreed on a text": a settlement not reached between
        # parties the text states dealing in its own voice denies the outcome, not the talks; the talks stand alone.
        for key in unsettled - denied_otherwise:
            stated = relations.get((*key[:3], False))
            if stated is not None and stated.modality is None and stated.attributed_to is None \
                    and (*key[:3], False) in own_voice:
                del relations[key]
        # "A had (long) refused to talk to B, but in March the two sides met": a refusal told in the pluperfect is
        # one overcome when the text states the relation itself; so is a denial bound to a date the text states
        # the act after ("X did not take Y in March; it seized Y in May"). The statement stands alone.
        for key, rel in list(relations.items()):
            stated = relations.get((*key[:3], False)) if rel.negated else None
            if stated is not None and stated.modality is None and (
                    all(_past_refusal_in(doc, e) for e in rel.evidence)
                    or stated.attributed_to is None and rel.date and stated.date and _later(stated.date, rel.date)):
                del relations[key]
        # "Turkey backs Hamas politically, though it does not arm the group": a denial of one kind of an act in the
        # (or of one kind of goods sent: "X no longer supplies cluster munitions to Y, though it still backs Y"; or of
        # one act of the actor: "X has criticised Y but has not condemned its offensive")
        # very sentence that states the act in its own voice is narrower than the act; the statement stands alone
        # (not where the act is reported: "monitors report that X supplies Y; X denies sending it weapons")
        for key, rel in list(relations.items()):
            stated = relations.get((*key[:3], False)) if rel.negated else None
            if stated is not None and stated.modality is None and stated.attributed_to is None \
                    and {e.start for e in rel.evidence} <= {e.start for e in stated.evidence} \
                    and not any(_denial_in(doc, e) for e in rel.evidence) \
                    and all(e.rule.startswith("verb:") for e in stated.evidence) \
                    and all(e.rule.startswith("verb:") or e.rule in _SUPPLY_RULES or e.rule in _EVENT_AGENT_RULES
                            for e in rel.evidence):
                # (both read off verbs: a construction's denial, "boycotted the conference hosted by B", is its own)
                del relations[key]
        # "The EU listed X in 2002 ... and removed X from its list in 2012": an undoing of a designation the text
        # also states is the end of that designation, not a denial of it: the listing stands, as a former one.
        for key, rel in list(relations.items()):
            stated = relations.get((*key[:3], False)) if rel.negated and key[1] == "designates" else None
            if stated is not None and stated.modality is None \
                    and all(e.rule in _UNDOING_RULES for e in rel.evidence) \
                    and min(e.start for e in stated.evidence) < min(e.start for e in rel.evidence):
                del relations[key]
                relations[(*key[:3], False)] = replace(stated, former=True)
        # "The Movement said its fighters had seized X. The army said the claim was false": a party's claim another
        # party rejects at once is contested -- neither stated nor denied (the claimant's own denial is
        # ``denial:anaphoric``'s)
        for key, rel in list(relations.items()):
            if not rel.negated and rel.attributed_to is not None and _own_claim(rel) \
                    and all(_claim_rejected(doc, e, rel, res) for e in rel.evidence):
                del relations[key]
        # "Prime Minister N" given a state from the passage around him (a guess), where the text says he heads a
        # government of its own ("N, who heads the Government of National Unity"): he leads that government, not
        # the state whose regular government it is not
        for key in [k for k, rel in relations.items() if _guessed_state_head(rel, relations, res)]:
            del relations[key]
        # "A overran a base in X, in Y state", "a massacre in the village of X, in Y territory": the second place
        # only says where the first lies (X located_in Y, read from the same sentence); the act is on X, not Y.
        for key in [k for k in relations if _region_of_act_site(k, relations)]:
            del relations[key]
        _names_with_their_kind(doc, res)
        # The resolver has gathered aliases along the way: give every relation the final actors.
        final = []
        for rel in relations.values():
            final.append(replace(rel, subject=res.actors.get(rel.subject.id, rel.subject),
                                 object=res.actors.get(rel.object.id, rel.object)))
        store(doc, final, list(res.actors.values()), res.mentions(doc._.char_offset))
        return doc

    def _relations(self, cand: Candidate, res: Resolver, doc: Doc, sides: tuple[Ref, Ref] | None):
        # "talks between X and Y never took place / have yet to begin": talks not held deny the dealings
        # (other events that did not happen are only dropped: "the offensive on Y never began")
        unheld = cand.predicate in _HELD_EVENTS and cand.negatable and not cand.negated and _never_held(cand.trigger)
        if cand.trigger.idx < doc._.headline_end or (cand.predicate not in _ROLES and not unheld
                                                     and _unrealised(cand.trigger)):
            return
        if cand.predicate in _ROLES and ((_irrealis(cand.trigger) and not _came_about(cand.trigger))
                                         or _role_unrealised(cand.trigger)):
            return  # "X's future membership of Y", "a prospective member": a role not (yet) held
        if _gerund_judged_unreal(cand.trigger):
            return  # prec50: "Peru joining the pact was not impossible": a prospect weighed, neither stated nor denied
        if cand.trigger.pos_ == "NOUN" and wished_item(cand.trigger):
            return  # "The junta's demands:\n- withdrawal of French troops from X": asked for, not done
        ctx = _context(cand.trigger, res) if cand.clausal else _Context()
        if ctx.blocked or (ctx.purpose and cand.predicate not in _PURPOSE_STATES
                           and not (ctx.trip and cand.predicate in _TRIP_STATES)):
            return
        if ctx.presupposed and not cand.negatable:
            return  # "until X ends its offensive against Y": the act is presupposed, not the stance read beside it
        if cand.predicate in _MOVES and _undertaken(cand.trigger):
            return  # "agreed to withdraw from X": the move is promised, not made
        if cand.predicate in ("opposes", "attacks") and _sporting(cand.trigger):
            return  # "Jordan defeated Iraq in the Asian Cup final", "Senegal beat Ghana 3-0": a game, not a war
        if cand.predicate == "opposes" and _civic_contest(cand.trigger):
            return  # "fought the ruling party in the election": politics, not a war
        if cand.predicate == "opposes" and _diplomats_expelled(cand.trigger):
            return  # "expelled two Xian diplomats": a diplomatic row, not a war
        if cand.predicate == "captures" and _lost(cand.trigger):
            return  # "Al-Shabaab lost control of X", misparsed: a hold given up
        hold = _past_hold(cand.trigger) if cand.predicate == "captures" else None
        if hold == "pluperfect":
            return  # "Armenia had controlled Lachin since 1992": a past state of control, no taking
        if cand.predicate != "condemns" and cand.clausal and _denied_after(cand.trigger):
            return  # "A said X had armed Y, a claim X denies", "X backs Y, which X denies": the statement is disputed
        negated = cand.negated or ctx.negated or unheld
        halted = cand.predicate == "negotiates_with" and not cand.negated and _halted_talks(cand.trigger)
        if halted and ctx.negated and not unheld:
            negated = False  # "broke off its talks with X", "paused negotiations with Y": held talks, now on hold
        if negated and _part_denied(cand):
            return  # "did not strike Iran's nuclear sites", "has not sanctioned Iran's foreign minister": a part, not X
        if negated and _capital_denied(cand, res):
            return  # "the guerrillas did not attack Bogota": a city spared, not the state it stands for
        if ctx.attempted and cand.predicate in ("opposes", "attacks"):
            return  # "failed to drive X out of Y": the attempt was hostile; only its outcome is denied
        if negated and not cand.negated and cand.predicate == "opposes" and cand.trigger.lemma_ in OUTCOME_HOSTILITY_VERBS:
            return  # "did not expel the Ethiopian troops", "never defeated X": the outcome did not come; the hostility is open
        if cand.predicate == "negotiates_with" and cand.trigger.lemma_ in SETTLING_VERBS and (
                ctx.attempted or (negated and _definite_settlement(cand.trigger))):
            # "A and B failed to agree on a truce", "the two sides have not signed it (a truce offered)": whether they
            # negotiated, the text does not say; only the settlement is denied ("never signed a treaty" denies any)
            return
        if ctx.negated and not cand.negatable:
            return
        if ctx.pending and negated and cand.predicate in _STANCES:
            return  # "have not yet confronted X": the fight has not come, the hostility is there
        if ctx.abstained and negated and not cand.negated and cand.predicate in _STANCES:
            return  # "its forces are not taking part in the fighting against X": they stay out of it, hostile or not
        if cand.negated and ctx.flipped:  # "did not remove X from its list", "refused to sever ties": the denial denied
            return
        # Ending a war says there was one (a former hostility), as ending a truce says one was agreed (former
        # dealings), ending an occupation that the place was taken (a former hold), and ending a membership that
        # there was one (a former member, as one who leaves the body is);
        # ending support, a pact, or one's part in talks, says it no longer holds.
        if ctx.ended and cand.predicate == "negotiates_with" and cand.trigger.lemma_.lower() in DEAL_NOUNS \
                and cand.trigger.lemma_.lower() not in TRUCE_NOUNS | TALK_NOUNS:
            return  # "ended its defence agreement with X": signed once, in force no more -- neither talks now nor none
        if ctx.ended and cand.predicate not in ("opposes", "attacks", "member_of", "captures") and not (
                cand.predicate == "negotiates_with" and (cand.trigger.lemma_.lower() in TRUCE_NOUNS
                                                          or _halted_talks(cand.trigger))):
            negated = True
        if ctx.lapsed and cand.predicate in _STANDING_TIES:
            negated = True  # "X's support for Y dried up", "the sanctions on Y were lifted": held once, no more
            ctx_former = True
        else:
            ctx_former = False
        # Ceasing an act says it was done ("stopped shelling X", "no longer bombs Y"), as ending a war does; ceasing
        # a standing relation ("stopped backing X", "no longer a member") says it holds no more
        ceased = ctx.ceased and cand.predicate in _EVENT_PREDICATES and not cand.negated and not unheld
        if ceased:
            negated = False
        former = cand.former or ctx.former or ctx.ended or ceased or hold == "ended" or halted or ctx_former  # "controlled X until 1999": held once
        former = former or _ended_antecedent(cand.trigger)
        former = former or (cand.predicate in ("leads", "member_of", "affiliated_with")
                            and (_past_role(cand.trigger) or _late_holder(cand.trigger)))
        subjects = _expand(cand.subjects, sides)
        objects = _expand(cand.objects, sides)
        if cand.predicate == "supports":
            objects = [_own_force(cand.trigger, o, res) for o in objects]
        sent = doc_sents(doc)[res._sent_of[cand.trigger.i]]  # cand.trigger.sent, without finding it anew
        offset = doc._.char_offset
        anaphoric = any(r.kind == "anaphor" for r in (*cand.subjects, *cand.objects))
        confidence = cand.confidence * (0.9 if anaphoric else 1.0)
        if ctx.modality:
            confidence *= 0.7
        elif ctx.attributed_to:
            confidence *= 0.85
        text = doc_text(doc)[sent.start_char:sent.end_char]  # sent.text, without joining its tokens anew
        evidence = Evidence(doc._.document_id, text.strip(), offset + sent.start_char,
                            offset + sent.start_char + len(text.rstrip()), cand.rule, round(confidence, 3))
        date = resolve_date(ctx.date, doc._.published) if ctx.date else None
        for person in subjects:
            for o, s in ((o, s) for o in objects  # "N is an ally of M": between the two men, not N's state and M
                         for s in ([person] if o.actor.type == "PERSON" or _meets_owned_agents(cand, person, o, res)
                                   else _acting_ends(person, cand.predicate, res, negated))):
                if not valid_ends(cand.predicate, s.actor, o.actor) or _own_government(s.actor, o.actor, res):
                    continue
                if cand.predicate == "attacks" and o.actor.type == "LOCATION" and water_body(o.actor):
                    continue  # "attacked shipping in the Red Sea", "sank boats in the Caribbean": the vessels, not the sea
                if cand.predicate == "located_in" and _apart(s.actor, o.actor, res):
                    continue  # "rivals of Y -- Kigali over the mines, Kampala over the border": no city lies in another's state
                if cand.predicate == "negotiates_with" and (s.actor.type == "PERSON") != (o.actor.type == "PERSON") \
                        and not (s.kind == o.kind == "name") \
                        and not _named_agent_with_person(cand.trigger, s, o, res) \
                        and not _pronoun_person_with_named_body(cand.trigger, s, o) \
                        and not _titled_person_with_named_body(cand.trigger, s, o, res) \
                        and not _person_possessor_with_named_body(cand.trigger, s, o, res) \
                        and not _speaking_body_with_person(cand.trigger, s, o, res) \
                        and not _leader_refusing_described_body(cand.trigger, s, o, res, negated):
                    continue  # a person deals with a body only where both are named ("N refused to talk to the M23")
                if cand.predicate == "leads" and o.actor.type in ("STATE", "GOVERNMENT") and cand.trigger.pos_ == "NOUN" \
                        and any(c.i < cand.trigger.i and c.dep_ in ("amod", "compound", "nmod")
                                and c.lower_ in NON_STATE_TITLE_MODIFIERS for c in cand.trigger.children):
                    continue  # "became X's most feared rebel commander": a rebel's title, of no state
                if cand.predicate == "leads" and o.kind == "head" and o.actor.type == "STATE" \
                        and s.actor.type == "PERSON" and (state := res.entry(o.actor)) is not None \
                        and not _heads_state(s.actor, o.actor, res):
                    # "Ugandan troops commanded by N", "N commands the Ugandan contingent": he leads the state's forces
                    # -- its government's arm, as "the Ugandan army" is read --, not the state (the head of state the
                    # gazetteer or a title names still leads it)
                    o = Ref(res.government(state), o.kind)
                    if _own_government(s.actor, o.actor, res):
                        continue
                yield Relation(
                    subject=s.actor, predicate=cand.predicate, object=o.actor, negated=negated,
                    date=date, former=former, designation=cand.designation,
                    modality=ctx.modality, attributed_to=ctx.attributed_to,
                    confidence=round(confidence, 3), rule=cand.rule, evidence=(evidence,),
                )


# Rules that read a sending of goods: its denial is of one kind of backing, narrower than the backing itself.
_SUPPLY_RULES = {"send-materiel"}
# Readings of a condemnation through the event condemned ("did not condemn its offensive"): narrower than one of the actor
_EVENT_AGENT_RULES = {"condemn:event-agent"}
# Readings of a designation undone ("removed X from its list"), not denied
_UNDOING_RULES = {"designation-reversed"}

# Standing roles, not events: a title's noun is no act that can be planned or foiled ("its commander, N, is
# wanted by the court": N commands it).
_ROLES = {"leads", "member_of", "affiliated_with", "located_in"}
# Predicates whose event noun, said never to have been held, denies the relation (relations._never_held)
_HELD_EVENTS = {"negotiates_with"}

# What a leader does in office, the body he leads does ("Putin imposed sanctions on Turkey").
_OFFICIAL_ACTS = {"affiliated_with", "sanctions", "opposes", "attacks", "supports", "designates", "captures", "withdraws_from",
                  "allied_with", "negotiates_with"}


_HEDGED_MODALITIES = frozenset(HEDGE_ADVERBS.values())


def _hedged_and_denied_together(stated: Relation, denied: Relation) -> bool:
    """Whether ``stated`` is only hedged ("reportedly", "allegedly"), by no named source, in sentences that also
    deny it: the sentence's own denial outweighs its hedge."""
    return stated.modality in _HEDGED_MODALITIES and stated.attributed_to is None \
        and {e.start for e in stated.evidence} <= {e.start for e in denied.evidence}


def _note_leaders(candidates: list[Candidate], res: Resolver) -> None:
    """Tell the resolver who leads which body, as the rules read it in text order, so that a later
    "his fighters" is that body's (a denied, hedged or former leadership says nothing)."""
    for cand in candidates:
        if cand.predicate != "leads" or cand.negated or cand.former:
            continue
        ctx = _context(cand.trigger, res) if cand.clausal else _Context()
        if ctx.negated or ctx.blocked or ctx.purpose or ctx.modality or ctx.former or ctx.ended:
            continue
        for person in (r.actor for r in cand.subjects if r.actor.type == "PERSON"):
            for body in (r.actor for r in cand.objects if r.actor.type in ("ARMED_GROUP", "ORGANIZATION")):
                res.note_leader(person, body)


# Acts on a place: where one names a place and the region the same sentence puts it in, the region is no target.
_SITE_ACTS = ("attacks", "captures", "withdraws_from")


#: Of NAME_KIND_NOUNS, the kinds of a body ("the Calarca faction": a part of a body) rather than of a place.
BODY_KIND_NOUNS = frozenset(NAME_KIND_NOUNS) & frozenset(OFFSHOOT_HEADS)
#: The most lower-case words of a kind phrase after a name ("thermal power plant", "medium - security prison").
_KIND_PHRASE_WORDS = 4


def _kind_after(doc: Doc, name: Token) -> str | None:
    """The lower-case kind phrase the (merged) name token ``name`` modifies ("the Kalven *crossing*", "the Bolan
    *pass*", "Kuje *medium-security prison*"), if it ends in a NAME_KIND_NOUNS word heading the name."""
    for end in range(name.i + 1, min(name.i + 1 + _KIND_PHRASE_WORDS, len(doc))):
        tok = doc[end]
        if not (tok.is_lower or tok.text == "-") or tok.ent_type_:
            return None
        if tok.lower_ in NAME_KIND_NOUNS and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound" \
                and name.i < name.head.i <= end:
            return doc[name.i + 1:end + 1].text
    return None


def _bare_name(name: str) -> str | None:
    """"Preah Vihear temple" -> "Preah Vihear": a name that ends in a lower-case kind is known without it too."""
    words = name.split()
    if len(words) < 2 or words[-1] not in NAME_KIND_NOUNS or words[-1] in FACILITY_NOUNS:
        return None  # ("Bunia airport" is no "Bunia": a site named after its town leaves the town its name)
    while words and words[-1].islower():
        words.pop()
    return " ".join(words) if words and words[0][:1].isupper() else None


def _names_with_their_kind(doc: Doc, res: Resolver) -> None:
    """Give a place or body named both with and without its kind ("the Kalven crossing" and "Kalven", "the Calarca
    faction" and "Calarca") both names: the tagger takes the bare name as the actor, while a reader (and another
    text) may name it with its kind; a person is never named so."""
    for i, named in list(res._named.items()):
        actor = res.actors.get(named.id, named)
        if actor.type == "PERSON":
            continue
        text = normalize_name(doc[i].text)
        kind = _kind_after(doc, doc[i])
        if kind and (kind.split()[-1] in BODY_KIND_NOUNS) != (actor.type != "LOCATION"):
            kind = None  # "the UNIFIL post" is a place of the force, "the Calarca faction" no place
        more = [f"{name} {kind}" for name in actor.names if kind and text.endswith(normalize_name(name))][:1]
        more += [bare for name in actor.names if (bare := _bare_name(name))]
        if more:
            res.actors[actor.id] = actor.with_aliases(more)


def _region_of_act_site(key: tuple, relations: dict[tuple, Relation]) -> bool:
    """Whether ``key`` is an act on a region read only from sentences that also state the act, by the same actor,
    on a place the sentence puts in that region ("A overran a base in X, in Y state": X located_in Y, A attacks X;
    so not A attacks Y). Not where another sentence states the act on the region itself."""
    subject, predicate, region, negated = key
    rel = relations[key]
    if predicate not in _SITE_ACTS or negated or rel.object.type != "LOCATION":
        return False
    inside = {(s, e.start) for (s, p, o, n), r in relations.items() if p == "located_in" and o == region and not n
              for e in r.evidence}
    # (a site the text names after its town, "the El Obeid army headquarters", stands for the town: the act is on
    # both, as attacks:noun-on-site-in-place reads it)
    acted = {(o, e.start) for (s, p, o, n), r in relations.items() if s == subject and p == predicate and not n
             and o != region and not _site_of_town(r.object) for e in r.evidence}
    return all(any((place, e.start) in acted for place, start in inside if start == e.start) for e in rel.evidence)


def _site_of_town(place: Actor) -> bool:
    """Whether a place is a site or quarter whose name ends in a facility noun ("X airport", "Y army headquarters")."""
    words = normalize_name(place.name).split()
    return bool(words) and words[-1] in FACILITY_NOUNS


def _later(date: str, than: str) -> bool:
    """Whether ISO date ``date`` (a year, a month or a day) falls after ``than``, at the coarser of the two."""
    size = min(len(date), len(than))
    return date[:size] > than[:size]


def _may_fire(rule, token: Token, res: Resolver) -> bool:
    guard = GUARDS.get(rule)
    return guard is None or guard(token, res)


def _acting_for(ref: Ref, predicate: str, res: Resolver) -> Ref:
    if ref.actor.type == "PERSON" and predicate in _OFFICIAL_ACTS:
        body = res.led_by(ref.actor)
        if body is not None:
            return Ref(body, ref.kind)
    return ref


# What a leader orders or launches in office is his own act as well as his body's ("President N launched the
# offensive against X": N and his state attack X); other acts in office are the body's alone.
_PERSONAL_ACTS = {"attacks", "designates"}
# Refusals a leader states are his own as well as his body's (a held negotiation stays the body's).
_PERSONAL_REFUSALS = {"negotiates_with"}
# Ties a person is said not to have are his own: "its founder, N, who had no ties with X" says nothing of
# whether the body he leads has ties with X.
_PERSONAL_DENIALS = {"affiliated_with"}


def _named_agent_with_person(trigger: Token, s: Ref, o: Ref, res: Resolver) -> bool:
    """Whether one end of a dealing is a named person and the other a body named in the phrase of its agents
    ("IGAD officials held talks with President N", "Qatari mediators met N", "AU envoys spoke with N"): the
    body's officials, envoys or delegation deal with the person for it, as the body itself would."""
    person, body = (s, o) if s.actor.type == "PERSON" else (o, s)
    if person.kind != "name" or body.kind not in ("head", "anaphor"):
        return False
    agents = AGENT_NOUNS | DELEGATION_NOUNS | ENVOY_NOUNS
    for tok in trigger.sent:
        if tok.lower_ not in agents or tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
            continue
        if not any(r.actor.id == body.actor.id for r in res.refs(tok, ACTOR)):
            continue
        owners = [c for c in children_of(tok) if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i]
        owners += [p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("of", "from")
                   for p in children_of(c) if p.dep_ == "pobj"]
        if body.kind == "head" and any(res.named(c) is not None or c.ent_type_ == "NORP" for c in owners):
            return True
        if _owned_agents(tok, owners, person, body, res):
            return True
    return False


def _pronoun_person_with_named_body(trigger: Token, s: Ref, o: Ref) -> bool:
    """Whether a dealing is between a body named in it and a person its clause's subject "he" or "she" refers to
    ("He will not negotiate with the rebels"): a person pronoun resolves to one person, as a name would."""
    return s.actor.type == "PERSON" and s.kind == "anaphor" and o.kind == "name" and any(
        t.lower_ in PERSON_SUBJECT_PRONOUNS for t in clause_subjects(trigger))


def _titled_person_with_named_body(trigger: Token, s: Ref, o: Ref, res: Resolver) -> bool:
    """Whether a dealing is between a body named in it and the one person its clause's subject, a bare title,
    refers to ("Hans Grundberg, the UN envoy, ... The envoy held talks with the Houthis", "General N ... The general
    met the rebels"): a title the resolver gives one person only (two so titled give no one) is as firm as "he"."""
    return s.actor.type == "PERSON" and s.kind == "anaphor" and o.kind == "name" and any(
        t.pos_ == "NOUN" and _title_phrase(t) is not None and [r.actor.id for r in res.refs(t, ACTOR)] == [s.actor.id]
        for t in clause_subjects(trigger))


def _person_possessor_with_named_body(trigger: Token, s: Ref, o: Ref, res: Resolver) -> bool:
    """Whether a dealing is between a body named in it and the one person a possessive pronoun on the trigger's
    object (or on a noun trigger) refers to ("Moscow brushed aside his offers of talks"): a person pronoun resolves
    to one person, as a name would (noun36; as ``_pronoun_person_with_named_body`` reads "he")."""
    person, body = (s, o) if s.actor.type == "PERSON" else (o, s)
    if person.actor.type != "PERSON" or person.kind != "anaphor" or body.kind != "name":
        return False
    owned = [trigger] if trigger.pos_ == "NOUN" else [c for c in children_of(trigger) if c.dep_ == "dobj"]
    return any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES
               and [r.actor.id for r in res.refs(c, ACTOR)] == [person.actor.id]
               for t in owned for c in children_of(t))


def _speaking_body_with_person(trigger: Token, s: Ref, o: Ref, res: Resolver) -> bool:
    """Whether a dealing is between a body that says it of itself -- its clause's subject pronoun is bound to the
    named subject of the verb of saying ("The GNA says it will not negotiate with N / with him") -- and a person
    named or referred to ("him"): the body's own word, as firm as its name."""
    body, person = (s, o) if o.actor.type == "PERSON" else (o, s)
    if body.actor.type == "PERSON" or body.kind != "anaphor" or person.kind not in ("name", "anaphor"):
        return False
    subjects = [t for t in clause_subjects(trigger) if t.pos_ == "PRON" and t.lower_ not in PERSON_SUBJECT_PRONOUNS]
    return len(subjects) == 1 and (named := res.named_speaker(subjects[0])) is not None and named.id == body.actor.id


def _leader_refusing_described_body(trigger: Token, s: Ref, o: Ref, res: Resolver, negated: bool) -> bool:
    """ref47b: whether a refused or denied dealing is between a leader in office, its subject -- named, or "he" /
    "she" -- and a body the clause gives by a description ("President N rejected any negotiations with the
    insurgents", "He has refused to negotiate with the militants"): a leader's refusal is his own stance as well as his state's
    (``_PERSONAL_REFUSALS``), whichever way the text calls the other party. Only a denied dealing; only a person
    the text or the gazetteer shows leading a body (the one :func:`_acting_ends` gives with him); only an armed
    group called by a plural for rebels (words.jsonl rebel_description_plurals)."""
    if not negated or s.actor.type != "PERSON" or o.actor.type != "ARMED_GROUP" or o.kind != "anaphor" \
            or res.led_by(s.actor) is None:
        return False
    # (the description a plural for rebels, the one armed group it is read as: "the group" or "its envoys" may be
    # another body named before, or his own)
    if not any(t.lower_ in REBEL_DESCRIPTION_PLURALS and t.tag_ == "NNS" and t.dep_ in ("pobj", "dobj")
               and [r.actor.id for r in res.refs(t, ACTOR)] == [o.actor.id] for t in trigger.sent):
        return False
    if s.kind == "name":
        return True
    return s.kind == "anaphor" and any(t.lower_ in PERSON_SUBJECT_PRONOUNS for t in clause_subjects(trigger))


def _owned_agents(tok: Token, owners: list[Token], person: Ref, body: Ref, res: Resolver) -> bool:
    """Whether ``tok`` names the envoys of ``body`` by an owner that is no name: "government negotiators", "its
    envoys" (not the person's own body's or own government's)."""
    return tok.lower_ in ENVOY_NOUNS and tok.tag_ == "NNS" and not _own_body(person.actor, body.actor, res) and any(
        _owning_government(c, body.actor, person.actor, res) or _owning_pronoun(c, tok, body.actor, person.actor, res)
        for c in owners)


def _meets_owned_agents(cand: Candidate, person: Ref, o: Ref, res: Resolver) -> bool:
    """"N has met its envoys", "N refused to sit down with government negotiators": the person himself deals
    with the body whose envoys he meets (the text tells his own act, not his body's)."""
    if cand.predicate != "negotiates_with" or person.actor.type != "PERSON" or person.kind != "name" \
            or o.actor.type == "PERSON":
        return False
    for tok in cand.trigger.sent:
        if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "pobj", "conj") \
                or not any(r.actor.id == o.actor.id for r in res.refs(tok, ACTOR)):
            continue
        owners = [c for c in children_of(tok) if c.dep_ in ("compound", "poss") and c.i < tok.i]
        if _owned_agents(tok, owners, person, o, res):
            return True
    return False


def _own_body(person: Actor, body: Actor, res: Resolver) -> bool:
    """Whether ``body`` is the one the person leads (the text or the gazetteer says so), or his own state's
    government: its envoys are his own people, no party he deals with."""
    led = res.led_by(person)
    known = res.body_of(person)
    return (led is not None and led.id == body.id) or (known is not None and res.state_actor(known).id == body.id)


def _owning_government(owner: Token, body: Actor, person: Actor, res: Resolver) -> bool:
    """"met government negotiators", "senior Government officials": a government's envoys, where the government
    is one the resolver reads ("the government" of the text's state) and the person is known to act for another
    body (one he leads, as the text or the gazetteer says): a minister, or anyone the text does not place, who
    meets "government officials" may be meeting his own government's people."""
    if owner.dep_ != "compound" or owner.lower_ not in GOVERNMENT_NOUNS or body.type != "GOVERNMENT":
        return False
    return _non_state_principal(person, res)


def _non_state_principal(person: Actor, res: Resolver) -> bool:
    """Whether the person leads a body that is no state and no government (the text or the gazetteer says so)."""
    led = res.led_by(person)
    if led is None and (known := res.body_of(person)) is not None:
        led = res.state_actor(known)
    return led is not None and led.type not in ("STATE", "GOVERNMENT")


def _owning_pronoun(owner: Token, agents: Token, body: Actor, person: Actor, res: Resolver) -> bool:
    """"met its envoys", "talks with their negotiators": the envoys of the one body the possessive continues (a
    government's or a state's only where the person is known to act for another body)."""
    return owner.dep_ == "poss" and owner.lower_ in BODY_POSSESSIVES and body.type not in ("PERSON", "LOCATION") \
        and [r.actor.id for r in res.refs(owner, ACTOR)] == [body.id] \
        and (body.type not in ("STATE", "GOVERNMENT") or _non_state_principal(person, res))


def _acting_ends(ref: Ref, predicate: str, res: Resolver, negated: bool = False) -> list[Ref]:
    """The subjects a person's act in office gives: the body he leads, and, for a personal act, the person too
    -- a refusal to deal with someone ("President N said he would not negotiate with X") is his own stance as
    well as his state's."""
    if negated and predicate in _PERSONAL_DENIALS:
        return [ref]
    body = _acting_for(ref, predicate, res)
    personal = predicate in _PERSONAL_ACTS or (negated and predicate in _PERSONAL_REFUSALS)
    return [body, ref] if body is not ref and personal else [body]


def _own_force(trigger: Token, ref: Ref, res: Resolver) -> Ref:
    """"N rebuilt his army with help from Q": the help went to the force N leads -- the body "his army" is --
    not to N himself (only where the text has said which body N leads)."""
    body = res.led_by(ref.actor) if ref.actor.type == "PERSON" else None
    if body is None or body.type in ("STATE", "PERSON", "LOCATION"):
        return ref
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ in FORCE_NOUNS | GROUP_NOUNS):
        owner = next((c for c in children_of(obj) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and any(r.actor.id == ref.actor.id for r in res.refs(owner, ACTOR)):
            return Ref(res.actors.get(body.id, body), ref.kind)
    return ref


def valid_ends(predicate: str, s: Actor, o: Actor) -> bool:
    """Whether ``s`` and ``o`` may be the ends of ``predicate`` (the ontology's domain and range)."""
    if s.id == o.id or {DISTRIBUTIVE_ACTOR.id, PARTIES_ACTOR.id} & {s.id, o.id} or _same_person(s, o):
        return False
    if predicate == "leads":
        return s.type == "PERSON" and o.type not in ("PERSON", "LOCATION")
    if predicate == "located_in":
        return s.type == "LOCATION" and o.type in _PLACES
    if predicate == "captures":
        return s.type not in PLACE_TYPES and o.type in _PLACES
    if predicate == "withdraws_from":  # a person fleeing is not a force withdrawing
        return s.type not in PLACE_TYPES | {"PERSON"} and o.type in _PLACES
    if predicate == "attacks":
        return s.type not in PLACE_TYPES
    if predicate == "member_of":  # no state is a member of another state
        return s.type not in PLACE_TYPES and o.type not in PLACE_TYPES | {"PERSON"} and (s.type, o.type) != ("STATE", "STATE")
    return s.type not in PLACE_TYPES and o.type not in PLACE_TYPES


def _heads_state(person: Actor, state: Actor, res: Resolver) -> bool:
    """Whether the gazetteer, or a title in this text, makes ``person`` the head of ``state``."""
    if res.led_by(person) is not None and res.led_by(person).id == state.id:
        return True
    known = res.entry(person)
    home = res.gazetteer.lookup(known.state) if known is not None and known.state else None
    return home is not None and res.entry(state) == home


def _apart(place: Actor, container: Actor, res: Resolver) -> bool:
    """Whether the gazetteer puts two places below the state in different states (Kigali in Rwanda, Kampala in
    Uganda): neither holds the other. (A text that puts a town in a state is believed: "Beni in western Nepal" is
    not the gazetteer's Beni in Congo.)"""
    known, outer = res.entry(place), res.entry(container)
    return known is not None and outer is not None and bool(known.state) and bool(outer.state) \
        and outer.type != "STATE" and outer.state != known.state


def _own_government(s: Actor, o: Actor, res: Resolver) -> bool:
    """Whether one end is a state and the other that state's own government: one side, never two ends of a
    relation ("Government of X attacks X" is an anaphor resolved to the wrong state, not a fact)."""
    for state, gov in ((s, o), (o, s)):
        if state.type == "STATE" and gov.type == "GOVERNMENT":
            entry = res.entry(state)
            if entry is not None and res.gazetteer.government_of(entry).actor().id == gov.id:
                return True
    return False


def _same_person(s: Actor, o: Actor) -> bool:
    """"François Bozizé" and a "Bozizé" the resolver left apart (even typed otherwise): one man, not two ends
    of a relation."""
    (a, _), (b, long_type) = sorted(((s.name.split(), s.type), (o.name.split(), o.type)), key=lambda x: len(x[0]))
    return long_type == "PERSON" and len(a) == 1 < len(b) and a[0] == b[-1]


def _expand(refs: list[Ref], sides: tuple[Ref, Ref] | None) -> list[Ref]:
    out: list[Ref] = []
    for ref in refs:
        if ref.kind in ("distributive", "parties"):
            out.extend(sides or ())
        else:
            out.append(ref)
    return out


def _conflict_sides(candidates: list[Candidate], res: Resolver, predicate: str = "opposes",
                    until: int | None = None, only: bool = False, without: set[str] = frozenset(),
                    sent=None) -> tuple[Ref, Ref] | None:
    """The two sides of the conflict the article describes: its most stated opposition (or negotiation),
    as stated before token ``until``; with ``only``, the one pair so stated, or None where there are several; none
    with a side in ``without`` (``_side_key``)."""
    pairs: Counter[tuple[str, str]] = Counter()
    refs: dict[str, Ref] = {}
    for cand in candidates:
        if cand.predicate != predicate or cand.negated or any(r.kind == "parties" for r in cand.objects):
            continue
        if until is not None and cand.trigger.i >= until:
            continue
        for s in (_acting_for(r, predicate, res) for r in cand.subjects):
            for o in (_acting_for(r, predicate, res) for r in cand.objects):
                if s.kind in ("distributive", "parties") or o.kind in ("distributive", "parties") or s.actor.id == o.actor.id \
                        or "LOCATION" in (s.actor.type, o.actor.type):
                    continue  # (an attack on a place sets no side against its attacker)
                if without and (_side_key(s.actor, res) in without or _side_key(o.actor, res) in without):
                    continue
                pairs[tuple(sorted((s.actor.id, o.actor.id)))] += 1
                refs[s.actor.id], refs[o.actor.id] = s, o
    if not pairs or (only and len(pairs) > 1):
        return None
    # of pairs stated as often, the one the article's own state stands in (a rebellion against it, over a foreign
    # force the rebels fought once too); Counter keeps the order pairs were first stated in
    top = max(pairs.values())
    tied = [p for p, n in pairs.items() if n == top]
    told: list[tuple[str, str]] = []
    if len(tied) > 1 and sent is not None:
        # "... accused both sides of killing civilians, which the government denies": of pairs stated as often, the
        # one pair an end of which the sentence itself refers to (not the most named state, maybe a neighbour)
        near = _sentence_sides(sent, res)
        told = [p for p in tied if {_side_key(refs[x].actor, res) for x in p} & near]
        if len(told) == 1:
            tied = told
    if predicate != "negotiates_with" and not told and _rival_pairs(tied, refs, res):
        # "A fought B, and C fought D. E hosted talks between both sides": either war's two -- no one (talks' pairs
        # hold their go-betweens, each a pair of its own with one party: no rival to the talks' own two). Where the
        # sentence names an end of each ("X said it takes no side in Sudan's war"), the article's own state decides.
        return None
    a, b = next((p for p in tied if any(_of_state(refs[x].actor, res) for x in p)), tied[0])
    return refs[a], refs[b]


def _rival_pairs(pairs: list[tuple[str, str]], refs: dict[str, Ref], res: Resolver) -> bool:
    """Whether two of ``pairs`` (each stated as often) share no side: "A fought B; C fought D" are two wars, and
    "both sides" may be either's. Pairs that share a side ("rebels fought the army, and a foreign force") are one war."""
    keys = [{_side_key(refs[x].actor, res) for x in p} for p in pairs]
    return any(not (keys[i] & keys[j]) for i in range(len(keys)) for j in range(i + 1, len(keys)))


def _talks_partners(trigger: Token, res: Resolver) -> set[str]:
    """The sides (by ``_side_key``) the talks a go-between's phrase hangs on are said to be held "with":
    "Talks with the ELN resume under the facilitation of Cuba" gives the ELN's. The talks are a noun above the
    trigger, or the subject of the first verb above it."""
    talks: list[Token] = []
    for tok in trigger.ancestors:
        if tok.pos_ == "VERB":
            talks.extend(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
            break
        if tok.pos_ == "NOUN":
            talks.append(tok)
    found: set[str] = set()
    for noun in talks:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found.update(_side_key(r.actor, res) for r in res.refs(obj)
                                     if r.kind not in ("distributive", "parties") and r.actor.type != "LOCATION")
    return found


def _sides_hold_partner(trigger: Token, sides: tuple[Ref, Ref], res: Resolver) -> bool:
    """Whether the pair found for a go-between's "parties" holds the partner its talks are said to be held with,
    if any: after "A held talks with B", "Talks with C continue under the mediation of D" are no talks of A and B."""
    partners = _talks_partners(trigger, res)
    return not partners or bool(partners & {_side_key(r.actor, res) for r in sides})


# The go-betweens of a definite deal the clause gives no parties ("Algeria brokered the ceasefire"), read as the
# conflict's two sides' only where no talks were told before and the deal carries no date of its own: other records'
# definite talks ("C chairs the talks") take up the talks told, as "the parties" does.
_UNTOLD_DEAL_RULES = frozenset({"side57:brokered-the-deal", "side57:the-deal-brokered-by"})


def _talks_told_before(cand: Candidate, candidates: list[Candidate]) -> bool:
    """Whether talks or a deal (not denied) are told before ``cand``'s sentence: "A and B held talks. C and D signed a
    deal. E brokered the ceasefire" -- a definite deal is one of those told (``discourse._brokered`` reads it, or leaves
    it open where either pair's), not the conflict's sides'."""
    return any(other.predicate == "negotiates_with" and not other.negated and other.trigger.i < cand.trigger.sent.start
               and not any(r.kind in ("distributive", "parties") for r in (*other.subjects, *other.objects))
               for other in candidates)


def _dated_deal(trigger: Token) -> bool:
    """Whether a deal noun carries its date ("the 2015 accord", "the March truce"): a deal of its own time."""
    return any(c.ent_type_ == "DATE" or c.dep_ == "nummod" for c in children_of(trigger))


def _sentence_sides(sent, res: Resolver) -> set[str]:
    """The sides (by ``_side_key``) the nouns of a sentence refer to, by name or by reference ("the government")."""
    found: set[str] = set()
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue  # (any dependency: "accusations the government rejects" is parsed as a compound)
        actors = [r.actor for r in res.refs(tok) if r.kind not in ("distributive", "parties")]
        if not actors and tok.lower_ in GOVERNMENT_NOUNS and (government := res.bare_government(tok)) is not None:
            actors = [government]
        found.update(_side_key(a, res) for a in actors if a.type != "LOCATION")
    return found


# How far back (in sentences) the opposition that gives "the parties" to an unnamed deal may lie.
_SIDES_WINDOW = 6
_SIDES_NEAR = 2  # ... if the text told it only once


def _only_sides(cand: Candidate, candidates: list[Candidate], res: Resolver) -> tuple[Ref, Ref] | None:
    """The two sides of the conflict told up to the end of ``cand``'s sentence, if every opposition stated so far sets the
    same two against each other (a state and its government are one side), the text told it lately (more than
    once in the sentence of ``cand`` or the six before, or once in the two before) and ``cand``'s sentence names
    no third body beside its own ends; else None: with three or more sides, "the parties" to a deal could be any two of them, a hostility told long
    before may be another war than the one the deal ends, and a third body named with the deal may be a party."""
    until = cand.trigger.sent.end
    pair: frozenset[str] | None = None
    refs: dict[str, Ref] = {}
    last = -1  # the sentence of the last opposition told
    told = 0  # how many oppositions told it
    for other in candidates:
        if other.predicate != "opposes" or other.negated or other.trigger.i >= until:
            continue
        for s in (_acting_for(r, "opposes", res) for r in other.subjects):
            for o in (_acting_for(r, "opposes", res) for r in other.objects):
                if s.kind in ("distributive", "parties") or o.kind in ("distributive", "parties") \
                        or "LOCATION" in (s.actor.type, o.actor.type):
                    continue
                keys = frozenset((_side_key(s.actor, res), _side_key(o.actor, res)))
                if len(keys) != 2 or (pair is not None and keys != pair):
                    return None
                pair = keys
                told += 1
                last = max(last, other.trigger.sent.start)
                refs.setdefault(_side_key(s.actor, res), s)
                refs.setdefault(_side_key(o.actor, res), o)
    gap = _sentences_between(res.doc, last, until - 1) if pair is not None else None
    if gap is None or gap > _SIDES_WINDOW or (told < 2 and gap > _SIDES_NEAR):
        return None
    own = {r.actor.id for r in cand.subjects}
    if set(_named_parties(cand.trigger.sent, until, own, res)) - pair:
        return None
    a, b = sorted(pair)
    return refs[a], refs[b]


def _sentences_between(doc: Doc, start: int, end: int) -> int:
    """How many sentences after the one that begins at token ``start`` the token ``end`` lies."""
    return sum(1 for sent in doc[start:end + 1].sents) - 1


def _local_sides(cand: Candidate, sides: tuple[Ref, Ref], candidates: list[Candidate], res: Resolver) -> tuple[Ref, Ref] | None:
    """"X's envoy met Y's, and the two sides agreed": a pair the sentence names before the trigger (other than the
    candidate's own ends) -- or, where it names fewer than two, a pair the sentence before it names -- is what "the two sides" means, if
    the text has set them against each other; else the article's sides are not meant either: no one."""
    own = {r.actor.id for r in (*cand.subjects, *cand.objects)} | _deal_makers(cand.trigger, res)
    local = _named_parties(cand.trigger.sent, cand.trigger.i, own, res)
    sent = cand.trigger.sent
    if len(local) < 2 and sent.start > 0:
        # (one body named before the trigger is no pair: "Delegations of A and B met. C's minister, who chairs the
        # talks, said both sides agreed": a pair the sentence before names, set against each other, is meant)
        # (the one it names, a go-between, may be named there too, as the venue's state: not one of the pair)
        before = _named_parties(res.doc[sent.start - 1].sent, sent.start, own, res)
        if not local:
            local = before
        elif len(pair := {k: a for k, a in before.items() if k not in local}) == 2:
            local = pair
    keys = {_side_key(r.actor, res) for r in sides}
    if len(local) != 2 or {_side_key(a, res) for a in local.values()} == keys:
        return sides
    a, b = (_side_key(x, res) for x in local.values())
    for other in candidates:
        if other.predicate not in ("opposes", "attacks") or other.negated or other.trigger.i >= sent.end:
            continue
        ends = [{_side_key(r.actor, res) for r in other.subjects}, {_side_key(r.actor, res) for r in other.objects}]
        if (a in ends[0] and b in ends[1]) or (b in ends[0] and a in ends[1]):
            return tuple(Ref(x, "anaphor") for x in local.values())
    return None


def _deal_makers(trigger: Token, res: Resolver) -> set[str]:
    """The ids of the bodies named as the subject of the verb that makes or hosts a deal "between" others:
    in "Ghana and Togo hosted (a round of) negotiations between the two sides", Ghana's and Togo's -- go-betweens,
    never the pair "the two sides" means. Empty where the deal noun takes no "between"."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "prep" and c.lower_ == "between" for c in children_of(trigger)):
        return set()
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
        head = head.head.head  # "hosted three rounds of negotiations between ..."
    elif trigger.dep_ == "dobj":
        head = trigger.head
    else:
        return set()
    makers: set[str] = set()
    for subj in children_of(head):
        if subj.dep_ in ("nsubj", "nsubjpass"):
            span = res.doc[subj.left_edge.i:subj.right_edge.i + 1]
            makers.update(a.id for a in _named_parties(span, span.end, set(), res).values())
    return makers


def _own_sides(cand: Candidate, sides: tuple[Ref, Ref], res: Resolver) -> set[str]:
    """The ``sides`` (by ``_side_key``) that an end of ``cand`` named outright (not "both sides" itself) is."""
    keys = {_side_key(r.actor, res) for r in sides}
    own = set()
    for ref in (*cand.subjects, *cand.objects):
        if ref.kind == "distributive":
            continue
        actor = ref.actor
        if actor.type == "PERSON":  # "President N has not taken sides": the state he serves
            state = res.state_of(actor)
            actor = res.state_actor(state) if state is not None else actor
        if _side_key(actor, res) in keys:
            own.add(_side_key(actor, res))
    return own


def _named_parties(sent, before: int, own: set[str], res: Resolver) -> dict[str, Actor]:
    """The bodies a sentence names before token ``before``: by name, by capital, or by a titled person's state
    ("President N of X met Y's minister")."""
    found: dict[str, Actor] = {}
    for tok in sent:
        actor = res.named(tok) if tok.i < before else None
        if actor is not None and actor.type == "PERSON":
            state = res.state_of(actor)
            actor = res.state_actor(state) if state is not None else None
        actor = res.as_actor(actor) if actor is not None else None
        if actor is not None and actor.type != "LOCATION" and actor.id not in own:
            found.setdefault(_side_key(actor, res), actor)
    return found


def _side_key(actor: Actor, res: Resolver) -> str:
    """A side as a state and its government are one: the state's name for either."""
    entry = res.entry(actor)
    return entry.state if actor.type == "GOVERNMENT" and entry is not None and entry.state else actor.name


def _of_state(actor: Actor, res: Resolver) -> bool:
    """Whether ``actor`` is the article's salient state or its government."""
    state = res.salient_state
    entry = res.entry(actor)
    return state is not None and entry is not None and state.name in (entry.name, entry.state)


class _Context:
    __slots__ = ("negated", "blocked", "purpose", "trip", "modality", "attributed_to", "former", "date", "ended", "refusers",
                 "flipped", "attempted", "ceased", "pending", "abstained", "lapsed", "presupposed")

    def __init__(self) -> None:
        self.negated = self.blocked = self.purpose = self.former = self.ended = False
        self.trip = False  # the purpose is a plain past trip's ("flew to X to meet Y": ``_reported_trip``)
        self.attempted = False  # the negation is a failed attempt's ("failed to", "was unable to")
        self.ceased = False  # the only negation is a cessation ("stopped shelling X", "no longer attacks Y")
        self.pending = False  # a negation of what has not come so far ("have not yet fought X", "has yet to engage Y")
        self.abstained = False  # a noun trigger's event denied through a verb of taking part ("not taking part in the fighting")
        self.lapsed = False  # a noun trigger is the subject of a verb that ends it ("X's support for Y dried up")
        self.presupposed = False  # a noun trigger's act read as presupposed by a verb ending it (relations._presupposed_act)
        self.refusers: tuple[int, ...] = ()  # the negating verbs read so far (two cancel out: left open)
        self.flipped = False  # negated by a verb's "not" / "never" or a negating verb, not by a word of the object
        self.modality: str | None = None
        self.attributed_to: str | None = None
        self.date: str | None = None


def _prospect_participle(tok: Token, prep: Token) -> bool:
    """Whether ``prep`` hangs on a participle ``tok`` that modifies a noun of prospect whose phrase it is ("an offer
    relayed by the elders | for a truce between A and B": the offer's "for", ``prospect_phrases``): the parser
    hung the noun's preposition on the participle between them, or on the verb whose object the noun is, past the
    participle set off by commas."""
    if tok.pos_ == "VERB" and prep.head == tok and any(d.dep_ == "dobj" and d.i < prep.i and f"{d.lemma_.lower()} {prep.lower_}" in PROSPECT_PHRASES
                   and any(a.dep_ == "acl" and a.tag_ == "VBN" and d.i < a.i < prep.i for a in children_of(d))
                   for d in children_of(tok)):
        return True  # ("turned down a proposal, carried by the elders, | for a truce": hung on the verb)
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and prep.i > tok.i \
        and f"{tok.head.lemma_.lower()} {prep.lower_}" in PROSPECT_PHRASES


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the words that govern it up to its clause's verb, through "to"-complements."""
    chain = [trigger]
    tok = trigger
    noun = _object_noun_before_misread_verb(trigger)
    if noun is not None:  # w51b: "refused to join the ceasefire talks with X": the talks are the joining's object
        chain.append(noun)
        tok = noun
    for _ in range(8):
        # A subject's clause says nothing of the subject's own relation ("the capture of X ended the siege").
        if tok.dep_ in ("ROOT", "nsubj", "nsubjpass", "csubj") or tok.head == tok:
            break
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" or _opening_wh_adverb(c, tok) for c in children_of(tok)):
            break  # "After Hezbollah retook X, the rebels withdrew": a clause of its own, whatever the tagger made its verb
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp",) and tok != trigger and not _charged(tok) \
                and not _refrained(tok) and not _negated_gerund_object(tok):
            break
        # (a participle a copula takes as its complement is that copula's clause: "A and B are not allied")
        if tok.pos_ in ("VERB", "AUX") and tok == trigger and tok.dep_ not in ("xcomp", "pcomp", "acomp") \
                and not _brokered_clause(tok) and not _negated_gerund_object(tok):
            break
        tok = tok.head
        chain.append(tok)
    return chain


def _object_noun_before_misread_verb(verb: Token) -> Token | None:
    """w51b: the object noun right before a plural noun the tagger read as a verb and the parser coordinated with
    its clause's verb with no conjunction or comma ("refused to join the peace talks with X", with "talks" a
    verb conjoined to "refused"): the noun pair is the object of the verb that governs that noun, whose
    negation, refusal or modality is the trigger's own. None where anything coordinates the two (a "cc" or
    punctuation between), or where the trigger has a subject of its own."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.tag_ != "VBZ" or verb.i == 0 or verb.head.i > verb.i:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "NOUN" or before.dep_ not in ("dobj", "pobj") or before.head.i >= before.i \
            or not any(c.dep_ in ("det", "poss") for c in children_of(before)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "neg") for c in children_of(verb)):
        return None
    if any(c.dep_ in ("cc", "punct") and before.i < c.i < verb.i for c in children_of(verb.head)):
        return None
    # (the noun lies within the conjunct head's own clause: "refused to join the ceasefire | talks")
    head = before.head
    for _ in range(6):
        if head == verb.head:
            return before
        if head.head == head:
            return None
        head = head.head
    return None


def _negated_gerund_object(verb: Token) -> bool:
    """Whether ``verb`` is a gerund right after a negating verb that the parser made an adverbial clause of it
    ("has ruled out | taking back X by force", "avoided | criticising Y"): the negating verb's object, whose act it
    denies, as when the parser reads it as a complement. Not a gerund with a subject or marker of its own, nor one
    after the verb's object or a comma ("stopped the convoy, shelling X": an act of its own)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ != "VERB" or not _negating(head) or verb.i < head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb)):
        return False
    between = verb.doc[head.i + 1:verb.i]
    return all(t.dep_ in ("prt", "advmod", "neg") and t.head == head for t in between)


def _opening_wh_adverb(child: Token, clause: Token) -> bool:
    """Whether ``child`` is the "when" or "where" opening the adverbial clause ``clause`` ("failed to defend it when
    Y retook X", with "retook" tagged a noun and X made the clause's head): the parser hangs it as an adverb, not a
    marker, yet the clause is as much one of its own, so the governing verb's negation does not reach it."""
    return child.dep_ == "advmod" and child.tag_ == "WRB" and child.i == clause.left_edge.i


def _brokered_clause(verb: Token) -> bool:
    """Whether ``verb`` is a broker verb's participle hung on its clause's verb ("A may hold talks with B, mediated
    by C", "A did not sign a truce with B, brokered by C"): the mediation is of the talks or deal the clause
    tells, so whether it took place is the clause's (its modal, its negation) (``broker_verbs``)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.lemma_.lower() in BROKER_VERBS \
        and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in children_of(verb))


def _charged(verb: Token) -> bool:
    """Whether ``verb`` is the gerund of a charge ("accusations of supplying drones to X"): what governs the charge
    ("rejected", "faces") says whether the act is stated, so a noun trigger's chain goes on through it."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and (
        prep.head.lemma_.lower() in ALLEGATION_NOUNS)


def _refrained(verb: Token) -> bool:
    """Whether ``verb`` is a gerund a negating verb governs through a preposition ("stopped short of imposing
    sanctions on X", "refrained from launching strikes on Y"): the act its object names was not done, so a noun
    trigger's chain goes on through it to the negating verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ in ADVERBIAL_GERUND_PREPS:
        return False  # ("after imposing sanctions on X, Y froze aid": an act of its own, not what "froze" negates)
    gov = prep.head.head if prep.head.lower_ in GERUND_BRIDGES else prep.head
    return gov.pos_ == "VERB" and _negating(gov)


def _denies_charge(verb: Token, noun: Token, prep: Token) -> bool:
    """Whether ``verb`` denies the charge ``noun`` whose "of" ``prep`` the chain came through ("dismissed
    allegations of supplying drones to X", "rebutted charges of shelling Y"): the act charged is denied."""
    return verb.lemma_ in DENYING_VERBS and noun.dep_ == "dobj" and noun.head == verb and prep.lower_ == "of" \
        and noun.lemma_.lower() in ALLEGATION_NOUNS


def _intent_infinitive_as_noun(trigger: Token) -> bool:
    """Whether a noun trigger is the object of a "to" that follows an intent noun, where the parser read the
    infinitive's verb as a noun ("Chile's offer to host talks between A and B": "to" a preposition, "host talks"
    a compound): the intent noun's to-infinitive, so what it names is not done."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "to" or prep.i == 0:
        return False
    before = trigger.doc[prep.i - 1]
    return before.pos_ == "NOUN" and before.lemma_.lower() in INTENT_NOUNS


def _reported_trip(verb: Token) -> bool:
    """Whether ``verb`` is a trip told as done, in a plain past ("flew to X", "had travelled to Y"; ``journey_verbs``)
    with no "not", modal or subject of a clause it is itself the aim of: its to-infinitive of talking or signing tells
    what the trip did, not a hope ("will fly to X to meet Y", "did not travel to Y to sign", "plans to go to Z to
    meet W" are left purposes)."""
    if verb.lemma_.lower() not in JOURNEY_VERBS or verb.pos_ != "VERB":
        return False
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))):
        return False
    if verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp", "csubj") and verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ in MODAL_AUX) for c in children_of(verb))


def _adverbial_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a bare to-infinitive the parser made an adverbial clause ("called on A to monitor X, and
    on B to impose sanctions on Y"; "deployed troops to enforce a blockade of Z"): a purpose or a request, whose
    light verb carries a noun's act no more than a verb's own to-infinitive would."""
    return _to_infinitive(verb) and (verb.dep_ == "advcl" or (
        verb.dep_ == "conj" and _to_infinitive(verb.head) and verb.head.dep_ in ("xcomp", "advcl")
        and verb.head.head.lemma_ in INTENT_VERBS))  # "calls on A to review X, and on B to impose sanctions on Y"


def _to_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a bare infinitive with its own "to"."""
    return verb.pos_ == "VERB" and verb.tag_ == "VB" and _infinitive(verb)


def _intent_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the "that"-clause of an intent noun ("its demand that the junta expel the Russian
    forces", "the proposal that both armies withdraw from X", "calls that Y be sanctioned"): what is demanded,
    proposed or promised is not done (``intent_nouns``, as for their to-infinitive)."""
    noun = verb.head
    return verb.dep_ in ("acl", "ccomp", "relcl") and noun.pos_ == "NOUN" and noun.lemma_.lower() in INTENT_NOUNS \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb))


def _intended(verb: Token) -> bool:
    """Whether ``verb`` is the to-infinitive or the "of" gerund of an intent noun ("plans to impose", "no
    intention of sending"): what it names is not done."""
    if verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        noun = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        noun = verb.head.head
    else:
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in INTENT_NOUNS


def _phrasal(tok: Token) -> str:
    """A verb's lemma with its particle ("rule out", "call off"): the pair can mean what neither word does."""
    particle = next((c.lower_ for c in children_of(tok) if c.dep_ == "prt"), None)
    return f"{tok.lemma_} {particle}" if particle else tok.lemma_


def _negating(tok: Token) -> bool:
    # (an adverb can make the verb negating too: "has *yet* to condemn X", written "have yet")
    return tok.lemma_ in NEGATING_VERBS or _phrasal(tok) in NEGATING_VERBS or any(
        c.dep_ == "advmod" and f"{tok.lemma_} {c.lower_}" in NEGATING_VERBS for c in children_of(tok))


def _taking_part(tok: Token) -> bool:
    """Whether a verb says its subject takes part in an event ("join", "take part", "is involved in")."""
    return tok.pos_ == "VERB" and (tok.lemma_ in PARTICIPATION_VERBS or any(
        c.dep_ == "dobj" and f"{tok.lemma_} {c.lower_}" in PARTICIPATION_VERBS for c in children_of(tok)))


def _role_denied(verb: Token, prep: Token) -> bool:
    """Whether ``verb``'s object is a role noun with "no" whose event phrase ``prep`` the parser hung on the verb
    ("X took no part | in the assault on Y", "played no role | in the raid"): the verb's own negation, which the
    object's determiner cannot reach through the chain."""
    return prep.dep_ == "prep" and prep.head == verb and any(
        c.dep_ == "dobj" and prep.lower_ in PARTICIPATION_NOUNS.get(c.lemma_.lower(), ())
        and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)) for c in children_of(verb))


def _held_part(tok: Token, below: Token | None) -> bool:
    """evt59: whether ``tok`` is a role noun that the event's phrase ``below`` hangs on, held as the object of a verb
    of holding a part ("had no part | in the attack", "has no role | in the talks"): its "no" denies the part, as
    a light verb's negation would (``part_holding_verbs``; :func:`_role_denied` reads the phrase hung on the verb)."""
    return below is not None and below.dep_ == "prep" and below.head == tok and tok.dep_ == "dobj" \
        and below.lower_ in PARTICIPATION_NOUNS.get(tok.lemma_.lower(), ()) \
        and tok.head.lemma_.lower() in PART_HOLDING_VERBS


def _pending(tok: Token) -> bool:
    """Whether a negated verb says its act has not come so far ("have not yet fought X", "has yet to engage Y")."""
    return any(c.dep_ == "advmod" and c.lower_ in PENDING_ADVERBS for c in children_of(tok))


def _ended_antecedent(trigger: Token) -> bool:
    """Whether a relative clause's trigger tells a state of affairs its noun's verb has ended ("lifted the sanctions
    it had imposed on X", "ended the support it gave Y"): it held once, and holds no more."""
    noun = trigger.head
    return trigger.dep_ == "relcl" and noun.dep_ in ("dobj", "nsubjpass") and _ending(noun.head)


_GUESSED_STATE_RULES = frozenset({"title:paragraph", "title:home", "title:salient"})


def _guessed_state_head(rel: Relation, relations: dict, res: Resolver) -> bool:
    """Whether ``rel`` has a person lead a state only by the guesses of ``_GUESSED_STATE_RULES`` while the text
    has him lead a named government other than that state's own (by the gazetteer), of the same state or of none
    the gazetteer knows (a body the tagger took for an organisation counts where a word of its name is one of
    ``government_nouns``)."""
    if rel.predicate != "leads" or rel.negated or rel.object.type != "STATE" or rel.subject.type != "PERSON" \
            or not rel.evidence or not all(e.rule in _GUESSED_STATE_RULES for e in rel.evidence):
        return False
    state = res.entry(rel.object)
    regular = res.gazetteer.government_of(state).id if state is not None else None
    for other in relations.values():
        if other.predicate != "leads" or other.negated or other.subject.id != rel.subject.id or other.object.id == regular \
                or not (other.object.type == "GOVERNMENT" or other.object.type == "ORGANIZATION" and any(
                    w in GOVERNMENT_NOUNS for w in other.object.name.lower().split())):
            continue  # (a government the tagger took for an organisation: "the Government of National Unity")
        entry = res.entry(other.object)
        if entry is None or entry.state == rel.object.name:
            return True
    return False


def _governed_state(actor: Actor, res: Resolver) -> Actor | None:
    """The state whose government ``actor`` is, where the resolver knows it as one -- or, for one the gazetteer does
    not know, where its name opens with a word of ``government_nouns`` and ends with the name of a state the text
    names ("the Government of Hallan", the tagger's organisation, and "the Republic of Hallan"); None elsewhere."""
    entry = res.entry(actor)
    if entry is None and actor.type in ("GOVERNMENT", "ORGANIZATION") and actor.name.split()[0].lower() in GOVERNMENT_NOUNS:
        states = {a.id: a for a in res.actors.values() if a.type == "STATE"
                  and any(actor.name.endswith(" " + n) for n in a.names)}
        return next(iter(states.values())) if len(states) == 1 else None
    state = res.gazetteer.governed_state(entry)
    return res.state_actor(state) if state is not None and state.type == "STATE" else None


def _rumour_denied_later(stated: Relation, denial: Relation) -> bool:
    """Whether ``stated`` is only what reports or rumours say (a claim noun's "reported" content: every evidence of
    it so read) and ``denial`` denies it in sentences after every one that reports it."""
    return stated.modality == "reported" and denial.modality is None \
        and min(e.start for e in denial.evidence) > max(e.start for e in stated.evidence)


def _definite_settlement(verb: Token) -> bool:
    """Whether what a settling verb settles is one agreement told before ("signed it", "has not signed the truce",
    "rejected its terms"), not any ("never signed a treaty", "has not agreed to a truce"). The partner after "with"
    is no settlement ("has not signed anything with the Houthis" denies any)."""
    things = [c for c in children_of(verb) if c.dep_ == "dobj"]
    things += [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ != "with"
               for p in children_of(c) if p.dep_ == "pobj"]
    return any((t.pos_ == "PRON" and set(t.morph.get("PronType")) & {"Prs", "Dem"})
               or any(d.dep_ == "poss" or d.morph.get("Definite") == ["Def"] or "Dem" in d.morph.get("PronType")
                      for d in children_of(t) if d.dep_ in ("det", "poss"))
               for t in things)


def _halted_talks(trigger: Token) -> bool:
    """Whether talks are themselves what a halting verb halts ("suspended its talks with X", "broke off its
    negotiations with Y", "talks with Z were paused"; TALK_HALTING_VERBS): they were held, as a truce ended was agreed
    (a former dealing). Not one's part in them ("suspended its participation in the talks with Z"), which says only
    that it no longer takes part, nor a halt itself denied ("did not suspend its talks")."""
    head = trigger.head
    return trigger.lower_ in TALK_NOUNS and trigger.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and (
        head.lemma_ in TALK_HALTING_VERBS or _phrasal(head) in TALK_HALTING_VERBS
        or _withheld(head, trigger)) and not any(  # ("put its talks with X on hold": a halt, as a pause is)
        c.dep_ == "neg" for c in children_of(head))


def _ending(tok: Token) -> bool:
    """An ending verb, alone or with its particle ("ended", "tore up")."""
    return tok.lemma_ in ENDING_VERBS or _phrasal(tok) in ENDING_VERBS


def _withheld(verb: Token, below: Token) -> bool:
    """Whether ``verb`` ends or holds back what ``below``, the word under it in a noun trigger's chain, names as its
    direct object ("pulled its funding for X", "withheld its support for Y", "paused arms deliveries to Z"), or as
    the object of a light verb's idiom ("pulled the plug on its aid to X", "put its backing for Y on hold").
    Only there: "pulled X into the war" or "pulled off a raid on Y" end nothing (WITHHOLDING_VERBS)."""
    if verb.pos_ != "VERB":
        return False
    if below.dep_ == "prep":  # (the parser may hang the idiom's "on" on the verb: "pulled the plug | on its aid")
        return any(c.dep_ == "dobj" and f"{verb.lemma_} {c.lemma_}" in WITHHOLDING_VERBS for c in children_of(verb))
    return below.dep_ == "dobj" and (
        _phrasal(verb) in WITHHOLDING_VERBS or f"{verb.lemma_} {below.lemma_}" in WITHHOLDING_VERBS or any(
            c.dep_ == "prep" and f"{verb.lemma_} {c.lower_} {g.lower_}" in WITHHOLDING_VERBS
            for c in children_of(verb) for g in children_of(c) if g.dep_ == "pobj"))


def _others_act(noun: Token, verb: Token, res: Resolver) -> bool:
    """Whether a noun trigger names its own agent ("EU sanctions", "Russia's offensive") and the refusing ``verb``'s
    subject is none of it ("Hungary refused to back a package of EU sanctions"): the refusal is the refuser's, and
    says nothing of the agent's act. Talks or a deal a noun phrase owns are another's whatever it resolves to
    ("B broke away from A, denouncing that movement's dealings with C": A's talks, not B's; ``owned_by_another``)."""
    talks = _talks_or_deal(noun)
    if talks and owned_by_another(noun):
        return True
    if talks and any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(noun)):
        # "Hamas rejected any talks between Fatah and Israel": a pair's talks, refused by someone not of the pair
        sides = {r.actor.id for r in _slot(noun, "prep:between", res, ACTOR)}
        return not sides & _subject_ids(verb, res)
    agents = {r.actor.id for slot in ("poss", "compound") for r in _slot(noun, slot, res, ACTOR) if r.actor.type != "LOCATION"}
    if not agents:
        return False
    subjects = _subject_ids(verb, res)
    return bool(subjects) and not subjects & agents


def _talks_or_deal(noun: Token) -> bool:
    """Whether ``noun`` names talks or a deal (``talk_nouns``, ``deal_nouns``)."""
    return noun.lower_ in TALK_NOUNS or noun.lower_ in DEAL_NOUNS


def _subject_ids(verb: Token, res: Resolver) -> set[str]:
    """The ids of the actors ``verb``'s clause subjects resolve to."""
    return {r.actor.id for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)}


def _owner_resolved_to_subject(noun: Token, verb: Token, res: Resolver) -> bool:
    """w56e: whether talks or a deal owned by a noun phrase ("that movement's talks with C", ``owned_by_another``)
    resolve to the actor that is the subject of ``verb``, the first verb over them ("B broke away from A, shunning
    that movement's talks with C"): in its own clause a subject's dealings are "its" talks, so a description
    owning them names another, and a resolution to the subject is a misreading, left unread."""
    if not _talks_or_deal(noun) or not owned_by_another(noun):
        return False
    owners = {r.actor.id for r in _slot(noun, "poss", res, ACTOR)}
    return bool(owners & _subject_ids(verb, res))


def _raising(verb: Token) -> bool:
    """Whether ``verb`` is a passive verb of report or belief whose infinitive says what is reported ("X is believed
    to arm Y": ``raising_verbs``): a report of the act (see ``_reported_speech``), not its purpose."""
    return verb.lemma_ in RAISING_VERBS and (any(c.dep_ == "auxpass" for c in children_of(verb)) or _reduced_raising(verb))


def _reduced_raising(verb: Token) -> bool:
    """Whether ``verb`` is a participle of report or belief set off after a noun, with its infinitive ("X, said to be
    backed by Y, ...", "X, believed to arm Y, ..."): the passive of report with its auxiliary left out (rel36)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c)) for c in children_of(verb))


def _taken_decision(verb: Token) -> bool:
    """list46: whether a to-infinitive tells what an owner's decision was ("welcomed X's decision to designate Y a
    terrorist group", "the decision of X to add Y to its list", ``taken_decision_nouns``): the act is done, as after
    "X decided to". Only with the owner named (by a possessive, "of" or "by": rules._named_owner), no "any" or "no"
    on the decision, and the decision not undone or still awaited by the verb it is the object of
    (``decision_undoing_verbs``: "reversing a decision by X to lift the label")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.lower_ not in TAKEN_DECISION_NOUNS or _named_owner(noun) is None:
        return False
    if any(c.dep_ in ("det", "neg") and c.lower_ in OPEN_DECISION_DETERMINERS for c in children_of(noun)):
        return False
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return not (governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in DECISION_UNDOING_VERBS)


def _realised(verb: Token) -> bool:
    """Whether a to-infinitive after a sending is done by the sending itself: help ("sent troops to help X",
    ``realised_purposes``) or fighting on someone's side ("to fight for X", ``realised_sides``)."""
    return verb.lemma_ in REALISED_PURPOSES or any(
        c.dep_ == "prep" and c.lower_ in REALISED_SIDES.get(verb.lemma_, ()) for c in children_of(verb))


def _refused(ctx: _Context, verb: Token) -> None:
    """A negating verb over the relation negates it; one itself denied ("has not ruled out talks", "did
    not refuse to meet", "no longer denies", "nobody denies that") or stacked on another ("refused to stop
    arming X", "denied it had ended its support": a double negation) leaves it open."""
    if verb.i in ctx.refusers:
        return
    if ctx.refusers or _voided(verb):
        ctx.blocked = True
    else:
        ctx.negated = ctx.flipped = True
    ctx.refusers = (*ctx.refusers, verb.i)


def _resumed(verb: Token) -> bool:
    """Whether the subject of an ending verb undoes it in the same sentence: a verb of resuming coordinated with it
    ("suspended aid to X in 2013 and restored it in 2015") or governing the clause it describes ("the US, which
    stopped selling jets to X, resumed the sales"), with no subject of its own other than a pronoun, taking back up
    what was stopped (a pronoun, goods, or a giving: `resumable_acts`)."""
    others = [c for c in children_of(verb) if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        others.append(verb.head)
    if verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        others.append(verb.head.head)
    return any(o.pos_ == "VERB" and o.lemma_ in RESUMING_VERBS and not any(c.dep_ == "neg" for c in children_of(o))
               and all(c.pos_ == "PRON" or c == verb.head for c in children_of(o) if c.dep_ in ("nsubj", "nsubjpass"))
               and any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lower_ in RESUMABLE_ACTS or c.lower_ in SUPPORT_GOODS)
                       for c in children_of(o))  # ("suspended aid to X and resumed talks with it": another act)
               for o in others)


def _unverified_next(claim: Token) -> bool:
    """Whether the sentence after a claim noun's (or a speech verb's) opens with that claim taken up again ("these reports", "the claims",
    "such allegations") as the subject of a verifying verb the text denies: "... notes reports that X arms Y. These
    reports have not been confirmed." -- "... claims that X shelled Y. The claims could not be verified." """
    doc, end = claim.doc, claim.sent.end
    if end >= len(doc):
        return False
    for tok in doc[end].sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in CLAIM_NOUNS and tok.head.pos_ == "VERB" \
                and tok.head.lemma_.lower() in VERIFYING_VERBS and _voided(tok.head) \
                and any(d.dep_ in ("det", "amod", "predet") and d.lower_ in TAKEN_UP_DETERMINERS for d in children_of(tok)):
            return True
    return False


def _talks_taken_up_after(verb: Token) -> bool:
    """Whether talks an ending verb ended are taken up again in the next two sentences: a verb of resuming, not
    denied, whose subject is a talk noun ("Talks were revived in Oslo in 2023", "negotiations resumed last year";
    RESUMING_VERBS, TALK_NOUNS). Then the ending is not the state of things, and the talks are left open."""
    end = verb.sent.end
    following = [s for s in doc_sents(verb.doc) if s.start >= end][:2]
    return any(t.lemma_.lower() in RESUMING_VERBS and t.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in children_of(t))
               and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in TALK_NOUNS for c in children_of(t))
               for s in following for t in s)


def _voided(verb: Token) -> bool:
    """Whether the text denies the verb itself: "not", "no longer", "neither ... nor" ("neither confirmed nor
    denied"), a subject that says no one does it ("nobody denies", "no country rejected", "few dispute"), or a
    negating verb over it ("stopped denying")."""
    if verb.dep_ == "xcomp" and _negating(verb.head):
        return True
    if _nor_negated(verb):
        return True
    for child in children_of(verb):
        if child.dep_ == "neg" or (child.lower_ in LAPSE_COMPARATIVES and any(g.lower_ == "no" for g in children_of(child))):
            return True
        if _negative_phrase(child):  # "at no point did X say that ..." (neg36)
            return True
        # ("few" may come as the subject's adjective, "few analysts doubt", or, with no noun, as the verb's: "few doubt")
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in NEGATIVE_QUANTIFIERS or any(
                d.dep_ in ("det", "amod") and d.lower_ in NEGATIVE_QUANTIFIERS for d in children_of(child))):
            return True
        if child.dep_ == "amod" and child.i < verb.i and child.lower_ in NEGATIVE_QUANTIFIERS and verb.pos_ == "VERB":
            return True
    return False


def _subject_denied(verb: Token) -> bool:
    """Whether a verb's subject says none of it does what the verb says ("no Kenyan troops took part", "none of its
    fighters attacked Y"). Not a verb of denial or refusal, whose such subject voids the denial instead
    ("no country rejected the claims": ``_voided``)."""
    if _negating(verb) or verb.lemma_ in DENYING_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in DENYING_SUBJECT_WORDS or any(
        d.dep_ == "det" and d.lower_ in DENYING_SUBJECT_WORDS for d in children_of(c))) for c in children_of(verb))


def _nor_negated(verb: Token) -> bool:
    """Whether a verb is denied by "neither ... nor" or "nor": both verbs of "neither backs nor opposes X", the
    verb after "nor" in "did not shell A, nor did it bomb B" (the parser hangs "nor" on the first verb); and the
    nouns a copula or a light verb coordinates so ("is neither an ally nor an enemy of Y", "carried out neither the
    raid on X nor ...": both denied). Not the nouns of other verbs ("neither the raid nor the siege succeeded",
    "condemned neither the raid nor ...": the acts happened)."""
    if verb.pos_ not in ("VERB", "AUX") and not (verb.pos_ == "NOUN" and _predicated(verb)):
        return False
    if any(c.dep_ == "preconj" and c.lower_ in NOR_WORDS for c in children_of(verb)):
        return True
    if verb.dep_ == "conj":
        head = verb.head
        return any(c.dep_ == "cc" and c.lower_ in NOR_WORDS and head.i < c.i < verb.i for c in (*children_of(head), *children_of(verb)))
    # "Nor has Minsk ever criticised X", "Nor did Y arm Z": a sentence opened by "nor", its subject after the
    # auxiliary, denies its verb as the coordinated one does
    subjects = [c.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and any(c.dep_ == "cc" and c.lower_ in NOR_WORDS and c.i < min(subjects) and (
        c.i == c.sent.start) for c in children_of(verb))


def _predicated(noun: Token) -> bool:
    """Whether a noun (or the first of its conjuncts) is what a copula says its subject is ("is an ally of Y") or
    what a light verb's clause is about ("carried out the raid", "the raid was carried out")."""
    first = noun.head if noun.dep_ == "conj" else noun
    return first.dep_ == "attr" or first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_ in _LIGHT_VERBS


# The last resolver's contexts, by trigger: a trigger's context is asked for by every candidate it has, by
# the leaders' pass and by the event anaphors, and reads nothing that changes once the resolver is made
# (its actors' names through memoised references). The _Context objects are never changed once read.
_CONTEXTS: list = [None, {}]


def _context(trigger: Token, res: Resolver) -> _Context:
    if _CONTEXTS[0] is not res:
        _CONTEXTS[0], _CONTEXTS[1] = res, {}
    found = _CONTEXTS[1].get(trigger.i)
    if found is None:
        found = _CONTEXTS[1][trigger.i] = _read_context(trigger, res)
    return found


def _intent_object_before(trigger: Token) -> bool:
    """Whether a to-infinitive the parser hung on a verb follows right after that verb's object, a noun of
    intent or demand (``intent_nouns``: "rejected calls | to label X a terrorist group", "ignored demands | to
    withdraw from Y"): the infinitive is the noun's complement -- an act called for, not done."""
    to = next((c for c in children_of(trigger) if c.dep_ == "aux" and c.lower_ == "to" and c.i < trigger.i), None)
    if to is None or trigger.dep_ not in ("advcl", "xcomp") or to.i == 0:
        return False
    return any(c.dep_ == "dobj" and c.right_edge.i == to.i - 1 and c.lemma_.lower() in INTENT_NOUNS
               for c in trigger.head.children)


def _since_told(tok: Token) -> bool:
    """Whether ``tok`` is bounded by "since" and a word pointing back to a time the text has told of ("has held no
    talks with X since then"): the act not repeated since an occasion already reported."""
    return any(c.dep_ == "prep" and c.lower_ == "since" and any(g.lower_ in ANAPHORIC_SINCE_TIMES for g in children_of(c))
               for c in children_of(tok))


def _wanted_infinitive_misparsed(trigger: Token) -> bool:
    """Whether a to-infinitive trigger's own subject comes right after a verb of wanting or asking ("which Beirut
    wants them to leave", "the towns Kyiv urged Russian troops to quit"), however the parser hung the clause: the
    act is wanted, not done."""
    if trigger.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == trigger.i - 1 for c in children_of(trigger)):
        return False
    subject = next((c for c in children_of(trigger) if c.dep_ == "nsubj" and c.i < trigger.i), None)
    if subject is None or subject.left_edge.i == 0:
        return False
    before = trigger.doc[subject.left_edge.i - 1]
    return before.pos_ in ("VERB", "AUX") and before.lemma_ in INTENT_VERBS


def _provoked_aim(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive of purpose of bringing a conflict about ("to provoke a clash", "a plot to
    spark a war"): what it would bring about has not come (``provoking_verbs``)."""
    purpose = verb.dep_ in ("advcl", "acl", "relcl") or (  # "were launched to provoke": a passive's purpose
        verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.head.children))
    return verb.lemma_.lower() in PROVOKING_VERBS and purpose and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


_NEITHER_PREPS = ("to", "for", "with")  # the recipient or partner a trigger names after a preposition


def _neither(token: Token) -> bool:
    """Whether a noun phrase is "neither" or has it as its determiner ("neither side", "to neither country")."""
    return any(d.dep_ in ("det", "preconj") and d.lower_ == "neither" for d in children_of(token)) or (
        token.lower_ == "neither" and not list(children_of(token)))


def _shared_clause(verb: Token) -> Token:
    """The first of coordinated verbs that share ``verb``'s subject, its object and the clause above them ("denies
    that it trains, arms and funds X", "denied it had armed and trained Y"): a complement's governor (a denial, a
    report) governs every conjunct, not the first alone. ``verb`` itself where it has a subject of its own, where
    the first has an object of its own ("said it had not targeted civilians and accused Y": the parser's conjunct
    of the wrong verb, maybe), or where a contrast joins them ("denied it armed X but trained Y")."""
    first = verb
    while first.dep_ == "conj" and first.head != first and first.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(first)):
        first = first.head
    # (not a conjunct with an auxiliary of its own or another verb form: "denied that it carried out X and has
    # accused Y", "refused to give up its arms and fought Z" -- the parser's conjunct of the wrong verb)
    if first == verb or first.dep_ not in ("ccomp", "xcomp") \
            or any(c.dep_ == "cc" and c.lower_ not in ("and", "or") for c in children_of(first)) \
            or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(first) if c.i < verb.i) \
            or VERB_FORM_CLASSES.get(verb.tag_) != VERB_FORM_CLASSES.get(first.tag_):
        return verb
    return first



def _scenario_frame(child: Token) -> bool:
    """Whether ``child`` sets its head's clause in an imagined course of events (``scenario_frames``): a preposition
    "in" or "under" whose object is a scenario noun ("In this scenario, X seizes Y", "in the war game, X overran
    Y", "in the worst case, X attacks Y"), or a subject that is one ("A second scenario sees X retake Y")."""
    if child.dep_ == "prep" and child.lower_ in ("in", "under"):
        return any(c.dep_ == "pobj" and _scenario_noun(c) for c in children_of(child))
    return child.dep_ == "nsubj" and _scenario_noun(child)


def _scenario_noun(noun: Token, headings: bool = False) -> bool:
    """Whether ``noun`` names an imagined course of events (``scenario_frames``: "scenario", "war game", "worst
    case"); with ``headings``, also a word that heads one laid out ("path", "outcome": ``scenario_heads``)."""
    lemma = noun.lemma_.lower()
    return lemma in SCENARIO_FRAMES or headings and lemma in SCENARIO_HEADS or any(
        c.dep_ in ("compound", "amod") and f"{c.lower_} {lemma}" in SCENARIO_FRAMES for c in children_of(noun))


def _in_scenario_run(trigger: Token, res: Resolver) -> bool:
    """Whether ``trigger``'s clause goes on an imagined course of events opened earlier in its paragraph and told,
    like it, in the present or with a modal: "In this scenario, X seizes Y. Z then withdraws from W." (the
    withdrawal is imagined too). Each clause is judged by its own verb (``_told_as_open``): "Z, which took W in
    2019, then ..." and "W, handed back in April, ..." are the article's facts. The run ends at a line break or a
    dateline, at a sentence told in the past, and at one that leaves the scenario ("In reality, ...": ``scenario_exits``)."""
    if not _told_as_open(trigger):
        return False
    doc = trigger.doc
    sents = doc_sents(doc)
    n = res._sent_of[trigger.i]  # (the resolver's index of sentences: not found anew at every trigger)
    opened = _opens_scenario(sents[n])
    if opened is not None and sents[n].start < opened <= trigger.i:
        return True  # "Suppose X seizes Y", "One plausible path: X seizes Y" (a framed clause is read where it is framed)
    if _leaves_scenario(sents[n]):
        return False
    for k in range(n - 1, -1, -1):
        if _breaks_between(doc, sents[k].end, sents[k + 1].start if k + 1 < n else trigger.i):
            return False
        if _opens_scenario(sents[k]) is not None:
            return True
        if _leaves_scenario(sents[k]) or not _told_as_open(sents[k].root):
            return False
    return False


def _breaks_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a line break or a dateline lies between tokens ``start`` and ``end``: a new paragraph or report."""
    first, last = doc[max(start - 1, 0)].idx, doc[min(end, len(doc) - 1)].idx
    return "\n" in doc_text(doc)[first:last] or any(first <= a < last for a, _ in doc._.datelines)


def _scenario_frame_sentence(sent: Span) -> bool:
    """Whether ``sent``'s main clause is set in a scenario ("In this scenario, X seizes Y", "A second scenario sees
    X retake Y"; see ``_scenario_frame``). Not a scenario talked about ("This scenario alarms Z"): a scenario
    subject tells a course of events only through a clause of its own."""
    root = sent.root
    return any(_scenario_frame(c) and (c.dep_ == "prep" or any(
        k.dep_ in ("ccomp", "xcomp", "dobj", "oprd") and k.pos_ in ("VERB", "AUX") for k in children_of(root)))
        for c in children_of(root))


def _opens_scenario(sent: Span) -> int | None:
    """Where an imagined course of events opens in ``sent``, a token index, or None: at its start where its main
    clause is set in one ("In the worst case, X seizes Y."); past an elided one ("Analysts sketch three outcomes.
    In the first, X seizes Y.", ``_elided_scenario``); past the supposing verb ("Suppose X seizes Y.", ``supposition_verbs``) or a scenario heading's
    colon ("One plausible path: X seizes Y.", ``scenario_heads``)."""
    if _scenario_frame_sentence(sent):
        return sent.start
    elided = _elided_scenario(sent)
    if elided is not None:
        return elided.i + 1
    words = [t for t in sent if not t.is_space]
    if words and words[0].lemma_.lower() in SUPPOSITION_VERBS and words[0].tag_ == "VB" \
            and not any(c.dep_.startswith("nsubj") for c in children_of(words[0])) \
            and any(c.dep_ in ("ccomp", "dobj") and c.pos_ in ("VERB", "AUX") for c in children_of(words[0])):
        return words[0].i + 1
    opener = _opening_words(sent, SUPPOSITION_OPENERS)
    if opener:
        return sent.start + opener  # "What if X seizes Y?", "Let us suppose that X seizes Y."
    colon = next((t for t in words[:5] if t.text == ":"), None)
    if colon is not None and any(t.pos_ in ("NOUN", "PROPN") and _scenario_noun(t, headings=True) for t in words if t.i < colon.i) \
            and not any(t.pos_ in ("VERB", "AUX") for t in words if t.i < colon.i):
        return colon.i
    return None


def _elided_scenario(sent: Span) -> Token | None:
    """The elided scenario that frames ``sent`` ("In the first, X seizes Y"), where the sentence before lays a
    number of scenarios out ("Analysts sketch three outcomes."), or None: "in the first" names one of them."""
    doc = sent.doc
    frame = next((c for c in children_of(sent.root) if c.dep_ == "prep" and c.lower_ in ("in", "under")), None)
    pobj = next((c for c in children_of(frame) if c.dep_ == "pobj"), None) if frame is not None else None
    if pobj is None or pobj.pos_ in ("NOUN", "PROPN") and pobj.lower_ not in ("one", "other") and pobj.lower_ not in ORDINAL_WORDS \
            or any(c.dep_ not in ("det", "amod", "punct") for c in children_of(pobj)) or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if _breaks_between(doc, before.end, sent.start):
        return None
    laid_out = any(t.tag_ == "NNS" and t.dep_ in ("dobj", "nsubj", "nsubjpass") and _scenario_noun(t, headings=True)
                   and any(k.dep_ == "nummod" for k in children_of(t)) for t in before)
    return pobj if laid_out else None


def _leaves_scenario(sent: Span) -> bool:
    """Whether ``sent`` opens with words that leave a scenario for what holds ("In reality, ...", "Today, ...")."""
    return bool(_opening_words(sent, SCENARIO_EXITS))


def _opening_words(sent: Span, phrases: Collection[str]) -> int:
    """How many tokens of ``sent``'s opening words make one of ``phrases``, 0 for none: "What if" opens "What if X
    seizes Y?" (2). Spaces and punctuation before and between the words are counted, not matched."""
    words = [t for t in sent if not t.is_space and not t.is_punct][:4]
    for k in range(len(words), 0, -1):
        if doc_text(sent.doc)[words[0].idx:words[k - 1].idx + len(words[k - 1])].lower() in phrases:  # ("let's": two tokens)
            return words[k - 1].i + 1 - sent.start
    return 0


def _told_as_open(token: Token) -> bool:
    """Whether the clause that holds ``token`` is told in the present or with a modal ("Z withdraws from W", "Z
    would withdraw", "Z is pushed out of W"), judged by the first finite verb above it. A clause told in the past or
    the perfect ("Z withdrew", "Z has armed W") is a fact, as is one that describes a name (a relative clause or a
    participle: "W, which Z took in 2019", "W, handed back in April")."""
    tok = token
    while True:
        if tok.dep_ in ("relcl", "acl", "amod") or (tok.dep_ == "appos" and tok.pos_ not in ("VERB", "AUX")):
            return False  # (but the clause after a heading's colon, the parser's apposition, is told as it is)
        if tok.pos_ in ("VERB", "AUX"):
            auxes = [c for c in children_of(tok) if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
            if any(a.lemma_ in MODAL_AUX or a.tag_ == "MD" for a in auxes):
                return True
            if any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes) or tok.tag_ == "VBD":
                return False
            if auxes or tok.tag_ in ("VBZ", "VBP"):
                return any(a.tag_ in ("VBZ", "VBP") for a in auxes) or tok.tag_ in ("VBZ", "VBP")
        if tok.head == tok:
            return False
        tok = tok.head


def _read_context(trigger: Token, res: Resolver) -> _Context:
    ctx = _Context()
    chain = _chain(trigger)
    last = chain[-1]
    if last == trigger and trigger.dep_ == "conj" and trigger.pos_ in ("VERB", "AUX"):
        last = _shared_clause(trigger)  # (the governor's reading; the first conjunct's own "not" stays its own)
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    noun_trigger = trigger.pos_ not in ("VERB", "AUX")
    # "did not attack Kyiv after seizing Kherson", "did not withdraw despite losing X": past an adverbial
    # preposition the act is the clause's own, which the governing verb's negation does not deny (dropped)
    adverbial = next((n for n, t in enumerate(chain) if t != trigger and t.dep_ == "prep"
                      and t.lower_ in ADVERBIAL_GERUND_PREPS), len(chain))
    below = False  # whether the act was denied below the adverbial preposition ("after failing to take X")
    presupposed: _Context | None = None  # the act's own context, where a verb ending or resuming it presupposes it
    for n_tok, tok in enumerate(chain):
        if n_tok == adverbial + 1:
            below = ctx.negated
        if n_tok == 1 and _presupposed_act(trigger, tok):
            presupposed = copy.copy(ctx)  # (the context as read so far)
        # "did not comment on the capture of X": a verb's negation reaches a noun trigger only
        # through light verbs ("did not join the offensive", "is not a member").
        reaches = tok == trigger or not noun_trigger or tok.lemma_ in _LIGHT_VERBS or tok.pos_ == "AUX" \
            or _held_part(tok, chain[n_tok - 1] if n_tok else None)
        # "did not hesitate to bomb X", "never hesitated to condemn Y": reluctance denied, the act done
        unhesitating = tok != trigger and _unhesitating(tok)
        for child in children_of(tok):
            lower = child.lower_
            if _negative_phrase(child):
                lower = "never"  # "at no point did X arm Y", "not once has X condemned Y": as "never" (neg36)
            # (the word tested first: the tests of the verb's phrase walk its children, for every child)
            if (child.dep_ == "neg" or lower in NEGATIVE_ADVERBS) and (unhesitating or _exclusive(tok) or _restricted(child, tok)
                                                                       or _time_corrected(child, tok)):
                continue  # "did not just attack X" (it did, and more), "was not alone in striking Y", "on Tuesday, not Monday"
            if (child.dep_ == "neg" or lower in NEGATIVE_ADVERBS or lower in LAPSE_COMPARATIVES and any(
                    g.lower_ == "no" for g in children_of(child))) and _degree_compared(tok):
                ctx.blocked = True  # "no longer funds X as generously as it did": less of it, not none
                continue
            if (child.dep_ == "neg" or lower in NEGATIVE_ADVERBS) and (n_tok > adverbial or _contrastive(child, tok)
                                                                       or _contrast_after_object(child, tok)):
                ctx.blocked = True  # (past an adverbial preposition; "attacked not Kyiv but Lviv", "attacked X, not Y")
            elif child.dep_ == "neg" or lower in NEGATIVE_ADVERBS or (child.dep_ == "det" and lower == "no") or (
                    tok == trigger and child.dep_ == "dobj" and lower in NEGATIVE_OBJECTS):  # "signed nothing with X"
                if reaches and (tok == trigger or tok in verbs or tok.dep_ in ("attr", "dobj", "pobj", "prep")):
                    ctx.negated = True
                    ctx.ceased = False
                    ctx.pending = ctx.pending or _pending(tok)
                    ctx.abstained = ctx.abstained or (noun_trigger and tok != trigger and _taking_part(tok))
                    ctx.flipped = ctx.flipped or child.dep_ == "neg" or lower in NEGATIVE_ADVERBS
                    if (child.dep_ == "neg" or lower in NEGATIVE_ADVERBS) and (any(
                            c.dep_ in ("prep", "mark", "advmod") and c.lower_ in NEGATION_LIMITS
                            for c in (*children_of(tok), *children_of(child))) or any(
                            c.lower_ in FRONTED_NEGATION_LIMITS for c in children_of(child))):
                        # "did not retake X until May": it did, in May; "not since 2006 had Y bombed X so
                        # heavily", "never before had Z struck W": it did, then or now. ("has not fought X since
                        # the truce" stays denied: the state it names holds no more)
                        ctx.blocked = True
                    if any(_since_told(t) for t in (tok, *verbs)):
                        ctx.blocked = True  # "has held no talks with X since then": not again since a told occasion
                elif not reaches:
                    ctx.blocked = True  # "did not claim any attack on X": whether it happened is left open
            elif (lower in LAPSE_COMPARATIVES and any(g.lower_ == "no" for g in children_of(child)) or lower in LAPSE_ADVERBS) \
                    and not reaches:
                ctx.blocked = True  # "no longer hides its support for X": the hiding lapsed, not the support (as a negation)
            elif lower in LAPSE_COMPARATIVES and any(g.lower_ == "no" for g in children_of(child)) or lower in LAPSE_ADVERBS:
                ctx.ceased = not ctx.negated
                ctx.negated = ctx.former = True  # "no longer a member": it held, it holds no more
            elif tok.dep_ in ("advcl", "ccomp") and child.i < tok.i and (child.dep_ in ("aux", "auxpass") and lower in (
                    INVERTING_CONDITIONALS) or child.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in INVERTING_CONDITIONALS) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > min(child.i, tok.i) for c in children_of(tok)) \
                    and (child.dep_.startswith("nsubj") or child.i == min(t.i for t in tok.subtree)):
                ctx.blocked = True  # "Had X attacked Y, Z would have ...", "Were X to invade Y": a condition
            elif _scenario_frame(child):
                ctx.blocked = True  # "In this scenario, X seizes Y", "a second scenario sees X retake Y": imagined
            elif _postposed_condition(tok, child):
                ctx.blocked = True  # "Z would have responded had X attacked Y": the condition put after its clause
            elif _fronted_condition(tok, child):
                ctx.blocked = True  # "Had X sanctioned Y, the war could have ended", the parser making it the root
            elif child.dep_ == "aux" and child.lemma_ in MODAL_AUX and not _refusal(tok, child) \
                    and not (tok == trigger and _none_there(tok, child)) and not (tok == trigger and _committed(tok, child)) \
                    and not (tok != trigger and tok.lemma_ in CONTINUING_VERBS and child.lemma_ == "will"):
                ctx.blocked = True  # (but "will continue to support X": it holds now)
            elif child.dep_ == "mark" and lower in CONDITION_MARKERS:
                ctx.blocked = True
            elif child.dep_ == "mark" and lower in ("until", "till", "once") and (tok.tag_ in ("VB", "VBP", "VBZ") or (
                    tok.tag_ == "VBD" and tok.dep_ == "advcl" and any(a.dep_ == "aux" and a.lemma_ in MODAL_AUX for a in tok.head.children))):
                # "refuse to talk until the troops leave": they have not left; nor in "said it would only talk once
                # the troops withdrew" (the simple past of reported speech, its governor's modal says it is yet to come;
                # a past perfect, "once its fighters had left X", is left as it was read)
                ctx.blocked = True
            elif tok == trigger and _awaited(tok, child):
                ctx.blocked = True  # "will talk only when X withdraws from Y": a condition, not yet done
            elif child.dep_ == "advmod" and lower in HEDGE_ADVERBS:
                ctx.modality = HEDGE_ADVERBS[lower]
            elif lower in FORMER_WORDS and child.dep_ in ("advmod", "amod") and not any(
                    c.dep_ in ("nsubj", "pobj", "attr", "acomp", "dobj") for c in children_of(child)):
                ctx.former = True  # (not "Once allies, A and B now fight": what was, is the fronted phrase's)
            elif child.dep_ == "prep" and lower in ATTRIBUTION_HEADS:
                who = [p for c in children_of(child) for p in children_of(c) if p.dep_ == "pobj"]
                ctx.attributed_to = _name_of(who, res)
                ctx.modality = ctx.modality or "reported"
            if ctx.date is None and _is_date(child, tok):
                ctx.date = _date_text(child)
        if tok in verbs and n_tok and _role_denied(tok, chain[n_tok - 1]):
            ctx.negated = ctx.flipped = True  # kept out of the event, hostile or not (as "did not take part")
            ctx.abstained = noun_trigger
        if tok in verbs and tok == verbs[0] and (tok == trigger or tok.lemma_ in _LIGHT_VERBS) and _subject_denied(tok):
            # "no Kenyan troops attacked X", "no Kenyan troops took part in the assault on X": none of them did
            ctx.negated = ctx.flipped = True
        if (tok in verbs or tok == trigger) and reaches and _nor_negated(tok):
            # "neither backs nor opposes X", "did not shell A, nor did it bomb B", "is neither an ally nor a foe of Y"
            ctx.negated = ctx.flipped = True
        if tok != trigger and noun_trigger and tok.lemma_.lower() in ABSENCE_NOUNS:
            ctx.blocked = True  # "the absence of Russian support for X", "the lack of talks with Y": dropped
        if tok != trigger and (_ending(tok) or tok.pos_ == "NOUN" and tok.lemma_.lower() in ENDING_NOUNS
                               or n_tok and _withheld(tok, chain[n_tok - 1])) and noun_trigger:
            ctx.ended = True  # "ended its war against X": the war was real; what it negates depends on the predicate
            if trigger.lower_ in TALK_NOUNS and _talks_taken_up_after(tok):
                ctx.blocked = True  # "ended its talks with X in 2017. Talks were revived in 2023": not the last word
            if _voided(tok):
                ctx.blocked = True  # "did not end its support for X": it goes on, or not
            ctx.refusers = (*ctx.refusers, tok.i)  # "refused to end its support for X": the ending is what is refused
        elif tok != trigger and noun_trigger and _negating(tok) and _others_act(trigger, tok, res):
            ctx.blocked = True  # "Hungary refused to back a package of EU sanctions": Hungary's refusal, not the EU's act
        elif verbs and tok == verbs[0] and noun_trigger and _owner_resolved_to_subject(trigger, tok, res):
            ctx.blocked = True  # "B split from A, shunning that movement's talks with C": A's, misread as B's own
        elif tok != trigger and not (chain[n_tok - 1].dep_ == "prep" and chain[n_tok - 1].lower_ in FRAME_PREPOSITIONS) and (
                _negating(tok) or n_tok >= 2 and _denies_charge(tok, chain[n_tok - 1], chain[n_tok - 2])):
            # (not the deal a withdrawal is made under: "pulled back under a truce mediated by X" refuses no truce)
            ceasing = _ending(tok) and not ctx.negated and not ctx.refusers
            _refused(ctx, tok)
            if n_tok and not _ending(tok) and any(c.dep_ == "advmod" and c.lower_ in REPETITION_ADVERBS
                                                  for c in chain[n_tok - 1].children):
                ctx.blocked = True  # "refused to negotiate with X again": they had; the refusal denies nothing
            ctx.pending = ctx.pending or _pending(tok)
            ctx.ceased = ceasing and ctx.negated
            ctx.attempted = ctx.attempted or tok.lemma_ in FAILURE_VERBS
        if tok != trigger and (ctx.ended or ctx.negated) and n_tok and chain[n_tok - 1].dep_ in ("dobj", "xcomp") \
                and _resumed(tok):
            ctx.blocked = True  # "stopped selling X to Y in 2020 but resumed the sales": neither ended nor told anew
        if tok.pos_ in ("VERB", "AUX") and tok.i >= 2 and f"{tok.doc[tok.i - 2].lower_} {tok.doc[tok.i - 1].lower_}" \
                in ALTERNATIVE_MARKERS:
            ctx.blocked = True  # "rather than condemn X", "instead of attacking Y", "far from backing Z": not done
        if tok != trigger and tok.lemma_ == "be" and any(
                c.dep_ == "xcomp" and c in chain and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                for c in children_of(tok)):
            ctx.blocked = True  # "Ethiopia is to hold talks with Egypt next week": an arrangement, not yet held
        if any(c.dep_ == "advmod" and (c.lower_ in NEAR_NEGATORS or any(
                g.dep_ == "advmod" and g.lower_ in NEAR_NEGATORS for g in children_of(c))) for c in children_of(tok)):
            ctx.blocked = True  # "is hardly an ally of X", "barely backed Y", "hardly ever condemns Z": neither stated nor denied
        if tok == trigger and _habit_all_but_denied(tok):
            ctx.blocked = True  # "A and B rarely agree", "seldom attacks Y": a habit all but denied (w58e)
        if tok in verbs and (reaches and _all_but_done(tok) or _condition_phrase(tok)):
            ctx.blocked = True  # "almost captured X": not done; "provided that X withdraws from Y": a condition (mood37)
        if tok == trigger and _bare_under_modal(tok):
            ctx.blocked = True  # "the plan would see Turkey withdraw from Y": what a modal's verb would bring about (mood37)
        if tok in verbs and _headline_infinitive(tok):
            ctx.blocked = True  # "Russia to supply Mali with jets", "A and B to resume talks": announced, not done (mood37)
        if n_tok and _due_not_done(tok, chain[n_tok - 1]):
            ctx.blocked = True  # "X was supposed to withdraw from Y": due, not done (mood37)
        if n_tok and tok.lemma_ in ACT_STANCE_VERBS and chain[n_tok - 1].dep_ == "xcomp" and chain[n_tok - 1].tag_ == "VBG":
            ctx.blocked = True  # "has resisted negotiating with X", "opposed arming Y": an act stood against or for (neg36)
        if tok != trigger and tok.lemma_ in INTENT_VERBS and not unhesitating and not _forsworn(tok, chain[n_tok - 1], ctx):
            ctx.blocked = True
        if n_tok and tok.lemma_ in PROPOSAL_VERBS and chain[n_tok - 1].dep_ in ("ccomp", "xcomp"):
            ctx.blocked = True  # "offered to host talks between A and B", "recommended that X freeze Y's assets": put forward
        if noun_trigger and n_tok >= 2 and chain[n_tok - 1].dep_ == "prep" and chain[n_tok - 1].head == tok \
                and (f"{tok.lemma_.lower()} {chain[n_tok - 1].lower_}" in PROSPECT_PHRASES or _prospect_participle(tok, chain[n_tok - 1])):
            ctx.blocked = True  # "pushed for talks between A and B", "an invitation to talks with B": sought, not held
        if n_tok and tok.lemma_ in DREADING_VERBS and (chain[n_tok - 1] == trigger or chain[n_tok - 1].dep_ in ("ccomp", "xcomp")):
            ctx.blocked = True  # "feared an assault by A on X" (not "feared a war with A and its ally B": B is A's ally)
        if n_tok and tok.lemma_ in DELIBERATION_VERBS and chain[n_tok - 1].dep_ == "xcomp" and chain[n_tok - 1].tag_ == "VBG" \
                and (chain[n_tok - 1] == trigger or chain[n_tok - 1].lemma_ not in WIDENING_VERBS):
            # "discussed freezing the assets of X", "weighed sending tanks to Y": an option talked over (not "discussed
            # tightening its embargo on X": the embargo is in force)
            ctx.blocked = True
        if any(c.dep_ == "advmod" and c.lower_ in FALSE_ADVERBS for c in children_of(tok)):
            ctx.blocked = True
        if tok != trigger and _complement_adjective(tok, chain):
            how = COMPLEMENT_ADJECTIVES.get(tok.lower_)
            if how == "negated":  # "X was unable to take Y"
                ctx.negated = ctx.flipped = ctx.attempted = True
            elif how != "achieved" or not _past(tok.head):  # "X is ready to attack Y", "X is able to strike Y"
                ctx.blocked = True
    if any(_cleft_focus_denied(t) for t in chain if t.pos_ in ("VERB", "AUX")):
        ctx.negated = ctx.flipped = True  # "It was not X that attacked Y", "... that carried out the raid on Y" (neg36)
    if any(_intent_clause(t) for t in verbs):
        ctx.blocked = True  # "repeated its demand that the junta expel the Russian forces": asked for, not done
    if _intent_infinitive_as_noun(trigger):
        ctx.blocked = True  # "welcomed Chile's offer to host talks between A and B": talks offered, not held
    if _wanted_infinitive_misparsed(trigger):
        ctx.blocked = True  # "five hilltops, which Beirut wants them to leave": wanted, the parser hung it elsewhere
    # "launched an offensive to retake the region": a purpose, not an outcome (help is given by the act itself)
    # (a to-infinitive the parser hangs as a clause of its own is no fact either: "allows X to strike Y")
    if trigger.tag_ == "VB" and (trigger.dep_ in ("acl", "advcl", "xcomp", "ccomp") or (
            trigger.dep_ == "relcl" and (trigger.head.dep_ == "dobj" or trigger.head.lemma_.lower() in INTENT_NOUNS))) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger)):
        governor = trigger.head
        if governor.pos_ == "NOUN" and governor.lemma_.lower() in INTENT_NOUNS or _intended(governor) \
                or _intent_object_before(trigger):
            ctx.blocked = True  # "resisted pressure to back X", "plans to help Y", "no desire to send troops to help Z"
        if governor.lemma_ in HABITUAL_VERBS and governor.tag_ == "VBD" and trigger.i == governor.i + 2 \
                and not any(c.dep_ in ("auxpass", "dobj") for c in children_of(governor)):
            ctx.former = True  # "X used to fund Y": a habit of the past (not "was used to", "used drones to")
        elif not _negating(governor) and governor.lemma_ not in ACHIEVING_VERBS and _phrasal(governor) not in ACHIEVING_VERBS \
                and not _raising(governor) \
                and not (governor.lemma_ in PERMITTING_VERBS and (_past(governor) or _past_passive(governor))) and not _unhesitating(governor) \
                and not _complement_adjective(governor, chain) and not _realised(trigger) \
                and not _taken_decision(trigger) \
                and not _forsworn(governor, trigger, ctx):  # ("pledged not to back X": a refusal, mood37)
            ctx.purpose = True
            ctx.trip = _reported_trip(governor)
        elif _realised(trigger) and trigger.dep_ == "advcl" and governor.lemma_ in DISPATCH_VERBS:
            sending = _context(governor, res)
            if sending.blocked:
                ctx.blocked = True  # "plans to send troops to help X": the help goes with a sending that is not done
            elif sending.negated:
                # "rejected claims that it had sent fighters to back X", "no longer sends troops to help Y": a
                # sending denied or ended (as a claim's content, or by words the purpose's own chain does not
                # reach) denies or ends the help that goes with it
                ctx.negated = ctx.flipped = True
                ctx.former = ctx.former or sending.former
    # (and a help that is itself only planned or mandated: "a mandate to help the army retake X", prec53)
    if last.dep_ in ("ccomp", "xcomp") and last.head.lemma_ in REALISED_PURPOSES and last.head.dep_ in ("advcl", "acl", "relcl"):
        helping = _context(last.head, res)
        if helping.negated or helping.blocked:
            # "denied sending jets to help the army bomb X": a help not given says nothing of whether the one it
            # would have helped did the act (neither stated nor denied)
            ctx.blocked = True
    if noun_trigger and trigger.dep_ == "dobj" and _provoked_aim(trigger.head):
        ctx.blocked = True  # "launched drones to provoke a clash between A and B": an aim, not an outcome
    if noun_trigger and trigger.dep_ == "dobj" and trigger.head == last and _adverbial_infinitive(last) \
            and last.head.lemma_ not in ACHIEVING_VERBS:
        ctx.purpose = True  # "... and on Y to impose sanctions on Z", the parser hanging it on another verb: an aim
        ctx.trip = _reported_trip(last.head)  # ("flew to X to sign a truce with Y": what the trip did)
    if noun_trigger and last.pos_ == "VERB" and last != trigger and _intended(last):
        ctx.blocked = True  # "has (no) plans to impose sanctions on X", "no intention of sending aid to Y": not done
    if ctx.date is None:  # a date phrase the parser hung lower: "designated as X by Y in 2018"
        for tok in trigger.subtree:
            if tok.dep_ == "prep" and tok != trigger and _is_date(tok, tok.head) and in_clause(tok, trigger):
                ctx.date = _date_text(tok)
                break
    if any(c.dep_ in ("dobj", "dative") and _neither(c) for c in children_of(trigger)) or any(
            p.dep_ in ("prep", "dative") and p.lower_ in _NEITHER_PREPS and any(g.dep_ == "pobj" and _neither(g) for g in children_of(p))
            for h in (trigger, *(c for c in children_of(trigger) if c.dep_ == "dobj")) for p in children_of(h)):
        ctx.negated = True  # "backs neither side", "recognises neither government", "backs neither",
        # "supplies weapons to neither country", "sells drones to neither government"
    if trigger.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c))
                                               for c in children_of(trigger)):
        ctx.negated = True  # "gives the Taliban no military aid", "sent no troops to X", "no deal was signed with Y"
        if _since_told(trigger):
            ctx.blocked = True  # "has held no talks with X since then": not again since a told occasion
    for verb in verbs or [trigger]:  # "Neither Israel nor Hamas attacked Rafah"
        for subj in (c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")):
            if any(w.lower_ in NOR_WORDS for w in subj.subtree):
                ctx.negated = True
    # "A war between X and Y could break out": a subject's verb says whether it happens at all.
    if last.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "aux" and c.lemma_ in MODAL_AUX or
                                                   c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                   for c in last.head.children):
        ctx.blocked = True
    if last.dep_ in ("nsubj", "nsubjpass", "dobj") and last.pos_ == "NOUN" and last.head.lemma_.lower() in VERIFYING_VERBS \
            and _voided(last.head):
        # "X's shipments of drones to Y have not been proven", "X's role in the raid was never established": an
        # act told as a noun whose truth the text says is not borne out is open, neither stated nor denied (prec59)
        ctx.blocked = True
    sent = trigger.sent  # (a Span made anew at each .sent)
    if doc_text(trigger.doc)[sent.start_char:sent.end_char].rstrip().endswith("?"):
        answer = _polar_answer(trigger, sent, chain)
        if answer == "negated":
            ctx.negated = ctx.flipped = True  # "Did X arm Y? No." (neg36)
        elif answer != "stated":
            ctx.blocked = True
    # "X denied supplying weapons", "Y said that X had captured Z"
    if last.dep_ in ("ccomp", "xcomp", "advcl") and not _detached(last):
        gov = last.head
        purpose = last.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(last))
        denier = gov.head if purpose and _negating(gov.head) and (gov.dep_ in ("xcomp", "ccomp", "pcomp") or (
            gov.dep_ == "advcl" and not any(t.is_punct for t in gov.doc[min(gov.i, gov.head.i) + 1:max(gov.i, gov.head.i)]))) \
            else None
        if denier is not None or (purpose and any(c.dep_ == "neg" for c in children_of(gov))):
            # "denied sending / did not send troops to help X": the help goes with the sending; but "ruled out
            # sending troops to fight X" says nothing of the hostility
            if not _realised(trigger):
                ctx.blocked = True
            elif denier is not None:
                _refused(ctx, denier)
            else:
                ctx.negated = ctx.flipped = True
        elif any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in children_of(gov)):
            ctx.blocked = True  # "unless X convinces Y that it is a mediator": a condition, no fact
        elif last.dep_ == "ccomp" and gov.lemma_ in DOUBTING_VERBS:
            # "officials doubt that X arms Y", "questioned whether Y backs Z": neither stated nor denied; doubt itself
            # denied ("nobody doubts that X arms Y", "few doubt that ...", "did not doubt that ...") states it (w58f)
            if not _voided(gov):
                ctx.blocked = True
        elif last.dep_ == "ccomp" and gov.lemma_ in CHECKING_VERBS and gov.tag_ == "VB" and any(
                c.dep_ == "aux" and (c.lower_ == "to" or c.lemma_ in MODAL_AUX) for c in children_of(gov)):
            ctx.blocked = True  # "asked monitors to verify that X had left Y", "will confirm that Z withdrew": a check still to come
        elif _negating(gov) and last.dep_ in ("ccomp", "xcomp"):
            denied = next((c for c in children_of(gov) if c.dep_ == "dobj"), None)
            if last.i < gov.i and _charge_subject(gov):
                # "X accused Y of arming Z, a charge Y denies", parsed with the charge in the denier's phrase and the
                # accusation as the denial's complement: the accusation stands; what it charges is disputed
                if trigger != last:
                    ctx.blocked = True
            elif denied is None or (last.i > gov.i and denied.pos_ != "PRON"):  # "denied the reports that X ..."
                _refused(ctx, gov)
            elif denied.pos_ == "PRON":  # "X struck Y, Z denied it": which part, is unclear
                ctx.blocked = True
            # else "X accused Y of Z, a charge W denies": W denies the charge, not that X made it
        elif gov.lemma_ in PROPOSAL_VERBS and last.dep_ in ("ccomp", "xcomp"):
            ctx.blocked = True  # "recommended that the council freeze X's assets": advised, not done
        elif gov.lemma_ in INTENT_VERBS and (last.dep_ in ("ccomp", "xcomp") or purpose and any(
                c.dep_ in ("dobj", "prep") and c.i < last.i for c in children_of(gov))):
            # (the to-clause of a call made on someone, which the parser hangs as a purpose: "called on X to stop
            # backing Y", "urged X to withdraw from Y")
            ctx.blocked = True
        elif last.dep_ == "ccomp" and _calls_false(gov, ("acomp", "attr")):
            pass  # "it is not true that X arms Y": a "not" that calls the clause false (``_said_false`` denies it)
        elif last.dep_ == "ccomp" and _voided(gov):
            ctx.blocked = True  # "did not say that X struck Y", "the video does not show X shelling Y", "refused to say"
        elif last.dep_ == "ccomp" and gov.lemma_ in SPEECH_VERBS and any(
                c.dep_ == "advmod" and c.lower_ in FALSE_ADVERBS for c in children_of(gov)):
            ctx.negated = ctx.flipped = True  # "a post falsely says that X struck Y"
        elif gov.lemma_ in SPEECH_VERBS and last.dep_ == "ccomp" and _superseded(gov):
            ctx.blocked = True  # "an earlier version of this article said that X attacked Y": a correction's
        elif gov.lemma_ in SPEECH_VERBS and last.dep_ == "ccomp" and CLAIM_NOUNS.get(gov.lemma_) == "reported" \
                and _unverified_next(gov):
            # "media reported that X armed Y. These reports have not been verified." (not a party's own claim,
            # which still tells its stance: "X claimed it took the pass from Y. The claim could not be verified.")
            ctx.blocked = True
        elif gov.lemma_ in SPEECH_VERBS and last.dep_ == "ccomp":
            ctx.attributed_to = _name_of(clause_subjects(gov), res)
            if gov.lemma_ in CONTESTED_SPEECH_VERBS:
                ctx.modality = ctx.modality or "claimed"
    # "the claims that X struck Y": a claim's content is claimed, not stated; "rejected the
    # claims that X struck Y" states that X did not.
    if (claim := _claim_over(last)) is not None:
        ctx.modality = ctx.modality or CLAIM_NOUNS[claim.lemma_]
        verb = claim.head.head if claim.dep_ == "pobj" else claim.head  # "rejected | as false | the claims"
        # "dismissed as fabricated | the reports that ...", "described as false | the claims that ...": the parser
        # may hang the claim on the "as" word; the claim is denied by the verb that governs it, or by that word
        if verb.dep_ in ("advcl", "xcomp") and any(c.lower_ == "as" and c.dep_ in ("mark", "advmod", "prep")
                                                   for c in children_of(verb)):
            verb, called = verb.head, [verb]
        else:
            called = [w for c in children_of(verb) if c.lower_ == "as" and c.dep_ == "prep" for w in c.subtree]
        dismissing = verb.lemma_ in DENYING_VERBS or verb.lemma_ in CLAIM_DISMISSING_VERBS or _phrasal(verb) in CLAIM_DISMISSING_VERBS
        called_false = not dismissing and any(w.lower_ in FALSE_ADJECTIVES for w in called)
        if claim.dep_ == "pobj" and claim.head.lower_ in CONCESSIVE_PREPOSITIONS:
            # "denied backing X, despite reports that its troops fight beside X": the reports stand against the
            # denial, which does not deny them; contested, neither stated nor denied (fresh40a)
            ctx.blocked = True
        elif claim.dep_ in ("dobj", "nsubjpass", "pobj") and (_voided(verb) or verb.lemma_ in RETRACTING_VERBS
                                                             or verb.lemma_ in DELIBERATION_VERBS):
            # "could not confirm reports that X shelled Y", "did not deny the claims that ...", "declined to
            # comment on reports that X struck Y", "refused to deny claims that ..."; "reports that X bombed Y
            # were retracted": taken back by their source, neither stated nor denied; "the leaders discussed reports
            # that X trained Y": talked over, neither
            ctx.blocked = True
        elif claim.dep_ in ("dobj", "nsubjpass", "pobj") and (dismissing or called_false):  # (neg36: "brushed off")
            ctx.negated = ctx.flipped = True
            ctx.modality = None  # the denial itself is stated plainly
        elif _unverified_next(claim):
            ctx.blocked = True  # "notes reports that X arms Y. These reports have not been confirmed."
    elif _dismissed_statement(last):
        ctx.negated = ctx.flipped = True  # "rejects as false the statement by X that Y shelled Z" (fresh40e)
    # "X's denial that it arms Y": a denial's content is denied, as a denying verb's is; a denial itself
    # dismissed ("rejected X's denial that ...") or not made leaves it open
    if last.dep_ in ("acl", "ccomp", "relcl") and last.head.pos_ == "NOUN" and last.head.lemma_.lower() in DENIAL_NOUNS \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(last)):
        denial = last.head
        if denial.dep_ in ("dobj", "nsubjpass") and (denial.head.lemma_ in DENYING_VERBS or _voided(denial.head)):
            ctx.blocked = True
        else:
            ctx.negated = ctx.flipped = True
            ctx.modality = None
    # A "that"-clause the parser made the sentence's root hangs from a word before it that the
    # parse lost ("X rejects as false the claims, circulated by Y, that Z struck W"): what
    # comes before says whether it is denied, claimed, or neither -- then it is left open.
    root = sent.root
    mark = next((c for c in children_of(root) if c.dep_ == "mark" and c.lower_ == "that"), None) if root in chain else None
    if mark is not None:
        before = [t for t in sent if t.i < mark.i]
        if any(t.lemma_ in DENYING_VERBS or _negating(t) for t in before):
            ctx.negated, ctx.flipped, ctx.modality = True, True, None
        elif claim := next((t for t in before if t.lemma_ in CLAIM_NOUNS and t.pos_ == "NOUN"), None):
            ctx.modality = ctx.modality or CLAIM_NOUNS[claim.lemma_]
        elif any(t.lemma_ in SPEECH_VERBS for t in before):
            ctx.modality = ctx.modality or "reported"
        else:
            ctx.blocked = True
    for child in children_of(root):
        if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS and root in chain:
            ctx.modality = HEDGE_ADVERBS[child.lower_]
    false = _said_false(chain)  # "the claim that X struck Y is false", "posts saying X bombed Y were fake"
    if false and ctx.negated:
        # "it is not true that X stopped funding Y", "claims that X ended its support for Y are false": a denial of
        # an ending or a denial is no denial of the tie; left open rather than read as either (prec59)
        ctx.blocked = True
    elif false:
        ctx.negated, ctx.flipped, ctx.modality = True, True, None
    elif false is None or _under_no_evidence(trigger):  # "no evidence shows that X armed Y"
        ctx.blocked = True
    if _circulating(last) and not ctx.negated:
        ctx.blocked = True  # "posts shared online say X shelled Y": no one answers for it (unless called false)
    if _framed_quote(trigger):
        ctx.blocked = True  # 'the clip carries the caption "X quits Y"': a label, which no one answers for
    if not ctx.negated and any(_purported(tok) for tok in (*chain[1:], last.head, last.head.head) if tok != trigger):
        ctx.blocked = True  # "a video claims to show X storming Y": its subject's word, neither stated nor denied
    rating = claim_at(trigger.doc, trigger.idx)  # a fact-check's "Claim: X seized Y ... Verdict: False"
    if rating == "false":
        ctx.negated, ctx.flipped, ctx.modality = True, True, None
    elif rating == "other":  # "Misleading", "Unproven": the claim is not borne out
        ctx.blocked = True
    elif rating == "":
        ctx.modality = ctx.modality or "claimed"
    if adverbial < len(chain) - 1 and ctx.negated and not below:
        ctx.blocked = True  # "refused to withdraw after capturing X", "denied attacking Y after seizing Z"
    if any(tok != trigger and tok.pos_ == "VERB" and tok.lemma_ in ACKNOWLEDGING_VERBS and (_voided(tok) or any(
            c.dep_ in ("nsubj", "nsubjpass") and any(w.lower_ in NOR_WORDS for w in c.subtree) for c in children_of(tok)))
           for tok in chain[1:]):
        ctx.blocked = True  # "did not admit arming X", "neither A nor B acknowledged shelling Y": not owned up to, not denied
    if noun_trigger and _lapsed(last):
        ctx.lapsed = True
    if _in_scenario_run(trigger, res):
        ctx.blocked = True  # "In this scenario, X seizes Y. Z then withdraws from W.": the scenario goes on
    if presupposed is not None and (ctx.blocked or ctx.negated) and not (presupposed.blocked or presupposed.negated) \
            and rating is None and not _circulating(last) and not _framed_quote(trigger):
        # "until X ends its offensive against Y", "urged X to halt its strikes on Y", "X refuses to lift its embargo
        # on Y": whatever is said of the ending, the act it would end is under way
        presupposed.presupposed = True
        return presupposed
    if noun_trigger and not ctx.negated and _any_of_its_kind(trigger):
        ctx.blocked = True  # "Iran opposed any deal between A and B": no deal in particular, none told as made
    _share_conjunct_context(ctx, trigger, res)
    return ctx


def _any_of_its_kind(noun: Token) -> bool:
    """w56e: whether an event noun is determined by "any" (``open_event_determiners``: "opposed any talks between A
    and B", "would back any deal with X"): any event of its kind, none in particular, so none the clause states
    unless it denies them all ("held no talks", "denied any support": the negation reads those)."""
    return any(c.dep_ == "det" and c.lower_ in OPEN_EVENT_DETERMINERS for c in children_of(noun))


def _presupposed_act(trigger: Token, verb: Token) -> bool:
    """Whether ``trigger`` is an act its agent carries on (``presupposed_act_nouns``), owned by that agent ("its
    offensive", "Israel's strikes"), and the direct object of ``verb``, a verb that ends or resumes it ("end",
    "halt", "lift", "resume"): the act is presupposed, under way or once so, whatever is said of its ending (noun36)."""
    return trigger.dep_ == "dobj" and trigger.head == verb and verb.pos_ == "VERB" \
        and (trigger.lemma_.lower() in PRESUPPOSED_ACT_NOUNS or trigger.lower_ in PRESUPPOSED_ACT_NOUNS) \
        and any(c.dep_ == "poss" for c in children_of(trigger)) \
        and (_ending(verb) or verb.lemma_ in RESUMING_VERBS)


def _lapsed(noun: Token) -> bool:
    """Whether a noun is the subject of a verb that ends what it names, not itself denied: "X's support for Y ended /
    dried up", "the sanctions on Y were lifted" (not "did not end", "will end", "could collapse", nor a tie that ends
    something else: "A's alliance with B ended its truce with C")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or _voided(verb) or any(
            c.dep_ == "aux" and c.lemma_ in MODAL_AUX for c in children_of(verb)):
        return False
    if noun.dep_ == "nsubjpass":  # (the passive's subject is the active's object: "X's aid to Y was withheld")
        return _ending(verb) or _phrasal(verb) in WITHHOLDING_VERBS
    if any(c.dep_ == "dobj" for c in children_of(verb)):
        return False  # "A's alignment with B ended its cooperation with C": the tie ends something else
    return _ending(verb) or verb.lemma_ in LAPSING_VERBS or _phrasal(verb) in LAPSING_VERBS


def _undertaken(trigger: Token) -> bool:
    """Whether a verb trigger is the to-infinitive of an undertaking ("agreed to withdraw from X", "agreed to pull
    out and hand X over to Y"): what was agreed, not yet done."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("xcomp", "ccomp") and verb.tag_ == "VB" \
        and verb.head.lemma_ in UNDERTAKING_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _part_denied(cand: Candidate) -> bool:
    """Whether a denial is of an act on a part of an actor, not on the actor: a strike denied on a thing a state or
    body owns ("Israel did not strike Iran's nuclear sites": Israel may strike Iran elsewhere; a town's people or
    buildings are the town), or sanctions or a listing
    denied on one of its officials or leaders ("Britain has not sanctioned Iran's foreign minister", "X has yet to
    sanction the Front's commander": Iran and the Front themselves may be sanctioned). Read positively, the act on
    the part is one on the actor; denied, it says nothing of the whole."""
    if cand.predicate == "attacks" and cand.rule == "verb:owner":
        # (not a town's: "denied that the army attacked the people of X" denies an attack on X)
        return all(o.actor.type not in PLACE_TYPES for o in cand.objects)
    if cand.predicate == "attacks" and (cand.rule == "attacks:targets-in-place" or cand.rule.endswith(":place")) \
            and all(o.actor.type in PLACE_TYPES for o in cand.objects) and (
                cand.trigger.lemma_.lower() in DEATH_VERBS or any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for t in _acted_on(cand.trigger) for c in children_of(t))):
        # "denied killing a driver in X": people killed in a place, read positively, place the strike there; denied,
        # they say nothing of the place; nor does "has not attacked the Y Front's / Y positions in Z", a body's sites
        # denied. (A site denied struck in a place, "denied shelling a camp in X", stays a denied attack on X; prec52)
        return True
    if cand.predicate in ("sanctions", "designates") and all(o.kind == "head" for o in cand.objects):
        return any(t.dep_ in ("dobj", "pobj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() in OFFICIAL_TITLES | MEMBER_TITLES | LEADER_TITLES
                   for t in cand.trigger.subtree)
    return any(o.actor.type in PLACE_TYPES for o in cand.objects) and any(map(_partitive_of, _acted_on(cand.trigger)))


def _acted_on(trigger: Token) -> list[Token]:
    """The nouns a verb acts on: its object, or the noun its relative clause tells of ("the parts of X that Y does
    not hold")."""
    nouns = [c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass")]
    return nouns + [trigger.head] if trigger.dep_ == "relcl" else nouns


def _partitive_of(noun: Token) -> bool:
    """Whether ``noun`` is a part of what follows its "of" ("the western parts of X", "half of Y"): denied of the
    part, an act says nothing of the whole (held elsewhere, it may be)."""
    return noun.lower_ in PARTITIVES and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))


def _capital_denied(cand: Candidate, res: Resolver) -> bool:
    """Whether a denied attack's object is a state named by a city that stands for it ("the guerrillas did not
    attack Bogota", "Mogadishu was not attacked by al-Shabaab"): read positively, an attack on the capital is one
    on the state; denied, it says only that the city was spared, nothing of the war on the state."""
    trigger = cand.trigger
    if cand.predicate != "attacks" or trigger.pos_ not in ("VERB", "AUX") or not any(o.actor.type == "STATE" for o in cand.objects):
        return False  # (a denied part in an event named by its noun stays denied: "X was not behind the attack on Kyiv")
    ends = [c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass")] + [
        g for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ in ("on", "against", "at") for g in children_of(c) if g.dep_ == "pobj"]
    for end in (e for t in ends for e in (t, *t.conjuncts)):
        named = res.named(end)
        entry = res.entry(named) if named is not None else None
        if entry is not None and entry.metonym_of and any(
                o.actor.type == "STATE" and o.actor.name == entry.metonym_of for o in cand.objects):
            return True
    return False


def _past_hold(trigger: Token) -> str | None:
    """How a verb of holding tells a hold that is history: "pluperfect" ("Armenia had controlled Lachin since 1992":
    a past state of control, no taking), "ended" when bounded by its end ("Serbia controlled Kosovo until 1999",
    "held X till the truce": held once, a former hold); None for a hold now ("has controlled X since 2014")."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_ not in HOLDING_VERBS:
        return None
    if trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children_of(trigger)):
        return "pluperfect"
    if any(c.dep_ in ("prep", "mark") and c.lower_ in HOLD_ENDS for c in children_of(trigger)) or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in HOLD_ENDS for m in children_of(c)) for c in children_of(trigger)):
        return "ended"
    return None


def _past_role(trigger: Token) -> bool:
    """Whether a verb in the simple past tells a role as closed: bounded by its end ("led X until 2019", "was run by
    N until his arrest") or by a stretch of time ("commanded X for two decades"). The perfect ("has led X for years") and the present go on."""
    if trigger.dep_ == "attr" and trigger.head.lemma_ == "be":
        trigger = trigger.head  # "was a colonel in X": the copula's tense and clauses are the role's
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    passive = [c for c in children_of(trigger) if c.dep_ == "auxpass"]
    if not (trigger.tag_ == "VBD" or trigger.tag_ == "VBN" and passive and all(c.lower_ in ("was", "were") for c in passive)):
        return False
    if any(c.dep_ == "aux" for c in children_of(trigger)):  # ("had led", "would lead": another time)
        return False
    if any(c.dep_ in ("prep", "mark") and c.lower_ in HOLD_ENDS and c.lower_ != "before" for c in children_of(trigger)) or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in HOLD_ENDS and m.lower_ != "before" for m in children_of(c))
            for c in children_of(trigger)):
        return True
    if any(c.dep_ == "advcl" and c.lemma_ in ROLE_LEAVING_VERBS and any(m.dep_ == "mark" and m.lower_ in HOLD_ENDS for m in children_of(c))
           for c in children_of(trigger)):
        return True  # "was a colonel in X before he defected": left since
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" and _span(p) for p in children_of(c))
               for c in children_of(trigger)) or any(c.dep_ == "dobj" and _span(c) for c in children_of(trigger))  # "spent 18 years in X"


def _late_holder(trigger: Token) -> bool:
    """Whether the person a role is told of is dead: "the late N, who led X", "N, who founded X, was killed on
    Friday", "N, the group's leader, died in May" (the person the relative clause or apposition hangs on is "the
    late" one, or the subject of a verb of dying in the past)."""
    if trigger.dep_ in ("relcl", "acl", "appos"):
        holder = trigger.head
    else:
        holder = next((c for c in children_of(trigger) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is None:
        return False
    if any(c.dep_ == "amod" and c.lower_ in DECEASED_MODIFIERS for c in children_of(holder)):
        return True
    verb = holder.head
    if holder.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in DEATH_VERBS or verb == trigger:
        return False
    if verb.lemma_ not in DYING_VERBS and holder.dep_ != "nsubjpass":
        return False  # ("N, who leads X, killed two guards": he kills, he is not killed)
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                                           for c in children_of(verb))


def _span(tok: Token) -> bool:
    """Whether ``tok`` (perhaps a merged date, "two decades") names stretches of time: "years", "two decades"."""
    words = tok.lemma_.lower().split()
    return bool(words) and words[-1] in SPAN_NOUNS and tok.lower_.endswith("s")


def _superseded(verb: Token) -> bool:
    """Whether a verb of saying has for subject a superseded form of the text ("an earlier version of this article
    said", "a previous draft stated"): what it said, the correction no longer stands by. Under a correction's
    label the text names itself more plainly ("Correction: ... The article also said that X backs Y")."""
    subjects = [s for s in children_of(verb) if s.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in SUPERSEDED_TEXTS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in SUPERSEDED_TEXT_MODIFIERS for c in children_of(s))
        for s in subjects) or (any(_own_text(s) for s in subjects) and _in_correction(verb))


def _own_text(noun: Token) -> bool:
    """"the article", "this story", "our 11:05 entry": the text itself, plainly named (not "a UN report")."""
    return noun.lemma_.lower() in OWN_TEXT_NOUNS \
        and any(c.dep_ in ("det", "poss") and c.lower_ in OWN_TEXT_DETERMINERS for c in children_of(noun)) \
        and not any(c.dep_ in ("compound", "amod", "prep", "appos", "nmod") and not TIME_STAMP.fullmatch(c.text)
                    for c in children_of(noun))


# a line's label after an optional time stamp and dashes: "Correction:", "12:05 -- Clarification:"
_LINE_LABEL_WORD = re.compile(r"[\s\-–—]*(?:" + TIME_STAMP.pattern + r")?[\s\-–—]*([A-Za-z]+)\s*:")


def _in_correction(token: Token) -> bool:
    """Whether ``token``'s line opens with a correction's label ("Correction: ...")."""
    text = doc_text(token.doc)
    line = _LINE_LABEL_WORD.match(text, text.rfind("\n", 0, token.idx) + 1)
    return line is not None and line.group(1).lower() in CORRECTION_LABELS


def _reported_speech(trigger: Token) -> bool:
    """Whether a trigger's clause is the complement of a verb of saying ("UN experts say X armed Y", "X armed Y,
    officials said"): a report, not the text's own voice; so is a verb coordinated with the reported one ("experts
    say X armed Y and shelled Z"), and the infinitive of a passive verb of report ("X's jets were reported to have
    bombed Y": ``raising_verbs``), which a denial may answer ("X called the reports baseless")."""
    chain = _chain(trigger)
    top = chain[-1]
    if top != trigger and _raising(top):
        return True
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    return top.dep_ == "ccomp" and top.head.lemma_ in SPEECH_VERBS


def _charge_subject(verb: Token) -> bool:
    """Whether a verb's subject opens, after a comma, with a claim or charge noun before its head: ", a charge
    Kigali denies", ", a claim the army rejects" (a comment on the clause before, misparsed as its governor)."""
    doc = verb.doc
    # (or the charge noun is a phrase of its own before the denier's subject, as a second subject or an object
    # fronted: ", a charge Caracas rejected", ", an allegation Dorvania denied"; a dash sets the comment off as a
    # comma does: "... - a charge Caracas rejected", the hyphen spaced as a dash)
    return any(s.dep_ in ("nsubj", "dobj") and s.i < verb.i and s.left_edge.i > 0 and _comment_break(doc[s.left_edge.i - 1])
               and any((t.i < s.i or s.dep_ == "dobj" or t.i == s.i and (_second_subject(s) or _denier_appended(s)))
                       and t.pos_ == "NOUN" and t.lemma_.lower() in ALLEGATION_NOUNS for t in s.subtree)
               for s in children_of(verb)) or any(
        # "... arming Z - a charge Y denies": the parser hung the charge noun set off before the denier elsewhere
        # (an apposition of the name before it, an object of the accusation's "of") and took the denier alone for
        # the denial's subject
        s.dep_ == "nsubj" and s.i < verb.i and _charge_set_off_before(s) for s in children_of(verb))


def _charge_set_off_before(subject: Token) -> bool:
    """Whether a charge noun set off by a comma or a dash stands just before ``subject``'s own words (its article
    and modifiers): ", a charge the Xian ministry denies", "- an allegation Y rejected"."""
    doc, start = subject.doc, subject.i
    while start > 0 and doc[start - 1].head == subject and doc[start - 1].dep_ in ("det", "amod", "compound", "poss", "case"):
        start -= 1
    if start < 2:
        return False
    noun = doc[start - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ALLEGATION_NOUNS:
        return False
    before = doc[noun.i - 1]
    if before.dep_ == "det" and before.i > 0:
        before = doc[before.i - 1]
    return _comment_break(before)


def _comment_break(punct: Token) -> bool:
    """Whether ``punct`` sets a comment off from the clause before it: a comma, or a dash (a hyphen with a space on
    each side stands for one: "X accused Y of arming Z - a charge Y denies")."""
    if punct.text in (",", "—", "–"):
        return True
    return punct.text == "-" and bool(punct.whitespace_) and punct.i > 0 and bool(punct.doc[punct.i - 1].whitespace_)


def _denier_appended(noun: Token) -> bool:
    """Whether a charge noun has the name of its denier hung on it as an apposition (", a charge Abidjan denies",
    the parser reading the name as the charge's appositive and the charge as the verb's only subject)."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == noun.i + 1 for c in children_of(noun))


def _second_subject(noun: Token) -> bool:
    """Whether a subject has another subject after it on the same verb (", a charge Caracas rejected")."""
    return any(c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children)


def _denied_after(trigger: Token) -> bool:
    """Whether a reported statement of ``trigger`` is followed, after a comma, by a comment that someone denies it: a
    claim or charge noun with a relative clause of denial ("lawyers said X had armed Y, a claim X has always denied"),
    or a relative "which" that a verb denying statements takes as its object ("A said Greece backs the PKK, which
    Athens denies"). A denial itself denied ("a claim X has never denied") is none. The report is then disputed:
    neither stated nor denied by the text (dropped). Only a report: what the text states in its own voice stands."""
    chain = _chain(trigger)
    top = chain[-1]
    # (or a belief the text reports: "X is widely believed to back Y, a charge X rejects")
    raised = top != trigger and _raising(top)
    if top.dep_ == "ROOT" and any(c.dep_ == "parataxis" and c.lemma_ in SPEECH_VERBS for c in children_of(top)) and any(
            c.dep_ == "advcl" and c.lemma_ in DENYING_VERBS | PROPOSITION_DENYING_VERBS and not _voided(c)
            and any(d.dep_ == "dobj" and d.pos_ == "PRON" for d in children_of(c)) for c in children_of(top)):
        return True  # "X backs Y, Z says, though X denies it": a report set as an aside, then denied
    if not raised and (top.dep_ != "ccomp" or top.head.lemma_ not in SPEECH_VERBS):
        return False  # ("Rwanda backs the M23, a charge Kigali denies": the text's own voice states it, and it stands)
    scope = top if raised else top.head
    doc = trigger.doc
    for verb in (t for t in scope.subtree if t.i > trigger.i and t.dep_ == "ccomp" and t.head in chain
                 and t.lemma_ in DENYING_VERBS | PROPOSITION_DENYING_VERBS and not _voided(t)):
        # "... X armed Y, a charge X denies", the parser hanging the comment on the report as a clause whose subject
        # carries the charge noun as a modifier
        for subj in (c for c in children_of(verb) if c.dep_ == "nsubj"):
            noun = next((m for m in children_of(subj) if m.dep_ == "compound" and m.lemma_.lower() in ALLEGATION_NOUNS), None)
            start = min(t.i for t in subj.subtree)
            if noun is not None and start > 0 and doc[start - 1].text == ",":
                return True
    for verb in (t for t in scope.subtree if t.i > trigger.i and t.dep_ == "relcl"):
        if not any(c.dep_ == "nsubj" for c in children_of(verb)) or _voided(verb):
            continue
        noun = verb.head
        clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None or (clause != trigger and clause not in chain and clause != scope):
            continue  # "X sheltered Y, and monitors say the two are aligned, a claim X rejects": the later clause's
        start = min(t.i for t in noun.subtree)
        if noun.pos_ == "NOUN" and noun.lemma_ in ALLEGATION_NOUNS \
                and verb.lemma_ in DENYING_VERBS | PROPOSITION_DENYING_VERBS and noun.i > trigger.i \
                and start > 0 and doc[start - 1].text == ",":
            return True
        which = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.tag_ == "WDT"), None)
        if which is not None and verb.lemma_ in PROPOSITION_DENYING_VERBS and which.i > 0 \
                and doc[which.i - 1].text == "," and noun.i >= trigger.i:
            return True
    return False


def _lost(trigger: Token) -> bool:
    """Whether a capture noun is read as modified by a verb of losing ("Al-Shabaab lost control of X", "the Houthis
    ceded control of Y", the verb parsed as an adjective of the noun): the hold was given up."""
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound") and c.pos_ == "VERB" and c.lemma_ in LOSING_VERBS for c in children_of(trigger))


def _diplomats_expelled(trigger: Token) -> bool:
    """Whether a verb of driving out (``outcome_hostility_verbs``) has a state's diplomats for its object ("Estonia
    expelled two Xian diplomats", "expelled the Xian ambassador", "the envoys were expelled"): a diplomatic
    row, which reads no hostility, as driving its troops out of a town would."""
    return trigger.pos_ == "VERB" and trigger.lemma_ in OUTCOME_HOSTILITY_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in DIPLOMATIC_STAFF_NOUNS for c in children_of(trigger))


def _sporting(trigger: Token) -> bool:
    """A verb trigger whose clause (with the verbs coordinated with it) tells a sporting contest: it names one
    ('defeated X in the Asian Cup semi-final, and Y crushed Z', 'edged past X in a World Cup qualifier') or gives
    a score ('thrashed X 4-0'; not a count, 'killing 20-30 people')."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    top = trigger
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    sent = trigger.sent  # (found once: each token's .sent walks the parse anew)
    words = [t for t in top.subtree if sent.start <= t.i < sent.end]
    for n, tok in enumerate(words):
        lower = tok.lower_
        if lower.rsplit(" ", 1)[-1] in CONTEST_NOUNS and _contest_path(tok, top) and not (tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN"
                                           and tok.head.lower_ not in CONTEST_NOUNS) \
                and not any(c.lower_ == "no" for c in children_of(tok)):
            return True  # ("the final offensive" stays: the noun it modifies is no contest; "no match for X" too)
        score = re.fullmatch(r"(\d{1,2})[-\u2013](\d{1,2})", lower) is not None or (
            tok.like_num and n + 2 < len(words) and words[n + 1].lower_ in ("-", "\u2013")
            and words[n + 2].like_num and words[n + 2].i == tok.i + 2)
        if score:
            last = tok if re.fullmatch(r"\d{1,2}[-\u2013]\d{1,2}", lower) else words[n + 2]
            after = last.nbor(1) if last.i + 1 < len(last.doc) else None
            if not (last.dep_ == "nummod" and last.head.pos_ == "NOUN") and not (after is not None and after.pos_ == "NOUN"):
                return True
    return False


def _fronted_condition(verb: Token, aux: Token) -> bool:
    """'Had X sanctioned Y in 2023, the war could have ended': an inverting auxiliary that opens a sentence that asks
    nothing, put before the subject of the verb it serves, where the parser made that verb the sentence's root (the
    subordinate reading is _read_context's own): a condition, whatever the parser hung the main clause on."""
    if aux.dep_ not in ("aux", "auxpass") or aux.lower_ not in INVERTING_CONDITIONALS or verb.dep_ != "ROOT" \
            or aux.i > verb.i:
        return False
    sent = verb.sent
    opening = next((t for t in sent if not (t.is_punct or t.dep_ == "cc")), None)
    if opening != aux or any(t.text == "?" for t in sent):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and aux.i < c.i < verb.i for c in children_of(verb))


def _postposed_condition(verb: Token, subject: Token) -> bool:
    """'Z would have responded had X attacked Y': a subordinate verb whose subject comes right after an inverting
    auxiliary the parser hung on (or under) the verb, past the verb it depends on."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("advcl", "ccomp") or subject.i > verb.i:
        return False
    first = min(t.i for t in subject.subtree)
    if first == 0:
        return False
    aux = verb.doc[first - 1]
    if aux.lower_ not in INVERTING_CONDITIONALS:
        return False
    if aux == verb.head:  # ("had" read as the verb the clause hangs on, itself after the main verb)
        return aux.dep_ in ("advcl", "ccomp") and aux.head.i < aux.i
    return aux in children_of(verb) and verb.head.i < aux.i


def _civic_contest(trigger: Token) -> bool:
    """A verb trigger (or the first verb it is coordinated with) set "in", "at" or "through" an arena of
    politics or law ("fought the ruling party in the election", "battled the government in court"): a contest
    without arms. Only a preposition of the verb itself: "fought X during the election" is a time, and "fought X
    in the run-up to the vote" a war in its season."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    top = trigger
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    return any(p.dep_ == "prep" and p.lower_ in ARENA_PREPOSITIONS and g.dep_ == "pobj"
               and g.lower_ in CIVIC_CONTEST_NOUNS
               for verb in {trigger, top} for p in children_of(verb) for g in children_of(p))


def _contest_path(tok: Token, top: Token) -> bool:
    """Whether a contest noun is where the clause's act took place: reached from the verb through no preposition
    but one of place or part ('in the final', 'at the Cup of Nations'), not one of time ('days after the final')."""
    while tok != top and tok.head != tok:
        if tok.dep_ == "prep" and tok.lower_ not in ("in", "at", "during", "of"):
            return False
        tok = tok.head
    return tok == top


def _habit_all_but_denied(trigger: Token) -> bool:
    """Whether an adverb of ``trigger`` all but denies it as a habit (``habit_negators``): "Morocco and Algeria
    rarely agree", "Iran seldom attacks Israel directly" state neither the relation nor its denial. Only the
    trigger's own adverb counts: "As leader of X, N rarely appeared in public" still says N leads X."""
    return any(c.dep_ == "advmod" and c.lower_ in HABIT_NEGATORS for c in children_of(trigger))


def _all_but_done(verb: Token) -> bool:
    """Whether ``verb`` is said all but done ("ISIS almost captured Erbil", "the army very nearly lost X":
    ``all_but_adverbs``): the adverb on the verb, right before it (past auxiliaries and a negation only), so
    that "struck X almost daily", "held it for nearly four decades" and "almost 300 fighters attacked Y" keep
    the act (mood37)."""
    for child in children_of(verb):
        if child.dep_ == "advmod" and child.lower_ in ALL_BUT_ADVERBS and child.i < verb.i and all(
                t.dep_ in ("aux", "auxpass", "neg") for t in verb.doc[child.i + 1:verb.i]):
            return True
    return False


def _bare_under_modal(verb: Token) -> bool:
    """Whether ``verb`` is a bare infinitive with its own subject under a modal verb ("the plan would see Turkey
    withdraw from Y", "the deal will have the RSF leave Z", "the accord would let X keep W"): what the governor
    would bring about, not what was done; so is a bare infinitive joined to it ("would see A free B and C pull out
    of Y") (mood37)."""
    if verb.tag_ not in ("VB", "VBP"):  # ("see A free B and C pull out of Y": the tagger may make it a present)
        return False
    while verb.dep_ == "conj" and verb.head.tag_ in ("VB", "VBP") and verb.head != verb:
        verb = verb.head
    head = verb.head
    if verb.tag_ == "VBP" and (head.lemma_ in SPEECH_VERBS or head.lemma_ in REPORTING_VERBS):
        return False  # ("would say the rebels hold X": a report, read as one)
    return verb.dep_ in ("ccomp", "xcomp") and head != verb and head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)) \
        and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < verb.i for c in (*children_of(verb), *children_of(head))) \
        and any(c.dep_ == "aux" and c.lemma_ in MODAL_AUX for c in children_of(head))


def _headline_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a headline's infinitive of what is to come, its subject named right before "to" with
    no finite verb over it ("Russia to supply Mali with jets", "Colombia and ELN to resume talks in Caracas",
    "Chad to withdraw troops from Y, says ministry"): the act is announced, not done (mood37). An infinitive a
    verb governs ("helped X to take Y", "sent troops to retake Z") is left to its governor."""
    to = next((c for c in children_of(verb) if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or to.i == 0 or verb.tag_ != "VB":
        return False
    if verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < to.i for c in children_of(verb))
    head = verb.head
    if verb.dep_ not in ("relcl", "acl", "advcl") or head.pos_ not in ("NOUN", "PROPN") or head.i > to.i or any(
            t.pos_ in ("VERB", "AUX") or t.is_punct for t in verb.doc[head.i + 1:to.i]):
        return False
    return head.dep_ == "ROOT" or head.dep_ == "nsubj" and head.head.dep_ == "ROOT" and head.head.i > verb.i \
        and head.head.lemma_ in SPEECH_VERBS


def _forsworn(governor: Token, below: Token, ctx: _Context) -> bool:
    """Whether ``governor`` is a public vow whose to-infinitive ``below`` is negated ("pledged not to support X",
    "promised never to arm Y": ``forswearing_verbs``): a refusal stated now, denied as "will not" denies it, where
    the context read so far holds the negation and the vow itself is plain (not denied, modal or asked) (mood37)."""
    return governor.lemma_ in FORSWEARING_VERBS and ctx.negated and below.dep_ == "xcomp" and below.head == governor \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(below)) \
        and any(c.dep_ == "neg" or c.lower_ in NEGATIVE_ADVERBS for c in children_of(below) if c.i < below.i) \
        and not any(c.dep_ in ("neg", "mark") or c.dep_ == "aux" and c.lemma_ in MODAL_AUX for c in children_of(governor)) \
        and governor.dep_ not in ("xcomp", "advcl", "relcl", "acl")


def _due_not_done(governor: Token, below: Token) -> bool:
    """Whether ``governor`` is a passive raising verb of duty whose bare infinitive ``below`` names what was due,
    not done ("X was supposed to withdraw from Y": ``duty_raising_verbs``); a perfect infinitive reports the act
    ("X is supposed to have armed Y") (mood37)."""
    return governor.lemma_ in DUTY_RAISING_VERBS and below.dep_ == "xcomp" and below.head == governor \
        and any(c.dep_ == "auxpass" for c in children_of(governor)) and any(c.lower_ == "to" for c in children_of(below)) \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(below))


def _condition_phrase(verb: Token) -> bool:
    """Whether the present-tense clause of ``verb`` opens with a condition of several words ("provided that X
    withdraws from Y", "in case X attacks Y", "as soon as X leaves Z": ``condition_phrases``), read in word order
    right before the clause's subject, since the parser seldom hangs the words as the clause's mark (mood37)."""
    if verb.tag_ not in ("VB", "VBP", "VBZ"):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None:
        return False
    start = subject.left_edge.i
    before = [t.lower_ for t in verb.doc[max(verb.sent.start, start - 5):start]]
    return any(len(before) >= len(words) and before[-len(words):] == words
               for words in (phrase.split() for phrase in CONDITION_PHRASES))


def _unrealised(trigger: Token) -> bool:
    """A noun trigger whose event has not (yet) happened, whatever rule reads it: one modified as such ("a
    possible attack by X on Y", "the planned withdrawal from Y", "the upcoming talks between X and Y"), one
    called off, put off or foiled ("foiled an attack on Y by X", "the talks with X were postponed"), one expected
    ("X's withdrawal from Y is expected next month"), or one that did not happen ("the offensive on Y never
    began")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if (_irrealis(trigger) and not _came_about(trigger)) or _one_alternative(trigger):
        return True
    head = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_ in AVERTING_VERBS or _phrasal(head) in AVERTING_VERBS:
        return True
    if trigger.dep_ == "nsubjpass" and head.lemma_ in INTENT_VERBS:
        return True
    if _judged_unreal(trigger, head):
        return True
    return _denied_occurrence(trigger) is not None


def _one_alternative(trigger: Token) -> bool:
    """An indefinite event noun offered as one of alternatives ("a split in the junta; or a deal between A and B",
    "a truce or a deal between A and B"): which of them happens, if any, is not told."""
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in children_of(trigger)):
        return False
    nouns = (trigger, trigger.head) if trigger.dep_ == "conj" and trigger.head.pos_ in ("NOUN", "PROPN") else (trigger,)
    joined = trigger.dep_ == "conj" or any(c.dep_ == "conj" for c in children_of(trigger))
    return joined and any(c.dep_ == "cc" and c.lower_ in ALTERNATIVE_CONJUNCTIONS for n in nouns for c in children_of(n))


def _judged_unreal(trigger: Token, verb: Token) -> bool:
    """An event noun its linking verb's complement calls not (yet) held ("a deal between A and B remains elusive",
    "a truce is out of reach", "talks seem a distant prospect"), or wanted now ("talks are needed", "a truce is
    urgent"; not "the strikes were necessary", which justifies what was done)."""
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    present = any(t.tag_ in ("VBZ", "VBP") for t in (verb, *(c for c in children_of(verb) if c.dep_ in ("aux", "auxpass"))))
    if trigger.dep_ == "nsubjpass":
        # "talks are needed", "a deal is required"; w57a: "an attack on Y is deemed improbable", "seen as inevitable"
        return present and verb.lemma_.lower() in WANTED_COMPLEMENTS or _judged_by_others_unreal(verb)
    if verb.lemma_ not in LINKING_VERBS:
        return False
    for comp, words in _weighing_complements(verb):
        if any(w.lemma_.lower() in UNREAL_COMPLEMENTS or w.lower_ in UNREAL_COMPLEMENTS for w in words):
            return True
        if comp.dep_ != "prep" and present and (comp.lower_ in WANTED_COMPLEMENTS or comp.lemma_.lower() in WANTED_COMPLEMENTS):
            return True
    return _linked_unreal(verb)  # w57a: "an offensive on Y appears to be imminent"


def _unreal_words(words: list[Token]) -> bool:
    return any(w.lemma_.lower() in UNREAL_COMPLEMENTS or w.lower_ in UNREAL_COMPLEMENTS for w in words)


def _linked_unreal(verb: Token) -> bool:
    """w57a: a "to be" clause under a verb that weighs its complement as not (yet) held ("an attack on Y is believed
    to be imminent", "a deal between A and B is said to be within reach", "appears to be imminent")."""
    return any(x.dep_ == "xcomp" and x.lemma_ in LINKING_VERBS and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(x))
               and any(_unreal_words(words) for _, words in _weighing_complements(x)) for x in children_of(verb))


def _judged_by_others_unreal(verb: Token) -> bool:
    """w57a: a passive verb of judgement whose complement calls its subject not (yet) held: "an attack on Y is deemed
    improbable", "an invasion of Z was seen as inevitable", "an offensive on Y is believed to be imminent". Not a
    noun the adjective only describes ("the strike was described as a possible war crime": the crime is weighed)."""
    for comp in children_of(verb):
        if comp.dep_ == "oprd" and _unreal_words([comp]):
            return True
        if comp.dep_ == "prep" and comp.lower_ == "as" and _unreal_words(
                [c for c in children_of(comp) if c.dep_ in ("pobj", "amod", "acomp")]):
            return True
    return _linked_unreal(verb)


def _weighing_complements(verb: Token) -> Iterator[tuple[Token, list[Token]]]:
    """The complements of a linking verb that weigh its subject, each with the words that carry the weight: the
    complement and its adjectives, or a preposition's noun ("out of reach", "within reach", "in sight"). Not a
    complement with a clause of its own, however parsed: "the truce is unlikely to hold", "the war is likely to last
    years" say the truce and the war are there."""
    for comp in (c for c in children_of(verb) if c.dep_ in ("acomp", "attr", "oprd", "prep")
                 and not any(g.dep_ in ("xcomp", "ccomp") or g.tag_ == "TO" for g in children_of(c))):
        words = [t for t in comp.subtree if t.dep_ == "pobj"] if comp.dep_ == "prep" else \
            [comp, *(m for m in children_of(comp) if m.dep_ == "amod")]
        yield comp, words


def _gerund_judged_unreal(trigger: Token) -> bool:
    """prec50: a gerund clause that is the subject of a linking verb whose complement weighs it as a prospect ("Peru
    joining the pact was not impossible", "Chad quitting the bloc seems unlikely", "Oman hosting the talks remains a
    distant prospect"): whether it happens is not told, nor denied (a negation of the linking verb only weighs the
    odds). Not a complement with a clause of its own ("X joining Y is likely to anger Z" says the joining is there),
    nor one outside the word class ("X joining Y was a surprise")."""
    if trigger.tag_ != "VBG":
        return False
    while trigger.dep_ == "conj" and trigger.head.tag_ == "VBG":
        trigger = trigger.head
    verb = trigger.head if trigger.dep_ == "csubj" else _predicate_of_subject_gerund(trigger)
    if verb is None or verb.lemma_ not in LINKING_VERBS:
        return False
    return any(w.lemma_.lower() in UNREAL_COMPLEMENTS or w.lower_ in UNREAL_COMPLEMENTS
               for _, words in _weighing_complements(verb) for w in words)


def _predicate_of_subject_gerund(gerund: Token) -> Token | None:
    """prec50: the verb whose subject a gerund clause with a subject and a "that" of its own is, where the parser
    took the clause for a modifier and a noun set after it in apposition for the subject ("told a station that Peru
    joining the pact (P), the bloc set up by A, was not impossible": "joining" under "station", "bloc" the subject of
    "was"): the first finite verb after the clause. None where the gerund has no subject and "that" of its own."""
    kids = children_of(gerund)
    if gerund.dep_ not in ("relcl", "acl", "ccomp", "advcl") or not any(c.dep_ == "nsubj" and c.i < gerund.i for c in kids) \
            or not any(c.lower_ == "that" and c.i < gerund.i for c in kids):
        return None
    return next((t for t in gerund.sent if t.i > gerund.right_edge.i and t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)


def _irrealis(trigger: Token) -> bool:
    """A noun trigger modified as not (yet) real ("a possible attack", "X's future membership of Y"), before it or
    by a participle set after it ("an offensive on Y, planned for the spring", "the withdrawal from Y, expected by
    May": w57a)."""
    # (a hyphenated modifier is read whole: "the would-be leader", split by the tokenizer)
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("amod", "compound", "nmod", "advmod") and (
            c.lower_ in IRREALIS_MODIFIERS or "".join(t.lower_ for t in c.subtree) in IRREALIS_MODIFIERS)
        or c.dep_ == "acl" and c.tag_ == "VBN" and c.i > trigger.i and c.lower_ in IRREALIS_MODIFIERS
        for c in children_of(trigger))


def _came_about(trigger: Token) -> bool:
    """w57a: a foreseen event noun that a verb in a past tense says was carried out: "the planned offensive on X began
    on Friday", "the threatened assault on Y was launched", "went ahead with its planned withdrawal from Z". Not one
    still to come ("will begin", "is expected to begin": a modal or a clause of its own), nor one denied ("never
    began")."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb = head.head  # "went ahead with | the planned offensive": the verb, its adverb and the preposition
        phrases = {f"{_phrasal(verb)} {head.lower_}", *(f"{verb.lemma_} {a.lower_} {head.lower_}" for a in children_of(verb)
                                                       if a.dep_ in ("advmod", "prt") and a.i < head.i)}
        said = bool(phrases & REALISING_VERBS)
    elif head.pos_ in ("VERB", "AUX"):
        verb, said = head, (trigger.dep_ == "dobj" and (head.lemma_ in REALISING_VERBS or _phrasal(head) in REALISING_VERBS)
                            or trigger.dep_ == "nsubjpass" and (head.lemma_ in REALISING_VERBS or _phrasal(head) in REALISING_VERBS)
                            or trigger.dep_ == "nsubj" and head.lemma_ in OCCURRENCE_VERBS)
    else:
        return False
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)
    return said and past and verb.dep_ not in ("xcomp", "ccomp", "advcl") and not any(a.tag_ == "MD" for a in auxes) \
        and not _voided(verb)


def _role_unrealised(trigger: Token) -> bool:
    """w57a: a noun of a role that is not (yet) held: put off or blocked ("Sweden's accession to Y was delayed",
    "Z blocked X's membership of Y"), or weighed as a prospect ("X's membership of Y remains a distant prospect",
    "is out of reach"). The role's own modifiers are read by _irrealis; a role suspended or ended is read elsewhere."""
    head = trigger.head
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass", "dobj") \
            or head.pos_ not in ("VERB", "AUX"):
        return False
    # (only the object of an averting verb is put off: "the Front of N blocked the road" blocks no role of its own)
    averted = trigger.dep_ in ("dobj", "nsubjpass") and (head.lemma_ in AVERTING_VERBS or _phrasal(head) in AVERTING_VERBS)
    return averted or _judged_unreal(trigger, head)


def _occurs(verb: Token) -> bool:
    """A verb saying an event took place ("began", "were held"; "took place": a verb and its object, written as
    two words in the class)."""
    return verb.lemma_ in OCCURRENCE_VERBS or any(
        c.dep_ == "dobj" and f"{verb.lemma_} {c.lower_}" in OCCURRENCE_VERBS for c in children_of(verb)) or (
        verb.lemma_ in PASSIVE_OCCURRENCE_VERBS and any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)))


def _denied_occurrence(trigger: Token) -> Token | None:
    """The verb of occurrence an event noun is the subject of, where the text says the event did not happen:
    denied ("the talks never took place", "talks were not held"), or under a negating verb ("the talks failed
    to materialise", "talks between X and Y have yet to begin")."""
    head = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return None
    if _occurs(head) and _voided(head):
        return head
    # (its own phrasal verb, not another: "the talks ended up taking place")
    if trigger.dep_ == "nsubj" and _negating(head) and not _voided(head) and (
            _phrasal(head) == head.lemma_ or _phrasal(head) in NEGATING_VERBS):
        return next((c for c in children_of(head) if c.dep_ == "xcomp" and _occurs(c)
                     and not any(n.dep_ == "neg" for n in children_of(c))), None)  # ("failed not to ...": left)
    return _ended_before_occurring(head)


def _ended_before_occurring(verb: Token) -> Token | None:
    """The verb of occurrence in a "before" clause whose pronoun subject is the event that ended ("talks between X
    and Y collapsed before they began", "the truce was called off before it took effect"): the event never took
    place."""
    if _occurs(verb):
        return None  # ("were held in X before they began again in Y": held all the same)
    return next((c for c in children_of(verb) if c.dep_ == "advcl" and _occurs(c) and not _voided(c)
                 and c.lemma_ not in REPEATING_OCCURRENCES
                 and not any(x.dep_ in ("xcomp", "ccomp") or x.lower_ in REPETITION_ADVERBS for x in children_of(c))
                 and any(m.dep_ == "mark" and m.lower_ == "before" for m in children_of(c))
                 and any(n.dep_ in ("nsubj", "nsubjpass") and n.pos_ == "PRON" for n in children_of(c))), None)


def _never_held(trigger: Token) -> bool:
    """An event noun said never to have been held at all ("the talks never took place", "talks between X and Y
    have yet to begin"): not one put off, called off or planned (_unrealised drops those), and not one that
    only has not come back ("talks have not resumed": they were held before)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or not (trigger.lower_ in TALK_NOUNS or trigger.lemma_.lower() in TALK_NOUNS) or any(
            c.dep_ in ("amod", "compound", "nmod", "advmod") and c.lower_ in IRREALIS_MODIFIERS for c in children_of(trigger)):
        return False
    verb = _denied_occurrence(trigger)
    return verb is not None and verb.lemma_ not in REPEATING_OCCURRENCES


def _denial_in(doc: Doc, evidence: Evidence) -> bool:
    """Whether the evidence sentence holds a party's denial ("Asmara denies sending it weapons"), which stands
    beside a statement of the act, unlike the text's own "does not arm"."""
    start = evidence.start - doc._.char_offset
    span = doc.char_span(start, evidence.end - doc._.char_offset, alignment_mode="expand")
    # (a verb that ends or withholds -- "stopped sending tanks", "refused to arm" -- is the text's own account, no
    # party's denial, where the act it withholds is a kind of goods sent: narrower than the backing stated beside it)
    return span is None or any(t.lemma_ in DENYING_VERBS or (_negating(t) and evidence.rule not in _SUPPLY_RULES)
                               for t in span)


def _own_claim(rel: Relation) -> bool:
    """Whether ``rel`` is told only as what its own subject says it did ("the Movement said its fighters had seized
    X"), not what a third party says of it."""
    names = {normalize_name(n) for n in (rel.subject.name, *rel.subject.aliases)}
    return normalize_name(rel.attributed_to) in names


def _claim_rejected(doc: Doc, evidence: Evidence, rel: Relation, res: Resolver) -> bool:
    """Whether a party other than ``rel``'s subject rejects the claim the evidence sentence reports, after a semicolon
    in it or in the next sentence: "dismissed the claim", "denied it", "called the claim false", "said the claim was
    false" (``claim_nouns``, ``false_adjectives``)."""
    from conflictkg.graph.discourse import _called_false  # (discourse imports this module)

    start = evidence.start - doc._.char_offset
    span = doc.char_span(start, evidence.end - doc._.char_offset, alignment_mode="expand")
    if span is None:
        return False
    sents = doc_sents(doc)
    at = next((n for n, sent in enumerate(sents) if sent.start <= span.start < sent.end), None)
    if at is None:
        return False
    semicolon = next((t.i for t in sents[at] if t.text == ";"), None)
    tokens = [*(sents[at][semicolon - sents[at].start + 1:] if semicolon is not None else []),
              *(sents[at + 1] if at + 1 < len(sents) else [])]
    claimant = _side_key(rel.subject, res)
    # (the claimant says it, by a verb of speech: "according to its officials" is a source, not a claim made)
    if not any(t.pos_ == "VERB" and t.lemma_ in SPEECH_VERBS and claimant in {
            _side_key(r.actor, res) for c in clause_subjects(t) for r in np_refs(c, res, ACTOR)} for t in span):
        return False
    for verb in tokens:
        if verb.pos_ != "VERB" or not _rejects_claim(verb, _called_false):
            continue
        rejecters = {_side_key(r.actor, res) for t in clause_subjects(verb) for r in np_refs(t, res, ACTOR)}
        if rejecters and claimant not in rejecters:
            return True
    return False


def _rejects_claim(verb: Token, called_false) -> bool:
    """Whether ``verb`` rejects a claim told before: a denial of "the claim" or "it", a claim called false, or a
    claim said to be false ("said the claim was false")."""
    def claim(tok: Token) -> bool:
        return tok.lemma_.lower() in CLAIM_NOUNS or tok.lemma_.lower() in ALLEGATION_NOUNS

    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if verb.lemma_ in DENYING_VERBS and any(claim(o) or o.lower_ in ("it", "this") for o in objects):
        return True
    if called_false(verb) and any(claim(o) for o in objects):
        return True
    return verb.lemma_ in SPEECH_VERBS and any(
        c.dep_ == "ccomp" and c.lemma_ == "be" and any(n.dep_ == "nsubj" and claim(n) for n in children_of(c))
        and any(a.dep_ in ("acomp", "attr") and a.lower_ in FALSE_ADJECTIVES for a in children_of(c))
        for c in children_of(verb))


def _past_refusal_in(doc: Doc, evidence: Evidence) -> bool:
    """Whether the evidence sentence tells a refusal or a denial in the pluperfect ("A had refused to talk to B",
    "A had long rejected talks with B", "A had never met B"): a state before the time the text tells of."""
    start = evidence.start - doc._.char_offset
    span = doc.char_span(start, evidence.end - doc._.char_offset, alignment_mode="expand")
    return span is not None and any(
        t.tag_ == "VBN" and (_negating(t) or any(c.dep_ == "neg" for c in children_of(t)))
        and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children_of(t)) for t in span)


def _contrastive(neg: Token, head: Token) -> bool:
    """A "not" set against a "but" after it ("attacked not Kyiv but Lviv", "was not attacked by Israel but by
    Turkey"): it denies one end and states another, which the clause's context cannot tell apart (dropped)."""
    return any(d.i > neg.i and d.pos_ not in ("VERB", "AUX") and any(
        c.dep_ == "cc" and c.lower_ in EXCEPTIVE_WORDS for c in children_of(d)) and any(
        c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX") for c in children_of(d)) for d in (head, *children_of(head)))


def _contrast_after_object(neg: Token, verb: Token) -> bool:
    """A "not" after its verb's object and a comma ("attacked X on Tuesday, not the army"), which the parser hangs
    on the verb: it sets a phrase against one of the clause's, which is unclear (dropped, not denied)."""
    doc = neg.doc
    return neg.i > verb.i and neg.i > 0 and doc[neg.i - 1].text == "," and any(
        c.dep_ in ("dobj", "pobj", "prep", "attr") and c.i < neg.i for c in children_of(verb))


def _time_corrected(neg: Token, verb: Token) -> bool:
    """A "not" after its verb and a comma, before a date or time ("attacked X on Tuesday, not Monday", "sent troops
    in 2019, not in 2018"): it sets one time against another; the act was done."""
    doc = neg.doc
    if neg.i < verb.i or neg.i < 1 or doc[neg.i - 1].text != "," or neg.i + 1 >= len(doc):
        return False
    after = doc[neg.i + 1]
    if after.pos_ == "ADP":  # "not in 2018"
        after = next((c for c in children_of(after) if c.dep_ == "pobj"), after)
    return after.ent_type_ in ("DATE", "TIME")


def _degree_compared(verb: Token) -> bool:
    """A verb whose act is measured against another ("funds X as generously as it did", "backs Y the way it
    once did", "arms Z to the extent it did in 2016"): a "not" or "no longer" over it denies the measure,
    not the act, so the act may hold still, in less measure."""
    for child in children_of(verb):
        if child.dep_ == "advmod" and child.pos_ == "ADV" and child.lower_ not in CONDITION_DEGREE_ADVERBS and any(
                g.dep_ == "advmod" and g.lower_ == "as" for g in children_of(child)) and any(
                g.dep_ in ("mark", "prep") and g.lower_ == "as" and g.i > child.i for g in child.subtree):
            return True  # "as heavily as before", "as much as it used to" (not "as long as": a condition)
        nouns = [child] if child.dep_ == "npadvmod" else [p for p in children_of(child) if p.dep_ == "pobj"] \
            if child.dep_ == "prep" else []
        if any(n.lower_ in DEGREE_COMPARISON_NOUNS and any(c.dep_ == "relcl" for c in children_of(n)) for n in nouns):
            return True  # "the way it once did", "to the extent it did"
        if child.dep_ == "prep" and any(n.lemma_.lower() in SCALE_DEGREE_NOUNS and any(c.dep_ == "amod" for c in children_of(n))
                                        for n in nouns):
            return True  # prec51: "has not taken up arms against X on a large scale": the scale denied, not the act
    return False


def _restricted(neg: Token, verb: Token) -> bool:
    """A "not" that only restricts ("did not just attack X", "did not merely condemn Y", "not simply"): the act
    was done, and more."""
    return any(c.dep_ == "advmod" and c.lower_ in RESTRICTING_ADVERBS and c.i == neg.i + 1
               for c in (*children_of(verb), *children_of(neg)))


def _exclusive(verb: Token) -> bool:
    """A copula whose complement is a word of exclusivity ("was not alone in striking X", "is not unique in
    arming Y"), or a verb with such an adverb after it ("did not take X alone"): its "not" denies that the
    subject was the only one, not what it did."""
    if verb.lemma_ == "be":
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in EXCLUSIVE_WORDS for c in children_of(verb))
    # "did not take Raqqa alone", "did not retake the city single-handedly": others took part, the act was done
    # ("single-handedly" split at its hyphen; "unaided" misread as a clause of its own)
    # (or hung on the object: "did not seize Goma | alone")
    near = [*children_of(verb), *(c for o in children_of(verb) if o.dep_ == "dobj" for c in children_of(o) if c.dep_ == "advmod")]
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("advmod", "acomp", "npadvmod", "ccomp", "xcomp", "oprd") and c.i > verb.i and c.pos_ in ("ADV", "ADJ")
        and (c.lower_ in EXCLUSIVE_WORDS or "".join(t.lower_ for t in c.subtree) in EXCLUSIVE_WORDS) for c in near)


def _unhesitating(verb: Token) -> bool:
    """A verb of reluctance denied ("did not hesitate to", "never hesitated to"): what follows was done."""
    return verb.lemma_ in RELUCTANCE_VERBS and any(c.dep_ == "neg" or c.lower_ in NEGATIVE_ADVERBS for c in children_of(verb))


def _detached(clause: Token) -> bool:
    """A clause before its governor with a colon or semicolon between them is a sentence of its own that
    the parser hung there ("A held talks with B: C rejected them"), not what the governor says."""
    gov = clause.head
    return clause.i < gov.i and any(c.dep_ == "punct" and c.text in (":", ";") and clause.i < c.i < gov.i
                                    for c in children_of(gov))


def _claim_over(clause: Token, nouns: Collection[str] = CLAIM_NOUNS) -> Token | None:
    """The claim noun whose content ``clause`` is: its head ("the claim that X struck Y"); reached up
    through the participles describing the claim ("the claims, made by X and repeated by Y, that Z
    struck W"); or, when the parser hung the "that"-clause on the verb, that verb's claim noun before
    it ("denied the reports, first aired by Y, that Z struck W"). ``nouns`` are the claim nouns sought (a party's
    statement is sought only where it is dismissed: ``_dismissed_statement``)."""
    # (a claim noun the tagger took for a verb is still a noun where it is an object or a subject: "dismissed as
    # propaganda claims that X struck Y", "Reports that X bombed Y could not be verified")
    if (clause.head.pos_ == "NOUN" or clause.head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")) \
            and clause.head.lemma_ in nouns:
        return clause.head if _content_clause(clause) else None
    if clause.dep_ in ("relcl", "acl") and clause.head.dep_ == "pobj" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)):
        noun = clause.head.head.head  # "accusations from residents that X shelled Y": the content, hung on the source
        if noun.pos_ == "NOUN" and noun.lemma_ in nouns:
            return noun
    tok = clause
    for _ in range(3):
        head = tok.head
        if head is tok or head.tag_ != "VBN" or tok.dep_ not in ("ccomp", "conj", "acl"):
            break
        tok = head
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" and tok.head.lemma_ in nouns:
            return tok.head
    if clause.dep_ == "ccomp" and not any(c.dep_ == "mark" for c in children_of(clause)):
        # "dismissed allegations its soldiers had shelled Y", the "that" left out and the clause hung on the verb: the
        # content of the claim noun object right before it
        noun = next((c for c in clause.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i), None)
        if noun is not None and noun.lemma_ in nouns:
            return noun
    if clause.dep_ in ("ccomp", "advcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in _with_aux_children(clause)):
        gov = clause.head
        held = [c for c in children_of(gov) if c.dep_ == "dobj"] + [
            p for c in children_of(gov) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj"]
        if not any(c.dep_ == "dobj" for c in children_of(gov)) and gov.lemma_ not in SPEECH_VERBS:
            # "Rumours spread on Telegram that X had taken Y", "reports circulated that ...": the content put
            # after the verb the claim noun is the subject of
            held += [c for c in children_of(gov) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        return next((n for n in held if n.i < clause.i and n.lemma_ in nouns), None)
    return None


def _dismissed_statement(clause: Token) -> bool:
    """Whether ``clause`` is the content of a party's statement that a verb denies or dismisses ("rejected as false
    the statement by X that Y shelled Z", "dismissed the rebels' statement that ..."): denied, as a dismissed claim's
    is. A statement no one dismisses is its issuer's word, read as the text gives it ("took note of its statement that
    it would not negotiate with X"), so statement nouns are no claim nouns."""
    statement = _claim_over(clause, STATEMENT_NOUNS)
    if statement is None or statement.dep_ not in ("dobj", "pobj"):
        return False
    verb = statement.head.head if statement.dep_ == "pobj" else statement.head
    return (verb.lemma_ in DENYING_VERBS or verb.lemma_ in CLAIM_DISMISSING_VERBS) and not _voided(verb)


def _with_aux_children(clause: Token) -> list[Token]:
    """A clause's children and those the parser hung on its auxiliaries ("rejected X's claim that | it had armed Y",
    with "that" and "it" under "had"): its "that" wherever the parser put it (neg36)."""
    return [*children_of(clause), *(g for c in children_of(clause) if c.dep_ in ("aux", "auxpass") for g in children_of(c))]


def _said_false(chain: list[Token]) -> bool | None:
    """``True`` when the clause comes up, through a claim noun or a verb of saying, to the subject of a
    verb that calls it false ("reports that X seized Y were untrue", "posts claiming X bombed Y are
    fake"); ``None`` when "no evidence" or "nothing" governs it ("no evidence shows that X armed Y", "nothing
    indicates that X armed Y"): not stated."""
    top, said = chain[-1], any(t.lemma_ in CLAIM_NOUNS or t.lemma_ in SPEECH_VERBS for t in chain[1:])
    if top.dep_ in ("ccomp", "csubj") and _calls_false(top.head, ("acomp", "attr")):
        return True  # "it is false that X struck Y", "it is not true that ..."
    for _ in range(3):
        if top.dep_ in ("acl", "ccomp", "relcl", "appos") and (top.head.lemma_ in CLAIM_NOUNS or top.head.lemma_ in SPEECH_VERBS
                                                               or top.head.lemma_ in EVIDENCE_NOUNS):
            top, said = top.head, True
        elif said and top.dep_ in ("acl", "relcl") and top.head.pos_ in ("NOUN", "PROPN"):
            top = top.head
        else:
            break
    over = [top, top.head] if top.dep_ == "ccomp" else [top]  # "no evidence | shows that X armed Y"
    nouns = [top, *(c for t in over for c in children_of(t) if c.dep_ in ("nsubj", "dobj", "attr"))]
    if any(n.lemma_ in EVIDENCE_NOUNS and any(d.lower_ == "no" for d in children_of(n)) for n in nouns):
        return None
    if any(t.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in NEGATIVE_OBJECTS for c in children_of(t.head))
           for t in (*chain, top)):
        return None  # "nothing suggests that X armed Y", "none of it shows that ...": as "no evidence shows that"
    if not said or top.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _calls_false(top.head, ("acomp", "attr", "oprd"))


def _under_no_evidence(trigger: Token) -> bool:
    """Whether ``trigger`` stands in the "that" clause of an evidence noun under "no" ("there is no sign that X
    allied with Y", with the parser's "that" hung on a later verb and the trigger made a participle of X): the
    clause is not stated as fact. The walk up stops at a relative clause or a marked adverbial clause, which state
    their own facts ("no evidence that X, which armed Y, ..."), and never crosses a clause without "that"."""
    tok = trigger
    for _ in range(8):
        if tok.head == tok or tok.dep_ == "relcl" or tok.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in children_of(tok)):
            return False
        if tok.dep_ in ("acl", "ccomp") and tok.head.lemma_ in EVIDENCE_NOUNS and tok.head.pos_ == "NOUN" \
                and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(tok.head)) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in _with_aux_children(tok)):
            return True
        tok = tok.head
    return False


def _circulating(top: Token) -> bool:
    """Whether a clause is what posts or messages passed around say ("posts accompanying the video say X struck Y",
    "tweets claiming that X seized Y"): the verb of saying's subject, or the noun the clause hangs on, is one of
    ``CIRCULATING_CONTENT_NOUNS``."""
    if top.dep_ in ("ccomp", "acl") and top.head.lemma_ in SPEECH_VERBS and top.head.pos_ == "NOUN" and any(
            c.dep_ == "compound" and _unowned_content(c) for c in top.head.children):
        return True  # "A video claims that X left Y", the verb tagged as a noun the video modifies
    if top.dep_ != "ccomp" or top.head.lemma_ not in SPEECH_VERBS:
        return False
    speaker = top.head
    if speaker.dep_ == "acl" and speaker.head.pos_ == "NOUN":  # "posts claiming that ..."
        return _unowned_content(speaker.head)
    # (up one clause: "Posts accompanying it say ...", which the parser reads as "Posts accompanying [it say ...]";
    # "A video shared on Facebook this week claims ...", "Messages shared on WhatsApp say ...", read as the
    # participle's clause with the verb of saying coordinated with it or hung on it)
    verbs = (speaker, speaker.head) if speaker.dep_ in ("ccomp", "parataxis") or speaker.dep_ in ("conj", "advcl") \
        and speaker.head.i < speaker.i and speaker.head.lemma_ in PASSING_VERBS else (speaker,)
    return any(c.dep_ == "nsubj" and _unowned_content(c) for verb in verbs for c in children_of(verb))


def _framed_quote(trigger: Token) -> bool:
    """Whether ``trigger`` stands in a quotation given as a caption, a headline, a slogan or a banner ('carries
    the caption "X abandons Y"', 'the headline read: "X seizes Y"', 'banners reading "A out of B" and "X backs Y"'):
    the quotation's opening mark comes right after such a noun, after a verb of reading or saying it governs, or
    after another quotation so given and a conjunction."""
    sent, doc = trigger.sent, trigger.doc
    marks_at = columns_of(doc).positions(ORTH, _QUOTE_MARKS)  # (the document's marks: a Token made only of these)
    marks = [doc[i] for i in marks_at[bisect_left(marks_at, sent.start):bisect_left(marks_at, trigger.i)]]
    if len(marks) % 2 == 0:
        return False
    opening = len(marks) - 1
    while opening >= 0:
        before = [t for t in sent if t.i < marks[opening].i and not (t.is_punct and t.text not in _QUOTE_MARKS)][-3:]
        if len(before) >= 2 and before[-1].dep_ == "cc" and before[-2].text in _QUOTE_MARKS and opening >= 2:
            opening -= 2  # "... reading "A" and "B"": the first quotation's frame
            continue
        for tok in reversed(before):
            if tok.lower_ in QUOTE_FRAME_NOUNS or tok.lemma_.lower() in QUOTE_FRAME_NOUNS:
                return True
            if tok.lemma_ not in ("read", "say", "bear", "carry", "with"):
                return False
        return False
    return False


def _purported(verb: Token) -> bool:
    """Whether a verb of showing is a to-infinitive put forward by a word of claiming just before it ("claims to
    show", "purporting to depict"; ``PURPORTING_WORDS``, read by form since the tagger often takes them for nouns)."""
    if verb.lemma_ not in DEPICTING_VERBS:
        return False
    to = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    return to is not None and to.i > 0 and verb.doc[to.i - 1].lower_ in PURPORTING_WORDS


def _unowned_content(noun: Token) -> bool:
    """Whether a noun is a post or a message no one is named as the author of ("a post by the army", "the
    ministry's post" are the army's and the ministry's word)."""
    return noun.lower_ in CIRCULATING_CONTENT_NOUNS and not any(
        c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "by"
        or c.dep_ == "agent" for c in children_of(noun))


def _calls_false(verb: Token, deps: tuple[str, ...]) -> bool:
    """Whether a copula calls its subject false: "is false", "are baseless", or, denied, "is not true"."""
    return any(c.dep_ in deps and c.lower_ in FALSE_ADJECTIVES for c in children_of(verb)) or (
        any(c.dep_ == "neg" for c in children_of(verb))
        and any(c.dep_ in deps and c.lower_ in TRUE_ADJECTIVES for c in children_of(verb)))


def _share_conjunct_context(ctx: _Context, trigger: Token, res: Resolver) -> None:
    """A verb coordinated with another, sharing its subject, shares what governs that one: "threatened to
    attack X and seize Y", "could invade X and occupy Y", "if they take X and seize Y", "Officials said
    X took A and seized B". A bare form shares its negation too ("did not back X or arm Y", "refused to
    leave X and attack Y"); a finite one has its own ("did not attack X but captured Y")."""
    head = trigger.head
    if trigger.dep_ != "conj" or (trigger.pos_ not in ("VERB", "AUX") and not adjectival_link(trigger)) \
            or (head.pos_ not in ("VERB", "AUX") and not adjectival_link(head)) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children_of(trigger)):
        return
    tag = _link_tag(trigger)
    # (a later link the tagger read as a past tense is a participle all the same: "has never shelled, bombed and raided X")
    if tag in ("VBN", "VBD") and (opener := _list_opener(head)) != head:
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children_of(head)):
            return  # "was not shelled, but captured": set against the list, its own
        head = opener  # "was not surrounded, shelled or captured by X": the first participle's "not" is the list's
    shared = _context(head, res)
    # a bare form, or a participle sharing the first verb's auxiliaries ("has not armed X or funded Y"),
    # not one set against it ("but", "yet")
    # -- but not an active verb with an object of its own after a passive one: "had not been consulted and
    # condemned the strikes" is no "had not been condemned the strikes" (the voices differ: no auxiliary shared)
    # A gerund shares a gerund's ("was not shelling X or attacking Y"), never a finite verb's: "saying the army had not
    # fired and accusing A of ..." hangs "accusing" on "fired" and is "saying" and "accusing", both stated
    bare = not any(c.dep_ in ("aux", "auxpass") for c in children_of(trigger)) and (tag == "VB" or (
        tag == "VBG" and head.tag_ == "VBG") or (
        tag in ("VBN", "VBD") and head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in children_of(head))
        and not (any(c.dep_ == "auxpass" for c in children_of(head)) and any(c.dep_ == "dobj" for c in children_of(trigger))))) \
        and not any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in (*children_of(trigger), *children_of(head)) if c.i < trigger.i) \
        and not _quote_closes_between(head, trigger) and not _own_conjunct(head, trigger)
    if not bare and (opener := _negated_list_opener(trigger, head)) is not None:
        bare, shared = True, _context(opener, res)  # "never armed or funded X": the first link's "never" is the list's
    if bare:
        ctx.negated = ctx.negated or shared.negated
        if shared.purpose:  # the shared purpose is a trip's where the first conjunct's is, and the own one, if any, too
            ctx.trip = (ctx.trip or not ctx.purpose) and shared.trip
        ctx.purpose = ctx.purpose or shared.purpose
    if bare or not shared.negated:  # a negation seen as a block ("did not claim X") stays the first verb's
        ctx.blocked = ctx.blocked or shared.blocked
    ctx.modality = ctx.modality or shared.modality
    ctx.attributed_to = ctx.attributed_to or shared.attributed_to


def _negated_list_opener(trigger: Token, head: Token) -> Token | None:
    """The first link of a list of finite verbs sharing the object after the last, where that first link holds the
    list's negation with no auxiliary to carry it ("Iran never armed or funded X", "Y never supplied, financed or
    protected Z", "W never shells or raids V": "armed", "supplied", "shells"): the "never" denies every link, as
    "has never" does. The links are joined by "or" / "nor" (each may have its object: "never armed X or funded Y"),
    or by "and" where the earlier links are acts on the shared object ("never armed and funded X", "never invaded
    and occupied Y"). None where ``trigger`` (a later link) is no such link: an "and" after a link with an object of
    its own ("never attacked X and captured Y") or after a stance ("never wavered and backed Y"), a link with a
    subject, auxiliary or negation of its own, or a contrast ("never armed X but funded it")."""
    tag = _link_tag(trigger)
    if tag not in ("VBD", "VBN", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg")
                                                   for c in children_of(trigger)):
        return None
    first = head
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in children_of(first)):
        first = first.head
    if first.pos_ != "VERB" or not any(c.dep_ == "neg" for c in children_of(first)) \
            or any(c.dep_ in ("aux", "auxpass") for c in children_of(first)) \
            or VERB_FORM_CLASSES.get(first.tag_) != VERB_FORM_CLASSES.get(tag):
        return None
    # (every link before the trigger, on its branch of the parse or another: "never armed or funded X, and trained Y")
    earlier = [t for t in (first, *first.conjuncts) if t.i < trigger.i]
    # (the list's conjunctions, wherever the parser hung them, after a middle link too: "supplied, financed | or protected")
    joins = [c for link in (first, *first.conjuncts) for c in children_of(link) if c.dep_ == "cc" and c.i > first.i]
    if not joins or any(c.lower_ not in ALTERNATIVE_CONJUNCTIONS and c.lower_ not in NOR_WORDS
                        and c.lower_ not in ADDITIVE_CONJUNCTIONS for c in joins):
        return None  # ("never armed X but ...", "then")
    if all(c.lower_ in ALTERNATIVE_CONJUNCTIONS or c.lower_ in NOR_WORDS for c in joins):
        return first  # "never armed X or funded Y": a denied alternative denies each
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prt", "agent") for link in earlier for c in children_of(link)):
        return None  # (each link with its object: "never attacked X and captured Y" may tell two acts)
    # (an "and" joins acts, not a stance and an act: "never wavered and backed Y" backed Y)
    if one_relation_list([*earlier, trigger]) or all(_object_taking_act(link) for link in earlier):
        return first
    return None


def _object_taking_act(verb: Token) -> bool:
    """Whether ``verb`` is a verb of the frame lexicon whose object is its direct object ("invaded", "armed"; not
    "wavered", "hesitated"): an act on the object a list of such verbs shares ("never invaded and occupied X")."""
    return any("dobj" in frame.obj for frame in VERB_FRAMES.get(verb.lemma_.lower(), ()))


def _link_tag(tok: Token) -> str:
    """A list link's verb tag: a participle the tagger read as an adjective is a participle all the same ("never
    backed, trained or *armed* X": "VBN")."""
    return "VBN" if adjectival_link(tok) else tok.tag_


def _list_opener(participle: Token) -> Token:
    """The first participle of a list whose later links have no auxiliary of their own ("was not surrounded, shelled
    or captured by X": "surrounded", from "shelled"; "is not sheltered, armed or funded": through the adjective-tagged
    "armed"): its auxiliaries and negation are the whole list's. ``participle`` itself where it has its own."""
    node = participle
    while (node.dep_ == "conj" and node.tag_ == "VBN" or adjectival_link(node)) and node.head.tag_ == "VBN" \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "neg") for c in children_of(node)):
        node = node.head
    return node


def _own_conjunct(head: Token, trigger: Token) -> bool:
    """Whether a participle of rejoinder (``rejoinder_verbs``) joined to a negated act of another kind by an
    additive conjunction (``additive_conjunctions``) tells an act of its own: the first has its object before
    the conjunction and the second one of its own ("had not armed the rebels and condemned the raid": the
    condemnation is stated). Not an alternative ("has not armed the rebels or accused them": both denied), an
    object shared by both ("has not armed and praised the militia"), two acts of one kind ("had not armed X and
    funded Y", "has not condemned X and criticised Y": both denied)."""
    objects = ("dobj", "dative", "attr", "oprd")
    return trigger.tag_ in ("VBN", "VBD") and trigger.lemma_ in REJOINDER_VERBS and head.lemma_ not in REJOINDER_VERBS and any(c.dep_ == "neg" for c in children_of(head)) and any(
        c.dep_ == "cc" and c.lower_ in ADDITIVE_CONJUNCTIONS and head.i < c.i < trigger.i
        for c in (*children_of(head), *children_of(trigger))) and any(
        c.dep_ in objects and head.i < c.i < trigger.i for c in children_of(head)) and any(
        c.dep_ in objects and c.i > trigger.i for c in children_of(trigger))


def _quote_closes_between(head: Token, trigger: Token) -> bool:
    """Whether a quotation holding ``head``'s negation closes before its conjunct ``trigger``: 'said the movement
    "has not closed the door to talks" and accused the government of X' quotes the denial and tells the
    accusation in the reporter's words -- two acts, the second not under the quoted "not"."""
    neg = next((c for c in children_of(head) if c.dep_ == "neg"), None)
    if neg is None:
        return False
    # (inside a quotation opened before the "not", and one that closes before the conjunct)
    return _quote_marks(neg.doc[neg.sent.start:neg.i]) % 2 == 1 and _quote_marks(neg.doc[neg.i:trigger.i]) > 0


def _quote_marks(span: Span) -> int:
    """How many quotation marks ``span`` holds, straight or curly."""
    return sum(t.tag_ in ("``", "''") or t.text in ('"', "\u201c", "\u201d") for t in span)


def _complement_adjective(tok: Token, chain: list[Token]) -> bool:
    """Whether ``tok`` is an adjective after a copula whose to-complement the chain comes up through
    ("was quick | to condemn")."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and any(
        c.dep_ == "xcomp" and c in chain and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        for c in children_of(tok))


def _past_passive(verb: Token) -> bool:
    """A passive verb in the past ("was allowed", "had been permitted"): its subject was let do what follows."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(verb)) and (
        any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in children_of(verb))
        or any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb)))


def _awaited(verb: Token, marker: Token) -> bool:
    """Whether ``marker`` opens ``verb``'s clause as a time yet to come: a temporal subordinator (``awaited_markers``)
    before a present-tense verb whose governor is modal ("will hold talks only when X withdraws from Y") or past
    ("was ready to talk, but only after X withdraws from Y"; the parser may make the clause the governor's conjunct).
    A present governor is left alone: a headline's "army enters X after rebels withdraw" tells of the past."""
    if marker.dep_ not in ("mark", "advmod") or marker.lower_ not in AWAITED_MARKERS or marker.i > verb.i \
            or verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VB", "VBP", "VBZ"):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD") for c in children_of(verb)):
        return False
    gov = verb.head
    return any(c.dep_ == "aux" and c.lemma_ in MODAL_AUX for c in children_of(gov)) or gov.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children_of(gov))


def _past(verb: Token) -> bool:
    """A verb in the past or the perfect ("was", "has been"): what it says has happened."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))


def _content_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the content of the noun it hangs from ("the claim that X struck Y"),
    not a relative clause about it ("the claim that X made"). The parser labels both relcl at
    times: a content clause has "that" as its marker, or an object besides "that"."""
    if verb.dep_ in ("acl", "ccomp"):
        return True
    if verb.dep_ != "relcl":
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb)):
        return True
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if any(o.lower_ not in ("that", "which", "what") for o in objects) and any(
            o.lower_ == "that" for o in children_of(verb) if o.dep_ in ("dobj", "nsubj")):
        return True
    # "rejected claims it had shelled Y", the "that" left out: a clause with a subject and an object of its own
    # has no gap for the noun to fill, so it is the claim's content, not a relative clause ("the claims it made")
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return bool(subjects and objects) and all(
        c.lower_ not in ("that", "which", "what", "who", "whom") for c in (*subjects, *objects))


def _none_there(verb: Token, modal: Token) -> bool:
    """"There will / would be no talks with Y": a stated refusal, when the 'there be' itself is what a construction
    reads (its reading carries the denial); any other trigger under it stays an open event."""
    return modal.lemma_ in REFUSAL_MODALS and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in children_of(verb)) \
        and any(c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)) for c in children_of(verb))


def _committed(verb: Token, modal: Token) -> bool:
    """"Britain would help the government with training and ammunition", "the US will help X with intelligence": a
    stated commitment of material help (``commitment_verbs`` with a ``support_goods`` noun after 'with'), which
    holds as support, not an open event. Not under a condition of its own ("would help X with arms if ...")."""
    if modal.lower_ not in COMMITMENT_MODALS or verb.lemma_ not in COMMITMENT_VERBS:
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "once", "when", "should")
                                     for m in children_of(c)) for c in children_of(verb)):
        return False
    # (the parser may hang 'with' on the object or its last conjunct: "help A and other armies with training")
    holders = [verb, *(t for c in children_of(verb) if c.dep_ == "dobj" for t in (c, *c.conjuncts))]
    goods = [t for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "with"
             for o in children_of(p) if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
    return bool(goods) and all(t.lower_ in SUPPORT_GOODS or t.lemma_.lower() in SUPPORT_GOODS for t in goods)


def _refusal(verb: Token, modal: Token) -> bool:
    """"X will not / would not negotiate with Y": a stated refusal, negated now, not an open event. Not with a perfect
    after the modal ("but for Russian air power, the army would not have retaken X"): a counterfactual, left open."""
    return modal.lemma_ in REFUSAL_MODALS and any(c.dep_ == "neg" or _negative_phrase(c) for c in children_of(verb)) and not (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" and c.i > modal.i for c in children_of(verb))) \
        and not _unhesitating(verb)  # ("would not hesitate to strike X": a threat, left open as a modal leaves it)


_POLAR_ANSWER = re.compile(r"\s*(" + "|".join(sorted(map(re.escape, POLAR_ANSWERS), key=len, reverse=True))
                           + r")(?:\s*[.,!;:\u2014]|\s*$)", re.IGNORECASE)


def _polar_answer(trigger: Token, sent, chain: list[Token]) -> str | None:
    """The polarity a bare answer after a yes-no question gives the question's own main clause ("Did X arm Y? No.",
    "Has X joined Y? Not yet.", "Is X a member of Y? Yes, since 2004."): ``polar_answers``' value, or None where the
    question is no plain yes-no question about what was or is (a "wh-" question, a modal, a "not" in it, a clause
    below its main verb) or no such answer follows it (on its line, or opening the paragraph after a heading)."""
    opening = next((t for t in sent if not t.is_punct), None)
    if opening is None or opening.lower_ not in QUESTION_AUXILIARIES or chain[-1] != sent.root:
        return None
    if any(t.lemma_ not in _LIGHT_VERBS and t.lemma_ != "be" for t in chain[1:]):
        return None  # "Did the sanctions on X work? No.": the answer is the verb's, not the event noun's
    if any(t.dep_ == "neg" or t.lower_ in NEGATIVE_ADVERBS for t in sent) or any(
            t.dep_ in ("ccomp", "advcl", "csubj", "relcl") for t in chain[:-1]):
        return None
    if not (opening.head == sent.root and opening.dep_ in ("aux", "auxpass") or opening == sent.root):
        return None
    # (the answer on the same line, or opening the next paragraph under a question heading)
    after = doc_text(trigger.doc)[sent.end_char:sent.end_char + 60].lstrip().split("\n")[0]
    match = _POLAR_ANSWER.match(after)
    return None if match is None else POLAR_ANSWERS[match.group(1).lower()]  # ("Yes and no": "open")


def _cleft_focus_denied(verb: Token) -> bool:
    """Whether ``verb`` is the clause of a cleft whose focus a negated copula denies ("It was not X that attacked
    Y", "it is not Z that arms W"): the clause hangs as a relative clause on the focus, whose relative word is its
    subject, the predicate of "it" and a copula with "not" or "never" (not "It was not only X that ...", nor "It is
    not the first time X has shelled Y")."""
    focus = verb.head
    if verb.dep_ != "relcl" or focus.dep_ != "attr" or focus.head.lemma_ not in _COPULAS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(verb)):
        return False  # the focus is the clause's doer ("that attacked Y"), not "the first time X has shelled Y"
    copula = focus.head
    return any(c.dep_ == "nsubj" and c.lower_ in _IT_WORDS and c.lower_ != "its" and c.i < copula.i
               for c in children_of(copula)) and any(
        (c.dep_ == "neg" or c.lower_ in NEGATIVE_ADVERBS) and not _exclusive(copula) and not _restricted(c, copula)
        and not _restricted(c, focus)
        for c in children_of(copula))


def _negative_phrase(child: Token) -> bool:
    """Whether ``child`` denies the verb it modifies as "never" does (word classes ``negative_phrases`` and
    ``counted_time_adverbs``): a preposition whose object "no" determines ("at no point did X arm Y", "X at no time
    funded Y", "on no occasion", "in no way", "under no circumstances will X talk to Y"; not "in no time", done
    quickly), or "once" under "not" or "never" ("not once has X condemned Y"; not "not once but twice")."""
    if child.dep_ == "aux" and child.i > 0:  # ("At no point, the report says, did X ...": hung on the auxiliary)
        return any(g.dep_ == "prep" and g.i < child.i and _negative_phrase(g) for g in children_of(child))
    if child.dep_ == "prep":
        return any(g.dep_ == "pobj" and f"{child.lower_} {g.lower_}" in NEGATIVE_PHRASES
                   and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(g)) for g in children_of(child))
    return child.dep_ == "advmod" and child.lower_ in COUNTED_TIME_ADVERBS and any(
        c.dep_ == "neg" or c.lower_ in NEGATIVE_ADVERBS for c in children_of(child)) and not any(
        c.dep_ in ("cc", "conj", "prep") for c in children_of(child)) and not any(
        t.lower_ in ("but", "and") for t in child.doc[child.i + 1:child.i + 2])


def _name_of(tokens: list[Token], res: Resolver) -> str | None:
    for tok in tokens:
        refs = np_refs(tok, res, ACTOR)
        if refs:
            return refs[0].actor.name
        if tok.pos_ in ("PROPN", "NOUN"):
            return " ".join(t.text for t in tok.subtree if t.dep_ != "det")
    return None


def _is_date(child: Token, head: Token) -> bool:
    if child.ent_type_ == "DATE" and child.dep_ in ("npadvmod", "tmod", "nmod", "advmod"):
        return True
    if child.dep_ == "prep" and child.lower_ in ("in", "on", "since", "during", "from"):
        return any(p.ent_type_ == "DATE" and p.dep_ == "pobj" for p in children_of(child))
    return False


def _date_text(child: Token) -> str:
    words = [t.text for t in child.subtree]
    # spaCy splits "Oct. 7, 2023" into two dates; the year that follows belongs to the day.
    end = child.right_edge.i
    doc = child.doc
    if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].ent_type_ == "DATE" \
            and doc[end + 2].text.isdigit() and len(doc[end + 2].text) == 4:
        words += [",", doc[end + 2].text]
    return " ".join(words)
