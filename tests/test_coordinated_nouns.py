"""A noun coordinated after another hangs from the same verb: "imposed sanctions and an arms embargo on X"
is X sanctioned by the verb's subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.relations_helpers import got, holds


@pytest.mark.parametrize("text, s, o", [
    ("The EU imposed sanctions and an arms embargo on Belarus.", "European Union", "Belarus"),
    ("The UN imposed travel bans and an arms embargo on the Taliban.", "United Nations", "Taliban"),
    ("The United States imposed tariffs and an oil embargo on Venezuela.", "United States", "Venezuela"),
])
def test_a_coordinated_noun_shares_its_first_conjuncts_verb(text, s, o):
    assert holds(text, s, "sanctions", o), got(text)


def test_near_miss_a_coordinated_noun_of_no_verb_states_nothing():
    text = "Talk of tariffs and an oil embargo on Venezuela grew in Washington."
    assert not any(r[1] == "sanctions" for r in got(text)), got(text)
