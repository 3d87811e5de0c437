"""A battery of the project's own sentences (``data/tie52_battery.jsonl``; format and checks in ``batteries.py``):
backing or condemning an actor through its act named with its doer. Backing, funding or paying for a deployment
or an intervention whose doer a demonym, a name before the noun or a possessive names ("backed the American
deployment", "funds the Kenyan deployment", "paid for the Turkish deployment") backs that doer: the construction
``tie52:backed-demonym-deployment`` (``constructions/tie52.jsonl``) over the word class ``backed_acts``; a
deployment with no doer named on it gives nothing, a welcomed intervention in talks is no backing, and a denied
endorsement is read denied. A military buildup is an act whose condemnation condemns its doer (word class
``condemned_acts``, read by ``condemn:demonym-act``); a buildup welcomed or with no doer gives nothing."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie52_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
