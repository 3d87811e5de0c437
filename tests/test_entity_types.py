"""Types of actors the gazetteer does not know, settled by the words around their names.

Every example here is written for these tests (invented states and people); none comes from an
evaluation article.
"""

from __future__ import annotations

import pytest

from conflictkg.graph.model import Document, normalize_name
from conflictkg.graph.pipeline import extract_documents


def actor_types(text: str) -> dict[str, str]:
    (_, _, actors), = extract_documents([Document(id="t", text=text, published="2024-03-01")])
    return {normalize_name(n): a.type for a in actors for n in a.names}


# -- an unknown name the text treats as a state ---------------------------------------------------
@pytest.mark.parametrize("text, state", [
    ("The Kingdom of Ostravel said it backed neither side in the war.", "Ostravel"),
    ("Rebels crossed from the Federation of Lurenia, officials said.", "Lurenia"),
    ("The army accused Marovia of arming the rebels. Marovia's foreign ministry denied the claim.", "Marovia"),
    ("Drones sold by Kestmar were found near the front. The Kestmari government denied arming the rebels.",
     "Kestmar"),
    ("Shells landed in Pelvania overnight, and the Pelvanian army returned fire.", "Pelvania"),
])
def test_an_unknown_name_treated_as_a_state_is_a_state(text, state):
    assert actor_types(text).get(normalize_name(state)) == "STATE"


@pytest.mark.parametrize("text, name", [
    ("The self-declared Republic of Arvania signed a truce with the rebels.", "Arvania"),
    ("President Jorim Salek's government denied arming the militia.", "Jorim Salek"),
    ("Rebels from neighbouring Korvanda province crossed into the valley.", "Korvanda"),
    ("The militia attacked the town of Belvik, a market hub near the border.", "Belvik"),
])
def test_near_misses_stay_what_they_are(text, name):
    assert actor_types(text).get(normalize_name(name)) != "STATE"
