"""A battery of the project's own sentences (``data/typ58_battery.jsonl``; format and checks in ``batteries.py``):
places listed with commas and "and" that NER read, two at a time, as one body's or work's name ("air bases at
Sargodha, Jacobabad and Bholari", "took Paletwa, Maungdaw and Buthidaung") are one place each when the list
also holds a place that is no state (``entities._listed_beside_place``, read by ``_coordinated_places``); a
list beside a state ("Hamas, Hezbollah and Syria") is no list of places, and a denied strike stays unread.

Also a ministry named with its state's formal name ("the Ministry of Interior of the Federal Republic of X"), where
the gazetteer took the formal name and NER's name ran on to "of the": ``trim_entities`` drops every word a name
never ends on, so the ministry is its state's government (``Resolver._ministry``), a denial still denied.

Also a state named only after a capitalised minister's title and portfolio ("the Minister of Defence of X, N"):
``entities._states_owning_portfolios`` makes the one word after "of" a place name (and the minister's own name a
person's, where NER ran one name across both), and ``resolve._state_context`` reads it a state by
``entities.titled_portfolio_of``. A club's secretary "of" a town makes no state."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("typ58_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
