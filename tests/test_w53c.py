"""A battery of the project's own sentences (``data/w53c_battery.jsonl``; format and checks in ``batteries.py``):
third parties read as parties.

A complaint taken to an intergovernmental body ("A complained to the African Union about B", "A lodged a
complaint with the regional bloc") takes the body as the forum that hears it, not as the one reproached:
``condemn14:protested-to`` reads only a state, a government or an armed group as the addressee reproached, while
"A condemned the union's decision" stays a condemnation.

A go-between's phrase over talks held "with" a named partner ("Talks with C continue under the mediation of D")
deals with that partner's talks, not with whatever pair the article told negotiating before
(``relations._sides_hold_partner``); where the pair holds the partner, the go-between deals with both."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w53c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
