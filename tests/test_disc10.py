"""Event anaphora, tenth set: an offensive described after captures ("X seized A ... the offensive on B"), a
negotiation called after the place it was held in ("talks in Oslo ... the Oslo talks"), and a part of the talks
that stands for them ("hosted most of the talks"). Every example is written for these tests; each mechanism has
near misses that must yield nothing."""

import pytest

from relations_helpers import triples


def assert_brokered(text: str, broker: str, parties: tuple[str, ...]) -> None:
    """The broker named after the deal negotiates with each of its parties."""
    found = triples(text)
    for party in parties:
        assert (broker, "negotiates_with", party, False) in found, found


# -- "X seized A. The offensive on B began": a capture is an offensive's work, its agent the offensive's ----------
@pytest.mark.parametrize("text, subject, obj", [
    ("The M23 captured Bunagana in June. The offensive on Goma began weeks later.", "M23", "Goma"),
    ("This year was the group's best. In April the Kachin Independence Army overran Lweje, and in October it "
     "took Chipwi. The offensive on Bhamo began on December 8.", "Kachin Independence Army", "Bhamo"),
    ("Al-Shabaab seized Mahas in March. The offensive on Beledweyne followed in May.", "al-Shabaab", "Beledweyne"),
])
def test_offensive_after_captures_is_the_capturers(text, subject, obj):
    assert (subject, "attacks", obj, False) in triples(text)


@pytest.mark.parametrize("text", [
    # captures by two different actors before it: whose offensive, the text does not say
    "The army recaptured Bunagana in June. The M23 took Rutshuru in July. The offensive on Goma began weeks later.",
    # the offensive names its own agent
    "The M23 captured Bunagana in June. Congo's army then launched an offensive on Rutshuru.",
    # a capture is no attack to condemn
    "The M23 captured Bunagana in June. The UN condemned the attack.",
])
def test_offensive_after_captures_near_misses(text):
    found = triples(text)
    assert not any(t[0] == "M23" and t[1] in ("attacks", "opposes") and t[2] in ("Goma", "Rutshuru") for t in found), found
    assert not any(t[1] == "condemns" for t in found), found


# -- "talks in Oslo ... the Oslo talks": a negotiation named after its place is the one held there ------------
@pytest.mark.parametrize("text, broker, parties", [
    ("Colombia and the ELN held talks in Oslo for months. Norway facilitated the Oslo talks.",
     "Norway", ("Colombia", "National Liberation Army")),
    ("Colombia and the ELN held talks in Oslo for months. The Oslo talks were facilitated by Norway.",
     "Norway", ("Colombia", "National Liberation Army")),
    ("Armenia and Azerbaijan signed a peace framework in Washington in August. The Washington accord was "
     "brokered by the United States.", "United States", ("Armenia", "Azerbaijan")),
])
def test_deal_named_after_its_place(text, broker, parties):
    assert_brokered(text, broker, parties)


@pytest.mark.parametrize("text", [
    # talks held elsewhere, or nowhere said: "the Oslo talks" may be another round
    "Colombia and the ELN held talks in Havana for months. Norway facilitated the Oslo talks.",
    "Colombia and the ELN held talks for months. Norway facilitated the Oslo talks.",
    "Colombia and the ELN signed a ceasefire in August. Norway, which brokered the Havana agreement, welcomed it.",
])
def test_deal_named_after_another_place_is_nobodys(text):
    assert not any(t[1] == "negotiates_with" and t[0] == "Norway" for t in triples(text))


# -- "hosted most of the talks": a part of the negotiation stands for it -----------------------------------
@pytest.mark.parametrize("text, broker, parties", [
    ("Sudan's army and the RSF negotiated in Jeddah for weeks. Saudi Arabia, which hosted most of the talks, "
     "urged a truce.", "Saudi Arabia", ("Government of Sudan", "Rapid Support Forces")),
    ("Colombia and the ELN held talks for months. Venezuela hosted a round of the talks.",
     "Venezuela", ("Colombia", "National Liberation Army")),
    ("Colombia and the ELN held talks for months. Norway, which hosted most of the talks, praised both delegations.",
     "Norway", ("Colombia", "National Liberation Army")),
])
def test_part_of_the_talks_stands_for_them(text, broker, parties):
    assert_brokered(text, broker, parties)


@pytest.mark.parametrize("text", [
    "Colombia and the ELN held talks for months. Venezuela did not host any of the talks.",
    "Colombia and the ELN held talks for months. Venezuela criticised most of the talks.",
    "Venezuela hosted most of the talks.",
])
def test_part_of_the_talks_near_misses(text):
    found = triples(text)
    assert not any(t[0] == "Venezuela" and t[1] == "negotiates_with" and not t[3] for t in found), found


