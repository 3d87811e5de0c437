"""Condemnation (``condemns``): who publicly condemns, accuses or criticises whom.

Sentences are the project's own, about invented and real actors of other conflicts."""

from __future__ import annotations

from functools import lru_cache

import pytest

import conflictkg
from conflictkg.graph.model import normalize_name

PUBLISHED = "2024-06-01"


@lru_cache(maxsize=None)
def relations(text: str):
    return tuple(conflictkg.extract(text, published=PUBLISHED))


def condemns(text: str, rule: str | None = None) -> set[tuple[str, str, bool]]:
    """(critic, criticised, negated) of every condemnation read from ``text`` (by ``rule``, if given)."""
    out = set()
    for r in relations(text):
        if r.predicate == "condemns" and (rule is None or rule in {r.rule, *(e.rule for e in r.evidence)}):
            out.add((normalize_name(r.subject.name), normalize_name(r.object.name), r.negated))
    return out


def has(text: str, critic: str, target: str, negated: bool = False, rule: str | None = None) -> bool:
    return (normalize_name(critic), normalize_name(target), negated) in condemns(text, rule)


# -- condemning an attack told before condemns its agent (graph/discourse.py) ---------------------------
@pytest.mark.parametrize("text,critic,agent", [
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The African Union condemned the attack.",
     "African Union", "al-Shabaab"),
    ("Russian forces shelled Kharkiv overnight. Germany condemned the shelling in a statement.", "Germany", "Russia"),
    ("Hamas attacked Israel on 7 October. The attack was condemned by the European Union.", "European Union", "Hamas"),
    ("The Coastal Liberation Front raided Asker on Monday, killing six. Veltria strongly denounced the raid.",
     "Veltria", "Coastal Liberation Front"),
])
def test_condemned_attack_takes_the_agent_told_before(text, critic, agent):
    assert has(text, critic, agent, rule="condemn:event-anaphoric"), condemns(text)


@pytest.mark.parametrize("text", [
    # two attacks by different sides before: which one was condemned is unknown
    "Russian forces shelled Kharkiv. Ukrainian drones struck Belgorod. Germany condemned the attacks.",
    # the condemned attack names its own agent
    "Al-Shabaab fighters stormed a hotel in Mogadishu. Kenya condemned the attack by unknown gunmen on a church.",
    # an attack never told
    "Kenya condemned the attack on the hotel in Mogadishu.",
])
def test_condemned_attack_without_a_single_antecedent_condemns_nobody(text):
    assert not condemns(text, "condemn:event-anaphoric"), condemns(text)


def test_a_refused_condemnation_of_the_attack_is_denied():
    text = "Hamas attacked Israel on 7 October. Iran refused to condemn the attack."
    assert not has(text, "Iran", "Hamas")


# -- precision: what is no condemnation ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # an appeal that names no misdeed is no condemnation (one to stop a misdeed is: condemn18:called-to-stop)
    "Ecuador called on Colombia to stop the fighting.",
    "\"Al-Shabaab is a terrorist organisation designated by Washington,\" Antony Blinken said.",  # a listing, not a smear
    "Kenya said Somalia is not a terrorist state.",
    "Joe Biden called Volodymyr Zelensky one of the bravest leaders of our time.",
    "The Ukrainian convoy came under fire from Russian forces near Bakhmut.",  # an attack, not criticism
    "Salva Kiir thanked Riek Machar's supporters for their patience.",
])
def test_no_condemnation(text):
    assert not condemns(text), condemns(text)


def test_rejecting_a_charge_is_no_counter_charge():
    """"B rejected A's accusation that it did X": A accused B; B condemned nobody."""
    text = "Egypt rejected Israel's accusation that it had allowed smuggling into Gaza."
    assert has(text, "Israel", "Egypt", rule="condemn:accusation-that") and not has(text, "Egypt", "Israel"), condemns(text)


def test_a_surname_left_apart_is_the_same_man():
    """A poorly resolved "Bozizé" beside "François Bozizé" makes no relation of a man with himself."""
    text = "François Bozizé fled to Cameroon in 2013. François Bozizé later accused Bozizé's supporters of nothing."
    assert not any(s == o or s.endswith(o) or o.endswith(s) for s, o, _ in condemns(text))


@pytest.mark.parametrize("text,critic,target", [
    ("Vladimir Putin invaded Ukraine in February. Volodymyr Zelensky has since branded him a butcher.",
     "Volodymyr Zelensky", "Vladimir Putin"),
    ("Lithuania denounced what it called a brutal escalation of violence by Belarus.", "Lithuania", "Belarus"),
    ("Salva Kiir accused Riek Machar's loyalists of attacking the barracks.", "Salva Kiir", "Riek Machar"),
    ("Ukraine said Russia's deportation of children amounted to genocide.", "Ukraine", "Russia"),
    ("Rwanda came under fire from Belgium over its support for the M23.", "Belgium", "Rwanda"),
])
def test_condemnation_read(text, critic, target):
    assert has(text, critic, target), condemns(text)


