"""Heads of state and government, and heads of international bodies, in the gazetteer: a title that names
no state or body ("President N", "Secretary-General N") reads the known person as leading the state
(``state``) or the body (``heads``) the gazetteer gives him. Sentences are our own."""

from __future__ import annotations

from collections import defaultdict

import pytest

from conflictkg.errors import GazetteerError
from conflictkg.graph.gazetteer import Gazetteer
from conflictkg.graph.model import normalize_name
from relations_helpers import got, holds, read

# A spread of regions and decades: title + known name, no state in the sentence.
HEADS_OF_STATE = [
    ("President François Mitterrand flew to Sarajevo on Sunday.", "François Mitterrand", "France"),
    ("Prime Minister Margaret Thatcher ordered a task force to the South Atlantic.", "Margaret Thatcher", "United Kingdom"),
    ("Chancellor Helmut Kohl promised aid to the refugees.", "Helmut Kohl", "Germany"),
    ("President Boris Yeltsin sent troops into Grozny.", "Boris Yeltsin", "Russia"),
    ("President Hosni Mubarak hosted the talks in Sharm el-Sheikh.", "Hosni Mubarak", "Egypt"),
    ("King Abdullah II warned against an assault on the city.", "Abdullah II", "Jordan"),
    ("King Salman ordered the air campaign to continue.", "Salman bin Abdulaziz", "Saudi Arabia"),
    ("President Mahmoud Ahmadinejad defended the enrichment programme.", "Mahmoud Ahmadinejad", "Iran"),
    ("Prime Minister Nouri al-Maliki ordered the army into Basra.", "Nouri al-Maliki", "Iraq"),
    ("President Olusegun Obasanjo sent a delegation to Monrovia.", "Olusegun Obasanjo", "Nigeria"),
    ("President Jakaya Kikwete urged the rebels to disarm.", "Jakaya Kikwete", "Tanzania"),
    ("President Robert Mugabe accused the opposition of treason.", "Robert Mugabe", "Zimbabwe"),
    ("President Blaise Compaoré mediated between Bamako and the rebels.", "Blaise Compaoré", "Burkina Faso"),
    ("Prime Minister Atal Bihari Vajpayee rode the bus to Lahore.", "Atal Bihari Vajpayee", "India"),
    ("President Pervez Musharraf declared a state of emergency.", "Pervez Musharraf", "Pakistan"),
    ("Prime Minister Thaksin Shinawatra sent troops to the south.", "Thaksin Shinawatra", "Thailand"),
    ("President Susilo Bambang Yudhoyono signed the Aceh accord.", "Susilo Bambang Yudhoyono", "Indonesia"),
    ("President Hu Jintao received the delegation in Beijing.", "Hu Jintao", "China"),
    ("President Álvaro Uribe ordered the raid on the guerrilla camp.", "Álvaro Uribe", "Colombia"),
    ("President Hugo Chávez moved battalions to the border.", "Hugo Chávez", "Venezuela"),
    ("President Mikheil Saakashvili appealed for Western help.", "Mikheil Saakashvili", "Georgia"),
    ("President Nursultan Nazarbayev offered to host the talks.", "Nursultan Nazarbayev", "Kazakhstan"),
    ("President Franjo Tuđman ordered the offensive.", "Franjo Tuđman", "Croatia"),
    ("Prime Minister Tomiichi Murayama apologised for the war.", "Tomiichi Murayama", "Japan"),
    ("President Óscar Arias presented a peace plan for the isthmus.", "Óscar Arias", "Costa Rica"),
    ("President Ibrahim Rugova called for independence.", "Ibrahim Rugova", "Kosovo"),
    ("Sultan Qaboos hosted secret talks in Muscat.", "Qaboos bin Said", "Oman"),
]


@pytest.mark.parametrize("text, person, state", HEADS_OF_STATE, ids=[h[1] for h in HEADS_OF_STATE])
def test_a_title_that_names_no_state_reads_the_known_head_as_leading_his_state(text, person, state):
    assert holds(text, person, "leads", state), got(text)


@pytest.mark.parametrize("text, person, state", [
    ("The president, Jacques Chirac, refused to send troops.", "Jacques Chirac", "France"),
    ("Nigeria's Buhari vowed to crush the insurgents.", "Muhammadu Buhari", "Nigeria"),
])
def test_apposition_and_possessive_read_the_known_head_too(text, person, state):
    assert holds(text, person, "leads", state), got(text)


