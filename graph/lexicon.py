"""Trigger words and frames: how English states each predicate of the ontology.

Data only. A :class:`Frame` says which word (by lemma and part of speech) signals a
predicate and where its two ends sit in the dependency parse. The relation
component (``relations.py``) reads the frames; the predicate names are checked
against ``conflictkg.ontology`` when this module loads, so a frame can never
introduce a predicate the ontology does not declare.

Slots name dependency paths from the trigger word:

* ``nsubj``, ``dobj``, ``attr``, ``agent`` (the pobj of "by"), ``poss``, ``compound``
* ``prep:on`` -- the object of the preposition "on" (``prep:on|against`` for either)
* ``gov_subj`` -- the subject of the verb that governs a noun trigger
  ("Azerbaijan *launched* its offensive on ...")
"""

from __future__ import annotations

from dataclasses import dataclass

from conflictkg.ontology import check_predicate

__all__ = ["PARTITIVES", "FALSE_ADVERBS", "Frame", "VERB_FRAMES", "NOUN_FRAMES", "COMPOUND_ADJ", "NEGATING_VERBS", "REVERSING_VERBS",
           "HEDGE_ADVERBS", "SPEECH_VERBS", "MODAL_AUX", "INTENT_VERBS", "FORMER_WORDS", "GROUP_NOUNS",
           "GOVERNMENT_NOUNS", "FORCE_NOUNS", "ANAPHORS", "LEADER_TITLES", "MEMBER_TITLES",
           "PLACE_NOUNS", "DISTRIBUTIVE", "EVENT_GOVERNORS", "RECEIVING_VERBS", "BETWEEN_NOUNS"]


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

    def __post_init__(self) -> None:
        check_predicate(self.predicate)


def _frames(predicate: str, lemmas: str, **kw) -> dict[str, list[Frame]]:
    return {lemma: [Frame(predicate, **kw)] for lemma in lemmas.split()}


def _merge(*tables: dict[str, list[Frame]]) -> dict[str, list[Frame]]:
    out: dict[str, list[Frame]] = {}
    for table in tables:
        for lemma, frames in table.items():
            out.setdefault(lemma, []).extend(frames)
    return out


# -- verbs ------------------------------------------------------------------------
# Active voice as written; the component swaps the ends for the passive
# ("X was captured by Y") and reads "by"-agents, conjunctions and relative clauses.
VERB_FRAMES: dict[str, list[Frame]] = _merge(
    _frames("supports", "back support arm fund finance bankroll sponsor equip train aid assist help shelter reinforce",
            obj=("dobj",)),
    # "supplying weapons to X", "provided the army with drones" (not "send": troops sent to X may invade it)
    _frames("supports", "supply provide deliver sell give transfer", obj=("dative", "prep:to", "dobj")),
    _frames("opposes", "fight battle oppose combat resist", obj=("dobj", "prep:against", "prep:with")),
    _frames("opposes", "clash", obj=("prep:with",)),
    _frames("allied_with", "fight battle", obj=("prep:alongside",)),
    _frames("opposes", "exchange trade", obj=("prep:with",), particle="fire"),
    _frames("attacks", "attack strike bomb shell raid assault storm target hit ambush invade besiege bombard "
            "shoot kill massacre", obj=("dobj", "prep:on"), confidence=0.8),
    _frames("captures", "capture seize retake recapture occupy conquer overrun secure liberate control hold",
            obj=("dobj",), object_place=True),
    _frames("captures", "take regain seize gain assume wrest", obj=("prep:of",), particle="control"),
    _frames("attacks", "blow", obj=("dobj",), particle="up"),
    _frames("attacks", "fire", obj=("prep:at|on|towards|toward",), confidence=0.75),
    _frames("attacks", "launch", obj=("prep:at|towards|toward",), confidence=0.75),
    _frames("captures", "take", obj=("dobj",), particle="over", object_place=True),
    _frames("captures", "fall", subj=("prep:to",), obj=("nsubj",), particle="to", object_place=True),
    _frames("withdraws_from", "withdraw retreat pull evacuate leave",
            obj=("prep:from", "prep:out", "dobj"), object_place=True),
    _frames("designates", "designate list blacklist proscribe label classify", obj=("dobj",), designation=True),
    _frames("sanctions", "sanction", obj=("dobj",)),
    _frames("sanctions", "impose", obj=("prep:on|against",), particle="sanction"),
    _frames("allied_with", "ally align", obj=("prep:with",)),
    _frames("member_of", "join", obj=("dobj",)),
    # "Chad contributes troops to the MNJTF": only an organisation or mission makes this membership.
    _frames("member_of", "contribute send deploy", obj=("prep:to",), object_types=("IGO",)),
    _frames("affiliated_with", "affiliate link tie pledge", obj=("prep:with|to",)),
    _frames("leads", "lead head command", obj=("dobj",)),
    _frames("negotiates_with", "negotiate talk mediate", obj=("prep:with",)),
    _frames("negotiates_with", "sign", obj=("prep:with",)),
    _frames("condemns", "condemn criticise criticize denounce accuse blame censure slam", obj=("dobj",)),
)

