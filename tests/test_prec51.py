"""A battery of the project's own sentences (``data/prec51_battery.jsonl``; format and checks in ``batteries.py``):
false relations found in the fifty-first round, each with near-misses that must still be read.

- A bare title of command owned by a state told by its name ("Chad's commander, Colonel N,") is one of the state's
  officials, read as an army chief's title is: no leader of the state (``rules._state_command_title``, in
  ``rules._titled``); "commander-in-chief" still heads the state, and a group's commander still leads the group.
- A verb's second "in" after an object, where an earlier "in" of the same verb already names a place ("seized X in
  the A zone and Y in the B province"), places the later object, not the first (``rules._earlier_place_in``, in
  ``rules.place_rule``); a single "in" after a verb's object still places it.
- "A splinter faction of X" (``splinter_part_modifiers``) with no name of its own after it is not X
  (``resolve._unnamed_splinter_part``, in ``resolve.no_longer_the_group``); a part named after a comma or in
  apposition is still read as that named part, and a plain "a faction of X" is still X.
- A verb of holding denied in the present simple ("X, which does not control the border area,") states a present
  state, not a denied capture (``rules._present_hold_denied``, among ``rules.verb_rule``'s holding guards); "has not
  retaken", "did not capture" are still denied captures.
- A "not" over an act graded by its scale ("has not taken up arms against X on a large scale",
  ``scale_degree_nouns``) denies the scale, not the act: nothing is read as denied (``relations._degree_compared``);
  "has not fought X since the accord" is still denied.
- "A and B signed a suspension of hostilities agreement with C": the parser hangs the "with" on the deal's inner
  noun; the construction ``prec51:with-third-inside-deal-name`` reads C as the party both dealt with and outranks
  ``agreement:coordinated``, so the co-signers are no pair that dealt with each other.
- The same two or more actors read as a verb's subjects and its objects ("the donors that support X's recovery,
  including A and B": the parser hangs the list on the object, the relative's antecedent takes it too) are one list
  read twice: nothing is read (``rules._one_list_both_ends``, in ``rules.verb_rule``), unless the verb takes a
  reciprocal pronoun ("A and B accused each other")."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec51_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
