"""A battery of the project's own sentences (``data/off58_battery.jsonl``; format and checks in ``batteries.py``):
a plural title of leading set off by a comma before a list of names ("the PKK's leaders, N and M", "its two
commanders, N and M") says each of them leads the body. The parser often makes the names the title's conjuncts
(``entities._names_read_as_conjuncts_of_plural_title`` puts the first back in apposition), and the second name
used to be left out (``rules._listed_titled`` now gives it the title's leading as well as a membership). A title
whose modifiers are coordinated ("Hezbollah and Hamas leaders, N and M") does not say who leads which; names
joined to the title by "and", or named as the objects of a verb, hold no title.

Also a restrictive relative clause of heading on a body ("armed the Quds Force that N once led", "deserted the
junta that N heads"): the parser reads its "that" as a subordinator (``entities._object_relative_that_read_as_mark``
makes it the clause's object) or the verb as a plural noun (``entities._heading_relative`` lets
``_relative_verb_read_as_noun`` read it after a noun in any role). A clause with an object of its own ("told Hamas
that N led the attack") or of another verb ("once visited") says nothing of who leads the body.

Also a body that names a person "as its leader" right after its name ("Al-Shabaab named N as its leader"), which the
parser read as a naming participle ("a group named N"): ``entities._appointing_verb_read_as_naming_participle``
(``appointing_verbs``) makes the verb the root, so ``leads:appointed-as-leader`` reads it; a spokesman leads
nothing, and "a man named N" names no body."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("off58_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
