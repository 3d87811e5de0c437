"""A battery of the project's own sentences (``data/war21_battery.jsonl``; format and checks in ``batteries.py``):

* "A launched / declared what it called a 'total war' on B": the war (or offensive) A names is hostility to B,
  also where the parser hangs "on B" on the naming verb rather than on the war word; what A calls a
  misunderstanding, a war on hunger or an offensive "on Friday" is no enemy;
* "the admission of X that it had shelled Z": where the parser reads "that" as a relative pronoun of the giver X,
  the that-clause's pronoun is still X's (never the main clause's subject that merely notes the admission); with
  two givers ("Y's admission of X that it ...") it is neither; a real relative clause ("the army that had shelled Z")
  keeps its own subject."""

from __future__ import annotations

from batteries import Battery, holds

KNOWN_MISSES: set[tuple[str, str, str, str]] = set()

BATTERY = Battery.load("war21_battery.jsonl", KNOWN_MISSES)


def test_battery_is_broad():
    """Each reading is tried on several sentences, and ruled out in more."""
    assert len(BATTERY.cases("expect")) >= 5
    assert len(BATTERY.cases("absent", "not_negated")) >= 8


def test_admission_of_unread_giver_is_not_the_noter():
    """'The UN noted the admission of <an unread army> that it ...': not the UN, asserted or denied."""
    text = "The Red Cross recorded the admission of the Tarnish brigade that it had shelled Bukavu."
    assert not holds(text, "Red Cross", "attacks", "Bukavu", False)
    assert not holds(text, "Red Cross", "attacks", "Bukavu", True)


(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
