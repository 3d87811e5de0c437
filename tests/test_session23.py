"""A battery of the project's own sentences (``data/session23_battery.jsonl``; format and checks in
``batteries.py``): a gerund that tells what time or money was spent on ("X spent two decades training Y",
"spent billions equipping Y", "devoted years to arming Y") is the spender's own act, whether the parser hangs it
on the verb, on the sum, or tags the first of two gerunds as a noun; what is spent on a hypothesis or a debate
("spent weeks debating whether ...") states nothing. A force made up of one state's troops "alongside
contingents from" others counts those others as members (``member:contingents-alongside-of``). A date NER
ends on a function word ("the end of a" before "three-week") is no date: it would hide the phrase it cuts. A span NER took for a name in lower case ("the west bank of the Dnipro") is
none: it never reaches the gazetteer's West Bank. What "the charge that X ..." says is alleged, as with "the
accusation that"; denied, it is denied. Ending a truce with B says there were dealings with B
(former, not denied: ``truce_nouns``), as ending a war says there was one; ending support says it holds no more. "Hosted the talks, with A and B as guarantors": the role phrase
the parser hangs on the talks after the with-phrase makes A and B no parties. The owner of what
a verb strikes is never the verb's own subject ("Paris ... has bombed its depots"). Taking
something from B makes B an enemy; "taking over from B" with nothing taken is succeeding B. Not signing
an agreement told before ("the two sides have not signed it", "has not signed the draft") denies only that settlement,
not that the sides dealt; never signing any ("never signed a peace treaty") still denies it. Two
places the gazetteer puts in different states never hold each other (Kampala is not in Kigali), though a text
that puts a town in a state is believed. "A and B are at odds with C" sets both against C, not each other. "The federal government" is the
government of the one state named before whose formal names carry the word (``state_form_modifiers``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("session23_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
