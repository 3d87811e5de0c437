"""Discourse references: a leader's "his fighters" where the sentence names him alone, and "whose
leader, N" through a description in apposition. Every example is written for these tests; each
phenomenon has a near miss that must yield nothing."""

import pytest

from relations_helpers import triples


# -- "X leader N said his fighters ...": the one person of the sentence, through the body he leads ---
@pytest.mark.parametrize("text, subject, predicate, obj", [
    ("Israel struck Rafah. Egypt closed the border. Hamas leader Yahya Sinwar said on Monday that his "
     "fighters had withdrawn from Khan Younis.", "Hamas", "withdraws_from", "Khan Younis"),
    ("Joe Biden spoke on Friday. Al-Shabaab commander Ahmed Diriye said his fighters had attacked "
     "Baidoa.", "al-Shabaab", "attacks", "Baidoa"),
    ("President Joe Biden spoke on Monday. TPLF chairman Debretsion Gebremichael said his forces had "
     "withdrawn from Mekelle.", "Tigray People's Liberation Front", "withdraws_from", "Mekelle"),
])
def test_his_fighters_are_the_body_the_speaker_leads(text, subject, predicate, obj):
    assert (subject, predicate, obj, False) in triples(text)


def test_his_forces_with_two_people_in_the_sentence_are_nobody():
    found = triples("Joe Biden spoke on Friday. Hamas leader Yahya Sinwar said Benjamin Netanyahu had told "
                    "his forces to withdraw from Rafah.")
    assert not any(t[1] == "withdraws_from" for t in found)


# -- "whose leader, N": the name the relative clause (or a description of it) hangs on -------------
@pytest.mark.parametrize("text, person, body", [
    ("Hezbollah, whose leader, Hassan Nasrallah, spoke on Friday, fired rockets at Israel.",
     "Hassan Nasrallah", "Hezbollah"),
    ("The Wagner Group, a Russian mercenary force whose founder, Yevgeny Prigozhin, died in 2023, fought in "
     "Mali.", "Yevgeny Prigozhin", "Wagner Group"),
    ("Al-Shabaab, a jihadist group whose leader, Ahmed Diriye, rarely appears in public, attacked Baidoa.",
     "Ahmed Diriye", "al-Shabaab"),
])
def test_whose_leader_leads_the_name_described(text, person, body):
    assert (person, "leads", body, False) in triples(text)


def test_whose_leader_of_an_unnamed_description_is_nobody():
    found = triples("Officials met a militia whose leader, Ahmed Diriye, rarely appears in public.")
    assert not any(t[1] == "leads" for t in found)

