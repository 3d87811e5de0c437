"""A battery of the project's own sentences (``data/act55_battery.jsonl``; format and checks in ``batteries.py``):
a field or mine known by the town it lies at ("the Kessa oil field", "the Varn gold mines", ``place_site_nouns``)
is taken or left with that town: ``act55:site-of-place-taken`` and ``act55:left-site-of-place``
(``graph/lang/en/constructions/act55.jsonl``) read the town where NER reads its name as a place. A demonym ("the Libyan oil fields") or a
company ("the Chevron oil field") is no town; a threatened or denied taking is none.

Also an actor set beside a kind noun whose "of" phrase an "anti-B" modifier describes ("X, a kind of anti-B
militia", ``sort_of_nouns``) opposes B (``act55:anti-name-kind-of``, as ``oppose25:anti-name`` reads "X, an
anti-B militia"); "a kind of anti-aircraft unit" names no one.

Also a DR Congo-style "territory" is a designator like "district" for ``places25:designated-of``: "the X territory of
North Kivu" puts X in North Kivu; a territory "of" a body that is no place puts it nowhere."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("act55_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
