"""A battery of the project's own passages (``data/ref44f_battery.jsonl``; format and checks in ``batteries.py``):
references the readable sets' misses leave to the article as a whole rather than to a pronoun or a description.

A bare title that names no state ("Interior Minister N said", "Army spokesman Colonel N") is the home state's: a
story whose headline and lead name one state only, and that the article names most, is that state's story, though a
neighbour or patron named often further on keeps it from dominating by count (``Resolver.home_state``,
``Resolver._opens_with_salient_state``). Conversely a state that dominates by count but is not the one the opening
names (a story that opens on Mozambique and then tells at length of Rwanda's troops there) leaves the bare title's
state open, as ``rules._home_state`` already did (``rules._opens_on_other_state``). Passages naming two states in
their opening, or setting the official in another state's capital, must not yield the relation.

An explainer's list item leaves its heading's actor out: an item that opens with a verb of parting ("Twirwaneho /
- Split from X in 2018", "- Broke away from Y") has that actor for its subject, whatever tag the tagger gives the
verb (``statements.parting_item_subject``, words ``parting_verbs``; not with a "by" agent: "- Split by a feud with
X"), and a question heading ("What is X?", "Who are the Y?") names the actor its items speak of, as a heading that is
the name does (``statements._question_heading_topic``)."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("ref44f_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