# -- nouns ------------------------------------------------------------------------
# The subject of a noun trigger is its possessor ("Turkey's support"), a "by"/"from"
# phrase, a compound modifier ("a US drone strike"), or the subject of the verb that
# governs it ("Azerbaijan launched its offensive").
NOUN_FRAMES: dict[str, list[Frame]] = _merge(
    _frames("supports", "support backing aid assistance help funding", subj=("poss", "prep:from|of", "agent", "compound", "gov_subj"),
            obj=("prep:for|to",)),
    _frames("supports", "backer sponsor patron donor supplier benefactor", subj=("gov_subj_attr",), obj=("poss", "prep:of")),
    _frames("supports", "solidarity", subj=("gov_subj",), obj=("prep:with",)),
    _frames("opposes", "war fight fighting campaign conflict coalition alliance", subj=("poss", "gov_subj"),
            obj=("prep:against|on|with",)),
    _frames("opposes", "victory", subj=("poss", "gov_subj"), obj=("prep:over",)),
    _frames("opposes", "rival enemy adversary foe", subj=("gov_subj_attr",), obj=("poss", "prep:of")),
    _frames("attacks", "attack strike airstrike offensive assault raid bombing shelling invasion incursion "
            "bombardment ambush", subj=("poss", "agent", "compound", "gov_subj", "prep:by"),
            obj=("prep:on|against|into|at|outside",), confidence=0.75),
    _frames("attacks", "invasion siege bombardment bombing shelling blockade", subj=("poss", "agent", "compound", "gov_subj", "prep:by"),
            obj=("prep:of",), confidence=0.75),
    _frames("captures", "capture takeover seizure recapture occupation control conquest", subj=("poss", "agent", "gov_subj", "prep:by"),
            obj=("prep:of",), object_place=True),
    _frames("withdraws_from", "withdrawal retreat pullout", subj=("poss", "prep:of", "gov_subj"),
            obj=("prep:from",), object_place=True),
    _frames("sanctions", "sanction embargo", subj=("poss", "compound", "gov_subj", "agent"), obj=("prep:on|against",)),
    _frames("allied_with", "ally", subj=("gov_subj_attr",), obj=("poss", "prep:of|to")),
    _frames("allied_with", "pact alliance treaty", subj=("gov_subj", "poss"), obj=("prep:with",)),
    _frames("member_of", "member", subj=("gov_subj_attr",), obj=("prep:of", "compound", "poss")),
    _frames("affiliated_with", "affiliate branch offshoot wing franchise", subj=("gov_subj_attr",),
            obj=("prep:of", "poss", "named_compound")),
    _frames("affiliated_with", "allegiance", subj=("poss", "gov_subj"), obj=("prep:to",)),
    _frames("opposes", "clash clashes skirmish skirmishes", subj=("poss", "gov_subj"), obj=("prep:with",)),
    _frames("negotiates_with", "talks negotiation deal agreement accord ceasefire truce", subj=("gov_subj",),
            obj=("prep:with",)),
    _frames("condemns", "condemnation criticism", subj=("poss", "prep:from|by"), obj=("prep:of",)),
)

