"""A battery of the project's own sentences (``data/back48_battery.jsonl``; format and checks in ``batteries.py``):
designations and affiliations the tool missed (back48).

- A list called by its formal title ("its list of Foreign Terrorist Organizations", "the roster of Specially
  Designated Terrorist Groups"), which the tagger takes as one proper name, or a roster of terrorist groups:
  putting a group on it designates the group (``constructions/back48.jsonl``, back48:added-to-named-list); a list
  of something else, a modal or a negation does not.
- A named formation right after "X and its" ("X and its Y Brigade", "X and its suicide unit, the Y Squad"):
  the formation is affiliated with X (back48:and-its-named-unit, back48:and-its-unit-named); not a rival, nor a
  state's army and its division.
- Condemning an attack that a relative clause says its agent carried out ("condemned the raid that B carried
  out", "the assault which B launched") condemns B (back48:event-the-agent-carried-out); and so does condemning "in
  the strongest terms" an attack "carried out by B", where the phrase between verb and object makes the parser
  read the object as a clause's subject (back48:shifted-event-carried-out-by). Not a raid that killed someone,
  nor one praised, nor one with no agent named."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("back48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