@pytest.mark.parametrize("text,critic,agent", [
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The African Union issued a statement condemning the attack.",
     "African Union", "al-Shabaab"),
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. Kenya called the attack a cowardly act of terror.",
     "Kenya", "al-Shabaab"),
    ("Russian forces shelled Kharkiv overnight. Ukraine described the shelling as a war crime.", "Ukraine", "Russia"),
])
def test_attack_told_before_condemned_by_statement_or_label(text, critic, agent):
    assert has(text, critic, agent, rule="condemn:event-anaphoric"), condemns(text)


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kharkiv overnight. Russia called the shelling a legitimate response.",
    "Russian forces shelled Kharkiv overnight. Hungary described the shelling as regrettable but understandable.",
])
def test_an_attack_told_before_and_not_condemned(text):
    assert not condemns(text), condemns(text)


def test_an_attack_told_before_and_yet_to_be_condemned_is_denied():
    """'Has yet to condemn the attack' says the condemnation has not been made, as 'did not condemn' does
    (negating_verbs 'have yet'): read as denied, never as a fact."""
    text = "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday, killing 20. Kenya has yet to condemn the attack."
    assert condemns(text) == {("kenya", "al shabaab", True)}, condemns(text)


# -- condemning a capture told before condemns the captor (seizure_nouns) --------------------------------
@pytest.mark.parametrize("text,critic,captor", [
    ("Fighters of the Sarn Front seized the Orlo power station on Monday. The European Union condemned the seizure "
     "and called for a return to talks.", "European Union", "Sarn Front"),
    ("Al-Shabaab fighters seized the town of Beledweyne on Monday. The African Union condemned the seizure of the town.",
     "African Union", "al-Shabaab"),
    ("The RSF captured El Fasher after an 18-month siege. Egypt condemned the capture.", "Egypt", "Rapid Support Forces"),
    ("M23 rebels took Goma in January and Bukavu in February. Belgium condemned the takeover of Goma.", "Belgium", "M23"),
])
def test_condemned_capture_takes_the_captor_told_before(text, critic, captor):
    assert has(text, critic, captor, rule="condemn:event-anaphoric"), condemns(text)


@pytest.mark.parametrize("text", [
    # the capture condemned is of people, or of another place than the one taken
    "The RSF captured El Fasher on Monday. Egypt condemned the capture of two aid workers in Darfur.",
    "The RSF captured El Fasher on Monday. Egypt condemned the seizure of El Obeid.",
    # welcomed, not condemned
    "The RSF captured El Fasher on Monday. Egypt welcomed the capture.",
])
def test_a_capture_condemned_that_is_not_the_one_told(text):
    assert not condemns(text, "condemn:event-anaphoric"), condemns(text)


def test_a_capture_not_condemned_is_denied():
    text = "Hamas captured the Erez crossing. Israel said it had not condemned the seizure."
    assert condemns(text) == {("israel", "hamas", True)}, condemns(text)


# -- an attack claimed, or owned by its noun, before it is condemned -------------------------------------
@pytest.mark.parametrize("text,critic,agent", [
    ("A car bomb hit a convoy in Pulwama on Thursday, killing 40 soldiers. Jaish-e-Mohammed claimed responsibility "
     "for the bombing. The United States condemned the bombing.", "United States", "Jaish-e-Mohammed"),
    ("A suicide bomber struck a mosque in Peshawar. The Pakistani Taliban claimed the attack. Afghanistan condemned "
     "the attack.", "Afghanistan", "Tehrik-i-Taliban Pakistan"),
    ("Islamic State's bombing of the church killed 20 people. Egypt condemned the bombing.", "Egypt", "Islamic State"),
])
def test_condemned_attack_claimed_or_owned_before(text, critic, agent):
    assert has(text, critic, agent, rule="condemn:event-anaphoric"), condemns(text)


@pytest.mark.parametrize("text", [
    "A suicide bomber struck a mosque in Peshawar. The Pakistani Taliban did not claim the attack. "
    "Afghanistan condemned the attack.",
    "A suicide bomber struck a mosque in Peshawar. The Pakistani Taliban denied any role in the attack. "
    "Afghanistan condemned the attack.",
    # a state named before an attack may be where it happened, not who carried it out
    "Three soldiers died in the Jordan attack last month. Egypt condemned the attack.",
])
def test_condemned_attack_with_no_claimed_agent(text):
    assert not condemns(text, "condemn:event-anaphoric"), condemns(text)
