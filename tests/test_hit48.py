"""A battery of the project's own sentences (``data/hit48_battery.jsonl``; format and checks in ``batteries.py``),
read by the constructions of ``graph/lang/en/constructions/hit48.jsonl``:

- attacks told as something their target suffered, through a measure of attacks or with the doer hung on the
  verb ("endured weeks of shelling by A", "repelled a wave of assaults by A", "absorbed a string of air strikes by
  A and B"): each doer named attacks the clause's subject (``hit48:suffered-spell-of-attacks-by``, beside
  ``attacks:suffered-attack-by``);
- an attack made at an unnamed site lying on or in a named place attacks the place ("killed 22 soldiers at an
  outpost on X island", "killed worshippers in a mosque in Y") (``hit48:struck-at-site-on-in``, beside
  ``places25:struck-at-site-in``);
- two named sides that traded or exchanged strikes, raids or attacks attack each other ("A and B exchanged
  missile strikes") (``hit48:pair-traded-strikes``).

Near-misses: a feared or denied spell or exchange of attacks, a measure or exchange of something other than attacks
("weeks of criticism", "exchanged ambassadors"), meeting or praying at a site, a passive with no doer; the sufferer
is never the attacker."""

from __future__ import annotations

from batteries import Battery

BATTERY = Battery.load("hit48_battery.jsonl", set())

(test_stated_relation_is_read, test_denied_relation_is_read_as_denied,
 test_denied_or_open_relation_is_never_a_fact, test_stated_later_is_never_denied) = BATTERY.tests()
