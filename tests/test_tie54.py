"""A battery of the project's own sentences (``data/tie54_battery.jsonl``; format and checks in ``batteries.py``),
for the four readings of ``graph/lang/en/constructions/tie54.jsonl``:

- a deal or talks between two sides, subject of a go-between's passive ("the ceasefire between A and B was
  brokered by C"): C deals with each side (``tie54:deal-between-brokered-passive``); a truce welcomed, monitored
  or not brokered by C makes C no party;
- a protest or complaint lodged over an act whose doer is named on it ("lodged a protest over B's shelling"):
  the doer is condemned (``tie54:protest-over-owned-act``), never the forum it is lodged with, and an act with
  no doer named names no one;
- measures imposed on an actor with no kind word before them ("imposed measures on B") sanction it
  (``tie54:measures-imposed-on``); measures on a place, or declined, sanction no one;
- a label of censure or dismissal given to what an actor said ("called the Xian claims hysteria") condemns the
  speaker named on the words (``tie54:labelled-speech``, word classes ``spoken_act_nouns`` and
  ``dismissal_labels``); a label of praise, or words with no speaker, name no one."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("tie54_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
