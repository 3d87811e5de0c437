"""A battery of the project's own sentences (``data/row43g_battery.jsonl``; format and checks in ``batteries.py``),
written from the readable sets' negated relations that a sentence run alone did not yield, each mended at its
mechanism. Coordinated place names before a plural place noun are each that place ("the Kursk and Belgorod
regions", ``Resolver._coordinated_places``). "Accused neighbouring X on Sunday of ...", where the parser made the
modifier a participle with the name for its object, gives the verb its object back
(``entities._other_modifier_read_as_verb``). A party noun with an organisation's name for its modifier is that
organisation ("the ruling Likud party", ``party_nouns``, ``Resolver._named_party``). A coordinated copula with no
subject of its own shares the first verb's ("X raids Y, but is not part of Z", ``rules._copula_subjects``). An
object pronoun that is the other party of talks or ties ("will not hold talks with it", "has no ties to it",
``resolve._party_object``) means the one actor its sentence names before it besides its own subject, as the
accused of a charge does."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("row43g_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
