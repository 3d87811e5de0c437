"""A battery of the project's own sentences (``data/prec49_battery.jsonl``; format and checks in ``batteries.py``):
false relations read off six shapes, each now left unread, with near-misses that keep the true reading.

* A peacekeeper's nationality is not the state attacked ("killing an Egyptian peacekeeper", "ambushed two Ghanaian
  peacekeepers"): the home state a mission's soldier comes from (``mission_personnel_nouns``) is dropped from the
  attack's objects (``rules._mission_served_states``); a mission named before its peacekeepers, and a state's own
  soldiers, are still attacked.
* A body or an outlet launched in a place is no place struck ("launched a new coalition in X", "an alliance launched
  in Y by Z"): a verb of launching (``launching_verbs``) whose launched noun is a body (``launched_body_nouns``) reads
  no place from its "in" phrase (``rules._body_launched``); an offensive or attacks launched in a place still are.
* A body's own word that it is in control of a place is a hold claimed, no taking ("X says it is in control of Y"):
  ``rules._own_hold_claimed``; a taking said outright is still read.
* A demonym of a place the text names, tagged as an organisation before a force noun ("Kessan units" after the
  town of Kessa), is no body of its own (``resolve.Resolver._demonym_of_named_place``).
* A body's name that runs on past "in" and a place to a bracketed acronym abbreviating it ("the Front for Justice in
  West Kordavia (FJWK)") is one name, not cut before "in" (``entities._abbreviated``, ``entities._acronym_name_end``).
* A title coordinated with a titled person's that names a person of its own ("X's president, N, and the Front's
  commander, M,") is M's, not N's (``rules._titles_own_person``, read by the apposition:title-conjunct reading); one
  person's two coordinated titles ("the spokesman and leader of X") still both describe him.
"""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("prec49_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
