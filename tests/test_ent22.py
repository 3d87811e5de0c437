"""Actors NER misses or mistypes (``data/ent22_battery.jsonl``; format and checks in ``batteries.py``), measured
with ``tools/actor_recall.py``: an unknown name whose appositive is a state's kind noun is a state ('X, the small
coastal state,'), unless the noun is owned, placed or made a part ('the country's northern state', 'a federal state
of Y', 'a breakaway republic'); a name NER took for a person is a place where it stands as one (set off by commas
after a settlement noun, a multi-word example of a place noun, after a two-word place preposition, before or ending
in a facility's kind); capitalised words before a lower-case kind noun name a body ('the Mothers of Zepa
association'); untagged names after a title are persons ('The Minister of Defence, N M,', 'General N'); a
body's name of states together is an IGO ('the X Cooperation Organisation', 'the Council of Y States'). A person
beside a title, a person's namesake camp, an armed front or a company stay what they are."""

from __future__ import annotations

from functools import lru_cache

import pytest

from batteries import Battery
from conflictkg.graph.pipeline import load_pipeline

BATTERY = Battery.load("ent22_battery.jsonl")

# (text, name, the type it must be read as, or "!TYPE": any type but that one); every sentence our own
TYPED = [
    # a state by its appositive
    ("Vesmaria, the small coastal state, has supplied drones to the rebels.", "Vesmaria", "STATE"),
    ("Dravonia, a larger power to the north, backs the junta in Port Tarel.", "Dravonia", "STATE"),
    ("The envoy flew to Ostrelia, a small country bordering Tarsen, on Friday.", "Ostrelia", "STATE"),
    ("Soldiers seized power in Kovania, the landlocked nation, last year.", "Kovania", "STATE"),
    ("Fighters crossed into Morra, the country's northern state, in May.", "Morra", "!STATE"),
    ("Kessaland, a federal state of Dorvania, declared autonomy.", "Kessaland", "!STATE"),
    ("Rebels shelled Morvik, a state in northern Dorvania, on Monday.", "Morvik", "!STATE"),
    ("Militias attacked Halvo, a breakaway republic, in March.", "Halvo", "!STATE"),
    # a place NER took for a person
    ("Negotiations were held in the Dorvani capital, Sel Amara, before they broke down in May.", "Sel Amara", "LOCATION"),
    ("The blast hit the main city, Varnoshk, which overlooks the valley.", "Varnoshk", "LOCATION"),
    ("Gunmen burned homes in slum districts such as Cité Lumière and Bas Marin.", "Bas Marin", "LOCATION"),
    ("Mercenaries were reportedly evacuated out of Wadi Kel on Monday.", "Wadi Kel", "LOCATION"),
    ("He visited the Kolomi military airfield on Friday.", "Kolomi", "LOCATION"),
    ("Separatists bombed the Kessan Wharf in Dorvan's docklands last year.", "Kessan Wharf", "LOCATION"),
    ("The town's mayor, Jon Pell, condemned the attack.", "Jon Pell", "PERSON"),
    ("They left the town, Hamid Sorel said.", "Hamid Sorel", "PERSON"),
    ("The rebels' leader, Sel Amara, fled the capital.", "Sel Amara", "PERSON"),
    ("Pavel Grodno visited the Grodno camp on Friday.", "Grodno", "PERSON"),
    ("Joseph Station spoke to reporters on Friday.", "Joseph Station", "PERSON"),
    # a person NER left untagged after a title
    ("The Minister of Defence, Irena Vostal, met the envoy on Monday.", "Irena Vostal", "PERSON"),
    ("The army took Kessa. Its commander, Ilya Dorn, flew out of Kessa on Monday.", "Ilya Dorn", "PERSON"),
    ("He met General Wiranto, the army chief, in Jakarta.", "Wiranto", "PERSON"),
    ("The General Assembly voted on Monday.", "UN General Assembly", "IGO"),
    # a body of states together
    ("The Highland Cooperation Organisation offered to host talks between the two sides.",
     "Highland Cooperation Organisation", "IGO"),
    ("Envoys of the Council of Southern States condemned the coup.", "Council of Southern States", "IGO"),
    ("The Coastal Nations Forum sent envoys to the rebels.", "Coastal Nations Forum", "IGO"),
    ("Evidence will be presented to the Lowland Cooperation Council, the ministry said.",
     "Lowland Cooperation Council", "IGO"),
    ("The Kessan Cooperation Front attacked a convoy.", "Kessan Cooperation Front", "ARMED_GROUP"),
    ("Rights group Silent Ledger accused the army of killing civilians.", "Silent Ledger", "ORGANIZATION"),
    # a body named before a lower-case kind noun
    ("Munira Hodzic, who heads the Mothers of Zepa association, criticised the court.", "Mothers of Zepa",
     "ORGANIZATION"),
    ("The Tarn Widows Relief society accused the army of killing civilians.", "Tarn Widows Relief", "ORGANIZATION"),
    ("Activists of the Free Kessa Students union marched in Tarn.", "Free Kessa Students", "ORGANIZATION"),
    ("The Red Cross society sent aid to the town.", "International Committee of the Red Cross", "ORGANIZATION"),
    ("Lena Varo, who heads the Mothers of Srebrenica association, condemned the verdict.", "Mothers of Srebrenica",
     "ORGANIZATION"),
    ("The fighters of the Ardan Front and the union of farmers clashed.", "Ardan Front", "ARMED_GROUP"),
]


@lru_cache(maxsize=None)
def _types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in load_pipeline()(text)._.actors}


@pytest.mark.parametrize("text,name,type_", TYPED, ids=[f"{n}-{c[1]}" for n, c in enumerate(TYPED)])
def test_actor_is_read_with_its_type(text, name, type_):
    types = _types(text)
    assert name in types, f"{name!r} not read from {text!r}: {types}"
    if type_.startswith("!"):
        assert types[name] != type_[1:], f"{name!r} read as {types[name]} in {text!r}"
    else:
        assert types[name] == type_, f"{name!r} read as {types[name]}, not {type_}, in {text!r}"


def test_battery_is_broad():
    """Each fix has three or more examples and near-misses that keep their reading."""
    assert len([c for c in TYPED if not c[2].startswith("!") and c[2] != "PERSON"]) >= 10
    assert len([c for c in TYPED if c[2].startswith("!") or c[2] in ("PERSON", "ARMED_GROUP", "ORGANIZATION")]) >= 10
    assert len(BATTERY.cases("expect")) >= 6 and len(BATTERY.cases("absent")) >= 2


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