# "Turkey-backed HTS": the participle after the hyphen, the predicate, and which end
# the modified noun is (True: the noun is the object, as in X-backed Y).
COMPOUND_ADJ: dict[str, tuple[str, bool]] = {
    "backed": ("supports", True),
    "supported": ("supports", True),
    "funded": ("supports", True),
    "sponsored": ("supports", True),
    "armed": ("supports", True),
    "trained": ("supports", True),
    "financed": ("supports", True),
    "linked": ("affiliated_with", False),
    "affiliated": ("affiliated_with", False),
    "aligned": ("affiliated_with", False),
    "allied": ("allied_with", False),
    "led": ("member_of", True),  # "a Kenya-led mission": who leads a coalition belongs to it
    "held": ("captures", True),
    "controlled": ("captures", True),
    "occupied": ("captures", True),
}

# Verbs whose complement states that the relation does not hold.
NEGATING_VERBS = frozenset("refuse decline deny reject fail cease stop halt end suspend withdraw cut abandon "
                           "terminate scrap drop freeze revoke".split())
# Verbs that undo a designation or a listing ("suspended X from its list of terrorist organisations").
REVERSING_VERBS = frozenset("suspend remove delist lift revoke drop rescind".split())
# "wrongly claimed to have killed": the text says it did not happen as claimed.
FALSE_ADVERBS = frozenset("wrongly falsely mistakenly erroneously".split())
HEDGE_ADVERBS = {"reportedly": "reported", "allegedly": "alleged", "purportedly": "alleged",
                 "apparently": "reported", "supposedly": "alleged", "possibly": "possible"}
SPEECH_VERBS = frozenset("say state claim allege insist announce report tell add assert confirm accuse suggest".split())
MODAL_AUX = frozenset("could may might would should must can will shall".split())
# Verbs of intent or expectation: what follows has not happened.
INTENT_VERBS = frozenset("threaten vow plan intend want seek aim hope expect prepare try attempt propose "
                         "consider promise pledge urge call ask demand warn".split())
FORMER_WORDS = frozenset("previously formerly former once earlier originally".split())

# Generic heads that stand for their modifier: "Turkish forces", "fighters from Hezbollah".
FORCE_NOUNS = frozenset("commander fighter patrol patrols convoy convoys outpost outposts advisers advisors instructors trainers forces force troops soldiers army military units unit fighters militiamen jets warplanes "
                        "aircraft drones navy personnel officials official representatives delegation members "
                        "commanders leadership positions contingent contingents battalion brigade police".split())
GOVERNMENT_NOUNS = frozenset("government regime authorities administration junta ministry cabinet".split())
GROUP_NOUNS = frozenset("group groups factions movements outfits coalition federation network cartel militants rebels insurgents jihadists militia militias faction movement gangs gang "
                        "guerrillas guerrilla extremists islamists insurgency rebellion fighters mercenaries "
                        "paramilitaries gunmen militiamen combatants".split())
PLACE_NOUNS = frozenset("city town village port capital province region district area territory enclave "
                        "stronghold base airport country state site facility camp compound plant mine "
                        "airfield crossing border hospital prison".split())

# Anaphors: the word, the types it may refer back to, and how far back it may look (sentences).
ANAPHORS: dict[str, tuple[tuple[str, ...], int]] = {
    **{w: (("ARMED_GROUP",), 6) for w in "group militants rebels insurgents jihadists militia faction movement "
       "guerrillas extremists islamists gang gangs organisation organization insurgency".split()},
    **{w: (("GOVERNMENT",), 8) for w in "regime government junta authorities administration".split()},
    **{w: (("LOCATION",), 4) for w in "city town village port enclave stronghold".split()},
    **{w: (("LOCATION",), 6) for w in "airport base prison hospital mosque palace compound".split()},
    **{w: (("LOCATION",), 3) for w in "region province district area territory".split()},
    **{w: (("STATE",), 4) for w in "country nation".split()},
    "state": (("STATE",), 8),  # "a war between the state and the guerrillas"
    **{w: (("IGO",), 6) for w in "bloc mission".split()},
    **{w: (("IGO", "ARMED_GROUP"), 6) for w in "alliance coalition".split()},
    "it": (("ARMED_GROUP", "STATE", "GOVERNMENT", "IGO", "ORGANIZATION", "LOCATION"), 2),
    "its": (("ARMED_GROUP", "STATE", "GOVERNMENT", "IGO", "ORGANIZATION", "LOCATION"), 2),
    "they": (("ARMED_GROUP", "GOVERNMENT", "STATE"), 2),
    "them": (("ARMED_GROUP", "GOVERNMENT", "STATE"), 2),
    "their": (("ARMED_GROUP", "GOVERNMENT", "STATE"), 2),
    "he": (("PERSON",), 3),
    "him": (("PERSON",), 3),
    "his": (("PERSON",), 3),
    "she": (("PERSON",), 3),
    "her": (("PERSON",), 3),
}

