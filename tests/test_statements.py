"""Statements, press releases and explainers: who speaks when the clause does not say (graph/statements.py)."""

from __future__ import annotations

from functools import lru_cache

import pytest

import conflictkg
from conflictkg.graph.model import normalize_name


@lru_cache(maxsize=None)
def rels(text: str):
    return tuple(conflictkg.extract(text, published="2024-06-01"))


def has(text: str, s: str, p: str, o: str, negated: bool = False) -> bool:
    def names(actor):
        return {normalize_name(n) for n in (actor.name, *actor.aliases)}
    return any(r.predicate == p and r.negated == negated and normalize_name(s) in names(r.subject)
               and normalize_name(o) in names(r.object) for r in rels(text))


def about(text: str, name: str, predicates: tuple[str, ...]) -> list:
    n = normalize_name(name)
    return [(r.subject.name, r.predicate, r.object.name, r.negated) for r in rels(text) if r.predicate in predicates
            and n in {normalize_name(x) for x in (r.subject.name, *r.subject.aliases)}]


# -- list items under a header that names the issuer ---------------------------------------------
HEADER_ITEMS = [
    ("The Peace and Security Council of the African Union, at its 1100th meeting:\n\n"
     "1. Strongly condemns the shelling of Goma by the M23;\n2. Decides to impose sanctions on the M23.\n",
     [("African Union Peace and Security Council", "condemns", "M23"),
      ("African Union Peace and Security Council", "sanctions", "M23")]),
    ("Statement by the European Union on Sudan:\n- Condemns the attacks on El Fasher by the Rapid Support Forces.\n"
     "- Welcomes the talks between Egypt and Ethiopia.\n",
     [("European Union", "condemns", "Rapid Support Forces"), ("Egypt", "negotiates_with", "Ethiopia")]),
    ("NATO today issued the following statement:\n\n- Strongly condemns the missile strikes on Kharkiv by Russia;\n"
     "- Reaffirms its support for Ukraine.\n",
     [("NATO", "condemns", "Russia")]),
    ("The Gulf Cooperation Council:\n(a) Welcomes the ceasefire in Yemen;\n(b) Condemns the Houthis for attacks on shipping;\n",
     [("Gulf Cooperation Council", "condemns", "Houthis")]),
]


@pytest.mark.parametrize("text,expected", HEADER_ITEMS)
def test_list_items_take_the_header_as_subject(text, expected):
    for s, p, o in expected:
        assert has(text, s, p, o), (s, p, o, rels(text))


HEADER_MISSES = [
    # a call, an urging, an intention: nothing has happened
    ("The Council of the European Union:\n1. Calls on Rwanda to withdraw its forces from North Kivu;\n"
     "2. Urges Iran to stop supporting the Houthis;\n3. Decides to consider sanctions against the M23.\n",
     [("Rwanda", "withdraws_from", "North Kivu"), ("Iran", "supports", "Houthis"),
      ("European Union", "sanctions", "M23"), ("Council of the European Union", "sanctions", "M23")]),
    # a header that names no actor gives no subject
    ("Timeline of the offensive:\n- Captures Goma in January.\n- Condemns the Congolese army.\n",
     [("M23", "captures", "Goma")]),
    # a header far above, beyond a paragraph that is no list item, is not the speaker
    ("The African Union:\n- Condemns the M23.\n\nRwanda denies the charge. Kinshasa says otherwise.\n\n"
     "- Condemns the Wagner Group.\n",
     [("African Union", "condemns", "Wagner Group")]),
    # an item with its own subject keeps it
    ("The Arab League:\n- Egypt condemns Israel for the strikes.\n",
     [("Arab League", "condemns", "Israel")]),
]


@pytest.mark.parametrize("text,absent", HEADER_MISSES)
def test_list_items_near_misses(text, absent):
    for rel in absent:
        assert not has(text, *rel), (rel, rels(text))


def test_items_keep_their_own_negation():
    text = "The Council of the European Union:\n1. Does not recognise the M23;\n2. Never condemned Rwanda;\n"
    assert not has(text, "European Union", "condemns", "Rwanda")
    assert not has(text, "Council of the European Union", "condemns", "Rwanda")


