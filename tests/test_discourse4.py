"""Cross-sentence reference, fourth set: an object pronoun that looks past the subject of its own clause
("The government designated it ..."), indefinite descriptions that introduce a new actor ("an Islamist
group"), and a body that names itself ("the new coalition, which calls itself X"). Every example is
written for these tests; each phenomenon has near misses that must resolve to no one."""

import pytest

from relations_helpers import triples


# -- "The government designated it": an object pronoun is not its own clause's subject ----------------
@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("The Kestrian Front emerged in Kenya in 2019. The government designated it a terrorist organisation "
     "in 2021.", "Government of Kenya", "designates", "Kestrian Front"),
    ("The Kestrian Front emerged in Ostravia in 2019. The Ostravian government designated it a terrorist "
     "organisation in 2021.", "Government of Ostravia", "designates", "Kestrian Front"),
    ("Al-Shabaab emerged in Somalia in 2006. The United States designated it a terrorist organisation two "
     "years later.", "United States", "designates", "al-Shabaab"),
    ("The Lord's Resistance Army began its rebellion in northern Uganda in 1987. The Ugandan government has "
     "since sanctioned it.", "Government of Uganda", "sanctions", "Lord's Resistance Army"),
])
def test_object_pronoun_looks_past_its_own_subject(text, subject, predicate, obj):
    assert (subject, predicate, obj, False) in triples(text)


@pytest.mark.parametrize("text", [
    # a thing named since the actor: the pronoun may mean it
    "The Kestrian Front built a dam near Pellor in Kenya. The government later seized it.",
    "Hezbollah dug a tunnel under the border near Metula. Israel destroyed it in January.",
    # two actors named together: a plural pronoun may mean both, or either
    "Hamas and Fatah met in Cairo. Egypt later condemned them.",
])
def test_object_pronoun_with_another_reading_is_nobody(text):
    found = triples(text)
    assert not any(t[1] in ("designates", "sanctions", "condemns", "attacks", "captures") for t in found), found


# -- "an Islamist militia": an indefinite description introduces an actor, it does not refer back -------
@pytest.mark.parametrize("text", [
    "Al-Shabaab attacked Baidoa on Monday. An Islamist militia also seized Jowhar.",
    "Boko Haram raided Maiduguri in May. A jihadist group later captured Bama.",
    "The Kestrian Front shelled Pellor. A separatist militia then seized Dorna.",
])
def test_indefinite_description_is_a_new_actor(text):
    assert not any(t[1] == "captures" for t in triples(text))


@pytest.mark.parametrize("text, subject, obj", [
    ("Al-Shabaab attacked Baidoa on Monday. The Islamist militia also seized Jowhar.", "al-Shabaab", "Jowhar"),
    ("Boko Haram raided Maiduguri in May. The jihadist group later captured Bama.", "Boko Haram", "Bama"),
])
def test_definite_description_still_refers_back(text, subject, obj):
    assert (subject, "captures", obj, False) in triples(text)


# -- "the coalition, which calls itself X": a body that names itself is that name, not the last group ----
@pytest.mark.parametrize("text, subject, predicate, obj, not_subject", [
    ("Two militias merged in Ituri last year. The alliance, which calls itself CODECO, attacked Djugu in May.",
     "CODECO", "attacks", "Djugu", None),
    ("Boko Haram raided Maiduguri in 2019. The splinter faction, which calls itself the Islamic State West "
     "Africa Province, seized Baga in 2020.", "Islamic State West Africa Province", "captures", "Baga", "Boko Haram"),
    ("Gangs in Port-au-Prince formed an alliance in March. The coalition, which calls itself Viv Ansanm, "
     "stormed the National Penitentiary.", "Viv Ansanm", "attacks", "National Penitentiary", None),
])
def test_body_that_names_itself_is_that_name(text, subject, predicate, obj, not_subject):
    found = triples(text)
    assert (subject, predicate, obj, False) in found
    assert not_subject is None or (not_subject, predicate, obj, False) not in found


def test_what_others_call_a_body_is_a_label_not_its_name():
    found = triples("Al-Shabaab attacked Baidoa in March. The group, which Somalia calls a terrorist gang, "
                    "seized Jowhar in April.")
    assert ("al-Shabaab", "captures", "Jowhar", False) in found


# -- "the council": a noun of the antecedent's own name ---------------------------------------------------
@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("The Military Transition Council seized power in Ostravia in 2024. The council has since attacked "
     "Pellor.", "Military Transition Council", "attacks", "Pellor"),
    ("The UN Security Council met on Friday. Russia and China vetoed the resolution. The council later "
     "condemned the Kestrian Front.", "UN Security Council", "condemns", "Kestrian Front"),
    ("The Supreme Revolutionary Council took power in Dorvan in May. The council captured Marsk a week "
     "later.", "Supreme Revolutionary Council", "captures", "Marsk"),
])
def test_the_council_is_the_council_named_before(text, subject, predicate, obj):
    assert (subject, predicate, obj, False) in triples(text)


@pytest.mark.parametrize("text", [
    # no council named: the local council is another body
    "Al-Shabaab attacked Baidoa on Monday. The council condemned the Kestrian Front.",
    # two councils named together: either
    "The Military Council and the Sovereign Council met in Dorvan. The council condemned the Kestrian Front.",
])
def test_the_council_with_no_or_two_councils_is_nobody(text):
    assert not any(t[1] == "condemns" for t in triples(text))


# -- "N leads X. His fighters ...": leadership read by the rules, in text order, tells whose fighters -----
@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("Ahmed Diriye leads al-Shabaab. His fighters seized Jowhar in April.", "al-Shabaab", "captures", "Jowhar"),
    ("Abu Musab al-Barnawi took command of the Islamic State West Africa Province in 2016. His fighters "
     "attacked Maiduguri in May.", "Islamic State West Africa Province", "attacks", "Maiduguri"),
    ("Yahya Sinwar, who leads Hamas in Gaza, said on Monday that his fighters had withdrawn from Khan Younis.",
     "Hamas", "withdraws_from", "Khan Younis"),
])
def test_his_fighters_are_the_body_a_rule_said_he_leads(text, subject, predicate, obj):
    assert (subject, predicate, obj, False) in triples(text)


@pytest.mark.parametrize("text", [
    "Ahmed Diriye denied that he leads al-Shabaab. His fighters seized Jowhar in April.",
    "Ahmed Diriye may soon lead al-Shabaab. His fighters seized Jowhar in April.",
])
def test_his_fighters_after_a_denied_or_possible_leadership_are_nobody(text):
    assert not any(t[1] == "captures" for t in triples(text))
