"""A battery of the project's own passages (``data/ref44a_battery.jsonl``; format and checks in ``batteries.py``) for
references by a pronoun whose other end the sentence does not name, drawn from the shapes of the readable sets' real
failing sentences (ref44a). A title opening its sentence with its holder named beside it ("Its leader, N, ...", "Its
armed wing, the X, ...") is owned by the one body the sentence before has for its main subject: that center outranks
the objects, obliques and phrases inside its own phrase that the general reading counts as rivals, and a pronoun left
open among them breaks no chain (``Resolver._titled_owner_center``). Not where that subject is a state (the object
then may be meant), two bodies, or a speaker whose told clause may hold the topic. An object "it" of a verb of
designating with a kind of body for its designation ("X designated it a terrorist organisation", "lists it as a
terrorist group") is the one armed group or organisation the latest sentence to name one names, persons, states and
places named since being no rivals (``Resolver._designated_group``); nothing where that sentence names two, unless
one is a subject and the rest only obliques."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref44a_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