@pytest.mark.parametrize("text, person, state", [
    ("Former President Jimmy Carter monitored the election.", "Jimmy Carter", "United States"),
    ("The late President Samora Machel signed the accord in 1984.", "Samora Machel", "Mozambique"),
    ("Former president Alberto Fujimori was flown to Lima for trial.", "Alberto Fujimori", "Peru"),
    ("Kenya's former president, Uhuru Kenyatta, chaired the talks in Nairobi.", "Uhuru Kenyatta", "Kenya"),
    ("Ellen Johnson Sirleaf, the former president of Liberia, led the observer mission.", "Ellen Johnson Sirleaf", "Liberia"),
    ("The former Nigerian leader Olusegun Obasanjo met the rebels in Addis Ababa.", "Olusegun Obasanjo", "Nigeria"),
])
def test_a_former_head_led_his_state_as_history_never_as_the_present(text, person, state):
    leads = [r for r in read(text) if r.predicate == "leads" and r.subject.name == person]
    assert [(r.object.name, r.former) for r in leads] == [(state, True)], got(text)


@pytest.mark.parametrize("text, person, state", [
    ("Former Ghanaian foreign minister Hanna Tetteh joined the panel.", "Hanna Tetteh", "Ghana"),
    ("A former Sudanese army chief, Abdel Rahim Hussein, was charged in absentia.", "Abdel Rahim Hussein", "Sudan"),
])
def test_a_states_former_official_is_not_read(text, person, state):
    # the office is history the text does not date, and not the state's present
    assert not any(r[0] == person and r[2] == state for r in got(text)), got(text)


@pytest.mark.parametrize("text, person, body", [
    ("Secretary-General Kofi Annan urged both sides to halt the fighting.", "Kofi Annan", "United Nations"),
    ("The Secretary-General, Ban Ki-moon, condemned the shelling.", "Ban Ki-moon", "United Nations"),
    ("Secretary General Jens Stoltenberg warned Moscow against escalation.", "Jens Stoltenberg", "NATO"),
    ("Chief Prosecutor Fatou Bensouda opened an inquiry into the killings.", "Fatou Bensouda", "International Criminal Court"),
    ("Chairperson Moussa Faki Mahamat called for a ceasefire.", "Moussa Faki Mahamat", "African Union"),
    ("Rebel leader Hemedti rejected the truce.", "Mohamed Hamdan Dagalo", "Rapid Support Forces"),
    ("Prime Minister Fayez al-Sarraj asked Ankara for air defences.", "Fayez al-Sarraj", "Government of National Accord"),
    ("The Tripoli council, led by Prime Minister Fayez al-Sarraj, appealed for UN help.", "Fayez al-Sarraj",
     "Government of National Accord"),
    ("The guerrilla chief Joseph Kony fled into the Garamba forest.", "Joseph Kony", "Lord's Resistance Army"),
])
def test_a_leaders_title_that_names_no_body_reads_the_body_the_gazetteer_knows_him_to_head(text, person, body):
    assert holds(text, person, "leads", body), got(text)


@pytest.mark.parametrize("text, person", [
    ("Kofi Annan, a former secretary-general, called for calm.", "Kofi Annan"),
    ("Former Secretary-General Ban Ki-moon visited the camp.", "Ban Ki-moon"),
    ("Prime Minister Mark Rutte visited the front line.", "Mark Rutte"),  # a state's title, not NATO's
    ("Chancellor of the Exchequer Rishi Sunak announced a loan guarantee.", "Rishi Sunak"),  # an office, not the state
])
def test_near_misses_of_the_body_head(text, person):
    assert not any(r[1] == "leads" and r[0] == person for r in got(text)), got(text)


def test_a_named_body_wins_over_the_known_one():
    text = "Former UN envoy Kofi Annan and Arab League chief Amr Moussa met in Cairo."
    assert holds(text, "Amr Moussa", "leads", "Arab League"), got(text)
    assert not holds(text, "Kofi Annan", "leads", "United Nations"), got(text)


def test_two_heads_sharing_a_surname_stay_two_people():
    text = "Chad mourned President Idriss Deby Itno. His son Mahamat Idriss Deby took power."
    assert holds(text, "Idriss Déby", "leads", "Chad"), got(text)
    # the father's title is not the son's: the son leads Chad only as the one who "took power" there
    assert not any(r[0] == "Mahamat Idriss Déby" and r[1] == "leads" and not r[4].startswith("lead11:took-power")
                   for r in got(text)), got(text)


def test_a_ministers_counterpart_is_not_read_as_a_head_of_state():
    text = "Foreign Minister Sergei Lavrov and his Finnish counterpart Alexander Stubb met in Geneva."
    assert not holds(text, "Alexander Stubb", "leads", "Finland"), got(text)
    text = "Vladimir Putin and his Finnish counterpart Alexander Stubb met in Geneva."
    assert holds(text, "Alexander Stubb", "leads", "Finland"), got(text)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_every_state_and_body_a_person_is_given_is_known(gaz):
    people = [e for e in gaz if e.type == "PERSON"]
    assert sum(1 for e in people if e.state) >= 500 and sum(1 for e in people if e.heads) >= 40
    for entry in people:
        if entry.state:
            assert gaz.lookup(entry.state) is not None and gaz.lookup(entry.state).type == "STATE", entry.name
        if entry.heads:
            body = gaz.lookup(entry.heads)
            assert body is not None and body.type not in ("STATE", "PERSON", "LOCATION"), entry.name
    for entry in gaz:
        assert entry.heads is None or entry.type == "PERSON", entry.name


