"""A battery of the project's own sentences (``data/ref57_battery.jsonl``; format and checks in ``batteries.py``):
reference to an act or an actor the sentence does not name.

An attack noun told from the air ("the air strikes", "the bombing", "drone strikes") takes up the act told from the
air before it -- a verb of bombing, or aircraft as the subject ("Xian jets struck Y") -- over an act told on the
ground by another between them ("A's jets bombed X. B's troops besieged Y. C condemned the air strikes": C condemns
A; ``discourse._aerial_act`` in ``discourse._antecedent``). Two aerial acts by two agents leave it no one's, a
ground act alone is no air strike, and "the siege" is not settled by the bombing.

An armed body "any" opens under a denied or negated backing ("X has at no point shipped guns to any rebel faction in Z",
"denies arming any militia", "has not trained any armed group") is the one armed group the text has named before
(``Resolver._any_armed_group``, ``open_armed_nouns``): the backing is read denied. Two named groups leave it no
one's; an attack ("has never attacked any armed group"), an intent ("will support any group that ...") and a denial
governing another clause ("denies it, but admits it has armed any group that asked") are left alone."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref57_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