# -- a bullet naming its actor before a colon (the parser reads the name as the subject; kept from regressing) --
COLON_ITEMS = [
    ("Who backs the Houthis?\n\n- Iran: supplies missiles and drones to the Houthis.\n",
     ("Iran", "supports", "Houthis")),
    ("The foreign players\n• Turkey: funds the Syrian National Army.\n", ("Turkey", "supports", "Syrian National Army")),
    ("The rivals\n- Saudi Arabia: leads a coalition against the Houthis.\n", ("Saudi Arabia", "opposes", "Houthis")),
]


@pytest.mark.parametrize("text,expected", COLON_ITEMS)
def test_bullet_names_its_subject(text, expected):
    assert has(text, *expected), rels(text)


def test_bullet_name_near_miss():
    text = "Who backs the Houthis?\n\n- Oman: denies arming the Houthis.\n"
    assert not has(text, "Oman", "supports", "Houthis")


# -- the statement stands for its issuer ---------------------------------------------------------
STATEMENT_SPEAKERS = [
    ("The Russian Foreign Ministry's statement accused Ukraine of shelling Donetsk.",
     ("Russian Foreign Ministry", "condemns", "Ukraine")),
    ("The statement, issued by the African Union, condemned the M23.", ("African Union", "condemns", "M23")),
    ("A communique from the Gulf Cooperation Council condemned the Houthis.", ("Gulf Cooperation Council", "condemns", "Houthis")),
    ("An EU statement on Friday condemned Belarus for its support of Russia.", ("European Union", "condemns", "Belarus")),
]


@pytest.mark.parametrize("text,expected", STATEMENT_SPEAKERS)
def test_statement_speaks_for_its_issuer(text, expected):
    assert has(text, *expected), rels(text)


STATEMENT_MISSES = [
    # the statement's topic is not its speaker
    ("The statement on Sudan condemned the Rapid Support Forces.", "Sudan", ("condemns",)),
    # a statement that was not made
    ("A joint statement by Serbia and Kosovo could condemn the violence in Mitrovica.", "Serbia", ("condemns",)),
    # a statement whose issuer is denied
    ("The statement, which Hamas says it never issued, condemned Fatah.", "Hamas", ("condemns",)),
]


@pytest.mark.parametrize("text,name,predicates", STATEMENT_MISSES)
def test_statement_near_misses(text, name, predicates):
    assert not about(text, name, predicates), rels(text)


# -- statement phrasings that already hold (kept from regressing) --------------------------------
@pytest.mark.parametrize("text,expected,absent", [
    ("Turkey, in a statement on Monday, condemned the Kurdistan Workers' Party.",
     ("Turkey", "condemns", "Kurdistan Workers' Party"), None),
    ("The United Nations welcomed Rwanda's withdrawal from Goma.", ("Rwanda", "withdraws_from", "Goma"),
     ("United Nations", "withdraws_from", "Goma")),
    ("Egypt expressed solidarity with Sudan.", ("Egypt", "supports", "Sudan"), None),
    ("Qatar reiterated its support for the Palestinian Authority.", ("Qatar", "supports", "Palestinian Authority"), None),
    ("In a statement, the European Union said it condemned the attack by Hamas on Israel.",
     ("European Union", "condemns", "Hamas"), None),
])
def test_statement_phrasings(text, expected, absent):
    assert has(text, *expected), rels(text)
    if absent:
        assert not has(text, *absent)