def test_no_persons_name_or_alias_collides_with_another_entry(gaz):
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in gaz:
        for name in entry.names:
            owners[normalize_name(name)].add(entry.name)
    people = {e.name for e in gaz if e.type == "PERSON"}
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and v & people}
    assert not clashes


@pytest.mark.parametrize("alias", ["Bush", "Kim", "Khan", "Sharif", "Gandhi", "Aliyev", "Bhutto", "Castro", "Kabila",
                                   "Kenyatta", "Ortega", "Lee", "Park", "Abe", "May", "Brown", "Major", "Déby",
                                   "Bongo", "Kirchner", "Rajapaksa", "Mugabe", "Mubarak", "Hussein", "Salman"])
def test_shared_surnames_and_words_are_no_ones_alias(gaz, alias):
    assert gaz.lookup(alias) is None


def test_heads_must_name_a_known_body(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "Vorn Halek", "type": "PERSON", "heads": "Council of Nowhere"}\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match="no known body"):
        Gazetteer.load(bad)
    bad.write_text('{"name": "Vorn Halek", "type": "PERSON", "heads": "France"}\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match="no known body"):
        Gazetteer.load(bad)
    bad.write_text('{"name": "Halek Brigade", "type": "ARMED_GROUP", "heads": "NATO"}\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match="only a PERSON"):
        Gazetteer.load(bad)


def test_the_government_of_a_known_head_is_his_states_whatever_state_was_named_last():
    text = "The envoys met in Oslo. The government of Mahinda Rajapaksa then broke off the talks."
    assert holds(text, "Mahinda Rajapaksa", "leads", "Government of Sri Lanka"), got(text)
    assert not holds(text, "Mahinda Rajapaksa", "leads", "Government of Norway"), got(text)


@pytest.mark.parametrize("text, wrong", [
    # a minister the gazetteer knows but places in no state is not the article's state's by default
    ("Finland joined NATO in 2023. Finnish officials met in Helsinki on Monday. Foreign Minister Sergei Lavrov "
     "warned of countermeasures.", ("Sergei Lavrov", "member_of", "Government of Finland")),
    ("Kenya sent police to Haiti in 2024. Defence Minister Lloyd Austin praised the mission.",
     ("Lloyd Austin", "member_of", "Government of Kenya")),
])
def test_a_known_minister_is_not_the_articles_by_default(text, wrong):
    assert not holds(text, *wrong), got(text)


def test_an_unknown_minister_still_serves_the_articles_state():
    text = "Sudan's war spread to Kordofan. Foreign Minister Ali Youssef said the army would not negotiate."
    assert holds(text, "Ali Youssef", "member_of", "Government of Sudan"), got(text)


# -- a state named before a title that a non-state word or a command title qualifies is not what he leads --
@pytest.mark.parametrize("text, person, state", [
    ("Syria's opposition leader Ahmed al-Sharaa met Turkish officials.", "Ahmed al-Sharaa", "Syria"),
    ("Yemen's Houthi leader Abdul-Malik al-Houthi threatened Israel.", "Abdul-Malik al-Houthi", "Yemen"),
    ("Lebanon's Hezbollah chief Hassan Nasrallah warned Israel.", "Hassan Nasrallah", "Lebanon"),
    ("Myanmar's rebel commander Tun Myat Naing said the AA would fight on.", "Tun Myat Naing", "Myanmar"),
    ("Libya's eastern commander Khalifa Haftar launched an offensive on Tripoli in 2019.", "Khalifa Haftar", "Libya"),
    ("Libyan commander Khalifa Haftar attacked Tripoli.", "Khalifa Haftar", "Libya"),
    ("Somali warlord Mohamed Farrah Aidid fought US troops.", "Mohamed Farrah Aidid", "Somalia"),
])
def test_a_qualified_or_command_title_does_not_lead_the_state(text, person, state):
    assert not holds(text, person, "leads", state), got(text)
    assert not any(r[1] == "negotiates_with" and r[0] == state for r in got(text)), got(text)


@pytest.mark.parametrize("text, person, body", [
    ("Yemen's Houthi leader Abdul-Malik al-Houthi threatened Israel.", "Abdul-Malik al-Houthi", "Houthis"),
    ("Lebanon's Hezbollah chief Hassan Nasrallah warned Israel.", "Hassan Nasrallah", "Hezbollah"),
    ("Iraqi leader Saddam Hussein invaded Kuwait.", "Saddam Hussein", "Iraq"),
    ("Chad's leader Mahamat Deby met the French envoy.", "Mahamat Idriss Déby", "Chad"),
])
def test_the_body_or_state_a_leader_title_names_is_still_led(text, person, body):
    assert holds(text, person, "leads", body), got(text)
