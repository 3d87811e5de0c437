"""A battery of the project's own sentences (``data/act57_battery.jsonl``; format and checks in ``batteries.py``):
taking control of a place told by the verbs of taking back ("A retook / recaptured / reclaimed control of X",
"reestablished control over Y"), which the trigger lexicon's control records now list beside "took" and
"regained"; a vow to retake control is no taking and a denied one stays denied.

Also taking control of an unnamed military post in or at a town, or of a site of passage and supply at one ("A
took control of the army base in X", "seized control of the police station in Y") takes the town, as taking the
post itself does (construction ``act57:took-control-of-post-in``, ``graph/lang/en/constructions/act57.jsonl``);
control of a bridge "in" a city, a threatened taking, and a post "near" a town in a region take neither.

And opening fire on unnamed positions or posts in, around or across a named place attacks the place, as striking
them does ("A opened fire on enemy positions in X", "fired on army posts around Y": construction
``act57:fired-on-positions-in``); posts "near" a place, firing on protesters, and a threatened or denied firing
attack no place."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