# -- "Asmara has accused ... Both countries": a capital that acts stands for its state in a set ----------------
@pytest.mark.parametrize("text, members, body", [
    ("In January Ethiopia closed the border. Asmara, for its part, has accused Ethiopian troops of shelling "
     "villages. Both countries belong to the Intergovernmental Authority on Development.",
     ("Ethiopia", "Eritrea"), "IGAD"),
    ("Rwanda deployed troops near Goma. Kinshasa accused Kigali of backing the M23. Both countries belong to the "
     "East African Community.", ("Rwanda", "Democratic Republic of the Congo"), "East African Community"),
    ("Sudan expelled two diplomats in March. Juba has accused Sudanese troops of raiding Abyei. Both countries "
     "belong to the Intergovernmental Authority on Development.", ("Sudan", "South Sudan"), "IGAD"),
])
def test_acting_capital_counts_as_its_state_in_a_set(text, members, body):
    found = triples(text)
    for member in members:
        assert (member, "member_of", body, False) in found, found


@pytest.mark.parametrize("text", [
    # a capital named only as a place is no state of the set: one state alone makes no pair
    "Fighting broke out near Asmara in May. Ethiopia sent troops. Both countries belong to the Intergovernmental "
    "Authority on Development.",
    # three states, two in the last sentence with a third capital beside them: which two, unclear
    "Ethiopia closed the border, Asmara protested and Khartoum urged calm. Both countries belong to the "
    "Intergovernmental Authority on Development.",
])
def test_acting_capital_set_near_misses(text):
    assert not any(t[1] == "member_of" for t in triples(text))


# -- "President N ordered the army to ...": the army a head of state commands is his state's ------------------
@pytest.mark.parametrize("text, government, target", [
    ("President Putin ordered the army to resume its offensive against Ukraine on Monday.",
     "Government of Russia", "Ukraine"),
    ("Ukraine reported heavy shelling in Kharkiv. President Putin ordered the army to resume its offensive "
     "against Ukraine on Monday.", "Government of Russia", "Ukraine"),
    ("Syria's Kurds braced for war in Qamishli. President Erdogan ordered the army to begin its offensive against "
     "the SDF.", "Government of Turkey", "Syrian Democratic Forces"),
])
def test_commanded_army_is_the_commanders_states(text, government, target):
    found = triples(text)
    assert (government, "attacks", target, False) in found, found
    assert not any(t[1] == "attacks" and t[0] == f"Government of {t[2]}" for t in found), found


@pytest.mark.parametrize("text, wrong", [
    # a verb of no command: the army stays the article's
    ("The Sudanese army fought the RSF in Khartoum. President Biden praised the army.", "Government of United States"),
    # no person's state known: nothing taken from the commander
    ("Kestrel Varn ordered the army to resume its offensive against the Kivu Front.", "Kestrel Varn"),
    # the army is someone's own: the possessor decides
    ("President Putin ordered Ukraine's army to lay down its arms.", "Government of Russia"),
])
def test_commanded_army_near_misses(text, wrong):
    assert not any(t[0] == wrong for t in triples(text))


# -- a state and its own government are one side, never two ends ("Government of X attacks X") ---------------
@pytest.mark.parametrize("text", [
    "Armenia closed its border with Azerbaijan. President Aliyev ordered the military to continue its offensive "
    "against Armenia.",
    "President Putin ordered the army to resume its offensive against Ukraine on Monday.",
    "Kenya's government said the Kenyan army had deployed. It urged restraint by Kenya.",
])
def test_state_and_its_own_government_are_never_two_ends(text):
    found = triples(text)
    assert not any(t[0] == f"Government of {t[2]}" or t[2] == f"Government of {t[0]}" for t in found), found


@pytest.mark.parametrize("text, relation", [
    # another state's government stays an end
    ("Armenia closed its border with Azerbaijan. Azerbaijan's government accused Armenia of shelling Tegh.",
     ("Government of Azerbaijan", "condemns", "Armenia", False)),
    ("The Sudanese army fought the RSF in Khartoum. Chad condemned the Sudanese government.",
     ("Chad", "condemns", "Government of Sudan", False)),
    ("Rwanda denies backing the M23. Congo's government accused Rwanda of arming the rebels.",
     ("Government of Democratic Republic of the Congo", "condemns", "Rwanda", False)),
])
def test_other_states_government_is_still_an_end(text, relation):
    assert relation in triples(text)
