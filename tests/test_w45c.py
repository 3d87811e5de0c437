"""A battery of the project's own sentences (``data/w45c_battery.jsonl``; format and checks in ``batteries.py``):
three kinds of backing and talks no rule read before. A body that relies, depends or leans on a named state or
group with no 'for' phrase is backed by it (``constructions/w45c.jsonl``, ``w45c:relies-on-actor``; a body's own
fighters, a practice, another's silence, a reliance denied or ended, and 'for gas' read nothing). A body's patron
named by a copula ("the front's patron is B") backs it (``w45c:owner-patron-is``; no patron saint, no denied or
former patron). A named accord the tagger took for a work, a product or an event is a document
(``entities._names_a_document``), so a mediator after the clause ("signed the X Accord, mediated by C") is read by
``talks32:clause-mediated-by-subject``; an accord only rejected or praised brings no mediator."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("w45c_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