# -- a spokesman speaks for the actor he names ---------------------------------------------------
SPOKESMEN = [
    ("A spokesman for the Hungarian foreign ministry condemned Serbia.", ("Government of Hungary", "condemns", "Serbia")),
    ("A spokeswoman for the Taliban accused Pakistan of bombing Khost.", ("Taliban", "condemns", "Pakistan")),
    ("A spokesman for the Sudanese army said it had recaptured the town of Bara.", ("Government of Sudan", "captures", "Bara")),
    ("Hezbollah's spokesman condemned the Israeli strike on Tyre.", ("Hezbollah", "condemns", "Israel")),
    ("A spokesman for Human Rights Watch condemned Myanmar.", ("Human Rights Watch", "condemns", "Myanmar")),
    # a leader's spokesman speaks for the state or body the leader heads
    ("Prime Minister Abiy Ahmed addressed parliament. His spokesman condemned Eritrea.", ("Ethiopia", "condemns", "Eritrea")),
    ("President Recep Tayyip Erdogan spoke in Ankara on Friday. His spokesman accused Greece of arming the PKK.",
     ("Turkey", "condemns", "Greece")),
    # "its spokesman": the body the pronoun continues; "the spokesman of X" as "for X"
    ("The Kenyan government issued a statement on Monday. Its spokesman accused al-Shabaab of killing teachers.",
     ("Government of Kenya", "condemns", "al-Shabaab")),
    ("Hamas met Egyptian mediators in Cairo. Its spokesman later denounced Israel.", ("Hamas", "condemns", "Israel")),
    ("The spokesman of the Nigerian army accused Boko Haram of kidnapping the girls.",
     ("Government of Nigeria", "condemns", "Boko Haram")),
]


@pytest.mark.parametrize("text,expected", SPOKESMEN)
def test_spokesman_speaks_for_his_actor(text, expected):
    assert has(text, *expected), rels(text)


SPOKESMAN_MISSES = [
    # an envoy *for* a place is sent to it, not by it
    ("The UN special envoy for Yemen condemned the shelling of Taiz.", "Yemen", ("condemns",)),
    # a spokesman whose actor the text does not name
    ("A spokesman said the Houthis had attacked Marib.", "Houthis", ("condemns",)),
    # a person who heads no state or body: her spokesman speaks for her alone
    ("Anna Kovac, a Hungarian novelist, won a prize in Budapest. Her spokesman condemned Serbia.", "Hungary", ("condemns",)),
    # recalling an ambassador is no withdrawal
    ("Chad withdrew its ambassador from Khartoum.", "Chad", ("withdraws_from",)),
]


@pytest.mark.parametrize("text,name,predicates", SPOKESMAN_MISSES)
def test_spokesman_near_misses(text, name, predicates):
    assert not about(text, name, predicates), rels(text)


# -- an office speaks for its owner ---------------------------------------------------------------
OFFICES = [
    ("Netanyahu's office condemned Hamas for the rocket fire.", ("Benjamin Netanyahu", "condemns", "Hamas")),
    ("Massoud Barzani toured Erbil on Monday. His office accused the PKK of the ambush.",
     ("Massoud Barzani", "condemns", "Kurdistan Workers' Party")),
    ("The Egyptian president's office accused Ethiopia of breaking the agreement.", ("Egypt", "condemns", "Ethiopia")),
    ("Hezbollah was condemned by the office of the Lebanese prime minister.", ("Lebanon", "condemns", "Hezbollah")),
]


@pytest.mark.parametrize("text,expected", OFFICES)
def test_an_office_speaks_for_its_owner(text, expected):
    assert has(text, *expected), rels(text)


OFFICE_MISSES = [
    # an office with no owner named speaks for no one
    ("The UN office in Geneva condemned the shelling of Kharkiv.", "United Nations", ("condemns",)),
    # the office of a person who leads nothing is his alone; as the object of a verb it is a building
    ("Ukrainian drones hit the governor's office in Belgorod.", "Russia", ("attacks",)),
    # an office that is spoken about, not speaking
    ("Reporters waited outside Netanyahu's office as Hamas fired rockets.", "Benjamin Netanyahu", ("condemns", "attacks")),
]


@pytest.mark.parametrize("text,name,predicates", OFFICE_MISSES)
def test_office_near_misses(text, name, predicates):
    assert not about(text, name, predicates), rels(text)


# -- "we" in a quotation is the actor its speaker speaks for --------------------------------------
QUOTED_WE = [
    ('"We will never negotiate with the Houthis," a spokesman for the Saudi government told reporters.',
     ("Government of Saudi Arabia", "negotiates_with", "Houthis", True)),
    ('"We support the Syrian Democratic Forces," said a spokesman for the US State Department.',
     ("United States", "supports", "Syrian Democratic Forces", False)),
    ('"We strongly condemn Rwanda for arming the M23," a spokeswoman for the Kenyan government said on Tuesday.',
     ("Government of Kenya", "condemns", "Rwanda", False)),
]


