"""A battery of the project's own sentences (``data/w56c_battery.jsonl``; format and checks in ``batteries.py``):
states told with a bloc whose name the sentence itself describes.

An unknown capitalised name set off before a gloss of a bloc ("the Sahel Compact, a bloc formed by A, B and C",
"the Andes Pact, an alliance of A and B") is a body's name, whatever NER made of it
(``entities._blocs_named_by_their_gloss``, word class ``bloc_gloss_nouns``); so is one whose possessive owns
members or member states ("the Tasman Compact's members, A, B and C": ``entities._blocs_named_by_their_members``),
and one ending in a bloc's head word set off before a clause that tells its members ("the Sahel Compact, made up
of A, B and C", "..., to which A and B belong": ``entities._blocs_named_by_their_members_clause``, word classes
``membership_clause_verbs`` and ``bloc_name_heads``; a plan, talks or a place so described stay no body).
The membership rules then read the members listed. States listed in brackets after a body's name are its members
(``w56c:bracketed-member-list``). A planned bloc, a treaty, a plan or a meeting names no body; one state in
brackets, or states listed after a place, are no members."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w56c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