# "HTS commander Hassan Abdul-Ghani", "the leader of Boko Haram, Abubakar Shekau".
LEADER_TITLES = frozenset("leader commander chief head president premier chairman chairwoman emir founder "
                          "king prince ruler dictator strongman boss kingpin warlord general".split()) | {"prime minister"}
MEMBER_TITLES = frozenset("co-founder cofounder spokesman spokeswoman spokesperson official minister adviser advisor "
                          "envoy ambassador member deputy lieutenant negotiator secretary".split())

# "most of Mosul", "thousands of air strikes": the noun after "of" is what counts.
PARTITIVES = frozenset("whole most part parts rest half much all bulk remainder thousands hundreds dozens "
                       "scores series wave waves number string campaign".split())

# "either side", "both sides": the two sides of the conflict the article describes.
DISTRIBUTIVE = frozenset({"side", "sides", "party", "parties", "faction", "factions", "camp", "camps"})

# Verbs that make their subject the agent of a noun trigger ("launched an offensive").
EVENT_GOVERNORS = frozenset("launch lead spearhead carry conduct mount stage begin start wage order continue "
                            "intensify escalate step claim complete announce provide give offer send deliver "
                            "extend pledge declare make spend impose have sign form forge conclude express "
                            "voice show hold".split())
# Verbs that make their subject the *recipient* of a support noun ("received support from").
RECEIVING_VERBS = frozenset("receive get rely depend enjoy obtain accept seek request win gain".split())
# "war between A and B", "talks between A and B".
BETWEEN_NOUNS = {
    **{w: "opposes" for w in "conflict war fighting clashes clash battle battles hostilities confrontation tensions".split()},
    **{w: "negotiates_with" for w in "talks negotiations deal agreement accord ceasefire truce dialogue meeting".split()},
}

# -- discourse --
# Document-level reference (read by ``discourse.py`` and the resolver): sets, descriptions, events.
# "the three countries", "both groups": how many; "the two sides" stays the sides of the conflict.
SET_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Plural nouns that refer back to a set of actors of these types. Nouns of any type ("the two rivals")
# refer only to actors named together ("A and B").
SET_NOUNS: dict[str, tuple[str, ...]] = {
    **{w: ("STATE",) for w in "countries nations states neighbours neighbors powers".split()},
    **{w: ("ARMED_GROUP",) for w in "groups factions militias movements organisations organizations".split()},
    "governments": ("GOVERNMENT", "STATE"),
    "blocs": ("IGO",),
    **{w: () for w in "rivals foes adversaries enemies allies belligerents".split()},
}
# "the kingdom", "the Islamic Republic": a noun from the antecedent's own name.
NAME_NOUNS = frozenset("kingdom emirate emirates sultanate republic federation principality confederation "
                       "caliphate".split())
# "the deal was brokered by Qatar": events that refer back to a negotiation, and who brokers one.
DEAL_NOUNS = frozenset("deal agreement accord ceasefire truce talks negotiations pact treaty armistice "
                       "understanding".split())
BROKER_VERBS = frozenset("broker mediate facilitate host sponsor oversee guarantee".split())
# "the offensive on X": events that refer back to an attack whose agent was named before.
ATTACK_EVENT_NOUNS = frozenset("offensive assault attack attacks incursion invasion bombardment campaign raid "
                               "operation push".split())
__all__ += ["SET_NUMBERS", "SET_NOUNS", "NAME_NOUNS", "DEAL_NOUNS", "BROKER_VERBS", "ATTACK_EVENT_NOUNS"]
