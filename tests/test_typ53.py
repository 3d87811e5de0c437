"""A battery of the project's own sentences (``data/typ53_battery.jsonl``; format and checks in ``batteries.py``):
a person named in apposition after a title ("Uganda's defence minister, Sofia Okello, said"), whose name NER
read as a place or a body, or whose first name is a town the gazetteer knows ("Sofia", "Lima"), is a person
(``entities._mistyped_name_after_title``), and the title reads as before; a name the gazetteer knows whole ("the
President of the Council, Sierra Leone,": a state holding a chair) or one opening with an English word stays what
it was.

Also a minister's title whose of-phrase is a portfolio names the state in the portfolio's own of-phrase ("the
Minister of Foreign Affairs of Kenya, N": N is a member of Kenya; ``rules._portfolio_of_title``); a minister
is never the state's leader.

Also a place named with a lower-case kind noun of a settlement or an island ("Kolwe town in Ituri", "Kharg island
in the Persian Gulf") lies where the kind noun's "in" says (``rules._region_designator``), and an unknown name NER
read as a people before "island" is the island's (``entities._names_island``); an "in" of time places nothing,
and a people's plateau is no place of that name.

Also a name NER typed a body with a courtesy title before it ("Ms Ilse Varnholt", ``honorifics``) is a person's
without the title (``entities._courtesy_title``, read by ``_titled_names``); "DR Congo" in capitals is no title."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("typ53_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
