"""A battery of the project's own sentences (``data/type47_battery.jsonl``; format and checks in ``batteries.py``):
one-word names of states the gazetteer does not know, which NER takes for a place, a person or a product, so that
no construction accepts them as a party. The text types them as states by two cues, read where the resolver gathers
the document's own states (``resolve.Resolver._unknown_states``, through ``_state_context``): a bare name set
straight after a neighbour's adjective ("arms from neighbouring X"; ``neighbour_state_modifiers``,
``resolve._neighbouring_name``), and a name a relative clause's "whose" makes the owner of what only a state has
("X, whose foreign ministry ...", ``state_possessions``) or of a head of state's title beside a person's name
("X, whose president, N, ...", ``named_head_titles``; ``resolve._owner_of_whose_state_title``); and, as before for
"the Xian army", an adjective formed on the name before the state's aircraft, pilots, advisers, technicians or banks
(``state_demonym_heads``). A name so typed is read whatever label NER gave it; a name the text tells as a town ("X,
a market town") takes no state from an adjective.

A state so made may stand in a list's paragraph after a bare head of state's title ("the elected president, N,
... - It gets fuel from neighbouring X"): named only after his sentence, it does not keep him from the article's
home state (``rules._home_state``, ``later_local``); and a state named "neighbouring X" is never the home a bare title
takes from its paragraph (``Resolver.paragraph_state``). The near-misses keep a district, a valley, a market town, a firm and a person
what they are, and a real region the gazetteer now knows (Dagestan) no state."""

from __future__ import annotations

import pytest

from batteries import Battery
from conflictkg.graph.pipeline import extract_documents
from conflictkg.graph.text import make_document

BATTERY = Battery.load("type47_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def _types(text: str) -> dict[str, str]:
    return {a.name: a.type for _, _, actors in extract_documents([make_document(text)]) for a in actors}


@pytest.mark.parametrize("text, name", [
    ("Neighbouring Mirelia backs the Sable River Front, two diplomats said.", "Mirelia"),
    ("Ostrevia, whose foreign ministry summoned the envoy on Tuesday, has supplied the Sable River Front with "
     "mortars since 2023.", "Ostrevia"),
    ("Estravia, whose embassy in Port Ruma was shelled in April, denies arming the Orun Hills Movement.", "Estravia"),
    ("Morvanese aircraft hit a depot of the Orun Hills Movement near Marwi. Morvana has fought the movement since 2021.",
     "Morvana"),
])
def test_name_typed_a_state(text, name):
    assert _types(text).get(name) == "STATE"


@pytest.mark.parametrize("text, name", [
    ("Fighters of the Orun Hills Movement fled into neighbouring Tolvo district after the army shelled Marwi.", "Tolvo"),
    ("Residents said that the neighbouring Tolvo valley, which the Sable River Front seized in May, was quiet.", "Tolvo"),
    ("Soldiers took back neighbouring Marwi, a market town, on Sunday.", "Marwi"),
    ("Velmax, whose president, Anton Brell, sold trucks to the army, denied any link with the Orun Hills Movement.",
     "Velmax"),
    ("Brell, whose army of volunteers holds the hills, says he backs the Orun Hills Movement.", "Brell"),
    ("Gunmen from the hills crossed into neighbouring Dagestan, where they held three villages for a week.", "Dagestan"),
    ("Villagers said Kessan helicopters flew over Marwi on Monday; Kessa, a market town, is held by the Orun Hills "
     "Movement.", "Kessa"),
])
def test_near_miss_is_no_state(text, name):
    assert _types(text).get(name) != "STATE"
