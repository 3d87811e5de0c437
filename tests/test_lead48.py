"""A battery of the project's own sentences (``data/lead48_battery.jsonl``; format and checks in ``batteries.py``):
a title whose holder is named by a phrase on the title itself, with no apposition the parser can see ("Its
commander, known as N, toured the villages", "the front's spokesman, who gave his name as N, said"). The title is
read as the apposition rule reads "its commander, N": the holder leads or is a member of the body its possessive
stands for (``rules._title_holder_named``, called by ``rules.title_then_name_rule``; the relative clause's verb from
``name_stating_verbs``). Near-misses: a name that is no person's ("known as a hardliner"), a possessive with two
candidate bodies, a title with no owner, and a self-chosen name ("who called himself N"), which is left unread.

Also a plural title of one named body that lists its holders by an example marker right after the body's name ("the
leaders of the X Movement, including A and B", "the Y Brigade's leaders, among them C"): each listed person holds
the title (``rules._titles_listing_holders``, called by ``rules.title_then_name_rule``). Near-misses: two bodies
("the leaders of A and B, including N"), a marker after another noun ("met envoys, including N"), and commanders or
ranks, of which a body has many below its head.

Also "led / headed / commanded by N" after a comma that follows a named body, where the parser hung the participle
on the clause's verb as an adverbial clause ("It fights beside the X Front, led by N", "Police patrol alongside the
Y Union, commanded by N"): the body just before the comma is the one led, when it is the verb's object or its
preposition's (``rules._led_actor_before_comma``, in ``rules.verb_rule``). Near-misses: a place before the comma
("troops retook Marsa, led by Colonel N": the troops', never Marsa's), and a description that is no named body."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("lead48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
