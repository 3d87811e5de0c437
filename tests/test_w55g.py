"""A battery of the project's own sentences (``data/w55g_battery.jsonl``; format and checks in ``batteries.py``):
an invented state's name NER left untagged, or took for a common noun, where it stands as only a state does
("accused neighbouring Nyabure of ...", "troops from neighbouring Zemure"). The word, never tagged at any
mention, is tagged as a place at every mention (``entities._state_cued_words``, read by ``_untagged_namesakes``),
and the neighbour's adjective types a name the tagger read as a noun no dictionary knows
(``resolve._neighbouring_name``); the resolver then makes it a state of the document (``_unknown_states``).
A name that a place noun or a people's noun follows ("neighbouring Wendoro district", "neighbouring Zemure
herders") stays no state."""

from __future__ import annotations

import pytest

from batteries import Battery
from relations_helpers import read

BATTERY = Battery.load("w55g_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


def _types(text: str, name: str) -> set[str]:
    return {a.type for r in read(text) for a in (r.subject, r.object) if a.name == name}


@pytest.mark.parametrize("text,name", [(line["text"], name) for line in BATTERY.lines[:3]
                                       for name in ("Nyabure", "Zemure", "Ubembe") if name in line["text"]])
def test_neighbour_name_is_a_state(text, name):
    assert _types(text, name) == {"STATE"}


@pytest.mark.parametrize("text,name", [(BATTERY.lines[3]["text"], "Wendoro"), (BATTERY.lines[4]["text"], "Zemure")])
def test_named_place_or_people_is_no_state(text, name):
    assert "STATE" not in _types(text, name)
