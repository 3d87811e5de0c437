"""A battery of the project's own passages (``data/pron59_battery.jsonl``; format and checks in ``batteries.py``):
a subject "it"/"its" opening the sentence right after a list item's label and the description it gives the label
("- The Hill Rangers: a splinter of the KDU formed in 2022. It attacked Tarn") takes up the label, not a body the
description names to say what the label is (``Resolver._label_description``). Where the label is an actor, that
is the pronoun's actor (``_first_after_label``); where the resolver made no actor of it, the pronoun has none
(``_takes_up_unknown_label``). Near-misses: a label that is an actor keeps its reading, and a label's sentence
that tells an act ("- March 2024: X seized Tarn. It then ...") is no description, so "it" is X as before."""

from __future__ import annotations

import pytest
from batteries import Battery
from relations_helpers import resolved_refs

BATTERY = Battery.load("pron59_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()


@pytest.mark.parametrize("text, names", [
    ("The main actors:\n\n- The Delta Watch (DW): the biggest insurgent movement. It has battled the navy since 2019.\n"
     "- The Coastal Guardians: a splinter of the DW formed in 2021. It now sides with the navy.",
     [["Delta Watch"], []]),
    ("The main actors:\n\n- The Sons of Ulm (SOU): a militia of herders.\n- The Reed Cutters: a group that "
     "operates alongside the SOU in the marshes. It has never worked with the navy.", [[]]),
    ("Timeline:\n\n- March 2024: The Kato Defence Union seized Tarn. It then attacked Osk.", [["Kato Defence Union"]]),
])
def test_pronoun_after_a_label_description_takes_up_the_label(text, names):
    assert resolved_refs(text, "It") == names
