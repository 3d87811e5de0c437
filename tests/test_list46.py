"""A battery of the project's own sentences (``data/list46_battery.jsonl``; format and checks in ``batteries.py``):
sanctions and designations the tool missed in three shapes.

- An aside of examples set off by commas between a measure and its target ("imposed targeted sanctions, including
  a travel ban and an asset freeze, on N"): the parser hung the preposition after the closing comma on the aside's
  last example; it belongs to the noun the aside lists examples of (``entities._preposition_after_closed_examples``,
  ``example_markers``).
- A plural designation label after two names ("designated both A and the B foreign terrorist organisations"): the
  parser made the label A's conjunct with B hung on it; the label stands for B (``listed_label_plurals``,
  ``rules._label_plural_name``), as ``listed_unit_plurals`` do for places.
- An owner's decision told by its to-infinitive ("welcomed X's decision to designate Y", "the decision of X to add
  Y to its list"): the act is done, as after "X decided to" (``taken_decision_nouns``, ``relations._taken_decision``);
  not with "any" or no owner, nor where the decision is undone (``decision_undoing_verbs``).
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("list46_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
