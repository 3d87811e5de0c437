"""Names NER did not tag, made persons by a title of a body in apposition: "N, the leader of X,"."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, expected", [
    ("Adolfo Macias, the leader of Los Choneros, escaped from prison.", ("Adolfo Macias", "leads", "Los Choneros")),
    ("Kessel Odoro, the commander of the Northern Brigade, was killed on Monday.",
     ("Kessel Odoro", "leads", "Northern Brigade")),
    ("Talvi Renko, the chairman of the Coastal Front, rejected the offer.", ("Talvi Renko", "leads", "Coastal Front")),
])
def test_a_titled_apposition_names_a_person(text, expected):
    assert holds(text, *expected), got(text)


@pytest.mark.parametrize("text, name", [
    # a noun that is no person's title makes no person
    ("Bamako Central, the main market of the capital, burned.", "Bamako Central"),
    ("Camp Lemonnier, the largest base of the United States in Africa, was put on alert.", "Camp Lemonnier"),
])
def test_no_person_made_without_a_persons_title(text, name):
    from conflictkg.graph.pipeline import load_pipeline

    doc = load_pipeline()(text)
    assert not any(a.name == name and a.type == "PERSON" for a in doc._.actors), [(a.name, a.type) for a in doc._.actors]