@pytest.mark.parametrize("text,expected", QUOTED_WE)
def test_quoted_we_is_the_speakers_actor(text, expected):
    s, p, o, negated = expected
    assert has(text, s, p, o, negated), rels(text)


QUOTED_WE_MISSES = [
    # an analyst speaks for no state
    ('"We support the Kurdish fighters," said an analyst at a think tank in Washington.', "United States", ("supports",)),
    # a resident quoted is no party
    ('"We back the army against the Rapid Support Forces," a resident of Omdurman told reporters.', "Sudan", ("supports",)),
    # "we" outside a quotation is not read as a speaker
    ("Poland said we should all back Ukraine.", "Poland", ("supports",)),
]


@pytest.mark.parametrize("text,name,predicates", QUOTED_WE_MISSES)
def test_quoted_we_near_misses(text, name, predicates):
    assert not about(text, name, predicates), rels(text)


# -- "X said its forces had ...": the speaker owns the forces ------------------------------------
@pytest.mark.parametrize("text,expected,absent", [
    ("The Turkish defence ministry said its forces had captured the town of Afrin.",
     ("Government of Turkey", "captures", "Afrin"), None),
    ("The Nigerian army said its troops had recaptured the town of Marte.", ("Government of Nigeria", "captures", "Marte"), None),
    ("Hamas said its fighters had attacked Israeli positions near Gaza City.", ("Hamas", "attacks", "Israel"), None),
    # "its" in another phrase than the reported subject stays the subject's
    ("Russia said Ukraine and its allies had attacked Belgorod.", ("Ukraine", "attacks", "Belgorod"),
     ("Russia", "attacks", "Belgorod")),
])
def test_speaker_owns_reported_forces(text, expected, absent):
    assert has(text, *expected), rels(text)
    if absent:
        assert not has(text, *absent)


# -- an explainer's heading that names one actor is the subject of the subjectless items under it ---------
HEADING_ITEMS = [
    ("Who is fighting in Kivu?\n\nThe Congolese army (FARDC)\n- Fights the M23 alongside the Wazalendo militias.\n"
     "- Has lost Goma and Bukavu.", ("FARDC", "opposes", "M23")),
    ("The players\n\nBurundi\n- Has sent troops to fight the RED-Tabara rebels in South Kivu.\n- Denies backing the M23.",
     ("Burundi", "opposes", "RED-Tabara")),
    ("Key actors\n\nRwanda\n- Backed the M23 in 2012, according to UN experts.\n- Hosted talks with Kinshasa in 2024.",
     ("Rwanda", "supports", "M23")),
]


@pytest.mark.parametrize("text,expected", HEADING_ITEMS)
def test_items_under_a_named_heading_take_it_as_subject(text, expected):
    assert has(text, *expected), [(r.subject.name, r.predicate, r.object.name) for r in rels(text)]


@pytest.mark.parametrize("text", [
    # a heading that is no name: nobody is the items' subject
    "Background\n\n- Fights the M23 alongside the Wazalendo militias.",
    # a heading with a verb is a question or a sentence, not an actor
    "Who backs the rebels?\n\n- Backed the M23 in 2012, according to UN experts.",
])
def test_items_under_a_heading_that_names_no_actor(text):
    assert not [r for r in rels(text) if r.predicate in ("opposes", "supports")], rels(text)


@pytest.mark.parametrize("text,expected", [
    ("The Congolese army fights the M23 alongside the Wazalendo militias.",
     ("Government of Democratic Republic of the Congo", "opposes", "M23")),
    ("Kenya fights al-Shabaab alongside Somalia.", ("Somalia", "opposes", "al-Shabaab")),
    ("Burundian troops battled the RED-Tabara rebels alongside Congolese soldiers.", ("Burundi", "opposes", "RED-Tabara")),
])
def test_who_fights_an_enemy_alongside_an_ally_and_the_ally_oppose_it(text, expected):
    assert has(text, *expected), [(r.subject.name, r.predicate, r.object.name) for r in rels(text)]


def test_a_joined_army_is_no_enemy():
    text = "Pro-government militias have joined the Sierra Leone Army in blocking rebel approaches to Freetown."
    assert not [r for r in rels(text) if r.predicate == "opposes"], rels(text)
