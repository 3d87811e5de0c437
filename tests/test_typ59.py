"""A battery of the project's own passages (``data/typ59_battery.jsonl``; format and checks in ``batteries.py``):
persons named in signature and witness blocks. A title-case line with a comma ("N, Minister of Defence of the
Republic of X") is a caption of its own, which the next line does not carry on (``segment._caption_line``), so
each witness is read with his own title; an untagged name that opens such a line, or follows the party a
signatory signs for, is a person (``entities._caption_title``); a portfolio that ends its line ("N, Minister
of Defence" in a hearing's witness list) is read as the bare minister's; and "For the Government of X: N,
Deputy Prime Minister" makes the signatory an official of the party he signs for (``typ59:signatory-for``).
A witness whose title names no body is no one's official, and a colon in prose makes no signatory."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("typ59_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
